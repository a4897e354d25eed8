#pragma once
// Cover art given by the publisher: a JPEG or PNG file, known by its bytes (not its name), at most
// kMaxCoverBytes. The page's own lead image is never fetched.
//
//   Cover c = loadCover("art.png");   // c.mime == "image/png"; throws Error naming the file otherwise

#include <cstddef>
#include <string>

namespace readcast {

struct Cover {
    std::string bytes;
    std::string mime;
};

inline constexpr std::size_t kMaxCoverBytes = 10u << 20;

Cover loadCover(const std::string& path);

}  // namespace readcast
