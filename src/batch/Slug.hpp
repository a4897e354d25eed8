#pragma once
// A file name for an article, from its headline: transliterated to ASCII by ICU ("Māori" -> "maori",
// "북한" -> "bughan"), lower case, words joined by hyphens, then a short hash of the article's stable key,
// so that two articles with one headline never collide and the same article gets the same name on
// every run and every shard. Whatever the headline holds, the result is a safe name: letters, digits
// and hyphens only, at most kMaxSlugBytes, never empty, never hidden.
//
//   slugFor("North Korea and Russia’s dangerous new alliance", "2025/nk.html")
//       // "north-korea-and-russias-dangerous-new-alliance-1f3a9c"

#include <cstddef>
#include <string>

namespace readcast {

inline constexpr std::size_t kMaxSlugBytes = 80;

std::string slugFor(const std::string& headline, const std::string& key);

}  // namespace readcast
