#pragma once
// eSpeak NG speaks on one thread per process (its state is global), and on a long article it is what
// the render waits for while the other core idles. A ForkedNarration speaks the script's later
// utterances in a copy of this process, made with fork() before any thread of the render starts, into
// an anonymous spool file (16-bit: eSpeak NG's own samples, kept exactly), while this process speaks
// the earlier ones into the sink; then the copy's samples and word timings follow into the sink, laid
// out as one Narrator's.
//
// eSpeak NG's voice depends a little on everything it said before in the process (an utterance's
// length moves by up to 10 ms with it), so a narration split in two is not sample for sample the one
// a single process makes. For the same file on any machine, a long script is always split, at a point
// that depends on the script alone: with one thread to use, the copy speaks first while this process
// waits.
//
//   std::unique_ptr<ForkedNarration> ahead = ForkedNarration::start(narrator, script, threads);  // before any thread
//   sink.init(tts.sampleRate());
//   Timeline t = ahead ? ahead->narrate(sink) : narrator.narrate(script, sink);
//   sink.done();

#include <cstddef>
#include <memory>
#include <sys/types.h>

#include "audio/PcmSpool.hpp"
#include "model/PcmSink.hpp"
#include "model/Script.hpp"
#include "model/Timeline.hpp"
#include "speech/Narrator.hpp"

namespace readcast {

class ForkedNarration {
public:
    // Where the copy's share starts: the first utterance of the last part of the script holding about
    // `later_share` of its text (0 when the script is too short for a second process to pay).
    static std::size_t splitPoint(const Script& script, double later_share);

    // A copy of this process speaking the script's later part, beside this one when `threads` (the
    // render's thread budget) is above one: for a script long enough, and with this process running no
    // thread but this one and the engine's idle ones (fork copies the calling thread alone: a lock
    // another thread held would stay locked in the copy). Otherwise null, and the caller narrates as
    // usual. Throws Error when fork fails.
    static std::unique_ptr<ForkedNarration> start(Narrator& narrator, const Script& script, unsigned threads);

    ForkedNarration(Narrator& narrator, const Script& script, std::size_t from, bool side_by_side);
    ~ForkedNarration();  // a copy not waited for is stopped
    ForkedNarration(const ForkedNarration&) = delete;
    ForkedNarration& operator=(const ForkedNarration&) = delete;

    // Speaks the earlier part into `sink` (already started), then gives it the copy's samples. Throws
    // Error with the copy's own message when it failed.
    Timeline narrate(PcmSink& sink);

private:
    Narrator& narrator_;
    const Script& script_;
    std::size_t from_;
    bool side_by_side_;
    PcmSpool spool_;  // made before the fork: both processes hold its file
    pid_t child_ = -1;
    int from_child_ = -1;  // the copy's report: its timeline, or why it failed
};

}  // namespace readcast
