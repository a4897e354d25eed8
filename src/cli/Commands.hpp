#pragma once
// The commands behind `readcast render|batch|manifest|feed|edition|script|extract|voices`. Each runs one whole command and throws
// Error on failure; main() turns that into a message and an exit code. They print; the stages below
// them do not. `extract` and `script --bare` run in the program; the others in the audio module, which
// the program's runRender, runBatch… load and call (cli/AudioModule.cpp).

#include "cli/Options.hpp"

namespace readcast {

void runRender(const RenderOptions& options);
void runBatch(const BatchOptions& options);
void runManifest(const ManifestOptions& options);
void runFeed(const FeedOptionsCli& options);
void runEdition(const EditionOptions& options);
void runScript(const ScriptOptions& options);
// `script` without --bare: the narration as render would build it (in the audio module).
void runNarrationScript(const ScriptOptions& options);
void runVoices(const VoicesOptions& options);
void runExtract(const ExtractOptions& options);
// The versions of eSpeak NG and LAME, for --version (loads the audio module).
std::string audioVersions();

}  // namespace readcast
