#include "cli/JobOptions.hpp"

#include <cmath>

#include "audio/Loudness.hpp"
#include "model/VoiceSettings.hpp"
#include "encode/EncoderSettings.hpp"

namespace readcast {

void addInputOptions(CLI::App& cmd, std::string& article, InputFormat& from) {
    cmd.add_option("ARTICLE", article, "Article to read: a text, Markdown or HTML file, or - for stdin")->required();
    addFormatOption(cmd, from);
}

void addFormatOption(CLI::App& cmd, InputFormat& from) {
    const std::map<std::string, InputFormat> formats{{"auto", InputFormat::Auto},
                                                     {"text", InputFormat::Text},
                                                     {"markdown", InputFormat::Markdown},
                                                     {"html", InputFormat::Html}};
    addChoice(cmd, "--from", from, formats, "Input format; auto detects it from the name and the content")
        ->default_str("auto");
}

const char* const kVoicesDirHelp =
    "Folder of narrator profiles and lexicons; default: READCAST_VOICES_DIR, else voices/ beside the program, "
    "else share/readcast/voices of its installation";

void addMaxInputOption(CLI::App& cmd, std::size_t& max_bytes) {
    cmd.add_option_function<std::size_t>(
           "--max-input", [&max_bytes](std::size_t mb) { max_bytes = mb << 20; },
           "Largest article read, in MB (default 64): a larger input is refused before it fills memory")
        ->check(CLI::Range(1, 2047))
        ->type_name("MB");
}

void addNarrationOptions(CLI::App& cmd, ScriptJob& o, bool one_article, bool language_option) {
    addMaxInputOption(cmd, o.max_input_bytes);
    if (language_option) {
        cmd.add_option("--language", o.language,
                       "Language of the articles (BCP 47: de, en-GB, pt-BR), over the one detected from their text; it chooses "
                       "the rules, the lexicon and the default voice");
    }
    cmd.add_option("--voice", o.voice,
                   "Narrator profile from the voices folder, or an eSpeak NG voice name (en-gb, fr+f2); "
                   "default: the profile marked default for the article's language");
    cmd.add_option("--rate", o.rate_wpm, "Speaking rate in words per minute, overriding the profile")
        ->check(CLI::Range(VoiceSettings::kMinRateWpm, VoiceSettings::kMaxRateWpm));
    cmd.add_option("--pitch", o.pitch, "Voice pitch (50 is the voice's own), overriding the profile")
        ->check(CLI::Range(VoiceSettings::kMinPitch, VoiceSettings::kMaxPitch));
    const std::map<std::string, bool> captions{{"skip", false}, {"read", true}};
    addChoice(cmd, "--captions", o.read_captions, captions, "Photo captions: skip, or read each once")
        ->default_str("skip");
    cmd.add_flag_callback("--no-intro", [&o] { o.intro = false; },
                          "Do not say the byline and publication date after the headline");
    cmd.add_flag_callback("--no-outro", [&o] { o.outro = false; },
                          "Do not say the closing that tells listeners the voice is synthetic");
    cmd.add_option("--voices-dir", o.voices_dir, kVoicesDirHelp)->default_str("");
    if (one_article) {
        cmd.add_option("--title", o.title, "Headline to read and tag, replacing the article's");
        cmd.add_option("--author", o.author, "Byline to read and tag as artist, replacing the article's");
    }
    cmd.add_option("--site", o.site, "Publication name, tagged as album (and artist when there is no byline)");
    cmd.add_option("--lexicon", o.lexicons,
                   "Extra pronunciations for this run, a WRITTEN<TAB>SPOKEN file (repeatable); they win over "
                   "the voices folder's LANGUAGE.lexicon.tsv")
        ->check(CLI::ExistingFile);
}

void addAudioOptions(CLI::App& cmd, RenderJob& job) {
    const std::map<std::string, AudioFormat> formats{
        {"mp3", AudioFormat::Mp3}, {"wav", AudioFormat::Wav}, {"flac", AudioFormat::Flac}, {"ogg", AudioFormat::Ogg},
        {"opus", AudioFormat::Opus}};
    addChoice(cmd, "--format", job.format, formats, "Audio format; default: from the output's extension, else mp3");
    CLI::Option* bitrate = cmd.add_option("--bitrate", job.encoder.bitrate_kbps, "MP3 constant bitrate in kbps")
                               ->check(CLI::IsMember({8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224,
                                                      256, 320}))
                               ->capture_default_str();
    CLI::Option* vbr = cmd.add_option("--vbr-quality", job.encoder.vbr_quality,
                                       "MP3 variable bitrate instead, 0 (best) to 9 (smallest)")
                           ->check(CLI::Range(0, 9))
                           ->default_str("off");
    bitrate->excludes(vbr);
    cmd.add_option("--threads", job.encoder.threads,
                   "Threads that encode and measure one file; 0: every core (in a batch, the cores shared among its jobs). "
                   "The output is the same whatever the number")
        ->check(CLI::Range(0, 256))
        ->capture_default_str();
    cmd.add_option("--sample-rate", job.encoder.sample_rate_hz, "Output sample rate in Hz")
        ->check(CLI::IsMember({8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000}))
        ->capture_default_str();
    cmd.add_option_function<std::string>(
           "--loudness",
           [&job](const std::string& value) {
               if (value == "off") {
                   job.loudness_lufs.reset();
                   return;
               }
               double lufs = 0;
               std::size_t used = 0;
               try {
                   lufs = std::stod(value, &used);
               } catch (const std::exception&) {
                   used = 0;
               }
               // "nan" parses as a number and compares false with everything: refused by name.
               if (used != value.size() || !std::isfinite(lufs) || lufs < kMinTargetLufs || lufs > kMaxTargetLufs) {
                   throw CLI::ValidationError("--loudness", "'" + value + "' is not off or a loudness from -40 to -10 LUFS");
               }
               job.loudness_lufs = lufs;
           },
           "Integrated loudness to normalize to, in LUFS (-40 to -10), true peak kept under -1 dBTP; off: as eSpeak NG speaks")
        ->type_name("LUFS|off")
        ->default_str("-19");
    cmd.add_option("--intro-audio", job.intro_audio, "Audio to play before the narration (WAV, FLAC, Ogg, MP3), matched to its loudness")
        ->check(CLI::ExistingFile);
    cmd.add_option("--outro-audio", job.outro_audio, "Audio to play after the narration")->check(CLI::ExistingFile);
    cmd.add_option_function<std::vector<std::string>>(
           "--transcript",
           [&job](const std::vector<std::string>& values) {
               // Split here, not by CLI11, which drops the empty item of "vtt,,srt" without a word.
               for (const std::string& value : values) {
                   std::size_t start = 0;
                   while (true) {
                       const std::size_t comma = value.find(',', start);
                       const std::string kind = value.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
                       if (kind == "vtt") job.transcript_vtt = true;
                       else if (kind == "srt") job.transcript_srt = true;
                       else if (kind == "json") job.speech_marks = true;
                       else throw CLI::ValidationError("--transcript", "'" + kind + "' is not one of vtt, srt, json" +
                                                                           (kind.empty() ? " (an empty item in '" + value + "')" : ""));
                       if (comma == std::string::npos) break;
                       start = comma + 1;
                   }
               }
           },
           "Timed transcripts beside the audio, named like it: vtt (WebVTT), srt (SubRip), json (speech marks: sentences and words)")
        ->type_name("vtt,srt,json");
    cmd.add_flag("--chapters", job.chapters_file,
                  "Also write the chapters as a Podcasting 2.0 chapters file, OUTPUT.chapters.json (they are always tagged in MP3, FLAC and Ogg)");
    cmd.add_option("--cover", job.cover, "Cover art to embed: a JPEG or PNG file, at most 10 MB");
    cmd.add_option("--album", job.album, "Album tag (the podcast or series); default: the publication");
    cmd.add_option("--genre", job.genre, "Genre tag; empty for none")->capture_default_str();
    cmd.add_option("--track", job.track, "Track number tag: N or N/TOTAL")
        ->check(CLI::Validator(
            [](std::string& v) -> std::string {
                const std::size_t slash = v.find('/');
                const auto number = [](const std::string& s) {
                    return !s.empty() && s.size() <= 6 && s.find_first_not_of("0123456789") == std::string::npos;
                };
                if (number(v.substr(0, slash)) && (slash == std::string::npos || number(v.substr(slash + 1)))) {
                    const long n = std::stol(v.substr(0, slash));
                    const long total = slash == std::string::npos ? n : std::stol(v.substr(slash + 1));
                    if (n >= 1 && total >= n) return "";
                }
                return "'" + v + "' is not N or N/TOTAL (N from 1, at most TOTAL)";
            },
            "N[/TOTAL]"));
}

void checkAudioOptions(const CLI::App& cmd, const RenderJob& job, const std::string& output) {
    // Rules between options, named by both flags; the format is known first, whether it was asked for
    // or comes from the output's name.
    const AudioFormat format = resolveFormat(job.format, output);
    if (format == AudioFormat::Mp3) return;
    const std::string why = "applies to MP3 only, and the output is " + formatExtension(format).substr(1) +
                            (job.format ? " (--format)" : " (from the name given to -o)");
    if (cmd.count("--bitrate") > 0) throw CLI::ValidationError("--bitrate", why);
    if (cmd.count("--vbr-quality") > 0) throw CLI::ValidationError("--vbr-quality", why);
}

}  // namespace readcast
