#include "ingest/QuoteAttribution.hpp"

#include <cctype>
#include <cstring>

#include "core/Text.hpp"

namespace readcast {

namespace {

// A full stop inside the speaker's words that ends a sentence, not a title's or an initial's: "Capt. William Ruto", "J.
// Smith" have none.
bool endsASentenceInside(const std::string& speaker) {
    for (std::size_t at = speaker.find(". "); at != std::string::npos; at = speaker.find(". ", at + 1)) {
        std::size_t from = speaker.rfind(' ', at);
        from = from == std::string::npos ? 0 : from + 1;
        const std::string word = speaker.substr(from, at - from);
        if (word.size() > 4 || word.empty() || !std::isupper(static_cast<unsigned char>(word[0]))) return true;
    }
    return false;
}

}  // namespace

std::string withSpokenAttribution(const std::string& text, bool quoteBlock) {
    const std::string t = collapseWhitespace(text);
    // (A quote opened at the start: a paragraph of prose that quotes someone midway has its own verb. A block quote is the
    // quotation whole, its marks or none.)
    const bool opened = !t.empty() && (t.rfind("\xE2\x80\x9C", 0) == 0 || t.front() == '"');
    if (t.empty() || !(opened || quoteBlock)) return text;
    // The quote's closing mark, a dash, and the speaker: "…laughing.” — Sir Peter Beck", "…Africa." – Capt. William Ruto, KPA MD".
    for (const char* dash : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " \xE2\x80\x95 ", "\xE2\x80\x94", " - "}) {
        const std::size_t at = t.rfind(dash);
        if (at == std::string::npos || at < 2) continue;
        // (The quote ends on its mark, its stop inside it or outside: "laughing.”", "laughing”.", "laughing."")
        std::string quote = t.substr(0, at);
        while (!quote.empty() && quote.back() == ' ') quote.pop_back();
        const bool curly = opened && quote.size() >= 3 && quote.compare(quote.size() - 3, 3, "\xE2\x80\x9D") == 0;
        const bool straight = opened && !quote.empty() && quote.back() == '"';
        // (A block quote without marks ends its last sentence before the dash.)
        const bool bare = !opened && !quote.empty() && std::strchr(".!?", quote.back()) != nullptr;
        if (!curly && !straight && !bare) continue;
        const std::size_t markSize = curly ? 3 : straight ? 1 : 0;
        std::string speaker = collapseWhitespace(t.substr(at + std::strlen(dash)));
        while (!speaker.empty() && (speaker.back() == '.' || speaker.back() == ' ')) speaker.pop_back();
        // (A name and perhaps who they are, a few words, capitalized first: "Sir Peter Beck", "Dlamini-Hartley, in a 1997
        // testimony to the TRC". No sentence of its own.)
        const auto first = static_cast<unsigned char>(speaker.empty() ? 'a' : speaker[0]);
        if (speaker.empty() || countWords(speaker) > 12 || !(std::isupper(first) || first >= 0xC3) ||
            speaker.find_first_of("!?\"") != std::string::npos || endsASentenceInside(speaker) ||
            speaker.find("\xE2\x80\x9C") != std::string::npos) {
            return text;
        }
        // (Without marks, the name before any comma, every word capitalized: "— Sen. Uzochukwu, in a statement"; "— And then
        // the rain came." is the quotation's own sentence.)
        if (bare) {
            for (const std::string& w : splitWords(speaker.substr(0, speaker.find(',')))) {
                const auto c = static_cast<unsigned char>(w[0]);
                if (!(std::isupper(c) || c >= 0xC3 || w == "of" || w == "de" || w == "van" || w == "von" || w == "bin" || w == "al" || w == "da")) return text;
            }
        }
        std::string body = quote.substr(0, quote.size() - markSize);
        const std::string mark = quote.substr(quote.size() - markSize);
        // ("laughing." inside the marks becomes "laughing," before the verb; a question keeps its mark.)
        if (!body.empty() && body.back() == '.') body.back() = ',';
        else if (!body.empty() && body.back() != ',' && body.back() != '?' && body.back() != '!') body += ',';
        return body + mark + " said " + speaker + ".";
    }
    return text;
}

}  // namespace readcast
