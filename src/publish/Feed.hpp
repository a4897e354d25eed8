#pragma once
// A podcast feed over a batch folder: RSS 2.0 with Apple's iTunes tags and the Podcasting 2.0
// namespace, one item per article the folder's manifests record as rendered, newest first. The feed is
// a function of the folder: built twice from the same files it is the same bytes (lastBuildDate is the
// newest item's render time, not the clock), and one more article adds one item and changes nothing
// else. Audio and sidecars are checked against the manifest (there, and of the recorded size) before
// they are listed.
//
//   FeedOptions o;  o.output_dir = "audio";  o.base_url = "https://example.com/audio";  o.title = "Daily";
//   Feed f = buildFeed(o);   // f.xml, f.items; f.problems names what was left out and why

#include <string>
#include <vector>

#include "model/DateTime.hpp"

namespace readcast {

struct FeedOptions {
    std::string output_dir;                 // a batch's folder: audio, sidecars, manifest*.jsonl
    std::string base_url;                   // where that folder is published (http or https)
    std::string feed_url;                   // where the feed itself is; empty: base_url/feed.xml
    std::string title;
    std::string description;                // empty: a sentence naming the title and the synthetic voice
    std::string link;                       // the show's web page; empty: base_url
    std::string language;                   // empty: the articles' most common language
    std::string image;                      // a square JPEG or PNG of 1400-3000 px inside output_dir
    std::vector<std::string> categories;    // Apple's categories: "News" or "News/Daily News"
    bool explicit_content = false;
    std::string author;                     // itunes:author; empty: the publications of the articles
    std::string owner_name;
    std::string owner_email;
    std::string copyright;
    bool locked = false;                    // <podcast:locked>yes</podcast:locked>: other platforms may not import it
    std::string episode_type = "full";      // full, trailer or bonus
};

struct FeedItem {
    std::string key;              // the manifest's key of the article
    std::string guid;
    std::string title;
    std::string description;
    std::string author;
    std::string link;             // the article's own page, when known
    std::string audio_file;       // its name in output_dir
    std::string mime;
    unsigned long long bytes = 0;
    double duration_s = 0;
    DateTime published;           // the article's date, else when it was rendered
    DateTime rendered;            // when it was rendered (its date, for records that do not say)
    std::string language;
    struct Sidecar {
        std::string file;
        std::string type;         // MIME type for <podcast:transcript> or <podcast:chapters>
    };
    std::vector<Sidecar> transcripts;
    std::string chapters_file;    // empty: none
};

struct Feed {
    std::string xml;
    std::vector<FeedItem> items;          // as listed, newest first
    std::vector<std::string> problems;    // articles left out: "story.mp3: missing", ...
};

// The items of a batch folder, checked against the disk; what cannot be listed goes to `problems`.
std::vector<FeedItem> feedItems(const std::string& output_dir, std::vector<std::string>& problems);

// The options alone, before anything is read or rendered: Error(Usage) naming the option.
void checkFeedOptions(const FeedOptions& options);

// Throws Error for bad options (not http(s), unknown category, a cover of the wrong kind or size) and
// for a folder without a manifest.
Feed buildFeed(const FeedOptions& options);

// The MIME type of an audio file by its extension ("audio/mpeg" for .mp3).
std::string audioMimeType(const std::string& file);

}  // namespace readcast
