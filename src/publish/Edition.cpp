#include "publish/Edition.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "batch/Manifest.hpp"
#include "core/Clock.hpp"
#include "core/Error.hpp"
#include "core/LanguageTag.hpp"
#include "core/OutputSet.hpp"
#include "core/Text.hpp"
#include "ingest/DateParser.hpp"
#include "publish/EditionPage.hpp"
#include "render/Render.hpp"
#include "sidecar/Transcripts.hpp"
#include "text/Normalizer.hpp"

namespace readcast {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// One article of the edition: its manifest record, what was said and its cues in its own audio.
struct Story {
    json record;
    Narration narration;
    std::vector<TimedCue> cues;
};

std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// "Three stories." — said after the edition's title in English.
std::string storiesPhrase(std::size_t n) {
    static const char* const kWords[] = {"No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"};
    return (n <= 10 ? std::string(kWords[n]) : std::to_string(n)) + (n == 1 ? " story." : " stories.");
}

// The articles the batch rendered, in the order the inputs named them.
std::vector<Story> storiesOf(const std::vector<BatchInput>& inputs, const std::string& folder, const RenderJob& render,
                             std::vector<std::string>& warnings) {
    const ManifestSummary summary = summarizeManifests(folder);
    std::vector<BatchInput> ordered = inputs;
    std::stable_sort(ordered.begin(), ordered.end(), [](const BatchInput& a, const BatchInput& b) { return a.given < b.given; });
    std::vector<Story> stories;
    for (const BatchInput& in : ordered) {
        const auto found = summary.articles.find(in.key);
        if (found == summary.articles.end()) continue;
        const json& record = found->second;
        const std::string status = record.value("status", "");
        if (status != "ok" && !(status == "skipped" && record.contains("output"))) continue;
        Story story;
        story.record = record;
        ScriptJob script = render.script;
        script.article = in.path;
        story.narration = prepareNarration(script);
        // A manifest is a file anyone can edit: its sidecars are read from the edition's folder only.
        for (const json& sidecar : record.value("sidecars", json::array())) {
            const fs::path file = fs::path(folder) / fs::path(sidecar.get<std::string>()).filename();
            if (file.extension() == ".vtt") story.cues = readWebVtt(readText(file.string()));
        }
        if (story.cues.empty()) warnings.push_back(in.path + ": no transcript cues; its text is shown without timing");
        stories.push_back(std::move(story));
    }
    return stories;
}

// The edition's script: an opening, then every article as its own script says it ("Next:" before each
// headline after the first), and the closing about the synthetic voice once, at the end.
Narration editionNarration(const EditionJob& job, const std::vector<Story>& stories, const std::string& date) {
    const Narration& first = stories.front().narration;
    Narration n;
    n.narrator = first.narrator;
    n.article.title = job.title;
    n.article.language = first.article.language;
    n.article.site = job.batch.render.album.empty() ? job.title : job.batch.render.album;
    n.article.published = parseDate(date);
    n.article.source = job.batch.output_dir;
    const bool english = isEnglish(n.narrator.language);
    const Normalizer normalizer(n.narrator.language, nullptr);
    Utterance opening;
    opening.role = Role::Intro;
    opening.language = n.narrator.language;
    opening.written = job.title;
    if (opening.written.find_last_of(".!?") != opening.written.size() - 1) opening.written += ".";
    if (english) opening.written += " " + storiesPhrase(stories.size());
    opening.text = normalizer.normalize(opening.written);
    opening.pause_after_ms = n.narrator.pauses.title_ms;
    n.script.utterances.push_back(opening);
    n.script.many_stories = true;
    std::vector<Utterance> closing;
    for (std::size_t i = 0; i < stories.size(); ++i) {
        closing.clear();
        const std::vector<Utterance>& said = stories[i].narration.script.utterances;
        // A story without a headline still starts a chapter, named as the feed names it, announced as
        // the next story.
        if (std::none_of(said.begin(), said.end(), [](const Utterance& u) { return u.role == Role::Title; })) {
            Utterance title;
            title.role = Role::Title;
            title.language = n.narrator.language;
            title.written = stories[i].record.value("title", "");
            if (title.written.empty()) title.written = fs::path(stories[i].record.value("output", "")).stem().string();
            // In other languages the name the feed gives it is said: "Next story" is English.
            title.text = english ? (i == 0 ? "First story." : "Next story.") : title.written + ".";
            title.pause_after_ms = n.narrator.pauses.title_ms;
            n.script.utterances.push_back(title);
        }
        for (Utterance u : said) {
            if (u.role == Role::Outro) {
                closing.push_back(u);
                continue;
            }
            if (u.role == Role::Title && !u.continues && i > 0 && english) u.text = "Next: " + u.text;
            n.script.utterances.push_back(std::move(u));
        }
        // A longer breath between articles than between paragraphs.
        if (!n.script.utterances.empty()) {
            int& pause = n.script.utterances.back().pause_after_ms;
            pause = std::max(pause, n.narrator.pauses.title_ms * 3 / 2);
        }
        for (const std::string& w : stories[i].narration.warnings) n.warnings.push_back(w);
    }
    for (Utterance& u : closing) n.script.utterances.push_back(std::move(u));
    return n;
}

PageBlock::Kind kindOf(Role role) {
    switch (role) {
        case Role::Title: return PageBlock::Kind::Headline;
        case Role::Intro: return PageBlock::Kind::Byline;
        case Role::Heading: return PageBlock::Kind::Heading;
        case Role::Quote: return PageBlock::Kind::Quote;
        case Role::ListItem: return PageBlock::Kind::ListItem;
        case Role::Outro: return PageBlock::Kind::Closing;
        default: return PageBlock::Kind::Paragraph;
    }
}

// The article's text for the page: each cue of its transcript is an utterance of its script (those
// that made no sound have none), so cues and utterances are walked together to put each timed sentence
// in its paragraph, heading or quote.
PageArticle pageArticle(const Story& story, const std::string& folder) {
    const Article& a = story.narration.article;
    PageArticle page;
    page.title = story.record.value("title", a.title);
    if (page.title.empty()) page.title = fs::path(story.record.value("output", "")).stem().string();
    page.byline = a.byline.empty() ? a.site : a.byline;
    page.language = a.language;
    page.url = a.url.rfind("http", 0) == 0 ? a.url : "";
    page.audio_file = fs::path(story.record.value("output", "")).lexically_relative(folder).generic_string();
    if (page.audio_file.empty() || page.audio_file.rfind("..", 0) == 0) page.audio_file = fs::path(story.record.value("output", "")).filename().string();
    page.duration_s = story.record.value("duration_s", 0.0);
    std::size_t cue = 0;
    int lastBlock = -2;
    Role lastRole = Role::Outro;
    for (const Utterance& u : story.narration.script.utterances) {
        if (cue >= story.cues.size()) break;
        if (story.cues[cue].text != cueText(u)) continue;  // an utterance that made no sound
        const TimedCue& c = story.cues[cue++];
        const bool sameBlock = !page.blocks.empty() && u.role == lastRole && u.block == lastBlock &&
                               (u.block >= 0 || u.role == Role::Intro || u.role == Role::Outro);
        if (!sameBlock) page.blocks.push_back({kindOf(u.role), {}});
        std::string text = c.text;
        // The full stop the script gives a headline to be read as one is not the page's.
        if (u.role == Role::Title && !text.empty() && text.back() == '.' && (a.title.empty() || a.title.back() != '.')) text.pop_back();
        page.blocks.back().sentences.push_back({c.start_s, c.end_s, text});
        lastBlock = u.block;
        lastRole = u.role;
    }
    // Cues the script does not account for (a transcript from another version): shown one a paragraph.
    for (; cue < story.cues.size(); ++cue) {
        page.blocks.push_back({PageBlock::Kind::Paragraph, {{story.cues[cue].start_s, story.cues[cue].end_s, story.cues[cue].text}}});
    }
    return page;
}

}  // namespace

namespace {

// YYYY-MM-DD and a real day.
bool isIsoDate(const std::string& date) {
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (date[i] < '0' || date[i] > '9') return false;
    }
    const std::optional<DateTime> d = parseDate(date);
    return d && d->dateIso() == date;
}

}  // namespace

EditionResult buildEdition(const EditionJob& job, const BatchListener& listener) {
    if (job.title.empty()) throw Error(ExitCode::Usage, "the edition needs a title (--title)");
    // It is said as one utterance and shown as the page's heading.
    if (job.title.size() > 300) throw Error(ExitCode::Usage, "--title: at most 300 bytes for an edition's title");
    const std::string date = job.date.empty() ? utcNow("%Y-%m-%d") : job.date;
    if (!isIsoDate(date)) throw Error(ExitCode::Usage, "--date " + printable(date) + ": not a date written YYYY-MM-DD");
    const fs::path folder = job.batch.output_dir;
    EditionResult result;
    BatchJob batch = job.batch;
    // The page and the edition need each article's cues and chapters; earlier results are reused.
    batch.render.transcript_vtt = true;
    batch.render.chapters_file = true;
    batch.resume = true;
    CollectedInputs found = collectInputs(batch.inputs, batch.output_dir);
    const std::string audioName = "edition" + formatExtension(resolveFormat(batch.render.format, ""));
    for (const BatchInput& in : found.articles) {
        std::error_code ec;
        const std::string name = fs::path(in.path).filename().string();
        const bool ours = name == "index.html" || name == "feed.xml" || name.rfind("edition.", 0) == 0;
        if (ours && fs::equivalent(fs::absolute(in.path).parent_path(), folder, ec)) {
            throw Error(ExitCode::Usage, in.path + ": the edition writes this file; it cannot also be one of its articles");
        }
    }
    batch.collected = std::move(found.articles);
    if (batch.collected.empty()) {
        throw Error(ExitCode::Input, "no articles in " + std::to_string(batch.inputs.size()) + " input(s)" +
                                         (found.problems.empty() ? "" : ": " + found.problems.front()));
    }
    // Everything that can be checked is checked before anything is rendered, and the page and the feed
    // are opened first: an edition either gets all its files or keeps the ones it had.
    std::error_code ec;
    fs::create_directories(folder, ec);
    FeedOptions feed = job.feed;
    feed.output_dir = batch.output_dir;
    if (feed.title.empty()) feed.title = job.title;
    if (!feed.base_url.empty()) checkFeedOptions(feed);
    OutputSet outputs(/*overwrite=*/true);
    OutputFile& index = outputs.add((folder / "index.html").string());
    OutputFile* feedFile = feed.base_url.empty() ? nullptr : &outputs.add((folder / "feed.xml").string());
    if (feedFile == nullptr && fs::exists(folder / "feed.xml", ec)) {
        result.warnings.push_back((folder / "feed.xml").string() + " is from an earlier run and is not rebuilt without --base-url");
    }

    result.batch = runBatch(batch, listener);
    result.batch.problems = found.problems;
    std::vector<Story> stories = storiesOf(batch.collected, batch.output_dir, batch.render, result.warnings);
    if (stories.empty()) throw Error(ExitCode::Input, "no article of the edition could be rendered (see " + result.batch.manifest + ")");
    result.articles = static_cast<int>(stories.size());

    // The edition's own audio: one render of every story's script, as any render is mastered and tagged.
    RenderJob render = batch.render;
    render.output = (folder / audioName).string();
    render.speech_marks = false;
    render.transcript_srt = false;
    render.track.clear();
    if (render.album.empty()) render.album = job.title;
    render.force = true;  // the edition owns its file names in its folder, as batch does its slugs
    const RenderResult edition = renderNarration(render, editionNarration(job, stories, date));
    result.seconds = edition.seconds;
    result.loudness_lufs = edition.loudness_lufs;
    result.files = edition.files;
    for (const std::string& w : edition.narration.warnings) result.warnings.push_back(w);

    PageEdition page;
    page.title = job.title;
    page.date = date;
    page.language = stories.front().narration.article.language;
    page.audio_file = audioName;
    page.duration_s = edition.seconds;
    for (const Story& s : stories) page.articles.push_back(pageArticle(s, batch.output_dir));
    const std::string html = editionPage(page);
    index.write(html.data(), html.size());
    if (feedFile != nullptr) {
        const Feed built = buildFeed(feed);
        feedFile->write(built.xml.data(), built.xml.size());
        for (const std::string& p : built.problems) result.warnings.push_back(batch.output_dir + ": left out of the feed: " + p);
    }
    outputs.commit();
    result.files.push_back(index.path());
    if (feedFile != nullptr) result.files.push_back(feedFile->path());
    return result;
}

}  // namespace readcast
