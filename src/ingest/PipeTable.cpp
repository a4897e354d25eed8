#include "ingest/PipeTable.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <tuple>
#include <utility>
#include <vector>

#include "core/Text.hpp"
#include "ingest/SportsTableHeaders.hpp"
#include "ingest/TableMoney.hpp"

namespace readcast {
namespace {

// A figure that opens on its sign: "–3%", "-12", "+4.1", "−0.5".
bool signOpens(const std::string& figure) {
    return figure.size() > 1 && (((figure[0] == '-' || figure[0] == '+') && std::isdigit(static_cast<unsigned char>(figure[1]))) ||
                                 figure.rfind("\xE2\x80\x93", 0) == 0 || figure.rfind("\xE2\x88\x92", 0) == 0);
}

// The cells of "| a | b |" (its outer bars optional on the right), or nothing for a line that is no row.
std::vector<std::string> cellsOf(const std::string& line) {
    const std::string t = collapseWhitespace(line);
    if (t.size() < 3 || t.front() != '|') return {};
    std::vector<std::string> cells;
    std::size_t from = 1;
    while (from <= t.size()) {
        std::size_t bar = t.find('|', from);
        if (bar == std::string::npos) bar = t.size();
        const std::string cell = collapseWhitespace(t.substr(from, bar - from));
        if (bar < t.size() || !cell.empty()) cells.push_back(cell);
        from = bar + 1;
    }
    return cells;
}

// "|------|:---:|": the rule under a pipe table's header.
bool isHeaderRule(const std::string& line) {
    const std::string t = collapseWhitespace(line);
    return t.size() >= 3 && t.front() == '|' && t.find('-') != std::string::npos && t.find_first_not_of("|-: ") == std::string::npos;
}

bool isFigure(const std::string& cell) {
    return !cell.empty() && std::none_of(cell.begin(), cell.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
}

// A measure's unit in brackets at a column label's end, "Forecast rain (mm)", "Peak gust (km/h)": the label without it, and
// the unit, said after each figure of the column ("Forecast rain 300–350 mm"). "(m)" may be millions as well as metres and
// stays in the label.
std::pair<std::string, std::string> labelAndUnit(const std::string& label) {
    // ("2021 %", "Share (%)": a column of percentages, the sign after each figure, "2021: 31.8%".)
    for (const char* sign : {" (%)", " %"}) {
        if (label.size() > std::strlen(sign) && label.ends_with(sign)) return {label.substr(0, label.size() - std::strlen(sign)), "%"};
    }
    static const char* const kUnits[] = {"mm", "cm", "km", "km/h", "kph", "mph", "kg", "g", "t", "ml", "mL", "L", "kWh", "MWh", "MW", "GW",
                                         "ha", "ft", "lb", "lbs", "kn", "knots", "hPa", "m/s", "\xC2\xB0" "C", "\xC2\xB0" "F", "GB", "TB"};
    const std::size_t open = label.rfind(" (");
    if (open == std::string::npos || label.back() != ')') return {label, ""};
    const std::string unit = label.substr(open + 2, label.size() - open - 3);
    for (const char* u : kUnits) {
        if (unit == u) return {label.substr(0, open), unit};
    }
    return {label, ""};
}

}  // namespace

std::string pipeTablesAsRows(const std::string& text) {
    if (text.find("|-") == std::string::npos && text.find("| -") == std::string::npos && text.find("|:") == std::string::npos) return text;
    const std::vector<std::string> lines = splitLines(text);
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::vector<std::string> labels = cellsOf(lines[i]);
        if (labels.size() < 2 || i + 1 >= lines.size() || !isHeaderRule(lines[i + 1])) {
            out += lines[i] + "\n";
            continue;
        }
        std::vector<std::string> units(labels.size());
        for (std::size_t c = 0; c < labels.size(); ++c) std::tie(labels[c], units[c]) = labelAndUnit(labels[c]);
        // (A sports table's short headers said as words, as a page's table's are: "R B 4s 6s SR" "112 runs, 118 balls, 9 fours,
        // 4 sixes, strike rate 94.91".)
        const std::vector<SportsColumn> sports = sportsColumns(labels);
        for (std::size_t c = 0; c < labels.size(); ++c) {
            if (!sports[c].words.empty() && !sports[c].after) labels[c] = sports[c].words;
        }
        // "| ($ in millions, except EPS) | Q3 | …" or a short line over the table, "(Dollars in thousands)": a results table
        // counts its money in a magnitude it says once, which each amount says ("$2,840" is $2,840 million).
        const std::string before = i > 0 && countWords(lines[i - 1]) <= 12 ? lines[i - 1] : "";
        const std::string magnitude = tableMagnitude(labels[0] + " " + before);
        // (A blank line around the rows: each is a paragraph, as a page's row is.)
        out += "\n";
        std::size_t k = i + 2;
        for (; k < lines.size(); ++k) {
            std::vector<std::string> cells = cellsOf(lines[k]);
            if (cells.empty()) break;
            if (!magnitude.empty() && !isPerShareRow(cells[0])) {
                for (std::size_t c = 1; c < cells.size(); ++c) cells[c] = withMagnitude(cells[c], magnitude);
            }
            // A row that a name opens gives its figures their column's label: "Brisbane, Q1 3.2, Final 14.12 (96)"; a
            // row of figures reads as it stands.
            // (A row keyed by a figure under a column's word, "| Ward | Canopy today |" over "| 3 | 12% |": the key said with its
            // word, "Ward 3, Canopy today 12%", the figures after it named too.)
            const bool keyed = isFigure(cells[0]) && !labels.empty() && countWords(labels[0]) >= 1 && countWords(labels[0]) <= 3 &&
                               std::any_of(labels[0].begin(), labels[0].end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }) &&
                               !(sports.size() > 0 && (!sports[0].words.empty() || sports[0].dropped));
            const bool named = !isFigure(cells[0]) || keyed;
            std::string row = keyed ? labels[0] + " " + cells[0] : "";
            for (std::size_t c = keyed ? 1 : 0; c < cells.size(); ++c) {
                // (A cell of a dash alone, "—", "–", "-", holds nothing.)
                if (cells[c].empty() || cells[c] == "\xE2\x80\x94" || cells[c] == "\xE2\x80\x93" || cells[c] == "-") continue;
                if (c < sports.size() && sports[c].dropped) continue;
                const bool labelled = named && c > 0 && c < labels.size() && !labels[c].empty() && countWords(cells[c]) <= 4;
                if (labelled && c < sports.size() && sports[c].after) {
                    row += (row.empty() ? "" : ", ") + sayWithColumn(sports[c], cells[c]);
                    continue;
                }
                // (A column headed by a sign, "%", "€": the sign after or before its figure, "38.06%", as written in a sentence.)
                const std::string& label = c < labels.size() ? labels[c] : std::string();
                const bool after = label == "%" || label == "\xE2\x80\xB0";
                const bool before = label == "$" || label == "\xC2\xA3" || label == "\xE2\x82\xAC" || label == "\xC2\xA5";
                const std::string figure = !units[c].empty() && !cells[c].empty() && std::isdigit(static_cast<unsigned char>(cells[c][0])) &&
                                                   std::isdigit(static_cast<unsigned char>(cells[c].back()))
                                               ? cells[c] + (units[c] == "%" ? "" : " ") + units[c]
                                               : cells[c];
                const std::string said = labelled && isFigure(cells[c]) && after    ? cells[c] + label
                                         : labelled && isFigure(cells[c]) && before ? label + cells[c]
                                         // (A label that is a figure itself, "128GB", "2021", stands apart from the figure under
                                         // it: "128GB: $999".)
                                         // (Or ends on one, "Change vs 2024/25", or the figure opens on its sign, "–3%": a colon
                                         // keeps the sign the figure's.)
                                         : labelled && (std::isdigit(static_cast<unsigned char>(label[0])) ||
                                                        std::isdigit(static_cast<unsigned char>(label.back())) || signOpens(figure))
                                             ? label + ": " + figure
                                         : labelled                                 ? label + " " + figure
                                                                                    : figure;
                row += (row.empty() ? "" : ", ") + said;
            }
            if (row.empty()) continue;
            if (std::string(".!?").find(row.back()) == std::string::npos) row += '.';
            out += row + "\n\n";
        }
        i = k - 1;
    }
    return out;
}

}  // namespace readcast
