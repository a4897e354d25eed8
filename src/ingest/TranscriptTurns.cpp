#include "ingest/TranscriptTurns.hpp"

#include <cctype>
#include <map>
#include <string>
#include <string_view>

#include "core/Text.hpp"
#include "core/WordSet.hpp"

namespace readcast {
namespace {

// The speaker's label opening a turn, its name in capitals and perhaps its role after a comma, up to its colon: "TOM
// REYES, BYLINE"; "" for any other paragraph. (No small letter in it, three capitals at least, no sentence's mark.)
std::string turnLabelOf(const std::string& text) {
    const std::size_t colon = text.find(':');
    if (colon == std::string::npos || colon < 3 || colon > 60 || (colon + 1 < text.size() && text[colon + 1] != ' ')) return "";
    const std::string label = text.substr(0, colon);
    std::size_t capitals = 0;
    for (char c : label) {
        const auto u = static_cast<unsigned char>(c);
        if (std::islower(u)) return "";
        if (std::string_view("!?;\"").find(c) != std::string_view::npos) return "";
        capitals += std::isupper(u) ? 1 : 0;
    }
    return capitals >= 3 ? label : "";
}

// A programme's role after the name: the label's part after its first comma is the role whatever it says ("CNN ANCHOR",
// "SENIOR WHITE HOUSE CORRESPONDENT", "FARMWORKER"); these alone tell a transcript by one label.
constexpr WordSet kRoles({"HOST", "BYLINE", "ANCHOR", "CORRESPONDENT", "REPORTER", "PRESENTER", "GUEST", "MODERATOR", "INTERVIEWER"});

// "AMY LEE" -> "Amy Lee", "O'BRIEN" -> "O'Brien", "UNIDENTIFIED PERSON #1" -> "Unidentified person": a name in capitals
// said as a name, its bracketed party kept as written ("(D-VA)"), a number after "#" left out.
std::string speakerNameOf(const std::string& label) {
    std::string name = label.substr(0, label.find(','));
    if (const std::size_t hash = name.find(" #"); hash != std::string::npos) name = name.substr(0, hash);
    const bool unidentified = name.rfind("UNIDENTIFIED", 0) == 0;
    std::string out;
    bool start = true, bracket = false;
    for (char c : name) {
        if (c == '(') bracket = true;
        if (c == ')') bracket = false;
        const auto u = static_cast<unsigned char>(c);
        if (bracket || !std::isalpha(u)) {
            out += c;
            start = c == ' ' || c == '-' || c == '\'' || c == '(';
            continue;
        }
        out += start && !(unidentified && !out.empty()) ? c : static_cast<char>(std::tolower(u));
        start = false;
    }
    // (A title's dot after its letters: "REP." -> "Rep.", "DR." -> "Dr.")
    return collapseWhitespace(out);
}

// "(Laughs)", "(Through interpreter)", "(Speaking Spanish)": a stage direction opening the turn, a few words in brackets
// with no figure; how long the opening bracket runs, or 0.
std::size_t stageDirection(const std::string& text) {
    if (text.empty() || text[0] != '(') return 0;
    const std::size_t close = text.find(')');
    if (close == std::string::npos || close > 40) return 0;
    const std::string inside = text.substr(1, close - 1);
    if (inside.find_first_of("0123456789") != std::string::npos || countWords(inside) > 4 || inside.empty() ||
        !std::isupper(static_cast<unsigned char>(inside[0]))) {
        return 0;
    }
    std::size_t end = close + 1;
    while (end < text.size() && (text[end] == ' ' || text[end] == '.' || text[end] == ',')) ++end;
    return end;
}

}  // namespace

void withTranscriptTurnsSaid(std::vector<Block>& blocks) {
    // (Told by what only a transcript has: a programme's role in a label, an unidentified speaker, a transcriber's cue. A round-up's
    // datelines, "NEW DELHI:", and a notice's fields, "AREA:", "DATE:", come again too.)
    std::map<std::string, int> turns;
    bool transcript = false;
    for (const Block& b : blocks) {
        transcript = transcript || startsWithAnyOf(b.text, {"(SOUNDBITE", "(BEGIN VIDEO", "(END VIDEO", "(CROSSTALK", "(COMMERCIAL BREAK"});
        const std::string label = turnLabelOf(b.text);
        if (label.empty()) continue;
        ++turns[speakerNameOf(label)];
        transcript = transcript || label.rfind("UNIDENTIFIED", 0) == 0;
        const std::size_t comma = label.find(", ");
        if (comma != std::string::npos) {
            for (const std::string& w : splitWords(label.substr(comma + 2))) transcript = transcript || kRoles.count(w) != 0;
        }
    }
    if (turns.size() < 2 || !transcript) return;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        Block& b = blocks[i];
        const std::string label = turnLabelOf(b.text);
        if (label.empty()) continue;
        std::string said = b.text.size() > label.size() + 1 ? collapseWhitespace(b.text.substr(label.size() + 1)) : "";
        // (A label alone on its line opens the paragraph under it.)
        if (said.empty() && i + 1 < blocks.size() && turnLabelOf(blocks[i + 1].text).empty() && !blocks[i + 1].text.empty()) {
            said = blocks[i + 1].text;
            blocks[i + 1].text.clear();
        }
        if (const std::size_t direction = stageDirection(said)) said = said.substr(direction);
        b.text = said.empty() ? "" : speakerNameOf(label) + ": " + said;
    }
    std::erase_if(blocks, [](const Block& b) { return b.text.empty(); });
}

}  // namespace readcast
