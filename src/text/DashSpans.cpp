#include "text/DashSpans.hpp"

#include <cctype>
#include <cstring>

#include "core/Ascii.hpp"
#include "core/WordSet.hpp"

namespace readcast {
namespace {

constexpr const char* kEnDash = "\xE2\x80\x93";

bool figureByte(char c) { return isAsciiDigit(c); }

// The figure that ends at `end` (exclusive): where it starts, its decimal comma or point and a clock's colon within it.
std::size_t figureStart(const std::string& text, std::size_t end) {
    std::size_t start = end;
    while (start > 0 && (figureByte(text[start - 1]) ||
                         ((text[start - 1] == ',' || text[start - 1] == '.' || text[start - 1] == ':') && start >= 2 && figureByte(text[start - 2])))) {
        --start;
    }
    return start;
}

std::size_t figureEnd(const std::string& text, std::size_t start) {
    std::size_t end = start;
    while (end < text.size() && (figureByte(text[end]) || ((text[end] == ',' || text[end] == '.' || text[end] == ':') && end + 1 < text.size() &&
                                                         figureByte(text[end + 1])))) {
        ++end;
    }
    return end;
}

double valueOf(const std::string& figure) {
    std::string plain;
    for (char c : figure) plain += c == ',' ? '.' : c;
    try {
        return std::stod(plain);
    } catch (...) {
        return 0;
    }
}

// Whether what follows the span at `at` is what it measures: a sign, a unit or a noun, not a preposition that follows a score
// ("3–2 mot Finland", "1–2 tegen Ajax").
bool measuredAfter(const std::string& text, std::size_t at) {
    std::size_t k = at;
    if (k < text.size() && text[k] == ' ') ++k;
    if (text.compare(at, 2, "\xC2\xA0") == 0) k = at + 2;
    if (k >= text.size()) return false;
    if (text[k] == '%' || text.compare(k, 2, "\xC2\xB0") == 0) return true;
    std::size_t end = k;
    while (end < text.size() && (isWordByte(text[end]) || static_cast<unsigned char>(text[end]) >= 0x80)) ++end;
    if (end == k) return false;
    static constexpr WordSet kScoreFollowers({"mot", "tegen", "proti", "against", "i", "in", "v", "ve", "na", "f\xC3\xB6r", "voor", "og", "och",
                                              "en", "a", "mod", "efter", "po", "ja", "dengan", "melawan", "lawan", "atas", "vs", "vs.",
                                              // where a side played: "förlorade 0–2 hemma", "tapte 0–2 hjemme", "verloor 0–2 thuis"
                                              "hemma", "borta", "hjemme", "ude", "borte", "thuis", "uit", "doma", "venku", "vonku", "di",
                                              "p\xC3\xA5", "over", "van", "til", "till", "tot", "etter", "mellom", "kegen"});
    const std::string word = lowerAscii(text.substr(k, end - k));
    return std::isdigit(static_cast<unsigned char>(text[k])) == 0 && kScoreFollowers.count(word) == 0;
}

// Whether a number's sign or a law's letter stands before the figure at `start`: "n° ", "nº ", "n. ", "č. ", "L. ", "art. ".
bool numberedBefore(const std::string& text, std::size_t start) {
    std::size_t end = start;
    while (end > 0 && text[end - 1] == ' ') --end;
    if (end >= 2 && text.compare(end - 2, 2, "\xC2\xA0") == 0) end -= 2;
    std::size_t word = end;
    while (word > 0 && text[word - 1] != ' ' && text[word - 1] != '(') --word;
    const std::string before = lowerAscii(text.substr(word, end - word));
    static constexpr WordSet kMarks({"n\xC2\xB0", "n\xC2\xBA", "n.", "n.\xC2\xBA", "no.", "nr.", "nr", "\xC4\x8D.", "l.", "r.", "d.", "art.", "numero",
                                     "num\xC3\xA9ro", "n\xC3\xBAmero", "nummer", "\xC4\x8D\xC3\xADslo"});
    return kMarks.count(before) != 0;
}

// Whether the sentence tells a result, where rising figures are a score: "Laget förlorade 0–2", "Oranje won 2–3 van Duitsland".
bool resultInSentence(const std::string& text) {
    const std::string lower = lowerAscii(text);
    for (const char* verb : {"vann", "vant", "vandt", "won ", "wint", "f\xC3\xB6rlora", "f\xC3\xB6rlust", "tapte", "tabte", "verloor",
                             "verliest", "prohr\xC3\xA1", "vyhr\xC3\xA1", "vyhral", "kalah", "menang", "slutade", "endte", "endete",
                             "eindigde", "skon\xC4\x8D", "remis", "gelijk", "oavgjort", "uavgjort", "uafgjort", "wedstrijd", "match", "z\xC3\xA1pas"}) {
        if (lower.find(verb) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

SpanWords spanWordsFor(const std::string& p) {
    if (p == "es") return {" a ", true, false, " y ", " entre Entre "};
    if (p == "it") return {" a ", true, false, " e ", " tra fra Tra Fra "};
    if (p == "pt") return {" a ", true, false, " e ", " entre Entre "};
    if (p == "fr") return {" \xC3\xA0 ", true, false, " et ", " entre Entre ", " ans % "};
    if (p == "nl") return {" tot ", false, false};
    if (p == "sv") return {" till ", false, false};
    if (p == "da" || p == "no" || p == "nb" || p == "nn") return {" til ", false, false};
    if (p == "cs" || p == "sk") return {" a\xC5\xBE ", false, true};
    if (p == "id" || p == "ms") return {" sampai ", false, false};
    return {};
}

std::string withDashSpansSaid(const std::string& text, const SpanWords& words, std::vector<Rewrite>* log) {
    const bool hyphens = words.hyphen || !words.hyphenBefore.empty();
    if (words.between.empty() || (text.find(kEnDash) == std::string::npos && !(hyphens && text.find('-') != std::string::npos))) return text;
    // (A hyphen before one of the words it is a span before: "60-64 ans", "10-15 %".)
    const auto hyphenSpan = [&](std::size_t at) {
        if (words.hyphen) return true;
        if (words.hyphenBefore.empty()) return false;
        std::size_t end = figureEnd(text, at + 1);
        if (end >= text.size() || text[end] != ' ') return false;
        std::size_t wordEnd = end + 1;
        while (wordEnd < text.size() && text[wordEnd] != ' ' && text[wordEnd] != ',' && text[wordEnd] != '.') ++wordEnd;
        return words.hyphenBefore.find(" " + text.substr(end + 1, wordEnd - end - 1) + " ") != std::string::npos;
    };
    std::string out;
    std::size_t copied = 0;
    for (std::size_t i = 1; i < text.size(); ++i) {
        const std::size_t width = text.compare(i, 3, kEnDash) == 0 ? 3 : (text[i] == '-' && hyphens && hyphenSpan(i)) ? 1 : 0;
        if (width == 0 || !figureByte(text[i - 1]) || i + width >= text.size() || !figureByte(text[i + width])) continue;
        const std::size_t start = figureStart(text, i), end = figureEnd(text, i + width);
        if (start < copied) continue;
        // (A chain: "2024–05–12", "0351-123-456"; or a figure glued to a word, "COVID-19–20".)
        const auto linking = [&](std::size_t k) { return text.compare(k, 3, kEnDash) == 0 || text[k] == '-' || text[k] == '/'; };
        if ((start > 0 && (linking(start - 1) || (start >= 3 && linking(start - 3)) || isWordByte(text[start - 1]))) ||
            (end < text.size() && (linking(end) || std::isalpha(static_cast<unsigned char>(text[end])) != 0))) {
            continue;
        }
        const std::string from = text.substr(start, i - start), to = text.substr(i + width, end - i - width);
        const bool years = from.size() == 4 && to.size() == 4 && valueOf(to) > valueOf(from) && valueOf(from) >= 1000;
        // (A law's or a decree's number, "loi n° 2019–222", "L. 123–4", "zákon č. 89-2012", is no span.)
        // (Nor a telephone number's groups, "91 555–1234", nor figures of other sizes joined by a hyphen, "č. 89-2012".)
        if (numberedBefore(text, start) || (from.size() == 4 && to.size() >= 3 && !years) ||
            (start >= 2 && text[start - 1] == ' ' && figureByte(text[start - 2])) || (width == 1 && from.size() != to.size())) {
            continue;
        }
        if (!words.scores) {
            if (!years && !(valueOf(to) > valueOf(from) && measuredAfter(text, end) && !resultInSentence(text))) continue;
        }
        // ("entre 2–8 °C": between two figures, "and" joins them.)
        std::size_t before = start;
        if (before > 0 && text[before - 1] == ' ') --before;
        std::size_t word = before;
        while (word > 0 && text[word - 1] != ' ') --word;
        const bool between = !words.and_.empty() && word < before && words.betweens.find(" " + text.substr(word, before - word) + " ") != std::string::npos;
        const std::string& said = between ? words.and_ : words.between;
        out += text.substr(copied, i - copied) + said;
        if (log != nullptr) log->push_back({text.substr(start, end - start), from + said + to, "span"});
        copied = i + width;
        i = copied;
    }
    return copied == 0 ? text : out + text.substr(copied);
}

}  // namespace readcast
