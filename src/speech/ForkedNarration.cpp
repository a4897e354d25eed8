#include "speech/ForkedNarration.hpp"

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "core/Cores.hpp"
#include "core/Error.hpp"
#include "core/Files.hpp"

namespace readcast {
namespace {

// Below this much text (about 20 s of speech, 25 ms of eSpeak NG's time) a second process costs more
// to start than it saves.
constexpr std::size_t kMinScriptBytes = 2000;
// The copy only speaks; this process also measures and feeds what it spoke (and then the copy's part)
// to the sink on the same thread: it takes the smaller part.
constexpr double kLaterShare = 0.55;

// The copy's report: a status word, then its timeline as 64-bit words, or its error's text.
constexpr std::int64_t kSpoke = 0;
constexpr std::int64_t kFailed = 1;

void put(std::vector<std::int64_t>& out, std::size_t v) { out.push_back(static_cast<std::int64_t>(v)); }

std::vector<std::int64_t> encodeTimeline(const Timeline& t) {
    std::vector<std::int64_t> out{kSpoke, t.sample_rate_hz, t.total_samples};
    put(out, t.utterances.size());
    for (const UtteranceTiming& u : t.utterances) {
        out.insert(out.end(), {u.start_sample, u.end_sample});
        put(out, u.words.size());
        for (const WordTiming& w : u.words) {
            put(out, w.offset);
            put(out, w.length);
            out.push_back(w.start_sample);
        }
    }
    return out;
}

// Reads what encodeTimeline wrote; false when the words run out before it is whole.
bool decodeTimeline(const std::vector<std::int64_t>& in, Timeline& t) {
    std::size_t at = 1;
    const auto next = [&](std::int64_t& v) {
        if (at >= in.size()) return false;
        v = in[at++];
        return true;
    };
    std::int64_t rate = 0, utterances = 0;
    if (!next(rate) || !next(t.total_samples) || !next(utterances) || utterances < 0) return false;
    t.sample_rate_hz = static_cast<int>(rate);
    for (std::int64_t i = 0; i < utterances; ++i) {
        UtteranceTiming u;
        std::int64_t words = 0;
        if (!next(u.start_sample) || !next(u.end_sample) || !next(words) || words < 0) return false;
        for (std::int64_t k = 0; k < words; ++k) {
            WordTiming w;
            std::int64_t offset = 0, length = 0;
            if (!next(offset) || !next(length) || !next(w.start_sample)) return false;
            w.offset = static_cast<std::size_t>(offset);
            w.length = static_cast<std::size_t>(length);
            u.words.push_back(w);
        }
        t.utterances.push_back(std::move(u));
    }
    return at == in.size();
}

std::string readAll(int fd) {
    std::string all;
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        all.append(buffer, static_cast<std::size_t>(n));
    }
    return all;
}

}  // namespace

std::size_t ForkedNarration::splitPoint(const Script& script, double later_share) {
    std::size_t total = 0;
    for (const Utterance& u : script.utterances) total += u.text.size();
    if (total < kMinScriptBytes || script.utterances.size() < 2) return 0;
    const auto wanted = static_cast<std::size_t>(later_share * static_cast<double>(total));
    std::size_t later = 0;
    std::size_t from = script.utterances.size();
    // From the end, the utterance whose start leaves the later part nearest the share.
    while (from > 1 && later < wanted) {
        const std::size_t with = later + script.utterances[from - 1].text.size();
        if (with > wanted && with - wanted > wanted - later) break;
        later = with;
        --from;
    }
    return from < script.utterances.size() ? from : 0;
}

std::unique_ptr<ForkedNarration> ForkedNarration::start(Narrator& narrator, const Script& script, unsigned threads) {
    // (A batch's worker, forked from a process that started eSpeak NG, has none of its threads.)
    if (threadsOfThisProcess() > 1 + narrator.idleThreads()) return nullptr;
    const std::size_t from = splitPoint(script, kLaterShare);
    if (from == 0) return nullptr;
    return std::make_unique<ForkedNarration>(narrator, script, from, threads >= 2);
}

ForkedNarration::ForkedNarration(Narrator& narrator, const Script& script, std::size_t from, bool side_by_side)
    : narrator_(narrator), script_(script), from_(from), side_by_side_(side_by_side) {
    int pipefd[2];
    if (::pipe2(pipefd, O_CLOEXEC) != 0) throw Error(ExitCode::Failure, std::string("cannot start a second narrator: ") + std::strerror(errno));
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(pipefd[0]);
        ::close(pipefd[1]);
        throw Error(ExitCode::Failure, std::string("cannot start a second narrator: ") + std::strerror(errno));
    }
    if (pid == 0) {
        // The copy: speak, report, and leave without running the parent's destructors or flushing its
        // streams (whatever this process had buffered is the parent's to write, once).
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) ::_exit(1);
        // The parent's handlers remove its unfinished outputs: a signal stops the copy, nothing more.
        for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) std::signal(sig, SIG_DFL);
        ::close(pipefd[0]);
        std::vector<std::int64_t> report;
        std::string failure;
        try {
            spool_.init(narrator_.sampleRate());
            const Timeline later = narrator_.narrate(script_, spool_, from_, script_.utterances.size());
            spool_.done();
            report = encodeTimeline(later);
        } catch (const std::exception& e) {
            failure = e.what();
        }
        if (failure.empty()) {
            writeFully(pipefd[1], report.data(), report.size() * sizeof report[0]);
        } else {
            writeFully(pipefd[1], &kFailed, sizeof kFailed);
            writeFully(pipefd[1], failure.data(), failure.size());
        }
        ::_exit(failure.empty() ? 0 : 1);
    }
    ::close(pipefd[1]);
    child_ = pid;
    from_child_ = pipefd[0];
}

ForkedNarration::~ForkedNarration() {
    if (from_child_ >= 0) ::close(from_child_);
    if (child_ > 0) {
        ::kill(child_, SIGKILL);
        while (::waitpid(child_, nullptr, 0) < 0 && errno == EINTR) {
        }
    }
}

Timeline ForkedNarration::narrate(PcmSink& sink) {
    // On one thread the copy speaks first, alone, and this process waits for it.
    std::string report;
    if (!side_by_side_) report = readAll(from_child_);
    Timeline timeline = narrator_.narrate(script_, sink, 0, from_);
    if (side_by_side_) report = readAll(from_child_);
    ::close(from_child_);
    from_child_ = -1;
    int status = 0;
    while (::waitpid(child_, &status, 0) < 0 && errno == EINTR) {
    }
    child_ = -1;

    std::int64_t head = -1;
    if (report.size() >= sizeof head) std::memcpy(&head, report.data(), sizeof head);
    if (head == kFailed) throw Error(ExitCode::Failure, report.substr(sizeof head));
    std::vector<std::int64_t> words(report.size() / sizeof(std::int64_t));
    if (!words.empty()) std::memcpy(words.data(), report.data(), words.size() * sizeof words[0]);
    Timeline later;
    if (head != kSpoke || report.size() % sizeof head != 0 || !decodeTimeline(words, later) || !WIFEXITED(status) ||
        WEXITSTATUS(status) != 0) {
        throw Error(ExitCode::Failure, WIFSIGNALED(status) ? "the second narrator stopped on signal " + std::to_string(WTERMSIG(status))
                                                           : std::string("the second narrator gave no narration"));
    }
    spool_.adoptWritten(later.sample_rate_hz, later.total_samples);
    spool_.feed(sink);
    // The copy's times count from its own first sample: they follow this process's part.
    later.shiftSamples(timeline.total_samples);
    for (UtteranceTiming& u : later.utterances) timeline.utterances.push_back(std::move(u));
    timeline.total_samples = later.total_samples;
    return timeline;
}

}  // namespace readcast
