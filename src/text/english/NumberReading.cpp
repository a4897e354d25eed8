#include "text/english/NumberReading.hpp"
#include "core/Text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "text/NumberWords.hpp"

namespace readcast::english {

// "1,234.5" (English), "1.234,5" (continental), "3.5", "007".
Num parseNumber(const std::string& text) {
    Num n;
    const std::size_t commas = static_cast<std::size_t>(std::count(text.begin(), text.end(), ','));
    const std::size_t dots = static_cast<std::size_t>(std::count(text.begin(), text.end(), '.'));
    char group = ',', decimal = '.';
    if (dots > 1 && commas <= 1) std::swap(group, decimal);  // 1.234.567 or 1.234,5
    if (dots == 1 && commas == 1 && text.find('.') < text.find(',')) std::swap(group, decimal);
    // "US$1,1 billion", "296,4 million kg": a decimal comma, as southern African and European English
    // copy writes it; a group of three after the comma is thousands ("1,500").
    if (dots == 0 && commas == 1 && text.size() - text.find(',') - 1 != 3 && text.find(',') > 0) std::swap(group, decimal);
    if (std::count(text.begin(), text.end(), decimal) > 1) return n;
    const std::size_t point = text.find(decimal);
    std::string whole = text.substr(0, point);
    // Thousands groups must be three digits long.
    std::size_t lastGroup = whole.rfind(group);
    while (lastGroup != std::string::npos) {
        const std::size_t nextGroup = whole.find(group, lastGroup + 1);
        const std::size_t end = nextGroup == std::string::npos ? whole.size() : nextGroup;
        if (end - lastGroup - 1 != 3) return n;
        lastGroup = lastGroup == 0 ? std::string::npos : whole.rfind(group, lastGroup - 1);
    }
    whole.erase(std::remove(whole.begin(), whole.end(), group), whole.end());
    n.whole = whole;
    if (point != std::string::npos) n.fraction = text.substr(point + 1);
    // ".7": a decimal written without its zero.
    n.valid = !n.whole.empty() || (point == 0 && !n.fraction.empty());
    return n;
}

std::string dialWords(const std::string& digits, bool alone) {
    // Toll-free prefixes are said as numbers; a zero is "oh" as in any number read to be dialled, but
    // a number of nothing but zeros keeps "zero" (Australia's "000" is never "oh oh oh").
    if (digits == "800") return "eight hundred";
    if (digits == "0800") return "oh eight hundred";
    const std::string spoken = digitWords(digits);
    if (alone && digits.find_first_not_of('0') == std::string::npos) return spoken;
    std::string out;
    std::size_t from = 0;
    for (std::size_t at = spoken.find("zero"); at != std::string::npos; at = spoken.find("zero", from)) {
        out += spoken.substr(from, at - from) + "oh";
        from = at + 4;
    }
    return out + spoken.substr(from);
}

std::string digitWords(const std::string& digits) {
    static const std::array<const char*, 10> kDigits{"zero", "one", "two", "three", "four",
                                                     "five", "six", "seven", "eight", "nine"};
    std::string out;
    for (char d : digits) {
        if (!std::isdigit(static_cast<unsigned char>(d))) continue;
        if (!out.empty()) out += ' ';
        out += kDigits[static_cast<std::size_t>(d - '0')];
    }
    return out;
}

std::string wholeWords(const std::string& digits) {
    if (digits.size() > 1 && digits[0] == '0') return digitWords(digits);  // a code: "007"
    if (digits.size() > 18) return digitWords(digits);                     // too long to be a quantity
    return cardinalWords(toUnsigned(digits));
}

std::optional<std::string> thousandsInFull(const Num& n) {
    if (!n.valid || n.fraction.empty() || n.fraction.size() > 3 || n.whole.size() > 6) return std::nullopt;
    std::string fraction = n.fraction;
    fraction.resize(3, '0');
    const std::string digits = (n.whole.empty() ? "0" : n.whole) + fraction;
    return wholeWords(digits.substr(digits.find_first_not_of('0') == std::string::npos ? digits.size() - 1 : digits.find_first_not_of('0')));
}

std::string numberWords(const Num& n) {
    if (n.whole.empty()) return "point " + digitWords(n.fraction);  // ".7": "point seven"
    std::string out = wholeWords(n.whole);
    // ("39,908.00", "$7.00 bln": a figure set to places that are all zeros is said whole; "2.0" keeps its one
    // zero, and "1.0850" a quote's.)
    const bool zeros = n.fraction.size() >= 2 && n.fraction.find_first_not_of('0') == std::string::npos;
    // ("1,127.40 points": an index's level in the thousands, set to two places, is said without the nought that ends
    // it; a rate's "1.0850" keeps all of its.)
    std::string fraction = n.fraction;
    if (n.whole.size() >= 4 && fraction.size() == 2 && fraction[1] == '0') fraction.pop_back();
    if (!fraction.empty() && !zeros) out += " point " + digitWords(fraction);
    return out;
}

std::string pairWords(const std::string& digits) {
    if (digits.size() <= 2 || digits.size() > 4) return wholeWords(digits);
    const auto say = [](const std::string& two) {
        const unsigned v = static_cast<unsigned>(toInt(two));
        return v < 10 ? "oh " + cardinalWords(v) : cardinalWords(v);
    };
    if (digits.size() == 3) {
        const std::string head = cardinalWords(static_cast<unsigned>(digits[0] - '0'));
        if (digits.compare(1, 2, "00") == 0) return head + " hundred";
        return head + " " + say(digits.substr(1));
    }
    if (digits[0] == '0') return "oh " + pairWords(digits.substr(1));
    // "9001", "2005": a thousand and a little are said whole ("nine thousand one").
    if (digits[1] == '0' && digits[2] == '0') return cardinalWords(static_cast<unsigned>(toInt(digits)));
    const std::string head = cardinalWords(static_cast<unsigned>(toInt(digits.substr(0, 2))));
    if (digits.compare(2, 2, "00") == 0) {
        return digits[1] == '0' ? cardinalWords(static_cast<unsigned>(toInt(digits))) : head + " hundred";
    }
    return head + " " + say(digits.substr(2));
}

bool isOne(const Num& n) { return n.whole == "1" && (n.fraction.empty() || n.fraction.find_first_not_of('0') == std::string::npos); }

std::optional<int> smallInt(const Token* t, int low, int high) {
    if (t == nullptr || t->kind != Kind::Number || t->text.size() > 4) return std::nullopt;
    if (t->text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    const int v = toInt(t->text);
    if (v < low || v > high) return std::nullopt;
    return v;
}

std::size_t raisedFigures(const Tokens& t, std::size_t at, std::string& digits) {
    static const char* const kRaised[] = {"\xE2\x81\xB0", "\xC2\xB9", "\xC2\xB2", "\xC2\xB3", "\xE2\x81\xB4",
                                          "\xE2\x81\xB5", "\xE2\x81\xB6", "\xE2\x81\xB7", "\xE2\x81\xB8", "\xE2\x81\xB9"};
    digits.clear();
    std::size_t e = at;
    for (bool more = true; more && e < t.size();) {
        more = false;
        for (int d = 0; d < 10; ++d) {
            if (isSym(t, e, kRaised[d])) {
                digits += static_cast<char>('0' + d);
                ++e;
                more = true;
                break;
            }
        }
    }
    return e;
}

bool callContext(const Tokens& t, std::size_t i) {
    for (std::size_t back = 0, k = i; back < 6 && k > 0; ++back) {
        --k;
        if (isWordIn(t, k, {"call", "calls", "called", "calling", "dial", "dialed", "dialled", "dialing", "phone",
                            "ring", "rang", "rings", "ringing", "text", "helpline", "hotline", "number", "tel", "telephone", "fax", "mobile",
                            "on", "line", "contact", "reach", "reached", "reaching", "freephone", "lo-call", "locall",
                            "freefone", "whatsapp", "sms"})) {
            return true;
        }
    }
    return false;
}

bool digitsOnly(const std::string& s) { return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos; }

bool isYear(const Token* t) { return t != nullptr && t->kind == Kind::Number && t->text.size() == 4 && smallInt(t, 1000, 2999).has_value(); }

std::string yearSpoken(const std::string& digits) { return yearWords(toInt(digits)); }

std::string pointedWords(const std::string& text) {
    std::string spoken, piece;
    for (char c : text + ".") {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            piece += c;
            continue;
        }
        if (!spoken.empty()) spoken += " point ";
        spoken += wholeWords(piece);
        piece.clear();
    }
    return spoken;
}

std::string pluralWords(const std::string& words) {
    if (words.empty()) return words;
    if (words.back() == 'y') return words.substr(0, words.size() - 1) + "ies";
    if (words.back() == 'x') return words + "es";
    return words + "s";
}

std::string decadeWords(const std::string& digits) {
    // 1990 -> "nineteen nineties", 2010 -> "twenty tens", 2000 -> "two thousands", 1900 -> "nineteen hundreds"
    const int v = toInt(digits);
    if (digits.size() == 2) return pluralWords(cardinalWords(static_cast<unsigned>(v)));
    if (v % 1000 == 0) return pluralWords(cardinalWords(static_cast<unsigned>(v)));
    if (v % 100 == 0) return cardinalWords(static_cast<unsigned>(v / 100)) + " hundreds";
    return cardinalWords(static_cast<unsigned>(v / 100)) + " " + pluralWords(cardinalWords(static_cast<unsigned>(v % 100)));
}

std::string fractionWords(unsigned numerator, unsigned denominator, bool mixed) {
    std::string d;
    if (denominator == 2) {
        d = numerator == 1 ? "half" : "halves";
    } else if (denominator == 4) {
        d = numerator == 1 ? "quarter" : "quarters";
    } else {
        d = ordinalWords(denominator);
        if (numerator != 1) d += "s";
    }
    if (numerator == 1) return (mixed ? "a " : denominator == 2 || denominator > 4 ? "one " : "a ") + d;
    return cardinalWords(numerator) + " " + d;
}

std::optional<std::pair<unsigned, unsigned>> vulgarFraction(const std::string& glyph) {
    static const std::map<std::string, std::pair<unsigned, unsigned>> kVulgar{
        {"\xC2\xBD", {1, 2}}, {"\xC2\xBC", {1, 4}}, {"\xC2\xBE", {3, 4}}, {"\xE2\x85\x93", {1, 3}},
        {"\xE2\x85\x94", {2, 3}}, {"\xE2\x85\x9B", {1, 8}}, {"\xE2\x85\x95", {1, 5}}, {"\xE2\x85\x9C", {3, 8}},
        {"\xE2\x85\x9D", {5, 8}}, {"\xE2\x85\x9E", {7, 8}}};
    const auto v = kVulgar.find(glyph);
    if (v == kVulgar.end()) return std::nullopt;
    return v->second;
}

std::string countOf(int n, const char* one, const char* many) {
    return cardinalWords(static_cast<unsigned>(n)) + " " + (n == 1 ? one : many);
}

}  // namespace readcast::english
