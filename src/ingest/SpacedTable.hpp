#pragma once
// A table typed or pasted with its columns lined up by spaces, "            Total   18-34   65+" over "Yes   47%   61%   34%":
// set as a Markdown pipe table, so that each row is read with its figures named by their column ("Yes, Total 47%, 18-34: 61%")
// as a page's table is, instead of a row of bare figures (or, indented in Markdown, nothing: a code block). Only a table of
// figures: three rows at least, each of three cells or more parted by two spaces or a tab, the same count in each (the header
// may leave its corner blank), its first column words and nearly all its other cells figures. A Markdown text's lines
// indented around such a table with it ("    Q: Would you vote yes?") are unindented, its own words and not code.
//
//   spacedTablesAsPipeTables("    Total  Men\nYes  47%  45%\nNo  53%  55%\n", false)
//   // "| | Total | Men |\n|---|---|---|\n| Yes | 47% | 45% |\n| No | 53% | 55% |\n"

#include <string>

namespace readcast {

std::string spacedTablesAsPipeTables(const std::string& text, bool markdown);

}  // namespace readcast
