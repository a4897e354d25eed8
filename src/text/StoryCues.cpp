#include "text/StoryCues.hpp"

#include "core/Text.hpp"
#include "text/CountryCues.hpp"

namespace readcast {

bool isCricketReport(const std::string& text) {
    // (Words of cricket alone: "innings" is baseball's too, "bowled" ten-pin bowling's, "Test" any test.)
    static const char* const kWords[] = {"wicket", "wickets", "overs", "cricket", "Cricket", "lbw", "LBW", "ODI", "ODIs", "T20", "T20I",
                                         "batsman", "batsmen", "bowlers", "run-out", "run-outs", "not out", "stumps", "maidens", "Twenty20"};
    std::size_t count = 0, distinct = 0;
    for (const char* word : kWords) {
        const std::size_t n = occurrencesAsWord(text, word);
        count += n;
        distinct += n > 0;
    }
    return count >= 3 && distinct >= 2;
}

StoryCues cuesOfStory(const Article& article) {
    const std::string text = cueText(article);
    return StoryCues{countryOfText(article.language, text), isCricketReport(text)};
}

}  // namespace readcast
