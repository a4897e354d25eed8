#pragma once
// A broadcast transcript's turns, each opening on its speaker's label in capitals, a role after the name: "AILSA CHANG,
// HOST: …", "TOM REYES, BYLINE: …", "REYES: …", "UNIDENTIFIED PERSON #1: (Speaking Spanish)". Read as written, eSpeak NG
// spells short names ("T.O.M", "L.E.E") and the listener hears the programme's roles before each turn; a newsreader says
// the name, "Tom Reyes: …", and leaves out the transcriber's stage directions, "(Laughs)", "(Through interpreter)". A
// label alone on its line opens the paragraph under it. Only in a transcript: two speakers at least, and a label with a
// programme's role ("HOST", "BYLINE", "ANCHOR"), an unidentified speaker or a transcriber's cue ("(SOUNDBITE OF …)").
//
//   withTranscriptTurnsSaid(blocks)   // "TOM REYES, BYLINE: At 6 a.m., …" -> "Tom Reyes: At 6 a.m., …"

#include <vector>

#include "model/Article.hpp"

namespace readcast {

void withTranscriptTurnsSaid(std::vector<Block>& blocks);

}  // namespace readcast
