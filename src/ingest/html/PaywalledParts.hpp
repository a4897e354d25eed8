#pragma once
// The parts of a story its page hides behind a paywall and declares in its JSON-LD, as publishers mark them for search
// engines: "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": false, "cssSelector": ".article-premium"}. The
// page serves them whole, hidden until the reader subscribes; a publisher narrating its own story wants them read.
//
//   paywalledParts(root)  // the elements of class "article-premium" for the declaration above

#include <gumbo.h>
#include <nlohmann/json.hpp>

#include <vector>

namespace readcast {

// The elements a non-free part's selector names: ".class", ".one.two", "#id", "tag.class" (a list apart by commas too).
// `jsonLd`: the page's JSON-LD, parsed (JsonLdScripts.hpp).
std::vector<const GumboNode*> paywalledParts(const GumboNode* root, const std::vector<nlohmann::json>& jsonLd);

// A JSON-LD "isAccessibleForFree" that says no: false, or "False" as some publishers write it.
bool isDeclaredFalse(const nlohmann::json& value);

}  // namespace readcast
