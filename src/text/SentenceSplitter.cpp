#include "text/SentenceSplitter.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstring>
#include <cctype>
#include <limits>
#include <cstdlib>
#include <map>
#include <set>
#include <string_view>

#include "core/WordSet.hpp"
#include "core/Utf8.hpp"
#include "core/Error.hpp"
#include "core/LanguageTag.hpp"
#include "core/Months.hpp"
#include "core/Text.hpp"
#include "text/english/Tables.hpp"
#include "text/german/GermanWords.hpp"
#include "text/RomanNumerals.hpp"

namespace readcast {
namespace {

// Abbreviations that do not end a sentence when a number follows: "Apr. 29", "No. 3", "p. 12".
constexpr WordSet kBeforeNumbers({
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "No", "Nos", "no", "nos", "Vol", "pp", "p", "Art", "Arts", "Fig", "approx", "ca", "Ch", "Sec", "ext", "Ext", "ver", "Ver", "tel", "Tel",
    // a ballot measure, a flat, a room, a suite, a road: "Prop. 36", "Apt. 4B", "Hwy. 401"
    "Prop", "Apt", "Rm", "Ste", "Hwy", "Rte", "Para", "Pt", "Cap",
    // a file's reference, "quoting ref. 23/01874/FUL"
    "ref", "Ref",
    // a judgment's paragraph: "at para. 94"
    "para", "paras", "Paras",
    // a congressional report, "H. Rept. 119-412"
    "Rept",
    // a statute's section, schedule and clause: "under s. 66D of the IT Act", "ss. 2-4", "cl. 7"
    "s", "ss", "Sch", "sch", "cl", "Cl", "r", "rr",
    // a weekday before its date: "starts on Tue. 21 Jan. in Adelaide"
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    // circa, before a year: "dates from c. 3200 BC"
    "c",
});

// A street's abbreviation before the quarter of a city it lies in: "1600 Pennsylvania Ave. NW".
constexpr WordSet kStreets({"Ave", "Av", "Rd", "Blvd", "St", "Pl", "Ln", "Ct", "Sq", "Pkwy", "Dr", "Terr", "Hwy"});
constexpr WordSet kQuarters({"N", "S", "E", "W", "NW", "NE", "SW", "SE"});

// German words before a day's or a rank's ordinal: "Der 1. FC Köln", "in der 12. Minute", "zum 3. Mal".
constexpr WordSet kGermanBeforeOrdinal({"der", "die", "das", "den", "dem", "des", "Der", "Die", "Das", "Den", "Dem",
                                                     "Des", "am", "Am", "im", "Im", "zum", "Zum", "zur", "Zur", "beim", "vom",
                                                     "seit", "bis", "ab", "jeder", "jede", "jedes", "seinem", "ihrem", "seiner",
                                                     "ihrer", "seine", "ihre", "sein", "ihr", "unser", "unsere"});

// Abbreviations that never end a sentence, whatever follows.
// ("Roe v. Wade": a case's "v"; "the Rt. Hon. member", "Rt. 66".)
// (A Philippine village before its name, "Brgy. San Jose"; "Sto. Niño" and "Sta. Cruz", a saint's.)
// (A court's docket before its number, "(Dkt. No. 47)".)
constexpr WordSet kNeverFinal({"vs", "v", "def", "e.g", "i.e", "cf", "approx", "ca", "St", "Ste", "Mt", "Ft", "viz", "Cllr", "Rt", "Assoc",
                                             "Brgy", "Brgys", "Sto", "Sta", "Dkt",
                                             // Parliament's "my right hon. Friend", "I remind hon. Members", "[Hon. Members: …]"
                                             "hon", "Hon",
                                             // a federal appeals court in a citation, "(2d Cir. Aug. 5, 2025)"
                                             "Cir",
                                             // a Singapore or Malaysian company's "Pte. Ltd.", "Sdn. Bhd."
                                             "Pte", "Sdn",
                                             // a court's criminal or civil case: "Crim. Case No. 1234"
                                             "Crim", "Civ",
                                             // "one Chukwuemeka a.k.a. 'Oga Tech'": also known as
                                             "a.k.a", "A.K.A",
                                             // "the Addl. Solicitor General", "Masbate incl. Ticao and Burias Islands"
                                             "Addl", "Addnl", "incl", "Incl"});

// Words that start sentences. After an initialism ("U.S.") or an initial ("S."), a capitalised word
// among these starts a new sentence ("He moved to the U.S. He liked it."); any other continues it
// ("the U.S. Embassy", "Harry S. Truman").
constexpr WordSet kStarters({
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "Here",
    "But", "And", "Or", "So", "Yet", "In", "On", "At", "As", "If", "When", "While", "After", "Before", "Since", "Now",
    "Then", "Still", "Also", "However", "Meanwhile", "His", "Her", "Its", "Their", "Our", "My", "Your", "What", "Why",
    "How", "Who", "Where", "Which", "Some", "Many", "Most", "All", "No", "Not", "Officials", "Police", "First", "Last",
    "Today", "Yesterday", "Earlier", "Later", "According", "For", "With", "By", "From", "To", "Of", "Both", "Each",
    "Every", "Such", "Several", "Few", "More", "Only", "Even", "Instead", "Despite", "Although", "Because", "Under",
    "Over", "During", "Until", "Like", "Unlike", "Among", "Once", "Twice", "Asked", "Yes", "Well", "Oh", "Thanks",
    // the intro's second sentence, after a byline that may end on "Inc." or "Jr."
    "Published", "Updated", "Posted"});

// Titles and abbreviations that never end a sentence in other languages, by primary language subtag:
// a name or a number follows them ("Dr. Müller", "Nr. 5", "ca. 300", "M. Dupont", "Sra. López",
// "EE. UU."). ICU's own lists for these languages are not used: they hold common words as well (its
// German list keeps "in diesem Jahr. Es kam" as one sentence).
const std::map<std::string_view, std::set<std::string_view>>& nonFinalAbbreviations() {
    static const std::map<std::string_view, std::set<std::string_view>> kByLanguage{
        {"de", {"Dr", "Prof", "Nr", "Fa", "ca", "bzw", "Mio", "Mrd", "vgl", "evtl", "ggf", "inkl", "zzgl", "Hr", "Fr", "Jh", "Bgm",
                "Abs", "Art", "Bd", "St", "Tel", "gem", "sog", "Dipl", "Ing", "rd", "Rd",
                // a case's file number, "Az. VI ZR 10/24"; a degree's field, "Dr. iur.", "Dr. rer. nat."
                "Az", "frz", "iur", "med", "rer", "nat", "phil", "oec", "Mag", "Univ", "Doz",
                // "über max. 5 Jahre", "mind. 3 Euro"; a firm's "GmbH & Co. KG"
                "max", "mind", "min", "Co",
                // a paragraph's point and letter, "Z 1 lit. c"
                "lit",
                // "lt. Unternehmen", "im 16. u. 17. Jh.", "Dr. jur. Heinrich Vogt" (a day's span, "Di.–So. 10–18 Uhr", goes on
                // before its figure in shouldJoin: "von Di. bis So. Der Eintritt" ends one; "kauft nur Bio. Das" too)
                "lt", "u", "jur", "gen", "erm", "gg"}},
        {"fr", {"M", "MM", "Mme", "Mlle", "Dr", "Pr", "St", "Ste", "env", "av", "boul", "Me", "Mgr", "p", "art"}},
        {"es", {"Sr", "Sra", "Srta", "Sres", "Dr", "Dra", "Ud", "Uds", "núm", "aprox", "pág", "Av", "Avda", "Sto", "Sta",
                "EE", "Lic", "Ing", "art", "m\xC3\xA1x", "m\xC3\xADn", "D\xC3\xB1" "a", "Excmo", "Excma", "Ilmo", "Ilma", "Lcdo", "Lcda", "Mtro", "Mtra",
                "Gral", "Cnel", "Pbro", "Arq", "Abg", "Mcal", "Tte", "Sgto", "Pdte", "Dpto", "Depto", "Tel", "tel",
                // a Mexican address's neighbourhood and municipality: "Col. Oblatos", "Mpio. de Zapopan"
                "Col", "Mpio", "Edo",
                // "D. Álvaro", "D.ª Carmen": don, doña before the name; "CC. OO.", a union's initials, as "EE. UU."
                "D", "CC", "Pza"}},
        {"it", {"Sig", "Sigg", "Dott", "Prof", "Avv", "Ing", "On", "Sen", "Geom", "Arch", "pag", "art", "ca", "sig", "dott",
                // ranks before a name: "il gen. Luciano Magrini"
                "gen", "col", "magg", "ten", "amm", "brig",
                "prof", "avv", "ing", "on", "sen", "geom", "arch", "Mons", "mons", "Cons", "cons", "Pres", "Gen", "Col", "Magg",
                "Cav", "Comm", "Dr", "dr", "Sig.ra", "Dott.ssa", "Prof.ssa", "sec", "n", "nn", "tel", "Tel", "All",
                // acts and annexes before their numbers: "del D.Lgs. 42/2004", "artt. 21 e 146", "(all. 3)"
                "D.Lgs", "D.lgs", "d.lgs", "D.L", "d.l", "D.P.R", "d.P.R", "D.M", "d.m", "artt", "all"}},
        // (Indonesian and Malay: a ward, a street, a district, a pilgrim's title before the name.)
        // (And an acting official's "Plt.", "Plh.": "kata Plt. Kepala BPS".)
        {"id", {"Kel", "Kec", "Kab", "Prov", "Jl", "Jln", "Hj", "H", "Ir", "Dr", "dr", "Drs", "Bpk", "Sdr", "No", "Plt", "Plh", "Prof",
                // the ranks of the army and the police before a name: "Jl. Jend. Sudirman", "Irjen Pol. Agus"
                "Jend", "Pol", "Kol", "Kapt", "Letkol", "Mayor", "Serma", "Ust", "KH", "Ny", "Tn", "Sdri"}},
        {"ms", {"Jln", "Jl", "Hj", "Pg", "Dr", "No", "Tn", "Pn"}},
        {"pt", {"Sr", "Sra", "Srs", "Dr", "Dra", "Prof", "Profa", "Av", "Eng", "pág", "art", "aprox", "D", "séc", "Séc"}},
        {"nl", {"Dr", "Prof", "Mr", "mevr", "nr", "ca", "Ca", "bijv", "blz", "St", "kw", "Afl", "tel", "Tel",  // "3e kw. 2025", a quarter
                // a name's titles, set before it small or capitalized: "ir. Jan de Vries", "Mevr. Pinas"
                "dr", "prof", "mr", "ir", "Ir", "drs", "Drs", "ing", "Ing", "Mevr", "dhr", "Dhr", "ds", "Ds"}},
        {"af", {"mnr", "Mnr", "me", "Me", "mev", "Mev", "mej", "Mej", "ds", "Ds", "dr", "Dr", "prof", "Prof", "adv", "Adv", "nr", "bv", "ens",
                "kapt", "Kapt", "lt", "Lt", "kol", "Kol", "genl", "Genl", "brig", "Brig", "maj", "Maj", "sers", "Sers", "konst", "Konst",
                "adjt", "Adjt", "ong", "vgl"}},
        // ("r." for "rok", a year, ends sentences too: not listed.)
        {"pl", {"\xC5\x9Bw", "\xC5\x9Aw", "ul", "al", "pl", "os", "im", "tzw", "ok", "godz", "ww", "wg", "dr", "Dr", "prof", "Prof", "mgr",
                "in\xC5\xBC", "m.in", "M.in", "nr", "tys", "mln", "mld", "woj", "pow", "gm", "ks", "hab", "p\xC5\x82k", "gen", "pt", "red", "zob", "np",
                // a doctor's field after "dr n.": "dr n. med. Anna Nowak"
                "n", "med", "hum", "techn", "ekon", "tj", "tzn", "ds", "tel",
                // a law's paragraph and letter, "art. 121 ust. 2 lit. a" ("40 pkt. Lech traci…" ends one)
                // ("art. 3" is the general rule's, before its figure: "street art. Wystawa …" ends a sentence)
                "ust", "lit", "maks"}},
        // (Czech and Slovak: titles and a law's parts before the name or the figure; an amount's "mil." before its
        // currency, see shouldJoin.)
        {"cs", {"tzv", "nap\xC5\x99", "resp", "mj", "ul", "n\xC3\xA1m", "p", "Ing", "Mgr", "Bc", "MUDr", "JUDr",
                "PhDr", "RNDr", "doc", "prof", "Prof", "Dr", "odst", "p\xC3\xADsm", "\xC4\x8Dl", "\xC4\x8D", "tel",
                // "500 Kč vč. DPH" (including), "tj. 40 %", "cca 300"
                "v\xC4\x8D", "tj", "cca",
                // a court's file mark, "sp. zn. Pl. ÚS 12/24"
                "sp", "zn", "Pl"}},
        {"sk", {"tzv", "napr", "resp", "ul", "n\xC3\xA1m", "Ing", "Mgr", "Bc", "MUDr", "JUDr", "PhDr", "doc", "prof",
                "Prof", "Dr", "ods", "p\xC3\xADsm", "\xC4\x8Dl", "\xC4\x8D", "tel"}},
        // (Hungarian and Romanian: the titles before a name, "dr. Szabó Péter", "dl. Mihai Ionescu", "dna. Pop"; Hungarian's "kb. 300",
        // "pl. a város", "ún. adó"; Romanian's "nr. 156", "str. Lipscani", "art. 5 alin. 2".)
        {"hu", {"dr", "Dr", "prof", "Prof", "id", "ifj", "özv", "kb", "Kb", "pl", "Pl", "ún", "ill", "sz", "krt", "tel"}},
        {"ro", {"dl", "Dl", "dlui", "Dlui", "dna", "Dna", "dnei", "Dnei", "dr", "Dr", "prof", "Prof", "nr", "Nr", "str", "Str", "bd", "Bd",
                "jud", "art", "alin", "lit", "ing", "ec", "av", "pct", "tel"}},
        {"tr", {"Prof", "Dr", "Do\xC3\xA7", "Av", "Op", "Yrd", "Sn", "Uzm", "Ar\xC5\x9F", "G\xC3\xB6r", "vb", "vs", "No", "Cad", "Sok", "Mah"}},
        {"sv", {"kl", "ca", "nr", "resp", "kap", "jfr", "dvs", "bl", "Dr", "Prof", "t", "S:t", "ev", "f\xC3\xB6rf", "bl.a", "t.ex", "d.v.s", "f.d",
                "tel"}},
        {"da", {"kl", "ca", "nr", "bl", "bl.a", "jf", "dvs", "hhv", "ift", "mht", "Dr", "Prof", "f", "ekskl", "inkl", "tlf", "f.eks", "pr", "evt", "pga",
                // "§ 3, stk. 4", "i 3. kvt. 2025", "i forb. med"
                "stk", "kvt", "forb", "vedr"}},
        {"nb", {"kl", "ca", "nr", "bl", "bl.a", "jf", "dvs", "hhv", "ift", "mht", "Dr", "Prof", "f", "eks", "inkl", "tlf", "f.eks", "pga", "fv", "rv", "stk"}},
        {"no", {"kl", "ca", "nr", "bl", "bl.a", "jf", "dvs", "hhv", "ift", "mht", "Dr", "Prof", "f", "eks", "inkl", "tlf", "f.eks", "pga", "fv", "rv", "stk"}},
        // (Finnish: "mm. Espoossa", "n. 300", "esim. linja 550", "klo 10"; Greek: the title "κ." before a name, a
        // century's "αι.", a law's "άρθ." and "παρ.". Not the short forms that end a list, "jne.", "κ.λπ.")
        {"fi", {"mm", "Mm", "n", "esim", "Esim", "milj", "mrd", "ns", "ks", "Ks", "klo", "Klo", "vrt", "ts", "puh", "prof", "Prof", "tri"}},
        {"el", {"\xce\xba", "\xce\x9a", "\xce\xb1\xce\xb9", "\xce\xac\xcf\x81\xce\xb8", "\xcf\x80\xce\xb1\xcf\x81", "\xce\xb4\xce\xb7\xce\xbb"}},
        // (Russian: a street, "ул. Гагарина"; "около", "т. е.", "в т. ч."; titles before a name. Not the short forms
        // of amounts and units, "млн руб.", which end sentences.)
        // Arabic's "د." (doctor) and "م." (engineer) before a name.
        {"ar", {"\xD8\xAF", "\xD9\x85"}},
        {"ru", {"\xD1\x83\xD0\xBB", "\xD0\xBE\xD0\xBA", "\xD0\xB8\xD0\xBC", "\xD0\xB4", "\xD0\xBA\xD0\xB2", "\xD0\xBE\xD0\xB1\xD0\xBB", "\xD0\xBF\xD1\x80\xD0\xBE\xD1\x84", "\xD0\xB0\xD0\xBA\xD0\xB0\xD0\xB4", "\xD0\xB7\xD0\xB0\xD0\xBC", "\xD0\xB3\xD0\xB5\xD0\xBD", "\xD1\x81\xD0\xBC", "\xD1\x81\xD1\x82\xD1\x80", "\xD0\xBF\xD1\x80\xD0\xBE\xD1\x81\xD0\xBF", "\xD0\xBF\xD0\xB5\xD1\x80", "\xD0\xBF\xD0\xBB", "\xD1\x81\xD1\x82", "\xD1\x82", "\xD0\xB5", "\xD1\x87", "\xD1\x82.\xD0\xB5", "\xD1\x82.\xD1\x87", "\xD1\x82.\xD0\xBA", "\xD0\xBD\xD0\xB0\xD0\xBF\xD1\x80", "\xD1\x82\xD0\xB5\xD0\xBB", "\xD1\x81\xD0\xB2", "\xD0\xBF\xD0\xBE\xD1\x81", "\xD1\x80-\xD0\xBD", "\xD0\xB3\xD0\xBB", "\xD0\xBA\xD0\xB0\xD0\xB1", "\xD0\xBA\xD0\xBE\xD1\x80\xD0\xBF",
                // a place's kind before its name: "пр. Мира" (an avenue), "с. Ивановка" (a village), "пгт. Сосновка", "мкр.", "наб.", "ш."
                "\xD0\xBF\xD1\x80", "\xD1\x81", "\xD0\xBF\xD0\xB3\xD1\x82", "\xD0\xBC\xD0\xBA\xD1\x80", "\xD0\xBD\xD0\xB0\xD0\xB1", "\xD1\x88", "\xD0\xB1-\xD1\x80", "\xD0\xBF\xD1\x80-\xD1\x82", "\xD1\x85", "\xD0\xB4\xD0\xB5\xD1\x80"}},
    };
    return kByLanguage;
}

// Whether `word` (without its dot) is one of `language`'s short forms that never end a sentence.
bool neverEndsSentence(std::string_view language, std::string_view word) {
    const auto& table = nonFinalAbbreviations();
    const auto listed = table.find(language);
    return listed != table.end() && listed->second.count(word) != 0;
}

// Words that start sentences in other languages (articles, pronouns, conjunctions, the common
// adverbs): after an initial, an abbreviation or an ordinal's dot, one of these starts a new sentence
// ("la Serie A. Prima del fischio", "5 Mrd. Fr. Wie die Rente", "kong Frederik 9. Hun har"); a name
// goes on ("M. Dupont"). No particle of a name is among them ("M. Le Maire", "J. De Jong").
const std::set<std::string_view>* languageStarters(std::string_view language) {
    static const std::map<std::string_view, std::set<std::string_view>> kStarters{
        {"it", {"Prima", "Poi", "Il", "Lo", "Gli", "I", "Un", "Una", "Uno", "Nel", "Nella", "Nei", "Per", "Con", "Ma", "E", "Anche",
                "Dopo", "Secondo", "Questo", "Questa", "Non", "Si", "Ci", "Ha", "\xC3\x88", "In", "Alle", "Oggi", "Ieri", "Domani",
                "Intanto", "Inoltre", "Tra", "Fra", "Sul", "Sulla", "Gi\xC3\xA0", "Ora", "Mentre", "Quando", "Se", "Come", "Allora"}},
        {"fr", {"Il", "Elle", "Ils", "Elles", "On", "Nous", "Vous", "Je", "Les", "Un", "Une", "Ce", "Cette", "Ces", "Mais", "Et", "Puis",
                "Apr\xC3\xA8s", "Avant", "Selon", "Pour", "Dans", "En", "Au", "Aux", "Sur", "Depuis", "Pendant", "Ainsi", "Alors",
                "Enfin", "Hier", "Demain", "Cependant", "Toutefois", "Donc", "Quand", "Comme"}},
        {"es", {"El", "Los", "Las", "Un", "Una", "Pero", "Y", "Despu\xC3\xA9s", "Antes", "Seg\xC3\xBAn", "Para", "En", "Con", "Por", "Este",
                "Esta", "Esto", "Hoy", "Ayer", "Ma\xC3\xB1" "ana", "As\xC3\xAD", "Adem\xC3\xA1s", "Cuando", "Si", "Como", "Mientras", "Ya",
                "No", "Se"}},
        {"pt", {"O", "Os", "As", "Um", "Uma", "Mas", "E", "Depois", "Antes", "Segundo", "Para", "Em", "No", "Na", "Nos", "Nas", "Com",
                "Por", "Este", "Esta", "Isso", "Isto", "Hoje", "Ontem", "Amanh\xC3\xA3", "Assim", "Quando", "Se", "Como", "Enquanto",
                "J\xC3\xA1", "N\xC3\xA3o"}},
        {"nl", {"Het", "Een", "Dat", "Dit", "Deze", "Die", "Maar", "En", "Ook", "Na", "Volgens", "In", "Op", "Met", "Bij", "Hij", "Zij",
                "Ze", "Wij", "We", "Ik", "Er", "Daar", "Toen", "Nu", "Vandaag", "Gisteren", "Morgen", "Als", "Omdat"}},
        {"de", {"Der", "Die", "Das", "Ein", "Eine", "Er", "Sie", "Es", "Wir", "Ich", "Man", "Aber", "Und", "Auch", "Nach", "Laut",
                "Im", "Am", "Mit", "Bei", "Wie", "Was", "Wer", "Wenn", "Als", "Dann", "Doch", "Heute", "Gestern", "Damit", "Dabei",
                "Zudem", "Nun", "So"}},
        {"da", {"Hun", "Han", "Det", "Den", "De", "Der", "Vi", "Jeg", "Men", "Og", "S\xC3\xA5", "Nu", "Her", "Da", "Efter", "Dermed",
                "Samtidig", "If\xC3\xB8lge", "Som", "Hvis", "N\xC3\xA5r", "En", "Et"}},
        {"nb", {"Hun", "Han", "Det", "Den", "De", "Der", "Vi", "Jeg", "Men", "Og", "S\xC3\xA5", "N\xC3\xA5", "Her", "Da", "Etter",
                "Dermed", "Samtidig", "If\xC3\xB8lge", "Som", "Hvis", "N\xC3\xA5r", "En", "Et", "Ei"}},
        {"sv", {"Hon", "Han", "Det", "Den", "De", "D\xC3\xA4r", "Vi", "Jag", "Men", "Och", "S\xC3\xA5", "Nu", "H\xC3\xA4r", "D\xC3\xA5",
                "Efter", "Samtidigt", "Enligt", "En", "Ett", "N\xC3\xA4r", "Om"}},
        // (Russian: pronouns, prepositions and the common adverbs; "Н. Крылова" goes on.)
        {"ru", {"\xD0\x9E\xD0\xBD", "\xD0\x9E\xD0\xBD\xD0\xB0", "\xD0\x9E\xD0\xBD\xD0\xBE", "\xD0\x9E\xD0\xBD\xD0\xB8", "\xD0\x9C\xD1\x8B", "\xD0\xAF", "\xD0\x92\xD1\x8B", "\xD0\xAD\xD1\x82\xD0\xBE", "\xD0\xAD\xD1\x82\xD0\xBE\xD1\x82", "\xD0\xAD\xD1\x82\xD0\xB0", "\xD0\xAD\xD1\x82\xD0\xB8", "\xD0\x92", "\xD0\x92\xD0\xBE", "\xD0\x9D\xD0\xB0", "\xD0\x9D\xD0\xBE", "\xD0\x98", "\xD0\x90", "\xD0\x9E\xD0\xB4\xD0\xBD\xD0\xB0\xD0\xBA\xD0\xBE", "\xD0\xA2\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5", "\xD0\xA2\xD0\xBE\xD0\xB3\xD0\xB4\xD0\xB0", "\xD0\x97\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBC", "\xD0\x9F\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB5", "\xD0\xA1\xD0\xB5\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xBD\xD1\x8F", "\xD0\x92\xD1\x87\xD0\xB5\xD1\x80\xD0\xB0", "\xD0\x97\xD0\xB0\xD0\xB2\xD1\x82\xD1\x80\xD0\xB0", "\xD0\xA2\xD0\xB5\xD0\xBF\xD0\xB5\xD1\x80\xD1\x8C", "\xD0\xA1\xD0\xB5\xD0\xB9\xD1\x87\xD0\xB0\xD1\x81", "\xD0\x9A\xD1\x80\xD0\xBE\xD0\xBC\xD0\xB5", "\xD0\x9F\xD0\xBE", "\xD0\x9F\xD1\x80\xD0\xB8", "\xD0\x9A\xD0\xB0\xD0\xBA", "\xD0\xA2\xD0\xB0\xD0\xBA", "\xD0\x95\xD1\x81\xD0\xBB\xD0\xB8", "\xD0\x9A\xD0\xBE\xD0\xB3\xD0\xB4\xD0\xB0", "\xD0\xA0\xD0\xB0\xD0\xBD\xD0\xB5\xD0\xB5", "\xD0\x92\xD1\x81\xD0\xB5\xD0\xB3\xD0\xBE", "\xD0\x98\xD1\x85", "\xD0\x95\xD0\xB3\xD0\xBE", "\xD0\x95\xD1\x91", "\xD0\xA2\xD0\xB0\xD0\xBC", "\xD0\x97\xD0\xB4\xD0\xB5\xD1\x81\xD1\x8C", "\xD0\xA3\xD0\xB6\xD0\xB5"}},
        {"pl", {"\xC5\x81\xC4\x85" "cznie", "To", "Ten", "Ta", "Te", "Po", "Od", "Do", "Jak", "Nie", "Ale", "Wed\xC5\x82ug", "Jednak",
                "Jest", "S\xC4\x85", "By\xC5\x82", "By\xC5\x82" "a", "By\xC5\x82" "o", "Obecnie", "Teraz", "Wcze\xC5\x9Bniej",
                "P\xC3\xB3\xC5\xBAniej", "Przez", "Dla", "Tak", "Co", "Gdy", "Kiedy", "Je\xC5\x9Bli", "Mimo", "R\xC3\xB3wnie\xC5\xBC",
                "Tak\xC5\xBC" "e", "W\xC5\x9Br\xC3\xB3" "d", "Jego", "Jej", "Ich", "On", "Ona", "Oni", "My", "Wtedy"}}};
    const auto found = kStarters.find(language == "no" || language == "nn" ? std::string_view("nb") : language);
    return found == kStarters.end() ? nullptr : &found->second;
}

bool startsSentenceIn(std::string_view language, std::string_view word) {
    const std::set<std::string_view>* starters = languageStarters(language);
    return starters != nullptr && starters->count(word) != 0;
}

// Months a German or Dutch date writes after a day's ordinal dot: "am 3. Mai".
constexpr WordSet kMonthsAfterOrdinal({"Januar", "J\xC3\xA4nner", "Februar", "Feber", "März", "April", "Mai", "Juni", "Juli",
                                                     "August", "September", "Oktober", "November", "Dezember",
                                                     "januari", "februari", "maart", "mei", "juni", "juli"});

std::string toUtf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

// The token right before the final '.', e.g. "Apr" in "... on Apr.", "U.S" in "the U.S.", or "".
std::string_view tokenBeforeDot(std::string_view text) {
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (text.empty() || text.back() != '.') return {};
    text.remove_suffix(1);
    std::size_t start = text.size();
    while (start > 0) {
        const auto c = static_cast<unsigned char>(text[start - 1]);
        if (std::isalnum(c) || c == '.') {
            --start;
            continue;
        }
        // (A letter beyond ASCII belongs to the word: "św.", "Doç.")
        if (c < 0x80) break;
        std::size_t lead = start - 1;
        while (lead > 0 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
        std::size_t at = lead;
        const std::string piece(text.substr(lead, start - lead));
        std::size_t i = 0;
        if (!u_isalpha(static_cast<UChar32>(nextCodePoint(piece, i)))) break;
        start = at;
    }
    // (After an opening quotation mark or bracket too: "“Mr. Pruett was trusted…", "[Hon. Members: …]".)
    const std::string_view before = text.substr(0, start);
    const bool quoted = before.ends_with("\xE2\x80\x9C") || before.ends_with("\xE2\x80\x98") || before.ends_with("\xC2\xAB") ||
                        before.ends_with("\xE2\x80\x9E");
    // (After a hyphen, the abbreviation is the word's last part: "Ex-Pres. Obama" is a title's.)
    // (And after an elided article: "l'art. L. 1234-1".)
    const bool elided = before.ends_with("'") || before.ends_with("\xE2\x80\x99");
    // (And a place's saint, fort or mount after an en dash or a slash between two places: "Minneapolis–St. Paul",
    // "Dallas/Ft. Worth"; "II–A." and "km/h." end sentences.)
    const std::string_view last = text.substr(start);
    // (Or a span's second short form after the first's dot, "Di.–So. 10–18 Uhr".)
    // (And an associate professor, "A/Prof. James O'Rourke", as Australia writes the title.)
    const bool joined = ((before.ends_with("\xE2\x80\x93") || before.ends_with("/")) && (last == "St" || last == "Ft" || last == "Mt")) ||
                        before.ends_with(".\xE2\x80\x93") || (before.ends_with("A/") && last == "Prof") ||
                        // (A staff sergeant, "S/Sgt. Renée Thibodeau", as Canada's police write the rank.)
                        (before.ends_with("S/") && last == "Sgt") ||
                        // (And an initialism after a dash between two places: "the Asia–U.S. West Coast lane".)
                        ((before.ends_with("\xE2\x80\x93") || before.ends_with("/")) && last.size() >= 3 && last[1] == '.') ||
                        // (And a month or a weekday ending a span after a dash, "July 8–Aug. 2", "Mon.–Fri.".)
                        ((before.ends_with("\xE2\x80\x93") || before.ends_with("-")) && kBeforeNumbers.count(last) != 0 && last.size() >= 3 &&
                         std::isupper(static_cast<unsigned char>(last[0])));
    if (start > 0 && text[start - 1] != ' ' && text[start - 1] != '(' && text[start - 1] != '[' && text[start - 1] != '"' && text[start - 1] != '-' && !quoted && !elided && !joined) return {};
    return text.substr(start);
}

// Whether `s` is figures alone, one at least and `most` at most: "11", "2025".
bool figuresOnly(std::string_view s, std::size_t most = std::string_view::npos) {
    return !s.empty() && s.size() <= most && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

std::string_view firstWord(std::string_view text) {
    std::size_t end = 0;
    while (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) ||
                                 static_cast<unsigned char>(text[end]) >= 0x80)) {
        ++end;
    }
    // ("To'o", "Ma'a": a name's glottal stop is inside the word; "It's", "Don't", "They'll" end on a contraction.)
    if (end > 0 && end + 1 < text.size() && text[end] == '\'' && std::islower(static_cast<unsigned char>(text[end + 1]))) {
        std::size_t tail = end + 1;
        while (tail < text.size() && std::isalpha(static_cast<unsigned char>(text[tail]))) ++tail;
        static constexpr WordSet kContractions({"s", "t", "d", "ll", "re", "ve", "m"});
        if (kContractions.count(text.substr(end + 1, tail - end - 1)) == 0) return text.substr(0, tail);
    }
    return text.substr(0, end);
}

// "I... I do not know": the word before an ellipsis said again after it, a speaker's hesitation.
bool stammer(std::string_view before, std::string_view after) {
    while (!before.empty() && (before.back() == '.' || static_cast<unsigned char>(before.back()) >= 0x80)) before.remove_suffix(1);
    const std::size_t space = before.find_last_of(" \"'(");
    const std::string_view last = space == std::string_view::npos ? before : before.substr(space + 1);
    return !last.empty() && last == firstWord(after);
}

bool isInitialism(std::string_view token) {
    // "U.S", "H.W", "a.m", "L.E.A.N": letters with dots between them.
    if (token.size() < 3 || token.find('.') == std::string_view::npos) return false;
    for (std::size_t i = 0; i < token.size(); ++i) {
        const bool letter = std::isalpha(static_cast<unsigned char>(token[i])) != 0;
        if (letter != (i % 2 == 0)) return false;
    }
    return true;
}

// Straight or curly double quotes still open at the end of `text`.
// (German opens low, „, and closes with “ or, typed, a straight quote: „mit erheblichen Mängeln" is closed; Polish
// closes it with ”.)
bool quoteOpen(std::string_view text) {
    int straight = 0, open = 0, close = 0, low = 0;
    // (A mark that may close a low quote closes the one open, or counts as its own kind.)
    const auto closeLowOr = [&low](int& count) {
        if (low > 0) {
            --low;
        } else {
            ++count;
        }
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '"') closeLowOr(straight);
        if (text.compare(i, 3, "\xE2\x80\x9E") == 0) ++low;
        if (text.compare(i, 3, "\xE2\x80\x9C") == 0) closeLowOr(open);
        // (Polish, Hungarian and Romanian close it with ”.)
        if (text.compare(i, 3, "\xE2\x80\x9D") == 0) closeLowOr(close);
    }
    return straight % 2 == 1 || open > close || low > 0;
}

std::size_t wordsIn(std::string_view text) {
    std::size_t words = 0;
    bool inWord = false;
    for (char c : text) {
        const bool space = c == ' ';
        if (!space && !inWord) ++words;
        inWord = !space;
    }
    return words;
}

// The words after the quotation mark that is still open at the end of `text`. A straight quote with no
// letter after it closes a quote opened in an earlier sentence: nothing is open (a large count).
std::size_t wordsInOpenQuote(std::string_view text) {
    std::size_t open = std::string_view::npos;
    const std::size_t curly = text.rfind("\xE2\x80\x9C");
    const std::size_t straight = text.rfind('"');
    if (curly != std::string_view::npos) open = curly + 3;
    if (straight != std::string_view::npos && (open == std::string_view::npos || straight > open)) {
        const std::string_view after = text.substr(straight + 1);
        const bool letters = std::any_of(after.begin(), after.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
        // (Nor after a comma or a full stop, with a space after it: '… than anyone said," he said.' closes the
        // quote of two sentences opened in the sentence before.)
        // (Past a single mark that closes a quote inside it: '… your whole life,'" Kowalczyk recalled.')
        std::size_t mark = straight;
        if (mark > 0 && text[mark - 1] == '\'') --mark;
        if (mark >= 3 && text.compare(mark - 3, 3, "\xE2\x80\x99") == 0) mark -= 3;
        const bool closing = mark > 0 && std::string_view(",.!?").find(text[mark - 1]) != std::string_view::npos &&
                             (straight + 1 == text.size() || text[straight + 1] == ' ');
        if (!letters || closing) return std::numeric_limits<std::size_t>::max();
        open = straight + 1;
    }
    return open == std::string_view::npos ? 0 : wordsIn(text.substr(open));
}

// The words of `next` before its first closing quotation mark, or all of them when none closes there.
std::size_t wordsBeforeQuoteCloses(std::string_view next) {
    std::size_t close = next.find("\xE2\x80\x9D");
    close = std::min(close, next.find('"'));
    return wordsIn(next.substr(0, close == std::string_view::npos ? next.size() : close));
}

// "said", "asked": the attribution after a quoted question ("… in grocery?" Forte said.): a short one,
// or one whose verb is among its first three words ("Alden asked Haoyu as they walked in.").
bool isAttribution(std::string_view next) {
    std::size_t words = 1;
    for (char c : next) words += c == ' ' ? 1 : 0;
    std::string_view in = next;
    if (words > 6) {
        std::size_t end = 0;
        for (int spaces = 0; end < next.size(); ++end) {
            if (next[end] == ' ' && ++spaces == 3) break;
        }
        in = next.substr(0, end);
    }
    for (std::string_view verb : {"said", "says", "asked", "asks", "told", "added", "wrote", "replied", "explained",
                                  "recalled", "shouted", "tweeted", "insisted", "whispered", "muttered", "answered"}) {
        for (std::size_t at = in.find(verb); at != std::string_view::npos; at = in.find(verb, at + 1)) {
            const bool startsWord = at == 0 || in[at - 1] == ' ';
            const std::size_t after = at + verb.size();
            const bool endsWord = after >= in.size() || in[after] == ' ' || in[after] == ',' || in[after] == '.';
            if (startsWord && endsWord) return true;
        }
    }
    return false;
}

// One capital letter of any script: "J", "Н" (Cyrillic), "Ł".
bool oneCapital(std::string_view word) {
    const std::string w(word);
    std::size_t i = 0;
    const char32_t c = nextCodePoint(w, i);
    return i == w.size() && u_isupper(static_cast<UChar32>(c));
}

// `text` opens on a capital letter of any script: "Smith", "Крылова".
bool opensOnCapital(std::string_view text) {
    if (text.empty()) return false;
    const std::string t(text.substr(0, std::min<std::size_t>(text.size(), 4)));
    std::size_t i = 0;
    return u_isupper(static_cast<UChar32>(nextCodePoint(t, i)));
}

// "MARIA", "O'NEILL", "DELGADO-MUNOZ": a name in capitals, as a transcript writes its speaker.
bool isNameInCapitals(std::string_view name) {
    return name.size() >= 2 && std::all_of(name.begin(), name.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '\'' || c == '-'; });
}

bool shouldJoin(std::string_view previous, std::string_view next, bool english, std::string_view language) {
    if (next.empty()) return false;
    const auto first = static_cast<unsigned char>(next.front());
    // A sentence does not start in lower case: "…you got me?" before his smile returned, nor inside an
    // opening bracket or quote ("won't you? (it was but a walk,) and see"), nor with the punctuation that
    // goes on from a question ("…identidad?; reconocer…").
    std::size_t letter = 0;
    while (letter < next.size() && std::string_view("([\"'").find(next[letter]) != std::string_view::npos) ++letter;
    if (letter < next.size() && std::islower(static_cast<unsigned char>(next[letter]))) return true;
    // ("(U.S./Canada)": a slash never opens a sentence either.)
    // (Nor an ampersand: "Thu. & Fri. 4–9 p.m.")
    if (first == ';' || first == ',' || first == ':' || first == ')' || first == '/' || first == '&') return true;
    // ("The 6:47 a.m. Paoli-Thorndale train left late": a time after an article names the train or the meeting after it.)
    if (english && (previous.ends_with(" a.m.") || previous.ends_with(" p.m."))) {
        std::string_view head = previous.substr(0, previous.size() - 5);
        const std::size_t space = head.find_last_of(' ');
        const std::string_view time = space == std::string_view::npos ? head : head.substr(space + 1);
        std::string_view before = space == std::string_view::npos ? std::string_view() : head.substr(0, space);
        const std::size_t wordAt = before.find_last_of(' ');
        const std::string word = lowerAscii(std::string(wordAt == std::string_view::npos ? before : before.substr(wordAt + 1)));
        // (Not before a word that opens sentences: "He caught the 6:47 a.m. The train was late.")
        const std::string_view nextWord = next.substr(0, next.find(' '));
        static constexpr WordSet kOpeners({"The", "A", "An", "It", "He", "She", "They", "We", "I", "This", "That", "But", "And", "In", "On",
                                           "At", "By", "When", "After", "Before", "There", "His", "Her", "Their", "Its", "Police", "Officials"});
        if (!time.empty() && std::isdigit(static_cast<unsigned char>(time[0])) && kOpeners.count(nextWord) == 0 &&
            (word == "the" || word == "a" || word == "an" || word == "his" || word == "her" || word == "their" || word == "its" || word == "this" ||
             word == "that" || word == "our" || word == "your" || word == "my")) {
            return true;
        }
    }
    // ("at 11:30 p.m. (Sanaa time) on Friday", "9 a.m. (1400 GMT)": the clock's zone in brackets after it.)
    if (english && first == '(' && (previous.ends_with(" a.m.") || previous.ends_with(" p.m."))) {
        const std::string_view inside = next.substr(0, std::min(next.find(')'), next.size()));
        if (inside.size() < next.size() && inside.size() <= 32 &&
            (inside.ends_with(" time") || inside.find("GMT") != std::string_view::npos || inside.find("UTC") != std::string_view::npos ||
             inside.find(" local") != std::string_view::npos || inside.ends_with("T"))) {
            return true;
        }
    }
    // ("the annual repayment of c. £2.2m", "ca. 1850": about, before an amount or a year.)
    if (english && (std::isdigit(first) || next.starts_with("\xC2\xA3") || next.starts_with("$") || next.starts_with("\xE2\x82\xAC")) &&
        (previous.ends_with(" c.") || previous.ends_with(" ca.") || previous.ends_with("(c.") || previous.ends_with("(ca."))) {
        return true;
    }
    // ("Maj. (res.) Tal Shaulov", "Dr. (Prof.) Anil Deshmukh", "Col. (retd.) Amit Rao": a title's note in brackets before a
    // name goes on.)
    if (english && previous.ends_with(".)") && std::isupper(first)) {
        const std::size_t open = previous.rfind('(');
        if (open != std::string_view::npos && previous.size() - open <= 9) {
            const std::string inner(previous.substr(open + 1, previous.size() - open - 3));
            if (inner == "res" || inner == "ret" || inner == "retd" || inner == "Ret" || inner == "Retd" || inner == "Res" ||
                english::titleAbbreviations().count(inner) != 0) {
                return true;
            }
        }
    }
    // ("Darrell Watson (inc.) 11,204": a short form in brackets, a figure after it, is a results line's note, no end.)
    if (std::isdigit(first) && previous.ends_with(".)")) {
        const std::size_t open = previous.rfind('(');
        if (open != std::string_view::npos && previous.size() - open <= 8 && std::islower(static_cast<unsigned char>(previous[open + 1]))) return true;
    }
    // (Nor a currency's sign with no figure after it, written after the amount and its short form: "κατά 1,2 δισ. €.")
    for (std::string_view sign : {"\xE2\x82\xAC", "\xC2\xA3", "$"}) {
        if (next.starts_with(sign) && (next.size() == sign.size() || !std::isdigit(static_cast<unsigned char>(next[sign.size()]))) &&
            !previous.empty() && previous.back() == '.') {
            return true;
        }
    }
    // Only a closing quotation mark or bracket left over: it belongs to the sentence before ("… l'hiver. »").
    {
        std::string_view rest = next;
        while (!rest.empty() && (rest.front() == ' ' || rest.back() == ' ')) rest = rest.front() == ' ' ? rest.substr(1) : rest.substr(0, rest.size() - 1);
        for (std::string_view closing : {"\xC2\xBB", "\xE2\x80\x9D", "\xE2\x80\x99", "\"", ")", "]", "\xE2\x80\xBA"}) {
            if (rest == closing) return true;
        }
    }
    // "rostla o 0,6 p. b. Ekonom to čekal": Czech percentage points' short form ends a sentence before a capital (its single
    // letter is no initial).
    if (language == "cs" || language == "sk") {
        std::string_view end = previous;
        while (!end.empty() && end.back() == ' ') end.remove_suffix(1);
        if ((end.ends_with(" p. b.") || end.ends_with(" p.b.")) && opensOnCapital(next)) return false;
    }
    // "Warner Bros.' Ember Crown", "Acme Inc.'s chief": a company's or a name's suffix with its possessive's apostrophe
    // after the full stop ends no sentence.
    if (english) {
        std::string_view end = previous;
        while (!end.empty() && end.back() == ' ') end.remove_suffix(1);
        const std::size_t mark = end.ends_with(".'") ? 1 : end.ends_with(".\xE2\x80\x99") ? 3 : 0;
        if (mark != 0) {
            const std::string_view word = tokenBeforeDot(end.substr(0, end.size() - mark));
            // (Unless a quotation in single marks opened before it, which the mark closes: "… Initech Inc.' The board…".)
            const bool quoted = end.find(" '") != std::string_view::npos || end.find(" \xE2\x80\x98") != std::string_view::npos ||
                                end.front() == '\'';
            if (!quoted && (word == "Bros" || word == "Inc" || word == "Corp" || word == "Co" || word == "Ltd" || word == "Jr" || word == "Sr")) return true;
        }
    }
    // "1,7 трлн руб. (0,8% ВВП), сообщил", "3 Mio. (2024: 2,5 Mio.)": a bracket that opens on a figure after a short form's
    // dot, a few small letters, goes on the sentence the short form is in.
    if (next.size() > 1 && next[0] == '(' && std::isdigit(static_cast<unsigned char>(next[1])) && previous.ends_with(".")) {
        const std::string word(tokenBeforeDot(previous));
        std::size_t k = 0, letters = 0;
        bool small = !word.empty();  // (its first letter may be a capital)
        while (k < word.size() && small) {
            const auto c = static_cast<UChar32>(nextCodePoint(word, k));
            small = letters == 0 ? u_isalpha(c) : u_islower(c);
            ++letters;
        }
        if (small && letters <= 5) return true;
    }
    // "za 400 mil. Kč", "1,4 mld. Kč a", "15 tis. eur", "7,02 mrd. USD": an amount's short form before its currency goes
    // on the sentence, in any language ("za 400 mil. Policie…" ends one).
    if (previous.ends_with(".")) {
        const std::string_view word = tokenBeforeDot(previous);
        static constexpr WordSet kMagnitudes({"tis", "mil", "mld", "mrd", "mln", "md", "bn", "bln", "bil", "tys", "Mio", "Mrd",
                                                            "\xD1\x82\xD1\x8B\xD1\x81", "\xD0\xBC\xD0\xBB\xD0\xBD", "\xD0\xBC\xD0\xBB\xD1\x80\xD0\xB4", "\xD1\x82\xD1\x80\xD0\xBB\xD0\xBD"});
        if (kMagnitudes.count(word) != 0) {
            for (const char* currency : {"K\xC4\x8D", "Sk", "eur", "z\xC5\x82", "kr", "dolar", "korun", "liber", "\xE2\x82\xAC", "$", "\xC2\xA3",
                                         "\xD1\x80\xD1\x83\xD0\xB1", "\xD0\xB4\xD0\xBE\xD0\xBB\xD0\xBB"}) {
                if (next.starts_with(currency)) return true;
            }
            // (An ISO code, the word ended: "USD", "NOK", "EUR,".)
            static constexpr WordSet kCodes({"USD", "EUR", "GBP", "CHF", "NOK", "SEK", "DKK", "ISK", "PLN", "CZK", "HUF", "RON",
                                                           "BGN", "UAH", "RUB", "TRY", "JPY", "CNY", "INR", "CAD", "AUD", "NZD", "ZAR",
                                                           "BRL", "MXN", "KRW", "IDR"});
            if (next.size() >= 3 && kCodes.count(next.substr(0, 3)) != 0 && (next.size() == 3 || !std::isalpha(static_cast<unsigned char>(next[3])))) {
                return true;
            }
        }
    }
    // "В 2023 г. «Газпром» снизил…": a year's short form after a preposition and the year, the sentence's first words,
    // ends no sentence: none is said in three words.
    if (language == "ru" || language == "uk") {
        std::string_view end = previous;
        while (!end.empty() && end.back() == ' ') end.remove_suffix(1);
        if ((end.ends_with(" \xD0\xB3.") || end.ends_with(" \xD0\xB3\xD0\xB3.")) && wordsIn(end) <= 3) {
            const std::string_view before = end.substr(0, end.rfind(' '));
            if (!before.empty() && std::isdigit(static_cast<unsigned char>(before.back()))) return true;
        }
    }
    // ("Lt. Col. (Ret.) Arthur Whitcomb": a rank's "retired" before the name it goes with.)
    if (english && (previous.ends_with("(Ret.)") || previous.ends_with("(ret.)")) && std::isupper(first)) return true;
    // An ellipsis glued to the next word is inside a name or a title: "Christmas...Again?!".
    const bool gluedEllipsis = (previous.size() >= 3 && previous.compare(previous.size() - 3, 3, "...") == 0) ||
                               (previous.size() >= 3 && previous.compare(previous.size() - 3, 3, "\xE2\x80\xA6") == 0);
    if (gluedEllipsis && std::isalnum(first)) return true;
    // A slogan or title in quotes keeps its own full stops inside one utterance ("Yes. We. Can.", "New lower
    // prices. Same high standards,” reads one"); a quote of several sentences of speech is split as they are.
    if (quoteOpen(previous) && previous.size() < 600 && wordsInOpenQuote(previous) <= 5 && wordsBeforeQuoteCloses(next) <= 6) {
        return true;
    }
    std::string_view end = previous;
    while (!end.empty() && end.back() == ' ') end.remove_suffix(1);
    const bool closesQuote = !end.empty() && (end.back() == '"' || (end.size() >= 3 && end.compare(end.size() - 3, 3, "\xE2\x80\x9D") == 0));
    const bool questionInQuote = closesQuote &&
                                 (end.find("?\"") != std::string_view::npos || end.find("!\"") != std::string_view::npos ||
                                  end.find("?\xE2\x80\x9D") != std::string_view::npos ||
                                  end.find("!\xE2\x80\x9D") != std::string_view::npos);
    if (questionInQuote && isAttribution(next)) return true;
    // "Jonah Whitacre (U.S.) 7:33.10": an initialism's dot inside a bracket, a figure after it, goes on.
    {
        std::string_view closed = previous;
        while (!closed.empty() && closed.back() == ' ') closed.remove_suffix(1);
        if (closed.size() > 3 && closed.back() == ')' && isInitialism(tokenBeforeDot(closed.substr(0, closed.size() - 1))) &&
            std::isdigit(first)) {
            return true;
        }
    }
    // "(§§ 165 ff. SGB III) für", "(Mo.–Fr. 8–18 Uhr) informieren", "(77. Wróbel)": a short form's or a figure's
    // full stop inside brackets that close a few words on, before a word that starts no sentence, ends none (in any
    // language; "(… set it to false. Long version follows.)" are two).
    std::size_t shortForm = previous.size();
    while (shortForm > 0 && (previous[shortForm - 1] == '.' || previous[shortForm - 1] == ' ')) --shortForm;
    std::size_t shortStart = shortForm;
    while (shortStart > 0 && std::isalnum(static_cast<unsigned char>(previous[shortStart - 1]))) --shortStart;
    if (const std::size_t open = previous.rfind('('); open != std::string_view::npos && previous.find(')', open) == std::string_view::npos &&
                                                        previous.size() - open <= 80 && shortForm - shortStart <= 4) {
        const std::size_t close = next.find(')');
        const std::string_view inside = close == std::string_view::npos ? std::string_view() : next.substr(0, close);
        const bool opensSentence = kStarters.count(firstWord(next)) != 0 || (!english && startsSentenceIn(language, firstWord(next)));
        // (Short forms inside the rest are no sentence's end: "(4th Cir. Mar. 13, 2024)".)
        bool onlyShortForms = true;
        for (std::size_t stop = inside.find(". "); stop != std::string_view::npos; stop = inside.find(". ", stop + 1)) {
            std::size_t start = stop;
            while (start > 0 && std::isalpha(static_cast<unsigned char>(inside[start - 1]))) --start;
            onlyShortForms = onlyShortForms && stop - start >= 1 && stop - start <= 4 && (start == 0 || inside[start - 1] == ' ') &&
                             stop + 2 < inside.size() && std::isdigit(static_cast<unsigned char>(inside[stop + 2]));
        }
        if (close != std::string_view::npos && close <= 40 && inside.find_first_of("?!") == std::string_view::npos &&
            onlyShortForms && !opensSentence) {
            return true;
        }
        // (A month's short form alone after another inside the open bracket, "(4th Cir. Mar. 13, 2024)": its date follows.)
        std::string_view alone = next;
        while (!alone.empty() && alone.back() == ' ') alone.remove_suffix(1);
        if (english && alone.size() >= 4 && alone.size() <= 5 && alone.back() == '.' && monthFromName(std::string(alone.substr(0, alone.size() - 1))) != 0) {
            return true;
        }
    }
    // ("the Cybercrimes (Prohibition, Prevention, etc.) Act 2015": a short form's dot inside a bracket that closes, before a
    // capital that starts no sentence, goes on.)
    if (english) {
        std::string_view end = previous;
        while (!end.empty() && end.back() == ' ') end.remove_suffix(1);
        if (end.ends_with(".)")) {
            const std::string_view inner = end.substr(0, end.size() - 1);
            const std::string_view shortForm = tokenBeforeDot(inner);
            if ((shortForm == "etc" || shortForm == "al" || shortForm == "Inc" || shortForm == "Co" || shortForm == "Ltd" || shortForm == "Corp" ||
                 shortForm == "Bros" || shortForm == "Jr" || shortForm == "Sr") &&
                std::isupper(first) && kStarters.count(firstWord(next)) == 0) {
                return true;
            }
        }
    }
    // ("His coach, Terrence "T.J." Woods, said …": a nickname of initials in quotation marks between a first name and a surname.)
    for (const std::string_view close : {std::string_view("\""), std::string_view("\xE2\x80\x9D")}) {
        if (!english || !previous.ends_with(close)) continue;
        const std::string_view inner = previous.substr(0, previous.size() - close.size());
        const std::string_view open = close == "\"" ? std::string_view("\"") : std::string_view("\xE2\x80\x9C");
        const std::size_t at = inner.rfind(open);
        if (at == std::string_view::npos || at < 2 || inner[at - 1] != ' ') continue;
        const std::string_view nick = inner.substr(at + open.size());
        bool initials = nick.size() >= 4 && nick.size() <= 8 && nick.back() == '.';
        for (std::size_t k = 0; initials && k < nick.size(); ++k) {
            initials = k % 2 == 0 ? std::isupper(static_cast<unsigned char>(nick[k])) != 0 : nick[k] == '.';
        }
        const std::size_t space = inner.rfind(' ', at - 2);
        const std::string_view given = inner.substr(space == std::string_view::npos ? 0 : space + 1, at - 1 - (space == std::string_view::npos ? 0 : space + 1));
        const std::string_view surname = firstWord(next);
        if (initials && given.size() >= 2 && std::isupper(static_cast<unsigned char>(given[0])) &&
            std::all_of(given.begin() + 1, given.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }) &&
            surname.size() >= 2 && std::isupper(static_cast<unsigned char>(surname[0])) && kStarters.count(surname) == 0) {
            return true;
        }
    }
    const std::string_view word = tokenBeforeDot(previous);
    if (word.empty()) return false;
    // "due at 11 a.m. CST. USDA's report showed…": a clock's zone ends its sentence before any capital.
    if (english && std::isupper(first) && english::timeZones().count(std::string(word)) != 0) {
        std::string_view head = previous.substr(0, previous.size() - word.size() - 1);
        while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
        if (head.ends_with("a.m.") || head.ends_with("p.m.") || head.ends_with("noon") || head.ends_with("midnight") ||
            (!head.empty() && std::isdigit(static_cast<unsigned char>(head.back())))) {
            return false;
        }
    }
    // A Turkish company's suffix before the title of one of its officers, "İzmir Metro A.Ş. Genel Müdürü Sönmez Alev":
    // two capitalized words; "… Holding A.Ş. Bu yıl …", a sentence's first words, are one and a word in lower case.
    if (word == "A.\xC5\x9E" && !next.empty()) {
        const std::string_view one = firstWord(next);
        const std::size_t gap = one.size();
        if (opensOnCapital(one) && gap < next.size() && next[gap] == ' ' && gap + 1 < next.size()) {
            const std::string_view two = firstWord(next.substr(gap + 1));
            return !two.empty() && !startsSentenceIn(language, one) && opensOnCapital(two);
        }
    }
    // "Goles: 0-1, min. 9: Gerard Moreno": a match's minute in Spanish and Portuguese copy ("93 min. Rodrygo entró" ends one).
    if ((language == "es" || language == "pt") && word == "min" && std::isdigit(first)) return true;
    // "dagelijks gem. 120.000 voertuigen": Dutch "on average" written short before its figure (and kSmallShortForms below).
    if (language == "nl" && word == "gem" && std::isdigit(first)) return true;
    // "Apple's 14-in. MacBook Pro", "a 6-ft. wall": a measure joined to its figure by a hyphen describes the noun after it;
    // a capital there opens the noun's name, not a sentence ("The screen is 14 in. The battery…" ends one).
    if (english && (word == "in" || word == "ft" || word == "lb" || word == "oz" || word == "yd" || word == "mi") && std::isupper(first)) {
        const std::string_view head = previous.substr(0, previous.find_last_not_of(' ') + 1 - word.size() - 1);
        if (head.size() >= 2 && head.back() == '-' && std::isdigit(static_cast<unsigned char>(head[head.size() - 2]))) {
            // (A product's name: a capital or a figure inside its first word, "MacBook", "iPad", "M5", or a second word in capitals,
            // "Dell XPS"; "12-lb. Smith said" ends a sentence.)
            const std::string_view name = firstWord(next);
            const bool inner = std::any_of(name.begin() + 1, name.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)); });
            const std::size_t space = next.find(' ');
            const std::string_view rest = space == std::string_view::npos ? std::string_view() : next.substr(space + 1);
            const bool secondCapital = !rest.empty() && std::isupper(static_cast<unsigned char>(rest[0]));
            return kStarters.count(name) == 0 && (inner || secondCapital);
        }
    }
    // "Team scores: 1. Texas 372, 2. Cal 341.5, 3. Arizona State 298": places numbered in one line, each after a comma,
    // the one before it numbered in the same sentence.
    if (figuresOnly(word, 2) && word != "0" && word != "1") {
        std::string_view head = previous.substr(0, previous.size() - word.size() - 1);
        while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
        const std::string last = std::to_string(std::atoi(std::string(word).c_str()) - 1) + ". ";
        const std::size_t at = head.rfind(last);
        if (!head.empty() && (head.back() == ',' || head.back() == ';') && at != std::string_view::npos &&
            (at == 0 || head[at - 1] == ' ' || head[at - 1] == '(')) {
            return true;
        }
    }
    // "when it reached -39.4 C. Northwest winds…": a temperature's scale after its figure ends the sentence with its dot
    // before a capital (it is no initial).
    if (english && (word == "C" || word == "F") && std::isupper(first)) {
        std::string_view before = previous.substr(0, previous.size() - 2);
        while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
        if (before.ends_with("\xC2\xB0")) before.remove_suffix(2);
        // (Not a year's or a shirt's number before an initial: "In 1925 F. Scott Fitzgerald", "No 7 C. Ronaldo"; the next
        // sentence's second word in small letters, "Northwest winds".)
        const std::size_t space = next.find(' ');
        const bool smallSecond = space != std::string_view::npos && space + 1 < next.size() && std::islower(static_cast<unsigned char>(next[space + 1]));
        std::size_t digits = 0;
        while (digits < before.size() && std::isdigit(static_cast<unsigned char>(before[before.size() - 1 - digits]))) ++digits;
        const bool decimal = digits < before.size() && (before[before.size() - 1 - digits] == '.' || before[before.size() - 1 - digits] == '-' ||
                                                        before[before.size() - 1 - digits] == ',');
        // (A temperature: a decimal, a sign, or a word that gives one before the figure, "reached 7 C.", "highs of 31 F.")
        std::string_view head = before.substr(0, before.size() - digits);
        while (!head.empty() && (head.back() == ' ' || head.back() == '.' || head.back() == ',')) head.remove_suffix(1);
        const std::string_view lead = head.substr(head.rfind(' ') == std::string_view::npos ? 0 : head.rfind(' ') + 1);
        const bool given = lead == "reached" || lead == "of" || lead == "at" || lead == "to" || lead == "hit" || lead == "around" ||
                           lead == "about" || lead == "near" || lead == "below" || lead == "above" || lead == "minus" || lead == "plus";
        if (!before.empty() && digits > 0 && digits <= 3 && smallSecond && (decimal || given)) return false;
    }
    // "approved Ord. No. SO2024-0012345", "Res. No. 2024-15": a short form of what is numbered before its number's sign.
    if (english && word.size() >= 2 && word.size() <= 4 && std::isupper(static_cast<unsigned char>(word[0])) &&
        // (The sentence breaker may part the sign from its number too: "No." comes alone.)
        (next == "No." || next == "Nos." ||
         ((next.starts_with("No. ") || next.starts_with("Nos. ")) && next.size() > 5 &&
          std::string_view("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ").find(next[next.find(' ') + 1]) != std::string_view::npos)) &&
        kStarters.count(word) == 0) {
        return true;
    }
    // "Dep. Heuston 06:00, Arr. Cork 08:22": a timetable's departure and arrival before a station and its time.
    if (english && (word == "Arr" || word == "Dep" || word == "arr" || word == "dep")) {
        const std::string_view head = next.substr(0, std::min<std::size_t>(next.size(), 30));
        for (std::size_t k = 1; k + 1 < head.size(); ++k) {
            if ((head[k] == ':' || head[k] == '.') && std::isdigit(static_cast<unsigned char>(head[k - 1])) &&
                std::isdigit(static_cast<unsigned char>(head[k + 1]))) {
                return true;
            }
        }
    }
    // The text before that word, and its last word ("eine" in "für eine 13."); whether the next sentence
    // opens on a word that starts the language's sentences.
    std::string_view before = previous.substr(0, previous.size() - word.size() - 1);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    const std::string_view wordBefore = before.rfind(' ') == std::string_view::npos ? before : before.substr(before.rfind(' ') + 1);
    const bool nextStarts = startsSentenceIn(language, firstWord(next));
    // "— Sr. WR DeShawn Carter hauled in …", ". Jr. QB Eli Moss threw …": a player's year opening the sentence, before the position and
    // the name ("John Smith Sr. He said" ends one: a name comes before the suffix there).
    if (english && (word == "Sr" || word == "Jr" || word == "So" || word == "Fr") && std::isupper(first) &&
        (before.empty() || before.back() == '.' || before.back() == ':' || before.back() == '!' || before.back() == '?' ||
         before.ends_with("\xE2\x80\x94") || before.ends_with("\xE2\x80\x93") || before.back() == '-')) {
        return true;
    }
    // "Ch. Figeac, St-Émilion 1er Grand Cru": a wine's château before its name (a chapter's "Ch." is before its number).
    if (english && word == "Ch" && std::isupper(first) && !nextStarts && romanNumeralValue(std::string(firstWord(next))) == 0) return true;
    // "Di.–So. 10–18 Uhr", "ma.-vr. 9-17": a span of two short forms, days or months, before its figures.
    if (!english && (before.ends_with(".\xE2\x80\x93") || before.ends_with(".-")) && std::isdigit(first)) return true;
    // "5. 11. 2025": a date in figures with a space after each dot, as Czech, Slovak and German write it; its
    // day's dot and its month's are not sentences' ends.
    if (!english) {
        const auto token = [](std::string_view s) { return s.substr(0, std::min(s.find(' '), s.size())); };
        // (A token less the stop, or the stop or comma, after it: "2025." is the year.)
        const auto lessStop = [](std::string_view s) { return s.ends_with(".") ? s.substr(0, s.size() - 1) : s; };
        const auto bare = [](std::string_view s) { return s.ends_with(".") || s.ends_with(",") ? s.substr(0, s.size() - 1) : s; };
        const std::string_view nextWord = token(next);
        const std::string_view afterNext = next.size() > nextWord.size() ? token(next.substr(nextWord.size() + 1)) : std::string_view();
        const int value = figuresOnly(word, 2) ? std::atoi(std::string(word).c_str()) : 0;
        const int nextValue = nextWord.ends_with(".") && figuresOnly(lessStop(nextWord), 2) ? std::atoi(std::string(nextWord).c_str()) : 0;
        // (the day's dot, before the month's figure and the year, or the month alone in what follows, where the
        // sentence breaker stopped after its dot too)
        // (or before the sentence's next word in small letters: "Wer vor dem 31. 12. kauft, zahlt …")
        if (value >= 1 && value <= 31 && nextValue >= 1 && nextValue <= 12 &&
            ((figuresOnly(lessStop(afterNext), 4) && afterNext.size() >= 4) || (afterNext.empty() && next.find_first_not_of(' ', nextWord.size()) == std::string_view::npos) ||
             (!afterNext.empty() && std::islower(static_cast<unsigned char>(afterNext.front()))))) {
            return true;
        }
        // (the month's dot, after the day's and before the year)
        if (value >= 1 && value <= 12 && wordBefore.ends_with(".") && figuresOnly(lessStop(wordBefore), 2) && figuresOnly(bare(nextWord), 4) &&
            nextWord.size() >= 4) {
            return true;
        }
    }
    // "2 Std. 15 Min. Verspätung": a German time's short form before the noun it measures ("Das Spiel dauerte 95 Min.
    // Bayern gewann" ends one).
    if (language == "de" && (word == "Min" || word == "Std" || word == "Sek")) {
        static constexpr WordSet kMeasured({"Versp\xC3\xA4tung", "Fahrzeit", "Spielzeit", "Laufzeit", "Wartezeit", "Pause",
                                                         "Nachspielzeit", "R\xC3\xBC" "ckstand", "Vorsprung", "Fu\xC3\x9Fweg", "Fahrt", "Flugzeit",
                                                         "Bauzeit", "Dauer", "Unterbrechung", "Zeitstrafe"});
        if (kMeasured.count(firstWord(next)) != 0) return true;
    }
    // "in der 90.+3 Minute": a minute of added time after its ordinal's dot.
    if (std::isdigit(static_cast<unsigned char>(word.back())) && next.size() > 1 && next[0] == '+' && std::isdigit(static_cast<unsigned char>(next[1]))) {
        return true;
    }
    // "am 3. Mai": a day's ordinal before a month.
    if (std::isdigit(static_cast<unsigned char>(word.back())) && kMonthsAfterOrdinal.count(firstWord(next)) != 0) return true;
    // "Der 1. FC Köln stieg ab", "in der 12. Minute": a German ordinal after its article or preposition.
    if (language == "de" && figuresOnly(word, 3) &&
        std::isupper(first)) {
        if (kGermanBeforeOrdinal.count(wordBefore) != 0) return true;
        // ("Strecke Bern, 2. Klasse", "(GA) 2. Klasse": after a comma or a bracket no sentence ends on a
        // number; "2. Klasse", "3. Liga": nor before the nouns a rank is given to.)
        if (!before.empty() && (before.back() == ',' || before.back() == '(' || before.back() == ')' || before.back() == ':')) return true;
        if (german::rankedNounOrdinalRule(std::string(firstWord(next))) != nullptr) return true;
        // ("im 16. und 17. Jh.": before a century, a figure is its ordinal whatever comes before it.)
        if (const std::string_view noun = firstWord(next); noun.starts_with("Jh") || noun.starts_with("Jahrhundert")) return true;
        // ("für eine 13. AHV-Rente": after an article, an ordinal before its noun.)
        static constexpr WordSet kArticles({"eine", "einer", "einem", "einen", "eines", "ein", "diese", "dieser", "diesem", "dieses"});
        if (!nextStarts && kArticles.count(wordBefore) != 0) return true;
    }
    // "im VI. Stock", "der III. Bezirk": a German ordinal in Roman figures after its article or preposition.
    if (language == "de" && romanNumeralValue(word) > 0 && kGermanBeforeOrdinal.count(wordBefore) != 0 && std::isupper(first)) return true;
    // "rozpoczął się 765. Jarmark", "14. Kasım": languages that write an ordinal with a dot, mid-sentence
    // after a word in lower case (a year, "w 2025. Potem", may end one).
    // (Not Swedish, which writes its ordinals "4:e": "på plan 4. Gratis, men…" ends a sentence.)
    static constexpr WordSet kDotOrdinalLanguages({"pl", "cs", "sk", "hu", "fi", "tr", "da", "nb", "no", "hr",
                                                                 "sl", "sr", "et", "lv", "lt", "is"});
    if (kDotOrdinalLanguages.count(language) != 0 && word.size() <= 4 &&
        figuresOnly(word)) {
        const int value = std::atoi(std::string(word).c_str());
        const bool afterLowerWord = !wordBefore.empty() && (std::islower(static_cast<unsigned char>(wordBefore.back())) ||
                                                             static_cast<unsigned char>(wordBefore.back()) >= 0x80);
        // (Not after a number's sign, "w sali nr 17. Głosowanie trwało": a number, no ordinal, ends the sentence before a
        // capital.)
        // (Nor after a telephone's word: "på telefon 114. Politiet".)
        const bool numbered = wordBefore == "nr" || wordBefore == "Nr" || wordBefore == "no" || wordBefore == "numer" || wordBefore == "tel" ||
                              wordBefore == "telefon" || wordBefore == "tlf" || wordBefore == "tlf." || wordBefore == "nummer" ||
                              wordBefore == "nummeret" || wordBefore == "numret" || wordBefore == "nummer:";
        if (numbered && std::isupper(first)) return false;
        if (afterLowerWord && (value < 1800 || value > 2100) && !nextStarts) return true;
        // ("1. Lech Poznań – 24 pkt., 2. Raków Częstochowa – 23 pkt.": a table's places in one line, each after a comma.)
        if (!before.empty() && before.back() == ',' && value >= 1 && value < 100 && !nextStarts) return true;
        // ("kong Frederik 9. Hun har…": a ruler's number ends the sentence before a word that starts one.)
        if (nextStarts) return false;
    }
    // "lauantaina 2.8. Santalahden…", "dne 4.5. v Praze": a day and month with their dots, mid-sentence
    // after a word in lower case.
    if (kDotOrdinalLanguages.count(language) != 0 && word.size() <= 5) {
        const std::size_t dot = word.find('.');
        const bool dayMonth = dot != std::string_view::npos && dot >= 1 && dot <= 2 && word.size() - dot - 1 >= 1 && word.size() - dot - 1 <= 2 &&
                              std::all_of(word.begin(), word.end(), [](char c) { return c == '.' || std::isdigit(static_cast<unsigned char>(c)) != 0; });
        // (A clock on the hour, "og 04.00. Henvendelse", is no date: its month would be none.)
        const int day = std::atoi(std::string(word.substr(0, dot)).c_str()), month = std::atoi(std::string(word.substr(dot + 1)).c_str());
        if (dayMonth && day >= 1 && day <= 31 && month >= 1 && month <= 12) {
            if (!before.empty() && (std::islower(static_cast<unsigned char>(before.back())) || static_cast<unsigned char>(before.back()) >= 0x80)) return true;
        }
    }
    // "Fed. R. Civ. P. 12(b)(6)": America's federal rules cited by their parts, one dot after another.
    const auto opensOn = [&](std::string_view initial) {
        return next.rfind(initial, 0) == 0 && (next.size() == initial.size() || next[initial.size()] == ' ');
    };
    if (english && ((word == "Fed" && opensOn("R.")) || ((word == "Civ" || word == "App" || word == "Crim" || word == "Bankr") && opensOn("P.")) ||
                    (word == "R" && previous.size() >= 7 && previous.compare(previous.size() - 7, 7, "Fed. R.") == 0))) {
        return true;
    }
    // "Apt. B, near": a flat or a building named by its letter ("Ste." never ends a sentence: kNeverFinal).
    if (english && (word == "Apt" || word == "Bldg") && next.size() >= 2 && std::isupper(first) &&
        (next[1] == ',' || next[1] == '.' || next[1] == ')' || next[1] == ';')) {
        return true;
    }
    // "Pub. L. 117-58": a public law; "Cty. Rd. 524", "Co. Rd. 12": a county's road.
    // ("Pub. L. No. 117-58": the law's number after its "No.")
    if (english && word == "L" && previous.ends_with("Pub. L.")) return true;
    if (english && ((word == "Pub" && opensOn("L.")) || ((word == "Cty" || word == "Co") && (opensOn("Rd.") || opensOn("Road") || opensOn("Hwy."))))) {
        return true;
    }
    // "vs est. $1.19 bln", "Adj. EPS $1.23": an estimate before its figure, "adjusted" before what it adjusts.
    if (english && (word == "est" || word == "Est") && (std::isdigit(first) || first == '$' || next.rfind("\xC2\xA3", 0) == 0 ||
                                                     next.rfind("\xE2\x82\xAC", 0) == 0)) {
        return true;
    }
    if (english && word == "Adj" && std::isupper(first)) return true;
    // "18 U.S.C. § 1001": a section sign never starts a sentence.
    if (next.compare(0, 2, "\xC2\xA7") == 0) return true;
    // "1 Cor. 13:4-7", "Ps. 23": a book of the Bible shortened before its chapter and verse.
    if (english && std::isdigit(first) && english::bibleBookAbbreviations().count(std::string(word)) != 0) {
        const std::size_t colon = next.find(':');
        if ((colon != std::string_view::npos && colon <= 3 && colon + 1 < next.size() && std::isdigit(static_cast<unsigned char>(next[colon + 1]))) ||
            word == "Ps" || word == "Psa") {
            return true;
        }
    }
    // "1600 Pennsylvania Ave. NW": a street's abbreviation before its quarter.
    if (english && kStreets.count(word) != 0 && kQuarters.count(firstWord(next)) != 0) return true;
    // "410 N.E. Ave. A, and": a street named by one letter after its type, before a comma or a word in
    // lower case.
    // (Not the words "A" and "I": "N. Elm St. A resident reported…" opens a sentence.)
    if (english && kStreets.count(word) != 0 && next.size() >= 2 && std::isupper(first) &&
        (next[1] == ',' || (next[1] == ' ' && first != 'A' && first != 'I' && next.size() >= 3 && std::islower(static_cast<unsigned char>(next[2]))))) {
        return true;
    }
    // An initial ("J. R. Smith", "M. Dupont") or an initialism ("the U.S. Embassy", "3 p.m. Tuesday")
    // followed by a word that does not start sentences.
    // "na 2025 r. Dochody mają…": Polish "r." (roku) after a year ends a sentence before a capital.
    if (language == "pl" && word == "r" && wordBefore.size() == 4 &&
        std::all_of(wordBefore.begin(), wordBefore.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
        return !std::isupper(first) && first < 0x80;
    }
    const bool initial = oneCapital(word);
    // "across Act V. Lighting by …": a Roman numeral after the part it numbers is no initial and may end the sentence.
    if (english && std::isupper(first) && !word.empty() && word.size() <= 4 &&
        word.find_first_not_of("IVX") == std::string::npos &&
        (wordBefore == "Act" || wordBefore == "Scene" || wordBefore == "Part" || wordBefore == "Book" || wordBefore == "Volume" ||
         wordBefore == "Chapter" || wordBefore == "Phase" || wordBefore == "Stage" || wordBefore == "Title" || wordBefore == "Schedule" ||
         wordBefore == "Annex" || wordBefore == "Appendix" || wordBefore == "Tier" || wordBefore == "Category" || wordBefore == "Class" ||
         wordBefore == "War" || wordBefore == "Article")) {
        return false;
    }
    // "an evacuation order for Zone A. Taylor, Dixie and Levy counties …": a letter that a capitalized label names ("Zone A",
    // "Group B", "Plan C") is no initial, and may end the sentence.
    if (english && initial && std::isupper(first) &&
        (wordBefore == "Zone" || wordBefore == "Zones" || wordBefore == "Group" || wordBefore == "Pool" || wordBefore == "Plan" ||
         wordBefore == "Section" || wordBefore == "Grade" || wordBefore == "Tier" || wordBefore == "Category" || wordBefore == "Class" ||
         wordBefore == "Level" || wordBefore == "Type" || wordBefore == "Option" || wordBefore == "Exhibit" || wordBefore == "Appendix" ||
         wordBefore == "Annex" || wordBefore == "Schedule" || wordBefore == "Phase" || wordBefore == "Stage" || wordBefore == "Block" ||
         wordBefore == "Building" || wordBefore == "Gate" || wordBefore == "Terminal" || wordBefore == "Division" ||
         wordBefore == "Series" || wordBefore == "Platform" || wordBefore == "Sector")) {
        return false;
    }
    // "follow us on X. Road closures: …": the network named X after "on" or "via" is no initial, and ends the sentence.
    if (english && word == "X" && (wordBefore == "on" || wordBefore == "via") && std::isupper(first)) return false;
    // "at 9 p.m. Late eaters": after a time of day, only the words of a time go on ("9 p.m. Eastern",
    // "3 p.m. Tuesday", "10 a.m. GMT"); any other capital starts a sentence.
    if (english && (word == "a.m" || word == "p.m" || word == "A.M" || word == "P.M") && std::isupper(first)) {
        const std::string w(firstWord(next));
        static constexpr WordSet kTimeWords({"Eastern", "Pacific", "Central", "Mountain", "Atlantic", "Alaska",
                                                      "Hawaii", "Greenwich", "Universal", "Coordinated", "British",
                                                      "Irish", "Moscow", "Beijing", "Tokyo", "Sydney", "India", "Indian",
                                                      "Israel", "Japan", "Korea", "Hong", "Singapore", "Local", "local"});
        // (Or a place's clock, one or two capitalized words before "time": "3:45 p.m. London time", "4 p.m. New
        // York time".)
        const std::vector<std::string> after = splitWords(std::string(next.substr(0, std::min<std::size_t>(next.size(), 40))));
        for (std::size_t k = 1; k <= 2 && k < after.size(); ++k) {
            if (!std::isupper(static_cast<unsigned char>(after[k - 1][0]))) break;
            std::string t = after[k];
            while (!t.empty() && std::ispunct(static_cast<unsigned char>(t.back()))) t.pop_back();
            if (t == "time") return true;
        }
        // (The zones' table holds the short ones too, "ET", "GMT", "UTC", "BST", "IST".)
        return kTimeWords.count(w) != 0 || english::timeZones().count(w) != 0 || monthFromName(w) != 0 || !english::weekdayName(w).empty();
    }
    // ("22,4 % E. A. en febrero", "J. R. R. Tolkien": an initial before another initial, a short form's letters or a
    // name's, goes on.)
    // (In any script: "Н. В. Ларионов".)
    if (initial && next.size() >= 2) {
        const std::string head(next.substr(0, std::min<std::size_t>(next.size(), 6)));
        std::size_t k = 0;
        const char32_t c = nextCodePoint(head, k);
        if (u_isupper(static_cast<UChar32>(c)) && k < next.size() && next[k] == '.' &&
            (next.size() == k + 1 || next[k + 1] == ' ' || next[k + 1] == ')' || next[k + 1] == ',')) {
            return true;
        }
    }
    // ("ο κύριος Χρ. Δήμας", "ο Δρ. Ιωάννης Παπάς": Greek writes a first name or a title short, a capital and a letter or two,
    // before the name.)
    // (The short forms only: "Κω.", "Ίο.", islands' names, end sentences.)
    static constexpr WordSet kGreekShortNames({
        "\xCE\x94\xCF\x81",                  // Δρ
        "\xCE\xA7\xCF\x81",                  // Χρ
        "\xCE\x94\xCE\xB7\xCE\xBC",          // Δημ
        "\xCE\x9A\xCF\x89\xCE\xBD",          // Κων
        "\xCE\x91\xCE\xB8",                  // Αθ
        "\xCE\x93\xCE\xB9\xCE\xB1\xCE\xBD",  // Γιαν
        "\xCE\x9D\xCE\xB9\xCE\xBA",          // Νικ
        "\xCE\xA0\xCE\xB1\xCE\xBD",          // Παν
        "\xCE\x9C\xCE\xB9\xCF\x87",          // Μιχ
        "\xCE\xA3\xCF\x80",                  // Σπ
        "\xCE\x92\xCE\xB1\xCF\x83",          // Βασ
        "\xCE\x91\xCE\xBD\xCF\x84",          // Αντ
        "\xCE\x93\xCE\xB5\xCF\x89\xCF\x81",  // Γεωρ
        "\xCE\x98\xCE\xB5\xCE\xBF\xCE\xB4",  // Θεοδ
        "\xCE\x91\xCE\xB3",                  // Αγ (Άγιος)
        "\xCE\x9A\xCE\xB1\xCE\xB8",          // Καθ (Καθηγητής)
    });
    if (language == "el" && !initial && opensOnCapital(next) && kGreekShortNames.count(word) != 0) return true;
    // ('Harold J. "Doc" Whitaker': a middle initial before the nickname in quotes that goes on to the surname.)
    if (initial && !wordBefore.empty() && std::isupper(static_cast<unsigned char>(wordBefore[0]))) {
        for (std::string_view mark : {"\"", "\xE2\x80\x9C", "'", "\xE2\x80\x98"}) {
            if (next.rfind(mark, 0) != 0 || next.size() <= mark.size() || !std::isupper(static_cast<unsigned char>(next[mark.size()]))) continue;
            const std::string_view nick = next.substr(mark.size());
            std::size_t end = nick.find_first_of("\"'");
            end = std::min(end, nick.find("\xE2\x80\x9D"));
            end = std::min(end, nick.find("\xE2\x80\x99"));
            if (end == std::string_view::npos || end > 24 || nick.substr(0, end).find_first_of(".!?,") != std::string_view::npos) continue;
            std::size_t after = nick.find(' ', end);
            if (after != std::string_view::npos && after + 1 < nick.size() && std::isupper(static_cast<unsigned char>(nick[after + 1]))) return true;
        }
    }
    // ("S.I. No. 412 of 2024": a number's "No." before its figure starts no sentence.)
    const bool numberSign = next.rfind("No. ", 0) == 0 && next.size() > 4 && std::isdigit(static_cast<unsigned char>(next[4]));
    // (A capital beyond ASCII after an initial of another script, "Н. Крылова"; a Latin one keeps its old
    // reading, "Group A. Ángel Di María…" ends a sentence.)
    if ((initial || isInitialism(word)) && (std::isupper(first) || (first >= 0x80 && static_cast<unsigned char>(word[0]) >= 0x80 && opensOnCapital(next)))) {
        // (The language's own starters as well as the English ones, which news in any language uses too: "Michael S.
        // In seiner Aussage…".)
        const bool starts = kStarters.count(firstWord(next)) != 0 || (!english && nextStarts);
        return numberSign || !starts;
    }
    // "347 U.S. 483 (1954)", "l'art. L. 1234-1": an initial, or an initialism that is no time of day, before
    // a figure that no word in lower case follows (a citation's part; "…the U.S. 300 people came" and
    // "at 7 p.m. 300 tickets remain" are two sentences).
    if (initial && std::isdigit(first)) return true;
    // ("N.J.S.A. 39:4-50", "N.J.S.A. 2C:20-11b": a statute's title and section, a colon inside the figure.)
    const std::string_view figure = next.substr(0, std::min(next.find(' '), next.size()));
    if (isInitialism(word) && std::isdigit(first) && figure.find(':') != std::string_view::npos &&
        std::isdigit(static_cast<unsigned char>(figure[figure.find(':') + 1 < figure.size() ? figure.find(':') + 1 : 0]))) {
        return true;
    }
    // ("under R.C. 2903.11(A)(2) and one count …": a code's section, its subdivisions in brackets or a section's
    // dot and two figures or more after it, goes on whatever follows.)
    const std::size_t sectionDot = figure.find('.');
    const bool section = figure.find('(') != std::string_view::npos ||
                         (sectionDot != std::string_view::npos && sectionDot >= 3 && figure.size() - sectionDot > 2 &&
                          std::isdigit(static_cast<unsigned char>(figure[sectionDot + 1])));
    if (isInitialism(word) && std::isdigit(first) && section) return true;
    if (isInitialism(word) && std::isdigit(first) && word != "a.m" && word != "p.m" && word != "A.M" && word != "P.M") {
        std::size_t k = 0;
        while (k < next.size() && next[k] != ' ') ++k;
        while (k < next.size() && next[k] == ' ') ++k;
        return k >= next.size() || !std::islower(static_cast<unsigned char>(next[k]));
    }
    // "Gs. 2.700", "Rs. 500", "Sh. 1,200": a capital and consonants only, a currency's or a title's short form
    // (no word is written so), before a figure.
    if (word.size() >= 2 && word.size() <= 3 && std::isupper(static_cast<unsigned char>(word[0])) && std::isdigit(first) &&
        std::all_of(word.begin() + 1, word.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) && std::string_view("aeiouy").find(c) == std::string_view::npos; })) {
        return true;
    }
    // "at 8:51 p.m. (1451 GMT) from …": a bracket that opens on a number after an initialism goes on.
    if (isInitialism(word) && first == '(' && next.size() > 1 && std::isdigit(static_cast<unsigned char>(next[1]))) return true;
    // "Directeur drs. J. H. (Jan) Bosma": an initial before the name in brackets it stands for; "Grupo
    // Portuario, S.A. (BVP: GPPA) anunció": a company's suffix before its ticker, in any language.
    // (An initial only before a name alone in its brackets, "(Jan)": "the group B. (La FIFA confirmó…)" ends one.)
    const std::size_t closing = next.find(')');
    const bool bracketedName = closing != std::string_view::npos && closing > 2 && std::isupper(static_cast<unsigned char>(next[1])) &&
                               next.substr(1, closing - 1).find_first_of(" .,:;") == std::string_view::npos;
    if (first == '(' && (((initial || isInitialism(word)) && bracketedName) || word == "S.A" || word == "S.L" || word == "S.A.S" || word == "S.A.B" || word == "S.p.A" ||
                         word == "N.V" || word == "B.V" || word == "Ltda" || word == "Cia" || word == "S.R.L" || word == "S.C" || word == "C.V")) {
        return true;
    }
    // ("Clasificación: 1. Real Madrid, 63 puntos; 2. Barcelona …", "Stage 14 (168km): 1. Giulio Ciccone (Ita) 4:32:10; 2.
    // Lennert …": a ranked list's number after a colon or a semicolon, in any language.)
    // (Not before a word that starts sentences: "The score at the break: 12. The second half…".)
    // (Nor, after a comma too, before a runner's initial and name, "…3:49.04 WL, 2. B. Chebet", "; 3. I Anderson": a capital
    // alone before a capitalized word starts no sentence, whatever word "I" or "A" are.)
    // (ICU gives the initial with its dot as a piece of its own, "I.", before the name. Without its dot, the initial
    // and the surname must be followed by the result's bracket or figure: "14. A Red Cross team is on its way" is a
    // sentence.)
    const bool dottedInitial = (next.size() == 2 && std::isupper(first) && next[1] == '.') ||
                               (next.size() >= 5 && std::isupper(first) && next[1] == '.' && next[2] == ' ' &&
                                std::isupper(static_cast<unsigned char>(next[3])) && std::islower(static_cast<unsigned char>(next[4])));
    bool undottedInitial = false;
    if (next.size() >= 5 && std::isupper(first) && next[1] == ' ' && std::isupper(static_cast<unsigned char>(next[2])) &&
        std::islower(static_cast<unsigned char>(next[3]))) {
        std::size_t end = 2;
        while (end < next.size() && next[end] != ' ' && next[end] != ',' && next[end] != ';') ++end;
        undottedInitial = end + 1 < next.size() && next[end] == ' ' &&
                          (next[end + 1] == '(' || std::isdigit(static_cast<unsigned char>(next[end + 1])));
    }
    const bool initialAndName = dottedInitial || undottedInitial;
    if (figuresOnly(word, 2) &&
        !before.empty() && (((before.back() == ':' || before.back() == ';') && ((kStarters.count(firstWord(next)) == 0 && (english || !nextStarts)) || initialAndName)) ||
                            (before.back() == ',' && initialAndName))) {
        return true;
    }
    if (!english) {
        // "z. B.", "d. h.", "u. a.": a lone lower-case letter with a dot is an abbreviation's part.
        // (Not the Nordic preposition "i" that ends a sentence before a capital: "… vara ute i. Undvik …".)
        const bool nordicIn = word == "i" && (language == "sv" || language == "no" || language == "nb" || language == "nn" || language == "da") &&
                              std::isupper(first);
        // (Not the plural's "s" after an apostrophe: "aan elektrische auto's. De investeringen …".)
        const bool afterApostrophe = previous.size() >= 3 && (before.ends_with("'") || before.ends_with("\xE2\x80\x99"));
        // (Nor an hour's "h" after its figure, before a word that starts a sentence: "à 14 h. La victime…", "de 11 a 20 h. En el
        // parque…"; "à 14 h. 30" goes on.)
        const bool hourEnds = word == "h" && !wordBefore.empty() && std::isdigit(static_cast<unsigned char>(wordBefore.back())) && opensOnCapital(next);
        if (hourEnds) return false;
        if (word.size() == 1 && std::islower(static_cast<unsigned char>(word[0])) && !nordicIn && !afterApostrophe) return true;
        // ("vettä 12 mm. Huomenna": after a figure, Finnish "mm." is millimetres, which end sentences.)
        if (language == "fi" && word == "mm" && !wordBefore.empty() && std::isdigit(static_cast<unsigned char>(wordBefore.back()))) return false;
        const bool neverFinal = neverEndsSentence(language, word);
        // (Before a word that starts sentences, an abbreviation that may end one does: a currency's after an
        // amount, "5 Mrd. Fr. Wie…"; one that never ends a sentence goes on to a name, "bzw. Die Linke".)
        const bool afterAmount = !before.empty() && (std::isdigit(static_cast<unsigned char>(before.back())) || before.ends_with("Mio.") || before.ends_with("Mia.") ||
                                                     before.ends_with("Mrd."));
        // ("im 12. Jh. Sie wurde…": a century's, a list's or a sum's short form ends sentences too.)
        // (And Russian tonnes, centimetres, hours and "им." (of a name, or the pronoun "им"): "5 млн т. В прошлом…".)
        static constexpr WordSet kMayEnd({"Jh", "Jhs", "usw", "etc", "Mio", "Mrd", "Mia", "\xD1\x82", "\xD1\x81\xD0\xBC", "\xD1\x87", "\xD0\xB8\xD0\xBC"});
        // ("в г. Красноярске": a town's "г." after a preposition goes on to the town's name; "в 2024 г. Москва…" ends.)
        // ("Администрация г. Северодольска", "Адрес: г. Москва": a town's "г." before its name, anywhere but
        // after a year's figure.)
        // ("и пр. Аналитики…": "and so on" ends a sentence; "пр. Мира" is an avenue before its name.)
        if (language == "ru" && word == "\xD0\xBF\xD1\x80" && wordBefore == "\xD0\xB8") return false;
        if (language == "ru" && word == "\xD0\xB3" && !afterAmount && next.size() > 1 && static_cast<unsigned char>(next[0]) >= 0xD0) return true;
        if (language == "ru" && word == "\xD0\xB3" && (wordBefore == "\xD0\xB2" || wordBefore == "\xD0\xB2\xD0\xBE" || wordBefore == "\xD0\xB8\xD0\xB7" || wordBefore == "\xD0\xB4\xD0\xBE" ||
                                                wordBefore == "\xD0\xBF\xD0\xBE\xD0\xB4" || wordBefore == "\xD1\x83" || wordBefore == "\xD0\xBA" || wordBefore == "\xD0\xBE\xD1\x82")) {
            return true;
        }
        // ("1,2 Mia. Fr. zusätzlich": the Swiss short form of a billion after a figure goes on to its francs and to a word in
        // small letters; "sagte Mia. Danach" is a name's end.)
        if (language == "de" && word == "Mia" && !before.empty() && std::isdigit(static_cast<unsigned char>(before.back()))) {
            return !nextStarts;
        }
        // ("article L. 2121-25": a French code's book letter before the article's number.)
        if (language == "fr" && (word == "L" || word == "R" || word == "D") && std::isdigit(first)) return true;
        // ("Karlstr. 41-45, 74072 Heilbronn": a German street's short form before its house number.)
        if (language == "de" && (word.ends_with("str") || word.ends_with("Str")) && std::isdigit(first)) return true;
        // ("sedan 1 jan. 2024", "am 3. Feb. 2025": a month's short form between its day and its year, in any language.)
        if (!wordBefore.empty() && std::isdigit(static_cast<unsigned char>(wordBefore.back())) && next.size() >= 4 &&
            std::all_of(next.begin(), next.begin() + 4, [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }) &&
            (next.size() == 4 || !std::isdigit(static_cast<unsigned char>(next[4])))) {
            static constexpr WordSet kShortMonths({"jan", "feb", "febr", "mar", "apr", "maj", "mai", "jun", "jul", "aug", "sep", "sept", "okt",
                                                   "oct", "nov", "dec", "dez", "janv", "f\xC3\xA9vr", "avr", "juil", "d\xC3\xA9" "c", "ene",
                                                   "dic", "gen", "ott", "set", "giu", "lug", "ago", "mrt", "kes\xC3\xA4", "syys", "loka", "marras",
                                                   "joulu", "tammi", "helmi", "maalis", "huhti", "touko", "hein\xC3\xA4", "elo"});
            std::string lower(word);
            for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (kShortMonths.count(lower) != 0) return true;
        }
        // ("Av. Federalismo No. 1880": a number's sign before its figure, in any language.)
        if ((word == "No" || word == "no" || word == "Nr" || word == "nr") && std::isdigit(first)) return true;
        // ("(art. 322 Sr)": a law's article before its number, in any language; "street art. De …" ends one.)
        if ((word == "art" || word == "Art") && std::isdigit(first)) return true;
        // ("art. 34 al. 2": an article's paragraph before its figure; "et al. Le texte …" ends one.)
        if (language == "fr" && word == "al" && std::isdigit(first)) return true;
        // ("5,5 proc. PKB": a share of the economy, one phrase.)
        if (language == "pl" && word == "proc" && next.compare(0, 3, "PKB") == 0) return true;
        if (nextStarts && (!neverFinal || afterAmount || kMayEnd.count(word) != 0)) return false;
        // (A Russian unit after its figure before a capital ends the sentence too: "Рост составил 180 см. Врачи…".)
        static constexpr WordSet kUnits({"\xD1\x82", "\xD1\x81\xD0\xBC", "\xD1\x87"});
        if (afterAmount && kUnits.count(word) != 0 && opensOnCapital(next)) return false;
        return neverFinal;
    }
    // ("… 350 W. 57th St. The end came.": a street's "St." ends a sentence before a word that starts one;
    // "St. Louis" goes on.)
    if (word == "St" && kStarters.count(firstWord(next)) != 0) return false;
    // ("200 W. Main St. Residents can watch …": after a house number and a street's name, "St." is the street's, and a
    // capital after it opens a sentence, but for the city's quarter, "St. NW"; "Mount St. Helens" has no number.)
    // (Nor before a suite's or a flat's number, "Elm St. Suite 200", and not a saint's place, "Fort St. John", "Mount St.
    // Helens".)
    static constexpr WordSet kGoesOn({"Suite", "Ste", "Apt", "Unit", "Floor", "Fl", "Room", "Rm", "Bldg", "Building", "No", "#"});
    static constexpr WordSet kSaintsPlaces({"Mount", "Mt", "Fort", "Ft", "Port", "Pt", "Sault", "Lake", "Cape", "Bay", "Point"});
    if (word == "St" && !wordBefore.empty() && (std::isupper(static_cast<unsigned char>(wordBefore[0])) || std::isdigit(static_cast<unsigned char>(wordBefore[0]))) &&
        opensOnCapital(next) && kGoesOn.count(firstWord(next)) == 0 && kSaintsPlaces.count(wordBefore) == 0 &&
        kQuarters.count(firstWord(next)) == 0) {
        // ("1200 block of N. Elm St. A resident reported…", "S. 3rd St. Two vehicles collided": a word that opens sentences
        // after a street's name opens one; no saint is so named.)
        static constexpr WordSet kCounts({"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"});
        if (kStarters.count(firstWord(next)) != 0 || kCounts.count(firstWord(next)) != 0) return false;
        std::string_view rest = before.substr(0, before.size() - wordBefore.size());
        while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
        std::string_view token = rest.rfind(' ') == std::string_view::npos ? rest : rest.substr(rest.rfind(' ') + 1);
        // (Past the street's direction, "W." or "N".)
        if (token.size() <= 2 && !token.empty() && std::isupper(static_cast<unsigned char>(token[0])) &&
            kQuarters.count(token.substr(0, token.find('.'))) != 0) {
            rest = rest.substr(0, rest.size() - token.size());
            while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
            token = rest.rfind(' ') == std::string_view::npos ? rest : rest.substr(rest.rfind(' ') + 1);
        }
        if (!token.empty() && std::all_of(token.begin(), token.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
            return false;
        }
    }
    if (kNeverFinal.count(word) != 0) return true;
    // ("trails former Del. Jay Jones": a delegate's title after a word in lower case; "Dover, Del. The" ends one.)
    if (word == "Del" && !wordBefore.empty() && std::islower(static_cast<unsigned char>(wordBefore[0])) && std::isupper(first) &&
        kStarters.count(firstWord(next)) == 0) {
        return true;
    }
    // ("Goldman Sachs & Co. LLC expect", "Acme Holdings Co. Ltd.": a company's legal forms one after the other.)
    // (And "Chiwetalu & Sons Nig. Ltd", "Dangote Cement Nig. Plc": Nigeria's short form in a company's name.)
    if (english && (word == "Co" || word == "Corp" || word == "Inc" || word == "Bros" || word == "Ltd" || word == "Nig")) {
        static constexpr WordSet kForms({"LLC", "LLC,", "LLP", "LP", "L.P.", "Ltd", "Ltd.", "Inc", "Inc.", "PLC", "plc", "Pty",
                                                      "AG", "SA", "GmbH", "Limited", "LLC.", "Plc", "Plc."});
        if (kForms.count(firstWord(next)) != 0) return true;
    }
    // ("DSWD Sec. Rex Gatchalian", "Cr. Laufiso has the floor": a secretary's and an Australian councillor's title,
    // words that are also a section's and a credit's, before a name; "Sec. 4" is read by the rule for numbers.)
    // (In capitals only before a name in capitals, a transcript's speaker, "CR. LAUFISO:": "the SEC. Musk later…" ends one.)
    if (english && (word == "Sec" || word == "Cr") && std::isupper(first) && kStarters.count(firstWord(next)) == 0 && firstWord(next).size() >= 2) {
        return true;
    }
    if (english && (word == "CR" || word == "SEC")) {
        std::string_view name = firstWord(next);
        if (name.ends_with(":")) name.remove_suffix(1);  // ("CR. LAUFISO:": the speaker's colon)
        if (isNameInCapitals(name)) return true;
    }
    // Titles and ranks never end a sentence: a name follows them.
    // ("Mrs. 'Ana Kaufusi": a name may start with an okina or an apostrophe.)
    // (Or a capital beyond ASCII: "Dr. Élise Fournier", "Prof. Łukasz Żak".)
    const bool nameNext = std::isupper(first) || opensOnCapital(next) ||
                          ((first == '\'' || next.rfind("\xCA\xBB", 0) == 0 || next.rfind("\xE2\x80\x98", 0) == 0) && next.size() > 3);
    // ("Ma." is Maria before a name, "Ma. Teresa", and a mother before a sentence, "his Ma. She smiled.")
    if (english::titleAbbreviations().count(std::string(word)) != 0 && nameNext &&
        !(word == "Ma" && !english::isMariaWrittenShort(std::string(wordBefore), std::string(firstWord(next))))) {
        return true;
    }
    // A transcript's speaker in capitals, "SEN. MARIA CANTWELL (D-Wash.):": the title in capitals before a name in capitals.
    if (english && english::titleWrittenInCapitals(word) != nullptr) {
        const std::string_view name = firstWord(next);
        if (isNameInCapitals(name)) return true;
    }
    // "Ex-gov. Jones": a title after "ex-", in lower case; "Minn. Gov. Tim Walz": a state's abbreviation
    // before a title.
    if (previous.size() > word.size() + 2 && previous[previous.size() - word.size() - 2] == '-' && std::isupper(first) &&
        english::titleWrittenSmall(std::string(word)) != nullptr) {
        return true;
    }
    if (english::states().count(std::string(word)) != 0 && english::titleAbbreviations().count(std::string(firstWord(next))) != 0) return true;
    // "Minn. Stat. § 142D.21", "Ariz. Rev. Stat.", "Tex. Penal Code": a state's code of laws cited by its abbreviation.
    if (english::states().count(std::string(word)) != 0) {
        static constexpr WordSet kLawBooks({"Stat.", "Stat", "Stats.", "Rev.", "Admin.", "Gen.", "Comp.", "Code", "Penal",
                                                         "Const.", "Laws", "Ann.", "Sess.", "Civ.", "Crim.", "Fam.", "Gov't", "Bus."});
        // (Only where the citation goes on to its statutes or its section: "Wichita, Kan. Code enforcement officers…" and
        // "Montgomery, Ala. Rev. Jesse Jackson spoke" end one.)
        const std::string_view head = next.substr(0, std::min<std::size_t>(next.size(), 40));
        const std::string_view lead = next.substr(0, std::min(next.find(' '), next.size()));
        if (kLawBooks.count(lead) != 0 && (lead.starts_with("Stat") || head.find("\xC2\xA7") != std::string_view::npos ||
                                          head.find(" Stat") != std::string_view::npos)) {
            return true;
        }
    }
    // (A year cut short after its apostrophe too: "since Nov. '22".)
    const bool figureNext = std::isdigit(first) || ((first == '\'' || next.rfind("\xE2\x80\x99", 0) == 0) &&
                                                     next.size() > 3 && std::isdigit(static_cast<unsigned char>(next[first == '\'' ? 1 : 3])));
    // ("Establishment No. P-4471", "No. A123": a code with figures in it, after its number sign.)
    const std::string_view nextWord = next.substr(0, std::min(next.find_first_of(" ,;"), next.size()));
    // ("Crim. Case No. R-QZN-22-04417-CR": a court's docket, letters and figures between dashes.)
    const bool codeNext = nextWord.size() <= 24 && nextWord.find_first_of("0123456789") != std::string_view::npos;
    // (Not a year after "Arts.", the end of a school's name: "the Academy of Fine Arts. 2024 was its busiest year.")
    const bool yearNext = nextWord.size() == 4 && std::all_of(nextWord.begin(), nextWord.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
    if (kBeforeNumbers.count(word) != 0 && (figureNext || ((word == "No" || word == "Nos") && codeNext)) && !(word == "Arts" && yearNext)) return true;
    // ("dates it to c. AD 330", "c. 1450", "ca. BC 200": circa before a year and its era.)
    if ((word == "c" || word == "ca" || word == "circa") && (figureNext || nextWord == "AD" || nextWord == "A.D." || nextWord == "BC" ||
                                                            nextWord == "B.C." || nextWord == "CE" || nextWord == "BCE")) {
        return true;
    }
    // ("$2.75 million in Prop. S funds": a ballot measure by its letter.)
    if (word == "Prop" && next.size() >= 2 && std::isupper(static_cast<unsigned char>(next[0])) && (next[1] == ' ' || next[1] == ',')) return true;
    // ("registered charity no. 1041287": a number's sign in lower case after what it numbers; "He said no. 300
    // people came" ends one.)
    if ((word == "no" || word == "nos") && (figureNext || codeNext)) {
        static constexpr WordSet kNumbered({"charity", "company", "reg", "registration", "case", "account", "flight", "order",
                                                          "invoice", "policy", "ref", "reference", "room", "bus", "route", "platform",
                                                          "gate", "page", "licence", "license", "permit", "file", "item", "lot", "bill",
                                                          "plot", "house", "unit", "seat", "vat", "patent", "serial", "model", "part",
                                                          "award", "grant", "contract", "docket", "claim", "application", "project",
                                                          "trial", "ticket", "receipt", "certificate", "agreement", "tender"});
        if (kNumbered.count(wordBefore) != 0) return true;
        // ("(Roll no. 87).": a figure that closes its bracket or its clause is the number's.)
        std::size_t k = 0;
        while (k < next.size() && std::isdigit(static_cast<unsigned char>(next[k]))) ++k;
        if (k > 0 && (k == next.size() || std::string_view("),;").find(next[k]) != std::string_view::npos)) return true;
    }
    // ("a resolution (Res. No. 25-014)": a paper's short name before its number's sign and figure goes on.)
    if (word.size() <= 5 && std::isupper(static_cast<unsigned char>(word[0])) && (next.starts_with("No. ") || next.starts_with("Nr. ")) &&
        next.size() > 4 && std::isdigit(static_cast<unsigned char>(next[4]))) {
        return true;
    }
    // "Acme Inc. (NASDAQ: ACME) said": a company's suffix before its ticker in brackets goes on.
    if ((word == "Inc" || word == "Corp" || word == "Ltd" || word == "Co" || word == "Plc" || word == "Bros") && first == '(') {
        return true;
    }
    // "Harold Whitcomb Jr. (Linda) of Tulsa", "Lt. Col. (Ret.) Arthur Whitcomb": a name's suffix before a
    // spouse's name in brackets, a rank before its "retired".
    if ((word == "Jr" || word == "Sr") && first == '(' && next.size() > 1 && std::isupper(static_cast<unsigned char>(next[1]))) return true;
    // (Any short form in brackets after a title: "Maj. (res.) Tal Shaulov", "Dr. (Prof.) Anil Deshmukh".)
    if (english::titleAbbreviations().count(std::string(word)) != 0 && first == '(' && next.size() > 3 && next.find(".)") != std::string_view::npos &&
        next.find(".)") <= 8 && next.substr(0, next.find(".)")).find(' ') == std::string_view::npos) {
        return true;
    }
    // ("Maj. res. Tal Shaulov", "Brigadier general, res. Amir Avivi": a reservist's rank before the name.)
    if (english && (word == "res" || word == "ret" || word == "retd") && nameNext) return true;
    // A company's suffix before a name or a clause: "Acme Inc. Chairman …" stays whole only before a non-starter.
    if ((word == "Inc" || word == "Corp" || word == "Ltd" || word == "Co" || word == "Jr" || word == "Sr") &&
        std::isupper(first)) {
        // (A possessive opens a sentence's subject: "according to Maxar Technologies Inc. Japan's stockpiles fell".)
        const std::string_view after = next.substr(firstWord(next).size());
        // (Not a county's or a son's: "Polk Co. Sheriff's Office", "Martin Luther King Jr. Day's parade".)
        if ((word == "Inc" || word == "Corp" || word == "Ltd") && (after.starts_with("'s ") || after.starts_with("\xE2\x80\x99s "))) return false;
        return kStarters.count(firstWord(next)) == 0 && firstWord(next).size() > 1 && !std::isupper(static_cast<unsigned char>(next[1]));
    }
    return false;
}

}  // namespace

SentenceSplitter::SentenceSplitter(const std::string& language) {
    UErrorCode status = U_ZERO_ERROR;
    // ICU's own list of abbreviations ("ss=standard") keeps "MacBook Pro. Now" and "the ATF. First" in one
    // sentence; the repairs below decide instead, by what follows the full stop.
    english_ = isEnglish(language);
    language_ = primaryLanguage(language);
    const icu::Locale locale(language.c_str());
    iterator_.reset(icu::BreakIterator::createSentenceInstance(locale, status));
    if (U_FAILURE(status) || !iterator_) {
        throw Error(ExitCode::Failure, std::string("ICU sentence iterator for '") + language +
                                           "' could not be created: " + u_errorName(status));
    }
}

SentenceSplitter::~SentenceSplitter() = default;

namespace {

// ICU breaks no sentence before a digit; news starts one with a year or a count ("Sales fell. 2023 was
// worse.", "Relative to 1961–1990. 2024 value is preliminary.", "Category 4. 8 p.m. Wednesday: …"). A full
// stop after a word or a figure, no abbreviation, then a figure and a lower-case word: two sentences.
std::vector<std::string> splitBeforeYears(const std::string& text, std::string_view language) {
    const bool english = language.empty();
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t dot = text.find(". "); dot != std::string::npos; dot = text.find(". ", dot + 1)) {
        const std::size_t y = dot + 2;
        // (Or a count or an hour: "It was Category 4. 8 p.m. Wednesday: …", "The bridge shut. 12 people waited.")
        std::size_t figureEnd = y;
        while (figureEnd < text.size() && figureEnd - y <= 4 && std::isdigit(static_cast<unsigned char>(text[figureEnd]))) ++figureEnd;
        // (Or a decimal, "gestaan. 4,5 procent is netjes": a share or a rate opening the sentence.)
        const std::size_t whole = figureEnd;
        if (figureEnd > y && figureEnd - y <= 3 && figureEnd + 1 < text.size() && (text[figureEnd] == ',' || text[figureEnd] == '.') &&
            std::isdigit(static_cast<unsigned char>(text[figureEnd + 1]))) {
            ++figureEnd;
            while (figureEnd < text.size() && std::isdigit(static_cast<unsigned char>(text[figureEnd]))) ++figureEnd;
        }
        bool decimal = figureEnd != whole;
        // (Or, in English, a score, "outstanding. 3-1 is maybe flattering": its second figure after the hyphen; other
        // languages' "arts. 12-14 de la ley" is a range after a short form.)
        if (english && !decimal && figureEnd > y && figureEnd - y <= 2 && figureEnd + 1 < text.size() && text[figureEnd] == '-' &&
            std::isdigit(static_cast<unsigned char>(text[figureEnd + 1]))) {
            std::size_t second = figureEnd + 1;
            while (second < text.size() && std::isdigit(static_cast<unsigned char>(text[second]))) ++second;
            if (second - figureEnd - 1 <= 2) {
                figureEnd = second;
                decimal = true;  // (read as a whole, as a decimal is: no year, no count)
            }
        }
        // (In other languages a decimal, or a count or a year after a word in lower case of five letters or more,
        // that is no short form of the language's: "yükselmişti. 2026 yılı", "öldü. 5 kişi" stays whole only
        // after a short word, "ca. 5 Personen", "godz. 14 lat".)
        if (!english && !decimal) {
            std::size_t w = dot, letters = 0;
            bool lower = true;
            while (w > start && (std::isalpha(static_cast<unsigned char>(text[w - 1])) || static_cast<unsigned char>(text[w - 1]) >= 0x80)) {
                --w;
                const auto c = static_cast<unsigned char>(text[w]);
                if (c < 0x80 && !std::islower(c)) lower = false;
                if ((c & 0xC0) != 0x80) ++letters;
            }
            static constexpr WordSet kLongShortForms({
                "bspw", "nachm", "vorm", "aprox", "ongev", "approx", "incl", "zzgl", "inkl", "insg", "evtl", "bzgl", "vgl", "sogen",
                // "ungef. 30 km", "insges. 12", "vorauss. 2027", "durchschn. 3", "zusätzl. 2", "juill. 2024", "yakl. 5"
                "insges", "ungef", "vorauss", "voraussichtl", "durchschn", "zus\xC3\xA4tzl", "einschl", "ausschl", "j\xC3\xA4hrl", "monatl",
                "juill", "\xD0\xBF\xD1\x80\xD0\xB8\xD0\xB1\xD0\xBB", "p\xC5\x99ibl", "yakl", "maks", "circa", "zirka"});
            const std::string_view word(text.data() + w, dot - w);
            const bool shortForm = kLongShortForms.count(word) != 0 || neverEndsSentence(language, word);
            const int figure = figureEnd > y && figureEnd - y <= 4 ? std::stoi(text.substr(y, figureEnd - y)) : -1;
            const bool countOrYear = figure >= 0 && (figureEnd - y < 4 || (figure >= 1900 && figure <= 2099));
            // (Cyrillic and Greek capitals are two bytes from 0xD0: a word in lower case is all that is asked of them.)
            // (Turkish writes its short forms in two or three letters, "vb.", "bkz.": a verb of four ends a sentence.)
            if (!(lower && letters >= (language == "tr" ? 4U : 5U) && !shortForm && countOrYear && figureEnd + 1 < text.size() && text[figureEnd] == ' ' &&
                  (std::islower(static_cast<unsigned char>(text[figureEnd + 1])) || static_cast<unsigned char>(text[figureEnd + 1]) >= 0xC3))) {
                continue;
            }
            out.push_back(text.substr(start, dot + 1 - start));
            start = y;
            continue;
        }
        // (Or a share, "dominating. 71% possession so far": the sign after the figure.)
        const std::size_t signEnd = figureEnd > y && figureEnd < text.size() && text[figureEnd] == '%' ? figureEnd + 1 : figureEnd;
        if (figureEnd == y || (!decimal && figureEnd - y > 4) || signEnd + 1 >= text.size() || text[signEnd] != ' ' ||
            !std::islower(static_cast<unsigned char>(text[signEnd + 1]))) {
            continue;
        }
        const int value = std::stoi(text.substr(y, whole - y));
        if (!decimal && figureEnd - y == 4 && (value < 1900 || value > 2099)) continue;
        std::size_t w = dot;
        while (w > start && std::isalnum(static_cast<unsigned char>(text[w - 1]))) --w;
        const std::string_view before(text.data() + w, dot - w);
        const bool abbreviation = kBeforeNumbers.count(before) != 0 || kNeverFinal.count(before) != 0 ||
                                  english::titleAbbreviations().count(std::string(before)) != 0 || before == "Inc" ||
                                  before == "Corp" || before == "Co" || before == "Ltd" || before == "Jr" || before == "Sr";
        const bool figureBefore = !before.empty() && std::all_of(before.begin(), before.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
        // (A scale's letter after its degree sign is no initial: "Low 79°F. 20% chance of rain".)
        const bool degrees = before.size() == 1 && w >= 2 && text.compare(w - 2, 2, "\xC2\xB0") == 0;
        if ((before.size() < 2 && !figureBefore && !degrees) || abbreviation) continue;
        // (A count or an hour, not a year, only after a figure or a word in lower case of three letters and more:
        // "Rs. 500 now", "Fig. 3 shows" go on.)
        // (Nor a short form written small, "the fire dept. 4 engines", "the govt. 2 years ago"; "approx.", "ext.", "tel."
        // are `abbreviation`'s.)
        static constexpr WordSet kSmallShortForms({"dept", "depts", "govt", "corp", "cont", "contd", "univ", "assoc", "intl",
                                                                 "natl", "mgmt", "bldg", "blvd", "apts", "dist", "reps", "specs", "bros",
                                                                 "resp", "misc", "abbr", "admin", "incl", "excl", "inc", "ltd",
                                                                 "est", "vol", "vols", "fig", "figs", "max", "mins", "secs", "hrs", "yrs",
                                                                 "mos", "wks", "nos", "pts", "pop", "temp", "avg", "sq",
                                                                 "ft", "lbs", "oz", "gal", "qty", "dia", "wt", "ht", "ref", "refs", "chap",
                                                                 "sect", "para", "paras", "pgs", "edn", "eds", "trans", "orig", "repr",
                                                                 // (and those of three letters: "back end. 260 was" ends a sentence)
                                                                 "min", "sec", "tel", "ext", "art", "sch", "reg", "rev", "par", "cap",
                                                                 "col", "ann", "div", "gen", "ser", "seq", "mtg", "mkt", "pct", "yds",
                                                                 "mph", "kph", "kms", "mil", "bil", "tbl", "tsp", "pkg", "apt", "ste",
                                                                 "hwy", "fwy", "rte", "app", "abt", "sen", "rep", "gov", "hon", "ave",
                                                                 "blk", "sgt", "opp", "fax", "mob", "res", "dep", "arr", "std",
                                                                 "med", "deg", "ord", "sub", "cat", "fin", "bot", "nxt", "exp",
                                                                 // Dutch's "on average", "dagelijks gem. 120.000 voertuigen"
                                                                 "gem"});
        const bool lowerWord = before.size() >= 3 && kSmallShortForms.count(before) == 0 &&
                               std::all_of(before.begin(), before.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
        if (!decimal && figureEnd - y < 4 && !figureBefore && !lowerWord && !degrees) continue;
        if (decimal && !figureBefore && !lowerWord && !degrees) continue;
        if (!english) {
            if (figureBefore || neverEndsSentence(language, before)) continue;
        }
        out.push_back(text.substr(start, dot + 1 - start));
        start = y;
    }
    out.push_back(text.substr(start));
    return out;
}

// A transcript's direction in square brackets between two sentences, "Prices, for one. [laughs] The menu is
// long.": it ends the sentence before it (where it is not read, see NoteMarks), and the capital after it opens
// the next. ICU reads the lower case inside the bracket as the sentence going on.
std::vector<std::string> splitAfterStageDirections(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t open = text.find(" ["); open != std::string::npos; open = text.find(" [", open + 1)) {
        if (open == 0 || std::string_view(".!?").find(text[open - 1]) == std::string_view::npos) continue;
        const std::size_t close = text.find(']', open + 2);
        if (close == std::string::npos || close - open > 42 || close + 2 >= text.size() || text[close + 1] != ' ') continue;
        const std::string_view inside(text.data() + open + 2, close - open - 2);
        const bool words = !inside.empty() && std::islower(static_cast<unsigned char>(inside[0])) &&
                           std::all_of(inside.begin(), inside.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == ' '; });
        std::size_t letter = close + 2;
        const auto c = static_cast<UChar32>(nextCodePoint(text, letter));
        if (!words || !u_isupper(c)) continue;
        out.push_back(text.substr(start, close + 1 - start));
        start = close + 2;
    }
    out.push_back(text.substr(start));
    return out;
}

}  // namespace

// "…bruker for mye. – Med et fond…", "…„wygrało te wybory”. – Jesteśmy…": a dash that opens a
// speaker's words after a sentence's end (as Nordic, Polish and Russian copy marks a quote) starts a
// sentence, which ICU does not see behind the dash.
std::vector<std::string> splitAtDialogueDashes(std::vector<std::string> sentences, std::string_view language) {
    std::vector<std::string> out;
    for (std::string& sentence : sentences) {
        std::size_t start = 0;
        for (std::size_t at = sentence.find(' '); at != std::string::npos; at = sentence.find(' ', at + 1)) {
            std::size_t dash = at + 1;
            const std::size_t width = sentence.compare(dash, 3, "\xE2\x80\x93") == 0 || sentence.compare(dash, 3, "\xE2\x80\x94") == 0 ? 3 : 0;
            if (width == 0 || dash + width + 1 >= sentence.size() || sentence[dash + width] != ' ') continue;
            // (Its end before it, perhaps inside a closing quote: ". –", "”. –", "?» –".)
            std::size_t k = at;
            while (k > start && (sentence[k - 1] == '"' || sentence[k - 1] == '\'' || static_cast<unsigned char>(sentence[k - 1]) >= 0x80)) {
                if (static_cast<unsigned char>(sentence[k - 1]) >= 0x80) {
                    std::size_t lead = k - 1;
                    while (lead > start && (static_cast<unsigned char>(sentence[lead]) & 0xC0) == 0x80) --lead;
                    const std::string mark = sentence.substr(lead, k - lead);
                    if (mark != "\xE2\x80\x9D" && mark != "\xE2\x80\x9C" && mark != "\xC2\xBB" && mark != "\xE2\x80\x99") break;
                    k = lead;
                } else {
                    --k;
                }
            }
            if (k == start || (sentence[k - 1] != '.' && sentence[k - 1] != '!' && sentence[k - 1] != '?')) continue;
            // (Not after an abbreviation's dot: "przy ul. – Marszałkowskiej".)
            if (sentence[k - 1] == '.') {
                const std::string_view word = tokenBeforeDot(std::string_view(sentence).substr(start, k - start));
                // (An initial, one capital letter: "EU.", "NRK.", "2-1." end sentences.)
                const bool initial = word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]));
                if (initial || neverEndsSentence(language, word)) continue;
            }
            std::size_t letter = dash + width + 1;
            const auto c = static_cast<UChar32>(nextCodePoint(sentence, letter));
            if (!u_isupper(c)) continue;
            out.push_back(sentence.substr(start, at - start));
            start = at + 1;
        }
        out.push_back(sentence.substr(start));
    }
    return out;
}

namespace {

// Quotation marks typed as two commas and two apostrophes, as Dutch papers set them: ",,Ik zag hem." becomes
// "„Ik zag hem.”", whose opening mark ICU knows a sentence may start with (after ",," it saw a comma). "" when
// there are none.
// A wiki's worded note after a sentence's stop, "… from 1543.[citation needed] In the 19th century …", "….[note 2] It froze.":
// ICU reads the lower-case word after the stop as the sentence going on. The mark is never read (the normalizer drops it), so it
// goes here. (A figure's mark, "….[4] In", ICU already reads as a sentence's end.)
std::string withoutWordedNoteMarks(const std::string& paragraph) {
    std::string out;
    std::size_t from = 0;
    for (std::size_t open = paragraph.find('['); open != std::string::npos; open = paragraph.find('[', open + 1)) {
        if (open == 0 || std::string_view(".!?").find(paragraph[open - 1]) == std::string_view::npos) continue;
        const std::size_t close = paragraph.find(']', open);
        if (close == std::string::npos || close - open > 40 || close == open + 1) continue;
        const std::string_view mark(paragraph.data() + open + 1, close - open - 1);
        // (The wiki's own notes only, and a note's letter, "[a]": "abandoned.[by the council]" is an editor's insertion, read.)
        bool worded = mark.size() == 1 && std::islower(static_cast<unsigned char>(mark[0])) != 0;
        for (std::string_view note : {"citation needed", "clarification needed", "better source needed", "failed verification", "verification needed",
                                      "page needed", "full citation needed", "dubious", "who?", "when?", "which?", "by whom?", "according to whom?",
                                      "original research?", "unreliable source?", "vague", "note ", "nb ", "lower-alpha "}) {
            worded = worded || mark.substr(0, note.size()) == note;
        }
        if (!worded) continue;
        out.append(paragraph, from, open - from);
        from = close + 1;
    }
    if (from == 0) return paragraph;
    out.append(paragraph, from);
    return out;
}

std::string withTypedQuotes(const std::string& paragraph) {
    if (paragraph.find(",,") == std::string::npos) return "";
    std::string out;
    bool changed = false;
    for (std::size_t i = 0; i < paragraph.size(); ++i) {
        const unsigned char next = i + 2 < paragraph.size() ? static_cast<unsigned char>(paragraph[i + 2]) : 0;
        if (paragraph.compare(i, 2, ",,") == 0 && (i == 0 || paragraph[i - 1] == ' ' || paragraph[i - 1] == '(') && (std::isalnum(next) || next >= 0x80)) {
            out += "\xE2\x80\x9E";
            changed = true;
            ++i;
            continue;
        }
        const unsigned char after = i + 2 < paragraph.size() ? static_cast<unsigned char>(paragraph[i + 2]) : ' ';
        if (paragraph.compare(i, 2, "''") == 0 && i > 0 && paragraph[i - 1] != ' ' && !std::isalnum(after) && after < 0x80) {
            out += "\xE2\x80\x9D";
            changed = true;
            ++i;
            continue;
        }
        out += paragraph[i];
    }
    return changed ? out : "";
}

// A chess move's square, a file's letter and a rank's figure, ending at `end` ("f7" in "Rxf7").
bool squareEndsAt(const std::string& s, std::size_t end) {
    return end >= 2 && s[end - 1] >= '1' && s[end - 1] <= '8' && s[end - 2] >= 'a' && s[end - 2] <= 'h';
}

// "… Rxf7!!", "… Rd8??", "… Qh5+!": a move with the marks that judge it, at the end of `s`.
bool chessMoveJudged(const std::string& s) {
    std::size_t end = s.size();
    while (end > 0 && (s[end - 1] == '!' || s[end - 1] == '?')) --end;
    if (end == s.size()) return false;
    if (end > 0 && (s[end - 1] == '+' || s[end - 1] == '#')) --end;
    return squareEndsAt(s, end) && end >= 3 && std::strchr("KQRBNx", s[end - 3]) != nullptr;
}

// "Kxf7 24.Qh5+", "38.Qh5", "O-O": a sentence that opens on a move, or a move's number glued to it.
bool opensOnChessMove(const std::string& s) {
    std::size_t k = 0;
    while (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]))) ++k;
    if (k > 0) {
        if (k >= s.size() || s[k] != '.') return false;
        while (k < s.size() && s[k] == '.') ++k;
    }
    if (s.compare(k, 3, "O-O") == 0) return true;
    std::size_t e = k;
    while (e < s.size() && std::isalnum(static_cast<unsigned char>(s[e]))) ++e;
    const std::string move = s.substr(k, e - k);
    return move.size() >= 3 && move.size() <= 5 && std::strchr("KQRBN", move[0]) != nullptr && squareEndsAt(move, move.size());
}

}  // namespace

std::vector<std::string> SentenceSplitter::operator()(const std::string& paragraph) const {
    if (const std::string quoted = withTypedQuotes(paragraph); !quoted.empty()) return (*this)(quoted);
    if (paragraph.find("[") != std::string::npos) {
        if (std::string unmarked = withoutWordedNoteMarks(paragraph); unmarked != paragraph) return (*this)(unmarked);
    }
    // (Where a first cut found ends ICU does not see, each piece is split on its own.)
    const auto eachSplit = [&](const std::vector<std::string>& parts) {
        std::vector<std::string> sentences;
        for (const std::string& part : parts) {
            for (std::string& sentence : (*this)(part)) sentences.push_back(std::move(sentence));
        }
        return sentences;
    };
    if (paragraph.find("] ") != std::string::npos) {
        if (const std::vector<std::string> parts = splitAfterStageDirections(paragraph); parts.size() > 1) return eachSplit(parts);
    }
    if (paragraph.find(". ") != std::string::npos) {
        if (const std::vector<std::string> parts = splitBeforeYears(paragraph, english_ ? std::string_view() : std::string_view(language_));
            parts.size() > 1) {
            return eachSplit(parts);
        }
    }
    // "… per uur. 's Avonds mag …": Dutch and Afrikaans open a sentence on an elided article in lower case, which
    // ICU reads as the sentence going on.
    if ((language_ == "nl" || language_ == "af") && (paragraph.find(". 's ") != std::string::npos || paragraph.find(". \xE2\x80\x99s ") != std::string::npos ||
                                                     paragraph.find(". 't ") != std::string::npos || paragraph.find(". \xE2\x80\x99t ") != std::string::npos ||
                                                     paragraph.find(". 'n ") != std::string::npos || paragraph.find(". \xE2\x80\x99n ") != std::string::npos)) {
        std::vector<std::string> parts;
        std::size_t start = 0;
        for (std::size_t dot = paragraph.find(". "); dot != std::string::npos; dot = paragraph.find(". ", dot + 1)) {
            const std::size_t next = dot + 2;
            const std::size_t mark = paragraph.compare(next, 1, "'") == 0 ? 1 : paragraph.compare(next, 3, "\xE2\x80\x99") == 0 ? 3 : 0;
            if (mark == 0 || next + mark + 1 >= paragraph.size() || std::string_view("stn").find(paragraph[next + mark]) == std::string_view::npos ||
                paragraph[next + mark + 1] != ' ') {
                continue;
            }
            // (Not after a short form the language never ends a sentence on: "ca. 's avonds".)
            std::size_t w = dot;
            while (w > start && std::isalpha(static_cast<unsigned char>(paragraph[w - 1]))) --w;
            if (dot - w < 2 || neverEndsSentence(language_, std::string_view(paragraph.data() + w, dot - w))) continue;
            parts.push_back(paragraph.substr(start, dot + 1 - start));
            start = next;
        }
        if (!parts.empty()) {
            parts.push_back(paragraph.substr(start));
            return eachSplit(parts);
        }
    }
    // ICU ends no sentence at "…" (U+2026); written as three full stops, one before a word that starts
    // sentences ends it (below).
    std::string dotted;
    if (english_ && paragraph.find("\xE2\x80\xA6 ") != std::string::npos) {
        dotted = paragraph;
        for (std::size_t at = dotted.find("\xE2\x80\xA6 "); at != std::string::npos; at = dotted.find("\xE2\x80\xA6 ", at + 1)) {
            // (After a word: "paycheck. … They" is ended already.)
            const bool afterWord = at > 0 && (std::isalnum(static_cast<unsigned char>(dotted[at - 1])) ||
                                              static_cast<unsigned char>(dotted[at - 1]) >= 0x80);
            if (afterWord && kStarters.count(firstWord(std::string_view(dotted).substr(at + 4))) != 0) dotted.replace(at, 3, "...");
        }
    }
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(dotted.empty() ? paragraph : dotted);
    iterator_->setText(text);
    std::vector<std::string> sentences;
    int32_t start = iterator_->first();
    bool spacedEnd = false;  // the last piece ICU gave ended with a space
    for (int32_t end = iterator_->next(); end != icu::BreakIterator::DONE; start = end, end = iterator_->next()) {
        icu::UnicodeString piece;
        text.extractBetween(start, end, piece);
        // (Whether the piece before this one ended on a space: an ellipsis glued to a word is no end.)
        const bool spacedBefore = spacedEnd;
        spacedEnd = piece.length() > 0 && u_isspace(piece.charAt(piece.length() - 1));
        std::string sentence = toUtf8(piece.trim());
        if (sentence.empty()) continue;
        // (Nor do the marks that judge a game's move before the next move: "23.Rxf7!! Kxf7", "37...Rd8?? 38.Qh5".)
        if (!sentences.empty() && chessMoveJudged(sentences.back()) && opensOnChessMove(sentence)) {
            sentences.back() += " " + sentence;
            continue;
        }
        // (Nor a dot that opens a word, a space before it and none after: "Microsoft's .NET 9", "the .xyz domain".)
        // (Not a sentence's stop typed apart from it, "on Tuesday .He had": its next word capitalized, small letters after.)
        if (!sentences.empty() && !spacedBefore && sentences.back().size() >= 3 && sentences.back().ends_with(" .") &&
            std::isalpha(static_cast<unsigned char>(sentence[0])) &&
            !(std::isupper(static_cast<unsigned char>(sentence[0])) && sentence.size() > 1 && std::islower(static_cast<unsigned char>(sentence[1])))) {
            sentences.back() += sentence;
            continue;
        }
        // (A figure's dot glued to a capital is no end, no space after it: a game's move, "2.Nf3", "23.Rxf7".)
        if (!sentences.empty() && !spacedBefore && sentences.back().size() >= 2 && sentences.back().back() == '.' &&
            std::isdigit(static_cast<unsigned char>(sentences.back()[sentences.back().size() - 2])) &&
            std::isupper(static_cast<unsigned char>(sentence[0]))) {
            sentences.back() += sentence;
            continue;
        }
        // ICU may break inside the note marks glued to a full stop ("5 seconds.[|23][24] If"): the marks go
        // back to the sentence they annotate, where they are not read.
        if (!sentences.empty() && sentences.back().back() == '[') {
            std::size_t k = 0;
            for (;;) {
                std::size_t j = k;
                while (j < sentence.size() && std::isdigit(static_cast<unsigned char>(sentence[j]))) ++j;
                if (j == k || j >= sentence.size() || sentence[j] != ']') break;
                k = j + 1;
                if (k < sentence.size() && sentence[k] == '[' && k + 1 < sentence.size() &&
                    std::isdigit(static_cast<unsigned char>(sentence[k + 1]))) {
                    ++k;
                    continue;
                }
                break;
            }
            if (k > 0) {
                sentences.back() += sentence.substr(0, k);
                const std::size_t rest = sentence.find_first_not_of(' ', k);
                if (rest == std::string::npos) continue;
                sentence = sentence.substr(rest);
            }
        }
        // A closing guillemet set after a space ("l'hiver. » Le maire") ends the quote before it, not the
        // next sentence.
        const auto quoteOpenBefore = [&] {
            const std::size_t open = sentences.back().rfind("\xC2\xAB"), close = sentences.back().rfind("\xC2\xBB");
            return open != std::string::npos && (close == std::string::npos || close < open);
        };
        // ("Où en est-on ? », interroge son porte-parole": a quote of several sentences closed, then its speaker after a
        // comma, goes on from the quote's last sentence.)
        if (!sentences.empty() && sentence.compare(0, 2, "\xC2\xBB") == 0 && sentence.find_first_not_of(' ', 2) != std::string::npos &&
            sentence[sentence.find_first_not_of(' ', 2)] == ',') {
            sentences.back() += " " + sentence;
            continue;
        }
        if (!sentences.empty() && sentence.compare(0, 2, "\xC2\xBB") == 0 && quoteOpenBefore()) {
            sentences.back() += " \xC2\xBB";
            const std::size_t rest = sentence.find_first_not_of(' ', 2);
            if (rest == std::string::npos) continue;
            sentence = sentence.substr(rest);
        }
        // "…している。【佐藤健太】": an opening bracket left after a full stop opens the next sentence.
        if (!sentences.empty()) {
            static const char* const kOpening[] = {"\xE3\x80\x90", "\xE3\x80\x8C", "\xE3\x80\x8E", "\xEF\xBC\x88",
                                                   "\xE3\x80\x94", "\xEF\xBC\xBB", "\xE3\x80\x8A", "\xE3\x80\x88"};  // 【「『（〔［《〈
            std::string& last = sentences.back();
            for (const char* open : kOpening) {
                if (last.size() > 3 && last.ends_with(open)) {
                    sentence = std::string(open) + sentence;
                    last.erase(last.size() - 3);
                    while (!last.empty() && last.back() == ' ') last.pop_back();
                    break;
                }
            }
        }
        // 「大丈夫です。」と言った: a quotation closed and taken up by a particle is one sentence.
        const bool quoteTakenUp = !sentences.empty() &&
                                  (sentences.back().ends_with("\xE3\x80\x8D") || sentences.back().ends_with("\xE3\x80\x8F")) &&
                                  (sentence.starts_with("\xE3\x81\xA8") || sentence.starts_with("\xE3\x81\xA3") ||
                                   sentence.starts_with("\xE3\x81\xAA"));  // と, っ(て), な(ど)
        if (quoteTakenUp) {
            sentences.back() += sentence;
            continue;
        }
        // "He spoke first... Then the minister replied": a spaced ellipsis before a word that starts
        // sentences ends one (shouldJoin keeps an ellipsis glued to a word, "Christmas...Again", whole).
        const bool ellipsisEnds = english_ && spacedBefore && !sentences.empty() &&
                                  (sentences.back().ends_with("...") || sentences.back().ends_with("\xE2\x80\xA6")) &&
                                  sentences.back().find(' ') != std::string::npos && kStarters.count(firstWord(sentence)) != 0 &&
                                  !stammer(sentences.back(), sentence);
        // "a bruised right hand.... Boston is 22-3": a full stop and an ellipsis, as AP's notes part their items, end
        // the sentence before a capital.
        const bool stopAndEllipsis = spacedBefore && !sentences.empty() &&
                                     (sentences.back().ends_with("....") || sentences.back().ends_with(".\xE2\x80\xA6")) &&
                                     std::isupper(static_cast<unsigned char>(sentence.front()));
        // ("hand. ... Boston is 22-3": the same with a space between; the ellipsis, which parts the items, is not read.)
        if (!sentences.empty() && (sentences.back().ends_with(". ...") || sentences.back().ends_with(". \xE2\x80\xA6")) &&
            std::isupper(static_cast<unsigned char>(sentence.front()))) {
            std::string& last = sentences.back();
            last.resize(last.size() - 4);  // " ..." and " …" are four bytes each
            sentences.push_back(std::move(sentence));
            continue;
        }
        if (ellipsisEnds || stopAndEllipsis) {
            sentences.push_back(std::move(sentence));
            continue;
        }
        if (!sentences.empty() && shouldJoin(sentences.back(), sentence, english_, language_)) {
            // Rejoined as written: no space before the punctuation that goes on ("identity?; recognize").
            const bool punctuation = std::string_view(";,:)/").find(sentence.front()) != std::string_view::npos;
            sentences.back() += punctuation ? sentence : ' ' + sentence;
        } else {
            sentences.push_back(std::move(sentence));
        }
    }
    static constexpr WordSet kDashSpeech({"nb", "nn", "no", "da", "sv", "pl", "ru", "uk", "cs", "sk", "bg", "fi",
                                                          "is", "hr", "sr", "sl", "et", "lv", "lt"});
    const bool dashes = kDashSpeech.count(language_) != 0 && (paragraph.find("\xE2\x80\x93 ") != std::string::npos ||
                                                               paragraph.find("\xE2\x80\x94 ") != std::string::npos);
    return dashes ? splitAtDialogueDashes(std::move(sentences), language_) : sentences;
}

}  // namespace readcast
