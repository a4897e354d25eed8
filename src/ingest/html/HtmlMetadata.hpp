#pragma once
// A page's own declarations about its article, best first: JSON-LD (schema.org NewsArticle and kin),
// Dublin Core and OpenGraph/Twitter cards, <meta name=author>, <time datetime>, <html lang>; then the
// <title> trimmed of its site name, or the visible <h1> when the <title> is no use.
//
//   Article a;
//   readHtmlMetadata(doc.root(), a);   // fills title, byline, published, modified, site, language, image

#include "model/Article.hpp"
#include <nlohmann/json.hpp>

#include <vector>

#include "ingest/html/HtmlDom.hpp"

namespace readcast {

// Returns the JSON-LD articleBody text, if the page declares one ("" otherwise): some pages render
// their body with scripts and carry the text only there. `jsonLd`: the page's JSON-LD, parsed (JsonLdScripts.hpp).
std::string readHtmlMetadata(const GumboNode* root, const std::vector<nlohmann::json>& jsonLd, Article& article);

// Readability's rules for a document <title>: drop " | Site" and "Site: " parts unless that leaves
// too little; fall back to a single <h1> when the title is very short or very long.
std::string cleanDocumentTitle(const std::string& title, const std::vector<std::string>& headings,
                               const std::vector<std::string>& h1s);

}  // namespace readcast
