#pragma once
// SHA-256, by Nettle: what a manifest records to know an article or a setting again.
//
//   sha256Hex("abc")            // "ba7816bf…"
//   sha256OfFile("story.html")  // the same for the file's bytes; Error naming the file if unreadable

#include <cstdint>
#include <string>

namespace readcast {

std::string sha256Hex(const std::string& bytes);
std::string sha256OfFile(const std::string& path);
// The first 8 bytes of the SHA-256, as a number: a key's place among shards.
std::uint64_t sha256Prefix(const std::string& bytes);

}  // namespace readcast
