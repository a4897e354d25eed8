#pragma once
// The manifest of a batch: OUTDIR/manifest.jsonl (manifest-K-of-N.jsonl for a shard), one JSON object a
// line, appended and flushed as each article finishes, so that a batch killed at any moment keeps the
// record of everything it finished. A "plan" line first lists the keys the run is responsible for; then
// one "article" line each: key, input, input_sha256, settings_sha256, status (ok, failed, skipped),
// error, output, sidecars, bytes, duration_s, title, byline, published (date), published_at (as the
// article gave it, with its time and UTC offset), rendered_at (UTC), site, url, description (the first
// sentences), language, loudness_lufs, true_peak_dbtp, warnings.
//
//   ManifestWriter m("out/manifest.jsonl");
//   m.append({{"type", "article"}, {"key", "a/story.html"}, {"status", "ok"}, ...});
//   auto latest = latestRecords("out/manifest.jsonl");   // key -> its last article record

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace readcast {

class ManifestWriter {
public:
    explicit ManifestWriter(const std::string& path);
    ~ManifestWriter();
    ManifestWriter(const ManifestWriter&) = delete;
    ManifestWriter& operator=(const ManifestWriter&) = delete;
    // One line in one write, then flushed to disk: a kill can cut at most the line being written.
    void append(const nlohmann::json& record);
    const std::string& path() const { return path_; }

private:
    std::string path_;
    int fd_ = -1;
};

// The manifest's lines that parse, in order; a torn last line (a kill in mid-write) is left out, and so
// is a line whose fields are not of the types readcast writes (counted in `malformed`).
std::vector<nlohmann::json> readManifest(const std::string& path, int* malformed = nullptr);
// Each key's last "article" record.
std::map<std::string, nlohmann::json> latestRecords(const std::vector<nlohmann::json>& lines);

// `readcast manifest OUTDIR`: every manifest of the folder merged.
struct ManifestSummary {
    std::vector<std::string> files;                   // the manifests read
    std::map<std::string, nlohmann::json> articles;   // key -> last record, over every shard
    std::vector<std::string> missing;                 // planned by a shard, never finished
    std::vector<std::string> missing_shards;          // "2-of-4": no manifest at all
    int ok = 0, failed = 0, skipped = 0;
    int malformed = 0;                                // lines that were not well-formed records
    double audio_s = 0;
};

ManifestSummary summarizeManifests(const std::string& output_dir);

}  // namespace readcast
