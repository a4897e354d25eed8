// Article extraction over the real pages of ../shared/corpus/readability: word 4-gram overlap F1 of
// `extract --text` against the text of Readability.js's expected.html, and title agreement with its
// expected-metadata.json. Prints the mean and the worst pages.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

#include "core/Error.hpp"
#include "ingest/html/HtmlDom.hpp"
#include "ingest/Ingest.hpp"

namespace fs = std::filesystem;
using namespace readcast;

namespace {

std::string readFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Lower-cased words by ICU's word boundaries, so that Chinese and Japanese pages tokenize too.
std::vector<std::string> words(const std::string& text) {
    UErrorCode status = U_ZERO_ERROR;
    static std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
    u.toLower();
    it->setText(u);
    std::vector<std::string> out;
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        if (it->getRuleStatus() == UBRK_WORD_NONE) continue;
        std::string w;
        u.tempSubStringBetween(start, end).toUTF8String(w);
        out.push_back(std::move(w));
    }
    return out;
}

std::map<std::string, int> ngrams(const std::vector<std::string>& w, std::size_t n) {
    std::map<std::string, int> grams;
    if (w.size() < n) n = 1;
    for (std::size_t i = 0; i + n <= w.size(); ++i) {
        std::string g;
        for (std::size_t k = 0; k < n; ++k) g += w[i + k] + '\x1f';
        ++grams[g];
    }
    return grams;
}

double f1(const std::string& candidate, const std::string& reference) {
    const auto c = ngrams(words(candidate), 4), r = ngrams(words(reference), 4);
    long overlap = 0, nc = 0, nr = 0;
    for (const auto& [g, k] : c) {
        nc += k;
        const auto it = r.find(g);
        if (it != r.end()) overlap += std::min(k, it->second);
    }
    for (const auto& [g, k] : r) nr += k;
    if (nc == 0 || nr == 0 || overlap == 0) return 0.0;
    const double p = static_cast<double>(overlap) / nc, rec = static_cast<double>(overlap) / nr;
    return 2 * p * rec / (p + rec);
}

std::string bodyText(const Article& a) {
    std::string out;
    for (const Block& b : a.blocks) {
        if (b.kind == BlockKind::Paragraph || b.kind == BlockKind::Quote || b.kind == BlockKind::ListItem ||
            b.kind == BlockKind::Heading) {
            out += b.text + "\n\n";
        }
    }
    return out;
}

std::string normalizedTitle(const std::string& t) {
    std::string out;
    for (const std::string& w : words(t)) out += w + ' ';
    return out;
}

struct PageResult {
    std::string name;
    double f1 = 0;
    bool titleKnown = false;
    bool titleMatch = false;
    std::string error;
};

}  // namespace

TEST(ExtractionCorpusTest, shouldExtractArticlesCloseToTheReference) {
    const fs::path corpus = fs::path(READCAST_CORPUS_DIR) / "readability";
    if (!fs::exists(corpus)) GTEST_SKIP() << "corpus not found at " << corpus;
    std::vector<PageResult> results;
    for (const auto& entry : fs::directory_iterator(corpus)) {
        const fs::path source = entry.path() / "source.html", expected = entry.path() / "expected.html";
        if (!fs::exists(source) || !fs::exists(expected)) continue;
        PageResult r;
        r.name = entry.path().filename().string();
        std::string text;
        Article a;
        try {
            a = ingestArticle(Input{source.string(), readFile(source)}, InputFormat::Html);
            text = bodyText(a);
        } catch (const Error& e) {
            r.error = e.what();
        }
        const HtmlDocument reference(readFile(expected));
        r.f1 = f1(text, textContent(reference.root()));
        const fs::path meta = entry.path() / "expected-metadata.json";
        if (fs::exists(meta)) {
            const auto m = nlohmann::json::parse(readFile(meta), nullptr, false);
            if (!m.is_discarded() && m.contains("title") && m["title"].is_string() && !m["title"].get<std::string>().empty()) {
                r.titleKnown = true;
                r.titleMatch = normalizedTitle(m["title"].get<std::string>()) == normalizedTitle(a.title);
                if (!r.titleMatch) r.error += " title: \"" + a.title + "\" expected \"" + m["title"].get<std::string>() + "\"";
            }
        }
        results.push_back(r);
    }
    ASSERT_GT(results.size(), 100u);
    std::sort(results.begin(), results.end(), [](const auto& a, const auto& b) { return a.f1 < b.f1; });
    double sum = 0;
    std::size_t titled = 0, matched = 0;
    for (const PageResult& r : results) {
        sum += r.f1;
        titled += r.titleKnown;
        matched += r.titleMatch;
    }
    const double mean = sum / static_cast<double>(results.size());
    const double titleRate = static_cast<double>(matched) / static_cast<double>(titled);
    std::cout << std::fixed << std::setprecision(3) << "pages: " << results.size() << "  mean 4-gram F1: " << mean
              << "  titles matching: " << matched << "/" << titled << " (" << titleRate << ")\nworst pages:\n";
    // READCAST_CORPUS_ALL=1 lists every page, for comparing two versions of the extractor.
    const std::size_t shown = std::getenv("READCAST_CORPUS_ALL") != nullptr ? results.size() : 15;
    for (std::size_t i = 0; i < std::min(shown, results.size()); ++i) {
        std::cout << "  " << std::setw(6) << results[i].f1 << "  " << results[i].name << "  " << results[i].error << '\n';
    }
    for (const PageResult& r : results) {
        if (r.titleKnown && !r.titleMatch && r.f1 >= results[std::min<std::size_t>(14, results.size() - 1)].f1) {
            std::cout << "  title   " << r.name << " " << r.error << '\n';
        }
    }
    EXPECT_GE(mean, MEAN_F1_FLOOR);
    EXPECT_GE(titleRate, 0.95);
}
