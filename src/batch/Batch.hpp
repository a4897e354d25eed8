#pragma once
// Many articles rendered at once: each in a worker process of its own (eSpeak NG keeps global state,
// and a crash or a hang in one article must not take the others down), up to `jobs` at a time, each
// written as OUTDIR/<slug>.<ext> with its sidecars, each recorded in the manifest as it finishes. With
// `resume`, articles whose input, settings and output are what an "ok" record says are not rendered
// again. With a shard, only the articles that shard owns.
//
//   BatchJob job;
//   job.inputs = {"archive/"};  job.output_dir = "audio";  job.render.transcript_vtt = true;
//   BatchOutcome o = runBatch(job, [](const nlohmann::json& record, const BatchProgress& p) { ... });

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "batch/Inputs.hpp"
#include "batch/Shard.hpp"
#include "render/RenderJob.hpp"

namespace readcast {

struct BatchJob {
    std::vector<std::string> inputs;   // files, folders, @lists
    // Articles already collected from `inputs` (collectInputs), for a caller that needs the list too;
    // empty: the batch collects them.
    std::vector<BatchInput> collected;
    std::string output_dir;
    RenderJob render;                  // every render option; the article and output are set per article
    int jobs = 0;                      // worker processes at once; 0: one per core
    bool resume = false;
    Shard shard;
    int timeout_s = 0;                 // per article; 0: none
};

struct BatchProgress {
    int done = 0;       // finished, failed or skipped, out of total
    int total = 0;
    int failed = 0;
    double audio_s = 0; // made so far
    double elapsed_s = 0;
};

struct BatchOutcome {
    int total = 0, rendered = 0, skipped = 0, failed = 0;
    std::vector<std::pair<std::string, std::string>> failures;  // input, reason
    std::vector<std::string> problems;                          // inputs that were not articles or not there
    double audio_s = 0;
    double elapsed_s = 0;
    std::string manifest;
};

using BatchListener = std::function<void(const nlohmann::json& record, const BatchProgress& progress)>;

BatchOutcome runBatch(const BatchJob& job, const BatchListener& listener);

// The hash of everything that decides what a render makes, apart from the article: two runs with the
// same settings hash and the same input make the same files.
std::string settingsHash(const RenderJob& job);

}  // namespace readcast
