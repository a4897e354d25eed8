#include "ingest/MarkdownIngest.hpp"

#include <md4c.h>

#include <cctype>

#include "core/Ascii.hpp"
#include "core/Error.hpp"
#include "ingest/DateParser.hpp"

namespace readcast {
namespace {

struct ParseState {
    const char* base = nullptr;
    std::vector<RawBlock> blocks;
    RawBlock current;
    bool collecting = false;     // inside a leaf block whose text we keep
    int skipDepth = 0;           // inside code or raw HTML blocks
    int quoteDepth = 0;
    int listItemDepth = 0;
    int imageDepth = 0;          // text inside an image span is its alt text
    std::string altText;
    std::string imageUrl;
    bool rowHasCells = false;
};

void startLeaf(ParseState& s, BlockKind kind, int level) {
    s.current = RawBlock{};
    s.current.kind = kind;
    s.current.level = level;
    s.collecting = true;
}

void finishLeaf(ParseState& s) {
    if (!s.collecting) return;
    s.collecting = false;
    s.current.text = collapseWhitespace(s.current.text);
    if (!s.current.text.empty() || !s.current.images.empty()) s.blocks.push_back(std::move(s.current));
    s.current = RawBlock{};
}

int enterBlock(MD_BLOCKTYPE type, void* detail, void* userdata) {
    auto& s = *static_cast<ParseState*>(userdata);
    switch (type) {
        case MD_BLOCK_QUOTE: ++s.quoteDepth; break;
        case MD_BLOCK_LI: ++s.listItemDepth; break;
        case MD_BLOCK_CODE:
        case MD_BLOCK_HTML: ++s.skipDepth; break;
        case MD_BLOCK_H:
            startLeaf(s, BlockKind::Heading, static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level));
            break;
        case MD_BLOCK_P:
            if (s.collecting) break;  // a loose list item's paragraph continues the item
            startLeaf(s, s.quoteDepth > 0       ? BlockKind::Quote
                         : s.listItemDepth > 0 ? BlockKind::ListItem
                                               : BlockKind::Paragraph,
                      0);
            break;
        case MD_BLOCK_TR:
            startLeaf(s, BlockKind::Paragraph, 0);
            s.rowHasCells = false;
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            // Cells are read as a list: "Seoul, 9.7 million, 605 square kilometres."
            if (s.rowHasCells) s.current.text += ", ";
            s.rowHasCells = true;
            break;
        default: break;
    }
    // A tight list item has no paragraph inside: its text is collected directly.
    if (type == MD_BLOCK_LI) {
        finishLeaf(s);  // the text of an outer item ends where a nested list starts
        startLeaf(s, s.quoteDepth > 0 ? BlockKind::Quote : BlockKind::ListItem, 0);
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void*, void* userdata) {
    auto& s = *static_cast<ParseState*>(userdata);
    switch (type) {
        case MD_BLOCK_QUOTE: --s.quoteDepth; break;
        case MD_BLOCK_LI:
            finishLeaf(s);
            --s.listItemDepth;
            break;
        case MD_BLOCK_CODE:
        case MD_BLOCK_HTML: --s.skipDepth; break;
        case MD_BLOCK_H:
        case MD_BLOCK_TR: finishLeaf(s); break;
        case MD_BLOCK_P:
            if (s.listItemDepth == 0) finishLeaf(s);
            break;
        default: break;
    }
    return 0;
}

int enterSpan(MD_SPANTYPE type, void* detail, void* userdata) {
    auto& s = *static_cast<ParseState*>(userdata);
    if (type == MD_SPAN_IMG) {
        if (s.imageDepth++ == 0) {
            const auto* img = static_cast<MD_SPAN_IMG_DETAIL*>(detail);
            s.imageUrl.assign(img->src.text, img->src.size);
            s.altText.clear();
        }
    }
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void*, void* userdata) {
    auto& s = *static_cast<ParseState*>(userdata);
    if (type == MD_SPAN_IMG && --s.imageDepth == 0 && s.collecting) {
        s.current.images.push_back({collapseWhitespace(s.altText), s.imageUrl});
    }
    return 0;
}

int onText(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata) {
    auto& s = *static_cast<ParseState*>(userdata);
    if (!s.collecting || s.skipDepth > 0) return 0;
    std::string piece;
    switch (type) {
        case MD_TEXT_NORMAL:
        case MD_TEXT_CODE: piece.assign(text, size); break;
        case MD_TEXT_ENTITY: piece = decodeEntities(std::string(text, size)); break;
        case MD_TEXT_BR:
        case MD_TEXT_SOFTBR: piece = " "; break;
        case MD_TEXT_NULLCHAR: piece = "\xEF\xBF\xBD"; break;
        default: return 0;  // inline HTML and math are not narrated
    }
    if (s.imageDepth > 0) {
        s.altText += piece;
    } else {
        if (s.current.text.empty() && type == MD_TEXT_NORMAL) {
            s.current.offset = static_cast<std::size_t>(text - s.base);
        }
        s.current.text += piece;
    }
    return 0;
}

// "---\ntitle: X\nauthor: Y\n---\n" at the very start. Returns where the Markdown body begins.
std::size_t readFrontMatter(const std::string& md, Article& article) {
    if (md.rfind("---\n", 0) != 0) return 0;
    const std::size_t end = md.find("\n---", 3);
    if (end == std::string::npos) return 0;
    std::size_t pos = 4;
    while (pos < end) {
        std::size_t eol = md.find('\n', pos);
        if (eol == std::string::npos || eol > end) eol = end;
        const std::string line = md.substr(pos, eol - pos);
        pos = eol + 1;
        const std::size_t colon = line.find(':');
        if (colon == std::string::npos) continue;
        const std::string key = lowerAscii(collapseWhitespace(line.substr(0, colon)));
        std::string value = collapseWhitespace(line.substr(colon + 1));
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front()) {
            value = value.substr(1, value.size() - 2);
        }
        if (value.empty()) continue;
        if (key == "title") article.title = value;
        else if (key == "author" || key == "byline") article.byline = value;
        else if (key == "site" || key == "publisher" || key == "publication") article.site = value;
        else if (key == "lang" || key == "language") article.language = value;
        else if (key == "url" || key == "canonical" || key == "link") article.url = value;
        else if (key == "date" || key == "published") {
            if (const auto d = parseDate(value)) article.published = *d;
        } else if (key == "updated" || key == "modified") {
            if (const auto d = parseDate(value)) article.modified = *d;
        }
    }
    const std::size_t bodyStart = md.find('\n', end + 1);
    return bodyStart == std::string::npos ? md.size() : bodyStart + 1;
}

}  // namespace

std::vector<RawBlock> markdownBlocks(const std::string& markdown, Article& article) {
    const std::size_t bodyStart = readFrontMatter(markdown, article);
    ParseState state;
    state.base = markdown.data();
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = onText;
    if (md_parse(markdown.data() + bodyStart, static_cast<MD_SIZE>(markdown.size() - bodyStart), &parser, &state) !=
        0) {
        throw Error(ExitCode::Input, article.source + ": the Markdown parser gave up on this file");
    }
    return std::move(state.blocks);
}

}  // namespace readcast
