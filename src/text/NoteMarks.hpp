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

}  // namespace readcast
