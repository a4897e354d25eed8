#include "text/SignedAmount.hpp"

#include <cctype>

#include "core/Ascii.hpp"

namespace readcast {
namespace {

bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// One space, a no-break space or none.
std::size_t afterSpace(const std::string& text, std::size_t i) {
    if (i < text.size() && text[i] == ' ') return i + 1;
    if (text.compare(i, 2, "\xC2\xA0") == 0) return i + 2;
    return i;
}

// "R$ 6,19/l": the price's measure after the amount, "por litro"; returns where the amount ends.
std::size_t withMeasure(const std::string& text, std::size_t after, const SignedAmountStyle& style, std::string& spoken) {
    std::string measure;
    const std::size_t end = priceMeasureAt(text, after, style.measures, measure);
    if (end != after) spoken += " " + measure;
    return end;
}

// Where a figure written from `start` ends: digits, with points and commas between them.
std::size_t figureEnd(const std::string& text, std::size_t start) {
    std::size_t end = start;
    while (end < text.size() && (isDigit(text[end]) || ((text[end] == '.' || text[end] == ',') && end + 1 < text.size() && isDigit(text[end + 1])))) {
        ++end;
    }
    return end;
}

// The magnitude after a figure that ends at `end`, apart ("300 mil") or glued ("2,5bi"), and where it ends; nullptr when
// there is none.
const Magnitude* magnitudeAt(const std::string& text, std::size_t end, const SignedAmountStyle& style, std::size_t& after) {
    const std::size_t word = afterSpace(text, end);
    for (const Magnitude& m : style.magnitudes) {
        const std::size_t stop = word + m.written.size();
        // (A short form's dot that also ends the sentence stays the sentence's: "… € 2,5 mld.")
        if (m.written.back() == '.' && text.find_first_not_of(' ', stop) == std::string::npos) continue;
        // (A closing quotation mark ends it too: "‘ruim € 1,5 miljoen’".)
        if (text.compare(word, m.written.size(), m.written) == 0 && isWordEnd(text, stop)) {
            after = stop;
            return &m;
        }
    }
    return nullptr;
}

// The decimal mark of a figure: a comma, or a point before two digits and no other point, "CHF 8.60", as Switzerland
// writes it (a point before three digits groups thousands, "€ 1.500"); npos when there is none.
std::size_t decimalMark(const std::string& amount) {
    std::size_t comma = amount.rfind(',');
    if (const std::size_t point = amount.find('.'); comma == std::string::npos && point != std::string::npos && point + 3 == amount.size() &&
                                                    amount.find('.', point + 1) == std::string::npos) {
        comma = point;
    }
    return comma;
}

// A figure's value, its marks read as decimalMark reads them: "3,5" 3.5, "1.500" 1500.
double figureValue(const std::string& amount) {
    const std::size_t mark = decimalMark(amount);
    std::string plain;
    for (std::size_t k = 0; k < amount.size(); ++k) {
        if (k == mark) plain += '.';
        else if (isDigit(amount[k])) plain += amount[k];
    }
    return plain.empty() || plain == "." ? 0.0 : std::stod(plain);
}

}  // namespace

std::size_t signedAmount(const std::string& text, std::size_t i, const SignedAmountStyle& style, std::string& spoken) {
    if (i > 0 && (isWordByte(text[i - 1]) || static_cast<unsigned char>(text[i - 1]) >= 0x80)) return i;
    const CurrencySign* found = nullptr;
    for (const CurrencySign& c : style.signs) {
        if (text.compare(i, c.sign.size(), c.sign) == 0) {
            found = &c;
            break;
        }
    }
    if (found == nullptr) return i;
    const std::size_t start = afterSpace(text, i + found->sign.size());
    const std::size_t end = figureEnd(text, start);
    if (end == start || !isDigit(text[start]) || (end < text.size() && isWordByte(text[end]) && !std::isalpha(static_cast<unsigned char>(text[end])))) {
        return i;
    }
    const std::string amount = text.substr(start, end - start);
    // Its magnitude, apart ("300 mil") or glued ("2,5bi").
    std::size_t after = end;
    const Magnitude* magnitude = magnitudeAt(text, end, style, after);
    if (magnitude == nullptr && end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) return i;  // "€5a"
    const std::size_t comma = decimalMark(amount);
    if (magnitude == nullptr && comma != std::string::npos && comma + 3 == amount.size() && !found->cent_one.empty()) {
        // "R$ 1,50": "1 real e 50 centavos".
        const std::string whole = amount.substr(0, comma);
        std::string cents = amount.substr(comma + 1);
        spoken = whole + " " + std::string(whole == "1" ? found->one : found->many);
        if (cents != "00") {
            if (cents[0] == '0') cents.erase(0, 1);
            spoken += " " + std::string(style.and_) + " " + cents + " " + std::string(cents == "1" ? found->cent_one : found->cent_many);
        }
        if (whole == "0") spoken = cents + " " + std::string(cents == "1" ? found->cent_one : found->cent_many);
        return withMeasure(text, after, style, spoken);
    }
    spoken = amount;
    // ("tussen de € 3,5 en € 4 mln.", "tra € 2 e € 3 miliardi": the first end of a range whose magnitude and currency are
    // written after the second only; said once, after the second, "3,5 en 4 miljoen euro". Said apart, the first end
    // would be a millionth of what it is.)
    if (magnitude == nullptr) {
        static const char* const kJoiners[] = {" en ", " tot ", " e ", " a ", " y ", " bis ", " und ", " et ", " \xC3\xA0 ", " i ", " do ",
                                               " och ", " til ", " og ", "-", "\xE2\x80\x93", " - ", " \xE2\x80\x93 "};
        for (const char* joiner : kJoiners) {
            const std::string_view j = joiner;
            if (text.compare(after, j.size(), j) != 0 || text.compare(after + j.size(), found->sign.size(), found->sign) != 0) continue;
            // (Only where the first figure is under the second, as the ends of a range of one magnitude are: "tussen de € 500
            // en € 4 mln." is five hundred euros to four million.)
            const std::size_t secondStart = afterSpace(text, after + j.size() + found->sign.size());
            const std::size_t secondEnd = figureEnd(text, secondStart);
            std::size_t secondAfter = secondEnd;
            if (secondEnd > secondStart && isDigit(text[secondStart]) && magnitudeAt(text, secondEnd, style, secondAfter) != nullptr &&
                figureValue(amount) < figureValue(text.substr(secondStart, secondEnd - secondStart))) {
                return after;
            }
        }
        // ("€ 3,5 à 4 miljoen", "€ 3,5 tot 4 miljoen": the second end without the sign, the currency said once after both.)
        for (const char* joiner : {" \xC3\xA0 ", " tot ", "-", "\xE2\x80\x93", " - ", " \xE2\x80\x93 "}) {
            const std::string_view j = joiner;
            if (style.range_word.empty() || text.compare(after, j.size(), j) != 0) continue;
            const std::size_t secondStart = after + j.size();
            const std::size_t secondEnd = figureEnd(text, secondStart);
            std::size_t secondAfter = secondEnd;
            const Magnitude* second = secondEnd > secondStart && isDigit(text[secondStart]) ? magnitudeAt(text, secondEnd, style, secondAfter) : nullptr;
            if (second == nullptr || figureValue(amount) >= figureValue(text.substr(secondStart, secondEnd - secondStart))) continue;
            spoken = amount + " " + std::string(style.range_word) + " " + text.substr(secondStart, secondEnd - secondStart) + " " + std::string(second->said) +
                     (second->takes_of ? " " + std::string(style.of) : "") + " " + std::string(found->many);
            return withMeasure(text, secondAfter, style, spoken);
        }
    }
    if (magnitude != nullptr) {
        // (Its singular for one and a fraction, where the language says so: "1,2 bilhão".)
        const bool one = amount == "1" || amount.rfind("1,", 0) == 0;
        spoken += " " + std::string(one && !magnitude->said_one.empty() ? magnitude->said_one : magnitude->said);
        if (magnitude->takes_of) spoken += " " + std::string(style.of);
    }
    spoken += " " + std::string(amount == "1" && magnitude == nullptr ? found->one : found->many);
    return withMeasure(text, after, style, spoken);
}

}  // namespace readcast
