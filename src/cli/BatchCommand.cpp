#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <iostream>

#include "batch/Manifest.hpp"
#include "cli/Commands.hpp"
#include "core/Error.hpp"
#include "core/Text.hpp"

namespace readcast {
namespace {

std::string clock(double seconds) {
    const long s = std::lround(seconds);
    char buf[32];
    if (s >= 3600) {
        std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    } else {
        std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    }
    return buf;
}

// A failure as one says it: the error names the file already, or gets it in front.
std::string failure(const std::string& input, const std::string& error) {
    return error.rfind(input + ":", 0) == 0 || error.rfind("cannot read " + input, 0) == 0 ? error : input + ": " + error;
}

// What a record says, for one line of progress: never control characters from a file name.
std::string shown(const std::string& text) { return printable(text); }

class Progress {
public:
    Progress(bool quiet) : quiet_(quiet), terminal_(::isatty(STDERR_FILENO) == 1) {}

    void operator()(const nlohmann::json& record, const BatchProgress& p) {
        if (quiet_) return;
        const std::string status = record.value("status", "");
        if (!terminal_) {
            // One line an article, for logs (a Slurm job's output, kubectl logs).
            const std::string input = record.value("input", "");
            std::cerr << "readcast: [" << p.done << "/" << p.total << "] " << status << " ";
            if (status == "failed") {
                std::cerr << shown(failure(input, record.value("error", "")));
            } else {
                std::cerr << shown(input);
            }
            if (status == "ok") std::cerr << " -> " << shown(record.value("output", "")) << " (" << clock(record.value("duration_s", 0.0)) << ")";
            if (status == "skipped") std::cerr << ": " << shown(record.value("reason", ""));
            std::cerr << '\n';
            return;
        }
        if (status == "failed") {
            std::cerr << "\r\033[K" << "readcast: failed " << shown(failure(record.value("input", ""), record.value("error", ""))) << '\n';
        }
        // A bar: done/total, failures, audio made, rate, time left.
        const int width = 24;
        const int filled = p.total > 0 ? width * p.done / p.total : width;
        const double rate = p.elapsed_s > 0 ? p.done / p.elapsed_s : 0;
        const double left = rate > 0 ? (p.total - p.done) / rate : 0;
        std::cerr << "\r\033[K[" << std::string(static_cast<std::size_t>(filled), '#')
                  << std::string(static_cast<std::size_t>(width - filled), '.') << "] " << p.done << "/" << p.total
                  << (p.failed > 0 ? ", " + std::to_string(p.failed) + " failed" : "") << ", "
                  << std::lround(p.audio_s / 60) << " min of audio, " << std::lround(rate * 60) << " articles/min, ETA "
                  << clock(left) << std::flush;
        if (p.done == p.total) std::cerr << '\n';
    }

private:
    bool quiet_;
    bool terminal_;
};

}  // namespace

void runBatch(const BatchOptions& o) {
    BatchJob job = o.job;
    if (!o.shard.empty()) {
        job.shard = parseShard(o.shard);
        if (o.shard_count && *o.shard_count != job.shard.count) {
            throw Error(ExitCode::Usage, "--shard " + o.shard + " and --shard-count " + std::to_string(*o.shard_count) + " disagree");
        }
    } else if (const auto fromEngine = shardFromEnvironment(o.shard_count)) {
        job.shard = *fromEngine;
    }
    Progress progress(o.quiet);
    const BatchOutcome r = runBatch(job, [&progress](const nlohmann::json& rec, const BatchProgress& p) { progress(rec, p); });
    if (!o.quiet) {
        for (const std::string& problem : r.problems) std::cerr << "readcast: warning: " << shown(problem) << '\n';
    }
    if (o.json) {
        nlohmann::json failures = nlohmann::json::array();
        for (const auto& [input, reason] : r.failures) failures.push_back({{"input", input}, {"error", reason}});
        std::cout << nlohmann::json{{"total", r.total},       {"rendered", r.rendered},
                                    {"skipped", r.skipped},   {"failed", r.failed},
                                    {"failures", failures},   {"not_articles", r.problems},
                                    {"audio_s", std::round(r.audio_s * 10) / 10},
                                    {"elapsed_s", std::round(r.elapsed_s * 10) / 10},
                                    {"shard", job.shard.name()}, {"manifest", r.manifest}}
                         .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                  << '\n';
    } else if (!o.quiet) {
        std::cerr << "readcast: " << r.rendered << " rendered, " << r.skipped << " skipped, " << r.failed << " failed of "
                  << r.total << (job.shard.whole() ? "" : " (shard " + job.shard.name() + ")") << "; " << clock(r.audio_s)
                  << " of audio in " << clock(r.elapsed_s) << "; manifest " << r.manifest << '\n';
        for (const auto& [input, reason] : r.failures) std::cerr << "readcast:   failed " << shown(failure(input, reason)) << '\n';
    }
    if (r.failed > 0) {
        throw Error(ExitCode::Partial, std::to_string(r.failed) + " of " + std::to_string(r.total) +
                                           " articles failed (see " + r.manifest + ")");
    }
}

void runManifest(const ManifestOptions& o) {
    const ManifestSummary s = summarizeManifests(o.output_dir);
    if (o.json) {
        nlohmann::json articles = nlohmann::json::array();
        for (const auto& [key, record] : s.articles) articles.push_back(record);
        std::cout << nlohmann::json{{"manifests", s.files}, {"ok", s.ok}, {"failed", s.failed}, {"skipped", s.skipped},
                                    {"missing", s.missing}, {"missing_shards", s.missing_shards},
                                    {"audio_s", std::round(s.audio_s * 10) / 10}, {"articles", articles}}
                         .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                  << '\n';
    } else {
        std::cout << s.files.size() << " manifest(s), " << s.articles.size() << " articles: " << s.ok << " ok, " << s.skipped
                  << " skipped, " << s.failed << " failed; " << clock(s.audio_s) << " of audio\n";
        for (const auto& [key, record] : s.articles) {
            if (record.value("status", "") == "failed") std::cout << "failed  " << shown(failure(record.value("input", key), record.value("error", ""))) << '\n';
        }
        for (const std::string& key : s.missing) std::cout << "missing " << shown(key) << '\n';
        for (const std::string& shard : s.missing_shards) std::cout << "missing shard " << shard << " (no manifest)\n";
    }
    if (!s.missing.empty() || !s.missing_shards.empty()) {
        throw Error(ExitCode::Partial, std::to_string(s.missing.size()) + " article(s) and " + std::to_string(s.missing_shards.size()) +
                                           " shard(s) missing from " + o.output_dir);
    }
}

}  // namespace readcast
