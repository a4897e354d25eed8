#include <gtest/gtest.h>

#include "text/SentenceSplitter.hpp"

using readcast::SentenceSplitter;
using Sentences = std::vector<std::string>;

class SentenceSplitterTest : public ::testing::Test {
protected:
    SentenceSplitter split{"en"};
};

TEST_F(SentenceSplitterTest, shouldKeepAbbreviatedMonthWithItsDay) {
    EXPECT_EQ(split("The talks began on Apr. 29 in Seoul. They ended a day later."),
              (Sentences{"The talks began on Apr. 29 in Seoul.", "They ended a day later."}));
}

TEST_F(SentenceSplitterTest, shouldEndSentenceAfterDateThatEndsIt) {
    EXPECT_EQ(split("The photo was posted on Jan. 11. It spread quickly."),
              (Sentences{"The photo was posted on Jan. 11.", "It spread quickly."}));
}

TEST_F(SentenceSplitterTest, shouldNotSplitAfterUsBeforeLowerCase) {
    EXPECT_EQ(split("The redeployment of U.S. troops is under review. Seoul objects."),
              (Sentences{"The redeployment of U.S. troops is under review.", "Seoul objects."}));
}

TEST_F(SentenceSplitterTest, shouldKeepTitlesWithNames) {
    EXPECT_EQ(split("Mr. Kim met Gen. Park and Dr. Lee. Sen. Smith did not."),
              (Sentences{"Mr. Kim met Gen. Park and Dr. Lee.", "Sen. Smith did not."}));
}

TEST_F(SentenceSplitterTest, shouldNotSplitDecimals) {
    EXPECT_EQ(split("Growth slowed to 3.5 percent. Exports fell."),
              (Sentences{"Growth slowed to 3.5 percent.", "Exports fell."}));
}

TEST_F(SentenceSplitterTest, shouldKeepInitialsWithTheName) {
    EXPECT_EQ(split("The novel by J. R. R. Tolkien sold well. Critics agreed."),
              (Sentences{"The novel by J. R. R. Tolkien sold well.", "Critics agreed."}));
}

TEST_F(SentenceSplitterTest, shouldSplitAfterQuoteClosingAfterFullStop) {
    EXPECT_EQ(split("He said, \u201cWe will respond.\u201d The ministry declined to comment."),
              (Sentences{"He said, \u201cWe will respond.\u201d", "The ministry declined to comment."}));
}

TEST_F(SentenceSplitterTest, shouldKeepEllipsisBeforeLowerCaseInOneSentence) {
    EXPECT_EQ(split("It was, well... complicated. Nobody knew."),
              (Sentences{"It was, well... complicated.", "Nobody knew."}));
}

TEST_F(SentenceSplitterTest, shouldKeepNumberAbbreviationWithNumber) {
    EXPECT_EQ(split("He ranks No. 3 in the world. That is new."),
              (Sentences{"He ranks No. 3 in the world.", "That is new."}));
}

TEST_F(SentenceSplitterTest, shouldSplitQuestionsAndExclamations) {
    EXPECT_EQ(split("Will it last? Nobody knows! We wait."), (Sentences{"Will it last?", "Nobody knows!", "We wait."}));
}

TEST_F(SentenceSplitterTest, shouldReturnNothingForBlankText) { EXPECT_TRUE(split("   ").empty()); }

// Wire copy as agencies write it.
TEST_F(SentenceSplitterTest, shouldKeepInitialismsAndTitlesInsideWireSentences) {
    EXPECT_EQ(split("U.S. President Joe Biden spoke. He left at 3 a.m. GMT on Monday."),
              (Sentences{"U.S. President Joe Biden spoke.", "He left at 3 a.m. GMT on Monday."}));
    EXPECT_EQ(split("The gift came from W.M. Keck. Cllr. Smith objected."),
              (Sentences{"The gift came from W.M. Keck.", "Cllr. Smith objected."}));
    EXPECT_EQ(split("Officials in St. Louis and Gov. Mike Parson met Lt. Col. Ann Ruiz."),
              (Sentences{"Officials in St. Louis and Gov. Mike Parson met Lt. Col. Ann Ruiz."}));
}

TEST_F(SentenceSplitterTest, shouldEndASentenceOnACapitalizedName) {
    EXPECT_EQ(split("Apple unveiled the new MacBook Pro. Now, the company expects sales to rise."),
              (Sentences{"Apple unveiled the new MacBook Pro.", "Now, the company expects sales to rise."}));
    EXPECT_EQ(split("The deal was signed in Washington, D.C. The talks resume Monday."),
              (Sentences{"The deal was signed in Washington, D.C.", "The talks resume Monday."}));
}

TEST_F(SentenceSplitterTest, shouldKeepAQuotedSloganInItsSentence) {
    EXPECT_EQ(split("The state ran the \"Meth. We're on it.\" campaign for years. It was mocked."),
              (Sentences{"The state ran the \"Meth. We're on it.\" campaign for years.", "It was mocked."}));
    EXPECT_EQ(split("\"Are you ready?\" she asked. Nobody was."),
              (Sentences{"\"Are you ready?\" she asked.", "Nobody was."}));
}

// Other languages' titles and abbreviations do not end their sentences; their real ends still do.
TEST(SentenceSplitterLanguagesTest, shouldKeepOtherLanguagesAbbreviationsInsideTheSentence) {
    const SentenceSplitter de{"de"};
    EXPECT_EQ(de("Das kostet z. B. ca. 5 Mio. Euro, sagte Dr. Müller. Es kam in diesem Jahr. Dann ging er."),
              (Sentences{"Das kostet z. B. ca. 5 Mio. Euro, sagte Dr. Müller.", "Es kam in diesem Jahr.", "Dann ging er."}));
    const SentenceSplitter fr{"fr"};
    EXPECT_EQ(fr("M. Dupont est parti. Il pleuvait."), (Sentences{"M. Dupont est parti.", "Il pleuvait."}));
    const SentenceSplitter pl{"pl"};
    EXPECT_EQ(pl("Radni przyj\u0119li bud\u017Cet na 2025 r. Dochody wzrosn\u0105. Obrady by\u0142y w sali nr 17. G\u0142osowanie trwa\u0142o."),
              (Sentences{"Radni przyj\u0119li bud\u017Cet na 2025 r.", "Dochody wzrosn\u0105.", "Obrady by\u0142y w sali nr 17.",
                         "G\u0142osowanie trwa\u0142o."}));
    const SentenceSplitter es{"es"};
    EXPECT_EQ(es("La Sra. López viajó a EE. UU. con la Dra. Pérez. Volvió ayer."),
              (Sentences{"La Sra. López viajó a EE. UU. con la Dra. Pérez.", "Volvió ayer."}));
}

// A quoted question keeps its attribution when the verb of saying comes early, however long the rest.
TEST_F(SentenceSplitterTest, shouldKeepALongAttributionWithItsQuotedQuestion) {
    EXPECT_EQ(split("\u201CWere you expecting a gym class?\u201D Alden asked Haoyu as they walked into the airy building. "
                    "\u201CWho?\u201D The door opened."),
              (Sentences{"\u201CWere you expecting a gym class?\u201D Alden asked Haoyu as they walked into the airy building.",
                         "\u201CWho?\u201D", "The door opened."}));
}

// A time in brackets after "p.m." goes on with the sentence; a sentence that starts after "a.m." does not.
TEST_F(SentenceSplitterTest, shouldKeepABracketedTimeAfterAnInitialism) {
    EXPECT_EQ(split("It launched at 8:51 p.m. (1451 GMT) from Baikonur. It failed at 9 a.m. Officials said so."),
              (Sentences{"It launched at 8:51 p.m. (1451 GMT) from Baikonur.", "It failed at 9 a.m.", "Officials said so."}));
}

// A quote of several sentences of speech is split as they are; a slogan's short pieces stay together.
TEST_F(SentenceSplitterTest, shouldSplitAQuoteOfSpeechButNotASlogan) {
    EXPECT_EQ(split("\xE2\x80\x9CIt is very emotional. Our ancestors tell us to care for the sea,\xE2\x80\x9D she said."),
              (Sentences{"\xE2\x80\x9CIt is very emotional.", "Our ancestors tell us to care for the sea,\xE2\x80\x9D she said."}));
    EXPECT_EQ(split("The slogan \xE2\x80\x9CYes. We. Can.\xE2\x80\x9D was everywhere."),
              (Sentences{"The slogan \xE2\x80\x9CYes. We. Can.\xE2\x80\x9D was everywhere."}));
}

// Found in a read of the splits on real pages: what goes on after a question, a quote closed in a later
// sentence, a slogan whose quote closes in the next piece, note marks ICU cuts in two.
TEST_F(SentenceSplitterTest, shouldKeepWhatGoesOnAfterAQuestionAndPutNoteMarksBack) {
    EXPECT_EQ(split("Just step round to the Post Office, won't you? (it was but a walk,) and see if there is any thing for me."),
              (Sentences{"Just step round to the Post Office, won't you? (it was but a walk,) and see if there is any thing for me."}));
    EXPECT_EQ(split("It asks to guarantee their identity?; recognize their communities."),
              (Sentences{"It asks to guarantee their identity?; recognize their communities."}));
    EXPECT_EQ(split("The charter says \"protect the coast and keep the river clean for everyone in the valley. Respect the "
                    "people of the river\". The rights remain unmet."),
              (Sentences{"The charter says \"protect the coast and keep the river clean for everyone in the valley.",
                         "Respect the people of the river\".", "The rights remain unmet."}));
    EXPECT_EQ(split("\xE2\x80\x9CNew lower prices. Same high standards,\xE2\x80\x9D reads one, against a background image of carrots."),
              (Sentences{"\xE2\x80\x9CNew lower prices. Same high standards,\xE2\x80\x9D reads one, against a background image of carrots."}));
    EXPECT_EQ(split("It can easily take 5 seconds.[23][24] If your users depend on it, they wait."),
              (Sentences{"It can easily take 5 seconds.[23][24]", "If your users depend on it, they wait."}));
}

// An ellipsis glued to the next word belongs to a title or a name; with a space after it, it may end one.
TEST_F(SentenceSplitterTest, shouldKeepAnEllipsisGluedToTheNextWordInItsSentence) {
    const Sentences s = split("The film Christmas...Again?! was released in 2021. It was fine.");
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0].find("Christmas..."), 9u);
    EXPECT_EQ(s[1], "It was fine.");
}

// A closing quotation mark left after the full stop belongs to the sentence it closes.
TEST_F(SentenceSplitterTest, shouldKeepAClosingGuillemetWithItsSentence) {
    const SentenceSplitter french("fr");
    const Sentences s = french("« On demande à des femmes d'accoucher loin, parfois une heure l'hiver. » Le maire est parti.");
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0].substr(s[0].size() - 2), "\xC2\xBB");
}

TEST_F(SentenceSplitterTest, shouldKeepACompanysTickerAfterItsSuffix) {
    EXPECT_EQ(split("SunPeak Energy Inc. (NASDAQ: SPKE) said on Tuesday it would build a plant."),
              (Sentences{"SunPeak Energy Inc. (NASDAQ: SPKE) said on Tuesday it would build a plant."}));
}

// After a time of day only the words of a time go on; any other capital starts a sentence.
TEST_F(SentenceSplitterTest, shouldEndASentenceAfterATimeOfDayUnlessATimeWordFollows) {
    EXPECT_EQ(split("Stop eating after 9 p.m. Late eaters sleep worse. It airs at 8 p.m. Eastern on 3 a.m. Tuesday slots."),
              (Sentences{"Stop eating after 9 p.m.", "Late eaters sleep worse.", "It airs at 8 p.m. Eastern on 3 a.m. Tuesday slots."}));
    EXPECT_EQ(split("It ended at 10 a.m. GMT and resumed. Glass was replaced at 2.10 a.m. Light was not out."),
              (Sentences{"It ended at 10 a.m. GMT and resumed.", "Glass was replaced at 2.10 a.m.", "Light was not out."}));
}

// Japanese: an opening bracket left after a full stop opens the next sentence, and a quotation taken
// up by a particle ("」と言った") stays in its sentence.
TEST(JapaneseSentenceSplitterTest, shouldKeepBracketsAndQuotationsWithTheirSentences) {
    const SentenceSplitter japanese{"ja"};
    EXPECT_EQ(japanese("\u8a08\u753b\u3092\u767a\u8868\u3057\u305f\u3002\u3010\u4f50\u85e4\u3011"),
              (std::vector<std::string>{"\u8a08\u753b\u3092\u767a\u8868\u3057\u305f\u3002", "\u3010\u4f50\u85e4\u3011"}));
    EXPECT_EQ(japanese("\u5f7c\u306f\u300c\u5927\u4e08\u592b\u3067\u3059\u3002\u300d\u3068\u8a00\u3063\u305f\u3002"),
              (std::vector<std::string>{"\u5f7c\u306f\u300c\u5927\u4e08\u592b\u3067\u3059\u3002\u300d\u3068\u8a00\u3063\u305f\u3002"}));
}

// ICU breaks no sentence before a digit; one that opens with a year is a sentence of its own.
TEST_F(SentenceSplitterTest, shouldStartASentenceWithAYear) {
    EXPECT_EQ(split("Sales fell in March. 2023 was worse. It opened in Jan. 2024 at noon."),
              (Sentences{"Sales fell in March.", "2023 was worse.", "It opened in Jan. 2024 at noon."}));
    // (Or a count or an hour after a figure or a word; not after a short form: "Rs. 500", "Fig. 3".)
    EXPECT_EQ(split("The yield rose by 3:45 p.m. London time. It fell at 4 p.m. New York time. The market opens at 9 a.m. Traders wait."),
              (Sentences{"The yield rose by 3:45 p.m. London time.", "It fell at 4 p.m. New York time.", "The market opens at 9 a.m.",
                         "Traders wait."}));
    EXPECT_EQ(split("Second was Jonah Whitacre (U.S.) 7:33.10, ahead of Berg. He left."),
              (Sentences{"Second was Jonah Whitacre (U.S.) 7:33.10, ahead of Berg.", "He left."}));
    EXPECT_EQ(split("The fire dept. 4 engines arrived. The govt. 2 years ago promised it."),
              (Sentences{"The fire dept. 4 engines arrived.", "The govt. 2 years ago promised it."}));
    EXPECT_EQ(split("It was a Category 4. 8 p.m. Wednesday: near the coast. The bridge shut down. 12 people waited. Fig. 3 shows it."),
              (Sentences{"It was a Category 4.", "8 p.m. Wednesday: near the coast.", "The bridge shut down.", "12 people waited.",
                         "Fig. 3 shows it."}));
}

// A quote of two sentences closes before its attribution: the next quote after it is a sentence of its own.
TEST_F(SentenceSplitterTest, shouldEndTheAttributionOfAQuoteOfTwoSentences) {
    EXPECT_EQ(split("\"We knew for days that the water was coming. It came faster than anyone said,\" he said. \"Nobody was ready.\""),
              (Sentences{"\"We knew for days that the water was coming.", "It came faster than anyone said,\" he said.", "\"Nobody was ready.\""}));
}

// A case's "v.", a ballot measure's "Prop.", a flat's "Apt.", a section sign after a code, a street's
// quarter: none ends a sentence. A street's "St." before a word that starts one does.
TEST_F(SentenceSplitterTest, shouldKeepLegalAndAddressAbbreviationsInTheirSentence) {
    EXPECT_EQ(split("The justices overturned Roe v. Wade in 2022. He was charged under 18 U.S.C. \u00A7 1001. "
                    "Voters approved Prop. 36. The office is at 1600 Pennsylvania Ave. NW. She lived in Apt. 4B at 350 W. 57th St. "
                    "The lease ended. He prayed at St. Paul's. A shelter opened at 410 N.E. Ave. A, and a second one at 12 Ave. B in town."),
              (Sentences{"The justices overturned Roe v. Wade in 2022.", "He was charged under 18 U.S.C. \u00A7 1001.",
                         "Voters approved Prop. 36.", "The office is at 1600 Pennsylvania Ave. NW.",
                         "She lived in Apt. 4B at 350 W. 57th St.", "The lease ended.", "He prayed at St. Paul's.",
                         "A shelter opened at 410 N.E. Ave. A, and a second one at 12 Ave. B in town."}));
    // (After a house number and a street's name, a capital after "St." opens a sentence; a saint's name has no number.)
    EXPECT_EQ(split("Meetings are at City Hall, 200 W. Main St. Residents can watch online. Crews went to 350 W. 57th St. Firefighters "
                    "arrived. They climbed Mount St. Helens on Sunday."),
              (Sentences{"Meetings are at City Hall, 200 W. Main St.", "Residents can watch online.", "Crews went to 350 W. 57th St.",
                         "Firefighters arrived.", "They climbed Mount St. Helens on Sunday."}));
}

// A middle initial before a nickname in quotes goes on to the surname; a quote of two sentences whose inner quote
// closes with it ends at the attribution.
TEST_F(SentenceSplitterTest, shouldKeepANicknameAfterAnInitialAndEndANestedQuote) {
    EXPECT_EQ(split("Harold J. \"Doc\" Whitaker, who taught biology, died Jan. 11. He was 84."),
              (Sentences{"Harold J. \"Doc\" Whitaker, who taught biology, died Jan. 11.", "He was 84."}));
    EXPECT_EQ(split("\"He'd say, 'Boys, I can teach you a zone defense in an afternoon. Showing up on time takes your whole life,'\" "
                    "Kowalczyk recalled Wednesday. \"I still hear that every morning.\""),
              (Sentences{"\"He'd say, 'Boys, I can teach you a zone defense in an afternoon.",
                         "Showing up on time takes your whole life,'\" Kowalczyk recalled Wednesday.", "\"I still hear that every morning.\""}));
}

// German: an ordinal after its article or preposition goes on ("Der 1. FC Köln"); a number that ends a
// sentence does not.
TEST(SentenceSplitterGermanTest, shouldKeepAnOrdinalAfterItsArticle) {
    const SentenceSplitter de{"de"};
    EXPECT_EQ(de("Der 1. FC Köln stieg ab. In der 12. Minute fiel das Tor. Die Zahl stieg auf 5. Danach fiel sie."),
              (Sentences{"Der 1. FC Köln stieg ab.", "In der 12. Minute fiel das Tor.", "Die Zahl stieg auf 5.", "Danach fiel sie."}));
}

// An ellipsis before a word that starts sentences ends one; before a name or lower case it goes on.
TEST_F(SentenceSplitterTest, shouldEndASentenceAtAnEllipsisBeforeAWordThatStartsOne) {
    EXPECT_EQ(split("Ms. Ardern spoke first... Then the minister replied."),
              (Sentences{"Ms. Ardern spoke first...", "Then the minister replied."}));
    EXPECT_EQ(split("He waited\xE2\x80\xA6 The crowd cheered."), (Sentences{"He waited...", "The crowd cheered."}));
    EXPECT_EQ(split("She said \"I... I do not know.\""), (Sentences{"She said \"I... I do not know.\""}));
    EXPECT_EQ(split("We waited... and waited."), (Sentences{"We waited... and waited."}));
    EXPECT_EQ(split("It was so... Unclear to them."), (Sentences{"It was so... Unclear to them."}));
}

// A title's dot after an opening quotation mark does not end the sentence.
TEST_F(SentenceSplitterTest, shouldKeepATitleAfterAnOpeningQuotationMark) {
    EXPECT_EQ(split("\u201CMr. Pruett was trusted by everyone,\u201D she said. Nobody doubted it."),
              (Sentences{"\u201CMr. Pruett was trusted by everyone,\u201D she said.", "Nobody doubted it."}));
    EXPECT_EQ(split("\u00ABDr. Weber kam sp\u00E4t\u00BB, sagte sie. Dann ging sie."),
              (Sentences{"\u00ABDr. Weber kam sp\u00E4t\u00BB, sagte sie.", "Dann ging sie."}));
}

// A statute's "s." and a weekday's abbreviation before a number, and a title's after a hyphen, go on.
TEST_F(SentenceSplitterTest, shouldKeepSectionsWeekdaysAndHyphenatedTitlesInTheirSentence) {
    EXPECT_EQ(split("He was charged under s. 66D of the Act. The case goes on."),
              (Sentences{"He was charged under s. 66D of the Act.", "The case goes on."}));
    EXPECT_EQ(split("The race starts on Tue. 21 Jan. in Adelaide."), (Sentences{"The race starts on Tue. 21 Jan. in Adelaide."}));
    EXPECT_EQ(split("Ex-Pres. Obama spoke. He left."), (Sentences{"Ex-Pres. Obama spoke.", "He left."}));
    EXPECT_EQ(split("It ended at 5 p.m. on Sun. The crowd left."), (Sentences{"It ended at 5 p.m. on Sun.", "The crowd left."}));
}

// Abbreviations of Polish and Turkish, words beyond ASCII before their dot, and ordinals written with a
// dot mid-sentence; a year may still end a sentence.
TEST(SentenceSplitterOtherLanguagesTest, shouldKeepAbbreviationsAndDotOrdinalsInTheirSentence) {
    const SentenceSplitter pl{"pl"};
    EXPECT_EQ(pl("W sobot\u0119 rozpocz\u0105\u0142 si\u0119 765. Jarmark \u015Bw. Dominika, kt\u00F3ry potrwa trzy tygodnie. "
                       "Wzrost wyni\u00F3s\u0142 w 2025. Potem spad\u0142."),
              (Sentences{"W sobot\u0119 rozpocz\u0105\u0142 si\u0119 765. Jarmark \u015Bw. Dominika, kt\u00F3ry potrwa trzy tygodnie.",
                                        "Wzrost wyni\u00F3s\u0142 w 2025.", "Potem spad\u0142."}));
    const SentenceSplitter tr{"tr"};
    EXPECT_EQ(tr("Doç. Dr. Ay\u015Fe Y\u0131lmaz a\u00E7\u0131klama yapt\u0131. Sefer say\u0131s\u0131 artacak."),
              (Sentences{"Doç. Dr. Ay\u015Fe Y\u0131lmaz a\u00E7\u0131klama yapt\u0131.", "Sefer say\u0131s\u0131 artacak."}));
}

// A month before a year cut short, a rule's "r.", an initialism or an initial before a figure in a
// citation, German "rd." and French "l'art." keep their sentence.
TEST_F(SentenceSplitterTest, shouldKeepCitationsAndShortYearsInTheirSentence) {
    EXPECT_EQ(split("It is the weakest since Nov. '22. Stocks fell."), (Sentences{"It is the weakest since Nov. '22.", "Stocks fell."}));
    EXPECT_EQ(split("Under r. 44.3 of the CPR, the loser pays."), (Sentences{"Under r. 44.3 of the CPR, the loser pays."}));
    EXPECT_EQ(split("Atty. Gen. Merrick Garland spoke. He left."), (Sentences{"Atty. Gen. Merrick Garland spoke.", "He left."}));
    EXPECT_EQ(split("He said S.I. No. 412 of 2024 applies. It starts soon."),
              (Sentences{"He said S.I. No. 412 of 2024 applies.", "It starts soon."}));
    EXPECT_EQ(split("The tomb dates from c. 3200 BC. It was found in 1922."),
              (Sentences{"The tomb dates from c. 3200 BC.", "It was found in 1922."}));
    EXPECT_EQ(split("The case is Brown v. Board of Education, 347 U.S. 483 (1954). It changed schools."),
              (Sentences{"The case is Brown v. Board of Education, 347 U.S. 483 (1954).", "It changed schools."}));
}

TEST(SentenceSplitterOtherLanguagesTest, shouldKeepRoundFiguresAndElidedArticlesInTheirSentence) {
    const SentenceSplitter de{"de"};
    EXPECT_EQ(de("Der Umsatz stieg auf rd. 1,2 Mrd. Euro. Das war viel."), (Sentences{"Der Umsatz stieg auf rd. 1,2 Mrd. Euro.", "Das war viel."}));
    const SentenceSplitter fr{"fr"};
    EXPECT_EQ(fr("Selon l'art. L. 1234-1 du code, il est prot\xC3\xA9g\xC3\xA9. Il part."),
              (Sentences{"Selon l'art. L. 1234-1 du code, il est prot\xC3\xA9g\xC3\xA9.", "Il part."}));
}

// A German rank before the noun it ranks ("GA 2. Klasse", after a comma or a bracket) and a Finnish day
// and month with their dots mid-sentence keep their sentence; a placing that ends one still does.
TEST(SentenceSplitterOtherLanguagesTest, shouldKeepRanksAndDayMonthDatesInTheirSentence) {
    const SentenceSplitter de{"de"};
    EXPECT_EQ(de("Das GA 2. Klasse kostet mehr. Strecke Bern, 2. Klasse: teurer."),
              (Sentences{"Das GA 2. Klasse kostet mehr.", "Strecke Bern, 2. Klasse: teurer."}));
    EXPECT_EQ(de("Sie wurde 2. Danach kam nichts."), (Sentences{"Sie wurde 2.", "Danach kam nichts."}));
    const SentenceSplitter fi{"fi"};
    EXPECT_EQ(fi("Avajaisia vietet\u00E4\u00E4n lauantaina 2.8. Santalahden pys\u00E4kill\u00E4. Tule mukaan."),
              (Sentences{"Avajaisia vietet\u00E4\u00E4n lauantaina 2.8. Santalahden pys\u00E4kill\u00E4.", "Tule mukaan."}));
}

// A former title in lower case after "ex-", and a state's abbreviation before a title, end no sentence.
TEST_F(SentenceSplitterTest, shouldNotEndAfterAFormerTitleOrAStateBeforeATitle) {
    EXPECT_EQ(split("Ex-gov. Jones said so. Minn. Gov. Tim Walz spoke."),
              (Sentences{"Ex-gov. Jones said so.", "Minn. Gov. Tim Walz spoke."}));
}

// Short forms of a twenty-ninth round: an Indonesian ward and street, a pilgrim's title, Norwegian
// "tlf.", Italian "sec.", German "Fa." end no sentence.
TEST(SentenceSplitterOtherLanguagesTest, shouldNotEndAfterWardsStreetsTitlesAndTelephones) {
    const SentenceSplitter id{"id"};
    EXPECT_EQ(id("Banjir merendam Kel. Sempaja Selatan dan Jl. Pemuda, kata Hj. Rusmini. Air surut."),
              (Sentences{"Banjir merendam Kel. Sempaja Selatan dan Jl. Pemuda, kata Hj. Rusmini.", "Air surut."}));
    const SentenceSplitter nb{"nb"};
    EXPECT_EQ(nb("Ring oss p\u00E5 tlf. 79 02 43 00 i dag. Det er fint."), (Sentences{"Ring oss p\u00E5 tlf. 79 02 43 00 i dag.", "Det er fint."}));
    const SentenceSplitter it{"it"};
    EXPECT_EQ(it("Nel sec. XVI Firenze era ricca. Poi no."), (Sentences{"Nel sec. XVI Firenze era ricca.", "Poi no."}));
    const SentenceSplitter de{"de"};
    EXPECT_EQ(de("Die Fa. Bosch baut ab. Das ist neu."), (Sentences{"Die Fa. Bosch baut ab.", "Das ist neu."}));
    // ("über max. 5 Jahre", "mind. 3 Euro", a firm's "GmbH & Co. KG"; Spanish "D. Álvaro", "CC. OO.".)
    EXPECT_EQ(de("Sie zahlt max. 5 Jahre, mind. 3 Euro, an die Knöller GmbH & Co. KG aus Sinsheim. Das ist neu."),
              (Sentences{"Sie zahlt max. 5 Jahre, mind. 3 Euro, an die Knöller GmbH & Co. KG aus Sinsheim.", "Das ist neu."}));
    const SentenceSplitter es{"es"};
    EXPECT_EQ(es("El consejero, D. \u00C1lvaro Ruiz, habl\u00F3. CC. OO. y UGT han pedido m\u00E1s."),
              (Sentences{"El consejero, D. \u00C1lvaro Ruiz, habl\u00F3.", "CC. OO. y UGT han pedido m\u00E1s."}));
}

// A capital and consonants only before a figure is a currency's short form ("Gs. 2.700", "Rs. 500") in
// any language; Spanish ranks, Aruba's florin with its dot and a sentence's first "Ca." in Dutch, and
// Polish "ds." end no sentence either.
TEST(SentenceSplitterOtherLanguagesTest, shouldNotEndAfterCurrenciesRanksAndPolishShortForms) {
    const SentenceSplitter es{"es"};
    EXPECT_EQ(es("Sube de Gs. 2.700 a Gs. 3.100 en la parada de Mcal. L\u00F3pez. Luego baja."),
              (Sentences{"Sube de Gs. 2.700 a Gs. 3.100 en la parada de Mcal. L\u00F3pez.", "Luego baja."}));
    const SentenceSplitter en{"en"};
    EXPECT_EQ(en("The fare is Rs. 500 now. It was less."), (Sentences{"The fare is Rs. 500 now.", "It was less."}));
    const SentenceSplitter nl{"nl"};
    EXPECT_EQ(nl("Het kost Afl. 2.500 per maand. Ca. 6.300 gezinnen betalen."),
              (Sentences{"Het kost Afl. 2.500 per maand.", "Ca. 6.300 gezinnen betalen."}));
    const SentenceSplitter pl{"pl"};
    EXPECT_EQ(pl("Rada ds. Regulacji podała, że spadnie. Potem wzrośnie."),
              (Sentences{"Rada ds. Regulacji podała, że spadnie.", "Potem wzrośnie."}));
}

// A title before a name that starts with an okina, an initial before the name it stands for in brackets,
// a company's suffix before its ticker, and Norwegian "bl.a." end no sentence.
TEST(SentenceSplitterOtherLanguagesTest, shouldNotEndBeforeOkinasBracketsAndTickers) {
    const SentenceSplitter en{"en"};
    EXPECT_EQ(en("Its president, Mrs. 'Ana Kaufusi, asked for calm. She left."),
              (Sentences{"Its president, Mrs. 'Ana Kaufusi, asked for calm.", "She left."}));
    const SentenceSplitter es{"es"};
    EXPECT_EQ(es("Grupo Portuario, S.A. (BVP: GPPA) anunci\u00F3 un plan. Fue aprobado."),
              (Sentences{"Grupo Portuario, S.A. (BVP: GPPA) anunci\u00F3 un plan.", "Fue aprobado."}));
    const SentenceSplitter nl{"nl"};
    EXPECT_EQ(nl("Directeur drs. J. H. (Jan) Bosma zei het. Daarna niet."),
              (Sentences{"Directeur drs. J. H. (Jan) Bosma zei het.", "Daarna niet."}));
    const SentenceSplitter nb{"nb"};
    EXPECT_EQ(nb("Opposisjonen, bl.a. Frp og Venstre, mente det. Det ble vedtatt."),
              (Sentences{"Opposisjonen, bl.a. Frp og Venstre, mente det.", "Det ble vedtatt."}));
}

TEST_F(SentenceSplitterTest, shouldNotEndAfterRightOrRoute) {
    EXPECT_EQ(split("The Speaker, Rt. Hon. Ade Obasa, said so. He left on Rt. 66 at noon."),
              (Sentences{"The Speaker, Rt. Hon. Ade Obasa, said so.", "He left on Rt. 66 at noon."}));
}

// A speaker's dash after a sentence's end starts the next; an initial, an abbreviation or a dotted
// ordinal before a word that starts sentences in the language ends one; an ordinal after an article
// goes on to its noun, and a name after an initial goes on.
TEST(SentenceSplitterOtherLanguagesTest, shouldEndBeforeSpeakersDashesAndTheLanguagesStarters) {
    const SentenceSplitter nb{"nb"};
    EXPECT_EQ(nb("Hun mener regjeringen bruker for mye. \u2013 Med et fond p\u00E5 17 700 milliarder er det lett."),
              (Sentences{"Hun mener regjeringen bruker for mye.", "\u2013 Med et fond p\u00E5 17 700 milliarder er det lett."}));
    const SentenceSplitter pl{"pl"};
    EXPECT_EQ(pl("Prezes m\u00F3wi\u0142, \u017Ce \u201Ewygra\u0142o\u201D. \u2013 Jeste\u015Bmy najwi\u0119ksi."),
              (Sentences{"Prezes m\u00F3wi\u0142, \u017Ce \u201Ewygra\u0142o\u201D.", "\u2013 Jeste\u015Bmy najwi\u0119ksi."}));
    EXPECT_EQ(pl("Lewica na 14. \u0141\u0105cznie jest ich 552."), (Sentences{"Lewica na 14.", "\u0141\u0105cznie jest ich 552."}));
    EXPECT_EQ(pl("Rozpocz\u0105\u0142 si\u0119 765. Jarmark Dominika\u0144ski."), (Sentences{"Rozpocz\u0105\u0142 si\u0119 765. Jarmark Dominika\u0144ski."}));
    // (A dash inside a sentence, or before a word in lower case, is no speaker's.)
    EXPECT_EQ(pl("Podwy\u017Cka \u2013 m\u00F3wi\u0142a radna \u2013 jest za du\u017Ca."), (Sentences{"Podwy\u017Cka \u2013 m\u00F3wi\u0142a radna \u2013 jest za du\u017Ca."}));
    const SentenceSplitter da{"da"};
    EXPECT_EQ(da("Hun fulgte kong Frederik 9. Hun har regeret i 52 \u00E5r."), (Sentences{"Hun fulgte kong Frederik 9.", "Hun har regeret i 52 \u00E5r."}));
    const SentenceSplitter it{"it"};
    EXPECT_EQ(it("Un record per la Serie A. Prima del fischio, la curva ha cantato."),
              (Sentences{"Un record per la Serie A.", "Prima del fischio, la curva ha cantato."}));
    const SentenceSplitter de{"de"};
    EXPECT_EQ(de("Die Initiative f\u00FCr eine 13. AHV-Rente wird angenommen. Bis 2030 steigen sie auf 5 Mrd. Fr. Wie sie bezahlt wird, ist offen."),
              (Sentences{"Die Initiative f\u00FCr eine 13. AHV-Rente wird angenommen.", "Bis 2030 steigen sie auf 5 Mrd. Fr.", "Wie sie bezahlt wird, ist offen."}));
    const SentenceSplitter fr{"fr"};
    EXPECT_EQ(fr("M. Le Maire a parl\u00E9 avec M. Dupont. Il est parti."), (Sentences{"M. Le Maire a parl\u00E9 avec M. Dupont.", "Il est parti."}));
}

// What the review found: a name after an abbreviation that never ends a sentence ("bzw. Die Linke"), an
// initial before "In" in German, a dash after an abbreviation, English's dashes.
TEST(SentenceSplitterOtherLanguagesTest, shouldKeepNamesAfterAbbreviationsAndDashesAfterThem) {
    const SentenceSplitter de{"de"};
    EXPECT_EQ(de("CDU, SPD bzw. Die Linke stimmten zu."), (Sentences{"CDU, SPD bzw. Die Linke stimmten zu."}));
    EXPECT_EQ(de("Das sagte Michael S. In seiner Aussage bestritt er alles."),
              (Sentences{"Das sagte Michael S.", "In seiner Aussage bestritt er alles."}));
    const SentenceSplitter pl{"pl"};
    EXPECT_EQ(pl("Mieszka przy ul. \u2013 Marsza\u0142kowskiej od lat."), (Sentences{"Mieszka przy ul. \u2013 Marsza\u0142kowskiej od lat."}));
    const SentenceSplitter en{"en"};
    EXPECT_EQ(en("Shares in Apple Inc. \u2013 The iPhone maker \u2013 rose sharply."),
              (Sentences{"Shares in Apple Inc. \u2013 The iPhone maker \u2013 rose sharply."}));
}

TEST_F(SentenceSplitterTest, shouldNotEndAtANumbersSignInLowerCaseAfterWhatItNumbers) {
    EXPECT_EQ(split("It is registered charity no. 1041287 in England. It gives grants."),
              (Sentences{"It is registered charity no. 1041287 in England.", "It gives grants."}));
}

TEST(SentenceSplitterOtherLanguagesTest, shouldEndAtShortCapitalsAndCenturiesBeforeAStarter) {
    const SentenceSplitter nb{"nb"};
    EXPECT_EQ(nb("Kritikken kom fra EU. \u2013 Vi m\u00E5 svare, sa hun."), (Sentences{"Kritikken kom fra EU.", "\u2013 Vi m\u00E5 svare, sa hun."}));
    EXPECT_EQ(nb("V\u00E5lerenga vant 2-1. \u2013 Det var viktig, sa treneren."), (Sentences{"V\u00E5lerenga vant 2-1.", "\u2013 Det var viktig, sa treneren."}));
    const SentenceSplitter de{"de"};
    EXPECT_EQ(de("Die Kirche stammt aus dem 12. Jh. Sie wurde umgebaut."), (Sentences{"Die Kirche stammt aus dem 12. Jh.", "Sie wurde umgebaut."}));
}

// "Ma. Teresa" is a name (a mother's "Ma." before a sentence is not); Polish "proc. PKB", a share of the
// economy; an Indonesian acting official's "Plt.".
TEST_F(SentenceSplitterTest, shouldKeepMariaASharesOfTheEconomyAndAnActingOfficialInTheirSentence) {
    EXPECT_EQ(split("Secretary Ma. Teresa Bautista said the aid would arrive. He thanked his Ma. She smiled."),
              (Sentences{"Secretary Ma. Teresa Bautista said the aid would arrive.", "He thanked his Ma.", "She smiled."}));
    EXPECT_EQ(SentenceSplitter("pl")("Deficyt wyniesie 5,5 proc. PKB, tj. ok. 200 mld z\xC5\x82. Rz\xC4\x85" "d to potwierdzi\xC5\x82."),
              (Sentences{"Deficyt wyniesie 5,5 proc. PKB, tj. ok. 200 mld z\xC5\x82.", "Rz\xC4\x85" "d to potwierdzi\xC5\x82."}));
    EXPECT_EQ(SentenceSplitter("id")("Hal itu disampaikan Plt. Kepala BPS Amalia di Jakarta. Ia menambahkan."),
              (Sentences{"Hal itu disampaikan Plt. Kepala BPS Amalia di Jakarta.", "Ia menambahkan."}));
    // A rank before a name; a Russian town's "г." before its name, not after a year's figure.
    EXPECT_EQ(SentenceSplitter("id")("Kata Irjen Pol. Agus Setiabudi di Jl. Jend. Sudirman. Ia menambahkan."),
              (Sentences{"Kata Irjen Pol. Agus Setiabudi di Jl. Jend. Sudirman.", "Ia menambahkan."}));
    EXPECT_EQ(SentenceSplitter("ru")("\xD0\x90\xD0\xB4\xD0\xBC\xD0\xB8\xD0\xBD\xD0\xB8\xD1\x81\xD1\x82\xD1\x80\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8F \xD0\xB3. \xD0\xA1\xD0\xB5\xD0\xB2\xD0\xB5\xD1\x80\xD0\xBE\xD0\xB4\xD0\xBE\xD0\xBB\xD1\x8C\xD1\x81\xD0\xBA\xD0\xB0 \xD1\x81\xD0\xBE\xD0\xBE\xD0\xB1\xD1\x89\xD0\xB8\xD0\xBB\xD0\xB0. \xD0\xAD\xD1\x82\xD0\xBE \xD0\xB1\xD1\x8B\xD0\xBB\xD0\xBE \xD0\xB2 2025 \xD0\xB3. \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xD0\xB2\xD1\x8B\xD1\x80\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB0."),
              (Sentences{"\xD0\x90\xD0\xB4\xD0\xBC\xD0\xB8\xD0\xBD\xD0\xB8\xD1\x81\xD1\x82\xD1\x80\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8F \xD0\xB3. \xD0\xA1\xD0\xB5\xD0\xB2\xD0\xB5\xD1\x80\xD0\xBE\xD0\xB4\xD0\xBE\xD0\xBB\xD1\x8C\xD1\x81\xD0\xBA\xD0\xB0 \xD1\x81\xD0\xBE\xD0\xBE\xD0\xB1\xD1\x89\xD0\xB8\xD0\xBB\xD0\xB0.", "\xD0\xAD\xD1\x82\xD0\xBE \xD0\xB1\xD1\x8B\xD0\xBB\xD0\xBE \xD0\xB2 2025 \xD0\xB3.", "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xD0\xB2\xD1\x8B\xD1\x80\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB0."}));
}

// A federal rule cited by its parts, an estimate before its figure and "Adj." before what it adjusts go
// on; "the Fed." and "the App." before a new sentence end one.
TEST_F(SentenceSplitterTest, shouldKeepRuleCitationsEstimatesAndAdjustedFiguresInTheirSentence) {
    EXPECT_EQ(split("It was dismissed under Fed. R. Civ. P. 12(b)(6) on Monday. They will appeal."),
              (Sentences{"It was dismissed under Fed. R. Civ. P. 12(b)(6) on Monday.", "They will appeal."}));
    EXPECT_EQ(split("Revenue was $1.23 bln vs est. $1.19 bln. Adj. EPS was $1.23."),
              (Sentences{"Revenue was $1.23 bln vs est. $1.19 bln.", "Adj. EPS was $1.23."}));
    EXPECT_EQ(split("Rates were held by the Fed. Rates may fall. Get the App. Prices rise."),
              (Sentences{"Rates were held by the Fed.", "Rates may fall.", "Get the App.", "Prices rise."}));
}

// A slash never opens a sentence: "(U.S./Canada)" stays whole, glued as written.
TEST_F(SentenceSplitterTest, shouldNotEndASentenceBeforeASlash) {
    EXPECT_EQ(split("Dial 1-877-555-0142 (U.S./Canada) to join. It starts at noon."),
              (Sentences{"Dial 1-877-555-0142 (U.S./Canada) to join.", "It starts at noon."}));
}

// Citations and names that go on after their dot: a public law, a report, a county road, a state statute's
// section, a roll call's number, a suffix before a spouse's name, a retired rank. A transcript's direction
// between two sentences ends the first: the capital after it opens the next.
TEST_F(SentenceSplitterTest, shouldKeepCitationsAndSuffixesAndSplitAtTranscriptDirections) {
    EXPECT_EQ(split("It meets Pub. L. 117-58 and H. Rept. 119-412. He fled on Cty. Rd. 524 and was charged under N.J.S.A. 39:4-50 "
                    "(Roll no. 87). He leaves Harold Whitcomb Jr. (Linda) of Tulsa and Lt. Col. (Ret.) Arthur Whitcomb."),
              (Sentences{"It meets Pub. L. 117-58 and H. Rept. 119-412.",
                         "He fled on Cty. Rd. 524 and was charged under N.J.S.A. 39:4-50 (Roll no. 87).",
                         "He leaves Harold Whitcomb Jr. (Linda) of Tulsa and Lt. Col. (Ret.) Arthur Whitcomb."}));
    EXPECT_EQ(split("Prices, for one. [laughs] The menu is long. Chaos! [knocks on the counter] Touch wood. He said [the mayor] was out."),
              (Sentences{"Prices, for one. [laughs]", "The menu is long.", "Chaos! [knocks on the counter]", "Touch wood.",
                         "He said [the mayor] was out."}));
}

// A saint's or a street's abbreviation after an en dash or a slash between two places goes on; so does a
// suite named by its letter.
TEST_F(SentenceSplitterTest, shouldKeepAnAbbreviationAfterADashBetweenPlacesAndASuitesLetter) {
    EXPECT_EQ(split("It returned to Minneapolis\xE2\x80\x93St. Paul (MSP) after the alarm. It moved to 12 Main St., Ste. B, near the square."),
              (Sentences{"It returned to Minneapolis\xE2\x80\x93St. Paul (MSP) after the alarm.", "It moved to 12 Main St., Ste. B, near the square."}));
    EXPECT_EQ(split("He lives in Sault Ste. Marie now. He cited Pub. L. No. 117-58 in court."),
              (Sentences{"He lives in Sault Ste. Marie now.", "He cited Pub. L. No. 117-58 in court."}));
}

// A German ordinal in Roman figures after its article or preposition goes on to its noun.
TEST_F(SentenceSplitterTest, shouldKeepAGermanRomanOrdinalWithItsNoun) {
    const SentenceSplitter german("de");
    EXPECT_EQ(german("Es brannte im VI. Stock des Hauses. Der III. Bezirk w\xC3\xA4" "chst."),
              (Sentences{"Es brannte im VI. Stock des Hauses.", "Der III. Bezirk w\xC3\xA4" "chst."}));
}

// Initials before the name they stand for in brackets go on ("drs. J.H. (Hans) van der Meulen"); the Nordic
// preposition "i" may end a sentence.
TEST_F(SentenceSplitterTest, shouldKeepInitialsBeforeTheirNameAndEndOnANordicPreposition) {
    const SentenceSplitter dutch("nl");
    EXPECT_EQ(dutch("Directeur drs. J.H. (Hans) van der Meulen trad af. Hij was tien jaar in functie."),
              (Sentences{"Directeur drs. J.H. (Hans) van der Meulen trad af.", "Hij was tien jaar in functie."}));
    EXPECT_EQ(dutch("Hij werd vervolgd (art. 322 Sr) en veroordeeld. Het museum toont street art. De expositie loopt."),
              (Sentences{"Hij werd vervolgd (art. 322 Sr) en veroordeeld.", "Het museum toont street art.", "De expositie loopt."}));
    const SentenceSplitter swedish("sv");
    EXPECT_EQ(swedish("Det h\xC3\xA4r \xC3\xA4r ett v\xC3\xA4" "der man inte ska vara ute i. Undvik on\xC3\xB6" "diga resor."),
              (Sentences{"Det h\xC3\xA4r \xC3\xA4r ett v\xC3\xA4" "der man inte ska vara ute i.", "Undvik on\xC3\xB6" "diga resor."}));
}

// A short form's full stop inside brackets that close a few words on ends no sentence; a title goes on to a
// name that opens on a capital beyond ASCII; a court's docket, an assistant's title and a German street's
// short form before its house number go on.
TEST_F(SentenceSplitterTest, shouldKeepShortFormsInsideBracketsAndBeforeNamesBeyondAscii) {
    const SentenceSplitter german("de");
    EXPECT_EQ(german("Die Hotline (Mo.\xE2\x80\x93" "Fr. 8\xE2\x80\x93" "18 Uhr) informiert. Das Geld (\xC2\xA7\xC2\xA7 165 ff. SGB III) ist sicher."),
              (Sentences{"Die Hotline (Mo.\xE2\x80\x93" "Fr. 8\xE2\x80\x93" "18 Uhr) informiert.", "Das Geld (\xC2\xA7\xC2\xA7 165 ff. SGB III) ist sicher."}));
    EXPECT_EQ(german("Die Firma mit Sitz in der Karlstr. 41-45, 74072 Heilbronn, ging 2007 an die B\xC3\xB6rse."),
              (Sentences{"Die Firma mit Sitz in der Karlstr. 41-45, 74072 Heilbronn, ging 2007 an die B\xC3\xB6rse."}));
    EXPECT_EQ(split("Sowa (77. Wr\xC3\xB3" "bel) came on. It was late."), (Sentences{"Sowa (77. Wr\xC3\xB3" "bel) came on.", "It was late."}));
    // (A sentence inside brackets that ends on a word ends there.)
    EXPECT_EQ(split("(Set it to false. Long version follows.)"), (Sentences{"(Set it to false.", "Long version follows.)"}));
    EXPECT_EQ(split("The plan was backed, said Dr. \xC3\x89lise Fournier, the chief. Prof. \xC5\x81ukasz \xC5\xBB" "ak spoke."),
              (Sentences{"The plan was backed, said Dr. \xC3\x89lise Fournier, the chief.", "Prof. \xC5\x81ukasz \xC5\xBB" "ak spoke."}));
    EXPECT_EQ(split("Asst. U.S. Atty. Maria Castellano asked for more time (Dkt. No. 47). The judge agreed."),
              (Sentences{"Asst. U.S. Atty. Maria Castellano asked for more time (Dkt. No. 47).", "The judge agreed."}));
}

// A code's section after its initials, a paper's short name before "No.", a law's paragraph in Polish and
// French and a Dutch plural after its apostrophe: where a reader goes on or stops.
TEST_F(SentenceSplitterTest, shouldGoOnThroughSectionsAndParagraphsAndStopAfterAnApostrophesPlural) {
    EXPECT_EQ(split("He faces two counts under R.C. 2903.11(A)(2) and one count of having weapons. Bail was set."),
              (Sentences{"He faces two counts under R.C. 2903.11(A)(2) and one count of having weapons.", "Bail was set."}));
    EXPECT_EQ(split("Approved 9-0 a resolution (Res. No. 25-014) setting a hearing. It passed."),
              (Sentences{"Approved 9-0 a resolution (Res. No. 25-014) setting a hearing.", "It passed."}));
    const SentenceSplitter polish("pl");
    EXPECT_EQ(polish("Zgodnie z art. 121 ust. 2 Konstytucji RP Senat ma 30 dni. Potem ustawa wraca."),
              (Sentences{"Zgodnie z art. 121 ust. 2 Konstytucji RP Senat ma 30 dni.", "Potem ustawa wraca."}));
    EXPECT_EQ(polish("Legia ma 40 pkt. Lech traci do niej trzy punkty."), (Sentences{"Legia ma 40 pkt.", "Lech traci do niej trzy punkty."}));
    const SentenceSplitter french("fr");
    EXPECT_EQ(french("L'article 34 al. 2 de la Constitution le prévoit. Les auteurs et al. Le texte dit non."),
              (Sentences{"L'article 34 al. 2 de la Constitution le prévoit.", "Les auteurs et al.", "Le texte dit non."}));
    const SentenceSplitter dutch("nl");
    EXPECT_EQ(dutch("Het geld ging naar elektrische auto's. De investeringen stegen."),
              (Sentences{"Het geld ging naar elektrische auto's.", "De investeringen stegen."}));
}

// AP's notes part their items with a full stop and an ellipsis; a plain ellipsis before a word goes on.
TEST_F(SentenceSplitterTest, shouldEndASentenceAtAFullStopAndAnEllipsisBeforeACapital) {
    EXPECT_EQ(split("Smith sat out with a bruised hand.... Boston is 22-3 at home.... Brennan scored 30."),
              (Sentences{"Smith sat out with a bruised hand....", "Boston is 22-3 at home....", "Brennan scored 30."}));
    EXPECT_EQ(split("He said it was... well, fine."), (Sentences{"He said it was... well, fine."}));
    EXPECT_EQ(split("Smith sat out with a bruised hand. ... Boston is 22-3 at home."),
              (Sentences{"Smith sat out with a bruised hand.", "Boston is 22-3 at home."}));
}

// A quote of several sentences closed by "»," goes on to its speaker; a German quote opened low and closed by a typed
// straight quote is closed, and the sentence after it is one of its own.
TEST_F(SentenceSplitterTest, shouldCloseFrenchAndGermanQuotesWhereTheyClose) {
    const SentenceSplitter fr{"fr"}, de{"de"};
    EXPECT_EQ(fr("« On a vu passer les plans. Où en est-on ? », interroge son porte-parole."),
              (Sentences{"« On a vu passer les plans.", "Où en est-on ? », interroge son porte-parole."}));
    EXPECT_EQ(de("Er sagte \xE2\x80\x9Enein\" dazu. Dann ging er."), (Sentences{"Er sagte \xE2\x80\x9Enein\" dazu.", "Dann ging er."}));
}

// Polish closes its low quote with ”.
TEST_F(SentenceSplitterTest, shouldCloseAPolishQuote) {
    const SentenceSplitter pl{"pl"};
    EXPECT_EQ(pl("Powiedzia\xC5\x82 \xE2\x80\x9Etak\xE2\x80\x9D. Potem wyszed\xC5\x82."),
              (Sentences{"Powiedzia\xC5\x82 \xE2\x80\x9Etak\xE2\x80\x9D.", "Potem wyszed\xC5\x82."}));
    EXPECT_EQ(pl("Pokazano prace z nurtu street art. Wystawa potrwa do maja."),
              (Sentences{"Pokazano prace z nurtu street art.", "Wystawa potrwa do maja."}));
}

// A sentence that opens on a decimal, "gestaan. 4,5 procent is netjes", ends the one before, in any language; not after
// a short form of the language, "inkl. 4,5 Prozent".
TEST(SentenceSplitterDutchTest, shouldEndASentenceBeforeADecimalThatOpensTheNext) {
    const SentenceSplitter nl{"nl"};
    EXPECT_EQ(nl("De economie heeft lang op de nullijn gestaan. 4,5 procent is netjes, maar niet genoeg."),
              (std::vector<std::string>{"De economie heeft lang op de nullijn gestaan.", "4,5 procent is netjes, maar niet genoeg."}));
    const SentenceSplitter de{"de"};
    EXPECT_EQ(de("Die Kosten sinken inkl. 4,5 prozent Rabatt."), (std::vector<std::string>{"Die Kosten sinken inkl. 4,5 prozent Rabatt."}));
}

// An initial before another initial goes on, a short form's letters ("22,4 % E. A. en febrero") or a name's.
TEST(SentenceSplitterSpanishTest, shouldKeepAShortFormOfInitialsInItsSentence) {
    const SentenceSplitter es{"es"};
    EXPECT_EQ(es("La tasa estaba en 22,4 % efectivo anual (E. A.) en febrero. El consumo alcanzaba el 32,95 % E. A. Para vivienda bajó."),
              (std::vector<std::string>{"La tasa estaba en 22,4 % efectivo anual (E. A.) en febrero.", "El consumo alcanzaba el 32,95 % E. A.",
                                        "Para vivienda bajó."}));
}

// An address that goes on after "St." with a suite, and a saint's place after a count, stay one sentence.
TEST_F(SentenceSplitterTest, shouldKeepASuiteAndASaintsPlaceAfterStInTheSentence) {
    EXPECT_EQ(split("The shop is at 120 Elm St. Suite 200 on the second floor."), (Sentences{"The shop is at 120 Elm St. Suite 200 on the second floor."}));
    EXPECT_EQ(split("About 40 Fort St. John residents signed the petition."), (Sentences{"About 40 Fort St. John residents signed the petition."}));
}

// A company's suffix with its possessive's apostrophe after the full stop ends no sentence: "Warner Bros.' Ember Crown".
TEST_F(SentenceSplitterTest, shouldNotSplitAfterACompanysSuffixWithItsPossessive) {
    EXPECT_EQ(split("Warner Bros.' Ember Crown led the box office. It made $152 million."),
              (std::vector<std::string>{"Warner Bros.' Ember Crown led the box office.", "It made $152 million."}));
    EXPECT_EQ(split("He shouted 'Go home.' Then he left."), (std::vector<std::string>{"He shouted 'Go home.'", "Then he left."}));
}

// A ranked list's numbers after a colon or a semicolon, a French code's book letter before its article, and the Swiss
// "Mia." after a figure end no sentence; a name "Mia." before a sentence's opening word does.
TEST_F(SentenceSplitterTest, shouldKeepRankedListsCodeLettersAndSwissBillions) {
    const SentenceSplitter spanish("es"), french("fr"), german("de");
    EXPECT_EQ(spanish("Clasificaci\u00F3n: 1. Real Madrid, 63 puntos; 2. Barcelona, 60. El Madrid gan\u00F3."),
              (Sentences{"Clasificaci\u00F3n: 1. Real Madrid, 63 puntos; 2. Barcelona, 60.", "El Madrid gan\u00F3."}));
    EXPECT_EQ(french("Selon l'article L. 2121-25 du code, le maire doit agir. Il a agi."),
              (Sentences{"Selon l'article L. 2121-25 du code, le maire doit agir.", "Il a agi."}));
    EXPECT_EQ(german("Das kostet 3 Mia. Franken pro Jahr. Das sagte Mia. Danach ging sie."),
              (Sentences{"Das kostet 3 Mia. Franken pro Jahr.", "Das sagte Mia.", "Danach ging sie."}));
}

// Polish "m.in." ("among others") before a name ends no sentence.
TEST_F(SentenceSplitterTest, shouldNotEndAPolishSentenceAtAmongOthers) {
    const SentenceSplitter polish("pl");
    EXPECT_EQ(polish("Zyska\u0142y m.in. Pekao i PKO BP. Spad\u0142y akcje."), (Sentences{"Zyska\u0142y m.in. Pekao i PKO BP.", "Spad\u0142y akcje."}));
}

// An Afrikaans rank before a name goes on to it ("Kapt. Tumi Sekgota").
TEST_F(SentenceSplitterTest, shouldGoOnAfterAnAfrikaansRank) {
    const SentenceSplitter afrikaans("af");
    EXPECT_EQ(afrikaans("Die drie is beseer. Kapt. Tumi Sekgota sê hulle is ontslaan. Lt. Kol. Piet Venter het bevestig."),
              (Sentences{"Die drie is beseer.", "Kapt. Tumi Sekgota sê hulle is ontslaan.", "Lt. Kol. Piet Venter het bevestig."}));
}

// A bracket that opens on a figure after a short form's dot goes on the sentence ("трлн руб. (0,8% ВВП), сообщил"); a
// bracket that opens on a capital after a sentence's last word is a sentence of its own.
TEST_F(SentenceSplitterTest, shouldGoOnIntoABracketedFigureAfterAShortForm) {
    const SentenceSplitter russian("ru");
    EXPECT_EQ(russian("Дефицит составил 1,7 трлн руб. (0,8% ВВП), сообщил Минфин. Это много."),
              (Sentences{"Дефицит составил 1,7 трлн руб. (0,8% ВВП), сообщил Минфин.", "Это много."}));
    const SentenceSplitter english("en");
    EXPECT_EQ(english("Sales rose 5 per cent. (Figures are provisional.) The board met."),
              (Sentences{"Sales rose 5 per cent.", "(Figures are provisional.)", "The board met."}));
}

// A figure after a colon before a word that starts sentences ends the sentence: "The score at the break: 12. The second …".
TEST_F(SentenceSplitterTest, shouldEndAtAFigureAfterAColonBeforeASentence) {
    const SentenceSplitter english("en");
    EXPECT_EQ(english("Points at the break: 12. The second half was better."),
              (Sentences{"Points at the break: 12.", "The second half was better."}));
}
