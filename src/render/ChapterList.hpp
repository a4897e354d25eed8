#pragma once
// The chapters of a render, from its script and where each utterance landed: the opening (intro audio,
// headline and intro) is one, the story's lead before its first heading another, each heading starts
// one, and the closing (outro and outro audio) is the last. Fewer than two: no chapters at all.
// A script of many stories (Script::many_stories, an edition) has a level 0 chapter per headline
// and a level 1 chapter per heading inside it.
//
//   std::vector<ChapterMark> c = chaptersOf(script, timeline);
//   c[0].title   // the headline; c[1].start_ms == where the first heading is heard

#include <vector>

#include "model/AudioTags.hpp"
#include "model/Script.hpp"
#include "model/Timeline.hpp"

namespace readcast {

std::vector<ChapterMark> chaptersOf(const Script& script, const Timeline& timeline);

}  // namespace readcast
