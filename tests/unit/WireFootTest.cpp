// What follows a wire story's last sentence in pasted text: the agency's sign-off, its editors' slug, its
// media flags, a related list's titles under their label, a feed's notes about itself. None is read.

#include <gtest/gtest.h>

#include "SpokenBody.hpp"

using namespace readcast;

namespace {

std::string spoken(const std::string& name, const std::string& text) { return spokenBody(Input{name, text}); }

const std::string kItalian =
    "Trasporti, la Regione approva il piano da 412 milioni\n\n"
    "La giunta regionale ha approvato oggi il piano per i trasporti, che prevede nuovi treni e il rinnovo delle stazioni "
    "della provincia entro il 2028.\n\n"
    "Il piano sarà presentato ai sindaci lunedì prossimo, ha detto l'assessore, che ha parlato di una svolta per i pendolari.\n\n"
    "Per informazioni la Regione ha attivato un numero verde, attivo dal lunedì al venerdì dalle 8.30 alle 17.30. (ANSA).\n";

}  // namespace

TEST(WireFootTest, shouldLeaveOutAnAgencysSignOffAfterTheLastSentence) {
    const std::string s = spoken("ansa.txt", kItalian);
    EXPECT_NE(s.find("numero verde"), std::string::npos) << s;
    EXPECT_EQ(s.find("ANSA"), std::string::npos) << s;
    // (On a line of its own, and with the media flags after it.)
    const std::string efe = spoken("efe.txt", "El Gobierno aprueba la ley de vivienda\n\n"
                                             "El Consejo de Ministros aprobó este martes la ley de vivienda, que limita los precios del "
                                             "alquiler en las zonas tensionadas durante tres años.\n\n"
                                             "La medida entrará en vigor al día siguiente de su publicación, prevista para el miércoles.\n\n"
                                             "EFE\n\n(foto) (vídeo)\n");
    EXPECT_NE(efe.find("entrará en vigor"), std::string::npos) << efe;
    EXPECT_EQ(efe.find("EFE"), std::string::npos) << efe;
    EXPECT_EQ(efe.find("foto"), std::string::npos) << efe;
}

TEST(WireFootTest, shouldLeaveOutAnEditorsSlugRunOnAfterTheLastSentence) {
    const std::string s = spoken("dpa.txt", "Maschinenbauer hebt Prognose an\n\n"
                                            "Der Maschinenbauer Hallberg hat nach einem starken dritten Quartal seine Prognose für das "
                                            "laufende Jahr angehoben, wie das Unternehmen am Montag mitteilte.\n\n"
                                            "Die Telefonkonferenz für Analysten beginnt um 14 Uhr, teilte das Unternehmen weiter mit. /ama/jkr/mis\n\n"
                                            "Diese Nachricht wurde automatisch aus dem dpa-AFX-Newsfeed übernommen.\n");
    EXPECT_NE(s.find("Telefonkonferenz"), std::string::npos) << s;
    EXPECT_EQ(s.find("ama"), std::string::npos) << s;
    EXPECT_EQ(s.find("automatisch"), std::string::npos) << s;
    // (An agency's name the story speaks of in its sentence stays: "… said the AP." is no sign-off.)
    const std::string ap = spoken("ap.txt", "Storm closes roads\n\nThe storm closed a dozen roads across the county on Monday night, "
                                            "officials said, and more rain was expected on Tuesday.\n\n"
                                            "The figures were first reported by the AP.\n");
    EXPECT_NE(ap.find("reported by the A"), std::string::npos) << ap;
}

TEST(WireFootTest, shouldLeaveOutARelatedListsTitlesRunOnUnderItsLabel) {
    const std::string s = spoken("pap.txt", "Sokół wygrał z Wartą\n\n"
                                            "Piłkarze Sokoła Wieliczany pokonali w sobotę Wartę Zawiercie i awansowali na czwarte miejsce "
                                            "w tabeli, zapewniając sobie spokój przed przerwą.\n\n"
                                            "Kolejny mecz Sokół rozegra w sobotę na wyjeździe z Pogonią Zawierciańską.\n\n"
                                            "Czytaj także:\nEkstraklasa: wyniki kolejki i tabela\nTransfery zimowe: kto wzmocnił się najbardziej?\n");
    EXPECT_NE(s.find("Kolejny mecz"), std::string::npos) << s;
    EXPECT_EQ(s.find("Transfery"), std::string::npos) << s;
    EXPECT_EQ(s.find("wyniki kolejki"), std::string::npos) << s;
}

// A related label's titles end where a sentence of the story's starts again; the story's own wording of a feed's
// or a recommendation's words is read.
TEST(WireFootTest, shouldReadTheStoryAfterARelatedLabelAndStorySentencesThatSoundLikeNotes) {
    const std::string s = spoken("rl.txt", "Council passes budget\n\n"
                                           "The city council voted on Tuesday to pass the budget for next year, after a long debate over "
                                           "the cost of new roads and the parks.\n"
                                           "Read more:\nCouncil leader quits over budget row\n"
                                           "Mayor John Doe welcomed the vote and thanked councillors for passing the budget before the end of the year.\n\n"
                                           "The footage, which has not been edited by the BBC, shows the officers at the gate.\n\n"
                                           "Te recomendamos consultar el estado de las carreteras antes de salir de casa y evitar los desplazamientos.\n");
    EXPECT_EQ(s.find("Council leader quits"), std::string::npos) << s;
    EXPECT_NE(s.find("Mayor John Doe welcomed"), std::string::npos) << s;
    EXPECT_NE(s.find("has not been edited by"), std::string::npos) << s;
    EXPECT_NE(s.find("consultar el estado"), std::string::npos) << s;
}

// A wire's note on what its new version changed is not read; its agency, named in the dateline under its
// writers' byline, is the story's publication where nothing else names one.
TEST(WireFootTest, shouldLeaveOutAVersionNoteAndTakeTheAgencyForTheSite) {
    const std::string text =
        "UPDATE 2-Oil rises as supply view trimmed\n\n"
        "* Brent up 1.4%, WTI up 1.3% (Adds analyst comment, updates prices)\n\n"
        "By Forrest Delaunay and Marta Kuhne\n\n"
        "PARIS, March 3 (Reuters) - Oil prices rose more than 1% on Tuesday after the agency said the global surplus would be smaller.\n\n"
        "Brent crude futures for May delivery were up $1.08 at $78.35 a barrel by 1415 GMT, traders said in London.\n";
    const std::string s = spoken("wire.txt", text);
    EXPECT_EQ(s.find("Adds analyst"), std::string::npos) << s;
    EXPECT_NE(s.find("Brent up"), std::string::npos) << s;
    const Article a = ingestArticle(Input{"wire.txt", text}, InputFormat::Text);
    EXPECT_EQ(a.site, "Reuters");
    EXPECT_EQ(a.byline, "Forrest Delaunay and Marta Kuhne");
}
