#include <filesystem>
#include <iostream>

#include "cli/Commands.hpp"
#include "batch/Manifest.hpp"
#include "core/Error.hpp"
#include "core/OutputSet.hpp"
#include "core/Text.hpp"
#include "publish/PodcastCategories.hpp"
#include "publish/Xml.hpp"

namespace readcast {

void runFeed(const FeedOptionsCli& o) {
    if (o.list_categories) {
        std::cout << podcastCategoryList();
        return;
    }
    namespace fs = std::filesystem;
    FeedOptions options = o.feed;
    const std::string output = o.output.empty() ? (fs::path(options.output_dir) / "feed.xml").string() : o.output;
    if (options.feed_url.empty() && output != "-") {
        std::string base = options.base_url;
        while (!base.empty() && base.back() == '/') base.pop_back();
        options.feed_url = base + "/" + percentEncodeSegment(fs::path(output).filename().string());
    }
    const Feed feed = buildFeed(options);
    // The feed never replaces what it lists or the manifest it is built from, --force or not.
    std::error_code ec;
    if (output != "-" && fs::equivalent(fs::absolute(output).parent_path(), options.output_dir, ec)) {
        const std::string name = fs::path(output).filename().string();
        bool ours = name.rfind("manifest", 0) == 0 && fs::path(name).extension() == ".jsonl";
        for (const auto& [key, record] : summarizeManifests(options.output_dir).articles) {
            ours = ours || fs::path(record.value("output", "")).filename() == name;
            for (const auto& sidecar : record.value("sidecars", nlohmann::json::array())) {
                ours = ours || fs::path(sidecar.get<std::string>()).filename() == name;
            }
        }
        if (ours) throw Error(ExitCode::Output, "cannot write " + printable(output) + ": it is a file of the batch the feed is built from");
    }
    OutputSet outputs(o.force);
    OutputFile& file = outputs.add(output);
    file.write(feed.xml.data(), feed.xml.size());
    outputs.commit();
    for (const std::string& problem : feed.problems) {
        std::cerr << "readcast: warning: " << printable(options.output_dir) << ": left out of the feed: " << printable(problem) << '\n';
    }
    if (!o.quiet) {
        std::cerr << "readcast: wrote " << printable(output) << ": " << feed.items.size() << " episode(s)"
                  << (feed.problems.empty() ? "" : ", " + std::to_string(feed.problems.size()) + " left out") << '\n';
    }
    if (!feed.problems.empty() && !o.allow_missing) {
        throw Error(ExitCode::Partial, std::to_string(feed.problems.size()) + " article(s) left out of " + output +
                                           ": their files are missing or changed since the batch (--allow-missing to accept)");
    }
}

}  // namespace readcast
