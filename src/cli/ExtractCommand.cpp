#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/Commands.hpp"
#include "core/Error.hpp"
#include "core/Text.hpp"
#include "ingest/Ingest.hpp"

namespace readcast {
namespace {

bool isBody(BlockKind kind) { return isBodyKind(kind) || kind == BlockKind::Heading; }

nlohmann::ordered_json articleJson(const Article& a) {
    nlohmann::ordered_json doc;
    doc["source"] = a.source;
    doc["url"] = a.url;
    doc["title"] = a.title;
    doc["byline"] = a.byline;
    doc["published"] = a.published ? a.published->iso() : "";
    doc["modified"] = a.modified ? a.modified->iso() : "";
    doc["site"] = a.site;
    doc["language"] = a.language;
    std::string leadCaption;
    for (const Block& b : a.blocks) {
        if (b.kind == BlockKind::Caption) {
            leadCaption = b.text;
            break;
        }
    }
    doc["lead_image"] = {{"url", a.lead_image_url}, {"caption", a.lead_image_url.empty() ? "" : leadCaption}};
    doc["blocks"] = nlohmann::ordered_json::array();
    for (const Block& b : a.blocks) {
        nlohmann::ordered_json block{{"kind", toString(b.kind)}, {"text", b.text}};
        if (b.kind == BlockKind::Heading) block["level"] = b.level;
        doc["blocks"].push_back(block);
    }
    return doc;
}

std::string dumped(const nlohmann::ordered_json& doc, int indent) {
    return doc.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

// --jsonl: every article in one process (the program starts once, not once an article); one that
// cannot be read is a line with its error, and the others go on.
void runExtractLines(const ExtractOptions& o) {
    std::size_t failed = 0;
    for (const std::string& path : o.articles) {
        try {
            std::cout << dumped(articleJson(ingestArticle(readInput(path, o.max_input_bytes), o.from)), -1) << '\n';
        } catch (const std::exception& e) {  // Error, and whatever else one article may raise (bad_alloc)
            ++failed;
            std::cout << dumped(nlohmann::ordered_json{{"source", path}, {"error", e.what()}}, -1) << '\n';
            std::cerr << "readcast: error: " << printable(e.what()) << '\n';
        }
    }
    std::cout.flush();
    if (failed > 0) {
        throw Error(ExitCode::Partial, std::to_string(failed) + " of " + std::to_string(o.articles.size()) +
                                           " articles could not be read (their lines hold the reason)");
    }
}

}  // namespace

void runExtract(const ExtractOptions& o) {
    if (o.jsonl) {
        runExtractLines(o);
        return;
    }
    const Article a = ingestArticle(readInput(o.articles.front(), o.max_input_bytes), o.from);
    if (o.text) {
        bool first = true;
        for (const Block& b : a.blocks) {
            if (!isBody(b.kind)) continue;
            std::cout << (first ? "" : "\n") << b.text << '\n';
            first = false;
        }
        return;
    }
    std::cout << dumped(articleJson(a), 2) << '\n';
}

}  // namespace readcast
