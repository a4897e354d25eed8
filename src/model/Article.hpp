#pragma once
// Article: what ingest hands to the text stage. Metadata plus the body as ordered blocks.
//
//   Article a = ingestArticle(readInput("story.md"), InputFormat::Auto);
//   for (const Block& b : a.blocks) if (b.kind == BlockKind::Paragraph) ...

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/DateTime.hpp"

namespace readcast {

enum class BlockKind {
    Heading,    // a section heading inside the body (the headline is Article::title)
    Paragraph,
    Quote,      // block quote
    ListItem,
    Caption,    // photo or figure caption: not read unless asked
    Credit,     // photo credit, translation or staff note: never read
};

const char* toString(BlockKind kind);

// Paragraphs, quotes and list items: the article's running text (not headings, captions or credits).
bool isBodyKind(BlockKind kind);

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    std::string text;               // UTF-8, inline markup removed, whitespace collapsed
    int level = 0;                  // heading level (2..6) for headings
    std::size_t source_offset = 0;  // byte offset of the block in the input
};

// A page that holds only the start of its story: the rest kept for subscribers, or on the story's next pages.
enum class Partial { No, ForSubscribers, FirstPage };

struct Article {
    std::string source;     // file path as given, or "-" for stdin
    std::string title;      // the headline, read once
    std::string byline;     // author(s), as said after "By": "Jane Doe and John Roe"
    bool byline_is_agency = false;  // a news agency: said "From Reuters", not "By Reuters"
    std::string site;       // publication name
    std::string language = "en";  // BCP 47 tag
    std::optional<DateTime> published;
    std::optional<DateTime> modified;
    std::string lead_image_url;
    std::string lead_image_caption;  // the lead picture's caption where the picture stands outside the body read
    std::string url;        // the article's own address (canonical link), empty if unknown
    std::vector<Block> blocks;
    Partial partial = Partial::No;  // whether the page holds only the start of the story, and why

    bool hasReadableBody() const;
};

}  // namespace readcast
