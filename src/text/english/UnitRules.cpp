// Measures: a number with its unit, in any case and with compound units ("40KM", "5 ml/s", "7 Gbps",
// "5.2 L/100 km", "2.5 km³", "sq ft"), ranges ("3-6kg", "25-30C"), degrees, feet and inches ("6'2"",
// a 65" screen), and agreement: "one kilometer", "1.5 kilometers", "a 10-km run" (singular before a noun).

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

#include "core/Ascii.hpp"
#include "core/Text.hpp"
#include "text/Normalizer.hpp"
#include "text/NumberWords.hpp"
#include "text/english/NumberReading.hpp"
#include "text/english/Rules.hpp"
#include "text/english/Tables.hpp"

namespace readcast::english {
namespace {

// Words that say a measure is a size: "200 m wide", "5 t of steel".
bool measureWordAt(const Tokens& t, std::size_t i) {
    return isWordIn(t, i, {"long", "wide", "high", "tall", "deep", "away", "thick", "of", "across", "apart", "below",
                           "above", "deep", "in", "per", "each", "asl", "amsl", "agl"});
}

// The time units after "/": "ml/s", "km/h", "MB/s".
const char* perTimeUnit(const std::string& w) {
    if (w == "s" || w == "sec") return "second";
    if (w == "h" || w == "hr" || w == "hour") return "hour";
    if (w == "min") return "minute";
    if (w == "d" || w == "day") return "day";
    return nullptr;
}

// "3m people", "10m jobs": a plural noun right after an amount glued to "m" is what it counts. Things
// measured in meters are named by the plurals excluded here ("5m waves", "the 100m hurdles").
bool countsPlural(const Tokens& t, std::size_t end) {
    // ("50m PS5s", "2m GPUs": a product's or an initialism's plural counts things too.)
    if (isKind(t, end, Kind::Space) && isKind(t, end + 1, Kind::Word)) {
        const std::string& w = t[end + 1].text;
        const bool capitals = w.size() >= 2 && std::isupper(static_cast<unsigned char>(w[0])) && std::isupper(static_cast<unsigned char>(w[1]));
        if (capitals && w.size() >= 3 && w.back() == 's' && isUpperWord(w.substr(0, w.size() - 1))) return true;
        // ("1.42m TEU", "a 2.1m DWT fleet": the units a port's and a fleet's capacity are counted in, in millions.)
        if (w == "TEU" || w == "DWT" || w == "dwt" || w == "BOE" || w == "boe") return true;
        // (A word the lexicon says, held by its placeholder, "1.42m TEU" with "T.E.U": a name or initials, never a length's.)
        if (isLexiconPlaceholderAt(w, 0)) return true;
        if (capitals && isUpperWord(w) && isKind(t, end + 2, Kind::Number) && isKind(t, end + 3, Kind::Word) && t[end + 3].text == "s") {
            return true;
        }
    }
    // ("2m extra appointments", "1.5m more people": a word that says how many more or which, then the plural counted.)
    if (isKind(t, end, Kind::Space) && isWordIn(t, end + 1, {"extra", "more", "additional", "new", "fewer", "eligible", "registered", "active", "unique", "monthly",
                              "daily", "weekly", "annual", "young", "older", "unemployed"}) &&
        isKind(t, end + 2, Kind::Space) && isPluralNounAt(t, end + 3) && std::islower(static_cast<unsigned char>(t[end + 3].text[0]))) {
        end += 2;
    }
    if (!isKind(t, end, Kind::Space) || !isPluralNounAt(t, end + 1)) return false;
    const std::string& w = t[end + 1].text;
    if (!std::islower(static_cast<unsigned char>(w[0])) || (w.size() >= 2 && w.compare(w.size() - 2, 2, "us") == 0)) return false;
    return !isWordIn(t, end + 1, {"waves", "swells", "hurdles", "cliffs", "drops", "falls", "jumps", "dives", "putts",
                                  "sprints", "races", "finals", "heats", "titles", "records", "walls", "trees", "towers",
                                  "depths", "heights", "lengths", "metres", "meters", "is", "was", "has", "always"});
}

struct UnitMatch {
    std::string one, many;
    std::size_t end = 0;
};

// A product's part or feature that a measure rates, with up to two words that say which ("wired charging",
// "main sensor", "periscope telephoto"): the measure before it takes the singular.
static bool specPhraseAt(const Tokens& t, std::size_t k) {
    static const std::set<std::string_view> parts = {
        "charging", "charger", "adapter", "brick", "sensor", "camera", "lens", "battery", "display", "screen", "panel", "motor",
        "speaker", "subwoofer", "amplifier", "amp", "processor", "chip", "chipset", "drive", "ssd", "model", "variant",
        "version", "option", "cell", "engine", "zoom", "telephoto", "periscope", "ultrawide", "macro", "main", "selfie", "fan",
        "heater", "bulb", "lamp", "output", "port", "cable", "supply", "refresh", "sampling", "shooter", "array"};
    static const std::set<std::string_view> which = {
        "wired", "wireless", "fast", "rapid", "main", "rear", "front", "primary", "secondary", "optical", "digital", "peak",
        "ultrawide", "ultra-wide", "wide", "telephoto", "periscope", "selfie", "dual", "triple", "quad", "reverse", "magnetic",
        "turbo", "super", "internal", "external", "base", "top", "entry-level", "standard", "solid-state", "portable", "usb-c",
        "in-display", "under-display", "curved", "flat", "color", "colour"};
    for (int words = 0; words < 3 && isKind(t, k, Kind::Word); ++words) {
        const std::string w = lowerAscii(t[k].text);
        // (Lower case, or a connector's capitals: "100W USB-C charging".)
        if (parts.count(w) != 0 && std::islower(static_cast<unsigned char>(t[k].text[0])) &&
            !(isKind(t, k + 1, Kind::Space) && isWordIn(t, k + 2, {"is", "was", "are", "were", "has", "have"}))) {
            return true;
        }
        std::size_t next = k + 1;
        std::string joined = w;
        while (isSym(t, next, "-") && isKind(t, next + 1, Kind::Word)) {
            joined += "-" + lowerAscii(t[next + 1].text);
            next += 2;
        }
        if (which.count(joined) == 0 || !isKind(t, next, Kind::Space)) return false;
        k = next + 1;
    }
    return false;
}

}  // namespace

// "m s−1", "W m−2", "pc cm−3": a unit to a negative power after a space, as science writes a rate: said "per second",
// "per square meter". The spoken words and the end, or nothing.
std::optional<std::pair<std::string, std::size_t>> perPowerAt(const Tokens& t, std::size_t k) {
    if (!isKind(t, k, Kind::Space) || !isKind(t, k + 1, Kind::Word)) return std::nullopt;
    const std::size_t sign = k + 2;
    if (!isSym(t, sign, "\xE2\x88\x92") && !isSym(t, sign, "-") && !isSym(t, sign, "\xE2\x80\x91")) return std::nullopt;
    if (!isKind(t, sign + 1, Kind::Number)) return std::nullopt;
    const std::string& power = t[sign + 1].text;
    if (power != "1" && power != "2" && power != "3") return std::nullopt;
    if (isKind(t, sign + 2, Kind::Word) || isKind(t, sign + 2, Kind::Number)) return std::nullopt;
    std::string unit;
    if (const char* time = perTimeUnit(t[k + 1].text)) {
        unit = time;
    } else if (const auto* other = findUnit(t[k + 1].text); other != nullptr && t[k + 1].text != "in") {
        unit = other->second.one;
    } else {
        return std::nullopt;
    }
    const char* prefix = power == "2" ? "square " : power == "3" ? "cubic " : "";
    return std::make_pair(" per " + std::string(prefix) + unit, sign + 2);
}

namespace {

// The unit whose first token is at i, with what may follow it: "²"/"2"/"³" (square or cubic), "/s",
// "/100 km", "/h". Single letters are units only where the caller allows them.
std::optional<UnitMatch> unitAt(const Tokens& t, std::size_t i, bool glued) {
    if (!isKind(t, i, Kind::Word)) return std::nullopt;
    std::string written = t[i].text;
    std::size_t end = i + 1;
    std::string prefix;
    // "sq ft", "square miles", "cu m", "cubic meters"
    // ("sq. ft.", "2,400-sq.-ft.": with their dots and hyphens.)
    if ((written == "sq" || written == "cu") && isSym(t, end, ".")) ++end;
    if ((written == "sq" || written == "square" || written == "cu" || written == "cubic") &&
        (isKind(t, end, Kind::Space) || isSym(t, end, "-")) && isKind(t, end + 1, Kind::Word) && findUnit(t[end + 1].text) != nullptr) {
        prefix = written == "sq" || written == "square" ? "square " : "cubic ";
        written = t[end + 1].text;
        end += 2;
    }
    // "2.2 mb/d", "600,000 b/d": a unit written with its slash as one word.
    if (prefix.empty() && isSym(t, end, "/") && isKind(t, end + 1, Kind::Word) && findUnit(written + "/" + t[end + 1].text) != nullptr) {
        written += "/" + t[end + 1].text;
        end += 2;
    }
    const auto* unit = findUnit(written);
    if (unit == nullptr) return std::nullopt;
    const std::string& key = unit->first;
    // "12 MG Road": a lower-case symbol written in capitals and apart, before a capitalized word, is a
    // name's initials.
    if (!glued && written != key && isUpperWord(written) && isKind(t, end, Kind::Space) && isKind(t, end + 1, Kind::Word) &&
        std::isupper(static_cast<unsigned char>(t[end + 1].text[0]))) {
        return std::nullopt;
    }
    // ("4.5 pc": per cent, as British copy writes it; parsecs only in a dispersion measure's "pc cm−3".)
    if (key == "pc" && !perPowerAt(t, end)) return std::nullopt;
    // ("2450 cal BC": a radiocarbon date calibrated to the calendar, "twenty-four fifty cal B C", no calories.)
    // (Not before a word that goes on, "450 cal BC salmon bowl", "200 cal AD-free": British Columbia's, a label's.)
    if (key == "cal" && isKind(t, end, Kind::Space) && isWordIn(t, end + 1, {"bc", "bce", "ad", "ce"}) && !isKind(t, end + 2, Kind::Word) &&
        !isSym(t, end + 2, "-") && !(isKind(t, end + 2, Kind::Space) && isKind(t, end + 3, Kind::Word) && std::islower(static_cast<unsigned char>(t[end + 3].text[0])))) {
        return std::nullopt;
    }
    // ("26 MA", "a 2 MA pulse": mega-amperes; the geologist's million years are written "Ma" only.)
    if (key == "Ma" && written != "Ma") return std::nullopt;
    // ("a 232,618 gt vessel": a ship's gross tonnage in small letters; "37.4 gt of CO2" is the climate's gigatonnes.)
    if (written == "gt" && anyWordIn(t, {"vessel", "vessels", "ship", "ships", "tanker", "tonnage", "cruise", "ferry", "boxship", "carrier",
                                         "freighter", "yacht", "hull", "shipyard", "liner"})) {
        const auto* gross = findUnit("GT");
        return UnitMatch{gross->second.one, gross->second.many, end};
    }
    // ("14 ATM cards": cash machines; an atmosphere is written in small letters, "1 atm".)
    if (key == "atm" && written != "atm") return std::nullopt;
    // ("29,000 ly away": light-years in small letters, where the sentence goes on as a distance's does; "12 Ly Quoc Su" is a
    // street's name, "3 LY" a last year's.)
    if (key == "ly" && (written != "ly" || !(end >= t.size() || !isKind(t, end, Kind::Space) ||
                                             isWordIn(t, end + 1, {"away", "from", "across", "distant", "wide", "long", "off", "beyond", "apart"})))) {
        return std::nullopt;
    }
    // ("10.92 PB" in a meeting's results is a personal best, SportRules.cpp: petabytes are a store's, not a race's.)
    // (So is a "CR" in capitals, its championship's or its course's record, SportRules.cpp: crore are money's.)
    // (After a mark with its hundredths or a clock, "10.92", "2:04:37", and in a meeting's report or its results' row.)
    if ((key == "PB" && !glued) || (key == "cr" && written == "CR")) {
        const std::size_t figure = i >= 1 && isKind(t, i - 1, Kind::Space) ? i - 2 : i - 1;  // (wraps past the start when i is 0)
        const bool mark = i >= 1 && isKind(t, figure, Kind::Number) &&
                          (t[figure].text.find('.') != std::string::npos || (i >= 3 && isSym(t, figure - 1, ":")));
        if (mark && (anyWordIn(t, {"ran", "race", "clocked", "heat", "heats", "sprint", "hurdles", "relay", "marathon", "athletics", "swam",
                                   "championships", "personal", "jumped", "threw", "results"}) ||
                     (anyWordIn(t, {"winner"}) && anyWordIn(t, {"time"})))) {
            return std::nullopt;
        }
    }
    // "a 200MP camera": megapixels only glued ("300 MPs" are members of parliament).
    if (key == "MP" && !glued) return std::nullopt;
    // "4,000Pa of suction": pascals only glued ("Route 30, Pa." is Pennsylvania).
    if (key == "Pa" && !glued) return std::nullopt;
    // "350 lb-ft": torque, in pound-feet.
    if ((key == "lb" || key == "lbs") && isSym(t, end, "-") && isWordIn(t, end + 1, {"ft"}) && !isKind(t, end + 2, Kind::Word)) {
        return UnitMatch{"pound-foot", "pound-feet", end + 2};
    }
    // "mm Hg": millimeters of mercury, written apart.
    if (key == "mm" && isKind(t, end, Kind::Space) && isKind(t, end + 1, Kind::Word) && t[end + 1].text == "Hg") {
        return UnitMatch{"millimeter of mercury", "millimeters of mercury", end + 2};
    }
    // One-letter and ambiguous symbols: only glued to the number ("72W", "249g", "100m"), or spaced
    // before a word of measure ("200 m wide", "18 t of steel").
    // ("1.8 g L⁻¹ h⁻¹": a letter before a unit to a negative power is a unit too.)
    const bool marked = isSym(t, end, "\xC2\xB2") || isSym(t, end, "\xC2\xB3") || isSym(t, end, "/") || isSym(t, end, "^") ||
                        (isKind(t, end, Kind::Space) && isKind(t, end + 1, Kind::Word) && isSym(t, end + 2, "\xE2\x81\xBB"));
    // "waves of 8 m battered": a spaced letter before a lower-case word is a unit too, unless the
    // number is an amount ("£8 m" is millions).
    const std::size_t following = skip(t, end);
    const bool wordNext = following > end && isKind(t, following, Kind::Word) &&
                          std::islower(static_cast<unsigned char>(t[following].text[0]));
    // ("waves of 8–10 m": a range's dash is no currency's sign.)
    const bool amount = i >= 3 && isKind(t, i - 3, Kind::Symbol) && !isDash(t, i - 3) && !isSym(t, i - 3, "/");
    // ("120 m (394 ft) tall", "a 25 m, 50 m pool", "Kilimanjaro (5,895 m)": the bracket or comma after it; "1.1 m × 0.7 m",
    // a size's sign.)
    const bool sizeSign = isTimesSign(t, following) && isKind(t, skip(t, following + 1), Kind::Number);
    // ("366 m LOA", "1,200 m AMSL": a length overall or a height above a datum, its initials after the unit.)
    const bool datum = isKind(t, following, Kind::Word) &&
                       (t[following].text == "LOA" || t[following].text == "AMSL" || t[following].text == "ASL" || t[following].text == "AGL" ||
                        t[following].text == "AHD" || t[following].text == "LWL");
    if (key.size() == 1 && !glued && !marked && !sizeSign && !datum && !measureWordAt(t, following) &&
        !(end >= t.size() || isSym(t, end, ".") || (isKind(t, end, Kind::Space) && isSym(t, end + 1, "(")) || isSym(t, end, ",") ||
          isSym(t, end, ")")) &&
        !(wordNext && !amount)) {
        return std::nullopt;
    }
    // "in" is a preposition; "in." is inches, and so is "in" after feet ("6 ft 2 in", "6ft 2in").
    const bool afterFeet = (i >= 3 && isWordIn(t, i - 3, {"ft", "feet", "foot"})) ||
                           (i >= 4 && isWordIn(t, i - 4, {"ft", "feet", "foot"}));
    // ("2in of rain": glued to its number, the word is inches too; "2in1" is a product's name.)
    if (key == "in" && !isSym(t, end, ".") && !afterFeet && !(glued && !isKind(t, end, Kind::Number))) return std::nullopt;
    // "12 min.", "1,200 ft. AGL", "a 3,200 gal. tank" take their dot, unless the dot also ends the sentence.
    const bool dotted = key == "min" || key == "sec" || key == "in" || key == "ft" || key == "gal" || key == "lb" ||
                        key == "lbs" || key == "oz" || key == "yd" || key == "mi" || key == "hr" || key == "hrs" ||
                        key == "yr" || key == "yrs" || key == "mins" || key == "secs" || key == "wk" || key == "wks" || key == "mo" || key == "mos" || key == "pt" || key == "pts" || key == "cwt";
    // (Not the first dot of an ellipsis: "ABOUT 85 MI...135 KM".)
    if (dotted && isSym(t, end, ".") && end + 1 < t.size() && !isSym(t, end + 1, ".")) ++end;
    UnitMatch m{prefix + unit->second.one, prefix + unit->second.many, end};
    // "winds of 10-20 kt": knots, in a forecast; a bomb's kilotons elsewhere.
    // (Or an aircraft's or a ship's speed, "will cruise at 275 kt", where no bomb is spoken of.)
    // ("950 kt of CO2": an amount of it, kilotonnes, wherever planes are spoken of.)
    if (key == "kt" && !(isKind(t, end, Kind::Space) && isWordIn(t, end + 1, {"of"})) &&
        (anyWordIn(t, {"wind", "winds", "gust", "gusts", "gusting", "seas", "sustained", "breeze", "crosswind", "crosswinds", "headwind",
                       "headwinds", "tailwind", "tailwinds", "gale", "gales", "squall", "squalls", "runway", "runways"}) ||
                        (anyWordIn(t, {"cruise", "cruising", "cruises", "speed", "speeds", "airspeed", "km/h", "mph", "flies", "flying", "flew",
                                       "aircraft", "plane", "jet", "sailing", "sailed", "vessel", "ship", "yacht", "knots"}) &&
                         !anyWordIn(t, {"bomb", "bombs", "nuclear", "warhead", "warheads", "yield", "tnt", "explosion", "blast", "detonated"})))) {
        m.one = "knot";
        m.many = "knots";
    }
    // "MINIMUM CENTRAL PRESSURE...944 MB": a storm's pressure in a forecaster's capitals is millibars, never megabytes.
    // (A pressure's figure, which lies between about 870 and 1,085: "a 900 MB software patch" in a storm story is a file.)
    const std::size_t figure = glued ? i - 1 : i >= 2 ? i - 2 : i;
    const int pressure = key == "MB" && i >= 1 && isKind(t, figure, Kind::Number) && digitsOnly(t[figure].text) ? toInt(t[figure].text) : 0;
    if (key == "MB" && pressure >= 860 && pressure <= 1090 &&
        anyWordIn(t, {"pressure", "barometric", "barometer", "hurricane", "typhoon", "cyclone", "storm", "depression", "isobar"}) &&
        !anyWordIn(t, {"download", "file", "files", "data", "storage", "memory", "ram", "app", "update", "patch", "software", "allowance"})) {
        m.one = "millibar";
        m.many = "millibars";
    }
    // "12 nm off the coast": nautical miles at sea; nanometers elsewhere.
    // ("200 nm west of Ireland": a distance on a bearing is a sailor's or a pilot's, never a chip's.)
    const bool bearing = key == "nm" && isWordIn(t, skip(t, end), {"north", "south", "east", "west", "northeast", "northwest", "southeast",
                                                                    "southwest", "ne", "nw", "se", "sw", "nne", "ene", "ese", "sse", "ssw",
                                                                    "wsw", "wnw", "nnw"}) &&
                         // (a model's code is no bearing: "our 3nm NW-X900 accelerators")
                         !(isSym(t, skip(t, end) + 1, "-") && !isWordIn(t, skip(t, end) + 2, {"north", "south", "east", "west", "ne", "nw", "se", "sw", "n", "s", "e", "w"})) &&
                         !isKind(t, skip(t, end) + 1, Kind::Number);
    if (key == "nm" && (bearing || (anyWordIn(t, {"coast", "offshore", "off", "sea", "yacht", "vessel", "ship", "ships", "boat", "ferry", "navy",
                                      "coastguard", "harbour", "harbor", "port", "sailed", "sailing", "aircraft", "flight", "radius",
                                      "waters", "fishing", "maritime", "territorial", "visibility", "squall", "squalls", "gale",
                                      "gales", "runway", "airport", "fog", "nautical",
                                      // (a flight's range, an airliner's path: "will fly 9,720nm nonstop", "1.5 nm from where it left the airplane")
                                      "airplane", "aeroplane", "plane", "jet", "jets", "airliner", "fly", "flies", "flew", "flying", "nonstop",
                                      "non-stop", "route", "routes", "airline", "airlines", "pilot", "pilots", "helicopter", "km"}) &&
        // (A chip's process in a sentence that also "ships" a phone: "built on TSMC's 3nm process".)
        (isWordIn(t, skip(t, end), {"off", "offshore", "from"}) ||
         !anyWordIn(t, {"process", "node", "chip", "chips", "chipset", "processor", "wafer", "wafers", "semiconductor", "semiconductors",
                        "transistor", "transistors", "lithography", "foundry", "tsmc", "soc", "silicon"}))))) {
        m.one = "nautical mile";
        m.many = "nautical miles";
    }
    // "31.8Mt of wheat": million tonnes, as trade and climate copy writes them; megatons are a bomb's.
    if (key == "Mt" && !anyWordIn(t, {"nuclear", "bomb", "bombs", "warhead", "warheads", "explosion", "blast", "detonation",
                                       "thermonuclear", "yield", "asteroid", "impact", "eruption", "tnt"})) {
        m.one = m.many = "million tonnes";
    }
    // Areas and volumes: "m²", "km2", "km³", "m3", "m^2" (a power written with a caret).
    const bool caret = isSym(t, end, "^") && isKind(t, end + 1, Kind::Number);
    const std::size_t power = caret ? end + 1 : end;
    const bool metric = key.find('m') != std::string::npos || caret;
    if (isSym(t, end, "\xC2\xB2") || (metric && isKind(t, power, Kind::Number) && t[power].text == "2")) {
        m = {"square " + m.one, "square " + m.many, power + 1};
    } else if (isSym(t, end, "\xC2\xB3") || (metric && isKind(t, power, Kind::Number) && t[power].text == "3")) {
        m = {"cubic " + m.one, "cubic " + m.many, power + 1};
    }
    // "per": "ml/s", "L/100 km", "MB/s".
    if (isSym(t, m.end, "/")) {
        if (isKind(t, m.end + 1, Kind::Word)) {
            if (const char* time = perTimeUnit(t[m.end + 1].text)) {
                m.one += std::string(" per ") + time;
                m.many += std::string(" per ") + time;
                m.end += 2;
            } else if (const auto* other = findUnit(t[m.end + 1].text);
                       other != nullptr && (other->first.size() > 1 || other->first == "L" || other->first == "l" ||
                                            other->first == "m" || other->first == "g")) {
                // "mg/dL", "mmol/L", "µg/m³": a measure per volume or per area.
                std::string per = other->second.one;
                std::size_t used = 2;
                // "µg/m³", "kg/m2": per cubic or square meter.
                const bool two = isKind(t, m.end + 2, Kind::Number) && t[m.end + 2].text == "2";
                const bool three = isKind(t, m.end + 2, Kind::Number) && t[m.end + 2].text == "3";
                if (isSym(t, m.end + 2, "\xC2\xB3") || three) per = "cubic " + per, used = 3;
                if (isSym(t, m.end + 2, "\xC2\xB2") || two) per = "square " + per, used = 3;
                m.one += " per " + per;
                m.many += " per " + per;
                m.end += used;
            }
        } else if (isKind(t, m.end + 1, Kind::Number) && t[m.end + 1].text == "100" &&
                   isKind(t, skip(t, m.end + 2), Kind::Word) && findUnit(t[skip(t, m.end + 2)].text) != nullptr) {
            const auto* other = findUnit(t[skip(t, m.end + 2)].text);
            m.one += std::string(" per hundred ") + other->second.many;
            m.many += std::string(" per hundred ") + other->second.many;
            m.end = skip(t, m.end + 2) + 1;
        } else if (const std::size_t o = isKind(t, m.end + 2, Kind::Space) ? m.end + 3 : m.end + 2;
                   isKind(t, m.end + 1, Kind::Number) && digitsOnly(t[m.end + 1].text) && t[m.end + 1].text.size() <= 3 &&
                   isKind(t, o, Kind::Word) && findUnit(t[o].text) != nullptr && t[o].text.size() >= 2 && !isKind(t, o + 1, Kind::Word) &&
                   (o == m.end + 2 || isWordIn(t, o, {"ml", "dl"}))) {
            // "500mg/5mL", "1 g/40 mL": a dose per so much of a liquid. (Set apart, only per a volume: "5 kg/11 lb" is one
            // weight in two measures.)
            const auto* other = findUnit(t[o].text);
            // ("12GB/256GB": two amounts of one kind, a phone's memory and storage, are no rate; said one after the other.)
            const auto kindOf = [](const std::string& one) { return one.size() >= 4 ? one.substr(one.size() - 4) : one; };
            if (kindOf(other->second.one) == kindOf(unit->second.one)) {
                const std::string second = wholeWords(t[m.end + 1].text);
                m.one += ", " + second + " " + other->second.one;
                m.many += ", " + second + " " + (t[m.end + 1].text == "1" ? other->second.one : other->second.many);
                m.end = o + 1;
                if (isKind(t, m.end, Kind::Word) || isSym(t, m.end, "'")) return std::nullopt;
                return m;
            }
            const std::string per = " per " + wholeWords(t[m.end + 1].text) + " " +
                                    (t[m.end + 1].text == "1" ? other->second.one : other->second.many);
            m.one += per;
            m.many += per;
            m.end = o + 1;
        }
    }
    // A unit is a unit only where a word cannot be: not followed by more letters or an apostrophe.
    if (isKind(t, m.end, Kind::Word) || isSym(t, m.end, "'")) return std::nullopt;
    // "5 m s−1", "1.2 kg m−2 s−1": per one unit after another.
    while (auto per = perPowerAt(t, m.end)) {
        m.one += per->first;
        m.many += per->first;
        m.end = per->second;
    }
    return m;
}

}  // namespace

// "winds from the SW", "NNE 5-10 mph", "Winds W 10-20 kt": the points of the compass in a forecast,
// where eSpeak NG would spell them; and a wind's knots, which are no kilotons.
std::optional<Match> compassRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Word) || t[i].text.size() > 3 || t[i].text.find_first_not_of("NSEW") != std::string::npos) {
        return std::nullopt;
    }
    static const std::unordered_map<std::string, const char*> kPoints{
        {"N", "north"}, {"S", "south"}, {"E", "east"}, {"W", "west"}, {"NE", "northeast"}, {"NW", "northwest"},
        {"SE", "southeast"}, {"SW", "southwest"}, {"NNE", "north-northeast"}, {"ENE", "east-northeast"},
        {"ESE", "east-southeast"}, {"SSE", "south-southeast"}, {"SSW", "south-southwest"}, {"WSW", "west-southwest"},
        {"WNW", "west-northwest"}, {"NNW", "north-northwest"}};
    const auto point = kPoints.find(t[i].text);
    // (A single letter with a dot is an initial or a street's direction: "N. Main St.")
    if (point == kPoints.end() || isKind(t, i + 1, Kind::Word) || (isSym(t, i + 1, ".") && t[i].text.size() == 1) ||
        isSym(t, i + 1, "-")) {
        return std::nullopt;
    }
    // ("290 km ENE of Darwin": a distance's bearing from a place.)
    const bool bearing = t[i].text.size() >= 2 && i >= 2 && isKind(t, i - 1, Kind::Space) &&
                         isWordIn(t, i - 2, {"km", "kilometers", "kilometres", "miles", "mi", "nm", "kms"}) && isWordIn(t, i + 2, {"of"});
    if (bearing) return Match{1, point->second, "unit"};
    // "SE Queensland", "in NW England": two letters before a region's name (not a street's address, after its
    // number, nor a quadrant's, "the SE Asia desk" aside: a place follows).
    if (t[i].text.size() == 2 && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) && isCapitalized(t[i + 2].text) &&
        !(i >= 2 && isKind(t, i - 2, Kind::Number)) && (skip(t, i + 3) >= t.size() || streetTypes().count(t[skip(t, i + 3)].text) == 0) &&
        // (Nor after a name it belongs to: "the Philadelphia SE Semiconductor index" is a stock exchange's.)
        !(i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text) &&
          !isWordIn(t, i - 2, {"in", "the", "across", "of", "to", "from", "and", "for", "on"})) &&
        !isUpperWord(t[i + 2].text)) {
        std::string said = point->second;
        said.insert(5, "-");  // "south-east", as a region is named
        return Match{1, said, "unit"};
    }
    // "I-95 N", "Route 9 S": a highway's direction after its number.
    if (t[i].text.size() == 1 && i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Number) &&
        (isSym(t, i - 3, "-") || (i >= 4 && isKind(t, i - 3, Kind::Space) &&
                                  isWordIn(t, i - 4, {"route", "rte", "hwy", "highway", "interstate", "us", "sr", "state"}))) &&
        !isKind(t, i + 1, Kind::Word)) {
        return Match{1, point->second, "unit"};
    }
    // ("the NNE ridge", "its SSW face": a three-letter point before a mountain's or a building's side.)
    if (t[i].text.size() == 3 && isKind(t, i + 1, Kind::Space) &&
        isWordIn(t, i + 2, {"ridge", "face", "flank", "slope", "side", "spur", "couloir", "wall", "direction", "wind", "winds", "swell", "facing"})) {
        return Match{1, point->second, "unit"};
    }
    if (!anyWordIn(t, {"wind", "winds", "gust", "gusts", "gusting", "breeze", "breezes", "blowing", "swell", "swells",
                       "moving", "heading", "travelling", "traveling", "drifting", "tracking", "moved", "moves", "headed", "heads",
                       "tracked", "tracks", "drifted", "drifts", "turned", "turns", "movement"})) {
        return std::nullopt;
    }
    // Before a speed or after "from the", "winds", "wind", "becoming", "turning".
    const bool before = isWordIn(t, i >= 2 ? i - 2 : t.size(), {"the", "winds", "wind", "becoming", "turning", "veering",
                                                               "backing", "from", "and", "or", "to", "moving", "heading",
                                                               "travelling", "traveling", "drifting", "tracking", "moved", "moves",
                                                               "headed", "heads", "tracked", "tracks", "drifted", "drifts", "turned",
                                                               "turns"}) ||
                            // ("a NNE breeze", "winds were SSW": after an article or a verb of being two letters at least; "got a W",
                            // "an E grade" are a win's and a grade's letters)
                            (t[i].text.size() >= 2 && isWordIn(t, i >= 2 ? i - 2 : t.size(), {"a", "an", "was", "were", "is", "are", "be"})) ||
                            // ("PRESENT MOVEMENT...WNW OR 295 DEGREES": after an advisory's ellipsis)
                            (i >= 1 && isSym(t, i - 1, ".") && i >= 2 && isSym(t, i - 2, "."));
    const bool speedNext = isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Number);
    // ("NW winds 5 to 10 mph": the wind it names after it.)
    // (A forecast's: a speed in the sentence, and no name's capitalized word before a lone letter, "the Model S winds up".)
    const bool windNext = isKind(t, i + 1, Kind::Space) && isWordIn(t, i + 2, {"wind", "winds", "breeze", "breezes", "gusts", "swell", "swells"}) &&
                          anyWordIn(t, {"mph", "kph", "knots", "kt", "km/h", "gusts", "gusting", "gust", "miles", "kilometres", "kilometers"}) &&
                          !(t[i].text.size() == 1 && i >= 2 && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text));
    if (!before && !speedNext && !windNext) return std::nullopt;
    std::string said = point->second;
    if (i == 0) said[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(said[0])));  // (opening the sentence)
    return Match{1, said, "unit"};
}

namespace {

// The letter of a hemisphere after a degree: "42°S", "51.5° N," (apart only where a stop, a bracket,
// the other coordinate or a word in lower case follows: "0.12° W on the map", not "30° S Africa").
const char* hemisphereAt(const Tokens& t, std::size_t k, std::size_t* end) {
    const std::size_t h = isKind(t, k, Kind::Space) ? k + 1 : k;
    if (!isKind(t, h, Kind::Word) || t[h].text.size() != 1 || isKind(t, h + 1, Kind::Word) || isSym(t, h + 1, "'")) return nullptr;
    if (h != k && !(h + 1 >= t.size() || isSym(t, h + 1, ",") || isSym(t, h + 1, ";") || isSym(t, h + 1, ")") ||
                    isSym(t, h + 1, ".") ||
                    (isKind(t, h + 1, Kind::Space) &&
                     (isKind(t, h + 2, Kind::Number) ||
                      (isKind(t, h + 2, Kind::Word) && std::islower(static_cast<unsigned char>(t[h + 2].text[0]))))))) {
        return nullptr;
    }
    const char c = t[h].text[0];
    *end = h + 1;
    return c == 'N' ? " north" : c == 'S' ? " south" : c == 'E' ? " east" : c == 'W' ? " west" : nullptr;
}

}  // namespace

std::optional<Match> coordinateRule(const Tokens& t, std::size_t i) {
    // A latitude or a longitude: "41°17′S", "12°34′56″N", "51.5074° N", "174°E" (minutes and seconds
    // written with primes or with the keyboard's quotes).
    if (!isKind(t, i, Kind::Number) || !isSym(t, i + 1, "\xC2\xB0")) return std::nullopt;
    const Num degrees = parseNumber(t[i].text);
    if (!degrees.valid) return std::nullopt;
    std::string out = numberWords(degrees) + (isOne(degrees) ? " degree" : " degrees");
    std::size_t k = i + 2;
    bool minutes = false;
    const auto part = [&](const char* mark, const char* keyboard, const char* one, const char* many) {
        const std::size_t n = isKind(t, k, Kind::Space) && isKind(t, k + 1, Kind::Number) ? k + 1 : k;
        if (!isKind(t, n, Kind::Number) || !(isSym(t, n + 1, mark) || isSym(t, n + 1, keyboard))) return false;
        const Num v = parseNumber(t[n].text);
        if (!v.valid) return false;
        out += " " + numberWords(v) + (isOne(v) ? one : many);
        k = n + 2;
        return true;
    };
    if (part("\xE2\x80\xB2", "'", " minute", " minutes")) {
        minutes = true;
        part("\xE2\x80\xB3", "\"", " second", " seconds");
    }
    std::size_t end = 0;
    const char* hemisphere = hemisphereAt(t, k, &end);
    if (hemisphere == nullptr) return minutes ? std::optional<Match>(Match{k - i, out, "unit"}) : std::nullopt;
    return Match{end - i, out + hemisphere, "unit"};
}

std::optional<Match> unitsAfter(const Tokens& t, std::size_t k) {
    const std::size_t u = skip(t, k);
    const auto unit = unitAt(t, u, u == k);
    if (!unit) return std::nullopt;
    return Match{unit->end - k, " " + unit->many, "unit"};
}

// A grade in grams a tonne, "5.7 g/t", as an intercept gives it.
static bool assayGrade(const Tokens& t) {
    for (std::size_t k = 0; k + 2 < t.size(); ++k) {
        if (isWordIn(t, k, {"g"}) && isSym(t, k + 1, "/") && isWordIn(t, k + 2, {"t"})) return true;
    }
    return false;
}

// "1.26% Cu", "0.9 g/t Au", "850 ppm Li": an element's symbol after a grade is the metal assayed, said by
// its name as a geologist reads an intercept aloud ("one point two six percent copper").
std::optional<Match> assayElementRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Word) || t[i].text.size() > 4 || !isKind(t, i - 1, Kind::Space)) return std::nullopt;
    static const std::unordered_map<std::string, std::string> kMetals{
        {"Au", "gold"},      {"Ag", "silver"},     {"Cu", "copper"},    {"Zn", "zinc"},           {"Pb", "lead"},
        {"Ni", "nickel"},    {"Co", "cobalt"},     {"Mo", "molybdenum"}, {"Sn", "tin"},           {"Fe", "iron"},
        {"Mn", "manganese"}, {"Pt", "platinum"},   {"Pd", "palladium"}, {"Li", "lithium"},        {"Sb", "antimony"},
        {"AuEq", "gold equivalent"}, {"CuEq", "copper equivalent"}, {"AgEq", "silver equivalent"}};
    const auto metal = kMetals.find(t[i].text);
    if (metal == kMetals.end() || i < 2) return std::nullopt;
    // (After the percent sign, or a grade's unit: "g/t", "ppm", "ppb", "gpt", "oz/t".)
    const bool grade = isSym(t, i - 2, "%") || isWordIn(t, i - 2, {"ppm", "ppb", "gpt"}) ||
                       (isWordIn(t, i - 2, {"t"}) && isSym(t, i - 3, "/") && isWordIn(t, i - 4, {"g", "oz"}));
    // (After a quantity's unit, "1.42 million oz Au", "3.1 Moz AuEq", "120 Mlb Cu": "ounces of gold".)
    // (The lexicon's "Moz" is its placeholder here.)
    // (Or glued to its figure: "1.24Moz Au".)
    const bool quantity = (isWordIn(t, i - 2, {"oz", "ounces", "lb", "lbs", "moz", "koz"}) || isLexiconPlaceholder(t[i - 2].text)) && i >= 3 &&
                          ((isKind(t, i - 3, Kind::Space) && i >= 4 && (isKind(t, i - 4, Kind::Number) || isWordIn(t, i - 4, {"million", "thousand", "billion"}))) ||
                           isKind(t, i - 3, Kind::Number));
    // (Not a word's start or a name: "51% Co-op", "4% Mo Farah".)
    // (After a quantity's unit the metal is one whatever follows: "1.24Moz Au Mineral Resource".)
    if ((!grade && !quantity) || isDash(t, i + 1) ||
        (!quantity && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) && std::isupper(static_cast<unsigned char>(t[i + 2].text[0])))) {
        return std::nullopt;
    }
    return Match{1, quantity ? "of " + metal->second : metal->second, "unit"};
}

namespace {

// An isotope's mass number and its element's symbol as they are said, "carbon fourteen", "uranium two thirty-five" ("2H" and
// "3H" by their own names); nothing for a symbol that names no element or a mass number it cannot have.
std::optional<std::string> isotopeSaid(const std::string& mass, const std::string& symbol) {
    struct Element {
        const char* symbol;
        const char* name;
        int z;
    };
    static constexpr Element kElements[] = {
        {"H", "hydrogen", 1},   {"He", "helium", 2},     {"Li", "lithium", 3},    {"Be", "beryllium", 4}, {"B", "boron", 5},
        {"C", "carbon", 6},     {"N", "nitrogen", 7},    {"O", "oxygen", 8},      {"F", "fluorine", 9},   {"Ne", "neon", 10},
        {"Na", "sodium", 11},   {"Mg", "magnesium", 12}, {"Al", "aluminium", 13}, {"Si", "silicon", 14},  {"P", "phosphorus", 15},
        {"S", "sulfur", 16},    {"Cl", "chlorine", 17},  {"Ar", "argon", 18},     {"K", "potassium", 19}, {"Ca", "calcium", 20},
        {"Ti", "titanium", 22}, {"Cr", "chromium", 24},  {"Fe", "iron", 26},      {"Co", "cobalt", 27},   {"Ni", "nickel", 28},
        {"Cu", "copper", 29},   {"Zn", "zinc", 30},      {"Kr", "krypton", 36},   {"Rb", "rubidium", 37}, {"Sr", "strontium", 38},
        {"Zr", "zirconium", 40}, {"Mo", "molybdenum", 42}, {"Tc", "technetium", 43}, {"I", "iodine", 53}, {"Xe", "xenon", 54},
        {"Cs", "caesium", 55},  {"Ba", "barium", 56},    {"Pb", "lead", 82},      {"Bi", "bismuth", 83},  {"Po", "polonium", 84},
        {"Rn", "radon", 86},    {"Ra", "radium", 88},    {"Th", "thorium", 90},   {"U", "uranium", 92},   {"Pu", "plutonium", 94},
        {"Am", "americium", 95}, {"Cf", "californium", 98}};
    if (mass.empty() || mass.size() > 3 || mass[0] == '0' || !digitsOnly(mass)) return std::nullopt;
    const auto element = std::find_if(std::begin(kElements), std::end(kElements), [&](const Element& e) { return symbol == e.symbol; });
    if (element == std::end(kElements)) return std::nullopt;
    const int a = toInt(mass);
    if (a < element->z || a > std::max(3, element->z * 27 / 10 + 12)) return std::nullopt;
    if (element->z == 1 && a == 2) return std::string("deuterium");
    if (element->z == 1 && a == 3) return std::string("tritium");
    // (A mass of three figures in pairs, as physicists say it: "uranium two thirty-five".)
    return std::string(element->name) + " " + (mass.size() == 3 ? pairWords(mass) : wholeWords(mass));
}

}  // namespace

// "14C", "235U", "50Ti": an isotope as physicists and chemists write it, its mass number before its element's symbol, said as
// its name and number. Only in a sentence of atoms: "14C" is a temperature elsewhere, "5K" five thousand.
// ("carbon-14 (14C)": the symbol in brackets after its name, set for the eye, is not said again.)
std::optional<Match> isotopeRule(const Tokens& t, std::size_t i) {
    // (Its name said just before, "carbon-14 (14C)": the brackets and the symbol go.)
    if (isSym(t, i, "(") && i >= 4 && isSym(t, i + 3, ")") && isKind(t, i + 1, Kind::Number) && isDash(t, i - 3) && isKind(t, i - 2, Kind::Number) &&
        t[i - 2].text == t[i + 1].text && isKind(t, i - 1, Kind::Space) && isKind(t, i - 4, Kind::Word)) {
        if (const auto m = isotopeRule(t, i + 1); m && m->length == 2 && m->spoken.rfind(lowerAscii(t[i - 4].text) + " ", 0) == 0) {
            return Match{4, "", "unit"};
        }
    }
    // ("tritium (3H)": its own name said just before.)
    if (isSym(t, i, "(") && i >= 2 && isSym(t, i + 3, ")") && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word)) {
        if (const auto m = isotopeRule(t, i + 1); m && m->length == 2 && m->spoken == lowerAscii(t[i - 2].text)) return Match{4, "", "unit"};
    }
    // "¹⁴C", "⁵⁰Ti": the mass number raised, as print sets it, is an isotope's whatever the sentence says.
    if (std::string raised; isKind(t, i, Kind::Symbol) && (i == 0 || !isKind(t, i - 1, Kind::Word))) {
        const std::size_t k = raisedFigures(t, i, raised);
        if (isKind(t, k, Kind::Word) && !isKind(t, k + 1, Kind::Word)) {
            if (const auto said = isotopeSaid(raised, t[k].text)) return Match{k + 1 - i, *said, "unit"};
        }
    }
    if (!isKind(t, i, Kind::Number) || !isKind(t, i + 1, Kind::Word) || isKind(t, i + 2, Kind::Word) || isKind(t, i + 2, Kind::Number) ||
        (i > 0 && (isKind(t, i - 1, Kind::Word) || isKind(t, i - 1, Kind::Number)))) {
        return std::nullopt;
    }
    const std::string& symbol = t[i + 1].text;
    const auto said = isotopeSaid(t[i].text, symbol);
    if (!said) return std::nullopt;
    // (A symbol of one letter is a temperature's, a thousand's, a billion's, a half-year's or a compass point's far more often,
    // "14C", "40K", "10B", "1H 2024", "15N": an isotope only where the sentence speaks of isotopes or atoms. "235U", "50Ti": where
    // it speaks of atoms or what is done with them.)
    const bool strong = anyWordIn(t, {"isotope", "isotopes", "isotopic", "radioisotope", "radioisotopes", "radiocarbon", "radioactive", "half-life",
                                      "nuclei", "nucleus", "atoms", "atom", "neutrons", "neutron", "protons", "proton", "spectrometry", "tracer"});
    const bool atomic = strong || anyWordIn(t, {"decay", "decays", "nuclear", "reactor", "enriched", "enrichment", "fission", "fusion", "beam", "beams",
                                                "fallout", "element", "elements", "uranium", "plutonium", "tritium", "deuterium"});
    if (!(symbol.size() == 1 && symbol != "U" ? strong : atomic)) return std::nullopt;
    // (Nor a half-year before its year: "1H 2024 results"; nor a billion before its money, "valued at 11B dollars".)
    if (isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Number)) return std::nullopt;
    if (isKind(t, i + 2, Kind::Space) && isWordIn(t, i + 3, {"dollars", "dollar", "euros", "pounds", "yen", "yuan", "rupees", "in", "worth"}) &&
        (symbol == "B" || symbol == "K")) {
        return std::nullopt;
    }
    return Match{2, *said, "unit"};
}

std::optional<Match> perUnitRule(const Tokens& t, std::size_t i) {
    // "2.5 micrometers (µm) or less": a unit's symbol in brackets after its name, set there for the eye; the name was said.
    if (isSym(t, i, "(") && isKind(t, i + 1, Kind::Word) && isSym(t, i + 2, ")") && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        isKind(t, i - 2, Kind::Word)) {
        if (const auto* unit = findUnit(t[i + 1].text);
            unit != nullptr && (lowerAscii(t[i - 2].text) == unit->second.one || lowerAscii(t[i - 2].text) == unit->second.many)) {
            return Match{3, "", "unit"};
        }
    }
    // ("185 kilometers per hour (km/h)": a compound unit's symbol after its name, the name's last word before the bracket.)
    if (isSym(t, i, "(") && isKind(t, i + 1, Kind::Word) && isSym(t, i + 2, "/") && isKind(t, i + 3, Kind::Word) && isSym(t, i + 4, ")") &&
        i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word)) {
        if (const auto* unit = findUnit(t[i + 1].text + "/" + t[i + 3].text); unit != nullptr) {
            const std::string last = lowerAscii(t[i - 2].text);
            const auto endsOn = [&](const std::string& name) { return name.size() > last.size() && name.ends_with(" " + last); };
            if (endsOn(unit->second.one) || endsOn(unit->second.many)) return Match{5, "", "unit"};
        }
    }
    // "reported in mmol/L", "in mg/dL": a measure per volume named without a figure, the units a result is given in.
    if (isKind(t, i, Kind::Word) && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Word) && !isKind(t, i + 3, Kind::Word) && !isSym(t, i + 3, "/") &&
        i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"in", "as", "of", "per", "from", "to", "using", "and", "or"}) &&
        t[i].text.size() >= 2) {
        const auto* unit = findUnit(t[i].text);
        const auto* per = findUnit(t[i + 2].text);
        if (const char* time = perTimeUnit(t[i + 2].text); unit != nullptr && time != nullptr) {
            return Match{3, std::string(unit->second.many) + " per " + time, "unit"};
        }
        if (unit != nullptr && per != nullptr && (per->first.size() >= 2 || per->first == "L" || per->first == "l" || per->first == "g")) {
            return Match{3, std::string(unit->second.many) + " per " + per->second.one, "unit"};
        }
    }
    // "3.2 × 10⁻³ s⁻¹", "2.1 W m⁻²", "M⁻¹ s⁻¹": a unit to a negative power after a figure or another unit, "per second",
    // "per square meter".
    if (isKind(t, i, Kind::Word) && isSym(t, i + 1, "\xE2\x81\xBB") && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        (isKind(t, i - 2, Kind::Number) || isKind(t, i - 2, Kind::Word) || isSym(t, i - 2, "\xC2\xB9") || isSym(t, i - 2, "\xC2\xB2") ||
         isSym(t, i - 2, "\xC2\xB3") || isSym(t, i - 2, "\xE2\x81\xB4")) &&
        !isKind(t, i + 3, Kind::Word)) {
        // (The single letters the table leaves out as too ambiguous are units here: "s⁻¹", "h⁻¹", "M⁻¹", "L⁻¹".)
        const std::string& w = t[i].text;
        const auto* unit = findUnit(w);
        const std::string name = unit != nullptr ? unit->second.one : w == "s" ? "second" : w == "h" ? "hour" : w == "M" ? "molar" : w == "L" ? "liter" : "";
        const char* power = isSym(t, i + 2, "\xC2\xB9") ? "" : isSym(t, i + 2, "\xC2\xB2") ? "square " : isSym(t, i + 2, "\xC2\xB3") ? "cubic " : nullptr;
        if (!name.empty() && power != nullptr) return Match{3, std::string("per ") + power + name, "unit"};
    }
    // "18.2/km2", "people/km²", "47.1/sq mi": a count per a measure (a unit of two letters or more, or
    // squared or cubed; "/h" and "/s" belong to the unit before them).
    // (The word before it counts: a plural or a unit, not "dd/mm/yyyy".)
    if (!isSym(t, i, "/") || i == 0 || isSym(t, i + 2, "/") || (i >= 2 && isSym(t, i - 2, "/"))) return std::nullopt;
    // ("95 gCO2/km": the lexicon's unit after a figure, its placeholder here.)
    const bool lexiconUnit = i >= 3 && isKind(t, i - 1, Kind::Word) && isLexiconPlaceholder(t[i - 1].text) &&
                             isKind(t, i - 2, Kind::Space) && isKind(t, i - 3, Kind::Number);
    if (!isKind(t, i - 1, Kind::Number) && !isPluralNounAt(t, i - 1) && !lexiconUnit &&
        !(isKind(t, i - 1, Kind::Word) && findUnit(t[i - 1].text) != nullptr)) {
        return std::nullopt;
    }
    const auto u = unitAt(t, i + 1, true);
    if (!u) return std::nullopt;
    const bool powered = u->one.compare(0, 7, "square ") == 0 || u->one.compare(0, 6, "cubic ") == 0;
    if (!powered && t[i + 1].text.size() < 2) return std::nullopt;
    return Match{u->end - i, " per " + u->one, "unit"};
}

// "24.5N 83.3W", "12.1S, 45.3E": a position by its latitude and longitude with their hemispheres' letters,
// as an advisory gives a storm's centre ("83.3W" alone would be watts). Both figures decimal, the pair
// together: "north" or "south" first, "east" or "west" second.
static std::optional<Match> coordinatesRule(const Tokens& t, std::size_t i) {
    const auto hemisphere = [&](std::size_t k, const char* letters) -> std::string {
        if (!isKind(t, k, Kind::Number) || t[k].text.find('.') == std::string::npos || !isKind(t, k + 1, Kind::Word) || t[k + 1].text.size() != 1 ||
            std::strchr(letters, t[k + 1].text[0]) == nullptr) {
            return "";
        }
        switch (t[k + 1].text[0]) {
            case 'N': return "north";
            case 'S': return "south";
            case 'E': return "east";
            default: return "west";
        }
    };
    // ("near latitude 25.4N, longitude 78.2W": each figure named by its word.)
    if (i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"latitude", "lat", "longitude", "long", "lon"})) {
        const std::string named = hemisphere(i, isWordIn(t, i - 2, {"latitude", "lat"}) ? "NS" : "EW");
        if (!named.empty()) return Match{2, numberWords(parseNumber(t[i].text)) + " " + named, "unit"};
    }
    const std::string latitude = hemisphere(i, "NS");
    if (latitude.empty()) return std::nullopt;
    std::size_t k = i + 2;
    if (isSym(t, k, ",")) ++k;
    if (!isKind(t, k, Kind::Space)) return std::nullopt;
    const std::string longitude = hemisphere(k + 1, "EW");
    if (longitude.empty()) return std::nullopt;
    return Match{k + 3 - i, numberWords(parseNumber(t[i].text)) + " " + latitude + ", " + numberWords(parseNumber(t[k + 1].text)) + " " + longitude,
                 "unit"};
}

std::optional<Match> unitRule(const Tokens& t, std::size_t i) {
    if (auto m = coordinatesRule(t, i)) return m;
    // "in the 3m to January", "on a 3m/3m annualised basis": economists' months, a period to a month or a period on the one
    // before it, never metres.
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && toInt(t[i].text) >= 1 && toInt(t[i].text) <= 24 && isKind(t, i + 1, Kind::Word) &&
        t[i + 1].text == "m") {
        const std::string months = wholeWords(t[i].text) + (t[i].text == "1" ? " month" : " months");
        if (isSym(t, i + 2, "/") && isKind(t, i + 3, Kind::Number) && t[i + 3].text == t[i].text && isKind(t, i + 4, Kind::Word) && t[i + 4].text == "m") {
            return Match{5, months + " on " + months, "unit"};
        }
        if (i >= 2 && isWordIn(t, i - 2, {"the"}) && isKind(t, i + 2, Kind::Space) && isWordIn(t, i + 3, {"to"}) && isKind(t, i + 4, Kind::Space) && isKind(t, i + 5, Kind::Word) &&
            monthFromName(t[i + 5].text) != 0 && isCapitalized(t[i + 5].text)) {
            return Match{2, months, "unit"};
        }
    }
    // "Dublin 6W", "Dublin 15": a city's postal district, its letter a letter ("six W"), no watts.
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() <= 2 && isKind(t, i + 1, Kind::Word) && t[i + 1].text == "W" &&
        !isKind(t, i + 2, Kind::Word) && i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"dublin", "d"})) {
        return Match{2, wholeWords(t[i].text) + " W", "code"};
    }
    // ("1-3\" of snow", "4-6\""): a range of inches, its mark after the second figure (no quotation open before it).
    if (isKind(t, i, Kind::Number) && isDash(t, i + 1) && isKind(t, i + 2, Kind::Number) && inchMarkAt(t, i + 3) && !isKind(t, i + 4, Kind::Word)) {
        const Num from = parseNumber(t[i].text), to = parseNumber(t[i + 2].text);
        if (from.valid && to.valid) return Match{4, numberWords(from) + " to " + numberWords(to) + " inches", "unit"};
    }
    // "Intel Core Ultra 7 258V", "the Arc 140V GPU": a chip's model, its letter glued after a maker's series (a name or
    // its number before it), in a sentence that speaks of chips and of no battery or charger ("a 12V battery", "a Bosch 18V
    // drill", "Tesla's 400V system" are volts).
    if (isKind(t, i, Kind::Number) && isKind(t, i + 1, Kind::Word) && t[i + 1].text == "V" && !isKind(t, i + 2, Kind::Word) && i >= 2 &&
        isKind(t, i - 1, Kind::Space) &&
        ((isKind(t, i - 2, Kind::Word) && std::isupper(static_cast<unsigned char>(t[i - 2].text[0])) && i >= 3 && !isSym(t, i - 3, "'") &&
          !isSym(t, i - 3, "\xE2\x80\x99") && t[i - 2].text != "The" && t[i - 2].text != "A") ||
         (isKind(t, i - 2, Kind::Number) && i >= 4 && isKind(t, i - 4, Kind::Word) && std::isupper(static_cast<unsigned char>(t[i - 4].text[0])))) &&
        anyWordIn(t, {"intel", "amd", "core", "ryzen", "arc", "gpu", "gpus", "cpu", "cpus", "chip", "chips", "chipset", "processor",
                      "processors", "laptop", "laptops", "graphics", "snapdragon", "qualcomm", "nvidia", "geforce", "radeon", "soc"}) &&
        !anyWordIn(t, {"battery", "batteries", "volt", "volts", "voltage", "charger", "charging", "mains", "outlet", "socket", "supply"})) {
        return std::nullopt;
    }
    // "asteroid 2025 KT7", "2024 YR4": a designation's letters glued to their number name no unit ("50 kt" is kilotons).
    if (isKind(t, i, Kind::Number) && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) && isUpperWord(t[i + 2].text) &&
        isKind(t, i + 3, Kind::Number)) {
        return std::nullopt;
    }
    // "dimmed by 0.02 mag": a star's brightness as astronomers write its change, in a sentence of the sky (a gun's "15 mag
    // clips" are magazines).
    if (isKind(t, i, Kind::Number) && isKind(t, i + 1, Kind::Space) && isWordIn(t, i + 2, {"mag"}) && !isKind(t, i + 3, Kind::Word) &&
        anyWordIn(t, {"star", "stars", "brightness", "dimmed", "dimming", "brightened", "telescope", "comet", "supernova", "astronomers",
                      "calibration", "photometry", "variable", "galaxy", "planet", "asteroid", "magnitude", "magnitudes", "systematic"})) {
        const Num n = parseNumber(t[i].text);
        if (n.valid) return Match{3, numberWords(n) + (t[i].text == "1" ? " magnitude" : " magnitudes"), "unit"};
    }
    // "112 ± 9 ka", "2.6 ± 0.3 Ma", "11,700 ± 99 BP": an age and its uncertainty, the unit written once after both and meant for
    // both, "one hundred twelve thousand years ago, plus or minus nine thousand years".
    if (isKind(t, i, Kind::Number)) {
        std::size_t k = i + 1;
        if (isKind(t, k, Kind::Space)) ++k;
        const bool plusMinus = isSym(t, k, "\xC2\xB1");
        if (plusMinus) ++k;
        if (plusMinus && isKind(t, k, Kind::Space)) ++k;
        if (plusMinus && isKind(t, k, Kind::Number) && isKind(t, k + 1, Kind::Space) && isKind(t, k + 2, Kind::Word) && !isKind(t, k + 3, Kind::Word) &&
            (t[k + 2].text == "ka" || t[k + 2].text == "Ma" || t[k + 2].text == "BP" || t[k + 2].text == "kyr" || t[k + 2].text == "Myr")) {
            const Num age = parseNumber(t[i].text), error = parseNumber(t[k].text);
            const std::string& unit = t[k + 2].text;
            const std::string scale = unit == "ka" || unit == "kyr" ? " thousand years" : unit == "Ma" || unit == "Myr" ? " million years" : " years";
            // (No "ago": such an age is as often a span, "lasted 20 ± 3 ka".)
            const std::string ago = unit == "BP" ? " before present" : "";
            if (age.valid && error.valid) {
                return Match{k + 3 - i, numberWords(age) + scale + ago + ", plus or minus " + numberWords(error) + scale, "unit"};
            }
        }
    }
    // "c. 37,000 BP", "dated to 12,800 cal BP", "45 ka": a date before the present, as archaeologists and geologists write
    // it ("years before present", "thousand years ago"), where the sentence dates something and speaks of no rates.
    if (isKind(t, i, Kind::Number) && isKind(t, i + 1, Kind::Space) && (isWordIn(t, i + 2, {"bp", "ka"}) || (isWordIn(t, i + 2, {"cal"}) &&
                                                                                                             isKind(t, i + 3, Kind::Space) &&
                                                                                                             isWordIn(t, i + 4, {"bp"}))) &&
        !isKind(t, isWordIn(t, i + 2, {"cal"}) ? i + 5 : i + 3, Kind::Word) &&
        anyWordIn(t, {"c", "ca", "circa", "dated", "dates", "dating", "years", "ago", "radiocarbon", "fossil", "fossils", "bones", "remains",
                      "archaeologists", "archaeological", "excavated", "sediment", "sediments", "settlement", "cave", "ice", "age"}) &&
        !anyWordIn(t, {"rate", "rates", "yield", "yields", "bond", "bonds", "spread", "basis", "cut", "hike", "bank", "fed"})) {
        const Num n = parseNumber(t[i].text);
        if (n.valid) {
            const bool ka = isWordIn(t, i + 2, {"ka"});
            const std::size_t end = isWordIn(t, i + 2, {"cal"}) ? i + 5 : i + 3;
            return Match{end - i, numberWords(n) + (ka ? " thousand years ago" : " years before present"), "unit"};
        }
    }
    // "the 6ft 1in forward", "he is 5ft 10in": a height in feet and inches is said as people say it, "six foot one",
    // joined by hyphens before the noun it describes ("six-foot-one forward").
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() == 1 && isWordIn(t, i + 1, {"ft"}) &&
        isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Number) && digitsOnly(t[i + 3].text) && toInt(t[i + 3].text) < 12 &&
        isWordIn(t, i + 4, {"in", "ins"}) && !isKind(t, i + 5, Kind::Word) &&
        !(isKind(t, i + 5, Kind::Space) && isWordIn(t, i + 6, {"high", "long", "wide", "deep", "thick", "away", "apart"}))) {
        const std::size_t end = isSym(t, i + 5, ".") && i + 6 < t.size() && isKind(t, i + 6, Kind::Space) && isKind(t, i + 7, Kind::Word) &&
                                        std::islower(static_cast<unsigned char>(t[i + 7].text[0]))
                                    ? i + 6
                                    : i + 5;
        const bool beforeNoun = isKind(t, end, Kind::Space) && isKind(t, end + 1, Kind::Word) && std::islower(static_cast<unsigned char>(t[end + 1].text[0])) &&
                                !isFunctionWord(t[end + 1].text) && !isWordIn(t, end + 1, {"tall"});
        const std::string sep = beforeNoun ? "-" : " ";
        return Match{end - i, wholeWords(t[i].text) + sep + "foot" + sep + wholeWords(t[i + 3].text), "unit"};
    }
    // "the default is 60 s", "a 5 s exposure": seconds written with their symbol apart, before a pause or a
    // word (not a year's "1960 s" from a broken "1960s").
    if (isKind(t, i, Kind::Number) && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) && t[i + 2].text == "s" &&
        !isKind(t, i + 3, Kind::Word) && !isSym(t, i + 3, "'") && !isSym(t, i + 3, "\xE2\x80\x99") && !(isYear(&t[i]) && t[i].text.back() == '0')) {
        const Num n = parseNumber(t[i].text);
        if (n.valid) return Match{3, numberWords(n) + (t[i].text == "1" ? " second" : " seconds"), "unit"};
    }
    // "lasts 4–8 s": a range of them, the symbol after its second figure.
    if (isKind(t, i, Kind::Number) && (isSym(t, i + 1, "-") || isSym(t, i + 1, "\xE2\x80\x93")) && isKind(t, i + 2, Kind::Number) &&
        isKind(t, i + 3, Kind::Space) && isKind(t, i + 4, Kind::Word) && t[i + 4].text == "s" && !isKind(t, i + 5, Kind::Word) &&
        !isSym(t, i + 5, "'") && !isSym(t, i + 5, "\xE2\x80\x99") && !isYear(&t[i + 2]) && !isYear(&t[i])) {
        const Num from = parseNumber(t[i].text);
        const Num to = parseNumber(t[i + 2].text);
        if (from.valid && to.valid) return Match{5, numberWords(from) + " to " + numberWords(to) + " seconds", "unit"};
    }
    // "$185 per cwt", "60 requests per min.": a unit after "per" alone, in the singular.
    if (isWordIn(t, i, {"per"}) && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) && t[i + 2].text.size() >= 2 &&
        !isWordIn(t, i + 2, {"in", "mo", "pt", "pts", "bp", "bps", "ms", "cal", "ha", "sec"})) {
        if (const auto unit = unitAt(t, i + 2, false)) return Match{unit->end - i, "per " + unit->one, "unit"};
    }
    std::size_t j = i;
    bool negative = false;
    if (isMinusSignAt(t, j)) {
        negative = true;
        ++j;
    }
    if (!isKind(t, j, Kind::Number)) return std::nullopt;
    // ("python3.15t", "cp315t": a program's or a build's name, its letter glued to the figures glued to a word, no tonnes.)
    // (A relay's "4x200m" has its "x" for "by".)
    if (j == i && i >= 1 && isKind(t, i - 1, Kind::Word) && t[i - 1].text.size() >= 2 && std::islower(static_cast<unsigned char>(t[i - 1].text.back())) &&
        isKind(t, i + 1, Kind::Word) && t[i + 1].text.size() == 1 && !isKind(t, i + 2, Kind::Word) && !isKind(t, i + 2, Kind::Number)) {
        return std::nullopt;
    }
    // "recall 25V-318", "24E-012": a year's figures, a capital and a serial after a hyphen are a campaign's or a
    // file's number ("twenty-five V, three eighteen"), no volts ("5V-12V" is a range of them).
    if (!negative && digitsOnly(t[j].text) && t[j].text.size() == 2 && isKind(t, j + 1, Kind::Word) && t[j + 1].text.size() == 1 &&
        std::isupper(static_cast<unsigned char>(t[j + 1].text[0])) && isSym(t, j + 2, "-") && isKind(t, j + 3, Kind::Number) &&
        digitsOnly(t[j + 3].text) && t[j + 3].text.size() >= 3 && !isKind(t, j + 4, Kind::Word) && !isSym(t, j + 4, "-") &&
        // (Not a measure's range, "48V-100 amps", "12V-240 volt": a unit after the second figure.)
        !(isKind(t, j + 4, Kind::Space) && isKind(t, j + 5, Kind::Word) && findUnit(t[j + 5].text) != nullptr)) {
        return Match{j + 4 - i, wholeWords(t[j].text) + " " + t[j + 1].text + ", " + identifierPart(t[j + 3].text), "code"};
    }
    // "Interstate 35W", "I-35E", "Highway 94N": a road's branch or direction glued to its number, no watts.
    if (!negative && isKind(t, j + 1, Kind::Word) && t[j + 1].text.size() == 1 && std::string_view("NSEW").find(t[j + 1].text[0]) != std::string_view::npos &&
        !isKind(t, j + 2, Kind::Word) && !isKind(t, j + 2, Kind::Number) && digitsOnly(t[j].text) && j >= 2) {
        const std::size_t road = j - 2;
        if ((isKind(t, j - 1, Kind::Space) || isSym(t, j - 1, "-")) &&
            isWordIn(t, road, {"interstate", "i", "highway", "hwy", "route", "rt", "us", "sr", "state", "freeway", "motorway"})) {
            return Match{2, wholeWords(t[j].text) + " " + t[j + 1].text, "unit"};
        }
    }
    // "lost 4 890MW", "17 340 MW": thousands set apart by spaces, as South African and European copy writes
    // them, before a unit of two letters or more (one letter may be a model's, "Core Ultra 7 155H").
    if (t[j].text.size() <= 3 && digitsOnly(t[j].text) && t[j].text[0] != '0' && isKind(t, j + 1, Kind::Space) &&
        isKind(t, j + 2, Kind::Number) && t[j + 2].text.size() == 3 && digitsOnly(t[j + 2].text) && (j == 0 || !isKind(t, j - 1, Kind::Number))) {
        std::string joined = t[j].text;
        std::size_t g = j + 1;
        while (isKind(t, g, Kind::Space) && isKind(t, g + 1, Kind::Number) && t[g + 1].text.size() == 3 && digitsOnly(t[g + 1].text)) {
            joined += t[g + 1].text;
            g += 2;
        }
        const bool glued = isKind(t, g, Kind::Word);
        const std::size_t u = glued ? g : isKind(t, g, Kind::Space) ? g + 1 : g;
        if (isKind(t, u, Kind::Word) && (t[u].text.size() >= 2 || (glued && t[u].text == "m"))) {
            if (const auto unit = unitAt(t, u, glued)) {
                const bool one = describesNoun(t, i, unit->end);
                return Match{unit->end - i, (negative ? "minus " : "") + wholeWords(joined) + " " + (one ? unit->one : unit->many), "unit"};
            }
        }
    }
    const Num n = parseNumber(t[j].text);
    if (!n.valid) return std::nullopt;
    std::string spoken = (negative ? "minus " : "") + numberWords(n);
    std::size_t k = j + 1;
    // "1032mb", "1008 hPa": a forecast's pressure in four figures, said in pairs ("ten thirty-two millibars").
    if (!negative && digitsOnly(t[j].text) && t[j].text.size() == 4 && t[j].text.compare(0, 2, "10") == 0 &&
        isWordIn(t, skip(t, k), {"mb", "mbar", "hpa", "millibars", "hectopascals"}) && !isKind(t, skip(t, k) + 1, Kind::Word)) {
        const std::string unit = lowerAscii(t[skip(t, k)].text);
        const std::string low = t[j].text.substr(2);
        // (Under ten over the thousand as the number it is, "one thousand and four": "ten oh four" is a clock's.)
        const std::string pairs = low == "00" ? std::string("one thousand") : low[0] == '0' ? numberWords(n) : "ten " + wholeWords(low);
        return Match{skip(t, k) + 1 - i, pairs + (unit == "hpa" || unit == "hectopascals" ? " hectopascals" : " millibars"), "unit"};
    }
    bool plural = !(isOne(n) && !negative && n.fraction.empty());
    // "3-6kg", "25-30C", "0-60 mph": a range sharing the unit.
    if (isDash(t, k) && isKind(t, k + 1, Kind::Number)) {
        const Num upper = parseNumber(t[k + 1].text);
        if (!upper.valid) return std::nullopt;
        spoken += rangeJoiner(t, i) + numberWords(upper);
        plural = true;
        k += 2;
    }
    // A blood pressure: "140/90 mmHg" is "a hundred and forty over ninety".
    // (Its unit written "mmHg" or "mm Hg".)
    if (isSym(t, k, "/") && isKind(t, k + 1, Kind::Number) && isKind(t, k + 2, Kind::Space)) {
        const std::size_t mercuryEnd = isWordIn(t, k + 3, {"mmhg"}) ? k + 4
                                       : isWordIn(t, k + 3, {"mm"}) && isKind(t, k + 4, Kind::Space) && isKind(t, k + 5, Kind::Word) &&
                                                 t[k + 5].text == "Hg"
                                           ? k + 6
                                           : 0;
        const Num lower = parseNumber(t[k + 1].text);
        if (mercuryEnd != 0 && lower.valid) {
            return Match{mercuryEnd - i, spoken + " over " + numberWords(lower) + " millimeters of mercury", "unit"};
        }
    }
    // "10+ yrs": at least that many, "ten-plus years".
    if (isSym(t, k, "+") && isKind(t, k + 1, Kind::Space) && isKind(t, k + 2, Kind::Word) && findUnit(t[k + 2].text) != nullptr &&
        t[k + 2].text.size() >= 2) {
        if (const auto unit = unitAt(t, k + 2, false)) return Match{unit->end - i, spoken + "-plus " + unit->many, "unit"};
    }
    // "6.4 billion km", "5,000 sq km"
    if (isKind(t, k, Kind::Space) && isKind(t, k + 1, Kind::Word)) {
        const auto m = magnitudes().find(lowerAscii(t[k + 1].text));
        if (m != magnitudes().end() && m->first == m->second && isKind(t, k + 2, Kind::Space) && isKind(t, k + 3, Kind::Word) &&
            findUnit(t[k + 3].text) != nullptr) {
            spoken += " " + m->second;
            plural = true;
            k += 2;
        }
    }
    // A race's times and gaps in minutes and seconds ("won in 36'12"", "9" ahead", "1'08" down"): the
    // marks of feet and inches, in a sentence about a race.
    // (The sentence is read for its words only after a mark of minutes or seconds: this runs at every number.)
    const auto secondsMark = [&](std::size_t m) { return isSym(t, m, "\"") || isSym(t, m, "\xE2\x80\xB3"); };
    const bool marked = isSym(t, k, "'") || isSym(t, k, "\xE2\x80\xB2") || secondsMark(k);
    // (Or after the hours of the same time: "crossed the line in 4h 32' 10"".)
    const bool afterHours = i >= 3 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"h"}) && isKind(t, i - 3, Kind::Number);
    // (Or where no height could be written so: "39'41"" has more inches than a foot holds, "3'09"" a second's leading
    // zero, "+1'08"" a gap's sign.)
    const bool clockMarks = (isSym(t, k, "'") || isSym(t, k, "\xE2\x80\xB2")) && isKind(t, k + 1, Kind::Number) && t[k + 1].text.size() == 2 &&
                            digitsOnly(t[k + 1].text) && secondsMark(k + 2) &&
                            (toInt(t[k + 1].text) >= 12 || t[k + 1].text[0] == '0' || (j >= 1 && isSym(t, j - 1, "+")));
    if (marked && n.fraction.empty() && k == j + 1 &&
        (afterHours || clockMarks || anyWordIn(t, {"stage", "trial", "race", "ahead", "behind", "gap", "lap", "finished", "clocked", "won", "winner", "peloton",
                                     "seconds", "leader", "overall", "sprint", "breakaway", "podium", "slalom", "downhill"})) &&
        !anyWordIn(t, {"tall", "height", "stands", "standing", "measures", "measuring"})) {
        // (The seconds one space apart too after the hours, "4h 32' 10""; "6' 11"" with a space is a height.)
        const std::size_t s = afterHours ? skip(t, k + 1) : k + 1;
        if ((isSym(t, k, "'") || isSym(t, k, "\xE2\x80\xB2")) && isKind(t, s, Kind::Number) && t[s].text.size() == 2 && digitsOnly(t[s].text) &&
            secondsMark(s + 1) && toInt(t[s].text) <= 59) {
            return Match{s + 2 - i, countOf(toInt(n.whole), "minute", "minutes") + " " + countOf(toInt(t[s].text), "second", "seconds"),
                         "unit"};
        }
        if (secondsMark(k) && toInt(n.whole) <= 59 && n.whole.size() <= 2) {
            const std::size_t after = skip(t, k + 1);
            if (isWordIn(t, after, {"ahead", "behind", "down", "up", "back", "faster", "slower", "clear", "off", "adrift", "of", "to", "on"}) ||
                isSym(t, k + 1, ",") || isSym(t, k + 1, ".")) {
                return Match{k + 1 - i, countOf(toInt(n.whole), "second", "seconds"), "unit"};
            }
        }
    }
    // Feet and inches: 6'2", 5' 11", a 65" screen.
    // ("the 737's engines" is a possessive, not feet; "'Tiny Titans 2'" closes the quotation it opened.)
    const auto quoteOpened = [&] { return singleQuoteOpenBefore(t, i); };
    // ("the 5'-ATGG…-3' end", "the 3' UTR": a strand's end, five prime or three prime, never feet.)
    const auto bases = [&](std::size_t b) {  // a run of a strand's letters, "ATGG"
        return isKind(t, b, Kind::Word) && t[b].text.size() >= 3 && t[b].text.find_first_not_of("ACGTU") == std::string::npos;
    };
    if ((isSym(t, k, "'") || isSym(t, k, "\xE2\x80\xB2")) && k == j + 1 && (n.whole == "5" || n.whole == "3") && n.fraction.empty() &&
        ((isSym(t, k + 1, "-") && bases(k + 2)) ||
         isWordIn(t, skip(t, k + 1), {"utr", "utrs", "untranslated", "terminus", "flank", "overhang"}) ||
         (isWordIn(t, skip(t, k + 1), {"end", "ends", "cap"}) &&
          anyWordIn(t, {"dna", "rna", "mrna", "gene", "genes", "strand", "strands", "primer", "primers", "sequence", "enzyme", "codon", "exon", "intron"})) ||
         (i >= 2 && isSym(t, i - 1, "-") && bases(i - 2)))) {
        return Match{k + 1 - i, spoken + " prime", "unit"};
    }
    // (Inches after it make it feet whatever came before: "'He is 6' 9\" tall,' she said".)
    const std::size_t inchesAt = skip(t, k + 1);
    const bool inchesAfter = isKind(t, inchesAt, Kind::Number) && (isSym(t, inchesAt + 1, "\"") || isSym(t, inchesAt + 1, "\xE2\x80\xB3"));
    if ((isSym(t, k, "\xE2\x80\xB2") || (isSym(t, k, "'") && !(isKind(t, k + 1, Kind::Word) && t[k + 1].text == "s") && (inchesAfter || !quoteOpened()))) &&
        k == j + 1) {
        std::string out = spoken + (isOne(n) ? " foot" : " feet");
        std::size_t end = k + 1;
        const std::size_t in = skip(t, end);
        if (isKind(t, in, Kind::Number) && (isSym(t, in + 1, "\"") || isSym(t, in + 1, "\xE2\x80\xB3"))) {
            const Num inches = parseNumber(t[in].text);
            out += " " + numberWords(inches) + (isOne(inches) ? " inch" : " inches");
            end = in + 2;
            // "the 6'2" quarterback": a height before its noun is "six-foot-two".
            if (isKind(t, end, Kind::Space) && isKind(t, end + 1, Kind::Word) &&
                std::islower(static_cast<unsigned char>(t[end + 1].text[0])) && beforeNoun(t, i, end)) {
                out = spoken + "-foot-" + numberWords(inches);
            }
        } else if (i >= 2 && isWordIn(t, i - 2, {"a", "an"}) && isKind(t, end, Kind::Space) && isKind(t, end + 1, Kind::Word) &&
                   std::islower(static_cast<unsigned char>(t[end + 1].text[0])) && beforeNoun(t, i, end)) {
            out = spoken + "-foot";  // "a 53' trailer": "a fifty-three-foot trailer"
        }
        return Match{end - i, out, "unit"};
    }
    // (A straight quote closes a quotation when an odd number of them stand before it: '"Toy Story 4"
    // grossed'.)
    // (Inch marks, each right after its number, are not counted: "Miami 4.21", Erie 18"".)
    std::size_t quotesBefore = 0;
    if (isSym(t, k, "\"")) {
        for (std::size_t q = 0; q < i; ++q) quotesBefore += isSym(t, q, "\"") && !(q > 0 && isKind(t, q - 1, Kind::Number)) ? 1 : 0;
    }
    const bool closingQuote = isSym(t, k, "\"") && quotesBefore % 2 == 1;
    // "8"-12"": a range with an inch mark on each end.
    if ((isSym(t, k, "\"") || isSym(t, k, "\xE2\x80\xB3")) && k == j + 1 && isDash(t, k + 1) && isKind(t, k + 2, Kind::Number) &&
        (isSym(t, k + 3, "\"") || isSym(t, k + 3, "\xE2\x80\xB3"))) {
        const Num upper = parseNumber(t[k + 2].text);
        if (upper.valid) return Match{k + 4 - i, spoken + rangeJoiner(t, i) + numberWords(upper) + " inches", "unit"};
    }
    if ((isSym(t, k, "\"") || isSym(t, k, "\xE2\x80\xB3")) && k == j + 1 && !closingQuote) {
        // An inch mark, not a closing quote: a number right before it and a noun or the clause's end after.
        const std::size_t after = skip(t, k + 1);
        // The noun may be an initialism or a product's size: a 65" TV, a 65" 4K set, a 55" OLED.
        const bool initialism = isKind(t, after, Kind::Word) && t[after].text.size() >= 2 &&
                                std::all_of(t[after].text.begin(), t[after].text.end(),
                                            [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
        const bool sizeCode = isKind(t, after, Kind::Number) && isKind(t, after + 1, Kind::Word);
        const bool noun = (isKind(t, after, Kind::Word) && std::islower(static_cast<unsigned char>(t[after].text[0]))) ||
                          initialism || sizeCode;
        if ((noun && beforeNoun(t, i, k + 1)) || initialism || sizeCode) return Match{k + 1 - i, spoken + "-inch", "unit"};
        if (noun || after >= t.size() || isSym(t, after, ".") || isSym(t, after, ",") || isSym(t, after, ";")) {
            return Match{k + 1 - i, spoken + (plural ? " inches" : " inch"), "unit"};
        }
        return std::nullopt;
    }
    // Degrees: "-5°C", "30 °F", "90°", and "25-30C", "30C" glued.
    std::size_t d = skip(t, k);
    if (isSym(t, d, "\xC2\xB0") || isSym(t, d, "\xE2\x84\x83") || isSym(t, d, "\xE2\x84\x89")) {
        std::string out = spoken + (plural ? " degrees" : " degree");
        std::size_t end = d + 1;
        if (isSym(t, d, "\xE2\x84\x83")) out += " Celsius";
        if (isSym(t, d, "\xE2\x84\x89")) out += " Fahrenheit";
        if (isKind(t, end, Kind::Word) && (t[end].text == "C" || t[end].text == "F")) {
            out += t[end].text == "C" ? " Celsius" : " Fahrenheit";
            ++end;
        } else if (isKind(t, end, Kind::Word) && !isKind(t, end + 1, Kind::Word) &&
                   (t[end].text == "N" || t[end].text == "S" || t[end].text == "E" || t[end].text == "W")) {
            // "25.1°N 89.4°W": a latitude or a longitude.
            out += t[end].text == "N" ? " north" : t[end].text == "S" ? " south" : t[end].text == "E" ? " east" : " west";
            ++end;
        }
        return Match{end - i, out, "unit"};
    }
    // "-30 C", "a low of 14 C": spaced, in a forecast or below zero.
    const bool spacedDegrees = d == k + 1 && isKind(t, k, Kind::Space) && isKind(t, d, Kind::Word) &&
                               (t[d].text == "C" || t[d].text == "F") && !isKind(t, d + 1, Kind::Word) && !isSym(t, d + 1, "-") &&
                               (negative || anyWordIn(t, {"temperature", "temperatures", "degrees", "cold", "warm", "heat",
                                                          "low", "high", "lows", "highs", "chill", "frost", "forecast",
                                                          "freezing", "heatwave"}));
    if (spacedDegrees) {
        return Match{d + 1 - i, spoken + (plural ? " degrees " : " degree ") + (t[d].text == "C" ? "Celsius" : "Fahrenheit"), "unit"};
    }
    // (Not a block's, a unit's or a gate's number with its letter: "Blk 1C", "Flat 2F", "Gate 4C".)
    const bool labelled = i >= 2 && (isWordIn(t, i - 2, {"blk", "block", "flat", "unit", "apt", "apartment", "gate", "room", "suite", "stand",
                                                         "bay", "platform", "level", "floor", "ward", "bed", "row", "seat", "zone", "no"}) ||
                                     // (A ballot's measure, a route's or a district's number, named with its capital: "Measure 2C fails";
                                     // "each building 2C cooler" is a warming.)
                                     (isCapitalized(t[i - 2].text) &&
                                      isWordIn(t, i - 2, {"measure", "proposition", "prop", "question", "amendment", "route", "district", "precinct",
                                                          "terminal", "pier", "berth", "exit", "lot", "sector", "building", "hall", "court",
                                                          "phase", "stage", "tier", "class", "grade"})) ||
                                     (isSym(t, i - 2, ".") && i >= 3 && isWordIn(t, i - 3, {"no", "blk", "apt"})) || isSym(t, i - 1, "#") ||
                                     // (a law's section with its letter, "affray (s.93C)", "§ 34C", "section 193C")
                                     (isSym(t, i - 1, ".") && isWordIn(t, i - 2, {"s", "ss", "sec", "secs", "art", "r", "reg", "cl", "para"})) ||
                                     (i >= 3 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ".") &&
                                      isWordIn(t, i - 3, {"s", "ss", "sec", "secs", "art", "r", "reg", "cl", "para"})) ||
                                     isSym(t, i - 1, "\xC2\xA7") || (isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, "\xC2\xA7")) ||
                                     (isWordIn(t, i - 2, {"section", "sections", "subsection", "clause", "article", "rule", "regulation"}) &&
                                      !anyWordIn(t, {"temperature", "temperatures", "degrees", "cold", "warm", "heat", "hot", "weather",
                                                     "forecast", "heatwave", "freezing"})) ||
                                     // (or the lexicon's word for it, "Blk" said "Block")
                                     (isLexiconPlaceholder(t[i - 2].text) && isCapitalized(t[i - 2].text) && t[i].text.size() <= 3));
    // (Nor a tax law's section, "₹1.5 lakh under 80C", "deductions such as 80C and 80D", in a sentence of taxes and no weather.)
    // (India's chapter of deductions, "80C", "80CCD": a section's figure is eighty.)
    const bool sectionWord = isWordIn(t, i >= 2 ? i - 2 : t.size(), {"section", "sec", "sections", "u/s"});
    const bool taxSection = isKind(t, k, Kind::Word) && t[k].text == "C" && (sectionWord || t[i].text == "80") &&
                            (sectionWord ||
                             anyWordIn(t, {"taxpayers", "deduction", "deductions", "deductible", "lakh", "regime", "itr",
                                           "exemption", "exemptions", "rebate"})) &&
                            !anyWordIn(t, {"temperature", "temperatures", "degrees", "cold", "warm", "heat", "hot", "weather", "forecast",
                                           "heatwave", "freezing"});
    // (Nor a battery's charge or discharge rate, "a peak rate of 4C", "Continuous discharge: 3C", said "four C": a figure
    // under ten where the sentence speaks of a battery's charge and of no temperature.)
    const bool cRate = isKind(t, k, Kind::Word) && t[k].text == "C" && !negative && n.whole.size() == 1 &&
                       anyWordIn(t, {"charge", "charging", "discharge", "discharging", "c-rate"}) &&
                       anyWordIn(t, {"battery", "batteries", "cell", "cells", "lithium", "anode", "cathode", "pack", "packs"}) &&
                       !anyWordIn(t, {"temperature", "temperatures", "degrees", "cold", "warm", "warmer", "cooler", "heat", "hot", "weather",
                                      "forecast", "heatwave", "freezing", "celsius", "thermal", "above", "below", "between", "low", "lows", "high",
                                      "highs", "overnight", "frost", "fridge", "freezer", "refrigerated", "chilled", "stored", "storage"});
    if (cRate && !labelled && !taxSection && !isKind(t, k + 1, Kind::Word)) return Match{k + 1 - i, spoken + " C", "unit"};
    if (d == k && !labelled && !taxSection && isKind(t, k, Kind::Word) && (t[k].text == "C" || t[k].text == "F") && !isKind(t, k + 1, Kind::Word) &&
        !isSym(t, k + 1, "-")) {
        return Match{k + 1 - i, spoken + (plural ? " degrees " : " degree ") + (t[k].text == "C" ? "Celsius" : "Fahrenheit"),
                     "unit"};
    }
    // "between 250 and 400 K", "~255 K": kelvin, spaced from its number, where the sentence speaks of heat
    // and cold ("a 400 K salary" and "5K" glued are thousands).
    // (Not before what the thousands count: "300 K residents", "an 8 K display".)
    const bool countedAfter = isKind(t, d + 1, Kind::Space) && isKind(t, d + 2, Kind::Word) &&
                              !isWordIn(t, d + 2, {"and", "or", "to", "at", "in", "on", "for", "with", "while", "but", "as", "by", "when",
                                                   "than", "is", "was", "are", "were", "and", "from",
                                                   // (a comparison, "0.012 K above absolute zero")
                                                   "above", "below", "over", "under", "higher", "lower", "warmer", "colder", "hotter"});
    if (d == k + 1 && isKind(t, k, Kind::Space) && isKind(t, d, Kind::Word) && t[d].text == "K" && !isKind(t, d + 1, Kind::Word) &&
        !isSym(t, d + 1, "-") && !isSym(t, d + 1, "'") && !countedAfter &&
        (anyWordIn(t, {"temperature", "temperatures", "kelvin", "kelvins", "hot", "hotter", "cold", "colder", "warm", "warmer", "cool",
                       "cooled", "cooling", "heated", "heating", "thermal", "melting", "boiling", "freezing", "surface", "plasma",
                       "superconducting", "superconductor", "cryogenic", "absolute", "equilibrium", "atmosphere", "degrees",
                       "celsius", "fahrenheit", "dayside", "nightside"}) ||
         // (Or beside a temperature in degrees: "280°C (553 K)".)
         std::any_of(t.begin(), t.end(), [](const Token& x) { return x.text.find("\xC2\xB0") != std::string::npos; }))) {
        return Match{d + 1 - i, spoken + " kelvin", "unit"};
    }
    // "a 23yo man", "a 35-y/o man", "a 21-y.o. woman", "a 35 y/o": an age written short.
    if (n.fraction.empty() && !negative) {
        const std::size_t a = isSym(t, k, "-") ? k + 1 : skip(t, k);
        // ("y.o." is one token, its dots kept as an initialism's.)
        if (isKind(t, a, Kind::Word) && (t[a].text == "y.o." || t[a].text == "yo") && !isKind(t, a + 1, Kind::Word)) {
            return Match{a + 1 - i, spoken + "-year-old", "unit"};
        }
        if (isWordIn(t, a, {"y"}) && isSym(t, a + 1, "/") && isWordIn(t, a + 2, {"o"})) {
            return Match{a + 3 - i, spoken + "-year-old", "unit"};
        }
    }
    // "1-in-83", "a 1-in-100-year flood": odds, not inches; "one-in-a-hundred", as odds of a round figure are said.
    if (isSym(t, k, "-") && isWordIn(t, k + 1, {"in"}) && isSym(t, k + 2, "-") && isKind(t, k + 3, Kind::Number)) {
        static const std::map<std::string, std::string> kRound{{"100", "a-hundred"}, {"1000", "a-thousand"}, {"1,000", "a-thousand"},
                                                               {"10000", "ten-thousand"}, {"10,000", "ten-thousand"},
                                                               {"1000000", "a-million"}, {"1,000,000", "a-million"}};
        if (const auto round = kRound.find(t[k + 3].text); round != kRound.end() && spoken == "one" && !negative) {
            return Match{k + 4 - i, "one-in-" + round->second, "number"};
        }
        return std::nullopt;
    }
    // "a 10-km run", "32-yr-old": a hyphenated measure describes the noun after it, in the singular.
    if (isSym(t, k, "-") && !negative) {
        if (auto u = unitAt(t, k + 1, true)) {
            return Match{u->end - i, spoken + "-" + u->one, "unit"};
        }
    }
    const bool glued = d == k;
    // "9.79s", "0.066s ahead": a decimal glued to "s" is a time in seconds (a whole number is a plural).
    if (glued && isKind(t, d, Kind::Word) && t[d].text == "s" && !n.fraction.empty() && !isKind(t, d + 1, Kind::Word)) {
        return Match{d + 1 - i, spoken + " seconds", "unit"};
    }
    // "a lead of more than 8s", "a 5s time penalty": a whole number glued to "s" in a race's gaps and penalties is
    // seconds too, where the sentence times something (a decade, "the 80s", or plural figures, "8s and 9s", are not).
    if (glued && isKind(t, d, Kind::Word) && t[d].text == "s" && n.fraction.empty() && !negative && n.whole.size() <= 2 &&
        !isKind(t, d + 1, Kind::Word) && !(isKind(t, d + 1, Kind::Space) && isWordIn(t, d + 2, {"and", "or"}) && isKind(t, d + 4, Kind::Number) &&
          isWordIn(t, d + 5, {"s"})) &&
        (isWordIn(t, i - 2, {"than", "of", "by", "within", "about", "around", "nearly", "almost", "just", "a", "another", "extra"}) ||
         isSym(t, i - 1, "+")) &&
        anyWordIn(t, {"lap", "laps", "gap", "penalty", "penalties", "stint", "pit", "pitstop", "behind", "ahead", "clear", "quicker",
                      "slower", "faster", "lead", "deficit", "margin", "seconds", "stage", "split"})) {
        // ("a 5s time penalty": only before what a race times; "a 7s squad" is rugby sevens'.)
        if (isKind(t, d + 1, Kind::Space) && isKind(t, d + 2, Kind::Word) && isWordIn(t, i - 2, {"a", "another", "extra"})) {
            if (!isWordIn(t, d + 2, {"time", "penalty", "gap", "lead", "advantage", "deficit", "margin", "stop", "pit", "delay", "drive-through"})) {
                return std::nullopt;
            }
            return Match{d + 1 - i, spoken + "-second", "unit"};
        }
        if (isWordIn(t, i - 2, {"a", "another", "extra"}) && !isKind(t, d + 1, Kind::Space)) return std::nullopt;
        return Match{d + 1 - i, spoken + (spoken == "one" ? " second" : " seconds"), "unit"};
    }
    auto u = unitAt(t, d, glued);
    if (!u) return std::nullopt;
    // ("The 2024 GT model", "the 2023 Gt figure": a year before a model's name or a figure's, no tonnage; a tonnage is
    // written with its thousands' comma, "130,000 GT".)
    if (n.fraction.empty() && n.whole.size() == 4 && (n.whole.rfind("19", 0) == 0 || n.whole.rfind("20", 0) == 0) &&
        t[i].text.find(',') == std::string::npos && (t[d].text == "GT" || t[d].text == "Gt" || t[d].text == "DWT" || t[d].text == "GRT")) {
        return std::nullopt;
    }
    // "0.97 g on the skidpad", "pulled 9 g": a force in g, the letter said, where grip, cornering or acceleration is
    // spoken of (no weight is given in a gram or two).
    if (t[d].text == "g" && toInt(n.whole.empty() ? "0" : n.whole) < 15 &&
        anyWordIn(t, {"skidpad", "lateral", "cornering", "g-force", "g-forces", "acceleration", "braking", "grip", "centrifuge", "pulled",
                      "pulling", "withstand", "withstood", "pilots", "pilot", "astronauts", "astronaut", "rollercoaster"})) {
        return Match{u->end - i, spoken + " g", "unit"};
    }
    // "an 11.7T magnet", "a 3T MRI": a field in teslas, only where a magnet or a scanner follows.
    if (t[d].text == "T" && !isWordIn(t, skip(t, u->end), {"magnet", "magnets", "mri", "scanner", "scanners", "field", "fields"})) {
        return std::nullopt;
    }
    // "fell to 897 mb": in lower case, a pressure's millibars where the sentence speaks of weather.
    if (t[d].text == "mb" &&
        anyWordIn(t, {"pressure", "storm", "hurricane", "typhoon", "cyclone", "low", "barometer", "isobar"})) {
        u->one = "millibar";
        u->many = "millibars";
    }
    // "1.5m people", "the country's 67m people": attached to a decimal, or counting what follows (a
    // plural that is not measured in meters, as waves and hurdles are), "m" is a million.
    // A height, a length or a throw is measured to the centimeter ("cleared 6.25m", "threw 92.97m").
    // (Unless what is counted is named: "NHS waiting lists fell to 7.54m".)
    const bool countedThings = anyWordIn(t, {"list", "lists", "people", "patients", "users", "viewers", "customers", "subscribers",
                                             "households", "homes", "jobs", "voters", "visitors", "passengers", "tourists", "cases",
                                             "waiting", "population", "residents", "workers", "members", "downloads", "followers",
                                             "taxpayers", "claimants", "pensioners", "employees", "staff", "students", "children",
                                             "adults", "applicants", "recipients", "borrowers", "savers", "investors", "shareholders"}) ||
                               // ("the number of … has risen from 555k to 1.13m": a count in thousands beside it)
                               std::any_of(t.begin(), t.end(), [](const Token& k) {
                                   return k.kind == Kind::Number && k.text.size() >= 2 && (k.text.back() == 'k' || k.text.back() == 'K');
                               }) ||
                               std::any_of(t.begin(), t.end(), [](const Token& k) { return k.kind == Kind::Word && (k.text == "k" || k.text == "K"); }) ||
                               // ("41.07m tonnes (2023: 35.88m)": another figure of the sentence counts things in millions, and this one
                               // compares with it.)
                               [&] {
                                   // (This one bare, with no thing of its own after it: "a 2.35m fence" is a length; and compared with the
                                   // other, as a bracket's "(2023: 35.88m)" is said: "the tide was 14.62m, and 1.2m households…" are two.)
                                   if (!anyWordIn(t, {"compared"})) return false;
                                   const std::size_t next = skip(t, u->end);
                                   if (isKind(t, next, Kind::Word) && !isWordIn(t, next, {"in", "a", "last", "this", "from", "to", "and", "or", "on"})) {
                                       return false;
                                   }
                                   for (std::size_t k = 0; k + 2 < t.size(); ++k) {
                                       if (k != i && isKind(t, k, Kind::Number) && isKind(t, k + 1, Kind::Word) && t[k + 1].text == "m" &&
                                           countsPlural(t, k + 2)) {
                                           return true;
                                       }
                                   }
                                   return false;
                               }();
    // (A list named shortly before the figure, the sentence's subject: "The waiting list has fallen below 7m".)
    const bool listBefore = [&] {
        for (std::size_t k = i, seen = 0; k-- > 0 && seen < 10;) {
            if (!isKind(t, k, Kind::Word)) continue;
            ++seen;
            if (isWordIn(t, k, {"list", "lists"})) return true;
        }
        return false;
    }();
    // (A currency's sign anywhere in the sentence: its figures in "m" are money's.)
    const auto currencySign = [&] {
        return std::any_of(t.begin(), t.end(), [](const Token& k) { return k.kind == Kind::Symbol && prefixCurrencies().count(k.text) != 0; });
    };
    // ("a resolution of 0.98m panchromatic and 3.9m multispectral": beside another figure in metres to the centimetre, a
    // figure of the same kind is in metres too.)
    // (The two set side by side, "and" or "or" between them and a word of their own after each, nothing in between that
    // money or a count would be.)
    const auto besideMetres = [&] {
        if (countedThings) return false;
        const bool sideBySide = std::any_of(t.begin(), t.end(), [&](const Token& k) {
            const std::size_t at = static_cast<std::size_t>(&k - t.data());
            if (at == i || k.kind != Kind::Number || !isKind(t, at + 1, Kind::Word) || t[at + 1].text != "m") return false;
            const std::size_t dot = k.text.find('.');
            if (dot == std::string::npos || k.text.size() - dot - 1 < 2) return false;
            const std::size_t from = std::min(at, i), to = std::max(at, i);
            if (to - from > 8) return false;
            bool joined = false;
            for (std::size_t m = from + 2; m < to; ++m) joined = joined || isWordIn(t, m, {"and", "or"});
            return joined;
        });
        return sideBySide &&
               !anyWordIn(t, {"paid", "pay", "cost", "costs", "budget", "worth", "million", "billion", "spent", "spend", "sold", "raised",
                              "funding", "revenue", "profit", "deal", "fund", "funds", "grant", "loan", "fined", "price", "prices", "bought",
                              "contract", "salary", "prize", "earned", "earn", "earns", "wage", "wages", "fee", "fees", "transfer", "offered",
                              "bid", "strong", "people", "residents"}) &&
               !currencySign();
    };
    // ("cut the draft to 13.7m (44.9ft), down from 15.2m": a figure in "m" given again in feet is in metres, and so is
    // another figure in "m" beside it, in a sentence with no money.)
    const auto inFeetAfter = [&](std::size_t k) {
        if (!isKind(t, k, Kind::Number) || !isKind(t, k + 1, Kind::Word) || t[k + 1].text != "m") return false;
        std::size_t b = k + 2;
        while (isKind(t, b, Kind::Space)) ++b;
        if (!isSym(t, b, "(") || !isKind(t, b + 1, Kind::Number)) return false;
        std::size_t unit = b + 2;
        while (isKind(t, unit, Kind::Space)) ++unit;
        return isWordIn(t, unit, {"ft", "feet", "foot", "in", "inches"}) || isSym(t, unit, "'") || isSym(t, unit, "\xE2\x80\xB2");
    };
    // ("531ft (161.8m)": a length in feet given again in brackets in "m" is in metres, whatever else the sentence says.)
    const bool feetBefore = [&] {
        std::size_t b = i;
        while (b > 0 && isKind(t, b - 1, Kind::Space)) --b;
        if (b == 0 || !isSym(t, b - 1, "(")) return false;
        std::size_t unit = b - 1;
        while (unit > 0 && isKind(t, unit - 1, Kind::Space)) --unit;
        if (unit < 2) return false;
        const bool feet = isWordIn(t, unit - 1, {"ft", "feet", "foot"}) || isSym(t, unit - 1, "'") ||
                          isSym(t, unit - 1, "\xE2\x80\xB2");
        std::size_t figure = unit - 1;
        while (figure > 0 && isKind(t, figure - 1, Kind::Space)) --figure;
        return feet && figure > 0 && isKind(t, figure - 1, Kind::Number);
    }();
    const bool givenInFeet = feetBefore || (!countedThings && !currencySign() && [&] {
        for (std::size_t k = 0; k < t.size(); ++k) {
            if (inFeetAfter(k)) return true;
        }
        return false;
    }());
    // ("two 120m pylons", "three 1.5m walls": a count of things, each of the figure's size.)
    const bool eachOfSize = !countedThings && i >= 2 && isKind(t, i - 1, Kind::Space) &&
                            isWordIn(t, i - 2, {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twin", "both", "several"});
    // ("carried out 1.5m below the foundations": a depth or a size said by the word after it.)
    // (Not a count's: "1.5m below the poverty line", "1.3m high-income households".)
    const std::size_t sizeWord = skip(t, u->end);
    const bool sizedAfter = !currencySign() && !countedThings &&
                            isWordIn(t, sizeWord, {"below", "beneath", "underground", "deep", "high", "wide", "long", "tall", "thick", "apart"}) &&
                            !isDash(t, sizeWord + 1) &&
                            !anyWordIn(t, {"poverty", "people", "households", "homes", "mortgages", "users", "customers", "jobs", "residents",
                                           "children", "workers", "voters", "viewers", "subscribers", "passengers", "patients", "visitors"});
    // ("The 399.9m Kestrel Horizon ran aground": a ship's length before its name, in a sentence of ships and no money.)
    // (The name two capitalized words at least, then no money's word: "the 1.5m Singapore dollar fine", "the 2.5m Stena Line deal".)
    const auto namedShip = [&] {
        std::size_t k = sizeWord, words = 0;
        while (isKind(t, k, Kind::Word) && isCapitalized(t[k].text)) {
            ++words;
            k = skip(t, k + 1);
        }
        return words >= 2 && !isWordIn(t, k, {"dollar", "dollars", "krone", "kroner", "pound", "pounds", "euro", "euros", "yen", "deal", "fine",
                                               "loss", "settlement", "refit", "show", "contract", "order", "fund", "bid", "sale", "loan", "bond"});
    };
    const bool shipsLength = !currencySign() && !countedThings && isKind(t, sizeWord, Kind::Word) && isCapitalized(t[sizeWord].text) &&
                             i >= 2 && isWordIn(t, i - 2, {"the", "a", "its", "her"}) && namedShip() &&
                             anyWordIn(t, {"ship", "ships", "vessel", "vessels", "boxship", "tanker", "carrier", "freighter", "ferry", "aground",
                                           "teu", "hull", "cruise", "liner", "container", "bulker", "yacht", "superyacht", "frigate", "destroyer"});
    const bool measured = (n.fraction.size() >= 2 && !countedThings) || eachOfSize || givenInFeet || sizedAfter || shipsLength || besideMetres() ||
                          isWordIn(t, i >= 2 ? i - 2 : t.size(),
                                                             {"cleared", "jumped", "leapt", "leaped", "vaulted", "threw",
                                                              "thrown", "hurled", "measured", "measuring", "measures"}) ||
                          // (A drill hole's intercept, "6.2m at 5.7 g/t from 203.8m": its lengths and depths; holes where drilling
                          // or a drill's kind is named, a golf course's or a budget's are none.)
                          ((anyWordIn(t, {"drillhole", "drillholes", "intersects", "intersected", "intersection", "intercept", "intercepts",
                                          "intercepted", "downhole", "assays", "assayed"}) ||
                            assayGrade(t) ||
                            (anyWordIn(t, {"hole", "holes", "tail", "tails", "diamond", "core"}) && anyWordIn(t, {"drilling", "drilled", "drill", "drills"})) ||
                            (anyWordIn(t, {"hole", "holes"}) && anyWordIn(t, {"rc", "diamond", "core"}))) &&
                           !anyWordIn(t, {"purse", "prize", "budget", "loss", "losses", "debt", "deficit", "funding", "shortfall", "revenue",
                                          "profit", "raised", "placement", "cash"}));
    // So is a river's or the sea's height ("the river approaches 10.6m") or an animal's length ("a 1.2m
    // shark"), in a sentence without money. (People counted in a flood story, "residents were told", do not
    // make its metres millions: what a million counts stands right after it.)
    // ("the tide was 14.62m, and 1.2m households lost power": what is counted stands after the other figure, this one has
    // no noun of its own.)
    const std::size_t after = skip(t, u->end);
    const bool nounless = !isKind(t, after, Kind::Word) || isWordIn(t, after, {"and", "or", "on", "in", "at", "by", "from", "to", "last", "this"});
    bool countedByAnother = false;
    for (std::size_t k = 0; k + 2 < t.size() && nounless; ++k) {
        countedByAnother = countedByAnother || (k != i && k != d - 1 && isKind(t, k, Kind::Number) && isKind(t, k + 1, Kind::Word) && t[k + 1].text == "m" &&
                                                countsPlural(t, k + 2));
    }
    const auto waterOrHeight = [&] {
        if (!countedByAnother &&
            anyWordIn(t, {"million", "billion", "budget", "cost", "costs", "funding", "revenue", "profit", "raised", "raise",
                          "raising", "paid", "pay", "spent", "spend", "sold", "worth", "grant", "fund", "funds", "deal", "bought",
                          "award", "awarded", "fined", "owed", "loan", "donated", "donation", "votes",
                          // what a million counts in a story of visits and audiences: "visits fall from 19.1m to 14.3m"
                          "visits", "visitors", "viewers", "users", "passengers", "customers", "subscribers", "downloads", "listeners",
                          "readers", "tourists", "patients", "households", "homes", "jobs", "ridership", "footfall", "attendance"})) {
            return false;
        }
        // (A waiting list's length, named before its figure, is counted: "the list peaked at 7.77m"; a river's "list of flood
        // warnings" after it is not.)
        if (listBefore && !anyWordIn(t, {"river", "rivers", "tide", "flood", "floods", "warnings", "sea", "height", "rose"})) {
            return false;
        }
        // ("Passenger numbers … hit 3.1m, 14pc above 2019 levels": what is counted, before its numbers; "the visitor centre" is
        // a building's.)
        for (std::size_t k = 0; k + 2 < t.size(); ++k) {
            if (isWordIn(t, k, {"passenger", "visitor", "customer", "user", "viewer", "subscriber", "audience"}) && isKind(t, k + 1, Kind::Space) &&
                isWordIn(t, k + 2, {"numbers", "figures", "count", "counts", "growth", "totals"})) {
                return false;
            }
        }
        if (currencySign()) return false;
        return anyWordIn(t, {"river", "rivers", "flood", "floods", "flooding", "gauge", "creek", "dam", "tide", "tides", "swell",
                             "waves", "wave", "surf", "snow", "snowfall", "depth", "deep", "height", "tall", "high", "elevation",
                             "altitude", "peak", "peaked", "peaks", "crest", "crested", "levee", "water", "sea", "seas", "ocean", "level", "levels", "long",
                             "length", "wide", "width", "shark", "crocodile", "croc", "snake", "python", "whale",
                             // a harbour dredged "by 1.2m to 6.5m below chart datum"
                             "deepen", "deepened", "deepening", "dredge", "dredged", "dredging", "datum", "draught", "seabed",
                             // a telescope's or a dish's aperture, "the 4.2m William Herschel Telescope"
                             "telescope", "telescopes", "antenna", "aperture"});
    };
    // (Nor one side of a size: "a 1.1m x 0.7m mirror".)
    const std::size_t sign = skip(t, u->end);
    std::size_t before = i;
    while (before > 0 && isKind(t, before - 1, Kind::Space)) --before;
    const bool sized = (isTimesSign(t, sign) && isKind(t, skip(t, sign + 1), Kind::Number)) || (before > 0 && isTimesSign(t, before - 1));
    // (Nor the length of a thing after "a", in a story that speaks of money too: "a 6.5m lap pool", "a 3m wall".)
    const auto thingOfLength = [&] {
        if (i < 2 || !isKind(t, i - 1, Kind::Space) || !isWordIn(t, i - 2, {"a", "an"})) return false;
        for (std::size_t k = u->end; k <= u->end + 2 && k + 1 < t.size(); k += 2) {
            if (!isKind(t, k, Kind::Space) || !isKind(t, k + 1, Kind::Word)) return false;
            // (Things only, no word that a sum may qualify too: "a 1.3m drop in viewers", "a 2m extension".)
            if (isWordIn(t, k + 1, {"pool", "wall", "walls", "fence", "tower", "boat", "yacht", "statue", "bridge", "tunnel",
                                    "pole", "tree", "ladder", "pier", "jetty", "sculpture", "mural", "hedge", "cliff", "trench",
                                    "pipe", "mast", "ramp", "driveway", "balcony", "ceiling", "dish", "telescope", "crocodile", "shark",
                                    "python", "snake", "whale"})) {
                return true;
            }
        }
        return false;
    };
    // (Never a square or a cubic measure: "1.73m²" is a body's surface.)
    const bool powered = isSym(t, d + 1, "\xC2\xB2") || isSym(t, d + 1, "\xC2\xB3") || (u->end > d + 1 && u->one.find("square") != std::string::npos);
    // (Nor "m" that opens a compound unit: "0.6m/s" is a wind's speed.)
    // ("1.99m km²", "14.3m km2 of sea ice": another unit after it, which a length never has; the million counts that unit.)
    const bool unitFollows = isKind(t, u->end, Kind::Space) && isKind(t, u->end + 1, Kind::Word) && t[u->end + 1].text.size() >= 2 &&
                             t[u->end + 1].text != "m" && findUnit(t[u->end + 1].text) != nullptr &&
                             !isWordIn(t, u->end + 1, {"in", "at", "by", "to", "or", "per", "am", "pm", "is", "an", "as", "on", "of"});
    if (glued && t[d].text == "m" && u->end == d + 1 && !sized && !powered && unitFollows) {
        const auto* counted = findUnit(t[u->end + 1].text);
        // ("2m sq ft": the square written as its own word before the unit it squares, as unitAt reads it; "sq in area" is no
        // square inch.)
        // ("a 2m sq ft warehouse": before its noun the measure is an adjective, its unit singular.)
        if (counted->first == "sq" || counted->first == "cu") {
            const std::size_t next = isSym(t, u->end + 2, ".") ? u->end + 3 : u->end + 2;
            const auto squared = unitAt(t, u->end + 1, false);
            if (!squared || squared->end != next + 2 || isWordIn(t, next + 1, {"in", "at", "by", "to", "or", "per", "sq", "cu"})) return std::nullopt;
            return Match{squared->end - i, spoken + " million " + (beforeNoun(t, i, squared->end) ? squared->one : squared->many), "number"};
        }
        std::size_t end = u->end + 2;
        std::string power;
        if (isSym(t, end, "\xC2\xB2") || (isKind(t, end, Kind::Number) && t[end].text == "2")) power = "square ";
        if (isSym(t, end, "\xC2\xB3") || (isKind(t, end, Kind::Number) && t[end].text == "3")) power = "cubic ";
        if (!power.empty()) ++end;
        return Match{end - i, spoken + " million " + power + (beforeNoun(t, i, end) ? counted->second.one : counted->second.many), "number"};
    }
    if (glued && t[d].text == "m" && u->end == d + 1 && !sized && !powered &&
        ((!n.fraction.empty() && !measured && !waterOrHeight() && !thingOfLength()) || (countsPlural(t, u->end) && !eachOfSize) ||
         // ("the waiting list has fallen below 7m for the first time": a whole figure with no noun of its own, where the
         // sentence names what is counted.)
         (n.fraction.empty() && listBefore &&
          !measured && !waterOrHeight() && !thingOfLength() &&
          (!isKind(t, after, Kind::Word) || isWordIn(t, after, {"for", "in", "last", "this", "since", "than", "a", "the"}))))) {
        // ("2.2m bpd": the unit the million counts, "two point two million barrels per day".)
        if (isKind(t, u->end, Kind::Space) && isKind(t, u->end + 1, Kind::Word) && t[u->end + 1].text.size() >= 2 &&
            !isKind(t, u->end + 2, Kind::Word)) {
            // (A unit written in lower case: "2.8m MS patients" counts people with a disease.)
            const std::string& unitText = t[u->end + 1].text;
            const bool lower = std::none_of(unitText.begin(), unitText.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; });
            if (const auto* counted = findUnit(unitText);
                counted != nullptr && lower && unitText != "m" && !isWordIn(t, u->end + 1, {"in", "at", "by", "to", "or", "per"})) {
                return Match{u->end + 2 - i, spoken + " million " + counted->second.many, "number"};
            }
        }
        return Match{u->end - i, spoken + " million", "number"};
    }
    // "a 4 ppm limit" is still "four parts per million": a ratio's unit keeps its plural before a noun.
    const bool ratio = u->one.rfind("part per ", 0) == 0;
    // ("a 1.1m-high wall", "a 3km-long queue": a measure joined to its adjective describes the noun after them.)
    const bool dimension = isSym(t, u->end, "-") && isWordIn(t, u->end + 1, {"high", "long", "wide", "deep", "tall", "thick", "square"});
    // ("vote for 25 bp cut": a headline's move in basis points before the move, without its article.)
    const bool move = u->one == "basis point" && isKind(t, u->end, Kind::Space) &&
                      isWordIn(t, u->end + 1, {"cut", "cuts", "hike", "hikes", "rise", "rises", "increase", "increases", "reduction",
                                               "move", "drop", "fall", "raise", "jump", "gain", "decline", "spread"});
    // ("100W wired charging", "a 200MP main sensor", "50MP ultrawide": glued to its figure, as a product's specs
    // write it, the measure before the part or the feature it rates.)
    // (Or before a zoom's "5x" and the lens it names: "48MP 5x telephoto".)
    const bool spec = glued && isKind(t, u->end, Kind::Space) &&
                      (specPhraseAt(t, u->end + 1) || (u->one.find("megapixel") != std::string::npos && isKind(t, u->end + 1, Kind::Number) &&
                                                       isWordIn(t, u->end + 2, {"x"}) &&
                                                       isKind(t, u->end + 3, Kind::Space) && isKind(t, u->end + 4, Kind::Word) &&
                                                       std::islower(static_cast<unsigned char>(t[u->end + 4].text[0]))));
    // ("a 10MP 3x telephoto": after "a", a product's glued spec describes what follows, whatever follows it.)
    const bool articled = glued && i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) &&
                          (t[i - 2].text == "a" || t[i - 2].text == "an" || (i == 2 && (t[0].text == "A" || t[0].text == "An")));
    // ("starts 4nm production", "20,000 300mm wafers": a measure glued to its figure, as a spec writes it, before a noun in
    // small letters describes it: a plural or a word of a noun's ending; "25mm overnight", "5kg empty" say how it measures.)
    const auto nounAt = [&](std::size_t k) {
        if (!isKind(t, k, Kind::Word) || t[k].text.size() < 4 || !std::islower(static_cast<unsigned char>(t[k].text[0])) || isFunctionWord(t[k].text)) {
            return false;
        }
        const std::string& w = t[k].text;
        for (const char* ending : {"tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship", "ware", "node"}) {
            if (w.ends_with(ending)) return true;
        }
        // (Not a span of time after the measure: "fell 40mm hours later".)
        return isPluralNounAt(t, k) && !(isKind(t, k + 1, Kind::Space) && isWordIn(t, k + 2, {"of"})) &&
               !isWordIn(t, k, {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "times", "people"});
    };
    // (A weight or a volume before a plural is the amount of it, "54g carbs", "400g chickpeas", "150ml stock cubes" aside: only
    // a container or a portion it describes, "500g tubs", "2l bottles".)
    const bool amountOfIt = (u->one.find("gram") != std::string::npos || u->one.find("liter") != std::string::npos ||
                             u->one.find("litre") != std::string::npos || u->one == "ounce" || u->one == "pound") &&
                            isKind(t, u->end + 1, Kind::Word) && isPluralNounAt(t, u->end + 1) &&
                            // (a quantity as a recipe's or a label's line gives it: first, after a stop of the list, or after a
                            // verb of adding; "The 16oz steaks", "two 23kg suitcases", "wear 10oz gloves" describe)
                            (i == 0 || (i >= 1 && isKind(t, i - 1, Kind::Symbol)) ||
                             (i >= 2 && isKind(t, i - 1, Kind::Space) &&
                              (isKind(t, i - 2, Kind::Symbol) || isWordIn(t, i - 2, {"add", "adding", "with", "plus", "contains", "containing", "stir",
                                                                                   "mix", "about", "around"})))) &&
                            !isWordIn(t, u->end + 1, {"bags", "tubs", "packs", "packets", "bars", "blocks", "tins", "jars", "bottles", "cans",
                                                      "cartons", "boxes", "loaves", "portions", "servings", "doses", "tablets", "capsules",
                                                      "pots", "sachets", "wheels", "sacks", "cylinders", "canisters", "bombs", "shells",
                                                      "weights", "dumbbells", "batteries", "kegs", "cups", "glasses", "pints"});
    const bool gluedBeforeNoun = glued && isKind(t, u->end, Kind::Space) && nounAt(u->end + 1) && !amountOfIt;
    // ("in 41mm and 45mm sizes": the first of two measures joined before the noun they both describe.)
    const auto pairedBeforeNoun = [&] {
        std::size_t k = u->end;
        if (!isKind(t, k, Kind::Space) || !isWordIn(t, k + 1, {"and", "or"}) || !isKind(t, k + 2, Kind::Space) || !isKind(t, k + 3, Kind::Number)) return false;
        k += 4;
        if (isKind(t, k, Kind::Space)) ++k;
        if (!isKind(t, k, Kind::Word) || t[k].text != t[d].text) return false;
        // (Not where the second is a million of what follows it: "the tide was 4.6m and 1.2m households lost power".)
        if (t[k].text == "m" && countsPlural(t, k + 1)) return false;
        return isKind(t, k + 1, Kind::Space) && isKind(t, k + 2, Kind::Word) && std::islower(static_cast<unsigned char>(t[k + 2].text[0])) &&
               !isFunctionWord(t[k + 2].text) && !isKind(t, k + 3, Kind::Word) && isPluralNounAt(t, k + 2);
    };
    const bool singular = !plural || (!ratio && (dimension || move || spec || articled || gluedBeforeNoun || (!amountOfIt && describesNoun(t, i, u->end)) ||
                                                 (glued && pairedBeforeNoun())));
    std::string out = spoken + " " + (singular ? u->one : u->many);
    std::size_t end = u->end;
    // "16.7 million lbf of thrust": the words the unit says are written after it ("pounds of thrust").
    if (const std::string said = singular ? u->one : u->many; said.size() > 10 && said.compare(said.size() - 10, 10, " of thrust") == 0 &&
                                                             isKind(t, end, Kind::Space) && isWordIn(t, end + 1, {"of"}) &&
                                                             isKind(t, end + 2, Kind::Space) && isWordIn(t, end + 3, {"thrust"})) {
        end += 4;
    }
    // "60 mg/kg/day", "5 mL/kg/hr": a dose by weight and by time, its second slash "per" too (it was "or").
    if (isSym(t, end, "/") && isKind(t, end + 1, Kind::Word) && !isKind(t, end + 2, Kind::Word) && !isSym(t, end + 2, "/")) {
        static const std::pair<const char*, const char*> kTimes[] = {{"day", "day"}, {"d", "day"}, {"hr", "hour"}, {"h", "hour"}, {"hour", "hour"},
                                                                     {"min", "minute"}, {"week", "week"}, {"wk", "week"}, {"dose", "dose"}};
        bool timed = false;
        for (const auto& [written, said] : kTimes) {
            if (t[end + 1].text == written && out.find(" per ") != std::string::npos) {
                out += std::string(" per ") + said;
                end += 2;
                timed = true;
                break;
            }
        }
        // ("73 km/s/Mpc": a rate per a distance too, Hubble's constant, "per megaparsec".)
        if (!timed && out.find(" per ") != std::string::npos && t[end + 1].text.size() >= 2) {
            if (const auto* per = findUnit(t[end + 1].text); per != nullptr && per->first != "in" && per->first != "sq") {
                out += std::string(" per ") + per->second.one;
                end += 2;
            }
        }
    }
    // "1,500 m ASL", "1,200 ft. AGL": a height above the sea or the ground.
    if (isKind(t, end, Kind::Space) && isWordIn(t, end + 1, {"asl", "amsl", "agl"}) && isUpperWord(t[end + 1].text)) {
        out += t[end + 1].text == "AGL" ? " above ground level" : " above sea level";
        end += 2;
    }
    // "40 km NE of the city": a direction after a distance.
    if (isKind(t, end, Kind::Space) && isKind(t, end + 1, Kind::Word) && isWordIn(t, skip(t, end + 2), {"of"})) {
        if (const auto d = directions().find(t[end + 1].text); d != directions().end()) {
            out += " " + lowerAscii(d->second);
            end += 2;
        }
    }
    return Match{end - i, out, "unit"};
}

std::optional<Match> sensitivityRangeRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number) || i < 2 || !isKind(t, i - 1, Kind::Space) || !isKind(t, i - 2, Kind::Word) || t[i - 2].text != "ISO" ||
        !isDash(t, i + 1) || !isKind(t, i + 2, Kind::Number)) {
        return std::nullopt;
    }
    const Num low = parseNumber(t[i].text), high = parseNumber(t[i + 2].text);
    // (Sensitivities only, fifty and up, the second the higher: "ISO 9001-2015" is a standard and its year.)
    if (!low.valid || !high.valid || !low.fraction.empty() || !high.fraction.empty() || low.whole.size() > 6 || high.whole.size() > 7) return std::nullopt;
    const long from = std::stol(low.whole), to = std::stol(high.whole);
    // (A camera's lowest sensitivity is a few hundred at most: "ISO 9000-9004" are standards.)
    if (from < 25 || from > 800 || to <= from) return std::nullopt;
    return Match{3, numberWords(low) + " to " + numberWords(high), "range"};
}

}  // namespace readcast::english
