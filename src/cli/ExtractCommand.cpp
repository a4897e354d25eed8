#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/Commands.hpp"
#include "ingest/Ingest.hpp"

namespace readcast {
namespace {

bool isBody(BlockKind kind) { return isBodyKind(kind) || kind == BlockKind::Heading; }

}  // namespace

void runExtract(const ExtractOptions& o) {
    const Article a = ingestArticle(readInput(o.article, o.max_input_bytes), o.from);
    if (o.text) {
        bool first = true;
        for (const Block& b : a.blocks) {
            if (!isBody(b.kind)) continue;
            std::cout << (first ? "" : "\n") << b.text << '\n';
            first = false;
        }
        return;
    }
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
    std::cout << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace readcast
