// Article extraction over the real pages of ../shared/corpus/readability, against Readability.js's
// expected.html and expected-metadata.json:
// - word 4-gram overlap F1 of the body text, and title agreement;
// - furniture: the share of spoken body utterances whose words are not in the reference (word
//   trigram coverage under a third), and the pages where anything code-like would be spoken.
// Prints the figures and the worst pages; fails below the floors.

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
#include <set>
#include <sstream>

#include "core/Error.hpp"
#include "core/Text.hpp"
#include "ingest/Ingest.hpp"
#include "ingest/html/HtmlDom.hpp"
#include "text/ScriptBuilder.hpp"

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
            b.kind == BlockKind::Heading || b.kind == BlockKind::Caption) {
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

// The reference keeps a site's or author's name beside a separator ("… | IAB", "… - Medium", "Yahoo
// News - …"); the narration drops it. The same headline either way: ours is the reference on one side
// of a separator.
bool sameTitle(const std::string& ours, const std::string& reference) {
    if (normalizedTitle(ours) == normalizedTitle(reference)) return true;
    const std::string ref = collapseWhitespace(reference);
    // "… [LWN.net]": the site in brackets at the end.
    if (const std::size_t open = ref.rfind(" ["); open != std::string::npos && ref.back() == ']' &&
        normalizedTitle(ref.substr(0, open)) == normalizedTitle(ours)) {
        return true;
    }
    for (const char* sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xB7 ", " _", "_"}) {
        for (std::size_t at = ref.find(sep); at != std::string::npos; at = ref.find(sep, at + 1)) {
            if (normalizedTitle(ref.substr(0, at)) == normalizedTitle(ours) ||
                normalizedTitle(ref.substr(at + std::string(sep).size())) == normalizedTitle(ours)) {
                return true;
            }
        }
    }
    return false;
}

struct PageResult {
    std::string name;
    double f1 = 0;
    bool titleKnown = false;
    bool titleMatch = false;
    std::size_t spoken = 0;     // body utterances that would be spoken
    std::size_t furniture = 0;  // of those, not in the reference
    std::vector<std::string> furnitureLines;
    std::vector<std::string> codeLines;
    std::string error;
};

std::set<std::string> gramSet(const std::vector<std::string>& w, std::size_t n) {
    std::set<std::string> grams;
    for (std::size_t i = 0; i + n <= w.size(); ++i) {
        std::string g;
        for (std::size_t k = 0; k < n; ++k) g += w[i + k] + '\x1f';
        grams.insert(g);
    }
    return grams;
}

// An utterance is the reference's when at least a third of its word trigrams occur there (a short one:
// when all its words occur there in a row).
bool inReference(const std::vector<std::string>& utterance, const std::vector<std::string>& reference,
                 const std::set<std::string>& referenceTrigrams) {
    if (utterance.empty()) return true;
    if (utterance.size() < 3) return !gramSet(reference, utterance.size()).empty() &&
                                     gramSet(reference, utterance.size()).count(*gramSet(utterance, utterance.size()).begin()) != 0;
    std::size_t hit = 0, total = 0;
    for (const std::string& g : gramSet(utterance, 3)) {
        ++total;
        hit += referenceTrigrams.count(g);
    }
    return hit * 3 >= total;
}

// The test's own notion of code, independent of the narrator's guard: braces, markup, arrows, calls.
bool looksLikeCode(const std::string& s) {
    for (const char* mark : {"{", "}", "</", "/>", "=>", "function(", "function (", "\\/", "();", "window.",
                             "document.", "&&", "console.log("}) {
        if (s.find(mark) != std::string::npos) return true;
    }
    const std::size_t var = s.find("var ");
    return var != std::string::npos && (var == 0 || !std::isalpha(static_cast<unsigned char>(s[var - 1])));
}

// The reference's text without its <pre> blocks: code samples and terminal sessions, which a narration
// never reads (Readability keeps them for the eye).
void appendReferenceText(const GumboNode* node, std::string& out) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
        out += node->v.text.text;
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE) return;
    for (unsigned i = 0; i < node->v.element.children.length; ++i) {
        appendReferenceText(static_cast<const GumboNode*>(node->v.element.children.data[i]), out);
    }
    out += ' ';
}

void measureFurniture(const Article& a, const std::string& reference, PageResult& r) {
    ScriptOptions options;
    options.intro = false;
    const Script script = buildScript(a, options);
    const std::vector<std::string> referenceWords = words(reference);
    const std::set<std::string> referenceTrigrams = gramSet(referenceWords, 3);
    for (const Utterance& u : script.utterances) {
        if (looksLikeCode(u.text)) r.codeLines.push_back(u.text.substr(0, 80));
        if (u.role == Role::Title || u.role == Role::Intro || u.role == Role::Outro) continue;
        ++r.spoken;
        if (!inReference(words(u.text), referenceWords, referenceTrigrams)) {
            ++r.furniture;
            r.furnitureLines.push_back(u.text.substr(0, 100));
        }
    }
}

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
        std::string referenceText;
        appendReferenceText(reference.root(), referenceText);
        r.f1 = f1(text, referenceText);
        if (r.error.empty()) measureFurniture(a, referenceText, r);
        const fs::path meta = entry.path() / "expected-metadata.json";
        if (fs::exists(meta)) {
            const auto m = nlohmann::json::parse(readFile(meta), nullptr, false);
            if (!m.is_discarded() && m.contains("title") && m["title"].is_string() && !m["title"].get<std::string>().empty()) {
                r.titleKnown = true;
                r.titleMatch = sameTitle(a.title, m["title"].get<std::string>());
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
    std::size_t spoken = 0, furniture = 0, codePages = 0;
    for (const PageResult& r : results) {
        spoken += r.spoken;
        furniture += r.furniture;
        codePages += r.codeLines.empty() ? 0 : 1;
    }
    const double furnitureShare = static_cast<double>(furniture) / static_cast<double>(spoken);
    std::cout << "furniture: " << furniture << " of " << spoken << " spoken body utterances (" << std::setprecision(4)
              << furnitureShare * 100 << "%) not in the reference; pages with code spoken: " << codePages << '\n';
    std::vector<const PageResult*> byFurniture;
    for (const PageResult& r : results) byFurniture.push_back(&r);
    std::sort(byFurniture.begin(), byFurniture.end(), [](auto* a, auto* b) { return a->furniture > b->furniture; });
    for (std::size_t i = 0; i < std::min(shown, byFurniture.size()) && byFurniture[i]->furniture > 0; ++i) {
        std::cout << "  " << byFurniture[i]->furniture << "  " << byFurniture[i]->name << '\n';
        for (const std::string& line : byFurniture[i]->furnitureLines) std::cout << "      | " << line << '\n';
    }
    for (const PageResult& r : results) {
        for (const std::string& line : r.codeLines) std::cout << "  code  " << r.name << "  " << line << '\n';
    }
    EXPECT_GE(mean, MEAN_F1_FLOOR);
    EXPECT_GE(titleRate, TITLE_FLOOR);
    EXPECT_LE(furnitureShare, FURNITURE_CEILING);
    EXPECT_EQ(codePages, 0u);
}
