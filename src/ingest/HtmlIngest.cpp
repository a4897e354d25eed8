#include "ingest/HtmlIngest.hpp"

#include "ingest/ArticleAssembler.hpp"
#include "ingest/Charset.hpp"
#include "ingest/ContentFinder.hpp"
#include "ingest/HtmlBlocks.hpp"
#include "ingest/HtmlDom.hpp"
#include "ingest/HtmlMetadata.hpp"
#include "ingest/InlineMarkup.hpp"

namespace readcast {
namespace {

constexpr std::size_t kShortArticleBytes = 500;

std::size_t textLength(const std::vector<RawBlock>& blocks) {
    std::size_t n = 0;
    for (const RawBlock& b : blocks) {
        if (b.kind != BlockKind::Caption && b.kind != BlockKind::Credit) n += b.text.size();
    }
    return n;
}

// articleBody is plain text; its paragraphs are separated by line breaks when it has any.
std::vector<RawBlock> declaredBodyBlocks(const std::string& body) {
    std::vector<RawBlock> blocks;
    std::size_t start = 0;
    while (start < body.size()) {
        std::size_t end = body.find('\n', start);
        if (end == std::string::npos) end = body.size();
        RawBlock b;
        b.text = collapseWhitespace(decodeEntities(body.substr(start, end - start)));
        if (!b.text.empty()) blocks.push_back(std::move(b));
        start = end + 1;
    }
    return blocks;
}

}  // namespace

void readHtmlArticle(const std::string& bytes, Article& article) {
    const HtmlDocument doc(decodeHtml(article.source, bytes));
    const std::string declaredBody = readHtmlMetadata(doc.root(), article);
    ContentFinder finder(doc.root());
    std::vector<RawBlock> blocks = htmlBlocks(finder.find(true).roots, finder);
    // Class names such as "sidebar-layout" on a wrapper can hide a whole article: with too little
    // text, look again without excluding by class name, and keep the longer reading.
    if (textLength(blocks) < kShortArticleBytes) {
        std::vector<RawBlock> retry = htmlBlocks(finder.find(false).roots, finder);
        if (textLength(retry) > textLength(blocks)) blocks = std::move(retry);
    }
    // A page that renders its body with scripts may carry the text only in JSON-LD articleBody.
    if (declaredBody.size() > kShortArticleBytes && textLength(blocks) * 2 < declaredBody.size()) {
        blocks = declaredBodyBlocks(declaredBody);
    }
    assembleArticle(std::move(blocks), false, article);
}

}  // namespace readcast
