#include "sidecar/Transcripts.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>

namespace readcast {
namespace {

long long millis(std::int64_t sample, int rate) {
    return rate > 0 ? static_cast<long long>(std::llround(static_cast<double>(sample) * 1000.0 / rate)) : 0;
}

std::string clock(long long ms, char fractionSeparator) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld%c%03lld", ms / 3600000, ms / 60000 % 60, ms / 1000 % 60,
                  fractionSeparator, ms % 1000);
    return buf;
}

// One line of cue text: what the article wrote, line breaks folded.
std::string cueText(const Utterance& u) {
    std::string t = u.written.empty() ? u.text : u.written;
    for (char& c : t) {
        if (c == '\n' || c == '\r') c = ' ';
    }
    return t;
}

// WebVTT cue text may not hold "<", "&" or "-->" as they are.
std::string vttEscaped(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else out += c;
    }
    return out;
}

template <typename Cue>
void eachCue(const Script& script, const Timeline& timeline, Cue cue) {
    int number = 0;
    for (std::size_t i = 0; i < script.utterances.size() && i < timeline.utterances.size(); ++i) {
        const UtteranceTiming& t = timeline.utterances[i];
        if (t.end_sample <= t.start_sample) continue;  // nothing was heard
        cue(++number, millis(t.start_sample, timeline.sample_rate_hz), millis(t.end_sample, timeline.sample_rate_hz),
            cueText(script.utterances[i]));
    }
}

}  // namespace

std::string webVtt(const Script& script, const Timeline& timeline) {
    std::string out = "WEBVTT\n";
    eachCue(script, timeline, [&](int n, long long from, long long to, const std::string& text) {
        out += "\n" + std::to_string(n) + "\n" + clock(from, '.') + " --> " + clock(to, '.') + "\n" + vttEscaped(text) + "\n";
    });
    return out;
}

std::string subRip(const Script& script, const Timeline& timeline) {
    std::string out;
    eachCue(script, timeline, [&](int n, long long from, long long to, const std::string& text) {
        out += (n > 1 ? "\n" : "") + std::to_string(n) + "\n" + clock(from, ',') + " --> " + clock(to, ',') + "\n" + text + "\n";
    });
    return out;
}

std::string speechMarks(const Script& script, const Timeline& timeline) {
    nlohmann::json marks = nlohmann::json::array();
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < script.utterances.size() && i < timeline.utterances.size(); ++i) {
        const Utterance& u = script.utterances[i];
        const UtteranceTiming& t = timeline.utterances[i];
        marks.push_back({{"time", millis(t.start_sample, timeline.sample_rate_hz)},
                         {"type", "sentence"},
                         {"start", lineStart},
                         {"end", lineStart + u.text.size()},
                         {"value", u.text}});
        for (const WordTiming& w : t.words) {
            if (w.offset + w.length > u.text.size() || w.length == 0) continue;
            marks.push_back({{"time", millis(w.start_sample, timeline.sample_rate_hz)},
                             {"type", "word"},
                             {"start", lineStart + w.offset},
                             {"end", lineStart + w.offset + w.length},
                             {"value", u.text.substr(w.offset, w.length)}});
        }
        lineStart += u.text.size() + 1;  // and its newline
    }
    return marks.dump(1) + "\n";
}

}  // namespace readcast
