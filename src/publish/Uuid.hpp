#pragma once
// Name-based UUIDs (RFC 4122 version 5, SHA-1): the same name in the same namespace is the same UUID
// on every machine and every run — what a feed's GUIDs need to never change.
//
//   uuidV5("ead4c236-bf58-58c6-a2c6-a6b28d128cb6", "example.com/feed.xml")

#include <string>

namespace readcast {

// `ns` in the canonical 8-4-4-4-12 hexadecimal form; the result in the same form, lower case.
std::string uuidV5(const std::string& ns, const std::string& name);

// Podcasting 2.0's namespace for <podcast:guid>, applied to the feed's URL without scheme and
// trailing slashes.
inline constexpr const char* kPodcastGuidNamespace = "ead4c236-bf58-58c6-a2c6-a6b28d128cb6";
std::string podcastGuid(const std::string& feed_url);

}  // namespace readcast
