#pragma once
// Plain text that still holds a page's block tags, as a CMS's export or a copy of its editor gives it:
// "<p>…</p>" on each paragraph, "<h2>Produção e preços</h2>", "<strong>Next steps</strong>" over
// "<ul><li>…</li></ul>". Stripped word by word, the tags left no blank line between paragraphs and no mark
// on a list's items, so a subhead and its list were taken for a page's short lines and dropped, and a lead
// after a picture's credit line for its caption. Here each tag's block becomes what plain text writes for
// it: a paragraph between blank lines, a heading on a line of its own, an item after "- ". Text with
// fewer than two such tags at the start of its lines is left as it is.
//
//   leftoverHtmlAsText("<p>One.</p>\n<ul>\n<li>Two</li>\n</ul>")   // "\nOne.\n\n\n\n- Two\n\n"

#include <string>

namespace readcast {

std::string leftoverHtmlAsText(const std::string& text);

}  // namespace readcast
