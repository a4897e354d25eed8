#pragma once
// Where the program's own files are, found from the program's path, never from a path compiled in:
// beside it in a build tree (build/voices, build/readcast-audio.so), or under the installation's
// prefix (bin/../share/readcast/voices, bin/../lib/readcast/readcast-audio.so).
//
//   std::string voices = defaultVoicesDir();   // READCAST_VOICES_DIR first

#include <string>
#include <vector>

namespace readcast {

// READCAST_VOICES_DIR, else voices/ beside the program (a build tree), else share/readcast/voices
// beside an installed program (bin/../share/readcast/voices).
std::string defaultVoicesDir();

// The places the audio module may be, in the order to try: beside the program, then
// lib/readcast/ of its installation.
std::vector<std::string> audioModuleCandidates();

}  // namespace readcast
