#include "ingest/HtmlIngest.hpp"

#include "ingest/ArticleAssembler.hpp"
#include "ingest/Charset.hpp"
#include "ingest/ContentFinder.hpp"
#include "ingest/HtmlBlocks.hpp"
#include "ingest/HtmlDom.hpp"
#include "ingest/HtmlMetadata.hpp"

namespace readcast {

void readHtmlArticle(const std::string& bytes, Article& article) {
    const HtmlDocument doc(decodeHtml(article.source, bytes));
    readHtmlMetadata(doc.root(), article);
    ContentFinder finder(doc.root());
    const ContentSelection selection = finder.find();
    assembleArticle(htmlBlocks(selection.roots, finder), false, article);
}

}  // namespace readcast
