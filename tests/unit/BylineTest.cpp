// Bylines as pages write them, cleaned into the names a newsreader says.

#include <gtest/gtest.h>

#include "ingest/Byline.hpp"

using namespace readcast;

TEST(BylineTest, shouldKeepOnlyTheNames) {
    EXPECT_EQ(cleanByline("By Dan Goodin - Apr 16, 2015 8:02 pm UTC", "Ars Technica").names, "Dan Goodin");
    EXPECT_EQ(cleanByline("Jane Doe, Senior Reporter | @jdoe", "").names, "Jane Doe");
    EXPECT_EQ(cleanByline("Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC", "").names, "Joe Wee");
    // (A surname that is a weekday's name stays: no date follows it.)
    EXPECT_EQ(cleanByline("Por Mar\xC3\xAD" "a Domingo", "", "es").names, "Mar\xC3\xAD" "a Domingo");
    EXPECT_EQ(cleanByline("Von Anna Freitag und Tom Sonntag", "", "de").names, "Anna Freitag und Tom Sonntag");
    // (A weekday in the page's language, and a share button's label after a dot.)
    EXPECT_EQ(cleanByline("Deur Annelie Steenkamp Dinsdag 3 Maart 2026 | 16:05 Deel op Facebook \xC2\xB7 Deel op WhatsApp", "", "af").names,
              "Annelie Steenkamp");
    // Wire writers with their agency after them and no comma between.
    EXPECT_EQ(cleanByline("By ANA RUIZ and LEE PARK Associated Press", "").names, "Ana Ruiz and Lee Park");
    EXPECT_EQ(cleanByline("By ANA RUIZ Associated Press", "").names, "Ana Ruiz");
    EXPECT_EQ(cleanByline("By Jane Doe for The Post", "").names, "Jane Doe");
    EXPECT_EQ(cleanByline("5 min read", "").names, "");
    // A job after the name, as schema.org's jobTitle sets it: not a second author.
    EXPECT_EQ(cleanByline("Written by Mara Quist, Humanitarian Policy Adviser", "").names, "Mara Quist");
    EXPECT_EQ(cleanByline("Mara Quist, Press Officer", "").names, "Mara Quist");
    // (An executive's job, its title first, and the service a writer files for.)
    EXPECT_EQ(cleanByline("By Nadia Petrova, VP of Engineering", "").names, "Nadia Petrova");
    EXPECT_EQ(cleanByline("By Tom Achterberg, Local Democracy Reporting Service", "").names, "Tom Achterberg");
    EXPECT_EQ(cleanByline("By Nadia Petrova, Tom Achterberg", "").names, "Nadia Petrova and Tom Achterberg");
    EXPECT_EQ(cleanByline("By Jane Doe, Dean Smith", "").names, "Jane Doe and Dean Smith");
}

// A title run into the name names a desk too: both go, never the name itself.
TEST(BylineTest, shouldDropTheDeskATitleNames) {
    EXPECT_EQ(cleanByline("Ben Silverman Games Editor", "").names, "Ben Silverman");
    EXPECT_EQ(cleanByline("Priya Natarajan Technology Correspondent", "").names, "Priya Natarajan");
    EXPECT_EQ(cleanByline("Mary Ann Smith Senior Editor", "").names, "Mary Ann Smith");
    EXPECT_EQ(cleanByline("By Harvard Health", "").names, "Harvard Health");
}

TEST(BylineTest, shouldNotTakeInterfaceWordsForAName) {
    EXPECT_EQ(cleanByline("Follow", "").names, "");
    EXPECT_EQ(cleanByline("Last Updated", "").names, "");
    EXPECT_EQ(cleanByline("Creator Name", "").names, "");
    EXPECT_EQ(cleanByline("Jane Doe | Follow", "").names, "Jane Doe");
}

TEST(BylineTest, shouldJoinSeveralAuthorsAsSpoken) {
    EXPECT_EQ(cleanByline("By Ann Lee, Bo Kim and Cy Diaz", "").names, "Ann Lee, Bo Kim and Cy Diaz");
    EXPECT_EQ(cleanByline("Ann Lee | Bo Kim", "").names, "Ann Lee and Bo Kim");
}

TEST(BylineTest, shouldTellAnAgencyFromAPerson) {
    const Byline agency = cleanByline("By ASSOCIATED PRESS", "");
    EXPECT_EQ(agency.names, "the Associated Press");
    EXPECT_TRUE(agency.agency);
    EXPECT_FALSE(cleanByline("By Sunday Smith", "").agency);
    EXPECT_EQ(cleanByline("By Sunday Smith", "").names, "Sunday Smith") << "a weekday only ends a name after it";
}

// Initials or a nickname in brackets belong to the one name around them.
TEST(BylineTest, shouldKeepANameWithBracketedInitialsWhole) {
    EXPECT_EQ(cleanByline("Richard (R.J.) Eskow", "").names, "Richard Eskow");
    EXPECT_EQ(cleanByline("Robert (Bob) Smith and Ann Lee", "").names, "Robert Smith and Ann Lee");
    EXPECT_EQ(cleanByline("Ann Lee (with Reuters)", "").names, "Ann Lee");
}

// The outlet after a person's name is where they work, not a second author; an initialism stays as
// written while a shouted name is set in mixed case.
TEST(BylineTest, shouldDropTheOutletAfterAPersonsName) {
    EXPECT_EQ(cleanByline("By Jane Doe, BBC News", "").names, "Jane Doe");
    EXPECT_EQ(cleanByline("By Jane Doe, CNN", "").names, "Jane Doe");
    EXPECT_EQ(cleanByline("By Jane Doe and John Roe, The Daily Courier", "").names, "Jane Doe and John Roe");
    EXPECT_EQ(cleanByline("By JANE DOE and JOHN ROE", "").names, "Jane Doe and John Roe");
    EXPECT_EQ(cleanByline("By TMZ", "").names, "TMZ");
}

// A generational suffix keeps its capitals when the name is set in mixed case; a desk of two words before a
// job ("Real Estate Columnist", "Food and Drink Editor") is no second author.
TEST(BylineTest, shouldKeepAGenerationalSuffixAndDropADeskOfTwoWords) {
    EXPECT_EQ(cleanByline("By Maren Okafor and J. Whitfield Banks III", "").names, "Maren Okafor and J. Whitfield Banks III");
    EXPECT_EQ(cleanByline("By MARCUS BELL III", "").names, "Marcus Bell III");
    EXPECT_EQ(cleanByline("By Marcy Okonkwo-Reyes | Real Estate Columnist", "").names, "Marcy Okonkwo-Reyes");
    EXPECT_EQ(cleanByline("By Lena Park | Food And Drink Editor", "").names, "Lena Park");
}

// What a seventeenth blind round of pages printed before or around a name: a credit's label in other
// languages, a credit in two parts joined by "and", a Japanese byline in full-width brackets.
TEST(BylineTest, shouldDropCreditLabelsOfOtherLanguagesAndFullWidthBrackets) {
    EXPECT_EQ(cleanByline("Autorka: Anna Nowak", "").names, "Anna Nowak");
    EXPECT_EQ(cleanByline("Fotos e texto: Rafael Nunes", "").names, "Rafael Nunes");
    EXPECT_EQ(cleanByline("Words and pictures by Tom Hale", "").names, "Tom Hale");
    EXPECT_EQ(cleanByline("Skribent: Erik Lund", "").names, "Erik Lund");
    EXPECT_EQ(cleanByline("\u0410\u0432\u0442\u043E\u0440: \u0418\u0440\u0438\u043D\u0430 \u0413\u0430\u043B\u0438\u0435\u0432\u0430", "").names,
              "\u0418\u0440\u0438\u043D\u0430 \u0413\u0430\u043B\u0438\u0435\u0432\u0430");
    EXPECT_EQ(cleanByline("\uFF08\u4F50\u85E4\u5065\u592A\uFF09", "").names, "\u4F50\u85E4\u5065\u592A");
    EXPECT_EQ(cleanByline("Anderson Cooper", "").names, "Anderson Cooper") << "a name that starts like a joining word stays";
}

// An account's name as the author: the person the text names for it, else the slug's words, else none.
TEST(BylineTest, shouldFindThePersonBehindAnAccountsName) {
    const std::vector<std::string> texts{"The new bank opened on Monday.", "*Roc\xC3\xADo Almansa es periodista de Sevilla al D\xC3\xAD" "a.*",
                                         "Chiara Montanari scrive di citt\xC3\xA0 per Portico."};
    EXPECT_EQ(nameForAccount("ralmansa", texts), "Roc\xC3\xADo Almansa");
    EXPECT_EQ(nameForAccount("chiara", texts), "Chiara Montanari");
    EXPECT_EQ(nameForAccount("harper-lindqvist-obi", texts), "Harper Lindqvist Obi");
    EXPECT_EQ(nameForAccount("jdoe42", texts), "");
    EXPECT_EQ(nameForAccount("Jane Doe", texts), "Jane Doe");
    EXPECT_EQ(cleanByline("Astrid Lindgren-Ek och Jonas Wiberg Publicerad 8 juli 2025 kl. 06.30", "", "en").names,
              "Astrid Lindgren-Ek and Jonas Wiberg");
}

// A name starts in capitals: what follows "et" in lower case is a station's or a handle's.
TEST(BylineTest, shouldNotTakeAWordInLowerCaseForASecondWriter) {
    EXPECT_EQ(cleanByline("Claire Wagner et ici Alsace", "").names, "Claire Wagner");
    EXPECT_EQ(cleanByline("Jan de Vries", "").names, "Jan de Vries");
    EXPECT_EQ(cleanByline("Words and pictures by Tom Hale", "").names, "Tom Hale");
}

// A Catalan or Spanish double surname joined by its "and" is one person's; two full names so joined are two.
TEST(BylineTest, shouldKeepADoubleSurnameJoinedByItsAnd) {
    EXPECT_EQ(cleanByline("N\xC3\xBAria Puigdemont i Serra", "").names, "N\xC3\xBAria Puigdemont i Serra");
    EXPECT_EQ(cleanByline("Jos\xC3\xA9 Ortega y Gasset", "").names, "Jos\xC3\xA9 Ortega y Gasset");
    EXPECT_EQ(cleanByline("Marta Puig i Jordi Vila", "").names, "Marta Puig and Jordi Vila");
}

// A credit for another part than the words, an editor's or a photographer's, is not the story's author.
TEST(BylineTest, shouldLeaveOutTheEditorsAndThePhotographersCredit) {
    EXPECT_EQ(cleanByline("Penulis: Nur Aisyah Rahmawati | Editor: Bambang Sutrisno", "").names, "Nur Aisyah Rahmawati");
    EXPECT_EQ(cleanByline("Tekst: Ingrid Olsen / Foto: Jonas Berg", "").names, "Ingrid Olsen");
}

TEST(BylineTest, shouldReadNoDeskOrDeskInitialsAsAWriter) {
    EXPECT_EQ(cleanByline("By Newsdesk", "").names, "");
    EXPECT_EQ(cleanByline("Autorka/Autor: kab, js/adso", "").names, "");
    EXPECT_EQ(cleanByline("By Jane Doe, Newsdesk", "").names, "Jane Doe");
}

// Two writers with the first one's job between them: the joining word is not read twice.
TEST(BylineTest, shouldJoinTwoWritersOnceAroundAJob) {
    EXPECT_EQ(cleanByline("By Dana Whitfield, Senior Reporter, and Kevin Osei", "").names, "Dana Whitfield and Kevin Osei");
}

// A surname in capitals with its particle, as French papers set it, is a name, not letters to spell; a
// word of two capitals alone is an initialism.
TEST(BylineTest, shouldTakeASurnamesParticleInCapitalsWithTheSurname) {
    EXPECT_EQ(cleanByline("Par Anne-Sophie LE GALL et Pierre DURAND", "").names, "Anne-Sophie Le Gall and Pierre Durand");
    EXPECT_EQ(cleanByline("Jean DE LA FONTAINE", "").names, "Jean De La Fontaine");
    EXPECT_EQ(cleanByline("Mary JD Smith", "").names, "Mary JD Smith");
}

// A publication beside the agency whose copy it ran is no writer: "Par Le Courrier de la Saône avec AFP" is AFP's.
TEST(BylineTest, shouldTakeTheAgencyBesideAPublicationNamedAsTheWriter) {
    EXPECT_EQ(cleanByline("Par Le Courrier de la Saône avec AFP", "", "fr").names, "AFP");
    EXPECT_EQ(cleanByline("By The Harbour Gazette with Reuters", "", "en").names, "Reuters");
    // (A writer beside the agency stays: "Élodie Marchand avec AFP".)
    EXPECT_EQ(cleanByline("Par Élodie Marchand avec AFP", "", "fr").names, "Élodie Marchand");
}

// The dateline's city after the page's date, and the place a writer files from after their job, are no writers.
TEST(BylineTest, shouldLeaveOutTheCityAfterTheDateAndThePlaceAfterTheJob) {
    EXPECT_EQ(cleanByline("Sobhana K. Nair Updated - March 18, 2026 10:15 pm IST - NEW DELHI", "").names, "Sobhana K. Nair");
    EXPECT_EQ(cleanByline("Vinicius Lisboa - Rep\xC3\xB3rter da Ag\xC3\xAAncia Brasil - Rio de Janeiro", "").names, "Vinicius Lisboa");
    EXPECT_EQ(cleanByline("By Dana Whitfield, Senior Reporter, and Kevin Osei", "").names, "Dana Whitfield and Kevin Osei");
}

// Two writers each with a job name both.
TEST(BylineTest, shouldKeepTheSecondWriterAfterTheFirstsJob) {
    EXPECT_EQ(cleanByline("Jane Doe, Senior Reporter, John Roe, Staff Writer", "").names, "Jane Doe and John Roe");
}
