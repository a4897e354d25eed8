#include "text/UnitAfterNumber.hpp"

#include <cctype>
#include <cstring>

#include "core/Ascii.hpp"

namespace readcast {
namespace {

// A letter of a word, in ASCII or beyond ("é", "ñ").
bool letterByte(char c) { return isWordByte(c) || static_cast<unsigned char>(c) >= 0x80; }

// One space, a no-break space, a narrow no-break space or none.
std::size_t pastSpace(const std::string& text, std::size_t i) {
    if (i < text.size() && text[i] == ' ') return i + 1;
    if (text.compare(i, 2, "\xC2\xA0") == 0) return i + 2;
    if (text.compare(i, 3, "\xE2\x80\xAF") == 0) return i + 3;
    return i;
}

}  // namespace

std::size_t priceMeasureAt(const std::string& text, std::size_t i, const PriceMeasures& measures, std::string& spoken) {
    if (i >= text.size() || text[i] != '/') return i;
    for (const auto& [symbol, said] : measures) {
        const std::size_t end = i + 1 + symbol.size();
        if (text.compare(i + 1, symbol.size(), symbol) == 0 && (end >= text.size() || !letterByte(text[end]))) {
            spoken = said;
            return end;
        }
    }
    return i;
}

std::size_t belowZero(const std::string& text, std::size_t i, std::string_view minus, const NumberReader& read, std::string& spoken) {
    if (i >= text.size() || (i > 0 && text[i - 1] != ' ' && text[i - 1] != '(')) return i;
    // (A minus sign, a hyphen, or an en dash set for one: "–12 °C".)
    const std::size_t sign = text[i] == '-' ? 1 : text.compare(i, 3, "\xE2\x88\x92") == 0 || text.compare(i, 3, "\xE2\x80\x93") == 0 ? 3 : 0;
    if (sign == 0 || i + sign >= text.size() || !isAsciiDigit(text[i + sign])) return i;
    // (Read from past the sign, as if a space stood there.)
    const std::string shifted = " " + text.substr(i + sign);
    std::string rest;
    const std::size_t end = read(shifted, 1, rest);
    if (end == 1) return i;
    spoken = std::string(minus) + " " + rest;
    return i + sign + end - 1;
}

bool degreeSignAfterFigure(const std::string& text, std::size_t i) {
    return text.compare(i, 2, "\xC2\xB0") == 0 && i > 0 && (isAsciiDigit(text[i - 1]) || (i > 1 && text[i - 1] == ' ' && isAsciiDigit(text[i - 2])));
}

bool degreeSignAfterOne(const std::string& text, std::size_t i) {
    if (!degreeSignAfterFigure(text, i)) return false;
    const std::size_t figure = text[i - 1] == ' ' ? i - 1 : i;  // where the figure ends
    return text[figure - 1] == '1' && (figure < 2 || (!isWordByte(text[figure - 2]) && text[figure - 2] != ',' && text[figure - 2] != '.'));
}

std::size_t degreesBelowZero(const std::string& text, std::size_t i, std::string_view minus, std::string_view degree,
                             const NumberReader& read, std::string& spoken) {
    const std::string said = " " + std::string(degree);
    const auto degrees = [&](const std::string& t, std::size_t at, std::string& words) {
        const std::size_t end = read(t, at, words);
        return words.find(said) != std::string::npos ? end : at;
    };
    return belowZero(text, i, minus, degrees, spoken);
}

std::size_t unitAfterNumber(const std::string& text, std::size_t i, const UnitAfterNumberStyle& style, std::string& spoken) {
    if (!style.minus.empty()) {
        UnitAfterNumberStyle unitsOnly = style;
        unitsOnly.to = {};
        unitsOnly.minus = {};
        const auto read = [&](const std::string& t, std::size_t at, std::string& said) { return unitAfterNumber(t, at, unitsOnly, said); };
        if (const std::size_t end = belowZero(text, i, style.minus, read, spoken); end != i) return end;
    }
    if (i >= text.size() || !isAsciiDigit(text[i])) return i;
    // (Not inside a word, a code or another number: "AP-7", "A4", "1.234".)
    if (i > 0 && (letterByte(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ',' || text[i - 1] == '-' || text[i - 1] == '/')) {
        return i;
    }
    std::size_t end = i;
    while (end < text.size() && (isAsciiDigit(text[end]) || ((text[end] == '.' || text[end] == ',') && end + 1 < text.size() && isAsciiDigit(text[end + 1])))) {
        ++end;
    }
    const std::string number = text.substr(i, end - i);
    // "2-1", "3-4 días": a result or a span of small numbers, "2 a 1" (not a year's span, "2024-25", nor
    // a telephone number's groups).
    if ((!style.to.empty() || !style.span_to.empty()) && end - i <= 2 && number.find_first_of(".,") == std::string::npos && end + 1 < text.size() &&
        text[end] == '-' && isAsciiDigit(text[end + 1])) {
        std::size_t second = end + 1;
        while (second < text.size() && isAsciiDigit(text[second])) ++second;
        if (second - end - 1 <= 2 && (second >= text.size() || (!letterByte(text[second]) && text[second] != '-' && text[second] != '/' &&
                                                                !(text[second] == '.' && second + 1 < text.size() && isAsciiDigit(text[second + 1])) &&
                                                                !(text[second] == ',' && second + 1 < text.size() && isAsciiDigit(text[second + 1]))))) {
            const std::string to(style.to.empty() ? style.span_to : style.to);
            spoken = number + " " + to + " " + text.substr(end + 1, second - end - 1);
            // ("Entradas: 6-25 €": a span of prices or measures, its unit said once after the second, "6 a 25 euros".)
            std::string unitSaid;
            UnitAfterNumberStyle unitsOnly = style;
            unitsOnly.to = {};
            unitsOnly.span_to = {};
            unitsOnly.minus = {};
            // (Read from the second figure on, as if it stood alone: after a hyphen a figure is no unit's otherwise.)
            const std::string rest = text.substr(end + 1);
            if (const std::size_t unitEnd = unitAfterNumber(rest, 0, unitsOnly, unitSaid); unitEnd != 0 && unitSaid.find(' ') != std::string::npos) {
                spoken = number + " " + to + " " + unitSaid;
                return end + 1 + unitEnd;
            }
            if (style.to.empty()) return i;
            return second;
        }
    }
    std::size_t unitAt = pastSpace(text, end);
    // "55 mil ha", "12 mila km": the thousand's word between the figure and its unit, said with the figure.
    std::string figure = number;
    for (const char* thousand : {"mil ", "mila "}) {
        if (unitAt > end && text.compare(unitAt, std::strlen(thousand), thousand) == 0) {
            figure = number + " " + std::string(thousand, std::strlen(thousand) - 1);
            unitAt += std::strlen(thousand);
            break;
        }
    }
    for (const UnitWord& unit : style.units) {
        if (text.compare(unitAt, unit.written.size(), unit.written) != 0) continue;
        const std::size_t unitEnd = unitAt + unit.written.size();
        // (An hour's "h" glued to its figure ends there: "81h 49'" is hours, "4h2o" a formula.)
        if (unit.written == "h" && unitAt == end && unitEnd < text.size() && std::isalnum(static_cast<unsigned char>(text[unitEnd]))) continue;
        // (A word that only starts like the unit, "5 kmh", "3 mesi", is not it.)
        if (unitEnd < text.size() && letterByte(text[unitEnd]) && letterByte(unit.written.back())) continue;
        // (Nor before an elision's apostrophe: "le CAC 40 s'est replié" is no forty seconds.)
        if (unitEnd < text.size() && (text[unitEnd] == '\'' || text.compare(unitEnd, 3, "\xE2\x80\x99") == 0)) continue;
        // "12 €/kg": a price by its measure, "12 euros el kilo".
        std::string measure;
        const std::size_t measureEnd = unit.money ? priceMeasureAt(text, unitEnd, style.measures, measure) : unitEnd;
        // ("5 m/s", "1,85 €/litro": a rate, read by its own rule or by eSpeak NG.)
        if (unitEnd < text.size() && text[unitEnd] == '/' && measureEnd == unitEnd) continue;
        // ("1,5 litre" in French: a number under two takes the singular.)
        const bool underTwo = style.singular_below_two && (number.rfind("1,", 0) == 0 || number.rfind("0,", 0) == 0);
        // (A price by its measure keeps its decimals, "1,69 euros el litro", as a pump's price is said.)
        if (!measure.empty()) {
            spoken = figure + " " + std::string(figure == "1" || underTwo ? unit.one : unit.many) + " " + measure;
            return measureEnd;
        }
        const std::size_t comma = number.find(',');
        // "3,50 €": whole units and cents, "3 euros con 50" ("0,25 €" is said as written, not "0 euros con 25").
        if (unit.money && figure == number && comma != std::string::npos && number.size() - comma == 3 && number.find('.', comma) == std::string::npos &&
            number.compare(0, comma, "0") != 0) {
            const std::string whole = number.substr(0, comma), cents = number.substr(comma + 1);
            spoken = whole + " " + std::string(whole == "1" ? unit.one : unit.many);
            if (cents != "00") spoken += " " + std::string(style.cents) + " " + (cents[0] == '0' ? cents.substr(1) : cents);
            return unitEnd;
        }
        spoken = figure + " " + std::string(figure == "1" || underTwo ? unit.one : unit.many);
        return unitEnd;
    }
    return i;
}

}  // namespace readcast
