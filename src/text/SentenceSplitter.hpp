#pragma once
// Sentence segmentation for news text: ICU's sentence break iterator with its standard abbreviation
// suppressions, then our own repairs for what news writes and ICU still splits: titles before names
// ("Gen. Kim"), abbreviated months before a day ("Apr. 29"), "No. 3", and initials ("J. R. Smith").
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
};

}  // namespace readcast
