#include <gtest/gtest.h>

#include "ingest/Boilerplate.hpp"

using namespace readcast;

TEST(BoilerplateTest, shouldRecogniseInterfaceLines) {
    EXPECT_TRUE(isBoilerplate("To write comments, please log in to one of the accounts."));
    EXPECT_TRUE(isBoilerplate("Standards Board Policy (0/250\uC790)"));
    EXPECT_TRUE(isBoilerplate("Audio report: written by reporters, read by AI"));
    EXPECT_TRUE(isBoilerplate("Sign up for our morning briefing"));
    EXPECT_TRUE(isBoilerplate("ADVERTISEMENT"));
    EXPECT_TRUE(isBoilerplate("Comments (12/500)"));
    EXPECT_TRUE(isBoilerplate("Subscribe to continue reading."));
    EXPECT_TRUE(isBoilerplate("Story continues below advertisement"));
    EXPECT_TRUE(isBoilerplate("Read more: Bank holds rates steady"));
    EXPECT_TRUE(isBoilerplate("You may also like"));
    EXPECT_TRUE(isBoilerplate("Most Popular"));
    // A share row in Dutch.
    EXPECT_TRUE(isBoilerplate("Delen via WhatsApp  Delen via Facebook  Link kopi\u00EBren"));
}

TEST(BoilerplateTest, shouldKeepArticleSentences) {
    EXPECT_FALSE(isBoilerplate("The newsletter was first published in 1990."));
    EXPECT_FALSE(isBoilerplate("He demanded more from the government."));
    EXPECT_FALSE(isBoilerplate("She was the most popular candidate."));
    EXPECT_FALSE(isBoilerplate("Growth was 3.5 percent (1/4 of it from exports)."));
    // A long paragraph that mentions an interface phrase is still the article.
    EXPECT_FALSE(isBoilerplate("Officials said the ministry would subscribe to our shared database of sanctions "
                               "violations once the new rules took effect next year, a change that critics said "
                               "came far too late for the families affected."));
}

TEST(BoilerplateTest, shouldRecogniseCreditLines) {
    EXPECT_TRUE(isCreditLine("Translated from the JoongAng Ilbo using generative AI and edited by staff."));
    EXPECT_TRUE(isCreditLine("Reporting by Jane Doe; Editing by John Roe"));
    EXPECT_TRUE(isCreditLine("\u00A9 2025 Example News"));
    EXPECT_FALSE(isCreditLine("Photographs of the site were released on Monday."));
}

TEST(BoilerplateTest, shouldTellUnpunctuatedShortLines) {
    EXPECT_TRUE(isUnpunctuatedShortLine("North Korea and Russia\u2019s dangerous new alliance", 25));
    EXPECT_FALSE(isUnpunctuatedShortLine("It ended.", 25));
    EXPECT_FALSE(isUnpunctuatedShortLine("He said \u201cno.\u201d", 25));
    EXPECT_FALSE(isUnpunctuatedShortLine("one two three four", 3));
}

// Rows of short items parted by middle dots, a share row with pictographs between its buttons, comments
// closed in Dutch; a paragraph holding a prompt among its sentences. A byline's row keeps its words'
// sentence, and a list's number before a name is no prompt.
TEST(BoilerplateTest, shouldKnowRowsOfButtonsAndPromptsInsideParagraphs) {
    for (const std::string line : {"Subscribe \xC2\xB7 Sign in", "Economia \xC2\xB7 Transportes", "42 \xC2\xB7 7 \xC2\xB7 Share",
                                   "Partilhar \xE2\xA4\xB4 Guardar \xF0\x9F\x94\x96", "Reacties zijn gesloten bij dit artikel."}) {
        EXPECT_TRUE(isBoilerplate(line)) << line;
    }
    EXPECT_FALSE(isBoilerplate("The vote was close \xC2\xB7 the council split down the middle on the budget."));
    EXPECT_TRUE(holdsAPrompt("Dit artikel is gratis te lezen dankzij onze donateurs. Steun Vallei Vandaag vanaf \xE2\x82\xAC 3 per maand."));
    EXPECT_FALSE(holdsAPrompt("1. Finland"));
    EXPECT_FALSE(holdsAPrompt("The council met on Tuesday. It voted to close the pier after a long debate."));
}

// A wire's editors' codes at the end of a story: a few small letters and a slash each.
TEST(BoilerplateTest, shouldKnowAWiresEditorsCodes) {
    EXPECT_TRUE(isBoilerplate("akw/ mhr/"));
    EXPECT_TRUE(isBoilerplate("jdt/"));
    EXPECT_TRUE(isBoilerplate("(ATTN: UPDATES with closing figures, details in paras 1-6, 9)"));
    EXPECT_FALSE(isBoilerplate("and/or"));
    EXPECT_FALSE(isBoilerplate("Prices rose 3% in the year to/ from March."));
}

// A transcript's cues of what is heard, a draft's notes of what the page will hold and its production
// labels; a writer's aside in capitals is the story's.
TEST(BoilerplateTest, shouldKnowTranscriptCuesAndADraftsNotes) {
    for (const std::string line : {"(SOUNDBITE OF SCHOOL BELL)", "(LAUGHTER)", "[CROSSTALK]", "(BEGIN VIDEO CLIP)",
                                   "[NEWSLETTER MODULE: Brookhaven Daily sign-up box goes here]", "[LINK to our 2023 story on pool closure]",
                                   "ART: Photo of drained pool (Ken has it, file IMG_4471)", "CAPTION: The empty pool in August."}) {
        EXPECT_TRUE(isBoilerplate(line)) << line;
    }
    for (const std::string line : {"(UNDERSTATEMENT OF THE YEAR)", "[Alden: He's a good roommate, too.]", "Art: the show opens on Friday."}) {
        EXPECT_FALSE(isBoilerplate(line)) << line;
    }
}

// What a nineteenth blind round of pages read: a French wire's desk signature, whose views a column
// gives in Spanish, a beat's funding, an embed's placeholder, a Chinese portal's original headline,
// editor in charge and share prompt.
TEST(BoilerplateTest, shouldKnowWhatANineteenthRoundOfPagesRead) {
    for (const std::string line : {"jm-kb/dch/swi", "Este es un art\xC3\xAD" "culo de opini\xC3\xB3n. Las opiniones expresadas son del autor.",
                                   "Local Democracy Reporting is public interest journalism funded through NZ On Air.",
                                   "Ver esta publicaci\xC3\xB3n en Instagram", "Annonce", "Nyeste f\xC3\xB8rst", "Oldest first",
                                   "\xE5\x8E\x9F\xE6\xA0\x87\xE9\xA2\x98\xEF\xBC\x9A\xE5\x92\x96\xE5\x95\xA1\xE8\xB1\x86\xE4\xBB\xB7\xE6\xA0\xBC",
                                   "\xEF\xBC\x88\xE8\xB4\xA3\xE4\xBB\xBB\xE7\xBC\x96\xE8\xBE\x91\xEF\xBC\x9A\xE5\xBC\xA0\xE4\xBC\x9F\xEF\xBC\x89"}) {
        EXPECT_TRUE(isBoilerplate(line)) << line;
    }
    EXPECT_FALSE(isBoilerplate("and/or the council/mayor"));
}

// A thread's chrome around a post, in several languages: counts of reactions (written short too),
// its levels, buttons, sorting, flair and a poster's edit notes; not a count that is a sentence's.
TEST(BoilerplateTest, shouldKnowAThreadsChrome) {
    for (const std::string line : {"2.3k", "611", "3 likes", "1 svar", "12 Antworten", "96% Upvoted", "level 2", "Reply", "More replies",
                                   "Sort by: best", "Flair: Denmark", "r/europe \xE2\x80\xA2 Posted by u/kettle_drum_88 \xE2\x80\xA2 6h",
                                   "Edit 2: Yes, I know Oslo's scheme was different.", "anna_lindqvist Moderator"}) {
        EXPECT_TRUE(isBoilerplate(line)) << line;
    }
    for (const std::string line : {"412 points by quietbyte 6 hours ago | hide | past | favorite | 173 comments",
                                   "mnemonic_dev 5 hours ago | parent | next [\xE2\x80\x93]",
                                   "J\xC3\xA1n Nov\xC3\xA1k @jan@mastodon.sk 12. mar. 2024, 18:04", "Today's Topics:", "Message: 2",
                                   "When replying, please edit your Subject line so it is more specific"}) {
        EXPECT_TRUE(isBoilerplate(line)) << line;
    }
    for (const std::string line : {"3 likes of bread were sold, the baker said.", "pdf.js", "Level 2 of the car park flooded.",
                                   "The mayor replied on X to @jan two hours ago."}) {
        EXPECT_FALSE(isBoilerplate(line)) << line;
    }
    EXPECT_TRUE(isReactionCount("1.4k comments"));
    EXPECT_FALSE(isReactionCount("14 councillors"));
}

// What a twentieth round of pages read: a wire's copy credited at the end, an interviewer's credit, a
// count of comments after its label, a video's promo and a shop box's price stamp.
TEST(BoilerplateTest, shouldKnowWhatATwentiethRoundOfPagesRead) {
    for (const std::string line : {"mit Material von dpa", "\xD0\x91\xD0\xB5\xD1\x81\xD0\xB5\xD0\xB4\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBB\xD0\xB0 \xD0\x90\xD0\xBD\xD0\xBD\xD0\xB0 \xD0\x9A\xD1\x80\xD1\x8B\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB0",
                                   "\xEB\x8C\x93\xEA\xB8\x80 4", "Simak Video \"Harga Cabai Meroket\"", "Prezzo aggiornato il 17/06/2025 alle 07:00"}) {
        EXPECT_TRUE(isBoilerplate(line) || isCreditLine(line)) << line;
    }
    EXPECT_FALSE(isCreditLine("Interviewed by police, the driver admitted the crash."));
}

// A comment box's character counter is furniture; a date in figures in brackets inside a story's sentence,
// as Indonesian copy writes it, is not.
TEST(BoilerplateTest, shouldTellACharacterCounterFromADateInBrackets) {
    EXPECT_TRUE(isBoilerplate("(0/250\xEC\x9E\x90)"));
    EXPECT_TRUE(isBoilerplate("(12/500)"));
    EXPECT_FALSE(isBoilerplate("Harga cabai rawit merah tembus Rp 120.000 per kilogram pada Senin (3/11/2025)."));
    EXPECT_FALSE(isBoilerplate("Prices rose on Monday (5/10) according to local traders at the market."));
}

// A mailing's footer in other languages and a forum member's card; a story's sentence about posts and
// a sign-up is not.
TEST(BoilerplateTest, shouldKnowAMailingsFooterAndAForumMembersCard) {
    EXPECT_TRUE(isBoilerplate("\xC2\xBFTe lo reenviaron? Suscribite ac\xC3\xA1. \xC2\xB7 Darte de baja \xC2\xB7 Gestionar preferencias"));
    EXPECT_TRUE(isBoilerplate("Newsletter abbestellen: hier klicken"));
    EXPECT_TRUE(isBoilerplate("Posts: 388"));
    EXPECT_TRUE(isBoilerplate("Joined: Wed Feb 03, 2021 8:17 pm"));
    // (XenForo's card on one line, its buttons and a quote's fold; a sentence about joining stays.)
    EXPECT_TRUE(isBoilerplate("Joined Mar 2019 Messages 1,204 Reaction score 388 Location Half Tree Hollow"));
    EXPECT_TRUE(isBoilerplate("Like Reply Report"));
    EXPECT_TRUE(isBoilerplate("Click to expand..."));
    EXPECT_FALSE(isBoilerplate("Joined by 40 messages of support, the mayor spoke."));
    // (A newsletter's greeting on its own line, with a comma or an exclamation mark; a sentence with one stays.)
    EXPECT_TRUE(isBoilerplate("Good morning, Dana!"));
    EXPECT_TRUE(isBoilerplate("Guten Morgen,"));
    EXPECT_FALSE(isBoilerplate("Hello, the council said, we are closing the bridge on Monday!"));
    EXPECT_FALSE(isBoilerplate("The council said 388 posts would be cut and joined the union's call for talks."));
    EXPECT_FALSE(isBoilerplate("Posts: the ministry will cut them"));
}

// A forum's and a link aggregator's lines around the posts, and a shared pad's welcome; a story's
// sentence that opens alike is not.
TEST(BoilerplateTest, shouldKnowTheLinesAroundAForumsPosts) {
    EXPECT_TRUE(isBoilerplate("submitted 6 hours ago by NeighbourFromNewry@feddit.uk"));
    EXPECT_TRUE(isBoilerplate("Post by ZwedruMama \xC2\xBB Thu Feb 20, 2025 9:02 am"));
    EXPECT_TRUE(isBoilerplate("Re: Lone Star beat Bissau 2-1!!! Full match report inside"));
    EXPECT_TRUE(isBoilerplate("Welcome to Etherpad!"));
    EXPECT_FALSE(isBoilerplate("The plan was submitted two years ago by the council and approved on Monday after a long debate."));
}

// A chat's or a transcript's header over a message or a turn: a speaker and a time stamp, or the stamp
// alone. A line of the story with a time in it is not one.
TEST(BoilerplateTest, shouldKnowASpeakerAndTimeStampHeader) {
    EXPECT_TRUE(isBoilerplate("**Marie Kalsakau** 08:12"));
    EXPECT_TRUE(isBoilerplate("Speaker 4  1:10"));
    EXPECT_TRUE(isBoilerplate("Roseanne Lawrence  0:19"));
    EXPECT_TRUE(isBoilerplate("0:46"));
    EXPECT_TRUE(isBoilerplate("10:03:05 From Modou Njie to Everyone:"));
    EXPECT_TRUE(isBoilerplate("[09:44] Werleman, Gisela"));
    EXPECT_TRUE(isBoilerplate("Anchor  2:49"));
    EXPECT_FALSE(isBoilerplate("Kickoff 19:30"));
    EXPECT_FALSE(isBoilerplate("Opening ceremony 18:00"));
    EXPECT_FALSE(isBoilerplate("The train left at 08:12 and reached Lae by noon."));
}

// A chat's quoted reactions and replies, a blog network's posting app, a wiki page's revision footer, a
// speech recognizer's closing words over a silent end, a post's ask for votes, a count of notes.
TEST(BoilerplateTest, shouldKnowChatReactionsRevisionFootersAndRecognizerClosings) {
    EXPECT_TRUE(isBoilerplate("Reacted to \"Passengers on the Banjul-Barra...\" with \xF0\x9F\x91\x8D"));
    EXPECT_TRUE(isBoilerplate("Replying to \"Only one ferry is now working...\":"));
    EXPECT_TRUE(isBoilerplate("Posted Using InLeo Alpha"));
    EXPECT_TRUE(isBoilerplate("Revision #4 Created 7 March 2025 12:31:08 by Palesa Mokoena Updated 7 March 2025 12:58:40 by Thabo Lebona"));
    EXPECT_TRUE(isBoilerplate("Merci d'avoir regard\xC3\xA9 cette vid\xC3\xA9o !"));
    EXPECT_TRUE(isBoilerplate("\xC2\xBFTe gust\xC3\xB3 esta nota? Deja tu voto y tu comentario"));
    EXPECT_TRUE(isBoilerplate("318 notes"));
    EXPECT_FALSE(isBoilerplate("The minister replied to the committee's questions in writing on Tuesday, his office said."));
}

// Lines of a story that look like a chat's: a short sentence about a reaction or a reply, a programme's
// line with its time first, a race's result with its hours.
TEST(BoilerplateTest, shouldKeepStoryLinesThatLookLikeAChats) {
    EXPECT_FALSE(isBoilerplate("Markets reacted to the news with alarm."));
    EXPECT_FALSE(isBoilerplate("The governor replied to critics on Friday."));
    EXPECT_FALSE(isBoilerplate("12:15 Two Minutes Silence"));
    EXPECT_FALSE(isBoilerplate("Sifan Hassan 2:13:44"));
    EXPECT_FALSE(isBoilerplate("[00:00:15] No Comment"));
    EXPECT_FALSE(isBoilerplate("Source: a worker who asked not to be named."));
}

// A document's page count and a podcast's platforms are furniture; a story about pages or podcasts is not.
TEST(BoilerplateTest, shouldKnowPageCountsAndPodcastPlatforms) {
    EXPECT_TRUE(isBoilerplate("Page 1 of 3"));
    EXPECT_TRUE(isBoilerplate("Seite 2 von 5"));
    EXPECT_TRUE(isBoilerplate("Listen on Apple Podcasts, Spotify or wherever you get your podcasts."));
    EXPECT_FALSE(isBoilerplate("Page 1 of the report says the council overspent."));
    EXPECT_FALSE(isBoilerplate("Listen to the mayor explain why the bridge will close."));
    EXPECT_FALSE(isBoilerplate("Spotify said podcasts now bring in a fifth of its revenue."));
    EXPECT_FALSE(isBoilerplate("The series, which is available wherever you get your podcasts, has been downloaded ten million times."));
    EXPECT_FALSE(isBoilerplate("Listen to the songs that topped Spotify's charts this year and you hear the same story."));
}

// A wire's transmission codes and slug line are no headline; a headline in capitals is.
TEST(BoilerplateTest, shouldKnowAWiresSlugLine) {
    EXPECT_TRUE(isBoilerplate("r  BC-USA-FED/RATES 3RDLD (UPDATE 3)"));
    EXPECT_TRUE(isBoilerplate("BC-EU-FISHERIES"));
    EXPECT_TRUE(isBoilerplate("HEALTH-CORONAVIRUS-CHINA/CASES URGENT"));
    EXPECT_TRUE(isBoilerplate("ZCZC"));
    EXPECT_FALSE(isBoilerplate("U.S.-CHINA-TRADE TALKS RESUME"));
    EXPECT_FALSE(isBoilerplate("BC-based firm wins contract"));
    EXPECT_FALSE(isBoilerplate("COVID-19 CASES RISE AGAIN"));
    EXPECT_FALSE(isBoilerplate("HIT-AND-RUN DRIVER SOUGHT AFTER CRASH"));
    EXPECT_FALSE(isBoilerplate("STATE-BY-STATE RESULTS"));
}

// A book's imprint, a printed page's running head with its number, a note under the text: not read; a
// headline in capitals and a sentence with figures are.
TEST(BoilerplateTest, shouldKnowABooksImprintRunningHeadsAndNotes) {
    EXPECT_TRUE(isBoilerplate("ISBN: 978-84-19876-32-5"));
    EXPECT_TRUE(isBoilerplate("Dep\u00F3sito legal: M-8.714-2024"));
    EXPECT_TRUE(isBoilerplate("Primera edici\u00F3n: abril de 2024"));
    EXPECT_TRUE(isBoilerplate("Reservados todos los derechos."));
    EXPECT_TRUE(isBoilerplate("CR\u00D3NICAS DEL AGUA 57"));
    EXPECT_TRUE(isBoilerplate("58 LUC\u00CDA ARRIETA SANZ"));
    EXPECT_TRUE(isBoilerplate("[1] Datos del Plan de Emergencia de la Presa, revisi\u00F3n de 2015."));
    EXPECT_FALSE(isBoilerplate("FIRE AT MAIN STREET SHOP"));
    EXPECT_FALSE(isBoilerplate("COVID-19 CASES RISE BY 12 PERCENT"));
    EXPECT_FALSE(isBoilerplate("The ISBN system was introduced in 1970."));
    EXPECT_FALSE(isBoilerplate("12 people were hurt in the crash."));
    EXPECT_FALSE(isBoilerplate("2024 IN REVIEW"));
    EXPECT_FALSE(isBoilerplate("THE CLASS OF 2025"));
    EXPECT_FALSE(isBoilerplate("First published in 1851, the newspaper closed its doors in 2009."));
    EXPECT_FALSE(isBoilerplate("Primera edici\u00F3n del festival con m\u00E1s de 30 conciertos en la calle."));
}

TEST(BoilerplateTest, shouldKnowAWritersContactLine) {
    EXPECT_TRUE(isBoilerplate("Dana Whitcombe can be reached at dwhitcombe@ocalasentinel.example or 352-555-0144."));
    EXPECT_TRUE(isBoilerplate("Tagline: Dana Whitcombe covers county government."));
    EXPECT_FALSE(isBoilerplate("The mayor said she can be reached at any time by residents who are worried about the flooding."));
    EXPECT_FALSE(isBoilerplate("The summit can be reached at 4,000 metres only by a narrow trail."));
}

TEST(BoilerplateTest, shouldKnowNewsletterAndFundraisingCallsInMoreLanguages) {
    EXPECT_TRUE(isBoilerplate("Tilmeld dig gratis her."));
    EXPECT_FALSE(isBoilerplate("En mail kan pludselig dukke op i din indbakke, siger politiet."));
    EXPECT_FALSE(isBoilerplate("Kommunen opfordrer borgerne: Tilmeld dig vaccination inden fredag."));
    EXPECT_TRUE(isBoilerplate("Steun ons met een kleine bijdrage via deze pagina."));
    EXPECT_FALSE(isBoilerplate("De gemeente levert een kleine bijdrage aan het nieuwe zwembad."));
}

TEST(BoilerplateTest, shouldKnowAPrintedStorysJumpLines) {
    for (const char* jump : {"(Continued from Page A7)", "Continued on page 4", "See FLOODS, Page A8", "FLOODS from Page A1",
                             "Fortsetzung auf Seite 3", "(Suite de la page 2)", "Continúa en la página 12", "Vervolg op pagina 5"}) {
        EXPECT_TRUE(isJumpLine(jump)) << jump;
        EXPECT_TRUE(isBoilerplate(jump)) << jump;
    }
    for (const char* story : {"The council met on page 4 of its agenda.", "Continued from page one, the debate went on.", "See you on page",
                              "Page 4", "Turn to the 4"}) {
        EXPECT_FALSE(isJumpLine(story)) << story;
    }
}

TEST(BoilerplateTest, shouldKnowAWiresNotesToEditorsAndASyndicatedReportersNote) {
    EXPECT_TRUE(isBoilerplate("Eds: UPDATES with evacuation figures, comment from governor. With AP Photos."));
    EXPECT_TRUE(isBoilerplate("With AP Photos."));
    EXPECT_TRUE(isBoilerplate("With video"));
    EXPECT_TRUE(isBoilerplate("This article was written by a Local Democracy Reporter. The Local Democracy Reporting Service is funded by "
                              "the BBC and used by a range of media outlets."));
    EXPECT_FALSE(isBoilerplate("With AP photos of the fire, the agency showed how far it spread."));
    EXPECT_FALSE(isBoilerplate("The scheme is funded by the Department for Transport."));
    EXPECT_FALSE(isBoilerplate("Eds and their partners came to the meeting."));
}

TEST(BoilerplateTest, shouldKeepStorySentencesThatOpenOrHoldACreditsWords) {
    for (const char* story : {"The Local Democracy Reporting Service is funded by the BBC and employs 165 reporters across the UK.",
                              "Critics claimed this article was produced by the ministry's own press office, which it denied.",
                              "Editado por primera vez en 1605, el Quijote es la novela m\xC3\xA1s traducida del mundo.",
                              "He read from page 12."}) {
        EXPECT_FALSE(isBoilerplate(story)) << story;
        EXPECT_FALSE(isCreditLine(story)) << story;
    }
}

TEST(BoilerplateTest, shouldKnowAButtonAloneOnItsLine) {
    for (const char* button : {"Guardar", "Share", "Speichern", "Print"}) EXPECT_TRUE(isBoilerplate(button)) << button;
    for (const char* story : {"Facebook", "Guardar silencio.", "Share prices fell."}) EXPECT_FALSE(isBoilerplate(story)) << story;
}

// A bulletin script's slug over each item, in capitals, is the producer's, not the listener's; a story's
// sentence that opens on the word is read.
TEST(BoilerplateTest, shouldKnowABulletinsItemSlug) {
    EXPECT_TRUE(isBoilerplate("STORY 1: HOSPITAL STRIKE"));
    EXPECT_TRUE(isBoilerplate("ITEM 3: COURT"));
    EXPECT_FALSE(isBoilerplate("STORY: The hospital strike goes ahead on Thursday, union leaders said."));
    EXPECT_FALSE(isBoilerplate("Story 1: the strike"));
}

// A sentence that quotes a page's notice talks about it and is read; the notice alone, quoted or not, is not.
TEST(BoilerplateTest, shouldReadASentenceThatQuotesANotice) {
    EXPECT_FALSE(isBoilerplate("L\xC3\xA6serne irriterer sig over beskeden \"Artiklen forts\xC3\xA6tter under annoncen\", som dukker op midt i "
                               "teksten, viser en unders\xC3\xB8gelse fra Roskilde Universitet."));
    EXPECT_FALSE(isBoilerplate("Most sites now greet visitors with \xE2\x80\x9Cwe use cookies\xE2\x80\x9D banners that few people read to the end."));
    EXPECT_TRUE(isBoilerplate("Artiklen forts\xC3\xA6tter under annoncen"));
    EXPECT_TRUE(isBoilerplate("\"Artiklen forts\xC3\xA6tter under annoncen\""));
    EXPECT_TRUE(isBoilerplate("We use cookies to improve your experience on our site and to show you relevant advertising."));
}

// A paragraph of the story with a station's prompt run into it keeps its story when that is half its words;
// a fundraiser's box speaking of "we" keeps nothing.
TEST(BoilerplateTest, shouldKeepTheStoryAroundAPromptOfHalfAParagraph) {
    EXPECT_EQ(storyAroundPrompts("The next complete advisory from the NHC is due at 5 a.m. EDT, with an intermediate advisory (14A) at 2 a.m. "
                                 "Stay with WGCF 8 and the First Alert Weather app for updates throughout the night."),
              "The next complete advisory from the NHC is due at 5 a.m. EDT, with an intermediate advisory (14A) at 2 a.m.");
    EXPECT_EQ(storyAroundPrompts("Sint-Amandsberg Leeft is gratis en onafhankelijk. Wij schrijven dit allemaal als vrijwilligers. "
                                 "Steun ons met een kleine bijdrage via deze pagina."),
              "");
}

// A release's own reference, an offer under its label in capitals, a ticker's line and a related link's
// label in Mexican Spanish; a sentence that opens on such a word is the story's.
TEST(BoilerplateTest, shouldRecogniseReferencesOffersTickersAndRecommendations) {
    EXPECT_TRUE(isBoilerplate("Press release ref: WDC/PR/2026/087"));
    EXPECT_TRUE(isBoilerplate("SUBSCRIBE: Get unlimited digital access for 99\xC2\xA2 for the first month."));
    EXPECT_TRUE(isBoilerplate("\xC3\x9ALTIMA HORA \xC2\xB7 El Supremo admite a tr\xC3\xA1mite el recurso"));
    EXPECT_TRUE(isBoilerplate("TE RECOMENDAMOS: \xC2\xBFHabr\xC3\xA1 Hoy No Circula este jueves? Esto sabemos"));
    EXPECT_FALSE(isBoilerplate("Subscribers to the plan will pay 12 euros a month from January, the company said."));
    EXPECT_FALSE(isBoilerplate("Breaking the deadlock took the council three meetings and a vote of 5-2."));
    EXPECT_FALSE(isBoilerplate("Reference prices rose 3% in the quarter."));
}

// The desk's initials alone on a page's last line; "and/or" is words.
TEST(BoilerplateTest, shouldKnowTheDesksInitialsOnTheLastLine) {
    EXPECT_TRUE(isBoilerplate("dvg/rmlgv"));
    EXPECT_TRUE(isBoilerplate("ls/mel/dga"));
    EXPECT_FALSE(isBoilerplate("and/or"));
    EXPECT_FALSE(isBoilerplate("his/her"));
}
