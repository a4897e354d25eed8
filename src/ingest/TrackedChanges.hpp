#pragma once
// A draft saved with its revisions and reviewers' comments still in it. The text is read as it stands once the
// revisions are accepted: what was deleted goes, what was inserted stays without its mark, and the comments go.
// - CriticMarkup, plain text's standard for them: "{--2024--}", "{++last year++}", "{~~2024~>last year~~}", "{>>check<<}",
//   "{==highlighted==}";
// - the same written out by a word processor's export: "{deleted: 2024}{inserted: last year}";
// - a printout's balloons copied with the text, a line each: "Deleted: Union officials said…", "Inserted: Rachel
//   Donnelly…", "Formatted: Font: Bold", "[Comment HC1]: Confirm the figure", "Comment [SO2]: …", and a comment run into a
//   sentence, "in September[Comment SO2: add cost?]". A balloon's label alone is taken for one only where the text holds
//   another mark of revision, so that a story's own "Deleted:" line is read.
//
//   withoutTrackedChanges("down from 67,905 in October{deleted: 2024}{inserted: last year}.")
//       // "down from 67,905 in October last year."

#include <string>

namespace readcast {

std::string withoutTrackedChanges(const std::string& text);

}  // namespace readcast
