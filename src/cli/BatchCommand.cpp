#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <iostream>

#include "batch/Manifest.hpp"
#include "cli/BatchProgress.hpp"
#include "cli/Commands.hpp"
#include "core/Error.hpp"
#include "core/Text.hpp"

namespace readcast {

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
                  << r.total << (job.shard.whole() ? "" : " (shard " + job.shard.name() + ")") << "; " << clockTime(r.audio_s)
                  << " of audio in " << clockTime(r.elapsed_s) << "; manifest " << r.manifest << '\n';
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
                  << " skipped, " << s.failed << " failed; " << clockTime(s.audio_s) << " of audio\n";
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
