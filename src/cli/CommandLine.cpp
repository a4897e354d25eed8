#include "cli/CommandLine.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <functional>
#include <map>
#include <string_view>

#include "cli/Commands.hpp"
#include "cli/JobOptions.hpp"
#include "core/BuildInfo.hpp"
#include "core/Error.hpp"
#include "core/Text.hpp"
#include "model/VoiceSettings.hpp"
#include "audio/Loudness.hpp"

namespace readcast {
namespace {

void defineRender(CLI::App* cmd, RenderOptions& o) {
    RenderJob& job = o.job;
    addInputOptions(*cmd, job.script.article, job.script.from);
    addNarrationOptions(*cmd, job.script);
    cmd->add_option("-o,--output", job.output,
                    "Output file, or - for stdout; default: ARTICLE with the format's extension");
    addAudioOptions(*cmd, job);
    cmd->add_flag("-f,--force", job.force, "Replace the output file if it exists");
    cmd->add_flag("-q,--quiet", o.quiet, "Print nothing on success");
    cmd->add_flag("--json", o.json,
                  "Print the result as one JSON object on stdout: files, duration, bytes, loudness, chapters, voice, settings");
    cmd->callback([&o, cmd] {
        if (o.json && o.job.output == "-") throw CLI::ValidationError("--json", "stdout carries the audio with -o -; write the audio to a file");
        if (cmd->count("--output") > 0 && o.job.output.empty()) throw CLI::ValidationError("--output", "the file name is empty");
        checkAudioOptions(*cmd, o.job, o.job.output);
        runRender(o);
    });
}

void defineBatch(CLI::App* cmd, BatchOptions& o) {
    BatchJob& job = o.job;
    cmd->add_option("INPUTS", job.inputs,
                    "Articles: files, folders (walked recursively) and @lists (one path a line; @- reads stdin)")
        ->required();
    const std::map<std::string, InputFormat> formats{{"auto", InputFormat::Auto}, {"text", InputFormat::Text},
                                                     {"markdown", InputFormat::Markdown}, {"html", InputFormat::Html}};
    addChoice(*cmd, "--from", job.render.script.from, formats, "Input format of every article; auto detects each")
        ->default_str("auto");
    addNarrationOptions(*cmd, job.render.script);
    cmd->add_option("-o,--output-dir", job.output_dir, "Folder for the audio, its sidecars and manifest.jsonl")->required();
    addAudioOptions(*cmd, job.render);
    cmd->add_option("-j,--jobs", job.jobs, "Articles rendered at once, each in its own process; default: one per core")
        ->check(CLI::Range(1, 256));
    cmd->add_flag("--resume", job.resume,
                  "Skip articles the manifest records as rendered with the same input and settings, their files still there");
    cmd->add_option("--shard", o.shard,
                    "Only shard K of N (0 <= K < N) of the articles; default: from SLURM_ARRAY_TASK_ID or "
                    "JOB_COMPLETION_INDEX when set")
        ->type_name("K/N");
    cmd->add_option("--shard-count", o.shard_count,
                    "N for an engine that gives only the index (Kubernetes: the Job's completions)")
        ->check(CLI::Range(1, 100000));
    cmd->add_option("--timeout", job.timeout_s, "Seconds an article may take before it is stopped and recorded as failed")
        ->check(CLI::Range(1, 86400));
    cmd->add_flag("-q,--quiet", o.quiet, "Print nothing but errors");
    cmd->add_flag("--json", o.json, "Print a summary object on stdout at the end");
    cmd->callback([&o, cmd] {
        checkAudioOptions(*cmd, o.job.render, "");
        runBatch(o);
    });
}

void defineManifest(CLI::App* cmd, ManifestOptions& o) {
    cmd->add_option("OUTDIR", o.output_dir, "The batch's output folder")->required();
    cmd->add_flag("--json", o.json, "Print the merged records and the summary as JSON");
    cmd->callback([&o] { runManifest(o); });
}

// The show's options, shared by feed and edition.
void addShowOptions(CLI::App& cmd, FeedOptions& f) {
    cmd.add_option("--description", f.description, "The show's description; default: its title and that a synthetic voice reads it");
    cmd.add_option("--link", f.link, "The show's web page; default: --base-url");
    cmd.add_option("--image", f.image, "Show art inside the folder: a square JPEG or PNG of 1400 to 3000 px");
    cmd.add_option("--category", f.categories, "Apple Podcasts category, \"News\" or \"News/Daily News\"; repeatable")->take_all();
    cmd.add_flag("--explicit", f.explicit_content, "Mark the show and its episodes explicit");
    cmd.add_option("--owner-name", f.owner_name, "itunes:owner name");
    cmd.add_option("--owner-email", f.owner_email, "itunes:owner email (podcast directories write to it)");
    cmd.add_option("--copyright", f.copyright, "Copyright line");
    cmd.add_flag("--locked", f.locked, "<podcast:locked>yes: other platforms may not import the feed (needs --owner-email)");
}

void defineFeed(CLI::App* cmd, FeedOptionsCli& o) {
    FeedOptions& f = o.feed;
    cmd->add_option("OUTDIR", f.output_dir, "A batch's output folder: its audio, sidecars and manifests");
    cmd->add_option("-o,--output", o.output, "The feed file; default: OUTDIR/feed.xml");
    cmd->add_option("--base-url", f.base_url, "The http(s) address OUTDIR is published at");
    cmd->add_option("--feed-url", f.feed_url, "The feed's own address; default: --base-url and the output's file name");
    cmd->add_option("--title", f.title, "The show's title");
    cmd->add_option("--language", f.language, "BCP 47 language of the show; default: its articles' most common");
    cmd->add_option("--author", f.author, "itunes:author of the show; default: --owner-name, else the title");
    addShowOptions(*cmd, f);
    cmd->add_option("--episode-type", f.episode_type, "itunes:episodeType of every item: full, trailer or bonus");
    cmd->add_flag("--allow-missing", o.allow_missing,
                  "Exit 0 though articles whose files are missing or changed since the batch were left out");
    cmd->add_flag("-f,--force", o.force, "Replace the feed file if it exists");
    cmd->add_flag("-q,--quiet", o.quiet, "Print nothing but errors and warnings");
    cmd->add_flag("--list-categories", o.list_categories, "Print Apple Podcasts' categories and exit");
    cmd->callback([&o] {
        if (!o.list_categories) {
            if (o.feed.output_dir.empty()) throw CLI::RequiredError("OUTDIR");
            if (o.feed.base_url.empty()) throw CLI::RequiredError("--base-url");
            if (o.feed.title.empty()) throw CLI::RequiredError("--title");
        }
        runFeed(o);
    });
}

void defineEdition(CLI::App* cmd, EditionOptions& o) {
    EditionJob& job = o.job;
    cmd->add_option("INPUTS", job.batch.inputs, "Articles in the edition's order: files, folders and @lists (one path a line)")->required();
    cmd->add_option("-o,--output-dir", job.batch.output_dir, "The edition's folder: audio, sidecars, index.html, feed.xml")->required();
    cmd->add_option("--title", job.title, "The edition's title, said first and shown on the page")->required();
    cmd->add_option("--date", job.date, "The edition's date, YYYY-MM-DD; default: today (UTC)");
    const std::map<std::string, InputFormat> formats{{"auto", InputFormat::Auto}, {"text", InputFormat::Text},
                                                     {"markdown", InputFormat::Markdown}, {"html", InputFormat::Html}};
    addChoice(*cmd, "--from", job.batch.render.script.from, formats, "Input format of every article; auto detects each")->default_str("auto");
    addNarrationOptions(*cmd, job.batch.render.script, /*one_article=*/false);
    addAudioOptions(*cmd, job.batch.render);
    cmd->add_option("-j,--jobs", job.batch.jobs, "Articles rendered at once, each in its own process; default: one per core")
        ->check(CLI::Range(1, 256));
    cmd->add_option("--timeout", job.batch.timeout_s, "Seconds an article may take before it is stopped and left out")
        ->check(CLI::Range(1, 86400));
    cmd->add_option("--base-url", job.feed.base_url, "The http(s) address the folder is published at: writes feed.xml over the articles");
    cmd->add_option("--feed-author", job.feed.author, "itunes:author of the feed; default: --owner-name, else the title");
    addShowOptions(*cmd, job.feed);
    cmd->add_flag("-q,--quiet", o.quiet, "Print nothing but errors");
    cmd->add_flag("--json", o.json, "Print the result as JSON on stdout");
    cmd->callback([&o, cmd] {
        checkAudioOptions(*cmd, o.job.batch.render, "");
        runEdition(o);
    });
}

void defineScript(CLI::App* cmd, ScriptOptions& o) {
    addInputOptions(*cmd, o.job.article, o.job.from);
    addNarrationOptions(*cmd, o.job, /*one_article=*/true, /*language_option=*/false);
    CLI::Option* json = cmd->add_flag("--json", o.json, "Print JSON: each utterance with its role, language and pause");
    CLI::Option* bare = cmd->add_flag("--bare", o.bare,
                                      "Print the spoken form of the input text alone: no title handling, intro or "
                                      "pauses; one output line per input line");
    cmd->add_flag("--explain", o.explain, "Show each rewrite under its line: written -> spoken [rule]");
    cmd->add_option("--language", o.job.language,
                    "Language of the article (BCP 47), over the one detected from its text; with --bare, of the text (default en)");
    json->excludes(bare);
    cmd->callback([&o] { runScript(o); });
}

void defineExtract(CLI::App* cmd, ExtractOptions& o) {
    cmd->add_option("ARTICLE", o.articles,
                    "Article to read: a text, Markdown or HTML file, or - for stdin; several with --jsonl")
        ->required();
    addFormatOption(*cmd, o.from);
    addMaxInputOption(*cmd, o.max_input_bytes);
    CLI::Option* text = cmd->add_flag("--text", o.text,
                                      "Print the body alone as plain text, paragraphs separated by a blank line "
                                      "(no title, byline or captions)");
    CLI::Option* jsonl = cmd->add_flag("--jsonl", o.jsonl,
                                       "One line of JSON per article, for many articles in one process; an article "
                                       "that cannot be read gets a line with its error, and the exit code is 7");
    text->excludes(jsonl);
    cmd->add_option("--threads", o.threads,
                    "With --jsonl: articles read at once, each on a thread of its own; 0: one a core. The lines "
                    "come out in the order the articles were given")
        ->check(CLI::Range(0, 256))
        ->capture_default_str()
        ->needs(jsonl);
    cmd->callback([&o] {
        if (o.articles.size() > 1 && !o.jsonl) {
            throw CLI::ValidationError("ARTICLE", "several articles are printed one a line: add --jsonl");
        }
        runExtract(o);
    });
}

void defineVoices(CLI::App* cmd, VoicesOptions& o) {
    cmd->add_option("--voices-dir", o.voices_dir, kVoicesDirHelp)->default_str("");
    cmd->callback([&o] { runVoices(o); });
}

}  // namespace

int parseAndRun(int argc, char** argv) {
    CLI::App app("readcast turns a news article into a narrated audio report, read by eSpeak NG.", "readcast");
    // Asked for only when printed: naming eSpeak NG's version loads it, which nothing else here needs.
    app.set_version_flag("--version", [] {
        return std::string("readcast ") + kVersion + " (" + audioVersions() + ")";
    });
    app.require_subcommand(1);
    app.option_defaults()->always_capture_default();

    RenderOptions render;
    BatchOptions batch;
    ManifestOptions manifest;
    FeedOptionsCli feed;
    EditionOptions edition;
    ScriptOptions script;
    VoicesOptions voices;
    ExtractOptions extract;
    struct Command {
        const char* name;
        const char* description;
        std::function<void(CLI::App*)> define;
    };
    const Command commands[] = {
        {"render", "Narrate an article to an audio file", [&](CLI::App* c) { defineRender(c, render); }},
        {"batch", "Narrate many articles into a folder, on every core, resumable and shardable",
         [&](CLI::App* c) { defineBatch(c, batch); }},
        {"manifest", "Merge and summarize the manifests of a batch folder (every shard's)",
         [&](CLI::App* c) { defineManifest(c, manifest); }},
        {"feed", "Write a podcast feed (RSS 2.0, iTunes and Podcasting 2.0 tags) over a batch folder",
         [&](CLI::App* c) { defineFeed(c, feed); }},
        {"edition",
         "Render a day's articles into one edition: an MP3 with a chapter each, a web page that highlights the "
         "text as it is read, and a podcast feed",
         [&](CLI::App* c) { defineEdition(c, edition); }},
        {"script", "Print what render would say, one utterance a line", [&](CLI::App* c) { defineScript(c, script); }},
        {"extract", "Print the article found in the input, as JSON or plain text",
         [&](CLI::App* c) { defineExtract(c, extract); }},
        {"voices", "List narrator profiles and eSpeak NG voices", [&](CLI::App* c) { defineVoices(c, voices); }},
    };
    // Only the command being run gets its options: CLI11 checks every new option's names against all
    // before it, and defining the eight commands' options was most of the time a start of
    // `readcast extract` spent in readcast's own code. The list of commands in --help needs only
    // their names and descriptions.
    std::string names;
    bool known = false;
    for (const Command& command : commands) {
        CLI::App* sub = app.add_subcommand(command.name, command.description);
        names += (names.empty() ? "" : ", ") + std::string(command.name);
        if (argc > 1 && std::string_view(argv[1]) == command.name) {
            command.define(sub);
            known = true;
        }
    }

    // A first word that is not a command is named, with the commands there are.
    if (argc > 1 && argv[1][0] != '-' && !known) {
        std::cerr << "readcast: error: unknown command '" << printable(argv[1]) << "' (commands: " << names << ")\n";
        return static_cast<int>(ExitCode::Usage);
    }
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
