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

std::vector<Case> loadCases(const std::string& file) {
    std::ifstream in(std::string(READCAST_TEST_DATA) + "/" + file);
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

// Scores one file; returns overall and worst-category accuracy.
std::pair<double, double> score(const std::string& file) {
    const std::vector<Case> cases = loadCases(file);
    EXPECT_GE(cases.size(), 400u) << file;
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
    const double accuracy = cases.empty() ? 0.0 : static_cast<double>(right) / static_cast<double>(cases.size());
    double worst = 1.0;
    std::cout << file << ": " << right << "/" << cases.size() << " right (" << std::fixed << std::setprecision(1)
              << accuracy * 100 << "%)\n";
    for (const auto& [category, counts] : byCategory) {
        const double a = static_cast<double>(counts.first) / counts.second;
        worst = std::min(worst, a);
        std::cout << "  " << std::setw(14) << category << "  " << counts.first << "/" << counts.second << "  "
                  << a * 100 << "%\n";
    }
    if (std::getenv("READCAST_EVAL_FAILURES") != nullptr) std::cout << failures.str();
    return {accuracy, worst};
}

class NormalizationEvalTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        ASSERT_GT(espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT), 0);
        ASSERT_EQ(espeak_SetVoiceByName("en-us"), EE_OK);
    }
};

// The set the rules were written against.
TEST_F(NormalizationEvalTest, shouldSayTheWrittenFormsAsANewsreaderWould) {
    const auto [accuracy, worst] = score("normalization-eval.tsv");
    EXPECT_GE(accuracy, EVAL_ACCURACY_FLOOR);
    EXPECT_GE(worst, EVAL_CATEGORY_FLOOR);
}

// A second set by another writer, added after the rules and not used to write them: how the rules
// do on text they were not fitted to.
TEST_F(NormalizationEvalTest, shouldSayAHeldOutSetAsWell) {
    const auto [accuracy, worst] = score("normalization-heldout.tsv");
    EXPECT_GE(accuracy, HELDOUT_ACCURACY_FLOOR);
    EXPECT_GE(worst, HELDOUT_CATEGORY_FLOOR);
}

// A third set, written after the rules by someone who saw neither them nor the other sets.
TEST_F(NormalizationEvalTest, shouldSayAFreshSetAsWell) {
    const auto [accuracy, worst] = score("normalization-fresh.tsv");
    EXPECT_GE(accuracy, FRESH_ACCURACY_FLOOR);
    EXPECT_GE(worst, FRESH_CATEGORY_FLOOR);
}
