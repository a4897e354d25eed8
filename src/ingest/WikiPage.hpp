#pragma once
// A wiki article copied from a browser: the encyclopedia's chrome around its text. Each section heading
// carries its "[edit]" link, the page opens on the site's tagline and a hatnote pointing to other articles,
// a contents list numbers the sections, "Main article:" points elsewhere, the references start with the
// caret of their back links, and the foot says where the page was retrieved from and when it was edited.
// All of it goes, and the closing sections of links and sources ("See also", "References"); the article's
// text, its headings and its sections stay. A text with no mark of a wiki
// (two edit links, or the tagline) is returned as it is.
//
//   withoutWikiChrome("Overview[edit]\nThe ocean …\nHistory[edit]\n…")   // "Overview\nThe ocean …\nHistory\n…"

#include <string>

namespace readcast {

std::string withoutWikiChrome(const std::string& text);

}  // namespace readcast
