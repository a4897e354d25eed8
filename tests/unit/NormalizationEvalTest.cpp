// The hand-built evaluation set (tests/data/normalization-eval.tsv: category, written, spoken readings
// separated by " | "), scored as a newsreader would judge it: a case is right when the normalizer's
// output sounds like one of the accepted readings, compared as the phonemes eSpeak NG will say (stress
// marks and pauses aside). Prints the accuracy per category and the cases that failed.

#include <gtest/gtest.h>

#include <espeak-ng/speak_lib.h>

#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

#include "text/Normalizer.hpp"

using namespace readcast;

namespace {

struct Case {
    std::string category, written;
    std::vector<std::string> readings;
};

std::vector<Case> loadCases() {
    std::ifstream in(std::string(READCAST_TEST_DATA) + "/normalization-eval.tsv");
    std::vector<Case> cases;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        Case c;
        std::string spoken;
        std::getline(fields, c.category, '\t');
        std::getline(fields, c.written, '\t');
        std::getline(fields, spoken);
        for (std::size_t start = 0;;) {
            const std::size_t bar = spoken.find(" | ", start);
            c.readings.push_back(spoken.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
            if (bar == std::string::npos) break;
            start = bar + 3;
        }
        cases.push_back(std::move(c));
    }
    return cases;
}

// What eSpeak NG will say, as its phoneme mnemonics without stress marks, pauses or word gaps.
std::string phonemes(const std::string& text) {
    std::string out;
    const void* ptr = text.c_str();
    while (ptr != nullptr) {
        const char* clause = espeak_TextToPhonemes(&ptr, espeakCHARS_UTF8, 0);
        if (clause == nullptr) break;
        for (const char* p = clause; *p != '\0'; ++p) {
            // Pauses ("_", "_:") and stress marks are how a sentence is said, not what is said.
            if (*p == '_') {
                if (p[1] == ':') ++p;
                continue;
            }
            if (*p != '\'' && *p != ',' && *p != ' ' && *p != '%' && *p != '=' && *p != '\n') out += *p;
        }
    }
    return out;
}

}  // namespace

TEST(NormalizationEvalTest, shouldSayTheWrittenFormsAsANewsreaderWould) {
    ASSERT_GT(espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT), 0);
    ASSERT_EQ(espeak_SetVoiceByName("en-us"), EE_OK);
    const std::vector<Case> cases = loadCases();
    ASSERT_GE(cases.size(), 400u);
    const Normalizer normalizer("en-US", nullptr);
    std::map<std::string, std::pair<int, int>> byCategory;  // right, total
    int right = 0;
    std::ostringstream failures;
    for (const Case& c : cases) {
        const std::string said = normalizer.normalize(c.written);
        const std::string ours = phonemes(said);
        bool ok = false;
        for (const std::string& reading : c.readings) ok = ok || phonemes(reading) == ours;
        auto& [catRight, catTotal] = byCategory[c.category];
        ++catTotal;
        if (ok) {
            ++catRight;
            ++right;
        } else {
            failures << "  [" << c.category << "] " << c.written << "\n      said:     " << said
                     << "\n      expected: " << c.readings.front() << '\n';
        }
    }
    const double accuracy = static_cast<double>(right) / static_cast<double>(cases.size());
    double worst = 1.0;
    std::cout << "normalization: " << right << "/" << cases.size() << " right (" << std::fixed << std::setprecision(1)
              << accuracy * 100 << "%)\n";
    for (const auto& [category, counts] : byCategory) {
        const double a = static_cast<double>(counts.first) / counts.second;
        worst = std::min(worst, a);
        std::cout << "  " << std::setw(14) << category << "  " << counts.first << "/" << counts.second << "  "
                  << a * 100 << "%\n";
    }
    if (std::getenv("READCAST_EVAL_FAILURES") != nullptr) std::cout << failures.str();
    EXPECT_GE(accuracy, EVAL_ACCURACY_FLOOR);
    EXPECT_GE(worst, EVAL_CATEGORY_FLOOR);
}
