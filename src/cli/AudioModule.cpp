// The program's side of the audio module: loaded on the first command that needs it, from beside the
// program or its installation's lib/readcast (core/Install.hpp), and checked against the program's own
// table before anything is called.

#include <dlfcn.h>
#include <malloc.h>

#include "cli/AudioCommands.hpp"
#include "cli/Commands.hpp"
#include "core/Error.hpp"
#include "core/Install.hpp"

namespace readcast {
namespace {

const AudioCommands& audioCommands() {
    static const AudioCommands* const kCommands = [] {
        // The audio commands make and free large blocks on several threads, LAME's state above all
        // (about 1 MiB an encoder, one for every piece of the stream). glibc's default threshold for
        // serving a block with its own mapping rises to the size of the first such block freed, so
        // the later ones came from per-thread arenas that keep their pages: 1.1 MiB of the peak for
        // the sample. A fixed threshold gives every large block back when it is freed.
        ::mallopt(M_MMAP_THRESHOLD, 128 * 1024);
        std::string tried, why;
        for (const std::string& path : audioModuleCandidates()) {
            tried += (tried.empty() ? "" : ", ") + path;
            void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
            if (handle == nullptr) {
                const char* error = ::dlerror();
                why = error != nullptr ? error : "cannot be loaded";
                continue;
            }
            using Table = const AudioCommands* (*)();
            const auto table = reinterpret_cast<Table>(::dlsym(handle, "readcast_audio_commands"));
            const AudioCommands* commands = table != nullptr ? table() : nullptr;
            if (commands == nullptr || commands->abi != kAudioCommandsAbi || commands->option_sizes != kAudioOptionSizes) {
                throw Error(ExitCode::Failure, path + ": the audio module is from another build of readcast; reinstall both");
            }
            return commands;
        }
        throw Error(ExitCode::Failure, "the audio module (readcast-audio.so) was not found beside the program (tried " + tried +
                                           (why.empty() ? "" : ": " + why) + ")");
    }();
    return *kCommands;
}

}  // namespace

void runRender(const RenderOptions& o) { audioCommands().render(o); }
void runBatch(const BatchOptions& o) { audioCommands().batch(o); }
void runManifest(const ManifestOptions& o) { audioCommands().manifest(o); }
void runFeed(const FeedOptionsCli& o) { audioCommands().feed(o); }
void runEdition(const EditionOptions& o) { audioCommands().edition(o); }
void runNarrationScript(const ScriptOptions& o) { audioCommands().script(o); }
void runVoices(const VoicesOptions& o) { audioCommands().voices(o); }
std::string audioVersions() { return audioCommands().versions(); }

}  // namespace readcast
