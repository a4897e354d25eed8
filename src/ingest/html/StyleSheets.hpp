#pragma once
// What a page's own style sheets hide. Pages hide text with a class as often as with a style attribute
// (an anti-copy notice, a screen-reader-only duplicate, a template): a class whose rule, outside any
// @media block, says display:none, visibility:hidden or speak:never is never read, unless a later rule
// shows it again (the cascade's order, and !important, as a browser applies them).
//
//   hiddenClasses(root)   // {"promo-hidden"} for <style>.promo-hidden{display:none}</style>

#include <string>
#include <unordered_set>

#include "ingest/html/HtmlDom.hpp"

namespace readcast {

std::unordered_set<std::string> hiddenClasses(const GumboNode* root);

// Class names hidden by a style sheet's text (comments, @media and other at-rule blocks ignored).
std::unordered_set<std::string> hiddenClassesIn(const std::string& css);

}  // namespace readcast
