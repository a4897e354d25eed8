#include "text/SentenceSplitter.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <cctype>
#include <set>
#include <string_view>

#include "core/Error.hpp"
#include "text/english/Tables.hpp"

namespace readcast {
namespace {

// Abbreviations that do not end a sentence when a number follows: "Apr. 29", "No. 3", "p. 12".
const std::set<std::string_view> kBeforeNumbers{
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "No", "Nos", "Vol", "pp", "p", "Art", "Fig", "approx", "ca", "Ch", "Sec",
};

std::string toUtf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

// The word right before the final '.', e.g. "Apr" in "... on Apr.", or "" if the text doesn't end so.
std::string_view lastWordBeforeDot(std::string_view text) {
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (text.empty() || text.back() != '.') return {};
    text.remove_suffix(1);
    std::size_t start = text.size();
    while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1]))) --start;
    if (start > 0 && text[start - 1] != ' ' && text[start - 1] != '(' && text[start - 1] != '"') return {};
    return text.substr(start);
}

bool shouldJoin(std::string_view previous, std::string_view next) {
    const std::string_view word = lastWordBeforeDot(previous);
    if (word.empty() || next.empty()) return false;
    const auto first = static_cast<unsigned char>(next.front());
    // Titles and ranks never end a sentence: a name follows them.
    if (english::titleAbbreviations().count(std::string(word)) != 0) return true;
    if (kBeforeNumbers.count(word) != 0 && std::isdigit(first)) return true;
    // An initial ("J. R. Smith", "Harry S. Truman") followed by a capitalised name.
    return word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0])) && std::isupper(first);
}

}  // namespace

SentenceSplitter::SentenceSplitter(const std::string& language) {
    UErrorCode status = U_ZERO_ERROR;
    // "ss=standard" turns on ICU's list of abbreviations that do not end sentences (U.S., e.g., ...).
    const icu::Locale locale((language + "@ss=standard").c_str());
    iterator_.reset(icu::BreakIterator::createSentenceInstance(locale, status));
    if (U_FAILURE(status) || !iterator_) {
        throw Error(ExitCode::Failure, std::string("ICU sentence iterator for '") + language +
                                           "' could not be created: " + u_errorName(status));
    }
}

SentenceSplitter::~SentenceSplitter() = default;

std::vector<std::string> SentenceSplitter::operator()(const std::string& paragraph) const {
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(paragraph);
    iterator_->setText(text);
    std::vector<std::string> sentences;
    int32_t start = iterator_->first();
    for (int32_t end = iterator_->next(); end != icu::BreakIterator::DONE; start = end, end = iterator_->next()) {
        icu::UnicodeString piece;
        text.extractBetween(start, end, piece);
        std::string sentence = toUtf8(piece.trim());
        if (sentence.empty()) continue;
        if (!sentences.empty() && shouldJoin(sentences.back(), sentence)) {
            sentences.back() += ' ' + sentence;
        } else {
            sentences.push_back(std::move(sentence));
        }
    }
    return sentences;
}

}  // namespace readcast
