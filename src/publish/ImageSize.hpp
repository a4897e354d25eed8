#pragma once
// Width and height of a PNG or JPEG image from its header bytes, without decoding it: what a feed
// needs to check that its cover art is square and as large as podcast directories ask.
//
//   auto size = imageSize(loadCover("art.png").bytes);   // {3000, 3000}; empty when unreadable

#include <optional>
#include <string>

namespace readcast {

struct ImageSize {
    int width = 0;
    int height = 0;
};

std::optional<ImageSize> imageSize(const std::string& bytes);

}  // namespace readcast
