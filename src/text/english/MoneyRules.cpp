// Money and percentages: currencies before or after the amount, magnitudes, cents and pence, ranges.

#include "core/Ascii.hpp"
#include "text/NumberWords.hpp"
#include "text/english/NumberReading.hpp"
#include "text/english/Rules.hpp"
#include "text/english/Tables.hpp"

namespace readcast::english {

// "a $5 fee", "a 2.5 billion dollar deal": an amount between a determiner and a noun describes the
// noun and takes the singular unit; "winds of 140 km/h tore roofs" has no determiner and stays plural.
bool beforeNoun(const Tokens& t, std::size_t start, std::size_t end) {
    if (!isWordIn(t, start >= 2 ? start - 2 : t.size(),
                  {"a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
                   "your", "each", "every", "another"}) ||
        !isKind(t, start - 1, Kind::Space)) {
        return false;
    }
    if (!isKind(t, end, Kind::Space) || !isKind(t, end + 1, Kind::Word)) return false;
    const std::string& w = t[end + 1].text;
    if (!std::islower(static_cast<unsigned char>(w[0])) || isKind(t, end + 2, Kind::Word)) return false;
    static const char* const kFunctionWords[] = {
        "and", "or", "but", "nor", "in", "of", "to", "for", "from", "on", "at", "by", "with", "was", "is", "were",
        "are", "will", "would", "has", "had", "have", "a", "an", "the", "this", "that", "each", "per", "more", "less",
        "than", "as", "into", "over", "under", "last", "this", "next", "a", "year", "month", "week", "day", "annually",
        "apiece", "each", "since", "after", "before", "until", "while", "when", "which", "who", "so", "if", "be", "been",
        "worth", "plus", "minus", "off", "up", "down", "out", "away", "back", "ago", "already", "then", "now", "also",
        "only", "just", "or", "against", "between", "through", "toward", "towards", "across", "about", "around", "among",
        // adjectives of measure: "1.5 km long", "200 m wide"
        "long", "wide", "high", "tall", "deep", "thick", "away", "old", "apart", "below", "above", "north", "south",
        "east", "west", "inland", "offshore", "higher", "lower", "deeper", "further", "farther"};
    for (const char* f : kFunctionWords) {
        if (w == f) return false;
    }
    return true;
}

namespace {

// "300 USD", "2.5 billion EUR": an ISO code after the amount.
std::optional<Match> codeAfterAmount(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number)) return std::nullopt;
    const Num amount = parseNumber(t[i].text);
    if (!amount.valid) return std::nullopt;
    std::size_t k = skip(t, i + 1);
    std::string magnitude;
    if (isKind(t, k, Kind::Word)) {
        const auto m = magnitudes().find(lowerAscii(t[k].text));
        if (m != magnitudes().end() && (m->first == m->second || k == i + 1)) {
            magnitude = " " + m->second;
            k = skip(t, k + 1);
        }
    }
    if (!isKind(t, k, Kind::Word) || t[k].text.size() != 3) return std::nullopt;
    const auto cur = prefixCurrencies().find(t[k].text);
    if (cur == prefixCurrencies().end()) return std::nullopt;
    const bool one = isOne(amount) && magnitude.empty();
    return Match{k + 1 - i, numberWords(amount) + magnitude + " " + (one ? cur->second.one : cur->second.many), "money"};
}

}  // namespace

std::optional<Match> moneyRule(const Tokens& t, std::size_t i) {
    if (auto code = codeAfterAmount(t, i)) return code;
    // Pence and cents written after the number: "20p", "50c"
    if (isKind(t, i, Kind::Number) && isKind(t, i + 1, Kind::Word) && (t[i + 1].text == "p" || t[i + 1].text == "c") &&
        !isKind(t, i + 2, Kind::Word) && t[i].text.find_first_not_of("0123456789") == std::string::npos) {
        const bool one = t[i].text == "1";
        return Match{2, wholeWords(t[i].text) + (t[i + 1].text == "p" ? (one ? " penny" : " pence") : (one ? " cent" : " cents")),
                     "money"};
    }
    // Prefix: "$", "US$", "€", "CHF 100", "USD 5"
    std::size_t j = i;
    std::string symbol;
    if (isKind(t, j, Kind::Word) && (t[j].text == "US" || t[j].text == "A" || t[j].text == "C" || t[j].text == "HK" ||
                                     t[j].text == "NZ" || t[j].text == "R") &&
        isSym(t, j + 1, "$")) {
        symbol = t[j].text + "$";
        j += 2;
    } else if (isKind(t, j, Kind::Symbol) || isKind(t, j, Kind::Word)) {
        symbol = t[j].text;
        ++j;
        if (isKind(t, j - 1, Kind::Word)) j = skip(t, j);  // "CHF 100"
    }
    const auto cur = prefixCurrencies().find(symbol);
    if (cur == prefixCurrencies().end() || !isKind(t, j, Kind::Number)) return std::nullopt;
    const Num amount = parseNumber(t[j].text);
    if (!amount.valid) return std::nullopt;
    std::size_t end = j + 1;
    // Optional range: "$5-10 million", "$5 to $10"
    std::optional<Num> upper;
    if (isDash(t, end) && isKind(t, end + 1, Kind::Number)) {
        upper = parseNumber(t[end + 1].text);
        end += 2;
    } else if (isDash(t, end) && isKind(t, end + 1, Kind::Symbol) && t[end + 1].text == symbol &&
               isKind(t, end + 2, Kind::Number)) {  // "£15-£20"
        upper = parseNumber(t[end + 2].text);
        end += 3;
    }
    // Optional magnitude, attached ("3.5bn", "5m") or spoken ("2.5 billion")
    std::string magnitude;
    std::size_t k = isKind(t, end, Kind::Word) ? end : skip(t, end);
    if (isKind(t, k, Kind::Word)) {
        const auto m = magnitudes().find(lowerAscii(t[k].text));
        const bool spelled = m != magnitudes().end() && m->first == m->second;
        if (m != magnitudes().end() && (spelled || k == end)) {
            magnitude = m->second;
            end = k + 1;
        }
    }
    const Currency& c = cur->second;
    std::string spoken = numberWords(amount);
    if (upper && upper->valid) spoken += rangeJoiner(t, i) + numberWords(*upper);
    const bool adjective = beforeNoun(t, i, end);
    if (!magnitude.empty()) return Match{end - i, spoken + " " + magnitude + " " + (adjective ? c.one : c.many), "money"};
    const Num& last = upper && upper->valid ? *upper : amount;
    // $3.50: dollars and cents; $0.99: cents alone.
    if (amount.fraction.size() == 2 && !upper && *c.cent_one != '\0') {
        const unsigned cents = static_cast<unsigned>(std::stoi(amount.fraction));
        const std::string centWords = cardinalWords(cents) + " " + (cents == 1 ? c.cent_one : c.cent_many);
        if (amount.whole == "0") return Match{end - i, centWords, "money"};
        const std::string units = wholeWords(amount.whole) + " " + (amount.whole == "1" ? c.one : c.many);
        return Match{end - i, cents == 0 ? units : units + " and " + centWords, "money"};
    }
    return Match{end - i, spoken + " " + (isOne(last) || adjective ? c.one : c.many), "money"};
}

std::optional<Match> percentRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number)) return std::nullopt;
    const Num n = parseNumber(t[i].text);
    if (!n.valid) return std::nullopt;
    std::size_t j = i + 1;
    std::optional<Num> upper;
    if (isDash(t, j) && isKind(t, j + 1, Kind::Number) && (isSym(t, j + 2, "%") || isSym(t, j + 2, "\xE2\x80\xB0"))) {
        upper = parseNumber(t[j + 1].text);
        j += 2;
    }
    std::size_t k = skip(t, j);
    const char* word = isSym(t, k, "%") ? "percent" : isSym(t, k, "\xE2\x80\xB0") ? "per mille" : nullptr;
    if (word == nullptr) return std::nullopt;
    // "5.25%-5.5%": both ends carry the sign
    if (!upper && isDash(t, k + 1) && isKind(t, k + 2, Kind::Number) && isSym(t, k + 3, t[k].text.c_str())) {
        upper = parseNumber(t[k + 2].text);
        k += 3;
    }
    std::string spoken = numberWords(n);
    if (upper && upper->valid) spoken += rangeJoiner(t, i) + numberWords(*upper);
    return Match{k + 1 - i, spoken + " " + word, "percent"};
}

}  // namespace readcast::english
