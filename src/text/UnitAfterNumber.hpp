#pragma once
// A unit or a currency's sign after a number, and a result or a span between two numbers, as Spanish,
// Portuguese and Italian news write them ("20 €", "300 km", "5 kg", "2-1"). eSpeak NG reads the signs
// in those languages as letters or in the singular ("300 km" is "trescientos ka eme", "20 €" "veinte
// euro") and a hyphen between numbers as a minus in Portuguese ("2-1" "dois menos um"); a newsreader
// says "trescientos kilómetros", "veinte euros", "dois a um".
//
//   unitAfterNumber("cuesta 3,50 €", 7, spanishStyle, spoken)   // spoken == "3 euros con 50"

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace readcast {

struct UnitWord {
    std::string_view written;  // "km", "€"
    std::string_view one;      // "kilómetro"
    std::string_view many;     // "kilómetros"
    bool money = false;        // "3,50 €": the cents are said after the currency
};

// A price's measure after a slash, "1,79 €/l", "R$ 6,19/l", "12 €/kg": the symbol and what is said for
// it, "el litro", "por litro", "le kilo" (the language's way of pricing by the unit). Longer symbols first.
using PriceMeasures = std::vector<std::pair<std::string_view, std::string_view>>;

// When "/" and one of `measures` start at `i` and end a word, sets `spoken` to what is said for it and
// returns where it ends; otherwise returns `i`.
std::size_t priceMeasureAt(const std::string& text, std::size_t i, const PriceMeasures& measures, std::string& spoken);

struct UnitAfterNumberStyle {
    std::vector<UnitWord> units;  // longer forms before those they start with ("km/h" before "km")
    std::string_view cents;       // "con": "3 euros con 50"
    std::string_view to;          // "a": "2 a 1"
    std::string_view minus;       // "menos": "-5 °C" is "menos 5 grados" (eSpeak NG drops the sign or says it in English)
    bool singular_below_two = false;  // French: "1,5 litre", "0,8 gramme" (under two is singular)
    PriceMeasures measures = {};      // after a currency: "€/l" is "euros el litro"
    std::string_view span_to = {};    // French: "78-80 €/MWh" is "78 à 80 euros le mégawattheure", only before a unit (where
                                      // `to` is empty: a hyphen between figures alone stays eSpeak NG's)
};

// When a number with a unit after it, or two numbers joined by a hyphen ("2-1", "3-4 días"), starts
// at `i` (a minus sign before the number too, "-5 °C", "−8 °C"), sets `spoken` and returns where they
// end; otherwise returns `i`. The digits stay digits, for
// eSpeak NG reads them in these languages.
std::size_t unitAfterNumber(const std::string& text, std::size_t i, const UnitAfterNumberStyle& style, std::string& spoken);

// "-5 °C", "−8 °C": a minus sign at a word's start, before what `read` takes as a number with its unit
// (read from past the sign); sets `spoken` to `minus` and what `read` said, and returns where it ends,
// or returns `i`. Only a unit's reading counts ("-3" alone is for eSpeak NG).
using NumberReader = std::function<std::size_t(const std::string&, std::size_t, std::string&)>;
std::size_t belowZero(const std::string& text, std::size_t i, std::string_view minus, const NumberReader& read, std::string& spoken);

// The same for degrees alone, where `read` takes other units too: only a reading that says `degree`
// ("grad" of "gradi", "grau" of "graus") counts.
std::size_t degreesBelowZero(const std::string& text, std::size_t i, std::string_view minus, std::string_view degree,
                             const NumberReader& read, std::string& spoken);

// "12°C", "12 °C": whether a degree sign stands at `i` after a figure, glued to it or after one space.
bool degreeSignAfterFigure(const std::string& text, std::size_t i);

// "1 °C", "-1°C": whether that figure is one alone (no decimals, no more figures), a degree in the singular.
bool degreeSignAfterOne(const std::string& text, std::size_t i);

}  // namespace readcast
