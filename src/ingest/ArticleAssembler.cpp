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
    std::optional<DateTime>& field = modified ? article.modified : article.published;
    if (!field) field = *date;
    const std::size_t updated = lower.find("updated", 1);
    if (published && updated != std::string::npos && !article.modified) {
        if (const auto later = parseDate(text.substr(updated))) article.modified = *later;
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

// The passes over a text's raw blocks, in order. Each block keeps its images even when its text is
// taken (a headline, a byline line): an image still marks where a caption may follow.
class Assembly {
public:
    Assembly(BlockSource source, Article& article) : plain_(source == BlockSource::PlainText), article_(article) {}

    void run(std::vector<RawBlock>& raw) {
        liftMetadataLines(raw);
        takeHeadline(raw);
        for (RawBlock& block : raw) place(block);
        dropOrphanHeadings();
    }

private:
    // "Published: …", "Updated …" and "By …" lines become metadata, wherever they stand.
    void liftMetadataLines(std::vector<RawBlock>& raw) {
        for (RawBlock& block : raw) {
            if (!block.text.empty() && (takeDateLine(block.text, article_) || takeBylineLine(block.text, article_))) {
                block.text.clear();
            }
        }
    }

    // The first heading (in plain text: the first line shaped like one) is the headline, unless the
    // input declared one; a pasted page's menu lines above it go with it.
    void takeHeadline(std::vector<RawBlock>& raw) {
        if (!article_.title.empty()) return;
        std::vector<bool> menu(raw.size(), false);
        for (std::size_t i = 0; plain_ && i < raw.size(); ++i) menu[i] = isMenuLine(raw, i);
        for (std::size_t i = 0; i < raw.size(); ++i) {
            const std::string& text = raw[i].text;
            if (text.empty() || menu[i]) continue;
            const bool headlineShape = plain_ ? isUnpunctuatedShortLine(text, kMaxHeadlineWords) ||
                                                    (text.back() == '?' && countWords(text) <= kMaxHeadlineWords)
                                              : raw[i].kind == BlockKind::Heading;
            if (!headlineShape || isBoilerplate(text)) continue;
            article_.title = text;
            raw[i].text.clear();
            for (std::size_t k = 0; k < i; ++k) {
                if (menu[k]) raw[k].text.clear();
            }
            return;
        }
        // No headline at all: the menu lines go anyway.
        for (std::size_t k = 0; k < raw.size(); ++k) {
            if (menu[k]) raw[k].text.clear();
        }
    }

    void place(RawBlock& block) {
        for (const Image& image : block.images) {
            if (article_.lead_image_url.empty()) article_.lead_image_url = image.url;
            pendingAlts_.push_back(image.alt);
            blocksSinceImage_ = 0;
        }
        const std::string& text = block.text;
        if (text.empty()) return;
        ++blocksSinceImage_;
        std::vector<Block>& out = article_.blocks;
        // The page's visible headline above the body is the title again, in other words perhaps.
        if (!plain_ && block.kind == BlockKind::Heading && block.level == 1 && !article_.hasReadableBody()) return;
        if (isBoilerplate(text)) return;
        if (isCreditLine(text)) {
            out.push_back({BlockKind::Credit, text, 0, block.offset});
            return;
        }
        if (isCaptionOfPendingImage(text)) {
            pushCaption(text, block.offset, out);
            pendingAlts_.clear();
            return;
        }
        if (blocksSinceImage_ > 1) pendingAlts_.clear();
        if (isCutOffFragment(block) || isRepeat(text)) return;

        std::string body, credit;
        if (block.kind == BlockKind::Paragraph && splitTrailingCredit(text, body, credit)) {
            // A paragraph with an agency credit right under an image is that image's caption.
            if (blocksSinceImage_ == 1 && !article_.lead_image_url.empty()) {
                pushCaption(text, block.offset, out);
            } else {
                if (!body.empty()) out.push_back({BlockKind::Paragraph, body, 0, block.offset});
                out.push_back({BlockKind::Credit, credit, 0, block.offset});
            }
            return;
        }
        BlockKind kind = block.kind;
        int level = block.level;
        if (plain_ && kind == BlockKind::Paragraph && isUnpunctuatedShortLine(text, kMaxHeadingWords)) {
            kind = BlockKind::Heading;
            level = 2;
        }
        if (kind == BlockKind::Heading && level < 2) level = 2;
        out.push_back({kind, text, level, block.offset});
    }

    bool isCaptionOfPendingImage(const std::string& text) const {
        for (const std::string& alt : pendingAlts_) {
            if (sameCaption(alt, text)) return true;
        }
        return false;
    }

    // A fragment that starts in lower case and ends without punctuation is the tail of something the
    // copy-paste cut ("with the Korea JoongAng Daily"), not a sentence of the article.
    bool isCutOffFragment(const RawBlock& block) const {
        return plain_ && block.kind == BlockKind::Paragraph && std::islower(static_cast<unsigned char>(block.text[0])) &&
               isUnpunctuatedShortLine(block.text, kMaxHeadingWords);
    }

    // Copy-pasted text repeats lines by accident; a page repeating a paragraph or a heading (a
    // recurring subhead, a list of similar items) means it, so there only the title's repeat goes.
    bool isRepeat(const std::string& text) {
        const std::string folded = foldForComparison(text);
        if (seen_.empty() && !article_.title.empty()) seen_.insert(foldForComparison(article_.title));
        return folded.empty() ||
               (!seen_.insert(folded).second && (plain_ || folded == foldForComparison(article_.title)));
    }

    // Headings with no body after them are interface labels left at the end of a page. In plain text,
    // where headings are known only by their shape, two in a row are menu lines, not subheads.
    void dropOrphanHeadings() {
        std::vector<Block>& out = article_.blocks;
        std::vector<bool> drop(out.size(), false);
        bool bodyAfter = false;
        for (std::size_t i = out.size(); i-- > 0;) {
            const bool heading = out[i].kind == BlockKind::Heading;
            const bool headingNext = i + 1 < out.size() && out[i + 1].kind == BlockKind::Heading;
            const bool headingBefore = i > 0 && out[i - 1].kind == BlockKind::Heading;
            if (isBodyKind(out[i].kind)) bodyAfter = true;
            drop[i] = heading && (!bodyAfter || (plain_ && (headingNext || headingBefore)));
        }
        std::vector<Block> kept;
        kept.reserve(out.size());
        for (std::size_t i = 0; i < out.size(); ++i) {
            if (!drop[i]) kept.push_back(std::move(out[i]));
        }
        out = std::move(kept);
    }

    const bool plain_;
    Article& article_;
    std::vector<std::string> pendingAlts_;  // alt texts of images whose caption may follow
    std::size_t blocksSinceImage_ = 0;
    std::set<std::string> seen_;            // folded texts already kept, so nothing is read twice
};

}  // namespace

void assembleArticle(std::vector<RawBlock> raw, BlockSource source, Article& article) {
    Assembly(source, article).run(raw);
}

}  // namespace readcast
