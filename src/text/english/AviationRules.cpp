// The figures of flying that are names, said as pilots and aviation reporters say them: a runway by its
// heading's digits and its side ("runway 01L" is "runway zero one left", never litres), a Boeing's variant
// after its model ("737-800" is "seven thirty-seven eight hundred", never a range), a transponder's code
// digit by digit ("squawked 7700"), a flight level by its digits ("flight level 350": "three five zero").

#include <algorithm>
#include <cstdlib>

#include "core/Ascii.hpp"
#include "core/WordSet.hpp"
#include "core/Text.hpp"
#include "text/english/NumberReading.hpp"
#include "text/english/Rules.hpp"
#include "text/english/Tables.hpp"

namespace readcast::english {

std::optional<Match> aviationRule(const Tokens& t, std::size_t i) {
    // "Alaska Airlines flight AS 1", "flight IN 205": an airline's code that is a word in capitals, before the flight's number,
    // said letter by letter as the other codes are (eSpeak NG says "AS" as the word "as").
    static constexpr WordSet kWords({"AM", "AN", "AS", "AT", "BE", "BY", "DO", "GO", "HE", "IF", "IN", "IS", "IT", "ME", "MY", "NO", "OF",
                                     "OK", "ON", "OR", "SO", "TO", "UP", "US", "WE"});
    if (isKind(t, i, Kind::Word) && kWords.count(t[i].text) != 0 && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        // (Not in a headline in capitals, "FLIGHTS ON 3 MAY", where the word is a word.)
        isWordIn(t, i - 2, {"flight", "flights", "flt"}) && !isUpperWord(t[i - 2].text) && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Number) &&
        digitsOnly(t[i + 2].text) && t[i + 2].text.size() <= 4) {
        return Match{1, spell(t[i].text, false), "code"};
    }
    // "F/A-18F Super Hornets", "an F/A-18E": the Navy's fighter and attack jet by its designation and variant, no Fahrenheit.
    if (isKind(t, i, Kind::Word) && t[i].text == "F" && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Word) && t[i + 2].text == "A" &&
        isSym(t, i + 3, "-") && isKind(t, i + 4, Kind::Number) && digitsOnly(t[i + 4].text) && t[i + 4].text.size() <= 2) {
        // (The "A" written as said, "eh": eSpeak NG takes a lone "A" for the article.)
        std::string said = "F-eh-" + wholeWords(t[i + 4].text);
        std::size_t used = 5;
        if (isKind(t, i + 5, Kind::Word) && t[i + 5].text.size() <= 2 && isUpperWord(t[i + 5].text)) {
            said += " " + t[i + 5].text;
            used = 6;
        } else if (isKind(t, i + 5, Kind::Word) && (t[i + 5].text == "Es" || t[i + 5].text == "Fs")) {
            said += " " + t[i + 5].text.substr(0, 1) + "'s";
            used = 6;
        } else if (isKind(t, i + 5, Kind::Word) && t[i + 5].text == "s") {
            said += "s";  // "two F/A-18s"
            used = 6;
        }
        return Match{used, said, "code"};
    }
    if (!isKind(t, i, Kind::Number) || !digitsOnly(t[i].text)) return std::nullopt;
    const std::string& n = t[i].text;
    const bool afterSpace = i >= 2 && isKind(t, i - 1, Kind::Space);
    // "runway 01L", "Runways 27R and 9", "RWY 09": one or two digits of a heading up to 36, then its side.
    if (afterSpace && n.size() <= 2 && toInt(n) >= 1 && toInt(n) <= 36 && isWordIn(t, i - 2, {"runway", "runways", "rwy"})) {
        std::string said = digitWords(n.size() == 1 ? "0" + n : n);
        std::size_t used = 1;
        if (isKind(t, i + 1, Kind::Word) && t[i + 1].text.size() == 1) {
            const char side = t[i + 1].text[0];
            if (side != 'L' && side != 'R' && side != 'C') return std::nullopt;
            said += side == 'L' ? " left" : side == 'R' ? " right" : " center";
            used = 2;
        }
        if (isKind(t, i + used, Kind::Word)) return std::nullopt;
        // ("runway 10R/28L": one strip by both its ends, the other's heading and side after a slash.)
        if (used == 2 && isSym(t, i + 2, "/") && isKind(t, i + 3, Kind::Number) && digitsOnly(t[i + 3].text) && t[i + 3].text.size() == 2 &&
            toInt(t[i + 3].text) >= 1 && toInt(t[i + 3].text) <= 36 && isKind(t, i + 4, Kind::Word) && t[i + 4].text.size() == 1 &&
            (t[i + 4].text[0] == 'L' || t[i + 4].text[0] == 'R' || t[i + 4].text[0] == 'C') && !isKind(t, i + 5, Kind::Word)) {
            const char side = t[i + 4].text[0];
            return Match{5, said + ", " + digitWords(t[i + 3].text) + (side == 'L' ? " left" : side == 'R' ? " right" : " center"), "code"};
        }
        // ("runway 28/10": one strip by its two ends without sides, headings that differ by half a turn.)
        if (used == 1 && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Number) && digitsOnly(t[i + 2].text) && t[i + 2].text.size() == 2 &&
            std::abs(toInt(t[i + 2].text) - toInt(n)) == 18 && !isKind(t, i + 3, Kind::Word) && !isSym(t, i + 3, "/")) {
            return Match{3, said + ", " + digitWords(t[i + 2].text), "code"};
        }
        // (A side's letter or a leading nought names a runway anywhere; a bare figure only in a story of flying, and
        // not before what it counts: "returned to the runway 10 years after", "Heathrow's runway 3" is the third.)
        const std::size_t next = skip(t, i + used);
        const bool counts = isPluralNounAt(t, next) || (isKind(t, next, Kind::Word) && findUnit(t[next].text) != nullptr);
        const bool flying = anyWordIn(t, {"landed", "landing", "lands", "takeoff", "take-off", "departed", "departing", "aircraft", "plane",
                                          "jet", "flight", "pilot", "pilots", "tower", "approach", "taxied", "taxiing", "airliner", "cleared"});
        if (used == 1 && n[0] != '0' && (counts || !flying)) return std::nullopt;
        return Match{used, said, "code"};
    }
    // "737-800", "777-300ER", "747-8": a Boeing's model and its variant ("seven thirty-seven eight hundred"); a
    // variant of two digits only after a jet's article or maker ("a 787-10", "Boeing 737-10"), a range elsewhere.
    if (n.size() == 3 && n[0] == '7' && n[2] == '7' && isSym(t, i + 1, "-") && isKind(t, i + 2, Kind::Number) && digitsOnly(t[i + 2].text) &&
        (t[i + 2].text.size() == 1 || (t[i + 2].text.size() == 3 && t[i + 2].text.compare(1, 2, "00") == 0 && t[i + 2].text[0] != '0') ||
         // (Or wherever the sentence speaks of jets: "the larger 737-10", "converted orders to 737-10s".)
         (t[i + 2].text.size() == 2 && t[i + 2].text[0] != '0' && afterSpace &&
          (isWordIn(t, i - 2, {"the", "a", "an", "its", "their", "new", "boeing", "boeing's"}) ||
           anyWordIn(t, {"boeing", "jet", "jets", "aircraft", "airliner", "airliners", "plane", "planes", "faa", "airline", "airlines",
                         "order", "orders", "delivery", "deliveries", "certification", "fleet"}))))) {
        // (Not a telephone number's area code and exchange, "757-800-1212".)
        if (isDash(t, i + 3) || isSym(t, i + 3, "-")) return std::nullopt;
        std::string said = pairWords(n) + " " + wholeWords(t[i + 2].text);
        std::size_t used = 3;
        if (isKind(t, i + 3, Kind::Word) && (t[i + 3].text == "ER" || t[i + 3].text == "LR" || t[i + 3].text == "F")) {
            said += t[i + 3].text == "ER" ? " E R" : t[i + 3].text == "LR" ? " L R" : " F";
            used = 4;
        }
        // ("thirty 787-9s": jets of the variant, counted.)
        if (used == 3 && isWordIn(t, i + 3, {"s"}) && !isKind(t, i + 4, Kind::Word)) return Match{4, said + "s", "code"};
        if (isKind(t, i + used, Kind::Word)) return std::nullopt;
        return Match{used, said, "code"};
    }
    // "squawked 7700", "transponder code 7500": a transponder's four octal digits.
    if (afterSpace && n.size() == 4 && n.find_first_of("89") == std::string::npos &&
        (isWordIn(t, i - 2, {"squawk", "squawked", "squawking", "squawks"}) ||
         (i >= 4 && isWordIn(t, i - 2, {"code"}) && isWordIn(t, i - 4, {"squawk", "transponder"})))) {
        return Match{1, digitWords(n), "code"};
    }
    // "registration 9V-SMF", "(9M-MRO)": an aircraft's registration whose country prefix opens on a digit, said letter by
    // letter ("nine V, S M F"), never volts or metres.
    if (n.size() == 1 && isKind(t, i + 1, Kind::Word) && t[i + 1].text.size() == 1 && std::isupper(static_cast<unsigned char>(t[i + 1].text[0])) &&
        isSym(t, i + 2, "-") && isKind(t, i + 3, Kind::Word) && t[i + 3].text.size() >= 2 && t[i + 3].text.size() <= 4 &&
        std::all_of(t[i + 3].text.begin(), t[i + 3].text.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }) &&
        !isKind(t, i + 4, Kind::Word) && !isKind(t, i + 4, Kind::Number) && !isSym(t, i + 4, "-") &&
        anyWordIn(t, {"registration", "registered", "aircraft", "plane", "jet", "airliner", "flight", "airline", "airlines", "airbus", "boeing",
                      "embraer", "atr", "cessna", "helicopter", "tail"})) {
        return Match{4, digitWords(n) + " " + spell(t[i + 1].text, true) + ", " + spell(t[i + 3].text, false), "code"};
    }
    // "flight SBA 4312", "flight P4 7121", "Flight 117": a flight's number in pairs, as airlines and newsreaders say it,
    // "forty-three twelve", "seventy-one twenty-one" (its airline's code before it, letters or a letter and a digit).
    // (Not a count of what the flights carried, "flights 300 passengers".)
    if (afterSpace && n.size() >= 3 && n.size() <= 4 && n[0] != '0' && !isKind(t, i + 1, Kind::Word) &&
        !(isKind(t, i + 1, Kind::Space) && isPluralNounAt(t, i + 2))) {
        const auto flightAt = [&](std::size_t k) { return k < t.size() && isWordIn(t, k, {"flight", "flights", "flt"}); };
        const bool code = isKind(t, i - 2, Kind::Word) && t[i - 2].text.size() >= 2 && t[i - 2].text.size() <= 3 && isUpperWord(t[i - 2].text);
        const bool letterAndDigit = isKind(t, i - 2, Kind::Number) && t[i - 2].text.size() == 1 && i >= 3 && isKind(t, i - 3, Kind::Word) &&
                                    t[i - 3].text.size() == 1 && std::isupper(static_cast<unsigned char>(t[i - 3].text[0]));
        const bool flight = flightAt(i - 2) || (code && i >= 4 && isKind(t, i - 3, Kind::Space) && flightAt(i - 4)) ||
                            (letterAndDigit && i >= 5 && isKind(t, i - 4, Kind::Space) && flightAt(i - 5));
        if (flight) return Match{1, pairWords(n), "code"};
    }
    // "flight level 350": the level's digits, as the "FL350" written short is said.
    if (afterSpace && n.size() == 3 && i >= 4 && isWordIn(t, i - 2, {"level"}) && isKind(t, i - 3, Kind::Space) && isWordIn(t, i - 4, {"flight"})) {
        return Match{1, digitWords(n), "code"};
    }
    return std::nullopt;
}

}  // namespace readcast::english
