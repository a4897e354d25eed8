#include "text/german/GermanWords.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <utility>

#include "core/Ascii.hpp"

namespace readcast::german {

bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

std::size_t digitsEnd(const std::string& text, std::size_t i) {
    while (i < text.size() && isDigit(text[i])) ++i;
    return i;
}

std::string lowerGerman(std::string s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            s[i] = static_cast<char>(std::tolower(c));
        } else if (c == 0xC3 && i + 1 < s.size()) {
            const auto next = static_cast<unsigned char>(s[i + 1]);
            if (next == 0x84 || next == 0x96 || next == 0x9C) s[i + 1] = static_cast<char>(next + 0x20);  // Ä Ö Ü
            ++i;
        }
    }
    return s;
}

std::size_t capitalAt(const std::string& text, std::size_t i) {
    if (i >= text.size()) return 0;
    if (std::isupper(static_cast<unsigned char>(text[i]))) return 1;
    if (text[i] == '\xC3' && i + 1 < text.size() && (text[i + 1] == '\x84' || text[i + 1] == '\x96' || text[i + 1] == '\x9C')) return 2;
    return 0;
}

std::size_t smallLetterAt(const std::string& text, std::size_t i) {
    if (i >= text.size()) return 0;
    if (std::islower(static_cast<unsigned char>(text[i]))) return 1;
    if (text[i] == '\xC3' && i + 1 < text.size() &&
        (text[i + 1] == '\xA4' || text[i + 1] == '\xB6' || text[i + 1] == '\xBC' || text[i + 1] == '\x9F')) {
        return 2;  // ä ö ü ß
    }
    return 0;
}

namespace {

std::size_t letterAt(const std::string& text, std::size_t i) {
    const std::size_t n = capitalAt(text, i);
    return n != 0 ? n : smallLetterAt(text, i);
}

}  // namespace

WordBefore wordBefore(const std::string& text, std::size_t i) {
    WordBefore w;
    std::size_t end = i;
    while (end > 0 && text[end - 1] == ' ') --end;
    if (end == 0) return w;
    std::size_t begin = end;
    // Back over letters: ASCII ones, or the two bytes of a German one.
    while (begin > 0) {
        if (std::isalpha(static_cast<unsigned char>(text[begin - 1]))) {
            --begin;
        } else if (begin >= 2 && letterAt(text, begin - 2) == 2) {
            begin -= 2;
        } else {
            break;
        }
    }
    if (begin == end || (begin > 0 && isWordByte(text[begin - 1]))) {
        w.sign = begin == end ? text[end - 1] : 0;
        w.begin = begin;
        return w;
    }
    w.word = text.substr(begin, end - begin);
    w.begin = begin;
    return w;
}

WordBefore wordBeforeSign(const std::string& text, std::size_t i) {
    while (i > 0 && text[i - 1] == ' ') --i;
    return i > 0 ? wordBefore(text, i - 1) : WordBefore{};
}

std::string wordFrom(const std::string& text, std::size_t i, std::size_t* end) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t e = i;
    for (std::size_t n = letterAt(text, e); n != 0; n = letterAt(text, e)) e += n;
    if (end != nullptr) *end = e;
    return text.substr(i, e - i);
}

namespace {

const char* const kMonths[] = {"Januar", "Februar", "M\xC3\xA4rz", "April",   "Mai",      "Juni",
                               "Juli",   "August",  "September",  "Oktober", "November", "Dezember"};

}  // namespace

const char* monthName(int month) { return month >= 1 && month <= 12 ? kMonths[month - 1] : ""; }

int monthAt(const std::string& text, std::size_t i, std::size_t* length) {
    const auto endsHere = [&](std::size_t end) { return end >= text.size() || !isWordByte(text[end]); };
    for (int m = 0; m < 12; ++m) {
        const std::size_t n = std::strlen(kMonths[m]);
        if (text.compare(i, n, kMonths[m]) == 0 && endsHere(i + n)) {
            *length = n;
            return m + 1;
        }
    }
    if (text.compare(i, 7, "J\xC3\xA4nner") == 0 && endsHere(i + 7)) {  // Austrian January
        *length = 7;
        return 1;
    }
    return 0;
}

bool isPreposition(const std::string& lower) {
    static const char* const kPrepositions[] = {
        "ab",  "an",  "auf",  "aus",    "bei",   "bis",    "durch",   "f\xC3\xBCr", "gegen", "hinter", "in",
        "mit", "nach", "neben", "ohne", "seit",  "um",     "unter",   "\xC3\xBC" "ber", "von", "vor", "w\xC3\xA4hrend",
        "wegen", "zu", "zwischen", "innerhalb", "au\xC3\x9F" "erhalb", "trotz", "binnen"};
    for (const char* p : kPrepositions) {
        if (lower == p) return true;
    }
    return false;
}

bool isWeekday(const std::string& lower) {
    static const char* const kDays[] = {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag"};
    for (const char* d : kDays) {
        if (lower == d) return true;
    }
    return false;
}

const char* rankedNounOrdinalRule(const std::string& noun) {
    static const std::pair<const char*, const char*> kRanked[] = {
        {"Klasse", "%spellout-ordinal"},   {"Liga", "%spellout-ordinal"},      {"Bundesliga", "%spellout-ordinal"},
        {"Minute", "%spellout-ordinal"},
        {"Runde", "%spellout-ordinal"},    {"Etage", "%spellout-ordinal"},     {"Halbzeit", "%spellout-ordinal"},
        {"Lesung", "%spellout-ordinal"},   {"Auflage", "%spellout-ordinal"},   {"Instanz", "%spellout-ordinal"},
        {"Kammer", "%spellout-ordinal"},   {"Staffel", "%spellout-ordinal"},   {"Folge", "%spellout-ordinal"},
        {"Weltkrieg", "%spellout-ordinal-r"}, {"Stock", "%spellout-ordinal-r"}, {"Spieltag", "%spellout-ordinal-r"},
        {"Advent", "%spellout-ordinal-r"}, {"Senat", "%spellout-ordinal-r"},   {"Wahlgang", "%spellout-ordinal-r"},
        {"Mal", "%spellout-ordinal-s"},    {"Jahrhundert", "%spellout-ordinal-s"}, {"Quartal", "%spellout-ordinal-s"},
        // a club's name, "1. FC Köln verliert …", "1. FSV Mainz 05": "Erster FC Köln"
        {"FC", "%spellout-ordinal-r"},     {"FSV", "%spellout-ordinal-r"},     {"FFC", "%spellout-ordinal-r"}};
    for (const auto& [word, rule] : kRanked) {
        if (noun == word) return rule;
    }
    return nullptr;
}

const char* ordinalAfterBareDeterminer(const std::string& determiner, const std::string& noun) {
    static const char* const kBare[] = {"sein", "ihr", "mein", "dein", "unser", "euer", "ein", "kein"};
    if (std::find(std::begin(kBare), std::end(kBare), determiner) == std::end(kBare)) return nullptr;
    // (A noun, written with its capital: "sein 9. Saisontor"; not "ein 3. bis 4. …".)
    if (noun.empty() || capitalAt(noun, 0) == 0) return nullptr;
    // The heads of compounds a rank is given to in news that are masculine; the others read as neuter.
    static const char* const kMasculine[] = {"titel", "sieg", "platz", "treffer", "rang", "punkt", "versuch", "start", "einsatz", "tag",
                                             "film", "roman", "song", "lauf", "erfolg", "auftritt", "anlauf", "satz", "kampf", "triumph",
                                             "sohn", "enkel", "monat", "bezirk", "krieg", "gang", "schritt", "band", "vertrag", "besuch",
                                             "termin", "rekord", "preis", "weltmeister", "meister", "pokal", "streik", "anschlag", "fall",
                                             "mann", "marathon", "lockdown", "stern", "gewinn", "verlust", "schlag", "zug", "flug", "test",
                                             "job", "auftrag", "antrag", "beschluss", "entwurf", "abschluss", "bericht", "vorschlag", "kandidat",
                                             "trainer", "spieler", "partner", "wagen", "hund", "bruder", "vater", "weg", "ort", "teil",
                                             "meter", "tritt", "trick"};
    const std::string lower = lowerGerman(noun);
    for (const char* head : kMasculine) {
        const std::size_t n = std::strlen(head);
        if (lower.size() >= n && lower.compare(lower.size() - n, n, head) == 0) return "%spellout-ordinal-r";
    }
    return "%spellout-ordinal-s";
}

}  // namespace readcast::german
