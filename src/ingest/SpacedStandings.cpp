#include "ingest/SpacedStandings.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

#include "core/Ascii.hpp"
#include "core/Text.hpp"
#include "ingest/SportsTableHeaders.hpp"

namespace readcast {
namespace {

std::vector<std::string> standingsFields(const std::string& line) {
    std::vector<std::string> fields;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
        std::size_t end = i;
        while (end < line.size() && line[end] != ' ' && line[end] != '\t') ++end;
        if (end > i) fields.push_back(line.substr(i, end - i));
        i = end;
    }
    return fields;
}

// A table's figure: "24", "+11", "-3", "0.512", "+1.204" (a net run rate), a minus sign's "−3".
bool isStandingsFigure(const std::string& field) {
    std::size_t from = field.rfind("\xE2\x88\x92", 0) == 0 ? 3 : (field[0] == '+' || field[0] == '-') ? 1 : 0;
    if (from >= field.size()) return false;
    bool digit = false;
    for (std::size_t k = from; k < field.size(); ++k) {
        if (std::isdigit(static_cast<unsigned char>(field[k])) != 0) digit = true;
        else if (field[k] != '.') return false;
    }
    return digit;
}

// The column of places, "Pos", "#": its figure opens each row.
bool isPlaceHeader(const std::string& header) {
    const std::string k = lowerAscii(header);
    return k == "pos" || k == "pos." || k == "#" || k == "rank" || k == "no" || k == "no.";
}

// The columns of a header line: the place's (optional), the name's (one), then the sport's figures, each said with its words.
struct Header {
    bool place = false;
    std::vector<SportsColumn> figures;
};

std::optional<Header> headerOf(const std::string& line) {
    const std::vector<std::string> fields = standingsFields(line);
    // (Most lines leave here: a header's fields are short, as a sentence's words are not all.)
    if (fields.size() < 4 || fields.size() > 16 ||
        std::any_of(fields.begin(), fields.end(), [](const std::string& f) { return f.size() > 10; })) {
        return std::nullopt;
    }
    const std::vector<SportsColumn> columns = sportsColumns(fields);
    Header header;
    std::size_t k = 0;
    if (isPlaceHeader(fields[0])) {
        header.place = true;
        ++k;
    }
    // (The name's column, a word of letters the sport does not name: "Team", "Club", "Country".)
    if (k >= fields.size() || !columns[k].words.empty() ||
        !std::all_of(fields[k].begin(), fields[k].end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; })) {
        return std::nullopt;
    }
    ++k;
    for (; k < fields.size(); ++k) {
        if (columns[k].words.empty() || columns[k].dropped) return std::nullopt;
        header.figures.push_back(columns[k]);
    }
    if (header.figures.size() < 3) return std::nullopt;
    return header;
}

// A row under `header`, said: "1, Chiefs, played 6, won 5, lost 1, 24 points."; nothing for a line that is no such row.
std::string rowSaid(const Header& header, const std::string& line) {
    const std::vector<std::string> fields = standingsFields(line);
    if (fields.size() < header.figures.size() + 1 + (header.place ? 1 : 0)) return "";
    std::size_t k = 0;
    std::string said;
    if (header.place) {
        // ("=4", "4=": a place shared.)
        std::string place = fields[0];
        place.erase(std::remove(place.begin(), place.end(), '='), place.end());
        if (!isStandingsFigure(place) || place[0] == '+' || place[0] == '-') return "";
        said = place + ", ";
        ++k;
    }
    const std::size_t nameEnd = fields.size() - header.figures.size();
    if (nameEnd <= k) return "";
    std::string name;
    for (; k < nameEnd; ++k) {
        if (isStandingsFigure(fields[k]) && k + 1 == nameEnd) return "";  // (a figure too many: no row of this table)
        name += (name.empty() ? "" : " ") + fields[k];
    }
    if (!std::any_of(name.begin(), name.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; })) return "";
    said += name;
    for (std::size_t c = 0; c < header.figures.size(); ++c) {
        const std::string& figure = fields[nameEnd + c];
        if (!isStandingsFigure(figure)) return "";
        said += ", " + sayWithColumn(header.figures[c], figure);
    }
    return said + ".";
}

}  // namespace

std::string spacedStandingsAsRows(const std::string& text) {
    const std::vector<std::string> lines = splitLines(text);
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::optional<Header> header = headerOf(lines[i]);
        // (Two rows at least under it: a line of such words alone is no table.)
        if (!header || i + 2 >= lines.size() || rowSaid(*header, lines[i + 1]).empty() || rowSaid(*header, lines[i + 2]).empty()) {
            out += lines[i] + "\n";
            continue;
        }
        out += "\n";
        std::size_t k = i + 1;
        for (; k < lines.size(); ++k) {
            const std::string row = rowSaid(*header, lines[k]);
            if (row.empty()) break;
            out += row + "\n\n";
        }
        i = k - 1;
    }
    return out;
}

}  // namespace readcast
