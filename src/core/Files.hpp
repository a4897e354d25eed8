#pragma once
// Reading what a user or an article hands over, with a cap: a device or a pipe states no size, so the
// cap is applied while reading, never trusted from the file system.
//
//   std::string bytes = readCapped(in, 64u << 20);   // more than the cap: the caller refuses it

#include <cstddef>
#include <istream>
#include <string>

namespace readcast {

// At most max_bytes + 1 bytes of `in`: one more than allowed is enough to know it is too large.
std::string readCapped(std::istream& in, std::size_t max_bytes);

}  // namespace readcast
