#pragma once
// Thousands grouped with an apostrophe, as Switzerland writes them ("2'400 metri", "CHF 1'250'000"):
// eSpeak NG reads each group as a number of its own ("due … quattrocento"). The apostrophes go, so the
// figure is one number.
//
//   withoutApostropheGroups("2'400 metri")   // "2400 metri"

#include <string>

namespace readcast {

std::string withoutApostropheGroups(const std::string& text);

}  // namespace readcast
