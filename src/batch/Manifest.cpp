#include "batch/Manifest.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "core/Error.hpp"

namespace readcast {

ManifestWriter::ManifestWriter(const std::string& path) : path_(path) {
    fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0666);
    if (fd_ < 0) throw Error(ExitCode::Output, "cannot write " + path + ": " + std::strerror(errno));
}

ManifestWriter::~ManifestWriter() {
    if (fd_ >= 0) ::close(fd_);
}

void ManifestWriter::append(const nlohmann::json& record) {
    // Invalid UTF-8 from an article is replaced, never a reason to lose the record.
    const std::string line = record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    const char* p = line.data();
    std::size_t left = line.size();
    while (left > 0) {
        const ssize_t n = ::write(fd_, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw Error(ExitCode::Output, "cannot write " + path_ + ": " + std::strerror(errno));
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fdatasync(fd_) != 0) throw Error(ExitCode::Output, "cannot write " + path_ + ": " + std::strerror(errno));
}

namespace {

// A record as readcast writes it: each field it reads of the type it has. A manifest is a file anyone
// can edit; a record that is not well formed is passed over, never trusted or half-read.
bool wellFormed(const nlohmann::json& j) {
    if (!j.is_object()) return false;
    for (const char* field : {"type", "key", "input", "status", "error", "reason", "output", "title", "byline", "published",
                              "published_at", "rendered_at", "site", "url", "description", "language", "input_sha256",
                              "settings_sha256", "shard"}) {
        if (j.contains(field) && !j[field].is_string()) return false;
    }
    if (j.contains("bytes") && !j["bytes"].is_number_unsigned()) return false;
    if (j.contains("duration_s") && !(j["duration_s"].is_number() && j["duration_s"].get<double>() >= 0 &&
                                      j["duration_s"].get<double>() < 1e7)) {
        return false;
    }
    for (const char* list : {"sidecars", "keys", "warnings"}) {
        if (!j.contains(list)) continue;
        if (!j[list].is_array()) return false;
        for (const auto& item : j[list]) {
            if (!item.is_string()) return false;
        }
    }
    return j.value("type", "") != "article" || j.contains("key");
}

}  // namespace

std::vector<nlohmann::json> readManifest(const std::string& path, int* malformed) {
    std::vector<nlohmann::json> lines;
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) {
        nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
        if (!j.is_discarded() && wellFormed(j)) {
            lines.push_back(std::move(j));
        } else if (malformed != nullptr && !line.empty()) {
            ++*malformed;
        }
    }
    return lines;
}

std::map<std::string, nlohmann::json> latestRecords(const std::vector<nlohmann::json>& lines) {
    std::map<std::string, nlohmann::json> latest;
    for (const nlohmann::json& j : lines) {
        if (j.value("type", "") != "article" || !j.contains("key")) continue;
        nlohmann::json& slot = latest[j["key"].get<std::string>()];
        // A resumed run's "skipped" does not hide the record of the render it kept.
        if (j.value("status", "") == "skipped" && slot.value("status", "") == "ok" && j.value("output", "") == slot.value("output", "")) {
            continue;
        }
        slot = j;
    }
    return latest;
}

ManifestSummary summarizeManifests(const std::string& output_dir) {
    namespace fs = std::filesystem;
    ManifestSummary s;
    std::error_code ec;
    if (!fs::is_directory(output_dir, ec)) throw Error(ExitCode::Input, "cannot read " + output_dir + ": not a folder");
    static const std::regex kName(R"(manifest(-(\d{1,6})-of-(\d{1,6}))?\.jsonl)");
    std::set<std::string> planned;
    std::map<int, std::set<int>> shardsSeen;  // count -> indexes with a manifest
    for (const auto& entry : fs::directory_iterator(output_dir, ec)) {
        const std::string name = entry.path().filename().string();
        std::smatch m;
        if (!std::regex_match(name, m, kName) || !entry.is_regular_file(ec)) continue;
        // A shard's name says which of how many (at most 100 000, as --shard-count allows).
        if (m[1].matched && (std::stoi(m[2]) >= std::stoi(m[3]) || std::stoi(m[3]) > 100000)) continue;
        s.files.push_back(entry.path().string());
        if (m[1].matched) shardsSeen[std::stoi(m[3])].insert(std::stoi(m[2]));
        const std::vector<nlohmann::json> lines = readManifest(entry.path().string(), &s.malformed);
        for (const nlohmann::json& j : lines) {
            if (j.value("type", "") == "plan" && j.contains("keys")) {
                for (const auto& k : j["keys"]) planned.insert(k.get<std::string>());
            }
        }
        for (auto& [key, record] : latestRecords(lines)) {
            // Over shards and reruns, a finished record wins over a failed one.
            const auto old = s.articles.find(key);
            if (old == s.articles.end() || old->second.value("status", "") != "ok") s.articles[key] = record;
        }
    }
    std::sort(s.files.begin(), s.files.end());
    if (s.files.empty()) throw Error(ExitCode::Input, "no manifest in " + output_dir + " (manifest*.jsonl)");
    for (const auto& [count, seen] : shardsSeen) {
        for (int k = 0; k < count; ++k) {
            if (seen.count(k) == 0) s.missing_shards.push_back(std::to_string(k) + "-of-" + std::to_string(count));
        }
    }
    for (const std::string& key : planned) {
        if (s.articles.count(key) == 0) s.missing.push_back(key);
    }
    for (const auto& [key, record] : s.articles) {
        const std::string status = record.value("status", "");
        if (status == "ok") {
            ++s.ok;
            s.audio_s += record.value("duration_s", 0.0);
        } else if (status == "skipped") {
            ++s.skipped;
        } else {
            ++s.failed;
        }
    }
    return s;
}

}  // namespace readcast
