#include "text/HungarianClock.hpp"

#include "core/Ascii.hpp"

namespace readcast {

std::string withHungarianClockSaid(const std::string& text, std::vector<Rewrite>* log) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const bool start = isAsciiDigit(text[i]) && (i == 0 || (!isWordByte(text[i - 1]) && text[i - 1] != '.' && text[i - 1] != ',' && text[i - 1] != ':'));
        std::size_t h = i;
        while (start && h < text.size() && isAsciiDigit(text[h]) && h - i < 3) ++h;
        const bool clock = start && h - i >= 1 && h - i <= 2 && h + 2 < text.size() && (text[h] == '.' || text[h] == ':') &&
                           isAsciiDigit(text[h + 1]) && isAsciiDigit(text[h + 2]) && (h + 3 >= text.size() || !isAsciiDigit(text[h + 3])) &&
                           // (Not a date's day and month, "03.15.", nor a version's "1.2.3".)
                           !(h + 3 < text.size() && text[h + 3] == '.' && (h + 4 >= text.size() || text[h + 4] != ' ' || h + 5 >= text.size() ||
                                                                           isAsciiDigit(text[h + 5]))) &&
                           std::stoi(text.substr(i, h - i)) <= 24 && std::stoi(text.substr(h + 1, 2)) <= 59;
        if (!clock) {
            out += text[i++];
            continue;
        }
        const std::string hour = text.substr(i, h - i), minutes = text.substr(h + 1, 2);
        std::size_t end = h + 3;
        // ("15.00 órakor": the word for the hour written after it; the whole hour alone is said, the rest left to the voice.)
        if (text.compare(end, 4, " \xC3\xB3r") == 0) {
            if (minutes == "00") {
                if (log != nullptr) log->push_back({text.substr(i, end - i), hour, "time"});
                out += hour;
                i = end;
            } else {
                out += text.substr(i, end - i);
                i = end;
            }
            continue;
        }
        std::string ending;
        if (end + 1 < text.size() && text[end] == '-' && isWordByte(text[end + 1])) {
            std::size_t e = end + 1;
            while (e < text.size() && isWordByte(text[e])) ++e;
            ending = text.substr(end, e - end);
            end = e;
        }
        // ("14.00-kor": the whole hour takes the ending, "14 órakor"; its a long before any other, "12 óráig", "9 órától".)
        const std::string hourWord = ending.empty() || ending == "-kor" ? "\xC3\xB3ra" : "\xC3\xB3r\xC3\xA1";
        const std::string said = minutes == "00" ? hour + " " + hourWord + (ending.empty() ? "" : ending.substr(1)) : hour + " \xC3\xB3ra " + minutes + ending;
        if (log != nullptr) log->push_back({text.substr(i, end - i), said, "time"});
        out += said;
        i = end;
    }
    return out;
}

}  // namespace readcast
