#pragma once
// A broadcast script pasted as text: what the reader says, among the cues for the studio. A pronunciation
// guide after a name ("CHAMONIX [PRON: SHAM-oh-nee]") is for the reader's eye; a clip's cue ("SOT: CAPTAIN
// JULIEN CHEVANNES, PGHM (0:41)") and its in-words, out-words and duration are the clip's, which the script does
// not hold; "VO:" over a paragraph says it is read over pictures; the crew's line names the producer and the
// reader. The guides go from any text; the cues and the crew's line from a text that holds two cues at least.
//
//   withoutBroadcastCues("VO: Helicopters have been flying since first light.\nSOT: JOHN SMITH (0:41)\nIN: \"We…\"")
//       // "Helicopters have been flying since first light.\n"

#include <string>

namespace readcast {

std::string withoutBroadcastCues(const std::string& text);

}  // namespace readcast
