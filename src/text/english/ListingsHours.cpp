// A television listing's hour written with its "p" or "a" alone, "Aired 2-3p ET", "at 9p ET", "10p/9c": given its "m" (and
// the Central zone's hour said as such) before the money rules take the "p" for pence.

#include <cctype>
#include <string>
#include <vector>

#include "text/english/Rules.hpp"

namespace readcast::english {

// "Aired 2-3p ET", "at 9p ET", "8p/7c": a television listing's hour with its "p" or "a" alone, before the zone (or the Central
// zone's hour), is the afternoon's or the morning's ("9pm ET"); eSpeak NG and the money rules would say "pence".
std::string withListingsHours(const std::string& text, std::vector<Rewrite>* log) {
    std::string out;
    std::size_t at = 0;
    for (std::size_t k = 1; k + 1 < text.size(); ++k) {
        if ((text[k] != 'p' && text[k] != 'a') || !std::isdigit(static_cast<unsigned char>(text[k - 1]))) continue;
        std::size_t d = k;
        while (d > 0 && std::isdigit(static_cast<unsigned char>(text[d - 1]))) --d;
        if (k - d > 2 || (d > 0 && (std::isalnum(static_cast<unsigned char>(text[d - 1])) || text[d - 1] == '.' || text[d - 1] == ',' ||
                                    text[d - 1] == '$' || static_cast<unsigned char>(text[d - 1]) >= 0x80))) {
            continue;
        }
        const std::string rest = text.substr(k + 1, 4);
        const bool zone = rest.size() >= 3 && rest[0] == ' ' &&
                          (rest.compare(1, 2, "ET") == 0 || rest.compare(1, 2, "PT") == 0 || rest.compare(1, 2, "CT") == 0 ||
                           rest.compare(1, 2, "MT") == 0) &&
                          (rest.size() == 3 || !std::isalnum(static_cast<unsigned char>(rest[3])));
        const bool central = rest.size() >= 3 && rest[0] == '/' && std::isdigit(static_cast<unsigned char>(rest[1])) &&
                             (rest[2] == 'c' || (std::isdigit(static_cast<unsigned char>(rest[2])) && rest.size() >= 4 && rest[3] == 'c'));
        if (!zone && !central) continue;
        out += text.substr(at, k + 1 - at) + "m";
        if (log != nullptr) log->push_back({text.substr(d, k + 1 - d), text.substr(d, k + 1 - d) + "m", "time"});
        at = k + 1;
        if (central) {
            // ("8p/7c": the Central zone's hour after it, "eight P-M, seven central".)
            const std::size_t c = text.find('c', k + 2);
            out += ", " + text.substr(k + 2, c - (k + 2)) + " central";
            at = c + 1;
        }
    }
    return at == 0 ? text : out + text.substr(at);
}

}  // namespace readcast::english
