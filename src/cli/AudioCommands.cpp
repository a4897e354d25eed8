// The audio module's side: its table of commands, the one symbol it exports.

#include "cli/AudioCommands.hpp"

#include "cli/Commands.hpp"
#include "encode/Mp3Encoder.hpp"
#include "speech/EspeakSynthesizer.hpp"

namespace readcast {
namespace {

std::string versions() { return "eSpeak NG " + EspeakSynthesizer::version() + ", LAME " + Mp3Encoder::lameVersion(); }

}  // namespace
}  // namespace readcast

extern "C" __attribute__((visibility("default"))) const readcast::AudioCommands* readcast_audio_commands() {
    static const readcast::AudioCommands kCommands = [] {
        readcast::AudioCommands c;
        c.render = &readcast::runRender;
        c.batch = &readcast::runBatch;
        c.manifest = &readcast::runManifest;
        c.feed = &readcast::runFeed;
        c.edition = &readcast::runEdition;
        c.script = &readcast::runNarrationScript;
        c.voices = &readcast::runVoices;
        c.versions = &readcast::versions;
        return c;
    }();
    return &kCommands;
}
