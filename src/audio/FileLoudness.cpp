#include "audio/FileLoudness.hpp"

#include <algorithm>
#include <exception>
#include <memory>
#include <thread>
#include <vector>

#include "audio/AudioFileReader.hpp"
#include "audio/ThreadedSink.hpp"

namespace readcast {
namespace {

// A stretch runs this far into the next so that the gating blocks (400 ms, every 100 ms) that span
// the join are measured whole, and once.
constexpr double kBlockOverlapS = 0.3;
// Shorter files are not worth a second thread.
constexpr double kMinStretchS = 20.0;

}  // namespace

LoudnessReading measureAudioFile(const std::string& path, unsigned threads) {
    const AudioFileInfo info = audioFileInfo(path);
    // MP3 is decoded from its start, on this thread, and measured on another: read from the middle,
    // its first frames would lack the bytes they borrow from the frames before.
    if (info.mpeg && threads > 1) {
        LoudnessMeter meter;
        {
            ThreadedSink measuring(meter);
            readAudioFile(path, measuring);
        }
        return meter.reading();
    }
    // The meter steps its blocks every (rate + 5) / 10 samples: the joins fall on that grid.
    const std::int64_t hop = (info.sample_rate_hz + 5) / 10;
    const auto by_length = static_cast<std::int64_t>(info.seconds() / kMinStretchS);
    const auto parts = static_cast<std::int64_t>(std::clamp<std::int64_t>(by_length, 1, std::max(1u, threads)));
    const std::int64_t stretch = (info.frames / parts) / hop * hop;
    const auto overlap = static_cast<std::int64_t>(kBlockOverlapS * info.sample_rate_hz);

    std::vector<std::unique_ptr<LoudnessMeter>> meters;
    std::vector<std::exception_ptr> errors(static_cast<std::size_t>(parts));
    std::vector<std::jthread> workers;  // joined however this function is left
    for (std::int64_t k = 0; k < parts; ++k) meters.push_back(std::make_unique<LoudnessMeter>());
    for (std::int64_t k = 0; k < parts; ++k) {
        workers.emplace_back([&, k] {
            try {
                const std::int64_t first = k * stretch;
                const std::int64_t count = k + 1 < parts ? stretch + overlap : -1;
                readAudioFile(path, *meters[static_cast<std::size_t>(k)], first, count);
            } catch (...) {
                errors[static_cast<std::size_t>(k)] = std::current_exception();
            }
        });
    }
    for (std::jthread& t : workers) t.join();
    for (const std::exception_ptr& e : errors) {
        if (e) std::rethrow_exception(e);
    }
    std::vector<const LoudnessMeter*> all;
    for (const auto& m : meters) all.push_back(m.get());
    return LoudnessMeter::combined(all);
}

}  // namespace readcast
