#include "publish/Feed.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "batch/Manifest.hpp"
#include "core/Ascii.hpp"
#include "core/BuildInfo.hpp"
#include "core/Error.hpp"
#include "core/LanguageTag.hpp"
#include "core/Text.hpp"
#include "core/Url.hpp"
#include "ingest/DateParser.hpp"
#include "publish/ImageSize.hpp"
#include "publish/PodcastCategories.hpp"
#include "publish/Rfc2822.hpp"
#include "publish/Uuid.hpp"
#include "publish/Xml.hpp"
#include "render/CoverArt.hpp"

namespace readcast {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// RFC 4122's namespace for names that are URLs: an article's GUID is the UUID of its own address, so
// that it stays the same whatever folder, file name or feed it is published in.
constexpr const char* kUrlNamespace = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

bool endsWith(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

std::string fileName(const std::string& path) { return fs::path(path).filename().string(); }

std::optional<DateTime> dateOf(const json& record, const char* field) {
    const std::string text = record.value(field, "");
    return text.empty() ? std::nullopt : parseDate(text);
}

// A file the manifest lists, still there with the size it had: "" when it is, else what is wrong.
std::string checkFile(const fs::path& path, long long recorded_bytes) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return path.filename().string() + ": missing (the manifest lists it)";
    if (!S_ISREG(st.st_mode)) return path.filename().string() + ": not a regular file";
    if (recorded_bytes >= 0 && st.st_size != recorded_bytes) {
        return path.filename().string() + ": changed since the batch rendered it (" + std::to_string(st.st_size) +
               " bytes, the manifest says " + std::to_string(recorded_bytes) + ")";
    }
    return "";
}

// The URL of a file inside the published folder.
std::string urlOf(const std::string& base_url, const std::string& relative) {
    std::string url = base_url;
    for (const auto& part : fs::path(relative)) url += "/" + percentEncodeSegment(part.string());
    return url;
}

std::string clock(double seconds) { return std::to_string(static_cast<long long>(std::llround(seconds))); }

class Writer {
public:
    void open(const std::string& tag, const std::string& attributes = "") {
        indent();
        out_ += "<" + tag + attributes + ">\n";
        ++depth_;
    }
    void close(const std::string& tag) {
        --depth_;
        indent();
        out_ += "</" + tag + ">\n";
    }
    void element(const std::string& tag, const std::string& text, const std::string& attributes = "") {
        indent();
        out_ += "<" + tag + attributes + ">" + xmlEscape(text) + "</" + tag + ">\n";
    }
    void empty(const std::string& tag, const std::string& attributes) {
        indent();
        out_ += "<" + tag + attributes + "/>\n";
    }
    static std::string attr(const std::string& name, const std::string& value) { return " " + name + "=\"" + xmlEscape(value) + "\""; }
    std::string& text() { return out_; }

private:
    void indent() { out_.append(static_cast<std::size_t>(depth_) * 2, ' '); }
    std::string out_;
    int depth_ = 0;
};

// An http(s) address with a host, as an option gives it; `folder`: one that files are put under, so no
// query or fragment either. Trailing slashes are dropped.
std::string checkedUrl(const std::string& option, std::string url, bool folder) {
    const std::string lower = lowerAscii(url);
    const std::size_t scheme = lower.rfind("https://", 0) == 0 ? 8 : lower.rfind("http://", 0) == 0 ? 7 : 0;
    const std::size_t hostEnd = url.find_first_of("/?#", scheme);
    const bool hasHost = scheme > 0 && (hostEnd == std::string::npos ? url.size() : hostEnd) > scheme;
    bool clean = true;
    for (const unsigned char c : url) clean = clean && c > 0x20 && c != 0x7F && c != '"' && c != '<' && c != '>' && c != '\\';
    if (!hasHost || !clean) throw Error(ExitCode::Usage, option + " " + printable(url) + ": not an http:// or https:// address with a host");
    if (folder && url.find_first_of("?#") != std::string::npos) {
        throw Error(ExitCode::Usage, option + " " + printable(url) + ": files are published under it, so it cannot have a ? query or # fragment");
    }
    while (url.size() > scheme + 1 && endsWith(url, "/")) url.pop_back();
    return url;
}

std::string imageUrl(const FeedOptions& o, const std::string& base_url) {
    std::error_code ec;
    const fs::path folder = fs::canonical(o.output_dir, ec);
    const fs::path image = fs::canonical(o.image, ec);
    const fs::path relative = image.lexically_relative(folder);
    if (!ec && (relative.empty() || *relative.begin() == "..")) {
        throw Error(ExitCode::Usage, "--image " + printable(o.image) + ": put it in " + printable(o.output_dir) +
                                         " so that it is published with the audio");
    }
    const Cover cover = loadCover(o.image);
    const std::optional<ImageSize> size = imageSize(cover.bytes);
    if (!size) throw Error(ExitCode::Input, "cannot use " + o.image + " as the show's image: its size cannot be read");
    if (size->width != size->height || size->width < 1400 || size->width > 3000) {
        throw Error(ExitCode::Input, "cannot use " + o.image + " as the show's image: it is " + std::to_string(size->width) + "x" +
                                         std::to_string(size->height) + " px; podcast directories want a square of 1400 to 3000 px");
    }
    return urlOf(base_url, relative.string());
}

std::string commonLanguage(const std::vector<FeedItem>& items) {
    std::map<std::string, int> count;
    for (const FeedItem& i : items) ++count[i.language.empty() ? "en" : i.language];
    std::string best = "en";
    int most = 0;
    for (const auto& [language, n] : count) {
        if (n > most) best = language, most = n;
    }
    return best;
}

}  // namespace

std::string audioMimeType(const std::string& file) {
    const std::string ext = lowerExtension(file);
    if (ext == ".mp3") return "audio/mpeg";
    if (ext == ".ogg" || ext == ".opus") return "audio/ogg";
    if (ext == ".flac") return "audio/flac";
    if (ext == ".wav") return "audio/wav";
    return "application/octet-stream";
}

std::vector<FeedItem> feedItems(const std::string& output_dir, std::vector<std::string>& problems) {
    const ManifestSummary summary = summarizeManifests(output_dir);
    std::vector<FeedItem> items;
    std::vector<std::int64_t> when;
    for (const auto& [key, record] : summary.articles) {
        const std::string status = record.value("status", "");
        if (!(status == "ok" || (status == "skipped" && record.contains("output")))) continue;
        FeedItem item;
        item.key = key;
        item.audio_file = fileName(record.value("output", ""));
        if (item.audio_file.empty()) continue;
        item.bytes = record.value("bytes", 0ULL);
        std::string problem = item.bytes == 0 ? item.audio_file + ": the manifest records no size for it"
                                              : checkFile(fs::path(output_dir) / item.audio_file, static_cast<long long>(item.bytes));
        for (const json& s : record.value("sidecars", json::array())) {
            if (!problem.empty() || !s.is_string()) break;
            const std::string file = fileName(s.get<std::string>());
            problem = checkFile(fs::path(output_dir) / file, -1);
            if (endsWith(file, ".chapters.json")) {
                item.chapters_file = file;
            } else if (endsWith(file, ".vtt")) {
                item.transcripts.push_back({file, "text/vtt"});
            } else if (endsWith(file, ".srt")) {
                item.transcripts.push_back({file, "application/x-subrip"});
            }
            // The .json speech marks are Amazon Polly's format, not Podcasting 2.0's JSON transcript:
            // not listed as a transcript.
        }
        if (!problem.empty()) {
            problems.push_back(problem);
            continue;
        }
        item.mime = audioMimeType(item.audio_file);
        item.title = record.value("title", "");
        if (item.title.empty()) item.title = fs::path(item.audio_file).stem().string();
        item.description = record.value("description", "");
        if (item.description.empty()) item.description = item.title;
        item.author = record.value("byline", "");
        if (item.author.empty()) item.author = record.value("site", "");
        item.link = record.value("url", "");
        if (hostName(item.link).empty()) item.link.clear();
        item.language = record.value("language", "");
        item.duration_s = record.value("duration_s", 0.0);
        // Without an address, the article is its place in the archive and its date (or headline): a new
        // story saved over yesterday's file is a new episode, a corrected typo in the text is not.
        const std::string dated = record.value("published", "").empty() ? record.value("title", "") : record.value("published", "");
        item.guid = uuidV5(kUrlNamespace, item.link.empty() ? "readcast:article:" + key + "\n" + dated : item.link);
        std::optional<DateTime> date = dateOf(record, "published_at");
        if (!date) date = dateOf(record, "published");
        if (!date) date = dateOf(record, "rendered_at");
        if (!date) {
            struct stat st {};
            ::stat((fs::path(output_dir) / item.audio_file).c_str(), &st);
            date = utcDateTime(st.st_mtime);
        }
        item.published = *date;
        item.rendered = dateOf(record, "rendered_at").value_or(item.published);
        items.push_back(std::move(item));
    }
    for (const std::string& key : summary.missing) problems.push_back(key + ": planned by a batch but never recorded as finished");
    if (summary.malformed > 0) {
        problems.push_back(std::to_string(summary.malformed) + " manifest line(s) that are not well-formed records (cut off or edited)");
    }
    // Two records with the same address (a page rendered twice under two names) are one episode.
    std::set<std::string> guids;
    std::vector<FeedItem> unique;
    for (FeedItem& item : items) {
        if (guids.insert(item.guid).second) {
            unique.push_back(std::move(item));
        } else {
            problems.push_back(item.audio_file + ": the same article (" + item.link + ") as another episode");
        }
    }
    items = std::move(unique);
    std::stable_sort(items.begin(), items.end(), [](const FeedItem& a, const FeedItem& b) {
        const std::int64_t ta = unixSeconds(a.published), tb = unixSeconds(b.published);
        return ta != tb ? ta > tb : a.key < b.key;
    });
    return items;
}

void checkFeedOptions(const FeedOptions& o) {
    checkedUrl("--base-url", o.base_url, true);
    if (!o.feed_url.empty()) checkedUrl("--feed-url", o.feed_url, false);
    if (!o.link.empty()) checkedUrl("--link", o.link, false);
    if (o.title.empty()) throw Error(ExitCode::Usage, "the feed needs a title (--title)");
    if (o.episode_type != "full" && o.episode_type != "trailer" && o.episode_type != "bonus") {
        throw Error(ExitCode::Usage, "--episode-type " + o.episode_type + ": full, trailer or bonus");
    }
    if (o.locked && o.owner_email.empty()) throw Error(ExitCode::Usage, "--locked needs --owner-email: the owner who may move the feed");
    for (const std::string& name : o.categories) {
        if (!podcastCategory(name)) {
            throw Error(ExitCode::Usage, "--category " + printable(name) + ": not one of Apple Podcasts' categories (readcast feed --list-categories)");
        }
    }
    if (!o.language.empty() && !isLanguageTag(o.language)) throw Error(ExitCode::Usage, "--language " + printable(o.language) + ": not a BCP 47 language tag");
    if (!o.image.empty()) imageUrl(o, checkedUrl("--base-url", o.base_url, true));
}

Feed buildFeed(const FeedOptions& o) {
    checkFeedOptions(o);
    const std::string base = checkedUrl("--base-url", o.base_url, true);
    const std::string feedUrl = o.feed_url.empty() ? base + "/feed.xml" : checkedUrl("--feed-url", o.feed_url, false);
    const std::string link = o.link.empty() ? base + "/" : checkedUrl("--link", o.link, false);
    std::vector<PodcastCategory> categories;
    for (const std::string& name : o.categories) categories.push_back(*podcastCategory(name));
    const std::string image = o.image.empty() ? "" : imageUrl(o, base);  // checked again: it may have changed

    Feed feed;
    feed.items = feedItems(o.output_dir, feed.problems);
    if (feed.items.empty() && feed.problems.empty()) throw Error(ExitCode::Input, "no rendered article in the manifests of " + o.output_dir);
    // The feed changes when its items do, and only then: its build date is the newest render's.
    std::optional<std::int64_t> built;
    for (const FeedItem& item : feed.items) built = std::max(built.value_or(unixSeconds(item.rendered)), unixSeconds(item.rendered));

    Writer w;
    w.text() = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    w.open("rss", " version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\""
                  " xmlns:podcast=\"https://podcastindex.org/namespace/1.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"");
    w.open("channel");
    w.element("title", o.title);
    w.element("link", link);
    w.empty("atom:link", Writer::attr("href", feedUrl) + " rel=\"self\" type=\"application/rss+xml\"");
    w.element("description", o.description.empty() ? o.title + ": articles read by a synthetic voice." : o.description);
    w.element("language", o.language.empty() ? commonLanguage(feed.items) : o.language);
    if (!o.copyright.empty()) w.element("copyright", o.copyright);
    w.element("generator", std::string("readcast ") + kVersion);
    if (built) w.element("lastBuildDate", rfc2822(utcDateTime(*built)));
    if (!feed.items.empty()) w.element("pubDate", rfc2822(feed.items.front().published));
    std::string author = o.author;
    if (author.empty()) author = o.owner_name.empty() ? o.title : o.owner_name;
    w.element("itunes:author", author);
    if (!o.owner_name.empty() || !o.owner_email.empty()) {
        w.open("itunes:owner");
        if (!o.owner_name.empty()) w.element("itunes:name", o.owner_name);
        if (!o.owner_email.empty()) w.element("itunes:email", o.owner_email);
        w.close("itunes:owner");
    }
    if (!image.empty()) {
        w.empty("itunes:image", Writer::attr("href", image));
        w.open("image");
        w.element("url", image);
        w.element("title", o.title);
        w.element("link", link);
        w.close("image");
    }
    // Subcategories of one category under one element, as Apple's validator wants.
    std::vector<std::pair<std::string, std::vector<std::string>>> grouped;
    for (const PodcastCategory& c : categories) {
        auto at = std::find_if(grouped.begin(), grouped.end(), [&](const auto& g) { return g.first == c.category; });
        if (at == grouped.end()) at = grouped.insert(grouped.end(), {c.category, {}});
        if (!c.subcategory.empty() && std::find(at->second.begin(), at->second.end(), c.subcategory) == at->second.end()) {
            at->second.push_back(c.subcategory);
        }
    }
    for (const auto& [category, subs] : grouped) {
        if (subs.empty()) {
            w.empty("itunes:category", Writer::attr("text", category));
            continue;
        }
        w.open("itunes:category", Writer::attr("text", category));
        for (const std::string& s : subs) w.empty("itunes:category", Writer::attr("text", s));
        w.close("itunes:category");
    }
    w.element("itunes:explicit", o.explicit_content ? "true" : "false");
    w.element("itunes:type", "episodic");
    w.element("podcast:guid", podcastGuid(feedUrl));
    if (o.locked) w.element("podcast:locked", "yes", Writer::attr("owner", o.owner_email));

    for (const FeedItem& item : feed.items) {
        w.open("item");
        w.element("title", item.title);
        w.element("description", item.description);
        if (!item.link.empty()) w.element("link", item.link);
        w.element("guid", item.guid, " isPermaLink=\"false\"");
        w.element("pubDate", rfc2822(item.published));
        w.empty("enclosure", Writer::attr("url", urlOf(base, item.audio_file)) + Writer::attr("length", std::to_string(item.bytes)) +
                                 Writer::attr("type", item.mime));
        if (!item.author.empty()) w.element("itunes:author", item.author);
        w.element("itunes:duration", clock(item.duration_s));
        w.element("itunes:episodeType", o.episode_type);
        w.element("itunes:explicit", o.explicit_content ? "true" : "false");
        for (const FeedItem::Sidecar& t : item.transcripts) {
            std::string attributes = Writer::attr("url", urlOf(base, t.file)) + Writer::attr("type", t.type);
            if (!item.language.empty()) attributes += Writer::attr("language", item.language);
            // Timed cues are captions: players can show them in step with the audio.
            attributes += " rel=\"captions\"";
            w.empty("podcast:transcript", attributes);
        }
        if (!item.chapters_file.empty()) {
            w.empty("podcast:chapters", Writer::attr("url", urlOf(base, item.chapters_file)) + " type=\"application/json+chapters\"");
        }
        w.close("item");
    }
    w.close("channel");
    w.close("rss");
    feed.xml = std::move(w.text());
    return feed;
}

}  // namespace readcast
