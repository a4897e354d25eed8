#pragma once
// What publishing systems leave in text and Markdown exported from them, taken out (its lines stay
// lines): WordPress shortcodes ("[caption id=…]…
// [/caption]", "[adrotate banner="7"]"), Liquid and Hugo tags ("{% include share.html %}", "{{ page.x }}"),
// kramdown's attribute lists ("{: .lead}"), Markdown footnote marks and notes ("[^1]", "[^1]: …") and
// abbreviation definitions ("*[NTSB]: National Transportation Safety Board"), an outliner's block
// properties ("collapsed:: false") and a task list's items ("- [ ] call back").
//
//   withoutTemplateTags("[dropcap]W[/dropcap]ork starts")  // "Work starts"

#include <string>

namespace readcast {

std::string withoutTemplateTags(std::string text);
// The shortcodes alone, in a page's text where an export left them: "[gallery ids="4,5"]", "[pullquote]…[/pullquote]".
std::string withoutShortcodes(const std::string& text);

}  // namespace readcast
