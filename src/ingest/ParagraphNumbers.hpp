#pragma once
// A judgment's, a report's or a submission's paragraphs numbered in square brackets, in order: "[1] The appellant…",
// "[2] …", "[31] The appeal is allowed in part." The numbers are for citing, never read; and short paragraphs so
// numbered are the story, not notes under it (which open the same way: "[1] Datos del Plan…", dropped as furniture).
// They are known by their order and by a paragraph longer than any note: three at least, the numbers rising, one of
// more than thirty words. Notes and a list of "[n]" references are returned as they are.
//
//   withoutParagraphNumbers("[1] The appellant sued … (40 words)\n\n[2] It appealed.\n\n[3] The appeal is allowed.\n")
//       // "The appellant sued …\n\nIt appealed.\n\nThe appeal is allowed.\n"

#include <string>

namespace readcast {

std::string withoutParagraphNumbers(const std::string& text);

}  // namespace readcast
