// English spoken forms, category by category: what must change and what must stay as written.

#include <gtest/gtest.h>

#include "../TestTemp.hpp"

#include <filesystem>
#include <fstream>

#include "core/Error.hpp"
#include "text/CountryCues.hpp"
#include "text/Normalizer.hpp"
#include "text/Lexicon.hpp"
#include "VoicesDir.hpp"

using namespace readcast;

namespace {

std::string say(const std::string& text, const std::string& language = "en") {
    static const Lexicon kNone;
    return Normalizer(language, &kNone).normalize(text);
}

// The normalizer with the language's shipped lexicon (voices/LANGUAGE.lexicon.tsv), as a render has it.
std::string sayShipped(const std::string& text, const std::string& language) {
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", language, {});
    return Normalizer(language, &lexicon).normalize(text);
}

}  // namespace

TEST(NormalizerTest, shouldReadCardinalsAndDecimals) {
    EXPECT_EQ(say("It costs 1,234 won."), "It costs one thousand two hundred thirty-four won.");
    EXPECT_EQ(say("Growth was 3.5 points."), "Growth was three point five points.");
    EXPECT_EQ(say("It fell to -5 overnight."), "It fell to minus five overnight.");
    EXPECT_EQ(say("About 1.2 million people"), "About one point two million people");
    EXPECT_EQ(say("a 3.5bn loss"), "a three point five billion loss");
    EXPECT_EQ(say("agent 007"), "agent zero zero seven");
    EXPECT_EQ(say("1.234,56 euros"), "one thousand two hundred thirty-four point five six euros");
}

TEST(NormalizerTest, shouldReadVeryLongAndOddNumbersSafely) {
    EXPECT_EQ(say("1234567890123456789012345678901234567890").substr(0, 23), "one two three four five");
    EXPECT_EQ(say("version 1.2.3"), "version one point two point three");
    EXPECT_EQ(say("12,34,567"), "twelve lakh thirty-four thousand five hundred sixty-seven");  // Indian grouping
    EXPECT_EQ(say("1,2,3"), "one point two point three");
}

TEST(NormalizerTest, shouldLeaveWordsWithoutNumbersAlone) {
    for (const char* text : {"Seoul and Tokyo agreed.", "I think so.", "North Korea-Russia ties", "state-run media",
                             "The U.S. and the EU.", "He said: yes."}) {
        EXPECT_EQ(say(text), text);
    }
    // (Single quotation marks go, as double ones do: eSpeak NG pauses at them; an apostrophe in a word stays.)
    EXPECT_EQ(say("It's 'fine'."), "It's fine.");
    EXPECT_EQ(say("Police praised the \u2018exemplary\u2019 behaviour of the players' union."),
              "Police praised the exemplary behaviour of the players' union.");
}

TEST(NormalizerTest, shouldReadOrdinalsFractionsAndPercentages) {
    EXPECT_EQ(say("the 21st century"), "the twenty-first century");
    EXPECT_EQ(say("his 3rd try"), "his third try");
    EXPECT_EQ(say("1/2 of voters"), "one half of voters");
    EXPECT_EQ(say("3 3/4 miles"), "three and three quarters miles");
    EXPECT_EQ(say("2/3 of them"), "two thirds of them");
    EXPECT_EQ(say("\u00BD cup"), "half a cup");
    EXPECT_EQ(say("up 3.5%"), "up three point five percent");
    EXPECT_EQ(say("5\u2030 of cases"), "five per mille of cases");
    EXPECT_EQ(say("between 10-20%"), "between ten and twenty percent");
    EXPECT_EQ(say("between $5-10 million"), "between five and ten million dollars");
    EXPECT_EQ(say("pages 3-5"), "pages three to five");
    EXPECT_EQ(say("an area of 5,000 sq km"), "an area of five thousand square kilometers");
    EXPECT_EQ(say("5.25%-5.5%"), "five point two five to five point five percent");
}

TEST(NormalizerTest, shouldReadRangesAndScores) {
    EXPECT_EQ(say("from 2010\u20132015"), "from twenty ten to twenty fifteen");
    EXPECT_EQ(say("in 2010-15"), "in twenty ten to fifteen");
    EXPECT_EQ(say("pages 3-5"), "pages three to five");
    EXPECT_EQ(say("a 3-1 win"), "a three to one win");
}

TEST(NormalizerTest, shouldReadMoneyWithCurrenciesAndMagnitudes) {
    EXPECT_EQ(say("It cost $5."), "It cost five dollars.");
    EXPECT_EQ(say("It cost $1."), "It cost one dollar.");
    EXPECT_EQ(say("raised $2.5 billion"), "raised two point five billion dollars");
    EXPECT_EQ(say("a $2.5 billion deal"), "a two point five billion dollar deal");
    EXPECT_EQ(say("US$5"), "Five US dollars");
    EXPECT_EQ(say("\u20AC3m"), "three million euros");
    EXPECT_EQ(say("\u00A31.2bn"), "one point two billion pounds");
    EXPECT_EQ(say("\u00A53,000"), "three thousand yen");
    EXPECT_EQ(say("\u20A9500,000"), "five hundred thousand won");
    EXPECT_EQ(say("\u20B9100"), "one hundred rupees");
    EXPECT_EQ(say("CHF 100"), "One hundred Swiss francs");
    EXPECT_EQ(say("300 USD"), "three hundred dollars");
    EXPECT_EQ(say("2.5 billion EUR"), "two point five billion euros");
    EXPECT_EQ(say("1 GBP"), "one pound");
    EXPECT_EQ(say("2.5 billion won"), "two point five billion won");
    EXPECT_EQ(say("$3.50"), "three dollars and fifty cents");
    EXPECT_EQ(say("$0.99"), "ninety-nine cents");
    EXPECT_EQ(say("\u00A32.50"), "two pounds and fifty pence");
    EXPECT_EQ(say("20p"), "twenty pence");
    EXPECT_EQ(say("$5-10 million"), "five to ten million dollars");
    EXPECT_EQ(say("\u00A315-\u00A320"), "fifteen to twenty pounds");
}

TEST(NormalizerTest, shouldReadTheWorldsCurrenciesByTheirLettersAndSigns) {
    EXPECT_EQ(say("Lagos allocated N450m."), "Lagos allocated four hundred fifty million naira.");
    EXPECT_EQ(say("worth R2.5bn"), "worth two point five billion rand");
    EXPECT_EQ(say("tickets at R1,200"), "tickets at one thousand two hundred rand");
    EXPECT_EQ(say("he paid Sh5,000"), "he paid five thousand shillings");
    EXPECT_EQ(say("KSh 1,500 and USh 20,000"), "One thousand five hundred Kenyan shillings and twenty thousand Ugandan shillings");
    EXPECT_EQ(say("a fine of RM50,000"), "a fine of fifty thousand ringgit");
    EXPECT_EQ(say("Rs500 each"), "Five hundred rupees each");
    EXPECT_EQ(say("a GH\u00A2500 note"), "a five hundred cedi note");
    EXPECT_EQ(say("E\u00A3500"), "Five hundred Egyptian pounds");
    EXPECT_EQ(say("rents of 4,500 z\u0142"), "rents of four thousand five hundred zlotys");
    EXPECT_EQ(say("300 DKK and 20 ZAR"), "three hundred kroner and twenty rand");
    // The same letters that are roads, masks, languages, summits and fuels stay what they are.
    EXPECT_EQ(say("the R350 and the N11"), "the R three fifty and the N eleven");
    EXPECT_EQ(say("COP 28 opened"), "COP twenty-eight opened");
    EXPECT_EQ(say("RON 95 petrol"), "RON ninety-five petrol");
}

// A statute's section in pairs ("ten oh one", not a year's "one thousand one"), a ballot measure, and
// an abbreviation whose dot also ends the sentence keeps the full stop.
TEST(NormalizerTest, shouldReadLegalNumbersAndKeepTheStopAfterAnAbbreviation) {
    EXPECT_EQ(say("under 18 U.S.C. \u00A7 1001."), "under eighteen U.S.C. section ten oh one.");
    EXPECT_EQ(say("Voters approved Prop. 36."), "Voters approved Proposition thirty-six.");
    EXPECT_EQ(say("It is at 1600 Pennsylvania Ave. NW."), "It is at sixteen hundred Pennsylvania Avenue Northwest.");
    EXPECT_EQ(say("She lived on 57th St."), "She lived on fifty-seventh Street.");
    // A street named by a letter or a figure after its direction and type.
    EXPECT_EQ(say("The shelter is at 410 N.E. Ave. A, and took in 40 people."),
              "The shelter is at four ten Northeast Avenue A, and took in forty people.");
    EXPECT_EQ(say("He lives at 12 N. Main St. now."), "He lives at twelve North Main Street now.");
}

// A round of sentences nobody here wrote found these: a sport's abbreviations, a magnet's teslas, a
// relay's legs, a price per litre, a ZIP code after "is", 999 after "in an emergency" (but a Porsche 911
// and 999 staff are numbers), plurals eSpeak NG drops, an "of" initialism's possessive, a quadrant and
// a province before Canada's postal code, a magnitude apart at a clause's end.
TEST(NormalizerTest, shouldReadWhatABlindRoundOfNewsSentencesFound) {
    EXPECT_EQ(say("He went 3-for-4 with two HRs and 5 RBIs."), "He went three-for-four with two home runs and five RBIs.");
    EXPECT_EQ(say("He threw for 320 yds and 3 TDs."), "He threw for three hundred twenty yards and three touchdowns.");
    EXPECT_EQ(say("Three Sinn F\u00E9in TDs voted against."), "Three Sinn F\u00E9in TDs voted against.");
    EXPECT_EQ(say("They won by 6 wkts."), "They won by six wickets.");
    EXPECT_EQ(say("The Leafs won 4-3 in OT."), "The Leafs won four to three in overtime.");
    EXPECT_EQ(say("about 16.7 million lbf of thrust."), "about sixteen point seven million pounds of thrust.");
    EXPECT_EQ(say("an 11.7T magnet"), "an eleven point seven tesla magnet");
    EXPECT_EQ(say("the 4x100m relay"), "the four by one hundred meters relay");
    EXPECT_EQ(say("Gas is $1.59/L."), "Gas is one dollar and fifty-nine cents a liter.");
    EXPECT_EQ(say("The ZIP code is 90210."), "The ZIP code is nine zero two one zero.");
    EXPECT_EQ(say("or, in an emergency, 999."), "or, in an emergency, nine nine nine.");
    EXPECT_EQ(say("The emergency service had 999 staff."), "The emergency service had nine hundred ninety-nine staff.");
    EXPECT_EQ(say("His Porsche 911 was fast."), "His Porsche nine eleven was fast.");
    EXPECT_EQ(say("He got 9 GCSEs, including 4 grade 9s."), "He got nine G.C.S.E's, including four grade nines.");
    EXPECT_EQ(say("two ICBMs"), "two I.C.B.M's");
    EXPECT_EQ(say("The BoE's MPC voted."), "The B.O E's MPC voted.");
    EXPECT_EQ(say("Analysts at BofA and BofA's team agreed."), "Analysts at B of eh and B of eh's team agreed.");
    // A fiscal year, a half and a quarter written short.
    EXPECT_EQ(say("FY2026 sales, FY 2025 results and guidance into 1H FY27."),
              "Fiscal twenty twenty-six sales, fiscal twenty twenty-five results and guidance into the first half of fiscal year twenty-seven.");
    EXPECT_EQ(say("Sales in H2 2025 beat its H1 2026 plan; funded into 2H 2027."),
              "Sales in the second half of twenty twenty-five beat its first-half twenty twenty-six plan; funded into the second half of twenty twenty-seven.");
    EXPECT_EQ(say("The H1 tag and H2O."), "The H one tag and H two O.");
    // "Ch." is a channel in a sentence about a station; "Sh." an Indian title.
    EXPECT_EQ(say("Ch. 7 meteorologist Dana Ruiz said so."), "Channel seven meteorologist Dana Ruiz said so.");
    EXPECT_EQ(say("Read Ch. 7 of the book."), "Read Chapter seven of the book.");
    EXPECT_EQ(say("Minister Sh. Rakesh Singh spoke."), "Minister Shree Rakesh Singh spoke.");
    // What a fortieth round of pages found.
    EXPECT_EQ(say("He lives at 17a Barton St, in Flat 2a."), "He lives at seventeen eh Barton Street, in Flat two eh.");
    EXPECT_EQ(say("It breached Reg 3 and para 4 of Sch 2."), "It breached Regulation three and paragraph four of Schedule two.");
    EXPECT_EQ(say("Reg Smith scored 3."), "Reg Smith scored three.");
    EXPECT_EQ(say("The Plan 2026\u20132030 and the Boeing 737-800."), "The Plan twenty twenty-six to twenty thirty and the Boeing seven thirty-seven eight hundred.");
    EXPECT_EQ(say("In class III or IV failure, Stage III/IV, IV fluids."), "In class three or four failure, Stage three or four, I V fluids.");
    EXPECT_EQ(say("The gain held (P<.001) but not at p>.05."), "The gain held, P less than point zero zero one, but not at p more than point zero five.");
    EXPECT_EQ(say("Use the emergency number 10111 or call 10177; the number 10111 is odd."),
              "Use the emergency number one oh one one one or call one oh one seven seven; the number ten thousand one hundred eleven is odd.");
    // What a fortieth round of texts found: golf, overtime, records, phases, suffixes, possessive years.
    EXPECT_EQ(say("He finished at -12 after a bogey, with rounds of 71-68-70-67."),
              "He finished at twelve under after a bogey, with rounds of seventy-one, sixty-eight, seventy, sixty-seven.");
    EXPECT_EQ(say("T3. Henrik Sorlie (NOR) 68-72-70-70, 280 (-8)"), "Tied for third. Henrik Sorlie, Norway, sixty-eight, seventy-two, seventy, seventy, two hundred eighty, eight under");
    EXPECT_EQ(say("It was -12 C; call 01-23-45-67."), "It was minus twelve degrees Celsius; call oh one, two three, four five, six seven.");
    EXPECT_EQ(say("Atlanta 121, Brooklyn 116 (OT) and Miami 101 (2OT)."),
              "Atlanta one hundred twenty-one, Brooklyn one hundred sixteen, in overtime, and Miami one hundred one, in double overtime.");
    EXPECT_EQ(say("They are a .500 team."), "They are a five hundred team.");
    EXPECT_EQ(say("Republicans had won 201 seats and Democrats 189, with the Boeing 737 idle."),
              "Republicans had won two hundred one seats and Democrats one hundred eighty-nine, with the Boeing seven thirty-seven idle.");
    EXPECT_EQ(say("It passed Phase IIb and Phase IIIa."), "It passed Phase two B and Phase three eh.");
    EXPECT_EQ(say("Brandon Ashby III (USA) shot 70."), "Brandon Ashby the Third, U.S.A, shot seventy.");
    EXPECT_EQ(say("Turnout could exceed 2020's record, as in the 1990's."), "Turnout could exceed twenty twenty's record, as in the nineteen nineties.");
    EXPECT_EQ(say("The remaining ~30% costs ~$5."), "The remaining roughly thirty percent costs about five dollars.");
    EXPECT_EQ(say("The default is 60 s; a 1 s delay."), "The default is sixty seconds; a one second delay.");
    EXPECT_EQ(say("buyers of electric vehicles (EVs). More EVs; MPs: and the MPs' pay."),
              "buyers of electric vehicles. More E V's; M P's: and the M P's pay.");
    // What a reviewer found the rules above took wrongly, left as it was.
    EXPECT_EQ(say("The green bond index returned -3 percent, on par with -2%."), "The green bond index returned minus three percent, on par with minus two percent.");
    EXPECT_EQ(say("The gas station chain filed for Ch. 7 liquidation."), "The gas station chain filed for Chapter seven liquidation.");
    EXPECT_EQ(say("He loves 1980's music."), "He loves nineteen eighties music.");
    EXPECT_EQ(say("It was US Airways 1549, which landed."), "It was US Airways fifteen forty-nine, which landed.");
    EXPECT_EQ(say("Hummer H2 2008 models; Milan won Serie A 8 times; Para 4 athletes."),
              "Hummer H two, two thousand eight models; Milan won Serie A eight times; Para four athletes.");
    // A price before a noun, as it is said; the article before a figure said with a vowel first.
    EXPECT_EQ(say("A $999.99 phone, a $0.89 avocado and a $4.05 fee."),
              "A nine hundred ninety-nine dollar ninety-nine phone, an eighty-nine cent avocado and a four dollar oh five fee.");
    EXPECT_EQ(say("He got a 8-year sentence, a 11-minute delay and a 1-year ban."),
              "He got an eight-year sentence, an eleven-minute delay and a one-year ban.");
    // An accountant's negative in brackets: the amount alone in a sentence about a loss, "minus" elsewhere.
    EXPECT_EQ(say("Net loss was $184.7 million, or $(2.41) per share."),
              "Net loss was one hundred eighty-four point seven million dollars, or two dollars and forty-one cents per share.");
    EXPECT_EQ(say("Operating income was $(12.5) million."), "Operating income was minus twelve point five million dollars.");
    // A year a company went through; a count after the same verbs.
    EXPECT_EQ(say("It ended 2024 with cash and entered 2025 on a high; the index closed 2024 points up."),
              "It ended twenty twenty-four with cash and entered twenty twenty-five on a high; the index closed two thousand twenty-four points up.");
    EXPECT_EQ(say("at 250 Front St. W., Toronto, ON M5V 3G5."), "at two fifty Front Street West, Toronto, Ontario M five V, three G five.");
    EXPECT_EQ(say("The population is 1.4 bn, or 140 crore."), "The population is one point four billion, or one hundred forty crore.");
}

// A second round of sentences nobody here wrote: rand with a magnitude, crowns, percentage points, a
// million barrels a day, months written short, an AFL result's "def.", betting odds, a batter not out
// when a side declares, a model in the plural, a Canadian postcode, a grade A.
TEST(NormalizerTest, shouldReadWhatASecondBlindRoundOfNewsSentencesFound) {
    EXPECT_EQ(say("relief worth R254bn"), "relief worth two hundred fifty-four billion rand");
    EXPECT_EQ(say("It costs about 55 kr."), "It costs about fifty-five kronor.");
    EXPECT_EQ(say("In Oslo it costs 55 kr."), "In Oslo it costs fifty-five kroner.");
    EXPECT_EQ(say("The party's vote share rose 1.6pp."), "The party's vote share rose one point six percentage points.");
    EXPECT_EQ(say("a 24pp supplement"), "a twenty-four pp supplement");
    EXPECT_EQ(say("cut output by 2.2m bpd"), "cut output by two point two million barrels a day");
    EXPECT_EQ(say("jailed for 4yrs 6mths"), "jailed for four years six months");
    EXPECT_EQ(say("Collingwood 12.9 (81) def. Carlton"), "Collingwood twelve nine, eighty-one defeated Carlton");
    EXPECT_EQ(say("won the Grand National at 100/1"), "won the Grand National at one hundred to one");
    EXPECT_EQ(say("About 3/4 of voters backed the plan."), "About three quarters of voters backed the plan.");
    EXPECT_EQ(say("Root finished on 262* as England declared."), "Root finished on two hundred sixty-two not out as England declared.");
    EXPECT_EQ(say("Poland ordered 32 more F-35s."), "Poland ordered thirty-two more F thirty-fives.");
    EXPECT_EQ(say("Toronto, ON M5V 3L9."), "Toronto, Ontario M five V, three L nine.");
    EXPECT_EQ(say("The bond was rated A by S&P."), "The bond was rated eh by S and P.");
    EXPECT_EQ(say("Plan A failed, a type A personality"), "Plan eh failed, a type eh personality");
}

// From a round of pages: a month's day before a colon, an amount that is the subject of its verb, a
// count in a headline in title case, a transcript's speaker in capitals.
TEST(NormalizerTest, shouldReadCaptionsHeadlinesAndTranscriptsOfARoundOfPages) {
    EXPECT_EQ(say("Fares before and after Feb. 1:"), "Fares before and after February first:");
    EXPECT_EQ(say("Correction, Jan. 10: An earlier version erred."), "Correction, January tenth: An earlier version erred.");
    EXPECT_EQ(say("Another $2.4 million went to the schools."), "Another two point four million dollars went to the schools.");
    EXPECT_EQ(say("Nortessa Adding 310 Jobs in Ohio"), "Nortessa Adding three hundred ten Jobs in Ohio");
    EXPECT_EQ(say("The Boeing 737 flew."), "The Boeing seven thirty-seven flew.");
    EXPECT_EQ(say("KIM OYELOWO: Welcome back."), "KIM OYELOWO: Welcome back.");
    EXPECT_EQ(say("23' \u2014 Ridgeview: Ekberg"), "twenty-third minute, Ridgeview: Ekberg");
}

// A third round of sentences: a count in millions where what is counted is named, a PIN code after
// "is", an Australian suburb's state and postcode, an Eircode, NHS 111, a possessive of four capitals,
// a Grade II* building, pages after their count, a winner's price.
TEST(NormalizerTest, shouldReadWhatAThirdBlindRoundOfNewsSentencesFound) {
    EXPECT_EQ(say("NHS waiting lists fell to 7.54m."), "NHS waiting lists fell to seven point five four million.");
    EXPECT_EQ(say("He cleared 6.25m."), "He cleared six point two five meters.");
    EXPECT_EQ(say("The PIN code for the area is 560001."), "The PIN code for the area is five six zero zero zero one.");
    EXPECT_EQ(say("a house in Fitzroy VIC 3065"), "a house in Fitzroy Victoria three zero six five");
    EXPECT_EQ(say("The Eircode for the office is D02 X285."), "The Eircode for the office is D zero two, X two eight five.");
    EXPECT_EQ(say("Call 999 or NHS 111 for help."), "Call nine nine nine or NHS one one one for help.");
    EXPECT_EQ(say("built on TSMC's 3nm process"), "built on T.S.M C's three nanometer process");
    EXPECT_EQ(say("a Grade II* listed building"), "a Grade two star listed building");
    EXPECT_EQ(say("It runs to 300 pp. in total."), "It runs to three hundred pages in total.");
    EXPECT_EQ(say("The race was won at 11/4."), "The race was won at eleven to four.");
}

// What a review of this stop's rules found each firing where it should not: the hours' "H" in capitals
// (it had sent the rule back to the start, for ever), years and determiners before feminine nouns, a
// "D." that is an initial, 911 in a line's own words, a year after a state, fractions near common words,
// a code's "is" far from any postcode, a disease's letters after millions, a title-case headline's "A".
TEST(NormalizerTest, shouldNotFireWhereAReviewFoundRulesTooBroad) {
    EXPECT_EQ(say("ENTRADAS A LA VENTA A LAS 10:00 HS", "es"), "ENTRADAS A LA VENTA A LAS 10 horas");
    EXPECT_EQ(say("En 1995 las ventas cayeron y 21 periodistas llegaron.", "es"), "En 1995 las ventas cayeron y 21 periodistas llegaron.");
    EXPECT_EQ(say("Franklin D. Roosevelt y la vitamina D. Estudos", "pt"), "Franklin D. Roosevelt y la vitamina D. Estudos");
    EXPECT_EQ(say("A Texas 911 outage hit."), "A Texas nine one one outage hit.");
    EXPECT_EQ(say("When 911 failed, people died."), "When nine one one failed, people died.");
    EXPECT_EQ(say("The NSW 2023 election."), "The New South Wales twenty twenty-three election.");
    EXPECT_EQ(say("A national poll found 2/3 support."), "A national poll found two thirds support.");
    EXPECT_EQ(say("Under the new tax code the threshold is 250000 rupees."),
              "Under the new tax code the threshold is two hundred fifty thousand rupees.");
    EXPECT_EQ(say("2.8m MS patients"), "two point eight million MS patients");
    EXPECT_EQ(say("How to Plan A Wedding"), "How to Plan A Wedding");
}

TEST(NormalizerTest, shouldReadDatesInEveryNewsForm) {
    EXPECT_EQ(say("on Apr. 29, 2025"), "on April twenty-ninth, twenty twenty-five");
    EXPECT_EQ(say("on 29 Apr. 2025"), "on the twenty-ninth of April, twenty twenty-five");
    EXPECT_EQ(say("on April 26"), "on April twenty-sixth");
    EXPECT_EQ(say("on July 30-31"), "on July thirtieth and thirty-first");
    EXPECT_EQ(say("on Jan. 11."), "on January eleventh.");
    EXPECT_EQ(say("on 2025-04-29"), "on April twenty-ninth, twenty twenty-five");
    EXPECT_EQ(say("on 4/29/2025"), "on April twenty-ninth, twenty twenty-five");
    EXPECT_EQ(say("on 4/5/2025", "en-GB"), "on the fourth of May twenty twenty-five") << "day first, said day first";
    EXPECT_EQ(say("on 4/5/2025", "en-US"), "on April fifth, twenty twenty-five");
    EXPECT_EQ(say("in August 1945"), "in August nineteen forty-five");
    EXPECT_EQ(say("the 1990s"), "the nineteen nineties");
    EXPECT_EQ(say("the '90s"), "the nineties");
    EXPECT_EQ(say("the 2000s"), "the two thousands");
    EXPECT_EQ(say("the 2010s"), "the twenty tens");
    EXPECT_EQ(say("the 1900s"), "the nineteen hundreds");
    EXPECT_EQ(say("the '20s"), "the twenties");
    EXPECT_EQ(say("in 2012"), "in twenty twelve");
    EXPECT_EQ(say("since 2005"), "since two thousand five");
    EXPECT_EQ(say("2000 people"), "two thousand people");
    EXPECT_EQ(say("the 2024 Paris Olympics"), "the twenty twenty-four Paris Olympics");
    EXPECT_EQ(say("the 2020 election"), "the twenty twenty election");
    EXPECT_EQ(say("the World Cup 2022 final"), "the World Cup twenty twenty-two final");
    EXPECT_EQ(say("The 2000 votes counted"), "The two thousand votes counted");
    EXPECT_EQ(say("May I go?"), "May I go?");
    EXPECT_EQ(say("in March they left"), "in March they left");
}

TEST(NormalizerTest, shouldReadTimes) {
    // "a m" would be said "uh em" by eSpeak NG: the letters are written "A-M", "P-M".
    EXPECT_EQ(say("at 00:00"), "at midnight");
    EXPECT_EQ(say("at 3:45 p.m. EST"), "at three forty-five P-M EST");
    EXPECT_EQ(say("at 14:30 CEST"), "at fourteen thirty C E S T");
    EXPECT_EQ(say("at 9:05 am"), "at nine oh five A-M");
    EXPECT_EQ(say("at 7:00"), "at seven o'clock");
    EXPECT_EQ(say("at 10 a.m. Monday"), "at ten A-M Monday");
    EXPECT_EQ(say("It starts at 3 p.m."), "It starts at three P-M.");
    EXPECT_EQ(say("at 8:30 pm ET"), "at eight thirty P-M Eastern time");
    EXPECT_EQ(say("Polls open at 7AM and close at 8PM."), "Polls open at seven A-M and close at eight P-M.");
    EXPECT_EQ(say("Doors open at 7.30pm."), "Doors open at seven thirty P-M.");
    EXPECT_EQ(say("open 9 a.m.-5 p.m. daily"), "open nine A-M to five P-M daily");
    EXPECT_EQ(say("closed 10-11:30 a.m."), "closed ten to eleven thirty A-M.");
    // (On the hour, the twenty-four-hour clock is said on the twelve-hour one, as a newsreader says it; not where the
    // sentence counts hours or keeps other times on it.)
    EXPECT_EQ(say("from 22:00 to 06:00"), "from ten P-M to six A-M");
    EXPECT_EQ(say("at 06:00 hrs"), "at oh six hundred hours");
    EXPECT_EQ(say("between 18h00 and 20h30"), "between eighteen hundred and twenty thirty");
    EXPECT_EQ(say("at 0800 GMT"), "at oh eight hundred GMT");
    EXPECT_EQ(say("at 21:00"), "at nine P-M");
    EXPECT_EQ(say("struck at 03:14 local time"), "struck at oh three fourteen local time");
    EXPECT_EQ(say("finished in 2:05:30"), "finished in two hours, five minutes and thirty seconds");
    // A time of day to the second before its zone; a duration without one.
    EXPECT_EQ(say("It arrived at 09:31:05 UTC, the fault at 14:02:11 local time."),
              "It arrived at oh nine thirty-one and five seconds UTC, the fault at fourteen oh two and eleven seconds local time.");
    // The sign of a change after a verb that says its direction goes unsaid; elsewhere it is said.
    EXPECT_EQ(say("Shares jumped +5.2%, bonds fell -1.1% and oil fell \u20133%, a change of -2% and +3.0% on the year."),
              "Shares jumped five point two percent, bonds fell one point one percent and oil fell three percent, a change of minus two percent "
              "and plus three percent on the year.");
    EXPECT_EQ(say("A drop of \u20133% hit."), "A drop of minus three percent hit.");
    EXPECT_EQ(say("The clip runs 00:00:12, the ride took 1:05:00."), "The clip runs twelve seconds, the ride took one hour and five minutes.");
    EXPECT_EQ(say("peaks at 1:27:45 p.m."), "peaks at one twenty-seven and forty-five seconds P-M.");
    // (A range that ends on the twenty-four-hour clock: "eight to two" would be heard as eight minutes before two.)
    EXPECT_EQ(say("open 8:00-14:00 on Saturdays"), "open eight A-M to two P-M on Saturdays");
    EXPECT_EQ(say("at 12:00 today"), "at noon today");
    EXPECT_EQ(say("He scored 3.45 points"), "He scored three point four five points") << "a decimal, not a time";
    EXPECT_EQ(say("The vote was 9 to 5"), "The vote was nine to five") << "no a.m. or p.m.: not a time";
}

TEST(NormalizerTest, shouldReadMeasuresWithAgreement) {
    EXPECT_EQ(say("ran 5 km"), "ran five kilometers");
    EXPECT_EQ(say("ran 1 km"), "ran one kilometer");
    EXPECT_EQ(say("a 5 km run"), "a five kilometer run");
    EXPECT_EQ(say("winds of 140 km/h tore roofs"), "winds of one hundred forty kilometers per hour tore roofs");
    EXPECT_EQ(say("at 30 mph"), "at thirty miles per hour");
    EXPECT_EQ(say("weighs 2.5kg"), "weighs two point five kilograms");
    EXPECT_EQ(say("-5\u00B0C"), "minus five degrees Celsius");
    EXPECT_EQ(say("a 64 GB phone"), "a sixty-four gigabyte phone");
    EXPECT_EQ(say("100 MW of power"), "one hundred megawatts of power");
    EXPECT_EQ(say("120 km/h"), "one hundred twenty kilometers per hour");
    EXPECT_EQ(say("1.5 km long and 200 m wide"), "one point five kilometers long and two hundred meters wide");
    EXPECT_EQ(say("or 1.5m people"), "or one point five million people");
    EXPECT_EQ(say("the 100m final"), "the one hundred meter final");
}

TEST(NormalizerTest, shouldExpandAbbreviationsByContext) {
    EXPECT_EQ(say("Mr. Kim met Dr. Lee"), "Mister Kim met Doctor Lee");
    EXPECT_EQ(say("Gen. Park and Sen. Smith"), "General Park and Senator Smith");
    EXPECT_EQ(say("in St. Louis"), "in Saint Louis");
    EXPECT_EQ(say("on Main St. today"), "on Main Street today");
    EXPECT_EQ(say("Mt. Everest"), "Mount Everest");
    EXPECT_EQ(say("No. 3 seed"), "Number three seed");
    EXPECT_EQ(say("Kim vs. Lee"), "Kim versus Lee");
    EXPECT_EQ(say("apples, pears, etc."), "apples, pears, et cetera.");
    EXPECT_EQ(say("e.g. this"), "for example this");
    EXPECT_EQ(say("Acme Inc."), "Acme Incorporated.");
    EXPECT_EQ(say("Say no. Then leave."), "Say no. Then leave.");
}

TEST(NormalizerTest, shouldReadRomanNumeralsInContextOnly) {
    EXPECT_EQ(say("World War II"), "World War two");
    EXPECT_EQ(say("Henry VIII"), "Henry the Eighth");
    EXPECT_EQ(say("Elizabeth II died"), "Elizabeth the Second died");
    EXPECT_EQ(say("Super Bowl LIX"), "Super Bowl fifty-nine");
    EXPECT_EQ(say("I said I would"), "I said I would");
    EXPECT_EQ(say("the MIX of DC"), "the MIX of DC");
    EXPECT_EQ(say("Vitamin C"), "Vitamin C");
}

TEST(NormalizerTest, shouldReadWebAddressesBriefly) {
    EXPECT_EQ(say("Visit https://www.example.com/news/2025/story?id=4 now"), "Visit W W W dot example dot com now")
        << "a long path is left out";
    EXPECT_EQ(say("See tax.gov/forms for the list."), "See tax dot gov slash forms for the list.");
    EXPECT_EQ(say("Read more at bbc.co.uk/news."), "Read more at B B C dot co dot U K slash news.");
    EXPECT_EQ(say("The startup's site is vaultly.io."), "The startup's site is vaultly dot I O.");
    EXPECT_EQ(say("Tickets at rock-fest.co.nz"), "Tickets at rock dash fest dot co dot N Z");
    EXPECT_EQ(say("Mail jane.doe@example.co.uk."), "Mail jane dot doe at example dot co dot U K.");
    EXPECT_EQ(say("Write to press@greenfield.org.au"), "Write to press at greenfield dot org dot A.U.");
    EXPECT_EQ(say("The U.S. economy grew 3.5 percent."), "The U.S. economy grew three point five percent.")
        << "initials and decimals are not addresses";
    EXPECT_EQ(say("Follow @readcast and #MeToo"), "Follow at readcast and hashtag Me Too");
}

TEST(NormalizerTest, shouldReadPhoneNumbersDigitByDigit) {
    EXPECT_EQ(say("Call +1 555-123-4567."), "Call plus one, five five five, one two three, four five six seven.");
    EXPECT_EQ(say("Call (02) 1234 5678"), "Call oh two, one two three four, five six seven eight");
}

TEST(NormalizerTest, shouldTurnSymbolsIntoWordsOrPauses) {
    EXPECT_EQ(say("Tom & Jerry"), "Tom and Jerry");
    EXPECT_EQ(say("2 + 2 = 4"), "two plus two equals four");
    EXPECT_EQ(say("a 3\u00D74 grid"), "a three by four grid");
    EXPECT_EQ(say("\u00B13 points"), "plus or minus three points");
    EXPECT_EQ(say("and/or"), "and or");
    EXPECT_EQ(say("the vote \u2014 a close one \u2014 passed"), "the vote, a close one, passed");
    EXPECT_EQ(say("Russia (then the Soviet Union) played"), "Russia, then the Soviet Union, played");
    EXPECT_EQ(say("He said \u201cno.\u201d"), "He said no.");
    EXPECT_EQ(say("Great news \U0001F600 today"), "Great news today");
    EXPECT_EQ(say("Apple\u2122 and Acme\u00AE"), "Apple and Acme");
    EXPECT_EQ(say("Seoul \u2192 Busan"), "Seoul to Busan");
}

TEST(NormalizerTest, shouldSurviveUnbalancedQuotesAndBrackets) {
    EXPECT_EQ(say("He said (and left"), "He said, and left");
    EXPECT_EQ(say("a) first \u201cquote"), "a, first quote");
    EXPECT_EQ(say("((("), "");
}

TEST(NormalizerTest, shouldDropForeignInterfaceTextButKeepForeignNames) {
    EXPECT_EQ(say("Standards Board Policy (0/250\uC790)"), "Standards Board Policy, zero slash two hundred fifty");
    EXPECT_EQ(say("President Yoon (\uC724\uC11D\uC5F4) spoke"), "President Yoon, \uC724\uC11D\uC5F4, spoke");
}

TEST(NormalizerTest, shouldNotLetArticleTextSwitchEspeakToPhonemes) {
    EXPECT_EQ(say("see [[Main Page]]", "de"), "see [ [Main Page] ]");
}

// A language with no rules of its own leaves its figures to eSpeak NG, but for a minus sign, which eSpeak
// NG would drop: the value heard would be the opposite.
TEST(NormalizerTest, shouldLeaveLanguagesWithoutRulesToEspeakButSayTheMinus) {
    EXPECT_EQ(say("Le 29 avril 2025, 3,5 %", "fr"), "Le 29 avril 2025, 3,5 %");
    EXPECT_EQ(say("3,5 % den 29. april, 2-3 dage", "da"), "3,5 % den 29. april, 2 til 3 dage");
    EXPECT_EQ(say("falle til \u201318 grader, \u22122,5 %, OL -94, 2010 -2015", "nb"), "falle til minus 18 grader, minus 2,5 %, OL -94, 2010 -2015");
    EXPECT_EQ(say("\u221212 astetta", "fi"), "miinus 12 astetta");
    EXPECT_NE(rulesFor("en-AU"), nullptr);
}

TEST(NormalizerTest, shouldApplyLexiconCaseSensitivelyAndProtectIt) {
    Lexicon lexicon;
    lexicon.add({"Kim Jong-un", "Kim Jong Oon", true});
    lexicon.add({"kyiv", "Keev", true});
    lexicon.add({"Pyongyang", "[[pj'0Nj'aN]]", true});
    const Normalizer n("en", &lexicon);
    std::vector<Rewrite> log;
    EXPECT_EQ(n.normalize("KIM JONG-UN and Kim Jong-un in KYIV and Pyongyang on Apr. 3", &log),
              "KIM JONG-UN and Kim Jong Oon in Keev and [[pj'0Nj'aN]] on April third");
    ASSERT_GE(log.size(), 4u);
    EXPECT_EQ(log[0].rule, "lexicon");
    EXPECT_EQ(log.back().rule, "date");
}

TEST(LexiconTest, shouldNameFileAndLineOfMalformedEntry) {
    const auto path = readcast::testing::tempRoot() / "readcast-bad.tsv";
    std::ofstream(path) << "# names\nKyiv\tKeev\nPyongyang without a tab\n";
    Lexicon lexicon;
    try {
        lexicon.load(path.string());
        FAIL();
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("readcast-bad.tsv:3: expected WRITTEN<TAB>SPOKEN"), std::string::npos)
            << e.what();
    }
    std::filesystem::remove(path);
}

TEST(LexiconTest, shouldMatchWholeWordsLongestFirst) {
    Lexicon lexicon;
    lexicon.add({"Kim", "Keem", true});
    lexicon.add({"Kim Jong-un", "Kim Jong Oon", true});
    const auto matches = lexicon.find("Kimchi and Kim Jong-un and Kim.");
    ASSERT_EQ(matches.size(), 2u);
    EXPECT_EQ(matches[0].entry->spoken, "Kim Jong Oon");
    EXPECT_EQ(matches[1].entry->spoken, "Keem");
}

TEST(NormalizerTest, shouldReadRomanNumeralsOnlyWhereTheyAreNumbers) {
    EXPECT_EQ(say("Richard III's remains were found."), "Richard the Third's remains were found.");
    EXPECT_EQ(say("Grand Theft Auto V has sold well."), "Grand Theft Auto five has sold well.");
    EXPECT_EQ(say("Did Liv make the team?"), "Did Liv make the team?");
    EXPECT_EQ(say("The LIV Golf tour signed him."), "The LIV Golf tour signed him.");
    EXPECT_EQ(say("Malcolm X spoke there."), "Malcolm X spoke there.");
    EXPECT_EQ(say("Rocky IV opened."), "Rocky four opened.");
}

TEST(NormalizerTest, shouldSayYearsInPairsWhereTheContextMakesThemYears) {
    EXPECT_EQ(say("Revenue for fiscal 2024 beat forecasts."), "Revenue for fiscal twenty twenty-four beat forecasts.");
    EXPECT_EQ(say("The 2030 emissions target slipped."), "The twenty thirty emissions target slipped.");
    EXPECT_EQ(say("The charter is dated 1305."), "The charter is dated thirteen oh five.");
    EXPECT_EQ(say("It was founded in 753 BC."), "It was founded in seven fifty-three B C.");
    EXPECT_EQ(say("The 2000 votes were counted."), "The two thousand votes were counted.");
    EXPECT_EQ(say("The alarm sounded at 1900."), "The alarm sounded at nineteen hundred.");
    EXPECT_EQ(say("The road reopened at 0500."), "The road reopened at oh five hundred.");
}

TEST(NormalizerTest, shouldReadScoresRangesAndMeasuresInContext) {
    EXPECT_EQ(say("The Lakers beat the Celtics 112-108."), "The Lakers beat the Celtics one hundred twelve to one hundred eight.");
    EXPECT_EQ(say("a Boeing 737-800"), "a Boeing seven thirty-seven eight hundred");
    EXPECT_EQ(say("Open Mon.-Fri., 9-5."), "Open Monday to Friday, nine to five.");
    EXPECT_EQ(say("He is 6 ft 2 in and slim."), "He is six feet two inches and slim.");
    EXPECT_EQ(say("It carries 800,000 bbl a day."), "It carries eight hundred thousand barrels a day.");
    EXPECT_EQ(say("It took 1 hr 12 min."), "It took one hour twelve minutes.");
}

TEST(NormalizerTest, shouldReadDurationsAndUnitsWrittenApartOrShort) {
    EXPECT_EQ(say("The flight was delayed by 4 h 35 min on Friday."), "The flight was delayed by four hours thirty-five minutes on Friday.");
    EXPECT_EQ(say("It is a 4 h drive."), "It is a four-hour drive.");
    EXPECT_EQ(say("He scored in the 93rd min. after a corner."), "He scored in the ninety-third minute after a corner.");
    EXPECT_EQ(say("a 2.9bn-km journey"), "a two point nine billion-kilometer journey");
    EXPECT_EQ(say("with 3.15 MJ of energy"), "with three point one five megajoules of energy");
    EXPECT_EQ(say("Gold hit Rs 78,500 per 10 gm."), "Gold hit seventy-eight thousand five hundred rupees per ten grams.");
    EXPECT_EQ(say("Petrol rose 4.5 cpl."), "Petrol rose four point five cents a liter.");
    EXPECT_EQ(say("a crop of 169.5 MMT"), "a crop of one hundred sixty-nine point five million metric tons");
    EXPECT_EQ(say("It is rated at 41 mpg."), "It is rated at forty-one miles per gallon.");
    EXPECT_EQ(say("Prices rose 9.5c to 412c/kg and steers made $2,690/hd."),
              "Prices rose nine point five cents to four hundred twelve cents a kilogram and steers made two thousand six hundred ninety dollars a head.");
    EXPECT_EQ(say("The $1.5 million comes from the state."), "The one point five million dollars comes from the state.");
    EXPECT_EQ(say("Cr Metcalf said so."), "Councillor Metcalf said so.");
    EXPECT_EQ(say("It settled at $68.72 a bbl."), "It settled at sixty-eight dollars and seventy-two cents a barrel.");
    EXPECT_EQ(say("Ice fell to 4.28M km\u00B2 as Voyager passed 24.9 bn km."),
              "Ice fell to four point two eight million square kilometers as Voyager passed twenty-four point nine billion kilometers.");
    EXPECT_EQ(say("The yacht was 12 nm off the coast."), "The yacht was twelve nautical miles off the coast.");
    EXPECT_EQ(say("The chip uses a 3 nm process."), "The chip uses a three nanometer process.");
    EXPECT_EQ(say("The dam holds 1.3 million ML; add 5 mL."), "The dam holds one point three million megalitres; add five milliliters.");
    EXPECT_EQ(say("Outages run between 18h00 and 20h30."), "Outages run between eighteen hundred and twenty thirty.");
    EXPECT_EQ(say("Wilde (b. 1854, d. 1900) wrote it."), "Wilde, born eighteen fifty-four, died nineteen hundred, wrote it.");
    EXPECT_EQ(say("It cruised at FL370."), "It cruised at flight level three seven zero.");
    // An isotope's mass number as a code's; a metal's name capitalized before a number is something else.
    EXPECT_EQ(say("Tests found iodine-131, Carbon-14 and technetium-99m."),
              "Tests found iodine one thirty-one, Carbon fourteen and technetium ninety-nine m.");
    EXPECT_EQ(say("The Mercury-13 women trained too."), "The Mercury-thirteen women trained too.");
    // A countdown's "T-" is "T minus"; a tank's model is not, near a launch site too.
    EXPECT_EQ(say("It held at T\u201300:00:31, then at T-10 minutes."), "It held at T minus thirty-one seconds, then at T minus ten minutes.");
    EXPECT_EQ(say("Launch is set for T-0."), "Launch is set for T minus zero.");
    EXPECT_EQ(say("Its T-90 tanks sat near the launch site."), "Its T ninety tanks sat near the launch site.");
    EXPECT_EQ(say("Waves of 8\u201310 m are forecast."), "Waves of eight to ten meters are forecast.");
    EXPECT_EQ(say("The rupee closed at 84.39/$."), "The rupee closed at eighty-four point three nine to the dollar.");
    EXPECT_EQ(say("It costs $2/1M tokens."), "It costs two dollars per million tokens.");
    // A race's times and gaps written with the marks of feet and inches; a height stays feet and inches.
    EXPECT_EQ(say("He won the time trial in 36'12\", 9\" ahead of Ganna."),
              "He won the time trial in thirty-six minutes twelve seconds, nine seconds ahead of Ganna.");
    EXPECT_EQ(say("The winner stands 6'10\" tall."), "The winner stands six feet ten inches tall.");
    EXPECT_EQ(say("A ticket costs R99, and fares rose to Sh50."), "A ticket costs ninety-nine rand, and fares rose to fifty shillings.");
    EXPECT_EQ(say("The fare on the N2 is R15."), "The fare on the N two is fifteen rand.");
    EXPECT_EQ(say("Flats cost $99,000 - $140,000."), "Flats cost ninety-nine thousand dollars to one hundred forty thousand dollars.");
    EXPECT_EQ(say("It was signed in AD 1215."), "It was signed in A-D twelve fifteen.");
    EXPECT_EQ(say("The speech was at 12.30 on Wednesday."), "The speech was at twelve thirty on Wednesday.");
    EXPECT_EQ(say("The pound was at 1.25 on Monday."), "The pound was at one point two five on Monday.");
    EXPECT_EQ(say("Castlerea were 0-9 to 0-6 ahead at half-time after five points."),
              "Castlerea were zero-nine to zero-six ahead at half-time after five points.");
    EXPECT_EQ(say("Scorers: C Murtagh (0-5, 3f)."), "Scorers: C Murtagh, zero-five, three f.");
    EXPECT_EQ(say("England posted 823-7 dec. at Multan, and India 89/7d."),
              "England posted eight hundred twenty-three for seven declared at Multan, and India eighty-nine for seven declared.");
    EXPECT_EQ(say("It starts at 7 p.m. ET/4 p.m. PT on Sunday."), "It starts at seven P-M Eastern time, four P-M Pacific time on Sunday.");
    EXPECT_EQ(say("Rates rose to 3.60 per cent, then 2.50 percent."), "Rates rose to three point six per cent, then two point five percent.");
    // A highway named by its number alone, in a sentence about roads; a count after "the" stays a count.
    EXPECT_EQ(say("Eastbound lanes of the 417 reopened."), "Eastbound lanes of the four seventeen reopened.");
    EXPECT_EQ(say("Of the 120 in the crash, the 40 were hurt."), "Of the one hundred twenty in the crash, the forty were hurt.");
    // A name set in capitals, as a letters page signs it, is said as words, not spelled; initialisms
    // side by side are still spelled.
    // ("JOHN" is a word eSpeak NG says as one, left in its capitals.)
    EXPECT_EQ(say("Yours, JOHN O BRIAIN, Dublin 6."), "Yours, JOHN O Briain, Dublin six.");
    EXPECT_EQ(say("Yours, MARK O BRIAIN, Dublin 6."), "Yours, MARK O Briain, Dublin six.");
    EXPECT_EQ(say("The UCSF NCAA report."), "The U.C.S.F N.C.A.A report.");
    // Three capitals in a clause of two words, which eSpeak NG would say as a word ("kra"), are spelled;
    // in a longer clause it spells them itself, and a word it knows in capitals, or a line all in
    // capitals, or a name before a dot, is left alone.
    EXPECT_EQ(say("The KRA, which collects taxes, said so."), "The K.R.A, which collects taxes, said so.");
    EXPECT_EQ(say("Members of the EAC met the KRA in Nairobi."), "Members of the EAC met the KRA in Nairobi.");
    EXPECT_EQ(say("Asked who, he said YOU."), "Asked who, he said YOU.");
    EXPECT_EQ(say("WAR."), "WAR.");
    // In brackets after the words it stands for, a key for the eye: not said. Elsewhere in brackets, spelled.
    EXPECT_EQ(say("the minimum occupation period (MOP) of five years"), "the minimum occupation period of five years");
    EXPECT_EQ(say("the occupation period (MOP) of five years"), "the occupation period, M.O.P, of five years");
    EXPECT_EQ(say("a target of 147 Ml/d"), "a target of one hundred forty-seven megalitres per day");
    // A year after "pre-", "post-", "mid-" is a year; a typewriter's two hyphens between figures a span.
    EXPECT_EQ(say("Costs are 40% above pre-2022 levels."), "Costs are forty percent above pre-twenty twenty-two levels.");
    EXPECT_EQ(say("Grants from the 2023--24 season"), "Grants from the twenty twenty-three to twenty-four season");
    EXPECT_EQ(say("Read LWN.net today."), "Read LWN.net today.");
    // The plural of an Irish county abbreviation; a word "Cos" that is no county stays.
    EXPECT_EQ(say("Rain is due in Cos Galway and Mayo."), "Rain is due in Counties Galway and Mayo.");
    EXPECT_EQ(say("The Cos Cob station"), "The Cos Cob station");
}

TEST(NormalizerTest, shouldDropTheFractionsArticleWhereOneIsAlreadySaid) {
    EXPECT_EQ(say("Turnout slipped by ½ a point."), "Turnout slipped by half a point.");
    EXPECT_EQ(say("Use a 1/4-inch bit."), "Use a quarter-inch bit.");
    EXPECT_EQ(say("A 1/2 mile stretch"), "A half mile stretch");
    EXPECT_EQ(say("a 1/16 share"), "a one-sixteenth share");
    EXPECT_EQ(say("a 1/3 reduction for the plea"), "a one-third reduction for the plea");  // ("a third reduction" is an ordinal's)
    EXPECT_EQ(say("Prices fell 5/32."), "Prices fell five thirty-seconds.");
    EXPECT_EQ(say("Add 2/3 cup."), "Add two thirds cup.");
}

TEST(NormalizerTest, shouldReadStreetNamesWithTheirAbbreviations) {
    EXPECT_EQ(say("They live at 55 Mt. Pleasant Ave."), "They live at fifty-five Mount Pleasant Avenue.");
    EXPECT_EQ(say("It was at 101 E. Ft. Worth Dr."), "It was at one oh one East Fort Worth Drive.");
    EXPECT_EQ(say("Crews went to 1234 S. Broadway."), "Crews went to twelve thirty-four South Broadway.");
    EXPECT_EQ(say("It ended on Martin Luther King Jr. Blvd."), "It ended on Martin Luther King Junior Boulevard.");
    EXPECT_EQ(say("Crowds filled St Paul's Cathedral."), "Crowds filled Saint Paul's Cathedral.");
}

TEST(NormalizerTest, shouldReadNumbersToDialWithOhForZero) {
    EXPECT_EQ(say("Call 1-800-555-0199."), "Call one, eight hundred, five five five, oh one nine nine.");
    EXPECT_EQ(say("Call 555-2368 now."), "Call five five five, two three six eight now.");
    EXPECT_EQ(say("Text HOME to 741741."), "Text HOME to seven four one, seven four one.");
    EXPECT_EQ(say("Call 555-0100, ext. 22."), "Call five five five, oh one oh oh, extension twenty-two.");
    EXPECT_EQ(say("In Australia, call 000."), "In Australia, call triple zero.");
    EXPECT_EQ(say("Report it by calling 101."), "Report it by calling one oh one.");
}

TEST(NormalizerTest, shouldReadCompanyInitialsSplitsAndMultiples) {
    EXPECT_EQ(say("AT&T raised its dividend."), "Eh T and T raised its dividend.");
    EXPECT_EQ(say("a 50/50 proposition"), "a fifty-fifty proposition");
    EXPECT_EQ(say("Revenue grew 3x in a year."), "Revenue grew three times in a year.");
    EXPECT_EQ(say("Write to press@un.org."), "Write to press at U N dot org.");
    EXPECT_EQ(say("See go.dev for details."), "See go dot dev for details.");
}

TEST(NormalizerTest, shouldReadAnInchMarkBeforeAProductAsASize) {
    EXPECT_EQ(say("A 65\" 4K TV with 1080p."), "A sixty-five-inch four K TV with ten eighty P.");
    EXPECT_EQ(say("a 55\" OLED"), "a fifty-five-inch OLED");
}

TEST(NormalizerTest, shouldReadIndianGroupingHashtagsAndShortLines) {
    EXPECT_EQ(say("It reported 2,00,000 voters."), "It reported two lakh voters.");
    EXPECT_EQ(say("a package of Rs 2.5 lakh crore"), "a package of two point five lakh crore rupees");
    EXPECT_EQ(say("using the hashtag #BlackLivesMatter"), "using the hashtag Black Lives Matter");
    EXPECT_EQ(say("on r/wallstreetbets"), "on r slash wallstreetbets");
    EXPECT_EQ(say("For advice, call NHS 111."), "For advice, call NHS one one one.");
    EXPECT_EQ(say("Across Europe, 112 connects callers to emergency services."),
              "Across Europe, one one two connects callers to emergency services.");
    EXPECT_EQ(say("The index rose 111 points."), "The index rose one hundred eleven points.");
    EXPECT_EQ(say("Forms are on irs.gov and usa.gov, not fox.com."), "Forms are on I R S dot gov and U.S.A. dot gov, not fox dot com.");
    EXPECT_EQ(say("Watch at 9news.com.au now."), "Watch at nine news dot com dot A.U. now.");
}

TEST(NormalizerTest, shouldReadStreetsNamedByNumbersAndMonthRanges) {
    EXPECT_EQ(say("the corner of 5th Ave. and E. 42nd St."), "the corner of fifth Avenue and East Forty-second Street.");
    EXPECT_EQ(say("Sales rose in Jan.-March."), "Sales rose in January to March.");
    EXPECT_EQ(say("Waves of 8 m battered the wall."), "Waves of eight meters battered the wall.");
    EXPECT_EQ(say("He got £8 m last year."), "He got eight million pounds last year.");
    EXPECT_EQ(say("They gave 12 mg doses."), "They gave twelve milligram doses.");
    EXPECT_EQ(say("India were 287/6 after 50 overs."), "India were two hundred eighty-seven for six after fifty overs.");
    EXPECT_EQ(say("Gen Z shoppers and Gen. Smith"), "Gen Z shoppers and General Smith");
    EXPECT_EQ(say("Peter I founded it, and when Peter I met him"), "Peter the First founded it, and when Peter I met him");
    EXPECT_EQ(say("A&E waits"), "Eh and E waits");
}

// Found by a listener on a hardware blog: a size whose unit follows the second number, and pairs of
// letters joined by a slash.
TEST(NormalizerTest, shouldReadSizesWithTheirUnitAndLetterPairs) {
    EXPECT_EQ(say("The chip measures 2 x 3 mm."), "The chip measures two by three millimeters.");
    EXPECT_EQ(say("a 1.6 x 2 mm package"), "a one point six by two millimeter package");
    EXPECT_EQ(say("a 10 x 12 tarp"), "a ten by twelve tarp");
    EXPECT_EQ(say("3 x 4 = 12"), "three times four equals twelve");
    EXPECT_EQ(say("Each I/O buffer"), "Each I-O buffer");
    EXPECT_EQ(say("A/B testing"), "A-B testing");
    EXPECT_EQ(say("he/she"), "he or she");
    // Two initialisms are one name, not a choice.
    EXPECT_EQ(say("a TCP/IP stack"), "a TCP IP stack");
    EXPECT_EQ(say("4K/HDR screens"), "four K HDR screens");
    EXPECT_EQ(say("Yes/No"), "Yes or No");
    EXPECT_EQ(say("ON/OFF"), "ON or OFF");
}

// A line in capitals says the pronouns, which eSpeak NG spells when they stand in capitals.
TEST(NormalizerTest, shouldReadPronounsInAShoutedLine) {
    EXPECT_EQ(say("IT SNOWED ALL NIGHT!"), "It SNOWED ALL NIGHT!");
    EXPECT_EQ(say("The storm came. IT SNOWED."), "The storm came. it SNOWED.");
    EXPECT_EQ(say("IT IS"), "IT IS");  // no word long enough to tell a line in capitals
    EXPECT_EQ(say("TELL US WHAT YOU SAW"), "TELL us WHAT YOU SAW");
    EXPECT_EQ(say("THE US ECONOMY GREW"), "THE US ECONOMY GREW");
    EXPECT_EQ(say("THE IT TEAM WON"), "THE IT TEAM WON");
    EXPECT_EQ(say("The US and IT firms"), "The US and IT firms");
    EXPECT_EQ(say("IT and HR staff"), "IT and HR staff");
    // Headlines in capitals where they are the country and the trade.
    EXPECT_EQ(say("US STOCKS FALL AS FED RAISES RATES"), "US STOCKS FALL AS FED RAISES RATES");
    EXPECT_EQ(say("BIDEN WARNS US ALLIES OVER CHINA"), "BIDEN WARNS US ALLIES OVER CHINA");
    EXPECT_EQ(say("NHS IT SYSTEMS FAIL AGAIN"), "NHS IT SYSTEMS FAIL AGAIN");
    EXPECT_EQ(say("WE MADE IT!"), "WE MADE it!");
}

// After a possessive, an amount that describes the noun after it is said as an adjective.
TEST(NormalizerTest, shouldReadMoneyAfterAPossessiveAsAnAdjective) {
    EXPECT_EQ(say("Nyong'o's $150,000 Pearl Oscar dress"), "Nyong'o's one hundred fifty thousand dollar Pearl Oscar dress");
    EXPECT_EQ(say("the company's $2 billion loss"), "the company's two billion dollar loss");
    EXPECT_EQ(say("the company's $5 in fees"), "the company's five dollars in fees");
    EXPECT_EQ(say("It's $5 cheaper"), "It's five dollars cheaper");
}

// Found by a listener: a year after a possessive or an adjective, and the wars by their short names.
TEST(NormalizerTest, shouldReadYearsBeforeANounAfterAnyDeterminer) {
    EXPECT_EQ(say("the landmark 1963 paper"), "the landmark nineteen sixty-three paper");
    EXPECT_EQ(say("In our 2013 research"), "In our twenty thirteen research");
    EXPECT_EQ(say("Apple's 2007 launch"), "Apple's two thousand seven launch");
    EXPECT_EQ(say("The company's 2000 workers"), "The company's two thousand workers");
    EXPECT_EQ(say("after WW2 ended"), "after World War Two ended");
}

// Fullwidth letters, digits and signs, as East Asian pages set them, are read as the ASCII they stand
// for, in every language (eSpeak NG says nothing for "％").
TEST(NormalizerTest, shouldReadFullwidthFormsAsTheirAsciiCharacters) {
    EXPECT_EQ(say("\xEF\xBC\xA7\xEF\xBC\xA4\xEF\xBC\xB0 grew \xEF\xBC\x93\xEF\xBC\x85."), "GDP grew three percent.");
    EXPECT_EQ(say("\xE7\xB4\x84\xEF\xBC\x98\xEF\xBC\x95\xEF\xBC\x85\xE3\x81\x8C", "ja"), "\xE7\xB4\x84" "85%\xE3\x81\x8C");
    EXPECT_EQ(say("a\xE3\x80\x80" "b", "zh"), "a b");
}

// Arithmetic written with the signs of a keyboard: eSpeak NG says nothing for "^" or "*". A dash alone
// between numbers stays a range or a score.
TEST(NormalizerTest, shouldReadPowersAndSumsWrittenWithKeyboardSigns) {
    EXPECT_EQ(say("a total of 10^5 * 300 = 30 million lists"),
              "a total of ten to the power of five times three hundred equals thirty million lists");
    EXPECT_EQ(say("up to 2^15 - 1 bytes"), "up to two to the power of fifteen minus one bytes");
    EXPECT_EQ(say("2^2 and 4^3"), "two squared and four cubed");
    EXPECT_EQ(say("2+2=4"), "two plus two equals four");
    EXPECT_EQ(say("It won 3-1 on Sunday."), "It won three to one on Sunday.");
    EXPECT_EQ(say("an area of 5 m^2 and 3 km2"), "an area of five square meters and three square kilometers");
}

// "0x10" is sixteen in hexadecimal, not "zero by ten".
TEST(NormalizerTest, shouldReadHexadecimalNumbersDigitByDigit) {
    EXPECT_EQ(say("the packets 0x08 and 0x10"), "the packets hex zero eight and hex one zero");
    EXPECT_EQ(say("mask 0xFF"), "mask hex F F");
    EXPECT_EQ(say("a 4x6 print"), "a four by six print");
}

// French news writes the time of day "5h45"; eSpeak NG read it "cinq hache quarante-cinq".
TEST(NormalizerTest, shouldReadTheFrenchTimeOfDay) {
    EXPECT_EQ(say("arrivé à 5h45 et reparti à 17 h 30", "fr"), "arrivé à 5 heures 45 et reparti à 17 heures 30");
    EXPECT_EQ(say("vers 1h, puis les 24h du Mans", "fr"), "vers une heure, puis les 24 heures du Mans");
    EXPECT_EQ(say("de l'eau, H2O, 4h2o, 100h", "fr"), "de l'eau, H2O, 4h2o, 100h");
}

// Italian news writes the time with a point ("alle 14.45": eSpeak NG said "quattordici punto
// quarantacinque") and the euro before the amount ("euro trecento").
TEST(NormalizerTest, shouldReadItalianTimesAndAmounts) {
    EXPECT_EQ(say("parte alle 2.30 e arriva alle 14.45, dalle 9.00 all'1.15", "it"),
              "parte alle 2 e 30 e arriva alle 14 e 45, dalle 9 all'1 e 15");
    EXPECT_EQ(say("costa \u20AC 300, il piano \u20AC 2,5 mln e \u20AC40 mila", "it"),
              "costa 300 euro, il piano 2,5 milioni di euro e 40 mila euro");
    // A point between figures elsewhere is a thousands mark or a decimal.
    EXPECT_EQ(say("1.250 persone, il 2.30 e alle 14.45.30", "it"), "1.250 persone, il 2.30 e alle 14.45.30");
}

// Portuguese: the amount before its sign's currency ("R$ 300 mil" was "real trezentos mil") and the
// time of day ("14h30" was "catorze agá trinta").
TEST(NormalizerTest, shouldReadPortugueseAmountsAndTimes) {
    EXPECT_EQ(say("investiu R$ 300 mil e US$ 2,5 milh\u00F5es", "pt"), "investiu 300 mil reais e 2,5 milh\u00F5es de d\u00F3lares");
    EXPECT_EQ(say("custa R$ 1,50 ou R$ 0,05; chegou a R$ 2,5 bi", "pt"),
              "custa 1 real e 50 centavos ou 5 centavos; chegou a 2,5 bilh\u00F5es de reais");
    EXPECT_EQ(say("\u00E0s 14h30, at\u00E9 9h, por 1h e 10h15min", "pt"), "\u00E0s catorze horas e 30, at\u00E9 nove horas, por uma hora e dez horas e 15");
    EXPECT_EQ(say("o 4h2o e 100h", "pt"), "o 4h2o e 100 horas");
}

// French ordinals and a ruler's number (eSpeak NG said "deux e", "ixi", "Louis quatorze romain"),
// euros and cents, km/h, a match's result.
TEST(NormalizerTest, shouldReadFrenchOrdinalsRulersEurosAndResults) {
    EXPECT_EQ(say("au 2e tour, le XXIe si\u00E8cle, la 1re fois, le 1er mai", "fr"),
              "au deuxi\u00E8me tour, le vingt-et-uni\u00E8me si\u00E8cle, la premi\u00E8re fois, le premier mai");
    EXPECT_EQ(say("Louis XIV, Jean-Paul II, Fran\u00E7ois Ier, Malcolm X, Le Ve", "fr"),
              "Louis quatorze, Jean-Paul deux, Fran\u00E7ois premier, Malcolm X, Le cinqui\u00E8me");
    EXPECT_EQ(say("au boulevard Henri-IV", "fr"), "au boulevard Henri-quatre");
    // A match's score in a sentence about one; a span of ages is a span, "de 3 à 5 ans" (eSpeak NG says no word for the hyphen).
    EXPECT_EQ(say("Lyon s'est inclin\u00E9 1-3 face au PSG.", "fr"), "Lyon s'est inclin\u00E9 1 \u00E0 3 face au P S G.");
    EXPECT_EQ(say("Des enfants de 3-5 ans.", "fr"), "Des enfants de 3 \u00E0 5 ans.");
    EXPECT_EQ(say("Le billet co\u00FBte 12,50 \u20AC, limit\u00E9 \u00E0 80 km/h.", "fr"),
              "Le billet co\u00FBte 12 euros 50, limit\u00E9 \u00E0 80 kilom\u00E8tres-heure.");
    EXPECT_EQ(say("Le PSG a battu Lyon 3-1.", "fr"), "Le P S G a battu Lyon 3 \u00E0 1.");
    EXPECT_EQ(say("entre 2010-2015", "fr"), "entre 2010-2015");
}

// Capitals eSpeak NG would read as a made-up word ("l'OMS" "lom", "FMI" "fmi") are spelled in French,
// Spanish, Italian and Portuguese; capitals that make syllables, Roman numerals, units, currencies and
// shouted headlines are left.
TEST(NormalizerTest, shouldSpellInitialismsARomanceVoiceWouldSayAsWords) {
    EXPECT_EQ(say("Selon l\u2019OMS et le FMI, l'ONU et l'OTAN.", "fr"), "Selon l\u2019O M S et le F M I, l'ONU et l'OTAN.");
    EXPECT_EQ(say("L'OM a gagn\u00E9.", "fr"), "l'O M a gagn\u00E9.");
    EXPECT_EQ(say("LE GOUVERNEMENT A DIT NON.", "fr"), "LE GOUVERNEMENT A DIT NON.");
    EXPECT_EQ(say("Louis XIV et la centrale de 900 MW.", "fr"), "Louis quatorze et la centrale de 900 m\u00E9gawatts.");  // (the unit is said, not spelled)
    EXPECT_EQ(say("Seg\u00FAn el FMI y la UE, la OTAN y el PSOE.", "es"), "Seg\u00FAn el F M I y la U E, la OTAN y el PSOE.");
    // (An article before a name set in capitals, a masthead's, is the article: "EL PAÍS", "LE MONDE"; not "le PS".)
    EXPECT_EQ(say("Seg\u00FAn EL PA\u00CDS y LA VANGUARDIA, el PP.", "es"), "Seg\u00FAn EL PA\u00CDS y LA VANGUARDIA, el P P.");
    EXPECT_EQ(say("Selon LE MONDE, le PS et LR.", "fr"), "Selon LE MONDE, le P S et L R.");
    EXPECT_EQ(say("Secondo l'INPS e l'ISTAT, la CGIL e l'ANSA.", "it"), "Secondo l'INPS e l'ISTAT, la C G I L e l'ANSA.");
    // (The Portuguese letters A, E and O by their names: alone, they are "the", "and" and "the".)
    EXPECT_EQ(say("Segundo o IBGE, a OMS e os EUA.", "pt"), "Segundo o I B G \u00E9, a \u00F3 M S e os \u00E9 U \u00E1.");
    EXPECT_EQ(say("investiu US$ 2 milh\u00F5es", "pt"), "investiu 2 milh\u00F5es de d\u00F3lares");
    // A price by its measure; Italian minutes after an apostrophe, a match's minute after "al".
    EXPECT_EQ(say("Le gazole \u00E0 1,83 \u20AC/l et 120 \u20AC/MWh.", "fr"), "Le gazole \u00E0 1,83 euro le litre et 120 euros le m\u00E9gawattheure.");
    EXPECT_EQ(say("La luz alcanz\u00F3 135,20 \u20AC/MWh.", "es"), "La luz alcanz\u00F3 135,20 euros el megavatio hora.");
    EXPECT_EQ(say("Costa 1,789 \u20AC/l, con 25' di ritardo, e ha segnato al 90' su rigore.", "it"),
              "Costa 1,789 euro al litro, con 25 minuti di ritardo, e ha segnato al novantesimo minuto su rigore.");
    // A lone "I" after a ruler's title is his number.
    EXPECT_EQ(say("D. Manuel I e o rei Jo\u00E3o I.", "pt"), "Dom Manuel primeiro e o rei Jo\u00E3o primeiro.");
    // Dutch: an amount after its sign.
    EXPECT_EQ(say("De gemeente trekt \u20AC 8,4 miljoen uit, \u20AC 2,1 mln. voor wegen.", "nl"),
              "De gemeente trekt 8,4 miljoen euro uit, 2,1 miljoen euro voor wegen.");
    // Emoji are not said in any language; a degree sign stays for the rules.
    EXPECT_EQ(say("Hilo \U0001F9F5 sobre el transporte \U0001F449 lean m\u00E1s \U0001F60A \U0001F1E6\U0001F1F7.", "es"),
              "Hilo sobre el transporte lean m\u00E1s.");
    EXPECT_EQ(say("Heute 25 \u00B0C \u2600\uFE0F in Berlin.", "de"), "Heute 25 Grad Celsius in Berlin.");
    // French durations: "1 h 56 min" names its minutes.
    EXPECT_EQ(say("Le trajet dure 1 h 56 min.", "fr"), "Le trajet dure une heure 56 minutes.");
}

// Spanish: a ruler's number and a century's, the feminine of a count, the hours' "h" after minutes.
// Italian: a ruler's first ("Umberto I"), which eSpeak NG says as a letter; not the article.
// What a twenty-eighth blind round found: a road's kilometre post and the River Plate's "hs" in Spanish,
// the hours in the feminine in Portuguese and French, an ordinal list parted by commas in German, "un"
// before an Italian noun, Swiss thousands in French, a middle initial that is no direction.
TEST(NormalizerTest, shouldSayWhatATwentyEighthBlindRoundFound) {
    EXPECT_EQ(say("en el km 23, desde las 19 hs y hasta las 21 hs. Luego", "es"),
              "en el kil\u00F3metro 23, desde las 19 horas y hasta las veintiuna horas. Luego");
    EXPECT_EQ(say("\u00E0s 22h, 2 doses, no km 32", "pt"), "\u00E0s vinte e duas horas, duas doses, no quil\u00F3metro 32");
    // (A count of "-ista" nouns, which name both sexes, stays masculine: the story alone could say they are women.)
    EXPECT_EQ(say("\u00E0s 17h, no km 32, a 5 km 2 ciclistas", "pt-BR"), "\u00E0s dezessete horas, no quil\u00F4metro 32, a 5 quil\u00F4metros 2 ciclistas");
    // (Not a fraction of something, nor a name's "Eng", nor a month after "1"; "rete" is feminine.)
    EXPECT_EQ(say("hasta 1/3 de su salario", "es"), "hasta 1/3 de su salario");
    EXPECT_EQ(say("Dal 1 gennaio, 1 rete", "it"), "Dal primo gennaio, una rete");
    EXPECT_EQ(say("Minister Ng Eng Hen said", "en"), "Minister Ng Eng Hen said");
    EXPECT_EQ(say("Ex-gov. Jones and ex-sen. Smith", "en"), "Ex-governor Jones and ex-senator Smith");
    EXPECT_EQ(say("won with 0:03 left, at 1 Raffles Place, Singapore 238801", "en"),
              "won with three seconds left, at one Raffles Place, Singapore two three eight eight zero one");
    EXPECT_EQ(say("un budget de 9 M$ \u00E0 Ste-Foy, 1 M$, 1,4 mia de francs", "fr"),
              "un budget de 9 millions de dollars \u00E0 Sainte-Foy, 1 million de dollars, 1,4 milliard de francs");
    EXPECT_EQ(say("912 Kz e 15 MT, 12 M\u20AC", "pt"), "912 kwanzas e 15 meticais, 12 milh\u00F5es de euros");
    EXPECT_EQ(say("Le XV de France, Louis XIV", "fr"), "Le quinze de France, Louis quatorze");
    EXPECT_EQ(say("\u00E0 21 h, 52'000 votants", "fr"), "\u00E0 vingt-et-une heures, 52000 votants");
    EXPECT_EQ(say("in der 12., 54. und 81. Minute", "de"), "in der zw\u00F6lften, vierundf\u00FCnfzigsten und einundachtzigsten Minute");
    EXPECT_EQ(say("condannata a 1 anno, 1 studente, 1 su 10", "it"), "condannata a un anno, uno studente, 1 su 10");
    EXPECT_EQ(say("MP Ibrahim S. Bangura spoke on W. Oak Ave.", "en"), "MP Ibrahim S Bangura spoke on West Oak Avenue.");
    EXPECT_EQ(say("He won the 2.40 at Cheltenham and the 4.00 at Aintree; shares rose 2.40 at the close.", "en"),
              "He won the two-forty at Cheltenham and the four o'clock at Aintree; shares rose two point four zero at the close.");
    // A day and a month of one digit after a word only a date follows; a fraction stays.
    EXPECT_EQ(say("dal 15/7 al 20/8, 3/4 dei voti", "it"), "dal 15 luglio al 20 agosto, 3/4 dei voti");
    EXPECT_EQ(say("desde el 3/5, 2/3 de los votos", "es"), "desde el 3 de mayo, 2/3 de los votos");
}

// Currencies written by their country's letters: Rwandan francs, leones, kwanzas, kwacha, and the codes
// of small currencies; "Le" before no amount is a word.
// A currency's letter that several countries use is read as the story's country's: kina in Papua New
// Guinea, pula in Botswana, pesos in the Philippines; left alone where no country is known, and a name
// such as "K9" or "P2P" stays.
TEST(NormalizerTest, shouldReadACurrencyLetterAsTheStorysCountrys) {
    const Normalizer png("en", nullptr, StoryCues{"PG"}), botswana("en", nullptr, StoryCues{"BW"}), philippines("en-PH", nullptr, StoryCues{"PH"}),
        unknown("en", nullptr);
    EXPECT_EQ(png.normalize("a K620 million plan, up from K190m; the K9 unit"),
              "a six hundred twenty million kina plan, up from one hundred ninety million kina; the K nine unit");
    EXPECT_EQ(botswana.normalize("P780 million in P2P loans"), "Seven hundred eighty million pula in P two P loans");
    EXPECT_EQ(philippines.normalize("a P350 fare"), "a three hundred fifty peso fare");
    EXPECT_EQ(unknown.normalize("K620 million"), "K six twenty million");
    EXPECT_EQ(png.normalize("K92 Mining"), "K ninety-two Mining");
}

// The country a story is about: its tag's region, or the one it names most.
TEST(NormalizerTest, shouldFindTheCountryAStoryIsAbout) {
    Article a;
    a.language = "en";
    a.title = "Diamond slump forces budget cut";
    a.blocks.push_back({BlockKind::Paragraph, "Botswana will cut spending, the minister told Parliament in Gaborone. Sales to Manila fell."});
    EXPECT_EQ(countryOfArticle(a), "BW");
    a.blocks.push_back({BlockKind::Paragraph, "The Philippines and Manila buyers, and Filipino traders, stayed away."});
    EXPECT_EQ(countryOfArticle(a), "PH");
    a.blocks.push_back({BlockKind::Paragraph, "Botswana said so, and Botswana insists."});  // four each: no telling
    EXPECT_EQ(countryOfArticle(a), "");
    a.language = "en-PG";
    EXPECT_EQ(countryOfArticle(a), "PG");
}

TEST(NormalizerTest, shouldReadTheLettersOfSmallerCurrencies) {
    EXPECT_EQ(say("a budget of Rwf38 billion and fares of Frw 484", "en"),
              "a budget of thirty-eight billion Rwandan francs and fares of four hundred eighty-four Rwandan francs");
    EXPECT_EQ(say("It costs Le 150,000 and L$500, BDS$4.6 million, PGK 620 million.", "en"),
              "It costs one hundred fifty thousand leones and five hundred Liberian dollars, four point six million Barbados dollars, "
              "six hundred twenty million kina.");
    EXPECT_EQ(say("He reads Le Monde.", "en"), "He reads Le Monde.");
}

TEST(NormalizerTest, shouldReadAnItalianRulersFirstButNotTheArticle) {
    EXPECT_EQ(say("Umberto I fu ucciso; Elisabetta I e Nicola I regnarono.", "it"),
              "Umberto primo fu ucciso; Elisabetta prima e Nicola primo regnarono.");
    EXPECT_EQ(say("la Parte I del libro", "it"), "la Parte uno del libro");
    // An age before "-enne", one word.
    EXPECT_EQ(say("Un 31enne e due 40enni, il 16enne, un 23enne e un 26enne", "it"),
              "Un trentunenne e due quarantenni, il sedicenne, un ventitreenne e un ventiseienne");
    EXPECT_EQ(say("I ragazzi e I Promessi Sposi, Vittorio Emanuele I Savoia", "it"), "I ragazzi e I Promessi Sposi, Vittorio Emanuele I Savoia");
}

TEST(NormalizerTest, shouldReadSpanishRulersCenturiesAndFeminineCounts) {
    EXPECT_EQ(say("Felipe VI, Isabel II, Alfonso XIII, el siglo XXI", "es"),
              "Felipe sexto, Isabel segunda, Alfonso trece, el siglo veintiuno");
    // A lone "I" after a ruler's name; a part's or a phase's number is a count.
    EXPECT_EQ(say("Carlos I de Espa\u00F1a e Isabel I.", "es"), "Carlos primero de Espa\u00F1a e Isabel primera.");
    EXPECT_EQ(say("la Fase II y el Tomo III, la serie Vol I, Cap. II", "es"), "la Fase dos y el Tomo tres, la serie Vol uno, Cap. II");
    EXPECT_EQ(say("el acueducto El Cuchillo I", "es"), "el acueducto El Cuchillo uno");
    EXPECT_EQ(say("Acudieron 21 personas y 1.500 mujeres en 200 d\u00EDas.", "es"),
              "Acudieron veintiuna personas y mil quinientas mujeres en 200 d\u00EDas.");
    EXPECT_EQ(say("a las 15:30 h.", "es"), "a las 15 y 30.");
}

// A second round in the Romance languages: Italian magnitudes, degrees, "1°" and a price per litre;
// Portuguese results, rulers, degrees and postcodes; Spanish "h", km/h, "US$" and "1.º"; French "Md€".
TEST(NormalizerTest, shouldReadWhatASecondRoundFoundInItalianPortugueseSpanishAndFrench) {
    EXPECT_EQ(say("stanzia 3,2 mld, fino a 42 \u00B0C, il 1\u00B0 maggio, 1,85 \u20AC/litro", "it"),
              "stanzia 3,2 miliardi, fino a 42 gradi, il primo maggio, 1,85 euro al litro");
    EXPECT_EQ(say("Flamengo 2x1 Palmeiras; D. Pedro II; 32 \u00B0C; CEP 01310-100; um 4x4", "pt"),
              "Flamengo 2 a 1 Palmeiras; Dom Pedro segundo; 32 graus; CEP 0 1 3 1 0, 1 0 0; um 4x4");
    EXPECT_EQ(say("a las 21:00 h, 30 km/h, US$ 2 millones, el 1.\u00BA de mayo, la 2.\u00AA vuelta", "es"),
              "a las veintiuna horas, 30 kil\u00F3metros por hora, 2 millones de d\u00F3lares, el primero de mayo, la segunda vuelta");
    EXPECT_EQ(say("60 Md\u20AC et 12 M\u20AC", "fr"), "60 milliards d'euros et 12 millions d'euros");
}

// French dates in figures, day first: eSpeak NG read "25/11" as "vingt-cinq onze". A fraction stays.
TEST(NormalizerTest, shouldReadFrenchDatesInFigures) {
    EXPECT_EQ(say("les 25/11, 30/11 et 02/12", "fr"), "les 25 novembre, 30 novembre et 2 d\u00E9cembre");
    EXPECT_EQ(say("le 01/03/2025 au soir", "fr"), "le 1er mars 2025 au soir");
    EXPECT_EQ(say("soit 1/3 des voix, en 12/2024", "fr"), "soit un tiers des voix, en d\u00E9cembre 2024");
}

// Spanish as the Americas write it: eSpeak NG read "$1,250" as "dólar uno coma doscientos cincuenta" and
// "22:00" as "veintidós cero cero". Spain's own forms are left to eSpeak NG.
TEST(NormalizerTest, shouldReadSpanishAmountsThousandsAndTimesAsTheirRegionWritesThem) {
    EXPECT_EQ(say("multas de $1,250 a las 22:00, o a las 6:30 horas", "es-MX"),
              "multas de 1250 pesos a las 22 horas, o a las 6 horas con 30 minutos");
    EXPECT_EQ(say("costó $3.5 millones; llegaron 12,500 personas", "es-MX"), "costó 3.5 millones de pesos; llegaron doce mil quinientas personas");
    // Argentina's papers set a space after the sign.
    EXPECT_EQ(say("el kilo cuesta $ 828.158 y sube de $ 270 a $ 370", "es-AR"), "el kilo cuesta 828.158 pesos y sube de 270 pesos a 370 pesos");
    EXPECT_EQ(say("pagó $40 dólares y $2 mil", "es-US"), "pagó 40 dólares y 2 mil dólares");
    EXPECT_EQ(say("unos 1,5 millones a las 9:00", "es-ES"), "unos 1,5 millones a las 9 horas");
}

// eSpeak NG says nothing for a percent sign in Arabic.
TEST(NormalizerTest, shouldSayTheArabicPercentSign) {
    EXPECT_EQ(say("نحو 25% من", "ar"), "نحو 25 بالمائة من");
    EXPECT_EQ(say("٢٥٪", "ar"), "٢٥ بالمائة");
}

// The shipped lexicons of other languages say their abbreviations, which eSpeak NG spells out.
// German: the Austrian January, a Swiss price written with a point before "Franken", a price per unit
// by its sign, a compound of a measure and a noun, a week's days and a degree's title written short.
TEST(NormalizerTest, shouldSayAustrianSwissAndCompoundGermanForms) {
    EXPECT_EQ(sayShipped("Seit 1. J\xC3\xA4nner gilt das, am 15. J\xC3\xA4n. 2025 auch.", "de"),
              "Seit ersten J\xC3\xA4nner gilt das, am f\xC3\xBCnfzehnten J\xC3\xA4nner 2025 auch.");
    EXPECT_EQ(sayShipped("Es kostet 449.20 Franken, die Franken 2 Mannschaft nichts.", "de"),
              "Es kostet 449 Franken 20, die Franken 2 Mannschaft nichts.");
    EXPECT_EQ(sayShipped("Strom kostet 30 \xE2\x82\xAC/MWh oder 12 ct/kWh.", "de"),
              "Strom kostet 30 Euro pro Megawattstunde oder 12 Cent pro Kilowattstunde.");
    EXPECT_EQ(sayShipped("Eine 70-m\xC2\xB2-Wohnung und ein 40-t-Lkw.", "de"), "Eine 70-Quadratmeter-Wohnung und ein 40-Tonnen-Lkw.");
    EXPECT_EQ(sayShipped("Ge\xC3\xB6" "ffnet Mo. - Fr., sagt Dipl.-Ing. Karl Huber.", "de"),
              "Ge\xC3\xB6" "ffnet Montag bis Freitag, sagt Diplomingenieur Karl Huber.");
}

// French on the hour and prices in words; Spanish months written short; Italian numbers to call.
TEST(NormalizerTest, shouldSayFrenchHoursAndPricesSpanishMonthsAndItalianNumbersToCall) {
    EXPECT_EQ(say("Le train part \xC3\xA0 22h00, le prix passe de 7,60 \xC3\xA0 8,00 euros, le taux de 3,25 \xC3\xA0 3,50 %.", "fr"),
              "Le train part \xC3\xA0 22 heures, le prix passe de 7 euros 60 \xC3\xA0 8 euros, le taux de 3,25 \xC3\xA0 3,50 %.");
    EXPECT_EQ(sayShipped("El 8 Jul. de 2025 firmaron CC OO y UGT.", "es"), "El 8 de julio de 2025 firmaron Comisiones Obreras y U G T.");
    EXPECT_EQ(say("Chiamando il 112 o il numero verde 800.841.148; il 113 per cento.", "it"),
              "Chiamando il 1 1 2 o il numero verde 800 841 148; il 113 per cento.");
}

// Polish: days after "na", the hour after "ok.", a quarter written short in its preposition's case, a
// house and its flat, plus-minus, basis points and year on year.
TEST(NormalizerTest, shouldSayPolishDaysHoursQuartersAndAddresses) {
    EXPECT_EQ(sayShipped("Zaplanowano je na 6-7 maja, ok. godz. 16.30, przed IV kw. i w II kw.; b\xC5\x82\xC4\x85" "d +/- 2 proc., "
                         "spadek o 50-75 pb. r/r, ul. \xC5\x9Awi\xC4\x99tokrzyska 11/21, a 2/3 g\xC5\x82os\xC3\xB3w za.", "pl"),
              "Zaplanowano je na sz\xC3\xB3sty i si\xC3\xB3" "dmy maja, oko\xC5\x82o godziny szesnastej 30, przed czwartym kwarta\xC5\x82" "em i w drugim "
              "kwartale; b\xC5\x82\xC4\x85" "d plus minus 2 proc., spadek o 50-75 punkt\xC3\xB3w bazowych rok do roku, ulicy "
              "\xC5\x9Awi\xC4\x99tokrzyska 11 \xC5\x82" "amane przez 21, a 2/3 g\xC5\x82os\xC3\xB3w za.");
}

TEST(NormalizerTest, shouldSayAbbreviationsFromTheShippedLexiconsOfOtherLanguages) {
    const std::string voices = std::string(READCAST_SOURCE_DIR) + "/voices";
    const auto with = [&](const std::string& language, const std::string& text) {
        const Lexicon lexicon = loadLexicons(voices, language, {});
        return Normalizer(language, &lexicon).normalize(text);
    };
    EXPECT_EQ(with("de", "ein Gerät (z.B. ein iPhone), d. h. Nr. 5 bzw. ca. 3 Mio."),
              "ein Gerät (zum Beispiel ein iPhone), das heißt Nummer 5 beziehungsweise zirka 3 Millionen.");
    EXPECT_EQ(with("fr", "M. Dupont et Mme Durand au n° 5"), "Monsieur Dupont et Madame Durand au numéro 5");
    EXPECT_EQ(with("es", "viajó a EE. UU. con la Dra. Pérez"), "viajó a Estados Unidos con la doctora Pérez");
    EXPECT_EQ(with("en", "Michael Shadlen, Ph.D., said"), "Michael Shadlen, P H D, said");
    // (Added after the eighteenth and nineteenth blind rounds.)
    EXPECT_EQ(with("it", "L'art. 21, dal lun. al ven., e il sen. Rossi"), "L'articolo 21, dal lunedì al venerdì, e il senatore Rossi");
    EXPECT_EQ(with("fr", "Au 2d tour, le PIB recule"), "Au second tour, le P I B recule");
    EXPECT_EQ(with("es", "El art. 155 en la C/ Alcalá"), "El artículo 155 en la calle Alcalá");
    EXPECT_EQ(with("pt", "Subiu 2,1 p.p. pela Lei n.º 2"), "Subiu 2,1 pontos percentuais pela Lei número 2");
    EXPECT_EQ(with("de", "3:2 n. V. mit 51 Pkt. gem. § 34"), "3 zu 2 nach Verlängerung mit 51 Punkte gemäß Paragraf 34");
}

// "MD" after a doctor's name is her degree, not Maryland; after a city it is still the state.
TEST(NormalizerTest, shouldTellADegreeAfterANameFromAStateAfterACity) {
    EXPECT_EQ(say("says Katie Allen, MD, PhD."), "says Katie Allen, MD, PhD.");
    EXPECT_EQ(say("said Dr. Jane Roe, MD."), "said Doctor Jane Roe, MD.");
    EXPECT_EQ(say("says Stephen Calderwood, MD, president of the society"), "says Stephen Calderwood, MD, president of the society");
    EXPECT_EQ(say("according to Eric Biondi, MD, who runs it"), "according to Eric Biondi, MD, who runs it");
    EXPECT_EQ(say("in Silver Spring, MD, on Monday"), "in Silver Spring, Maryland, on Monday");
    EXPECT_EQ(say("visited Baltimore, MD, on Monday"), "visited Baltimore, Maryland, on Monday");
    EXPECT_EQ(say("in Baltimore, MD."), "in Baltimore, Maryland.");
}

// A rough amount says its currency after the roughness ("sixteen-something dollars"), and a hyphenated
// rate describes what follows ("a one hundred nineteen dollar a year plan").
TEST(NormalizerTest, shouldReadRoughAmountsAndHyphenatedRates) {
    EXPECT_EQ(say("selling for $16-something a pound"), "selling for sixteen-something dollars a pound");
    EXPECT_EQ(say("a $40-odd fee"), "a forty-odd dollar fee");
    EXPECT_EQ(say("a $119-a-year plan"), "a one hundred nineteen dollar a year plan");
}

// A number glued to a lower-case word is part of a name, said the way the name is.
TEST(NormalizerTest, shouldReadANumberGluedToAWordAsPartOfAName) {
    EXPECT_EQ(say("the firm 1010data said"), "the firm ten ten data said");
    EXPECT_EQ(say("37signals and 360dialog"), "thirty-seven signals and three sixty dialog");
    EXPECT_EQ(say("at 3pm, 5km away"), "at three P-M, five kilometers away");
}

// A colon right after a question and its closing quote is said as the word "colon" by eSpeak NG.
TEST(NormalizerTest, shouldDropAColonRightAfterAQuestion) {
    EXPECT_EQ(say("'What is the sea telling us?': tribes fear the worst"), "What is the sea telling us? tribes fear the worst");
    EXPECT_EQ(say("\"Why now?\": an explainer"), "Why now? an explainer");
    EXPECT_EQ(say("Time: 5 p.m."), "Time: five P-M.");
    EXPECT_EQ(say("Are there any un-angry Trump supporters?'."), "Are there any un-angry Trump supporters?");
    EXPECT_EQ(say("Is it over?. No."), "Is it over? No.");
}

// Screen resolutions with a thousands comma, and model numbers with their letter after a model family.
TEST(NormalizerTest, shouldReadResolutionsAndModelNumbersWithTheirLetter) {
    EXPECT_EQ(say("I play at 1,440p"), "I play at fourteen forty P");
    EXPECT_EQ(say("an Intel Core i7 4790k CPU"), "an Intel Core I seven, forty-seven ninety K CPU");
    EXPECT_EQ(say("a Ryzen 7 5800X"), "a Ryzen seven, fifty-eight hundred X");
    EXPECT_EQ(say("raised 250k dollars"), "raised two hundred fifty thousand dollars");
}

// Capitals glued after four or five digits name a model, in pairs: never a size ("by"), thousands or a
// range. A variant after a model with fewer digits is no score; a word glued after a code stays a word.
TEST(NormalizerTest, shouldReadModelNumbersWithGluedLettersAndVariants) {
    EXPECT_EQ(say("the new Core i5-13600K"), "the new Core I five thirteen six hundred K");
    EXPECT_EQ(say("the 7800X3D chip"), "the seventy-eight hundred X three D chip");
    EXPECT_EQ(say("buy the 12400F or the 9900KS."), "buy the twelve four hundred F or the ninety-nine hundred K S.");
    EXPECT_EQ(say("the 3000K bulbs"), "the three thousand kelvin bulbs");
    EXPECT_EQ(say("from 500BC to 1200AD"), "from five hundred BC to twelve hundred AD");
    EXPECT_EQ(say("an Embraer 175-2 jet"), "an Embraer one seventy-five two jet");
    EXPECT_EQ(say("the Airbus A330neo"), "the Airbus A-three thirty neo");
    EXPECT_EQ(say("the Knicks 104-99 loss"), "the Knicks one hundred four to ninety-nine loss");
    EXPECT_EQ(say("a 4x6 print"), "a four by six print");
}

// A fraction before a unit written out takes "of a"/"of an"; before a hyphenated noun it is singular.
TEST(NormalizerTest, shouldReadFractionsOfUnitsWrittenOut) {
    EXPECT_EQ(say("about 3/4 inch smaller"), "about three quarters of an inch smaller");
    EXPECT_EQ(say("1/2 mile away"), "half a mile away");
    EXPECT_EQ(say("a 3/4-inch bit"), "a three-quarter-inch bit");
    EXPECT_EQ(say("3/4 in. thick"), "three quarters of an inch thick");
    EXPECT_EQ(say("3/4 in the poll"), "three quarters in the poll");
}

// The comma after an initialism's dot stays, with its pause: "the U.S., noting".
TEST(NormalizerTest, shouldKeepTheCommaAfterAnInitialism) {
    EXPECT_EQ(say("relations with the U.S., noting that"), "relations with the U.S., noting that");
}

// A comma with nothing but spaces before it (the fuzzer's find) is dropped without reading past the start.
TEST(NormalizerTest, shouldSurviveACommaAtTheVeryStart) {
    EXPECT_EQ(say(" , hello"), "hello");
    EXPECT_EQ(say(","), "");
}

// A note mark on the punctuation it follows is not read either; a number in brackets in the sentence is.
TEST(NormalizerTest, shouldDropNoteMarksAfterPunctuation) {
    EXPECT_EQ(say("The city grew fast.[1] It had 300 people,[12][13] then more."),
              "The city grew fast. It had three hundred people, then more.");
    EXPECT_EQ(say("It was \"final.\"[4]"), "It was final.");
    EXPECT_EQ(say("Then more.[citation needed]"), "Then more.");
    EXPECT_EQ(say("Turn to item [3] now."), "Turn to item, three, now.");
    EXPECT_EQ(say("growth of 4.5%[1] a year"), "growth of four point five percent a year");
    // With the page it cites, as Wikipedia sets it.
    EXPECT_EQ(say("from the previous loop.[1]: 207 The list goes on."), "from the previous loop. The list goes on.");
    EXPECT_EQ(say("It was listed.[3]:12\u201314 Later it fell."), "It was listed. Later it fell.");
}

// A variable raised to a power, as the HTML stage writes a superscript on one letter.
TEST(NormalizerTest, shouldReadAVariableRaisedToAPower) {
    EXPECT_EQ(say("a subspace of dimension n^2."), "a subspace of dimension n squared.");
    EXPECT_EQ(say("x^10 grows fast"), "x to the power of ten grows fast");
    EXPECT_EQ(say("4,000 people per km^2"), "four thousand people per square kilometer");
}

// Years a reference work or a history writes: in brackets, approximate, before a name.
TEST(NormalizerTest, shouldReadYearsInBracketsApproximateAndBeforeANameAsYears) {
    EXPECT_EQ(say("The Kiss (1898) hangs there."), "The Kiss, eighteen ninety-eight, hangs there.");
    EXPECT_EQ(say("It was built around 1490 by monks."), "It was built around fourteen ninety by monks.");
    EXPECT_EQ(say("an 1865 Russian novella"), "an eighteen sixty-five Russian novella");
    EXPECT_EQ(say("It has about 1500 members."), "It has about one thousand five hundred members.");
    EXPECT_EQ(say("The crowd numbered about 1865."), "The crowd numbered about one thousand eight hundred sixty-five.");
}

// A fraction glyph set apart from its whole number is still part of it.
TEST(NormalizerTest, shouldReadAFractionGlyphAfterASpaceWithItsNumber) {
    EXPECT_EQ(say("It took 6 ½ minutes."), "It took six and a half minutes.");
    EXPECT_EQ(say("It took 2½ hours."), "It took two and a half hours.");
}

// Numbers made plural, and labels numbered by chapter.
TEST(NormalizerTest, shouldReadPluralNumbersAndChapterNumberedLabels) {
    EXPECT_EQ(say("HTTP 500s or 404s."), "HTTP five hundreds or four oh fours.");
    EXPECT_EQ(say("The 747s flew."), "The seven forty-sevens flew.");
    EXPECT_EQ(say("the 1990s"), "the nineteen nineties");
    EXPECT_EQ(say("Table 6-1 shows it."), "Table six-one shows it.");
    EXPECT_EQ(say("pages 3-5"), "pages three to five");
    EXPECT_EQ(say("See section 3\u20135 of the act."), "See section three to five of the act.");
    EXPECT_EQ(say("a lead of 12s"), "a lead of twelve seconds");
}

// A full stop typed without its space still ends a sentence; names written with a dot stay.
TEST(NormalizerTest, shouldSpaceAFullStopTypedWithoutItsSpace) {
    EXPECT_EQ(say("Ginger Nut.These are his words."), "Ginger Nut. These are his words.");
    EXPECT_EQ(say("Node.js and ASP.NET on Lib\u00E9ration.fr"), "Node.js and ASP.NET on Lib\u00E9ration.fr");
}

// A colon run into a dash is one pause, not the word "colon".
TEST(NormalizerTest, shouldPauseAtAColonRunIntoADash) {
    EXPECT_EQ(say("He had written:-- I mean it."), "He had written, I mean it.");
    EXPECT_EQ(say("Note: the end"), "Note: the end");
}

// Found by reading business, politics and sports copy written for this test.
TEST(NormalizerTest, shouldReadPartyAndStateAfterAPoliticiansName) {
    EXPECT_EQ(say("Sen. Elizabeth Warren (D-Mass.) said"), "Senator Elizabeth Warren, Democrat of Massachusetts, said");
    EXPECT_EQ(say("Rep. Chip Roy, R-Texas, said"), "Representative Chip Roy, Republican of Texas, said");
    EXPECT_EQ(say("Schumer (D-N.Y.) and Sanders (I-Vt.) met Gaetz (R-FL)."),
              "Schumer, Democrat of New York, and Sanders, independent of Vermont, met Gaetz, Republican of Florida.");
    // Not a party label: a letter and a word that is no state, or a state without its dot.
    EXPECT_EQ(say("the (D-Day) landings").find("Democrat"), std::string::npos);
    EXPECT_EQ(say("the (D-Mass) band").find("Democrat"), std::string::npos);
    EXPECT_EQ(say("grade (B-Mass.)").find("Massachusetts"), std::string::npos);
}

TEST(NormalizerTest, shouldReadCompactDurations) {
    EXPECT_EQ(say("in 7h 25m."), "in seven hours and twenty-five minutes.");
    EXPECT_EQ(say("a 1h30m wait"), "a one-hour thirty-minute wait");
    EXPECT_EQ(say("2hr 5min 30s"), "two hours, five minutes and thirty seconds");
    EXPECT_EQ(say("a 25m pool"), "a twenty-five meter pool");  // alone, "m" is still meters
}

TEST(NormalizerTest, shouldReadMillionsGluedToMBeforeWhatTheyCount) {
    EXPECT_EQ(say("Around 3m people were affected"), "Around three million people were affected");
    EXPECT_EQ(say("the country's 67m voters"), "the country's sixty-seven million voters");
    EXPECT_EQ(say("5m waves hit the coast"), "five meter waves hit the coast");
    EXPECT_EQ(say("the 100m hurdles"), "the one hundred meter hurdles");
}

TEST(NormalizerTest, shouldReadAnAmountQualifiedAfterItsDeterminerAsDescribingTheNoun) {
    EXPECT_EQ(say("a 5-year, $130 million deal"), "a five-year, one hundred thirty million dollar deal");
    EXPECT_EQ(say("a new $5 million fund"), "a new five million dollar fund");
    EXPECT_EQ(say("The river rose 1.5 ft overnight."), "The river rose one point five feet overnight.");
    EXPECT_EQ(say("The company, $5 billion richer, said"), "The company, five billion dollars richer, said");
}

// Philippine names' "Ma." (a mother's "Ma." before a sentence stays), a trillion written "tr", a range
// of rates in "pc", a Greek letter of science and a mu typed for the micro sign.
TEST(NormalizerTest, shouldReadMariaTrillionsRangesOfRatesAndGreekLetters) {
    EXPECT_EQ(say("Secretary Ma. Teresa Bautista said so."), "Secretary Maria Teresa Bautista said so.");
    EXPECT_EQ(say("The plan needs Rs9.8tr next year."), "The plan needs nine point eight trillion rupees next year.");
    EXPECT_EQ(say("Rates may reach 18-19pc soon."), "Rates may reach eighteen to nineteen percent soon.");
    EXPECT_EQ(say("It reached 5\xCF\x83, with 2\xCF\x83 error bars, in the \xCE\xB1 decay."),
              "It reached five sigma, with two sigma error bars, in the alpha decay.");
    EXPECT_EQ(say("The grains measure 12 \xCE\xBCm across, in 3 \xCE\xBCs."), "The grains measure twelve micrometers across, in three microseconds.");
    // What the review of these rules found read wrong, and what stays as it was.
    EXPECT_EQ(say("It was founded by Jack Ma. Daniel Zhang succeeded him."), "It was founded by Jack Ma. Daniel Zhang succeeded him.");
    EXPECT_EQ(say("The shop is on High St. John said it was busy."), "The shop is on High Street John said it was busy.");
    EXPECT_EQ(say("Walk onto 42nd St. Paul watched."), "Walk onto forty-second Street Paul watched.");
    EXPECT_EQ(say("Businesses on Lake St. Minneapolis police said."), "Businesses on Lake Street Minneapolis police said.");
    EXPECT_EQ(say("Near Mount St. Helens."), "Near Mount Saint Helens.");
    EXPECT_EQ(say("Vote for \xCE\xAE now."), "Vote for eta now.");
    EXPECT_EQ(say("Women's LJ final: Mihambo won.", "en-GB"), "Women's LJ final: Mihambo won.");
    EXPECT_EQ(say("Elisabeth Laing LJ gave the judgment.", "en-GB"), "Elisabeth Laing LJ gave the judgment.");
    EXPECT_EQ(say("Det var HELT otroligt, FAKTA.", "sv"), "Det var HELT otroligt, FAKTA.");
    EXPECT_EQ(say("il 115 dei presenti, il 112 per mille", "it"), "il 115 dei presenti, il 112 per mille");
    EXPECT_EQ(say("Die Busse betrug 0.80 Franken.", "de-CH"), "Die Busse betrug 80 Rappen.");
    // A side's total after "posted"; Korea written short and acronyms said as words (the shipped lexicon).
    EXPECT_EQ(say("Chennai won after RCB posted 186/6."), "Chennai won after RCB posted one hundred eighty-six for six.");
    EXPECT_EQ(say("Virat Kohli (64, 41b, 6x4, 2x6) starred as RCB made 186 runs."),
              "Virat Kohli, sixty-four, forty-one balls, six fours, two sixes, starred as RCB made one hundred eighty-six runs.");
    EXPECT_EQ(say("The room is 6x4 metres."), "The room is six by four metres.");
    EXPECT_EQ(sayShipped("S. Korea's exports rose as N. Korea fired a missile, NOAA said.", "en"),
              "South Korea's exports rose as North Korea fired a missile, Noah said.");
}

// A judgment's summary: judges by their letters after the name, a span of sections, a span of the
// judgment's paragraphs where a quotation stands ("at [44]-[51]", said as its paragraphs) and paragraphs written short.
TEST(NormalizerTest, shouldReadAJudgmentsTitlesSectionsAndParagraphs) {
    EXPECT_EQ(say("Newey LJ agreed; Arnold and Newey LJJ dissented at [44]-[51] (paras 31-38) under ss 18-30 of the Act.", "en-GB"),
              "Lord Justice Newey agreed; Lords Justices Arnold and Newey dissented at paragraphs forty-four to fifty-one, paragraphs thirty-one "
              "to thirty-eight, under "
              "sections eighteen to thirty of the Act.");
    EXPECT_EQ(say("The LJ Hooker agency and the Paras.", "en-GB"), "The LJ Hooker agency and the Paras.");
    EXPECT_EQ(say("Sec. 9-47 applies."), "Section nine dash forty-seven applies.");
}

TEST(NormalizerTest, shouldReadSaintCountyAndMarketAbbreviationsByContext) {
    EXPECT_EQ(say("The St. Louis Cardinals won."), "The Saint Louis Cardinals won.");
    EXPECT_EQ(say("He lives on Main St. in Dayton."), "He lives on Main Street in Dayton.");
    // Between capitals: a saint after a place's first word or a hospital's initials, or before a saint's name.
    EXPECT_EQ(say("The fire near Fort St. John grew."), "The fire near Fort Saint John grew.");
    EXPECT_EQ(say("She died at OSF St. Joseph Medical Center."), "She died at O.S.F Saint Joseph Medical Center.");
    EXPECT_EQ(say("Take Main St. North to the park."), "Take Main Street North to the park.");
    EXPECT_EQ(say("a man from Co. Kerry"), "a man from County Kerry");
    EXPECT_EQ(say("Ford Motor Co. Chief Executive"), "Ford Motor Company Chief Executive");
    EXPECT_EQ(say("Inflation was 2.9% y/y and 0.3% m/m, or 4% YoY."),
              "Inflation was two point nine percent year over year and zero point three percent month over month, or four "
              "percent year over year.");
    EXPECT_EQ(say("It fell in Nov., the lowest since Feb. 2022."), "It fell in November, the lowest since February twenty twenty-two.");
    EXPECT_EQ(say("The talks end in Nov."), "The talks end in November.");
}

TEST(NormalizerTest, shouldReadPossessiveNumbersBasisPointsAndBloodPressure) {
    EXPECT_EQ(say("making it 2023's best"), "making it twenty twenty-three's best");
    EXPECT_EQ(say("The 737's engines"), "The seven hundred thirty-seven's engines");
    EXPECT_EQ(say("He is 6' tall"), "He is six feet tall");  // a foot mark is still feet
    EXPECT_EQ(say("rose 12bps after a 25bp cut"), "rose twelve basis points after a twenty-five basis point cut");
    EXPECT_EQ(say("BP was 140/90 mmHg"), "BP was one hundred forty over ninety millimeters of mercury");
}

TEST(NormalizerTest, shouldReadAClockAfterAsOfAndRoundPluralsLoosely) {
    EXPECT_EQ(say("in place as of 10:00."), "in place as of ten o'clock.");
    EXPECT_EQ(say("a ratio of 3:1, a score of 25:20"), "a ratio of three to one, a score of twenty-five to twenty");
    EXPECT_EQ(say("randomized 2:1:1 at 12:30:45"), "randomized two to one to one at twelve hours, thirty minutes and forty-five seconds");
    EXPECT_EQ(say("as 1,000s lose power"), "as thousands lose power");
    EXPECT_EQ(say("10,000s more and 100s of people"), "tens of thousands more and hundreds of people");
    EXPECT_EQ(say("HTTP 500s"), "HTTP five hundreds");
}

TEST(NormalizerTest, shouldNotSayAFunctionsEmptyBrackets) {
    EXPECT_EQ(say("the fetch() function"), "the fetch function");
    EXPECT_EQ(say("abort running fetch()es"), "abort running fetches");
    EXPECT_EQ(say("a (quiet) day"), "a, quiet, day");  // a bracket with words in it is still a pause
}

TEST(NormalizerTest, shouldReadAnIdentifierAfterTheWordThatNamesItDigitByDigit) {
    EXPECT_EQ(say("Bug 1553982 was fixed"), "Bug one five five three nine eight two was fixed");
    EXPECT_EQ(say("ticket #20417"), "ticket number two zero four one seven");
    EXPECT_EQ(say("order no. 88213"), "order number eight eight two one three");
    EXPECT_EQ(say("Around 25000 people came"), "Around twenty-five thousand people came");
    EXPECT_EQ(say("1000000s of viewers"), "millions of viewers");
}

TEST(NormalizerTest, shouldSpellTheWhoInASentenceAndKeepThePronounInCapitals) {
    EXPECT_EQ(say("The WHO said the WHO's chief would visit."), "The W H O said the W H O's chief would visit.");
    EXPECT_EQ(say("WHO WON THE VOTE?"), "WHO WON THE VOTE?");
}

TEST(NormalizerTest, shouldReadStandardsVersionWildcardsAndYearsAfterAPluralsPossessive) {
    EXPECT_EQ(say("It uses H.264 and X.509 over G.711."), "It uses H two six four and X five oh nine over G seven one one.");
    EXPECT_EQ(say("Versions 1.7.x and 2.x"), "Versions one point seven point x and two point x");
    EXPECT_EQ(say("in Howells' 1892 novel"), "in Howells' eighteen ninety-two novel");
    EXPECT_EQ(say("A 1.5 x 2 board"), "A one point five by two board");
}

// Found by a probe of sports, science, courts and market copy written for readcast's tests.
TEST(NormalizerTest, shouldReadRaceTimesSecondsPenceAndMeasuredMeters) {
    EXPECT_EQ(say("a lap of 1:28.197, 0.066s ahead"), "a lap of one minute twenty-eight point one nine seven seconds, zero point zero six six seconds ahead");
    EXPECT_EQ(say("at 3:45 p.m."), "at three forty-five P-M.");
    EXPECT_EQ(say("fell 4.2p to 187.6p"), "fell four point two pence to one hundred eighty-seven point six pence");
    EXPECT_EQ(say("Duplantis cleared 6.25m"), "Duplantis cleared six point two five meters");
    EXPECT_EQ(say("1.5m people and sales of 2.5m"), "one point five million people and sales of two point five million");
    EXPECT_EQ(say("It stands 120 m (394 ft) tall."), "It stands one hundred twenty meters, three hundred ninety-four feet, tall.");
    EXPECT_EQ(say("5.6 mmol/L and 190 mg/dL and 35 \xC2\xB5g/m\xC2\xB3"),
              "five point six millimoles per liter and one hundred ninety milligrams per deciliter and thirty-five micrograms per cubic meter");
}

TEST(NormalizerTest, shouldReadNewsroomAbbreviationsBeforeNumbersAndBetweenNames) {
    EXPECT_EQ(say("under s.18 of the Act 1861"), "under section eighteen of the Act eighteen sixty-one");
    EXPECT_EQ(say("Smith v Jones"), "Smith versus Jones");
    EXPECT_EQ(say("founded c. 1850"), "founded circa eighteen fifty");
    EXPECT_EQ(say("under Art. 50 and reg. 4"), "under Article fifty and regulation four");
    EXPECT_EQ(say("4-3 on agg. after"), "four to three on aggregate after");
    EXPECT_EQ(say("Series 3 Ep. 4 airs"), "Series three Episode four airs");
    EXPECT_EQ(say("3 mths at wk 52"), "three months at week fifty-two");
    EXPECT_EQ(say("Manchin (D-W.Va.) said"), "Manchin, Democrat of West Virginia, said");
    EXPECT_EQ(say("It is a v shape; the art. of it."), "It is a v shape; the art. of it.");
}

TEST(NormalizerTest, shouldReadRatingsScoresAgeGroupsAndNoteMarks) {
    EXPECT_EQ(say("rated 8.1/10 and rated it 4/5; 3/5 of voters"), "rated eight point one out of ten and rated it four out of five; three fifths of voters");
    EXPECT_EQ(say("won Game 5 106-88"), "won Game five, one hundred six to eighty-eight");
    EXPECT_EQ(say("a 250 000 rise"), "a two hundred fifty thousand rise");
    EXPECT_EQ(say("England Under-21s won"), "England Under-twenty-ones won");
    EXPECT_EQ(say("was 3.2%\xC2\xB9 in the report [1]."), "was three point two percent in the report.");
    EXPECT_EQ(say("x\xC2\xB2 and mc\xC2\xB2"), "x squared and mc squared");
}

TEST(NormalizerTest, shouldJoinTwoWholeAmountsMeasuresOrDatesAcrossADashOrASlash) {
    EXPECT_EQ(say("guidance of \xC2\xA3" "2.1bn-\xC2\xA3" "2.3bn"), "guidance of two point one billion pounds to two point three billion pounds");
    EXPECT_EQ(say("tickets cost \xE2\x82\xAC" "45/\xE2\x82\xAC" "60"), "tickets cost forty-five euros or sixty euros");
    EXPECT_EQ(say("held 28 Jun\xE2\x80\x93" "2 Jul."), "held the twenty-eighth of June to the second of July.");
    EXPECT_EQ(say("The 1960s\xE2\x80\x93" "70s"), "The nineteen sixties to seventies");
    EXPECT_EQ(say("from Nov. 10 to 26."), "from November tenth to twenty-sixth.");
    EXPECT_EQ(say("On May 10 to 12 people came."), "On May tenth to twelve people came.");
}

// eSpeak NG says "Roman seven" for "VII" wherever it stands, and "uh" for a lone "A".
TEST(NormalizerTest, shouldLeaveNoRomanNumeralForESpeakAndReadRatings) {
    EXPECT_EQ(say("given IV fluids"), "given I V fluids");
    EXPECT_EQ(say("the first XI won"), "the first eleven won");
    EXPECT_EQ(say("Final Fantasy VII Rebirth sold"), "Final Fantasy seven Rebirth sold");
    EXPECT_EQ(say("The LIV Golf tour"), "The LIV Golf tour");
    EXPECT_EQ(say("cut from AAA to AA+ and BBB-"), "cut from triple-eh to double-eh plus and triple-B minus");
    EXPECT_EQ(say("50 HRs in 5 hrs"), "fifty home runs in five hours");
}

TEST(NormalizerTest, shouldSayANilScoreAsEachEnglishDoes) {
    const Normalizer british("en-GB", nullptr);
    EXPECT_EQ(british.normalize("Real Madrid won 4-0 at home; it was 0-0 at half-time."),
              "Real Madrid won four-nil at home; it was nil-nil at half-time.");
    EXPECT_EQ(say("Real Madrid won 4-0 at home; it was 0-0 at half-time."),
              "Real Madrid won four to nothing at home; it was zero to zero at half-time.");
    EXPECT_EQ(say("It went 0-60 mph; pages 0-9"), "It went zero to sixty miles per hour; pages zero to nine");
}

// Counts with a capital letter for the magnitude; a sum in millions after "of" before the verb; a year
// after "for"; a short year with its zero; a dash between two dates; versions and multiples.
TEST(NormalizerTest, shouldReadMagnitudeLettersShortYearsVersionsAndMultiples) {
    EXPECT_EQ(say("It reaches 120M homes and 7K stores."), "It reaches one hundred twenty million homes and seven thousand stores.");
    EXPECT_EQ(say("a 1M-token window and 45B parameters"), "a one million-token window and forty-five billion parameters");
    EXPECT_EQ(say("Its value hit $1.2T."), "Its value hit one point two trillion dollars.");
    EXPECT_EQ(say("A fund of $40 million pays"), "A fund of forty million dollars pays");
    EXPECT_EQ(say("crisp $100 bills"), "crisp one hundred dollar bills");
    EXPECT_EQ(say("The forecast for 2027 is grim."), "The forecast for twenty twenty-seven is grim.");
    EXPECT_EQ(say("since '05"), "since oh-five");
    EXPECT_EQ(say("(May 2, 1940 – Oct. 3, 2021)"), "May second, nineteen forty to October third, twenty twenty-one");
    EXPECT_EQ(say("Python 3.12 and version 1.10"), "Python three point twelve and version one point ten");
    EXPECT_EQ(say("It is 2.5x faster"), "It is two point five times faster");
    EXPECT_EQ(say("The 8K displays"), "The eight K displays");
    EXPECT_EQ(say("\"Frozen 2\" grossed"), "Frozen two grossed");
}

// Units of aviation, farming, energy, torque and property, with their dots and after "per" alone.
TEST(NormalizerTest, shouldReadTradeUnitsWithTheirDotsAndAfterPer) {
    EXPECT_EQ(say("at 900 ft. and 140 kts over 20 nmi"), "at nine hundred feet and one hundred forty knots over twenty nautical miles");
    EXPECT_EQ(say("a 500 gal. tank; $90 per cwt"), "a five hundred gallon tank; ninety dollars per hundredweight");
    EXPECT_EQ(say("a 108MP sensor, 5+ yrs old"), "a one hundred eight megapixel sensor, five-plus years old");
    EXPECT_EQ(say("output of 1.1M bpd; 400 lb-ft of torque"),
              "output of one point one million barrels a day; four hundred pound-feet of torque");
    EXPECT_EQ(say("BP of 120/80 mm Hg"), "BP of one hundred twenty over eighty millimeters of mercury");
    EXPECT_EQ(say("a 1,800 sq. ft. house"), "a one thousand eight hundred square foot house");
    EXPECT_EQ(say("exports of 12Mt of coal"), "exports of twelve million tonnes of coal");
    EXPECT_EQ(say("a 15Mt nuclear blast"), "a fifteen megaton nuclear blast");
    EXPECT_EQ(say("petrol at 189.9c a litre", "en-AU"), "petrol at one hundred and eighty-nine point nine cents a litre");
}

// Titles written short before a name, also a name the lexicon holds; Australian states after a town.
TEST(NormalizerTest, shouldExpandTitlesBeforeNamesAndSectionsBeforeNumbers) {
    Lexicon lexicon;
    lexicon.add({"Zelensky", "Zelensky"});
    const Normalizer withLexicon("en", &lexicon);
    EXPECT_EQ(withLexicon.normalize("Pres. Zelensky spoke."), "President Zelensky spoke.");
    EXPECT_EQ(say("Sec. of State Jane Roe met Sec. Doe."), "Secretary of State Jane Roe met Secretary Doe.");
    EXPECT_EQ(say("See Sec. 4 and Sec 12 of the Act; Art. IV."), "See Section four and Section twelve of the Act; Article four.");
    EXPECT_EQ(say("Brig. Gen. Ann Lee"), "Brigadier General Ann Lee");
    EXPECT_EQ(say("near Geelong, Vic., and in Qld"), "near Geelong, Victoria, and in Queensland");
}

// Box scores, batting averages, heights and a batter not out; pairs and rates written with a slash.
TEST(NormalizerTest, shouldReadBoxScoresAndSlashesAsSportAndTradeCopyMeanThem) {
    EXPECT_EQ(say("She had 18 pts, 1 reb and 12 ast."), "She had eighteen points, one rebound and twelve assists.");
    EXPECT_EQ(say("batting .287 with 31 HR and 90 RBIs"), "batting two-eighty-seven with thirty-one home runs and ninety RBIs");
    EXPECT_EQ(say("a 6-11 center from Lyon"), "a six-foot-eleven center from Lyon");
    EXPECT_EQ(say("Smith was 88* at stumps after 140 balls"), "Smith was eighty-eight not out at stumps after one hundred forty balls");
    EXPECT_EQ(say("a ratio of .287 and 44 HR staff"), "a ratio of point two eight seven and forty-four HR staff");
    EXPECT_EQ(say("the over/under and a pass/fail test"), "the over-under and a pass-fail test");
    EXPECT_EQ(Normalizer("en-GB", nullptr).normalize("Inflation was 4% YoY."), "Inflation was four percent year on year.");
    EXPECT_EQ(say("a Reuters/Ipsos poll"), "a Reuters Ipsos poll");
    EXPECT_EQ(say("up 3% w/w, 60 bu/acre, 20 copies/mL"), "up three percent week over week, sixty bushels per acre, twenty copies per milliliter");
    EXPECT_EQ(say("since the 26/11 attacks"), "since the twenty-six eleven attacks");
    EXPECT_EQ(say("tea/coffee"), "tea or coffee");
}

// Capitals no English word could be made of are spelled as eSpeak NG says initialisms it knows
// ("UCSF" was "uksf"); those that could be a word, and every word of a line in capitals, are left to it.
TEST(NormalizerTest, shouldSpellCapitalsThatCannotBeSaidAsAWord) {
    EXPECT_EQ(say("She works at UCSF with the SEIU and the NCAA's lawyers."),
              "She works at U.C.S.F with the S.E.I.U and the N.C.A.A's lawyers.");
    EXPECT_EQ(say("NATO, NASA, UNESCO and the FIFA CEO met."), "NATO, NASA, UNESCO and the FIFA CEO met.");
    EXPECT_EQ(say("The FBI and NVIDIA use HTTP and JSON."), "The FBI and NVIDIA use HTTP and JSON.");
    EXPECT_EQ(say("STRENGTHS TESTED IN FINAL"), "STRENGTHS TESTED IN FINAL");
}

// Local, court and market copy: blocks and streets, identifiers with a hyphen, life dates, ranks and
// abbreviations without a name, a party alone, forecasts' compass points, and rates per any unit.
TEST(NormalizerTest, shouldReadLocalCourtAndMarketCopy) {
    EXPECT_EQ(say("in the 2300 block of S. Elm Ave."), "in the twenty-three hundred block of South Elm Avenue.");
    EXPECT_EQ(say("under Ordinance No. 2025-41 and Resolution 25-07"),
              "under Ordinance number twenty twenty-five dash forty-one and Resolution twenty-five dash oh seven");
    EXPECT_EQ(say("Ann Roe (b. 1950, d. 2023) and Rodin (1840 - 1917)"),
              "Ann Roe, born nineteen fifty, died twenty twenty-three, and Rodin, eighteen forty to nineteen seventeen");
    EXPECT_EQ(say("Jo Lin (1931-2020) wrote."), "Jo Lin, nineteen thirty-one to twenty twenty, wrote.");
    EXPECT_EQ(say("the Lt. Col. and the Atty. Gen. on Rt. 9"), "the Lieutenant colonel and the Attorney general on Route nine");
    EXPECT_EQ(say("adj. EBITDA incl. fees; the gov't; 2 mil. views"), "adjusted EBITDA including fees; the government; two million views");
    EXPECT_EQ(say("Ruiz (D) beat Cole (R)."), "Ruiz, Democrat, beat Cole, Republican.");
    EXPECT_EQ(say("in Jan. and Feb.; for Oct. delivery"), "in January and February; for October delivery");
    EXPECT_EQ(say("Winds SW 10-20 kt, veering NNW."), "Winds southwest ten to twenty knots, veering north-northwest.");
    EXPECT_EQ(say("near 12.5°S 45.1°E"), "near twelve point five degrees south forty-five point one degrees east");
    EXPECT_EQ(say("open 9:00 AM - 5:00 PM"), "open nine A-M to five P-M");
    EXPECT_EQ(say("Henry Hub at $3.10/MMBtu, down 4¢; OPEC+ met"),
              "Henry Hub at three dollars and ten cents per million British thermal units, down four cents; OPEC plus met");
    EXPECT_EQ(say("She averaged 21.5 ppg and 9.1 RPG."), "She averaged twenty-one point five points a game and nine point one rebounds a game.");
    EXPECT_EQ(say("Totals: Leeds 2.1\", York 1.8\", Hull 3\"; 4\"-6\" more"),
              "Totals: Leeds two point one inches, York one point eight inches, Hull three inches; four to six inches more");
}

// British and Commonwealth copy: cricket scores with a hyphen and a batter's runs, football results with
// teams around them and draws, stones, No 10, pressure in pairs, roads, statutes, parties written short.
TEST(NormalizerTest, shouldReadBritishSportWeightsRoadsStatutesAndParties) {
    const auto gb = [](const std::string& text) { return Normalizer("en-GB", nullptr).normalize(text); };
    EXPECT_EQ(gb("They were 301-8 at stumps, Khan 98 not out."),
              "They were three hundred and one for eight at stumps, Khan ninety-eight not out.");
    EXPECT_EQ(gb("Wood took 3-41."), "Wood took three for forty-one.");
    EXPECT_EQ(gb("Leeds beat Hull 4-0; Derby 2-0 Stoke; a 2-2 draw."), "Leeds beat Hull four-nil; Derby two, Stoke nil; a two-all draw.");
    EXPECT_EQ(gb("The panel voted 7-0."), "The panel voted seven to zero.");
    EXPECT_EQ(gb("He lost 2st; she went to No 10."), "He lost two stone; she went to Number ten.");
    EXPECT_EQ(gb("A 1m 32.415s lap at 1004mb"), "A one minute thirty-two point four one five seconds lap at one thousand and four millibars");
    EXPECT_EQ(gb("Ann Roe (Ind) and Bo Lee (Lab, Eastfield)"), "Ann Roe, Independent, and Bo Lee, Labour, Eastfield");
    EXPECT_EQ(say("the Hwy. 401 ramp; 42 U.S.C. § 1983; Ala. Code § 13.5"),
              "the Highway four oh one ramp; forty-two U.S.C. section nineteen eighty-three; Alabama Code section thirteen point five");
    EXPECT_EQ(say("grades K-5; 4.1 mn users; avg rent; up 3% y-o-y; a 3-bdrm flat; Coun. Ray Ito"),
              "grades K through five; four point one million users; average rent; up three percent year over year; a three-bedroom flat; Councillor Ray Ito");
    EXPECT_EQ(say("Bulls 98, Heat 101."), "Bulls ninety-eight, Heat one hundred one.");
}

// A team's record; a ticker in brackets; a quarter's year; a range of prices with cents; a rate's dot
// mid-sentence; an aircraft's variant in hundreds; two days of one month; "and" in a British compound.
TEST(NormalizerTest, shouldReadRecordsTickersQuartersPriceRangesAndDayLists) {
    EXPECT_EQ(say("The Owls improved to 7-0; Utah (11-2) hosts them."),
              "The Owls improved to seven and oh; Utah, eleven and two, hosts them.");
    EXPECT_EQ(say("Shares of Acme (ACME) and Airbus (AIR) fell."), "Shares of Acme, eh C.M.E, and Airbus, eh I.R, fell.");
    EXPECT_EQ(say("Q3 2025 sales and H1 2026"), "Third-quarter twenty twenty-five sales and the first half of twenty twenty-six");
    EXPECT_EQ(say("a range of $2.10-$2.35 a share"), "a range of two dollars and ten cents to two dollars and thirty-five cents a share");
    EXPECT_EQ(say("gas at $3.10/gal. statewide"), "gas at three dollars and ten cents a gallon statewide");
    EXPECT_EQ(say("the Boeing 767-300 and the Bucks 120-100 win"),
              "the Boeing seven sixty-seven three hundred and the Bucks one hundred twenty to one hundred win");
    EXPECT_EQ(say("on Aug. 4 and 11."), "on August fourth and eleventh.");
    EXPECT_EQ(Normalizer("en-GB", nullptr).normalize("on 2 and 9 May, a 365-seat hall and a 2,500-seat arena"),
              "on the second and the ninth of May, a three hundred and sixty-five-seat hall and a two thousand five hundred-seat arena");
}

// Found by a blind round of 400 sentences: records after "are" in a season, ".500", a lone letter of
// fifty or more, a storm's heading, degrees written apart, a cup final's nil.
TEST(NormalizerTest, shouldReadRecordsLettersHeadingsAndSpacedDegrees) {
    EXPECT_EQ(say("The Nets are 3-1 in the series and finished the season 50-32."),
              "The Nets are three and one in the series and finished the season fifty and thirty-two.");
    EXPECT_EQ(say("They are 4 games over .500."), "They are four games over five hundred.");
    EXPECT_EQ(say("a Series B round, Part D and Class C shares"), "a Series B round, Part D and Class C shares");
    EXPECT_EQ(say("The low is moving SE at 20 mph; it was -12 C."),
              "The low is moving southeast at twenty miles per hour; it was minus twelve degrees Celsius.");
    EXPECT_EQ(Normalizer("en-GB", nullptr).normalize("Hearts won the cup final 2-0."), "Hearts won the cup final two-nil.");
    EXPECT_EQ(say("He had 30 SB and a .280 batting line; she threw 7 IP."),
              "He had thirty stolen bases and a two-eighty batting line; she threw seven innings pitched.");
    EXPECT_EQ(say("He threw for 300 yards, 2 TDs and 1 INT."), "He threw for three hundred yards, two touchdowns and one interception.");
    EXPECT_EQ(say("revenue of $2.4 bln and a $310 mln loss; shares fell -2%"),
              "revenue of two point four billion dollars and a three hundred ten million dollar loss; shares fell two percent");
}

// A football match's minutes and its goal lines: no feet, "nil" in British English.
TEST(NormalizerTest, shouldReadMatchMinutesAndGoalLines) {
    const Normalizer british("en-GB", nullptr);
    EXPECT_EQ(british.normalize("31' Diallo (Eastvale) 1-0"), "thirty-first minute, Diallo, Eastvale, one-nil");
    EXPECT_EQ(british.normalize("Park 90+3' (pen)"), "Park ninetieth minute plus three, penalty,");
    EXPECT_EQ(say("He scored a header at 58'."), "He scored a header at the fifty-eighth minute.");
    EXPECT_EQ(say("The wall is 8' high."), "The wall is eight feet high.");
}

// Tennis sets are known by the sets around them, a tie-break or the words of tennis; a formation by
// its lines of outfield players adding up to ten. A record in brackets is no phone number.
TEST(NormalizerTest, shouldReadTennisSetsFormationsAndRecordsInBrackets) {
    EXPECT_EQ(say("She won 6-2, 3-6, 7-6 (10-8)."), "She won six-two, three-six, seven-six, tie-break ten-eight.");
    EXPECT_EQ(say("He lost 7-6(3), 6-0"), "He lost seven-six, tie-break three, six-love");
    EXPECT_EQ(say("She took the first set 6-1."), "She took the first set six-one.");
    EXPECT_EQ(say("The Jets beat the Bills 7-6."), "The Jets beat the Bills seven to six.");
    EXPECT_EQ(say("United set up in a 3-4-3 and City in a 4-1-4-1."),
              "United set up in a three-four-three and City in a four-one-four-one.");
    EXPECT_EQ(say("The Thunder (57-25) won."), "The Thunder, fifty-seven and twenty-five, won.");
    EXPECT_EQ(say("Call (415) 555-0199."), "Call four one five, five five five, oh one nine nine.");
}

TEST(NormalizerTest, shouldReadCricketFiguresSeasonsShortDatesAndMobileNumbers) {
    EXPECT_EQ(say("India reached 187/4 at stumps"), "India reached one hundred eighty-seven for four at stumps");
    EXPECT_EQ(say("Starc took 3/42 in 10 overs, with figures of 6-45"),
              "Starc took three for forty-two in ten overs, with figures of six for forty-five");
    EXPECT_EQ(say("the 2019/20 season"), "the twenty nineteen to twenty season");
    EXPECT_EQ(say("on 3/15 and Wed 4/2; 3/4 of voters; on 1/3 of it"),
              "on March fifteenth and Wednesday April second; three quarters of voters; on a third of it");
    EXPECT_EQ(say("Call 07700 900123 now"), "Call oh seven seven oh oh, nine oh oh one two three now");
    EXPECT_EQ(say("226 votes to Trump's 312"), "two hundred twenty-six votes to Trump's three hundred twelve");
}

TEST(NormalizerTest, shouldReadAnEvenChanceAndNotAvailable) {
    EXPECT_EQ(say("It's a 50-50 and he wins it"), "It's a fifty-fifty and he wins it");
    EXPECT_EQ(say("Price (n/a)."), "Price, not available.");
}

TEST(NormalizerTest, shouldReadAnAmountBeforeWhatItBuysInAHeadline) {
    EXPECT_EQ(say("Council approves $4.2M bond for parks"), "Council approves four point two million dollar bond for parks");
    EXPECT_EQ(say("fined $500 for speeding; $5 per ticket"), "fined five hundred dollars for speeding; five dollars per ticket");
}

TEST(NormalizerTest, shouldReadTheBritishDottedClockOnlyWhereItIsATime) {
    const Normalizer british("en-GB", nullptr);
    EXPECT_EQ(british.normalize("It kicks off at 19.30 tonight; open from 9.30 to 17.30."),
              "It kicks off at nineteen thirty tonight; open from nine thirty to seventeen thirty.");
    EXPECT_EQ(british.normalize("The pound was at 1.25; it fell from 4.35 to 4.10."),
              "The pound was at one point two five; it fell from four point three five to four point one zero.");
    EXPECT_EQ(say("took effect at 00:01 on Monday, at 12:00 noon"), "took effect at twelve oh one A-M on Monday, at noon");
}

TEST(NormalizerTest, shouldReadEpisodesJunctionsHeightsShortYearsAndPhysicsUnits) {
    EXPECT_EQ(say("returns in S2E1 on Saturday"), "returns in season two, episode one on Saturday");
    EXPECT_EQ(say("The M6 was shut between J14 and J15."), "The M six was shut between junction fourteen and junction fifteen.");
    EXPECT_EQ(say("The 6'2\" quarterback is 6'2\" tall"), "The six-foot-two quarterback is six feet two inches tall");
    EXPECT_EQ(say("It opened in Dec '23."), "It opened in December twenty twenty-three.");
    EXPECT_EQ(say("a 125 GeV particle at 13.6 TeV"), "a one hundred twenty-five giga-electronvolt particle at thirteen point six tera-electronvolts");
    EXPECT_EQ(say("Pressure fell to 897 mb."), "Pressure fell to eight hundred ninety-seven millibars.");
    EXPECT_EQ(say("a 500 mb file"), "a five hundred megabyte file");
}

// Found by a second probe of 462 sentences in four variants of English.
TEST(NormalizerTest, shouldReadDaysMonthsAndNamesThatLookAlikeByTheirContext) {
    EXPECT_EQ(say("He told The Sun. It closes on Sun."), "He told The Sun. It closes on Sunday.");
    EXPECT_EQ(say("The award went to Jan. From Oct. to Jan. it rained."),
              "The award went to Jan. From October to January it rained.");
    EXPECT_EQ(say("on Weds and Thurs, Mon to Fri; the Moon and Sun"), "on Wednesday and Thursday, Monday to Friday; the Moon and Sun");
}

TEST(NormalizerTest, shouldReadRatesPairsOddsAndPricesPerMeasure) {
    EXPECT_EQ(say("Rates rose to 5.50% from 5.00%."), "Rates rose to five point five percent from five percent.");
    EXPECT_EQ(say("The euro fell to EUR/USD 1.0850."), "The euro fell to euro-dollar, one point zero eight five zero.");
    EXPECT_EQ(say("The 33/1 outsider won; the favourite at 5/2"), "The thirty-three to one outsider won; the favourite at five to two");
    EXPECT_EQ(say("Petrol rose to 145.3p/litre."), "Petrol rose to one hundred forty-five point three pence a litre.");
    EXPECT_EQ(say("approx 3 hours incl a stop, the Govt said; the Rt Hon member; a 23yo man; at 06:00 hrs"),
              "approximately three hours including a stop, the Government said; the Right Honourable member; a "
              "twenty-three-year-old man; at oh six hundred hours");
}

TEST(NormalizerTest, shouldReadTimetablesRunTimesScientificNotationAndAreaRates) {
    const Normalizer british("en-GB", nullptr);
    EXPECT_EQ(british.normalize("The 17.05 from Leeds was cut; the 3.00 kick-off; gates open at 1.30."),
              "The seventeen oh five from Leeds was cut; the three o'clock kick-off; gates open at one thirty.");
    EXPECT_EQ(british.normalize("Shares closed at 1.30 on Friday."), "Shares closed at one point three zero on Friday.");
    EXPECT_EQ(say("She won in 31:45."), "She won in thirty-one minutes forty-five seconds.");
    EXPECT_EQ(say("It runs Oct 1st\xE2\x80\x93" "3rd."), "It runs October first to third.");
    EXPECT_EQ(say("about 3.0 x 10^8 m/s"), "about three point zero times ten to the power of eight meters per second");
    EXPECT_EQ(say("a BMI of 30 kg/m2"), "a BMI of thirty kilograms per square meter");
}

TEST(NormalizerTest, shouldReadAustralianAddressesScoresAndFuelPrices) {
    const Normalizer australian("en-AU", nullptr);
    EXPECT_EQ(australian.normalize("The unit at 3/17 Beach Rd, Bondi NSW 2026 sold."),
              "The unit at three, seventeen Beach Road, Bondi New South Wales two zero two six sold.");
    EXPECT_EQ(australian.normalize("The Swans beat the Lions 12.10 (82) to 8.9 (57)."),
              "The Swans beat the Lions twelve ten, eighty-two to eight nine, fifty-seven.");
    EXPECT_EQ(australian.normalize("Petrol is 189.9c/L; WA 2024 results."),
              "Petrol is one hundred and eighty-nine point nine cents a liter; WA twenty twenty-four results.");
}

TEST(NormalizerTest, shouldReadAnAmountBeforeItsNounInATitleCaseHeadline) {
    EXPECT_EQ(say("SunPeak Opens $410 Million Solar Panel Factory in Ohio"),
              "SunPeak Opens four hundred ten million dollar Solar Panel Factory in Ohio");
    EXPECT_EQ(say("The company paid $410 Million to Apple."), "The company paid four hundred ten million dollars to Apple.");
}

TEST(NormalizerTest, shouldNotSayAPostsAttachedPictureLink) {
    EXPECT_EQ(say("Avoid the lower trail. pic.twitter.com/XK2PQLM0AA"), "Avoid the lower trail.");
    EXPECT_EQ(say("at bbc.co.uk/news"), "at B B C dot co dot U K slash news");
}

// Found by the fuzzer: an amount or a date followed by a dash at the very end.
TEST(NormalizerTest, shouldReadAnAmountOrADateEndingOnADash) {
    EXPECT_EQ(say("$5-"), "five dollars-");
    EXPECT_EQ(say("28 Jun-"), "the twenty-eighth of June-");
}

TEST(NormalizerTest, shouldReadIndianAmountsCodesAndFiscalYears) {
    const Normalizer indian("en-IN", nullptr);
    EXPECT_EQ(indian.normalize("revenue of Rs 12,50,000 crore"), "revenue of twelve lakh fifty thousand crore rupees");
    EXPECT_EQ(indian.normalize("The film collected \xE2\x82\xB9" "125 cr."), "The film collected one hundred and twenty-five crore rupees.");
    EXPECT_EQ(indian.normalize("The PIN code 110001 and the Express 22439"),
              "The PIN code one one zero zero zero one and the Express two two four three nine");
    EXPECT_EQ(indian.normalize("FY2024-25 growth"), "Fiscal twenty twenty-four to twenty-five growth");
}

TEST(NormalizerTest, shouldReadARunningDistanceInK) {
    EXPECT_EQ(say("She won the 10k race; he finished the 5k in 20 minutes."),
              "She won the ten-K race; he finished the five-K in twenty minutes.");
    EXPECT_EQ(say("The company hired 10k workers."), "The company hired ten thousand workers.");
}

// isWordIn compares in lower case: the cricket word "ODI" is listed so (it had never matched).
TEST(NormalizerTest, shouldKnowACricketScoreFromTheFormatsName) {
    EXPECT_EQ(say("India made 287/6 in the ODI"), "India made two hundred eighty-seven for six in the ODI");
}

// Found by a blind round of 400 sentences: amounts written the Canadian way and sharing a magnitude,
// a vote's tally after "the bill", Gaelic scores, a quake's magnitude, a toll-free number in letters,
// the Australian dollar in US cents, a calibre, a public law, a retired rank.
TEST(NormalizerTest, shouldReadAmountsTalliesScoresAndCodesOfABlindRound) {
    EXPECT_EQ(say("The mayor proposed a $4.7-billion budget."), "The mayor proposed a four point seven billion dollar budget.");
    EXPECT_EQ(say("She earned $5-million last year."), "She earned five million dollars last year.");
    EXPECT_EQ(say("It could cost between $400 and $500 billion."), "It could cost between four hundred and five hundred billion dollars.");
    EXPECT_EQ(say("He paid $400 and $5 million."), "He paid four hundred dollars and five million dollars.");
    EXPECT_EQ(say("The House passed the bill 218-214."), "The House passed the bill two hundred eighteen to two hundred fourteen.");
    EXPECT_EQ(say("Kerry beat Dublin 1-15 to 0-17."), "Kerry beat Dublin one-fifteen to zero-seventeen.");
    EXPECT_EQ(say("They won 3-1."), "They won three to one.");
    EXPECT_EQ(say("An M7.1 earthquake struck."), "A magnitude seven point one earthquake struck.");
    EXPECT_EQ(say("The M4 motorway."), "The M four motorway.");
    EXPECT_EQ(say("Call 1-877-SAFE-NOW for help."), "Call one, eight seven seven safe now for help.");
    EXPECT_EQ(say("It hit states like FL, TX and CA, and eastern OK; he is OK, so is the PA system."),
              "It hit states like Florida, Texas and California, and eastern Oklahoma; he is OK, so is the PA system.");
    EXPECT_EQ(say("Report it at 1-800-FDA-1088 or 1-800-GO-FEDEX."), "Report it at one, eight hundred, FDA, one oh eight eight or one, eight hundred go fedex.");
    EXPECT_EQ(say("The dollar fell to US65.2c.", "en-AU"), "The dollar fell to sixty-five point two US cents.");
    EXPECT_EQ(say("Smith hit a career-best .342 in 2023."), "Smith hit a career-best three-forty-two in twenty twenty-three.");
    EXPECT_EQ(say("He fired a .308 rifle."), "He fired a three-oh-eight rifle.");
    EXPECT_EQ(say("The ratio was .342 overall."), "The ratio was point three four two overall.");
    EXPECT_EQ(say("It became Pub. L. 117-169 in August."), "It became Public Law one seventeen dash one sixty-nine in August.");
    EXPECT_EQ(say("Col. (ret.) Ann Wright spoke."), "Colonel, retired, Ann Wright spoke.");
}

// Words around a slash, a letter or capitals: partners' names joined, alternatives offered; a model's X;
// a blood pressure; capitals that end on consonants no word ends on are spelled ("LAFC"), those eSpeak
// NG knows are left ("JSON").
TEST(NormalizerTest, shouldReadSlashesModelLettersAndCapitalsAsSaid) {
    EXPECT_EQ(say("Pfizer/BioNTech shipped it."), "Pfizer BioNTech shipped it.");
    EXPECT_EQ(say("Open Monday/Tuesday only."), "Open Monday or Tuesday only.");
    EXPECT_EQ(say("Use Debian/Mandrake/Gentoo instead."), "Use Debian or Mandrake or Gentoo instead.");
    EXPECT_EQ(say("Introductions/Shout-Outs"), "Introductions or Shout-Outs");
    EXPECT_EQ(say("The Xbox Series X sold out."), "The Xbox Series X sold out.");
    EXPECT_EQ(say("World War X is fiction."), "World War ten is fiction.");
    EXPECT_EQ(say("Her blood pressure was 140/90."), "Her blood pressure was one hundred forty over ninety.");
    EXPECT_EQ(say("LAFC won again."), "L.A.F.C won again.");
    EXPECT_EQ(say("The JSON file and a HIGH-powered team."), "The JSON file and a HIGH-powered team.");
}

// Years after "throughout", hours alone, and a time before "ago".
TEST(NormalizerTest, shouldReadYearsAndShortDurationsOfABlindRound) {
    EXPECT_EQ(say("Sales fell throughout 2024."), "Sales fell throughout twenty twenty-four.");
    EXPECT_EQ(say("The build took 1h."), "The build took one hour.");
    EXPECT_EQ(say("Posted 29m ago."), "Posted twenty-nine minutes ago.");
    EXPECT_EQ(say("Gusts hit 52m in the hills."), "Gusts hit fifty-two meters in the hills.");
}

// A second blind round: records in brackets with a conference's, Canadian provinces, a state's dotted
// letters, districts, rents per month, an amount before an adverb, a river's height, a race's K, codes
// for places, a model after a possessive, a plural initialism after a code, a road's kilometre, a price
// a month, a compound after an amount, the Atlantic zone.
TEST(NormalizerTest, shouldReadRecordsPlacesAmountsAndCodesOfASecondBlindRound) {
    EXPECT_EQ(say("Gonzaga (25-7, 14-2 WCC) won."), "Gonzaga, twenty-five and seven, fourteen and two WCC, won.");
    EXPECT_EQ(say("The Giants (5-12) fired their coach."), "The Giants, five and twelve, fired their coach.");
    EXPECT_EQ(say("Fort McMurray, Alta., has grown.", "en-CA"), "Fort McMurray, Alberta, has grown.");
    EXPECT_EQ(say("The case is in the Southern District of N.Y."), "The case is in the Southern District of New York.");
    EXPECT_EQ(say("The painter N.C. Wyeth."), "The painter N.C Wyeth.");
    EXPECT_EQ(say("Voters in Dist. 4 will decide."), "Voters in District four will decide.");
    EXPECT_EQ(say("Rent hit a record \xC2\xA3" "2,633 pcm.", "en-GB"), "Rent hit a record two thousand six hundred and thirty-three pounds a month.");
    EXPECT_EQ(say("It sold for an estimated $1.04 billion ahead of the sale."), "It sold for an estimated one point zero four billion dollars ahead of the sale.");
    EXPECT_EQ(say("The river approaches 10.6m at Lismore.", "en-AU"), "The river approaches ten point six meters at Lismore.");
    EXPECT_EQ(say("It raised 2.5m for the dam.", "en-GB"), "It raised two point five million for the dam.");
    EXPECT_EQ(say("The 5K starts at noon."), "The five-K starts at noon.");
    EXPECT_EQ(say("She won the 10k prize."), "She won the ten thousand prize.");
    EXPECT_EQ(say("ZIP codes 30301 and 30303 were hit."), "ZIP codes three zero three zero one and three zero three zero three were hit.");
    EXPECT_EQ(say("The ZIP code had 12000 residents."), "The ZIP code had twelve thousand residents.");
    EXPECT_EQ(say("Boeing's 737 MAX 9 jets were grounded."), "Boeing's seven thirty-seven MAX nine jets were grounded.");
    EXPECT_EQ(say("India plays 5 T20Is.", "en-IN"), "India plays five T twenty I's.");
    EXPECT_EQ(say("The crash was near Km 43."), "The crash was near kilometer forty-three.");
    EXPECT_EQ(say("It costs $4.99-a-month."), "It costs four dollars ninety-nine a month.");
    EXPECT_EQ(say("It costs \xC2\xA3" "3.99-a-month.", "en-GB"), "It costs three pounds ninety-nine a month.");
    EXPECT_EQ(say("Council approves $48 million reservoir expansion"), "Council approves forty-eight million dollar reservoir expansion");
    EXPECT_EQ(say("It starts at 10 a.m. AT.", "en-CA"), "It starts at ten A-M Atlantic time.");
    EXPECT_EQ(say("The was/now pricing misled buyers."), "The was-now pricing misled buyers.");
    EXPECT_EQ(say("The 988 Suicide & Crisis Lifeline answered."), "The nine eight eight Suicide and Crisis Lifeline answered.");
}

// Spanish from no named country, or from Spain: "$6,000" groups thousands as the Americas write them (no
// one writes three decimals of a dollar); so does "4,000 personas" where the country is unknown, but
// not "1,250 kilos", which Spain would write for one and a quarter.
TEST(NormalizerTest, shouldReadDollarAmountsGroupedByCommasInAnySpanish) {
    EXPECT_EQ(say("El programa cuesta $6,000 al a\xC3\xB1o.", "es"), "El programa cuesta 6000 d\xC3\xB3lares al a\xC3\xB1o.");
    EXPECT_EQ(say("El programa cuesta $6,000 al a\xC3\xB1o.", "es-ES"), "El programa cuesta 6000 d\xC3\xB3lares al a\xC3\xB1o.");
    EXPECT_EQ(say("Entre 4,000 y 5,000 personas.", "es"), "Entre 4000 y 5000 personas.");
    EXPECT_EQ(say("Entre 4,000 y 5,000 personas.", "es-ES"), "Entre 4,000 y 5,000 personas.");
    EXPECT_EQ(say("Pesa 1,250 kilos.", "es"), "Pesa 1,250 kilos.");
    EXPECT_EQ(say("Cuesta $5.000 en total.", "es"), "Cuesta 5.000 d\xC3\xB3lares en total.");
}

// Amounts before a plural noun that is the subject of a clause, not described by them.
TEST(NormalizerTest, shouldKeepThePluralBeforeTheSubjectOfAClause) {
    EXPECT_EQ(say("Revenue beat the $7.6 billion analysts expected."), "Revenue beat the seven point six billion dollars analysts expected.");
    EXPECT_EQ(say("They built $5 million homes."), "They built five million dollar homes.");
}

// A third blind round: initialisms no English word begins like, ranks with their ordinal or "Ch", a
// virus's lineage, Australian football's goals and behinds, a senator's party and state, a host's name
// no word could be made of, a service number after "reached at".
TEST(NormalizerTest, shouldReadRanksLineagesAndFootyScoresOfAThirdBlindRound) {
    EXPECT_EQ(say("The NHTSA said so."), "The N.H.T.S.A said so.");
    EXPECT_EQ(say("The NHL and NASA said so."), "The NHL and NASA said so.");
    EXPECT_EQ(say("Sgt. 1st Class Maria Lopez served."), "Sergeant first Class Maria Lopez served.");
    EXPECT_EQ(say("Det Ch Insp Sarah Jones said.", "en-GB"), "Detective Chief Inspector Sarah Jones said.");
    EXPECT_EQ(say("See Ch. 4 for details."), "See Chapter four for details.");
    EXPECT_EQ(say("Boosters target the KP.2 variant."), "Boosters target the K P point two variant.");
    EXPECT_EQ(say("The XBB.1.5 subvariant spread."), "The X B B point one point five subvariant spread.");
    EXPECT_EQ(say("Heeney kicked 3.2 in the win.", "en-AU"), "Heeney kicked three goals, two behinds in the win.");
    EXPECT_EQ(say("Collingwood 12.10 (82) def Carlton 9.8 (62).", "en-AU"),
              "Collingwood twelve ten, eighty-two defeated Carlton nine eight, sixty-two.");
    EXPECT_EQ(say("Inflation was 3.2 per cent.", "en-AU"), "Inflation was three point two per cent.");
    EXPECT_EQ(say("Senator Lidia Thorpe (Ind, Vic) walked out.", "en-AU"), "Senator Lidia Thorpe, Independent, Victoria, walked out.");
    EXPECT_EQ(say("Apply at upsc.gov.in today.", "en-IN"), "Apply at U P S C dot gov dot I N today.");
    EXPECT_EQ(say("Stream it on watch.net today."), "Stream it on watch dot net today.");
    EXPECT_EQ(say("Residents can be reached at 311."), "Residents can be reached at three one one.");
    EXPECT_EQ(say("Take the 747 airport route."), "Take the seven forty-seven airport route.");
    EXPECT_EQ(say("The 300 buses were late."), "The three hundred buses were late.");
    EXPECT_EQ(say("A 787 Dreamliner landed."), "A seven eighty-seven Dreamliner landed.");
    EXPECT_EQ(say("The 777 passengers were safe."), "The seven hundred seventy-seven passengers were safe.");
    EXPECT_EQ(say("The 767 landed late."), "The seven sixty-seven landed late.");
    EXPECT_EQ(say("Net flows were -$187.4 million on Monday."), "Net flows were minus one hundred eighty-seven point four million dollars on Monday.");
    EXPECT_EQ(say("The surgery received 400 calls a day.", "en-GB"), "The surgery received four hundred calls a day.");
    EXPECT_EQ(say("The 911 calls spiked."), "The nine one one calls spiked.");
    EXPECT_EQ(say("Report it on the 311 app or the 511 service."), "Report it on the three one one app or the five one one service.");
    EXPECT_EQ(say("The 411 requests doubled, and 211 people came."), "The four one one requests doubled, and two hundred eleven people came.");
    EXPECT_EQ(say("The hospital's new \xC2\xA3" "12m wing opened.", "en-GB"), "The hospital's new twelve million pound wing opened.");
}

// A ninth blind round of sentences: metres in a sentence about water or an animal's length, cricket
// scores with the wickets first, a hitter's season, "of" between two capitals, a constable, a section
// of an Act cited bare, a site named by its host, an edition's number in Roman numerals, a second
// term's numeral after a hyphen, several days of one month, a span to noon, British postcodes, an
// initialism's possessive and spelled letters with an A.
TEST(NormalizerTest, shouldReadTheFaultsOfANinthBlindRound) {
    EXPECT_EQ(say("The Murray crested at 9.2m on Sunday, residents said.", "en-AU"),
              "The Murray crested at nine point two meters on Sunday, residents said.");
    EXPECT_EQ(say("A 2.4m crocodile was caught near Cairns.", "en-AU"), "A two point four meter crocodile was caught near Cairns.");
    EXPECT_EQ(say("The club raised 2.4m last year.", "en-AU"), "The club raised two point four million last year.");
    EXPECT_EQ(say("India declared at 6-512 on day three of the Test.", "en-IN"),
              "India declared at six for five hundred and twelve on day three of the Test.");
    EXPECT_EQ(say("He finished with 31 HRs and 25 SBs."), "He finished with thirty-one home runs and twenty-five stolen bases.");
    EXPECT_EQ(say("The DoJ and the BoJ disagreed."), "The D.O.J and the B.O.J disagreed.");
    EXPECT_EQ(say("Const. Mia Roy was hurt.", "en-CA"), "Constable Mia Roy was hurt.");
    EXPECT_EQ(say("The Revd Ann Cole led it.", "en-GB"), "The Reverend Ann Cole led it.");
    EXPECT_EQ(say("He was charged under s 18 of the Crimes Act.", "en-AU"), "He was charged under section eighteen of the Crimes Act.");
    EXPECT_EQ(say("Prices rose, Zoopla.co.uk said.", "en-GB"), "Prices rose, zoopla dot co dot U K said.");
    EXPECT_EQ(say("Sapporo hosted the XI Winter Games."), "Sapporo hosted the eleventh Winter Games.");
    EXPECT_EQ(say("The NDA-III cabinet met.", "en-IN"), "The N.D.A-three cabinet met.");
    EXPECT_EQ(say("Bins go out on 2, 16 and 30 May.", "en-GB"), "Bins go out on the second, sixteenth and thirtieth of May.");
    EXPECT_EQ(say("The office is open 9 a.m.-noon."), "The office is open nine A-M to noon.");
    EXPECT_EQ(say("The fire was at Mill Lane, LS6 3BB, on Friday.", "en-GB"), "The fire was at Mill Lane, L S six, three double B, on Friday.");
    EXPECT_EQ(say("The M4 4PM rush hour was slow.", "en-GB"), "The M four, four P-M rush hour was slow.");
    EXPECT_EQ(say("The UCSF's study and the NBA's owners."), "The U.C.S F's study and the N.B.A's owners.");
    EXPECT_EQ(say("Book at parks.ca now.", "en-CA"), "Book at parks dot C.A. now.");
}

// A tenth round: Canada's provinces by their postal letters after a city, time zones spelled after a time.
TEST(NormalizerTest, shouldReadProvinceLettersAfterACityAndZonesAfterATime) {
    EXPECT_EQ(say("She grew up in Sudbury, ON, and Victoria, BC.", "en-CA"), "She grew up in Sudbury, Ontario, and Victoria, British Columbia.");
    EXPECT_EQ(say("Kickoff is at 8 p.m. ET."), "Kickoff is at eight P-M Eastern time.");
    EXPECT_EQ(say("Markets open at 9:15 am IST.", "en-IN"), "Markets open at nine fifteen A-M I S T.");
    EXPECT_EQ(say("The Prithvi-V test and a 90 kmph train.", "en-IN"), "The Prithvi-five test and a ninety kilometer per hour train.");
    EXPECT_EQ(say("Send it to PIN code 560001.", "en-IN"), "Send it to PIN code five six zero zero zero one.");
}

// What a sixteenth blind round of sentences found: the rand before a magnitude or a rate, inches glued
// to their number, a name's initials that look like a unit, a founding year, a letter's sharp, a side's
// wickets for its runs, a postcode after the town that ends an address.
TEST(NormalizerTest, shouldSayWhatASixteenthBlindRoundFound) {
    EXPECT_EQ(say("Eskom needs R254 billion."), "Eskom needs two hundred fifty-four billion rand.");
    EXPECT_EQ(say("Fares start at R15 per kilometre."), "Fares start at fifteen rand per kilometre.");
    EXPECT_EQ(say("Take the R254 north."), "Take the R two fifty-four north.");
    EXPECT_EQ(say("Another 2in of rain fell."), "Another two inches of rain fell.");
    EXPECT_EQ(say("The office is at 12 MG Road."), "The office is at twelve MG Road.");
    EXPECT_EQ(say("He took 500 MG of it."), "He took five hundred milligrams of it.");
    EXPECT_EQ(say("The firm (est. 1887) closed."), "The firm, established eighteen eighty-seven, closed.");
    EXPECT_EQ(say("There were est. 2000 people."), "There were estimated two thousand people.");
    EXPECT_EQ(say("It teaches C# in C# minor."), "It teaches C sharp in C sharp minor.");
    EXPECT_EQ(say("Australia were 3/210 at lunch."), "Australia were three for two hundred ten at lunch.");
    EXPECT_EQ(say("They were 1/100 of the class."), "They were one one hundredth of the class.");
    EXPECT_EQ(say("Write to PO Box 1234, Wellington 6140."), "Write to P O Box twelve thirty-four, Wellington six one four zero.");
    EXPECT_EQ(say("She moved to Kent Road, London in 2019."), "She moved to Kent Road, London in twenty nineteen.");
}

// Spanish, Portuguese and Italian: a unit or the euro after a number in words (eSpeak NG spells "km" and
// says "euro" after any number), a result's hyphen "a" (Portuguese eSpeak NG says "menos").
TEST(NormalizerTest, shouldSayUnitsAfterNumbersAndResultsInRomanceLanguages) {
    EXPECT_EQ(say("La entrada cuesta 20 \xE2\x82\xAC y 3,50 \xE2\x82\xAC.", "es"), "La entrada cuesta 20 euros y 3 euros con 50.");
    EXPECT_EQ(say("Hay 300 km de atascos en la AP-7 a 30 km/h.", "es"), "Hay 300 kil\xC3\xB3metros de atascos en la AP-7 a 30 kil\xC3\xB3metros por hora.");
    EXPECT_EQ(say("El Madrid gan\xC3\xB3 2-1 en la temporada 2024-25.", "es"), "El Madrid gan\xC3\xB3 2 a 1 en la temporada 2024-25.");
    EXPECT_EQ(say("Llame al 91-555-1234.", "es"), "Llame al 9 1, 5 5 5, 1 2 3 4.");  // a number to call, no result
    EXPECT_EQ(say("O Benfica venceu por 2-1 e pesa 5 kg.", "pt"), "O Benfica venceu por 2 a 1 e pesa 5 quilos.");
    EXPECT_EQ(say("Costa 1,85 \xE2\x82\xAC/litro, a 300 km.", "it"), "Costa 1,85 euro al litro, a 300 chilometri.");
}

// What a seventeenth blind round of sentences found: "bn" apart before any word, a quarter letter after
// a street with its dot, three figures joined by hyphens, two capitals' plural before a comma or with its
// possessive, a date with hyphens and its year, a race's distance; degrees, rates, hours and minutes in
// French, Spanish and Italian.
TEST(NormalizerTest, shouldSayWhatASeventeenthBlindRoundFound) {
    EXPECT_EQ(say("A galaxy 13.4 bn light-years away."), "A galaxy thirteen point four billion light-years away.");
    EXPECT_EQ(say("The clinic is at 221 King St. W. in Toronto."), "The clinic is at two twenty-one King Street West in Toronto.");
    EXPECT_EQ(say("The 1-2-3 finish was their first."), "The one-two-three finish was their first.");
    EXPECT_EQ(say("They played 4-4-2."), "They played four-four-two.");
    EXPECT_EQ(say("Ministers, MPs, peers will attend."), "Ministers, M P's, peers will attend.");
    EXPECT_EQ(say("He said the MPs' vote was binding."), "He said the M P's vote was binding.");
    EXPECT_EQ(say("The MPs voted."), "The MPs voted.");
    EXPECT_EQ(say("It bars ministries, departments and agencies, MDAs, from tendering."),
              "It bars ministries, departments and agencies, M.D.A's, from tendering.");
    EXPECT_EQ(say("Roadside bombs, IEDs, killed them."), "Roadside bombs, I.E.D's, killed them.");
    EXPECT_EQ(say("Most MDAs spend less, it said."), "Most MDAs spend less, it said.");
    EXPECT_EQ(say("They met on 14-03-2025.", "en-GB"), "They met on the fourteenth of March twenty twenty-five.");
    EXPECT_EQ(say("The score was 1-2."), "The score was one to two.");
    EXPECT_EQ(say("The race is run over 1m 4f at Epsom."), "The race is run over one mile four furlongs at Epsom.");
    EXPECT_EQ(say("Il fera jusqu'\xC3\xA0 38 \xC2\xB0" "C \xC3\xA0 Marseille.", "fr"), "Il fera jusqu'\xC3\xA0 38 degr\xC3\xA9s \xC3\xA0 Marseille.");
    EXPECT_EQ(say("Hace 42 \xC2\xBA" "C y el alquiler subi\xC3\xB3 a 1.100 \xE2\x82\xAC/mes; la N-340 estuvo cortada 3 h.", "es"),
              "Hace 42 grados y el alquiler subi\xC3\xB3 a 1.100 euros al mes; la N-340 estuvo cortada 3 horas.");
    EXPECT_EQ(say("Il treno \xC3\xA8 in ritardo di 20 min.", "it"), "Il treno \xC3\xA8 in ritardo di 20 minuti.");
}

// What an eighteenth blind round of sentences found: a bearing from a place, megabits and moles per
// unit, a county of Ireland, an opus, a weekday after a time, a result's full time, a jet's variant,
// billions before the words they count, dollars with the country after the sign, thousands set apart by
// spaces; degrees below zero, dates in figures and ordinals in Spanish, French, Italian and Portuguese.
TEST(NormalizerTest, shouldSayWhatAnEighteenthBlindRoundFound) {
    EXPECT_EQ(say("It was 290 km ENE of Darwin."), "It was two hundred ninety kilometers east-northeast of Darwin.");
    EXPECT_EQ(say("Speeds reach 245 Mbit/s."), "Speeds reach two hundred forty-five megabits per second.");
    EXPECT_EQ(say("It fell to 48 mmol/mol."), "It fell to forty-eight millimoles per mole.");
    EXPECT_EQ(say("He was born in Co Cork."), "He was born in County Cork.");
    EXPECT_EQ(say("They played Op. 125 last."), "They played opus one hundred twenty-five last.");
    EXPECT_EQ(say("The ferry sails at 6am Thu."), "The ferry sails at six A-M Thursday.");
    EXPECT_EQ(say("FT: Real Madrid 3-2 Barcelona"), "Full time: Real Madrid three, Barcelona two");
    EXPECT_EQ(say("The 737-8 landed."), "The seven thirty-seven eight landed.");
    EXPECT_EQ(say("It ordered a 787-10 and two Boeing 737-10 jets."), "It ordered a seven eighty-seven ten and two Boeing seven thirty-seven ten jets.");
    EXPECT_EQ(say("Sales rose 727-10 in the vote."), "Sales rose seven hundred twenty-seven to ten in the vote.");
    EXPECT_EQ(say("It has 1.5B monthly active users."), "It has one point five billion monthly active users.");
    EXPECT_EQ(say("Gate 3B is closed."), "Gate three B is closed.");
    EXPECT_EQ(say("A deal worth $A12.3m."), "A deal worth twelve point three million Australian dollars.");
    EXPECT_EQ(say("It costs R150 000 a year."), "It costs one hundred fifty thousand rand a year.");
    EXPECT_EQ(say("Take the R350 road."), "Take the R three fifty road.");
    EXPECT_EQ(say("Baj\xC3\xB3 a -5 \xC2\xB0" "C el 15/03/2025.", "es"), "Baj\xC3\xB3 a menos 5 grados el 15 de marzo de 2025.");
    EXPECT_EQ(say("Il fait \xE2\x88\x92" "8 \xC2\xB0" "C le 01/03.", "fr"), "Il fait moins 8 degr\xC3\xA9s le 1er mars.");
    EXPECT_EQ(say("Fa -4 \xC2\xB0" "C il 01/05/2025, il treno delle 8.45.", "it"), "Fa meno 4 gradi il primo maggio 2025, il treno delle 8 e 45.");
    EXPECT_EQ(say("Faz -2 \xC2\xB0" "C em 15/03/2025; o 1.\xC2\xBA classificado.", "pt"),
              "Faz menos 2 graus em 15 de mar\xC3\xA7o de 2025; o 1\xC2\xBA classificado.");
    EXPECT_EQ(say("El 1/3 de la gente.", "es"), "El 1/3 de la gente.");
}

// What a nineteenth blind round of sentences found: an organisation and hours written short, hours in
// the plural with its possessive, international units per day, a Boeing's variant with its letters,
// "born" before a whole date; articles, weekdays and a central bank in the Romance lexicons, and
// German "n. V.", "Pkt." and "gem.".
TEST(NormalizerTest, shouldSayWhatANineteenthBlindRoundFound) {
    EXPECT_EQ(say("The World Health Org. said so after hrs."), "The World Health Organization said so after hours.");
    EXPECT_EQ(say("It took 150 hrs' work."), "It took one hundred fifty hours' work.");
    EXPECT_EQ(say("Take 2,000 IU/day."), "Take two thousand international units per day.");
    EXPECT_EQ(say("The 777-300ER flew."), "The seven seventy-seven three hundred E R flew.");
    EXPECT_EQ(say("Smith (b. 25 Dec 1957) spoke."), "Smith, born the twenty-fifth of December, nineteen fifty-seven, spoke.");
    EXPECT_EQ(say("It runs to 300 pp. in total."), "It runs to three hundred pages in total.");
}

// An encyclopedia's infobox, found on the corpus: coordinates in degrees, minutes and seconds with their
// hemispheres, apart or glued, and densities per square unit after a number or a word.
TEST(NormalizerTest, shouldReadCoordinatesAndDensities) {
    EXPECT_EQ(say("at 41\xC2\xB0" "17\xE2\x80\xB2S 174\xC2\xB0" "27\xE2\x80\xB2" "E, near"),
              "at forty-one degrees seventeen minutes south one hundred seventy-four degrees twenty-seven minutes east, near");
    EXPECT_EQ(say("at 42\xC2\xB0S 174\xC2\xB0" "E in"), "at forty-two degrees south one hundred seventy-four degrees east in");
    EXPECT_EQ(say("at 12\xC2\xB0" "34'56\"N, 51.5\xC2\xB0 N, 0.12\xC2\xB0 W on the map"),
              "at twelve degrees thirty-four minutes fifty-six seconds north, fifty-one point five degrees north, zero point one two "
              "degrees west on the map");
    EXPECT_EQ(say("a 45\xC2\xB0 S Africa turn"), "a forty-five degrees S Africa turn");
    EXPECT_EQ(say("Density is 18.2/km2, or 47.1/sq mi; 300 people/km\xC2\xB2."),
              "Density is eighteen point two per square kilometer, or forty-seven point one per square mile; three hundred people "
              "per square kilometer.");
    EXPECT_EQ(say("Date format dd/mm/yyyy"), "Date format dd or mm or yyyy");
}

// What a twentieth blind round of sentences found: a rate of exchange, percentage points in a decimal,
// "circa" before an era, the night between two days, zones after noon or of four letters, gas in billions
// of cubic meters, football and Gaelic results, a bookmaker's odds, boxing rounds and cricket overs, states
// written short beside a preposition or another state, scientific notation with superscripts, counts of
// products in millions, ZIP codes before their name, army units, retired ranks, "Mx"; Spanish centuries and
// "primer", Portuguese "séc.", Italian "n.", French rents per month.
TEST(NormalizerTest, shouldSayWhatATwentiethBlindRoundFound) {
    EXPECT_EQ(say("It fell to N1,450/$1 on Friday."), "It fell to one thousand four hundred fifty naira to the dollar on Friday.");
    EXPECT_EQ(say("It adds 1.25pp to contributions."), "It adds one point two five percentage points to contributions.");
    EXPECT_EQ(say("It was built c. AD 122."), "It was built circa A-D one hundred twenty-two.");
    EXPECT_EQ(say("on the night of 23/24 June"), "on the night of the twenty-third to the twenty-fourth of June");
    EXPECT_EQ(say("due at noon AEST, or 10am AEDT"), "due at noon Australian Eastern Standard Time, or ten A-M Australian Eastern Daylight Time");
    EXPECT_EQ(say("It carried 55 bcm of gas."), "It carried fifty-five billion cubic meters of gas.");
    EXPECT_EQ(say("Collingwood 12.10 (82) d Carlton 11.9 (75)."),
              "Collingwood twelve ten, eighty-two defeated Carlton eleven nine, seventy-five.");
    EXPECT_EQ(say("Kerry 1-15 Dublin 0-17 was the score."), "Kerry one-fifteen, Dublin zero-seventeen was the score.");
    EXPECT_EQ(say("They were 5000-1 outsiders, he a 6/4 fav. at Ascot; a 50-50 chance."),
              "They were five thousand to one outsiders, he a six to four favourite at Ascot; a fifty-fifty chance.");
    EXPECT_EQ(say("He won in Rd 7; they were 145-3 after 31.2 ov."),
              "He won in round seven; they were one hundred forty-five for three after thirty-one point two overs.");
    EXPECT_EQ(say("She led in Pa. and in Wis.; Newsom of Calif. signed; B.C. and Ont. will pay."),
              "She led in Pennsylvania and in Wisconsin; Newsom of California signed; British Columbia and Ontario will pay.");
    EXPECT_EQ(say("It moved from Mass. to Pa."), "It moved from Massachusetts to Pennsylvania.");
    EXPECT_EQ(say("He went to Mass. on Sunday; the Isle of Man. In 300 B.C. it fell."),
              "He went to Mass. on Sunday; the Isle of Man. In three hundred B C it fell.");
    EXPECT_EQ(say("It reaches 1.5 \xC3\x97 10\xE2\x81\xB7 K; G is 6.67 \xC3\x97 10\xE2\x81\xBB\xC2\xB9\xC2\xB9."),
              "It reaches one point five times ten to the power of seven K; G is six point six seven times ten to the power of minus eleven.");
    EXPECT_EQ(say("Sony sold 50m PS5s and 2m GPUs."), "Sony sold fifty million P S fives and two million GPUs.");
    EXPECT_EQ(say("The 90210 zip code"), "The nine zero two one zero zip code");
    EXPECT_EQ(say("the 1st Bn, 3rd Marines; Brig (retd) Ahmed; Mx Lim"),
              "the first Battalion, third Marines; Brigadier, retired, Ahmed; Mix Lim");
    EXPECT_EQ(say("del s. XIX, los ss. XV-XVI, el 1.er y el 3er puesto", "es"),
              "del siglo XIX, los siglos XV-XVI, el primer y el tercer puesto");
    EXPECT_EQ(say("do s\xC3\xA9" "c. XVI", "pt"), "do s\xC3\xA9" "culo XVI");
    EXPECT_EQ(say("il decreto n. 5 del sec. XIX", "it"), "il decreto numero 5 del secolo XIX");
    EXPECT_EQ(say("la squadra ha 58 pt, loro 1 pt", "it"), "la squadra ha 58 punti, loro un punto");
    EXPECT_EQ(say("un loyer de 1 200 \xE2\x82\xAC/mois", "fr"), "un loyer de 1 200 euros par mois");
    EXPECT_EQ(say("a las 17.30 h, son las 9.15; cuesta 17.30 euros", "es"), "a las 17 y 30, son las 9 y 15; cuesta 17.30 euros");
    // (And some of the nineteenth round's: a federal circuit, people counted in millions, a quake's "mag.".)
    EXPECT_EQ(say("The 9th Cir. ruled; 38.4M Americans; it measured mag. 6.1 offshore."),
              "The ninth Circuit ruled; thirty-eight point four million Americans; it measured magnitude six point one offshore.");
}

// What a twenty-first blind round of sentences found: bits, not bytes, in a small "b"; currencies by their
// country's letters, with an amount or alone; titles of the church; a match's times and an athlete's
// records; heights above sea level; compass points before a region and after a highway; centuries, Bible
// references and ranges "between" two times; doses per a measure; short forms in five more languages.
TEST(NormalizerTest, shouldSayWhatATwentyFirstBlindRoundFound) {
    EXPECT_EQ(say("38 Mb/s, 40Gb/s and a 500 mb file"), "thirty-eight megabits per second, forty gigabits per second and a five hundred megabyte file");
    EXPECT_EQ(say("a J$156 fare; the A$ fell"), "a one hundred fifty-six Jamaican dollar fare; the Australian dollar fell");
    EXPECT_EQ(say("Msgr. Kelly at Ss. Peter and Paul; the Rt Rev. Jane Smith"),
              "Monsignor Kelly at Saints Peter and Paul; the Right Reverend Jane Smith");
    EXPECT_EQ(say("level at HT, won 3-2 (AET)"), "level at half-time, won three to two, after extra time");
    EXPECT_EQ(say("She set a new WR in the final."), "She set a new world record in the final.");
    EXPECT_EQ(say("at 1,500 m ASL and 400 ft AGL"), "at one thousand five hundred meters above sea level and four hundred feet above ground level");
    EXPECT_EQ(say("storms in SE Queensland; take I-95 N to exit 4; 1200 SE Main St."),
              "storms in south-east Queensland; take I ninety-five north to exit four; twelve hundred Southeast Main Street.");
    EXPECT_EQ(say("a 19th c. chapel in N. Ireland"), "a nineteenth century chapel in Northern Ireland");
    EXPECT_EQ(say("Matthew 5:3\xE2\x80\x93" "12 and John 3:16 at 10:30 am"), "Matthew five, verses three to twelve and John three, verse sixteen at ten thirty A-M");
    EXPECT_EQ(say("open between 5-7pm"), "open between five and seven P-M");
    EXPECT_EQ(say("Rovers won on pens after a 0-0 draw; she was backed at 5/1 by punters."),
              "Rovers won on penalties after a zero to zero draw; she was backed at five to one by punters.");
    EXPECT_EQ(say("The bill passed at 5/1 in the house."), "The bill passed at five slash one in the house.");
    EXPECT_EQ(say("Pilgrims Walk To St. Brendan's Well; closed Dec. 22 - Jan. 2"),
              "Pilgrims Walk To Saint Brendan's Well; closed December twenty-second to January second");
    EXPECT_EQ(say("500mg/5mL of it; Lt Col (Dr) Amina Yusuf"), "five hundred milligrams per five milliliters of it; Lieutenant Colonel, Dr, Amina Yusuf");
    // (With the lexicons the project ships.)
    const auto shipped = [](const std::string& text, const std::string& language) {
        const Lexicon lexicon = loadLexicons(readcast::testing::kVoicesDir, language, {});
        return Normalizer(language, &lexicon).normalize(text);
    };
    EXPECT_EQ(shipped("Die Abt. arbeitet tgl. im Nov. gg\xC3\xBC. dem Vj. mehr, der DAX stieg.", "de"),
              "Die Abteilung arbeitet t\xC3\xA4glich im November gegen\xC3\xBC" "ber dem Vorjahr mehr, der Dax stieg.");
    EXPECT_EQ(shipped("el 3.\xC2\xBA izda. y 45 ptos. al a\xC3\xB1o", "es"), "el tercero izquierda y 45 puntos al a\xC3\xB1o");
    EXPECT_EQ(shipped("The D\xC3\xA1il met.", "en"), "The Doyle met.");
}

// Ages, odds, places in a count, shares of a whole, sections in a range, a law report's year, units with
// a slash and streets named together.
TEST(NormalizerTest, shouldReadAgesOddsCountsSharesSectionRangesAndLawReportYears) {
    EXPECT_EQ(say("a 35-y/o man, a 21-y.o. woman and a 40 y.o. driver"),
              "a thirty-five-year-old man, a twenty-one-year-old woman and a forty-year-old driver");
    EXPECT_EQ(say("a 1-in-83 chance"), "a one-in-eighty-three chance");
    EXPECT_EQ(say("on lap 44/57, a 55/45 split and a 50/50 call"), "on lap forty-four of fifty-seven, a fifty-five forty-five split and a fifty-fifty call");
    EXPECT_EQ(say("the price was 3/4 of that"), "the price was three quarters of that");
    EXPECT_EQ(say("Under \xC2\xA7\xC2\xA7 2\xE2\x80\x93" "4 of the Act"), "Under sections two to four of the Act");
    EXPECT_EQ(say("R v Brown [1994] 1 AC 212"), "R versus Brown, nineteen ninety-four, one AC two twelve");
    EXPECT_EQ(say("output of 2.2 mb/d"), "output of two point two million barrels a day");
    EXPECT_EQ(say("at 1st and 2nd Aves. on Monday"), "at first and second Avenues on Monday");
}

TEST(NormalizerTest, shouldReadAYearThatLabelsATablesFigure) {
    EXPECT_EQ(say("Action, votes 2,318, 2021 share: 14.2%"), "Action, votes two thousand three hundred eighteen, twenty twenty-one share: fourteen point two percent");
}

// Addresses said with each language's words for their signs, a French law's article and a race's time,
// a Brazilian telephone number and degrees with a decimal comma.
TEST(NormalizerTest, shouldReadAddressesArticlesTimesAndTelephonesInOtherLanguages) {
    const auto shipped = [](const std::string& text, const std::string& language) { return say(text, language); };  // (no lexicons)
    EXPECT_EQ(shipped("\xC3\xA9" "crivez \xC3\xA0 contact@lemonde.fr.", "fr"), "\xC3\xA9" "crivez \xC3\xA0 contact arobase lemonde point fr.");
    EXPECT_EQ(shipped("escriba a info@rtve.es hoy", "es"), "escriba a info arroba rtve punto es hoy");
    EXPECT_EQ(shipped("scrivete a redazione@ansa.it oggi", "it"), "scrivete a redazione chiocciola ansa punto it oggi");
    EXPECT_EQ(shipped("Schreiben Sie an redaktion@zeitung.de heute", "de"), "Schreiben Sie an redaktion at zeitung Punkt de heute");
    EXPECT_EQ(shipped("l'article 49.3 de la Constitution", "fr"), "l'article 49 3 de la Constitution");
    EXPECT_EQ(shipped("\xC3\xA0 1 min 12 s du vainqueur", "fr"), "\xC3\xA0 1 minute 12 secondes du vainqueur");
    EXPECT_EQ(shipped("Ligue para (11) 3456-7890 hoje", "pt"), "Ligue para (11) 3 4 5 6, 7 8 9 0 hoje");
    EXPECT_EQ(shipped("Entre 1998-2002 subiu", "pt"), "Entre 1998 e 2002 subiu");
    EXPECT_EQ(shipped("chegou a 42,1 \xC2\xB0" "C em Cuiab\xC3\xA1", "pt"), "chegou a 42,1 graus em Cuiab\xC3\xA1");
}

// Swedish: the decimal comma, the clock, millions of kronor and an address.
TEST(NormalizerTest, shouldReadSwedishDecimalsClockAndKronor) {
    EXPECT_EQ(say("Priset steg med 1,5 miljoner, 3 mkr, kl. 14.30 i Malm\xC3\xB6. Mejla tips@sydsvenskan.se idag.", "sv"),
              "Priset steg med 1 komma 5 miljoner, 3 miljoner kronor, klockan 14 30 i Malm\xC3\xB6. Mejla tips snabel-a sydsvenskan punkt se idag.");
    // The minus sign said in Swedish (the voice says "\xE2\x88\x92" in English), a span before a unit the
    // lexicon spells out, units, and capitals the voice would make a word of.
    EXPECT_EQ(sayShipped("Det blev \xE2\x88\x92" "41,2 grader och \xE2\x88\x92" "40 i g\xC3\xA5r; 10\xE2\x80\x93" "20 cm sn\xC3\xB6 och 22 m/s, enligt SMHI och NATO.", "sv"),
              "Det blev minus 41 komma 2 grader och minus 40 i g\xC3\xA5r; 10 till 20 centimeter sn\xC3\xB6 och 22 meter per sekund, enligt S M H I och NATO.");
    EXPECT_EQ(sayShipped("Det falt 10\xE2\x80\x93" "20 cm sn\xC3\xB8 ved \xE2\x88\x92" "4.", "nb"), "Det falt 10 til 20 centimeter sn\xC3\xB8 ved minus 4.");
}

// Indonesian: a date in figures, the clock and rupiah; English: a magnitude with a fraction, a rule of court.
TEST(NormalizerTest, shouldReadIndonesianDatesClockRupiahAndMoreMagnitudes) {
    EXPECT_EQ(say("Pada Senin (5/5/2025) pukul 05.00 WIB, tarif Rp 3.500 dan Rp3,5 triliun berlaku.", "id"),
              "Pada Senin (5 Mei 2025) pukul 5 WIB, tarif 3.500 rupiah dan 3,5 triliun rupiah berlaku.");
    EXPECT_EQ(say("Bus berangkat 10.30 WIB dari 1/3 rute.", "id"), "Bus berangkat pukul 10 30 WIB dari 1/3 rute.");
    EXPECT_EQ(say("DKI Alokasikan Rp 4,2 Triliun", "id"), "DKI Alokasikan 4,2 triliun rupiah");
    // A span of figures or of a scale's numerals, a day and month after the weekday, the short forms of
    // titles and laws, capitals the voice would make a word of (the shipped lexicon); not a score or an
    // account's groups, nor an initial ("H.") or letters that name no coordinate.
    EXPECT_EQ(sayShipped("Gempa V MMI dan III\xE2\x80\x93IV MMI terasa pada Senin (3/3); tumbuh 4,8-5,0 persen, kata Dr. Hendra dari BPS "
                         "dan APBN, sesuai UU No. 62, dll. Telepon 021-5678 atau ASEAN; kalah 1-2, rekening 123-456-789, George H. W. Bush.", "id"),
              "Gempa 5 MMI dan 3 hingga 4 MMI terasa pada Senin (3 Maret); tumbuh 4,8 hingga 5,0 persen, kata Doktor Hendra dari BPS "
              "dan A P B N, sesuai Undang-Undang Nomor 62, dan lain-lain. Telepon 0 2 1, 5 6 7 8 atau ASEAN; kalah 1-2, rekening 123-456-789, "
              "George H. W. Bush.");
    EXPECT_EQ(say("a peak audience of 9.4M on BBC One; 400M WAU"), "a peak audience of nine point four million on BBC One; four hundred million WAU");
    EXPECT_EQ(say("Under r. 44.3 of the CPR"), "Under rule forty-four point three of the CPR");
}

// A figure's plural and a month written short without its dot.
TEST(NormalizerTest, shouldReadFiguresInThePluralAndShortMonthsWithoutADot) {
    EXPECT_EQ(say("He hit 12 4s and 3 6s; the 2s10s curve; in the 80s"), "He hit twelve fours and three sixes; the twos tens curve; in the eighties");
    EXPECT_EQ(say("In Oct, the plan began; by mid-Sept it was over. Jan said no."),
              "In October, the plan began; by mid-September it was over. Jan said no.");
}

// Hebrew: every figure in words (eSpeak NG's Hebrew voice says none), a prefix joined to them, the clock
// and the percent sign; Korean: the decimal point and the percent sign.
TEST(NormalizerTest, shouldSayHebrewFiguresInWordsAndKoreanDecimals) {
    EXPECT_EQ(say("\xD7\x91\xD7\x92\xD7\x99\xD7\x9C 87 \xD7\x91-3 \xD7\x91\xD7\x90\xD7\xA4\xD7\xA8\xD7\x99\xD7\x9C, 12.5%", "he"),
              "\xD7\x91\xD7\x92\xD7\x99\xD7\x9C \xD7\xA9\xD7\x9E\xD7\x95\xD7\xA0\xD7\x99\xD7\x9D \xD7\x95\xD7\xA9\xD7\x91\xD7\xA2 "
              "\xD7\x91\xD7\xA9\xD7\x9C\xD7\x95\xD7\xA9\xD7\x94 \xD7\x91\xD7\x90\xD7\xA4\xD7\xA8\xD7\x99\xD7\x9C, "
              "\xD7\xA9\xD7\xAA\xD7\x99\xD7\x9D \xD7\xA2\xD7\xA9\xD7\xA8\xD7\x94 \xD7\xA0\xD7\xA7\xD7\x95\xD7\x93\xD7\x94 \xD7\x97\xD7\x9E\xD7\xA9 "
              "\xD7\x90\xD7\x97\xD7\x95\xD7\x96");
    EXPECT_EQ(say("\xEC\xBD\x94\xEC\x8A\xA4\xED\x94\xBC 0.12% \xEC\x83\x81\xEC\x8A\xB9", "ko"),
              "\xEC\xBD\x94\xEC\x8A\xA4\xED\x94\xBC 0 \xEC\xA0\x90 1 2 \xED\x8D\xBC\xEC\x84\xBC\xED\x8A\xB8 \xEC\x83\x81\xEC\x8A\xB9");
}

// Dutch units and magnitudes after a figure; Swedish dotted clock times and their range.
TEST(NormalizerTest, shouldReadDutchUnitsAndSwedishClockRanges) {
    EXPECT_EQ(say("Het is 20 km lang en kost 3 mln euro, 50 km/u.", "nl"), "Het is 20 kilometer lang en kost 3 miljoen euro, 50 kilometer per uur.");
    EXPECT_EQ(say("\xC3\x96ppet 06.30\xE2\x80\x93" "18.30 och kl. 9.15.", "sv"), "\xC3\x96ppet 6 30 till 18 30 och klockan 9 15.");
}

// What the rules above must leave alone: a market's "s'est", a decimal with a point in Swedish, a man named
// Jan, a phone named "5s", a time "in 3s", a right-hand "(r.)"; Hebrew dates and stacked prefixes; Korean
// dotted dates and percentage points.
TEST(NormalizerTest, shouldLeaveLookalikesAloneAndReadDatesInHebrewAndKorean) {
    EXPECT_EQ(say("le CAC 40 s'est repli\xC3\xA9 de 0,8 %", "fr"), "le CAC 40 s'est repli\xC3\xA9 de 0,8 %");
    EXPECT_EQ(say("r\xC3\xA4ntan s\xC3\xA4nktes till 2.25 procent", "sv"), "r\xC3\xA4ntan s\xC3\xA4nktes till 2.25 procent");
    EXPECT_EQ(say("The painting was sold by Jan, his brother, in Oct, before the sale."),
              "The painting was sold by Jan, his brother, in October, before the sale.");
    EXPECT_EQ(say("Apple's iPhone 5s did 0-60 mph in 3s"), "Apple's iPhone five s did zero to sixty miles per hour in three s");
    EXPECT_EQ(say("Jane Doe (l.) and John Roe (r.)"), "Jane Doe, l. and John Roe, r.");
    EXPECT_EQ(say("\xD7\x91\xD7\x9B-60% \xD7\x91-12.3.2024", "he"),
              "\xD7\x91\xD7\x9B\xD7\xA9\xD7\x99\xD7\xA9\xD7\x99\xD7\x9D \xD7\x90\xD7\x97\xD7\x95\xD7\x96 "
              "\xD7\x91\xD7\xA9\xD7\xAA\xD7\x99\xD7\x9D \xD7\xA2\xD7\xA9\xD7\xA8\xD7\x94 \xD7\xA9\xD7\x9C\xD7\x95\xD7\xA9 "
              "\xD7\x90\xD7\x9C\xD7\xA4\xD7\x99\xD7\x99\xD7\x9D \xD7\xA2\xD7\xA9\xD7\xA8\xD7\x99\xD7\x9D \xD7\x95\xD7\x90\xD7\xA8\xD7\x91\xD7\xA2");
    // Native numbers before the counters that take them, the months said as words, a range, a unit's sign; the
    // Sino-Korean ones stay for eSpeak NG ("3개월", "5개국").
    EXPECT_EQ(say("\xEC\x9E\x90\xEB\x85\x80 2\xEB\xAA\x85\xEA\xB3\xBC \xEB\xB0\xA9 3\xEA\xB0\x9C, \xEC\x98\xA4\xED\x9B\x84 3\xEC\x8B\x9C, 34\xEC\x82\xB4, 10\xEC\x9B\x94, 5~6\xEA\xB0\x9C, 84\xE3\x8E\xA1, 3\xEA\xB0\x9C\xEC\x9B\x94, 5\xEA\xB0\x9C\xEA\xB5\xAD, 3~4%", "ko"),
              "\xEC\x9E\x90\xEB\x85\x80 \xEB\x91\x90 \xEB\xAA\x85\xEA\xB3\xBC \xEB\xB0\xA9 \xEC\x84\xB8 \xEA\xB0\x9C, \xEC\x98\xA4\xED\x9B\x84 \xEC\x84\xB8 \xEC\x8B\x9C, \xEC\x84\x9C\xEB\xA5\xB8\xEB\x84\xA4 \xEC\x82\xB4, \xEC\x8B\x9C\xEC\x9B\x94, \xEB\x8B\xA4\xEC\x84\xAF\xEC\x97\x90\xEC\x84\x9C \xEC\x97\xAC\xEC\x84\xAF \xEA\xB0\x9C, 84\xEC\xA0\x9C\xEA\xB3\xB1\xEB\xAF\xB8\xED\x84\xB0, 3\xEA\xB0\x9C\xEC\x9B\x94, 5\xEA\xB0\x9C\xEA\xB5\xAD, 3\xEC\x97\x90\xEC\x84\x9C 4 \xED\x8D\xBC\xEC\x84\xBC\xED\x8A\xB8");
    EXPECT_EQ(say("13\xEC\x8B\x9C\xEB\xB6\x80\xED\x84\xB0, 24\xEC\x8B\x9C \xED\x8E\xB8\xEC\x9D\x98\xEC\xA0\x90, 1~2\xEC\x8B\x9C\xEA\xB0\x84, 21~22\xEC\x82\xB4", "ko"), "13\xEC\x8B\x9C\xEB\xB6\x80\xED\x84\xB0, 24\xEC\x8B\x9C \xED\x8E\xB8\xEC\x9D\x98\xEC\xA0\x90, \xED\x95\x98\xEB\x82\x98\xEC\x97\x90\xEC\x84\x9C \xEB\x91\x90 \xEC\x8B\x9C\xEA\xB0\x84, \xEC\x8A\xA4\xEB\xAC\xBC\xED\x95\x98\xEB\x82\x98\xEC\x97\x90\xEC\x84\x9C \xEC\x8A\xA4\xEB\xAC\xBC\xEB\x91\x90 \xEC\x82\xB4");
    EXPECT_EQ(say("2024.03.12 \xEA\xB8\x88\xEB\xA6\xAC 0.5%p", "ko"),
              "2024\xEB\x85\x84 3\xEC\x9B\x94 12\xEC\x9D\xBC \xEA\xB8\x88\xEB\xA6\xAC 0 \xEC\xA0\x90 5 "
              "\xED\x8D\xBC\xEC\x84\xBC\xED\x8A\xB8\xED\x8F\xAC\xEC\x9D\xB8\xED\x8A\xB8");
}

// Thousands grouped with an apostrophe in Swiss Italian and German are one number; an elision before a
// figure keeps its apostrophe. German keeps a group mark of its own (a bare 1596 is said as a year).
TEST(NormalizerTest, shouldReadSwissThousandsAsOneNumber) {
    EXPECT_EQ(say("La vetta \xC3\xA8 a 2'400 metri e l'1,4% in pi\xC3\xB9.", "it"), "La vetta \xC3\xA8 a 2400 metri e l'uno virgola 4% in pi\xC3\xB9.");
    EXPECT_EQ(say("Der Gipfel liegt auf 2'400 Metern.", "de"), "Der Gipfel liegt auf 2.400 Metern.");
}

// Money and measures as southern African English writes them, with a decimal comma (a group of three
// after the comma stays thousands); shillings, the other dollars and pesewas; torque.
TEST(NormalizerTest, shouldReadDecimalCommasAndRegionalCurrencies) {
    EXPECT_EQ(say("Sales reached US$1,1 billion on 296,4 million kg, at US$3,35 per kg."),
              "Sales reached one point one billion US dollars on two hundred ninety-six point four million kilograms, at three US "
              "dollars and thirty-five cents per kilogram.");
    EXPECT_EQ(say("He sold 1,500 cars."), "He sold one thousand five hundred cars.");
    EXPECT_EQ(say("The fee is Shs250, the park B$25 and a bag GH\xC2\xA2" "3,228.75."),
              "The fee is two hundred fifty shillings, the park twenty-five dollars and a bag three thousand two hundred twenty-eight "
              "cedis and seventy-five pesewas.");
    EXPECT_EQ(say("It makes 230 Nm; the chip is 3 nm."), "It makes two hundred thirty newton meters; the chip is three nanometers.");
    EXPECT_EQ(say("Cde Mhembere and Shri Kumar met."), "Comrade Mhembere and Shree Kumar met.");
}

// A side's runs for wickets where no cricket word is in the sentence: after a collapse or a recovery, or
// in a numbered over; a bowler's spell.
TEST(NormalizerTest, shouldReadRunsForWicketsFromTheInningsItself) {
    EXPECT_EQ(say("Karachi slumped to 38-3 and recovered to 176-6."),
              "Karachi slumped to thirty-eight for three and recovered to one hundred seventy-six for six.");
    EXPECT_EQ(say("They slipped from 139-2 in the 14th over to 151-5."),
              "They slipped from one hundred thirty-nine for two in the fourteenth over to one hundred fifty-one for five.");
    EXPECT_EQ(say("A spell of 4-19 turned it."), "A spell of four for nineteen turned it.");
    EXPECT_EQ(say("The vote moved to 38-3 in the Senate."), "The vote moved to thirty-eight to three in the Senate.");
}

// Measures eSpeak NG spells in the Romance languages and German, and the grammar of their counts.
TEST(NormalizerTest, shouldReadRomanceMeasuresAndSpanishShortOne) {
    EXPECT_EQ(say("Une dose de 1 g, 256 Go, 120 m\xC2\xB2, 1,5 l et 0,5 g/l.", "fr"),
              "Une dose de 1 gramme, 256 gigaoctets, 120 m\xC3\xA8tres carr\xC3\xA9s, 1,5 litre et 0,5 gramme par litre.");
    EXPECT_EQ(say("Perdi\xC3\xB3 4 de sus 31 diputados y 0,5 ml en 21 a\xC3\xB1os.", "es"),
              "Perdi\xC3\xB3 4 de sus treinta y un diputados y 0,5 mililitros en veinti\xC3\xBAn a\xC3\xB1os.");
    EXPECT_EQ(say("Entre 0.028 y 0.061 miligramos.", "es"), "Entre 0.028 y 0.061 miligramos.");
    EXPECT_EQ(say("A dose m\xC3\xA1xima \xC3\xA9 de 20 mg/dia.", "pt"), "A dose m\xC3\xA1xima \xC3\xA9 de 20 miligramas por dia.");
    EXPECT_EQ(say("Es fielen 60 l/m\xC2\xB2.", "de"), "Es fielen 60 Liter pro Quadratmeter.");
}

// A table's unit, a currency's magnitude with no figure, and a map's scale.
TEST(NormalizerTest, shouldReadACurrencysMagnitudeWithoutAFigure) {
    EXPECT_EQ(say("Figures in HK$ million, (\xC2\xA3m) and \xE2\x82\xAC bn."),
              "Figures in millions of Hong Kong dollars, millions of pounds, and billions of euros.");
    EXPECT_EQ(say("He paid $5m."), "He paid five million dollars.");
    EXPECT_EQ(say("A map at 1:50,000 and c.\xC2\xA3" "40m."), "A map at one to fifty thousand and about forty million pounds.");
}

// Times of day as Dutch writes them, and currencies whose signs eSpeak NG spells.
TEST(NormalizerTest, shouldReadDutchClockTimesAndRegionalSigns) {
    EXPECT_EQ(say("Van 19.30 tot 21.00 uur, en om 10.00 uur.", "nl"), "Van 19 uur 30 tot 21 uur, en om 10 uur.");
    EXPECT_EQ(say("De score was 2.10 in de rust.", "nl"), "De score was 2.10 in de rust.");
    EXPECT_EQ(say("El pasaje sube a S/ 3,50 y a US$ 2 millones.", "es"), "El pasaje sube a 3,50 soles y a 2 millones de d\xC3\xB3lares.");
    EXPECT_EQ(say("Passa de Kz 300,00 para Kz 400,00.", "pt"), "Passa de 300 kwanzas para 400 kwanzas.");
    EXPECT_EQ(say("Costa fr. 4500.", "it"), "Costa 4500 franchi.");
    EXPECT_EQ(say("Tickets cost Dh20, a US$ 2.3 million deal."), "Tickets cost twenty dirhams, a two point three million US dollar deal.");
    EXPECT_EQ(say("Una inversi\xC3\xB3n de US$ 5 mil millones.", "es"), "Una inversi\xC3\xB3n de 5 mil millones de d\xC3\xB3lares.");
}

// A count agrees with the feminine noun it counts, in Portuguese, Italian, French and Spanish; a number
// that labels ("artigo 21 da lei") or is a year stays as written.
TEST(NormalizerTest, shouldMakeACountAgreeWithItsFeminineNoun) {
    EXPECT_EQ(say("Foram 2 mortes e 31 feridos, 2 mil casas e 1.340 turmas em 2024.", "pt"),
              "Foram duas mortes e 31 feridos, duas mil casas e mil trezentas e quarenta turmas em 2024.");
    EXPECT_EQ(say("O artigo 21 da lei e 1 dia.", "pt"), "O artigo 21 da lei e 1 dia.");
    EXPECT_EQ(say("Prendere 1 compressa, l'articolo 21 della legge.", "it"), "Prendere una compressa, l'articolo 21 della legge.");
    EXPECT_EQ(say("Il y a 21 heures et 1 an.", "fr"), "Il y a vingt-et-une heures et 1 an.");
    EXPECT_EQ(say("Reuni\xC3\xB3 a 1.500 personas y 8 a\xC3\xB1os y 1 d\xC3\xAD" "a.", "es"),
              "Reuni\xC3\xB3 a mil quinientas personas y 8 a\xC3\xB1os y un d\xC3\xAD" "a.");
}

// Czech, Slovak, Croatian and Hungarian group thousands with a dot or a space, which eSpeak NG reads as a
// decimal point or as two numbers: the groups are joined; a date is said, and a time's dot is not.
TEST(NormalizerTest, shouldJoinThousandsWhereEspeakReadsTheirGroupsApart) {
    EXPECT_EQ(say("Zem\xC5\x99" "elo 5 400 lid\xC3\xAD, stalo to 12.500 korun, dne 1.10.2025 v 10.30.", "cs"),
              "Zem\xC5\x99" "elo 5400 lid\xC3\xAD, stalo to 12500 korun, dne prvn\xC3\xADho \xC5\x99\xC3\xADjna 2025 v 10 30.");
    EXPECT_EQ(say("Ukupno 1.250.000 kuna.", "hr"), "Ukupno 1250000 kuna.");
    EXPECT_EQ(say("In 2025 400 people came.", "en"), "In twenty twenty-five, four hundred people came.");
}

// Left over from the twenty-eighth blind round: a capital "A" that labels, a state before its governor,
// a quarter written short, a price by its measure, a count before a noun the lexicon writes out, a
// period's last day in figures, Colombian streets and Australian quarters named by their month.
TEST(NormalizerTest, shouldSayLabelsQuartersPricesByMeasureAndPeriodEnds) {
    EXPECT_EQ(say("Cat A COE premiums, Grade A students, Grace A. Smith; Trump Signs A Bill. What A day."),
              "Cat eh COE premiums, Grade eh students, Grace eh Smith; Trump Signs A Bill. What A day.");
    EXPECT_EQ(say("Minn. Gov. Tim Walz and Calif. Senate Democrats; went to Mass. on Sunday"),
              "Minnesota Governor Tim Walz and California Senate Democrats; went to Mass. on Sunday");
    EXPECT_EQ(say("o lucro do 2T24 e no 3T; tem 3T de bagagem", "pt-BR"),
              "o lucro do segundo trimestre de 2024 e no terceiro trimestre; tem 3T de bagagem");
    EXPECT_EQ(say("en el 2T de 2024", "es"), "en el segundo trimestre de 2024");
    EXPECT_EQ(say("Au T2 2024, un T2 \u00E0 louer", "fr"), "Au deuxi\u00E8me trimestre 2024, un T2 \u00E0 louer");
    EXPECT_EQ(say("a R$ 6,19/l e R$ 2.500/m\u00EAs", "pt-BR"), "a 6 reais e 19 centavos por litro e 2000 e 500 reais por m\u00EAs");
    EXPECT_EQ(say("a 12 \u20AC/kg y 1.100 \u20AC/mes", "es"), "a 12 euros el kilo y 1.100 euros al mes");
    EXPECT_EQ(say("3 \u20AC/kg, 0,25 \u20AC", "fr"), "3 euros le kilo, 25 centimes");
    EXPECT_EQ(say("a 0,25 \u20AC/kWh", "it"), "a 0,25 euro al chilowattora");
    EXPECT_EQ(say("recorri\u00F3 21 km en 31 min", "es"), "recorri\u00F3 veinti\u00FAn kil\u00F3metros en treinta y un minutos");
    EXPECT_EQ(say("in the week to 14/9, from 1/7 to 30/9; it rose from 1/3 to 1/2", "en-AU"),
              "in the week to the fourteenth of September, from the first of July to the thirtieth of September; it rose from a third to one half");
    EXPECT_EQ(say("the week ending 9/14", "en-US"), "the week ending September fourteenth");
    const auto shipped = [](const std::string& text, const std::string& language) {
        const Lexicon lexicon = loadLexicons(readcast::testing::kVoicesDir, language, {});
        return Normalizer(language, &lexicon).normalize(text);
    };
    EXPECT_EQ(shipped("anot\u00F3 41 pts. en la Cra. 7 con Cl. 72", "es"), "anot\u00F3 cuarenta y un puntos en la carrera 7 con calle 72");
    EXPECT_EQ(shipped("in the Mar qtr and the Dec quarter", "en"), "in the March quarter and the December quarter");
}

// What a twenty-ninth blind round found: the currencies of small countries and their letters by the
// story's country, a minus sign in a language without rules, shares after an article, a road's post,
// Friday written short, and "in" after a magnitude.
TEST(NormalizerTest, shouldSayWhatATwentyNinthBlindRoundFound) {
    EXPECT_EQ(say("fares of T$12 and BD$4.6 million; N$ 58", "en"), "fares of twelve pa'anga and four point six million Bermuda dollars; fifty-eight Namibian dollars");
    EXPECT_EQ(say("hasta \u20A1140; Bs. 1.250 millones", "es-CR"), "hasta 140 colones; 1.250 millones de bol\u00EDvares");
    EXPECT_EQ(say("custa 2.150$00 e 128$50", "pt"), "custa 2.150 escudos e 128 escudos e 50 centavos");
    EXPECT_EQ(say("tot Cg 1.000, Afl 118 miljoen en SRD 420", "nl"), "tot 1.000 gulden, 118 miljoen florin en 420 Surinaamse dollar");
    EXPECT_EQ(say("von N$ 58 auf N$ 740", "de"), "von 58 Namibia-Dollar auf 740 Namibia-Dollar");
    const auto inCountry = [](const std::string& text, const std::string& country) {
        return Normalizer("en", nullptr, StoryCues{country}).normalize(text);
    };
    EXPECT_EQ(inCountry("fares rise to D75 from D50", "GM"), "fares rise to seventy-five dalasi from fifty dalasi");
    EXPECT_EQ(inCountry("a taxi costs M14", "LS"), "a taxi costs fourteen maloti");
    EXPECT_EQ(inCountry("sugar at E3,450 a tonne", "SZ"), "sugar at three thousand four hundred fifty emalangeni a tonne");
    EXPECT_EQ(say("Les 3/4 des \u00E9lus, 1/3 du budget, jusqu'au 30/9, 2 800 m", "fr"),
              "Les 3 quarts des \u00E9lus, 1/3 du budget, jusqu'au 30 septembre, 2 800 m\u00E8tres");
    EXPECT_EQ(say("I 2/3 dei voti al km 145, 1,5 g/l", "it"), "I 2 terzi dei voti al chilometro 145, 1,5 grammi per litro");
    EXPECT_EQ(say("a 150 mph con 0,6 mg/l", "es"), "a 150 millas por hora con 0,6 miligramos por litro");
    EXPECT_EQ(say("am Fr. 9 Uhr, f\u00FCr Fr. 150", "de"), "am Freitag 9 Uhr, f\u00FCr 150 Franken");
    EXPECT_EQ(say("He sold 2M in shares; The Que. government", "en"), "He sold two million in shares; The Quebec government");
    const auto shipped = [](const std::string& text, const std::string& language) {
        const Lexicon lexicon = loadLexicons(readcast::testing::kVoicesDir, language, {});
        return Normalizer(language, &lexicon).normalize(text);
    };
    EXPECT_EQ(shipped("ca. 70 cm, 4,2 mill. kr, tlf. 79 02 43 00", "nb"), "cirka 70 centimeter, 4,2 millioner kroner, telefon 79, 0 2, 43, 0 0");
    EXPECT_EQ(shipped("di Kel. Sempaja, Jl. Pemuda", "id"), "di Kelurahan Sempaja, Jalan Pemuda");
    EXPECT_EQ(shipped("Fez 45 pts.", "pt"), "Fez 45 pontos.");
}

// The half of the day after a time in Spanish, as Latin American copy writes it: "8:00 a. m.", "12:00
// m." (noon), "7:30 p.m.": "de la mañana", "del mediodía", "de la tarde", "de la noche".
TEST(NormalizerTest, shouldSayTheHalfOfTheDayInSpanish) {
    EXPECT_EQ(say("de 8:00 a. m. a 12:00 m., de 4:00 p. m. a 8:00 p. m.", "es-VE"),
              "de 8 de la ma\u00F1ana a 12 del mediod\u00EDa, de 4 de la tarde a 8 de la noche.");
    EXPECT_EQ(say("Lleg\u00F3 a las 7:30 p.m. Luego", "es-MX"), "Lleg\u00F3 a las 7 y 30 de la tarde. Luego");
    EXPECT_EQ(say("desde el 1.\u00B0 de julio", "es"), "desde el primero de julio");
}

// A German place named for a saint, "St. Vith", is "Sankt" (pieces after a figure stay as written); the
// shipped lexicons' short forms of the twenty-ninth round.
TEST(NormalizerTest, shouldSaySanktAndTheShortFormsOfATwentyNinthRound) {
    EXPECT_EQ(say("In St. Vith, 5 St. \u00C4pfel", "de"), "In Sankt Vith, 5 St. \u00C4pfel");
    // (An English or a French saint keeps its "Saint".)
    EXPECT_EQ(say("nach St. Louis, St. Kitts und St. Mary's", "de"), "nach Saint Louis, Saint Kitts und Saint Mary's");
    const auto shipped = [](const std::string& text, const std::string& language) {
        const Lexicon lexicon = loadLexicons(readcast::testing::kVoicesDir, language, {});
        return Normalizer(language, &lexicon).normalize(text);
    };
    EXPECT_EQ(shipped("sind v. a. die Kosten, sagte Mag. G\u00FCnther, 5,8 l/100 km", "de"),
              "sind vor allem die Kosten, sagte Magister G\u00FCnther, 5,8 Liter auf 100 Kilometer");
    EXPECT_EQ(shipped("tar 3 tim. och g\u00E4ller fr.o.m. 1 maj", "sv"), "tar 3 timmar och g\u00E4ller fr\u00E5n och med f\u00F6rsta maj");
    EXPECT_EQ(shipped("werkt m.i.v. 1 oktober", "nl"), "werkt met ingang van 1 oktober");
}

// An amount before the subject of a clause is no adjective ("the $92 million we must spend"); a number
// written whole or in two short groups where the sentence asks to call it is said digit by digit.
TEST(NormalizerTest, shouldSayAmountsBeforeAClauseAndNumbersToCall) {
    EXPECT_EQ(say("the $92 million we must spend, a $5 fee"), "the ninety-two million dollars we must spend, a five dollar fee");
    EXPECT_EQ(say("Call the office at 2383222. Enquiries phone 23-855. Pages 23-855. It has 2383222 rows."),
              "Call the office at two three eight three two two two. Enquiries phone two three, eight five five. Pages twenty-three to "
              "eight hundred fifty-five. It has two million three hundred eighty-three thousand two hundred twenty-two rows.");
}

// What a reviewer found the new rules would misread, said as written: a match's second half, a Swiss
// price after "ab", a title-case headline's article, an amount before an all-cash deal, quantities near
// the word "called", a span of days in Italian.
TEST(NormalizerTest, shouldLeaveWhatLooksLikeTheNewFormsAlone) {
    EXPECT_EQ(say("O Flamengo virou o jogo no 2T", "pt-BR"), "O Flamengo virou o jogo no 2T");
    EXPECT_EQ(say("o lucro do 2T subiu", "pt-BR"), "o lucro do segundo trimestre subiu");
    EXPECT_EQ(say("Un T2 2024 \u00E0 louer", "fr"), "Un T2 2024 \u00E0 louer");
    EXPECT_EQ(say("Tickets ab Fr. 25.\u2013, der Eintritt kostet Fr. 15. Kinder", "de-CH"),
              "Tickets ab 25 Franken, der Eintritt kostet 15 Franken. Kinder");
    EXPECT_EQ(say("Startup Raises A $50 Million Round. Police Say A man was arrested."),
              "Startup Raises A fifty million dollar Round. Police Say A man was arrested.");
    EXPECT_EQ(say("a $2 billion all-cash deal"), "a two billion dollar all-cash deal");
    EXPECT_EQ(say("Activists called for 1000000 signatures; the tally on Friday was 220-207."),
              "Activists called for one million signatures; the tally on Friday was two hundred twenty to two hundred seven.");
    EXPECT_EQ(say("Per i 3/4 giorni", "it"), "Per i 3/4 giorni");
}

// A Swiss price in Italian with its decimal point ("CHF 8.60") and a Spanish royal decree by its number.
TEST(NormalizerTest, shouldReadSwissPricesInItalianAndSpanishDecrees) {
    EXPECT_EQ(say("costa CHF 8.60 e CHF 1.500", "it-CH"), "costa 8 franchi svizzeri e 60 centesimi e 1.500 franchi svizzeri");
    EXPECT_EQ(say("el RD 1055/2024; viaj\u00F3 a RD", "es"), "el real decreto 1055/2024; viaj\u00F3 a R D");
}

// An act cited by its number and year is said "de" (Portuguese) or "del" (Italian) its year, whether
// its name, its acronym or its expanded short form stands before it; without an act the figures are a
// month. A contaminant's "ppt" and "ppb" are its parts, plural before a noun too.
TEST(NormalizerTest, shouldSayActsByTheirYearAndPartsPerTrillion) {
    EXPECT_EQ(say("A Lei 14.133/2021 e a PEC 45/2019; em 10/2024 houve queda", "pt-BR"),
              "A Lei 14.133 de 2021 e a PEC 45 de 2019; em outubro de 2024 houve queda");
    EXPECT_EQ(sayShipped("O Decreto-Lei n.\u00BA 10/2024 saiu", "pt"), "O Decreto-Lei n\u00FAmero 10 de 2024 saiu");
    EXPECT_EQ(sayShipped("la legge 104/1992 e il d.lgs. 36/2023; il 3/2019 no", "it"),
              "la legge 104 del 1992 e il decreto legislativo 36 del 2023; il 3/2019 no");
    EXPECT_EQ(sayShipped("Il d.l. numero 73/2021 e il D.P.R. 445/2000", "it"),
              "Il decreto legge numero 73 del 2021 e il decreto del Presidente della Repubblica 445 del 2000");
    EXPECT_EQ(say("Levels reached 70 ppt, above the 4 ppt limit; arsenic at 1 ppb."),
              "Levels reached seventy parts per trillion, above the four parts per trillion limit; arsenic at one part per billion.");
    EXPECT_EQ(say("Labour's lead rose 3 ppt."), "Labour's lead rose three percentage points.");
}

// A time in a race as Romance sports pages write it: hours, minutes after an apostrophe, seconds after a
// double quote, hundredths after them; a lone "12\"" only after a word for a gap and outside a quotation
// (nor a screen's inches after "da").
TEST(NormalizerTest, shouldSayRaceTimesInRomanceLanguages) {
    EXPECT_EQ(say("chiuso in 1h28'15\", staccato di 12\" su Rossi, a 1'05\"34. \"Vinto di 12\" disse. Un TV di 55\".", "it"),
              "chiuso in un'ora, 28 minuti e 15 secondi, staccato di 12 secondi su Rossi, a un minuto, 5 secondi e 34 centesimi. \"Vinto di "
              "12\" disse. Un T V di 55\".");
    EXPECT_EQ(say("Vinse in 9\"58.", "it"), "Vinse in 9 secondi e 58 centesimi.");
    // (Nor a quotation closed by a curly quote after a figure.)
    EXPECT_EQ(say("Ha detto: \u201CSiamo arrivati in 3\u201D. Poi.", "it"), "Ha detto: \u201CSiamo arrivati in 3\u201D. Poi.");
    EXPECT_EQ(say("en 4h12'30\", Y \u00E0 21'41\".", "fr"),
              "en quatre heures, douze minutes et trente secondes, Y \u00E0 vingt-et-une minutes et quarante-et-une secondes.");
    EXPECT_EQ(say("a 21'31\" de G\u00F3mez", "es"), "a veinti\u00FAn minutos y treinta y un segundos de G\u00F3mez");
    EXPECT_EQ(say("Venceu em 4h12'30\".", "pt"), "Venceu em 4 horas, 12 minutos e 30 segundos.");
    // (German writes added time after the minute's ordinal.)
    EXPECT_EQ(say("traf in der 90.+3 Minute, dann die 45.+2.", "de"), "traf in der neunzigsten plus 3 Minute, dann die f\u00FCnfundvierzigste plus 2.");
}

// A fraction set as one character is said in the article's language, after its whole number with the
// language's "and", agreeing with a feminine noun after it.
TEST(NormalizerTest, shouldSayVulgarFractionsInRomanceLanguages) {
    EXPECT_EQ(say("Un 4 \u00BD \u00E0 louer, \u00BE des votes", "fr"), "Un 4 et demi \u00E0 louer, trois quarts des votes");
    EXPECT_EQ(say("Tard\u00F3 2\u00BD horas y gan\u00F3 \u00BD punto", "es"), "Tard\u00F3 2 horas y media y gan\u00F3 medio punto");
    EXPECT_EQ(say("Levou 2\u00BD horas, 1 \u2153 x\u00EDcara", "pt"), "Levou duas horas e meia, uma x\u00EDcara e um ter\u00E7o");
    EXPECT_EQ(say("i \u00BE dei voti", "it"), "i tre quarti dei voti");
}

// A telephone number in the languages without a rule of their own: from its trunk "0" or after a word
// asking to call, group by group (French: each group as a number); a date, a time, a thousand's groups
// and a range stay figures.
TEST(NormalizerTest, shouldSayTelephoneNumbersGroupByGroup) {
    EXPECT_EQ(say("bellen met 525-1111; het kost 800-1200 euro", "nl"), "bellen met 5 2 5, 1 1 1 1; het kost 800-1200 euro");
    EXPECT_EQ(say("le 034 11 300 00 ou le 01.23.45.67.89", "fr"), "le z\xC3\xA9ro 34, 11, 300, z\xC3\xA9ro z\xC3\xA9ro ou le z\xC3\xA9ro 1, 23, 45, 67, 89");
    EXPECT_EQ(say("Llame al (0981) 123 456; hay 12 500 casos", "es"), "Llame al 0 9 8 1, 1 2 3, 4 5 6; hay 12 500 casos");
    EXPECT_EQ(say("p\u00E5 telefon 79 02 43 00", "nb"), "p\u00E5 telefon 79, 0 2, 43, 0 0");
    EXPECT_EQ(say("il 05/06/2024 alle 08:47, nel 2010-2015", "it"), "il 5 giugno 2024 alle 8 e 47, nel 2010-2015");
}

// A harbour dredged "by 1.2m to 6.5m below chart datum" is measured in metres, not millions.
TEST(NormalizerTest, shouldMeasureAHarboursDepthInMetres) {
    EXPECT_EQ(say("The berth will be deepened by 1.2m to 6.5m below chart datum."),
              "The berth will be deepened by one point two meters to six point five meters below chart datum.");
    EXPECT_EQ(say("The club paid 1.2m for him."), "The club paid one point two million for him.");
}

// A country's currency letter before cents and before one figure after a word for an amount; "K9" alone
// stays a police dog.
TEST(NormalizerTest, shouldSayACountrysCurrencyLetterWithCentsAndSmallAmounts) {
    const auto inCountry = [](const std::string& text, const std::string& country) { return Normalizer("en", nullptr, StoryCues{country}).normalize(text); };
    EXPECT_EQ(inCountry("up by E1.30 to E24.65; fares rise by E2", "SZ"),
              "up by one lilangeni and thirty cents to twenty-four emalangeni and sixty-five cents; fares rise by two emalangeni");
    EXPECT_EQ(inCountry("closed at K31.50; the K9 unit came", "ZM"), "closed at thirty-one kwacha and fifty ngwee; the K nine unit came");
}

// Swedish, Danish and Norwegian: the clock after the lexicon's "kl." (on the hour, its hour alone), units
// of energy and area after a figure, a Danish or Norwegian minus before degrees.
TEST(NormalizerTest, shouldSayScandinavianClocksAndUnits) {
    EXPECT_EQ(sayShipped("kl. 10.15 och kl. 13.00, 8 MW", "sv"), "klockan 10 15 och klockan 13, 8 megawatt");
    EXPECT_EQ(sayShipped("kl. 6.30, 80 m\u00B2, -5 grader", "da"), "klokken 6 30, 80 kvadratmeter, minus 5 grader");
    EXPECT_EQ(sayShipped("kl. 20.10, 20 MWh", "nb"), "klokka 20 10, 20 megawattimer");
    EXPECT_EQ(say("2.25 procent", "sv"), "2.25 procent");
}

// A price per tonne, litre or person, megalitres, crore and passengers after a figure, a listing's
// "bdrm." and "apt.", a "17-y-o"; "Pax Romana" stays a name.
TEST(NormalizerTest, shouldSayPricesPerTonneLitreAndPerson) {
    EXPECT_EQ(say("Wheat was $225/t and petrol $1.86/\u2113; dams hold 879,000 M\u2113."),
              "Wheat was two hundred twenty-five dollars a tonne and petrol one dollar and eighty-six cents a liter; dams hold eight "
              "hundred seventy-nine thousand megalitres.");
    EXPECT_EQ(say("Rooms from $79 pp for 1,800 pax; the Pax Romana."),
              "Rooms from seventy-nine dollars per person for one thousand eight hundred passengers; the Pax Romana.");
}

// German weekdays written short after a word that gives a day, with no date after them ("am So.", "bis
// Di. früh"), and a date's ordinal before a month the lexicon says ("am Fr., 20. Dez.") or right after a
// short day ("Am Sa. 3. Mai"); "so." ending a sentence and "ab Fr. 25" stay.
TEST(NormalizerTest, shouldSayGermanShortWeekdaysAndTheirDates) {
    EXPECT_EQ(sayShipped("Die Partie am So. beginnt bis Di. fr\u00FCh. Das ist so.", "de"),
              "Die Partie am Sonntag beginnt bis Dienstag fr\u00FCh. Das ist so.");
    EXPECT_EQ(sayShipped("am Fr., 20. Dez., und Am Sa. 3. Mai", "de"), "am Freitag, dem zwanzigsten Dezember, und Am Samstag dritten Mai");
}

// Spanish counts with thousands: "veintiún mil" before a masculine noun (after "21.000" and "21 mil"),
// "quinientas mil" before a feminine one; a day before a month the lexicon said takes its "de"; Tuesday
// written short only before its day ("el mar." is the sea).
TEST(NormalizerTest, shouldSaySpanishThousandsWithTheirNounsAndShortDays) {
    EXPECT_EQ(say("Hay 21.000 afiliados, 21 mil votos y 500 mil personas.", "es"),
              "Hay veinti\u00FAn mil afiliados, veinti\u00FAn mil votos y quinientas mil personas.");
    EXPECT_EQ(sayShipped("Desde el lun. hasta el mar. 3 de junio y el s\u00E1b. 14 dic.; en el mar. 20 personas.", "es"),
              "Desde el lunes hasta el martes 3 de junio y el s\u00E1bado 14 de diciembre; en el mar. 20 personas.");
    EXPECT_EQ(sayShipped("Le lun. 2 sept. et le sam. 14 d\u00E9c.; dans la mer. Avec Sam.", "fr"),
              "Le lundi 2 septembre et le samedi 14 d\u00E9cembre; dans la mer. Avec Sam.");
}

// Italian: an ordinal with its ending glued on before its noun, a law written "L.", the eras, a woman
// senator, a date after its weekday; French units of energy, power and area, and Madagascar's ariary.
TEST(NormalizerTest, shouldSayItalianGluedOrdinalsAndFrenchEnergyUnits) {
    EXPECT_EQ(sayShipped("in 2a classe, nel 79 d.C., la L. 206/2023, La Sen. Segre, luned\u00EC 4/11, la 3a B", "it"),
              "in seconda classe, nel 79 dopo Cristo, la legge 206 del 2023, la senatrice Segre, luned\u00EC 4 novembre, la 3a B");
    EXPECT_EQ(say("4,3 TWh et 85 MW sur 67 ha, 35 000 Ar", "fr"),
              "4,3 t\u00E9rawattheures et 85 m\u00E9gawatts sur 67 hectares, 35 000 ariary");
}

// In Australian English a state after its town is Australia's; the language's region names the country
// when the story does not ("rose by P500" in Philippine English is pesos; "Route P11" is no money).
TEST(NormalizerTest, shouldSayAustralianStatesAndTheRegionsCurrencyLetter) {
    EXPECT_EQ(say("from Perth, WA, to Port Augusta, SA.", "en-AU"), "from Perth, Western Australia, to Port Augusta, South Australia.");
    EXPECT_EQ(say("from Perth, WA, to Seattle.", "en-US"), "from Perth, Washington, to Seattle.");
    EXPECT_EQ(say("Fares rose by P500 a month.", "en-PH"), "Fares rose by five hundred pesos a month.");
    EXPECT_EQ(say("Take Route P11 north.", "en-PH"), "Take Route P eleven north.");
}

// Shots made of shots taken: "9/10 from the line" is "nine of ten", not nine tenths.
TEST(NormalizerTest, shouldSayShotsMadeOfShotsTaken) {
    EXPECT_EQ(say("He went 9/10 from the line and 4/7 from three."), "He went nine of ten from the line and four of seven from three.");
    EXPECT_EQ(say("It fell 9/10 of the way."), "It fell nine tenths of the way.");
}

// Italian elides a feminine one before a vowel ("un'ora"), and counts the feminine nouns in "-e", "-i"
// and the clipped "-o" ones ("una rete", "un'auto"); French writes the article small before a lettered
// model ("L'A380" is "el apostrophe" to eSpeak NG, "l'F" is English "elf") and reads a duration's days.
TEST(NormalizerTest, shouldElideBeforeVowelsAndLetteredModels) {
    EXPECT_EQ(say("Ci vuole 1 ora, 1 auto e 1 rete; dura 1\u00BD ore; ha 1 figlio e 1 figlia.", "it"),
              "Ci vuole un'ora, un'auto e una rete; dura un'ora e mezzo; ha un figlio e una figlia.");
    EXPECT_EQ(say("l'A380 et l\u2019F-35, d'M6; D'A \u00E0 Z; L'ONU; 64 j 19 h, mais 3 j de repos.", "fr"),
              "l'A380 et l\u2019\u00E8f-35, d'\u00E8m6; D'A \u00E0 Z; L'ONU; 64 jours 19 heures, mais 3 j de repos.");
    EXPECT_EQ(say("dont 1 bless\u00E9e, 1 mus\u00E9e, 21 mausol\u00E9es, 1 p\u00E9rin\u00E9e; plus de 1 victime", "fr"),
              "dont une bless\u00E9e, 1 mus\u00E9e, 21 mausol\u00E9es, 1 p\u00E9rin\u00E9e; plus d'une victime");
}

// A time with its seconds is a duration in every language ("2:05:30", "2h21min5s"), and a clock only
// with its word after it ("21:30:00 horas"); without them, "10h15min" is as often the time of day.
TEST(NormalizerTest, shouldReadRaceTimesWithColonsOrUnitLetters) {
    EXPECT_EQ(say("con 2:05:30, a las 2:05; 0:59:12,4; el 21:30:00 horas", "es"),
              "con 2 horas, 5 minutos y 30 segundos, a las 2 y 5; 59 minutos, 12 segundos y 4 d\u00E9cimas; el 21:30:00 horas");
    EXPECT_EQ(say("em 2h21min5s, \u00E0s 10h15min", "pt-BR"), "em duas horas, 21 minutos e 5 segundos, \u00E0s dez horas e 15");
    EXPECT_EQ(say("in 2:05:30", "it"), "in 2 ore, 5 minuti e 30 secondi");
    // (A clock read to the second by its word before or after; a part that is nought is not said.)
    EXPECT_EQ(say("a las 10:43:25 hora local; en 2:07:00; en 2:00:30", "es"),
              "a las 10:43:25 hora local; en 2 horas y 7 minutos; en 2 horas y 30 segundos");
    EXPECT_EQ(say("\u00E0 10:43:25 heure locale", "fr"), "\u00E0 10:43:25 heure locale");
    EXPECT_EQ(say("He won in 2:05:30.4, she in 1:02:03."), "He won in two hours, five minutes and thirty point four seconds, she in one hour, "
                                                            "two minutes and three seconds.");
}

// Norwegian, Danish and Swedish: a date in dotted figures by its month's name, and a unit after "per".
TEST(NormalizerTest, shouldSayNordicDottedDatesAndUnitsPerMeasure) {
    EXPECT_EQ(say("til 31.12.2029, 40 \u00F8re per kWh, kl. 14.30, 1.5.2025", "no"), "til 31. desember 2029, 40 \u00F8re per kilowattime, klokka 14 30, 1. mai 2025");
    EXPECT_EQ(say("2 kr per kWh, 900 kr per m\u00B2", "sv"), "2 kr per kilowattimme, 900 kr per kvadratmeter");
    EXPECT_EQ(say("fra 1.10.2025", "da"), "fra 1. oktober 2025");
    EXPECT_EQ(say("den 3.6.2024", "sv"), "den tredje juni 2024");
    EXPECT_EQ(say("version 1.10.2025.4 og 12.13.2025", "no"), "version 1.10.2025.4 og 12.13.2025");
}

// A note's number glued to what it annotates and a transcript's cue are not said, in any language.
TEST(NormalizerTest, shouldLeaveOutNoteMarksAndTranscriptCues) {
    EXPECT_EQ(say("aguas abajo.[1] Y la presa[2] cedi\u00F3 (risas).", "es"), "aguas abajo. Y la presa cedi\u00F3.");
    EXPECT_EQ(say("It was [inaudible] not good enough, she said [crosstalk].", "en"), "It was not good enough, she said.");
    EXPECT_EQ(say("Les options : (1) attendre, (2) partir.", "fr"), "Les options : (1) attendre, (2) partir.");
    // (With a stop or a time code; a word set as a name is a title's.)
    EXPECT_EQ(say("Thank you. (Applause.) We won [inaudible 00:14:32] today.", "en"), "Thank you. We won today.");
    EXPECT_EQ(say("She won Best Original Score (Music) last year.", "en"), "She won Best Original Score, Music, last year.");
}

// An amount that describes its noun takes the singular unit after more of the words that qualify it
// ("a projected $2.3 million shortfall") and before another adjective after a comma ("a $600,000, 30-year loan").
TEST(NormalizerTest, shouldSayAnAmountBeforeItsNounInTheSingular) {
    EXPECT_EQ(say("It closes a projected $2.3 million shortfall. On a $600,000, 30-year loan, the entity's $1.3 billion, 10-year plan."),
              "It closes a projected two point three million dollar shortfall. On a six hundred thousand dollar, thirty-year loan, the "
              "entity's one point three billion dollar, ten-year plan.");
    EXPECT_EQ(say("He paid a further $5 million, 10 percent more than planned."),
              "He paid a further five million dollars, ten percent more than planned.");
}

// A match report's minutes in Italian ("al 38'", a substitute's "(60' Rossi)", a scorer's "23' pt",
// "90'+3") are ordinals, the time added to each half is minutes; Nordic clocks without their nought
// and in a list; a count of "-ista" nouns is masculine in Portuguese.
TEST(NormalizerTest, shouldSayMatchMinutesClockListsAndCommonGenderCounts) {
    EXPECT_EQ(sayShipped("Al 38' un palo. Rossi (60' Bianchi). Gol: 23' pt Gori, 48' st Neri (rig.). Recupero: 2' pt. Al 90'+3 il rigore, "
                         "con 25' di ritardo.", "it"),
              "Al trentottesimo minuto un palo. Rossi (sessantesimo minuto Bianchi). Gol: ventitreesimo del primo tempo Gori, "
              "quarantottesimo del secondo tempo Neri (su rigore). Recupero: 2 minuti nel primo tempo. Al novantesimo pi\u00F9 3 il "
              "rigore, con 25 minuti di ritardo.");
    EXPECT_EQ(say("klokka 06.30; fra Lote 06.45, 15.30 og 16.30; renten 4.50 og 4.25 prosent", "no"),
              "klokka 6 30; fra Lote 6 45, 15 30 og 16 30; renten 4.50 og 4.25 prosent");
    EXPECT_EQ(say("Dos 42 economistas e 21 pessoas", "pt-BR"), "Dos 42 economistas e vinte e uma pessoas");
}

// Polish says dates, years and a year of life as ordinals in the case the sentence gives them, a
// figure's compound adjective as one word, and złoty in the form the count takes.
TEST(NormalizerTest, shouldSayPolishOrdinalsInTheirCaseAndZlotys) {
    EXPECT_EQ(sayShipped("od 1 stycznia 2027 roku, przed 1 stycznia, od lipca 2022 roku, w 2026 roku, do 20. roku \u017Cycia, w II kwartale",
                         "pl"),
              "od pierwszego stycznia dwa tysi\u0105ce dwudziestego si\u00F3dmego roku, przed pierwszym stycznia, od lipca dwa tysi\u0105ce "
              "dwudziestego drugiego roku, w dwa tysi\u0105ce dwudziestym sz\u00F3stym roku, do dwudziestego roku \u017Cycia, w drugim kwartale");
    EXPECT_EQ(sayShipped("bilet 20-minutowy za 4,60 z\u0142, 1 z\u0142, 12 z\u0142 i 22 z\u0142; w 2000 r. i -5 stopni", "pl"),
              "bilet dwudziestominutowy za 4 z\u0142ote 60 groszy, 1 z\u0142oty, 12 z\u0142otych i 22 z\u0142ote; w dwutysi\u0119cznym roku i minus 5 stopni");
}

// Spanish: "don" and "doña" written short before a given name and a surname; cubic units and flows.
TEST(NormalizerTest, shouldSaySpanishTitlesAndCubicUnits) {
    EXPECT_EQ(say("El alcalde, D. Juli\u00E1n Ortega, dijo. Juan D. P\u00E9rez lleg\u00F3. Con D\u00F1a. Mar\u00EDa L\u00F3pez.", "es"),
              "El alcalde, don Juli\u00E1n Ortega, dijo. Juan D. P\u00E9rez lleg\u00F3. Con do\u00F1a Mar\u00EDa L\u00F3pez.");
    EXPECT_EQ(say("340 m\u00B3/s, 21,4 hm\u00B3 y 1 m\u00B3", "es"),
              "340 metros c\u00FAbicos por segundo, 21,4 hect\u00F3metros c\u00FAbicos y un metro c\u00FAbico");
}

// Portuguese: thousands grouped by spaces are one figure, and "mil e" before a remainder under a
// hundred or of whole hundreds, which eSpeak NG leaves out ("mil duzentos").
TEST(NormalizerTest, shouldSayPortugueseThousandsWithTheirAnd) {
    EXPECT_EQ(say("vendidos 1.200 ingressos, 28 437 casos, 350 000 \u20AC, 2.050 votos, 1.200,50 reais, em 2024", "pt"),
              "vendidos 1000 e 200 ingressos, 28437 casos, 350000 euros, 2000 e 50 votos, 1.200,50 reais, em 2024");
}

// Danish, Norwegian and Swedish: a span of years, a law's paragraph; Dutch: a span of hours to "uur".
TEST(NormalizerTest, shouldSayNordicYearSpansParagraphsAndDutchHourSpans) {
    EXPECT_EQ(say("i 2022-24 og 1914\u20131918, straffeloven \u00A7 387", "da"), "i 2022 til 24 og 1914 til 1918, straffeloven paragraf 387");
    EXPECT_EQ(say("tussen 11.00 en 12 uur, van 9.30 tot 17 uur, 3.50 en 4 euro", "nl"),
              "tussen 11 uur en 12 uur, van 9 uur 30 tot 17 uur, 3.50 en 4 euro");
}

// English: a range of dates each with its weekday, "Mon 7th April – Fri 18th April", is "to".
TEST(NormalizerTest, shouldJoinDatesWithWeekdaysAcrossADash) {
    EXPECT_EQ(say("(Mon 7th April \u2013 Fri 18th April) and in April \u2013 Sunday was wet.", "en-GB"),
              "Monday the seventh of April to Friday the eighteenth of April, and in April, Sunday was wet.");
}

// Italian: an elided article before a figure has it written out ("l'1%" "l'uno", "dell'8 marzo"), and
// before a lettered road small ("L'A1"); a share with no article before its partitive ("cioè 1/3 degli
// iscritti", "cerca de 3/4 dos alunos"); a code cited short ("c.p."); Spanish pesos and centavos.
TEST(NormalizerTest, shouldSayElidedFiguresSharesAndCentavos) {
    EXPECT_EQ(sayShipped("L'A1 \u00E8 chiusa tra l'1 e l'1,5 %, dell'8 marzo, cio\u00E8 1/3 degli iscritti, in 1/4 di finale, art. 299 c.p.p.", "it"),
              "l'A1 \u00E8 chiusa tra l'uno e l'uno virgola 5 %, dell'otto marzo, cio\u00E8 un terzo degli iscritti, in 1/4 di finale, articolo 299 "
              "del codice di procedura penale.");
    EXPECT_EQ(say("Cerca de 3/4 dos alunos e 1/3 da popula\u00E7\u00E3o, em 2 1/2 horas", "pt"),
              "Cerca de 3 quartos dos alunos e um ter\u00E7o da popula\u00E7\u00E3o, em 2 1/2 horas");
    EXPECT_EQ(say("cerr\u00F3 en $17.45 pesos; $9.00 MXN; $3.5 millones", "es-MX"),
              "cerr\u00F3 en 17 pesos con 45 centavos; 9 pesos mexicanos; 3.5 millones de pesos");
}

// Polish ordinals written with a dot before a feminine noun ("w 23. min.", "po 17. kolejce") and a
// league in Roman figures ("I ligi") take the feminine's oblique form.
TEST(NormalizerTest, shouldSayPolishFeminineOrdinals) {
    EXPECT_EQ(say("a w 23. min. ten sam, po 17. kolejce lider I ligi, na 4. etapie, od 5. min. gry", "pl"),
              "a w dwudziestej trzeciej minucie ten sam, po siedemnastej kolejce lider pierwszej ligi, na czwartym etapie, od pi\u0105tej "
              "minuty gry");
}

// German: a dotted time that opens a span ending on its "Uhr" is a time ("zwischen 6.30 und 9 Uhr").
TEST(NormalizerTest, shouldSayAGermanDottedTimeBeforeItsSpansUhr) {
    EXPECT_EQ(say("zwischen 6.30 und 9 Uhr, von 8.00 bis 18 Uhr; der Kurs fiel von 6.30 auf 5 Euro", "de"),
              "zwischen 6 Uhr 30 und 9 Uhr, von 8 Uhr bis 18 Uhr; der Kurs fiel von 6.30 auf 5 Euro");
}

// What a second review of this stop's rules found: the lines and words below keep their reading.
TEST(NormalizerTest, shouldKeepWhatLooksLikeThisStopsNewFormsButIsNot) {
    EXPECT_EQ(say("Il treno (5' di ritardo), poi Rossi (60' Bianchi).", "it"), "Il treno (5 minuti di ritardo), poi Rossi (sessantesimo minuto Bianchi).");
    EXPECT_EQ(say("2 pistas, 1 lista e 22 entrevistas", "pt"), "duas pistas, uma lista e vinte e duas entrevistas");
    EXPECT_EQ(say("NIF 501 234 567; o c\u00F3digo 02050", "pt"), "NIF 501 234 567; o c\u00F3digo zero dois zero cinco zero");
    EXPECT_EQ(say("Fristene er 15.03, 15.06 og 15.09; publisert 2024-05-12; sak 2023-0145; \u00A7\u00A7 12", "no"),
              "Fristene er 15.03, 15.06 og 15.09; publisert 2024-05-12; sak 2023-0145; paragrafene 12");
    EXPECT_EQ(say("wyniki za 2024 r., przed 2020 r. i od 1 stycznia 1500 rodzin", "pl"),
              "wyniki za dwa tysi\u0105ce dwudziesty czwarty rok, przed dwa tysi\u0105ce dwudziestym rokiem i od pierwszego stycznia 1500 rodzin");
    EXPECT_EQ(say("Pr\u00E8s de 1/3 des \u00E9lus, \u00E9limin\u00E9 en 1/4 de finale", "fr"),
              "Pr\u00E8s d'un tiers des \u00E9lus, \u00E9limin\u00E9 en quarts de finale");
    EXPECT_EQ(say("The $5 million, one-third of the budget, went to schools. Officials said that almost $1 billion sits idle."),
              "The five million dollars, one-third of the budget, went to schools. Officials said that almost one billion dollars sits idle.");
}

// Norwegian "eks. mva." is "eksklusive merverdiavgift"; "eks." alone is "eksempel", left to eSpeak NG.
TEST(NormalizerTest, shouldSayNorwegianPricesExcludingVat) {
    EXPECT_EQ(sayShipped("40 \u00F8re per kWh eks. mva. fra 1. oktober, se eks. 3", "no"),
              "40 \u00F8re per kilowattime eksklusive merverdiavgift fra 1. oktober, se eks. 3");
}

// A two-letter direction before a street named by its number, with the street's type after it.
TEST(NormalizerTest, shouldSayADirectionBeforeANumberedStreet) {
    EXPECT_EQ(say("Neighbors along SE 82nd Avenue are split; SE 3rd quarter results."),
              "Neighbors along Southeast eighty-second Avenue are split; SE third quarter results.");
}

// A thirty-third blind round: an Australian postcode after its state as the lexicon writes it, a PIN code,
// cricket's runs, a span "between" two dated days, an amount whose verb ends in -s, Polish day lists and
// grosze, Italian's "un euro" from a unit rule.
TEST(NormalizerTest, shouldSayWhatAThirtyThirdBlindRoundFound) {
    EXPECT_EQ(sayShipped("Residents of Parramatta NSW 2150 were told to leave.", "en"),
              "Residents of Parramatta New South Wales two one five zero were told to leave.");
    EXPECT_EQ(sayShipped("The NSW Government said.", "en"), "The New South Wales Government said.");
    EXPECT_EQ(sayShipped("Sydney, NSW 2000.", "en"), "Sydney, New South Wales two zero zero zero.");
    // (A year after a state's name is no postcode.)
    EXPECT_EQ(say("The New South Wales 2023 election."), "The New South Wales twenty twenty-three election.");
    EXPECT_EQ(say("Queen Victoria 1837 coronation."), "Queen Victoria eighteen thirty-seven coronation.");
    EXPECT_EQ(say("The office is at Sector 5, Pune 411014, Maharashtra."),
              "The office is at Sector five, Pune four one one zero one four, Maharashtra.");
    EXPECT_EQ(say("It is in Mumbai - 400001."), "It is in Mumbai - four zero zero zero zero one.");
    EXPECT_EQ(say("The town of 411014 people."), "The town of four hundred eleven thousand fourteen people.");
    EXPECT_EQ(say("Yorkshire beat Kent by 41 runs after posting 287/6."),
              "Yorkshire beat Kent by forty-one runs after posting two hundred eighty-seven for six.");
    EXPECT_EQ(say("He hit 3 home runs and a 3/4 share."), "He hit three home runs and a three quarters share.");
    EXPECT_EQ(say("It runs Between 3 May - Sat 10 May."), "It runs Between the third of May and Saturday the tenth of May.");
    EXPECT_EQ(say("It ran 3 May - Sat 10 May."), "It ran the third of May to Saturday the tenth of May.");
    EXPECT_EQ(say("It says that $1 billion sits idle."), "It says that one billion dollars sits idle.");
    EXPECT_EQ(say("That $2 billion deal collapsed."), "That two billion dollar deal collapsed.");
    EXPECT_EQ(say("It was a $5 million series."), "It was a five million dollar series.");
    // A word in -s with its object after the amount is the amount's verb, after any determiner.
    EXPECT_EQ(say("The \xC2\xA3" "699 keeps it competitive."), "The six hundred ninety-nine pounds keeps it competitive.");
    EXPECT_EQ(say("Apple's $999 includes a charger."), "Apple's nine hundred ninety-nine dollars includes a charger.");
    EXPECT_EQ(say("The \xC2\xA3" "5 notes are gone."), "The five pound notes are gone.");
    EXPECT_EQ(say("od 1 do 5 maja, 3 i 4 lipca, 1, 2 lub 3 sierpnia", "pl"),
              "od pierwszego do pi\xC4\x85tego maja, trzeciego i czwartego lipca, pierwszego, drugiego lub trzeciego sierpnia");
    EXPECT_EQ(say("w dniach 1-5 maja", "pl"), "w dniach od pierwszego do pi\xC4\x85tego maja");
    EXPECT_EQ(say("Zdoby\xC5\x82 1, a potem 2 bramki.", "pl"), "Zdoby\xC5\x82 1, a potem 2 bramki.");
    EXPECT_EQ(say("Bilet kosztuje 0,50 z\xC5\x82.", "pl"), "Bilet kosztuje 50 groszy.");
    EXPECT_EQ(say("Il prezzo \xC3\xA8 salito a 1,85 \xE2\x82\xAC al litro.", "it"), "Il prezzo \xC3\xA8 salito a un euro e 85 al litro.");
    EXPECT_EQ(say("percorso 1 km in 1 h", "it"), "percorso un chilometro in un'ora");
    EXPECT_EQ(say("l'articolo 1 comma 2", "it"), "l'articolo 1 comma 2");
    EXPECT_EQ(sayShipped("seg\xC3\xBAn el INE", "es"), "seg\xC3\xBAn el ine");
}

// A Danish or Norwegian ruler's number is "den" and its ordinal; a year before 1900 is said by its
// hundreds, as eSpeak NG says only later years.
TEST(NormalizerTest, shouldSayNordicRulersNumbersAndOlderYears) {
    EXPECT_EQ(say("Kong Frederik 10. blev udr\xC3\xA5" "bt p\xC3\xA5 Christian 7.s Pal\xC3\xA6.", "da"),
              "Kong Frederik den tiende blev udr\xC3\xA5" "bt p\xC3\xA5 Christian den syvendes Pal\xC3\xA6.");
    EXPECT_EQ(say("efter sin far, kong Frederik 9.", "da"), "efter sin far, kong Frederik den niende.");
    EXPECT_EQ(say("Christian 4. levede fra 1588 til 1648.", "da"), "Christian den fjerde levede fra 15 hundrede 88 til 16 hundrede 48.");
    EXPECT_EQ(say("Kong Harald 5. \xC3\xA5pnet det i 1814.", "nb"), "Kong Harald den femte \xC3\xA5pnet det i 18 hundre og 14.");
    EXPECT_EQ(say("Slottet brann 1697\xE2\x80\x93" "1705.", "sv"), "Slottet brann 16 hundra 97 till 17 hundra 5.");
    // (Not an amount, a year from 1900 on, a number after a street or a name no ruler bears.)
    EXPECT_EQ(say("Det koster 1588 kroner i 1999.", "da"), "Det koster 1588 kroner i 1999.");
    EXPECT_EQ(say("Han fik 1 588 stemmer.", "da"), "Han fik 1 588 stemmer.");
    EXPECT_EQ(say("Hun bor p\xC3\xA5 Vestergade 10. sal.", "da"), "Hun bor p\xC3\xA5 Vestergade 10. sal.");
}

// Polish: a count's short noun agrees with its figure, a fraction's in the genitive singular; "godz." is
// the hour's feminine ordinal in the case its preposition gives.
TEST(NormalizerTest, shouldSayPolishCountsShortNounsAndHoursInTheirCase) {
    EXPECT_EQ(sayShipped("o 1,2 pkt proc. i 3 pkt proc., 2,5 mln os\xC3\xB3" "b, 22 mln z\xC5\x82, 1,2 tys. i 5 tys.", "pl"),
              "o 1,2 punktu procentowego i 3 punkty procentowe, 2,5 miliona os\xC3\xB3" "b, 22 miliony z\xC5\x82otych, 1,2 tysi\xC4\x85" "ca i 5 tysi\xC4\x99" "cy.");
    EXPECT_EQ(sayShipped("Spotkanie o godz. 21, od godz. 8.30 do godz. 16, przed godz. 22.", "pl"),
              "Spotkanie o godzinie dwudziestej pierwszej, od godziny \xC3\xB3smej 30 do godziny szesnastej, przed godzin\xC4\x85 dwudziest\xC4\x85 drug\xC4\x85.");
    EXPECT_EQ(sayShipped("Godz. 3 to pora.", "pl"), "Godzina trzecia to pora.");
    // (After a word that takes the genitive, the many's form; a short form's own dot goes inside a sentence.)
    EXPECT_EQ(sayShipped("oko\xC5\x82o 782 mln z\xC5\x82, ma 34 pkt. i o 2 pkt. wyprzedza. Ma 3 pkt.", "pl"),
              "oko\xC5\x82o siedmiuset osiemdziesi\xC4\x99" "ciu dw\xC3\xB3" "ch milion\xC3\xB3w z\xC5\x82otych, ma 34 punkty i o 2 punkty wyprzedza. Ma 3 punkty.");
}

TEST(NormalizerTest, shouldSayAPolishYearAfterADayWrittenOut) {
    EXPECT_EQ(say("Opublikowano si\xC3\xB3" "dmego kwietnia 2024.", "pl"),
              "Opublikowano si\xC3\xB3" "dmego kwietnia dwa tysi\xC4\x85" "ce dwudziestego czwartego roku.");
    EXPECT_EQ(say("W 2024 roku 2024 osoby.", "pl"), "W dwa tysi\xC4\x85" "ce dwudziestym czwartym roku 2024 osoby.");
}

// The rest of a thirty-third round's spoken forms, and what its review found the first rules misread.
TEST(NormalizerTest, shouldSayTheThirtyThirdRoundsFormsAndKeepWhatItsReviewFound) {
    EXPECT_EQ(sayShipped("Bis 2030 steigen sie auf 5 Mrd. Fr. bei 1225 Franken und 1480 Einwohnern, inkl. MwSt.", "de"),
              "Bis 2030 steigen sie auf 5 Milliarden Franken bei 1.225 Franken und 1480 Einwohnern, inklusive Mehrwertsteuer.");
    EXPECT_EQ(say("Im Jahr 1480 Einwohner.", "de"), "Im Jahr vierzehnhundertachtzig Einwohner.");
    EXPECT_EQ(say("The 2024 EV sold well; images are 320px wide; a beam of 5 eV."),
              "The twenty twenty-four EV sold well; images are three hundred twenty pixels wide; a beam of five electronvolts.");
    EXPECT_EQ(say("desde el 1\xC2\xB0 de marzo; hace 1\xC2\xB0 de fr\xC3\xADo", "es"), "desde el primero de marzo; hace 1\xC2\xB0 de fr\xC3\xADo");
    EXPECT_EQ(say("Det tager 2-3 minutter og vandt 2-1 over dem.", "da"), "Det tager 2 til 3 minutter og vandt 2-1 over dem.");
    EXPECT_EQ(say("Om 14.30 uur 412 kilometer.", "nl"), "Om 14 uur 30, 412 kilometer.");
    EXPECT_EQ(sayShipped("Subiu 0,25 p.p. e 2 p.p.", "pt"), "Subiu 0,25 ponto percentual e 2 pontos percentuais.");
    EXPECT_EQ(sayShipped("op 9 nov. 2021; 5,1 sek.", "nl"), "op 9 november 2021; 5,1 sek.");
    EXPECT_EQ(sayShipped("Sale q.b.", "it"), "Sale quanto basta.");
    // (The review's misreadings, kept right.)
    EXPECT_EQ(say("She was named Young Australian of the Year Tasmania 2024."),
              "She was named Young Australian of the Year Tasmania twenty twenty-four.");
    EXPECT_EQ(say("Votes polled: Modi - 612970, Rai - 460457."),
              "Votes polled: Modi - six hundred twelve thousand nine hundred seventy, Rai - four hundred sixty thousand four hundred fifty-seven.");
    EXPECT_EQ(say("The Yankees beat the Red Sox 12-5, scoring 6 runs in the third."),
              "The Yankees beat the Red Sox twelve to five, scoring six runs in the third.");
    EXPECT_EQ(say("The minister said $40 million cut by the last government would return."),
              "The minister said forty million dollars cut by the last government would return.");
    EXPECT_EQ(say("Ferries between the islands sail 1 May - Sat 10 May."), "Ferries between the islands sail the first of May to Saturday the tenth of May.");
    EXPECT_EQ(sayShipped("Do Niemiec wyjecha\xC5\x82o 12 tys. Polak\xC3\xB3w.", "pl"), "Do Niemiec wyjecha\xC5\x82o 12 tysi\xC4\x99" "cy Polak\xC3\xB3w.");
    EXPECT_EQ(say("Rachunek z listopada 2048 z\xC5\x82.", "pl"), "Rachunek z listopada 2048 z\xC5\x82otych.");
    EXPECT_EQ(say("R\xC3\xA5" "dhuspladsen 1, 1550 K\xC3\xB8" "benhavn V; 1588 ans\xC3\xB8gere i 1588.", "da"),
              "R\xC3\xA5" "dhuspladsen 1, 1550 K\xC3\xB8" "benhavn V; 1588 ans\xC3\xB8gere i 15 hundrede 88.");
    EXPECT_EQ(say("Hans 2. plads var flot, men Dronning Margrethe 2. abdicerede.", "da"),
              "Hans 2. plads var flot, men Dronning Margrethe den anden abdicerede.");
}

TEST(NormalizerTest, shouldSayALifesSpanAfterAnHonour) {
    EXPECT_EQ(say("Margaret Dunn OBE 1931 \xE2\x80\x93 2024"), "Margaret Dunn OBE nineteen thirty-one to twenty twenty-four");
    // (An earlier year after the dash is no span.)
    EXPECT_EQ(say("from 2018 \xE2\x80\x93 2016 on").find(" to "), std::string::npos);
}

// A thirty-fourth round: a Swedish day is its ordinal, Polish units agree with their figure and a span of
// hours is "w godzinach od … do …", a street named for a date is its ordinal; an Austrian mayor and a
// Philippine village are said in full.
TEST(NormalizerTest, shouldSayWhatAThirtyFourthRoundFound) {
    EXPECT_EQ(say("den 7 april och 24 mars, 7-9 april, avg\xC3\xA5r 8.05.", "sv"),
              "den sjunde april och tjugofj\xC3\xA4rde mars, sjunde till nionde april, avg\xC3\xA5r 8.05.");
    EXPECT_EQ(say("Han fick 7 r\xC3\xB6ster.", "sv"), "Han fick 7 r\xC3\xB6ster.");
    EXPECT_EQ(sayShipped("450 m, 2,5 m, 30 km/h, ul. 3 Maja, w godz. 6\xE2\x80\x93" "20", "pl"),
              "450 metr\xC3\xB3w, 2,5 metra, 30 kilometr\xC3\xB3w na godzin\xC4\x99, ulicy trzeciego Maja, w godzinach od sz\xC3\xB3stej do dwudziestej");
    EXPECT_EQ(sayShipped("Der Bgm. und Ing. Gruber", "de"), "Der B\xC3\xBCrgermeister und Ingenieur Gruber");
    EXPECT_EQ(sayShipped("Brgys. Lahug and Sto. Ni\xC3\xB1o", "en"), "Barangays Lahug and Santo Ni\xC3\xB1o");
}

// What the review of the thirty-fourth round's rules found, kept right.
TEST(NormalizerTest, shouldKeepWhatTheThirtyFourthReviewFound) {
    EXPECT_EQ(say("Grundloven af 1849 blev underskrevet, der var 1588 ans\xC3\xB8gere, 1550 K\xC3\xB8" "benhavn V.", "da"),
              "Grundloven af 18 hundrede 49 blev underskrevet, der var 1588 ans\xC3\xB8gere, 1550 K\xC3\xB8" "benhavn V.");
    EXPECT_EQ(say("czynny w godz. 8:00\xE2\x80\x93" "16:00, do ko\xC5\x84" "ca marca 2025 potrwa", "pl"),
              "czynny w godzinie \xC3\xB3smej\xE2\x80\x93" "16:00, do ko\xC5\x84" "ca marca dwa tysi\xC4\x85" "ce dwudziestego pi\xC4\x85tego roku potrwa");
    EXPECT_EQ(sayShipped("przy ul. D\xC5\x82ugiej 5 m. 12, ma 450 m.", "pl"), "przy ulicy D\xC5\x82ugiej 5 m. 12, ma 450 metr\xC3\xB3w.");
    EXPECT_EQ(say("z numerem 7 Maja Nowak", "pl"), "z numerem 7 Maja Nowak");
    EXPECT_EQ(say("Als 1945 Menschen flohen.", "de"), "Als 1945 Menschen flohen.");
    EXPECT_EQ(say("Address: 12 MG Road, Bengaluru - 560001."), "Address: twelve MG Road, Bengaluru - five six zero zero zero one.");
    EXPECT_EQ(say("Crowd figures: MCG - 100024."), "Crowd figures: MCG - one hundred thousand twenty-four.");
    EXPECT_EQ(say("He moved to Sydney, New South Wales 2000."), "He moved to Sydney, New South Wales two zero zero zero.");
    EXPECT_EQ(say("England 245-6 with Root on 80 runs."), "England two hundred forty-five for six with Root on eighty runs.");
}

// A thirty-fifth blind round: a surname that is a weekday's short form, a chip's model number after its
// tier, a measure joined to its adjective, odds of a round figure, a level set to two places of zeros.
TEST(NormalizerTest, shouldSayWhatAThirtyFifthBlindRoundFound) {
    EXPECT_EQ(say("said Ms Christine Sun, senior vice-president"), "said Miz Christine Sun, senior vice-president");
    EXPECT_EQ(say("Open Mon, Tue, Wed."), "Open Monday, Tuesday, Wednesday.");
    EXPECT_EQ(say("Ms Christine Sun, 34, said so; Venue: Town Hall Sat, 10am"), "Miz Christine Sun, thirty-four, said so; Venue: Town Hall Saturday, ten A-M");
    EXPECT_EQ(say("The NAB, which lends, and the CAC, which fell."), "The NAB, which lends, and the CAC, which fell.");
    EXPECT_EQ(say("an Intel Core Ultra 7 155H chip"), "an Intel Core Ultra seven, one hundred fifty-five H chip");
    EXPECT_EQ(say("a population of 250 000 people"), "a population of two hundred fifty thousand people");
    EXPECT_EQ(say("a 1.1m-high glass wall and a 3km-long queue"), "a one point one meter-high glass wall and a three kilometer-long queue");
    EXPECT_EQ(say("a 1-in-100-year flood, odds of 1-in-83"), "a one-in-a-hundred-year flood, odds of one-in-eighty-three");
    EXPECT_EQ(say("from $7.50 bln to $7.75 bln, a $1.0 billion deal"),
              "from seven point five billion dollars to seven point seven five billion dollars, a one billion dollar deal");
    EXPECT_EQ(say("The Dow rose to 39,908.00, and the rate to 1.0850."),
              "The Dow rose to thirty-nine thousand nine hundred eight, and the rate to one point zero eight five zero.");
}

// A thirty-fifth blind round in other languages: a party's letters after a politician's name, a price by
// its measure after a slash or "por", billions of euros by their code, the 49.3 named alone, Portugal's
// "quilómetros", a Dutch professor.
TEST(NormalizerTest, shouldSayPartiesMeasuresAndShortFormsOfAThirtyFifthRound) {
    EXPECT_EQ(sayShipped("Statsr\xC3\xA5" "d Tina Bru (H) og Terje Aasland (Ap) sier 40 \xC3\xB8re/kWh.", "nb"),
              "Statsr\xC3\xA5" "d Tina Bru (H\xC3\xB8yre) og Terje Aasland (Arbeiderpartiet) sier 40 \xC3\xB8re per kilowattime.");
    // (Not a label, nor one letter where nothing speaks of politics: "Vedlegg (V)", "Lindsey Graham (R)".)
    EXPECT_EQ(sayShipped("Vedlegg (V) viser at Lindsey Graham (R) sa nei.", "nb"), "Vedlegg (V) viser at Lindsey Graham (R) sa nei.");
    EXPECT_EQ(sayShipped("Trener St\xC3\xA5le Solbakken (H) valgte Haaland.", "nb"), "Trener St\xC3\xA5le Solbakken (H) valgte Haaland.");
    EXPECT_EQ(sayShipped("Finanspolitisk talsperson Tina Bru (H) sier nei.", "nb"), "Finanspolitisk talsperson Tina Bru (H\xC3\xB8yre) sier nei.");
    EXPECT_EQ(sayShipped("Den republikanske senator Lindsey Graham (R) stemte imod, sagde partiformand Jensen.", "da"),
              "Den republikanske senator Lindsey Graham (R) stemte imod, sagde partiformand Jensen.");
    EXPECT_EQ(sayShipped("Borgmester Lars Jensen (S) siger 12 km og 4,50 kr. pr. pose og 2,50 kr. pr. kWh.", "da"),
              "Borgmester Lars Jensen (Socialdemokratiet) siger 12 kilometer og 4 kroner og 50 \xC3\xB8re per pose og 2 kroner og 50 \xC3\xB8re per "
              "kilowatttime.");
    // (A bracket after a word in lower case holds no party: "i alt (S)" is as written.)
    EXPECT_EQ(sayShipped("st\xC3\xB8rrelse i alt (S) og (M)", "da"), "st\xC3\xB8rrelse i alt (S) og (M)");
    EXPECT_EQ(sayShipped("Ministern Gunnar Str\xC3\xB6mmer (M) s\xC3\xA4ger", "sv"), "Ministern Gunnar Str\xC3\xB6mmer (Moderaterna) s\xC3\xA4ger");
    EXPECT_EQ(sayShipped("a 7 euros por m\xC2\xB2 y 12,3 euros/m\xC2\xB2 al mes", "es"),
              "a 7 euros por metro cuadrado y 12,3 euros el metro cuadrado al mes");
    EXPECT_EQ(sayShipped("les collectivit\xC3\xA9s 5 Md EUR et utiliser le 49.3, mais pas le 1.500", "fr"),
              "les collectivit\xC3\xA9s 5 milliards d'euros et utiliser le 49 3, mais pas le 1.500");
    EXPECT_EQ(sayShipped("uma extens\xC3\xA3o de 21,4 km", "pt-PT"), "uma extens\xC3\xA3o de 21,4 quil\xC3\xB3metros");
    EXPECT_EQ(sayShipped("invertir\xC3\xA1 1,250 mdp y 30 mdd", "es-MX"), "invertir\xC3\xA1 1250 millones de pesos y 30 millones de d\xC3\xB3lares");
    EXPECT_EQ(sayShipped("uma extens\xC3\xA3o de 21,4 km", "pt-BR"), "uma extens\xC3\xA3o de 21,4 quil\xC3\xB4metros");
    EXPECT_EQ(sayShipped("Hoogleraar prof. dr. Jan Ruigrok", "nl"), "Hoogleraar professor doctor Jan Ruigrok");
    // Six capitals of one vowel are spelled; six of a word are not.
    EXPECT_EQ(sayShipped("o Sindicato (SNPVAC) exigiu", "pt-PT"), "o Sindicato (S N P V \u00E1 C) exigiu");
    EXPECT_EQ(sayShipped("EN DIRECT : la SNCF", "fr").find("D I R"), std::string::npos);
}

// Faults left open by the thirty-sixth round: a baseball story's counts, positions and injured list, a
// temperature in kelvin, a long post office box with its postcode, a Sister, a short code to text, a
// currency's letters made sure by a second amount. And the same shapes where they are something else.
TEST(NormalizerTest, shouldSayBaseballKelvinBoxesSistersAndShortCodes) {
    EXPECT_EQ(say("He was 0-for-4 to that point, then went 2-for-3."), "He was oh-for-four to that point, then went two-for-three.");
    EXPECT_EQ(say("He hit a 3-2 slider over the wall."), "He hit a three-two slider over the wall.");
    EXPECT_EQ(say("The score was 3-2 at the break."), "The score was three to two at the break.");
    EXPECT_EQ(say("Mariners: OF Victor Robles left the game."), "Mariners: outfielder Victor Robles left the game.");
    EXPECT_EQ(say("RHP Justin Vance was recalled."), "Right-hander Justin Vance was recalled.");
    EXPECT_EQ(say("The Twins signed DH Nelson Cruz to a one-year deal."), "The Twins signed designated hitter Nelson Cruz to a one-year deal.");
    EXPECT_EQ(say("OF Juan Soto and INF Anthony Volpe were scratched."), "Outfielder Juan Soto and infielder Anthony Volpe were scratched.");
    EXPECT_EQ(say("He signed the DH Smith contract."), "He signed the DH Smith contract.");
    EXPECT_EQ(say("GOVERNMENT OF Canada and OF THE PEOPLE"), "GOVERNMENT OF Canada and OF THE PEOPLE");
    EXPECT_EQ(say("Verlander went on the 15-day IL with a strain."), "Verlander went on the fifteen-day injured list with a strain.");
    EXPECT_EQ(say("Temperatures between 250 and 400 K were measured; the surface is near 3,500 K."),
              "Temperatures between two hundred fifty and four hundred kelvin were measured; the surface is near three thousand "
              "five hundred kelvin.");
    EXPECT_EQ(say("He earns a 400 K salary."), "He earns a four hundred K salary.");
    EXPECT_EQ(say("Write to P.O. Box 41842-00100, Nairobi."), "Write to P O Box four one eight four two, zero zero one zero zero, Nairobi.");
    EXPECT_EQ(say("Sr. Mary Agnes, a nun, said so to John Smith Sr. and Sr. Vice President Ann Lee."),
              "Sister Mary Agnes, a nun, said so to John Smith Senior and Senior Vice President Ann Lee.");
    EXPECT_EQ(say("Sr. Luis Garc\xC3\xAD" "a, the owner, wrote to Sr. Juan Perez and Sr. Marie-Th\xC3\xA9r\xC3\xA8se."),
              "Se\xC3\xB1or Luis Garc\xC3\xAD" "a, the owner, wrote to Se\xC3\xB1or Juan Perez and Sister Marie-Th\xC3\xA9r\xC3\xA8se.");
    EXPECT_EQ(say("Text WATER to 85700, they said; they sent 500 text messages to 1200 people."),
              "Text WATER to eight five seven zero zero, they said; they sent five hundred text messages to twelve hundred people.");
    EXPECT_EQ(say("Interest payments will consume Sh1 in every Sh3 collected."),
              "Interest payments will consume one shilling in every three shillings collected.");
    EXPECT_EQ(say("The N1 and N2 roads were closed."), "The N one and N two roads were closed.");
}

// German hundredths alone ("0,32 Euro" is "32 Cent"), a price by its unit after the sign, Vienna's
// two-digit area code; a number after a feminine determiner in Portuguese, Spanish and French, its noun
// said or left out.
TEST(NormalizerTest, shouldSayCentsAloneAreaCodesAndCountsAgreeingWithTheirDeterminer) {
    EXPECT_EQ(sayShipped("Sie kostet 0,32 Euro pro kWh, der Preis (0,25 \xE2\x82\xAC/kWh) steigt.", "de"),
              "Sie kostet 32 Cent pro Kilowattstunde, der Preis (0,25 Euro pro Kilowattstunde) steigt.");
    EXPECT_EQ(sayShipped("Es kostet 12,99 \xE2\x82\xAC.", "de"), "Es kostet 12 Euro 99.");
    EXPECT_EQ(sayShipped("Anrufe unter 01/4000-8080 sind gratis, am 01/02 nicht.", "de"),
              "Anrufe unter 0 1, 4 0 0 0 - 8 0 8 0 sind gratis, am 01/02 nicht.");
    EXPECT_EQ(sayShipped("confirma 214 mortes e investiga outras 687.", "pt-BR"),
              "confirma duzentas e catorze mortes e investiga outras seiscentas e oitenta e sete.");
    EXPECT_EQ(sayShipped("das 21 \xC3\xA0s 22 horas, e as 2021 elei\xC3\xA7\xC3\xB5" "es", "pt-BR"),
              "das vinte e uma \xC3\xA0s vinte e duas horas, e as 2021 elei\xC3\xA7\xC3\xB5" "es");
    EXPECT_EQ(sayShipped("Hay 250 personas y otras 687 esperan; los 21 diputados.", "es"),
              "Hay doscientas cincuenta personas y otras seiscientas ochenta y siete esperan; los veinti\xC3\xBA" "n diputados.");
    EXPECT_EQ(sayShipped("toutes 21 sont parties", "fr"), "toutes vingt-et-une sont parties");
}

// Read on the corpus: a rough year after the word a year follows, and a closing quote set between a comma
// and the next word, which stands for their space.
TEST(NormalizerTest, shouldSayRoughYearsAndSpaceWordsAroundAGluedQuote) {
    EXPECT_EQ(say("The deck, which dates from around 1490, was special."), "The deck, which dates from around fourteen ninety, was special.");
    EXPECT_EQ(say("In about 1850 it fell; it weighs about 1500 pounds."),
              "In about eighteen fifty it fell; it weighs about one thousand five hundred pounds.");
    EXPECT_EQ(say("they became enemies,\xE2\x80\x9Dwith Crowley and \xE2\x80\x9C" "friends\xE2\x80\x9D later"),
              "they became enemies, with Crowley and friends later");
}

// A sign after a bracket, which eSpeak NG's European voices drop ("(-8,7 %)" heard as a rise), and a
// minus after a space in Spanish and French; the Portuguese clock written with a colon.
TEST(NormalizerTest, shouldSaySignsEspeakWouldDropAndThePortugueseClock) {
    EXPECT_EQ(sayShipped("Die Auftr\xC3\xA4ge sanken (-8,7 %) im Januar, (+1,2 %) im Februar, bei -5 Grad.", "de"),
              "Die Auftr\xC3\xA4ge sanken (minus 8,7 %) im Januar, (plus 1,2 %) im Februar, bei -5 Grad.");
    EXPECT_EQ(sayShipped("El paro baj\xC3\xB3 (-6.812) y subi\xC3\xB3 (+1.203) a -5 grados, del 10 -12.", "es"),
              "El paro baj\xC3\xB3 (menos 6.812) y subi\xC3\xB3 (m\xC3\xA1s 1.203) a menos 5 grados, del 10 -12.");
    EXPECT_EQ(sayShipped("Le CAC a perdu (-2,1%) sur l'A-7.", "fr"), "Le CAC a perdu (moins 2,1%) sur l'A-7.");
    EXPECT_EQ(sayShipped("A reuni\xC3\xA3o come\xC3\xA7" "a \xC3\xA0s 15:00 e termina \xC3\xA0s 17:30, pelas 21:00 horas.", "pt-PT"),
              "A reuni\xC3\xA3o come\xC3\xA7" "a \xC3\xA0s quinze horas e termina \xC3\xA0s dezassete horas e 30, pelas vinte e uma horas.");
    EXPECT_EQ(sayShipped("O Benfica venceu por 3:1.", "pt-PT"), "O Benfica venceu por 3:1.");
}

// A court's copy: America's justices named before their letters, a case's "v." after "et al.", the
// federal rules and reporters by the lexicon, pages in capitals; and a judge's initial that is a name's.
TEST(NormalizerTest, shouldSayJusticesRulesReportersAndPagesOfACourtsCopy) {
    EXPECT_EQ(say("HALVORSEN, C. J., delivered the opinion of the Court, in which MENENDEZ, J., joined."),
              "Chief Justice Halvorsen delivered the opinion of the Court, in which Justice Menendez joined.");
    EXPECT_EQ(say("ASHWORTH and TILLMAN, JJ., joined as to Part II."), "Justices Ashworth and Tillman joined as to Part two.");
    EXPECT_EQ(say("the court ruled (Fassbender, J., dissenting)"), "the court ruled, Justice Fassbender, dissenting");
    EXPECT_EQ(say("He was the head of the firm, J. Smith said."), "He was the head of the firm, J Smith said.");
    EXPECT_EQ(say("Ruiz et al. v. City of Tucson et al. See Pp. 5-12 of MERIDIAN, INC."),
              "Ruiz et al. versus City of Tucson et al. See Pages five to twelve of MERIDIAN, Incorporated.");
    EXPECT_EQ(sayShipped("under Fed. R. Civ. P. 12, citing 71 F.4th 902 and Slip op. at 31", "en-US"),
              "under Federal Rule of Civil Procedure twelve, citing seventy-one F fourth nine hundred two and Slip opinion at thirty-one");
}

// A Mexican address (its neighbourhood, number and postcode), a woman's title in the feminine after "la"
// or a job in the feminine; Danish short forms, a neuter noun's second, one and a half.
TEST(NormalizerTest, shouldSayMexicanAddressesWomensTitlesAndDanishShortForms) {
    EXPECT_EQ(sayShipped("Av. Federalismo Norte No. 1880, Col. Alcalde Barranquitas, C.P. 44270.", "es-MX"),
              "Avenida Federalismo Norte n\xC3\xBAmero 1880, colonia Alcalde Barranquitas, c\xC3\xB3" "digo postal 44270.");
    EXPECT_EQ(sayShipped("La regidora, Lic. Mariana Toscano, y la Ing. Rosa P\xC3\xA9rez con el Lic. Juan G\xC3\xB3mez.", "es-MX"),
              "La regidora, licenciada Mariana Toscano, y la ingeniera Rosa P\xC3\xA9rez con el licenciado Juan G\xC3\xB3mez.");
    EXPECT_EQ(sayShipped("\xC2\xBFVendr\xC3\xA1? No. Nunca.", "es"), "\xC2\xBFVendr\xC3\xA1? No. Nunca.");
    EXPECT_EQ(sayShipped("i 2. halv\xC3\xA5r, i 1\xC2\xBD \xC3\xA5r, jf. sp\xC3\xB8rgsm\xC3\xA5l nr. 412, evt. senere", "da"),
              "i andet halv\xC3\xA5r, i halvandet \xC3\xA5r, j\xC3\xA6vnf\xC3\xB8r sp\xC3\xB8rgsm\xC3\xA5l nummer 412, eventuelt senere");
}

// Thousands set apart by spaces before a unit, glued or not ("4 890MW"), as South African copy writes them;
// a model's number before one letter stays two numbers.
TEST(NormalizerTest, shouldSaySpacedThousandsBeforeTheirUnit) {
    EXPECT_EQ(sayShipped("we have lost 4 890MW; it stood at 17 340 MW after a 1 250km trip and the 10 000m final", "en-ZA"),
              "we have lost four thousand eight hundred and ninety megawatts; it stood at seventeen thousand three hundred and forty "
              "megawatts after a one thousand two hundred and fifty kilometer trip and the ten thousand meter final");
    EXPECT_EQ(sayShipped("an Intel Core Ultra 7 155H chip", "en-ZA"), "an Intel Core Ultra seven, one hundred and fifty-five H chip");
}

// Dutch millions after the euro's sign written short, with the sentence's dot kept; Europe's emergency
// number after a word that asks to call it; a Nordic telephone number's pairs said as numbers.
TEST(NormalizerTest, shouldSayShortMillionsEmergencyNumbersAndNordicPairs) {
    EXPECT_EQ(sayShipped("Amsterdam trok al \xE2\x82\xAC 1,8 mln uit en \xE2\x82\xAC 2,5 mld.", "nl"),
              "Amsterdam trok al 1,8 miljoen euro uit en 2,5 miljard euro.");
    EXPECT_EQ(sayShipped("Bij een ongeval belt u 112. Er waren 112 doden.", "nl"), "Bij een ongeval belt u 1 1 2. Er waren 112 doden.");
    // (France says its emergency numbers as numbers, "le cent-douze", "le dix-huit".)
    EXPECT_EQ(sayShipped("Appelez le 112.", "fr"), "Appelez le 112.");
    EXPECT_EQ(sayShipped("p\xC3\xA5 tlf. 89 40 22 00", "da"), "p\xC3\xA5 telefon 89, 40, 22, 0 0");
    EXPECT_EQ(sayShipped("ring 0771-75 75 75", "sv"), "ring 0 7 7 1, 75, 75, 75");
}

// A thirty-seventh round's English: a basis-point move in a headline, trillions and crores written
// short, a year opening a quote, a five-figure section, dockets after "Nos.", freephone prefixes, a fiscal
// year with an en dash, a three-part record, a count a day, a telephone key, a bid and offer; French
// billions by their code.
TEST(NormalizerTest, shouldSayWhatAThirtySeventhRoundFoundInEnglish) {
    EXPECT_EQ(sayShipped("Two MPC members vote for 25 bp cut; rates rose 25 bp on Friday.", "en-GB"),
              "Two MPC members vote for twenty-five basis point cut; rates rose twenty-five basis points on Friday.");
    EXPECT_EQ(sayShipped("a record \xC2\xA5" "115.5 tril. budget and Rs 1.84 lakh cr in Feb", "en-IN"),
              "a record one hundred and fifteen point five trillion yen budget and one point eight four lakh crore rupees in February");
    EXPECT_EQ(say("\"2024 was a transformational year,\" she said; 1500 were arrested."),
              "twenty twenty-four was a transformational year, she said; one thousand five hundred were arrested.");
    EXPECT_EQ(say("under 49 U.S.C. \xC2\xA7" "31105 in Nos. 23\xE2\x80\x93" "118 and 23\xE2\x80\x93" "119, pages 3\xE2\x80\x93" "5"),
              "under forty-nine U.S.C. section thirty-one one oh five in numbers twenty-three dash one eighteen and twenty-three dash "
              "one nineteen, pages three to five");
    EXPECT_EQ(sayShipped("ESB freephone 1800 372 999", "en-IE"), "E.S.B freephone one eight hundred, three seven two, nine nine nine");
    EXPECT_EQ(say("The Bruins' record (38\xE2\x80\x93" "19\xE2\x80\x93" "7) is the league's best."),
              "The Bruins' record, thirty-eight, nineteen and seven, is the league's best.");
    EXPECT_EQ(say("Temperatures hit a record (38\xE2\x80\x93" "40 C)."), "Temperatures hit a record, thirty-eight to forty degrees Celsius.");
    EXPECT_EQ(say("Read \xC2\xA7\xC2\xA7 31105 and 31106, or \xC2\xA7\xC2\xA7 12, 14 or 15, and 12 others."),
              "Read sections thirty-one one oh five and thirty-one one oh six, or sections twelve, fourteen or fifteen, and twelve others.");
    EXPECT_EQ(say("in FY2025\xE2\x80\x93" "26, the Gulls (38\xE2\x80\x93" "19\xE2\x80\x93" "7) beat the Hawks in the season"),
              "in fiscal year twenty twenty-five to twenty-six, the Gulls, thirty-eight, nineteen and seven, beat the Hawks in the season");
    EXPECT_EQ(say("640 bikes/day vs. 210/day, 24/7; conference ID 8842719# to join, ranked #1"),
              "six hundred forty bikes per day versus two hundred ten a day, twenty-four seven; conference ID eight eight four two seven "
              "one nine to join, ranked number one");
    EXPECT_EQ(say("the dollar at 149.85-87 yen"),
              "the dollar at one hundred forty-nine point eight five to one hundred forty-nine point eight seven yen");
    EXPECT_EQ(say("temperatures of 1.25-50"), "temperatures of one point two five to fifty");
    EXPECT_EQ(sayShipped("les collectivit\xC3\xA9s 5 Mds EUR", "fr"), "les collectivit\xC3\xA9s 5 milliards d'euros");
}

// A thirty-seventh round's pages: a lens's aperture and a sensor's size, a compound unit with a figure, a
// review's stars, a price before a verb, a data rate, a name's stock exchange, a confidence interval,
// Ireland's parties, a party's letters with a bracket, the taxes of a French price.
TEST(NormalizerTest, shouldSayWhatAThirtySeventhRoundFoundOnPages) {
    EXPECT_EQ(sayShipped("a 1/1.3in sensor and an f/1.8 lens (f/2.6)", "en-GB"),
              "a one over one point three inch sensor and an f one point eight lens, f two point six");
    EXPECT_EQ(say("eGFR below 30 mL/min/1.73 m\xC2\xB2 today, 5 kg/11 lb"),
              "eGFR below thirty milliliters per minute per one point seven three square meters today, five kilograms or eleven pounds");
    EXPECT_EQ(sayShipped("Rating: \xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xC2\xBD (4.5 out of 5); \xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x86\xE2\x98\x86 for the film",
                         "en-GB"),
              "Rating: four and a half stars, four point five out of five; three stars out of five for the film");
    EXPECT_EQ(sayShipped("the X7 at \xC2\xA3" "699 keeps the same battery; they paid \xC2\xA3" "20 fines", "en-GB"),
              "the X seven at six hundred and ninety-nine pounds keeps the same battery; they paid twenty pound fines");
    EXPECT_EQ(say("optics for 800G and 1.6T products"), "optics for eight hundred G and one point six T products");
    EXPECT_EQ(say("trained on 15T tokens"), "trained on fifteen trillion tokens");
    EXPECT_EQ(say("the Philadelphia SE Semiconductor index fell as storms hit SE Queensland"),
              "the Philadelphia SE Semiconductor index fell as storms hit south-east Queensland");
    EXPECT_EQ(say("(95% CI 1.2-1.8)"), "ninety-five percent confidence interval one point two to one point eight");
    EXPECT_EQ(sayShipped("Holly N\xC3\xAD Dhonnabh\xC3\xA1in (FF) and the JD(S) MLA spoke.", "en-IE"),
              "Holly [[n'i:]] Dhonnabh\xC3\xA1in, Feena Foyle, and the J D S M.L.A spoke.");
    EXPECT_EQ(sayShipped("49 M\xE2\x82\xAC HT et 12 \xE2\x82\xAC TTC", "fr"), "49 millions d'euros hors taxes et 12 euros toutes taxes comprises");
}

// A date in figures after its weekday is read in the order the weekday fits, whatever the region.
TEST(NormalizerTest, shouldReadADatesOrderByItsWeekday) {
    EXPECT_EQ(say("Valid: 18:00 Sunday 09/03/2025 to 06:00 Monday 10/03/2025"),
              "Valid: six P-M Sunday March ninth, twenty twenty-five to six A-M Monday March tenth, twenty twenty-five");
    EXPECT_EQ(say("on 09/03/2025 we met"), "on September third, twenty twenty-five we met");
    EXPECT_EQ(sayShipped("on Thursday 07/03/2025", "en-GB"), "on Thursday the third of July twenty twenty-five");
}

// A Norwegian day past the twentieth as its ordinal, a Spanish clock of twelve hours before its half of
// the day (or its span's), a German date beside its weekday with its article in the case the preposition asks.
TEST(NormalizerTest, shouldSayNorwegianDaysTwelveHourSpansAndGermanAppositions) {
    EXPECT_EQ(sayShipped("torsdag 27. mars og den 12. mars", "nb"), "torsdag tjuesjuende mars og den 12. mars");
    EXPECT_EQ(sayShipped("de 5:00 a 9:00 de la ma\xC3\xB1" "ana, a las 19:00", "es"), "de 5 a 9 de la ma\xC3\xB1" "ana, a las 19 horas");
    EXPECT_EQ(sayShipped("bis Freitag, 7. M\xC3\xA4rz", "de"), "bis Freitag, den siebten M\xC3\xA4rz");
}

// A Roman numeral between a Spanish article and the noun it ranks is an ordinal of that noun's gender.
TEST(NormalizerTest, shouldSayASpanishRomanNumeralBeforeItsNounAsAnOrdinal) {
    EXPECT_EQ(sayShipped("la XV Legislatura, el III Congreso, el siglo XXI, Felipe VI y la Fase II", "es"),
              "la decimoquinta Legislatura, el tercer Congreso, el siglo veintiuno, Felipe sexto y la Fase dos");
}

// What a reviewer of the thirty-seventh round's rules found them doing to ordinary copy, each kept as it was
// or said as a newsreader would.
TEST(NormalizerTest, shouldKeepWhatTheThirtySeventhReviewFound) {
    EXPECT_EQ(say("Temperatures hit 40 C as 300 K residents lost power"), "Temperatures hit forty degrees Celsius as three hundred K residents lost power");
    EXPECT_EQ(say("Sr. Airman Jones met Sr. Mary Agnes."), "Senior Airman Jones met Sister Mary Agnes.");
    EXPECT_EQ(say("The RHP Group announced a merger."), "The RHP Group announced a merger.");
    EXPECT_EQ(say("Gene variants Sh2 and Sh3 differ."), "Gene variants Sh two and Sh three differ.");
    EXPECT_EQ(say("Production fell from around 1490 tonnes."), "Production fell from around one thousand four hundred ninety tonnes.");
    EXPECT_EQ(say("Text NASA to 2000 people."), "Text NASA to two thousand people.");
    EXPECT_EQ(say("They changed the text \"Trump\" to 2024."), "They changed the text Trump to twenty twenty-four.");
    EXPECT_EQ(say("the U.S./Mexico border"), "the U.S. Mexico border");
    EXPECT_EQ(sayShipped("on Thursday, 04/03/2025 and on remand. P. 12.", "en-GB"), "on Thursday, the third of April twenty twenty-five and on remand. Page twelve.");
    EXPECT_EQ(sayShipped("Diesel kostet 1,69 \xE2\x82\xAC/l.", "de"), "Diesel kostet ein Euro 69/l.");
    EXPECT_EQ(sayShipped("Las 21 millones de dosis", "es"), "Las veinti\xC3\xBA" "n millones de dosis");
    EXPECT_EQ(sayShipped("del 2 % -2,5 % y a -5 grados", "es"), "del 2 % -2,5 % y a menos 5 grados");
    EXPECT_EQ(sayShipped("Ouvert de 9h -12h, (+2,1%)", "fr"), "Ouvert de 9 heures -12 heures, (+2,1%)");
    EXPECT_EQ(sayShipped("A can\xC3\xA7\xC3\xA3o dura 4:12 minutos.", "pt-PT"), "A can\xC3\xA7\xC3\xA3o dura 4:12 minutos.");
    EXPECT_EQ(sayShipped("respondi\xC3\xB3 que no. 2025 ser\xC3\xA1 un a\xC3\xB1o; El Col. Ram\xC3\xADrez lleg\xC3\xB3.", "es"),
              "respondi\xC3\xB3 que no. 2025 ser\xC3\xA1 un a\xC3\xB1o; El coronel Ram\xC3\xADrez lleg\xC3\xB3.");
    EXPECT_EQ(sayShipped("une ligne \xC3\xA0 haute tension (HT), 49 M\xE2\x82\xAC HT", "fr"),
              "une ligne \xC3\xA0 haute tension (H T), 49 millions d'euros hors taxes");
    EXPECT_EQ(sayShipped("De bel ging 112 keer.", "nl"), "De bel ging 112 keer.");
}

// A circuit's judge named before "J." is "Judge", a justice of the Supreme Court "Justice"; "Adj." adjusted.
TEST(NormalizerTest, shouldSayACircuitsJudgeAndAnAdjustedFigure) {
    EXPECT_EQ(say("71 F.4th 902 (9th Cir. 2023) (Fassbender, J., dissenting)"),
              "seventy-one F.fourth nine hundred two, ninth Circuit twenty twenty-three, Judge Fassbender, dissenting");
    EXPECT_EQ(say("Adj. EPS $1.23 vs est. $1.11"), "Adjusted EPS one dollar and twenty-three cents versus estimated one dollar and eleven cents");
}

// A ruler's number after the name in Dutch, told by a title or a name rulers carry, is an ordinal with
// its article; a numbered part's is its cardinal; a film's is left as written.
TEST(NormalizerTest, shouldReadADutchRulersNumberAndANumberedPart) {
    EXPECT_EQ(say("Koning Willem III en paus Leo XIV kwamen.", "nl"), "Koning Willem de derde en paus Leo de veertiende kwamen.");
    EXPECT_EQ(say("Deel III verschijnt, net als Rocky II, in fase IV.", "nl"), "Deel 3 verschijnt, net als Rocky II, in fase 4.");
}

// An en dash glued to a number after a word is its minus sign, as some copy writes it; between figures it
// is a span.
TEST(NormalizerTest, shouldReadAnEnDashBeforeANumberAfterAWordAsMinus) {
    EXPECT_EQ(say("Temperatures will plunge to \xE2\x80\x93" "27 C, with wind chill near \xE2\x80\x93" "35."),
              "Temperatures will plunge to minus twenty-seven degrees Celsius, with wind chill near minus thirty-five.");
    EXPECT_EQ(say("Read pages 10\xE2\x80\x93" "20 and 30 \xE2\x80\x93" "40."), "Read pages ten to twenty and thirty, forty.");
}

// A generational suffix after a name that is a person's by its middle initial, its title or the age after
// it; a game's or a part's number stays a number.
TEST(NormalizerTest, shouldReadAGenerationalSuffixAfterAPersonsName) {
    EXPECT_EQ(say("The Rev. Harold J. Pruitt III leaves; Darnell Humphries III, 24, stays."),
              "The Reverend Harold J Pruitt the Third leaves; Darnell Humphries the Third, twenty-four, stays.");
    EXPECT_EQ(say("Sen. Thomas Carper III spoke."), "Senator Thomas Carper the Third spoke.");
    EXPECT_EQ(say("Grand Theft Auto IV was released."), "Grand Theft Auto four was released.");
}

// A note's number in superscript, glued to what it annotates or opening the note, is not read; a power
// after a unit or in a formula is.
TEST(NormalizerTest, shouldLeaveOutSuperscriptNoteNumbersButNotPowers) {
    EXPECT_EQ(say("It cost roughly $4.2bn.\xC2\xB9 Adjusted EBITDA\xC2\xB2 rose."), "It cost roughly four point two billion dollars. Adjusted EBITDA rose.");
    EXPECT_EQ(say("\xC2\xB9 Adjusted EBITDA excludes one-off items."), "Adjusted EBITDA excludes one-off items.");
    EXPECT_EQ(say("\xC2\xB9"), "");  // (alone, where a sentence's split left it)
    EXPECT_EQ(say("The flat is 85 m\xC2\xB2."), "The flat is eighty-five square meters.");
    EXPECT_EQ(say("E = mc\xC2\xB2"), "E equals mc squared");
}

// The third blind round of stop 38: "the Sun," is no Sunday; a telephone number with its area code
// after a hyphen is said figure by figure; a storm's position by latitude and longitude; a British result
// with goals on both sides.
TEST(NormalizerTest, shouldSayTheSunPhonesPositionsAndBritishResults) {
    EXPECT_EQ(say("It orbits the Sun, roughly once a year. Open Sat, 10am."), "It orbits the Sun, roughly once a year. Open Saturday, ten A-M.");
    EXPECT_EQ(say("Call 042-99201234 or 051-9204567; it rose 10-20 percent."),
              "Call zero four two, nine nine two zero one two three four or zero five one, nine two zero four five six seven; it rose ten "
              "to twenty percent.");
    EXPECT_EQ(say("The centre was near 24.5N 83.3W, then 26.4N, 83.1W."),
              "The centre was near twenty-four point five north, eighty-three point three west, then twenty-six point four north, "
              "eighty-three point one west.");
    EXPECT_EQ(sayShipped("Villa won 2-1 at home; the keeper denied Holm at 1-1.", "en-GB"),
              "Villa won two-one at home; the keeper denied Holm at one-all.");
    // (Not odds, a vote, a ratio or a round range; not a lone "2H", the game "WoW", a band's "T. Rex II".)
    EXPECT_EQ(sayShipped("The horse won at 5-1.", "en-GB"), "The horse won at five to one.");
    EXPECT_EQ(sayShipped("Remain won 52-48 and the ratio was 2-1.", "en-GB"), "Remain won fifty-two to forty-eight and the ratio was two to one.");
    EXPECT_EQ(say("Enter a number in the range 1-1000000."), "Enter a number in the range one to one million.");
    EXPECT_EQ(say("Use a 2H pencil; players returned to WoW; T. Rex II and Dr. Dre's The Chronic II."),
              "Use a two H pencil; players returned to W.O.W; T Rex two and Doctor Dre's The Chronic two.");
    EXPECT_EQ(say("The team is top of the league \xE2\x80\x93" "10 points clear."), "The team is top of the league, ten points clear.");
    EXPECT_EQ(say("A first edition signed by DH Lawrence; the company signed OF Holdings."),
              "A first edition signed by DH Lawrence; the company signed OF Holdings.");
    EXPECT_EQ(say("Sr. Mar\xC3\xAD" "a Ram\xC3\xAD" "rez and Sr. P\xC3\xA9rez"), "Sister Mar\xC3\xAD" "a Ram\xC3\xAD" "rez and Se\xC3\xB1or P\xC3\xA9rez");
    EXPECT_EQ(say("The $5 gains it posted were wiped out."), "The five dollar gains it posted were wiped out.");
    EXPECT_EQ(say("She travelled to western Wash. for the funeral."), "She travelled to western Washington for the funeral.");
    EXPECT_EQ(say("Willem II speelt zaterdag tegen PSV.", "nl"), "Willem II speelt zaterdag tegen P es V.");
    // Dutch ordinals in figures; capitals that make no Dutch word, spelled.
    EXPECT_EQ(say("In de 63e minuut, de 1ste en 2de keer, live bij ESPN en de NAVO.", "nl"),
              "In de drie\u00EBnzestigste minuut, de eerste en tweede keer, live bij E es P N en de NAVO.");
    EXPECT_EQ(sayShipped("Children aged 5-11 watched as the vote was 6-3.", "en-GB"), "Children aged five to eleven watched as the vote was six to three.");
    EXPECT_EQ(say("Villa won 2-1 at home."), "Villa won two to one at home.");
}

// Market and sports short forms: thousands with a fraction said whole; a quarter or a half with its number
// first; week on week; a state's short form as an adjective; "y-o-y" whole; a touchdown after its yards; a
// kick-off after its time; extra time written small.
TEST(NormalizerTest, shouldSayMarketAndSportsShortFormsOfStopThirtyEight) {
    EXPECT_EQ(say("Worth about $1.5K, it rose by 7.2K BTC; 47K jobs."),
              "Worth about one thousand five hundred dollars, it rose by seven thousand two hundred BTC; forty-seven thousand jobs.");
    EXPECT_EQ(say("Its larger 2.8K OLED display"), "Its larger two point eight K OLED display");
    EXPECT_EQ(say("4Q EPS fell; he left in the 3Q; 1H25 sales rose 1.8% WoW and 4.1% y-o-y."),
              "fourth-quarter EPS fell; he left in the third quarter; first-half twenty twenty-five sales rose one point eight percent week "
              "over week and four point one percent year over year.");
    EXPECT_EQ(say("Calif. pastor charged as eastern Ont. floods; a Mass. man went to Mass. on Sunday."),
              "California pastor charged as eastern Ontario floods; a Massachusetts man went to Mass. on Sunday.");
    EXPECT_EQ(say("Burrow hits Chase for 19-yard TD; they won 2-1 (aet)."),
              "Burrow hits Chase for nineteen-yard touchdown; they won two to one, after extra time.");
    EXPECT_EQ(sayShipped("Sunday 21 December (3pm KO)", "en-GB"), "Sunday the twenty-first of December, three P-M kick-off");
}

// Spanish don and doña before a name, written short ("la vitamina D." and an initial stay); the hour
// one takes its article ("las 1:30" is "la una y 30"); "Pza." is a square.
TEST(NormalizerTest, shouldSaySpanishDonTheHourOneAndASquare) {
    EXPECT_EQ(say("Juan D. P\u00E9rez lleg\u00F3.", "es"), "Juan D. P\u00E9rez lleg\u00F3.");
    EXPECT_EQ(say("Seg\u00FAn D. \u00C1lvaro, la vitamina D. ayuda a Juan D. P\u00E9rez.", "es"),
              "Seg\u00FAn don \u00C1lvaro, la vitamina D. ayuda a Juan D. P\u00E9rez.");
    EXPECT_EQ(sayShipped("Abre entre las 9:00 y las 1:30 en la Pza. de Canillas.", "es"), "Abre entre las 9 horas y la una y 30 en la plaza de Canillas.");
}

// Swedish, Danish and Norwegian hours alone in a span after the clock's word; a Nordic service's short
// number after a word asking to call it, in pairs ("1177 kronor" is a count); Italian thousands written
// apart take no feminine; Brazilian "bi" is singular for one and a fraction.
TEST(NormalizerTest, shouldSayNordicHourSpansServiceNumbersItalianThousandsAndBrazilianBillions) {
    EXPECT_EQ(sayShipped("\xC3\x96ppet vardagar kl. 8\xE2\x80\x93" "17 och kl. 9-16.", "sv"), "\xC3\x96ppet vardagar klockan 8 till 17 och klockan 9 till 16.");
    EXPECT_EQ(sayShipped("\xC3\x85" "bent kl. 8-17.", "da"), "\xC3\x85" "bent klokken 8 til 17.");
    EXPECT_EQ(say("Ring 112 eller 1177 vid behov. Det kostar 1177 kronor.", "sv"), "Ring 1 1 2 eller 11 77 vid behov. Det kostar 1177 kronor.");
    EXPECT_EQ(sayShipped("Han \xC3\xA4r f.d. f\xC3\xB6rhandlingschef.", "sv"), "Han \xC3\xA4r f\xC3\xB6re detta f\xC3\xB6rhandlingschef.");
    EXPECT_EQ(say("oltre 41 mila l'anno e 1 casa", "it"), "oltre 41 mila l'anno e una casa");
    EXPECT_EQ(say("um rombo de R$ 1,2 bi e R$ 2,5 bi", "pt-BR"), "um rombo de 1,2 bilh\xC3\xA3o de reais e 2,5 bilh\xC3\xB5" "es de reais");
}

// A ruler's number in Roman numerals in German without its dot (after a title or a ruler's name), in
// Swedish and Danish ("Karl XII:s torg" in the genitive); a numbered part's in German is counted.
TEST(NormalizerTest, shouldSayRulersRomanNumbersInGermanAndTheNordicLanguages) {
    EXPECT_EQ(say("Der Bauabschnitt II beginnt, als Papst Leo XIV kommt.", "de"), "Der Bauabschnitt 2 beginnt, als Papst Leo der Vierzehnte kommt.");
    EXPECT_EQ(say("p\xC3\xA5 Karl XII:s torg h\xC3\xA4lsade Carl XVI Gustaf och Gustav II Adolf.", "sv"),
              "p\xC3\xA5 Karl den tolftes torg h\xC3\xA4lsade Carl den sextonde Gustaf och Gustav den andre Adolf.");
    EXPECT_EQ(say("Kong Christian IV kom.", "da"), "Kong Christian den fjerde kom.");
}

// Italian: a Roman numeral between the article and its noun is an ordinal that agrees; before a month it
// names a day.
TEST(NormalizerTest, shouldSayItalianRomanNumeralsBeforeANounOrAMonth) {
    EXPECT_EQ(say("il I lotto in piazza XX Settembre e la II edizione", "it"), "il primo lotto in piazza venti Settembre e la seconda edizione");
}

// A short word of a hundred's letters is an initialism ("Key CMI rates"); a double-barrelled surname's
// saint; "ver." and "tel."; a race time's seconds without their leading zero; a wire's topic glued to its
// headline.
TEST(NormalizerTest, shouldSayInitialismsSaintsVersionsRaceTimesAndWireTopics) {
    EXPECT_EQ(say("Key CMI interest rates; Super Bowl LVII; in MCMXCIV."), "Key CMI interest rates; Super Bowl fifty-seven; in nineteen ninety-four.");
    EXPECT_EQ(say("Oliver St. John-Pryce won in 4:01.07."), "Oliver Saint John-Pryce won in four minutes one point zero seven seconds.");
    EXPECT_EQ(say("Mary St. Clair won; Main St. Pierre said so."), "Mary Saint Clair won; Main Street Pierre said so.");
    EXPECT_EQ(sayShipped("firmware ver. 1.56", "en"), "firmware version one point five six");
    EXPECT_EQ(say("Athletics-Results from the indoor meeting"), "Athletics: Results from the indoor meeting");
}

// A tennis match's sets, pairs of games apart by spaces, each said as a set's score.
TEST(NormalizerTest, shouldSayATennisMatchsSets) {
    EXPECT_EQ(say("Vostrikov beat Lindgren 6-4 3-6 7-6(5); Rennard led 6-3 2-1 retired; kids aged 3-5 6-8 played."),
              "Vostrikov beat Lindgren six-four, three-six, seven-six, tie-break five; Rennard led six-three, two-one retired; kids aged three "
              "to five, six to eight played.");
}

// A state legislator's home town or a council's district after the party's letter, as AP writes them.
TEST(NormalizerTest, shouldSayAPartyWithAHomeTownOrADistrict) {
    EXPECT_EQ(say("State Sen. Paul Ingersoll, R-Roseville, said no; Tom Okafor (D-District 7) agreed; the landings (D-Day) began."),
              "State Senator Paul Ingersoll, Republican of Roseville, said no; Tom Okafor, Democrat of District seven, agreed; the landings, "
              "D-Day, began.");
}

// Two days each after its weekday, the month after the last; a provision's subdivisions glued to its
// number said in one breath (a letter among them or the provision's name before it), a cricketer's runs
// and balls left as they are.
TEST(NormalizerTest, shouldSayWeekdaysWithTheirDaysAndAProvisionsSubdivisions) {
    EXPECT_EQ(say("Schools close Monday 5 and Friday 9 January."), "Schools close Monday the fifth and Friday the ninth of January.");
    EXPECT_EQ(say("He scored 5 and Friday 9 June was busy."), "He scored five and Friday the ninth of June was busy.");
    EXPECT_EQ(say("under section 12(3)(b) of the Act, 18 U.S.C. § 1343(a) and Rule 23(b)(3)"),
              "under section twelve, subsection three B of the Act, eighteen U.S.C. section thirteen forty-three eh and Rule twenty-three B three");
    // (A figure after a figure with a pause: "twenty three" would be heard as 23.)
    EXPECT_EQ(say("Under Art. 5(1)(ii) and s. 20(3) it is kept."), "Under Article five, one, two and section twenty, subsection three it is kept.");
    EXPECT_EQ(say("Kohli made 82(53) today."), "Kohli made eighty-two, fifty-three, today.");
    EXPECT_EQ(say("under N.J.S.A. 39:4-50 and N.J.S.A. 2C:20-11b(2); Psalm 119:1-8; a 3:2-1 vote"),
              "under N.J.S.A. thirty-nine colon four dash fifty and N.J.S.A. two C colon twenty dash eleven B two; Psalm one hundred "
              "nineteen, verses one to eight; a three by two-one vote");
}

// A transcript's direction in lower-case words after a sentence's end is not read; an editor's words inside
// a sentence are.
TEST(NormalizerTest, shouldNotReadATranscriptsDirectionAfterASentence) {
    EXPECT_EQ(say("That is it... yeah. [pauses]"), "That is it... yeah.");
    EXPECT_EQ(say("He said it was over. [he resigned the next day]"), "He said it was over. he resigned the next day");
    EXPECT_EQ(say("He said [the mayor] was out."), "He said the mayor was out.");
}

// A generational suffix after a full name that a person's act follows (a verb in the past, "who", "his"), or a
// player's number in brackets; a war, a game or a film with its number keeps the cardinal.
TEST(NormalizerTest, shouldSayAGenerationalSuffixBeforeWhatThePersonDid) {
    EXPECT_EQ(say("Marcus Bell III (7) celebrates; Reggie Amos III hurt his knee; Kwame Akuffo III, who spoke, left."),
              "Marcus Bell the Third, seven, celebrates; Reggie Amos the Third hurt his knee; Kwame Akuffo the Third, who spoke, left.");
    // (Aircraft, funds, weapons and operations do things too.)
    EXPECT_EQ(say("A Gulfstream IV crashed; Growth Fund III closed; The Minuteman III reached it; Operation True Promise III targeted it."),
              "A Gulfstream four crashed; Growth Fund three closed; The Minuteman three reached it; Operation True Promise three targeted it.");
    EXPECT_EQ(say("World War II ended; Grand Theft Auto IV sold well; Frozen Lake II debuted; Mythic Rift II ran at 60 fps."),
              "World War two ended; Grand Theft Auto four sold well; Frozen Lake two debuted; Mythic Rift two ran at sixty fps.");
}

// Spanish: an hour ending in one with its minutes after "las" ("veintiuna.00" was left), a span of two times
// after "de" or "entre" (not two amounts), one o'clock alone.
TEST(NormalizerTest, shouldSaySpanishHoursWithTheirMinutesAndSpans) {
    EXPECT_EQ(say("Empieza a las 21.00 y abre de 9.00 a 14.00; se fue a la 1.00; subió de 9.50 a 10.20 euros, de 9.00 a 10.00 d\xC3\xB3lares.", "es"),
              "Empieza a las veintiuna horas y abre de 9 horas a 14 horas; se fue a la una; subió de 9.50 a 10.20 euros, de 9.00 a 10.00 "
              "d\xC3\xB3lares.");
    EXPECT_EQ(say("Cierra de 9.", "es"), "Cierra de 9.");  // (a figure at the text's end: nothing read past it)
}

// Swiss francs in French and German, the sign before or after the amount, with centimes, whole francs or
// millions; a French result in brackets after the team it ends on.
TEST(NormalizerTest, shouldSaySwissFrancsAndABracketedResult) {
    EXPECT_EQ(say("Le billet coûte Fr. 12.50, la prime 1'180 fr. par mois, le budget CHF 2,4 milliards, un prix de CHF 45.- et 0.80 fr.",
                  "fr-CH"),
              "Le billet coûte 12 francs 50, la prime 1180 francs par mois, le budget 2,4 milliards de francs, un prix de 45 francs et "
              "80 centimes.");
    EXPECT_EQ(say("Le Fr. Jean et la CHF.", "fr-CH"), "Le Fr. Jean et la C H F.");
    EXPECT_EQ(say("Das Budget ist CHF 3,5 Millionen.", "de-CH"), "Das Budget ist 3,5 Millionen Franken.");
    EXPECT_EQ(say("Servette – Lausanne-Sport (2-1) et les 2-3 ans", "fr-CH"), "Servette – Lausanne-Sport (2 à 1) et les 2 à 3 ans");
}

// Kroner and øre (kronor and öre), as Nordic newsreaders say a price: eSpeak NG said the øre figure by figure.
TEST(NormalizerTest, shouldSayKronerWithTheirOre) {
    EXPECT_EQ(sayShipped("Prisen er 6,50 kr og 187,60 kroner, 0,50 kr og 1,00 kr; 2,50 kr./kWh.", "no"),
              "Prisen er 6 kroner og 50 \xC3\xB8re og 187 kroner og 60 \xC3\xB8re, 50 \xC3\xB8re og 1 krone; 2 kroner og 50 \xC3\xB8re per kilowattime.");
    EXPECT_EQ(sayShipped("Euron kostade 11,74 kr och 10,07 kronor.", "sv"), "Euron kostade 11 kronor och 74 \xC3\xB6re och 10 kronor och 7 \xC3\xB6re.");
}

// Short forms of a fortieth round's wires, from the shipped lexicons: Norwegian roads, numbers, per cent and
// "til og med", Swedish "tfn", Dutch "art.", Spanish "tel.", Italian squares and avenues, a Polish company.
TEST(NormalizerTest, shouldSayTheShortFormsOfAFortiethRoundsWires) {
    EXPECT_EQ(sayShipped("E39 og fv. 7, forskrift nr. 3141, steg 0,8 pst. t.o.m. 2028.", "no"),
              "E39 og fylkesvei 7, forskrift nummer 3141, steg 0,8 prosent til og med 2028.");
    EXPECT_EQ(sayShipped("Ring tfn 0611.", "sv"), "Ring telefon noll sex ett ett.");
    EXPECT_EQ(say("Volgens art. 322 van de wet. Het was street art.", "nl"), "Volgens artikel 322 van de wet. Het was street art.");
    EXPECT_EQ(sayShipped("in p.zza Colonna e v.le Mazzini", "it"), "in piazza Colonna e viale Mazzini");
    EXPECT_EQ(sayShipped("Elektrotrakcja Sp. z o.o. podpisa\xC5\x82" "a umow\xC4\x99.", "pl"),
              "Elektrotrakcja sp\xC3\xB3\xC5\x82ka z ograniczon\xC4\x85 odpowiedzialno\xC5\x9B" "ci\xC4\x85 podpisa\xC5\x82" "a umow\xC4\x99.");
}

// Canada's Atlantic and Newfoundland clocks and New Zealand's by name; "an" written for a currency's letter
// made "a" before a figure said with a consonant; a numbered road's direction and the house on it; a suite's
// letter.
TEST(NormalizerTest, shouldSayClocksArticlesRoadsAndSuitesOfAFortiethRound) {
    EXPECT_EQ(say("at 11:30 a.m. NT, 7 p.m. AT or 4.35pm NZDT; at 4pm AT&T fell"),
              "at eleven thirty A-M N T, seven P-M Atlantic time or four thirty-five P-M New Zealand Daylight Time; at four P-M eh T and T fell");
    EXPECT_EQ(say("an A$1.2bn pact, an 8-year deal"), "a one point two billion Australian dollar pact, an eight-year deal");
    EXPECT_EQ(say("at 1820 Hwy. 30 W., and 455 Rte. 35 S. after; rated 30 W output; about 325 Route 9 homes"),
              "at eighteen twenty Highway thirty West, and four fifty-five Route thirty-five South after; rated thirty watts output; about "
              "three hundred twenty-five Route nine homes");
    EXPECT_EQ(say("to Ste. B, near"), "to Suite B, near");
    EXPECT_EQ(say("in Sault Ste. Marie and on Rue Ste. Catherine"), "in Sault Sainte Marie and on Rue Sainte Catherine");
}

// An American football player's position before his name (single letters and those that name other things too
// only in copy about the game), "IR"; a game clock's last seconds written with a colon alone or after a zero.
TEST(NormalizerTest, shouldSayFootballPositionsAndAGameClocksSeconds) {
    EXPECT_EQ(say("WR Jalen Okafor (hamstring) is questionable."), "Wide receiver Jalen Okafor, hamstring, is questionable.");
    EXPECT_EQ(say("S Marquise Dunlap and DE Bo Kristiansen are doubtful; LT Gabe Sorensen could land on IR."),
              "Safety Marquise Dunlap and defensive end Bo Kristiansen are doubtful; left tackle Gabe Sorensen could land on injured reserve.");
    // (Letters like a position's before other names, where the sentence is not about the game.)
    EXPECT_EQ(say("TE Connectivity Ltd said; the SS Great Britain sailed; RB Global Inc rose; C Joseph Vijay was injured; RG Kar Medical "
                  "College had 16 injuries."),
              "TE Connectivity Limited said; the SS Great Britain sailed; RB Global Incorporated rose; C Joseph Vijay was injured; RG Kar "
              "Medical College had sixteen injuries.");
    EXPECT_EQ(say("He scored with :04 on the clock, or 0:04 on the clock, and :38 left."),
              "He scored with four seconds on the clock, or four seconds on the clock, and thirty-eight seconds left.");
}

// Papers of Congress ("H. Rept. 119-412", "S. Res. 12") and a county's road; an interview's question and answer
// marks; from the lexicon, "NSAID" and a divinity degree.
TEST(NormalizerTest, shouldSayCongressPapersCountyRoadsAndInterviewMarks) {
    EXPECT_EQ(say("It cites H. Rept. 119-412 and S. Res. 12 and Cty. Rd. 524."),
              "It cites House Report one nineteen dash four twelve and Senate Resolution twelve and County Road five hundred twenty-four.");
    EXPECT_EQ(say("Q: How did it start?"), "Question: How did it start?");
    EXPECT_EQ(say("A: Prices, for one."), "Answer: Prices, for one.");
    EXPECT_EQ(say("He got an A: the top mark."), "He got an A: the top mark.");
    EXPECT_EQ(sayShipped("NSAID use rose; he holds an M.Div. from Yale.", "en"), "En-sed use rose; he holds an M Div from Yale.");
}

// A half before a company's figure without its year ("H1 pre-tax profit" first-half), and after a word in
// capitals that brings its own article ("In H1 2025").
TEST(NormalizerTest, shouldSayAHalfBeforeAFigureWithoutItsYear) {
    EXPECT_EQ(say("H1 pre-tax profit rose; our H1 results; the H2 outlook; the Hummer H2 sold."),
              "First-half pre-tax profit rose; our first-half results; the second-half outlook; the Hummer H two sold.");
    EXPECT_EQ(say("In H1 2025 profit rose."), "In the first half of twenty twenty-five profit rose.");
}

// German: an ordinal in Roman figures after its article or preposition, declined before its noun (no ruler:
// "Der III. Bezirk" was "Der der Dritte."); Brazilian Portuguese: a match's result "2 x 1".
TEST(NormalizerTest, shouldSayGermanRomanOrdinalsAndBrazilianResults) {
    EXPECT_EQ(say("Der Alarm kam im VI. Stock; der III. Bezirk w\xC3\xA4" "chst; Karl VI. starb.", "de"),
              "Der Alarm kam im sechsten Stock; der dritte Bezirk w\xC3\xA4" "chst; Karl der Sechste starb.");
    EXPECT_EQ(say("O time venceu por 2 x 1 e a sala mede 3 x 4 metros.", "pt-BR"), "O time venceu por 2 a 1 e a sala mede 3 x 4 metros.");
    EXPECT_EQ(say("O basquete 3x3 estreou e o time venceu por 2x1.", "pt-BR"), "O basquete 3x3 estreou e o time venceu por 2 a 1.");
}

// East Asian copy's span signs ("∼", "〜") and one-character Roman numerals are read as their plain forms.
TEST(NormalizerTest, shouldReadEastAsianSpanSignsAndRomanNumeralCharacters) {
    EXPECT_EQ(say("2026\xE2\x88\xBC" "2028\xEB\x85\x84", "ko"), say("2026~2028\xEB\x85\x84", "ko"));
    EXPECT_EQ(say("Phase \xE2\x85\xA2 trial", "en"), "Phase three trial");
}

// Two spans as the ends of "between … and …": each said with "to" ("between 5-10 people" stays "five and ten").
TEST(NormalizerTest, shouldSayTwoSpansBetweenAndAsTheirEnds) {
    EXPECT_EQ(say("It runs between 2026-27 and 2028-29; between 5-10 people came.", "en-GB"),
              "It runs between twenty twenty-six to twenty-seven and twenty twenty-eight to twenty-nine; between five and ten people came.");
}

// An amount opening a headline or a bullet before a fund's or a scheme's name is said as its adjective.
TEST(NormalizerTest, shouldSayAnAmountBeforeAFundsNameAsItsAdjective) {
    EXPECT_EQ(say("\xC2\xA3" "240m Coastal Resilience Fund to deliver schemes", "en-GB"),
              "two hundred and forty million pound Coastal Resilience Fund to deliver schemes");
    EXPECT_EQ(say("\xC2\xA3" "240m was spent on Coastal Defences.", "en-GB"), "two hundred and forty million pounds was spent on Coastal Defences.");
}

// A paper's DOI left unsaid with its label (and its brackets where it stood alone in them); kelvin beside a
// temperature in degrees; a day without its year after "available", "due", "effective"; a listing's rooms.
TEST(NormalizerTest, shouldLeaveDoisUnsaidAndSayKelvinDaysAndRooms) {
    EXPECT_EQ(say("The study (doi: 10.1016/j.cell.2024.01.001) found it; version 10.12345/5 shipped."),
              "The study found it; version ten point twelve thousand three hundred forty-five slash five shipped.");
    EXPECT_EQ(say("The dayside reaches 280\xC2\xB0" "C (553 K); a 400 K salary."),
              "The dayside reaches two hundred eighty degrees Celsius, five hundred fifty-three kelvin; a four hundred K salary.");
    EXPECT_EQ(say("Available 6/1, rent due 7/15; about 1/3 of homes."), "Available June first, rent due July fifteenth; about a third of homes.");
    EXPECT_EQ(say("The 3bd/2ba home and a 2bd/1.5ba condo."), "The three-bedroom, two-bath home and a two-bedroom, one-and-a-half-bath condo.");
}

// Numerals in a list after a plural ("Titles I and II", "Parts I, II and III") and a span of fiscal years.
TEST(NormalizerTest, shouldSayNumeralsInAListAndASpanOfFiscalYears) {
    EXPECT_EQ(say("Titles I and II apply; Parts I, II and III apply; Parts I think matter."),
              "Titles one and two apply; Parts one, two and three apply; Parts I think matter.");
    EXPECT_EQ(say("It covers FY2027\xE2\x80\x93" "FY2036."), "It covers fiscal year twenty twenty-seven to fiscal year twenty thirty-six.");
}

// Spanish "don" after a title the lexicon said ("el Sr. D. Andreu Ortega"); an initial stays one.
TEST(NormalizerTest, shouldSaySpanishDonAfterATitle) {
    EXPECT_EQ(sayShipped("Su presidente, el Sr. D. Andreu Ortega Llorente, habl\xC3\xB3; Juan D. P\xC3\xA9rez tambi\xC3\xA9n.", "es"),
              "Su presidente, el se\xC3\xB1or don Andreu Ortega Llorente, habl\xC3\xB3; Juan D. P\xC3\xA9rez tambi\xC3\xA9n.");
}

// A Korean telephone number figure by figure in Sino-Korean, zero "공", its groups apart; a date is none.
TEST(NormalizerTest, shouldSayAKoreanTelephoneNumberFigureByFigure) {
    EXPECT_EQ(say("\xEC\xA0\x84\xED\x99\x94 02-398-3114", "ko"),
              "\xEC\xA0\x84\xED\x99\x94 \xEA\xB3\xB5\xEC\x9D\xB4, \xEC\x82\xBC\xEA\xB5\xAC\xED\x8C\x94, "
              "\xEC\x82\xBC\xEC\x9D\xBC\xEC\x9D\xBC\xEC\x82\xAC");
    EXPECT_EQ(say("2026-03-03 \xEB\xB0\x9C\xED\x91\x9C", "ko").find("\xEA\xB3\xB5"), std::string::npos);  // (no "공" in a date)
}

// A team's record of three parts after "to", whatever the verb before it.
TEST(NormalizerTest, shouldSayARecordOfThreePartsAfterTo) {
    EXPECT_EQ(say("The win lifted the Privateers to 24-15-4; they play a 4-4-2 formation."),
              "The win lifted the Privateers to twenty-four, fifteen and four; they play a four-four-two formation.");
}

// A headline's preposition in title case is no model's name before its figure ("Yen Slides Past 151").
TEST(NormalizerTest, shouldSayALevelAfterAHeadlinesPreposition) {
    EXPECT_EQ(say("Yen Slides Past 151; the Boeing 737 lands."), "Yen Slides Past one hundred fifty-one; the Boeing seven thirty-seven lands.");
}

// A lexicon entry after a slash keeps its place: its placeholder is no foreign script to drop.
TEST(NormalizerTest, shouldKeepALexiconEntryAfterASlash) {
    EXPECT_EQ(sayShipped("The ACC/AHA guidelines and the FTSE/ACC deal.", "en"), "The eh C.C A.H.A guidelines and the Footsie eh C.C deal.");
}

// A tally or a range with a spaced dash between two whole numbers after a word in lower case.
TEST(NormalizerTest, shouldSayASpacedDashBetweenTwoNumbersAsTo) {
    EXPECT_EQ(say("The bill passed 218 - 214 and the Senate voted 51 – 49."),
              "The bill passed two hundred eighteen to two hundred fourteen and the Senate voted fifty-one to forty-nine.");
    EXPECT_EQ(say("between 5 - 10 people came."), "between five and ten people came.");
    // (A result's line after a team's name, and a decimal, are not this.)
    EXPECT_EQ(say("Arsenal 2 - 1 Chelsea."), "Arsenal two - one Chelsea.");
    EXPECT_EQ(say("It was 3 - 1.5 then."), "It was three - one point five then.");
}

// A title before a name that opens on a capital beyond ASCII is said in full.
TEST(NormalizerTest, shouldSayATitleBeforeANameBeyondAscii) {
    EXPECT_EQ(say("said Dr. \xC3\x89lise Fournier and Prof. \xC5\x81ukasz \xC5\xBB" "ak"), "said Doctor \xC3\x89lise Fournier and Professor \xC5\x81ukasz \xC5\xBB" "ak");
    EXPECT_EQ(say("Asst. Supt. Dana Roe"), "Assistant Superintendent Dana Roe");
}

// Round 41's English forms: a forecast's weekday before a part of the day, a flaw's score before "CVE", a ratio
// before its word, a recent year before a noun of its own after a preposition, a headline's amount without its
// article, a size with its units glued, a pressure's figures, a name's "d/o", a result that made winners, a
// pitcher's record, baseball's catcher and shortstop, an indictment's counts, a short magnitude before a unit.
TEST(NormalizerTest, shouldSayRound41sEnglishForms) {
    EXPECT_EQ(say("Storms Tue night, clearing Thu morning. Sun night was cold."),
              "Storms Tuesday night, clearing Thursday morning. Sun night was cold.");
    EXPECT_EQ(say("The fix closes a 9.8 CVE in the parser; it cost CVE 5,000."), "The fix closes a nine point eight CVE in the parser; it cost five thousand escudos.");
    EXPECT_EQ(say("Tickets cost 200 CVE each."), "Tickets cost two hundred escudos each.");
    EXPECT_EQ(say("in a 59:41 ratio, a 60:40 split, won in 31:45 and a 16:9 screen"),
              "in a fifty-nine to forty-one ratio, a sixty to forty split, won in thirty-one minutes forty-five seconds and a sixteen by nine screen");
    EXPECT_EQ(say("a club option for 2031 ($2M buyout) and statements regarding 2026 production guidance, for 2025 people"),
              "a club option for twenty thirty-one, two million dollar buyout, and statements regarding twenty twenty-six production guidance, for two thousand twenty-five people");
    EXPECT_EQ(say("New \xC2\xA3" "2.4m community hub to open"), "New two point four million pound community hub to open");
    EXPECT_EQ(say("a 50m x 25m pool; the pool is 50m x 25m."), "a fifty meter by twenty-five meter pool; the pool is fifty meters by twenty-five meters.");
    EXPECT_EQ(say("readings of 140/90 or above"), "readings of one hundred forty over ninety or above");
    EXPECT_EQ(say("Ms Priya d/o Ramasamy and Kumar s/o Rajan"), "Miz Priya daughter of Ramasamy and Kumar son of Rajan");
    EXPECT_EQ(say("Arsenal, 3-1 winners at Fulham", "en-GB"), "Arsenal, three-one winners at Fulham");
    EXPECT_EQ(say("Dwayne Brennan (4-6), who allowed four runs, took the loss. They are 3-9 in their last 12 road games."),
              "Dwayne Brennan, four and six, who allowed four runs, took the loss. They are three and nine in their last twelve road games.");
    EXPECT_EQ(say("Activated SS Andre Lusk; C Ben Yardley left after the third inning."),
              "Activated shortstop Andre Lusk; catcher Ben Yardley left after the third inning.");
    EXPECT_EQ(say("allowing Counts I and III, and Count I alone"), "allowing Counts one and three, and Count one alone");
    EXPECT_EQ(say("at 41.3 mln bpd in August"), "at forty-one point three million barrels a day in August");
}

// A sport's age group, a match's attendance, a keypad's code, a currency's sign alone in brackets after its name.
TEST(NormalizerTest, shouldSayAgeGroupsAttendanceKeypadCodesAndNoCurrencyGloss) {
    EXPECT_EQ(say("for U-16 and U-19 players, the U21 side and the U16s; take the U2 line"),
              "for under-sixteen and under-nineteen players, the under-twenty-one side and the under-sixteens; take the U two line");
    EXPECT_EQ(say("Att: 73,412"), "Attendance: seventy-three thousand four hundred twelve");
    EXPECT_EQ(say("Conference ID: 7294 318# and access code 123 456."), "Conference ID: seven two nine four, three one eight and access code one two three, four five six.");
    EXPECT_EQ(say("in Canadian dollars (C$) unless noted"), "in Canadian dollars unless noted");
}

// Ireland says "euro" in the plural; Britain and the rest, "euros".
TEST(NormalizerTest, shouldSayEuroInThePluralAsIrelandDoes) {
    EXPECT_EQ(say("The \xE2\x82\xAC" "2.4m hub cost \xE2\x82\xAC" "410,000.", "en-IE"), "The two point four million euro hub cost four hundred and ten thousand euro.");
    EXPECT_EQ(say("It cost \xE2\x82\xAC" "5 million.", "en-GB"), "It cost five million euros.");
}

// A grade's letter and its plus, a pitcher's strikeouts, a draft's year before an ordinal's compound.
TEST(NormalizerTest, shouldSayAGradesPlusStrikeoutsAndADraftsYear) {
    EXPECT_EQ(say("at High-A (A+) this year, an A+ rating; OPEC+ met"), "at High-A, A-plus, this year, an A-plus rating; OPEC plus met");
    EXPECT_EQ(say("he has 88 K and a 1.62 WHIP"), "he has eighty-eight strikeouts and a one point six two WHIP");
    EXPECT_EQ(say("Fisk was a 2025 4th-rounder."), "Fisk was a twenty twenty-five fourth-rounder.");
}

// What the review of round 41's rules found: ordinary copy shaped like their targets keeps its reading.
TEST(NormalizerTest, shouldKeepWhatLooksLikeRound41sFormsButIsNot) {
    EXPECT_EQ(say("The death toll rose to 40 \xE2\x80\x94 12 of them children; the flight leaves at 10 - 11 am."),
              "The death toll rose to forty, twelve of them children; the flight leaves at ten - eleven A-M.");
    EXPECT_EQ(say("It was 2-0 at half-time at Vicarage Road.", "en-GB"), "It was two-nil at half-time at Vicarage Road.");
    EXPECT_EQ(say("Voters were 52-48 in favour of the new road.", "en-GB"), "Voters were fifty-two to forty-eight in favour of the new road.");
    EXPECT_EQ(say("Anderson (5-40) took five wickets and struck twice in the second innings.", "en-GB"),
              "Anderson, five for forty, took five wickets and struck twice in the second innings.");
    EXPECT_EQ(say("She ran a 2:05 split; the 6:00 split shift walked out."), "She ran a two oh five split; the six o'clock split shift walked out.");
    EXPECT_EQ(say("The council secured funding for 1985 affordable homes."),
              "The council secured funding for one thousand nine hundred eighty-five affordable homes.");
    EXPECT_EQ(say("Italy's abortion law, Law 194/78, applies."), "Italy's abortion law, Law one ninety-four slash seventy-eight, applies.");
    EXPECT_EQ(say("Producers have signed SS Thaman and Barcelona signed CF Robert Lewandowski."),
              "Producers have signed SS Thaman and Barcelona signed CF Robert Lewandowski.");
    EXPECT_EQ(say("Foxes: SS Andre Lusk, left hamstring tightness, was held out for the second straight game."),
              "Foxes: shortstop Andre Lusk, left hamstring tightness, was held out for the second straight game.");
    EXPECT_EQ(say("Couple Wed Morning After Proposal; Nguyen Thi Thu overnight became famous."),
              "Couple Wed Morning After Proposal; Nguyen Thi Thu overnight became famous.");
    EXPECT_EQ(say("Timnas di Grup H. Mereka akan menghadapi Jepang.", "id"), "Timnas di Grup H. Mereka akan menghadapi Jepang.");
    EXPECT_EQ(say("I armia, i policja. W serwisie X armia trolli. Karol I. był świadkiem.", "pl"),
              "I armia, i policja. W serwisie X armia trolli. Karol I. był świadkiem.");
    EXPECT_EQ(say("Il vertice del 26-27 giugno.", "it"), "Il vertice del 26 e 27 giugno.");
    EXPECT_EQ(say("La grève est prévue les 5-6 juin, les 5-20 juillet.", "fr"), "La grève est prévue les 5 et 6 juin, les 5 au 20 juillet.");
}

// Round 42: a frame rate, a slash line, Gaelic points with a nought, a headline's amount before what it
// builds, a number to call before its letters, a code's section and a council's paper by number.
TEST(NormalizerTest, shouldSayRound42sEnglishForms) {
    EXPECT_EQ(say("It runs 4K/60fps, records 1080p/60 and 4K footage; the 2K/3K split."),
              "It runs four K at sixty frames per second, records ten eighty P at sixty and four K footage; the two K/three K split.");
    EXPECT_EQ(say("Judge hit .312/.405/.589 this year."), "Judge hit three-twelve, four-oh-five, five-eighty-nine this year.");
    EXPECT_EQ(say("Dublin 0-12, Kerry 1-09. Kilkenny 2-07 to 1-15."), "Dublin zero-twelve, Kerry one-nine. Kilkenny two-seven to one-fifteen.");
    EXPECT_EQ(say("Council OKs $4.3M fire station, rejects rental cap"), "Council OKs four point three million dollar fire station, rejects rental cap");
    EXPECT_EQ(say("Treasurer banks on $4.2b housing push"), "Treasurer banks on four point two billion dollar housing push");
    EXPECT_EQ(say("The minister said $40 million cut by the last government would return."),
              "The minister said forty million dollars cut by the last government would return.");
    EXPECT_EQ(say("Call Crime Stoppers at 330-434-2677 (COPS) or 1-800-222-TIPS (8477)."),
              "Call Crime Stoppers at three three oh, four three four, two six seven seven, COPS, or one, eight hundred, two two two, tips.");
    EXPECT_EQ(say("under Ohio Revised Code 2903.02(A) and R.C. 2941.145"),
              "under Ohio Revised Code twenty-nine oh three point oh two, A, and R.C. twenty-nine forty-one point one four five");
    EXPECT_EQ(say("Ordinance No. 3127 failed; Ord. No. 3128 and (Res. No. 2514) passed; the Code 12 times; Resolution 1500 people signed."),
              "Ordinance number thirty-one twenty-seven failed; Ordinance number thirty-one twenty-eight and, Resolution number twenty-five "
              "fourteen, passed; the Code twelve times; Resolution one thousand five hundred people signed.");
    EXPECT_EQ(sayShipped("The iPhone XS and iPhone X; an NI 43-101 report; the VIX rose.", "en"),
              "The iPhone ten S and iPhone ten; an N I forty-three one-oh-one report; the vix rose.");
}

// Round 42, further: an initialism in brackets after its words, a power of ten alone, a currency pair's
// possessive, a road's branch, energy and transfer units, Ubuntu's releases, a batter not out, a year
// before an outlook's noun, a generational suffix before an injury, a team's record, Moody's grades.
TEST(NormalizerTest, shouldSayRound42sFurtherEnglishForms) {
    EXPECT_EQ(say("up 90,000 barrels per day (bpd) as the Iowa Economic Development Authority (IEDA) and general obligation (GO) bonds"),
              "up ninety thousand barrels per day as the Iowa Economic Development Authority and general obligation bonds");
    EXPECT_EQ(say("the IEA (International Energy Agency) and Apple (AAPL) met"), "the I.E.A, International Energy Agency, and Apple, eh A.P.L, met");
    EXPECT_EQ(say("about 10\xE2\x81\xBB\xE2\x81\xB9 of it, 10^6 cells, and I scored 10 points"),
              "about ten to the power of minus nine of it, ten to the power of six cells, and I scored ten points");
    EXPECT_EQ(say("EUR/USD's lowest close"), "Euro-dollar's lowest close");
    EXPECT_EQ(say("west of Interstate 35W and I-35E; a 35W charger"), "west of Interstate thirty-five W and I thirty-five E; a thirty-five watt charger");
    EXPECT_EQ(say("around 3,000 J/kg at 8,400 MT/s and 16 GT/s"),
              "around three thousand joules per kilogram at eight thousand four hundred megatransfers per second and sixteen gigatransfers per second");
    EXPECT_EQ(say("validated Ubuntu 24.04 LTS and Ubuntu 22.10"), "validated Ubuntu twenty-four oh four LTS and Ubuntu twenty-two ten");
    EXPECT_EQ(say("KL Rahul 38 n.o., Gill 112 (n.o.)"), "KL Rahul thirty-eight not out, Gill one twelve, not out");
    EXPECT_EQ(say("IEA sees 2026 demand growth; it cuts 1500 jobs"), "I.E.A sees twenty twenty-six demand growth; it cuts one thousand five hundred jobs");
    EXPECT_EQ(say("Cornerback Kenny Moore II (ankle) was inactive; Grand Theft Auto V (PS4) sold."),
              "Cornerback Kenny Moore the Second, ankle, was inactive; Grand Theft Auto five, P S four, sold.");
    EXPECT_EQ(say("He ran for 61 more yards for the Colts (5-7), who have lost three of four."),
              "He ran for sixty-one more yards for the Colts, five and seven, who have lost three of four.");
    EXPECT_EQ(say("Moody's cut it to Aa2 from Aaa; Baa3 and Caa1."), "Moody's cut it to double-eh two from triple-eh; B double-eh three and C double-eh one.");
}

// Round 42 in other languages: AFP's capital H in a time, a spelled A after "l'", EFE's match minutes,
// an article's paragraph number and the criminal code in Italian, a typewriter's È, a German one before a
// measure, Polish grosze after złoty, Dutch euros and cents before the word "euro", Polish initialisms said as words.
TEST(NormalizerTest, shouldSayRound42sFormsInOtherLanguages) {
    EXPECT_EQ(say("peu après 16H30 et à partir de 15H00", "fr"), "peu après 16 heures 30 et à partir de 15 heures");
    EXPECT_EQ(sayShipped("a indiqué à l'AFP et à l\xE2\x80\x99" "AFP, selon l'Insee", "fr"),
              "a indiqué à l'ah \xC3\xA8" "f p\xC3\xA9 et à l\xE2\x80\x99" "ah \xC3\xA8" "f p\xC3\xA9, selon l'ins\xC3\xA9");
    EXPECT_EQ(say("Brandão (min. 61), Bartra (Llorente, m. 79); Goles: 0 a 1, m. 19: Asante. A 30 m. 5 veces.", "es"),
              "Brandão (minuto 61), Bartra (Llorente, minuto 79); Goles: 0 a 1, minuto 19: Asante. A 30 metros. 5 veces.");
    EXPECT_EQ(sayShipped("E' stato condannato (articolo 61 n. 1, articolo 577 c.p., artt. 88 e 89 del c.p.)", "it"),
              "\xC3\x88 stato condannato (articolo 61 numero 1, articolo 577 del codice penale, articoli 88 e 89 del codice penale)");
    EXPECT_EQ(say("um 1 Prozent, 1 Million, 2,1 Prozent und 11 Prozent", "de"), "um ein Prozent, eine Million, 2,1 Prozent und 11 Prozent");
    EXPECT_EQ(say("8 912,45 z\xC5\x82 i 2,01 z\xC5\x82", "pl"), "8 912 z\xC5\x82otych 45 groszy i 2 z\xC5\x82ote 1 grosz");
    EXPECT_EQ(say("sinds 1 januari 1.582,29 euro bruto en 3,5 euro", "nl"), "sinds 1 januari 1.582 euro en 29 cent bruto en 3,5 euro");
    EXPECT_EQ(sayShipped("Pose\xC5\x82 PiS, dane GUS i PIT", "pl"), "Pose\xC5\x82 pis, dane gus i pit");
    EXPECT_EQ(sayShipped("\"Le 49.3 de trop\"", "fr"), "\"Le 49 3 de trop\"");
}

// An Italian Roman numeral after a demonstrative takes its noun's gender: "questa XII legislatura".
TEST(NormalizerTest, shouldSayAnItalianRomanNumeralAfterADemonstrative) {
    EXPECT_EQ(say("di questa XII legislatura e quel II governo", "it"), "di questa dodicesima legislatura e quel secondo governo");
}

// What the review of round 42's rules found: ordinary copy shaped like their targets keeps its reading.
TEST(NormalizerTest, shouldKeepWhatLooksLikeRound42sFormsButIsNot) {
    EXPECT_EQ(say("The bullet leaves the barrel at 2,800 fps."), "The bullet leaves the barrel at two thousand eight hundred feet per second.");
    EXPECT_EQ(say("It ran at 30 fps."), "It ran at thirty fps.");
    EXPECT_EQ(say("The passenger in seat 11J survived."), "The passenger in seat eleven J survived.");
    EXPECT_EQ(say("Enter the access code 4821 when prompted."), "Enter the access code four eight two one when prompted.");
    EXPECT_EQ(say("Burrow (24-31) threw for 300 yards for the Bengals (5-7)."),
              "Burrow, twenty-four to thirty-one, threw for three hundred yards for the Bengals, five and seven.");
    EXPECT_EQ(say("a footnote's 10\xC2\xB9 stays"), "a footnote's ten\xC2\xB9 stays");
    EXPECT_EQ(say("Previsi\xC3\xB3n: Madrid, min. 5, max. 18. La torre (m. 2) cay\xC3\xB3.", "es"),
              "Previsi\xC3\xB3n: Madrid, min. 5, max. 18. La torre (m. 2) cay\xC3\xB3.");
    EXPECT_EQ(say("mit 1 Sekunde und seit 1 Jahr", "de"), "mit einer Sekunde und seit einem Jahr");
    EXPECT_EQ(say("1,08 euro per dollar", "nl"), "1,08 euro per dollar");
    EXPECT_EQ(sayShipped("Il reato \xC3\xA8 previsto dal c.p.", "it"), "Il reato \xC3\xA8 previsto dal codice penale.");
}

// Round 43: aviation's names (a runway's digits and side, a Boeing's variant, a transponder's code, a flight level),
// a port's and an issue's numbers in pairs, two amounts of one unit apart by a slash (no rate), a size's "XL", a
// release's number in copy about releases, a link's terabits, a count after "called", a team's record now, and
// two financial years joined by "to".
TEST(NormalizerTest, shouldSayAviationPortsSpecsReleasesAndRecordsAsTheirCopyMeansThem) {
    EXPECT_EQ(say("It landed on runway 01L, then runway 27R; a replacement 737-800 departed, and a 777-300ER."),
              "It landed on runway zero one left, then runway two seven right; a replacement seven thirty-seven eight hundred departed, and a "
              "seven seventy-seven three hundred E R.");
    EXPECT_EQ(say("The crew squawked 7700 at flight level 350."), "The crew squawked seven seven zero zero at flight level three five zero.");
    EXPECT_EQ(say("In 737 cases, prices fell."), "In seven hundred thirty-seven cases, prices fell.");
    EXPECT_EQ(say("Expose port 9443 and see issue #4821; the #1 seed."),
              "Expose port ninety-four forty-three and see issue number forty-eight twenty-one; the number one seed.");
    EXPECT_EQ(say("The ship docked at port 3."), "The ship docked at port three.");
    EXPECT_EQ(say("The 12GB/256GB model and a 500mg/5mL dose."),
              "The twelve gigabyte, two hundred fifty-six gigabyte model and a five hundred milligram per five milliliters dose.");
    EXPECT_EQ(say("The Pixel 10 Pro XL and Super Bowl XL."), "The Pixel ten Pro X L and Super Bowl forty.");
    EXPECT_EQ(say("A patch release for the 3.12 series; it will be removed in 3.14 and the 3.10 series is deprecated."),
              "A patch release for the three point twelve series; it will be removed in three point fourteen and the three point ten series is deprecated.");
    EXPECT_EQ(say("Shares rose to 12.25, the release said."), "Shares rose to twelve point two five, the release said.");
    EXPECT_EQ(say("Demand for our 1.6T optical DSPs rose; Nvidia is worth $4.6T."),
              "Demand for our one point six T optical DSPs rose; Nvidia is worth four point six trillion dollars.");
    EXPECT_EQ(say("The AP had called 371 of the 435 House races; call 999."),
              "The AP had called three hundred seventy-one of the four hundred thirty-five House races; call nine nine nine.");
    EXPECT_EQ(say("Boston is 22-3 when holding opponents under 40% shooting."),
              "Boston is twenty-two and three when holding opponents under forty percent shooting.");
    EXPECT_EQ(say("It was 1-1 at the break."), "It was one to one at the break.");
    EXPECT_EQ(say("The corpus for 2021-22 to 2025-26 was raised; in 2024-25 it rose."),
              "The corpus for twenty twenty-one twenty-two to twenty twenty-five twenty-six was raised; in twenty twenty-four to twenty-five it rose.");
    EXPECT_EQ(sayShipped("The super PAC spent $5 million; use 2 GiB of memory.", "en"),
              "The super pack spent five million dollars; use two gibibytes of memory.");
}

// Round 43, other languages: Polish law's articles in their case and "maks."; a number to call in space-parted groups
// no count of thousands makes; AFP's Spanish "16H00"; "S&P" in Spanish; a Danish party's letters after its own name;
// cubic metres in Portuguese and Italian.
TEST(NormalizerTest, shouldSayRound43sForeignForms) {
    EXPECT_EQ(say("Zgodnie z art. 3 ust. 1 ustawy bon to maks. 2150 z\xC5\x82, w art. 12, na podstawie art. 5.", "pl"),
              "Zgodnie z artyku\xC5\x82" "em 3 ust\xC4\x99p 1 ustawy bon to maksymalnie 2150 z\xC5\x82otych, "
              "w artykule 12, na podstawie artyku\xC5\x82u 5.");
    EXPECT_EQ(say("infolinia 22 560 16 00, 1 250 000 os\xC3\xB3" "b", "pl"), "infolinia 2 2, 5 6 0, 1 6, 0 0, 1 250 000 os\xC3\xB3" "b");
    EXPECT_EQ(say("la l\xC3\xADnea 800 623 2323 y el 2024-05-12", "es"), "la l\xC3\xADnea 8 0 0, 6 2 3, 2 3 2 3 y el 2024-05-12");
    EXPECT_EQ(say("a las 16H00 locales (19H30 GMT)", "es"), "a las 16 horas locales (19 horas 30 GMT)");
    EXPECT_EQ(sayShipped("el \xC3\xADndice S&P Merval", "es"), "el \xC3\xADndice ese y pe Merval");
    // (Three capitals said as a word, which eSpeak NG spells inside a sentence: "del SAT," "ese a te".)
    EXPECT_EQ(sayShipped("El jefe del SAT, dijo que el IVA sube.", "es"), "El jefe del sat, dijo que el iva sube.");
    EXPECT_EQ(sayShipped("infolinii ZUS", "pl"), "infolinii zus");
    EXPECT_EQ(say("Ministeren sagde, at Liberal Alliance (LA) og Lars Jensen (S) stemte for.", "da"),
              "Ministeren sagde, at Liberal Alliance og Lars Jensen (Socialdemokratiet) stemte for.");
    EXPECT_EQ(say("16 hm\xC2\xB3 de \xC3\xA1gua", "pt"), "16 hect\xC3\xB3metros c\xC3\xBA" "bicos de \xC3\xA1gua");
    EXPECT_EQ(say("10 m\xC2\xB3 al mese", "it"), "10 metri cubi al mese");
}

// The review of round 43's rules: what looks like their targets and is not.
TEST(NormalizerTest, shouldLeaveWhatLooksLikeRound43sTargetsAlone) {
    EXPECT_EQ(say("Call the hotline at 757-800-1212."), "Call the hotline at seven five seven, eight hundred, one two one two.");
    EXPECT_EQ(say("She returned to the runway 10 years after her debut; Heathrow's runway 3 would cost more."),
              "She returned to the runway ten years after her debut; Heathrow's runway three would cost more.");
    EXPECT_EQ(say("The jet landed on runway 27 after the crew declared an emergency."),
              "The jet landed on runway two seven after the crew declared an emergency.");
    EXPECT_EQ(say("Arsenal are 3-1 on aggregate."), "Arsenal are three to one on aggregate.");
    EXPECT_EQ(say("It is 1-1 at the Etihad."), "It is one to one at the Etihad.");
    EXPECT_EQ(say("He ran 9.86 in the Diamond League series."), "He ran nine point eight six in the Diamond League series.");
    EXPECT_EQ(sayShipped("The Public Accounts Committee (PAC) will question the minister.", "en"),
              "The Public Accounts Committee will question the minister.");
    EXPECT_EQ(sayShipped("Torwart Mio Backhaus hielt stark, 800 Mrd Euro.", "de"), "Torwart Mio Backhaus hielt stark, 800 Milliarden Euro.");
    EXPECT_EQ(say("Preu\xC3\x9F (8.) und Voigt (12.) kamen lediglich ins Mittelfeld.", "de"),
              "Preu\xC3\x9F (8.) und Voigt (12.) kamen lediglich ins Mittelfeld.");
    EXPECT_EQ(say("Depuis 2015 12 000 personnes sont venues.", "fr"), "Depuis 2015 12 000 personnes sont venues.");
    EXPECT_EQ(say("zarzut z art. 148 kk", "pl"), "zarzut z artyku\xC5\x82u 148 kk");
    EXPECT_EQ(say("Инфляция — 8,1%, нарушение ст. 5, в соответствии со ст. 15", "ru"),
              "Инфляция — восемь целых одна десятая процента, нарушение статьи 5, в соответствии со статьёй 15");
    EXPECT_EQ(say("Выручка 3 тыс. USD.", "ru"), "Выручка 3 тысячи USD.");
    EXPECT_EQ(say("Доллар подорожал на 0,25 руб.", "ru"), "Доллар подорожал на 25 копеек.");
    EXPECT_EQ(say("Investitionen von 1 Mrd. Euro", "de"), "Investitionen von einer Milliarde Euro");
}

// Pictographs between a word and a capital part two sentences; the 76ers by their name.
TEST(NormalizerTest, shouldStopWherePictographsPartTwoSentences) {
    EXPECT_EQ(say("New chapter unlocked \xF0\x9F\x94\x91\xF0\x9F\x8F\xA1 Can't believe this is ours."), "New chapter unlocked. Can't believe this is ours.");
    EXPECT_EQ(say("Great game \xF0\x9F\x94\xA5 and more."), "Great game and more.");
    EXPECT_EQ(sayShipped("The Philadelphia 76ers won.", "en"), "The Philadelphia Seventy-Sixers won.");
    EXPECT_EQ(say("It returned after a 0815 UTC departure."), "It returned after an oh eight fifteen UTC departure.");
    EXPECT_EQ(say("At 1-1, we needed more composure with the ball.", "en-GB"), "At one-all, we needed more composure with the ball.");
    EXPECT_EQ(say("A State-level helpline, 1070, and the national number 1078 will remain open."),
              "A State-level helpline, one oh seven oh, and the national number one oh seven eight will remain open.");
}

// Round 44's English forms: whole seconds in a race's gaps and penalties, a season's record after "went", a maiden
// name in brackets inside a name, a quote's closing single mark after its punctuation, a street's direction after
// any word, a hash rate, a firm named by a multiple, one of a currency after "every".
TEST(NormalizerTest, shouldSayRound44sEnglishForms) {
    EXPECT_EQ(say("He built a lead of more than 8s and was handed a 5s time penalty."),
              "He built a lead of more than eight seconds and was handed a five-second time penalty.");
    EXPECT_EQ(say("His 1978 team went 26-1 and won the state title."), "His nineteen seventy-eight team went twenty-six and one and won the state title.");
    EXPECT_EQ(say("He was the son of Walter and Edna (Crawford) Whitaker."), "He was the son of Walter and Edna Crawford Whitaker.");
    EXPECT_EQ(say("It takes your whole life,' Kowalczyk recalled."), "It takes your whole life, Kowalczyk recalled.");
    EXPECT_EQ(say("It is near the intersection with E. Division St."), "It is near the intersection with East Division Street.");
    EXPECT_EQ(say("It hit 642 EH/s, a record."), "It hit six hundred forty-two exahashes per second, a record.");
    EXPECT_EQ(say("said Markus Thielen of 10x Research."), "said Markus Thielen of ten X Research.");
    EXPECT_EQ(say("They take 64p of every \xC2\xA3" "1 the council spends."), "They take sixty-four pence of every pound the council spends.");
    EXPECT_EQ(say("It starts at 6pm BST."), "It starts at six P-M BST.");
}

// What looks like them and is not: a decade and plural figures, a score after "went", a firm's name in brackets after
// its own, an apostrophe after a plural, a multiple, an amount after "every".
TEST(NormalizerTest, shouldLeaveWhatLooksLikeRound44sTargetsAlone) {
    EXPECT_EQ(say("He rolled 8s and 9s, a lead of 8s or 9s at the table.").find("second"), std::string::npos);
    EXPECT_EQ(say("The team went 3-1 up in the second half."), "The team went three to one up in the second half.");
    EXPECT_EQ(say("The players' union met."), "The players' union met.");
    EXPECT_EQ(say("It rose 10x Monday."), "It rose ten times Monday.");
    EXPECT_EQ(say("every \xC2\xA3" "1.50 counts"), "every one pound fifty counts");
    EXPECT_EQ(say("The firm (Acme) said no."), "The firm, Acme, said no.");
}

// Round 44's short forms in brackets after the words they stand for, said once in any language but English; a
// Swiss member's party and canton, the canton by its name in the language of the copy.
TEST(NormalizerTest, shouldSayAGlossedShortFormOnceAndASwissCantonByName) {
    // (A unit's symbol always; an initialism when the lexicon says it as the words: "UU", "p.p.".)
    EXPECT_EQ(sayShipped("di bawah 2 hektare (ha). Sesuai Undang-Undang (UU) Nomor 17.", "id").find("("), std::string::npos);
    EXPECT_EQ(sayShipped("subiu 1,5 pontos percentuais (p.p.) no ano.", "pt").find("(p"), std::string::npos);
    EXPECT_EQ(say("73 \xC3\xB8re per kilowattime (kWh) i dag.", "no").find("kWh"), std::string::npos);
    EXPECT_EQ(say("custa 1.932 euros por metro quadrado (m2).", "pt").find("m2"), std::string::npos);
    // (An initialism said as letters stays, the name the story uses later; so does a bracket that glosses nothing.)
    EXPECT_NE(sayShipped("segundo o Instituto Nacional de Estat\xC3\xADstica (INE).", "pt").find("(I"), std::string::npos);
    EXPECT_NE(say("Jan Kowalski (PiS) i Anna Nowak (KO) zag\xC5\x82osowali.", "pl").find("(PiS"), std::string::npos);
    EXPECT_EQ(say("Andri Silberschmidt (FDP/ZH) und Pirmin Bischof (Mitte/SO) sagten.", "de"),
              "Andri Silberschmidt (F D P, Z\xC3\xBCrich) und Pirmin Bischof (Mitte, Solothurn) sagten.");
    EXPECT_EQ(say("Nicolas Glauser (UDC/VD) et C\xC3\xA9line Amaudruz (UDC/GE) ont vot\xC3\xA9.", "fr"),
              "Nicolas Glauser (U D C, Vaud) et C\xC3\xA9line Amaudruz (U D C, Gen\xC3\xA8ve) ont vot\xC3\xA9.");
    EXPECT_NE(say("Die Linie (S1/ZH) f\xC3\xA4hrt.", "de").find("S1/"), std::string::npos);
}

// A unit's power typed as a plain figure after a number, "40 m2", read as the superscript is (not a code's "A320m2");
// grams and kilos after a figure in the Nordic languages.
TEST(NormalizerTest, shouldReadASquareMetreTypedWithAPlainTwoAndNordicGrams) {
    EXPECT_EQ(say("tem 40 m2 e 12km2", "pt"), "tem 40 metros quadrados e 12 quil\xC3\xB3metros quadrados");
    EXPECT_EQ(say("Woningen kleiner dan 40 m2 vallen buiten.", "nl"), "Woningen kleiner dan 40 vierkante meter vallen buiten.");
    EXPECT_EQ(say("It has 40 m2 of space and the A320m2 jet."), "It has forty square meters of space and the A-three twenty M two jet.");
    EXPECT_EQ(say("ett paket sm\xC3\xB6r p\xC3\xA5 500 g kostar 129 kronor per kg", "sv"), "ett paket sm\xC3\xB6r p\xC3\xA5 500 gram kostar 129 kronor per kilo");
    EXPECT_EQ(say("en pose p\xC3\xA5 2 kg", "no"), "en pose p\xC3\xA5 2 kilo");
}

// A wire's universal time in brackets after the local one, in Spanish; an hour alone with its nought after the
// Nordic clock's word.
TEST(NormalizerTest, shouldReadAWiresUniversalTimeAndANordicHourWithItsNought) {
    EXPECT_EQ(say("comenz\xC3\xB3 a las 10 horas hora local (15.00 GMT).", "es"), "comenz\xC3\xB3 a las 10 horas hora local (15 horas GMT).");
    EXPECT_EQ(say("subi\xC3\xB3 a 15.00 pesos", "es"), "subi\xC3\xB3 a 15.00 pesos");
    EXPECT_EQ(say("\xC3\xA5pent hverdager klokka 09 til 15", "no"), "\xC3\xA5pent hverdager klokka 9 til 15");
}

// A Dutch magnitude's short form with its dot inside the sentence: the dot goes with it.
TEST(NormalizerTest, shouldSayADutchMagnitudesShortFormWithoutItsDot) {
    EXPECT_EQ(say("Verder gaat 600 mln. naar personeel.", "nl"), "Verder gaat 600 miljoen naar personeel.");
    EXPECT_EQ(say("Het kost 600 mln. Daarna volgt meer.", "nl"), "Het kost 600 miljoen. Daarna volgt meer.");
}

// Dutch capitals spelled with the letter S by its name, which eSpeak NG's Dutch reads as a sound when it stands alone.
TEST(NormalizerTest, shouldSpellADutchInitialismWithTheLetterSByName) {
    EXPECT_EQ(say("Ook de NSC en de SGP.", "nl"), "Ook de N es C en de es G P.");
}

// The review of round 44's rules: copy shaped like their targets, read as before.
TEST(NormalizerTest, shouldLeaveWhatTheReviewOfRound44FoundAlone) {
    EXPECT_EQ(say("For every $1 billion in sales, it hires 20 people."), "For every one billion dollars in sales, it hires twenty people.");
    EXPECT_EQ(say("The deal values the company at 12x Ebitda."), "The deal values the company at twelve times Ebitda.");
    EXPECT_EQ(say("The Premier League derby finished 1-1."), "The Premier League derby finished one to one.");
    EXPECT_EQ(say("The team finished 12-4 in the regular season."), "The team finished twelve and four in the regular season.");
    EXPECT_EQ(say("Officers from the Kansas City (Missouri) Police Department arrived."),
              "Officers from the Kansas City, Missouri, Police Department arrived.");
    EXPECT_EQ(say("The coach named a 7s squad ahead of the Cape Town leg.").find("second"), std::string::npos);
    EXPECT_EQ(say("The decision was a mistake, said W. Lane, the union's secretary.").find("West"), std::string::npos);
    EXPECT_EQ(say("Ministerpr\xC3\xA4sident Daniel G\xC3\xBCnther (CDU/SH) k\xC3\xBCndigte Neuwahlen an.", "de").find("Schaffhausen"), std::string::npos);
    EXPECT_NE(sayShipped("Le Fonds mon\xC3\xA9taire international (FMI) a revu sa pr\xC3\xA9vision.", "fr").find("(F"), std::string::npos);
}

// A study's hazard ratio, before its decimal where the sentence gives a study's figures; other HRs stay letters.
TEST(NormalizerTest, shouldSayAStudysHazardRatio) {
    EXPECT_EQ(say("It cut risk by 14% (HR 0.86; 95% CI 0.77-0.96)."),
              "It cut risk by fourteen percent, hazard ratio zero point eight six; ninety-five percent confidence interval zero point seven seven to "
              "zero point nine six.");
    EXPECT_EQ(say("His HR dept said no."), "His HR dept said no.");
    EXPECT_EQ(say("The HR 2.5 motion passed the House."), "The HR two point five motion passed the House.");
}

// A scorers' list, each name with its minute ("Villa: Watkins 34', Okafor 87'"), says the minutes with no other word of
// football in the line; a quotation's closing mark after a figure ("'Tiny Titans 2'") is no foot; a height still is.
TEST(NormalizerTest, shouldSayAScorersMinutesAndKnowAClosingQuoteFromFeet) {
    EXPECT_EQ(say("Villa: Watkins 34', Okafor 87'"), "Villa: Watkins thirty-fourth minute, Okafor eighty-seventh minute");
    EXPECT_EQ(say("The sequel 'Tiny Titans 2' slipped 58%."), "The sequel Tiny Titans two slipped fifty-eight percent.");
    EXPECT_EQ(say("The 'big' wall is 10' high, and he is 6' tall."), "The big wall is ten feet high, and he is six feet tall.");
}

// Shares of a hundred in a sentence about a ratio are the ratio ("The funding ratio will be 90:10"), not minutes and
// seconds; a runner's time and a clock keep their reading.
TEST(NormalizerTest, shouldSayTheSharesOfARatioNamedInTheSentence) {
    EXPECT_EQ(say("The funding ratio will be 90:10 for hill states."), "The funding ratio will be ninety to ten for hill states.");
    EXPECT_EQ(say("He ran 90:10 in the race."), "He ran ninety minutes ten seconds in the race.");
    EXPECT_EQ(say("The ratio rose by 10:30 a.m."), "The ratio rose by ten thirty A-M.");
}

// A recent year after "for" before its clause's verb ("The plan for 2026 includes…") and after "into" ("going into 2026
// is…") is a year; a count before its noun stays a count.
TEST(NormalizerTest, shouldSayAYearAfterForOrIntoBeforeItsVerb) {
    EXPECT_EQ(say("The order book going into 2026 is the strongest."), "The order book going into twenty twenty-six is the strongest.");
    EXPECT_EQ(say("The Capital Plan for 2026 includes it."), "The Capital Plan for twenty twenty-six includes it.");
    EXPECT_EQ(say("He turned it into 2025 votes."), "He turned it into two thousand twenty-five votes.");
}

// A service line's short number is said digit by digit where it is called ("Call 211"), not where it counts what was
// called ("the AP had called 211 seats").
TEST(NormalizerTest, shouldNotReadACountOfWhatWasCalledAsAServiceLine) {
    EXPECT_EQ(say("The AP had called 211 seats for Democrats."), "The AP had called two hundred eleven seats for Democrats.");
    EXPECT_EQ(say("Call 211 for help."), "Call two one one for help.");
}

// The letter A after "an" is a grade or a name, said as the letter ("an A CinemaScore"); an amount before a contraction
// in "'s" ("At $999 it's") is a plural, not an adjective.
TEST(NormalizerTest, shouldSayTheLetterAAfterAnAndAnAmountBeforeAContraction) {
    EXPECT_EQ(say("The film earned an A CinemaScore and an A-minus."), "The film earned an eh CinemaScore and an A-minus.");
    EXPECT_EQ(say("At $999 it's the longest-lasting flagship."), "At nine hundred ninety-nine dollars it's the longest-lasting flagship.");
    EXPECT_EQ(say("It sold $20 bills."), "It sold twenty dollar bills.");
}

// A party's letters right after the party's own name ("Centerpartiet (C)", "Enhedslisten (EL)", "Det Konservative
// Folkeparti (K)") are not said after it; after a person's name they are the person's party and stay.
TEST(NormalizerTest, shouldNotSayAPartysLettersAfterItsName) {
    EXPECT_EQ(sayShipped("Det Konservative Folkeparti (K) og Enhedslisten (EL) vil, sagde Mona Juul (K).", "da"),
              sayShipped("Det Konservative Folkeparti og Enhedslisten vil, sagde Mona Juul (K).", "da"));
    EXPECT_EQ(sayShipped("Centerpartiet (C) och V\u00E4nsterpartiet (V) vill.", "sv"), sayShipped("Centerpartiet och V\u00E4nsterpartiet vill.", "sv"));
    EXPECT_NE(sayShipped("sade Ebba Busch (KD).", "sv"), sayShipped("sade Ebba Busch.", "sv"));
}

// Italian power and energy after a figure: kW, GW, MWh, GWh, TWh as words (eSpeak NG spells them); an hour of energy is
// masculine ("1 gigawattora", not "una").
TEST(NormalizerTest, shouldSayItalianPowerAndEnergyUnits) {
    EXPECT_EQ(say("fino a 16,5 kW, una centrale da 2 GW e 5 MWh", "it"), "fino a 16,5 chilowatt, una centrale da 2 gigawatt e 5 megawattora");
    EXPECT_EQ(say("superiori a 1 GWh l'anno", "it").find("una"), std::string::npos);
}

// A price's measure after the currency's word in French ("100 euros/MWh", "5 euros/m2"); a kilo- unit glossed after its
// words written "quilo-" or "chilo-" ("quilômetros (km)") is not said again.
TEST(NormalizerTest, shouldSayAFrenchPricesMeasureAfterTheWordAndDropAKiloUnitsGloss) {
    EXPECT_EQ(say("entre 80 et 100 euros/MWh, \u00E0 5 euros/m2", "fr"), "entre 80 et 100 euros le m\u00E9gawattheure, \u00E0 5 euros le m\u00E8tre carr\u00E9");
    EXPECT_EQ(sayShipped("2,7 mil quil\u00F4metros (km) de redes", "pt").find("(km)"), std::string::npos);
}

// A size with each side's unit, its sign "×" as well as "x", spaced or glued ("a 1.1 m × 0.7 m mirror", "a 1.1m x 0.7m
// mirror"): "by", a one-letter unit said as the unit (no million), both sides singular before their noun.
TEST(NormalizerTest, shouldSayASizeWithEachSidesUnitAndItsSign) {
    EXPECT_EQ(say("a 1.1 m \u00D7 0.7 m mirror"), "a one point one meter by zero point seven meter mirror");
    EXPECT_EQ(say("a 1.1m x 0.7m mirror"), "a one point one meter by zero point seven meter mirror");
    EXPECT_EQ(say("It measures 20 cm \u00D7 30 cm."), "It measures twenty centimeters by thirty centimeters.");
    EXPECT_EQ(say("He raised \u00A31.1m last year."), "He raised one point one million pounds last year.");
}

// A price by the square metre with the unit after the word for "per" and no figure before it ("7,5 euros por m2", "par
// m2", "pro m2") said as the unit.
TEST(NormalizerTest, shouldSayASquareMetreAfterTheWordForPer) {
    EXPECT_EQ(sayShipped("7,5 euros por m2 al mes", "es"), "7,5 euros por metro cuadrado al mes");
    EXPECT_EQ(sayShipped("5 euros par m2", "fr"), "5 euros par m\u00E8tre carr\u00E9");
    EXPECT_EQ(sayShipped("10 Euro pro m2", "de"), "10 Euro pro Quadratmeter");
    EXPECT_EQ(sayShipped("el m2 es caro", "es"), "el m2 es caro");
}

// What the review of round 45's rules found read wrong, read right: a year's apostrophe opens no quotation, inches after
// the mark make it feet inside a quotation, a title's figure in single marks is no minute, a noun's 's after an amount.
TEST(NormalizerTest, shouldKeepFeetTitlesAndNounsThatRound45sRulesMisread) {
    EXPECT_EQ(say("In the '90s he was 6' tall."), "In the nineties he was six feet tall.");
    EXPECT_EQ(say("'He is 6' 9\" tall,' she said."), "He is six feet nine inches tall, she said.");
    EXPECT_EQ(say("The film 'Catch 22', a classic."), "The film Catch twenty-two, a classic.");
    EXPECT_EQ(say("A $2 coin's value rose."), "A two dollar coin's value rose.");
}

// A measure, a duration or a range of money before the noun it describes is said as an adjective, in the singular:
// a product's spec glued to its figure ("100W wired charging"), hours and minutes ("a 2h 40m video call"), and both
// ends of a range with the currency said once ("a $130 million to $140 million start").
TEST(NormalizerTest, shouldSayCompoundMeasuresBeforeANounInTheSingular) {
    EXPECT_EQ(say("It supports 100W wired charging."), "It supports one hundred watt wired charging.");
    EXPECT_EQ(say("a 200MP main sensor"), "a two hundred megapixel main sensor");
    EXPECT_EQ(say("It uses 65W USB-C charging."), "It uses sixty-five watt U.S.B-C charging.");
    EXPECT_EQ(say("The panel draws 5W overnight."), "The panel draws five watts overnight.");
    EXPECT_EQ(say("About 40mm fell in an hour."), "About forty millimeters fell in an hour.");
    EXPECT_EQ(say("through a 2h 40m video call"), "through a two-hour forty-minute video call");
    EXPECT_EQ(say("The call lasted 2h 40m."), "The call lasted two hours and forty minutes.");
    EXPECT_EQ(say("tracking for a $130 million to $140 million start"),
              "tracking for a one hundred thirty million to one hundred forty million dollar start");
    EXPECT_EQ(say("a $10 to $20 fee"), "a ten to twenty dollar fee");
    EXPECT_EQ(say("He paid $130 million to $140 million."), "He paid one hundred thirty million dollars to one hundred forty million dollars.");
    EXPECT_EQ(say("Revenue rose from $5 million to $7 million last year."),
              "Revenue rose from five million dollars to seven million dollars last year.");
}

// Round 46's English pages and texts: a tennis score in play ("at 5-6, 15-40", "love-two"), a pitcher's record and a
// hitter's average in brackets, a baseman's position, a title's year, a recall's number, a statute's section with a round
// ten, an exam's starred grade and its number or letter, a server's path, a site named in capitals with its path, two
// measures of one warranty, a modal after an amount, an amount before a preposition.
TEST(NormalizerTest, shouldSayWhatRound46FoundInEnglish) {
    EXPECT_EQ(say("Sinner saved two match points at 5-6 in the fourth set."), "Sinner saved two match points at five-six in the fourth set.");
    EXPECT_EQ(say("At 5-6, 15-40, you just try to stay in the point."), "At five-six, fifteen-forty, you just try to stay in the point.");
    EXPECT_EQ(say("Gauff was leading 6-4, 1-2 when rain came."), "Gauff was leading six-four, one-two when rain came.");
    EXPECT_EQ(say("a code violation for racket abuse at 0-2 in the fifth"), "a code violation for racket abuse at love-two in the fifth");
    EXPECT_EQ(say("beat them 7-6 (3), 3-6, [10-7] in a match tiebreak"),
              "beat them seven-six, tie-break three, three-six, ten-seven in a match tiebreak");
    EXPECT_EQ(say("The vote was 5-4 in the third reading."), "The vote was five to four in the third reading.");
    EXPECT_EQ(say("Chelsea led 2-1 at the break."), "Chelsea led two to one at the break.");
    EXPECT_EQ(say("Mu\u00F1oz (4-2) struck out Yordan Alvarez on a fastball."), "Mu\u00F1oz, four and two, struck out Yordan Alvarez on a fastball.");
    EXPECT_EQ(say("Pe\u00F1a is 11 for 24 (.458) over his last six games."), "Pe\u00F1a is eleven for twenty-four, four-fifty-eight, over his last six games.");
    EXPECT_EQ(say("Mariners: 2B Jorge Polanco, left knee soreness, was out of the lineup."),
              "Mariners: second baseman Jorge Polanco, left knee soreness, was out of the lineup.");
    EXPECT_EQ(say("Tenants: 2B Mary Jones and 3B Ann Lee."), "Tenants: two B Mary Jones and three B Ann Lee.");
    EXPECT_EQ(say("Plan 2B Smith Street"), "Plan two B Smith Street");
    EXPECT_EQ(say("2024 champion Danielle Collins"), "twenty twenty-four champion Danielle Collins");
    EXPECT_EQ(say("What's New for 2026?"), "What's New for twenty twenty-six?");
    EXPECT_EQ(say("the recall campaign number 25V-318."), "the recall campaign number twenty-five V, three eighteen.");
    EXPECT_EQ(say("under 49 U.S.C. \u00A7 30165."), "under forty-nine U.S.C. section three oh one sixty-five.");
    EXPECT_EQ(say("Binding Operational Directive 22-01."), "Binding Operational Directive twenty-two dash oh one.");
    EXPECT_EQ(say("awarded an A* or A, and 9.4 per cent an A*."), "awarded an eh-star or A, and nine point four per cent an eh-star.");
    EXPECT_EQ(say("where letter grades A*-G are still used"), "where letter grades eh-star to G are still used");
    EXPECT_EQ(say("pupils awarded grade 7/A or above"), "pupils awarded grade seven or eh or above");
    EXPECT_EQ(say("The grade 2 listed building at 5/A High Street"), "The grade two listed building at five/A High Street");
    EXPECT_EQ(say("requests to the /api/v2.0/system/config endpoint"),
              "requests to the slash api slash V two point zero slash system slash config endpoint");
    EXPECT_EQ(say("at NHTSA.gov/recalls or ford.com/support/recalls"),
              "at N.H.T.S.A. dot gov slash recalls or ford dot com slash support slash recalls");
    EXPECT_EQ(say("a 4-year/50,000-mile basic warranty"), "a four-year, fifty thousand-mile basic warranty");
    EXPECT_EQ(say("a 48/52 front/rear split"), "a forty-eight slash fifty-two front-rear split");
    EXPECT_EQ(say("Now we learn that Rs 2.3bn may have gone to ghost farmers."),
              "Now we learn that two point three billion rupees may have gone to ghost farmers.");
    EXPECT_EQ(say("batteries discharged a record 8.9GW during the evening ramp."),
              "batteries discharged a record eight point nine gigawatts during the evening ramp.");
}

// Round 46's other languages: Mexico's "$2,5 millones" is two and a half million; agency minutes "(m.52)"; Russian "$59" and
// "$61,38" with the currency after the figure, "в размере" with the genitive; Italian minutes after an elided article,
// "il 58'", a scorers' line, "sull'1-1", "1 ha" as a verb; Swiss "Mia." and "Fr."; Portuguese and Italian "por m²", "al m²";
// Polish "ok. 160 tys.", "do 4806 zł", "2-4 proc.", "m kw.", "rdr"; Dutch "CD&V", "PVDA"; Korean "주52시간", "10GW", "345㎸".
TEST(NormalizerTest, shouldSayWhatRound46FoundInOtherLanguages) {
    EXPECT_EQ(sayShipped("una n\u00F3mina de $2,5 millones", "es-MX"), "una n\u00F3mina de 2,5 millones de pesos");
    EXPECT_EQ(sayShipped("un total de $3,500,000", "es-MX"), "un total de 3500000 pesos");
    EXPECT_EQ(sayShipped("al comienzo (m.52) y (m.90+3); Goles: 1 a 0, m.34: Merentiel.", "es"),
              "al comienzo (minuto 52) y (minuto 90 m\u00E1s 3); Goles: 1 a 0, minuto 34: Merentiel.");
    EXPECT_EQ(sayShipped("\u0441\u043E\u0441\u0442\u0430\u0432\u0438\u043B\u0430 $61,38 \u0437\u0430 \u0431\u0430\u0440\u0440\u0435\u043B\u044C", "ru"),
              "\u0441\u043E\u0441\u0442\u0430\u0432\u0438\u043B\u0430 61 \u0434\u043E\u043B\u043B\u0430\u0440 38 \u0446\u0435\u043D\u0442\u043E\u0432 "
              "\u0437\u0430 \u0431\u0430\u0440\u0440\u0435\u043B\u044C");
    EXPECT_EQ(sayShipped("\u043E\u043A\u043E\u043B\u043E $5 \u043C\u043B\u043D \u0432 \u0433\u043E\u0434", "ru"),
              "\u043E\u043A\u043E\u043B\u043E \u043F\u044F\u0442\u0438 \u043C\u0438\u043B\u043B\u0438\u043E\u043D\u043E\u0432 "
              "\u0434\u043E\u043B\u043B\u0430\u0440\u043E\u0432 \u0432 \u0433\u043E\u0434");
    EXPECT_EQ(sayShipped("\u0448\u0442\u0440\u0430\u0444 \u0432 \u0440\u0430\u0437\u043C\u0435\u0440\u0435 500 \u0442\u044B\u0441. \u0440\u0443\u0431\u043B\u0435\u0439", "ru"),
              "\u0448\u0442\u0440\u0430\u0444 \u0432 \u0440\u0430\u0437\u043C\u0435\u0440\u0435 \u043F\u044F\u0442\u0438\u0441\u043E\u0442 "
              "\u0442\u044B\u0441\u044F\u0447 \u0440\u0443\u0431\u043B\u0435\u0439");
    EXPECT_EQ(sayShipped("decidono Lautaro al 34' e Thuram all'81'.", "it"),
              "decidono Lautaro al trentaquattresimo minuto e Thuram all'ottantunesimo.");
    EXPECT_EQ(sayShipped("tra il 58' e il 64'; con il 25' di ritardo", "it"),
              "tra il cinquantottesimo minuto e il sessantaquattresimo minuto; con il 25 minuti di ritardo");
    EXPECT_EQ(sayShipped("Marcatori: 12' McTominay (N), 34' Lautaro (I).", "it"),
              "Marcatori: dodicesimo minuto McTominay (N), trentaquattresimo minuto Lautaro (I).");
    EXPECT_EQ(sayShipped("ferme sull'1-1 nel derby", "it"), "ferme sull'uno a 1 nel derby");
    EXPECT_EQ(sayShipped("l'arbitro di Roma 1 ha espulso Conte; un terreno di 1 ha di vigneti", "it"),
              "l'arbitro di Roma 1 ha espulso Conte; un terreno di un ettaro di vigneti");
    EXPECT_EQ(sayShipped("Mehrkosten von bis zu Fr. 1,2 Mia. pro Jahr", "de-CH"), "Mehrkosten von bis zu 1,2 Milliarden Franken pro Jahr");
    EXPECT_EQ(sayShipped("rund 1,2 Mia. Fr. zus\u00E4tzlich", "de-CH"), "rund 1,2 Milliarden Franken zus\u00E4tzlich");
    EXPECT_EQ(sayShipped("Das sagte Mia.", "de-CH"), "Das sagte Mia.");
    EXPECT_EQ(sayShipped("atingiu 8,12 euros por m\u00B2 no pa\u00EDs", "pt-PT"), "atingiu 8,12 euros por metro quadrado no pa\u00EDs");
    EXPECT_EQ(sayShipped("costa 3.500 euro al m2", "it"), "costa 3.500 euro al metro quadro");
    EXPECT_EQ(sayShipped("obejmie ok. 160 tys. przedsi\u0119biorc\u00F3w", "pl"),
              "obejmie oko\u0142o stu sze\u015B\u0107dziesi\u0119ciu tysi\u0119cy przedsi\u0119biorc\u00F3w");
    EXPECT_EQ(sayShipped("do 4806 z\u0142 brutto", "pl"), "do czterech tysi\u0119cy o\u015Bmiuset sze\u015Bciu z\u0142otych brutto");
    EXPECT_EQ(sayShipped("do 2030 roku", "pl"), "do dwa tysi\u0105ce trzydziestego roku");
    EXPECT_EQ(sayShipped("o 2-4 proc., o 350-500 z\u0142; wynik 2-1", "pl"), "o 2 do czterech proc., o 350 do pi\u0119ciuset z\u0142otych; wynik 2-1");
    EXPECT_EQ(sayShipped("ponad 2 tys. m kw., 3,4 proc. rdr", "pl"), "ponad 2 tysi\u0105ce metr\u00F3w kwadratowych, 3,4 proc. rok do roku");
    EXPECT_EQ(sayShipped("Vooruit en CD&V; PVDA-voorzitter", "nl"), "Vooruit en ced\u00E9-en-v\u00E9; P-V-D-A-voorzitter");
    EXPECT_EQ(sayShipped("'\uC8FC52\uC2DC\uAC04' \uC608\uC678, 3\uC2DC\uAC04 \uB3D9\uC548", "ko"), "'\uC8FC52\uC2DC\uAC04' \uC608\uC678, \uC138 \uC2DC\uAC04 \uB3D9\uC548");
    EXPECT_EQ(sayShipped("\uCD5C\uB300 10GW\uC5D0, 345\u33B8 \uC1A1\uC804\uC120\uB85C", "ko"),
              "\uCD5C\uB300 10 \uAE30\uAC00\uC640\uD2B8\uC5D0, 345\uD0AC\uB85C\uBCFC\uD2B8 \uC1A1\uC804\uC120\uB85C");
}

// A telephone extension after the Philippines' "local" is dialed; a "local" count or year is not.
TEST(NormalizerTest, shouldDialAnExtensionAfterLocal) {
    EXPECT_EQ(say("call (02) 8651-7800 local 1149 to report"), "call oh two, eight six five one, seven eight oh oh local one one four nine to report");
    EXPECT_EQ(say("the local 1149 members"), "the local one thousand one hundred forty-nine members");
}

// What the review of round 46's rules found read wrong, read right: other sports' scores and ranges near "broke", "set",
// "served" or "match" keep "to"; a list of scores is no tennis; a union's local is no extension; a can, a compound after
// an amount; a notice's range; a count of winners; an acronym said as a word in an address; a round hundred in a section;
// a volt's range; a letter's footnote star; a percentage range after an elided article; hectares after a common noun;
// Korean places ending in 주; a dollar range in Russian; Swiss nouns after "Mio. Fr.".
TEST(NormalizerTest, shouldKeepWhatRound46sRulesMisread) {
    EXPECT_EQ(say("Salah broke the deadlock and Liverpool went on to win 2-0."), "Salah broke the deadlock and Liverpool went on to win two to nothing.");
    EXPECT_EQ(say("He served 30-40 hours of community service."), "He served thirty to forty hours of community service.");
    EXPECT_EQ(say("City have won their last three games 6-1, 3-0 and 2-0."),
              "City have won their last three games six to one, three to zero and two to zero.");
    EXPECT_EQ(say("About 3,500 Local 1199 nurses went on strike."), "About three thousand five hundred Local eleven ninety-nine nurses went on strike.");
    EXPECT_EQ(say("A 330ml can of cola costs more now."), "A three hundred thirty milliliter can of cola costs more now.");
    EXPECT_EQ(say("It was a \u00A3200m near-record profit."), "It was a two hundred million pound near-record profit.");
    EXPECT_EQ(say("Landlords must give notice 30-60 days before."), "Landlords must give notice thirty to sixty days before.");
    EXPECT_EQ(say("The fund has supported 2015 recipients."), "The fund has supported two thousand fifteen recipients.");
    EXPECT_EQ(say("The 2019 winners returned."), "The twenty nineteen winners returned.");
    EXPECT_EQ(say("More is at NASA.gov/artemis, the agency said."), "More is at NASA dot gov slash artemis, the agency said.");
    EXPECT_EQ(say("Under \u00A7 30100 the rule applies."), "Under section three oh one hundred the rule applies.");
    EXPECT_EQ(say("Group B* teams advanced, the results show."), "Group B teams advanced, the results show.");
    EXPECT_EQ(say("Team A* won the relay."), "Team A won the relay.");
    EXPECT_EQ(say("The CCEA said."), "The C.C.E.A said.");
    EXPECT_EQ(say("The CPU and JSON."), "The CPU and JSON.");
    EXPECT_EQ(sayShipped("Un calo dell'1-2% \u00E8 atteso.", "it"), "Un calo dell'uno-2% \u00E8 atteso.");
    EXPECT_EQ(sayShipped("Il comune ha 5 ha vincolati dal piano.", "it"), "Il comune ha 5 ettari vincolati dal piano.");
    EXPECT_EQ(sayShipped("\uAD11\uC8FC3\uBA85, \uC8FC2\uC2DC\uAC04 \uC6B4\uB3D9", "ko"), "\uAD11\uC8FC\uC138 \uBA85, \uC8FC\uB450 \uC2DC\uAC04 \uC6B4\uB3D9");
    EXPECT_EQ(sayShipped("\u0426\u0435\u043D\u0430 \u0441\u043E\u0441\u0442\u0430\u0432\u0438\u0442 $70-80 \u0437\u0430 \u0431\u0430\u0440\u0440\u0435\u043B\u044C.", "ru"),
              "\u0426\u0435\u043D\u0430 \u0441\u043E\u0441\u0442\u0430\u0432\u0438\u0442 70-80 \u0434\u043E\u043B\u043B\u0430\u0440\u043E\u0432 "
              "\u0437\u0430 \u0431\u0430\u0440\u0440\u0435\u043B\u044C.");
    EXPECT_EQ(sayShipped("Der Kanton zahlt 118 Mio. Fr. Beitr\u00E4ge an die Gemeinden.", "de-CH"),
              "Der Kanton zahlt 118 Millionen Franken Beitr\u00E4ge an die Gemeinden.");
    EXPECT_EQ(sayShipped("mit 118 Mio. Fr. Die Kantone zahlen.", "de-CH"), "mit 118 Millionen Franken. Die Kantone zahlen.");
    EXPECT_EQ(sayShipped("Mieszkanie ma 60 m kw. powierzchni.", "pl"), "Mieszkanie ma 60 metr\u00F3w kwadratowych powierzchni.");
}

// The re-judging of round 46 in English: a force in g on a skidpad, cents per kilowatt-hour, emissions in tonnes of CO2, a
// defanged address, a measure after "per" before its noun, a hotline's short number and a mobile number after "at".
TEST(NormalizerTest, shouldSayWhatRound46sRejudgingFoundInEnglish) {
    EXPECT_EQ(say("circled the skidpad at 0.97 g"), "circled the skidpad at zero point nine seven g");
    EXPECT_EQ(say("It weighs 5 g."), "It weighs five grams.");
    EXPECT_EQ(say("a national average of 17.47\u00A2/kWh."), "a national average of seventeen point four seven cents per kilowatt hour.");
    EXPECT_EQ(sayShipped("emitted 83 MtCO2e in the first half", "en"), "emitted eighty-three million tonnes of CO2 equivalent in the first half");
    EXPECT_EQ(say("the domain update-fortiweb[.]net, registered"), "the domain update dash fortiweb dot net, registered");
    EXPECT_EQ(say("Rs2,400 per 20kg bag"), "Two thousand four hundred rupees per twenty kilogram bag");
    EXPECT_EQ(say("call the DOH hotline at 1555 or"), "call the DOH hotline at one five five five or");
    EXPECT_EQ(say("reach the division at 0917-123-4567."), "reach the division at oh nine one seven, one two three, four five six seven.");
    EXPECT_EQ(say("The siren sounded at 1900."), "The siren sounded at nineteen hundred.");
}

// Round 47: a federal docket's number, a physician's fellowship after "MD", a gloss said again, picograms per millilitre,
// staked ether, an "AEs" gloss, a block's letter, a Boeing by its number before what it names, a flight's number, a
// wallet's address by its ends; Spanish "1615 GMT" and "pb", Portuguese "mil milhões", Russian "на 34-й минуте" and
// "18.50 мск", Polish "WIG20".
TEST(NormalizerTest, shouldSayWhatRound47Found) {
    EXPECT_EQ(say("under case number 24-cr-80112."), "under case number twenty-four C R eight zero one one two.");
    EXPECT_EQ(say("said Prof. Martin J. Eckhardt, MD, FESC, of the clinic"), "said Professor Martin J Eckhardt, MD, F.E.S.C, of the clinic");
    EXPECT_EQ(say("compared with placebo (hazard ratio [HR] 0.68; 95% CI 0.55-0.84)"),
              "compared with placebo, hazard ratio zero point six eight; ninety-five percent confidence interval zero point five five to zero point eight four");
    EXPECT_EQ(say("levels of at least 300 pg/mL"), "levels of at least three hundred picograms per milliliter");
    EXPECT_EQ(sayShipped("about 90,376 stETH", "en"), "about ninety thousand three hundred seventy-six staked E T H");
    EXPECT_EQ(say("The most common adverse events (AEs) were nausea"), "The most common adverse events were nausea");
    EXPECT_EQ(sayShipped("a flat at Blk 1C Cantonment Road; it was 30C", "en"), "a flat at Block one C Cantonment Road; it was thirty degrees Celsius");
    EXPECT_EQ(say("former 737 captain Ross Aimer"), "former seven thirty-seven captain Ross Aimer");
    EXPECT_EQ(say("United flight 1234 diverted"), "United flight twelve thirty-four diverted");
    EXPECT_EQ(say("a flight 1200 miles long"), "a flight one thousand two hundred miles long");
    EXPECT_EQ(say("to an address beginning 0x47666Fab8bd0Ac7003bce3f5C3585383F09486E2 at 14:13 UTC"),
              "to an address beginning zero x four seven six six, ending eight six E two at fourteen thirteen UTC");
    EXPECT_EQ(sayShipped("el peso cotizaba a las 1615 GMT; subi\u00F3 25 pb", "es-419"), "el peso cotizaba a las 16 15 GMT; subi\u00F3 25 puntos b\u00E1sicos");
    EXPECT_EQ(sayShipped("R$ 31 mil milh\u00F5es", "pt-PT"), "31 mil milh\u00F5es de reais");
    EXPECT_EQ(sayShipped("\u043D\u0430 34-\u0439 \u043C\u0438\u043D\u0443\u0442\u0435, \u043D\u0430 2-\u0439 \u044D\u0442\u0430\u043F", "ru"),
              "\u043D\u0430 \u0442\u0440\u0438\u0434\u0446\u0430\u0442\u044C \u0447\u0435\u0442\u0432\u0451\u0440\u0442\u043E\u0439 \u043C\u0438\u043D\u0443\u0442\u0435, "
              "\u043D\u0430 \u0432\u0442\u043E\u0440\u043E\u0439 \u044D\u0442\u0430\u043F");
    EXPECT_EQ(sayShipped("\u0432 18.50 \u043C\u0441\u043A; \u0432 2.50 \u0440\u0430\u0437\u0430", "ru"),
              "\u0432 18 \u0447\u0430\u0441\u043E\u0432 50 \u043C\u0438\u043D\u0443\u0442 \u043F\u043E \u043C\u043E\u0441\u043A\u043E\u0432\u0441\u043A\u043E\u043C\u0443 "
              "\u0432\u0440\u0435\u043C\u0435\u043D\u0438; \u0432 2.50 \u0440\u0430\u0437\u0430");
    EXPECT_EQ(sayShipped("spadek WIG20", "pl"), "spadek wig dwadzie\u015Bcia");
}

// Two vowels in capitals in a clause of their own are spelled ("or EA, said": eSpeak NG says "ee"); a Spanish ranked
// list's numbers after a colon or a semicolon keep a comma's tone.
TEST(NormalizerTest, shouldSpellTwoVowelsAloneAndKeepARankedListsTone) {
    EXPECT_EQ(say("The Environment Agency, or EA, said"), "The Environment Agency, or E.A, said");
    EXPECT_EQ(say("the EA on Monday"), "the EA on Monday");
    EXPECT_EQ(sayShipped("Clasificaci\u00F3n: 1. Real Madrid, 63 puntos; 2. Barcelona, 60.", "es"),
              "Clasificaci\u00F3n: 1, Real Madrid, 63 puntos; 2, Barcelona, 60.");
}

// Spanish "ha" before a participle is the verb, not a hectare.
TEST(NormalizerTest, shouldTakeSpanishHaBeforeAParticipleForTheVerb) {
    EXPECT_EQ(sayShipped("El Ibex 35 ha cerrado con 5 ha de vi\u00F1edo y 30 ha en total.", "es"),
              "El Ibex 35 ha cerrado con 5 hect\u00E1reas de vi\u00F1edo y 30 hect\u00E1reas en total.");
    EXPECT_EQ(sayShipped("La cifra de 2025 ha sido r\u00E9cord.", "es"), "La cifra de 2025 ha sido r\u00E9cord.");
}

// Dutch "3 à 4" is a range ("tot"); Swedish "8 kap." a law's chapter.
TEST(NormalizerTest, shouldSayADutchRangeWithAAndASwedishChapter) {
    EXPECT_EQ(sayShipped("tussen 3 \u00E0 4 euro; een caf\u00E9 \u00E0 la carte", "nl"), "tussen 3 tot 4 euro; een caf\u00E9 \u00E0 la carte");
    EXPECT_EQ(sayShipped("enligt 8 kap. brottsbalken", "sv"), "enligt 8 kapitlet brottsbalken");
}

// What round 48 found read wrong in English: a title's dot before the name, "Vs.", a route's kilometre, racing's furlongs and
// race times, skaters against skaters, a race's gaps and overall time, a stage's minutes and seconds, a results line's
// ranks, countries and initials, tech copy's regions, status classes and lists, severities, rates and timeouts, a ship's
// and a lot's numbers, a card's month and year, a season's two years, a dose per volume, "the ½".
TEST(NormalizerTest, shouldSayWhatRound48FoundInEnglish) {
    EXPECT_EQ(say("The Speaker, Rt Hon. Alban Bagbin, adjourned."), "The Speaker, Right Honourable Alban Bagbin, adjourned.");
    EXPECT_EQ(say("Maple Leafs: Vs. the Senators"), "Maple Leafs: Versus the Senators");
    EXPECT_EQ(say("the climb at km 62, and it runs 62 km"), "the climb at kilometer sixty-two, and it runs sixty-two kilometers");
    EXPECT_EQ(say("a win in the 7f Group 3 and over 6f, then the 1m2f handicap"),
              "a win in the seven-furlong Group three and over six furlongs, then the one mile two furlongs handicap");
    EXPECT_EQ(say("before the 2.40 at Ascot and the 5.25 maiden"), "before the two-forty at Ascot and the five-twenty-five maiden");
    EXPECT_EQ(say("We gave them two 5-on-3s and a 4-on-4."), "We gave them two five-on-threes and a four-on-four.");
    EXPECT_EQ(say("Almeida was at 0:41 and is +0:12 overall in 56:18:42."),
              "Almeida was at forty-one seconds and is plus twelve seconds overall in fifty-six hours, eighteen minutes and forty-two seconds.");
    EXPECT_EQ(say("Ciccone won in 4h 32' 10\" ahead."), "Ciccone won in four hours thirty-two minutes ten seconds ahead.");
    EXPECT_EQ(say("Results: 1 D Kiprotich (Ken) 2:03:41; 2 A Kering (KEN) 2:04:52."),
              "Results: one D Kiprotich, Kenya, two hours, three minutes and forty-one seconds; two eh Kering, Kenya, two hours, four minutes "
              "and fifty-two seconds.");
    EXPECT_EQ(say("Stage 14: 1. Giulio Ciccone (Ita) Lidl-Trek 4:32:10; 2. Lennert Van Eetvelt (Bel) Lotto at 0:41; 3. Joao Almeida (Por) Movistar."),
              "Stage fourteen: one, Giulio Ciccone, Italy, Lidl-Trek four hours, thirty-two minutes and ten seconds; two, Lennert Van Eetvelt, "
              "Belgium, Lotto at forty-one seconds; three, Joao Almeida, Portugal, Movistar.");
    // (A party's label in brackets is no country: "(Ind)" is not India.)
    EXPECT_EQ(say("Councillor Jane Smith (Ind) voted against."), "Councillor Jane Smith, Independent, voted against.");
    EXPECT_EQ(say("in us-east-1 and ap-southeast-2, 5xx errors, HTTP 503 and 504, a SEV-1 incident, 50 req/s, 500/s."),
              "in U S East one and A P Southeast two, five X X errors, HTTP five oh three and five oh four, a sev one incident, fifty requests per "
              "second, five hundred per second.");
    EXPECT_EQ(say("the us-based firm scored 503 and 504 points"), "the us-based firm scored five hundred three and five hundred four points");
    EXPECT_EQ(say("reduced the idle timeout from 600s to 60s"), "reduced the idle timeout from six hundred seconds to sixty seconds");
    EXPECT_EQ(say("music of the 60s"), "music of the sixties");
    EXPECT_EQ(say("an HTTP 500 error; factoring 500s into your overall latency").find("seconds"), std::string::npos);
    EXPECT_EQ(say("Ether (ETH) rose 2%."), "Ether, E.T.H, rose two percent.");
    EXPECT_EQ(say("It left Frankfurt (FRA) at 11:52."), "It left Frankfurt, F.R.A, at eleven fifty-two.");
    EXPECT_EQ(say("under Ley 12/2023 and Decree No. 4/2026"), "under Ley twelve slash two thousand twenty-three and Decree number four slash twenty twenty-six");
    EXPECT_EQ(say("MSC Aurelia, IMO 9930014, lots 31A2244"), "M.S.C Aurelia, I.M.O nine nine three zero zero one four, lots three one A-two two four four");
    EXPECT_EQ(say("expiring from 05/2027 to 11/2027 in the 2024/2025 season"),
              "expiring from May twenty twenty-seven to November twenty twenty-seven in the twenty twenty-four to twenty twenty-five season");
    EXPECT_EQ(say("its 1 g/40 mL presentation"), "its one gram per forty milliliters presentation");
    EXPECT_EQ(say("with the ½ teaspoon and the 1/2 mile"), "with the half teaspoon and the half mile");
}

// What round 48 found in other languages: Spanish thousands that end in one and round millions before a noun, Italian
// ANSA ordinals, the first of a month and the code after "bis", Portuguese ordinals between an article and a noun and "§",
// Scandinavian spans after a word of places, French metres and centimetres.
TEST(NormalizerTest, shouldSayWhatRound48FoundInOtherLanguages) {
    EXPECT_EQ(sayShipped("la Ley 21.577 y 153.000.000 pesos, 3.000.000 y 2.000.000 en total", "es"),
              "la Ley veinti\u00FAn mil quinientos setenta y siete y 153 millones de pesos, 3.000.000 y 2.000.000 en total");
    EXPECT_EQ(sayShipped("la 24/a giornata, il 19/o risultato, 3/4 dei voti", "it"), "la ventiquattresima giornata, il diciannovesimo risultato, 3/4 dei voti");
    EXPECT_EQ(sayShipped("rinviato il 1 febbraio, 1 anno dopo", "it"), "rinviato il primo febbraio, un anno dopo");
    EXPECT_EQ(sayShipped("dall'articolo 589 bis c.p. ieri", "it"), "dall'articolo 589 bis del codice penale ieri");
    EXPECT_EQ(sayShipped("a II Guerra Mundial, da I Liga, o \u00A7 2\u00BA", "pt-PT"), "a Segunda Guerra Mundial, da Primeira Liga, o par\u00E1grafo 2\u00BA");
    EXPECT_EQ(sayShipped("mellan lag 7\u201310 och p\u00E5 plats 1\u20136, vann 3\u20132", "sv"), "mellan lag 7 till 10 och p\u00E5 plats 1 till 6, vann 3\u20132");
    EXPECT_EQ(sayShipped("1,82 m\u00E8tre pour 86 kg, un saut de 2,05 m", "fr"), "1 m\u00E8tre 82 pour 86 kg, un saut de 2 m\u00E8tres 5");
}

// What the review of round 48's rules found read wrong, read right: Fahrenheit after "over", decades and ages beside a
// poll's or a delay's words, nicknames and tickers in brackets, a title after a rank, a height with a space, a clock at
// midnight with its zone, a ruling's number, ranges and seasons in Korean, a house's number in Italian, Spanish millions
// before a verb, Russian "т. е.", French whole metres, Afrikaans money after "die".
TEST(NormalizerTest, shouldKeepWhatRound48sRulesMisread) {
    EXPECT_EQ(say("Temperatures rose over 10F above normal."), "Temperatures rose over ten degrees Fahrenheit above normal.");
    EXPECT_EQ(say("voters in their 20s, polling in the 1990s"), "voters in their twenties, polling in the nineteen nineties");
    EXPECT_EQ(say("Kenneth (Ken) Clarke and Gerard (Ger) Loughnane"), "Kenneth Ken Clarke and Gerard Ger Loughnane");
    EXPECT_EQ(say("Marriott (MAR) 2.1%."), "Marriott, M.A.R, two point one percent.");
    EXPECT_EQ(say("Top films: 1. A Complete Unknown; 2. A Minecraft Movie"), "Top films: one, A Complete Unknown; two, A Minecraft Movie");
    EXPECT_EQ(say("a 6' 11\" center who won"), "a six-foot-eleven center who won");
    EXPECT_EQ(say("at 0:41 UTC the alert fired"), "at twelve forty-one A-M UTC the alert fired");
    EXPECT_EQ(say("the ruling 12/2023"), "the ruling twelve slash twenty twenty-three");
    EXPECT_EQ(sayShipped("1-2\uC778 \uAC00\uAD6C, 6-7\uB3C4, 24-25 \uC2DC\uC98C", "ko"), "1-2\uC778 \uAC00\uAD6C, 6-7\uB3C4, 24-25 \uC2DC\uC98C");
    EXPECT_EQ(sayShipped("abita in via Roma 24/a", "it"), "abita in via Roma 24/a");
    EXPECT_EQ(sayShipped("Los 3.000.000 fueron", "es"), "Los 3.000.000 fueron");
    EXPECT_EQ(sayShipped("3 \u043C\u043B\u043D \u0442. \u0435. \u043C\u043D\u043E\u0433\u043E", "ru"),
              "3 \u043C\u0438\u043B\u043B\u0438\u043E\u043D\u0430 \u0442\u043E \u0435\u0441\u0442\u044C \u043C\u043D\u043E\u0433\u043E");
    EXPECT_EQ(sayShipped("un saut de 6,00 m", "fr"), "un saut de 6 m\u00E8tres");
    EXPECT_EQ(sayShipped("die R350-toelaag en die R500 per maand", "af"), "die 350 rand-toelaag en die 500 rand per maand");
}
