#include "render/ChapterList.hpp"

#include <cmath>

namespace readcast {
namespace {

// Chapter titles are what the page says, without the full stop the script adds to be read.
std::string shown(std::string title) {
    if (!title.empty() && title.back() == '.') title.pop_back();
    return title;
}

long long millis(std::int64_t sample, int rate) {
    return static_cast<long long>(std::llround(static_cast<double>(sample) * 1000.0 / rate));
}

void closeChapters(std::vector<ChapterMark>& chapters, const Timeline& timeline) {
    // A chapter ends where the next one of its level or above starts; the last ones at the end.
    for (std::size_t i = 0; i < chapters.size(); ++i) {
        chapters[i].end_ms = millis(timeline.total_samples, timeline.sample_rate_hz);
        for (std::size_t j = i + 1; j < chapters.size(); ++j) {
            if (chapters[j].level <= chapters[i].level) {
                chapters[i].end_ms = chapters[j].start_ms;
                break;
            }
        }
    }
}

// Many stories in one narration (an edition): each headline a chapter, each of its headings a chapter
// inside it; what comes before the first headline (the edition's opening) and the closing are chapters
// of their own.
std::vector<ChapterMark> editionChapters(const Script& script, const Timeline& timeline) {
    std::vector<ChapterMark> chapters;
    bool inStory = false;
    for (std::size_t i = 0; i < script.utterances.size(); ++i) {
        const Utterance& u = script.utterances[i];
        const long long start = millis(timeline.utterances[i].start_sample, timeline.sample_rate_hz);
        if (u.continues) continue;  // the rest of a long headline or heading: in the chapter it started
        if (u.role == Role::Title) {
            chapters.push_back({shown(u.written), chapters.empty() ? 0 : start, 0, 0});
            inStory = true;
        } else if (u.role == Role::Heading && inStory) {
            chapters.push_back({shown(u.written), start, 0, 1});
        } else if (u.role == Role::Outro) {
            if (inStory || chapters.empty()) chapters.push_back({shown(u.written), start, 0, 0});
            inStory = false;
        } else if (!inStory && chapters.empty()) {
            chapters.push_back({shown(u.written), 0, 0, 0});
        }
    }
    closeChapters(chapters, timeline);
    return chapters;
}

}  // namespace

std::vector<ChapterMark> chaptersOf(const Script& script, const Timeline& timeline) {
    std::vector<ChapterMark> chapters;
    if (timeline.sample_rate_hz <= 0 || timeline.utterances.size() != script.utterances.size()) return chapters;
    const auto ms = [&](std::int64_t sample) {
        return static_cast<long long>(std::llround(static_cast<double>(sample) * 1000.0 / timeline.sample_rate_hz));
    };
    if (script.many_stories) {
        return editionChapters(script, timeline);
    }
    std::string headline = "Story";
    const Utterance* intro = nullptr;
    for (const Utterance& u : script.utterances) {
        if (u.role == Role::Title && !u.continues) headline = shown(u.written);
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
        if (u.continues) continue;  // the rest of a long heading: in the chapter it started
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
    closeChapters(chapters, timeline);
    return chapters;
}

}  // namespace readcast
