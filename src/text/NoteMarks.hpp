#pragma once
// Bracketed marks a reader's eye passes over and no newsreader says, in any language: a note's number
// glued to the word or the stop it annotates ("aguas abajo.[1]", "la presa[2]") and a transcript's cue
// of what could not be heard or was heard instead ("[inaudible]", "(risas)", "[crosstalk]").
//
//   withoutNoteMarks("llegó aguas abajo.[1] Y [inaudible] más.", log)   // "llegó aguas abajo. Y más."

#include <string>
#include <vector>

#include "text/Normalizer.hpp"

namespace readcast {

std::string withoutNoteMarks(const std::string& text, std::vector<Rewrite>* log);

// Before a paragraph is split into sentences: a journal's reference numbers glued to the stop they follow ("of
// cases.1,2 Vitamin D …", "… 2019;381:2497-505).4") go, so the stop ends its sentence; and its raised decimal
// point ("6·2%") is a point.
//
//   withoutGluedReferences("in 6·2% of cases.1,2 Vitamin D")   // "in 6.2% of cases. Vitamin D"
std::string withoutGluedReferences(const std::string& text);

// Before a paragraph is split into sentences: a transcript's cue of what could not be heard between two sentences, with
// the ellipsis that takes the speaker up again ("landfall. [inaudible] ...landfall over" is "landfall. Landfall over").
//
//   withoutCueGaps("before landfall. [inaudible] ...landfall over Isabela")   // "before landfall. Landfall over Isabela"
std::string withoutCueGaps(const std::string& text);

}  // namespace readcast
