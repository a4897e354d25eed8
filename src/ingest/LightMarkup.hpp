#pragma once
// Documents written in a light markup other than Markdown and pasted or saved as text: AsciiDoc,
// reStructuredText, Org mode, Textile and MediaWiki's wikitext. Their headings, fields, quotes and lists
// are rewritten in the forms the text reader knows ("# Title", "## Section", "Author: …", "> …", "- …");
// what they never mean to be read (attributes, directives, comments, property drawers, image macros,
// footnote marks) is taken out. A text that shows no such markup is returned as it is. Lines stay lines.
//
//   lightMarkupAsText("#+TITLE: Budget passes\n* The vote\n…")  // "Title: Budget passes\n## The vote\n…"

#include <string>

namespace readcast {

std::string lightMarkupAsText(const std::string& text);

// The text is written in one of those markups (whose "# " lines are no Markdown headings).
bool hasLightMarkup(const std::string& text);

}  // namespace readcast
