#pragma once
// An amount written after a currency's sign, as Italian and Portuguese news write it ("€ 2,5 milioni",
// "R$ 300 mil", "US$ 40"). eSpeak NG reads the sign first ("euro due virgola cinque milioni"); a
// newsreader says the currency after the number and its magnitude ("2,5 milioni di euro").

#include <string>
#include <string_view>
#include <vector>

#include "text/UnitAfterNumber.hpp"

namespace readcast {

struct CurrencySign {
    std::string_view sign;       // "R$", "€"
    std::string_view one, many;  // "real", "reais"
    std::string_view cent_one, cent_many;  // "centavo", "centavos"; empty when cents are not said apart
};

struct Magnitude {
    std::string_view written;  // "milioni", "mln", "bi"
    std::string_view said;     // "milioni", "milioni", "bilhões"
    bool takes_of;             // "2 milioni di euro", but "300 mila euro"
    std::string_view said_one = {};  // for one up to two: "R$ 1,2 bi" "1,2 bilhão"; empty when `said` serves
};

struct SignedAmountStyle {
    std::vector<CurrencySign> signs;  // longer signs before the signs they end with ("US$" before "$")
    std::vector<Magnitude> magnitudes;
    std::string_view of;   // "di", "de"
    std::string_view and_; // "e": "1 real e 50 centavos"
    PriceMeasures measures = {};  // "R$ 6,19/l": "por litro"
    // The word said between the ends of a range whose second end has no sign of its own ("€ 3,5 à 4 miljoen": "tot"), or
    // empty where such a range is left to the language's other rules.
    std::string_view range_word = {};
};

// When an amount after a sign starts at `i`, sets `spoken` and returns where it ends; otherwise returns `i`.
// The digits stay digits, grouped and marked as the language writes them: eSpeak NG reads them.
std::size_t signedAmount(const std::string& text, std::size_t i, const SignedAmountStyle& style, std::string& spoken);

}  // namespace readcast
