#include "cli/CommandLine.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <map>

#include "cli/Commands.hpp"
#include "core/BuildInfo.hpp"
#include "core/Error.hpp"
#include "encode/Mp3Encoder.hpp"
#include "model/VoiceSettings.hpp"
#include "audio/Loudness.hpp"
#include "render/Render.hpp"
#include "speech/EspeakSynthesizer.hpp"

namespace readcast {
namespace {

// An enum option that shows its choices as words in --help, not CLI11's "value in {a->0} OR {0}".
template <typename T, typename V>
CLI::Option* addChoice(CLI::App& cmd, const std::string& name, V& value, const std::map<std::string, T>& choices,
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

void addInputOptions(CLI::App& cmd, std::string& article, InputFormat& from) {
    cmd.add_option("ARTICLE", article, "Article to read: a text, Markdown or HTML file, or - for stdin")->required();
    const std::map<std::string, InputFormat> formats{{"auto", InputFormat::Auto},
                                                     {"text", InputFormat::Text},
                                                     {"markdown", InputFormat::Markdown},
                                                     {"html", InputFormat::Html}};
    addChoice(cmd, "--from", from, formats, "Input format; auto detects it from the name and the content")
        ->default_str("auto");
}

constexpr const char* kVoicesDirHelp =
    "Folder of narrator profiles and lexicons; default: READCAST_VOICES_DIR, else voices/ beside the program, "
    "else share/readcast/voices of its installation";

void addScriptJobOptions(CLI::App& cmd, ScriptJob& o) {
    addInputOptions(cmd, o.article, o.from);
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
    cmd.add_option("--title", o.title, "Headline to read and tag, replacing the article's");
    cmd.add_option("--author", o.author, "Byline to read and tag as artist, replacing the article's");
    cmd.add_option("--site", o.site, "Publication name, tagged as album (and artist when there is no byline)");
    cmd.add_option("--lexicon", o.lexicons,
                   "Extra pronunciations for this run, a WRITTEN<TAB>SPOKEN file (repeatable); they win over "
                   "the voices folder's LANGUAGE.lexicon.tsv")
        ->check(CLI::ExistingFile);
}

void addRender(CLI::App& app, RenderOptions& o) {
    CLI::App* cmd = app.add_subcommand("render", "Narrate an article to an audio file");
    RenderJob& job = o.job;
    addScriptJobOptions(*cmd, job.script);
    cmd->add_option("-o,--output", job.output,
                    "Output file, or - for stdout; default: ARTICLE with the format's extension");
    const std::map<std::string, AudioFormat> formats{
        {"mp3", AudioFormat::Mp3}, {"wav", AudioFormat::Wav}, {"flac", AudioFormat::Flac}, {"ogg", AudioFormat::Ogg},
        {"opus", AudioFormat::Opus}};
    addChoice(*cmd, "--format", job.format, formats, "Audio format; default: from the output's extension, else mp3");
    CLI::Option* bitrate = cmd->add_option("--bitrate", job.encoder.bitrate_kbps, "MP3 constant bitrate in kbps")
                               ->check(CLI::IsMember({8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224,
                                                      256, 320}))
                               ->capture_default_str();
    CLI::Option* vbr = cmd->add_option("--vbr-quality", job.encoder.vbr_quality,
                                       "MP3 variable bitrate instead, 0 (best) to 9 (smallest)")
                           ->check(CLI::Range(0, 9))
                           ->default_str("off");
    bitrate->excludes(vbr);
    cmd->add_option("--sample-rate", job.encoder.sample_rate_hz, "Output sample rate in Hz")
        ->check(CLI::IsMember({8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000}))
        ->capture_default_str();
    cmd->add_option_function<std::string>(
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
               if (used != value.size() || lufs < kMinTargetLufs || lufs > kMaxTargetLufs) {
                   throw CLI::ValidationError("--loudness", "'" + value + "' is not off or a loudness from -40 to -10 LUFS");
               }
               job.loudness_lufs = lufs;
           },
           "Integrated loudness to normalize to, in LUFS (-40 to -10), true peak kept under -1 dBTP; off: as eSpeak NG speaks")
        ->type_name("LUFS|off")
        ->default_str("-19");
    cmd->add_option("--intro-audio", job.intro_audio, "Audio to play before the narration (WAV, FLAC, Ogg, MP3), matched to its loudness")
        ->check(CLI::ExistingFile);
    cmd->add_option("--outro-audio", job.outro_audio, "Audio to play after the narration")->check(CLI::ExistingFile);
    cmd->add_option_function<std::vector<std::string>>(
           "--transcript",
           [&job](const std::vector<std::string>& kinds) {
               for (const std::string& kind : kinds) {
                   if (kind == "vtt") job.transcript_vtt = true;
                   else if (kind == "srt") job.transcript_srt = true;
                   else if (kind == "json") job.speech_marks = true;
                   else throw CLI::ValidationError("--transcript", "'" + kind + "' is not one of vtt, srt, json");
               }
           },
           "Timed transcripts beside the audio, named like it: vtt (WebVTT), srt (SubRip), json (speech marks: sentences and words)")
        ->delimiter(',')
        ->type_name("vtt,srt,json");
    cmd->add_flag("--chapters", job.chapters_file,
                  "Also write the chapters as a Podcasting 2.0 chapters file, OUTPUT.chapters.json (they are always tagged in MP3, FLAC and Ogg)");
    cmd->add_option("--cover", job.cover, "Cover art to embed: a JPEG or PNG file, at most 10 MB");
    cmd->add_option("--album", job.album, "Album tag (the podcast or series); default: the publication");
    cmd->add_option("--genre", job.genre, "Genre tag")->default_str("Podcast");
    cmd->add_option("--track", job.track, "Track number tag: N or N/TOTAL")
        ->check(CLI::Validator(
            [](std::string& v) -> std::string {
                const std::size_t slash = v.find('/');
                const auto number = [](const std::string& s) {
                    return !s.empty() && s.size() <= 6 && s.find_first_not_of("0123456789") == std::string::npos;
                };
                if (number(v.substr(0, slash)) && (slash == std::string::npos || number(v.substr(slash + 1)))) return "";
                return "'" + v + "' is not N or N/TOTAL";
            },
            "N[/TOTAL]"));
    cmd->add_flag("-f,--force", job.force, "Replace the output file if it exists");
    cmd->add_flag("-q,--quiet", o.quiet, "Print nothing on success");
    cmd->add_flag("--json", o.json,
                  "Print the result as one JSON object on stdout: files, duration, bytes, loudness, chapters, voice, settings");
    cmd->callback([&o, cmd] {
        if (o.json && o.job.output == "-") throw CLI::ValidationError("--json", "stdout carries the audio with -o -; write the audio to a file");
        // Rules between options, named by both flags; the format is known first, whether it was
        // asked for or comes from the output's name.
        const AudioFormat format = resolveFormat(o.job.format, o.job.output);
        if (format != AudioFormat::Mp3) {
            const std::string why = "applies to MP3 only, and the output is " + formatExtension(format).substr(1) +
                                    (o.job.format ? " (--format)" : " (from the name given to -o)");
            if (cmd->count("--bitrate") > 0) throw CLI::ValidationError("--bitrate", why);
            if (cmd->count("--vbr-quality") > 0) throw CLI::ValidationError("--vbr-quality", why);
        }
        runRender(o);
    });
}

void addScript(CLI::App& app, ScriptOptions& o) {
    CLI::App* cmd = app.add_subcommand("script", "Print what render would say, one utterance a line");
    addScriptJobOptions(*cmd, o.job);
    CLI::Option* json = cmd->add_flag("--json", o.json, "Print JSON: each utterance with its role, language and pause");
    CLI::Option* bare = cmd->add_flag("--bare", o.bare,
                                      "Print the spoken form of the input text alone: no title handling, intro or "
                                      "pauses; one output line per input line");
    cmd->add_flag("--explain", o.explain, "Show each rewrite under its line: written -> spoken [rule]");
    cmd->add_option("--language", o.language, "Language of the text for --bare (BCP 47)")->capture_default_str();
    json->excludes(bare);
    cmd->callback([&o] { runScript(o); });
}

void addExtract(CLI::App& app, ExtractOptions& o) {
    CLI::App* cmd = app.add_subcommand("extract", "Print the article found in the input, as JSON or plain text");
    addInputOptions(*cmd, o.article, o.from);
    cmd->add_flag("--text", o.text,
                  "Print the body alone as plain text, paragraphs separated by a blank line "
                  "(no title, byline or captions)");
    cmd->callback([&o] { runExtract(o); });
}

void addVoices(CLI::App& app, VoicesOptions& o) {
    CLI::App* cmd = app.add_subcommand("voices", "List narrator profiles and eSpeak NG voices");
    cmd->add_option("--voices-dir", o.voices_dir, kVoicesDirHelp)->default_str("");
    cmd->callback([&o] { runVoices(o); });
}

}  // namespace

int parseAndRun(int argc, char** argv) {
    CLI::App app("readcast turns a news article into a narrated audio report, read by eSpeak NG.", "readcast");
    app.set_version_flag("--version", std::string("readcast ") + kVersion + " (eSpeak NG " +
                                          EspeakSynthesizer::version() + ", LAME " + Mp3Encoder::lameVersion() + ")");
    app.require_subcommand(1);
    app.option_defaults()->always_capture_default();

    RenderOptions render;
    ScriptOptions script;
    VoicesOptions voices;
    ExtractOptions extract;
    addRender(app, render);
    addScript(app, script);
    addExtract(app, extract);
    addVoices(app, voices);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "readcast: error: " << e.what() << " (see readcast --help)\n";
        return static_cast<int>(ExitCode::Usage);
    }
    return 0;
}

}  // namespace readcast
