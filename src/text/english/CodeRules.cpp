// Numbers that are names, not quantities: emergency and service numbers ("911" is "nine one one"),
// "9/11" and "24/7", IP addresses, versions, model and flight numbers said in pairs ("Boeing 737" is
// "seven thirty-seven"), codes that mix letters and digits ("MH370", "i7-1165G7", "401(k)"), and the
// suffixes of tech copy ("4K", "1080p", "802.11ax", "70B parameters").

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "core/Ascii.hpp"
#include "core/Months.hpp"
#include "core/Text.hpp"
#include "core/WordSet.hpp"
#include "text/NumberWords.hpp"
#include "text/english/NumberReading.hpp"
#include "text/english/Rules.hpp"
#include "text/english/Tables.hpp"

namespace readcast::english {
namespace {

// Whether the digits `a` name a larger number than the digits `b` (any length: no overflow).
bool numberAbove(const std::string& a, const std::string& b) {
    const std::size_t za = std::min(a.find_first_not_of('0'), a.size()), zb = std::min(b.find_first_not_of('0'), b.size());
    const std::string x = a.substr(za), y = b.substr(zb);
    return x.size() != y.size() ? x.size() > y.size() : x > y;
}




}  // namespace

// Letters said one by one: "QX" -> "Q X"; an A is joined to the number that follows it ("A-three"), and
// said "eh" before a letter ("AT" is "eh T"), since a spaced "A" is the article "uh" to eSpeak NG and "A-T"
// is "uh-tee".
std::string spell(const std::string& letters, bool more) {
    std::string out;
    for (std::size_t i = 0; i < letters.size(); ++i) {
        const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(letters[i])));
        if (!std::isalpha(static_cast<unsigned char>(c))) continue;
        if (!out.empty() && out.back() != '-') out += ' ';
        if (c == 'A' && i + 1 < letters.size() && std::isalpha(static_cast<unsigned char>(letters[i + 1]))) {
            out += "eh";
            continue;
        }
        out += c;
        if (c == 'A' && (i + 1 < letters.size() || more)) out += '-';
    }
    return out;
}

namespace {

// Letters after a figure: a lone A is "eh" there ("junction 3A", "17A"), which eSpeak NG would take for the article.
std::string lettersAfterFigure(const std::string& letters) { return letters == "A" ? std::string("eh") : spell(letters, false); }

// The chemical elements by their English names (both spellings of those that have two), for isotopes.
bool isElementName(const std::string& w) {
    static const std::unordered_set<std::string> kElements{
        "hydrogen", "deuterium", "tritium", "helium", "lithium", "beryllium", "boron", "carbon", "nitrogen", "oxygen", "fluorine",
        "neon", "sodium", "magnesium", "aluminium", "aluminum", "silicon", "phosphorus", "sulfur", "sulphur", "chlorine", "argon",
        "potassium", "calcium", "scandium", "titanium", "vanadium", "chromium", "manganese", "iron", "cobalt", "nickel", "copper",
        "zinc", "gallium", "germanium", "arsenic", "selenium", "bromine", "krypton", "rubidium", "strontium", "yttrium",
        "zirconium", "niobium", "molybdenum", "technetium", "ruthenium", "rhodium", "palladium", "silver", "cadmium", "indium",
        "tin", "antimony", "tellurium", "iodine", "xenon", "cesium", "caesium", "barium", "lanthanum", "cerium", "praseodymium",
        "neodymium", "promethium", "samarium", "europium", "gadolinium", "terbium", "dysprosium", "holmium", "erbium", "thulium",
        "ytterbium", "lutetium", "hafnium", "tantalum", "tungsten", "rhenium", "osmium", "iridium", "platinum", "gold", "mercury",
        "thallium", "lead", "bismuth", "polonium", "astatine", "radon", "francium", "radium", "actinium", "thorium",
        "protactinium", "uranium", "neptunium", "plutonium", "americium", "curium", "berkelium", "californium", "einsteinium",
        "fermium", "mendelevium", "nobelium", "lawrencium"};
    return kElements.count(w) != 0;
}

// A code's number: small ones whole, three or four digits in pairs, five ending in hundreds as a pair
// and the hundreds ("14900" is "fourteen nine hundred", as a chip's model is said), longer ones digit
// by digit.
std::string codeNumber(const std::string& digits) {
    if (digits.size() <= 2) return wholeWords(digits);
    // ("TAK-003": a leading zero is said figure by figure, "zero zero three", not in pairs, "zero oh three".)
    if (digits[0] == '0') return digitWords(digits);
    if (digits.size() <= 4) return pairWords(digits);
    if (digits.size() == 5 && digits[0] != '0' && digits[2] != '0' && digits.compare(3, 2, "00") == 0) {
        return wholeWords(digits.substr(0, 2)) + " " + wholeWords(digits.substr(2));
    }
    return digitWords(digits);
}

void append(std::string& out, const std::string& piece) {
    if (piece.empty()) return;
    if (!out.empty() && out.back() != '-') out += ' ';
    out += piece;
}

// A run of letters and digits joined without spaces, or by hyphens: "MH370", "i7-1165G7", "A3B-77",
// "QX-88417", "65UM7300". It must mix letters and digits, and its letters must look like a code's
// (capitals, or single letters), not like a word ("COVID-19" stays for eSpeak NG and the number rules).
std::optional<Match> mixedCode(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Word) && !isKind(t, i, Kind::Number)) return std::nullopt;
    if (i > 0 && (isKind(t, i - 1, Kind::Word) || isKind(t, i - 1, Kind::Number))) return std::nullopt;
    // Starting with a number, only "65UM7300": digits, capitals, digits, glued. "25-30C" is a range,
    // "4x6" a size. (One capital with three figures and more after it is a lot's or a batch's code: "31A2244".)
    if (isKind(t, i, Kind::Number) && !(isKind(t, i + 1, Kind::Word) && isUpperWord(t[i + 1].text) && isKind(t, i + 2, Kind::Number) &&
                                        (t[i + 1].text.size() >= 2 || (digitsOnly(t[i].text) && t[i + 2].text.size() >= 3)))) {
        return std::nullopt;
    }
    std::size_t end = i;
    bool letters = false, digits = false, wordLike = false;
    while (end < t.size()) {
        if (isKind(t, end, Kind::Word)) {
            const std::string& w = t[end].text;
            if (w.find('.') != std::string::npos) break;
            // ("mRNA-1345", "siRNA-34": a small letter before two capitals at least is an initialism's.)
            const bool initialism = w.size() <= 6 && std::islower(static_cast<unsigned char>(w[0])) && std::count_if(w.begin(), w.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }) >= 2;
            const bool word = !initialism && (w.size() > 4 || (!isUpperWord(w) && w.size() > 1 && end + 1 < t.size() && !isKind(t, end + 1, Kind::Number)));
            // "A320neo": a word glued after a code that has its letters and digits is read as a word.
            if ((word || w.size() >= 3) && letters && digits && isKind(t, end - 1, Kind::Number) && !isUpperWord(w)) break;
            letters = true;
            wordLike = wordLike || word;
        } else if (isKind(t, end, Kind::Number)) {
            if (!digitsOnly(t[end].text)) break;
            digits = true;
        } else if (isSym(t, end, "-") && (isKind(t, end + 1, Kind::Word) || isKind(t, end + 1, Kind::Number)) &&
                   end > i) {
            // a hyphen inside the code
        } else {
            break;
        }
        ++end;
    }
    if (!letters || !digits || wordLike || end - i < 2) return std::nullopt;
    // Numbers with a unit or a suffix are read by their own rules: "5G", "4K", "72W", "1080p", "3nm".
    if (isKind(t, i, Kind::Number) && end - i == 2) return std::nullopt;
    // A currency's letters before an amount are money: "Rs500", "RM50", "KSh12bn", "N450m" ("R350" and
    // "N11" are roads unless a magnitude follows, glued or not: "R254 billion"; or a rate: "R15 per
    // kilometre").
    if (isKind(t, i, Kind::Word) && prefixCurrencies().count(t[i].text) != 0 && isKind(t, i + 1, Kind::Number)) {
        const std::size_t next = end - i == 2 ? skip(t, end) : i + 2;
        // (Or a fare by its kind or a price by the head: "at R650 return", "R80 each".)
        const bool magnitude = (end - i == 3 || end - i == 2) && isKind(t, next, Kind::Word) &&
                               (magnitudes().count(lowerAscii(t[next].text)) != 0 ||
                                (end - i == 2 && (t[next].text == "per" ||
                                                  fareAfter(t, next))));
        // (Or thousands set apart by a space: "R150 000".)
        const bool grouped = end - i == 2 && t[i + 1].text.size() <= 3 && isKind(t, end, Kind::Space) && isKind(t, end + 1, Kind::Number) &&
                             t[end + 1].text.size() == 3 && t[end + 1].text.find_first_not_of("0123456789") == std::string::npos;
        // ("the N2", "the R350": a road, in a sentence about its fares too.)
        const bool road = isWordIn(t, i >= 2 ? i - 2 : t.size(), {"the", "via", "along", "onto", "off"});
        // (East Africa's shillings with a figure of two digits or more: "at Sh150"; see MoneyRules.)
        const bool shillings = (t[i].text == "Sh" || t[i].text == "Shs") && end - i == 2 && t[i + 1].text.size() >= 2;
        // ("RON95", "RON97": petrol's octane rating, glued as pumps write it, in a story about its price too.)
        const bool octane = t[i].text == "RON" && end - i == 2 && (t[i + 1].text == "100" || (t[i + 1].text.size() == 2 && t[i + 1].text >= "87")) &&
                            anyWordIn(t, {"petrol", "fuel", "fuels", "gasoline", "pump", "pumps", "litre", "liter", "octane", "subsidy", "subsidies",
                                          "diesel", "subsidised", "subsidized", "unsubsidised", "unsubsidized", "station", "stations"});
        if (octane) return Match{2, "R O N " + wholeWords(t[i + 1].text), "code"};
        // ("two R5 rifles", "an R4 assault rifle": a gun's model, its letter and number, whatever money the story speaks of.)
        // (One figure: "a R500 gun buyback voucher", "a R2500 pistol" are prices.)
        if (end - i == 2 && t[i + 1].text.size() == 1 &&
            isWordIn(t, next, {"rifle", "rifles", "assault", "carbine", "carbines", "gun", "guns", "pistol", "pistols", "shotgun", "shotguns"})) {
            return Match{2, t[i].text + " " + wholeWords(t[i + 1].text), "code"};
        }
        // ("Rs16-17 per litre", "RM50-60": a range of amounts, glued to the currency's letters.)
        if (end - i == 4 && isSym(t, i + 2, "-") && isKind(t, i + 3, Kind::Number) && digitsOnly(t[i + 1].text) && digitsOnly(t[i + 3].text) && !road &&
            toInt(t[i + 3].text) > toInt(t[i + 1].text) && (!currencyNeedsMoneyShape(t[i].text) || aboutPrices(t, t[i].text))) {
            return std::nullopt;
        }
        if (magnitude || grouped || shillings || (end - i == 2 && opensMoneyRange(t, end, t[i].text)) || (end - i == 2 && (!currencyNeedsMoneyShape(t[i].text) || ((aboutPrices(t, t[i].text) || grantPaid(t, end)) && !road)))) {
            return std::nullopt;
        }
    }
    // A lower-case word glued to digits ("user42") keeps the word and says the digits one by one.
    if (end - i == 2 && isKind(t, i, Kind::Word) && !isUpperWord(t[i].text) && t[i].text.size() > 1) {
        return Match{2, t[i].text + " " + digitWords(t[i + 1].text), "code"};
    }
    // "the A739", "the B1234", "M602": a British road of three figures or four, in a sentence about roads, is said figure
    // by figure ("A seven three nine", "A three oh three"), as its traffic bulletins say it; "A27" stays "A twenty-seven".
    if (end - i == 2 && isKind(t, i, Kind::Word) && (t[i].text == "A" || t[i].text == "B" || t[i].text == "M") && t[i + 1].text.size() >= 3 &&
        t[i + 1].text.size() <= 4 && t[i + 1].text[0] != '0' &&
        anyWordIn(t, {"road", "roads", "carriageway", "roundabout", "junction", "northbound", "southbound", "eastbound", "westbound",
                      "roadworks", "traffic", "lane", "lanes", "motorway", "bypass", "diversion", "diverted", "closure", "closures"})) {
        std::string spoken = spell(t[i].text, true);
        for (char c : t[i + 1].text) append(spoken, c == '0' ? std::string("oh") : digitWords(std::string(1, c)));
        return Match{2, spoken, "code"};
    }
    // "F-35s", "737s": the model in the plural, its last number's word made plural ("F thirty-fives").
    const bool plural = end - i >= 3 && isKind(t, end - 1, Kind::Word) && t[end - 1].text == "s" && isKind(t, end - 2, Kind::Number) &&
                        !isKind(t, end, Kind::Word);
    if (plural) --end;
    std::string spoken;
    for (std::size_t k = i; k < end; ++k) {
        // (A name of four capitals or more said as a word, "LEAP-1A", "NOVA-3", keeps it: eSpeak NG says it.)
        if (isKind(t, k, Kind::Word) && k == i && t[k].text.size() >= 4 && isUpperWord(t[k].text) && sayableAsWord(t[k].text)) {
            append(spoken, t[k].text);
        } else if (isKind(t, k, Kind::Word) && k > i && k + 1 == end && isKind(t, k - 1, Kind::Number)) {
            // (The last letters after a figure, "A1A", "LEAP-1A": a lone A is the letter's name, not the article.)
            append(spoken, lettersAfterFigure(t[k].text));
        } else if (isKind(t, k, Kind::Word)) {
            append(spoken, spell(t[k].text, k + 1 < end));
        } else if (isKind(t, k, Kind::Number)) {
            append(spoken, k + 1 == end && plural ? pluralWords(codeNumber(t[k].text)) : codeNumber(t[k].text));
        }
    }
    if (plural) ++end;
    // "T20Is": the plural of an initialism ending in an I glued after the code ("eyes", not "is").
    if (isKind(t, end, Kind::Word) && t[end].text == "Is" && isKind(t, end - 1, Kind::Number)) {
        spoken += " I's";
        ++end;
    }
    return Match{end - i, spoken, "code"};
}

bool afterCallVerb(const Tokens& t, std::size_t i) {
    const std::string prev = lowerAscii(previousWord(t, i));
    for (const char* verb : {"call", "calls", "called", "calling", "dial", "dials", "dialed", "dialled", "dialing",
                             "dialling", "text", "texted", "texting", "ring", "rang", "rings", "ringing", "phone", "phoned"}) {
        if (prev == verb) return true;
    }
    return false;
}

// Capitalised words that start sentences or name times, not products: "In 737 cases" is a count.
bool isNameBeforeNumber(const std::string& word) {
    if (word.empty() || !std::isupper(static_cast<unsigned char>(word[0]))) return false;
    // "Trump's 312": what a person has is counted, not a model.
    if (isPossessive(word)) return false;
    if (monthFromName(word) != 0 || weekdays().count(word) != 0) return false;
    static const char* const kNotNames[] = {"The", "A", "An", "In", "On", "At", "By", "Of", "For", "From", "To", "With",
                                            "About", "Around", "Over", "Under", "Nearly", "Some", "Only", "Just",
                                            "And", "But", "Or", "All", "Of", "Top", "Page", "Pages", "No", "Number",
                                            "Chapter", "Part", "Article", "Volume", "Vol", "Act", "Phase", "Season",
                                            "Episode", "Level", "Grade", "Size", "Day", "Week", "Year", "Class", "Rule",
                                            "Since", "Until", "After", "Before", "During", "Than", "Almost", "Roughly",
                                            // (a headline's words in title case before a level: "Yen Slides Past 151")
                                            "Past", "Above", "Below", "Near", "Beyond", "Toward", "Towards", "Nearly", "Tops", "Hits",
                                            // (whose count it is, at a quotation's start: "\"Our 140 employees are the company\"")
                                            "Our", "Their", "His", "Her", "Its", "My", "Your", "These", "Those", "Every", "Each", "Another",
                                            "More", "Most", "Fewer", "Less", "Over", "Exactly", "About", "We"};
    for (const char* w : kNotNames) {
        if (word == w) return false;
    }
    return true;
}

}  // namespace

// "issue #4821", "port 9443": a tracker's number and a network port are names, said in pairs ("number forty-eight
// twenty-one", "port ninety-four forty-three"), as the "TCP 9443" of the same copy is.
std::optional<Match> portOrIssueRule(const Tokens& t, std::size_t i) {
    if (isSym(t, i, "#") && isKind(t, i + 1, Kind::Number) && digitsOnly(t[i + 1].text) && t[i + 1].text.size() >= 4 && t[i + 1].text.size() <= 6 &&
        !isKind(t, i + 2, Kind::Word)) {
        return Match{2, "number " + (t[i + 1].text.size() == 4 ? pairWords(t[i + 1].text) : digitWords(t[i + 1].text)), "code"};
    }
    if (!isKind(t, i, Kind::Number) || !digitsOnly(t[i].text) || t[i].text.size() < 2 || t[i].text.size() > 5 || i < 2 ||
        !isKind(t, i - 1, Kind::Space) || !isWordIn(t, i - 2, {"port", "ports"}) || (isKind(t, skip(t, i + 1), Kind::Word) && isPluralNounAt(t, skip(t, i + 1)))) {
        return std::nullopt;
    }
    // (A harbour's "port 3" is a count's; a network's port is among servers, firewalls and protocols.)
    if (t[i].text.size() < 4 && !anyWordIn(t, {"tcp", "udp", "http", "https", "server", "servers", "firewall", "listen", "listens", "expose",
                                               "exposed", "bind", "api", "ssh", "localhost", "network", "open"})) {
        return std::nullopt;
    }
    return Match{1, t[i].text.size() == 5 ? digitWords(t[i].text) : pairWords(t[i].text), "code"};
}

namespace {

// "13700K", "14900KS", "5800X", "7950X3D", "1165G7": four or five digits with capitals glued after
// them, which are no unit, name a model: "thirteen seven hundred K", "seventy-nine fifty X three D".
// (Thousands would not be written "13700K": that would be 13.7 million.) Not an era ("3000BC"), a
// round multiple ("1000X"), or a colour temperature in kelvin ("2700K bulbs").
std::optional<Match> gluedModel(const Tokens& t, std::size_t i) {
    const std::string& digits = t[i].text;
    if (!digitsOnly(digits) || digits.size() < 4 || digits.size() > 5 || digits[0] == '0' || !isKind(t, i + 1, Kind::Word) ||
        (i > 0 && (isKind(t, i - 1, Kind::Word) || isSym(t, i - 1, "$")))) {
        return std::nullopt;
    }
    const std::string& letters = t[i + 1].text;
    if (letters.size() > 3 || !isUpperWord(letters) || findUnit(letters) != nullptr ||
        isWordIn(t, i + 1, {"bc", "ad", "bce", "ce", "am", "pm", "gmt", "utc"})) {
        return std::nullopt;
    }
    if (letters == "X" && digits.compare(digits.size() - 3, 3, "000") == 0) return std::nullopt;
    if (letters == "K" && anyWordIn(t, {"kelvin", "bulb", "bulbs", "light", "lights", "lighting", "led", "leds", "lamp",
                                        "lamps", "temperature", "daylight", "warm", "white"})) {
        return Match{2, wholeWords(digits) + " kelvin", "unit"};
    }
    std::string spoken = codeNumber(digits) + " " + lettersAfterFigure(letters);
    std::size_t end = i + 2;
    // "X3D", "G7": a digit and letters more.
    while (isKind(t, end, Kind::Number) && digitsOnly(t[end].text) && t[end].text.size() <= 2 &&
           (end + 1 >= t.size() || !isKind(t, end + 1, Kind::Word) || (t[end + 1].text.size() <= 3 && isUpperWord(t[end + 1].text)))) {
        spoken += " " + wholeWords(t[end].text);
        ++end;
        if (isKind(t, end, Kind::Word)) {
            spoken += " " + spell(t[end].text, false);
            ++end;
        }
    }
    if (isKind(t, end, Kind::Word) || isKind(t, end, Kind::Number)) return std::nullopt;
    return Match{end - i, spoken, "code"};
}

// "/60", "/120fps" after a resolution: a frame rate a camera or a screen runs at ("2K/3K" is no such pair).
bool isFrameRateAfterSlash(const Tokens& t, std::size_t slash) {
    if (!isSym(t, slash, "/") || !isKind(t, slash + 1, Kind::Number)) return false;
    const std::string& rate = t[slash + 1].text;
    for (const char* r : {"24", "25", "30", "48", "50", "60", "90", "100", "120", "144", "240"}) {
        if (rate == r) return !isKind(t, slash + 2, Kind::Word) || isWordIn(t, slash + 2, {"fps", "hz", "p"});
    }
    return false;
}

// "1080p", "1,440p": a screen's lines and its letter. "i7 4790k", "Ryzen 7 5800X": a model number with
// its letter after a model family written with a digit, in pairs with the letter spelled ("forty-seven
// ninety K"), not "four thousand seven hundred ninety thousand".
std::optional<Match> resolutionOrModel(const Tokens& t, std::size_t i) {
    if (!isKind(t, i + 1, Kind::Word) || t[i + 1].text.size() != 1 || isKind(t, i + 2, Kind::Word)) return std::nullopt;
    const std::string& suffix = t[i + 1].text;
    std::string lines = t[i].text;
    lines.erase(std::remove(lines.begin(), lines.end(), ','), lines.end());
    if ((suffix == "p" || suffix == "i") && (lines == "480" || lines == "576" || lines == "720" || lines == "1080" ||
                                             lines == "1440" || lines == "2160" || lines == "4320")) {
        // ("1080p/60": its frame rate after a slash, "ten eighty p at sixty".)
        if (isFrameRateAfterSlash(t, i + 2)) return Match{3, pairWords(lines) + " " + spell(suffix, false) + " at ", "code"};
        return Match{2, pairWords(lines) + " " + spell(suffix, false), "code"};
    }
    // ("Core Ultra 9 285K": three digits and a capital after a family's digit, the newer chips' numbering.)
    const bool threeDigits = t[i].text.size() == 3 && t[i].text.compare(1, 2, "00") != 0 && std::isupper(static_cast<unsigned char>(suffix[0])) && i >= 4 &&
                             isKind(t, i - 2, Kind::Number) && t[i - 2].text.size() == 1 && isKind(t, i - 3, Kind::Space) &&
                             isKind(t, i - 4, Kind::Word) && isCapitalized(t[i - 4].text);
    if (!digitsOnly(t[i].text) || (t[i].text.size() != 4 && t[i].text.size() != 5 && !threeDigits) || i < 3 || !isKind(t, i - 1, Kind::Space)) {
        return std::nullopt;
    }
    const bool glued = isKind(t, i - 2, Kind::Number) && t[i - 2].text.size() <= 2 && isKind(t, i - 3, Kind::Word) &&
                       t[i - 3].text.size() <= 4;                                                        // "i7", "R9"
    const bool spaced = i >= 4 && isKind(t, i - 2, Kind::Number) && t[i - 2].text.size() == 1 && isKind(t, i - 3, Kind::Space) &&
                        isKind(t, i - 4, Kind::Word) && isCapitalized(t[i - 4].text);                    // "Ryzen 7"
    if (!glued && !spaced) return std::nullopt;
    // (Three digits are said whole: "one hundred fifty-five H", "two hundred eighty-five K", never "thousand".)
    if (threeDigits) return Match{2, wholeWords(t[i].text) + " " + spell(suffix, false), "code"};
    return Match{2, pairWords(t[i].text) + " " + spell(suffix, false), "code"};
}

}  // namespace

// "0x08", "0x1F": a hexadecimal number, its digits and letters said one by one after "hex" ("0x10" is
// sixteen, not "zero by ten").
std::optional<Match> hexRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number) || t[i].text != "0" || !isKind(t, i + 1, Kind::Word) ||
        (t[i + 1].text[0] != 'x' && t[i + 1].text[0] != 'X')) {
        return std::nullopt;
    }
    std::string digits = t[i + 1].text.substr(1);
    std::size_t end = i + 2;
    for (; end < t.size() && (t[end].kind == Kind::Word || t[end].kind == Kind::Number); ++end) digits += t[end].text;
    const auto isHex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
    if (digits.empty() || digits.size() > 64 || !std::all_of(digits.begin(), digits.end(), isHex)) return std::nullopt;
    // Each figure by its name, a letter as "spell" says it ("A-" runs on to the next without a space).
    const auto said = [&](const std::string& part) {
        std::string out;
        for (std::size_t k = 0; k < part.size(); ++k) {
            const std::string c(1, part[k]);
            if (!out.empty() && out.back() != '-') out += ' ';
            out += std::isdigit(static_cast<unsigned char>(part[k])) ? digitWords(c) : spell(c, k + 1 < part.size());
        }
        return out;
    };
    // ("0x4766…86E2": a wallet's address or a hash, forty figures and more, by its first four and its last four, as a
    // newsreader gives it.)
    if (digits.size() > 16) return Match{end - i, "zero x " + said(digits.substr(0, 4)) + ", ending " + said(digits.substr(digits.size() - 4)), "code"};
    return Match{end - i, "hex " + said(digits), "code"};
}

namespace {

// A road named by a letter and a number in the text: "the M6", "the A1".
bool numberedRoad(const Tokens& t) {
    for (std::size_t k = 0; k < t.size(); ++k) {
        if (isKind(t, k, Kind::Word) && (t[k].text == "M" || t[k].text == "A") && isKind(t, k + 1, Kind::Number)) return true;
    }
    return false;
}

}  // namespace

// The words of a statute's section number, as lawyers read it, or nothing where it is not one: "1343"
// "thirteen forty-three", "776.012" "seven seventy-six point oh one two", "1001" "ten oh one".
std::optional<std::string> sectionWords(const std::string& number) {
    const std::size_t dot = number.find('.');
    const std::string whole = number.substr(0, dot);
    if (!digitsOnly(whole) || whole.size() > 5 || (dot != std::string::npos && !digitsOnly(number.substr(dot + 1)))) {
        return std::nullopt;
    }
    // ("§ 1001" is "ten oh one": a section is no year, "one thousand one".)
    const bool tenOh = whole.size() == 4 && whole[0] != '0' && whole[1] == '0' && whole[2] == '0' && whole[3] != '0';
    // ("§31105": five figures, "thirty-one one oh five", its first pair and then the rest as three.)
    // ("§ 30165": a round ten first would run into the next figure, "thirty one sixty-five" heard as 3165; its first
    // three figures and then its last two, "three oh one sixty-five".)
    const bool roundTen = whole.size() == 5 && whole[1] == '0' && whole[2] != '0';
    std::string words = roundTen ? pairWords(whole.substr(0, 3)) + " " +
                                       (whole.compare(3, 2, "00") == 0 ? std::string("hundred") : whole[3] == '0' ? "oh " + wholeWords(whole.substr(4)) : wholeWords(whole.substr(3)))
                        : whole.size() == 5 ? wholeWords(whole.substr(0, 2)) + " " + pairWords(whole.substr(2))
                        : tenOh ? cardinalWords(static_cast<unsigned>(toInt(whole.substr(0, 2)))) + " oh " + digitWords(whole.substr(3))
                        : whole.size() >= 3 ? pairWords(whole)
                                            : wholeWords(whole);
    if (dot != std::string::npos) {
        words += " point";
        for (char c : number.substr(dot + 1)) words += c == '0' ? std::string(" oh") : " " + digitWords(std::string(1, c));
    }
    return words;
}

std::optional<Match> statuteRule(const Tokens& t, std::size_t i) {
    // "Item 7.B", "Section 3.A", "Part 2.C": a filing's or a law's part by its number and letter ("seven B"; eSpeak NG says
    // "seven dot B").
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() <= 3 && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        isWordIn(t, i - 2, {"item", "items", "section", "sections", "part", "parts", "schedule", "annex", "chapter", "rule", "clause", "exhibit",
                            "note", "article", "appendix", "title", "step", "question"}) &&
        isSym(t, i + 1, ".") && isKind(t, i + 2, Kind::Word) && t[i + 2].text.size() == 1 && std::isupper(static_cast<unsigned char>(t[i + 2].text[0])) &&
        !isKind(t, i + 3, Kind::Word) && !(isSym(t, i + 3, ".") && i + 4 < t.size())) {
        return Match{3, wholeWords(t[i].text) + " " + t[i + 2].text, "code"};
    }
    // "Article 34.5.3° of the Constitution": a constitution's article, section and subsection, the last marked with a degree's
    // sign, as Ireland's is cited ("Article thirty-four, section five, subsection three").
    if (isKind(t, i, Kind::Number) && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        (isWordIn(t, i - 2, {"article", "articles"}) || (i >= 3 && isSym(t, i - 2, ".") && isWordIn(t, i - 3, {"art"})))) {
        const std::string& n = t[i].text;
        const std::size_t first = n.find('.'), second = first == std::string::npos ? first : n.find('.', first + 1);
        const bool degree = isSym(t, i + 1, "\xC2\xB0") || isSym(t, i + 1, "\xC2\xBA");
        if (second != std::string::npos && n.find('.', second + 1) == std::string::npos && second > first + 1 && second + 1 < n.size() &&
            n.find_first_not_of("0123456789.") == std::string::npos && (degree || n.size() - second - 1 <= 2)) {
            return Match{degree ? 2u : 1u, wholeWords(n.substr(0, first)) + ", section " + wholeWords(n.substr(first + 1, second - first - 1)) +
                                              ", subsection " + wholeWords(n.substr(second + 1)), "code"};
        }
    }
    // "Ohio Revised Code 2903.02(A)", "R.C. 2941.145", "Ordinance No. 3127", "Resolution 25014": a code's
    // section or a council's paper by its number, an identifier read as a section is, never an amount.
    if (isKind(t, i, Kind::Number) && i >= 2 && isKind(t, i - 1, Kind::Space) && t[i].text.find(',') == std::string::npos) {
        std::size_t k = i - 2;
        if (isSym(t, k, ".") && k >= 1 && isWordIn(t, k - 1, {"no", "nos"}) && k >= 3 && isKind(t, k - 2, Kind::Space)) k -= 3;
        else if (isWordIn(t, k, {"number"}) && k >= 2 && isKind(t, k - 1, Kind::Space)) k -= 2;
        const bool numbered = k != i - 2;
        const std::string& n = t[i].text;
        const bool dotted = n.find('.') != std::string::npos;
        // (A code's section has a dot or four figures: "Code 2903.02"; "the Code 12 times" is a count.)
        // (A code of law by its name, in capitals: "access code 4821" is typed figure by figure.)
        const bool code = (isWordIn(t, k, {"code", "orc", "rcw"}) && isCapitalized(t[k].text) && (dotted || n.size() >= 4)) ||
                          ((t[k].text == "R.C." || t[k].text == "O.R.C.") && (dotted || n.size() >= 4));
        const bool paper = !dotted && n.size() >= 4 && n.size() <= 5 && (numbered || !isKind(t, i + 1, Kind::Space) || !isPluralNounAt(t, i + 2)) &&
                           ((isWordIn(t, k, {"ordinance", "resolution", "docket", "permit", "bylaw", "by-law"}) && isCapitalized(t[k].text)) ||
                            (numbered && isSym(t, k, ".") && k >= 1 && (t[k - 1].text == "Ord" || t[k - 1].text == "Res")));
        if ((code || paper) && !isDash(t, i + 1)) {
            if (const auto words = sectionWords(n)) return Match{1, *words, "code"};
        }
    }
    // A state statute's title and section, "N.J.S.A. 39:4-50", "2C:20-11b(2)": no time (no such hour, or a
    // single figure after the colon) and no ratio, a hyphen after the second part. Said part by part.
    // (After the code's initials or a section's sign: "Psalm 119:1-8" is a verse's, "a 3:2-1 vote" a tally's.)
    const auto cited = [&] {
        if (i < 2 || !isKind(t, i - 1, Kind::Space)) return false;
        if (isSym(t, i - 2, "\xC2\xA7") || isWordIn(t, i - 2, {"section", "sections", "sec", "title"})) return true;
        std::size_t w = i - 2;
        if (isSym(t, w, ".") && w > 0) --w;
        return isKind(t, w, Kind::Word) && t[w].text.find('.') != std::string::npos &&
               std::isupper(static_cast<unsigned char>(t[w].text[0])) && t[w].text.size() >= 3;
    };
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() <= 3 && (i == 0 || !isKind(t, i - 1, Kind::Word)) && cited()) {
        std::size_t k = i + 1;
        std::string title = wholeWords(t[i].text);
        if (isKind(t, k, Kind::Word) && t[k].text.size() == 1 && std::isupper(static_cast<unsigned char>(t[k].text[0]))) {
            title += " " + (t[k].text == "A" ? std::string("eh") : t[k].text);
            ++k;
        }
        if (isSym(t, k, ":") && isKind(t, k + 1, Kind::Number) && digitsOnly(t[k + 1].text) && t[k + 1].text.size() <= 3 && isSym(t, k + 2, "-") &&
            isKind(t, k + 3, Kind::Number) && digitsOnly(t[k + 3].text) && t[k + 3].text.size() <= 4) {
            const bool clock = k == i + 1 && toInt(t[i].text) <= 24 && t[k + 1].text.size() == 2;
            if (!clock) {
                std::string spoken = title + " colon " + wholeWords(t[k + 1].text) + " dash " + wholeWords(t[k + 3].text);
                std::size_t end = k + 4;
                // (A subsection's letter glued to the section, "11b": its name; "a" is "eh" to eSpeak NG.)
                if (isKind(t, end, Kind::Word) && t[end].text.size() == 1 && std::islower(static_cast<unsigned char>(t[end].text[0]))) {
                    spoken += " " + (t[end].text == "a" ? std::string("eh") : std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(t[end].text[0])))));
                    ++end;
                }
                // (Its subdivisions after it: "11b(2)".)
                while (isSym(t, end, "(") && isSym(t, end + 2, ")") && t[end + 1].text.size() <= 3 &&
                       (isKind(t, end + 1, Kind::Number) || isKind(t, end + 1, Kind::Word))) {
                    const std::string& part = t[end + 1].text;
                    spoken += " " + (isKind(t, end + 1, Kind::Number) ? wholeWords(part) : part == "a" ? std::string("eh") : spell(part, false));
                    end += 3;
                }
                return Match{end - i, spoken, "code"};
            }
        }
    }
    return std::nullopt;
}

// Tech copy's names for things that look like numbers or words: a cloud's region ("us-east-1" "U S East one", where
// eSpeak NG said the pronoun "us"), a class of HTTP statuses ("5xx" "five X X", where it said "five twenty"), an
// incident's severity ("SEV-1" "sev one"), and a rate per second ("50 req/s" "fifty requests per second").
std::optional<Match> techRule(const Tokens& t, std::size_t i) {
    // "a 6.78-inch 1.5K display", "a 2.5K monitor": a screen's class of resolution, "one point five K", never 1,500.
    if (isKind(t, i, Kind::Number) && t[i].text.size() >= 3 && t[i].text.size() <= 4 && t[i].text[1] == '.' && digitsOnly(t[i].text.substr(0, 1)) &&
        digitsOnly(t[i].text.substr(2)) && isKind(t, i + 1, Kind::Word) && t[i + 1].text == "K" && !isKind(t, i + 2, Kind::Word) &&
        anyWordIn(t, {"display", "displays", "screen", "screens", "resolution", "monitor", "monitors", "panel", "oled", "amoled", "lcd",
                      "pixels", "tv", "tvs", "television"})) {
        return Match{2, wholeWords(t[i].text.substr(0, 1)) + " point " + digitWords(t[i].text.substr(2)) + " K", "tech"};
    }
    if (isKind(t, i, Kind::Word) && t[i].text.size() == 2 && std::islower(static_cast<unsigned char>(t[i].text[0])) && isSym(t, i + 1, "-") &&
        isWordIn(t, i, {"us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx"}) &&
        isWordIn(t, i + 2, {"east", "west", "north", "south", "central", "northeast", "northwest", "southeast", "southwest"}) &&
        isSym(t, i + 3, "-") && isKind(t, i + 4, Kind::Number) && digitsOnly(t[i + 4].text) && t[i + 4].text.size() == 1 && !isKind(t, i + 5, Kind::Word)) {
        std::string direction = t[i + 2].text;
        direction[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(direction[0])));
        return Match{5, upperAscii(std::string(1, t[i].text[0])) + " " + upperAscii(std::string(1, t[i].text[1])) + " " + direction + " " +
                            wholeWords(t[i + 4].text), "code"};
    }
    if (isKind(t, i, Kind::Number) && t[i].text.size() == 1 && t[i].text[0] >= '1' && t[i].text[0] <= '5' && isWordIn(t, i + 1, {"xx"}) &&
        !isKind(t, i + 2, Kind::Word)) {
        return Match{2, wholeWords(t[i].text) + " X X", "code"};
    }
    if (isWordIn(t, i, {"sev"}) && isUpperWord(t[i].text) && isSym(t, i + 1, "-") && isKind(t, i + 2, Kind::Number) && t[i + 2].text.size() == 1) {
        return Match{3, "sev " + wholeWords(t[i + 2].text), "code"};
    }
    // ("50 req/s", "500/s": a rate a second, after a count or a count's noun.)
    if (isSym(t, i, "/") && isWordIn(t, i + 1, {"s", "sec"}) && !isKind(t, i + 2, Kind::Word) && !isKind(t, i + 2, Kind::Number) && i >= 1 &&
        (isKind(t, i - 1, Kind::Number) || (i >= 2 && isKind(t, i - 1, Kind::Word) && isKind(t, i - 2, Kind::Space) && isKind(t, i - 3, Kind::Number)))) {
        return Match{2, " per second", "unit"};
    }
    // ("HTTP 503 and 504 errors": the second status of a list said as the first, "five oh four".)
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() == 3 && t[i].text[0] >= '1' && t[i].text[0] <= '5' && i >= 4 &&
        isKind(t, i - 1, Kind::Space) && (isWordIn(t, i - 2, {"and", "or"}) || isSym(t, i - 2, ",") || isSym(t, i - 2, "/")) &&
        std::find_if(t.begin(), t.end(), [](const Token& w) { return w.kind == Kind::Word && (w.text == "HTTP" || w.text == "HTTPS"); }) != t.end()) {
        const std::size_t first = isSym(t, i - 2, "/") || isSym(t, i - 2, ",") ? i - 3 : i - 4;
        if (first < t.size() && isKind(t, first, Kind::Number) && digitsOnly(t[first].text) && t[first].text.size() == 3) {
            return Match{1, pairWords(t[i].text), "code"};
        }
    }
    // ("IMO 9930014", "MMSI 538009876": a ship's registered numbers, figure by figure.)
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && (t[i].text.size() == 7 || t[i].text.size() == 9) && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        ((t[i].text.size() == 7 && isWordIn(t, i - 2, {"imo"}) && isUpperWord(t[i - 2].text)) || (t[i].text.size() == 9 && isWordIn(t, i - 2, {"mmsi"})))) {
        return Match{1, digitWords(t[i].text), "code"};
    }
    // ("from 600s to 60s" in a sentence about a timeout: seconds, not the sixties.)
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && isKind(t, i + 1, Kind::Word) && t[i + 1].text == "s" && !isKind(t, i + 2, Kind::Word) &&
        !(i >= 1 && (isSym(t, i - 1, "'") || isSym(t, i - 1, "\xE2\x80\x99"))) &&
        t[i].text.size() <= 3 && !isWordIn(t, i >= 2 ? i - 2 : t.size(), {"their", "the", "his", "her", "early", "late", "mid", "in"}) &&
        anyWordIn(t, {"timeout", "timeouts", "ttl", "keepalive", "keep-alive", "backoff", "cooldown"}) &&
        !anyWordIn(t, {"http", "https", "error", "errors"})) {  // ("factoring 500s into latency": HTTP 500 errors)
        return Match{2, numberWords(parseNumber(t[i].text)) + (t[i].text == "1" ? " second" : " seconds"), "unit"};
    }
    if (isWordIn(t, i, {"req", "reqs"}) && i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Number) && isSym(t, i + 1, "/")) {
        return Match{1, "requests", "unit"};
    }
    return std::nullopt;
}

// "Case No. 24-cr-80112", "No. 24-CR-1187", "3:24-cv-00562-SMY": a federal court's docket, its office before a colon, its year, its
// kind's letters, its serial and its judge's initials ("three, twenty-four C V five sixty-two S M Y"): no crore, no clock,
// no quantity.
std::optional<Match> docketNumberRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number) || !digitsOnly(t[i].text)) return std::nullopt;
    std::size_t k = i;
    std::string spoken;
    if (t[i].text.size() == 1 && isSym(t, i + 1, ":")) {
        spoken = wholeWords(t[i].text) + ", ";
        k = i + 2;
    }
    if (!isKind(t, k, Kind::Number) || !digitsOnly(t[k].text) || t[k].text.size() != 2 || !isSym(t, k + 1, "-") ||
        !isWordIn(t, k + 2, {"cr", "cv", "mj", "mc", "po", "bk", "ap", "md", "mdl"}) || !isSym(t, k + 3, "-") || !isKind(t, k + 4, Kind::Number) ||
        !digitsOnly(t[k + 4].text) || t[k + 4].text.size() < 3) {
        return std::nullopt;
    }
    // (The letters in small letters or all capitals: "24-Cv" is no docket's.)
    const std::string& kind = t[k + 2].text;
    if (kind != lowerAscii(kind) && kind != upperAscii(kind)) return std::nullopt;
    // (Its serial without the zeros that fill it out, in pairs as a clerk reads it: "00562" is "five sixty-two".)
    std::string serial = t[k + 4].text;
    serial.erase(0, std::min(serial.find_first_not_of('0'), serial.size() - 1));
    spoken += wholeWords(t[k].text) + " " + spell(upperAscii(kind), true) + " " + (serial.size() <= 4 ? pairWords(serial) : digitWords(serial));
    std::size_t end = k + 5;
    // ("-SMY", "-1": the judge's initials, a defendant's number.)
    while (isSym(t, end, "-") && ((isKind(t, end + 1, Kind::Word) && isUpperWord(t[end + 1].text) && t[end + 1].text.size() <= 4) ||
                                  (isKind(t, end + 1, Kind::Number) && digitsOnly(t[end + 1].text) && t[end + 1].text.size() <= 2))) {
        spoken += " " + (isKind(t, end + 1, Kind::Word) ? spell(t[end + 1].text, true) : wholeWords(t[end + 1].text));
        end += 2;
    }
    return Match{end - i, spoken, "code"};
}

// "[2024] EWHC 1234 (KB)", "EWCA Civ 1015": a judgment's number in a law report's neutral citation, figure by figure when it runs
// to four (not "one thousand two hundred and thirty-four").
std::optional<Match> neutralCitationRule(const Tokens& t, std::size_t i) {
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() >= 4 && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        isKind(t, i - 2, Kind::Word) &&
        (isWordIn(t, i - 2, {"ewhc", "ewca", "uksc", "ukpc", "ukut", "ewfc", "ewcop", "iehc", "iesc", "ieca", "csoh", "csih", "nzsc", "nzca",
                             "hca", "fca", "scc", "onca", "bcca", "zasca", "zacc", "nswsc", "vsc"}) ||
         (isWordIn(t, i - 2, {"civ", "crim", "admin"}) && i >= 4 && isWordIn(t, i - 4, {"ewca", "ewhc"})) ||
         // (Or whatever court, the lexicon's word for it perhaps, after the citation's year in square brackets: "[2024] EWHC".)
         (i >= 6 && isKind(t, i - 3, Kind::Space) && isSym(t, i - 4, "]") && isKind(t, i - 5, Kind::Number) && t[i - 5].text.size() == 4 &&
          isSym(t, i - 6, "[") &&
          // (A court's letters, or the lexicon's word for them: "[2024] Budget 2025" is a year.)
          (isUpperWord(t[i - 2].text) || (!t[i - 2].text.empty() && static_cast<unsigned char>(t[i - 2].text[0]) >= 0xEE))))) {
        return Match{1, digitWords(t[i].text), "code"};
    }
    return std::nullopt;
}

// "MI 61-101", "National Instrument 45-106": a Canadian securities rule's number after its name, its series and its figures
// as regulators say them ("sixty-one one-oh-one"), never a range.
std::optional<Match> securitiesInstrumentRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number) || !digitsOnly(t[i].text) || t[i].text.size() != 2 || !isSym(t, i + 1, "-") || !isKind(t, i + 2, Kind::Number) ||
        !digitsOnly(t[i + 2].text) || t[i + 2].text.size() != 3 || i < 2 || !isKind(t, i - 1, Kind::Space)) {
        return std::nullopt;
    }
    if (!(t[i - 2].text == "NI" || t[i - 2].text == "MI" || (t[i - 2].text == "Instrument" && isCapitalized(t[i - 2].text)))) return std::nullopt;
    std::string figures;
    for (char c : t[i + 2].text) figures += (figures.empty() ? "" : "-") + (c == '0' ? std::string("oh") : wholeWords(std::string(1, c)));
    return Match{3, wholeWords(t[i].text) + " " + figures, "code"};
}

// "ISBN 978-0-14-312755-0", "ISSN 0028-0836", "ISBN-13: 978 1 4088 5565 2": a book's or a journal's number, said figure by
// figure in its printed groups (a last check letter "X" said as the letter), never as quantities or a number to call.
std::optional<Match> bookNumberRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number) || !digitsOnly(t[i].text) || i < 2) return std::nullopt;
    std::size_t k = i - 1;
    if (isKind(t, k, Kind::Space) && k >= 1) --k;
    if (isSym(t, k, ":") && k >= 1) --k;
    if (isKind(t, k, Kind::Space) && k >= 1) --k;
    if (isKind(t, k, Kind::Number) && (t[k].text == "10" || t[k].text == "13") && k >= 2 && isSym(t, k - 1, "-")) k -= 2;
    if (!isWordIn(t, k, {"isbn", "issn", "eisbn", "eissn"})) return std::nullopt;
    std::string spoken;
    std::size_t end = i, figures = 0;
    while (isKind(t, end, Kind::Number) && digitsOnly(t[end].text)) {
        spoken += (spoken.empty() ? "" : ", ") + digitWords(t[end].text);
        figures += t[end].text.size();
        ++end;
        if (isKind(t, end, Kind::Word) && (t[end].text == "X" || t[end].text == "x")) {  // "0028-083X"
            spoken += ", X";
            ++figures;
            ++end;
            break;
        }
        if ((isSym(t, end, "-") || isKind(t, end, Kind::Space)) && isKind(t, end + 1, Kind::Number)) {
            ++end;
        } else if ((isSym(t, end, "-") || isKind(t, end, Kind::Space)) && isKind(t, end + 1, Kind::Word) && (t[end + 1].text == "X" || t[end + 1].text == "x") &&
                   !isKind(t, end + 2, Kind::Word)) {
            spoken += ", X";
            ++figures;
            end += 2;
            break;
        }
    }
    // (An ISSN has eight figures, an ISBN ten or thirteen: fewer is not the whole number.)
    if (figures < 8 || figures > 13) return std::nullopt;
    return Match{end - i, spoken, "code"};
}

// "ABN 32 005 222 353", "charity number 1234567", "VAT No. 123 4567 89": a business's or a charity's registered number, said
// figure by figure in the groups it is printed in, as it is read out to be written down, never as a quantity ("thirty-two
// billion…"). Only after a registry's letters or a registered number's words.
std::optional<Match> registeredNumberRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number) || i < 2 || !isKind(t, i - 1, Kind::Space)) return std::nullopt;
    const std::string& digits = t[i].text;
    if (std::any_of(digits.begin(), digits.end(), [](char c) { return !std::isdigit(static_cast<unsigned char>(c)) && c != ' '; })) return std::nullopt;
    // (The registry's word before it, over "No." or "number" and a colon.)
    std::size_t k = i - 2;
    if (isSym(t, k, ":") && k >= 1) k = isKind(t, k - 1, Kind::Space) && k >= 2 ? k - 2 : k - 1;
    if (isSym(t, k, ".") && k >= 1 && isWordIn(t, k - 1, {"no"})) k = k >= 3 ? k - 3 : k;
    if (isWordIn(t, k, {"number", "no", "numbers"}) && k >= 2) k -= 2;
    static constexpr WordSet kRegistries({"abn", "acn", "arbn", "arn", "ein", "vat", "tin", "nzbn", "gst", "uen", "cin", "gstin", "crn", "chy", "rcn",
                                          "charity", "company", "registration", "registered", "incorporation", "kvk", "siren", "siret"});
    if (!isKind(t, k, Kind::Word) || kRegistries.count(lowerAscii(t[k].text)) == 0) return std::nullopt;
    // (Long enough to be no count: "registered 2 companies".)
    const std::size_t figures = static_cast<std::size_t>(std::count_if(digits.begin(), digits.end(), [](char c) { return c != ' '; }));
    std::size_t end = i + 1;
    std::string spoken;
    for (std::size_t g = i; g < t.size() && isKind(t, g, Kind::Number) && digitsOnly(t[g].text); g += 2) {
        spoken += (spoken.empty() ? "" : ", ") + digitWords(t[g].text);
        end = g + 1;
        if (!isKind(t, g + 1, Kind::Space)) break;
    }
    if (digits.find(' ') != std::string::npos) {
        spoken.clear();
        std::size_t from = 0;
        for (std::size_t at = digits.find(' '); from < digits.size(); at = digits.find(' ', from)) {
            if (at == std::string::npos) at = digits.size();
            spoken += (spoken.empty() ? "" : ", ") + digitWords(digits.substr(from, at - from));
            from = at + 1;
        }
        end = i + 1;
    }
    if (figures < 6 && end == i + 1) return std::nullopt;
    return Match{end - i, spoken, "code"};
}

// "responded to a 10-31", "a 10-50 on Route 9": a police radio's ten-code, "ten thirty-one", in a story of officers and calls;
// no range ("ten to thirty-one").
std::optional<Match> tenCodeRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number) || t[i].text != "10" || !isSym(t, i + 1, "-") || !isKind(t, i + 2, Kind::Number) ||
        !digitsOnly(t[i + 2].text) || t[i + 2].text.size() > 3 || t[i + 2].text[0] == '0' || isKind(t, i + 3, Kind::Word) || isSym(t, i + 3, "%")) {
        return std::nullopt;
    }
    // (Nothing counted or measured after it: "a 10-4 vote", "a 10-12 hour shift", "a 10-20 percent drop" are a tally and spans.)
    if (isKind(t, i + 3, Kind::Space) && isKind(t, i + 4, Kind::Word) &&
        !isWordIn(t, i + 4, {"at", "in", "on", "near", "involving", "with", "from", "for", "call", "and", "or", "was", "is", "that", "when"})) {
        return std::nullopt;
    }
    const bool named = i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"a", "the", "code", "signal"});
    const bool police = anyWordIn(t, {"officers", "officer", "deputies", "deputy", "dispatched", "responded", "dispatch", "police", "radio",
                                      "patrol", "trooper", "troopers", "sheriff's", "scanner"});
    if (!named || !police) return std::nullopt;
    return Match{3, "ten " + wholeWords(t[i + 2].text), "code"};
}

// "batch 24X1027-B", "lot codes 4287 through 4292", "serial number RW2024-091A": the codes a recall asks a listener to
// match against a package are said as they are printed, figure by figure and letter by letter ("four two eight seven"),
// never as a quantity or a product. Only after a lot's, a batch's or a serial's word, or after the code before them and a
// joining word ("through", "to", "and", "or", a comma); a plain number of three figures or fewer is an auction's lot or a
// batch's count ("Lot 12 sold", "batch 3").
std::optional<Match> lotCodeRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number) && !(isKind(t, i, Kind::Word) && isUpperWord(t[i].text))) return std::nullopt;
    if (i > 0 && !isKind(t, i - 1, Kind::Space)) return std::nullopt;
    // The code: figures, capitals and hyphens glued, a figure among them.
    std::size_t end = i;
    bool digits = false;
    std::size_t figures = 0;
    while (end < t.size()) {
        if (isKind(t, end, Kind::Number) && digitsOnly(t[end].text)) {
            digits = true;
            figures += t[end].text.size();
        } else if (isKind(t, end, Kind::Word) && isUpperWord(t[end].text) && t[end].text.size() <= 3) {
        } else if (isSym(t, end, "-") && end > i && (isKind(t, end + 1, Kind::Number) || isKind(t, end + 1, Kind::Word))) {
        } else {
            break;
        }
        ++end;
    }
    if (!digits || (end == i + 1 && figures <= 3) || isKind(t, end, Kind::Word) || isKind(t, end, Kind::Number)) return std::nullopt;
    if (end > i && isSym(t, end - 1, "-")) return std::nullopt;
    // What stands before it: the lot's word, or codes and joining words back to it.
    const auto lotWord = [&](std::size_t k) {
        if (isWordIn(t, k, {"lot", "lots", "batch", "batches", "serial", "serials", "sku", "skus"})) return true;
        // ("lot code", "batch numbers", "serial no.")
        std::size_t before = k;
        if (before >= 2 && isSym(t, before, ".") && isWordIn(t, before - 1, {"no", "nos"})) --before;
        return isWordIn(t, before, {"code", "codes", "number", "numbers", "no", "nos"}) && before >= 2 && isKind(t, before - 1, Kind::Space) &&
               isWordIn(t, before - 2, {"lot", "lots", "batch", "batches", "serial", "product", "item", "part", "model"});
    };
    std::size_t k = i - 1;  // the space before the code
    for (int hops = 0; k > 0 && hops < 12; ++hops) {
        const std::size_t w = k - 1;
        if (lotWord(w)) break;
        if (isWordIn(t, w, {"through", "thru", "to", "and", "or"}) || isSym(t, w, ",") || isKind(t, w, Kind::Number) || isSym(t, w, "-") ||
            (isKind(t, w, Kind::Word) && isUpperWord(t[w].text))) {
            k = w;
            while (k > 0 && !isKind(t, k, Kind::Space)) --k;
            if (!isKind(t, k, Kind::Space)) return std::nullopt;
            continue;
        }
        return std::nullopt;
    }
    if (k == 0 || !lotWord(k - 1)) return std::nullopt;
    // ("Batch 2024", "the IAS batch 2019": a class by its year, as South Asia's and the Philippines' English names one.)
    // (Or by its years, "batch 2019-20", "the MBA batch 2023-25".)
    if (isYear(&t[i]) && isWordIn(t, k - 1, {"batch", "batches"})) return std::nullopt;
    std::string spoken;
    for (std::size_t j = i; j < end; ++j) {
        if (isKind(t, j, Kind::Number)) {
            append(spoken, digitWords(t[j].text));
        } else if (isKind(t, j, Kind::Word)) {
            append(spoken, spell(t[j].text, j + 1 < end));
        }
    }
    return Match{end - i, spoken, "code"};
}

// "FY3/2025", "FY12/2024": a fiscal year by the month and year it ends, as Japanese companies write it, "the fiscal year to
// March twenty twenty-five" (before the letters-and-figures codes, which would spell "F Y three").
std::optional<Match> fiscalYearByMonthRule(const Tokens& t, std::size_t i) {
    // ("1H FY3/2026": a half before a fiscal year by its month, "first-half"; "1H FY27" is the half-year rules'.)
    if (isKind(t, i, Kind::Number) && (t[i].text == "1" || t[i].text == "2") && isKind(t, i + 1, Kind::Word) && t[i + 1].text == "H" &&
        isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Word) && t[i + 3].text == "FY" && isKind(t, i + 4, Kind::Number) &&
        isSym(t, i + 5, "/")) {
        return Match{2, t[i].text == "1" ? "first-half" : "second-half", "date"};
    }
    if (isKind(t, i, Kind::Word) && t[i].text == "FY" && isKind(t, i + 1, Kind::Number) && digitsOnly(t[i + 1].text) && t[i + 1].text.size() <= 2 &&
        isSym(t, i + 2, "/") && isKind(t, i + 3, Kind::Number) && isYear(&t[i + 3]) && !isKind(t, i + 4, Kind::Word) && !isSym(t, i + 4, "/")) {
        const int month = toInt(t[i + 1].text);
        if (month >= 1 && month <= 12) {
            const bool determined = i >= 2 && isKind(t, i - 1, Kind::Space) &&
                                    (isWordIn(t, i - 2, {"the", "a", "its", "their", "this", "that", "last", "next"}) ||
                                     (t[i - 2].text == "H" && i >= 3 && isKind(t, i - 3, Kind::Number)));
            return Match{4, std::string(determined ? "" : "the ") + "fiscal year to " + monthName(month) + " " + yearSpoken(t[i + 3].text), "date"};
        }
    }
    return std::nullopt;
}

std::optional<Match> codeRule(const Tokens& t, std::size_t i) {
    // "Rule 10b-5", "Rule 10b5-1", "Rule 14a-8": a securities rule's number, its letter and its parts said in turn, the dash
    // unsaid ("ten b five one"), no range.
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"rule", "rules"}) &&
        isKind(t, i + 1, Kind::Word) && t[i + 1].text.size() == 1 && std::islower(static_cast<unsigned char>(t[i + 1].text[0]))) {
        std::size_t k = i + 2;
        std::string spoken = wholeWords(t[i].text) + " " + (t[i + 1].text == "a" ? std::string("eh") : t[i + 1].text);
        if (isKind(t, k, Kind::Number) && digitsOnly(t[k].text)) spoken += " " + wholeWords(t[k++].text);
        if (isDash(t, k) && isKind(t, k + 1, Kind::Number) && digitsOnly(t[k + 1].text) && !isKind(t, k + 2, Kind::Word)) {
            return Match{k + 2 - i, spoken + " " + wholeWords(t[k + 1].text), "code"};
        }
    }
    // "UPC 8 41234 56789 0", "EAN: 4006381-333931": a product's barcode is checked figure by figure against the box, never
    // read as thousands; its groups as printed, a pause between them.
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && i >= 2) {
        std::size_t label = i - 1;
        while (label > 0 && (isKind(t, label, Kind::Space) || isSym(t, label, ":") || isSym(t, label, "#"))) --label;
        if (label + 4 >= i && isWordIn(t, label, {"upc", "ean", "gtin", "barcode", "upcs"})) {
            std::string spoken = digitWords(t[i].text);
            std::size_t end = i + 1, digits = t[i].text.size();
            while ((isKind(t, end, Kind::Space) || isSym(t, end, "-")) && isKind(t, end + 1, Kind::Number) && digitsOnly(t[end + 1].text)) {
                spoken += ", " + digitWords(t[end + 1].text);
                digits += t[end + 1].text.size();
                end += 2;
            }
            // (A code's eight digits at least, "UPC 8 41234 56789 0", "EAN: 4006381333931": "the UPC 2024 conference", "EAN 13
            // format" are no barcode's.)
            if (digits >= 8) return Match{end - i, spoken, "code"};
        }
    }
    // ("δ13C", "δ15N": a Greek letter opens no code; its name is said, then the isotope.)
    if (isKind(t, i, Kind::Word) && static_cast<unsigned char>(t[i].text[0]) >= 0x80 && !isLatinOrCommon(t[i].text)) return std::nullopt;
    // "FRB 20220610A", "GRB 221009A": an astronomical event named by its date and a letter, after its kind's initials, said
    // figure by figure ("two oh two two oh six one oh A").
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() >= 6 && t[i].text.size() <= 8 && isKind(t, i + 1, Kind::Word) &&
        t[i + 1].text.size() == 1 && std::isupper(static_cast<unsigned char>(t[i + 1].text[0])) && !isKind(t, i + 2, Kind::Word) &&
        !isKind(t, i + 2, Kind::Number) && i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) &&
        t[i - 2].text.size() >= 2 && t[i - 2].text.size() <= 4 && isUpperWord(t[i - 2].text) && prefixCurrencies().count(t[i - 2].text) == 0) {
        std::string spoken;
        for (char c : t[i].text) spoken += (spoken.empty() ? "" : " ") + std::string(c == '0' ? "oh" : digitWords(std::string(1, c)));
        return Match{2, spoken + " " + (t[i + 1].text == "A" ? std::string("eh") : t[i + 1].text), "code"};
    }
    // A gun's calibre in hundredths of an inch: ".40-caliber", ".22 rifle" ("forty-caliber"); eSpeak NG said "point
    // four zero". (Thousandths, ".357 Magnum", are the batting average's rule.)
    if (isKind(t, i, Kind::Number) && t[i].text.size() == 3 && t[i].text[0] == '.' && digitsOnly(t[i].text.substr(1)) &&
        (i == 0 || isKind(t, i - 1, Kind::Space) || isSym(t, i - 1, "("))) {
        const std::size_t k = isSym(t, i + 1, "-") || isKind(t, i + 1, Kind::Space) ? i + 2 : t.size();
        // (A police report's short form, ".45 cal. pistol": the calibre said whole, its full stop not a sentence's end.)
        if (isWordIn(t, k, {"cal"})) {
            const bool stop = isSym(t, k + 1, ".") && isKind(t, k + 2, Kind::Space) && isKind(t, k + 3, Kind::Word) && !isCapitalized(t[k + 3].text);
            return Match{k + 1 - i + (stop ? 1 : 0), wholeWords(t[i].text.substr(1)) + " caliber", "code"};
        }
        if (isWordIn(t, k, {"caliber", "calibre", "magnum", "acp", "special", "rifle", "rifles", "pistol", "pistols", "handgun", "handguns",
                            "revolver", "semiautomatic", "semi-automatic", "rounds", "bullet", "bullets", "cartridge"})) {
            return Match{1, wholeWords(t[i].text.substr(1)), "code"};
        }
    }
    // "60fps", "120 FPS": frames a second in copy about games, screens and cameras, feet a second about a bullet, an
    // arrow or a pitch; elsewhere left as written.
    if (isKind(t, i, Kind::Number) && !isKind(t, i + 1, Kind::Number)) {
        const std::size_t unit = isKind(t, i + 1, Kind::Space) ? i + 2 : i + 1;
        if (isWordIn(t, unit, {"fps"}) && !isKind(t, unit + 1, Kind::Word) && !isKind(t, unit + 1, Kind::Number)) {
            const bool feet = anyWordIn(t, {"bullet", "bullets", "barrel", "muzzle", "rifle", "rifles", "round", "rounds", "arrow", "arrows",
                                            "bow", "crossbow", "crossbows", "velocity", "paintball", "airsoft", "pellet", "pellets", "projectile",
                                            "cartridge", "ammunition", "ammo", "gun", "guns", "pistol", "handgun", "shotgun", "bolt", "bolts"});
            if (feet) return Match{unit + 1 - i, numberWords(parseNumber(t[i].text)) + " feet per second", "unit"};
            // (After a resolution's slash, "4K/60fps", it is a frame rate whatever the sentence says.)
            // (Or where a resolution is named: "run in 4K at a smooth 60 FPS".)
            bool resolution = false;
            for (std::size_t k = 0; k + 1 < t.size() && !resolution; ++k) {
                resolution = isKind(t, k, Kind::Number) && isKind(t, k + 1, Kind::Word) && (t[k + 1].text == "K" || t[k + 1].text == "p");
            }
            const bool video = isSym(t, i - 1, "/") || resolution ||
                               anyWordIn(t, {"game", "games", "gaming", "console", "consoles", "frame", "frames", "video", "videos", "footage",
                                             "display", "displays", "screen", "screens", "monitor", "monitors", "camera", "cameras", "record",
                                             "records", "recording", "refresh", "graphics", "gpu", "resolution", "hdr", "mode", "gameplay",
                                             "xbox", "playstation", "ps5", "pc", "slow-motion"});
            if (video) return Match{unit + 1 - i, numberWords(parseNumber(t[i].text)) + " frames per second", "unit"};
        }
    }
    // Moody's scale, a grade and its figure glued: "Aa2" "double-A two", "Baa3" "B double-A three", "Caa1".
    if (isKind(t, i, Kind::Word) && (t[i].text == "Aa" || t[i].text == "Baa" || t[i].text == "Caa") && isKind(t, i + 1, Kind::Number) &&
        (t[i + 1].text == "1" || t[i + 1].text == "2" || t[i + 1].text == "3") && !isKind(t, i + 2, Kind::Word)) {
        const std::string grade = t[i].text == "Aa" ? "double-eh" : std::string(1, t[i].text[0]) + " double-eh";
        return Match{2, grade + " " + wholeWords(t[i + 1].text), "code"};
    }
    // "Ubuntu 24.04 LTS": Ubuntu's releases are named by their year and month, "twenty-four oh four".
    if (isKind(t, i, Kind::Number) && i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"ubuntu"}) && t[i].text.size() == 5 &&
        t[i].text[2] == '.' && digitsOnly(t[i].text.substr(0, 2)) && (t[i].text.substr(3) == "04" || t[i].text.substr(3) == "10")) {
        return Match{1, wholeWords(t[i].text.substr(0, 2)) + (t[i].text[3] == '0' ? " oh four" : " ten"), "code"};
    }
    // A listing's rooms, "3bd/2ba", "2bd/1.5ba", "4BR/3BA": "three-bedroom, two-bath".
    if (isKind(t, i, Kind::Number) && isKind(t, i + 1, Kind::Word) && isSym(t, i + 2, "/") && isKind(t, i + 3, Kind::Number) &&
        isKind(t, i + 4, Kind::Word) && isWordIn(t, i + 1, {"bd", "br", "bed", "bdr", "bdrm"}) && isWordIn(t, i + 4, {"ba", "bath", "bth"}) &&
        !isKind(t, i + 5, Kind::Word) && digitsOnly(t[i].text)) {
        const auto rooms = [](const std::string& n) {
            const std::size_t dot = n.find('.');
            if (dot == std::string::npos) return wholeWords(n);
            return wholeWords(n.substr(0, dot)) + (n.substr(dot + 1) == "5" ? "-and-a-half" : " point " + digitWords(n.substr(dot + 1)));
        };
        return Match{5, wholeWords(t[i].text) + "-bedroom, " + rooms(t[i + 3].text) + "-bath", "unit"};
    }
    // A listing's bedrooms alone, "a 3BR home", "1BR+D": "three-bedroom", "one-bedroom plus den" (its letters in capitals
    // glued to the figure, as listings write them; "a 3br" in small letters is as likely a typo).
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() == 1 && isKind(t, i + 1, Kind::Word) &&
        (t[i + 1].text == "BR" || t[i + 1].text == "BD" || t[i + 1].text == "BDR") && !isKind(t, i + 2, Kind::Number)) {
        if (isSym(t, i + 2, "+") && isKind(t, i + 3, Kind::Word) && (t[i + 3].text == "D" || t[i + 3].text == "DEN" || t[i + 3].text == "den") &&
            !isKind(t, i + 4, Kind::Word)) {
            return Match{4, wholeWords(t[i].text) + "-bedroom plus den", "unit"};
        }
        if (!isSym(t, i + 2, "/") && !isSym(t, i + 2, "+")) return Match{2, wholeWords(t[i].text) + "-bedroom", "unit"};
    }
    // "Conference ID: 7294 318#", "passcode 40512", "PIN 6631": a code typed on a keypad, figure by figure, its
    // groups apart.
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() >= 3 && i >= 2) {
        std::size_t k = i - 1;
        while (k > 0 && (isKind(t, k, Kind::Space) || isSym(t, k, ":"))) --k;
        if (isWordIn(t, k, {"id", "pin", "passcode", "passcodes", "password"}) ||
            (isWordIn(t, k, {"code"}) && k >= 2 && isWordIn(t, k - 2, {"access", "participant", "conference", "meeting", "entry"}))) {
            std::string spoken = digitWords(t[i].text);
            std::size_t end = i + 1;
            while (isKind(t, end, Kind::Space) && isKind(t, end + 1, Kind::Number) && digitsOnly(t[end + 1].text) && t[end + 1].text.size() <= 4) {
                spoken += ", " + digitWords(t[end + 1].text);
                end += 2;
            }
            return Match{end - i, spoken, "code"};
        }
    }
    // "U-16 and U-19 players", "the U21 side", "U16s": a sport's age group, "under-sixteen".
    if (isKind(t, i, Kind::Word) && t[i].text == "U" && (i == 0 || !isKind(t, i - 1, Kind::Word))) {
        const std::size_t n = isSym(t, i + 1, "-") ? i + 2 : i + 1;
        const bool glued = n == i + 1;
        if (isKind(t, n, Kind::Number) && digitsOnly(t[n].text) && t[n].text.size() == 2 && toInt(t[n].text) >= 8 && toInt(t[n].text) <= 23 &&
            !isSym(t, n + 1, "-") && !isSym(t, n + 1, ".")) {
            const bool plural = isKind(t, n + 1, Kind::Word) && t[n + 1].text == "s";
            // (Glued, "U21", only before the words of a team or after "and": a line of the Underground is "U2" too.)
            const std::size_t next = skip(t, n + (plural ? 2 : 1));
            const bool team = isWordIn(t, next, {"players", "player", "team", "teams", "side", "sides", "squad", "squads", "level", "women",
                                                 "men", "boys", "girls", "world", "european", "euro", "championship", "championships", "cup",
                                                 "tournament", "international", "internationals", "football", "rugby", "and", "or", "coach",
                                                 "manager", "age", "category", "final", "semi-final", "league", "fixture", "fixtures", "match",
                                                 "matches", "game", "games", "clash", "debut", "win", "defeat", "draw", "camp", "squad", "trials",
                                                 "caps", "six", "nations", "grand", "showdown", "opener", "title"});
            // (Or after a side's "women's", "men's": "the women's U20 fixture".)
            const bool sideBefore = i >= 2 && (isWordIn(t, i - 2, {"women's", "men's", "boys'", "girls'"}) ||
                                               (i >= 4 && isSym(t, i - 3, "'") && isWordIn(t, i - 4, {"women", "men", "boys", "girls"})));
            if (!glued || team || plural || sideBefore || isWordIn(t, i >= 2 ? i - 2 : t.size(), {"and", "the", "an", "at", "for", "his", "her", "their", "our"})) {
                return Match{n + (plural ? 2 : 1) - i, "under-" + wholeWords(t[n].text) + (plural ? "s" : ""), "code"};
            }
        }
    }
    // "cruised at FL370": a flight level, its three figures one by one. (Levels are set in fives of hundreds of feet: "FL511" is
    // Florida's traffic line.)
    if (isKind(t, i, Kind::Word) && t[i].text == "FL" && isKind(t, i + 1, Kind::Number) && t[i + 1].text.size() == 3 &&
        digitsOnly(t[i + 1].text) && (t[i + 1].text[2] == '0' || t[i + 1].text[2] == '5') && !isKind(t, i + 2, Kind::Word)) {
        std::string spoken = "flight level";
        for (char d : t[i + 1].text) spoken += " " + cardinalWords(static_cast<unsigned>(d - '0'));
        return Match{2, spoken, "code"};
    }
    // A house's or a flat's number with its letter, "17a Barton St", "Flat 2a": the letter's name ("eh"),
    // which eSpeak NG would take for the article. (Not "7a-9a", hours written short.)
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() <= 4 && isKind(t, i + 1, Kind::Word) && t[i + 1].text == "a" &&
        (i == 0 || !isKind(t, i - 1, Kind::Word)) && !isDash(t, i + 2) &&
        ((isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Word) && isCapitalized(t[i + 3].text)) ||
         isWordIn(t, i >= 2 ? i - 2 : t.size(), {"flat", "unit", "apartment", "apt", "house", "no", "number", "suite", "plot", "stand", "block"}))) {
        return Match{2, wholeWords(t[i].text) + " eh", "code"};
    }
    // A countdown's mark, "T-10 minutes", "T–00:00:31", "at T-10 before liftoff": "T minus", and the
    // time after it read by its own rules. (Not a model, "T-72 tanks": a unit of time follows, or a
    // launch is spoken of.)
    if (isKind(t, i, Kind::Word) && t[i].text == "T" && (i == 0 || !isKind(t, i - 1, Kind::Word)) &&
        (isSym(t, i + 1, "-") || isSym(t, i + 1, "\xE2\x80\x93") || isSym(t, i + 1, "\xE2\x88\x92")) && isKind(t, i + 2, Kind::Number)) {
        const bool clock = isSym(t, i + 3, ":") && isKind(t, i + 4, Kind::Number);
        const bool unit = isKind(t, i + 3, Kind::Space) &&
                          isWordIn(t, i + 4, {"seconds", "second", "minutes", "minute", "hours", "hour", "days", "day", "sec", "secs", "min",
                                              "mins", "hrs", "h"});
        const bool launch = anyWordIn(t, {"countdown", "launch", "liftoff", "lift-off", "launched", "launches", "rocket", "launchpad"});
        if (clock || unit || (launch && !isKind(t, i + 3, Kind::Word) && !(isKind(t, i + 3, Kind::Space) && isKind(t, i + 4, Kind::Word) &&
                                                                          !isCapitalized(t[i + 4].text)))) {
            return Match{2, "T minus", "code"};
        }
    }
    // An isotope, "iodine-131", "Carbon-14", "technetium-99m": the element, then its mass number as a
    // code's ("iodine one thirty-one"), never "iodine-one hundred thirty-one".
    if (isKind(t, i, Kind::Word) && isSym(t, i + 1, "-") && isKind(t, i + 2, Kind::Number) && digitsOnly(t[i + 2].text) &&
        t[i + 2].text.size() <= 3 && t[i + 2].text[0] != '0' && !isKind(t, i + 3, Kind::Number) && !isSym(t, i + 3, "-") &&
        isElementName(lowerAscii(t[i].text)) &&
        // (Capitalized, the metals with other names are those: "Mercury-13", a program; "Gold-2", a team.)
        !(std::isupper(static_cast<unsigned char>(t[i].text[0])) &&
          isWordIn(t, i, {"gold", "silver", "lead", "tin", "iron", "copper", "mercury", "zinc", "nickel", "platinum", "cobalt"}))) {
        const bool metastable = isKind(t, i + 3, Kind::Word) && t[i + 3].text == "m";
        return Match{metastable ? std::size_t{4} : std::size_t{3},
                     t[i].text + " " + codeNumber(t[i + 2].text) + (metastable ? " m" : ""), "code"};
    }
    // A virus's lineage: "KP.2", "XBB.1.5", "BA.2.86", "JN.1": its letters, then its numbers with "point".
    if (isKind(t, i, Kind::Word) && t[i].text.size() <= 4 && isUpperWord(t[i].text) && isSym(t, i + 1, ".") &&
        isKind(t, i + 2, Kind::Number) && digitsOnly(std::string(1, t[i + 2].text[0])) && (i == 0 || !isKind(t, i - 1, Kind::Word)) &&
        anyWordIn(t, {"variant", "variants", "subvariant", "subvariants", "lineage", "lineages", "strain", "strains", "covid",
                      "covid-19", "omicron", "booster", "boosters", "vaccine", "vaccines", "sars-cov-2"})) {
        std::string spoken = spell(t[i].text, false);
        std::string number = t[i + 2].text;
        for (char& c : number) {
            if (c == '.') c = ' ';
        }
        for (const std::string& part : splitWords(number)) spoken += " point " + wholeWords(part);
        return Match{3, spoken, "code"};
    }
    // "18 U.S.C. § 1343", "Fla. Stat. § 776.012", "§§ 1983 and 1988": a statute's section, numbered as
    // lawyers read it ("section thirteen forty-three", "seven seventy-six point oh one two").
    if ((isSym(t, i, "\xC2\xA7")) && isKind(t, skip(t, i + 1 + (isSym(t, i + 1, "\xC2\xA7") ? 1 : 0)), Kind::Number)) {
        const bool several = isSym(t, i + 1, "\xC2\xA7");
        const std::size_t n = skip(t, i + 1 + (several ? 1 : 0));
        const std::string& number = t[n].text;
        if (const auto words = sectionWords(number)) {
            std::string spoken = std::string(several ? "sections " : "section ") + *words;
            // "§§ 2–4": the sections from one to the other.
            if (several && number.find('.') == std::string::npos && isDash(t, n + 1) && isKind(t, n + 2, Kind::Number) &&
                digitsOnly(t[n + 2].text) && t[n + 2].text.size() <= 3) {
                return Match{n + 3 - i, spoken + " to " + wholeWords(t[n + 2].text), "code"};
            }
            std::size_t last = n;
            if (!several && number.find('.') == std::string::npos) {
                if (isKind(t, n + 1, Kind::Word) && t[n + 1].text.size() == 1 && std::isupper(static_cast<unsigned char>(t[n + 1].text[0])) &&
                    isSym(t, n + 2, ".") && isKind(t, n + 3, Kind::Number) && digitsOnly(t[n + 3].text) && !isKind(t, n + 4, Kind::Word)) {
                    // "§ 142D.21": a section lettered after its number, then its subsection, "one forty-two D point two one".
                    spoken += std::string(t[n + 1].text == "A" ? " eh" : " " + t[n + 1].text) + " point";
                    for (char c : t[n + 3].text) spoken += c == '0' ? std::string(" oh") : " " + digitWords(std::string(1, c));
                    last = n + 3;
                } else if (isSym(t, n + 1, "-") && isKind(t, n + 2, Kind::Number) && !isSym(t, n + 3, "-")) {
                    // "§ 13-1105", "§ 22-3.1": a title and its section, "thirteen dash eleven oh five" (not a range).
                    if (const auto part = sectionWords(t[n + 2].text)) {
                        spoken += " dash " + *part;
                        last = n + 2;
                    }
                }
            }
            // "§§ 31105 and 31106", "§§ 12, 14 or 15": every section of the list said the same way.
            while (several) {
                std::size_t k = last + 1;
                std::string joiner = ",";
                if (isSym(t, k, ",")) ++k;
                if (isKind(t, k, Kind::Space)) ++k;
                if (isWordIn(t, k, {"and", "or"}) && isKind(t, k + 1, Kind::Space)) {
                    joiner = " " + t[k].text;
                    k += 2;
                } else if (!isSym(t, last + 1, ",")) {
                    break;
                }
                const auto next = isKind(t, k, Kind::Number) ? sectionWords(t[k].text) : std::nullopt;
                // (Not a count after the list: "§§ 1983 and 1988, and 12 others".)
                if (!next || (isKind(t, k + 1, Kind::Space) && isWordIn(t, k + 2, {"others", "other", "more", "further"}))) break;
                spoken += joiner + " " + *next;
                last = k;
            }
            return Match{last + 1 - i, spoken, "code"};
        }
    }
    // "grades K-3", "K-12 schools": from kindergarten through a grade.
    if (isKind(t, i, Kind::Word) && t[i].text == "K" && isSym(t, i + 1, "-") && isKind(t, i + 2, Kind::Number) &&
        digitsOnly(t[i + 2].text) && toInt(t[i + 2].text) <= 12 && !isKind(t, i + 3, Kind::Word) && (i == 0 || !isKind(t, i - 1, Kind::Word)) &&
        // ("a K-9 unit" is a police dog's.)
        (t[i + 2].text == "12" || anyWordIn(t, {"grade", "grades", "school", "schools", "students", "pupils", "classes",
                                                "classrooms", "kindergarten", "curriculum", "education", "teachers"}))) {
        return Match{3, "K through " + wholeWords(t[i + 2].text), "code"};
    }
    // "WW2" is a war, not a code: the roman-numeral rule names it.
    if (t[i].text == "WW" && isKind(t, i + 1, Kind::Number) && (t[i + 1].text == "1" || t[i + 1].text == "2")) {
        return std::nullopt;
    }
    // "It's a 50-50": an even chance, after an article (a drawn score follows a verb: "drew 2-2").
    // ("the only 50-50 season", "a 50-50 chance": anywhere but in a tally of votes or points.)
    if (isKind(t, i, Kind::Number) && isSym(t, i + 1, "-") && isKind(t, i + 2, Kind::Number) && t[i].text == "50" &&
        t[i + 2].text == "50" && !isKind(t, i + 3, Kind::Number) && !isSym(t, i + 3, "-") &&
        !anyWordIn(t, {"vote", "votes", "voted", "points", "score", "scored"})) {
        return Match{3, "fifty-fifty", "code"};
    }
    // Betting odds: "the 33/1 outsider", "priced at 5/2": "thirty-three to one".
    // (A bookmaker's second number is small: "100/30", "11/4"; "511/512" is a probability.)
    if (isKind(t, i, Kind::Number) && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Number) && digitsOnly(t[i].text) &&
        digitsOnly(t[i + 2].text) && !isSym(t, i + 3, "/") && t[i + 2].text.size() <= 2 && toInt(t[i + 2].text) <= 40 &&
        // ("beaten by 3/4 of a length": a share of something.)
        !isWordIn(t, skip(t, i + 3), {"of"})) {
        // (Words of horses alone, a price only where no date or season could be: "since 14/3", "the 2023/24 season", "24/7".)
        const bool horses = anyWordIn(t, {"horse", "jockey", "racecourse", "gelding", "filly", "mare"}) && t[i].text.size() <= 3 &&
                            toInt(t[i].text) > toInt(t[i + 2].text) && !(t[i].text == "24" && t[i + 2].text == "7") &&
                            !isWordIn(t, i >= 2 ? i - 2 : t.size(), {"since", "on", "from", "until", "by", "before", "after", "till"}) &&
                            !isWordIn(t, skip(t, i + 3), {"season", "campaign", "term", "year"});
        if (horses || anyWordIn(t, {"odds", "bet", "bets", "betting", "bookmakers", "bookies", "favourite", "favorite", "outsider",
                                    "priced", "each-way", "punters", "tipped"})) {
            return Match{3, wholeWords(t[i].text) + " to " + wholeWords(t[i + 2].text), "code"};
        }
    }
    // "9/11" and "24/7": names, not fractions or dates.
    if (isKind(t, i, Kind::Number) && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Number) && !isSym(t, i + 3, "/")) {
        if (t[i].text == "9" && t[i + 2].text == "11") return Match{3, "nine eleven", "code"};
        if (t[i].text == "24" && t[i + 2].text == "7") return Match{3, "twenty-four seven", "code"};
        // "the 26/11 attacks", "7/7 bombings": an attack named by its date, as 9/11 is.
        if (digitsOnly(t[i].text) && digitsOnly(t[i + 2].text) && t[i].text.size() <= 2 && t[i + 2].text.size() <= 2 &&
            isKind(t, i + 3, Kind::Space) && isWordIn(t, i + 4, {"attack", "attacks", "attackers", "bombing", "bombings",
                                                                  "blasts", "victims", "anniversary", "commission", "memorial"})) {
            return Match{3, wholeWords(t[i].text) + " " + wholeWords(t[i + 2].text), "code"};
        }
        // "5/5", "10/10": full marks, "five out of five" (a rating's scales), after an article, a rating's word or a
        // table's label ("by 10/10" is a date).
        const bool rated = i >= 2 && (isWordIn(t, i - 2, {"a", "an", "rating", "rated", "score", "scored", "scores", "gets", "got", "earns",
                                                          "earned", "gave", "given", "verdict"}) ||
                                      isSym(t, i - 2, ":") || isSym(t, i - 1, ":"));
        if (t[i].text == t[i + 2].text && (t[i].text == "5" || t[i].text == "10") && rated) {
            return Match{3, wholeWords(t[i].text) + " out of " + wholeWords(t[i].text), "fraction"};
        }
        // ("Service: 3/5", "about a 7/10 for heat": a mark below full marks on the same scales, where no noun follows it that
        // the fraction would be a share of, "a 3/5 majority", "3/10 of the budget".)
        {
            const std::size_t next = skip(t, i + 3);
            const bool nounAfter = isKind(t, i + 3, Kind::Space) && isKind(t, next, Kind::Word) &&
                                   std::islower(static_cast<unsigned char>(t[next].text[0])) &&
                                   !isWordIn(t, next, {"for", "on", "in", "from", "at", "and", "by", "with", "overall", "but", "or"});
            if (rated && digitsOnly(t[i].text) && (t[i + 2].text == "5" || t[i + 2].text == "10") && toInt(t[i].text) < toInt(t[i + 2].text) &&
                !nounAfter && !isSym(t, i + 3, "/") && !isDash(t, i + 3)) {
                return Match{3, wholeWords(t[i].text) + " out of " + wholeWords(t[i + 2].text), "fraction"};
            }
        }
        // ("Verge Score: 8/10", "rated 4/5": a mark on a rating's scale after its word or a label's colon.)
        const bool scoreWord = i >= 2 && (isSym(t, i - 2, ":") || isSym(t, i - 1, ":")) &&
                               isWordIn(t, i >= 3 && isSym(t, i - 2, ":") ? i - 3 : i - 2, {"score", "rating", "verdict", "mark", "grade", "stars"});
        if ((scoreWord || (i >= 2 && isWordIn(t, i - 2, {"rated", "rating", "scored", "scores"}))) && digitsOnly(t[i].text) &&
            (t[i + 2].text == "5" || t[i + 2].text == "10" || t[i + 2].text == "100") && toInt(t[i].text) <= toInt(t[i + 2].text)) {
            return Match{3, wholeWords(t[i].text) + " out of " + wholeWords(t[i + 2].text), "fraction"};
        }
        // "a 50/50 proposition": an even split. (Not a kicker's goals from his attempts, "Cons: Prendergast 1/1": NumberRules'.)
        if (t[i].text == t[i + 2].text && digitsOnly(t[i].text) && t[i].text.size() <= 2 &&
            !anyWordIn(t, {"cons", "pens", "conversions", "penalties", "kicking", "goal-kicking"})) {
            const std::string half = wholeWords(t[i].text);
            return Match{3, half + "-" + half, "code"};
        }
    }
    // "India were 287/6 after 50 overs": a cricket score, runs for wickets.
    // ("Starc took 3/42", "figures of 6-45": a bowler's wickets for runs, said the same way.)
    if (isKind(t, i, Kind::Number) && (isSym(t, i + 1, "/") || isSym(t, i + 1, "-")) && isKind(t, i + 2, Kind::Number) &&
        !isSym(t, i + 3, "/") && !isSym(t, i + 3, "-") && digitsOnly(t[i].text) && digitsOnly(t[i + 2].text) &&
        (t[i + 2].text.size() == 1 || t[i + 2].text == "10" || toInt(t[i].text) <= 10)) {
        // ("took 1/5 of the vote" is a share of something; "took 2-3 km", "took 2-3 weeks" a range of what it measures.)
        const std::size_t afterFigures = skip(t, i + 3);
        const bool shareOf = (isKind(t, i + 3, Kind::Space) && isWordIn(t, i + 4, {"of"})) ||
                             (isKind(t, afterFigures, Kind::Word) && (findUnit(t[afterFigures].text) != nullptr || isPluralNounAt(t, afterFigures)) &&
                              !isWordIn(t, afterFigures, {"wickets", "wkts", "runs", "overs"}));
        const bool figures = (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"took", "takes", "taking"}) && !shareOf) ||
                             (i >= 4 && isWordIn(t, i - 2, {"of"}) && isWordIn(t, i - 4, {"figures"}));
        // (Or a side's runs after a collapse or a recovery, "slumped to 38-3", "recovered to 176-6": no team
        // game's score is written so without "a" before it.)
        const std::string verb = i >= 4 && isWordIn(t, i - 2, {"to"}) ? lowerAscii(previousWord(t, i - 2)) : "";
        const bool innings = verb == "slumped" || verb == "slipped" || verb == "crashed" || verb == "collapsed" || verb == "tumbled" ||
                             verb == "recovered" || verb == "rallied" || verb == "progressed" || verb == "limped" || verb == "cruised" ||
                             verb == "stumbled" || verb == "lurched";
        // (Or an over named by its number: "from 139-2 in the 14th over".)
        bool numberedOver = false;
        for (std::size_t k = 2; k < t.size() && !numberedOver; ++k) {
            if (!isWordIn(t, k, {"over"}) || !isKind(t, k - 1, Kind::Space)) continue;
            const std::string& before = t[k - 2].text;
            const std::string tail = before.size() >= 3 ? lowerAscii(before.substr(before.size() - 2)) : "";
            numberedOver = std::isdigit(static_cast<unsigned char>(before[0])) && (tail == "th" || tail == "st" || tail == "nd" || tail == "rd");
            // ("14th" may come as a number and its letters.)
            if (!numberedOver && k >= 3 && isKind(t, k - 3, Kind::Number) && isWordIn(t, k - 2, {"th", "st", "nd", "rd"})) numberedOver = true;
        }
        // (Or runs counted by a number: "won by 41 runs", "needing 12 runs"; a home run has its "home".)
        bool countedRuns = false;
        for (std::size_t k = 2; k < t.size() && !countedRuns; ++k) {
            countedRuns = isWordIn(t, k, {"runs", "run"}) && isKind(t, k - 1, Kind::Space) && isKind(t, k - 2, Kind::Number);
        }
        // (Only for the slash a cricket score is written with: a baseball score, "12-5 … 6 runs", has a dash.)
        // (Or a dash where the runs are more than a baseball side scores: "England 245-6 with Root on 80 runs".)
        const bool manyRuns = std::max(toInt(t[i].text), toInt(t[i + 2].text)) > 30;
        // ("RCB posted 186/6.": a side's total, more runs than a date's day, for ten wickets at most.)
        // ("was 100/1": a horse's price, one to a hundred, outside cricket's words.)
        const bool postedTotal = isSym(t, i + 1, "/") && toInt(t[i].text) > 31 && toInt(t[i + 2].text) <= 10 && t[i + 2].text != "1" &&
                                 isWordIn(t, i >= 2 ? i - 2 : t.size(), {"posted", "made", "scored", "reached", "chasing", "chased", "set", "totalled",
                                                                         "were", "was", "finished", "ended", "closed", "on",
                                                                         "to"}) &&
                                 // ("The split was 90/10": shares of a hundred.)
                                 toInt(t[i].text) + toInt(t[i + 2].text) != 100 &&
                                 !anyWordIn(t, {"split", "ratio", "mix", "share", "shares", "percent", "per"}) &&
                                 !isWordIn(t, skip(t, i + 3), {"of", "odds", "shot", "outsider", "chance", "favourite", "favorite"});
        // ("Australia (412-7) lead by 90": a side's total in brackets after its name, more runs than any season's games.)
        const bool bracketTotal = i >= 3 && isSym(t, i - 1, "(") && isSym(t, i + 3, ")") && isKind(t, i - 2, Kind::Space) &&
                                  isKind(t, i - 3, Kind::Word) && isCapitalized(t[i - 3].text) && toInt(t[i].text) >= 100 && t[i].text.size() <= 3 &&
                                  toInt(t[i + 2].text) <= 10 && !anyWordIn(t, {"vote", "votes", "voted", "house", "senate", "bill", "ruling"}) &&
                                  // ("Prince of Penzance (100/1) in 2015": a horse's price, to one, in a story of racing.)
                                  !(isSym(t, i + 1, "/") && t[i + 2].text == "1") &&
                                  !anyWordIn(t, {"ride", "rode", "jockey", "trainer", "odds", "favourite", "favorite", "fav", "horse", "filly",
                                                 "colt", "mare", "gelding", "race", "raced", "stakes", "cup", "derby", "lengths"});
        // (Baseball counts innings too: "over 6 1/3 innings and the Dodgers routed the Padres 11-2" is a score.)
        // (A pitcher's innings come in thirds, "6 1/3 innings", and a tied game goes to extra ones; a batter's never do.)
        bool thirds = false;
        for (std::size_t k = 0; k + 2 < t.size() && !thirds; ++k) {
            thirds = (isKind(t, k, Kind::Number) && (t[k].text == "1" || t[k].text == "2") && isSym(t, k + 1, "/") && t[k + 2].text == "3" &&
                      isKind(t, k + 3, Kind::Space) && isWordIn(t, k + 4, {"innings", "ip"})) ||
                     (isWordIn(t, k, {"extra"}) && isKind(t, k + 1, Kind::Space) && isWordIn(t, k + 2, {"innings"}));
        }
        // (Not "pitched", "pitching": a bowler pitches the ball up too; nor "inning", India's word for an innings, "RBI", its
        // central bank, "outfielder" or "MLB", which cricket has too.)
        const bool baseball = thirds || anyWordIn(t, {"pitcher", "pitchers", "homer", "homers", "homered", "rbis", "bullpen", "strikeouts",
                                                      "shortstop"});
        const bool cricket = innings || numberedOver || postedTotal || (countedRuns && (isSym(t, i + 1, "/") || manyRuns)) ||
                             (!baseball && anyWordIn(t, {"innings", "batting", "tea", "spell"})) ||
                             anyWordIn(t, {"overs", "wickets", "wicket", "declared", "bowled",
                                           "bowling", "cricket", "odi", "all-out", "stumps", "wkts", "ov", "bowler",
                                           "bowlers", "batsman", "batsmen", "spinner", "seamer", "paceman"});
        // ("were 245-6 at stumps": runs for wickets with a hyphen too, more runs than wickets.)
        const bool runsForWickets = isSym(t, i + 1, "-") && toInt(t[i].text) > 10 && toInt(t[i + 2].text) <= 10;
        // ("declared at 7-465": Australian papers put the wickets first, said the same way.)
        const bool wicketsForRuns = isSym(t, i + 1, "-") && toInt(t[i].text) <= 10 && toInt(t[i + 2].text) > 10;
        // ("Australia were 3/210 at lunch": a side that "were" wickets for more runs than a date or a
        // fraction has.)
        const bool sideWere = isSym(t, i + 1, "/") && isWordIn(t, i >= 2 ? i - 2 : t.size(), {"were"}) &&
                              !isWordIn(t, skip(t, i + 3), {"of"}) && toInt(t[i].text) <= 10 && toInt(t[i + 2].text) > 31;
        if ((cricket && (isSym(t, i + 1, "/") || figures || runsForWickets || wicketsForRuns)) || (figures && toInt(t[i].text) <= 10) ||
            sideWere || bracketTotal) {
            return Match{3, wholeWords(t[i].text) + " for " + wholeWords(t[i + 2].text), "code"};
        }
    }
    // "FY2024-25", "FY2024/25": a fiscal year across two years, its letters spelled.
    // ("FY2025–26", "FY 2024-25": an en dash or a space too.)
    if (isKind(t, i, Kind::Word) && (t[i].text == "FY" || t[i].text == "fy")) {
        const std::size_t y = isKind(t, i + 1, Kind::Space) ? i + 2 : i + 1;
        if (isKind(t, y, Kind::Number) && isYear(&t[y]) && (isDash(t, y + 1) || isSym(t, y + 1, "/")) && isKind(t, y + 2, Kind::Number) &&
            t[y + 2].text.size() == 2 && digitsOnly(t[y + 2].text)) {
            return Match{y + 3 - i, "F Y " + yearSpoken(t[y].text) + " to " + wholeWords(t[y + 2].text), "range"};
        }
    }
    // "the 2019/20 season", "FY2024/25": a season or a fiscal year across two years; with a dash too after a name,
    // "the Finance Bill 2024-25", "Budget 2025-26" (a number's sign before it makes it a docket's, "No. 2024-25").
    const bool numbered = i >= 1 && (isSym(t, i - 1, "#") || isWordIn(t, i >= 2 ? i - 2 : t.size(), {"no", "nos", "number"}) ||
                                     (i >= 3 && isSym(t, i - 2, ".") && isWordIn(t, i - 3, {"no", "nos"})));
    if (isKind(t, i, Kind::Number) && isYear(&t[i]) && (isSym(t, i + 1, "/") || (isDash(t, i + 1) && !numbered && i >= 2 && isCapitalized(t[i - 2].text))) &&
        isKind(t, i + 2, Kind::Number) && t[i + 2].text.size() == 2 && digitsOnly(t[i + 2].text) && !isSym(t, i + 3, "/") &&
        !isDash(t, i + 3) && (toInt(t[i].text) + 1) % 100 == toInt(t[i + 2].text)) {
        // ("2019/20 to 2023/24": a span of such years; each is said without its own "to", "twenty nineteen twenty to twenty
        // twenty-three twenty-four".)
        const auto pairAt = [&](std::size_t k) {
            return k < t.size() && isKind(t, k, Kind::Number) && isYear(&t[k]) && (isSym(t, k + 1, "/") || isDash(t, k + 1)) &&
                   isKind(t, k + 2, Kind::Number) && t[k + 2].text.size() == 2;
        };
        const bool spanOfSpans = (isKind(t, i + 3, Kind::Space) && isWordIn(t, i + 4, {"to", "and", "until", "through", "from"}) &&
                                  isKind(t, i + 5, Kind::Space) && pairAt(i + 6)) ||
                                 (i >= 6 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"to", "and", "until", "through"}) && pairAt(i - 6));
        return Match{3, yearSpoken(t[i].text) + (spanOfSpans ? " " : " to ") +
                            (t[i + 2].text[0] == '0' ? yearSpoken(t[i].text.substr(0, 2) + t[i + 2].text) : wholeWords(t[i + 2].text)),
                     "range"};
    }
    // "AT&T", "P&G", "S&P": letters joined by an ampersand are spelled, or eSpeak NG says "at and T".
    if (isKind(t, i, Kind::Word) && isUpperWord(t[i].text) && t[i].text.size() <= 3 && isSym(t, i + 1, "&") &&
        isKind(t, i + 2, Kind::Word) && isUpperWord(t[i + 2].text) && t[i + 2].text.size() <= 3 &&
        !isKind(t, i + 3, Kind::Word)) {
        // "A&E": a final A is joined to the "and" ("A-and E"), or eSpeak NG says the article "uh".
        std::string first = spell(t[i].text, false);
        if (first == "A" || (first.size() >= 2 && first.compare(first.size() - 2, 2, " A") == 0)) first.replace(first.size() - 1, 1, "eh");
        return Match{3, first + " and " + spell(t[i + 2].text, false), "code"};
    }
    // A standard's name, a capital, a dot and its number: "H.264", "X.509", "G.711" ("H two six four").
    if (isKind(t, i, Kind::Word) && t[i].text.size() == 1 && std::isupper(static_cast<unsigned char>(t[i].text[0])) &&
        isSym(t, i + 1, ".") && isKind(t, i + 2, Kind::Number) && digitsOnly(t[i + 2].text) && t[i + 2].text.size() >= 2 &&
        t[i + 2].text.size() <= 4 && !isKind(t, i + 3, Kind::Word) && !(isSym(t, i + 3, ".") && isKind(t, i + 4, Kind::Number))) {
        return Match{3, t[i].text + " " + dialWords(t[i + 2].text), "code"};
    }
    // A version's wildcard: "1.7.x", "2.x" ("one point seven point x").
    if (isKind(t, i, Kind::Number) && isSym(t, i + 1, ".") && isKind(t, i + 2, Kind::Word) && t[i + 2].text == "x" &&
        !isKind(t, i + 3, Kind::Word) && !isKind(t, i + 3, Kind::Number)) {
        return Match{3, pointedWords(t[i].text) + " point x", "code"};
    }
    // An Australian football score, goals and behinds, then the points they make: "12.10 (82)" is
    // "twelve ten, eighty-two" (12 × 6 + 10 = 82: the sum says it is no decimal).
    if (isKind(t, i, Kind::Number) && std::count(t[i].text.begin(), t[i].text.end(), '.') == 1 && isKind(t, i + 1, Kind::Space) &&
        isSym(t, i + 2, "(") && isKind(t, i + 3, Kind::Number) && digitsOnly(t[i + 3].text) && isSym(t, i + 4, ")")) {
        const std::string& score = t[i].text;
        const std::string goals = score.substr(0, score.find('.')), behinds = score.substr(score.find('.') + 1);
        if (digitsOnly(goals) && digitsOnly(behinds) && !goals.empty() && !behinds.empty() && goals.size() <= 2 &&
            behinds.size() <= 2 && toInt(goals) * 6 + toInt(behinds) == toInt(t[i + 3].text)) {
            return Match{5, wholeWords(goals) + " " + wholeWords(behinds) + ", " + wholeWords(t[i + 3].text), "code"};
        }
    }
    // "S2E1", "S03E05": a series' season and episode.
    if (isKind(t, i, Kind::Word) && (t[i].text == "S" || t[i].text == "s") && isKind(t, i + 1, Kind::Number) &&
        isKind(t, i + 2, Kind::Word) && (t[i + 2].text == "E" || t[i + 2].text == "e") && isKind(t, i + 3, Kind::Number) &&
        digitsOnly(t[i + 1].text) && digitsOnly(t[i + 3].text) && !isKind(t, i + 4, Kind::Word) &&
        (i == 0 || !isKind(t, i - 1, Kind::Word))) {
        return Match{4, "season " + wholeWords(std::to_string(toInt(t[i + 1].text))) + ", episode " +
                            wholeWords(std::to_string(toInt(t[i + 3].text))),
                     "code"};
    }
    // "between J14 and J15" on a motorway: its junctions.
    if (isKind(t, i, Kind::Word) && t[i].text == "J" && isKind(t, i + 1, Kind::Number) && digitsOnly(t[i + 1].text) &&
        t[i + 1].text.size() <= 2 && (i == 0 || !isKind(t, i - 1, Kind::Word))) {
        // ("J3A": a junction's letter after its number, one capital.)
        const bool lettered = isKind(t, i + 2, Kind::Word) && t[i + 2].text.size() == 1 && std::isupper(static_cast<unsigned char>(t[i + 2].text[0])) &&
                              !isKind(t, i + 3, Kind::Word) && !isKind(t, i + 3, Kind::Number);
        const bool road = anyWordIn(t, {"motorway", "junction", "junctions", "between", "northbound", "southbound",
                                        "eastbound", "westbound", "carriageway"}) ||
                          numberedRoad(t);
        if (road && lettered) return Match{3, "junction " + wholeWords(t[i + 1].text) + " " + lettersAfterFigure(t[i + 2].text), "code"};
        if (road && !isKind(t, i + 2, Kind::Word)) return Match{2, "junction " + wholeWords(t[i + 1].text), "code"};
    }
    // "grew 3x", "a 10x return", "1.5x higher": a multiple. A capital X is one after a decimal or before a
    // word in lower case ("2.7X sales", "3X revenue"; "Model 3X" stays a name).
    const bool capitalTimes = isKind(t, i + 1, Kind::Word) && t[i + 1].text == "X" &&
                              (t[i].text.find('.') != std::string::npos ||
                               (isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Word) &&
                                std::islower(static_cast<unsigned char>(t[i + 3].text[0])) &&
                                !(i >= 2 && isKind(t, i - 2, Kind::Word) &&
                                  (isCapitalized(t[i - 2].text) || isWordIn(t, i - 2, {"the", "a", "an", "album", "its", "his", "her", "their"})))));
    // "777X", "the 737X": a model of three figures with its capital X, "seven seventy-seven X" (a round multiple,
    // "100X", is one still).
    // (An airliner's family, seven-something-seven: "245X forward earnings" is a multiple.)
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() == 3 && t[i].text[0] == '7' && t[i].text[2] == '7' &&
        isKind(t, i + 1, Kind::Word) && t[i + 1].text == "X" && !isKind(t, i + 2, Kind::Word) && !isKind(t, i + 2, Kind::Number) &&
        (i == 0 || !isKind(t, i - 1, Kind::Word))) {
        return Match{2, pairWords(t[i].text) + " X", "code"};
    }
    // "ATR 72-600", "CRJ 900-100", "Dash 8-400": an aircraft's type and variant after its maker's initials or name, no
    // range ("seventy-two six hundred").
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() <= 3 && isDash(t, i + 1) && isKind(t, i + 2, Kind::Number) &&
        digitsOnly(t[i + 2].text) && t[i + 2].text.size() == 3 && t[i + 2].text.compare(1, 2, "00") == 0 && !isKind(t, i + 3, Kind::Word) &&
        !isDash(t, i + 3) && i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) &&
        ((t[i - 2].text.size() >= 2 && t[i - 2].text.size() <= 4 && isUpperWord(t[i - 2].text) && !isWordIn(t, i - 2, {"us", "uk", "eu"})) ||
         isWordIn(t, i - 2, {"dash", "boeing", "airbus", "embraer", "bombardier", "fokker", "saab", "cessna", "antonov"})) &&
        anyWordIn(t, {"aircraft", "airline", "airlines", "turboprop", "turboprops", "jet", "jets", "plane", "planes", "fleet", "order",
                      "orders", "flights", "aviation", "delivery", "deliveries", "airliner", "airliners", "regional", "carrier"})) {
        return Match{3, wholeWords(t[i].text) + " " + wholeWords(t[i + 2].text), "code"};
    }
    if (isKind(t, i, Kind::Number) && isKind(t, i + 1, Kind::Word) && (t[i + 1].text == "x" || capitalTimes) &&
        !isKind(t, i + 2, Kind::Number) && !isKind(t, i + 2, Kind::Word)) {
        const Num n = parseNumber(t[i].text);
        // "2x USB-C, 1x HDMI": a count of the parts named after it in capitals.
        // (Not a valuation's year: "trading at 58x FY25 earnings".)
        const bool year = isKind(t, i + 3, Kind::Word) && (t[i + 3].text == "FY" || t[i + 3].text == "CY" || t[i + 3].text.rfind("FY", 0) == 0) &&
                          (isKind(t, i + 4, Kind::Number) || t[i + 3].text.size() > 2);
        // (Not after a comparison: "ALT >3x ULN" is three times the upper limit of normal.)
        const bool compared = i >= 1 && (isSym(t, i - 1, ">") || isSym(t, i - 1, "<") || isSym(t, i - 1, "\xE2\x89\xA5") || isSym(t, i - 1, "\xE2\x89\xA4") ||
                                         (i >= 2 && isWordIn(t, i - 2, {"than", "over", "above", "below", "under", "exceeding"})));
        const bool parts = digitsOnly(t[i].text) && isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Word) && !year && !compared &&
                           std::isupper(static_cast<unsigned char>(t[i + 3].text[0])) && t[i + 3].text.size() >= 2 &&
                           std::isupper(static_cast<unsigned char>(t[i + 3].text[1]));
        // ("head of research at 10x Research", "10x Genomics": a name that opens on the multiple, before a capitalized
        // word of the name, after a word that places or names it, is said as written, "ten X".)
        // (A firm's word after it, not what a valuation multiplies: "at 12x Ebitda", "30x Nvidia's earnings".)
        const bool name = digitsOnly(t[i].text) && isKind(t, i + 2, Kind::Space) &&
                          isWordIn(t, i + 3, {"research", "genomics", "capital", "ventures", "partners", "labs", "group", "technologies",
                                              "security", "health", "studios", "studio", "media", "digital", "fund", "funds"}) &&
                          isCapitalized(t[i + 3].text) && i >= 2 && isWordIn(t, i - 2, {"at", "of", "from", "by", "with", "for", "and", "to"});
        if (n.valid && name) return Match{2, numberWords(n) + " X", "code"};
        if (n.valid) return Match{2, numberWords(n) + (parts ? "" : " times"), "code"};
    }
    // "*611", "#77" after "dial": star and pound keys.
    if ((isSym(t, i, "*") || isSym(t, i, "#")) && isKind(t, i + 1, Kind::Number) && digitsOnly(t[i + 1].text) &&
        afterCallVerb(t, i)) {
        // ("dial *616#", "*144*2#": a mobile network's code, its stars and its closing hash said as the keys are pressed.)
        std::string said = std::string(t[i].text == "*" ? "star " : "pound ") + digitWords(t[i + 1].text);
        std::size_t end = i + 2;
        while (isSym(t, end, "*") && isKind(t, end + 1, Kind::Number) && digitsOnly(t[end + 1].text)) {
            said += " star " + digitWords(t[end + 1].text);
            end += 2;
        }
        if (t[i].text == "*" && isSym(t, end, "#")) {
            said += " hash";
            ++end;
        }
        return Match{end - i, said, "code"};
    }
    // "dial *FHP (*347)", "call *HP": a road patrol's star code in letters, spelled as the keys are pressed, with the
    // figures the page gives for it.
    if (isSym(t, i, "*") && isKind(t, i + 1, Kind::Word) && t[i + 1].text.size() >= 2 && t[i + 1].text.size() <= 5 &&
        isUpperWord(t[i + 1].text) && afterCallVerb(t, i) && !isSym(t, i + 2, "*")) {  // ("called *ALL* of them": emphasis)
        std::string said = "star " + spell(t[i + 1].text, false);
        std::size_t end = i + 2;
        if (isKind(t, end, Kind::Space) && isSym(t, end + 1, "(") && isSym(t, end + 2, "*") && isKind(t, end + 3, Kind::Number) &&
            digitsOnly(t[end + 3].text) && isSym(t, end + 4, ")")) {
            said += ", or star " + digitWords(t[end + 3].text) + ",";
            end += 5;
        }
        return Match{end - i, said, "code"};
    }
    if (!isKind(t, i, Kind::Number) && !isKind(t, i, Kind::Word)) return std::nullopt;
    const std::string& text = t[i].text;
    if (isKind(t, i, Kind::Number)) {
        // IP addresses: four groups of one to three digits.
        std::size_t dots = 0;
        for (char c : text) dots += c == '.' ? 1 : 0;
        if (dots == 3 && text.find(',') == std::string::npos) {
            std::string spoken, group;
            bool ok = true;
            for (char c : text + ".") {
                if (c != '.') {
                    group += c;
                    continue;
                }
                ok = ok && !group.empty() && group.size() <= 3;
                spoken += (spoken.empty() ? "" : " dot ") + digitWords(group);
                group.clear();
            }
            if (ok) return Match{1, spoken, "code"};
        }
        // Wi-Fi standards: "802.11ax" is "eight oh two dot eleven A-X".
        if (text.rfind("802.", 0) == 0) {
            std::string spoken = "eight oh two dot " + wholeWords(text.substr(4));
            std::size_t end = i + 1;
            if (isKind(t, end, Kind::Word) && t[end].text.size() <= 2) {
                spoken += " " + spell(t[end].text, false);
                ++end;
            }
            return Match{end - i, spoken, "code"};
        }
        // "Hwy. 401", "Route 101", "Interstate 405": a road's number, in pairs ("four-oh-one").
        {
            const std::size_t word = i >= 2 && isKind(t, i - 1, Kind::Space) ? (isSym(t, i - 2, ".") && i >= 3 ? i - 3 : i - 2) : t.size();
            // ("Hwy. 30 W.,", "Rte. 35 S.": the road's direction after its number, no watts and no letter; the
            // abbreviation's dot goes where a comma or a word in lower case follows.)
            if (digitsOnly(text) && text.size() <= 3 && word < t.size() &&
                isWordIn(t, word, {"hwy", "highway", "route", "rte", "rt", "interstate", "sr", "us", "county", "state"}) &&
                isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) && t[i + 2].text.size() == 1 &&
                std::string("NSEW").find(t[i + 2].text[0]) != std::string::npos && !isKind(t, i + 3, Kind::Word)) {
                static const char* const kWays[] = {"North", "South", "East", "West"};
                const std::string way = kWays[std::string("NSEW").find(t[i + 2].text[0])];
                std::size_t end = i + 3;
                if (isSym(t, end, ".") && (isSym(t, end + 1, ",") || isSym(t, end + 1, ";") || isSym(t, end + 1, ")") ||
                                           (isKind(t, end + 1, Kind::Space) && isKind(t, end + 2, Kind::Word) &&
                                            std::islower(static_cast<unsigned char>(t[end + 2].text[0]))))) {
                    ++end;
                }
                return Match{end - i, (text.size() == 3 ? pairWords(text) : wholeWords(text)) + " " + way, "code"};
            }
            if (digitsOnly(text) && text.size() == 3 && word < t.size() &&
                isWordIn(t, word, {"hwy", "highway", "route", "rte", "rt", "interstate", "sr", "freeway", "expressway"}) &&
                !isKind(t, i + 1, Kind::Word)) {
                return Match{1, pairWords(text), "code"};
            }
            // "the 401 was closed", "lanes of the 417": a highway named by its number alone, in a sentence
            // about roads.
            if (digitsOnly(text) && text.size() == 3 && text[0] != '0' && i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"the"}) &&
                !isKind(t, i + 1, Kind::Word) && !isPluralNounAt(t, skip(t, i + 1)) && !isSym(t, i + 1, "%") &&
                !isWordIn(t, skip(t, i + 1), {"in", "of", "who", "that", "which", "people"}) &&
                anyWordIn(t, {"highway", "highways", "lanes", "eastbound", "westbound", "northbound", "southbound", "ramp", "interchange",
                              "motorists", "detour", "opp", "freeway", "expressway", "overpass", "onramp", "offramp"})) {
                return Match{1, pairWords(text), "code"};
            }
        }
        if (auto m = resolutionOrModel(t, i)) return m;
        if (auto m = gluedModel(t, i)) return m;
        if (digitsOnly(text)) {
            // Emergency and service numbers: "call 911", "dial 999", "a 911 call".
            // ("400 calls a day" counts calls: a plural after a number that names no line is a count.)
            // ("Porsche 911": a model's number after its maker's name is read as a number.)
            const std::string maker = i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) ? t[i - 2].text : "";
            // (Not the first word of the sentence, "When 911 failed", nor before the line's own nouns, "Texas 911 outage".)
            const bool serviceNoun = isKind(t, i + 1, Kind::Space) &&
                                     isWordIn(t, i + 2, {"call", "calls", "caller", "callers", "outage", "outages", "system", "systems",
                                                         "dispatcher", "dispatchers", "operator", "operators", "center", "centre",
                                                         "centers", "line", "lines", "service", "services", "emergency", "tapes",
                                                         "recording", "recordings", "network", "failure"});
            const bool afterMaker = !maker.empty() && std::isupper(static_cast<unsigned char>(maker[0])) && maker.size() > 2 && i > 2 &&
                                    !serviceNoun && !isWordIn(t, i - 2, {"call", "dial", "the", "ring", "text", "phone", "generation"});
            // ("the AP had called 371 of the 435 races": a count of what was called, no line.)
            // ("The surgery rang 300 patients": a plural after it is what was counted.)
            const bool countOf = isWordIn(t, skip(t, i + 1), {"of", "races", "seats", "states", "districts", "times", "people", "players", "patients",
                                                              "customers", "residents", "members", "families", "voters", "clients", "households",
                                                              "homes", "businesses", "parents", "students", "pupils", "donors", "subscribers"});
            // ("911 receiving yards", "911 points": a count before what it counts, after "had", "for", "with" or "of".)
            const bool counted911 = text == "911" && isWordIn(t, i >= 2 ? i - 2 : t.size(), {"had", "has", "have", "for", "with", "of", "and", "totaled", "totalled", "gained", "scored"}) &&
                                    isKind(t, skip(t, i + 1), Kind::Word) && !serviceNoun;
            const bool service = (text == "911" && !afterMaker && !counted911) || ((text.size() == 3 || text.size() == 4 || (text.size() == 5 && !isKind(t, skip(t, i + 1), Kind::Word))) && afterCallVerb(t, i) && !countOf) ||
                                 (text.size() == 3 && isWordIn(t, skip(t, i + 1), {"call", "dispatcher", "operator", "line"})) ||
                                 // The N11 lines (211, 311, 511...) by what they are: "the city's 311 app".
                                 (text.size() == 3 && text[0] != '0' && text[1] == '1' && text[2] == '1' &&
                                  isWordIn(t, skip(t, i + 1), {"app", "hotline", "service", "system", "center", "centre", "number",
                                                               "request", "requests", "complaint", "complaints", "portal"}));
            // The short numbers of emergency and health lines, near words about calling: "call NHS 111",
            // "112 connects callers to emergency services".
            bool emergencyNear = false;
            // ("In an emergency, 999.": the words before the number too.)
            for (std::size_t k = i, words = 0; k-- > 0 && words < 4;) {
                if (!isKind(t, k, Kind::Word)) continue;
                ++words;
                emergencyNear = emergencyNear || isWordIn(t, k, {"emergency", "emergencies"});
            }
            for (std::size_t k = i + 1, words = 0; k < t.size() && words < 6; ++k) {
                if (!isKind(t, k, Kind::Word)) continue;
                ++words;
                emergencyNear = emergencyNear || isWordIn(t, k, {"emergency", "emergencies", "callers", "call", "calls",
                                                                 "dial", "operator", "operators", "ambulance", "police",
                                                                 "helpline", "hotline", "line", "lifeline", "crisis"});
            }
            const bool shortLine = text == "111" || text == "112" || text == "999" || text == "000" || text == "101" ||
                                   text == "988" || text == "211" || text == "311";
            // ("999 staff" counts people: a number before a word it counts is no line.)
            const bool counts = isKind(t, i + 1, Kind::Space) && isWordIn(t, i + 2, {"staff", "people", "personnel", "officers", "workers", "employees", "members", "residents",
                                                                                     "patients", "students", "homes", "jobs", "deaths", "cases", "beds", "vehicles"});
            // ("NHS 111": the line named by its service.)
            const bool named = i >= 2 && isWordIn(t, i - 2, {"nhs"}) && isKind(t, i - 1, Kind::Space);
            // ("the emergency number 10111", "the crime hotline 08600": a line's number after the word for it.)
            // ("A State-level helpline, 1070, and the national number 1078": after the word and a comma too, in a
            // sentence about helplines.)
            // (Or a toll-free one: "the Red Cross toll-free line 1199".)
            const bool aboutLines = emergencyNear || anyWordIn(t, {"helpline", "helplines", "hotline", "hotlines", "lifeline", "toll", "freephone", "freefone"});
            const bool afterLineWord = text.size() >= 3 && text.size() <= 6 && aboutLines && isKind(t, i - 1, Kind::Space) &&
                                       // ("emergency lines 767 and 112": the plural before the first of them too.)
                                       (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"number", "hotline", "helpline", "line", "lifeline", "numbers",
                                                                                 "hotlines", "helplines", "lines"}) ||
                                        (i >= 3 && isSym(t, i - 2, ",") && isWordIn(t, i - 3, {"hotline", "helpline", "lifeline"})) ||
                                        // ("Emergency hotlines: NDRRMC (02) 8911-1406; Philippine Red Cross 143; …": a list's line
                                        // after the name of its service, the item ending there.)
                                        (i >= 2 && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text) &&
                                         anyWordIn(t, {"hotlines", "helplines", "hotline", "helpline"}) &&
                                         (i + 1 >= t.size() || isSym(t, i + 1, ";") || isSym(t, i + 1, ",") || isSym(t, i + 1, "."))));
            // (Nor what was called: "the AP had called 211 seats".)
            // ("on" counts after a word of calling only, "call police on 101": "unbeaten on 112" is a batter's score.)
            const bool called = callContext(t, i) && (i < 2 || !isWordIn(t, i - 2, {"on"}) || callContext(t, i - 2));
            // ("temperatures reached 112°F", "reached 112 degrees": a measure after it is no line's number.)
            const bool measured = isSym(t, i + 1, "\xC2\xB0") ||
                                  isWordIn(t, skip(t, i + 1), {"degrees", "degree", "percent", "per", "points", "mph", "miles", "feet", "kilometres",
                                                               "kilometers", "metres", "meters", "pounds", "kg"});
            const bool lineNumber = ((shortLine && (called || emergencyNear || named)) || afterLineWord) && !counts && !countOf && !measured;
            // "Dial 999 or 112": a second service number after the first.
            const bool another = text.size() == 3 && i >= 4 && isWordIn(t, i - 2, {"or", "and"}) &&
                                 isKind(t, i - 4, Kind::Number) && t[i - 4].text.size() == 3 &&
                                 (t[i - 4].text == "911" || afterCallVerb(t, i - 4));
            // "call 555-2368" is a phone number, whose rule reads both groups.
            const bool firstOfGroups = (isDash(t, i + 1) || isKind(t, i + 1, Kind::Space)) && isKind(t, i + 2, Kind::Number);
            // (Australia's emergency line is "triple zero", as every Australian says it.)
            if ((service || another || lineNumber) && !firstOfGroups) return Match{1, text == "000" ? "triple zero" : dialWords(text, true), "code"};
            // "ext. 4521": an extension is dialed.
            // ("8651-7800 local 1149", "loc. 204": the Philippines' word for it, after a telephone number.)
            // (After a telephone number's groups only: "3,500 Local 1199 nurses" is a union's local.)
            const std::size_t before = i >= 4 ? i - 4 - (isSym(t, i - 2, ".") ? 1 : 0) : 0;
            const bool local = (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"local"}) || (i >= 3 && isSym(t, i - 2, ".") && isWordIn(t, i - 3, {"loc"}))) &&
                               i >= 6 && isKind(t, before, Kind::Number) && digitsOnly(t[before].text) && isDash(t, before - 1) &&
                               isKind(t, before - 2, Kind::Number);
            if (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"ext", "extension", "x"}) || local ||
                (i >= 3 && isSym(t, i - 2, ".") && isWordIn(t, i - 3, {"ext"}))) {
                return Match{1, text.size() <= 2 ? wholeWords(text) : dialWords(text), "code"};  // "extension twenty-two"
            }
            // "Form 10-K", "10-Q": a filing's letter. ("1099-K": a form of four figures in pairs, "ten ninety-nine K".)
            if (isSym(t, i + 1, "-") && isKind(t, i + 2, Kind::Word) && t[i + 2].text.size() == 1 &&
                std::isupper(static_cast<unsigned char>(t[i + 2].text[0])) && !isKind(t, i + 3, Kind::Word)) {
                // ("a 35-W Ka-band amplifier", "a 12-V battery": watts or volts joined to the figure before the noun they rate, after an
                // article; "Form 10-K" has no article.)
                const bool rated = (t[i + 2].text == "W" || t[i + 2].text == "V") && text.size() <= 4 && i >= 2 &&
                                   isWordIn(t, i - 2, {"a", "an", "the", "its", "their", "his", "her"}) && isKind(t, i + 3, Kind::Space) &&
                                   isKind(t, i + 4, Kind::Word) && !isFunctionWord(t[i + 4].text);
                if (rated) return Match{3, wholeWords(text) + (t[i + 2].text == "W" ? "-watt" : "-volt"), "code"};
                return Match{3, (text.size() == 4 ? codeNumber(text) : wholeWords(text)) + " " + lettersAfterFigure(t[i + 2].text), "code"};
            }
            // "70B parameters": a model's size in billions.
            if (isKind(t, i + 1, Kind::Word) && t[i + 1].text == "B" &&
                isWordIn(t, skip(t, i + 2), {"parameters", "parameter", "tokens", "users", "people", "weights"})) {
                return Match{2, wholeWords(text) + " billion", "code"};
            }
            // A long number after "text" or "call" is one to type in: "Text 741741".
            // "Text HOME to 741741": in threes, as a short code is read out.
            // (Four or five figures texted after a keyword, "Text STOP to 80888", are phoneRule's.)
            const bool shortCodeTo = text.size() == 6 && isWordIn(t, i - 2, {"to"}) && callContext(t, i - 2);
            // ("text SBCEVAC to 888-777": a short code in two groups, each said figure by figure, no range.)
            if (text.size() >= 3 && text.size() <= 4 && i >= 4 && isWordIn(t, i - 2, {"to"}) && isKind(t, i - 4, Kind::Word) &&
                t[i - 4].text.size() >= 2 && isUpperWord(t[i - 4].text) && callContext(t, i - 2) && isDash(t, i + 1) &&
                isKind(t, i + 2, Kind::Number) && digitsOnly(t[i + 2].text) && t[i + 2].text.size() >= 3 && t[i + 2].text.size() <= 4 &&
                !isKind(t, i + 3, Kind::Number) && !isDash(t, i + 3)) {
                return Match{3, dialWords(text) + ", " + dialWords(t[i + 2].text), "code"};
            }
            if (text.size() >= 5 && text.size() <= 8 && (afterCallVerb(t, i) || shortCodeTo) && !firstOfGroups) {
                if (text.size() == 6) return Match{1, dialWords(text.substr(0, 3)) + ", " + dialWords(text.substr(3)), "code"};
                return Match{1, dialWords(text), "code"};
            }
            // "401(k)", "403(b)", "501(c)(3)": plan and tax codes.
            if (text.size() == 3 && isSym(t, i + 1, "(") && isKind(t, i + 2, Kind::Word) && t[i + 2].text.size() == 1 &&
                isSym(t, i + 3, ")")) {
                std::string spoken = pairWords(text) + " " + lettersAfterFigure(t[i + 2].text);
                std::size_t end = i + 4;
                if (isSym(t, end, "(") && isKind(t, end + 1, Kind::Number) && isSym(t, end + 2, ")")) {
                    spoken += " " + wholeWords(t[end + 1].text);
                    end += 3;
                }
                return Match{end - i, spoken, "code"};
            }
            // Resolutions and display sizes: "4K", "8K"; "2K17" is "two K seventeen".
            if (isKind(t, i + 1, Kind::Word)) {
                const std::string& suffix = t[i + 1].text;
                // ("3K people", "50K fans" count thousands; "4K textures" are a resolution's.)
                const bool counted = isKind(t, i + 2, Kind::Space) && isPluralNounAt(t, i + 3) &&
                                     !isWordIn(t, i + 3, {"textures", "displays", "screens", "monitors", "videos", "movies",
                                                          "films", "streams", "cameras", "panels", "graphics", "assets",
                                                          "images", "photos", "pixels", "projectors", "tvs", "sets", "renders", "encodes", "timelines",
                                                          "workflows", "televisions", "resolutions"});
                if (suffix == "K" && text.size() <= 2 && !isSym(t, i - 1, "$") && !counted) {
                    std::string spoken = wholeWords(text) + " K";
                    std::size_t end = i + 2;
                    if (isKind(t, end, Kind::Number)) {
                        spoken += " " + wholeWords(t[end].text);
                        ++end;
                    } else if (isFrameRateAfterSlash(t, end)) {
                        // "4K/60fps", "4K/120": a resolution and its frame rate, "four K at sixty frames per second".
                        spoken += " at ";
                        ++end;
                    }
                    return Match{end - i, spoken, "code"};
                }
            }
            // A Boeing jet by its number alone: "the 737 MAX", "a 787 Dreamliner", "777 jets" (in pairs).
            if (text.size() == 3 && text[0] == '7' && text[2] == '7' && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) &&
                (isWordIn(t, i + 2, {"max", "dreamliner", "dreamliners", "jet", "jets", "jetliner", "jetliners", "aircraft", "plane",
                                     "planes", "airliner", "airliners", "freighter", "freighters", "fleet", "fuselage",
                                     // "former 737 captain", "Boeing's 737 production"
                                     "captain", "captains", "pilot", "pilots", "production", "program", "programme", "line", "crash",
                                     "crashes", "grounding", "family", "variant", "variants", "cockpit", "simulator", "deliveries"}) ||
                 // ("MAX" reaches the rules as the lexicon's placeholder, a private-use character.)
                 (isLexiconPlaceholder(t[i + 2].text) && isCapitalized(t[i + 2].text)) ||
                 (isCapitalized(t[i + 2].text) && anyWordIn(t, {"boeing", "faa", "airline", "airlines", "jet", "jets"})) ||
                 // "the 747 landed", "the last 747 rolled off the line": one jet, doing something.
                 (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"the", "a", "last", "first", "that", "this"}) && t[i + 2].text.size() > 4 &&
                  t[i + 2].text.compare(t[i + 2].text.size() - 2, 2, "ed") == 0 && std::islower(static_cast<unsigned char>(t[i + 2].text[0]))))) {
                return Match{1, pairWords(text), "code"};
            }
            // A bus route named by its number: "the 747 airport route", "the 343 bus" (in pairs, as riders say
            // them; "the 300 buses" counts them).
            if (text.size() == 3 && text[0] != '0' && isWordIn(t, i >= 2 ? i - 2 : t.size(), {"the", "a", "an", "no"}) &&
                isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) && !isPluralNounAt(t, i + 2)) {
                const auto routeWord = [&](std::size_t k) { return isWordIn(t, k, {"bus", "route", "tram", "express", "shuttle", "line"}); };
                if (routeWord(i + 2) ||
                    (std::islower(static_cast<unsigned char>(t[i + 2].text[0])) && isKind(t, i + 3, Kind::Space) && routeWord(i + 4))) {
                    return Match{1, pairWords(text), "code"};
                }
            }
            // "Blink-182", "the Tu-160": three figures joined by a hyphen to a capitalized name are a band's or a model's, in
            // pairs ("one eighty-two"), never a count.
            if (text.size() == 3 && text[0] != '0' && i >= 2 && isSym(t, i - 1, "-") && isKind(t, i - 2, Kind::Word) && t[i - 2].text.size() >= 2 &&
                t[i - 2].text.size() <= 8 && isCapitalized(t[i - 2].text) && !isKind(t, i + 1, Kind::Word) && !isDash(t, i + 1) &&
                !isSym(t, i + 1, "%") && !isSym(t, i + 1, ".") && (i < 3 || !isSym(t, i - 3, "-")) &&
                monthFromName(t[i - 2].text) == 0 && !isWordIn(t, i - 2, {"pre", "post", "mid", "under", "over", "top", "page", "route", "no"}) &&
                // (Not a tally after a party or a side: "Congress-101", "India-328 all out".)
                !anyWordIn(t, {"seats", "seat", "votes", "vote", "runs", "wickets", "score", "scorecard", "scored", "majority", "tally",
                               "results"})) {
                return Match{1, pairWords(text), "code"};
            }
            // Model, flight, route and room numbers after a name: "Boeing 737", "Xbox 360", "RTX 3080",
            // "Flight 455" -- in pairs, as people say them.
            const std::string prev = previousWord(t, i);
            // ("Boeing's 737 MAX 9": after a possessive too, when a model's name follows the number.)
            const bool possessiveModel = i >= 2 && isKind(t, i - 1, Kind::Space) && isPossessive(prev) && isCapitalized(prev) &&
                                         isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) && isCapitalized(t[i + 2].text);
            // ("United flight 1234": a flight by its number after the word in small letters too.)
            if (prev == "flight" && i >= 2 && isKind(t, i - 1, Kind::Space) && text.size() >= 3 && text.size() <= 4 && digitsOnly(text) &&
                !isPluralNounAt(t, skip(t, i + 1))) {
                return Match{1, pairWords(text), "code"};
            }
            const bool nameBefore = (i >= 2 && isKind(t, i - 1, Kind::Space) && isNameBeforeNumber(prev) &&
                                     !(i == 2 && !isUpperWord(prev))) ||
                                    possessiveModel;
            const std::size_t after = skip(t, i + 1);
            // (In a headline in title case, what is counted is capitalized too: "Adding 310 Jobs".)
            const bool countedInTitle = isKind(t, after, Kind::Word) && isCapitalized(t[after].text) && !isUpperWord(t[after].text) &&
                                        t[after].text.size() >= 4 && t[after].text.back() == 's' && !isPossessive(t[after].text);
            const bool quantityAfter = isSym(t, after, "%") || countedInTitle ||
                                       (isKind(t, after, Kind::Word) && (findUnit(t[after].text) != nullptr ||
                                                                         magnitudes().count(lowerAscii(t[after].text)) != 0 ||
                                                                         isWordIn(t, after, {"percent", "times", "people",
                                                                                             "votes", "seats"}))) ||
                                       // ("sending Ms Marr 212 text messages", "paid Smith 300 pounds": a person given what is counted.)
                                       (i >= 4 && text.size() == 3 && (isPluralNounAt(t, after) || (isKind(t, after, Kind::Word) && std::islower(static_cast<unsigned char>(t[after].text[0])) &&
                                                                               isPluralNounAt(t, skip(t, after + 1)))) &&
                                        (isKind(t, i - 3, Kind::Space) &&
                                         isWordIn(t, i >= 5 && isSym(t, i - 4, ".") ? i - 5 : i - 4, {"ms", "mr", "mrs", "miss", "dr", "sent", "send", "sends", "sending",
                                                                                              "gave", "give", "gives", "giving", "paid", "pay", "pays", "paying",
                                                                                              "owed", "owes", "offered", "texted", "emailed", "handed", "showed"})));
            // "the Celtics 112-108": a score after a team, not a model ("Boeing 737-800").
            // ("Boeing 787-9", "777-200": a variant's one digit after three, or its hundreds, is no score
            // either; a team's name ends in "s".)
            const bool variant = isDash(t, i + 1) && isKind(t, i + 2, Kind::Number) && digitsOnly(t[i + 2].text) &&
                                 (t[i + 2].text.size() + 2 <= text.size() ||
                                  (t[i + 2].text.size() == 3 && t[i + 2].text.compare(1, 2, "00") == 0 && !prev.empty() && prev.back() != 's')) &&
                                 !isKind(t, i + 3, Kind::Word);
            const bool score = isDash(t, i + 1) && isKind(t, i + 2, Kind::Number) && digitsOnly(t[i + 2].text) &&
                               digitsOnly(text) && !variant &&
                               ((!prev.empty() && prev.back() == 's') || !numberAbove(t[i + 2].text, text));
            // "Root 102 not out", "Knicks 112, Pacers 104": a player's or a team's score, not a model.
            const bool sport = isWordIn(t, skip(t, i + 1), {"not"}) || isSym(t, i + 1, "*") ||
                               anyWordIn(t, {"runs", "innings", "wickets", "declared", "stumps", "overs", "quarter",
                                             "halftime", "half-time", "overtime", "ot", "touchdown", "touchdowns", "rebounds",
                                             "assists", "points",
                                             // a snooker player's break: "Highest break: Zhao 134"
                                             "break", "breaks", "century", "centuries", "frame", "frames",
                                             // a match's statistics by side: "Tackles: SA 182 (91% success), NZ 121"
                                             "tackles", "carries", "lineouts", "scrums", "turnovers", "offloads", "rucks",
                                             "possession", "territory", "conversions"}) ||
                               (isSym(t, i + 1, ",") && i >= 4 && isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Word) &&
                                isCapitalized(t[i + 3].text)) ||
                               (i >= 5 && isSym(t, i - 4, ",") && isKind(t, i - 5, Kind::Number)) ||
                               // ("1. Texas 372, 2. Cal 341.5, 3. Arizona State 298": places numbered in the sentence.)
                               (numbersPlace(t, "1", 0, i) && numbersPlace(t, "2", 0, i));
            // ("passed the House 139-6": a vote's tally after the chamber.)
            const bool tally = isDash(t, i + 1) && anyWordIn(t, {"vote", "votes", "voted", "passed", "approved", "rejected", "tally",
                                                                 "ballot", "bill", "motion", "amendment", "resolution"});
            // ("Plan 2026–2030", "Strategy 2021-2025": a plan's span of years, not a model and its variant.)
            // ("Lord Lieutenant of Fife 2004–13": the span with its end cut to two figures.)
            const bool yearSpan = isYear(&t[i]) && toInt(text) >= 1900 && toInt(text) <= 2099 && isDash(t, i + 1) &&
                                  ((isYear(tok(t, i + 2)) && toInt(t[i + 2].text) > toInt(text) && toInt(t[i + 2].text) - toInt(text) <= 50) ||
                                   (isKind(t, i + 2, Kind::Number) && t[i + 2].text.size() == 2 && digitsOnly(t[i + 2].text) &&
                                    toInt(t[i + 2].text) > toInt(text) % 100));
            // ("Democrats 189, Republicans 201": a party's or a team's count after its name in the plural.)
            // (One word, not a carrier's: "US Airways 1549," is a flight.)
            const bool countOfNamed = prev.size() > 3 && prev.back() == 's' && !isPossessive(prev) &&
                                      !(i >= 4 && isKind(t, i - 3, Kind::Space) && isKind(t, i - 4, Kind::Word) && isCapitalized(t[i - 4].text)) &&
                                      !isWordIn(t, i - 2, {"airways", "airlines", "lines", "buses", "routes", "trains", "flights"}) &&
                                      (isSym(t, i + 1, ",") || isSym(t, i + 1, ".") || isSym(t, i + 1, ";") || isSym(t, i + 1, ")"));
            // (No model takes an ordinal's ending: "West 152nd Street" is a street's.)
            const bool ordinal = isWordIn(t, i + 1, {"st", "nd", "rd", "th"});
            if ((text.size() == 3 || text.size() == 4) && nameBefore && !quantityAfter && !score && !sport && !yearSpan && !countOfNamed &&
                !ordinal && !tally && text[0] != '0') {
                // The variant after the model: "737-800" is "seven thirty-seven eight hundred".
                if (isDash(t, i + 1) && isKind(t, i + 2, Kind::Number) && digitsOnly(t[i + 2].text) &&
                    t[i + 2].text.size() <= 4 && !isKind(t, i + 3, Kind::Word) && !isDash(t, i + 3)) {
                    return Match{3, pairWords(text) + " " + codeNumber(t[i + 2].text), "code"};
                }
                return Match{1, pairWords(text), "code"};
            }
        }
    }
    // "version 2.10", "Python 3.13", "iOS 17.10": a release numbered after the word for a version or a
    // platform's name, its parts as numbers ("three point thirteen", not "point one three").
    if (isKind(t, i, Kind::Number) && std::count(t[i].text.begin(), t[i].text.end(), '.') == 1 && i >= 2 &&
        isKind(t, i - 1, Kind::Space) && t[i].text.size() - t[i].text.find('.') > 2 && t[i].text.find(',') == std::string::npos &&
        (isWordIn(t, i - 2, {"version", "versions", "release", "update", "firmware", "python", "ios", "ipados", "macos",
                             "watchos", "android", "node", "ubuntu", "fedora", "debian", "firefox", "chrome", "java", "php",
                             "kernel", "linux", "kotlin", "swift", "rust", "ruby", "perl", "unity", "blender", "django",
                             "rails", "react", "angular", "typescript", "postgresql", "mysql", "kubernetes", "docker"}))) {
        return Match{1, pointedWords(t[i].text), "code"};
    }
    // "the 3.12 series", "Tessera 3.13, which adds", "removed in 3.14": a release named by its number in copy about
    // releases (a series or a branch after it, or a product's name or "in", "to", "from" before it).
    if (isKind(t, i, Kind::Number) && std::count(t[i].text.begin(), t[i].text.end(), '.') == 1 && t[i].text.size() - t[i].text.find('.') > 2 &&
        t[i].text.find(',') == std::string::npos && t[i].text[0] != '0' && i >= 2 && isKind(t, i - 1, Kind::Space) && !isSym(t, i + 1, "%")) {
        const std::size_t next = skip(t, i + 1);
        const bool named = isWordIn(t, next, {"series", "branch", "lts", "beta", "betas", "release", "releases"});
        // (Not a press release's figures: "rose to 12.25, the release said".)
        // (A race's "series" is no release's: "9.86 in the Diamond League series".)
        const bool aboutReleases = anyWordIn(t, {"deprecated", "removed", "upgrade", "upgrading", "branch", "version", "versions",
                                                 "changelog", "lts"});
        const bool placed = aboutReleases && (!isKind(t, next, Kind::Word) || isWordIn(t, next, {"and", "or"})) &&
                            (isWordIn(t, i - 2, {"in", "until", "since"}) ||
                             (isCapitalized(t[i - 2].text) && !isUpperWord(t[i - 2].text) && monthFromName(t[i - 2].text) == 0));
        if (named || placed) return Match{1, pointedWords(t[i].text), "code"};
    }
    // "v2.4.1", "version 3.10.2": versions said with "point".
    if (isKind(t, i, Kind::Word) && (t[i].text == "v" || t[i].text == "V") && isKind(t, i + 1, Kind::Number) &&
        t[i + 1].text.find('.') != std::string::npos) {
        return Match{2, "version " + pointedWords(t[i + 1].text), "code"};
    }
    return mixedCode(t, i);
}

}  // namespace readcast::english
