#pragma once
// A Markdown pipe table typed or pasted into a plain text, "| Team | Q1 | Final |" over "|---|---|---|" and its
// rows: each row becomes a sentence that names its figures by their column, as a page's table is read
// ("Brisbane, Q1 3.2, Final 14.12 (96)."). A text without such a table is returned as it is.
//
//   pipeTablesAsRows("| Team | Final |\n|---|---|\n| Brisbane | 14.12 (96) |\n")  // "Brisbane, Final 14.12 (96).\n\n"

#include <string>

namespace readcast {

std::string pipeTablesAsRows(const std::string& text);

}  // namespace readcast
