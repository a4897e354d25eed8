#pragma once
// An ID3v2.4 tag rendered in memory with TagLib, so it can be written before the audio even when the
// MP3 goes to a pipe, and rewritten in place at the end when the file can seek.
//
//   std::string first = renderId3v2(tags, 0);              // natural size
//   std::string last = renderId3v2(final, first.size());   // exactly that size, padded; throws if it cannot fit

#include <cstddef>
#include <string>

#include "model/AudioTags.hpp"

namespace readcast {

// `size` 0: TagLib's own size. Otherwise exactly `size` bytes (the rest padding); Error when the
// frames alone are larger.
std::string renderId3v2(const AudioTags& tags, std::size_t size);

}  // namespace readcast
