// Page furniture by kind, each with lines that must stay: the story is never dropped for a phrase.

#include <gtest/gtest.h>

#include "ingest/Boilerplate.hpp"
#include "ingest/Furniture.hpp"

using namespace readcast;

TEST(FurnitureTest, shouldRecogniseCallsToAction) {
    for (const char* line : {"Sign up for our morning newsletter", "Subscribe to the Daily Brief newsletter.",
                             "Have a tip? Let us know at tips@example.com", "Join our forums to discuss this story",
                             "Follow us on Instagram for more", "Download the app to get alerts",
                             "To see the launch in action, check out the footage below:",
                             "What you need to know to start the day: Get City Today in your inbox.",
                             "Click here to read the full report", "Don't miss our coverage of the election",
                             "Revivez le direct du vote avec vos questions.", "Support independent journalism today.",
                             "Follow @metoffice on X for updates.", "Follow live updates on our blog.",
                             "Follow the Courier's coverage of the 2024 election at https://courier.example.com/election.",
                             "Learn more about WebIDE", "Try it now", "Next", "Read more",
                             "We're hiring senior backend engineers in Lisbon and remote across Europe.",
                             "Newsletter \xC2\xAB Sports \xC2\xBB \xE2\x80\x94 Le meilleur de l'actualit\xC3\xA9 sportive, chaque lundi. S'inscrire",
                             "Bet on the Championship with SpinBet", "18+ T&Cs apply. BeGambleAware.org",
                             "Sachez que vous pouvez suivre Le Courrier dans l'espace Google Actualités en un clic."}) {
        EXPECT_TRUE(isCallToAction(line)) << line;
    }
    for (const char* line : {"Subscribers now number two million, the company said.",
                             "Support for the bill grew today among moderates.",
                             "The app was downloaded ten million times in its first week.",
                             "Officials told residents to sign up for flood alerts here in the county, which many did.",
                             "Develop and debug your apps across browsers with this extension.",
                             "Follow the money, the detective told his team at the station.",
                             "Follow the river north for two miles, the rescuers were told.",
                             "The newsletter had 40,000 readers before the council told staff not to sign up.",
                             "Learn more about the candidates before you vote, officials urged.", "Next year"}) {
        EXPECT_FALSE(isCallToAction(line)) << line;
    }
}

TEST(FurnitureTest, shouldRecognisePublisherNotesInAnyLanguage) {
    for (const char* line : {"A version of this article appears in print on Jan. 13, 2017, on Page A7.",
                             "This article originally appeared on The Atlantic.", "Order Reprints | Today's Paper",
                             "\u00A9 2026 The Coastal Courier. All rights reserved.",
                             "FTC: We use income earning auto affiliate links.",
                             "We may earn a commission when you buy through links on our site.",
                             "Tous droits r\u00E9serv\u00E9s.", "Riproduzione riservata",
                             "\uBB34\uB2E8 \uC804\uC7AC \uBC0F \uC7AC\uBC30\uD3EC \uAE08\uC9C0",
                             "\u7248\u6743\u6240\u6709 \u7981\u6B62\u8F6C\u8F7D"}) {
        EXPECT_TRUE(isPublisherNote(line)) << line;
    }
    // A Korean portal's note on the section the outlet filed the story under.
    EXPECT_TRUE(isPublisherNote("\xEC\x9D\xB4 \xEA\xB8\xB0\xEC\x82\xAC\xEB\x8A\x94 \xEC\x96\xB8\xEB\xA1\xA0\xEC\x82\xAC\xEC\x97\x90\xEC\x84\x9C \xEA\xB2\xBD\xEC\xA0\x9C \xEC\x84\xB9\xEC\x85\x98\xEC\x9C\xBC\xEB\xA1\x9C \xEB\xB6\x84\xEB\xA5\x98\xED\x96\x88\xEC\x8A\xB5\xEB\x8B\x88\xEB\x8B\xA4."));
    for (const char* line : {"The paper said it would stop printing on Sundays.",
                             "Copyrights on the songs expired in 2019, lawyers said.",
                             "The commission said it would publish its findings in May."}) {
        EXPECT_FALSE(isPublisherNote(line)) << line;
    }
}

TEST(FurnitureTest, shouldRecogniseAuthorBiosAndContactLines) {
    for (const char* line : {"Jane Doe is a reporter covering City Hall for the Courier.",
                             "Erin Cunningham is an Egypt-based correspondent for The Post.",
                             "John R. Roe covers the White House.", "She previously covered conflicts for the Monitor as a correspondent.",
                             "LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR",
                             "Sarah Archer is the author of The Midcentury Kitchen.",
                             // a writers' box's label run into its bio, in any language the labels are known in
                             "About the author: Karl Brenneisen is a commercial pilot.", "Zur Autorin: Anna Berger ist Redakteurin im Ressort Wirtschaft.",
                             "\xC3\x80 propos de l'auteur : Jean Dupont est journaliste au service Politique."}) {
        EXPECT_TRUE(isAuthorBio(line)) << line;
    }
    // (The label alone is the box's heading; "about the author" in a sentence is not the label.)
    EXPECT_TRUE(isAuthorBoxLabel("\xC3\xBC" "ber die autorin:"));
    EXPECT_FALSE(isAuthorBoxLabel("about the author of the report"));
    EXPECT_FALSE(isAuthorBio("About the author: the biography, published in March, drew on letters."));
    for (const char* line : {"Jane Doe is a nurse who lost her job in March.", "The reporter was detained for two days.",
                             "President Joe Biden is the oldest president.", "Parata is a fierce and uncompromising elder."}) {
        EXPECT_FALSE(isAuthorBio(line)) << line;
    }
    for (const char* line : {"Follow him on Twitter at @jdoe", "Ben Silverman is on Twitter at ben_silverman.",
                             "@NelsonSchwartz", "Email: jane.doe@example.com", "She can be reached at 555-0100."}) {
        EXPECT_TRUE(isContactLine(line)) << line;
    }
    EXPECT_FALSE(isContactLine("The company said in an email that it would appeal the ruling next week."));
}

TEST(FurnitureTest, shouldRecogniseMediaButtonsLinkOutsAndPhotoCredits) {
    for (const char* line : {"Enlarge Image", "View gallery", "Image 3 of 12", "3 / 12", "Play video", "Autoplay:",
                             "Un post condiviso da Comune di Venezia (@comunevenezia)", "A post shared by Jane Doe (@jdoe)"}) {
        EXPECT_TRUE(isMediaInterface(line)) << line;
    }
    for (const char* line : {"2012", "Enlargement of the union was debated for years.", "3 of 12 jurors agreed.",
                             "Autoplaying videos annoy readers, the survey found."}) {
        EXPECT_FALSE(isMediaInterface(line)) << line;
    }
    for (const char* line : {"Read more: Bank holds rates", "Related post: Ten tips for renters", "Lire aussi : Le projet de loi",
                             "Leggi anche: la riforma", "Leia tamb\u00E9m: o novo governo",
                             "\u0427\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043A\u0436\u0435: \u0432\u044B\u0431\u043E\u0440\u044B",
                             "\uAD00\uB828\uAE30\uC0AC", "Graphic: Where the floods hit - here"}) {
        EXPECT_TRUE(isLinkOut(line)) << line;
    }
    EXPECT_FALSE(isLinkOut("Reading more books was her resolution."));
    for (const char* line : {"(Image: GETTY)", "Photograph: Adrian Malloch for the Guardian", "Thomas Coex/AFP/Getty Images",
                             "\u00A9 Provided by Business Insider Inc"}) {
        EXPECT_TRUE(isPhotoCredit(line)) << line;
    }
    EXPECT_FALSE(isPhotoCredit("The photo was taken by a bystander and shared online."));
    // (A photographer's initial is no full stop; a sentence after the agency's name is a caption.)
    EXPECT_TRUE(isPhotoCredit("(AP Photo/J. Scott Applewhite)"));
    EXPECT_FALSE(isPhotoCredit("Reuters/Ipsos polled voters. They said no."));
    EXPECT_FALSE(isPhotoCredit("Reuters/Ipsos: J. Biden 45%, D. Trump 43%"));
    EXPECT_TRUE(isPhotoCredit("\u062A\u0635\u0648\u064A\u0631: \u0623\u062D\u0645\u062F \u0639\u0644\u064A"));
    EXPECT_TRUE(isPhotoCredit("\u0424\u043E\u0442\u043E: \u0418\u0432\u0430\u043D \u041F\u0435\u0442\u0440\u043E\u0432"));
}

TEST(FurnitureTest, shouldDropPhotoCreditsRunOnAtTheEndOfAParagraph) {
    EXPECT_EQ(readcast::withoutTrailingCredits("Whales are stranding more often. Photograph: Adrian Malloch for the Guardian"),
              "Whales are stranding more often.");
    EXPECT_EQ(readcast::withoutTrailingCredits("The harbour reopened. Main image: The quay at dawn. Photo: Jo Bank/AFP/Getty Images"),
              "The harbour reopened.");
    EXPECT_EQ(readcast::withoutTrailingCredits("The photograph was taken in 1944. It shows the beach."),
              "The photograph was taken in 1944. It shows the beach.");
    EXPECT_EQ(readcast::withoutTrailingCredits("Photograph: Jo Bank"), "Photograph: Jo Bank") << "a credit alone is judged as a line";
}

// A newsletter's asks: a button's arrow at the end, the reader asked to write in at the newsroom's
// address, the newsletter speaking of itself; a quote with an address in it, an arrow mid-sentence and
// the reader addressed without an address are not.
TEST(FurnitureTest, shouldKnowANewslettersAsks) {
    for (const std::string line : {"Join 4,100 readers who chip in \xE2\x86\x92 metroledger.org/join",
                                   "Word ook lid voor \xE2\x82\xAC 6 per maand \xE2\x86\x92",
                                   "Have you borrowed a hotspot from the library? Tell us about your experience at tips@metroledger.org.",
                                   "This newsletter is free because members pay for it.",
                                   "Deel deze nieuwsbrief met iemand die hem ook zou moeten lezen."}) {
        EXPECT_TRUE(isCallToAction(line)) << line;
    }
    for (const std::string line : {"\"You can write to complaints@council.gov.uk,\" the clerk said.",
                                   "Prices went from $2 \xE2\x86\x92 $3 in a year, the survey found.",
                                   "If you have borrowed a hotspot, the library says you must renew it in person."}) {
        EXPECT_FALSE(isCallToAction(line)) << line;
    }
}

// What a sixteenth blind round of pasted pages read: promos under a label in capitals, a German and an
// Arabic "read also", a note of who supported the reporting, a licence in French, the paper's own
// photographer after a caption, Medium's publication line, an article's audio player, a subscribe
// button naming the paper, support asked for by the month, a note to the desk and a picture's
// placeholder. A dateline in capitals, a story's step and a sentence naming a newspaper are not.
TEST(FurnitureTest, shouldKnowWhatASixteenthRoundOfPastedPagesRead) {
    for (const std::string line : {"MORE COVERAGE: What's in your tap water? Search our database of Kansas utilities",
                                   "Weiterlesen: Wie Utrecht in zehn Jahren 400 Kilometer Radweg baute",
                                   "\xD8\xA7\xD9\x82\xD8\xB1\xD8\xA3 \xD8\xA3\xD9\x8A\xD8\xB6\xD8\xA7: \xD9\x85\xD8\xAD\xD8\xA7\xD9\x81\xD8\xB8"}) {
        EXPECT_TRUE(isLinkOut(line)) << line;
    }
    EXPECT_FALSE(isLinkOut("WASHINGTON: The Senate voted on Tuesday to extend the programme for two more years."));
    for (const std::string line : {"This story was produced with support from the Kansas Water Reporting Collaborative.",
                                   "Cet article est publi\xC3\xA9 sous licence CC BY-NC-ND 4.0."}) {
        EXPECT_TRUE(isPublisherNote(line)) << line;
    }
    EXPECT_TRUE(endsWithPhotoCredit("Dry shoreline at Cheney Reservoir on Aug. 29, 2025. Travis Heying/The Prairie Sentinel"));
    EXPECT_FALSE(endsWithPhotoCredit("The deal was struck in 2019. Analysts at Bloomberg/Reuters were surprised."));
    for (const std::string line : {"Ascolta l'articolo \xE2\x96\xB6 4 min", "Ouvir este artigo 00:00 / 05:12"}) {
        EXPECT_TRUE(isMediaInterface(line)) << line;
    }
    for (const std::string line : {"Suscr\xC3\xAD" "bete gratis a Ciudad Abierta", "Steun Vallei Vandaag vanaf \xE2\x82\xAC 3 per maand.",
                                   "Assine o Di\xC3\xA1rio Atl\xC3\xA2ntico e tenha acesso ilimitado a todos os artigos.",
                                   "Published in High Plains Dispatch",
                                   "NOTA PARA WEB: a\xC3\xB1" "adir m\xC3\xB3" "dulo de newsletter y enlazar a la calculadora.",
                                   "[FOTO 2: Andrea Romero durante la presentaci\xC3\xB3n del informe. Autor: Diego Sanz]"}) {
        EXPECT_TRUE(isCallToAction(line)) << line;
    }
    for (const std::string line : {"Sign up to vote by Friday", "Support for the plan fell to 40 per cent in a month.",
                                   "It was published in The Lancet on Tuesday."}) {
        EXPECT_FALSE(isCallToAction(line)) << line;
    }
}

// A printed page's jump line, a betting page's notice on problem gambling and a reporter's address alone.
TEST(FurnitureTest, shouldKnowJumpLinesGamblingNoticesAndAnAddressAlone) {
    EXPECT_TRUE(isBoilerplate("Continued on Page 4"));
    EXPECT_TRUE(isBoilerplate("Fortsetzung auf Seite 15"));
    EXPECT_FALSE(isBoilerplate("The council met on page 4 of its agenda to discuss the budget."));
    EXPECT_TRUE(isBoilerplate("If you or someone you know has a gambling problem, call 1-800-GAMBLER. 21+ only."));
    EXPECT_TRUE(isBoilerplate("kimjh@hanbit.example.co.kr"));
    EXPECT_FALSE(isBoilerplate("Page 4 of the report lists 12"));
    EXPECT_FALSE(isBoilerplate("One in ten young men now has a gambling problem, the charity said."));
}

// A market announcement's regulatory lines and wire footer, a parliament's proof notice, a thread
// unroller's footer, a Markdown converter's alerts, a draft's "//" comments and a wiki page's footer
// are furniture; a sentence that mentions such things is not.
TEST(FurnitureTest, shouldKnowAnnouncementFootersProofNoticesAndDraftComments) {
    for (const std::string line : {"THIS ANNOUNCEMENT CONTAINS INSIDE INFORMATION FOR THE PURPOSES OF ARTICLE 7 OF THE MARKET ABUSE REGULATION.",
                                   "This information is provided by RNS, the news service of the London Stock Exchange. RNS is approved by "
                                   "the Financial Conduct Authority to act as a Primary Information Provider in the United Kingdom.",
                                   "Proof: not to be quoted or cited until the final version is published.",
                                   "Stay in touch and get notified when new unrolls are available from this author!",
                                   ">>>>> gd2md-html alert: inline image link here (to images/image1.png).",
                                   "// @Siobhan – is it 14 or 16? OPW doc says 16 on p.12",
                                   "Derni\xC3\xA8re modification : 14/05/2024 16:07 par Thomas Gu\xC3\xA9rin",
                                   "Want to change how you receive these emails?"}) {
        EXPECT_TRUE(isPublisherNote(line)) << line;
    }
    for (const std::string line : {"The company said the announcement contained no new information about the sale.",
                                   "The last modified version of the plan was published on Tuesday, the council said."}) {
        EXPECT_FALSE(isPublisherNote(line)) << line;
    }
}

// A copyright line names its holder, the publication, less its years, marks and company suffix.
TEST(FurnitureTest, shouldNameACopyrightLinesHolder) {
    EXPECT_EQ(copyrightHolder("\xC2\xA9 2025 The Dominion Press. All rights reserved. | Privacy | Terms"), "The Dominion Press");
    EXPECT_EQ(copyrightHolder("\xC2\xA9 Le Courrier de l'Estuaire 2026 \xE2\x80\x94 Tous droits r\xC3\xA9serv\xC3\xA9s \xC2\xB7 Mentions"),
              "Le Courrier de l'Estuaire");
    EXPECT_EQ(copyrightHolder("\xC2\xA9 Weser-Lippe-Kurier GmbH & Co. KG 2026"), "Weser-Lippe-Kurier");
    EXPECT_EQ(copyrightHolder("\xC2\xA9 2026 WartaNusa.id - Jaringan Berita Nusantara | Redaksi"), "WartaNusa.id");
    EXPECT_EQ(copyrightHolder("\xC2\xA9 2026 example.com"), "");
    EXPECT_EQ(copyrightHolder("This story was published by Southern Cross Press (SCP). Copyright (c) 2025 Southern Cross Press Pty Ltd. "
                              "SCP content may not be reproduced."),
              "Southern Cross Press");
    EXPECT_EQ(copyrightHolder("Copyright \xC2\xA9 2025 Transatlantic Press International, Inc. All Rights Reserved."),
              "Transatlantic Press International");
    EXPECT_EQ(copyrightHolder("\xC2\xA9 Wessex Vale Police 2025 | Accessibility | Privacy notice"), "Wessex Vale Police");
    EXPECT_EQ(copyrightHolder("Copyright (C) 2000-2025 XINGUANGNET.CN. All Rights Reserved."), "");  // a web address
    EXPECT_EQ(copyrightHolder("(c) Whether Harlan is entitled to tolling is a question for the court."), "");
    EXPECT_EQ(copyrightHolder("The museum owns the copyright to the photographs."), "");
    EXPECT_EQ(copyrightHolder("\xC2\xA9 Crown copyright 2025"), "");
    EXPECT_EQ(copyrightHolder("Copyright 2025 TT Nyhetsbyr\xC3\xA5n AB"), "TT Nyhetsbyr\xC3\xA5n");
}

// A bio opened by a writer's name is known whatever the case the byline sets the name in.
TEST(FurnitureTest, shouldKnowABioOfABylineInCapitals) {
    EXPECT_TRUE(isBioOfByline("O'Donnell-Reyes covers courts and crime in California for Liberty Press.",
                              "MARGARET O'DONNELL-REYES and TOMASZ KWIATEK"));
}

// A government page's feedback widget and a site's licence line for its text are calls on the reader, not story.
TEST(FurnitureTest, shouldRecogniseAPagesFeedbackWidgetAndItsLicenceLine) {
    EXPECT_TRUE(isCallToAction("Is this page useful? Yes No Report a problem with this page"));
    EXPECT_TRUE(isCallToAction("All content is available under the Open Government Licence v3.0, except where otherwise stated"));
    EXPECT_FALSE(isCallToAction("All content is available under one roof, the council said of the new library."));
}

// A page's metadata set as a definition list in Markdown, read as "From: : Department for …", is the publisher's field.
TEST(FurnitureTest, shouldRecogniseAPagesMetadataSetAsADefinitionList) {
    EXPECT_TRUE(isPublisherNote("From: : Department for Coastal Resilience and Rural Affairs and Environment Agency"));
    EXPECT_TRUE(isPublisherNote("Part of:: Flooding and coastal change"));
    // (A desk's credit to the agencies it drew on; the story saying what it drew on is the story's.)
    EXPECT_TRUE(isPublisherNote("(With inputs from PTI)"));
    EXPECT_TRUE(isPublisherNote("With agency inputs"));
    EXPECT_FALSE(isPublisherNote("The plan was drawn up with inputs from farmers in 14 districts and state officials over two years."));
    EXPECT_FALSE(isPublisherNote("The minister said: the plan will cost more than expected."));
}

// A footer's holder after its separator, and one named before its rights reserved without a mark.
TEST(FurnitureTest, shouldTakeTheHolderOfAFootersFieldAndOfRightsReserved) {
    EXPECT_EQ(copyrightHolder("Fjordposten \xC2\xB7 Strandgade 12, 7620 Lemvig \xC2\xB7 \xC2\xA9 Fjordposten 2025"), "Fjordposten");
    EXPECT_EQ(copyrightHolder("Gazzetta del Naviglio S.r.l. - P.IVA 01234567890 - Tutti i diritti riservati"), "Gazzetta del Naviglio");
    EXPECT_EQ(copyrightHolder("Rights: Ocala Sentinel-Herald. All rights reserved."), "Ocala Sentinel-Herald");
    EXPECT_EQ(copyrightHolder("\xC2\xA9 2024 Nieuwsland Media B.V."), "Nieuwsland Media");
    // (A sentence of the story that says the words is no footer.)
    EXPECT_EQ(copyrightHolder("The contract says the studio keeps all rights reserved to it under the deal signed in 2019."), "");
}

// Round 42: a wire's contact lines, a study's citation, a bio after a title, a health site's disclaimer, a
// station's app and sign-off promos, a publisher's appeal for money, share buttons pasted in brackets.
TEST(FurnitureTest, shouldRecogniseRound42sFurnitureAndKeepTheStory) {
    for (const char* line : {"Priya Raman in New York at praman12@bloomberg.net; Jonathan Keel in New York at jkeel4@bloomberg.net",
                             "Reference: Venkataraman R, et al. Chlorthalidone in Older Adults. N Engl J Med. 2024;391(9):801-812. doi:10.1056/NEJMoa2407719",
                             "This article is for informational purposes only and is not a substitute for professional medical advice."}) {
        EXPECT_TRUE(isPublisherNote(line)) << line;
    }
    EXPECT_TRUE(isAuthorBio("Dr. Lindsay Marsh is a board-certified internist and the medical correspondent for Health Ledger. She has no financial disclosures."));
    EXPECT_TRUE(isPublisherSelfDescription("At Premium Times, we firmly believe in the importance of high-quality journalism. Recognizing that "
                                           "not everyone can afford costly news subscriptions, we are dedicated to delivering news to all."));
    EXPECT_FALSE(isPublisherSelfDescription("At Lincoln High, we saw the journalism club double in size, the principal wrote."));
    for (const char* line : {"WEATHER ALERT: Download the FOX 4 Weather app for live radar and push alerts.",
                             "Stay with FOX 4 for live coverage on air and at fox4news.com.",
                             "Support PREMIUM TIMES' journalism of integrity and credibility. Make a donation"}) {
        EXPECT_TRUE(isCallToAction(line)) << line;
    }
    for (const char* line : {"[Facebook] [X] [Email] [Copy link]", "[Share] [Save] [Comments (42)]"}) EXPECT_TRUE(isBoilerplate(line)) << line;
    for (const char* line : {"The council said residents can write to the clerk at clerk@city.gov before Friday, and the mayor agreed.",
                             "Residents can report sightings at owls@dnr.state.mn.us.",
                             "The study, published in the European Heart Journal (doi:10.1093/eurheartj/ehad123), followed 40,000 adults.",
                             "The city's new chatbot answers budget questions, but officials said its answers are for informational purposes only.",
                             "Not everyone can afford a higher tax bill, said council member Ray Ortiz, who voted against the plan.",
                             "Fans were urged to donate to support the family of the firefighter who died in the blaze.",
                             "Support for the university's journalism school was also cut in the plan, Ortiz said.",
                             "The FBI warned parents not to let children download the TikTok app.",
                             "Support for the journalism school's merger grew among trustees, who voted 7-2 on Tuesday.",
                             "Dr. Lindsay Marsh said the trial was the largest of its kind.",
                             "Comments from the minister drew 42 complaints."}) {
        EXPECT_FALSE(isPublisherNote(line) || isCallToAction(line) || isAuthorBio(line) || isBoilerplate(line)) << line;
    }
}

// The writers' names signed again under a story are the byline's, whatever joins them; a pitch names the publication
// whole, to the reader, with no stop of its own.
TEST(FurnitureTest, shouldKnowASignatureAndANewslettersPitch) {
    EXPECT_TRUE(readcast::isBylineSignedAgain("Camille Roussel et Thomas Berthier", "Camille Roussel, Thomas Berthier"));
    EXPECT_FALSE(readcast::isBylineSignedAgain("Camille Roussel a parl\u00E9 jeudi.", "Camille Roussel"));
    EXPECT_FALSE(readcast::isBylineSignedAgain("Camille Roussel", ""));
    EXPECT_TRUE(readcast::isNewsletterPitch("Chaque semaine, \u00AB\u00A0Le Monde\u00A0\u00BB analyse pour vous les enjeux de l\u2019actualit\u00E9",
                                            "Le Monde"));
    EXPECT_FALSE(readcast::isNewsletterPitch("Ce budget est fait pour vous et pour tout le monde, a dit Le Monde.", "Le Monde"));
    EXPECT_FALSE(readcast::isNewsletterPitch("F\u00FCr Sie gilt das weltweit", "WELT"));
}

// "UP NEXT" alone in capitals is a game story's last subheading; a teaser after "Up next:" is a link out. A longer
// newsletter pitch that names its day is still a call to action.
TEST(FurnitureTest, shouldKeepAGameStorysUpNextSubheadingAndDropALongNewsletterPitch) {
    EXPECT_FALSE(readcast::isLinkOut("UP NEXT"));
    EXPECT_TRUE(readcast::isLinkOut("Up next: The five best trails near the city"));
    EXPECT_TRUE(readcast::isCallToAction("Sign up to The Schools Gazette's weekly Education Brief \u2013 the latest on schools, colleges and "
                                         "universities, every Sunday. Sign up"));
    EXPECT_FALSE(readcast::isCallToAction("Sign up to vote by Friday at the town hall, officials said."));
}

// A story's own closing step that starts "Sign up to" and ends as a sentence is no pitch, however long.
TEST(FurnitureTest, shouldKeepALongSignUpStepThatEndsAsASentence) {
    EXPECT_FALSE(readcast::isCallToAction("Sign up to volunteer with the county's weekly meal delivery program, which brings hot food to more than "
                                          "300 homebound seniors every week."));
}

// An editor's note on how the page changed, a ticker's row of prices and a prompt to come back are no story; an update
// that goes on with the story is.
TEST(FurnitureTest, shouldDropUpdateNotesTickerRowsAndPromptsToComeBack) {
    EXPECT_TRUE(readcast::isBoilerplate("Update, 14:02 UTC: This story was updated with the replacement aircraft's registration."));
    EXPECT_TRUE(readcast::isBoilerplate("Update (Feb. 22, 09:10 UTC): Adds Lido and Mantle freeze, Tether freeze in 15th paragraph."));
    EXPECT_FALSE(readcast::isBoilerplate("Update: the council voted 7-2 on Tuesday night to approve the budget."));
    EXPECT_TRUE(readcast::isBoilerplate("BTC $96,412.30 +1.2% | ETH $2,741.85 \u22124.6% | SOL $171.02 \u22122.1% | XRP $2.58 +0.4%"));
    EXPECT_FALSE(readcast::isBoilerplate("Bitcoin rose 1.2% to $96,412 while ether fell 4.6%."));
    EXPECT_TRUE(readcast::isCallToAction("Check back for updates."));
    EXPECT_TRUE(readcast::isCallToAction("Sign up for email updates from the U.S. Attorney's Office."));
}

// The desk's credit to a staff writer on the scene is furniture; a story's sentence about where someone reported from is not.
TEST(FurnitureTest, shouldDropAStaffWritersCredit) {
    EXPECT_TRUE(readcast::isPublisherNote("Staff writer Tom Brandt reported from Clearlake Oaks."));
    EXPECT_FALSE(readcast::isPublisherNote("Jones, who reported from Kyiv last year, said the shelling had worsened."));
}
