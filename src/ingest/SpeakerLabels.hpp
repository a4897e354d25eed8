#pragma once
// An interview's answers labelled by the speaker's initials, "DM: Our outlook, which we published …", after the
// answer that named them in full, "Dan Marokane: I never say …". Read as written, eSpeak NG spells "D M" before
// every answer and the listener hears letters; a newsreader says the name. The initials become the surname the
// article gives them, where exactly one name in it has those initials.
//
//   withSpeakersNamed(blocks)   // "DM: Our outlook …" -> "Marokane: Our outlook …"

#include <vector>

#include "model/Article.hpp"

namespace readcast {

void withSpeakersNamed(std::vector<Block>& blocks);

}  // namespace readcast
