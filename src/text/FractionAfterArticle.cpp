#include "text/FractionAfterArticle.hpp"

#include <cctype>

#include "core/Ascii.hpp"

namespace readcast {

std::size_t fractionAfterArticleAt(const std::string& text, std::size_t i, const FractionWords& words, std::string& spoken) {
    const auto digit = [&](std::size_t k) { return k < text.size() && std::isdigit(static_cast<unsigned char>(text[k])) != 0; };
    if (i < 2 || text[i - 1] != ' ' || !digit(i) || digit(i + 1) || i + 2 >= text.size() || text[i + 1] != '/' || !digit(i + 2)) return i;
    std::size_t end = i + 3;
    if (digit(end)) ++end;  // "1/10"
    if (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '/')) return i;
    const int numerator = text[i] - '0';
    const int denominator = std::stoi(text.substr(i + 2, end - i - 2));
    if (denominator < 3 || denominator > 10 || numerator < 1 || numerator >= denominator ||
        words.denominators[static_cast<std::size_t>(denominator)].empty()) {
        return i;
    }
    std::size_t start = i - 1;
    while (start > 0 && (std::isalpha(static_cast<unsigned char>(text[start - 1])) || static_cast<unsigned char>(text[start - 1]) >= 0x80)) --start;
    const std::string before = lowerAscii(text.substr(start, i - 1 - start));
    bool article = false;
    for (const std::string& a : words.articles) article = article || before == a;
    // (One part only without an article: "i 1/3" is no share.) (A figure before it makes "2 1/2" a mixed
    // number: `before` is then empty.)
    if (numerator == 1 && (article || words.ones[static_cast<std::size_t>(denominator)].empty())) return i;
    if (!article && before.empty()) return i;
    // (A share of something, its partitive after it: "les 3/4 des élus", "i 2/3 degli italiani"; "i 3/4
    // giorni" is three or four days.)
    std::size_t next = end;
    while (next < text.size() && text[next] == ' ') ++next;
    std::size_t nextEnd = next;
    while (nextEnd < text.size() && std::isalpha(static_cast<unsigned char>(text[nextEnd]))) ++nextEnd;
    const std::string partitive = lowerAscii(text.substr(next, nextEnd - next));
    bool share = nextEnd < text.size() && text[nextEnd] == '\'' && (partitive == "d" || partitive == "dell" || partitive == "degl");
    for (const std::string& p : words.partitives) share = share || partitive == p;
    if (!share) return i;
    // ("in 1/4 di finale", "en 1/8 de finale", "1/8 de final": a round of a tournament, said as written.)
    std::size_t roundAt = nextEnd;
    while (roundAt < text.size() && (text[roundAt] == ' ' || text[roundAt] == '\'')) ++roundAt;
    if (text.compare(roundAt, 5, "final") == 0) return i;
    spoken = numerator == 1 ? words.ones[static_cast<std::size_t>(denominator)]
                            : std::string(1, text[i]) + " " + words.denominators[static_cast<std::size_t>(denominator)];
    return end;
}

}  // namespace readcast
