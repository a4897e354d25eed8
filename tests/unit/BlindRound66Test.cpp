// What blind round 66 found read wrong (and round 64's open findings), each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"

#include "ingest/Byline.hpp"
#include "ingest/QuoteAttribution.hpp"
#include "ingest/SportsTableHeaders.hpp"
#include "text/ScriptBuilder.hpp"
#include "text/StoryCues.hpp"

using namespace readcast;

namespace {

std::string pageWith(const std::string& body) {
    return "<html><body><article><h1>Storm side wins the title</h1><p>The home side won the title on Saturday night in front of a "
           "crowd of more than forty thousand people at the stadium.</p>" +
           body + "<p>The coach said afterwards that the squad would take a week off before the next campaign began.</p></article></body></html>";
}

// The blocks read aloud (a caption and a credit are not, unless asked).
std::string spokenBodyOf(const Article& a) {
    std::string body;
    for (const Block& b : a.blocks) {
        if (b.kind != BlockKind::Caption && b.kind != BlockKind::Credit) body += b.text + "\n";
    }
    return body;
}

}  // namespace

// "More obituaries" over other stories' cut-off openings inside the article's box: a teaser list, not the story. A list
// of the story's own under a heading that starts the same way stays.
TEST(BlindRound66Test, shouldDropAMoreHeadingOverCutOffTeasers) {
    const std::string teasers = blindBodyOf(blindPageArticle(
        pageWith("<div class=\"x-more\"><h4>More obituaries</h4><ul><li>Jabu Khanyile: musician whose voice ...</li>"
                 "<li>Sheila Tlou: nurse who \xE2\x80\xA6</li></ul></div>")));
    EXPECT_EQ(teasers.find("More obituaries"), std::string::npos) << teasers;
    EXPECT_EQ(teasers.find("Khanyile"), std::string::npos) << teasers;
    EXPECT_NE(teasers.find("The coach said"), std::string::npos) << teasers;
    const std::string list = blindBodyOf(blindPageArticle(
        pageWith("<h2>More changes ahead</h2><ul><li>Ticket prices rise by five per cent next season.</li>"
                 "<li>The east stand closes for repairs in June.</li></ul>")));
    EXPECT_NE(list.find("The east stand closes"), std::string::npos) << list;
}

// A sports table's short headers are said as words, the row of headers saying which sport: a league's "P W L Pts", a
// batter's "R B SR", a bowler's "O M R W", a line score's "R H E" (without its innings).
TEST(BlindRound66Test, shouldSayASportsTablesShortHeaders) {
    const std::string standings = blindBodyOf(blindPageArticle(pageWith(
        "<table><tr><th>Team</th><th>P</th><th>W</th><th>L</th><th>Pts</th></tr>"
        "<tr><td>South Africa</td><td>6</td><td>5</td><td>1</td><td>25</td></tr>"
        "<tr><td>Australia</td><td>6</td><td>1</td><td>5</td><td>1</td></tr></table>")));
    EXPECT_NE(standings.find("South Africa, played 6, won 5, lost 1, 25 points"), std::string::npos) << standings;
    EXPECT_NE(standings.find("Australia, played 6, won 1, lost 5, 1 point"), std::string::npos) << standings;
    const std::string batting = blindBodyOf(blindPageArticle(pageWith(
        "<table><tr><th>Batter</th><th></th><th>R</th><th>B</th><th>4s</th><th>SR</th></tr>"
        "<tr><td>S Smith</td><td>not out</td><td>104</td><td>187</td><td>11</td><td>55.61</td></tr></table>")));
    EXPECT_NE(batting.find("S Smith, not out, 104 runs, 187 balls, 11 fours, strike rate 55.61"), std::string::npos) << batting;
    const std::string bowling = blindBodyOf(blindPageArticle(pageWith(
        "<table><tr><th>Bowler</th><th>O</th><th>M</th><th>R</th><th>W</th></tr>"
        "<tr><td>J Bumrah</td><td>22</td><td>4</td><td>61</td><td>1</td></tr></table>")));
    EXPECT_NE(bowling.find("J Bumrah, 22 overs, 4 maidens, 61 runs, 1 wicket"), std::string::npos) << bowling;
    const std::string lineScore = blindBodyOf(blindPageArticle(pageWith(
        "<table><tr><th>Team</th><th>1</th><th>2</th><th>3</th><th>4</th><th>5</th><th>6</th><th>7</th><th>8</th><th>9</th>"
        "<th>R</th><th>H</th><th>E</th></tr><tr><td>Boston</td><td>0</td><td>1</td><td>0</td><td>1</td><td>0</td><td>3</td>"
        "<td>0</td><td>0</td><td>0</td><td>5</td><td>9</td><td>1</td></tr></table>")));
    EXPECT_NE(lineScore.find("Boston, 5 runs, 9 hits, 1 error"), std::string::npos) << lineScore;
    // (Headers that fit no sport keep what they were: "W" and "L" alone are no league's.)
    const std::vector<SportsColumn> plain = sportsColumns({"Size", "W", "L", "Price"});
    EXPECT_TRUE(std::all_of(plain.begin(), plain.end(), [](const SportsColumn& c) { return c.words.empty() && !c.dropped; }));
}

// A sentence that opened on a capital opens on one when a rule says its first word; a letter standing alone keeps the
// case eSpeak NG reads it by.
TEST(BlindRound66Test, shouldOpenASaidSentenceOnItsCapital) {
    EXPECT_EQ(blindSay("RHP Zach Eflin faces LHP Carlos Rodon.", "en-US"), "Right-hander Zach Eflin faces left-hander Carlos Rodon.");
    EXPECT_EQ(blindSay("iPhone sales rose.", "en-US"), "iPhone sales rose.");
    EXPECT_EQ(blindSay("L'OM a gagn\xC3\xA9.", "fr"), "l'O M a gagn\xC3\xA9.");
}

// A pasted page's section path between slashes is no headline, and a headline under a ticker's label ("BREAKING |") right
// over its byline is the headline, without the label.
TEST(BlindRound66Test, shouldTakeTheHeadlineUnderALabelAndNotTheSectionPath) {
    const std::string story = "\n\nNtwaagae Seleka\nPublished Tuesday, 12 November 2024 at 14:27 SAST\n\nSeven mineworkers have died and 11 "
                              "others were injured after a seismic event caused a rockfall deep underground at the shaft near Westonaria.\n\n"
                              "The company said the tremor, which registered a magnitude of 2.6, struck on Monday while a team of 29 "
                              "workers was underground.\n";
    const Article breaking = blindTextArticle("News / South Africa / Local\n\nBREAKING | Seven miners killed, 11 injured in rockfall at Kloof mine" + story);
    EXPECT_EQ(breaking.title, "Seven miners killed, 11 injured in rockfall at Kloof mine");
    EXPECT_EQ(breaking.byline, "Ntwaagae Seleka");
    const Article crumb = blindTextArticle("New Zealand / Health\n\nSeven miners killed, 11 injured in rockfall at Kloof mine" + story);
    EXPECT_EQ(crumb.title, "Seven miners killed, 11 injured in rockfall at Kloof mine");
    EXPECT_EQ(blindBodyOf(crumb).find("Health"), std::string::npos) << blindBodyOf(crumb);
}

// What a pasted page leaves around its story, each kind: a share button's answer, a gift and a follow button, a newsletter's
// pitch and its fine print, a clip's player, a caption's credit on a line of its own or after it, a desk's sign-off, a
// broadcaster's ask to watch it elsewhere. The story's own sentences like them stay.
TEST(BlindRound66Test, shouldDropAPastedPagesButtonsPitchesAndCredits) {
    const std::string before = "Fire crews battle the Lake fire\n\nBy Jessica Garrison\nJuly 7, 2024\n\nThe Lake fire in Santa Barbara County "
                               "exploded to 12,409 acres by Sunday afternoon, forcing the evacuation of more than 1,800 residents.\n\n";
    const std::string after = "\n\nThe blaze was eight per cent contained as of 4 p.m. Sunday, the county fire department said in a statement.\n";
    for (const char* furniture : {"Copied!", "Gift article", "Follow Us", "Get the latest sport news, results and expert commentary.",
                                  "You may occasionally receive promotional content from the Los Angeles Times.",
                                  "Listen to Dr Chamberlain on Morning Report \xE2\x8F\xB5 4\xE2\x80\xB2 32\xE2\x80\xB3",
                                  "Construction cranes over the neighbourhood in downtown Toronto, Nov. 28.\nFred Lum/The Globe and Mail",
                                  "A helicopter makes a water drop near the road on Saturday. (Brian van der Brug / Los Angeles Times)",
                                  "Sea Limited CEO Forrest Li at the company's headquarters. ST PHOTO: GAVIN FOO",
                                  "Toyota Hilux. Photo from Toyota Motor Philippines", "\xE2\x80\x94VBL, GMA Integrated News",
                                  "Stream the latest GMA Integrated News videos on GMA Network's YouTube channel.", "Advertise with NZME."}) {
        const std::string body = spokenBodyOf(blindTextArticle(before + furniture + after));
        EXPECT_EQ(body.find(std::string(furniture).substr(2, 10)), std::string::npos) << furniture << "\n" << body;
        EXPECT_NE(body.find("The blaze was eight"), std::string::npos) << body;
    }
    for (const char* story : {"Get the latest figures from the council before you decide, the mayor told residents on Friday.",
                              "Labor/Liberal Coalition talks stalled on Friday after the senator walked out of the meeting."}) {
        EXPECT_NE(spokenBodyOf(blindTextArticle(before + story + after)).find(story), std::string::npos) << story;
    }
}

// Round 66's numbers: a job's "MD" after a body's initials is no numeral; a knight's "II" is his ordinal; a bare figure
// in millions compared with one that counts tonnes is millions too; a loss in a country's dollars keeps its minus; a
// short code is said figure by figure, in its two groups; a goal's minute told by the kind of goal.
TEST(BlindRound66Test, shouldSayRound66sNumbersAsANewsreaderWould) {
    EXPECT_EQ(blindSay("said Capt. William Ruto, KPA MD.", "en-KE"), "said Captain William Ruto, K.P.A MD.");
    EXPECT_EQ(blindSay("dated MCMXLV", "en-GB"), "dated nineteen forty-five");
    EXPECT_EQ(blindSay("a racehorse named Sir Lancelot II", "en-GB"), "a racehorse named Sir Lancelot the Second");
    EXPECT_EQ(blindSay("Total throughput: 41.07m tonnes (2023: 35.88m).", "en-KE"),
              "Total throughput: forty-one point zero seven million tonnes, compared with thirty-five point eight eight million in twenty "
              "twenty-three.");
    EXPECT_EQ(blindSay("She cleared 6.25m and then 6.10m.", "en-GB"), "She cleared six point two five meters and then six point one zero meters.");
    EXPECT_EQ(blindSay("a loss of -US$144m", "en-SG"), "a loss of minus one hundred and forty-four million US dollars");
    EXPECT_EQ(blindSay("text SBCEVAC to 888-777 for alerts", "en-US"), "text S.B.C.E.V.A.C to eight eight eight, seven seven seven for alerts");
    EXPECT_EQ(blindSay("SMS the word MAIZE to 1545 for prices.", "en-KE"), "SMS the word MAIZE to one five four five for prices.");
    EXPECT_EQ(blindSay("They called the USA to 2024 levels.", "en-US"), "They called the USA to twenty twenty-four levels.");
    EXPECT_EQ(blindSay("Prices rose to 300-400 a bag.", "en-US"), "Prices rose to three hundred to four hundred a bag.");
    EXPECT_EQ(blindSay("a composed finish at 63' sealed it.", "en-GH"), "a composed finish at the sixty-third minute sealed it.");
    EXPECT_EQ(blindSay("The wall was 63' high.", "en-GH"), "The wall was sixty-three feet high.");
    EXPECT_EQ(blindSay("The winner of \xE2\x80\x98Love Island 5\xE2\x80\x99 was crowned.", "en-GB"), "The winner of Love Island five was crowned.");
    EXPECT_EQ(blindSay("The new keeper, at 6' tall, was signed.", "en-GB"), "The new keeper, at six feet tall, was signed.");
}

// In a chess report a score is a score whatever the sentence says: out of the rounds played, in halves, or a player's
// wins, draws and losses; elsewhere "5/7" stays a date.
TEST(BlindRound66Test, shouldSayAChessReportsScores) {
    EXPECT_TRUE(isChessReport("Grandmaster Aravindh won the chess event, his rook endgame lifting his FIDE rating."));
    EXPECT_FALSE(isChessReport("The knight and the bishop met the queen at the chess club."));
    EXPECT_FALSE(isChessReport("The budget stalemate left the senator a pawn in a political gambit, and GM cut jobs after an advertising blitz."));
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", "en-IN", {});
    const Normalizer chess("en-IN", &lexicon, StoryCues{"IN", false, true});
    EXPECT_EQ(chess.normalize("after all three finished on 5/7."), "after all three finished on five out of seven.");
    EXPECT_EQ(chess.normalize("He was unbeaten (+3 =4 \xE2\x88\x92" "0)."), "He was unbeaten, three wins, four draws and no losses.");
    EXPECT_EQ(chess.normalize("India won 7.5\xE2\x80\x93" "6.5 and lost 0.5\xE2\x80\x93" "1.5."),
              "India won seven and a half to six and a half and lost a half to one and a half.");
    EXPECT_EQ(blindSay("The show runs on 5/7 at 7pm.", "en-IN"), "The show runs on the fifth of July at seven P-M.");
}

// Round 66's pages: a match's line-ups go with their heading; a sentence that tells who sponsors what is the story's; a
// Drupal "submitted" line names its writer by RDFa; a portal's "Source:" label and its "Business News of <date>" strap
// are no byline and no lede; a wire's credit after a hyphen goes.
TEST(BlindRound66Test, shouldReadRound66sPagesAsTheStory) {
    const std::string lineUps = blindBodyOf(blindPageArticle(pageWith(
        "<h3>Line-ups</h3><p><strong>Enyimba (4-3-3):</strong> Olorunleke; Ekpe, Manu, Ibrahim, Ugwu; Ofori-Atta, Onovo (Akpan 83'), "
        "Nnaji; Emeka, Mbaoma, Olawale.</p><p><strong>Rangers (4-2-3-1):</strong> Bonsu; Eze, Duru, Agu, Okoro; Nweke, Ogbodo; Ibe, "
        "Obi, Anioke; Ugochukwu.</p><p>The NPFL is sponsored by broadcast partner GTV, and the league's title winners will receive "
        "150 million naira, according to the league's chairman.</p>")));
    EXPECT_EQ(lineUps.find("Line-ups"), std::string::npos) << lineUps;
    EXPECT_NE(lineUps.find("The NPFL is sponsored by broadcast partner GTV"), std::string::npos) << lineUps;
    const Article drupal = blindPageArticle(
        "<html><body><article><h1>Mawimbi turn the gardens into a singalong</h1><div class=\"submitted\"><span property=\"dc:date dc:created\" "
        "content=\"2024-12-16T10:05:00+03:00\">Monday, December 16th, 2024 at 10:05 am</span> by <span class=\"username\" property=\"foaf:name\">"
        "Njeri Wambui</span></div><p>The band played for nearly three hours on Saturday night to a crowd that knew every word of every song.</p>"
        "<p>It was the biggest show of their career so far, the band's manager said after the concert had ended.</p></article></body></html>");
    EXPECT_EQ(drupal.byline, "Njeri Wambui");
    const Article portal = blindPageArticle(
        "<html><body><article><h1>Regulator approves a 3.02% electricity tariff rise from July 1</h1><p><span class=\"byline\">Business News of "
        "Wednesday, 26 June 2024</span><br><span class=\"author\">Source: Kwabena Ofori-Atta Mensah, Contributor</span></p><p>The regulator "
        "has approved an average increase of 3.02 per cent in electricity tariffs for the third quarter of the year.</p><p>The adjustment "
        "takes effect on Monday, the commission said in a statement.</p><p><em>- Additional reporting by Reuters</em></p></article></body></html>");
    EXPECT_EQ(cleanByline(portal.byline, "", "en").names, "Kwabena Ofori-Atta Mensah") << portal.byline;
    const std::string body = blindBodyOf(portal);
    EXPECT_EQ(body.find("Business News"), std::string::npos) << body;
    EXPECT_EQ(body.find("Additional reporting"), std::string::npos) << body;
}

// A column of money with its magnitude in the header says both; a home dollar beside another country's keeps its name;
// Brunei's dollar is named.
TEST(BlindRound66Test, shouldSayAColumnsMagnitudeAndTellTwoDollarsApart) {
    const std::string table = blindBodyOf(blindPageArticle(pageWith(
        "<table><tr><th>Segment</th><th>Revenue (US$m)</th><th>Change (%)</th></tr><tr><td>Kedai</td><td>3,503.1</td><td>43.7</td></tr>"
        "<tr><td>MeriPay</td><td>n/a</td><td>39.2</td></tr></table>")));
    EXPECT_NE(table.find("Kedai, revenue US$3,503.1 million"), std::string::npos) << table;
    EXPECT_NE(table.find("MeriPay, revenue n/a"), std::string::npos) << table;
    EXPECT_EQ(blindSay("net income of US$448.0 million (S$601 million)", "en-SG"),
              "net income of four hundred and forty-eight million US dollars, six hundred and one million Singapore dollars");
    // (B$ is the Bahamas' as often as Brunei's: "dollars", as before; BND$ names Brunei.)
    EXPECT_EQ(blindSay("about BND$30 a plate", "en-MY"), "about thirty Brunei dollars a plate");
}

// Games level in tennis are "all"; a racing report's odds are odds wherever the report gives them.
TEST(BlindRound66Test, shouldSayLevelGamesAndARaceCardsOdds) {
    EXPECT_EQ(blindSay("The only break came at 3-3 before she held for 4-2 in the tennis final.", "en-AU"),
              "The only break came at three-all before she held for four-two in the tennis final.");
    EXPECT_EQ(blindSay("At 5-5, 15-15 in the tennis match", "en-AU"), "At five-all, fifteen-all in the tennis match");
    EXPECT_TRUE(isRacingReport("The filly beat the colt by three lengths over nine furlongs under jockey Dane Dawkins."));
    EXPECT_FALSE(isRacingReport("The favourite won the high-stakes election, his trainer and his handicap notwithstanding."));
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", "en-JM", {});
    const Normalizer racing("en-JM", &lexicon, StoryCues{"JM", false, false, true});
    EXPECT_EQ(racing.normalize("SENOR ATOMIC (4-5) won, with RUM RUNNER second at 5-2."),
              "SENOR ATOMIC, four to five, won, with RUM RUNNER second at five to two.");
    EXPECT_EQ(racing.normalize("The favourite went off 4-5f."), "The favourite went off four to five favourite.");
    EXPECT_EQ(racing.normalize("The stewards upheld the result 3-2."), "The stewards upheld the result three to two.");
    EXPECT_EQ(racing.normalize("The victims of 9/11 were remembered."), "The victims of nine eleven were remembered.");
}

// Words in a script a Latin-script voice spells letter by letter go: an Urdu quote before its translation, a name in
// Cyrillic or Chinese characters beside its transliteration. Scripts eSpeak NG reads in their own voice, a Greek letter
// that is a symbol, and a Russian story's own words stay.
TEST(BlindRound66Test, shouldLeaveOutWordsTheVoiceWouldSpell) {
    EXPECT_EQ(blindSay("\"\xDB\x81\xD9\x85 \xD9\x86\xDB\x92 \xD9\x85\xD8\xAD\xD9\x86\xD8\xAA \xDA\xA9\xDB\x8C\" \xE2\x80\x94 \"We worked hard,\" said Areesha.",
                       "en-PK"),
              "We worked hard, said Areesha.");
    EXPECT_EQ(blindSay("Putin (\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD) said"), "Putin said");
    EXPECT_EQ(blindSay("President Yoon (\xEC\x9C\xA4\xEC\x84\x9D\xEC\x97\xB4) spoke"), "President Yoon, \xEC\x9C\xA4\xEC\x84\x9D\xEC\x97\xB4, spoke");
    EXPECT_EQ(blindSay("The field was 50 \xCE\xBCT at the surface."), "The field was fifty microtesla at the surface.");
    EXPECT_EQ(blindSay("-40C was recorded in \xD0\x9E\xD0\xB9\xD0\xBC\xD1\x8F\xD0\xBA\xD0\xBE\xD0\xBD on Tuesday.", "en-GB"),
              "minus forty degrees Celsius was recorded in on Tuesday.");
    EXPECT_EQ(blindSay("The Kremlin said: \xC2\xAB\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD \xD0\xBD\xD0\xB5 \xD0\xBF\xD1\x80\xD0\xB8\xD0\xB5\xD0\xB4\xD0\xB5\xD1\x82\xC2\xBB \xE2\x80\x94 Putin will not come.", "en-GB"),
              "The Kremlin said: Putin will not come.");
    EXPECT_EQ(blindSay("\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD \xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB.", "ru"),
              "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD \xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB.");
}

// A price range with cents on one side is two prices; a title before an initial and a surname is a title ("Gen Z" stays
// a generation); the Philippines' assistant secretary and a retired officer, whose dot ends no sentence.
TEST(BlindRound66Test, shouldSayPriceRangesAndTitlesBeforeInitials) {
    EXPECT_EQ(blindSay("parking costs ($1\xE2\x80\x93$8.50 an hour)", "en-CA"),
              "parking costs, one dollar to eight dollars and fifty cents an hour");
    EXPECT_EQ(blindSay("$5-$10", "en-CA"), "five to ten dollars");
    EXPECT_EQ(blindSay("general manager Capt K Subramaniam said", "en-MY"), "general manager Captain K Subramaniam said");
    EXPECT_EQ(blindSay("Gen Z Voters turned out", "en-US"), "Gen Z Voters turned out");
    EXPECT_EQ(blindSay("headed by Asec. Vigor Mendoza II, said it would act.", "en-PH"),
              "headed by Assistant Secretary Vigor Mendoza the Second, said it would act.");
    const Article a = blindTextArticle("Recall story\n\nThe office, headed by Asec. Vigor Mendoza II, said it would act on the recall this week.\n\n"
                                       "Alex Usifo plays Rtd. ACP Williams in the film, which opens in cinemas on Friday.\n");
    Script s = buildScript(a, ScriptOptions{});
    std::size_t split = 0;
    for (const Utterance& u : s.utterances) split += u.text.rfind("Vigor", 0) == 0 || u.text.rfind("ACP", 0) == 0;
    EXPECT_EQ(split, 0u);
}

// A quotation with its speaker after a dash says who spoke; a quote run on into prose, or a dash before no name, stays.
TEST(BlindRound66Test, shouldSayWhoSpokeAQuoteSignedWithADash) {
    EXPECT_EQ(withSpokenAttribution("\xE2\x80\x9C" "Fifty launches later, nobody's laughing.\xE2\x80\x9D \xE2\x80\x94 Sir Peter Beck"),
              "\xE2\x80\x9C" "Fifty launches later, nobody's laughing,\xE2\x80\x9D said Sir Peter Beck.");
    EXPECT_EQ(withSpokenAttribution("\"It is the gateway to East Africa.\" \xE2\x80\x94 Capt. William Ruto, KPA MD"),
              "\"It is the gateway to East Africa,\" said Capt. William Ruto, KPA MD.");
    EXPECT_EQ(withSpokenAttribution("\"Is this it?\" \xE2\x80\x94 Jane Doe"), "\"Is this it?\" said Jane Doe.");
    for (const char* kept : {"\"Yes,\" she said \xE2\x80\x94 and then she left.", "\"Yes\" \xE2\x80\x94 and then she left.",
                             "The mayor said \"no\" \xE2\x80\x94 Jane Doe disagreed."}) {
        EXPECT_EQ(withSpokenAttribution(kept), kept);
    }
}

// Round 66's words: two weekdays with their days and one month; a glossed name's possessive; the federations' codes of
// a chess table; Pakistan's time zone; initialisms said letter by letter, and Acas as a word.
TEST(BlindRound66Test, shouldSayRound66sDatesCodesAndInitialisms) {
    EXPECT_EQ(blindSay("Strikes run from Monday 3 to Thursday 6 March.", "en-GB"), "Strikes run from Monday the third to Thursday the sixth of March.");
    EXPECT_EQ(blindSay("the All India Chess Federation (AICF)'s support scheme", "en-IN"), "the All India Chess Federation's support scheme");
    EXPECT_EQ(blindSay("Gukesh (IND), Firouzja (FRA), Maghsoodloo (IRI), So (PHI)", "en-IN"), "Gukesh, India, Firouzja, France, Maghsoodloo, Iran, So, the Philippines,");
    EXPECT_EQ(blindSay("at 8:30am PKT", "en-PK"), "at eight thirty A-M Pakistan time");
    EXPECT_EQ(blindSay("the INMO and the SAPS", "en-IE"), "the I.N.M.O and the S.A.P.S");
}

// An embedded post's line breaks end its lines: the score and the next line are two sentences.
TEST(BlindRound66Test, shouldEndAnEmbeddedPostsLinesAtItsBreaks) {
    const std::string body = blindBodyOf(blindPageArticle(pageWith(
        "<p>The club posted on X:</p><blockquote class=\"twitter-tweet\"><p>FULL-TIME | Enyimba 2-1 Rangers<br><br>Three points in the "
        "derby!</p>&mdash; Enyimba FC (@EnyimbaFC) <a href=\"#\">March 17, 2024</a></blockquote>")));
    EXPECT_NE(body.find("Enyimba 2-1 Rangers. Three points in the derby!"), std::string::npos) << body;
    // (A line of pictographs ends nothing, and the picture's link after its arrow stays a word of its own, left out.)
    const std::string stars = blindBodyOf(blindPageArticle(pageWith(
        "<p>The club posted on X:</p><blockquote class=\"twitter-tweet\"><p>\xE2\xAD\x90\xE2\xAD\x90<br><br>Highlights from our win "
        "\xE2\xAC\x87 <a href=\"#\">pic.twitter.com/BUPgYtgHaY</a></p>&mdash; Enyimba FC (@EnyimbaFC) <a href=\"#\">March 17, 2024</a>"
        "</blockquote>")));
    EXPECT_EQ(stars.find("\xE2\xAD\x90."), std::string::npos) << stars;
    EXPECT_EQ(stars.find("pic.twitter"), std::string::npos) << stars;
    EXPECT_NE(stars.find("Highlights from our win"), std::string::npos) << stars;
}

// A Markdown export's first heading that prints the front matter's title again in other words is not read twice; a
// first heading of its own is read.
TEST(BlindRound66Test, shouldNotReadTheTitleTwiceFromAMarkdownHeading) {
    const std::string front = "---\ntitle: \"The Black Book sequel review: Richard Mofe-Damijo returns in a slick but overlong revenge thriller\"\n"
                              "author: Jerry Chiemeke\n---\n\n";
    const std::string story = "\n\nWhen the first film arrived on the streamer in 2023, it broke into the global top ten in its first week.\n\n"
                              "Eighteen months later, the sequel is here, and this time it is going to cinemas first.\n";
    const Article again = blindTextArticle(front + "## The Black Book sequel review: RMD returns in a slick but overlong revenge thriller" + story,
                                           "review.md");
    EXPECT_EQ(blindBodyOf(again).find("RMD returns"), std::string::npos) << blindBodyOf(again);
    const Article own = blindTextArticle(front + "## A sequel made for the big screen" + story, "review.md");
    EXPECT_NE(blindBodyOf(own).find("A sequel made for the big screen"), std::string::npos) << blindBodyOf(own);
}

// A rating's figure after "of" or a verb of falling is a number, not a year; a year after "of" stays one.
TEST(BlindRound66Test, shouldReadARatingAsANumber) {
    EXPECT_EQ(blindSay("with a live rating of 2801, he led", "en-IN"), "with a live rating of two thousand eight hundred and one, he led");
    EXPECT_EQ(blindSay("dropping to 2634 at one stage", "en-IN"), "dropping to two thousand six hundred and thirty-four at one stage");
    EXPECT_EQ(blindSay("the class of 2024 graduated", "en-IN"), "the class of twenty twenty-four graduated");
}

// Two round figures rising after "to" in a sentence about calls are a range, not a number to dial; after "call" they are one.
TEST(BlindRound66Test, shouldReadARangeOfCallsAsARange) {
    EXPECT_EQ(blindSay("Calls to the hotline rose to 300-400 a day.", "en-GB"), "Calls to the hotline rose to three hundred to four hundred a day.");
    EXPECT_EQ(blindSay("Enquiries phone 23-855.", "en-GB"), "Enquiries phone two three, eight five five.");
    EXPECT_EQ(blindSay("Call 800-900 for help.", "en-GB"), "Call eight hundred, nine oh oh for help.");
}
