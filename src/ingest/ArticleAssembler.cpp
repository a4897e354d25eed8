#include "core/Ascii.hpp"
#include "ingest/ArticleAssembler.hpp"

#include <cctype>
#include <set>

#include "ingest/Boilerplate.hpp"
#include "ingest/DateParser.hpp"

namespace readcast {
namespace {

constexpr std::size_t kMaxHeadlineWords = 25;
constexpr std::size_t kMaxHeadingWords = 15;

// "Published: 29 Apr. 2025, 00:00", "Updated April 30, 2025", "Posted on ..." -> date, else nothing.
bool takeDateLine(const std::string& text, Article& article) {
    if (countWords(text) > 14) return false;
    const std::string lower = lowerAscii(text);
    const bool modified = lower.rfind("updated", 0) == 0 || lower.rfind("last updated", 0) == 0 ||
                          lower.rfind("modified", 0) == 0;
    const bool published = lower.rfind("published", 0) == 0 || lower.rfind("posted", 0) == 0 ||
                           lower.rfind("date:", 0) == 0 || lower.rfind("first published", 0) == 0;
    if (!modified && !published) return false;
    const auto date = parseDate(text);
    if (!date) return false;
    // A line such as "Published: ... Updated: ..." carries both; the first date is the publication.
    std::string& field = modified ? article.modified : article.published;
    if (field.empty()) field = toIso(*date);
    const std::size_t updated = lower.find("updated", 1);
    if (published && updated != std::string::npos && article.modified.empty()) {
        if (const auto later = parseDate(text.substr(updated))) article.modified = toIso(*later);
    }
    return true;
}

// "By Jane Doe", "By Jane Doe and John Roe, Staff Reporters" -> byline.
bool takeBylineLine(const std::string& text, Article& article) {
    if (text.size() < 4 || lowerAscii(text.substr(0, 3)) != "by " || countWords(text) > 12) return false;
    if (!std::isupper(static_cast<unsigned char>(text[3]))) return false;
    if (article.byline.empty()) article.byline = text.substr(3);
    return true;
}

// Image alt texts and captions often differ only in punctuation or in the credit at the end.
bool sameCaption(const std::string& alt, const std::string& text) {
    std::string altBody, credit, textBody;
    if (!splitTrailingCredit(alt, altBody, credit)) altBody = alt;
    if (!splitTrailingCredit(text, textBody, credit)) textBody = text;
    const std::string a = foldForComparison(altBody);
    const std::string b = foldForComparison(textBody);
    if (a.empty() || b.empty()) return false;
    if (a == b) return true;
    const std::string& shorter = a.size() < b.size() ? a : b;
    const std::string& longer = a.size() < b.size() ? b : a;
    return shorter.size() * 10 >= longer.size() * 6 && longer.find(shorter) != std::string::npos;
}

void pushCaption(const std::string& text, std::size_t offset, std::vector<Block>& out) {
    std::string body, credit;
    if (splitTrailingCredit(text, body, credit)) {
        if (!body.empty()) out.push_back({BlockKind::Caption, body, 0, offset});
        out.push_back({BlockKind::Credit, credit, 0, offset});
    } else {
        out.push_back({BlockKind::Caption, text, 0, offset});
    }
}

// One of a run of one- or two-word lines without punctuation: navigation pasted with the article.
bool isMenuLine(const std::vector<RawBlock>& raw, std::size_t i) {
    const auto shortLine = [&](std::size_t k) {
        return k < raw.size() && !raw[k].text.empty() && isUnpunctuatedShortLine(raw[k].text, 2);
    };
    return shortLine(i) && ((i > 0 && shortLine(i - 1)) || shortLine(i + 1));
}

bool hasBody(const std::vector<Block>& blocks) {
    for (const Block& b : blocks) {
        if (isBodyKind(b.kind)) return true;
    }
    return false;
}

}  // namespace

void assembleArticle(std::vector<RawBlock> raw, bool plainText, Article& article) {
    std::vector<Block>& out = article.blocks;
    std::vector<std::string> pendingAlts;  // alt texts of images whose caption may follow
    std::size_t blocksSinceImage = 0;
    std::set<std::string> seen;            // folded texts already kept, so nothing is read twice
    bool titleTaken = !article.title.empty();
    if (titleTaken) seen.insert(foldForComparison(article.title));

    for (std::size_t index = 0; index < raw.size(); ++index) {
        RawBlock& block = raw[index];
        for (const Image& image : block.images) {
            if (article.lead_image_url.empty()) article.lead_image_url = image.url;
            pendingAlts.push_back(image.alt);
            blocksSinceImage = 0;
        }
        const std::string& text = block.text;
        if (text.empty()) continue;
        ++blocksSinceImage;

        if (takeDateLine(text, article) || takeBylineLine(text, article)) continue;
        // Dates and bylines are taken first: "By Jane Doe" above the story is not its headline.
        if (!titleTaken && plainText && isMenuLine(raw, index)) {
            continue;  // "Home", "World", "Sign in": a pasted page's menu above the headline
        }
        if (!titleTaken) {
            const bool headlineShape = plainText ? isUnpunctuatedShortLine(text, kMaxHeadlineWords) ||
                                                       (text.back() == '?' && countWords(text) <= kMaxHeadlineWords)
                                                 : block.kind == BlockKind::Heading;
            if (headlineShape && !isBoilerplate(text)) {
                article.title = text;
                titleTaken = true;
                seen.insert(foldForComparison(text));
                continue;
            }
        }
        // The page's visible headline above the body is the title again, in other words perhaps.
        if (!plainText && block.kind == BlockKind::Heading && block.level == 1 && !hasBody(out)) continue;
        if (isBoilerplate(text)) continue;
        if (isCreditLine(text)) {
            out.push_back({BlockKind::Credit, text, 0, block.offset});
            continue;
        }
        bool isCaption = false;
        for (const std::string& alt : pendingAlts) isCaption = isCaption || sameCaption(alt, text);
        if (isCaption) {
            pushCaption(text, block.offset, out);
            pendingAlts.clear();
            continue;
        }
        if (blocksSinceImage > 1) pendingAlts.clear();

        // A fragment that starts in lower case and ends without punctuation is the tail of something
        // the copy-paste cut ("with the Korea JoongAng Daily"), not a sentence of the article.
        if (plainText && block.kind == BlockKind::Paragraph && std::islower(static_cast<unsigned char>(text[0])) &&
            isUnpunctuatedShortLine(text, kMaxHeadingWords)) {
            continue;
        }
        // Copy-pasted text repeats lines by accident; a page repeating a paragraph or a heading
        // (a recurring subhead, a list of similar items) means it, so only its title repeat goes.
        const std::string folded = foldForComparison(text);
        if (folded.empty() || (!seen.insert(folded).second && (plainText || folded == foldForComparison(article.title)))) {
            continue;
        }

        std::string body, credit;
        if (block.kind == BlockKind::Paragraph && splitTrailingCredit(text, body, credit)) {
            // A paragraph with an agency credit right under an image is that image's caption.
            if (blocksSinceImage == 1 && !article.lead_image_url.empty()) {
                pushCaption(text, block.offset, out);
            } else {
                if (!body.empty()) out.push_back({BlockKind::Paragraph, body, 0, block.offset});
                out.push_back({BlockKind::Credit, credit, 0, block.offset});
            }
            continue;
        }
        BlockKind kind = block.kind;
        int level = block.level;
        if (plainText && kind == BlockKind::Paragraph && isUnpunctuatedShortLine(text, kMaxHeadingWords)) {
            kind = BlockKind::Heading;
            level = 2;
        }
        if (kind == BlockKind::Heading && level < 2) level = 2;
        out.push_back({kind, text, level, block.offset});
    }

    // Headings with no body after them are interface labels left at the end of a page. In plain text,
    // where headings are known only by their shape, two in a row are menu lines, not subheads.
    std::vector<bool> drop(out.size(), false);
    bool bodyAfter = false;
    for (std::size_t i = out.size(); i-- > 0;) {
        const bool heading = out[i].kind == BlockKind::Heading;
        const bool headingNext = i + 1 < out.size() && out[i + 1].kind == BlockKind::Heading;
        const bool headingBefore = i > 0 && out[i - 1].kind == BlockKind::Heading;
        if (isBodyKind(out[i].kind)) bodyAfter = true;
        drop[i] = heading && (!bodyAfter || (plainText && (headingNext || headingBefore)));
    }
    std::vector<Block> kept;
    kept.reserve(out.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (!drop[i]) kept.push_back(std::move(out[i]));
    }
    out = std::move(kept);
}

}  // namespace readcast
