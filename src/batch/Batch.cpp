#include "batch/Batch.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <map>

#include "batch/Hashing.hpp"
#include "batch/Inputs.hpp"
#include "batch/Manifest.hpp"
#include "batch/Slug.hpp"
#include "core/Ascii.hpp"
#include "core/BuildInfo.hpp"
#include "core/Clock.hpp"
#include "core/Cores.hpp"
#include "core/Error.hpp"
#include "core/Files.hpp"
#include "render/Render.hpp"

namespace readcast {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

std::atomic<int> g_stop_signal{0};

extern "C" void stopBatch(int sig) { g_stop_signal = sig; }

double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::string fileHash(const std::string& path) { return path.empty() ? "" : sha256OfFile(path); }

// What a feed or a page shows under the headline: the story's first sentences, as written, up to about
// two hundred characters (whole sentences; the first alone however long).
std::string openingSentences(const Script& script) {
    std::string text;
    for (const Utterance& u : script.utterances) {
        if (u.role != Role::Body && u.role != Role::Quote && u.role != Role::ListItem) continue;
        if (!text.empty() && text.size() + u.written.size() > 320) break;
        if (!text.empty()) text += ' ';
        text += u.written;
        if (text.size() >= 200) break;
    }
    return text;
}

// One article, in the worker process: its name from its headline, then the render itself.
json renderOne(const RenderJob& base, const BatchInput& in, const std::string& outdir) {
    RenderJob job = base;
    job.script.article = in.path;
    const Narration n = prepareNarration(job.script);
    const std::string headline = n.article.title.empty() ? fs::path(in.path).stem().string() : n.article.title;
    const AudioFormat format = resolveFormat(job.format, "");
    job.output = (fs::path(outdir) / (slugFor(headline, in.key) + formatExtension(format))).string();
    // The batch owns the names it gives in its folder (a slug and a hash of the article's key): a file of
    // that name is this article's audio from an earlier or interrupted run, replaced.
    job.force = true;
    const RenderResult r = render(job);
    json sidecars = json::array();
    for (std::size_t i = 1; i < r.files.size(); ++i) sidecars.push_back(r.files[i]);
    const Article& a = r.narration.article;
    return {{"status", "ok"},
            {"output", r.output},
            {"sidecars", sidecars},
            {"bytes", r.bytes},
            {"duration_s", std::round(r.seconds * 1000.0) / 1000.0},
            {"title", a.title},
            {"byline", a.byline},
            {"published", a.published ? a.published->dateIso() : ""},
            {"published_at", a.published ? a.published->iso() : ""},
            {"rendered_at", utcNow("%Y-%m-%dT%H:%M:%SZ")},
            {"site", a.site},
            {"url", a.url},
            {"description", openingSentences(r.narration.script)},
            {"language", a.language},
            {"loudness_lufs", std::round(r.loudness_lufs * 100.0) / 100.0},
            {"true_peak_dbtp", std::round(r.true_peak_dbtp * 100.0) / 100.0},
            {"warnings", r.narration.warnings}};
}

struct Worker {
    pid_t pid = -1;
    int fd = -1;                  // the read end of its result pipe
    std::size_t input = 0;        // index into the inputs
    std::string result;           // what it has written so far
    Clock::time_point started;
    bool terminated = false;      // SIGTERM sent (timeout or stop)
    bool killed = false;          // SIGKILL sent
    bool timed_out = false;
};

bool outputsStillThere(const json& record) {
    std::error_code ec;
    const std::string output = record.value("output", "");
    if (output.empty() || !fs::exists(output, ec)) return false;
    if (fs::file_size(output, ec) != record.value("bytes", static_cast<std::uintmax_t>(0))) return false;
    for (const auto& s : record.value("sidecars", json::array())) {
        if (!fs::exists(s.get<std::string>(), ec)) return false;
    }
    return true;
}

class Runner {
public:
    Runner(const BatchJob& job, const BatchListener& listener) : job_(job), listener_(listener) {
        // Each job's encoder and loudness check share the cores with the other jobs rather than each
        // taking them all.
        if (job_.render.encoder.threads == 0) {
            job_.render.encoder.threads = std::max(1u, cores() / static_cast<unsigned>(jobs()));
        }
    }

    BatchOutcome run() {
        prepareOutputFolder();
        CollectedInputs found = job_.collected.empty() ? collectInputs(job_.inputs, job_.output_dir) : CollectedInputs{job_.collected, {}};
        outcome_.problems = found.problems;
        for (BatchInput& in : found.articles) {
            if (job_.shard.owns(in.key)) inputs_.push_back(std::move(in));
        }
        outcome_.total = static_cast<int>(inputs_.size());
        settings_ = settingsHash(job_.render);
        const std::string name = job_.shard.whole() ? "manifest.jsonl" : "manifest-" + job_.shard.name() + ".jsonl";
        outcome_.manifest = (fs::path(job_.output_dir) / name).string();
        const std::map<std::string, json> previous = latestRecords(readManifest(outcome_.manifest));
        ManifestWriter manifest(outcome_.manifest);
        json keys = json::array();
        for (const BatchInput& in : inputs_) keys.push_back(in.key);
        manifest.append({{"type", "plan"}, {"shard", job_.shard.name()}, {"settings_sha256", settings_}, {"keys", keys},
                         {"readcast", kVersion}});
        manifest_ = &manifest;

        std::map<std::string, std::string> byContent;  // input hash -> the key that has it
        for (std::size_t i = 0; i < inputs_.size(); ++i) {
            const BatchInput& in = inputs_[i];
            std::string hash;
            try {
                hash = sha256OfFile(in.path);
            } catch (const Error& e) {
                finish(i, "", {{"status", "failed"}, {"error", e.what()}});
                continue;
            }
            const auto old = previous.find(in.key);
            if (job_.resume && old != previous.end() && old->second.value("status", "") == "ok" &&
                old->second.value("input_sha256", "") == hash && old->second.value("settings_sha256", "") == settings_ &&
                outputsStillThere(old->second)) {
                json kept = old->second;
                kept["status"] = "skipped";
                kept["reason"] = "already rendered (--resume)";
                finish(i, hash, kept);
                continue;
            }
            if (const auto same = byContent.find(hash); same != byContent.end()) {
                finish(i, hash, {{"status", "skipped"}, {"reason", "same content as " + same->second}});
                continue;
            }
            byContent[hash] = in.key;
            queue_.push_back({i, hash});
        }
        schedule();
        manifest_ = nullptr;
        outcome_.elapsed_s = since(start_);
        return outcome_;
    }

private:
    struct Pending {
        std::size_t input;
        std::string hash;
    };

    void prepareOutputFolder() {
        std::error_code ec;
        if (fs::exists(job_.output_dir, ec) && !fs::is_directory(job_.output_dir, ec)) {
            throw Error(ExitCode::Output, "cannot write into " + job_.output_dir + ": it is a file, not a folder");
        }
        fs::create_directories(job_.output_dir, ec);
        if (ec) throw Error(ExitCode::Output, "cannot create " + job_.output_dir + ": " + ec.message());
        if (::access(job_.output_dir.c_str(), W_OK) != 0) {
            throw Error(ExitCode::Output, "cannot write into " + job_.output_dir + ": " + std::strerror(errno));
        }
    }

    void finish(std::size_t i, const std::string& hash, json record) {
        const BatchInput& in = inputs_[i];
        record["type"] = "article";
        record["key"] = in.key;
        record["input"] = in.path;
        record["input_sha256"] = hash;
        record["settings_sha256"] = settings_;
        const std::string status = record.value("status", "");
        if (status == "ok") {
            ++outcome_.rendered;
            outcome_.audio_s += record.value("duration_s", 0.0);
        } else if (status == "skipped") {
            ++outcome_.skipped;
        } else {
            ++outcome_.failed;
            outcome_.failures.emplace_back(in.path, record.value("error", "failed"));
        }
        manifest_->append(record);
        ++done_;
        if (listener_) {
            listener_(record, BatchProgress{done_, outcome_.total, outcome_.failed, outcome_.audio_s, since(start_)});
        }
    }

    int jobs() const {
        return job_.jobs > 0 ? job_.jobs : static_cast<int>(cores());
    }

    void spawn(const Pending& p) {
        int pipefd[2];
        if (::pipe2(pipefd, O_CLOEXEC) != 0) throw Error(ExitCode::Failure, std::string("cannot start a worker: ") + std::strerror(errno));
        const pid_t pid = ::fork();
        if (pid < 0) throw Error(ExitCode::Failure, std::string("cannot start a worker: ") + std::strerror(errno));
        if (pid == 0) work(p, pipefd[1], pipefd[0]);  // never returns
        ::close(pipefd[1]);
        Worker w;
        w.pid = pid;
        w.fd = pipefd[0];
        w.input = p.input;
        w.started = Clock::now();
        workers_.push_back(w);
        hashOf_[p.input] = p.hash;
    }

    // In the child: render, write one JSON line, exit without running the parent's destructors.
    [[noreturn]] void work(const Pending& p, int out, int in) {
        // A worker does not outlive its batch: if the batch is killed (kill -9 included), the worker is
        // stopped too, and its unfinished files go with it.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent_) ::_exit(1);
        ::close(in);
        for (const Worker& w : workers_) ::close(w.fd);
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        const int null = ::open("/dev/null", O_RDWR);
        if (null >= 0) {
            ::dup2(null, STDIN_FILENO);
            ::dup2(null, STDOUT_FILENO);
        }
        json result;
        int code = 0;
        try {
            result = renderOne(job_.render, inputs_[p.input], job_.output_dir);
        } catch (const Error& e) {
            result = {{"status", "failed"}, {"error", e.what()}, {"exit_code", static_cast<int>(e.code())}};
            code = static_cast<int>(e.code());
        } catch (const std::exception& e) {
            result = {{"status", "failed"}, {"error", std::string("internal error: ") + e.what()}};
            code = 1;
        }
        const std::string line = result.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
        writeFully(out, line.data(), line.size());
        ::_exit(code);
    }

    void schedule() {
        struct sigaction stop {}, oldInt {}, oldTerm {};
        stop.sa_handler = stopBatch;
        ::sigaction(SIGINT, &stop, &oldInt);
        ::sigaction(SIGTERM, &stop, &oldTerm);
        std::size_t next = 0;
        while (next < queue_.size() || !workers_.empty()) {
            while (g_stop_signal == 0 && next < queue_.size() && static_cast<int>(workers_.size()) < jobs()) spawn(queue_[next++]);
            if (g_stop_signal != 0) {
                for (Worker& w : workers_) {
                    if (!w.terminated) ::kill(w.pid, SIGTERM);
                    w.terminated = true;
                }
            }
            if (workers_.empty()) break;
            waitForWorkers();
        }
        ::sigaction(SIGINT, &oldInt, nullptr);
        ::sigaction(SIGTERM, &oldTerm, nullptr);
        if (const int sig = g_stop_signal.exchange(0)) {
            throw Error(ExitCode::Failure, std::string("stopped by ") + (sig == SIGINT ? "SIGINT" : "SIGTERM") + " after " +
                                               std::to_string(done_) + " of " + std::to_string(outcome_.total) +
                                               " articles; run again with --resume to finish");
        }
    }

    void waitForWorkers() {
        std::vector<pollfd> fds;
        for (const Worker& w : workers_) fds.push_back({w.fd, POLLIN, 0});
        ::poll(fds.data(), fds.size(), 200);
        for (std::size_t k = 0; k < workers_.size();) {
            Worker& w = workers_[k];
            char buf[4096];
            ssize_t n = 0;
            bool eof = false;
            while ((fds[k].revents & (POLLIN | POLLHUP)) != 0) {
                n = ::read(w.fd, buf, sizeof buf);
                if (n > 0) {
                    w.result.append(buf, static_cast<std::size_t>(n));
                    if (n < static_cast<ssize_t>(sizeof buf)) break;
                } else {
                    eof = n == 0;
                    break;
                }
            }
            enforceTimeout(w);
            if (!eof) {
                ++k;
                continue;
            }
            int status = 0;
            ::waitpid(w.pid, &status, 0);
            ::close(w.fd);
            collect(w, status);
            fds.erase(fds.begin() + static_cast<long>(k));
            workers_.erase(workers_.begin() + static_cast<long>(k));
        }
    }

    void enforceTimeout(Worker& w) {
        const double age = since(w.started);
        if (job_.timeout_s > 0 && !w.terminated && age > job_.timeout_s) {
            ::kill(w.pid, SIGTERM);
            w.terminated = w.timed_out = true;
            w.started = Clock::now();  // from now on: the grace before SIGKILL
        } else if (w.terminated && !w.killed && age > 5.0) {
            ::kill(w.pid, SIGKILL);
            w.killed = true;
        }
    }

    void collect(const Worker& w, int status) {
        json record = json::parse(w.result, nullptr, false);
        if (w.timed_out) {
            record = {{"status", "failed"}, {"error", "timed out after " + std::to_string(job_.timeout_s) + " s (--timeout)"}};
        } else if (record.is_discarded() || !record.is_object()) {
            const std::string how = WIFSIGNALED(status) ? "the render was killed by signal " + std::to_string(WTERMSIG(status))
                                                         : "the render ended without a result (exit " +
                                                               std::to_string(WEXITSTATUS(status)) + ")";
            record = {{"status", "failed"}, {"error", how}};
        }
        finish(w.input, hashOf_[w.input], record);
    }

    BatchJob job_;  // a copy: the encoder's thread count is settled here
    const BatchListener& listener_;
    std::vector<BatchInput> inputs_;
    std::map<std::size_t, std::string> hashOf_;
    std::vector<Pending> queue_;
    std::vector<Worker> workers_;
    std::string settings_;
    ManifestWriter* manifest_ = nullptr;
    BatchOutcome outcome_;
    int done_ = 0;
    Clock::time_point start_ = Clock::now();
    pid_t parent_ = ::getpid();
};

}  // namespace

std::string settingsHash(const RenderJob& j) {
    const ScriptJob& s = j.script;
    json lexicons = json::array();
    for (const std::string& l : s.lexicons) lexicons.push_back(fileHash(l));
    const json settings = {
        {"readcast", kVersion}, {"from", static_cast<int>(s.from)}, {"voice", s.voice},
        {"rate", s.rate_wpm ? *s.rate_wpm : -1}, {"pitch", s.pitch ? *s.pitch : -1}, {"captions", s.read_captions},
        {"intro", s.intro}, {"outro", s.outro}, {"voices_dir", s.voices_dir}, {"title", s.title}, {"author", s.author},
        {"site", s.site}, {"language", s.language}, {"lexicons", lexicons}, {"format", j.format ? static_cast<int>(*j.format) : -1},
        {"sample_rate", j.encoder.sample_rate_hz}, {"bitrate", j.encoder.bitrate_kbps}, {"vbr", j.encoder.vbr_quality},
        {"loudness", j.loudness_lufs ? *j.loudness_lufs : 0.0}, {"normalize", j.loudness_lufs.has_value()},
        {"intro_audio", fileHash(j.intro_audio)}, {"outro_audio", fileHash(j.outro_audio)},
        {"vtt", j.transcript_vtt}, {"srt", j.transcript_srt}, {"marks", j.speech_marks}, {"chapters", j.chapters_file},
        {"cover", fileHash(j.cover)}, {"album", j.album}, {"genre", j.genre}, {"track", j.track}};
    return sha256Hex(settings.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

BatchOutcome runBatch(const BatchJob& job, const BatchListener& listener) { return Runner(job, listener).run(); }

}  // namespace readcast
