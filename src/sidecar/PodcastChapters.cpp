#include "sidecar/PodcastChapters.hpp"

#include <nlohmann/json.hpp>

namespace readcast {

std::string podcastChapters(const std::vector<ChapterMark>& chapters) {
    nlohmann::json list = nlohmann::json::array();
    for (const ChapterMark& c : chapters) {
        list.push_back({{"startTime", static_cast<double>(c.start_ms) / 1000.0},
                        {"endTime", static_cast<double>(c.end_ms) / 1000.0},
                        {"title", c.title}});
    }
    return nlohmann::json{{"version", "1.2.0"}, {"chapters", list}}.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace readcast
