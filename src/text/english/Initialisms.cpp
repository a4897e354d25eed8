#include "text/english/Initialisms.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

namespace readcast::english {

namespace {

bool isCapitalsWord(const std::string& w) {
    return w.size() >= 2 && w.size() <= 6 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

namespace {

// Where the words before the bracket at `open` begin that open on these letters, small words between them aside; none when
// they do not.
std::optional<std::size_t> initialsStart(const Tokens& t, std::size_t open, const std::string& letters) {
    if (letters.size() < 2 || letters.size() > 6) return std::nullopt;
    const bool upper = isCapitalsWord(letters);
    const bool lower = std::all_of(letters.begin(), letters.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    // ("year-on-year (YoY)", "month-on-month (MoM)": capitals for the words, small letters for the small words.)
    const bool mixed = letters.size() == 3 && std::isupper(static_cast<unsigned char>(letters[0])) && std::islower(static_cast<unsigned char>(letters[1])) &&
                       std::isupper(static_cast<unsigned char>(letters[2]));
    if (!upper && !lower && !mixed) return std::nullopt;
    if (open < 2 || !isKind(t, open - 1, Kind::Space)) return std::nullopt;
    std::size_t wanted = letters.size();
    std::size_t k = open - 1;
    while (k > 0 && wanted > 0) {
        --k;
        if (isKind(t, k, Kind::Space) || isSym(t, k, "-") || isSym(t, k, ",")) continue;
        if (!isKind(t, k, Kind::Word)) return std::nullopt;
        const char first = static_cast<char>(std::tolower(static_cast<unsigned char>(t[k].text[0])));
        if (first == std::tolower(static_cast<unsigned char>(letters[wanted - 1]))) {
            --wanted;
            continue;
        }
        if (!isWordIn(t, k, {"of", "and", "the", "for", "on", "in", "to", "&"})) return std::nullopt;
    }
    if (wanted != 0) return std::nullopt;
    return k;
}

bool initialsBefore(const Tokens& t, std::size_t open, const std::string& letters) { return initialsStart(t, open, letters).has_value(); }

}  // namespace

namespace {

bool isShortUnit(const std::string& w) {
    return w.size() >= 2 && w.size() <= 5 &&
           (std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) || isCapitalsWord(w));
}

}  // namespace

bool glossesWordsBefore(const Tokens& t, std::size_t open) {
    const std::string& letters = t[open + 1].text;
    // ("ministries, departments and agencies (MDAs)", "basis point (bps)": the plural's "s" is no initial, in capitals' or
    // small letters' glosses; "short message service (sms)" keeps its own.)
    const bool plural = letters.size() >= 3 && letters.back() == 's' &&
                        (isCapitalsWord(letters.substr(0, letters.size() - 1)) ||
                         std::all_of(letters.begin(), letters.end(), [](char c) { return c >= 'a' && c <= 'z'; }));
    return initialsBefore(t, open, letters) || (plural && initialsBefore(t, open, letters.substr(0, letters.size() - 1)));
}

std::set<std::string> initialismsUsedAgain(const std::vector<std::string>& texts) {
    std::set<std::string> used;
    for (const std::string& text : texts) {
        if (std::none_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) continue;
        const Tokens t = tokenize(text);
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (!isKind(t, i, Kind::Word)) continue;
            std::string w = t[i].text;
            dropPossessive(w);  // ("IEDA's board")
            if (!isCapitalsWord(w) || (isSym(t, i - 1, "(") && isSym(t, i + 1, ")"))) continue;
            used.insert(w);
        }
    }
    return used;
}

std::string introducingInitialisms(const std::string& sentence, const std::set<std::string>& reused) {
    if (reused.empty() || sentence.find('(') == std::string::npos) return sentence;
    const Tokens t = tokenize(sentence);
    std::string out;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (isSym(t, i, "(") && isKind(t, i + 1, Kind::Word) && isSym(t, i + 2, ")") && reused.count(t[i + 1].text) != 0 &&
            glossesWordsBefore(t, i)) {
            while (!out.empty() && out.back() == ' ') out.pop_back();
            out += ", or " + t[i + 1].text;
            // (A comma after it unless the clause ends there.)
            const bool ends = i + 3 >= t.size() || isSym(t, i + 3, ".") || isSym(t, i + 3, ",") || isSym(t, i + 3, ";") ||
                              isSym(t, i + 3, ":") || isSym(t, i + 3, ")");
            if (!ends) out += ",";
            i += 2;
            continue;
        }
        out += t[i].text;
    }
    return out;
}

std::map<std::string, std::string> glossedUnits(const std::vector<std::string>& texts) {
    std::map<std::string, std::string> units;
    for (const std::string& text : texts) {
        if (text.find('(') == std::string::npos) continue;
        const Tokens t = tokenize(text);
        for (std::size_t i = 0; i + 2 < t.size(); ++i) {
            if (!isSym(t, i, "(") || !isKind(t, i + 1, Kind::Word) || !isSym(t, i + 2, ")") || !isShortUnit(t[i + 1].text)) continue;
            const std::size_t start = initialsStart(t, i, t[i + 1].text).value_or(0);
            if (start < 2 || !isKind(t, start - 1, Kind::Space)) continue;
            // (A figure before the words, or before its magnitude: "2.154 billion bushels (bb)", "1.1 million barrels per
            // day (bpd)"; a name's initials, "Alberta Energy Regulator (AER)", are no unit.)
            std::size_t figure = start - 2;
            if (isWordIn(t, figure, {"thousand", "million", "billion", "trillion", "lakh", "crore"}) && figure >= 2 && isKind(t, figure - 1, Kind::Space)) {
                figure -= 2;
            }
            if (!isKind(t, figure, Kind::Number)) continue;
            std::string words;
            for (std::size_t k = start; k < i; ++k) words += t[k].text;
            while (!words.empty() && words.back() == ' ') words.pop_back();
            // (All in small letters: a name's words are no unit's, "15 Republican National Committee (RNC) members".)
            if (std::any_of(words.begin(), words.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) continue;
            // (In the plural, or a rate per a unit, "bushels per acre": a definition in the singular, "1 percentage point (pp)",
            // "a 25 basis point (bp) cut", would be said so after every figure.)
            if (words.back() != 's' && words.find(" per ") == std::string::npos) continue;
            units.emplace(t[i + 1].text, words);
        }
    }
    return units;
}

std::string withGlossedUnits(const std::string& sentence, const std::map<std::string, std::string>& units) {
    if (units.empty()) return sentence;
    const Tokens t = tokenize(sentence);
    std::string out;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const bool afterFigure = i >= 1 && (isKind(t, i - 1, Kind::Number) || (i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Number)));
        // (Not a compound unit's first part: "10.5 mb/d" is million barrels a day whatever "mb" was.)
        const auto unit = isKind(t, i, Kind::Word) && afterFigure && !isSym(t, i + 1, "/") ? units.find(t[i].text) : units.end();
        if (unit != units.end()) {
            if (isKind(t, i - 1, Kind::Number)) out += ' ';
            out += unit->second;
            continue;
        }
        out += t[i].text;
    }
    return out;
}

}  // namespace readcast::english
