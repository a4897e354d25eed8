#pragma once
// The JSON-LD a page declares in its <script type="application/ld+json"> elements, each parsed: a script whose text is
// no JSON (wrapped in CDATA markers or comments is fine) gives nothing.
//
//   for (const nlohmann::json& doc : jsonLdScripts(root)) …

#include <gumbo.h>
#include <nlohmann/json.hpp>

#include <vector>

namespace readcast {

std::vector<nlohmann::json> jsonLdScripts(const GumboNode* root);

}  // namespace readcast
