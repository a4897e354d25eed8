// Blind round 96: what listeners found wrong in African and Asian English-language news, newsletters, science, court,
// transport and food reporting (and a corpus page's lost section), each fix beside the neighbouring case that must
// stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/Furniture.hpp"
#include "text/ScriptBuilder.hpp"
#include "text/SentenceSplitter.hpp"

using namespace readcast;

// A section of a heading and a paragraph beside a lazy-loaded picture, its placeholder and its <noscript> copy, is one
// picture beside the text, no gallery to leave out; three different pictures beside one line are a gallery.
TEST(BlindRound96Test, shouldCountALazyPictureAndItsNoscriptCopyOnce) {
    const auto page = [](const std::string& pictures) {
        return "<html><body><main><section><h1>Make the browser your own</h1><p>It is easier than ever to set the browser up the way "
               "you work, and no other gives you so much choice.</p></section><section><div><h2>Designed to be redesigned</h2><p>Open "
               "the panel to add, move or remove any button you want, and keep your favourite features one click away.</p>" +
               pictures + "</div></section><section><h2>Themes</h2><p>Choose from thousands of themes and dress up the browser with a "
               "single click, from the gallery or from your own pictures.</p></section></main></body></html>";
    };
    const std::string lazy = blindBodyOf(blindPageArticle(page(
        "<img class=\"js\" src=\"\" data-src=\"/img/designed.png\" alt=\"\"><noscript><img src=\"/img/designed.png\" alt=\"\"></noscript>"
        "<div class=\"stage\"><img src=\"/img/stage-fallback.png\" alt=\"\"></div>")));
    EXPECT_NE(lazy.find("keep your favourite features"), std::string::npos) << lazy;
    const std::string gallery = blindBodyOf(blindPageArticle(page(
        "<img src=\"/img/a.png\" alt=\"\"><img src=\"/img/b.png\" alt=\"\"><img src=\"/img/c.png\" alt=\"\">")));
    EXPECT_EQ(gallery.find("keep your favourite features"), std::string::npos) << gallery;
}

// Round 95's leftovers: a football season's yards a game and a carry; a British rank written with its slash; a
// radiocarbon date calibrated to the calendar; a given name as old letters abbreviate it.
TEST(BlindRound96Test, shouldReadYardsAGameAndACarry) {
    EXPECT_EQ(blindSay("The back ran for 5.4 ypc and 112 ypg."), "The back ran for five point four yards a carry and one hundred twelve yards a game.");
    EXPECT_EQ(blindSay("He averages 24.5 ppg."), "He averages twenty-four point five points a game.");
    // (Kurdish units in capitals are no yards.)
    EXPECT_EQ(blindSay("Clashes killed 300 YPG fighters."), "Clashes killed three hundred YPG fighters.");
}

TEST(BlindRound96Test, shouldReadALanceRankWrittenWithItsSlash) {
    EXPECT_EQ(blindSay("L/Cpl. Jones and L/Bdr Green were injured."), "Lance Corporal Jones and Lance Bombardier Green were injured.");
}

TEST(BlindRound96Test, shouldReadCalBeforeAnEraAsNoCalories) {
    EXPECT_EQ(blindSay("The grain dates to 2450 cal BC."), "The grain dates to twenty-four fifty cal BC.");
    EXPECT_EQ(blindSay("A burger has 540 cal."), "A burger has five hundred forty calories.");
    EXPECT_EQ(blindSay("A 450 cal BC salmon bowl."), "A four hundred fifty calorie BC salmon bowl.");
}

TEST(BlindRound96Test, shouldReadAnOldLettersAbbreviatedGivenName) {
    EXPECT_EQ(blindSay("He wrote to Jno. Adams and Wm. Clark in 1790."), "He wrote to John Adams and William Clark in seventeen ninety.");
    EXPECT_EQ(SentenceSplitter("en")("He wrote to Jno. Adams in 1790. Adams replied."),
              (std::vector<std::string>{"He wrote to Jno. Adams in 1790.", "Adams replied."}));
}

// A numbered street's quarter after its type, "3rd St. NW", "14th Ave E", and the type before a quarter, "Main Ave E".
TEST(BlindRound96Test, shouldReadANumberedStreetsQuarter) {
    EXPECT_EQ(blindSay("The crash was on 3rd St. NW near the park."), "The crash was on third Street Northwest near the park.");
    EXPECT_EQ(blindSay("It was at Main Ave E, the police said."), "It was at Main Avenue East, the police said.");
    EXPECT_EQ(blindSay("It was at 14th Ave E, the police said."), "It was at fourteenth Avenue East, the police said.");
    EXPECT_EQ(blindSay("He lives at Ave Maria Court."), "He lives at Ave Maria Court.");
    // (A subway's lettered line after the station's street is no quarter.)
    EXPECT_EQ(blindSay("Take the 8th Ave E train to work."), "Take the eighth Ave E train to work.");
}

// A star code in letters after a call's verb, with its figures in brackets.
TEST(BlindRound96Test, shouldSpellAStarCodeInLetters) {
    EXPECT_EQ(blindSay("Motorists can dial *FHP (*347) to report drunk drivers."),
              "Motorists can dial star F H P, or star three four seven, to report drunk drivers.");
    EXPECT_EQ(blindSay("He called *ALL* of the numbers."), "He called ALL of the numbers.");
}

// Two numbered parts joined by "and" are both numerals; two kings so joined are rulers.
TEST(BlindRound96Test, shouldReadTwoNumberedPartsJoinedByAnd) {
    EXPECT_EQ(blindSay("The scene comes from Books V and VI of the Iliad."), "The scene comes from Books five and six of the Iliad.");
    EXPECT_EQ(blindSay("Henry V and Richard III were kings."), "Henry the Fifth and Richard the Third were kings.");
}

// A provision's subdivisions in a list of provisions are said without a pause that would make them two ("nineteen one E",
// not "nineteen, one E"), its letters after "and" named with it, and a section numbered with a point keeps its subsection.
TEST(BlindRound96Test, shouldReadAProvisionsSubdivisionsInAListAsOne) {
    EXPECT_EQ(blindSay("The notices violated Articles 14, 19(1)(e) and 21."), "The notices violated Articles fourteen, nineteen one E and twenty-one.");
    EXPECT_EQ(blindSay("He breached ss 18 and 29(1)(b) and (g) of the Australian Consumer Law."),
              "He breached sections eighteen and twenty-nine one B and G of the Australian Consumer Law.");
    EXPECT_EQ(blindSay("He was charged under s. 320.14(3) of the Criminal Code."),
              "He was charged under section three hundred twenty point one four, subsection three of the Criminal Code.");
    // (Alone, a figure after a figure keeps its pause.)
    EXPECT_EQ(blindSay("Under Art. 5(1)(ii) it is kept."), "Under Article five, one, two it is kept.");
    // (After a small Roman numeral, the parts named after it are numerals too.)
    EXPECT_EQ(blindSay("Rule 7(2)(a)(ix) and (x) governs it."), "Rule seven, two eh nine and ten governs it.");
}

TEST(BlindRound96Test, shouldReadAnUndottedSectionOfANamedLaw) {
    EXPECT_EQ(blindSay("He relied on s 18 of the Act."), "He relied on section eighteen of the Act.");
    EXPECT_EQ(blindSay("The penalty under s 224 of the Privacy Act was raised."), "The penalty under section two hundred twenty-four of the Privacy Act was raised.");
}

// A reader's comment stamped with its date and time is never the story's date, with or without a form in its thread.
TEST(BlindRound96Test, shouldNotTakeACommentsStampForTheStorysDate) {
    const std::string page =
        "<html><head><meta property=\"article:published_time\" content=\"2023-06-21T11:30:00+05:30\"></head><body><article><h1>Paneer "
        "butter masala</h1><p>This is the curry my grandmother made every Sunday, and the one readers ask for most.</p><p>It takes half "
        "an hour, and most of that is the sauce simmering while you do something else.</p></article><div id=\"comments\"><div "
        "class=\"comment\"><p class=\"comment-author\">Rohit S</p><p class=\"comment-date\">July 2, 2023 at 9:12 pm</p><p>Made this for "
        "my parents. Excellent!</p></div></div></body></html>";
    const Article a = blindPageArticle(page);
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->dateIso(), "2023-06-21");
}

// A range up to a mixed number reads the whole number, its fraction and its unit: "three to three and a half hours".
TEST(BlindRound96Test, shouldReadARangeUpToAMixedNumber) {
    EXPECT_EQ(blindSay("Return to the oven for 3–3½ hours, until tender."), "Return to the oven for three to three and a half hours, until tender.");
    EXPECT_EQ(blindSay("Add 1-1½ cups of stock."), "Add one to one and a half cups of stock.");
    EXPECT_EQ(blindSay("Add 1½–2 tsp salt."), "Add one and a half to two teaspoons salt.");
}

// A pasted page's picture leaves its caption behind: known by the credit under it ("Image: …/Gallo Images"), by an
// outlet's "photo" or "pic" after its sentence ("CNA photo Dec. 26, 2024", "— Bernama pic"), or by its bracketed label.
TEST(BlindRound96Test, shouldKnowAPastedCaptionByItsCredit) {
    const std::string story =
        "Orlando Pirates beat Kaizer Chiefs 2-0 in the Soweto derby at a sold-out stadium on Saturday to move within four points "
        "of the leaders.\n\nThe second goal came from the spot in the 81st minute after a handball in the area.\n";
    const std::string credited = blindReadBodyOf(blindTextArticle(
        "Pirates sink Chiefs to stay on course\n\nOrlando Pirates' Mofokeng celebrates his goal against Kaizer Chiefs at FNB Stadium.\n"
        "Image: Lefty Shivambu/Gallo Images\n\n" + story));
    EXPECT_EQ(credited.find("celebrates his goal"), std::string::npos) << credited;
    EXPECT_NE(credited.find("Soweto derby"), std::string::npos) << credited;
    const std::string outlet = blindReadBodyOf(blindTextArticle(
        "# Quake shakes Taiwan\n\n![](https://img.example.tw/quake.jpg)\nRocks lie on Provincial Highway 8 after the quake on Thursday. "
        "CNA photo Dec. 26, 2024\n\n" + story, "story.md"));
    EXPECT_EQ(outlet.find("Rocks lie"), std::string::npos) << outlet;
    const std::string agency = blindReadBodyOf(blindTextArticle(
        "# Malaysia beat Singapore\n\n![Team](https://img.example.my/fb.jpg)\n\n*Faisal Halim celebrates his winning goal with teammates on "
        "Thursday. — Bernama pic*\n\n" + story, "story.md"));
    EXPECT_EQ(agency.find("winning goal"), std::string::npos) << agency;
    const std::string labelled = blindReadBodyOf(blindTextArticle(
        "Widow tells court of loss\n\n" + story + "\n[Image caption: Hamid Rahimi with his daughters in 2021. Supplied]\n\nThe hearing "
        "continues on Monday before Justice Lee in the Supreme Court.\n"));
    EXPECT_EQ(labelled.find("Image caption"), std::string::npos) << labelled;
    // (A sentence that ends on a photo is no credit: "… loved the team photo.")
    EXPECT_FALSE(endsWithPhotoCredit("He said the fans loved the team photo."));
    EXPECT_TRUE(endsWithPhotoCredit("Rocks lie on the highway after the quake. CNA photo Dec. 26, 2024"));
}

// Over a Markdown page's headline, a clipper keeps the site's chrome: its sections as a list of single words, its bar.
TEST(BlindRound96Test, shouldDropASitesChromeOverAMarkdownHeadline) {
    const std::string body = blindReadBodyOf(blindTextArticle(
        "Menu  Sections  Search\n\n- World\n- Business\n- Markets\n- Technology\n\n# Fusion lab triples its record energy yield\n\n"
        "Scientists said on Tuesday they had produced 8.6 megajoules of fusion energy from a single laser shot, nearly triple the record.\n\n"
        "The lab fired 2.2 megajoules of laser light at a capsule of fuel on September 14, the lab said in a statement.\n",
        "story.md"));
    EXPECT_EQ(body.find("Menu"), std::string::npos) << body;
    EXPECT_EQ(body.find("Markets"), std::string::npos) << body;
    EXPECT_NE(body.find("single laser shot"), std::string::npos) << body;
}

// A Boeing's variant of two figures wherever the sentence speaks of jets, and its jets counted; a ship's gross tonnage in
// small letters.
TEST(BlindRound96Test, shouldReadAJetsVariantAndAShipsTonnage) {
    EXPECT_EQ(blindSay("It ordered thirty Boeing 787-9s and converted ten orders to the larger 737-10."),
              "It ordered thirty Boeing seven eighty-seven nines and converted ten orders to the larger seven thirty-seven ten.");
    EXPECT_EQ(blindSay("A 232,618 gt vessel ran aground."), "A two hundred thirty-two thousand six hundred eighteen gross ton vessel ran aground.");
    EXPECT_EQ(blindSay("Emissions reached 37 Gt last year."), "Emissions reached thirty-seven gigatonnes last year.");
}

// An isotope by its mass number and symbol, in a sentence of atoms; a temperature elsewhere. A geologist's "Ma" and an
// age with its uncertainty and one unit for both.
TEST(BlindRound96Test, shouldReadIsotopesAndGeologicalAges) {
    EXPECT_EQ(blindSay("Radiocarbon dating measures carbon-14 (14C) in the bones."), "Radiocarbon dating measures carbon fourteen in the bones.");
    EXPECT_EQ(blindSay("The reactor burns enriched 235U."), "The reactor burns enriched uranium two thirty-five.");
    EXPECT_EQ(blindSay("Temperatures hit 14C on Tuesday."), "Temperatures hit fourteen degrees Celsius on Tuesday.");
    EXPECT_EQ(blindSay("The rocks formed about 2 Ma ago."), "The rocks formed about two million years ago.");
    EXPECT_EQ(blindSay("A 5 mA current flowed."), "A five milliamp current flowed.");
    EXPECT_EQ(blindSay("The layer dates to 112 ± 9 ka."), "The layer dates to one hundred twelve thousand years, plus or minus nine thousand years.");
    // (Neighbours: a temperature in a sentence of dough and dating apps, a half-year, mega-amperes, a raised mass number.)
    EXPECT_EQ(blindSay("The enriched dough was kept at no more than 13C."), "The enriched dough was kept at no more than thirteen degrees Celsius.");
    EXPECT_EQ(blindSay("Its 1H 2024 results beat forecasts."), "Its first-half twenty twenty-four results beat forecasts.");
    EXPECT_EQ(blindSay("Tritium (3H) leaked from the plant, which splits atoms."), "Tritium leaked from the plant, which splits atoms.");
    EXPECT_EQ(blindSay("The lab measured ¹⁴C in the sample."), "The lab measured carbon fourteen in the sample.");
    EXPECT_EQ(blindSay("Emissions reached 37.4 gt of CO2."), "Emissions reached thirty-seven point four gigatonnes of C O two.");
}

// An isotope's mass number raised before its symbol is written on to it, no note mark.
TEST(BlindRound96Test, shouldKeepAnIsotopesRaisedMassNumber) {
    const std::string body = blindBodyOf(blindPageArticle(
        "<html><body><article><h1>New element hunt</h1><p>The team says the approach works, using <sup>50</sup>Ti beams to make two "
        "atoms of the element, the lab said on Monday.</p><p>Another paragraph of the story follows here, with enough words for a body "
        "to read aloud.</p></article></body></html>"));
    EXPECT_NE(body.find("using \xE2\x81\xB5\xE2\x81\xB0Ti beams"), std::string::npos) << body;
}

// A recipe card pasted with the recipe: its buttons, its fields and nutrients in a row, its ask and its writer's box go; a
// sentence that prints or pins something stays.
TEST(BlindRound96Test, shouldDropARecipeCardsFurniture) {
    EXPECT_TRUE(isBoilerplate("Print Pin Rate"));
    EXPECT_TRUE(isBoilerplate("Course: Main Course | Cuisine: American, Italian | Keyword: freezer lasagna, make ahead lasagna"));
    EXPECT_TRUE(isBoilerplate("Serving: 1slice | Calories: 486kcal | Carbohydrates: 29g | Protein: 30g | Fat: 27g | Saturated Fat: 13g | "
                              "Cholesterol: 92mg | Sodium: 1104mg | Fiber: 3g | Sugar: 8g"));
    EXPECT_TRUE(isBoilerplate("Tried this recipe? Leave a comment below and tag @thefamilytable on Instagram!"));
    EXPECT_TRUE(isAuthorBio("About Becca – Mom of 3, former school teacher and lover of all things cozy. I share easy recipes from my kitchen."));
    EXPECT_FALSE(isBoilerplate("Print the form and pin it to the wall."));
    EXPECT_FALSE(isBoilerplate("Tickets: $20 | Doors: 7pm | Venue: The Roundhouse"));
    EXPECT_FALSE(isAuthorBio("About 200 – 300 people came to the meeting, and I counted them myself."));
    EXPECT_FALSE(isAuthorBio("About Boris Johnson – whatever you think of him, my view is simple: he changed the party."));
}

// A newsletter's paid cut and sign-in, its ask to share or to reply, its poll, its legal line; a wire's licensing link.
TEST(BlindRound96Test, shouldDropANewslettersAsksAndLegalLines) {
    EXPECT_TRUE(isBoilerplate("This post is for paying subscribers only"));
    EXPECT_TRUE(isBoilerplate("Already have an account? Sign in"));
    EXPECT_TRUE(isBoilerplate("This post is public so feel free to share it."));
    EXPECT_TRUE(isBoilerplate("Hit reply and tell me what you're seeing. I read every email."));
    EXPECT_TRUE(isBoilerplate("The Opening Bell is for informational purposes only and is not investment advice."));
    EXPECT_TRUE(isBoilerplate("Purchase Licensing Rights, opens new tab"));
    EXPECT_FALSE(isBoilerplate("The regulator said the fund's documents were misleading and fined it $2 million on Tuesday."));
    // (A story's sentences that open on the same words.)
    EXPECT_FALSE(isBoilerplate("Today's poll, the third this week, puts Labour 14 points ahead of the Conservatives."));
    EXPECT_FALSE(isBoilerplate("Paying members get a vote in the leadership contest, the party said."));
    EXPECT_FALSE(isBoilerplate("I read every email my constituents send, the MP said."));
    EXPECT_FALSE(isBoilerplate("His videos ended with the words: this is not investment advice."));
}

// A newsletter's sponsor's label in capitals, its referral box, its upgrade ask; a chart's bracketed caption in a pasted mail.
TEST(BlindRound96Test, shouldDropANewslettersSponsorReferralAndUpgrade) {
    EXPECT_TRUE(isBoilerplate("TOGETHER WITH LEDGERLY"));
    EXPECT_FALSE(isBoilerplate("Together with her husband she ran the shop for 30 years."));
    EXPECT_TRUE(isBoilerplate("Or copy and paste this link to others: https://www.example.co/subscribe?ref=XyZ12AbC"));
    EXPECT_TRUE(isBoilerplate("Paying members get our full spreadsheet of every listing. Upgrade for £5 a month."));
    const std::string body = blindReadBodyOf(blindTextArticle(
        "Walk more, live longer\n\nPeople who walked 7,000 steps a day had a lower risk of death than those who walked 2,000, the study "
        "found after following them for a decade.\n\n[Chart: Hazard ratio for death by daily steps. Source: Osei et al., JAMA Netw Open "
        "2025.]\n\nThe benefit levelled off above 10,000 steps, the authors said in their paper on Monday.\n"));
    EXPECT_EQ(body.find("Hazard ratio"), std::string::npos) << body;
}

// A gun's model by its letter and number is no money, whatever the story's currency; petrol's octane after "RON" is no lei.
TEST(BlindRound96Test, shouldReadAGunsModelAndAnOctaneRatingAsNoMoney) {
    EXPECT_EQ(blindSay("Police recovered two R5 rifles and R200 000 in cash in Soweto."),
              "Police recovered two R five rifles and two hundred thousand rand in cash in Soweto.");
    EXPECT_EQ(blindSay("Pump prices ranged from P55.20 to P65.60 a liter for gasoline (RON 91) in Manila."),
              "Pump prices ranged from fifty-five pesos and twenty centavos to sixty-five pesos and sixty centavos a liter for gasoline, R O N "
              "ninety-one, in Manila.");
}

// A bench's vote after "rules"; an hour past noon with its minutes after "until" before the day; a motorway's junction.
TEST(BlindRound96Test, shouldReadAVoteAClosuresClockAndAJunction) {
    EXPECT_EQ(blindSay("Top court rules 6-3 that police breached the Charter."), "Top court rules six to three that police breached the Charter.");
    EXPECT_EQ(blindSay("Under rules 6-3 and 6-5 of the code, fees apply."), "Under rules six dash three and six to five of the code, fees apply.");
    EXPECT_EQ(blindSay("The line is closed until 23.58 on Sunday."), "The line is closed until twenty-three fifty-eight on Sunday.");
    EXPECT_EQ(blindSay("The index rose until 23.58 on Monday."), "The index rose until twenty-three point five eight on Monday.");
    EXPECT_EQ(blindSay("It is closed between jn 27 and jn 29."), "It is closed between junction twenty-seven and junction twenty-nine.");
}

// A byline's row of fields after a bar, "| New Delhi |", names no second writer beside the declared one; a date line with
// only the update's time after its dash is the date, not read; a ship's length before its name is in metres.
TEST(BlindRound96Test, shouldKeepTheDeclaredWriterOverAPlaceInTheBylinesRow) {
    const Article a = blindPageArticle(
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Regulator grounds jets\",\"author\":{\"@type\":"
        "\"Person\",\"name\":\"Aniruddh Menon\"},\"datePublished\":\"2024-06-21T21:40:00+05:30\"}</script></head><body><article><h1>Regulator "
        "grounds jets</h1><div class=\"byline\">Written by <a href=\"/author/am\">Aniruddh Menon</a> | New Delhi | Updated: June 21, 2024 21:40 "
        "IST</div><p>The aviation regulator grounded four jets on Friday after inspectors found cracks in an engine part during checks.</p><p>The "
        "airline said it would lease aircraft to cover the gap while the engines were repaired over the coming weeks.</p></article></body></html>");
    EXPECT_EQ(a.byline, "Aniruddh Menon");
}

TEST(BlindRound96Test, shouldTakeADateLineWithTheUpdatesTimeAlone) {
    const std::string body = blindReadBodyOf(blindPageArticle(
        "<html><body><article><h1>Boxship grounds off Singapore</h1><p class=\"date\">Monday, August 19, 2024, 2:20 PM SGT — Updated 6:05 "
        "PM</p><p>One of the world's largest container ships ran aground early on Monday after a steering gear failure, the port said.</p><p>No "
        "pollution was reported and tugs were on their way to the ship, which was carrying containers to Rotterdam.</p></article></body></html>"));
    EXPECT_EQ(body.find("Updated"), std::string::npos) << body;
    EXPECT_EQ(blindSay("The 399.9m Kestrel Horizon ran aground in the Strait."), "The three hundred ninety-nine point nine meter Kestrel Horizon ran aground in the Strait.");
    EXPECT_EQ(blindSay("The firm made a 399.9m profit."), "The firm made a three hundred ninety-nine point nine million profit.");
}

// A recipe card's time is no headline ("Cook: 2 hrs 45 mins"); a magazine's offer over the recipe is no story.
TEST(BlindRound96Test, shouldNotTakeARecipeCardsTimeForTheHeadline) {
    const Article a = blindTextArticle(
        "Recipes\nCollections\nSearch\nBeef & Guinness stew with cheddar dumplings\nBeef & Guinness stew with cheddar dumplings\nMagazine "
        "subscription – your first 5 issues for only £5!\nPrep: 25 mins\nCook: 2 hrs 45 mins\nEasy\nServes 6\n\nA rich, comforting stew with "
        "fluffy cheddar-and-thyme dumplings, perfect for a chilly weekend, and better made a day ahead.\n\nHeat the oil in a large casserole "
        "and brown the beef in batches, then set it aside on a plate while you soften the onions.\n");
    EXPECT_EQ(a.title, "Beef & Guinness stew with cheddar dumplings");
    EXPECT_EQ(blindReadBodyOf(a).find("Magazine subscription"), std::string::npos) << blindReadBodyOf(a);
}

// Two filled stars alone under a restaurant's name are its rating, said; three alone part scenes, as asterisks do.
TEST(BlindRound96Test, shouldSayTwoStarsAloneAsARating) {
    const std::string page = "<html><body><article><h1>Ondina review: Peruvian flair in Williamsburg</h1><div class=\"info\"><h2>Ondina</h2><p>"
                             "STARS</p></div><p>The ceviche arrives in a bowl the size of a hubcap, and it is the best thing on a menu that mostly "
                             "lives up to it.</p><p>Service was warm, if slow, and the pisco sours were excellent all evening.</p></article></body></html>";
    const auto scriptOf = [](const std::string& html) {
        std::string lines;
        for (const Utterance& u : buildScript(blindPageArticle(html), ScriptOptions{}).utterances) lines += u.text + "\n";
        return lines;
    };
    std::string two = page, three = page;
    two.replace(two.find("STARS"), 5, "\xE2\x98\x85\xE2\x98\x85");
    three.replace(three.find("STARS"), 5, "\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85");
    EXPECT_NE(scriptOf(two).find("\n\xE2\x98\x85\xE2\x98\x85\n"), std::string::npos) << scriptOf(two);
    EXPECT_EQ(scriptOf(three).find("\xE2\x98\x85"), std::string::npos) << scriptOf(three);
    EXPECT_EQ(blindSay("\xE2\x98\x85\xE2\x98\x85"), "Two stars.");
}

// A pasted story that ends on a table's rows keeps them: their figures make them the story's, no teasers' titles.
TEST(BlindRound96Test, shouldKeepTheTableAPastedStoryEndsOn) {
    const std::string body = blindReadBodyOf(blindTextArticle(
        "Pirates sink Chiefs to stay on course\n\nOrlando Pirates beat Kaizer Chiefs 2-0 in the Soweto derby on Saturday to move within four "
        "points of the leaders with two games in hand.\n\nSundowns, who beat Golden Arrows 3-1 on Friday night, have 52 points from 20 "
        "matches.\n\nHow the top 4 stand:\n1. Mamelodi Sundowns - P20 W17 D1 L2 - 52 pts\n2. Orlando Pirates - P18 W15 D1 L2 - 46 pts\n"
        "3. Stellenbosch FC - P19 W9 D5 L5 - 32 pts\n\nREAD MORE:\nNabi: 'I will not resign after derby loss'\n"));
    EXPECT_NE(body.find("Stellenbosch FC"), std::string::npos) << body;
    EXPECT_EQ(body.find("Nabi"), std::string::npos) << body;
}

// The second recheck's neighbours: a headline that names a length, money before a name, a price before a gun, a rule's
// number, a market's figure, John's gospel, a magazine's sales, a pager at a story's foot.
TEST(BlindRound96Test, shouldLeaveTheNeighboursOfTheRoundsRulesAlone) {
    EXPECT_EQ(blindTextArticle("Analysis: 72 hours that shook Westminster\n\nBy Jane Smith\n\nThe prime minister's week began with a resignation "
                               "and ended with a vote that nobody at Westminster had expected on Monday morning.\n\nHer allies said on Friday "
                               "that she would fight on, whatever the party's rebels decided over the weekend.\n")
                  .title,
              "Analysis: 72 hours that shook Westminster");
    EXPECT_EQ(blindSay("The firm paid the 1.5m Singapore dollar fine on Monday, the ship's owner said."),
              "The firm paid the one point five million Singapore dollar fine on Monday, the ship's owner said.");
    EXPECT_EQ(blindSay("Police paid R500 for each gun handed in and R2500 for a pistol."), "Police paid five hundred rand for each gun handed in and two thousand five hundred rand for a pistol.");
    EXPECT_EQ(blindSay("He was penalised for breaching rule 6-3 of the Rules of Golf."), "He was penalised for breaching rule six dash three of the Rules of Golf.");
    EXPECT_EQ(blindSay("Brent crude closed lower until 17.40 on Friday."), "Brent crude closed lower until seventeen point four zero on Friday.");
    EXPECT_EQ(blindSay("The sermon cited Jn 10 and Rom 8."), "The sermon cited Jn ten and Rom eight.");
    EXPECT_FALSE(isBoilerplate("Magazine subscription - the backbone of the industry - fell by 8% last year."));
    const std::string body = blindReadBodyOf(blindTextArticle(
        "Pirates sink Chiefs to stay on course\n\nOrlando Pirates beat Kaizer Chiefs 2-0 in the Soweto derby on Saturday to move within four "
        "points of the leaders with two games in hand.\n\nSundowns, who beat Golden Arrows 3-1 on Friday night, have 52 points from 20 "
        "matches.\n\nPage 1 2 3 4 Next\n"));
    EXPECT_EQ(body.find("Page 1"), std::string::npos) << body;
}

// A newsletter's pitch and its sign-up ask in one paragraph go whole; a story's sentence beside a sign-up ask stays.
TEST(BlindRound96Test, shouldDropANewslettersPitchWithItsAsk) {
    EXPECT_EQ(storyAroundPrompts("Start the day with a summary of the day's most important and interesting stories, analysis and insights. "
                                 "Sign up for our Morning Edition newsletter."),
              "");
    EXPECT_NE(storyAroundPrompts("The council voted 7-2 on Tuesday to approve the budget for the new library. Sign up for our newsletter."),
              "");
}

// Between a pasted page's headline and its story, a run of short lines that holds no sentence is the page's card.
TEST(BlindRound96Test, shouldDropAPastedCardBetweenHeadlineAndStory) {
    const std::string body = blindReadBodyOf(blindTextArticle(
        "Beef & Guinness stew with cheddar dumplings\n\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\n(148 ratings)\nRate\nSave\n"
        "Prep: 25 mins\nCook: 2 hrs 45 mins\nEasy\nServes 6\n\nA rich, comforting stew with fluffy cheddar-and-thyme dumplings, perfect for a "
        "chilly weekend, and better made a day ahead.\n\nHeat the oil in a large casserole and brown the beef in batches, then set it aside "
        "on a plate while you soften the onions.\n"));
    EXPECT_EQ(body.find("ratings"), std::string::npos) << body;
    EXPECT_EQ(body.find("Serves 6"), std::string::npos) << body;
    EXPECT_NE(body.find("A rich, comforting stew"), std::string::npos) << body;
    // (A standfirst, a sentence, between them stays.)
    const std::string standfirst = blindReadBodyOf(blindTextArticle(
        "Council approves the new library budget\nThe vote came after a long debate over the cost of the building.\n\nThe council voted 7-2 on "
        "Tuesday night to approve a budget of $12 million for the new library, which opens in 2027.\n\nThe mayor said the library would be "
        "the city's first new public building in twenty years.\n"));
    EXPECT_NE(standfirst.find("The vote came after a long debate"), std::string::npos) << standfirst;
}

// The writer's name again in the body with a job and the story's times is the byline's box, not read; a sentence that
// opens on the writer's name is the story's.
TEST(BlindRound96Test, shouldDropTheBylinesBoxRepeatedInTheBody) {
    EXPECT_TRUE(isBylineSignedAgain("Callum Pryce Trending reporter 16:45, 10 JUL 2024 Updated 08:12, 11 JUL 2024", "Callum Pryce"));
    EXPECT_FALSE(isBylineSignedAgain("Callum Pryce drove the route at 16:45 on Friday and found it closed.", "Callum Pryce"));
}

// A match's facts end on a field and a name, "Referee: Pierre Atcho (Gabon)": read, no bare name under a writer's box.
TEST(BlindRound96Test, shouldKeepAFieldAndItsNameClosingTheStory) {
    const std::string body = blindReadBodyOf(blindPageArticle(
        "<html><body><article><h1>Daka double sends Zambia top</h1><p>Zambia beat Sierra Leone 3-1 in Lusaka on Thursday to go top of the "
        "qualifying group with two games left to play.</p><p>The striker now has 27 goals for his country, seven short of the record set in "
        "the 1970s.</p><p><strong>Match facts</strong><br>Attendance: 26,114<br>Referee: Pierre Atcho (Gabon)</p></article></body></html>"));
    EXPECT_NE(body.find("Referee: Pierre Atcho"), std::string::npos) << body;
}

// A pasted post cut where its paid part begins says so: the story is partial, for subscribers, and the line is not read.
TEST(BlindRound96Test, shouldMarkAPastedPostCutForSubscribersAsPartial) {
    const std::string story =
        "# Hydro lakes run low\n\nThe South Island's hydro lakes are at their lowest level for the time of year since records began, the "
        "grid operator said on Tuesday.\n\nThe operator raised its alert status and said there was a one-in-ten chance of emergency levels "
        "by late June.\n\n";
    const Article cut = blindTextArticle(story + "This post is for paying subscribers only\n\nAlready have an account? Sign in\n", "mail.md");
    EXPECT_EQ(cut.partial, Partial::ForSubscribers);
    EXPECT_EQ(blindReadBodyOf(cut).find("paying subscribers"), std::string::npos) << blindReadBodyOf(cut);
    EXPECT_EQ(blindTextArticle(story + "The minister said the lights would stay on.\n", "mail.md").partial, Partial::No);
}

// "nm" is a nautical mile on a flight's path too; a chip's process stays in nanometres.
TEST(BlindRound96Test, shouldReadAFlightsNauticalMiles) {
    EXPECT_EQ(blindSay("The jet will fly 9,720nm nonstop from Perth to London."),
              "The jet will fly nine thousand seven hundred twenty nautical miles nonstop from Perth to London.");
    EXPECT_EQ(blindSay("The chip, built on a 3nm node, ships in phones that fly off the shelves."),
              "The chip, built on a three nanometer node, ships in phones that fly off the shelves.");
}
