#include "ingest/SpeakerLabels.hpp"

#include <cctype>
#include <map>
#include <set>
#include <string>

#include "core/Text.hpp"
#include "core/WordSet.hpp"

namespace readcast {
namespace {

// The initials opening a block as a speaker's label, "DM: …", or "".
std::string labelOf(const std::string& text) {
    std::size_t k = 0;
    while (k < text.size() && k < 4 && std::isupper(static_cast<unsigned char>(text[k]))) ++k;
    if (k < 2 || k > 3 || k + 1 >= text.size() || text[k] != ':' || text[k + 1] != ' ') return "";
    return text.substr(0, k);
}

// A word of a name: a capital, then small letters (a hyphen or an apostrophe inside: "O'Brien", "Mbeki-Nkosi").
bool nameWord(const std::string& w) {
    if (w.size() < 2 || !std::isupper(static_cast<unsigned char>(w[0]))) return false;
    bool small = false;
    for (std::size_t k = 1; k < w.size(); ++k) {
        const unsigned char c = static_cast<unsigned char>(w[k]);
        if (std::islower(c) || c >= 0x80) {
            small = true;
        } else if (c != '-' && c != '\'' && !std::isupper(c)) {
            return false;
        }
    }
    return small;
}

}  // namespace

void withSpeakersNamed(std::vector<Block>& blocks) {
    std::set<std::string> labels;
    for (const Block& b : blocks) {
        if (const std::string label = labelOf(b.text); !label.empty()) labels.insert(label);
    }
    if (labels.empty()) return;
    // The names with those initials, as the article writes them, and which surnames they end on.
    std::map<std::string, std::set<std::string>> surnames;
    // (An agency's initials are no speaker's, "FHP: Driver, 27, …" for the "Florida Highway Patrol": its name ends on what it
    // is, not a surname. A team's, "NYK: Brunson 35 points" for the "New York Knicks", ends on its own.)
    static constexpr WordSet kBodies({"Patrol", "Police", "Service", "Services", "Department", "Office", "Agency", "Authority",
                                      "Council", "Commission", "Board", "Bureau", "Ministry", "Administration", "Institute",
                                      "Association", "Union", "Party", "Court", "Bank", "Fund", "Group", "Company", "Corporation"});
    for (const Block& b : blocks) {
        std::vector<std::string> words = splitWords(b.text);
        for (std::string& w : words) {
            while (!w.empty() && std::string(",.:;!?)\"").find(w.back()) != std::string::npos) w.pop_back();
        }
        for (std::size_t start = 0; start < words.size(); ++start) {
            std::string initials;
            for (std::size_t k = start; k < words.size() && k - start < 3 && nameWord(words[k]); ++k) {
                initials += words[k][0];
                // (The whole run of capitalized words: "Chief Executive Dan Marokane" names a post, then the man.)
                const bool last = k + 1 == words.size() || !nameWord(words[k + 1]);
                // (Three words at least: "Margaret Court", "Tobias Bank" are people.)
                const bool body = initials.size() >= 3 && kBodies.count(words[k]) != 0;
                if (initials.size() >= 2 && last && labels.count(initials) != 0 && !body) surnames[initials].insert(words[k]);
            }
        }
    }
    for (Block& b : blocks) {
        const std::string label = labelOf(b.text);
        const auto found = surnames.find(label);
        if (found == surnames.end() || found->second.size() != 1) continue;
        b.text = *found->second.begin() + b.text.substr(label.size());
    }
}

}  // namespace readcast
