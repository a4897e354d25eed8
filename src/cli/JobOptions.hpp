#pragma once
// The options `render`, `script` and `batch` share, each defined once: the article's format, how it is
// narrated (voice, rate, framing, lexicons...), and what audio is made of it (format, loudness,
// jingles, transcripts, chapters, tags).

#include <CLI/CLI.hpp>

#include <map>
#include <string>

#include "ingest/Ingest.hpp"
#include "render/RenderJob.hpp"

namespace readcast {

// An enum option that shows its choices as words in --help, not CLI11's "value in {a->0} OR {0}".
template <typename T, typename V>
inline CLI::Option* addChoice(CLI::App& cmd, const std::string& name, V& value, const std::map<std::string, T>& choices,
                       const std::string& help) {
    std::string names, listed;
    for (const auto& [word, v] : choices) {
        names += (names.empty() ? "" : "|") + word;
        listed += (listed.empty() ? "" : ", ") + word;
    }
    // The word becomes the enum's number, which CLI11 then converts; anything else is named as wrong.
    const CLI::Validator toValue(
        [choices, listed](std::string& input) {
            std::string lower = input;
            for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            const auto found = choices.find(lower);
            if (found == choices.end()) return "'" + input + "' is not one of " + listed;
            input = std::to_string(static_cast<long long>(found->second));
            return std::string();
        },
        "");
    return cmd.add_option(name, value, help)->transform(toValue)->type_name(names);
}


extern const char* const kVoicesDirHelp;

void addInputOptions(CLI::App& cmd, std::string& article, InputFormat& from);
// --from alone, for commands that take their inputs their own way.
void addFormatOption(CLI::App& cmd, InputFormat& from);
// --max-input MB: the largest article read.
void addMaxInputOption(CLI::App& cmd, std::size_t& max_bytes);
// `one_article`: also --title and --author, which replace one article's headline and byline.
// `language_option`: also --language, the articles' language over the detected one (the script command has its own).
void addNarrationOptions(CLI::App& cmd, ScriptJob& job, bool one_article = true, bool language_option = true);
void addAudioOptions(CLI::App& cmd, RenderJob& job);
// --bitrate and --vbr-quality only with MP3 (`output` names the file when the format comes from it).
void checkAudioOptions(const CLI::App& cmd, const RenderJob& job, const std::string& output);

}  // namespace readcast
