#include "render/ChapterList.hpp"

#include <cmath>

namespace readcast {
namespace {

// Chapter titles are what the page says, without the full stop the script adds to be read.
std::string shown(std::string title) {
    if (!title.empty() && title.back() == '.') title.pop_back();
    return title;
}

}  // namespace

std::vector<ChapterMark> chaptersOf(const Script& script, const Timeline& timeline) {
    std::vector<ChapterMark> chapters;
    if (timeline.sample_rate_hz <= 0 || timeline.utterances.size() != script.utterances.size()) return chapters;
    const auto ms = [&](std::int64_t sample) {
        return static_cast<long long>(std::llround(static_cast<double>(sample) * 1000.0 / timeline.sample_rate_hz));
    };
    std::string headline = "Story";
    const Utterance* intro = nullptr;
    for (const Utterance& u : script.utterances) {
        if (u.role == Role::Title) headline = shown(u.written);
        if (u.role == Role::Intro) intro = &u;
    }
    // The opening is a chapter of its own when there is more to it than the headline: the intro, or
    // audio before the first word.
    const bool introAudio = !timeline.utterances.empty() && timeline.utterances.front().start_sample > 0;
    if (intro != nullptr || introAudio) chapters.push_back({intro != nullptr ? shown(intro->written) : headline, 0, 0});
    bool storyStarted = false;
    for (std::size_t i = 0; i < script.utterances.size(); ++i) {
        const Utterance& u = script.utterances[i];
        const long long start = ms(timeline.utterances[i].start_sample);
        switch (u.role) {
            case Role::Title:
            case Role::Intro:
                break;
            case Role::Heading:
                chapters.push_back({shown(u.written), start, 0});
                storyStarted = true;
                break;
            case Role::Outro:
                chapters.push_back({shown(u.written), start, 0});
                break;
            default:
                // The story's lead, before any heading: named by the headline.
                if (!storyStarted) chapters.push_back({headline, chapters.empty() ? 0 : start, 0});
                storyStarted = true;
        }
    }
    if (chapters.size() < 2) return {};
    for (std::size_t i = 0; i + 1 < chapters.size(); ++i) chapters[i].end_ms = chapters[i + 1].start_ms;
    chapters.back().end_ms = ms(timeline.total_samples);
    return chapters;
}

}  // namespace readcast
