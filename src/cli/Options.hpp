#pragma once
// What the command line asks for: the render and script jobs themselves, plus what only the command
// line cares about (how to print). CommandLine.cpp fills them; the command functions run them.

#include <string>

#include <optional>

#include "batch/Batch.hpp"
#include "ingest/Ingest.hpp"
#include "publish/Edition.hpp"
#include "publish/Feed.hpp"
#include "render/RenderJob.hpp"

namespace readcast {

struct RenderOptions {
    RenderJob job;
    bool quiet = false;
    bool json = false;  // the result as one JSON object on stdout
};

struct BatchOptions {
    BatchJob job;
    std::string shard;                 // "K/N"; empty: from the engine's environment, else the whole batch
    std::optional<int> shard_count;
    bool quiet = false;
    bool json = false;
};

struct ManifestOptions {
    std::string output_dir;
    bool json = false;
};

struct FeedOptionsCli {
    FeedOptions feed;
    std::string output;         // the feed file; default OUTDIR/feed.xml
    bool force = false;
    bool allow_missing = false; // exit 0 though articles were left out
    bool list_categories = false;
    bool quiet = false;
};

struct EditionOptions {
    EditionJob job;
    bool quiet = false;
    bool json = false;
};

struct ScriptOptions {
    ScriptJob job;
    bool json = false;
    bool bare = false;     // normalize the input text alone, line by line
    bool explain = false;  // show each rewrite and its rule
};

struct ExtractOptions {
    std::vector<std::string> articles;  // several only with jsonl
    InputFormat from = InputFormat::Auto;
    bool text = false;   // body only, as plain text
    bool jsonl = false;  // one compact JSON object a line, an article a line
    unsigned threads = 0;  // with jsonl: articles read at once; 0: one a core
    std::size_t max_input_bytes = kDefaultMaxInputBytes;
};

struct VoicesOptions {
    std::string voices_dir;  // empty: defaultVoicesDir()
};

}  // namespace readcast
