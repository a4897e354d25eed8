// A full stop typed with no space after it, between a lower-case word and a capitalized one, ends a
// sentence: "Ginger Nut.These", "we did.Mortified". eSpeak NG would say "dot". Names written that way
// stay: "Node.js", "ASP.NET", "Libération.fr" (a lower-case or capital letter follows, not a word).
// Runs on the text before it is split into tokens.

#include <cctype>

#include "text/english/Rules.hpp"

namespace readcast::english {

std::string spacedStops(const std::string& text, std::vector<Rewrite>* log) {
    const auto lower = [&](std::size_t k) { return std::islower(static_cast<unsigned char>(text[k])) != 0; };
    const auto upper = [&](std::size_t k) { return std::isupper(static_cast<unsigned char>(text[k])) != 0; };
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        out += text[i];
        if (text[i] == '.' && i >= 2 && lower(i - 1) && lower(i - 2) && i + 2 < text.size() && upper(i + 1) && lower(i + 2)) {
            out += ' ';
            if (log != nullptr) log->push_back({text.substr(i - 2, 5), text.substr(i - 2, 3) + " " + text.substr(i + 1, 2), "stop"});
        }
    }
    return out;
}

}  // namespace readcast::english
