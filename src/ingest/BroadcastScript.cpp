#include "ingest/BroadcastScript.hpp"

#include <regex>
#include <vector>

#include "core/Text.hpp"

namespace readcast {
namespace {

// A cue that stands for the clip it introduces, and the clip's timings: the line goes.
const std::regex& clipCue() {
    static const std::regex kClip(
        "^[ \t]*(?:SOT|SOUNDBITE|SB|NATS?|NAT SOUND|MUSIC|SFX|GRAPHIC|GFX|SUPER|CG|IN|OUT|OUTCUE|OUT-CUE|OUT CUE|DUR|DURATION|TRT|RUNS|CUE|PKG|"
        "PACKAGE|CLIP|ACTUALITY|ACT|INS|INCUE|IN-CUE)[ \t]*(?:[0-9]+[ \t]*)?:.*$");
    return kClip;
}

// A cue over what the reader says: the label goes, the words stay ("VO: Helicopters from …").
const std::regex& readCue() {
    static const std::regex kRead("^[ \t]*(?:VO|V/O|VOSOT|VO/SOT|ANCHOR|PRESENTER|READER|LINK|ON CAM|ON CAMERA|OC|O/C|LIVE)[ \t]*:[ \t]*(?=\\S)");
    return kRead;
}

// A pronunciation guide after a name, in brackets: "[PRON: SHAM-oh-nee]", "(pron: sheh-VAHN)", "[pronounced NEP]".
const std::regex& pronunciationGuide() {
    static const std::regex kGuide("[ \t]*[\\[(](?:PRON|Pron|pron)(?:\\.|:|ounced|OUNCED)[ \t]*:?[ \t]*[^\\])\n]{1,60}[\\])]");
    return kGuide;
}

// The crew's line: two fields or more of a script's header, "Producer: KAREN OYELARAN-SMITH   Duration: 4'30"   Reader: …".
bool isCrewLine(const std::string& line) {
    static const std::regex kField("(?:^|\\s)(?:Producer|Duration|Reader|Presenter|Editor|Writer|Reporter|Slug|Runs|TRT|Show|Bulletin)\\s*:",
                                   std::regex::icase);
    std::size_t fields = 0;
    for (auto it = std::sregex_iterator(line.begin(), line.end(), kField); it != std::sregex_iterator(); ++it) ++fields;
    return fields >= 2 && countWords(line) <= 20;
}

}  // namespace

std::string withoutBroadcastCues(const std::string& text) {
    const std::string guided = std::regex_replace(text, pronunciationGuide(), "");
    const std::vector<std::string> lines = splitLines(guided);
    std::size_t cues = 0;
    for (const std::string& line : lines) cues += std::regex_match(line, clipCue()) || std::regex_search(line, readCue()) ? 1 : 0;
    if (cues < 2) return guided;
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (std::regex_match(lines[i], clipCue()) || isCrewLine(lines[i])) continue;
        out += std::regex_replace(lines[i], readCue(), "");
        if (i + 1 < lines.size()) out += '\n';
    }
    return out;
}

}  // namespace readcast
