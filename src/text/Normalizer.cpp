#include "text/Normalizer.hpp"

#include "core/Ascii.hpp"
#include "core/LanguageTag.hpp"
#include "core/Text.hpp"

namespace readcast {
namespace {

// Lexicon matches are swapped for placeholders while the rules run, so a respelling or a phoneme
// string (which may hold digits and apostrophes) is never rewritten again. U+E000.. private use.
std::string placeholder(std::size_t index) {
    const auto cp = static_cast<unsigned>(0xE000 + index);
    std::string s;
    s += static_cast<char>(0xE0 | (cp >> 12));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
    return s;
}

}  // namespace

std::unique_ptr<LanguageRules> rulesFor(const std::string& language) {
    const std::string lang = lowerAscii(language);
    if (isEnglish(lang)) {
        // Dates like 4/5/2025 are day first outside North America.
        const bool dayFirst = lang != "en" && lang != "en-us" && lang != "en_us" && lang != "en-ca" && lang != "en-ph";
        return makeEnglishRules(dayFirst);
    }
    return nullptr;
}

Normalizer::Normalizer(const std::string& language, const Lexicon* lexicon)
    : lexicon_(lexicon), rules_(rulesFor(language)) {}
Normalizer::~Normalizer() = default;
Normalizer::Normalizer(Normalizer&&) noexcept = default;
Normalizer& Normalizer::operator=(Normalizer&&) noexcept = default;

std::string Normalizer::normalize(const std::string& text, std::vector<Rewrite>* log) const {
    std::string work;
    std::vector<const LexiconEntry*> held;
    std::size_t at = 0;
    if (lexicon_ != nullptr) {
        for (const LexiconMatch& m : lexicon_->find(text)) {
            if (held.size() >= 6000) break;
            work += text.substr(at, m.begin - at);
            work += placeholder(held.size());
            held.push_back(m.entry);
            if (log != nullptr) log->push_back({text.substr(m.begin, m.end - m.begin), m.entry->spoken, "lexicon"});
            at = m.end;
        }
    }
    work += text.substr(at);
    std::string out = rules_ ? rules_->apply(work, log) : work;
    // "[[" switches eSpeak NG to phoneme input; only the lexicon may do that, not the article's text.
    for (std::size_t pos = out.find("[["); pos != std::string::npos; pos = out.find("[[", pos)) out.replace(pos, 2, "[ [");
    for (std::size_t pos = out.find("]]"); pos != std::string::npos; pos = out.find("]]", pos)) out.replace(pos, 2, "] ]");
    for (std::size_t i = 0; i < held.size(); ++i) {
        const std::string mark = placeholder(i);
        for (std::size_t pos = out.find(mark); pos != std::string::npos; pos = out.find(mark, pos)) {
            out.replace(pos, mark.size(), held[i]->spoken);
            pos += held[i]->spoken.size();
        }
    }
    return collapseWhitespace(out);
}

}  // namespace readcast
