#pragma once
// What the command line asks for: the render and script jobs themselves, plus what only the command
// line cares about (how to print). CommandLine.cpp fills them; the command functions run them.

#include <string>

#include "ingest/Ingest.hpp"
#include "render/RenderJob.hpp"

namespace readcast {

struct RenderOptions {
    RenderJob job;
    bool quiet = false;
    bool json = false;  // the result as one JSON object on stdout
};

struct ScriptOptions {
    ScriptJob job;
    bool json = false;
    bool bare = false;     // normalize the input text alone, line by line
    bool explain = false;  // show each rewrite and its rule
    std::string language = "en";  // for --bare
};

struct ExtractOptions {
    std::string article;
    InputFormat from = InputFormat::Auto;
    bool text = false;  // body only, as plain text
};

struct VoicesOptions {
    std::string voices_dir;  // empty: defaultVoicesDir()
};

}  // namespace readcast
