#include <filesystem>
#include <iostream>

#include "cli/Commands.hpp"
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
    if (options.feed_url.empty()) {
        std::string base = options.base_url;
        while (!base.empty() && base.back() == '/') base.pop_back();
        options.feed_url = base + "/" + percentEncodeSegment(fs::path(output).filename().string());
    }
    const Feed feed = buildFeed(options);
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
