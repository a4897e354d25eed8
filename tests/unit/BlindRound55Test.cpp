// What blind round 55 found read wrong, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "core/Url.hpp"
#include "ingest/EnglishRegion.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/Ingest.hpp"
#include "text/Lexicon.hpp"
#include "text/Normalizer.hpp"
#include "text/ScriptBuilder.hpp"
#include "text/SentenceSplitter.hpp"
#include "text/WireCopy.hpp"

using namespace readcast;

namespace {

std::string sayRound55(const std::string& text, const std::string& language = "en") {
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", language, {});
    return Normalizer(language, &lexicon).normalize(text);
}

Article textArticle55(const std::string& text) { return ingestArticle(Input{"story.txt", text}, InputFormat::Auto); }

std::string bodyOf55(const Article& a) {
    std::string body;
    for (const Block& b : a.blocks) body += b.text + "\n";
    return body;
}

}  // namespace

// A paragraph that opens on a video's title after "Watch:" keeps the story after it, however long the title.
TEST(BlindRound55Test, shouldKeepTheStoryAfterAVideosTitle) {
    const std::string rest =
        "\n\nMore than 2,000 homes were left without power across West Yorkshire on Sunday night, Northern Powergrid said.\n";
    const std::string body = bodyOf55(textArticle55(
        "Storm hits coast\n\nWatch: a tree fell on a car in Leeds during the storm on Sunday. The driver escaped unhurt, police "
        "said. He was lucky." + rest));
    EXPECT_EQ(body.find("Watch"), std::string::npos) << body;
    EXPECT_NE(body.find("The driver escaped unhurt, police said. He was lucky."), std::string::npos) << body;
    // (A pointer to another story and its title, no sentence of the story after it, still goes whole.)
    const std::string teaser = bodyOf55(textArticle55(
        "Storm hits coast\n\nRead more: Storm Darragh leaves thousands without power. Here is how to claim" + rest));
    EXPECT_EQ(teaser.find("Darragh"), std::string::npos) << teaser;
    EXPECT_EQ(teaser.find("claim"), std::string::npos) << teaser;
}

// A wire's dateline with the place's state or country after it, before the agency: "Springfield, Ill. (AP) —" names AP
// as the story's source and says the place, as "WASHINGTON (AP) —" did.
TEST(BlindRound55Test, shouldReadADatelineWithItsStateOrCountry) {
    const auto us = splitDateline("Springfield, Ill. (AP) \xE2\x80\x94 Thousands of workers walked out on Tuesday.");
    ASSERT_TRUE(us);
    EXPECT_EQ(us->place, "Springfield, Ill.");
    EXPECT_EQ(us->rest, "Thousands of workers walked out on Tuesday.");
    const auto kenya = splitDateline("Nairobi, Kenya (AFP) \xE2\x80\x94 Thousands of workers walked out on Tuesday.");
    ASSERT_TRUE(kenya);
    EXPECT_EQ(kenya->place, "Nairobi, Kenya.");
    const Article a = textArticle55("Strikes hit\n\nAlbany, N.Y. (AP) \xE2\x80\x94 Thousands of workers walked out on Tuesday over pay, "
                                    "unions said.\n\nThe union said 1.2 million people marched.\n");
    EXPECT_EQ(a.byline, "the Associated Press");
    EXPECT_TRUE(a.byline_is_agency);
    // (Two letters in brackets after a place alone, in small letters, are its state: no agency, no dateline.)
    EXPECT_FALSE(splitDateline("Harrisburg (PA) - Thousands of workers walked out on Tuesday."));
    // (A name and a name before an agency's initials is no dateline either.)
    EXPECT_FALSE(splitDateline("Advanced Placement (AP) - the program grew."));
}

// The writer's name and the page's date on one line under the headline, a separator between, name the writer: the
// name was dropped with the date as a town's ("Madrid, 9 de febrero de 2025") or read as the story's first line.
TEST(BlindRound55Test, shouldTakeTheWriterBeforeThePagesDate) {
    const std::string story = "\n\nRada Ministrów przyjęła we wtorek projekt ustawy budżetowej. Deficyt ma wynieść 289 mld zł.\n\n"
                              "Minister finansów powiedział, że dochody wzrosną.\n";
    for (const char* row : {"Anna Kowalska, 12 listopada 2025, 14:35", "Anna Kowalska | 12.11.2025 14:35", "Anna Kowalska - 12.11.2025",
                            "Autor: Anna Kowalska, 12.11.2025"}) {
        const Article a = textArticle55(std::string("Rząd przyjął projekt budżetu\n\n") + row + story);
        EXPECT_EQ(a.byline, "Anna Kowalska") << row;
        ASSERT_TRUE(a.published) << row;
        EXPECT_EQ(a.published->day, 12) << row;
        EXPECT_EQ(bodyOf55(a).find("Kowalska"), std::string::npos) << bodyOf55(a);
    }
    // (A town and its date, no clock: the town's, no writer.)
    const Article town = textArticle55("Rząd przyjął projekt budżetu\n\nBuenos Aires, 12 listopada 2025" + story);
    EXPECT_EQ(town.byline, "");
    // (An outlet's name before the date is no writer's.)
    const Article outlet = textArticle55("Budget passed\n\nSky News | 12 November 2025\n\nThe cabinet passed the budget on Tuesday. "
                                         "The deficit will reach 6.5 per cent of GDP.\n\nThe minister said revenue would rise.\n");
    EXPECT_EQ(outlet.byline, "");
}

// An amount's short form before its currency's code goes on the sentence in any language: "7,02 mrd. USD." was two
// sentences, "…milliarder." and "USD.". A short form before a new sentence still ends one.
TEST(BlindRound55Test, shouldKeepAnAmountsShortFormWithItsCurrency) {
    const SentenceSplitter nb("nb");
    EXPECT_EQ(nb("Resultatet ble 7,02 mrd. USD. Analytikerne hadde ventet 6 mrd. USD, hvorav mye gikk til utbytte.").size(), 2u);
    const SentenceSplitter cs("cs");
    EXPECT_EQ(cs("Stát zaplatí asi 1,3 bil. Kč. Pak dál.").size(), 2u);
    EXPECT_EQ(cs("Škoda dosáhla za 400 mil. Policie věc prověřuje.").size(), 2u);
    EXPECT_EQ(nb("Salget var 6 mrd. USA er det største markedet.").size(), 2u);
}

// A Russian year's short form after the sentence's first words ends no sentence ("В 2023 г. Газпром добыл…"), and its
// dot is not said as one; after a sentence of its own it still is.
TEST(BlindRound55Test, shouldGoOnAfterARussianYearThatOpensTheSentence) {
    const SentenceSplitter ru("ru");
    const auto opening = ru("В 2023 г. Газпром добыл меньше газа. Так сообщила компания.");
    ASSERT_EQ(opening.size(), 2u);
    EXPECT_EQ(sayRound55(opening[0], "ru"), "В две тысячи двадцать третьем году Газпром добыл меньше газа.");
    EXPECT_EQ(ru("Компания основана в 2023 г. Газпром добыл меньше газа.").size(), 2u);
}

// A hyphen between two figures, a score or a span, is no minus in Greek and Catalan, which eSpeak NG said so.
TEST(BlindRound55Test, shouldSayAScoreOrASpanWithoutAMinusInGreekAndCatalan) {
    EXPECT_EQ(sayRound55("Ο Ολυμπιακός νίκησε με 3-2 τον ΠΑΟΚ.", "el"), "Ο Ολυμπιακός νίκησε με 3\xE2\x80\x93" "2 τον ΠΑΟΚ.");
    EXPECT_EQ(sayRound55("El Barça guanya 3-2 i obre de 9-14 h.", "ca").find("3 a 2"), 0u + std::string("El Barça guanya ").size());
    // (A date's chain of hyphens is left, and a minus sign before a figure is still said.)
    EXPECT_NE(sayRound55("el 2024-11-03 a -5 graus", "ca").find("2024-11-03"), std::string::npos);
    EXPECT_NE(sayRound55("el 2024-11-03 a -5 graus", "ca").find("menys 5"), std::string::npos);
}

// A Greek page's writer after "Γράφει ο" and its date with the month in the genitive are the intro's, not lost.
TEST(BlindRound55Test, shouldTakeAGreekWriterAndDate) {
    const Article a = textArticle55("Ολυμπιακός – ΠΑΟΚ 3-2\n\nΓράφει ο Νίκος Καραγιάννης\nΚυριακή, 3 Νοεμβρίου 2024, 21:47\n\n"
                                    "Ο Ολυμπιακός πήρε μεγάλη νίκη με 3-2 επί του ΠΑΟΚ, μπροστά σε 31.642 θεατές. Οι ερυθρόλευκοι "
                                    "βρέθηκαν πίσω στο σκορ με 0-2, αλλά γύρισαν το παιχνίδι.\n");
    EXPECT_EQ(a.byline, "Νίκος Καραγιάννης");
    ASSERT_TRUE(a.published);
    EXPECT_EQ(a.published->month, 11);
    EXPECT_EQ(a.published->day, 3);
    EXPECT_EQ(bodyOf55(a).find("Γράφει"), std::string::npos) << bodyOf55(a);
}

// English pages of the Commonwealth's other countries take their region from their address or from the country their
// story names, its dateline in capitals included: they were read by the American voice.
TEST(BlindRound55Test, shouldTakeTheRegionOfMoreCommonwealthPages) {
    EXPECT_EQ(regionOfHost("en", "thestar.com.my"), "-MY");
    EXPECT_EQ(regionOfHost("en", "jamaica-gleaner.jm"), "-JM");
    EXPECT_EQ(regionOfHost("en", "nation.africa"), "");
    EXPECT_EQ(regionOfHost("fr", "lematin.sg"), "");
    EXPECT_EQ(withEnglishRegion("en", "KINGSTON, Jamaica - The Jamaica Stock Exchange (JSE) rose on Thursday as Jamaican investors "
                                      "bought shares worth J$1.2 billion."),
              "en-JM");
    EXPECT_EQ(withEnglishRegion("en", "SINGAPORE - A Singaporean director was jailed on Friday, the Singapore court heard."), "en-SG");
    // (A story that names the country once keeps its English.)
    EXPECT_EQ(withEnglishRegion("en", "SINGAPORE - A director was jailed on Friday."), "en");
}

// Furniture of kinds round 55 found read: a related link after a pictograph, a channel's promo in Russian, the reader
// asked what they think, a press office's note to the newsroom, a listed company's notice under the EU's market rules,
// an advertisement under its label, a newsletter's ask to pass it on, a version's label before the first words and
// the agency's name after the last. A police appeal for witnesses, which addresses the reader, stays.
TEST(BlindRound55Test, shouldDropTheFurnitureRound55FoundAndKeepAWitnessAppeal) {
    const std::string before = "Roadworks close bridge\n\nThe council said the work would finish in March, and that residents had been told "
                               "about the closures in advance.\n\n";
    const std::string after = "\n\nDrivers should plan ahead and allow extra time for their journeys over the holiday period.\n";
    for (const char* furniture : {"📌 Leia também: Dólar bate R$ 6,09 e fecha em novo recorde nominal", "Читайте РБК в Telegram Подписаться",
                                  "Подписывайтесь на канал Москва 24 в Telegram", "이 기사에 대해 어떻게 생각하시나요?",
                                  "Attribute to Detective Senior Sergeant Mike Tuhiwai, Hawke's Bay CIB:",
                                  "This information is information that Norrvik Group AB is obliged to make public pursuant to the EU Market "
                                  "Abuse Regulation. The information was submitted for publication, through the agency of the contact person "
                                  "set out above, at 07:30 CEST on 24 April 2025.",
                                  "SPONSORED: Book your spring conference at the Halifax Convention Centre. Use code LEDGER15 for 15% off.",
                                  "Enjoying The Harbour Ledger? Forward it to a colleague, or subscribe here: harbourledger.ca/join"}) {
        const std::string body = bodyOf55(textArticle55(before + furniture + after));
        EXPECT_EQ(body.find(std::string(furniture).substr(8, 12)), std::string::npos) << body;
        EXPECT_NE(body.find("Drivers should plan ahead"), std::string::npos) << body;
    }
    const std::string appeal = bodyOf55(textArticle55(
        before + "Anyone with information can contact us via Live Chat on our website or call 101, quoting log 312 of 2 March." + after));
    EXPECT_NE(appeal.find("Anyone with information can contact us"), std::string::npos) << appeal;
    const std::string labelled = bodyOf55(textArticle55(before + "(3rd UPDATE) Get the latest updates on the storm as it crosses the "
                                                                 "country on Friday." + after));
    EXPECT_EQ(labelled.find("UPDATE"), std::string::npos) << labelled;
    EXPECT_NE(labelled.find("Get the latest updates on the storm"), std::string::npos) << labelled;
    // (A bracketed word in small letters is the story's.)
    EXPECT_EQ(withoutUpdateLabel("(Update) said the man in the street."), "(Update) said the man in the street.");
    const std::string signed_ = bodyOf55(textArticle55(
        "Ringgit opens higher\n\nKUALA LUMPUR: The ringgit opened higher against the US dollar on Friday as demand rose, dealers "
        "said.\n\nAt 9 am, the local note stood at 4.4120 against the greenback at Thursday's close. \xE2\x80\x93 Bernama\n"));
    EXPECT_EQ(signed_.find("Bernama"), std::string::npos) << signed_;
    EXPECT_NE(signed_.find("at Thursday's close."), std::string::npos) << signed_;
}

// A live page's greeting and its "stay with us" around a sentence of the story keep the sentence: the first entry of a
// live blog was lost whole.
TEST(BlindRound55Test, shouldKeepTheStorySentenceBetweenALivePagesGreetingAndItsPrompt) {
    EXPECT_EQ(storyAroundPrompts("Welcome to our live coverage of Budget 2025. Finance Minister Jack Chambers will rise in the Dail at "
                                 "about 1pm. Stay with us for every announcement as it happens."),
              "Finance Minister Jack Chambers will rise in the Dail at about 1pm.");
    // (A sentence between prompts that addresses the reader is the promo's.)
    EXPECT_EQ(storyAroundPrompts("Sign up for our newsletter. Get the best stories from the region delivered to your inbox every morning. "
                                 "Unsubscribe at any time."),
              "");
}

// Russian agencies' datelines: RIA's "МОСКВА, 20 дек — РИА Новости." (its name of two words, a reporter after it) and
// TASS's with a month's name longer than six letters are the place said, not read whole; spans between figures read
// each figure with its unit; the Moscow clubs and ring road as they are said.
TEST(BlindRound55Test, shouldReadRussianAgencyDatelinesSpansAndNames) {
    const auto ria = splitDateline("МОСКВА, 20 дек — РИА Новости. Банк России повысил ключевую ставку.");
    ASSERT_TRUE(ria);
    EXPECT_EQ(ria->place, "Москва.");
    EXPECT_EQ(ria->rest, "Банк России повысил ключевую ставку.");
    const auto reporter = splitDateline("МОСКВА, 3 дек — РИА Новости, Мария Иванова. Банк России повысил ставку.");
    ASSERT_TRUE(reporter);
    EXPECT_EQ(reporter->rest, "Банк России повысил ставку.");
    const auto tass = splitDateline("МОСКВА, 3 декабря. /ТАСС/. ЦСКА обыграл СКА.");
    ASSERT_TRUE(tass);
    EXPECT_EQ(tass->rest, "ЦСКА обыграл СКА.");
    EXPECT_EQ(sayRound55("Инфляция составит 9,6–9,8% по итогам года.", "ru"),
              "Инфляция составит девять целых шесть десятых — девять целых восемь десятых процента по итогам года.");
    // (Two years and a telephone's chain are left to their own rules.)
    EXPECT_EQ(sayRound55("в 2020–2022 годах", "ru"), "в две тысячи двадцатом — две тысячи двадцать втором годах");
    EXPECT_EQ(sayRound55("Звоните 8-800-555-35-35.", "ru"), "Звоните 8-800-555-35-35.");
    EXPECT_EQ(sayRound55("ЦСКА обыграл СКА на МКАД.", "ru"), "цэ-эс-ка обыграл эс-ка-а на мкад.");
}

// A Brazilian score between two teams or after "fez" is "dois a um" (eSpeak NG said "dois xis um"), a capital X in a
// shouted headline too; a size stays a size.
TEST(BlindRound55Test, shouldSayABrazilianScoreBetweenTeams) {
    EXPECT_EQ(sayRound55("O Flamengo fez 2 x 1 no Palmeiras.", "pt-BR"), "O Flamengo fez 2 a 1 no Palmeiras.");
    EXPECT_EQ(sayRound55("FLAMENGO 3 X 2 PALMEIRAS", "pt-BR"), "FLAMENGO 3 a 2 PALMEIRAS");
    EXPECT_EQ(sayRound55("O terreno tem 10 x 20 metros.", "pt-BR"), "O terreno tem 10 x 20 metros.");
    EXPECT_EQ(sayRound55("Comprou 2 x 3 caixas.", "pt-BR"), "Comprou 2 x 3 caixas.");
    // (A thousand alone is "mil", never "um mil"; "21 mil" and "1,1 mil" stay.)
    EXPECT_EQ(sayRound55("O prêmio é de R$ 1 mil por mês.", "pt-BR"), "O prêmio é de mil reais por mês.");
    EXPECT_EQ(sayRound55("Foram 21 mil votos e 1,1 mil.", "pt-BR"), "Foram 21 mil votos e 1,1 mil.");
}

// An Italian price in euro written as a word is said with its cents as one with the sign is: "un euro e 80".
TEST(BlindRound55Test, shouldSayAnItalianPriceInEuroWithItsCents) {
    EXPECT_EQ(sayRound55("Il gasolio sale a 1,80 euro al litro.", "it"), "Il gasolio sale a un euro e 80 al litro.");
    EXPECT_EQ(sayRound55("Costa 1,5 miliardi di euro.", "it"), "Costa 1,5 miliardi di euro.");
    EXPECT_EQ(sayRound55("Gli europei votano.", "it"), "Gli europei votano.");
}

// British roads and junctions as traffic bulletins say them ("the A seven three nine", "junction three A"); a batter's
// score after "on" is no emergency line; Malaysia's "Mohd" and Singapore's "Pte" said whole.
TEST(BlindRound55Test, shouldReadBritishRoadsScoresAndShortNamesAsSaid) {
    EXPECT_EQ(sayRound55("The A739 and A303 are closed due to roadworks, as is the A27.", "en-GB"),
              "The A-seven three nine and A-three oh three are closed due to roadworks, as is the A-twenty-seven.");
    EXPECT_EQ(sayRound55("The A1418 MacBook was sold.", "en-GB"), "The A-fourteen eighteen MacBook was sold.");
    EXPECT_EQ(sayRound55("The M8 is closed between J4 and J3A on the motorway.", "en-GB"),
              "The M eight is closed between junction four and junction three eh on the motorway.");
    EXPECT_EQ(sayRound55("Beth Mooney was unbeaten on 112 off 121 balls.", "en-AU"),
              "Beth Mooney was unbeaten on one hundred and twelve off one hundred and twenty-one balls.");
    EXPECT_EQ(sayRound55("Call police on 101 to report it.", "en-GB"), "Call police on one oh one to report it.");
    EXPECT_EQ(sayRound55("Dr Mohd Afzanizam of Haus Atelier Pte Ltd.", "en-GB"), "Doctor Mohamad Afzanizam of Haus Atelier Private Limited.");
}

// "±" in the article's language: eSpeak NG said it in its English voice ("plus or minus") from within the others.
TEST(BlindRound55Test, shouldSayPlusOrMinusInTheArticlesLanguage) {
    EXPECT_EQ(sayRound55("Inflasi 2,5±1% dan ±300 orang.", "id"), "Inflasi 2,5 plus minus 1% dan plus minus 300 orang.");
    EXPECT_EQ(sayRound55("Температура ±2 °C.", "ru"), "Температура плюс-минус 2 градуса.");
    EXPECT_EQ(sayRound55("Er kam (±5 %) später.", "de"), "Er kam (plus minus 5 %) später.");
}

// A slash between two measures of kin units is a pause, not "or" (a battery's power and energy, a plant's output either
// side of its inverters); a ratio's slash is "to"; a solar plant's and a molecule's units are said.
TEST(BlindRound55Test, shouldReadSlashesBetweenKinMeasuresAndRatios) {
    EXPECT_EQ(sayRound55("Storage: 300 MW / 1,200 MWh.", "en-US"), "Storage: three hundred megawatts, one thousand two hundred megawatt hours.");
    EXPECT_EQ(sayRound55("Add 1 cup / 240 ml of milk.", "en-US"), "Add one cup or two hundred forty milliliters of milk.");
    EXPECT_EQ(sayRound55("Net debt/EBITDA was 1.2x.", "en-US"), "Net debt to EBITDA was one point two times.");
    EXPECT_EQ(sayRound55("The pass/fail grade.", "en-US"), "The pass-fail grade.");
    EXPECT_EQ(sayRound55("A 1.6 kDa peptide and 680 MWac of panels.", "en-US"),
              "A one point six kilodalton peptide and six hundred eighty megawatts AC of panels.");
}

// A press release's date is the article's: after the dateline in capitals before a listed company's name, before a
// wire's name ("/PRNewswire/", "(GLOBE NEWSWIRE)"), whose dateline is said even under two lines of summary set between
// dashes (read without them, not with a comma).
TEST(BlindRound55Test, shouldTakeAPressReleasesDateAndDateline) {
    const Article listed = textArticle55("Norrvik Group AB – Interim Report January–March 2025\n\nSTOCKHOLM, 24 April 2025 – Norrvik Group AB "
                                         "(publ) (Nasdaq Stockholm: NRVK B)\n\nNet sales increased by 6.4% to SEK 8,412 million in the "
                                         "first quarter, the company said.\n");
    ASSERT_TRUE(listed.published);
    EXPECT_EQ(listed.published->day, 24);
    const Article wire = textArticle55(
        "Verdalis Reports Results\n\n\xE2\x80\x93 Clinical remission rate of 31.4% versus 9.8% for placebo at Week 12 \xE2\x80\x93\n\n"
        "\xE2\x80\x93 Company to host conference call today at 8:00 a.m. ET \xE2\x80\x93\n\n"
        "CAMBRIDGE, Mass., Jan. 13, 2025 (GLOBE NEWSWIRE) -- Verdalis Therapeutics, Inc. today announced positive topline results "
        "from its Phase 2b trial.\n\nThe company will present the full data at a medical meeting later this year.\n");
    ASSERT_TRUE(wire.published);
    EXPECT_EQ(wire.published->month, 1);
    EXPECT_EQ(wire.published->day, 13);
    ScriptOptions o;
    o.intro = false;
    std::string said;
    for (const Utterance& u : buildScript(wire, o).utterances) said += u.text + "\n";
    EXPECT_NE(said.find("for placebo at Week 12.\n"), std::string::npos) << said;
    EXPECT_NE(said.find("Cambridge, Mass.\nVerdalis Therapeutics"), std::string::npos) << said;
    EXPECT_EQ(said.find("NEWSWIRE"), std::string::npos) << said;
}

// A quarter with its year is said as the half is ("by the fourth quarter of twenty twenty-nine"), and before a company's
// figure as one ("third-quarter revenue"); a car's model keeps its letters.
TEST(BlindRound55Test, shouldSayAQuarterAsTheHalfIsSaid) {
    EXPECT_EQ(sayRound55("Service will start by Q4 2029.", "en-US"), "Service will start by the fourth quarter of twenty twenty-nine.");
    EXPECT_EQ(sayRound55("Q3 revenue rose.", "en-US"), "Third-quarter revenue rose.");
    EXPECT_EQ(sayRound55("The Audi Q3 2025 model.", "en-US"), "The Audi Q three, twenty twenty-five model.");
}

// Finnish: an initialism's case ending said on its last letter's name ("SAK:n" "äs-aa-koon", "VR:ään" "vee-ärrään"),
// capitals that make syllables as a word with it ("NATO:n" "Naton"), and a clock's time with a dot after "klo" without
// eSpeak NG's "piste".
TEST(BlindRound55Test, shouldSayFinnishInitialismEndingsAndClockTimes) {
    EXPECT_EQ(sayRound55("SAK:n puheenjohtaja, VR:n junat ja VR:ään, EU:ssa.", "fi"), "äs-aa-koon puheenjohtaja, vee-ärrän junat ja vee-ärrään, ee-uussa.");
    EXPECT_EQ(sayRound55("NATO:n ja YLE:n", "fi"), "Naton ja Ylen");
    EXPECT_EQ(sayRound55("Lakko alkaa klo 23.59.", "fi"), "Lakko alkaa kello 23 59.");
    EXPECT_EQ(sayRound55("Hinta on 2.5 euroa, kello 12:30 ja 2:na.", "fi"), "Hinta on 2.5 euroa, kello 12:30 ja 2:na.");
}

// A number to call after a country's code and its plus is one, in any language the telephone rule reads: the Czech
// "+420 266 727 443" was joined into a count of hundreds of billions.
TEST(BlindRound55Test, shouldReadAnInternationalNumberToCall) {
    EXPECT_EQ(sayRound55("Informace na tel. +420 266 727 443 dostanete.", "cs"),
              "Informace na telefon + 4 2 0, 2 6 6, 7 2 7, 4 4 3 dostanete.");
    EXPECT_EQ(sayRound55("Llame al +34 912 345 678.", "es"), "Llame al + 3 4, 9 1 2, 3 4 5, 6 7 8.");
    // (A sign before a measure is no such number.)
    EXPECT_EQ(sayRound55("La temperatura era +5 gradi.", "it"), "La temperatura era +5 gradi.");
}

// A page's date line with its update in brackets, in Czech or in Korean with its words for year, month and day, is the
// page's date, not read as the story's first line.
TEST(BlindRound55Test, shouldTakeDateLinesWithTheirUpdateInAnyLanguage) {
    const std::string story = "\n\nVláda schválila návrh zákona o důchodech, který zvyšuje věk odchodu do důchodu.\n\nPodle ministra reforma "
                              "ušetří miliardy korun ročně, řekl novinářům.\n";
    for (const char* line : {"13:30 20.09.2024 (обновлено: 16:52 21.09.2024)", "20. září 2024 18:34, aktualizováno 21. září 2024 8:12",
                             "업데이트 2024년 9월 20일 11:02"}) {
        const Article a = textArticle55(std::string("Vláda schválila důchodovou reformu") + "\n\n" + line + story);
        ASSERT_TRUE(a.published) << line;
        EXPECT_EQ(a.published->day, 20) << line;
        EXPECT_EQ(bodyOf55(a).find("2024"), std::string::npos) << bodyOf55(a);
    }
}

// Two capitals that spell a small English word name something in a sentence of small letters ("Auckland Transport, or
// AT,", "the OR nurses"): their letters, where eSpeak NG said "at", "or"; a heading's capitals and "AT&T" stay. Malaysia's
// "RM84.7 mil" is millions.
TEST(BlindRound55Test, shouldSpellTwoCapitalsThatSpellAWordAndTakeMilAsMillions) {
    EXPECT_EQ(sayRound55("Auckland Transport, or AT, will run buses. AT's director spoke.", "en-NZ"),
              "Auckland Transport, or eh T, will run buses. eh T's director spoke.");
    EXPECT_EQ(sayRound55("The OR nurses met.", "en-US"), "The O.R nurses met.");
    EXPECT_EQ(sayRound55("GOVERNMENT OF Canada and IN THE PEOPLE", "en-US"), "GOVERNMENT OF Canada and IN THE PEOPLE");
    EXPECT_EQ(sayRound55("Vote YES or NO.", "en-US"), "Vote YES or NO.");
    EXPECT_EQ(sayRound55("Victims lost RM84.7 mil in the scam.", "en-MY"), "Victims lost eighty-four point seven million ringgit in the scam.");
}

// An Italian match's minute elided after "all'" says its word before a noun ("all'ottantasettesimo minuto cross"), not
// before a joining word or a stop; the Philippine index's letters are spelled, its last one small.
TEST(BlindRound55Test, shouldSayAnItalianMinuteBeforeANounAndThePhilippineIndex) {
    EXPECT_EQ(sayRound55("All'87' cross dalla destra e gol all'89'.", "it"), "All'ottantasettesimo minuto cross dalla destra e gol all'ottantanovesimo.");
    EXPECT_EQ(sayRound55("Dall'88' e poi.", "it"), "Dall'ottantottesimo e poi.");
    EXPECT_EQ(sayRound55("The PSEi slipped while ICTSI rose.", "en-PH"), "The P.S.E.I slipped while I.C.T.S.I rose.");
}

// A Greek date in figures after a weekday or "στις", or with its year, is the day and the month's name ("10 Νοεμβρίου"),
// where eSpeak NG said "slash" in English; a share before its noun stays.
TEST(BlindRound55Test, shouldSayAGreekDateInFigures) {
    EXPECT_EQ(sayRound55("Ο αγώνας την Κυριακή 10/11 και στις 3/12/2024.", "el"), "Ο αγώνας την Κυριακή 10 Νοεμβρίου και στις 3 Δεκεμβρίου 2024.");
    EXPECT_EQ(sayRound55("με 1/3 των ψήφων", "el"), "με 1/3 των ψήφων");
}

// A tennis set lost to love is "love-six"; Australia's "A/Prof." is an associate professor, and no sentence ends there.
TEST(BlindRound55Test, shouldSayLoveInALostSetAndAnAssociateProfessor) {
    EXPECT_EQ(sayRound55("Raducanu beat Kasatkina 6-1, 0-6, 6-4 in Miami.", "en-GB"), "Raducanu beat Kasatkina six-one, love-six, six-four in Miami.");
    const SentenceSplitter en("en");
    const auto sentences = en("Director of Public Health, A/Prof. James O'Rourke, said no cases had been reported. Residents should boil water.");
    ASSERT_EQ(sentences.size(), 2u);
    EXPECT_EQ(sayRound55(sentences[0], "en-AU"), "Director of Public Health, Associate Professor James O'Rourke, said no cases had been reported.");
}

// A printed page's footer with its count of pages is no line of the story; a sentence about a page is.
TEST(BlindRound55Test, shouldDropAPrintedPagesFooterWithItsCount) {
    EXPECT_TRUE(isJumpLine("Helionyx Energy Announces Mojave Ridge Financing      Page 1 of 3"));
    EXPECT_TRUE(isJumpLine("Seite 2 von 4"));
    EXPECT_FALSE(isJumpLine("The report runs to page 3 of 10 in the appendix, he said."));
}

// Norway's Labour party by its short name, which eSpeak NG said as the word "ap".
TEST(BlindRound55Test, shouldSpellNorwaysLabourParty) {
    EXPECT_EQ(sayRound55("Ap og Sp har 76 mandater, sa Ap-leder Støre.", "nb"), "A-P og Sp har 76 mandater, sa A-P-leder Støre.");
}

// A headline wrapped onto a second line, as a PDF release sets it, is one headline; the standfirst under it is read.
// (A writer's name under a headline stays the byline's.)
TEST(BlindRound55Test, shouldJoinAHeadlineWrappedOntoASecondLine) {
    const std::string story = "\n\nConstruction to begin in Q3 2025; project expected to power approx. 190,000 homes\n\n"
                              "Helionyx Energy, Inc. today announced it has closed $412 million in financing for its Mojave Ridge project "
                              "in San Bernardino County, California. The project is big.\n";
    const Article a = textArticle55("Helionyx Energy Secures $412 Million Financing for 680 MW\nMojave Ridge Solar-Plus-Storage Project" + story);
    EXPECT_EQ(a.title, "Helionyx Energy Secures $412 Million Financing for 680 MW Mojave Ridge Solar-Plus-Storage Project");
    EXPECT_NE(bodyOf55(a).find("Construction to begin in Q3 2025"), std::string::npos) << bodyOf55(a);
    const Article named = textArticle55("Helionyx Energy Secures $412 Million Financing for 680 MW\nJane Whitfield" + story);
    EXPECT_EQ(named.title, "Helionyx Energy Secures $412 Million Financing for 680 MW");
    EXPECT_EQ(bodyOf55(named).find("Jane Whitfield"), std::string::npos) << bodyOf55(named);
    // (A sentence under it, in a sentence's small letters, is no part of it.)
    const Article deck = textArticle55("Helionyx Energy Secures $412 Million Financing for 680 MW\nThe deal is the largest of its kind this year" + story);
    EXPECT_EQ(deck.title, "Helionyx Energy Secures $412 Million Financing for 680 MW");
}

// A number to call after a first group of four figures, "1800 123 456", is no count in thousands, whatever words
// stand before it; Australia's "13 11 14" is said in pairs.
TEST(BlindRound55Test, shouldCallAFreephoneNumberAndAnAustralianThirteenNumber) {
    EXPECT_EQ(sayRound55("Call Lifeline on 13 11 14 or 1800 123 456.", "en-AU"),
              "Call Lifeline on thirteen, eleven, fourteen or one eight hundred, one two three, four five six.");
    EXPECT_EQ(sayRound55("Ring 1300 655 506 for help."), "Ring one three hundred, six five five, five oh six for help.");
    // (Thousands set apart by spaces still count: the first group has three figures at most.)
    EXPECT_EQ(sayRound55("The figure was 1 800 123 dollars."), "The figure was one million eight hundred thousand one hundred twenty-three dollars.");
}

// A report's figure for the period before, in brackets after this period's, "£3.2m (2023: £2.9m)", is said as a
// comparison, not as a year and a colon; a bracket with a year and words is left as it was.
TEST(BlindRound55Test, shouldSayAPriorPeriodsFigureAsAComparison) {
    EXPECT_EQ(sayRound55("Her earnings were \xC2\xA3" "3.2m (2023: \xC2\xA3" "2.9m).", "en-GB"),
              "Her earnings were three point two million pounds, compared with two point nine million pounds in twenty twenty-three.");
    EXPECT_EQ(sayRound55("Operating loss narrowed to -\xC2\xA3" "1.2m (H1 2024: -\xC2\xA3" "2.5m).", "en-GB"),
              "Operating loss narrowed to minus one point two million pounds, compared with minus two point five million pounds in the "
              "first half of twenty twenty-four.");
    EXPECT_EQ(sayRound55("She was born in Leeds (1950: a cold year).", "en-GB"), "She was born in Leeds, nineteen fifty: a cold year.");
}

// The ISO codes of currencies readcast does not list are named as ICU names them, where the amount is money's
// shape or the sentence is about prices and no noun follows (a maker's model is no money); a currency whose small
// coin has no name says its two decimals after it.
TEST(BlindRound55Test, shouldNameTheWorldsCurrenciesByTheirCodes) {
    EXPECT_EQ(sayRound55("Kuwait posted a surplus of KWD 3.5 billion."), "Kuwait posted a surplus of three point five billion Kuwaiti dinars.");
    EXPECT_EQ(sayRound55("The fare rose to MOP 12.50."), "The fare rose to twelve Macanese patacas fifty.");
    EXPECT_EQ(sayRound55("They paid 5,000 XOF for it."), "They paid five thousand West African CFA francs for it.");
    EXPECT_EQ(sayRound55("Tickets cost INR 12.50 each."), "Tickets cost twelve rupees fifty each.");
    // (Nor a code with no figure of money's shape where nothing speaks of prices, nor a model's number.)
    EXPECT_EQ(sayRound55("The AMD 7000 series costs USD 499.").find("dram"), std::string::npos);
    EXPECT_EQ(sayRound55("The price of gold was XAU 2,300.").find("ounce"), std::string::npos);
}
