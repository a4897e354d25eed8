#include "render/Render.hpp"

#include <sys/stat.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "audio/AudioFileReader.hpp"
#include "audio/Loudness.hpp"
#include "audio/PcmSpool.hpp"
#include "audio/Resampler.hpp"
#include "audio/ThreadedSink.hpp"
#include "core/Ascii.hpp"
#include "core/BuildInfo.hpp"
#include "core/Cores.hpp"
#include "core/Install.hpp"
#include "core/Error.hpp"
#include "core/LanguageTag.hpp"
#include "core/Text.hpp"
#include "core/Utf8.hpp"
#include "core/OutputSet.hpp"
#include "encode/Encoder.hpp"
#include "render/ChapterList.hpp"
#include "render/CoverArt.hpp"
#include "render/LimitedLoudness.hpp"
#include "render/Mastering.hpp"
#include "render/Tagging.hpp"
#include "sidecar/PodcastChapters.hpp"
#include "sidecar/Transcripts.hpp"
#include "speech/EspeakSynthesizer.hpp"
#include "speech/FramingTemplates.hpp"
#include "speech/ForkedNarration.hpp"
#include "speech/Narrator.hpp"
#include "speech/VoiceCatalog.hpp"
#include "speech/VoiceChoice.hpp"
#include "text/Lexicon.hpp"
#include "text/StoryCues.hpp"
#include "text/Normalizer.hpp"
#include "text/ScriptBuilder.hpp"

namespace readcast {
namespace {

namespace fs = std::filesystem;

std::string outputPathFor(const RenderJob& job, AudioFormat format) {
    if (!job.output.empty()) return job.output;
    const std::string& in = job.script.article;
    if (in == "-") {
        throw Error(ExitCode::Usage, "reading the article from stdin: name the output with -o OUT" +
                                         formatExtension(format) + ", or -o - for stdout");
    }
    const std::string ext = lowerExtension(in);
    return in.substr(0, in.size() - ext.size()) + formatExtension(format);
}

bool sameFile(const std::string& a, const std::string& b) {
    struct stat sa {}, sb {};
    return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

// No output may be one of the files the render reads, --force or not.
void refuseOverwritingInputs(const std::string& output, const RenderJob& job) {
    if (output == "-") return;
    std::vector<std::pair<std::string, std::string>> inputs{{job.script.article, "the article being read"},
                                                            {job.intro_audio, "the intro audio"},
                                                            {job.outro_audio, "the outro audio"},
                                                            {job.cover, "the cover"}};
    for (const std::string& lexicon : job.script.lexicons) inputs.emplace_back(lexicon, "a lexicon being used");
    for (const auto& [input, what] : inputs) {
        if (!input.empty() && input != "-" && sameFile(output, input)) {
            throw Error(ExitCode::Output, "cannot write " + output + ": it is " + what);
        }
    }
}

bool isHan(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

bool hasHan(const Article& article) {
    for (const Block& b : article.blocks) {
        std::size_t i = 0;
        while (i < b.text.size()) {
            if (isHan(nextCodePoint(b.text, i))) return true;
        }
    }
    return false;
}

// Of the article's letters (not its spaces, figures or marks), how many `counted` takes.
std::pair<std::size_t, std::size_t> lettersCounted(const Article& article, bool (*counted)(char32_t)) {
    std::size_t hits = 0, letters = 0;
    for (const Block& b : article.blocks) {
        std::size_t i = 0;
        while (i < b.text.size()) {
            const char32_t c = nextCodePoint(b.text, i);
            if (c < 0x80 ? std::isalpha(static_cast<int>(c)) == 0 : c < 0xC0 || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF65)) continue;
            ++letters;
            hits += counted(c);
        }
    }
    return {hits, letters};
}

}  // namespace

Narration prepareNarration(const ScriptJob& job) {
    Narration n;
    n.article = ingestArticle(readInput(job.article, job.max_input_bytes), job.from);
    if (!job.title.empty()) n.article.title = job.title;
    if (!job.author.empty()) n.article.byline = job.author;
    if (!job.site.empty()) n.article.site = job.site;
    // (The publisher's word over the detector's, where a page of names and figures misleads it.)
    if (!job.language.empty()) {
        if (!isLanguageTag(job.language)) throw Error(ExitCode::Usage, "--language " + printable(job.language) + ": not a BCP 47 language tag");
        n.article.language = job.language;
    }
    if (n.article.partial != Partial::No) {
        n.warnings.push_back(n.article.source + ": the page holds only the start of the article (" +
                             (n.article.partial == Partial::ForSubscribers ? "the rest is kept for subscribers" : "the rest is on its next pages") +
                             "); only that start is read");
    }
    const std::string voicesDir = job.voices_dir.empty() ? defaultVoicesDir() : job.voices_dir;
    std::string note;
    n.narrator = chooseVoice(voicesDir, job.voice, n.article.language, VoiceCatalog::installed(), &note);
    if (!note.empty()) n.warnings.push_back(n.article.source + ": " + note);
    if (!sameLanguage(n.narrator.language, n.article.language) && note.empty()) {
        n.warnings.push_back(n.article.source + ": the article is in " + languageName(n.article.language) + " but voice " +
                             n.narrator.name + " speaks " + languageName(n.narrator.language) +
                             "; its words will sound foreign");
    }
    // eSpeak NG's Japanese voice knows kana only: every kanji is said as "Chinese letter". A news story holds kanji in
    // every sentence; a listener cannot follow it, and no file a publisher could ship is made (script still shows it).
    if (primaryLanguage(n.narrator.language) == "ja") {
        if (const auto [kanji, letters] = lettersCounted(n.article, isHan); kanji > 0 && kanji * 20 > letters) {
            n.unreadable = n.article.source + ": eSpeak NG's Japanese voice reads kana only, and " + std::to_string(kanji) + " of the article's " +
                           std::to_string(letters) + " letters are kanji, each said as \"Chinese letter\"";
        } else if (kanji > 0) {
            n.warnings.push_back(n.article.source + ": eSpeak NG's Japanese voice reads kana only; the kanji in this "
                                                    "article will be spelled out, not read");
        }
    }
    // Its Hebrew voice sounds out the consonants of Hebrew written without vowel points, as every newspaper writes it ("בנק" is
    // "vnk"), and names the points where they are written: nothing a listener can follow.
    if (primaryLanguage(n.narrator.language) == "he") {
        const auto hebrew = [](char32_t c) { return c >= 0x0590 && c <= 0x05FF; };
        if (const auto [letters, all] = lettersCounted(n.article, +hebrew); letters * 20 > all && letters > 0) {
            n.unreadable = n.article.source + ": eSpeak NG's Hebrew voice cannot read Hebrew words (it sounds out their consonants), and " +
                           std::to_string(letters) + " of the article's " + std::to_string(all) + " letters are Hebrew";
        }
    }
    // Its Chinese voices say a character as its romanisation with the tone's number in English ("zhe
    // four" for 这): a listener cannot follow that.
    if (const std::string lang = primaryLanguage(n.narrator.language);
        (lang == "zh" || lang == "cmn" || lang == "yue" || lang == "hak") && hasHan(n.article)) {
        n.warnings.push_back(n.article.source + ": eSpeak NG's Chinese voices read characters as romanised syllables "
                                                "with tone numbers; listen before publishing this article");
    }
    if (job.rate_wpm) n.narrator.settings.rate_wpm = *job.rate_wpm;
    if (job.pitch) n.narrator.settings.pitch = *job.pitch;
    const Lexicon lexicon = loadLexicons(voicesDir, n.article.language, job.lexicons);
    const Normalizer normalizer(n.article.language, &lexicon, cuesOfStory(n.article));
    ScriptOptions options;
    options.normalizer = &normalizer;
    options.read_captions = job.read_captions;
    options.intro = job.intro;
    options.outro = job.outro;
    std::string framingNote;
    options.framing = framingFor(voicesDir, n.article.language, n.narrator, &framingNote);
    if (!framingNote.empty() && (job.intro || job.outro)) n.warnings.push_back(n.article.source + ": " + framingNote);
    options.pauses = n.narrator.pauses;
    n.script = buildScript(n.article, options);
    if (n.script.code_passages_dropped > 0) {
        n.warnings.push_back(n.article.source + ": " + std::to_string(n.script.code_passages_dropped) +
                             " passage(s) that look like program code or data were not read");
    }
    return n;
}

RenderResult render(const RenderJob& job) {
    EspeakSynthesizer tts;
    return render(job, tts);
}

namespace {

// Where and how the audio goes, checked before anything is read or spoken.
RenderResult plannedResult(const RenderJob& job) {
    RenderResult r;
    r.format = resolveFormat(job.format, job.output);
    r.encoder = job.encoder;
    r.output = outputPathFor(job, r.format);
    refuseOverwritingInputs(r.output, job);
    if (r.format == AudioFormat::Opus) r.encoder.sample_rate_hz = opusSampleRate(r.encoder.sample_rate_hz);
    if (r.output == "-" && r.format != AudioFormat::Mp3 && r.format != AudioFormat::Wav) {
        throw Error(ExitCode::Usage, formatExtension(r.format).substr(1) + " cannot go to stdout (its tags are written "
                                     "once the audio is complete): use mp3 or wav, or name the output with -o FILE");
    }
    return r;
}

RenderResult speakAndWrite(const RenderJob& job, RenderResult r, Synthesizer& tts);

}  // namespace

RenderResult render(const RenderJob& job, Synthesizer& tts) {
    RenderResult r = plannedResult(job);
    r.narration = prepareNarration(job.script);
    return speakAndWrite(job, std::move(r), tts);
}

RenderResult renderNarration(const RenderJob& job, Narration narration, Synthesizer& tts) {
    RenderResult r = plannedResult(job);
    r.narration = std::move(narration);
    return speakAndWrite(job, std::move(r), tts);
}

RenderResult renderNarration(const RenderJob& job, Narration narration) {
    EspeakSynthesizer tts;
    return renderNarration(job, std::move(narration), tts);
}

namespace {

RenderResult speakAndWrite(const RenderJob& job, RenderResult r, Synthesizer& tts) {
    Narration& n = r.narration;
    if (!n.unreadable.empty()) throw Error(ExitCode::Voice, n.unreadable + "; no audio made");
    // What the user asked for but the file will not carry, said rather than dropped.
    if (r.format == AudioFormat::Wav && !job.cover.empty()) {
        n.warnings.push_back(r.output + ": WAV carries no cover art or chapters; --cover is not embedded (use mp3, flac, ogg or opus)");
    }
    if (const auto named = formatForPath(r.output); job.format && named && *named != r.format) {
        n.warnings.push_back(r.output + ": its name says " + formatExtension(*named).substr(1) + " but it holds " +
                             formatExtension(r.format).substr(1) + " (--format)");
    }
    // A heading voice that cannot render fails now, before anything is spoken.
    if (!n.narrator.headingEspeakName().empty()) tts.setVoice(n.narrator.headingEspeakName(), n.narrator.settings);
    tts.setVoice(n.narrator.espeakName(), n.narrator.settings);

    // Everything a user gave is checked before anything is spoken: a bad jingle or cover fails at once.
    const double intro_s = jingleSeconds(job.intro_audio, r.encoder.sample_rate_hz);
    const double outro_s = jingleSeconds(job.outro_audio, r.encoder.sample_rate_hz);
    AudioTags tags = tagsFor(n.article, std::string("readcast ") + kVersion);
    if (!job.album.empty()) tags.album = job.album;
    tags.genre = job.genre;
    tags.track = job.track;
    if (!job.cover.empty()) {
        const Cover cover = loadCover(job.cover);
        tags.cover = cover.bytes;
        tags.cover_mime = cover.mime;
    }

    Narrator narrator(tts, {n.narrator.espeakName(), n.narrator.headingEspeakName(), n.narrator.settings});
    // A long script's later part is spoken by a copy of this process, on another core when there are
    // two: forked now, before the encoder's and the limiter's threads start, and before any output is begun.
    const std::unique_ptr<ForkedNarration> ahead = ForkedNarration::start(narrator, n.script, threadsOrCores(r.encoder.threads));
    const auto narrate = [&](PcmSink& sink) { return ahead ? ahead->narrate(sink) : narrator.narrate(n.script, sink); };

    OutputSet outputs(job.force);
    OutputFile& audio = outputs.add(r.output);
    std::vector<OutputFile*> sidecars;
    const auto sidecar = [&](bool wanted, const std::string& extension) -> OutputFile* {
        if (!wanted) return nullptr;
        if (r.output == "-") throw Error(ExitCode::Usage, "transcripts and chapters are files beside the audio: name it with -o FILE");
        const std::string path = r.output.substr(0, r.output.size() - lowerExtension(r.output).size()) + extension;
        refuseOverwritingInputs(path, job);
        OutputFile* f = &outputs.add(path);
        sidecars.push_back(f);
        return f;
    };
    OutputFile* vtt = sidecar(job.transcript_vtt, ".vtt");
    OutputFile* srt = sidecar(job.transcript_srt, ".srt");
    OutputFile* marks = sidecar(job.speech_marks, ".json");
    OutputFile* chaptersFile = sidecar(job.chapters_file, ".chapters.json");

    // Speech made at the synthesizer's rate holds nothing above half of it: the encoder need not code
    // more, nor shape its noise as for music (a jingle may be music, so then the encoder keeps its own
    // band and quality).
    if (job.intro_audio.empty() && job.outro_audio.empty()) {
        r.encoder.content_bandwidth_hz = tts.sampleRate() / 2;
        if (r.encoder.algorithm_quality < 0) r.encoder.algorithm_quality = 7;
    }
    // Without a level to reach or jingles to match, into a file whose start can be written again at the
    // end: the narration goes to the encoder as it is spoken, synthesis and encoding side by side, and
    // nothing is spooled. Its level is measured on the way, as given to the encoder.
    if (!job.loudness_lufs && job.intro_audio.empty() && job.outro_audio.empty() && audio.seekable() && !audio.isStdout()) {
        // The chapters' frames take the same room whatever their times: the first tag holds them.
        Timeline blank;
        blank.sample_rate_hz = tts.sampleRate();
        blank.utterances.resize(n.script.utterances.size());
        tags.chapters = chaptersOf(n.script, blank);
        const std::unique_ptr<Encoder> encoder = makeEncoder(r.format, r.encoder, tags, audio);
        LoudnessMeter given(encoder.get(), /*true_peak=*/true);
        {
            ThreadedSink encoderThread(given, 1 << 16);  // the level and the encoder on their own thread
            Resampler resampler(r.encoder.sample_rate_hz, encoderThread);
            resampler.init(tts.sampleRate());
            r.timeline = narrate(resampler);
            r.chapters = chaptersOf(n.script, r.timeline);
            tags.chapters = r.chapters;
            tags.length_ms = static_cast<long long>(std::llround(r.timeline.seconds() * 1000.0));
            encoder->updateTags(tags);
            resampler.done();
        }
        r.speech_lufs = r.loudness_lufs = given.reading().integrated_lufs;
        r.true_peak_dbtp = given.reading().true_peak_dbtp;
    } else {
        // Pass 1: speak the script into a spool on disk, measuring its loudness on the way.
        PcmSpool spool;
        // With a level to reach, the limiter's effect on it is measured on the way too, on the second core.
        std::optional<LimiterProbe> probe;
        if (job.loudness_lufs) probe.emplace(*job.loudness_lufs, kFirstCeilingDbtp, spool);
        LoudnessMeter speech(probe ? static_cast<PcmSink*>(&*probe) : &spool, /*true_peak=*/false);
        speech.init(tts.sampleRate());
        r.timeline = narrate(speech);
        speech.done();
        r.speech_lufs = speech.reading().integrated_lufs;
        // Where everything lands in the final audio, jingles included: chapters and cues are known now.
        r.timeline.shift(intro_s);
        r.timeline.total_samples += static_cast<std::int64_t>(std::llround(outro_s * r.timeline.sample_rate_hz));
        r.chapters = chaptersOf(n.script, r.timeline);
        tags.chapters = r.chapters;
        tags.length_ms = static_cast<long long>(std::llround(r.timeline.seconds() * 1000.0));

        // Pass 2: jingles, gain, limiter, encoder; checked by decoding what was written.
        MasteringPlan plan;
        plan.target_lufs = job.loudness_lufs;
        plan.output_rate_hz = r.encoder.sample_rate_hz;
        plan.intro_audio = job.intro_audio;
        plan.outro_audio = job.outro_audio;
        plan.speech_lufs = r.speech_lufs;
        if (probe) plan.probed = probe->levels();
        plan.threads = r.encoder.threads;
        // LAME takes about 0.4 LU off eSpeak NG's speech up to 160 kbps and 0.2 LU above (measured with
        // ffmpeg's meter at every bitrate); Vorbis, Opus and FLAC keep the level.
        if (r.format == AudioFormat::Mp3) plan.expected_codec_loss_lu = r.encoder.bitrate_kbps >= 192 && r.encoder.vbr_quality < 0 ? 0.2 : 0.4;
        const MasteringResult m = master(spool, plan, [&] { return makeEncoder(r.format, r.encoder, tags, audio); }, audio);
        r.gain_db = m.gain_db;
        r.loudness_lufs = m.loudness_lufs;
        r.true_peak_dbtp = m.true_peak_dbtp;
        r.loudness_measured_decoded = m.measured_decoded;
    }
    if (job.loudness_lufs && std::abs(r.loudness_lufs - *job.loudness_lufs) > 0.5) {
        char said[160];
        std::snprintf(said, sizeof said, "reached %.1f LUFS, not the %.1f asked for: the true-peak limit of -1 dBTP holds it there",
                      r.loudness_lufs, *job.loudness_lufs);
        n.warnings.push_back(r.output + ": " + said);
    }

    // Each sidecar is made only when asked for: on a long article they are megabytes.
    const auto write = [](OutputFile* f, const auto& make) {
        if (f == nullptr) return;
        const std::string text = make();
        f->write(text.data(), text.size());
    };
    write(vtt, [&] { return webVtt(n.script, r.timeline); });
    write(srt, [&] { return subRip(n.script, r.timeline); });
    write(marks, [&] { return speechMarks(n.script, r.timeline); });
    write(chaptersFile, [&] { return podcastChapters(r.chapters); });
    outputs.commit();
    r.files.push_back(r.output);
    for (const OutputFile* file : sidecars) r.files.push_back(file->path());
    r.bytes = audio.isStdout() ? audio.size() : static_cast<std::uint64_t>(std::filesystem::file_size(r.output));
    r.seconds = r.timeline.seconds();
    return r;
}

}  // namespace

}  // namespace readcast
