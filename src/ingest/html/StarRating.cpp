#include "ingest/html/StarRating.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <regex>

#include "core/Ascii.hpp"
#include "core/Text.hpp"
#include "core/Utf8.hpp"

namespace readcast {
namespace {

constexpr const char* kFilled = "\xE2\x98\x85";  // ★
constexpr const char* kEmpty = "\xE2\x98\x86";   // ☆
constexpr const char* kHalf = "\xC2\xBD";        // ½

// Star signs only, three at least: "★★★★☆", "★ ★ ★ ½".
bool onlyStars(const std::string& text) {
    std::size_t stars = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (text.compare(i, 3, kFilled) == 0 || text.compare(i, 3, kEmpty) == 0) {
            ++stars;
            i += 3;
        } else if (text.compare(i, 2, kHalf) == 0) {
            i += 2;
        } else if (isAsciiSpace(static_cast<unsigned char>(text[i]))) {
            ++i;
        } else {
            return false;
        }
    }
    return stars >= 3;
}

// "4 out of 5 stars", "Rated 3.5 of 5 stars", "4/5 stars": a label's rating as star signs ("★★★★☆"), where the scale
// is five or ten stars.
std::string starsOfLabel(const std::string& label) {
    // (Asked of every element near the headline: most have no label, or one with no figure, and skip the regex.)
    if (label.find_first_of("0123456789") == std::string::npos) return "";
    static const std::regex kRating(R"(^\s*(?:rated|rating:?)?\s*(\d{1,2})(\.5)?\s*(?:out of|of|/)\s*(5|10)\s*stars?\s*$)", std::regex::icase);
    std::smatch m;
    if (!std::regex_match(label, m, kRating)) return "";
    const int whole = toInt(m[1].str()), scale = toInt(m[3].str());
    const bool half = m[2].matched;
    if (whole > scale || (half && whole >= scale)) return "";
    std::string stars;
    for (int k = 0; k < whole; ++k) stars += kFilled;
    if (half) stars += kHalf;
    for (int k = whole + (half ? 1 : 0); k < scale; ++k) stars += kEmpty;
    return stars;
}

bool namesARating(const std::string& text) {
    const std::string lower = lowerAscii(text);
    return lower.find("star") != std::string::npos || lower.find("rating") != std::string::npos;
}

// "8.5/10", "4 / 5", "92/100", "7 out of 10" alone in a review's score box (its class "score", "rating" or "verdict"):
// "Rating: 8.5 out of 10.", the verdict said as a reviewer's is; "" for anything else.
// (A review's box only: a recipe's "difficulty-rating", a storm's "risk-score" are no verdicts. `review`: the headline says
// the page is one.)
std::string scoreOfBox(const GumboNode* n, bool review) {
    const std::string cls = lowerAscii(attribute(n, "class"));
    const bool reviewBox = cls.find("verdict") != std::string::npos || cls.find("review") != std::string::npos;
    const bool scoreBox = cls == "score" || cls == "rating" || cls == "our-score" || cls == "score-value" || cls == "rating-value";
    if (!reviewBox && !(review && scoreBox)) return "";
    const std::string text = collapseWhitespace(textContent(n));
    if (text.empty() || text.size() > 16 || text.find_first_of("0123456789") == std::string::npos) return "";
    static const std::regex kScore(R"(^(\d{1,3}(?:[.,]\d)?)\s*(?:/|out of)\s*(5|10|100)$)", std::regex::icase);
    std::smatch m;
    if (!std::regex_match(text, m, kScore)) return "";
    std::string value = m[1].str();
    std::replace(value.begin(), value.end(), ',', '.');
    if (std::stod(value) > std::stod(m[2].str())) return "";
    return "Rating: " + value + " out of " + m[2].str() + ".";
}

}  // namespace

std::optional<RawBlock> ratingBesideHeadline(const GumboNode* root, std::size_t bodyStart, const std::vector<RawBlock>& blocks) {
    const std::vector<const GumboNode*> h1 = elementsByTag(root, GUMBO_TAG_H1);
    if (h1.empty()) return std::nullopt;
    const std::size_t headline = h1.front()->v.element.start_pos.offset;
    const std::string title = lowerUtf8(textContent(h1.front()));
    const bool review = title.find("review") != std::string::npos || title.find("recensione") != std::string::npos ||
                        title.find("critique") != std::string::npos || title.find("rezension") != std::string::npos ||
                        title.find("an\xC3\xA1lisis") != std::string::npos || title.find("recensie") != std::string::npos;
    std::optional<RawBlock> found;
    walkElements(root, [&](const GumboNode* n, int) {
        if (found) return false;
        const std::size_t at = n->v.element.start_pos.offset;
        if (at >= bodyStart) return false;
        if (at <= headline) return true;
        // (Its label or its signs, in a box that names a rating: a row of stars in a share bar is no verdict.)
        std::string stars = starsOfLabel(attribute(n, "aria-label"));
        if (stars.empty()) stars = starsOfLabel(attribute(n, "title"));
        if (stars.empty() && namesARating(attribute(n, "class") + " " + attribute(n, "aria-label"))) {
            const std::string text = collapseWhitespace(textContent(n));
            // (Each sign in its own span reads with spaces between: the row is one rating.)
            if (onlyStars(text)) std::copy_if(text.begin(), text.end(), std::back_inserter(stars), [](char c) { return c != ' '; });
        }
        if (stars.empty()) stars = scoreOfBox(n, review);
        if (stars.empty()) return true;
        // (Not the reader's own rating to give, "Rate this recipe" over five buttons each labelled "N out of 5 stars": an
        // input, not a verdict.)
        const GumboTag tag = tagOf(n);
        if (tag == GUMBO_TAG_BUTTON || tag == GUMBO_TAG_INPUT || tag == GUMBO_TAG_LABEL || tag == GUMBO_TAG_A || tag == GUMBO_TAG_OPTION) return false;
        if (isElement(n->parent)) {
            const std::string around = lowerUtf8(textContent(n->parent)) + " " + lowerAscii(attribute(n->parent, "class"));
            std::size_t labelled = 0;
            const GumboVector& siblings = n->parent->v.element.children;
            for (unsigned k = 0; k < siblings.length; ++k) {
                const auto* c = static_cast<const GumboNode*>(siblings.data[k]);
                labelled += isElement(c) && !starsOfLabel(attribute(c, "aria-label")).empty();
            }
            if (labelled >= 2 || around.find("rate this") != std::string::npos || around.find("your rating") != std::string::npos ||
                around.find("rate the") != std::string::npos || around.find("rate it") != std::string::npos) {
                return false;
            }
        }
        RawBlock block;
        block.text = stars;
        block.offset = at;
        found = std::move(block);
        return false;
    });
    // (Asked only where the page has a rating: the body's own is not said twice.)
    if (!found) return found;
    for (const RawBlock& b : blocks) {
        if (b.text.find(kFilled) != std::string::npos || b.text.find(kEmpty) != std::string::npos ||
            lowerAscii(b.text).find(" stars") != std::string::npos || lowerAscii(b.text).find(" out of 10") != std::string::npos ||
            lowerAscii(b.text).find(" out of 5") != std::string::npos || b.text.find("/10") != std::string::npos || [&] {
                // ("4/5": a rating out of five in the body's words, a figure before it and none after.)
                for (std::size_t at = b.text.find("/5"); at != std::string::npos; at = b.text.find("/5", at + 1)) {
                    if (at > 0 && std::isdigit(static_cast<unsigned char>(b.text[at - 1])) &&
                        (at + 2 >= b.text.size() || !std::isdigit(static_cast<unsigned char>(b.text[at + 2])))) {
                        return true;
                    }
                }
                return false;
            }()) {
            return std::nullopt;
        }
    }
    return found;
}

}  // namespace readcast
