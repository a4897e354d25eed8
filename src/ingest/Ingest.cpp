#include "ingest/Ingest.hpp"

#include <cctype>

#include "core/Ascii.hpp"
#include "core/Error.hpp"
#include "ingest/ArticleAssembler.hpp"
#include "ingest/Byline.hpp"
#include "ingest/Headline.hpp"
#include "core/Url.hpp"
#include "ingest/html/HtmlIngest.hpp"
#include "ingest/MarkdownIngest.hpp"
#include "ingest/TextIngest.hpp"

namespace readcast {
namespace {

bool startsWithHtml(const std::string& bytes) {
    const std::size_t first = bytes.find_first_not_of(" \t\n");
    if (first == std::string::npos) return false;
    const std::string head = lowerAscii(bytes.substr(first, 64));
    return head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0 || head.rfind("<head", 0) == 0 ||
           head.rfind("<?xml", 0) == 0 || head.rfind("<!--", 0) == 0;
}

// Markdown shows itself by ATX headings, front matter or blank-line paragraphs with reference syntax;
// copy-pasted text with a stray image link is still text.
bool looksLikeMarkdown(const std::string& bytes) {
    if (bytes.rfind("---\n", 0) == 0) return true;
    std::size_t headings = 0;
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        std::size_t eol = bytes.find('\n', pos);
        if (eol == std::string::npos) eol = bytes.size();
        if (bytes.compare(pos, 2, "# ") == 0 || bytes.compare(pos, 3, "## ") == 0 || bytes.compare(pos, 4, "### ") == 0) {
            ++headings;
        }
        pos = eol + 1;
    }
    return headings > 0;
}

// Every format's metadata, cleaned the same way: the byline into names, the headline without the
// site's name or a label.
void finishMetadata(Article& article) {
    const Byline byline = cleanByline(article.byline, article.site);
    std::vector<std::string> known{article.site, byline.names, article.byline, hostName(article.url)};
    article.byline = byline.names;
    article.byline_is_agency = byline.agency;
    article.title = cleanHeadline(article.title, known);
}

}  // namespace

InputFormat detectFormat(const std::string& name, const std::string& bytes) {
    const std::string ext = lowerExtension(name);
    if (ext == ".md" || ext == ".markdown") return InputFormat::Markdown;
    if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return InputFormat::Html;
    if (startsWithHtml(bytes)) return InputFormat::Html;
    if (ext == ".txt" || ext == ".text") return InputFormat::Text;
    return looksLikeMarkdown(bytes) ? InputFormat::Markdown : InputFormat::Text;
}

Article ingestArticle(const Input& input, InputFormat format) {
    if (format == InputFormat::Auto) format = detectFormat(input.name, input.bytes);
    Article article;
    article.source = input.name;
    switch (format) {
        case InputFormat::Markdown:
            assembleArticle(markdownBlocks(validateText(input.name, input.bytes), article), BlockSource::Markup, article);
            break;
        case InputFormat::Text: assembleArticle(textBlocks(validateText(input.name, input.bytes)), BlockSource::PlainText, article);
            break;
        case InputFormat::Html: readHtmlArticle(input.bytes, article); break;
        case InputFormat::Auto: break;
    }
    finishMetadata(article);
    if (!article.hasReadableBody()) {
        throw Error(ExitCode::Input, input.name + (format == InputFormat::Html
                                                       ? ": no article found on this page"
                                                       : ": no article text found (only a title, captions or page furniture)"));
    }
    return article;
}

}  // namespace readcast
