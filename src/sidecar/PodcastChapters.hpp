#pragma once
// Chapters as a Podcasting 2.0 chapters file (JSON Chapters Format 1.2.0), for a feed's
// <podcast:chapters> tag.
//
//   podcastChapters(chapters)   // {"version":"1.2.0","chapters":[{"startTime":0,"title":"..."}, ...]}

#include <string>
#include <vector>

#include "model/AudioTags.hpp"

namespace readcast {

std::string podcastChapters(const std::vector<ChapterMark>& chapters);

}  // namespace readcast
