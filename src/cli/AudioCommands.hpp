#pragma once
// The commands that speak, encode or list voices run in the audio module (readcast-audio.so), which the
// program loads only when one of them is asked for: `extract`, `script --bare` and `--help` start
// without eSpeak NG, LAME, libsndfile, TagLib, libsoxr and Nettle (cli/AudioModule.cpp).
// The module hands the program this table; both are built from the same sources, and the program
// refuses a module whose table or option structures differ from its own.

#include <cstddef>
#include <string>

#include "cli/Options.hpp"

namespace readcast {

// Changed with any change to this table.
inline constexpr int kAudioCommandsAbi = 1;

// The sizes of the structures the two sides pass each other: a stale module built from other headers
// is refused rather than handed options it would misread.
inline constexpr std::size_t kAudioOptionSizes = sizeof(RenderOptions) + 3 * sizeof(BatchOptions) + 5 * sizeof(ManifestOptions) +
                                                 7 * sizeof(FeedOptionsCli) + 11 * sizeof(EditionOptions) +
                                                 13 * sizeof(ScriptOptions) + 17 * sizeof(VoicesOptions);

struct AudioCommands {
    int abi = kAudioCommandsAbi;
    std::size_t option_sizes = kAudioOptionSizes;
    void (*render)(const RenderOptions&) = nullptr;
    void (*batch)(const BatchOptions&) = nullptr;
    void (*manifest)(const ManifestOptions&) = nullptr;
    void (*feed)(const FeedOptionsCli&) = nullptr;
    void (*edition)(const EditionOptions&) = nullptr;
    void (*script)(const ScriptOptions&) = nullptr;  // a whole article's narration (not --bare)
    void (*voices)(const VoicesOptions&) = nullptr;
    std::string (*versions)() = nullptr;  // "eSpeak NG 1.51, LAME 3.100", for --version
};

}  // namespace readcast

// The module's one exported symbol.
extern "C" const readcast::AudioCommands* readcast_audio_commands();
