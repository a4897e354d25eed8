#pragma once
// The shared second half of every text-like ingest: raw blocks from a parser (Markdown or plain text)
// become an Article. It picks the headline, lifts "Published:" and "By ..." lines into metadata,
// turns the text under an image into a caption, splits bracketed photo credits off, and drops page
// furniture (comment prompts, player labels, stray fragments) and repeats.
//
//   std::vector<RawBlock> raw = ...;            // from TextIngest, MarkdownIngest or html/HtmlBlocks
//   assembleArticle(std::move(raw), BlockSource::PlainText, article);

#include <string>
#include <vector>

#include "model/Article.hpp"
#include "ingest/InlineMarkup.hpp"

namespace readcast {

struct RawBlock {
    BlockKind kind = BlockKind::Paragraph;  // Paragraph, Heading, Quote or ListItem
    std::string text;                       // inline markup already removed
    int level = 0;                          // heading level; 1 is the headline
    std::size_t offset = 0;
    std::vector<Image> images;              // images that stood in this block
    double link_density = 0;                // share of the text inside links (HTML and Markdown)
    double italic_share = 0;                // share of the text in <em> or <i>, or *emphasis* (HTML and Markdown)
    bool joined_to_previous = false;        // plain text: no blank line between it and the block before
};

enum class BlockSource {
    Markup,     // HTML: headings are marked as such, the title comes from the page's metadata
    Markdown,   // headings are marked as such; a front matter's title may carry the site's name
    PlainText,  // headings and the headline are known only by their shape (a short line without a full
                // stop), and copy-paste brings menus, cut-off fragments and accidental repeats along
};

// `titleHint`: the page's title as something beside the text names it (a printed page's margin): the
// line that says it is the headline.
void assembleArticle(std::vector<RawBlock> raw, BlockSource source, Article& article, const std::string& titleHint = "");

}  // namespace readcast
