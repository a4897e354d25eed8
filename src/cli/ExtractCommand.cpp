#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/Commands.hpp"
#include "core/Cores.hpp"
#include "core/Error.hpp"
#include "core/InOrder.hpp"
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
    doc["lead_image"] = {{"url", a.lead_image_url}, {"caption", a.lead_image_url.empty() ? "" : a.lead_image_caption}};
    doc["partial"] = a.partial == Partial::No ? nlohmann::ordered_json(false)
                     : nlohmann::ordered_json(a.partial == Partial::ForSubscribers ? "subscribers" : "pages");
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

// One article's line of --jsonl: its JSON, or its error (and the error alone, for standard error).
struct ArticleLine {
    std::string json;
    std::string error;
};

ArticleLine articleLine(const std::string& path, const ExtractOptions& o) {
    try {
        return {dumped(articleJson(ingestArticle(readInput(path, o.max_input_bytes), o.from)), -1), {}};
    } catch (const std::exception& e) {  // Error, and whatever else one article may raise (bad_alloc)
        return {dumped(nlohmann::ordered_json{{"source", path}, {"error", e.what()}}, -1), e.what()};
    }
}

// --jsonl: every article in one process (the program starts once, not once an article), read on every
// core and printed in the order given; one that cannot be read is a line with its error, and the others
// go on.
void runExtractLines(const ExtractOptions& o) {
    std::size_t failed = 0;
    forEachInOrder(
        o.articles.size(), threadsOrCores(o.threads), [&](std::size_t i) { return articleLine(o.articles[i], o); },
        [&](std::size_t, const ArticleLine& line) {
            std::cout << line.json << '\n';
            if (!line.error.empty()) {
                ++failed;
                std::cerr << "readcast: error: " << printable(line.error) << '\n';
            }
        });
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
