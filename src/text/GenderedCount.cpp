#include "text/GenderedCount.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <initializer_list>

#include "core/Ascii.hpp"
#include "core/Text.hpp"
#include "core/Utf8.hpp"

namespace readcast {
namespace {

bool endsWith(const std::string& s, const char* tail) {
    const std::size_t n = std::strlen(tail);
    return s.size() > n && s.compare(s.size() - n, n, tail) == 0;
}

bool oneOf(const std::string& s, std::initializer_list<const char*> words) {
    for (const char* w : words) {
        if (s == w) return true;
    }
    return false;
}

// The lower-case word before `i`, over the spaces before it.
std::string wordBefore(const std::string& text, std::size_t i) {
    std::size_t before = i;
    while (before > 0 && text[before - 1] == ' ') --before;
    std::size_t start = before;
    while (start > 0 && !std::isspace(static_cast<unsigned char>(text[start - 1]))) --start;
    return lowerUtf8(text.substr(start, before - start));
}

}  // namespace

bool afterFeminineDeterminer(const std::string& text, std::size_t i) {
    if (i == 0 || text[i - 1] != ' ') return false;
    // (An hour is the time rules' to say: "las 21:00", "las 21 hs", "às 21h".)
    std::size_t e = i;
    while (e < text.size() && std::isdigit(static_cast<unsigned char>(text[e]))) ++e;
    if (e < text.size() && (text[e] == ':' || isWordByte(text[e]))) return false;
    // (Nor before a count's own noun, masculine: "Las 21 millones de dosis" is "veintiún millones".)
    for (const char* magnitude : {" mill\xC3\xB3n", " millones", " milh\xC3\xA3o", " milh\xC3\xB5" "es", " mil ", " bilh", " billones",
                                  " millions", " million", " milliards", " milliard"}) {
        if (text.compare(e, std::strlen(magnitude), magnitude) == 0) return false;
    }
    for (const char* hour : {" hs", " hrs", " h ", " h.", " h,"}) {
        if (text.compare(e, std::strlen(hour), hour) == 0 &&
            (e + std::strlen(hour) >= text.size() || !isWordByte(text[e + std::strlen(hour)]) || hour[2] == ' ' || hour[2] == '.')) {
            return false;
        }
    }
    // (Not "le": feminine in Italian, masculine in French; nor "les", "sus", "suas", "ces": either.)
    return oneOf(wordBefore(text, i),
                 {"as", "das", "nas", "pelas", "\xC3\xA0s", "outras", "estas", "essas", "aquelas", "todas", "algumas", "muitas", "poucas",
                  "v\xC3\xA1rias", "nossas", "las", "unas", "otras", "esas", "muchas", "pocas", "algunas", "varias", "ambas",
                  "nuestras", "toutes"});
}

std::size_t feminineCountAt(const std::string& text, std::size_t i, const Spellout& spellout, FeminineNoun feminine,
                            std::string& spoken) {
    // (Nor the denominator of a fraction: "2 1/2 horas".)
    if (i > 0 && (isWordByte(text[i - 1]) || text[i - 1] == ',' || text[i - 1] == '.' || text[i - 1] == '-' || text[i - 1] == '/')) return i;
    std::size_t e = i;
    std::string digits;
    bool grouped = false;
    while (e < text.size() && (std::isdigit(static_cast<unsigned char>(text[e])) ||
                               (text[e] == '.' && e + 3 < text.size() && std::isdigit(static_cast<unsigned char>(text[e + 1])) &&
                                std::isdigit(static_cast<unsigned char>(text[e + 2])) && std::isdigit(static_cast<unsigned char>(text[e + 3])) &&
                                (e + 4 >= text.size() || !std::isdigit(static_cast<unsigned char>(text[e + 4])))))) {
        if (text[e] == '.') grouped = true;
        if (text[e] != '.') digits += text[e];
        ++e;
    }
    // (After a feminine determiner the number agrees with it, its noun said or not: "outras 687.")
    const bool agreed = !digits.empty() && digits.size() <= 9 && digits[0] != '0' && afterFeminineDeterminer(text, i) &&
                        (e >= text.size() || !isWordByte(text[e]));
    if (!grouped && digits.size() == 4 && digits >= "1000" && digits <= "2100") return i;  // a year
    if (agreed && (e >= text.size() || text.compare(e, 5, " mil ") != 0)) {
        spoken = feminineWordsOr(spellout, std::stoll(digits), "");
        return spoken.empty() ? i : e;
    }
    if (digits.empty() || digits.size() > 9 || (digits.size() > 1 && digits[0] == '0') || e >= text.size() || text[e] != ' ') return i;
    long long n = std::stoll(digits);
    std::size_t end = e;
    // "2 mil casas": thousands in words.
    if (text.compare(e, 5, " mil ") == 0 && n < 1000) {
        n *= 1000;
        end = e + 4;
    }
    std::size_t wordEnd = end + 1;
    while (wordEnd < text.size() && (std::isalpha(static_cast<unsigned char>(text[wordEnd])) || static_cast<unsigned char>(text[wordEnd]) >= 0x80)) {
        ++wordEnd;
    }
    const std::string noun = lowerUtf8(text.substr(end + 1, wordEnd - end - 1));
    // (Articles, prepositions and pronouns after a number are no noun it counts: "artigo 21 da lei",
    // "ADI 7.236 na quarta-feira", "l'articolo 21 della Costituzione".)
    if (noun.size() < 3 || oneOf(noun, {"della", "dalla", "alla", "nella", "sulla", "dalle", "delle", "alle", "nelle", "sulle", "una",
                                        "questa", "quella", "sua", "nostra", "ogni", "per", "tra", "fra", "contra", "para", "pela",
                                        "pelas", "numa", "nas", "das", "uma", "esta", "essa", "toda", "cada", "outra", "sobre", "desta",
                                        "dessa", "nessa", "nesta", "dans", "sans", "sous", "avec", "entre", "cette", "toute", "chaque",
                                        "une", "les", "des", "aux", "sur"}) ||
        !feminine(noun)) {
        return i;
    }
    // (Nor is a number that labels: "artigo 21 …", "ADI 7.236", "n.º 3".)
    const std::string previous = wordBefore(text, i);
    if (oneOf(previous, {"artigo", "art.", "articolo", "article", "art\xC3\xAD" "culo", "lei", "legge", "loi", "n.\xC2\xBA", "n\xC2\xBA",
                         "n.", "no", "n\xC2\xB0", "n\xC3\xBA" "mero", "numero", "num\xC3\xA9" "ro", "p\xC3\xA1" "gina", "pagina", "page",
                         "cap\xC3\xAD" "tulo", "capitolo", "chapitre", "linha", "linea", "ligne", "rota", "route", "via", "sala", "salle",
                         "quarto", "porta", "voo", "volo", "vol"}) ||
        (previous.size() >= 2 && std::all_of(previous.begin(), previous.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }))) {
        return i;
    }
    const std::string female = feminineWordsOr(spellout, n, "");
    if (female.empty()) return i;
    spoken = female;
    return end;
}

std::string feminineWordsOr(const Spellout& spellout, long long n, const std::string& otherwise) {
    const std::string female = spellout.say(n, "%spellout-cardinal-feminine");
    return female.empty() || female == spellout.say(n, "%spellout-cardinal-masculine") ? otherwise : female;
}

bool isPortugueseFeminine(const std::string& noun) {
    // (A noun in "-ista" names both sexes, and a count of them is masculine: "42 economistas".)
    // (But not "pista", "lista", "revista", "entrevista", "conquista", "vista": things, feminine.)
    if ((endsWith(noun, "ista") || endsWith(noun, "istas")) &&
        !oneOf(noun, {"pista", "pistas", "lista", "listas", "revista", "revistas", "entrevista", "entrevistas", "conquista", "conquistas",
                      "vista", "vistas", "crista", "cristas"})) {
        return false;
    }
    if (oneOf(noun, {"dia", "dias", "mapa", "mapas", "problema", "problemas", "programa", "programas", "sistema", "sistemas", "tema",
                     "temas", "clima", "planeta", "planetas", "idioma", "idiomas", "cinema", "cinemas", "poema", "poemas", "atleta",
                     "atletas", "jornalista", "jornalistas", "turista", "turistas", "motorista", "motoristas"})) {
        return false;  // masculine, or either gender
    }
    return endsWith(noun, "a") || endsWith(noun, "as") || endsWith(noun, "\xC3\xA7\xC3\xA3o") || endsWith(noun, "\xC3\xA7\xC3\xB5" "es") ||
           endsWith(noun, "s\xC3\xA3o") || endsWith(noun, "s\xC3\xB5" "es") || endsWith(noun, "dade") || endsWith(noun, "dades") ||
           endsWith(noun, "agem") || endsWith(noun, "agens") ||
           oneOf(noun, {"mortes", "morte", "vezes", "vez", "mulheres", "mulher", "noites", "noite", "redes", "rede", "leis", "lei",
                        "m\xC3\xA3" "es", "m\xC3\xA3" "e", "fontes", "flores", "partes", "parte", "sedes", "torres", "vagas",
                        "doses", "dose", "pontes", "ponte", "tardes", "tarde", "chaves", "chave", "classes", "classe",
                        "aves", "greves", "greve", "fases", "fase", "bases", "base"});
}

bool isItalianFeminine(const std::string& noun) {
    // (Both sexes, "1 giornalista", "1 ciclista"; not the things, "pista", "lista", "rivista", "intervista".)
    if (endsWith(noun, "ista") && !oneOf(noun, {"pista", "lista", "rivista", "intervista", "conquista", "vista", "cresta"})) return false;
    // (Nor an hour of a unit of energy, "1 chilowattora", "1 gigawattora": masculine.)
    if (endsWith(noun, "wattora")) return false;
    if (oneOf(noun, {"problema", "sistema", "tema", "programma", "clima", "pianeta", "poeta", "atleta", "giornalista", "turista",
                     "cinema", "papa", "collega", "dramma", "schema", "comma", "diploma", "dilemma", "enigma", "teorema",
                     "poema", "panorama", "trauma", "idioma", "stemma", "fantasma", "aroma", "dogma", "prisma",
                     // (Nor the thousands written apart, "41 mila", a number's part: "quarantunomila".)
                     "mila"})) {
        return false;
    }
    // (Nouns in "-gione", "-sione", "-zione", "-nione" are feminine, "stagione", "opinione"; "milione" and
    // "campione" are not. So are "-trice" and "-i" words, and a few in "-o" cut from longer ones, "auto", "foto".)
    return endsWith(noun, "a") || endsWith(noun, "gione") || endsWith(noun, "sione") || endsWith(noun, "zione") ||
           endsWith(noun, "nione") || endsWith(noun, "trice") || endsWith(noun, "t\xC3\xA0") || endsWith(noun, "t\xC3\xB9") ||
           oneOf(noun, {"notte", "volta", "ora", "persona", "legge", "parte", "rete", "morte", "classe", "fonte", "mente", "chiave",
                        "nave", "sede", "carne", "neve", "madre", "torre", "sorte", "arte", "gente", "crisi", "tesi", "analisi",
                        "auto", "foto", "moto", "radio", "mano", "moglie", "luce", "voce", "pace", "croce", "febbre", "frase"});
}

bool isFrenchFeminine(const std::string& noun) {
    // (Nouns in "-ée" are feminine, "une année", "une blessée", but for a few learned ones, singular or plural.)
    if (endsWith(noun, "\xC3\xA9" "e") || endsWith(noun, "\xC3\xA9" "es")) {
        const std::string one = noun.back() == 's' ? noun.substr(0, noun.size() - 1) : noun;
        return !oneOf(one, {"mus\xC3\xA9" "e", "lyc\xC3\xA9" "e", "troph\xC3\xA9" "e", "mausol\xC3\xA9" "e", "apog\xC3\xA9" "e",
                            "ath\xC3\xA9" "e", "pygm\xC3\xA9" "e", "caduc\xC3\xA9" "e", "scarab\xC3\xA9" "e", "p\xC3\xA9rin\xC3\xA9" "e",
                            "ath\xC3\xA9n\xC3\xA9" "e", "colis\xC3\xA9" "e", "camp\xC3\xA9" "e", "empyr\xC3\xA9" "e", "hym\xC3\xA9n\xC3\xA9" "e",
                            "coryph\xC3\xA9" "e", "prytan\xC3\xA9" "e", "sigisb\xC3\xA9" "e", "gyn\xC3\xA9" "c\xC3\xA9" "e", "macchab\xC3\xA9" "e"});
    }
    if (endsWith(noun, "tion") || endsWith(noun, "tions") || endsWith(noun, "sion") || endsWith(noun, "sions")) return true;
    // (Nouns in "-té" are feminine, "une société", but for those made of a participle and a few others: "331 députés", "trois
    // comités", "deux traités".)
    if (endsWith(noun, "t\xC3\xA9") || endsWith(noun, "t\xC3\xA9s")) {
        const std::string one = noun.back() == 's' ? noun.substr(0, noun.size() - 1) : noun;
        return !oneOf(one, {"d\xC3\xA9put\xC3\xA9", "comit\xC3\xA9", "trait\xC3\xA9", "c\xC3\xB4t\xC3\xA9", "\xC3\xA9t\xC3\xA9", "p\xC3\xA2t\xC3\xA9",
                            "arr\xC3\xAAt\xC3\xA9", "mandat\xC3\xA9", "invit\xC3\xA9", "abonn\xC3\xA9", "affili\xC3\xA9", "insurg\xC3\xA9",
                            "r\xC3\xA9sult\xC3\xA9", "pr\xC3\xA9" "fet", "salari\xC3\xA9"});
    }
    return oneOf(noun, {"heure", "heures", "personne", "personnes", "fois", "semaine", "semaines", "ann\xC3\xA9" "e",
                        "ann\xC3\xA9" "es", "minute", "minutes", "seconde", "secondes", "journ\xC3\xA9" "e", "journ\xC3\xA9" "es",
                        "victime", "victimes", "voiture", "voitures", "maison", "maisons", "femme", "femmes", "tonne", "tonnes",
                        "place", "places", "page", "pages", "ville", "villes", "commune", "communes", "entreprise", "entreprises",
                        "\xC3\xA9" "cole", "\xC3\xA9" "coles", "ligne", "lignes", "nuit", "nuits", "\xC3\xA9" "toile", "\xC3\xA9" "toiles",
                        "classe", "classes", "famille", "familles", "fille", "filles", "r\xC3\xA9gion", "r\xC3\xA9gions", "saison",
                        "saisons", "voix", "\xC3\xA9" "quipe", "\xC3\xA9" "quipes", "d\xC3\xA9" "put\xC3\xA9" "e", "\xC3\xA9" "glise",
                        "\xC3\xA9" "glises", "loi", "lois"});
}

}  // namespace readcast
