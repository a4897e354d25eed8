#include "ingest/html/JsonLdScripts.hpp"

#include <string>

#include "ingest/html/HtmlDom.hpp"

namespace readcast {

std::vector<nlohmann::json> jsonLdScripts(const GumboNode* root) {
    std::vector<nlohmann::json> docs;
    for (const GumboNode* script : elementsByTag(root, GUMBO_TAG_SCRIPT)) {
        std::string body = scriptData(script, "application/ld+json");
        if (body.empty()) continue;
        // Some pages wrap JSON-LD in CDATA markers or comments: keep the outermost JSON value.
        if (const std::size_t cdata = body.find("<![CDATA["); cdata != std::string::npos) body.erase(0, cdata + 9);
        if (const std::size_t end = body.rfind("]]>"); end != std::string::npos) body.erase(end);
        const std::size_t open = body.find_first_of("{[");
        const std::size_t close = body.find_last_of("}]");
        if (open == std::string::npos || close == std::string::npos || close < open) continue;
        nlohmann::json doc = nlohmann::json::parse(body.substr(open, close - open + 1), nullptr, false);
        if (!doc.is_discarded()) docs.push_back(std::move(doc));
    }
    return docs;
}

}  // namespace readcast
