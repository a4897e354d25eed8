#pragma once
// Reading what a user or an article hands over, with a cap: a device or a pipe states no size, so the
// cap is applied while reading, never trusted from the file system. And writing all of a report to a
// pipe, as a forked worker hands its result back.
//
//   std::string bytes = readCapped(in, 64u << 20);   // more than the cap: the caller refuses it
//   writeFully(fd, line.data(), line.size());         // false when the pipe is closed

#include <cstddef>
#include <istream>
#include <string>

namespace readcast {

// At most max_bytes + 1 bytes of `in`: one more than allowed is enough to know it is too large.
std::string readCapped(std::istream& in, std::size_t max_bytes);

// Writes all `size` bytes to `fd`, again after an interrupted or a partial write; false when it cannot.
bool writeFully(int fd, const void* data, std::size_t size);

}  // namespace readcast
