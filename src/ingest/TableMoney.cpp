#include "ingest/TableMoney.hpp"

#include <cctype>
#include <cstring>
#include <initializer_list>
#include <utility>

#include "core/Text.hpp"

namespace readcast {

// The magnitude a table's caption or corner gives its money: "million" for "(in millions, except per-share amounts)",
// "($ millions)", "(£m)"; "thousand" for "($ in thousands)", "('000)"; empty when it gives none.
std::string tableMagnitude(const std::string& text) {
    const std::string lower = lowerUtf8(text);
    for (const auto& [written, said] : std::initializer_list<std::pair<const char*, const char*>>{
             {"in millions", "million"}, {"$ millions", "million"}, {"$ million)", "million"}, {"($m)", "million"}, {"(\xC2\xA3m)", "million"},
             {"(\xE2\x82\xACm)", "million"}, {"(us$m)", "million"}, {"in billions", "billion"}, {"($bn)", "billion"}, {"(\xC2\xA3" "bn)", "billion"},
             {"in thousands", "thousand"}, {"('000)", "thousand"}, {"$ thousands", "thousand"}}) {
        if (lower.find(written) != std::string::npos) return said;
    }
    return "";
}

// A cell's amount of money with the table's magnitude after it: "$2,410" is "$2,410 million", "$(38)" "$(38) million";
// a cell that says its own ("$1.2bn", "12%", "n/m") stays as it is.
std::string withMagnitude(const std::string& cell, const std::string& magnitude) {
    std::size_t k = 0;
    for (const char* sign : {"US$", "A$", "C$", "$", "\xC2\xA3", "\xE2\x82\xAC", "\xC2\xA5"}) {
        if (cell.rfind(sign, 0) == 0) {
            k = std::strlen(sign);
            break;
        }
    }
    if (k == 0) return cell;
    std::size_t e = k + (k < cell.size() && cell[k] == '(' ? 1 : 0);
    const std::size_t digits = e;
    while (e < cell.size() && (std::isdigit(static_cast<unsigned char>(cell[e])) || cell[e] == ',' || cell[e] == '.')) ++e;
    if (e == digits) return cell;
    // (A price with its cents, "$15.49", "$(0.07)", is a unit's or a share's, whatever the caption counts in.)
    const std::string figure = cell.substr(digits, e - digits);
    if (const std::size_t dot = figure.rfind('.'); dot != std::string::npos && figure.size() - dot == 3) return cell;
    if (e < cell.size() && cell[e] == ')' && cell[k] == '(') ++e;
    return e == cell.size() ? cell + " " + magnitude : cell;
}

bool isPerShareRow(const std::string& key) {
    const std::string lower = lowerUtf8(key);
    // (Or of any amount per something, a price or an average: "Price per barrel", "$/bbl", "Closing share price", "ARPU",
    // "Average selling price", "Revenue per employee", a hotel's "ADR" and "RevPAR".)
    // ("per " takes in "per share" and "per unit".)
    if (containsAnyOf(lower, {"per ", "per-share", "dividend", "/", "price", "average", "avg"})) return true;
    // ("EPS", "ARPU", "ADR" as words, not the letters of "steps" or "adrift".)
    for (const char* word : {"eps", "arpu", "adr", "revpar", "arpa", "aov"}) {
        const std::size_t n = std::strlen(word);
        for (std::size_t at = lower.find(word); at != std::string::npos; at = lower.find(word, at + 1)) {
            const bool opens = at == 0 || !std::isalpha(static_cast<unsigned char>(lower[at - 1]));
            const bool closes = at + n >= lower.size() || !std::isalpha(static_cast<unsigned char>(lower[at + n]));
            if (opens && closes) return true;
        }
    }
    return false;
}

}  // namespace readcast
