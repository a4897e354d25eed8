#include "ingest/SpacedTable.hpp"

#include <algorithm>
#include <cctype>
#include <regex>
#include <vector>

#include "core/Text.hpp"

namespace readcast {
namespace {

// A line's cells, parted by a tab or two spaces or more.
std::vector<std::string> spacedCells(const std::string& line) {
    std::vector<std::string> cells;
    std::string cell;
    std::size_t gap = 0;
    for (std::size_t i = 0; i <= line.size(); ++i) {
        const char c = i < line.size() ? line[i] : '\n';
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            gap += c == '\t' || c == '\n' ? 2 : 1;
            if (gap >= 2 && !collapseWhitespace(cell).empty()) {
                cells.push_back(collapseWhitespace(cell));
                cell.clear();
            } else if (gap == 1) {
                cell += ' ';
            }
            continue;
        }
        gap = 0;
        cell += c;
    }
    return cells;
}

// "47%", "1,024", "+3", "−2", "$84m", "3.1", "–": a figure or an empty cell's mark, not a word.
bool isFigureCell(const std::string& cell) {
    static const std::regex kFigure(R"(^[+\-]?(?:\xE2\x88\x92)?(?:\$|\xE2\x82\xAC|\xC2\xA3)?\d[\d,.]*(?:%|[a-zA-Z]{1,2})?$)");
    return std::regex_match(cell, kFigure) || cell == "-" || cell == "\xE2\x80\x93" || cell == "\xE2\x80\x94" || cell == "n/a";
}

bool holdsCodeSigns(const std::string& line) { return line.find_first_of("{};=<>|`\\") != std::string::npos; }

std::size_t indentOf(const std::string& line) {
    std::size_t k = 0;
    while (k < line.size() && (line[k] == ' ' || line[k] == '\t')) k += 1;
    return k;
}

}  // namespace

std::string spacedTablesAsPipeTables(const std::string& text, bool markdown) {
    if (text.find("  ") == std::string::npos && text.find('\t') == std::string::npos) return text;
    std::vector<std::string> lines;
    for (std::size_t from = 0; from <= text.size();) {
        std::size_t eol = text.find('\n', from);
        if (eol == std::string::npos) eol = text.size();
        lines.push_back(text.substr(from, eol - from));
        from = eol + 1;
    }
    bool changed = false;
    for (std::size_t i = 0; i + 2 < lines.size(); ++i) {
        if (holdsCodeSigns(lines[i])) continue;
        const std::vector<std::string> header = spacedCells(lines[i]);
        // (A header of words: a first row of figures is a table's first row, with no header to name its columns.)
        if (header.size() < 2 || std::any_of(header.begin(), header.end(), isFigureCell)) continue;
        // The rows under it: the same count of cells each, its first a label, the rest figures.
        std::size_t width = 0, end = i + 1, figures = 0, cells = 0;
        while (end < lines.size() && !holdsCodeSigns(lines[end])) {
            const std::vector<std::string> row = spacedCells(lines[end]);
            if (row.size() < 3 || (width != 0 && row.size() != width) || !std::any_of(row[0].begin(), row[0].end(), [](char c) {
                    return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
                })) {
                break;
            }
            width = row.size();
            for (std::size_t k = 1; k < row.size(); ++k) figures += isFigureCell(row[k]);
            cells += row.size() - 1;
            ++end;
        }
        if (end - i < 3 || (header.size() != width && header.size() + 1 != width) || figures * 10 < cells * 9) continue;
        std::vector<std::string> table;
        const auto rowOf = [](const std::vector<std::string>& row) {
            std::string out = "|";
            for (const std::string& cell : row) out += " " + cell + " |";
            return out;
        };
        std::vector<std::string> top = header;
        if (top.size() + 1 == width) top.insert(top.begin(), "");
        table.push_back(rowOf(top));
        std::string rule = "|";
        for (std::size_t k = 0; k < width; ++k) rule += "---|";
        table.push_back(rule);
        for (std::size_t r = i + 1; r < end; ++r) table.push_back(rowOf(spacedCells(lines[r])));
        // (In Markdown, the lines indented with the table around it are its words, not code: "    Q: Would you vote…".)
        if (markdown) {
            for (std::size_t k = i; k-- > 0 && (collapseWhitespace(lines[k]).empty() || indentOf(lines[k]) >= 4) && !holdsCodeSigns(lines[k]);) {
                lines[k] = collapseWhitespace(lines[k]);
            }
            for (std::size_t k = end; k < lines.size() && indentOf(lines[k]) >= 4 && !holdsCodeSigns(lines[k]); ++k) {
                lines[k] = collapseWhitespace(lines[k]);
            }
        }
        // (A blank line before and after it: a table of its own, not a paragraph's lines.)
        table.insert(table.begin(), "");
        table.push_back("");
        lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i), lines.begin() + static_cast<std::ptrdiff_t>(end));
        lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(i), table.begin(), table.end());
        i += table.size() - 1;
        changed = true;
    }
    if (!changed) return text;
    std::string out;
    for (std::size_t k = 0; k < lines.size(); ++k) out += lines[k] + (k + 1 < lines.size() ? "\n" : "");
    return out;
}

}  // namespace readcast
