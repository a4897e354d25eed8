// What blind round 62 found read wrong, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"

#include "ingest/EnglishRegion.hpp"
#include "ingest/Ingest.hpp"
#include "text/Lexicon.hpp"
#include "text/Normalizer.hpp"

using namespace readcast;

// A Malaysian paper names its state more than its country and writes the ringgit "RM"; a Ghanaian one its cedi, once
// as "GH₵", and may write "percent" once beside "per cent": both read dates day first ("1/6/2025" is the first of June).
TEST(BlindRound62Test, shouldFindMalaysianAndGhanaianEnglish) {
    EXPECT_EQ(withEnglishRegion("en", "KUCHING: A skull found in a Sarawak cave is 37,000 years old, the Sarawak Museum said. The state "
                                      "will spend RM2.4mil on the site."),
              "en-MY");
    EXPECT_EQ(withEnglishRegion("en", "The Bank of Ghana held its rate at 28 percent as the cedi rose to GH\xE2\x82\xB5" "12.85 against the US "
                                      "dollar. Analysts in Accra said a cedi this strong cuts inflation by 2 per cent."),
              "en-GH");
    // (An American wire about Ghana, "percent" and no other spelling, stays American.)
    EXPECT_EQ(withEnglishRegion("en", "The Bank of Ghana held its rate at 28 percent as the cedi rose against the US dollar. Analysts in "
                                      "Accra said the cedi would help Ghana."),
              "en");
}

// Two figures apart a spaced dash, the second the larger, are a range where the first opens the line or a unit or the
// clause's end follows the second; a clause's dash ("rose to 40 – 12 of them children") and a score's stay pauses.
TEST(BlindRound62Test, shouldReadASpacedDashBetweenFiguresAsARangeOnlyWhereItIsOne) {
    EXPECT_EQ(blindSay("Prices rose 5 \xE2\x80\x93 10 percent."), "Prices rose five to ten percent.");
    EXPECT_EQ(blindSay("1 \xE2\x80\x93 237 100, 18% of income", "en-ZA"),
              "one to two hundred and thirty-seven thousand one hundred, eighteen percent of income");
    EXPECT_EQ(blindSay("The toll rose to 40 \xE2\x80\x93 12 of them children."), "The toll rose to forty, twelve of them children.");
    EXPECT_EQ(blindSay("Chelsea 2 \xE2\x80\x93 1 Arsenal"), "Chelsea two, one Arsenal");
    // (Amounts of a currency written as letters: the first is money when the second has money's shape.)
    EXPECT_EQ(blindSay("income R1 \xE2\x80\x93 R237 100, taxed", "en-ZA"),
              "income one rand to two hundred and thirty-seven thousand one hundred rand, taxed");
    EXPECT_EQ(blindSay("Roads R1 and R3 closed", "en-ZA"), "Roads R one and R three closed");
}

// A table whose column names its money in brackets, "Taxable income (R)", says it with each figure under it, a rate
// excepted ("18% of taxable income" under "Rate of tax (R)"), and a row of two keyed by a range of it is labelled.
TEST(BlindRound62Test, shouldSayAColumnsCurrencyWithItsFigures) {
    const Article a = blindPageArticle(
        "<html><body><article><h1>Tax brackets unchanged in revised Budget</h1><p>Personal income tax brackets were not adjusted for "
        "inflation this year, the Treasury said on Wednesday.</p><table><tr><th>Taxable income (R)</th><th>Rate of tax (R)</th></tr>"
        "<tr><td>1 \xE2\x80\x93 237 100</td><td>18% of taxable income</td></tr><tr><td>237 101 \xE2\x80\x93 370 500</td><td>42 678 + 26% of "
        "taxable income above 237 100</td></tr></table><p>The threshold for taxpayers under 65 stays where it was.</p></article></body></html>");
    const std::string body = blindBodyOf(a);
    EXPECT_NE(body.find("taxable income R1 \xE2\x80\x93 R237 100, 18% of taxable income\n"), std::string::npos) << body;
    EXPECT_NE(body.find("taxable income R237 101 \xE2\x80\x93 R370 500, R42 678 + 26% of taxable income above 237 100\n"), std::string::npos)
        << body;
}

// An aircraft's registration whose country prefix opens on a digit is said letter by letter, never a unit.
TEST(BlindRound62Test, shouldSpellAnAircraftsRegistration) {
    EXPECT_EQ(blindSay("The A350 with registration 9V-SMF landed."), "The A-three fifty with registration nine V, S M F landed.");
    EXPECT_EQ(blindSay("The jet (9M-MRO) vanished."), "The jet, nine M, M R O, vanished.");
    EXPECT_EQ(blindSay("a 12V-powered drill"), "a twelve volt-powered drill");
}

// A recall's lot, batch and serial codes are said as printed, figure by figure and letter by letter, the second of a
// pair too; an auction's lot, a batch's count and a class's year keep their numbers.
TEST(BlindRound62Test, shouldSayLotAndBatchCodesAsPrinted) {
    EXPECT_EQ(blindSay("Check for batch 24X1027-B on the lid."), "Check for batch two four X one zero two seven B on the lid.");
    EXPECT_EQ(blindSay("It affects lot codes 4287 through 4292."), "It affects lot codes four two eight seven through four two nine two.");
    EXPECT_EQ(blindSay("Serial numbers 88231 and 88240 are affected."), "Serial numbers eight eight two three one and eight eight two four zero are affected.");
    EXPECT_EQ(blindSay("Lot 12 sold for $5,000."), "Lot twelve sold for five thousand dollars.");
    EXPECT_EQ(blindSay("a batch of 2000 cakes"), "a batch of two thousand cakes");
    EXPECT_EQ(blindSay("Batch 2024 was the best."), "Batch twenty twenty-four was the best.");
}

// A list numbered "(i)", "(ii)", "(iii)" inside a sentence is counted "one", "two", "three"; a clause's mark glued to
// its section is not.
TEST(BlindRound62Test, shouldCountAListsRomanNumerals) {
    EXPECT_EQ(blindSay("Three things: (i) publish the data; (ii) cut the levy; and (iii) make it count."),
              "Three things: one, publish the data; two, cut the levy; and three, make it count.");
    EXPECT_EQ(blindSay("Under section 5(1)(i) and (ii) he is liable."), "Under section five, subsection one I and, ii, he is liable.");
}

// A runner's price after its rider in brackets is odds; an isotope ratio keeps its Greek letter ("delta thirteen C",
// never Celsius); a star's change "mag" is magnitudes; a company's name ends on "Co" undotted, a county's name follows it.
TEST(BlindRound62Test, shouldReadOddsIsotopesMagnitudesAndCompanies) {
    EXPECT_EQ(blindSay("Onesmoothoperator (B. Melham) 12/1", "en-AU"), "Onesmoothoperator, B Melham, twelve to one");
    EXPECT_EQ(blindSay("a \xCE\xB4" "13C value and a \xCE\xB4" "15N of 9.8"), "a delta thirteen C value and a delta fifteen N of nine point eight");
    EXPECT_EQ(blindSay("The star dimmed by 0.02 mag."), "The star dimmed by zero point zero two magnitudes.");
    EXPECT_EQ(blindSay("The Jamaica Urban Transit Co said.", "en-GB"), "The Jamaica Urban Transit Company said.");
    EXPECT_EQ(blindSay("He is from Ballyhaunis, Co Mayo.", "en-GB"), "He is from Ballyhaunis, County Mayo.");
}


// Text copied from a page keeps its pictures' captions with their credits run on: "… 2025. Photo | Dennis Onsongo |
// Nation Media Group", "… Quezon City. —INQUIRER PHOTO / GRIG C. MONTEGRANDE", and over the story "… Shopping Centre.
// (Claridge Homes)"; none is read as the story's first paragraph. The story's own last paragraph may end on its writer's
// name in brackets.
TEST(BlindRound62Test, shouldKnowAPastedCaptionByItsCredit) {
    const std::string story =
        "\n\nA total of 246,391 candidates who sat the examination scored a mean grade of C+ and above, the minimum for direct "
        "university entry.\n\nThis is 25.6 per cent of the 962,512 candidates who sat the exam, the minister said on Thursday.\n";
    for (const char* caption :
         {"The minister releases the 2024 results at Mitihani House in Nairobi on January 9, 2025. Photo | Dennis Onsongo | Nation Media Group",
          "A vendor arranges sacks of imported rice at a market in Quezon City. \xE2\x80\x94INQUIRER PHOTO / GRIG C. MONTEGRANDE",
          "An artist's rendering shows the proposed 40-storey tower at 1081 Carling Ave., near Westgate Shopping Centre. (Claridge Homes)"}) {
        const Article a = blindTextArticle(std::string("Exam results out as candidates improve\n\nBy Amina Wako\n\n") + caption + story);
        std::string body;
        for (const Block& block : a.blocks) body += block.kind == BlockKind::Paragraph ? block.text + "\n" : "";
        EXPECT_EQ(body.rfind("A total of", 0), 0u) << caption << "\n" << body;
    }
    const Article b = blindTextArticle(std::string("Exam results out as candidates improve\n\nBy Amina Wako\n") + story +
                                    "\nThe results can be checked online from Friday, the council said. (Amina Wako)\n");
    EXPECT_NE(blindBodyOf(b).find("checked online from Friday"), std::string::npos) << blindBodyOf(b);
}

// A writer's line with the row's separator left at its end, "Joanne Labelle · CBC News ·", is the byline; the page's
// "Social Sharing" button under the date line is none.
TEST(BlindRound62Test, shouldTakeTheWritersLineAndNotTheShareButton) {
    const std::string rest =
        "Posted: Jan 29, 2025 4:00 AM EST | Last Updated: January 29\n\nSocial Sharing\n\nOttawa city council voted 17-8 on Wednesday to "
        "approve a 40-storey tower, overruling the local councillor and more than 600 residents.\n\nThe project will be 138 metres tall, "
        "making it the tallest residential building west of downtown.\n";
    const Article a = blindTextArticle("Council approves 40-storey Carling Avenue tower\n\nJoanne Labelle \xC2\xB7 CBC News \xC2\xB7\n" + rest);
    EXPECT_EQ(a.byline, "Joanne Labelle");
    const Article b = blindTextArticle("Council approves 40-storey Carling Avenue tower\n\n" + rest);
    EXPECT_EQ(b.byline, "");
}

// Round 63's web pages: Irish timetables' dotted twenty-four-hour clock, a hyphenated given name before "St.", a name's
// "Hon", a council's by-law by year and number, a bank account's last groups, a screen's "1.5K", a network's code with
// its hash, a fall in cents, a grades' range, a route between places.
TEST(BlindRound62Test, shouldReadRound63sWebPagesFigures) {
    EXPECT_EQ(blindSay("Trains will run between 07.00 and 20.00 only.", "en-IE"), "Trains will run between seven A-M and eight P-M only.");
    EXPECT_EQ(blindSay("Departs 10.25, arrives 13.05.", "en-IE"), "Departs ten twenty-five, arrives thirteen oh five.");
    EXPECT_EQ(blindSay("The pound was at 1.25 on Monday.", "en-GB"), "The pound was at one point two five on Monday.");
    EXPECT_EQ(blindSay("a 14-yarder to Amon-Ra St. Brown"), "a fourteen-yarder to Amon-Ra Saint Brown");
    EXPECT_EQ(blindSay("on Main St. Brown said"), "on Main Street Brown said");
    EXPECT_EQ(blindSay("president Datuk Ho Hon Sang said", "en-MY"), "president Datuk Ho Hon Sang said");
    EXPECT_EQ(blindSay("the Hon John Smith"), "the Honorable John Smith");
    EXPECT_EQ(blindSay("numbered By-law 2025-318"), "numbered By-law twenty twenty-five dash three eighteen");
    EXPECT_EQ(blindSay("(account 03-0642-0123456-00)", "en-NZ").find(" to "), std::string::npos);
    EXPECT_EQ(blindSay("a 6.78-inch 1.5K LTPO display"), "a six point seven eight-inch one point five K L.T.P.O display");
    EXPECT_EQ(blindSay("It has 1.5K followers."), "It has one thousand five hundred followers.");
    EXPECT_EQ(blindSay("dial *616# to check", "en-KE"), "dial star six one six hash to check");
    EXPECT_EQ(blindSay("Diesel -47c/l", "en-ZA"), "Diesel minus forty-seven cents a liter");
    EXPECT_EQ(blindSay("credit passes (A1\xE2\x80\x93" "C6) in core subjects"), "credit passes, A-one to C six, in core subjects");
    EXPECT_EQ(blindSay("the Hamilton\xE2\x80\x93" "Auckland service"), "the Hamilton to Auckland service");
    EXPECT_EQ(blindSay("the Biden\xE2\x80\x93" "Harris ticket"), "the Biden\xE2\x80\x93" "Harris ticket");
    EXPECT_EQ(blindSay("see espn.com"), "see E S P N dot com");
}

// Round 63's pasted texts: a grade's minus and its gloss said once, a test's initials in capitals that are no
// milliseconds, a number said with its point that ends on its scale ("one point six million twenty-foot units"), a
// clock before the part of the day.
TEST(BlindRound62Test, shouldReadRound63sPastedFigures) {
    EXPECT_EQ(blindSay("The school had 312 candidates with A and A- this year.", "en-KE"),
              "The school had three hundred and twelve candidates with A and A-minus this year.");
    EXPECT_EQ(blindSay("7,744 got A- (minus).", "en-KE"), "seven thousand seven hundred and forty-four got A-minus.");
    EXPECT_EQ(blindSay("They scored a mean grade of C+ (plus) and above.", "en-KE"), "They scored a mean grade of C-plus and above.");
    EXPECT_EQ(blindSay("A- and B-list celebrities attended."), "A- and B-list celebrities attended.");
    EXPECT_EQ(blindSay("the Mini-Mental State (3MS) exam", "en-AU"), "the Mini-Mental State, three MS, exam");
    EXPECT_EQ(blindSay("a latency of 30ms"), "a latency of thirty milliseconds");
    EXPECT_EQ(blindSay("handled 1.6 million twenty-foot units", "en-NG"), "handled one point six million twenty-foot units");
    EXPECT_EQ(blindSay("a 543-member house", "en-GB"), "a five hundred and forty-three-member house");
    EXPECT_EQ(blindSay("starting shifts at 3.45 in the morning", "en-NZ"), "starting shifts at three forty-five in the morning");
    EXPECT_EQ(blindSay("The index rose 3.45 in the morning session.", "en-NZ"), "The index rose three point four five in the morning session.");
}

// Pasted "Key points:" over three lines without full stops: each is the list's point, read, none a heading that goes.
TEST(BlindRound62Test, shouldReadThePointsUnderAPastedLabel) {
    const Article a = blindTextArticle(
        "Daily aspirin did not cut dementia risk, major study finds\n\nBy Sophie Harrington\n\nKey points:\nThe trial found no difference in "
        "dementia between people on aspirin and those on a placebo\nAspirin increased the risk of major bleeding by 38 per cent\nResearchers "
        "say older people should not start taking aspirin without talking to their GP\n\nA low daily dose of aspirin does not reduce the risk "
        "of dementia in healthy older people, according to the largest trial of its kind.\n\nHalf were given 100mg of aspirin a day, and the "
        "other half an identical-looking placebo.\n");
    const std::string body = blindBodyOf(a);
    EXPECT_NE(body.find("Aspirin increased the risk of major bleeding by 38 per cent\n"), std::string::npos) << body;
    EXPECT_NE(body.find("without talking to their GP\n"), std::string::npos) << body;
    std::size_t points = 0;
    for (const Block& b : a.blocks) points += b.kind == BlockKind::ListItem;
    EXPECT_EQ(points, 3u) << body;
}

// Round 63's pages: an obituary's standfirst opening on the life's span keeps both dates; the reporter's line after a
// dash under the story is his bio, not read; a search engine's FAQ box after the story is not read; a review's stars
// in a box of their own between paragraphs are.
TEST(BlindRound62Test, shouldKeepALifesSpanAndDropTaglinesAndFaqBoxes) {
    const std::string prose =
        "<p>He played twenty-three Tests for the All Blacks and later led a generation of students at the school, his family said on "
        "Saturday.</p><p>He is survived by his wife, four children and eleven grandchildren, who were with him when he died at home.</p>";
    const Article a = blindPageArticle("<html><body><article><h1>Obituary: Sir Hohepa Karaka, All Black and teacher</h1><p class='byline'>By "
                                    "Tama Whaanga</p><p>3 March 1938 \xE2\x80\x93 5 October 2025. The former lock has died aged 87.</p>" +
                                    prose + "<p>\xE2\x80\x94 Tama Whaanga is the Herald's Maori news reporter.</p></article></body></html>");
    const std::string body = blindBodyOf(a);
    EXPECT_NE(body.find("3 March 1938 \xE2\x80\x93 5 October 2025."), std::string::npos) << body;
    EXPECT_EQ(body.find("news reporter"), std::string::npos) << body;
    const Article b = blindPageArticle("<html><body><article><h1>Nimbus X7 Pro launched in India</h1>" + prose +
                                    "<div class='faq-block'><h3>FAQs</h3><p><strong>Q. What is the price?</strong><br>A. Rs 39,999.</p></div>"
                                    "</article></body></html>");
    EXPECT_EQ(blindBodyOf(b).find("What is the price"), std::string::npos) << blindBodyOf(b);
    const Article c = blindPageArticle("<html><body><article><h1>Richard III review: a thrilling, bloody delight</h1>" + prose +
                                    "<div class='star-rating'>\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x86</div>"
                                    "<p>The second half is weaker, and the battle of Bosworth goes on for too long, staged as a series of "
                                    "freeze-frames.</p></article></body></html>");
    EXPECT_NE(blindBodyOf(c).find("\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x86"), std::string::npos) << blindBodyOf(c);
}

// Round 63's pasted texts: a paper's subscription pitch and a site's contact strip are not read; Graphic Online's date
// line "Mar - 04 - 2025 , 10:26" dates the story; "Name | Dawn.com" is a byline by its publication's web address; the
// desk's name between the byline and the date line is not read.
TEST(BlindRound62Test, shouldDropPitchesAndTakeRound63sMetadata) {
    const std::string story =
        "\n\nThe government on Sunday increased the price of petrol by Rs4.80 per litre for the fortnight, citing higher oil prices.\n\n"
        "The new price takes effect from midnight, the Finance Division said in a notification issued on Sunday evening.\n";
    const Article a = blindTextArticle("Petrol price raised for next fortnight\n\nKhaleeq Kiani | Dawn.com\nPublished June 16, 2025" + story +
                                    "\nSubscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles, share up to "
                                    "5 gadgets, listen to the news, download as early as 4am & share articles on social media. Call 896 6000.\n"
                                    "\nConnect With Us : 0242202447 | 0551484843\n");
    EXPECT_EQ(a.byline, "Khaleeq Kiani");
    EXPECT_EQ(blindBodyOf(a).find("INQUIRER PLUS"), std::string::npos) << blindBodyOf(a);
    EXPECT_EQ(blindBodyOf(a).find("Connect"), std::string::npos) << blindBodyOf(a);
    const Article b = blindTextArticle("Highlife legend dies at 84\n\nKweku Zurek\nGraphic Online\nMar - 04 - 2025 , 10:26" + story);
    ASSERT_TRUE(b.published.has_value());
    EXPECT_EQ(b.published->month, 3);
    EXPECT_EQ(b.published->day, 4);
    const Article c = blindTextArticle("Daily aspirin did not cut dementia risk\n\nHealth reporter Sophie Harrington\nABC Health\nPosted Wed 12 Mar "
                                    "2025 at 5:01am" + story);
    EXPECT_EQ(c.byline, "Sophie Harrington");
    EXPECT_EQ(blindBodyOf(c).find("ABC Health"), std::string::npos) << blindBodyOf(c);
}

// A live page's entry time in a box of its own is said before its entry ("two ten P-M: …"), not dropped as a label.
TEST(BlindRound62Test, shouldKeepALivePagesEntryTimes) {
    const Article a = blindPageArticle(
        "<html><body><main><h1>Live updates: Typhoon Paolo nears Catanduanes</h1><p>Typhoon Paolo intensified on Friday morning as it "
        "approached the Bicol region, the weather bureau said in its latest bulletin.</p><div class='live-entry'><div class='entry-time'>"
        "<time datetime='2025-10-03T14:10:00+08:00'>2:10 PM</time></div><h2>Signal No. 4 raised over Catanduanes</h2><p>As of 1 p.m., the "
        "eye of the typhoon was 95 kilometers east of Virac, with winds of 150 km/h near the centre.</p></div><div class='live-entry'>"
        "<div class='entry-time'><time datetime='2025-10-03T12:42:00+08:00'>12:42 PM</time></div><h2>Flights cancelled</h2><p>Cebu "
        "Pacific cancelled six flights to and from Virac on Friday, the airline said in a statement.</p></div></main></body></html>");
    const std::string body = blindBodyOf(a);
    EXPECT_NE(body.find("2:10 PM"), std::string::npos) << body;
    EXPECT_NE(body.find("12:42 PM"), std::string::npos) << body;
}

// What a reviewer found the day's rules said wrong in ordinary news sentences, each now as it should be.
TEST(BlindRound62Test, shouldNotFireRound62sRulesWhereTheyDoNotBelong) {
    EXPECT_EQ(blindSay("Swiatek won 6 \xE2\x80\x93 4, 3 \xE2\x80\x93 6, 7 \xE2\x80\x93 5 in the final.").find("three to six"), std::string::npos);
    EXPECT_EQ(blindSay("Ireland were beaten 19 \xE2\x80\x93 23.").find(" to "), std::string::npos);
    EXPECT_EQ(blindSay("0 \xE2\x80\x93 1 Salah fires the visitors ahead").find(" to "), std::string::npos);
    EXPECT_EQ(blindSay("Officers of batch 2019-20 were posted to Assam.", "en-IN"), "Officers of batch twenty nineteen to twenty were posted to Assam.");
    EXPECT_EQ(blindSay("The judge found breaches of clauses (i), (ii) and (iii) of the contract.").find("two"), std::string::npos);
    EXPECT_EQ(blindSay("Former Rep. Zaldy Co has not returned to the country.").find("Company"), std::string::npos);
    EXPECT_EQ(blindSay("Mayo Co board officials met on Tuesday.", "en-IE").find("Company"), std::string::npos);
    EXPECT_EQ(blindSay("Finance Minister Hon Cassiel Ato Forson presented the budget.", "en-GH"),
              "Finance Minister Honorable Cassiel Ato Forson presented the budget.");
    EXPECT_EQ(blindSay("The fire broke out on Sainte-Catherine St. West on Monday.", "en-CA").find("Saint West"), std::string::npos);
    EXPECT_EQ(blindSay("The rand was trading at 17.45 in the morning.", "en-ZA"), "The rand was trading at seventeen point four five in the morning.");
    EXPECT_EQ(blindSay("Her best throws were between 18.20 and 19.35 metres.").find("twenty and"), std::string::npos);
    EXPECT_EQ(blindSay("The ruling leaves 12.45 million people without cover."), "The ruling leaves twelve point four five million people without cover.");
    EXPECT_EQ(blindSay("A- and B-list celebrities got invitations to the gala.").find("minus"), std::string::npos);
    EXPECT_EQ(blindSay("Troops pulled back to the yellow line agreed in the Israel\xE2\x80\x93Hamas ceasefire.").find(" to Hamas"), std::string::npos);
    EXPECT_EQ(blindSay("Details are at oecd.org today."), "Details are at O E C D dot org today.");
    EXPECT_EQ(blindSay("The video drew 2.5K comments within an hour.").find("point"), std::string::npos);
    EXPECT_EQ(blindSay("Engineers built a 3D-CAD model of the bridge.").find("C eh D"), std::string::npos);
    EXPECT_EQ(blindSay("Roofs must carry 30 psf of snow load."), "Roofs must carry thirty pounds per square foot of snow load.");
    EXPECT_EQ(blindSay("Police found a pistol with two 15 mag clips.").find("magnitude"), std::string::npos);
    const Article lede = blindTextArticle(
        "Nakuru bursary fund doubled\n\nBy Peter Kamau\n\nThe county will double its bursary fund to Sh200 million this year, Governor Susan "
        "Kihika said on Monday. (Kenya News Agency)\n\nThe money will go to 40,000 students in secondary schools across the county, she "
        "said at the launch in Nakuru town.\n");
    EXPECT_NE(blindBodyOf(lede).find("double its bursary fund"), std::string::npos) << blindBodyOf(lede);
    for (const Block& b : lede.blocks) EXPECT_NE(b.kind, BlockKind::Caption) << b.text;
    const Article pitch = blindTextArticle(
        "Streaming prices rise again\n\nBy Ann Lee\n\nStreaming services raised their prices again this month, the third rise in two years "
        "for most households.\n\nSubscribe to Disney+ Premium for $15.99 a month and you get ad-free streaming on four devices at once, plus "
        "downloads for offline viewing.\n\nNetflix said its prices would stay the same until the end of the year.\n");
    EXPECT_NE(blindBodyOf(pitch).find("Disney+ Premium"), std::string::npos) << blindBodyOf(pitch);
}

// Points set a paragraph each under "Key points:" are its points too; the line over the next paragraph of prose, "What
// happens next", is that part's heading, not a point.
TEST(BlindRound62Test, shouldEndALabelsPointsAtTheNextHeading) {
    const Article a = blindTextArticle(
        "Aspirin no longer advised for healthy older adults\n\nBy Jane Smith\n\nDoctors should stop prescribing daily aspirin to healthy "
        "people over 70, a major review has found.\n\nKey points:\n\nAspirin increased the risk of major bleeding by 38 per cent\n\nThere "
        "was no fall in heart attacks or strokes\n\nWhat happens next\n\nThe guidance will be reviewed by the national committee later this "
        "year, officials said, and doctors will be written to.\n");
    std::vector<std::string> points;
    for (const Block& b : a.blocks) {
        if (b.kind == BlockKind::ListItem) points.push_back(b.text);
    }
    ASSERT_EQ(points.size(), 2u) << blindBodyOf(a);
    EXPECT_EQ(points[1], "There was no fall in heart attacks or strokes");
}

// A market table's "% chg" column says the sign with its figures.
TEST(BlindRound62Test, shouldSayThePercentOfAChangeColumn) {
    const Article a = blindPageArticle(
        "<html><body><article><h1>STI ends higher as banks gain</h1><p>Singapore shares closed higher on Monday, led by the three local "
        "banks, as investors bet on steady dividends.</p><table><thead><tr><th>Stock</th><th>Close</th><th>% chg</th></tr></thead><tbody>"
        "<tr><td>DBS</td><td>54.30</td><td>+1.8</td></tr><tr><td>SIA</td><td>6.38</td><td>-2.3</td></tr></tbody></table>"
        "<p>The Straits Times Index rose 0.6 per cent to 4,212.45 points.</p></article></body></html>");
    EXPECT_NE(blindBodyOf(a).find("+1.8%"), std::string::npos) << blindBodyOf(a);
}

// The story's country's own dollar is "dollars", as its newsreaders say it ("S$54.30" in Singapore, "A$" in Australia);
// another country's keeps its name, and so does the home one's sign in another country's story. (Beside another
// country's dollar in its sentence, round 66 found, the home one keeps its name too: the listener hears two sums.)
TEST(BlindRound62Test, shouldSayTheHomeDollarAsDollars) {
    EXPECT_EQ(blindSay("DBS rose to S$54.30 on Monday.", "en-SG"), "DBS rose to fifty-four dollars and thirty cents on Monday.");
    EXPECT_EQ(blindSay("DBS rose to S$54.30 and US$1.2 billion flowed in.", "en-SG"),
              "DBS rose to fifty-four Singapore dollars and thirty cents and one point two billion US dollars flowed in.");
    EXPECT_EQ(blindSay("It cost A$54, or US$36.", "en-AU"), "It cost fifty-four Australian dollars, or thirty-six US dollars.");
    EXPECT_EQ(blindSay("It cost A$54.", "en-GB"), "It cost fifty-four Australian dollars.");
    EXPECT_EQ(blindSay("It cost CA$5 million.", "en-CA"), "It cost five million dollars.");
}
