// Numbers of every other kind: ordinals, fractions, ranges and scores, measures, magnitudes,
// phone numbers, and plain quantities (with years told apart by their context).

#include <map>

#include "core/Ascii.hpp"
#include "text/NumberWords.hpp"
#include "text/english/NumberReading.hpp"
#include "text/english/Rules.hpp"
#include "text/english/Tables.hpp"

namespace readcast::english {

std::optional<Match> ordinalRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number) || !isKind(t, i + 1, Kind::Word)) return std::nullopt;
    const std::string suffix = lowerAscii(t[i + 1].text);
    if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
    const Num n = parseNumber(t[i].text);
    if (!n.valid || !n.fraction.empty() || n.whole.size() > 15) return std::nullopt;
    return Match{2, ordinalWords(std::stoull(n.whole)), "ordinal"};
}

std::optional<Match> fractionRule(const Tokens& t, std::size_t i) {
    static const std::map<std::string, std::pair<unsigned, unsigned>> kVulgar{
        {"\xC2\xBD", {1, 2}}, {"\xC2\xBC", {1, 4}}, {"\xC2\xBE", {3, 4}}, {"\xE2\x85\x93", {1, 3}},
        {"\xE2\x85\x94", {2, 3}}, {"\xE2\x85\x9B", {1, 8}}, {"\xE2\x85\x95", {1, 5}}};
    // Unicode fraction, alone or after a whole number: "½", "3½"
    if (isKind(t, i, Kind::Symbol)) {
        const auto v = kVulgar.find(t[i].text);
        if (v != kVulgar.end()) return Match{1, fractionWords(v->second.first, v->second.second), "fraction"};
    }
    if (isKind(t, i, Kind::Number) && isKind(t, i + 1, Kind::Symbol) && kVulgar.count(t[i + 1].text) != 0) {
        const auto& f = kVulgar.at(t[i + 1].text);
        return Match{2, wholeWords(t[i].text) + " and " + fractionWords(f.first, f.second), "fraction"};
    }
    // "3 3/4" and "1/2": a small denominator and a numerator below it
    std::size_t j = i;
    std::string whole;
    if (isKind(t, i, Kind::Number) && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Number) && isSym(t, i + 3, "/")) {
        whole = t[i].text;
        j = i + 2;
    }
    auto num = smallInt(tok(t, j), 1, 99);
    auto den = isSym(t, j + 1, "/") ? smallInt(tok(t, j + 2), 2, 16) : std::nullopt;
    if (!num || !den || *num >= *den || isSym(t, j + 3, "/")) return std::nullopt;
    std::string spoken = fractionWords(static_cast<unsigned>(*num), static_cast<unsigned>(*den));
    if (!whole.empty()) spoken = wholeWords(whole) + " and " + spoken;
    return Match{j + 3 - i, spoken, "fraction"};
}

std::optional<Match> rangeRule(const Tokens& t, std::size_t i) {
    // "2010–2015", "2010-15", "pages 3-5", "a 3-1 win"
    if (!isKind(t, i, Kind::Number) || !isDash(t, i + 1) || !isKind(t, i + 2, Kind::Number)) return std::nullopt;
    if (isSym(t, i + 3, "-")) return std::nullopt;  // 555-123-4567 is a phone number
    const Num a = parseNumber(t[i].text), b = parseNumber(t[i + 2].text);
    if (!a.valid || !b.valid) return std::nullopt;
    if (isYear(&t[i]) && (isYear(&t[i + 2]) || t[i + 2].text.size() == 2)) {
        const std::string second = t[i + 2].text.size() == 2 ? t[i + 2].text : "";
        const std::string upper = second.empty() ? yearSpoken(t[i + 2].text)
                                                 : yearSpoken(t[i].text.substr(0, 2) + second);
        return Match{3, yearSpoken(t[i].text) + rangeJoiner(t, i) + upper, "range"};
    }
    return Match{3, numberWords(a) + rangeJoiner(t, i) + numberWords(b), "range"};
}

std::optional<Match> magnitudeRule(const Tokens& t, std::size_t i) {
    // "3.5bn", "250k" attached to a number
    if (!isKind(t, i, Kind::Number) || !isKind(t, i + 1, Kind::Word)) return std::nullopt;
    const std::string w = lowerAscii(t[i + 1].text);
    if (w != "bn" && w != "k" && w != "tn" && w != "mn" && w != "trn") return std::nullopt;
    const Num n = parseNumber(t[i].text);
    if (!n.valid) return std::nullopt;
    return Match{2, numberWords(n) + " " + magnitudes().at(w), "number"};
}

std::optional<Match> phoneRule(const Tokens& t, std::size_t i) {
    // "+1 555-123-4567", "(02) 1234 5678", "555-1234": groups of digits read digit by digit
    std::size_t j = i;
    std::string spoken;
    if (isSym(t, j, "+") && isKind(t, j + 1, Kind::Number)) {
        spoken = "plus ";
        ++j;
    }
    std::vector<std::string> groups;
    std::size_t end = j;
    bool parenthesis = false;
    while (true) {
        std::size_t k = end;
        if (isSym(t, k, "(")) {
            parenthesis = true;
            ++k;
        }
        if (!isKind(t, k, Kind::Number) || t[k].text.find_first_not_of("0123456789") != std::string::npos ||
            t[k].text.size() > 4) {
            break;
        }
        groups.push_back(t[k].text);
        ++k;
        if (isSym(t, k, ")")) ++k;
        end = k;
        if ((isSym(t, k, "-") || isSym(t, k, ".") || isKind(t, k, Kind::Space)) && k + 1 < t.size() &&
            (isKind(t, k + 1, Kind::Number) || isSym(t, k + 1, "("))) {
            // Only continue over a space when the next group is a digit group too.
            end = k + 1;
            continue;
        }
        break;
    }
    // Trim a dangling separator we stepped onto
    while (end > j && (isKind(t, end - 1, Kind::Space) || isSym(t, end - 1, "-") || isSym(t, end - 1, "."))) --end;
    std::size_t digits = 0;
    for (const std::string& g : groups) digits += g.size();
    const bool dashed = groups.size() >= 2 && !isKind(t, j + 1, Kind::Space);
    if (groups.size() < 2 || digits < 7 || digits > 15 || (!dashed && !parenthesis && spoken.empty())) return std::nullopt;
    for (std::size_t g = 0; g < groups.size(); ++g) spoken += (g ? ", " : "") + digitWords(groups[g]);
    return Match{end - i, spoken, "phone"};
}

std::optional<Match> numberRule(const Tokens& t, std::size_t i) {
    std::size_t j = i;
    bool negative = false;
    if ((isSym(t, j, "-") || isSym(t, j, "\xE2\x88\x92")) && isKind(t, j + 1, Kind::Number) &&
        (j == 0 || isKind(t, j - 1, Kind::Space) || isSym(t, j - 1, "("))) {
        negative = true;
        ++j;
    }
    if (!isKind(t, j, Kind::Number)) return std::nullopt;
    const std::string& text = t[j].text;
    Num n = parseNumber(text);
    std::string spoken;
    if (!n.valid) {
        // Mixed or odd separators ("1.2.3", "1,2,3"): read the pieces with their separators.
        std::string piece;
        for (char c : text + ".") {
            if (std::isdigit(static_cast<unsigned char>(c))) {
                piece += c;
                continue;
            }
            if (!spoken.empty()) spoken += " point ";
            spoken += wholeWords(piece);
            piece.clear();
        }
    } else {
        const std::string prev = lowerAscii(previousWord(t, i));
        // A bare four-digit number after "in", "since"... is a year.
        if (!negative && isYear(&t[j]) && n.fraction.empty() && text.find(',') == std::string::npos &&
            (prev == "in" || prev == "since" || prev == "until" || prev == "till" || prev == "by" || prev == "from" ||
             prev == "during" || prev == "before" || prev == "after" || prev == "of" || prev == "year" ||
             prev == "early" || prev == "late" || prev == "mid" || prev == "circa" || prev == "between" ||
             prev == "and" || prev == "to" || prev == "through" || prev == "summer" || prev == "winter" ||
             prev == "spring" || prev == "autumn" || prev == "fall" || prev == "election" || prev == "season")) {
            return Match{j + 1 - i, yearSpoken(text), "year"};
        }
        // "... in the summer of 2012." and "2025, a year of ..." : a recent year standing alone
        const bool clauseEnd = j + 1 >= t.size() || isSym(t, j + 1, ",") || isSym(t, j + 1, ".") ||
                               isSym(t, j + 1, ";") || isSym(t, j + 1, ":") || isSym(t, j + 1, ")");
        const bool sentenceStart = i == 0;
        // "World Cup 2022 final", "Euro 2024 qualifiers": a year after a name
        const bool afterName = isCapitalized(previousWord(t, i)) && i >= 2 && isKind(t, i - 1, Kind::Space) &&
                               previousWord(t, i) != "The" && previousWord(t, i) != "A";
        // "the 2024 Paris Olympics", "the 2020 election": a year naming an event
        const std::size_t after = skip(t, j + 1);
        const bool eventNext =
            after > j + 1 && isKind(t, after, Kind::Word) &&
            (isCapitalized(t[after].text) ||
             isWordIn(t, after, {"election", "elections", "season", "budget", "census", "campaign", "vote", "race",
                                 "midterms", "championship", "olympics", "games", "edition", "model", "summit",
                                 "presidential", "general", "world", "tournament", "cup", "final", "finals"}));
        if (!negative && n.fraction.empty() && text.size() == 4 && (eventNext || afterName) && std::stoi(text) >= 1900 &&
            std::stoi(text) <= 2099) {
            return Match{j + 1 - i, yearSpoken(text), "year"};
        }
        if (!negative && n.fraction.empty() && text.size() == 4 && (clauseEnd || sentenceStart) && std::stoi(text) >= 1900 &&
            std::stoi(text) <= 2099) {
            return Match{j + 1 - i, yearSpoken(text), "year"};
        }
        spoken = numberWords(n);
    }
    return Match{j + 1 - i, (negative ? "minus " : "") + spoken, "number"};
}

}  // namespace readcast::english
