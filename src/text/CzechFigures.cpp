#include "text/CzechFigures.hpp"

#include "core/Ascii.hpp"
#include "core/Text.hpp"
#include "text/RewriteScan.hpp"

namespace readcast {
namespace {

bool czechWordIn(const std::string& word, std::initializer_list<const char*> list) {
    for (const char* w : list) {
        if (word == w) return true;
    }
    return false;
}

// The whole part of a decimal, with "celá" agreeing: "jedna celá", "dvě celé", "pět celých".
std::string wholePart(const std::string& digits) {
    if (digits == "0") return "nula cel\xC3\xA1";
    if (digits == "1") return "jedna cel\xC3\xA1";
    if (digits == "2") return "dv\xC4\x9B cel\xC3\xA9";
    if (digits == "3" || digits == "4") return digits + " cel\xC3\xA9";
    return digits + " cel\xC3\xBD" "ch";
}

// The part after the comma, as a count said in the feminine ("1,1" "jedna celá jedna"), its leading
// noughts said ("1,05" "jedna celá nula pět").
std::string fractionPart(const std::string& digits) {
    std::string out;
    std::size_t k = 0;
    while (k + 1 < digits.size() && digits[k] == '0') {
        out += "nula ";
        ++k;
    }
    const std::string rest = digits.substr(k);
    return out + (rest == "1" ? "jedna" : rest == "2" ? "dv\xC4\x9B" : rest);
}

// An hour in the genitive, as "od", "do" and "kolem" take it ("do sedmi hodin").
std::string genitiveHour(int hour) {
    static const char* const kUnits[] = {"nula", "jedn\xC3\xA9", "dvou", "t\xC5\x99\xC3\xAD", "\xC4\x8Dty\xC5\x99", "p\xC4\x9Bti", "\xC5\xA1" "esti", "sedmi", "osmi", "dev\xC3\xADti", "deseti",
                                          "jeden\xC3\xA1" "cti", "dvan\xC3\xA1" "cti", "t\xC5\x99in\xC3\xA1" "cti", "\xC4\x8Dtrn\xC3\xA1" "cti", "patn\xC3\xA1" "cti", "\xC5\xA1" "estn\xC3\xA1" "cti", "sedmn\xC3\xA1" "cti",
                                          "osmn\xC3\xA1" "cti", "devaten\xC3\xA1" "cti", "dvaceti"};
    if (hour <= 20) return kUnits[hour];
    return std::string("dvaceti ") + kUnits[hour - 20];
}

// A full hour said with "hodin" agreeing: "v jednu hodinu", "ve dvě hodiny", "v sedm hodin", "do sedmi hodin".
std::string fullHour(int hour, bool genitive) {
    if (genitive) return genitiveHour(hour) + (hour == 1 ? " hodiny" : " hodin");
    if (hour == 1) return "jednu hodinu";
    if (hour == 2) return "dv\xC4\x9B hodiny";
    if (hour == 3 || hour == 4) return std::to_string(hour) + " hodiny";
    return std::to_string(hour) + " hodin";
}

// Where a percent sign follows the figure ending at `at` ("5 %", "5%"): the end of the sign, else `at`.
std::size_t percentAfter(const std::string& text, std::size_t at) {
    std::size_t k = at;
    if (k < text.size() && text[k] == ' ') ++k;
    else if (text.compare(k, 2, "\xC2\xA0") == 0) k += 2;
    return k < text.size() && text[k] == '%' ? k + 1 : at;
}

}  // namespace

std::string withCzechFiguresSaid(const std::string& text, std::vector<Rewrite>* log) {
    if (text.find_first_of(",:%.") == std::string::npos || text.find_first_of("0123456789") == std::string::npos) return text;
    bool sawTime = false;
    return rewriteEach(text, log, [&](std::size_t i, std::string& spoken, const char*& kind) {
        if (!isAsciiDigit(text[i]) || (i > 0 && (isAsciiDigit(text[i - 1]) || isWordByte(text[i - 1]) || text[i - 1] == ',' ||
                                                 text[i - 1] == '.' || text[i - 1] == ':'))) {
            return i;
        }
        const std::size_t end = digitsEnd(text, i);
        // "5 %": eSpeak NG says the sign "procento" whatever the figure; the noun agrees with it ("jedno
        // procento", "dvě procenta", "pět procent").
        if (const std::size_t sign = percentAfter(text, end); sign != end) {
            const std::string n = text.substr(i, end - i);
            spoken = n == "1" ? "jedno procento" : n == "2" ? "dv\xC4\x9B procenta"
                   : n == "3" || n == "4" ? n + " procenta" : n + " procent";
            return sign;
        }
        if (end + 1 >= text.size() || !isAsciiDigit(text[end + 1])) return i;
        const std::size_t after = digitsEnd(text, end + 1);
        // (Not a list of figures or a third field: "1,2,3", "1:23:45", "2,5-3,5" is two decimals.)
        const bool another = after < text.size() && (isAsciiDigit(text[after]) ||
                                                      ((text[after] == ',' || text[after] == ':' || text[after] == '.') &&
                                                       after + 1 < text.size() && isAsciiDigit(text[after + 1])));
        if (another) return i;
        // "1,4 procenta": a decimal, the comma being Czech's decimal sign (thousands are set apart by spaces).
        if (text[end] == ',' && after - end - 1 <= 3 && end - i <= 9) {
            spoken = wholePart(text.substr(i, end - i)) + " " + fractionPart(text.substr(end + 1, after - end - 1));
            // (A decimal's noun is in the genitive singular: "2,5 procenta".)
            if (const std::size_t sign = percentAfter(text, after); sign != after) {
                spoken += " procenta";
                return sign;
            }
            return after;
        }
        // "v 7:00", "od 14:30 hodin": a clock time, known by a word that places it in time before or after it
        // (a score, "vyhráli 2:10", has neither).
        // (Or with a dot, as Czech news writes a time too: "svolal na 14.30 krizový štáb".)
        if ((text[end] != ':' && text[end] != '.') || end - i > 2 || after - end - 1 != 2) return i;
        const int hour = std::stoi(text.substr(i, end - i));
        const int minute = std::stoi(text.substr(end + 1, 2));
        if (hour > 23 || minute > 59) return i;
        const std::string before = lowerWordBefore(text, i);
        std::size_t next = after;
        while (next < text.size() && text[next] == ' ') ++next;
        std::size_t nextEnd = next;
        while (nextEnd < text.size() && isWordByte(text[nextEnd])) ++nextEnd;
        const std::string following = lowerUtf8(text.substr(next, nextEnd - next));
        const bool genitive = czechWordIn(before, {"od", "do", "kolem", "okolo", "b\xC4\x9Bhem"});
        // ("od 7:00 a do 9:00": the second of two times is placed by the first. "po", "před" and "mezi" ask for an
        // ordinal's case, "po dvaadvacáté hodině": such a time is left to eSpeak NG.)
        // ("od středy 18:00 do čtvrtka 12:00": a day's name before it places it too.)
        const bool placed = genitive || (sawTime && czechWordIn(before, {"a", "\xC4\x8Di", "nebo"})) ||
                            czechWordIn(before, {"v", "ve", "na", "a\xC5\xBE", "asi", "zhruba", "p\xC5\x99ibli\xC5\xBEn\xC4\x9B", "dnes", "z\xC3\xADtra",
                                                 "v\xC4\x8D" "era", "pond\xC4\x9Bl\xC3\xAD", "\xC3\xBAter\xC3\xBD", "st\xC5\x99" "edy", "st\xC5\x99" "eda",
                                                 "\xC4\x8Dtvrtka", "\xC4\x8Dtvrtek", "p\xC3\xA1tku", "p\xC3\xA1tek", "soboty", "sobota",
                                                 "ned\xC4\x9Ble"});
        const bool hours = following.rfind("hod", 0) == 0;
        const bool timed = hours || czechWordIn(following, {"r\xC3\xA1no", "ve\xC4\x8D" "er", "odpoledne", "dopoledne", "se\xC4\x8D", "sel\xC4\x8D", "utc", "gmt"});
        // (A price written with a dot is no time: "na 23.50 Kč".)
        const bool price = text[end] == '.' && (following == "k\xC4\x8D" || following == "korun" || following == "eur" || following == "euro");
        if ((!placed && !timed) || price || czechWordIn(before, {"po", "p\xC5\x99" "ed", "mezi"})) return i;
        kind = "time";
        sawTime = true;
        if (minute == 0 && hours) {
            spoken = std::to_string(hour);
        } else if (minute == 0 && hour > 0) {
            spoken = fullHour(hour, genitive);
        } else {
            spoken = (hour == 1 ? std::string("jedna") : hour == 2 ? std::string("dv\xC4\x9B") : std::to_string(hour)) + " " +
                     (minute < 10 ? "nula " + std::to_string(minute) : std::to_string(minute));
        }
        return after;
    });
}

}  // namespace readcast
