#pragma once
// Sentence segmentation for news text: ICU's sentence break iterator, then repairs decided by what
// follows each full stop: titles before names ("Gen. Kim"), abbreviated months before a day ("Apr.
// 29"), "No. 3", initials and initialisms before a word that does not start sentences ("Harry S.
// Truman", "the U.S. Embassy"), a lower-case continuation ("…got me?" before his smile), a slogan in
// quotes ("the 'Meth. We're on it.' campaign") and an attribution after a quoted question.
//
//   SentenceSplitter split("en");
//   split("Mr. Kim arrived on Apr. 29. He left.")  // {"Mr. Kim arrived on Apr. 29.", "He left."}

#include <memory>
#include <string>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace readcast {

class SentenceSplitter {
public:
    explicit SentenceSplitter(const std::string& language);
    ~SentenceSplitter();
    SentenceSplitter(const SentenceSplitter&) = delete;
    SentenceSplitter& operator=(const SentenceSplitter&) = delete;

    std::vector<std::string> operator()(const std::string& paragraph) const;

private:
    std::unique_ptr<icu::BreakIterator> iterator_;
    bool english_ = false;  // the repairs for English abbreviations apply
    std::string language_;  // primary subtag ("de"): which other abbreviations never end a sentence
};

}  // namespace readcast
