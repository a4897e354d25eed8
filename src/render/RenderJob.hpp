#pragma once
// What a caller asks of a render, and everything it gets back. The command line fills a RenderJob
// from its options; batch, feed and edition build them from code. Plain values with their defaults.
//
//   RenderJob job;
//   job.script.article = "story.txt";
//   RenderResult r = render(job);          // story.mp3
//   r.files, r.timeline, r.narrator ...

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "encode/EncoderSettings.hpp"
#include "ingest/Ingest.hpp"
#include "ingest/InputReader.hpp"
#include "model/Article.hpp"
#include "model/AudioTags.hpp"
#include "model/Script.hpp"
#include "model/Timeline.hpp"
#include "speech/NarratorProfile.hpp"

namespace readcast {

// What to read and how to say it: all that `script` and `render` share.
struct ScriptJob {
    std::string article;                     // path, or "-" for stdin
    InputFormat from = InputFormat::Auto;
    std::string voice;                       // profile or eSpeak NG voice; empty: the default for the language
    std::optional<int> rate_wpm;             // over the profile's
    std::optional<int> pitch;
    bool read_captions = false;
    bool intro = true;                       // byline and date after the headline
    bool outro = true;                       // the closing that says the voice is synthetic
    std::string voices_dir;                  // empty: defaultVoicesDir()
    // Metadata the article lacks or gets wrong, as the publisher wants it heard and tagged.
    std::string title;
    std::string author;
    std::string site;
    std::string language;                    // BCP 47, over the one detected from the text; empty: detected
    std::vector<std::string> lexicons;       // on top of voices/<language>.lexicon.tsv; later files win
    std::size_t max_input_bytes = kDefaultMaxInputBytes;  // a larger article is refused
};

struct RenderJob {
    ScriptJob script;
    std::string output;                      // empty: the article's name with the format's extension; "-": stdout
    std::optional<AudioFormat> format;       // empty: from the output's extension, else MP3
    EncoderSettings encoder;
    // Integrated loudness to normalize to (EBU R128, LUFS), with true peak kept under kMaxTruePeakDbtp;
    // empty: the level eSpeak NG makes, untouched.
    std::optional<double> loudness_lufs = -19.0;
    std::string intro_audio;                 // a jingle before the narration (any file libsndfile reads)
    std::string outro_audio;                 // and after it
    // Sidecar files beside the audio, named like it: story.vtt, story.srt, story.json (speech marks),
    // story.chapters.json (Podcasting 2.0).
    bool transcript_vtt = false;
    bool transcript_srt = false;
    bool speech_marks = false;
    bool chapters_file = false;
    std::string cover;                       // JPEG or PNG to embed; empty: none
    // Tags the publisher sets; empty: the article's or the default.
    std::string album;                       // default: the publication
    std::string genre = "Podcast";           // empty: no genre tag
    std::string track;                       // "3" or "3/12"
    bool force = false;                      // replace existing files
};

// The article read, the narrator chosen and the script built: what `readcast script` prints.
struct Narration {
    Article article;
    NarratorProfile narrator;                // with the job's rate and pitch applied
    Script script;
    std::vector<std::string> warnings;       // for the caller to show: a language nobody speaks, ...
    std::string unreadable;                  // why the voice cannot read the article to a listener; then no audio is made
};

struct RenderResult {
    Narration narration;
    Timeline timeline;                       // each utterance's place in the audio
    AudioFormat format = AudioFormat::Mp3;
    EncoderSettings encoder;
    std::string output;                      // the audio's path, or "-"
    std::vector<std::string> files;          // every file written, the audio first
    std::vector<ChapterMark> chapters;       // as tagged, and in the chapters file
    std::uint64_t bytes = 0;                 // size of the audio output
    double seconds = 0;                      // its duration
    // Loudness of the speech as eSpeak NG made it, the gain applied to it, and the loudness and true
    // peak of the file written, measured on it decoded (or, for stdout, on what the encoder was given).
    double speech_lufs = 0;
    double gain_db = 0;
    double loudness_lufs = 0;
    double true_peak_dbtp = 0;
    bool loudness_measured_decoded = false;
};

}  // namespace readcast
