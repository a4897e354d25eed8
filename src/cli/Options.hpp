#pragma once
// What the command line asks for, as plain values with their defaults. CommandLine.cpp fills them;
// the command functions read them.

#include <optional>
#include <string>
#include <vector>

#include "encode/EncoderSettings.hpp"
#include "ingest/Ingest.hpp"

namespace readcast {

struct ArticleOptions {
    std::string article;                     // path or "-"
    InputFormat from = InputFormat::Auto;
    std::string voice;                       // profile or eSpeak NG voice; empty = default for the language
    std::optional<int> rate_wpm;             // overrides the profile
    std::optional<int> pitch;
    bool read_captions = false;
    bool no_intro = false;
    std::string voices_dir;
    // Metadata the article lacks or gets wrong, as the publisher wants it heard and tagged.
    std::string title;
    std::string author;
    std::string site;
    std::vector<std::string> lexicons;       // --lexicon files, on top of voices/<language>.lexicon.tsv
};

struct RenderOptions {
    ArticleOptions article;
    std::string output;                      // empty = ARTICLE with the format's extension
    std::optional<AudioFormat> format;       // empty = from the output's extension, else MP3
    EncoderSettings encoder;
    bool force = false;
    bool quiet = false;
};

struct ScriptOptionsCli {
    ArticleOptions article;
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
    std::string voices_dir;
};

}  // namespace readcast
