#include "sidecar/Transcripts.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <utility>

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

std::string cueText(const Utterance& u) {
    std::string t = u.written.empty() ? u.text : u.written;
    for (char& c : t) {
        if (c == '\n' || c == '\r') c = ' ';
    }
    return t;
}

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
    // Written mark by mark, as nlohmann::json::dump(1) lays an array of objects out (keys in order), and
    // not built as a document first: a long article has hundreds of thousands of marks.
    std::string out = "[";
    const auto mark = [&](long long time, const char* type, std::size_t start, std::size_t end, const std::string& value) {
        out += out.size() == 1 ? "\n" : ",\n";
        out += " {\n  \"end\": " + std::to_string(end) + ",\n  \"start\": " + std::to_string(start) + ",\n  \"time\": " +
               std::to_string(time) + ",\n  \"type\": \"" + type + "\",\n  \"value\": " +
               nlohmann::json(value).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n }";
    };
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < script.utterances.size() && i < timeline.utterances.size(); ++i) {
        const Utterance& u = script.utterances[i];
        const UtteranceTiming& t = timeline.utterances[i];
        mark(millis(t.start_sample, timeline.sample_rate_hz), "sentence", lineStart, lineStart + u.text.size(), u.text);
        for (const WordTiming& w : t.words) {
            if (w.offset + w.length > u.text.size() || w.length == 0) continue;
            mark(millis(w.start_sample, timeline.sample_rate_hz), "word", lineStart + w.offset, lineStart + w.offset + w.length,
                 u.text.substr(w.offset, w.length));
        }
        lineStart += u.text.size() + 1;  // and its newline
    }
    out += out.size() == 1 ? "]\n" : "\n]\n";
    return out;
}

namespace {

// "01:02:03.456" or "02:03.456" to seconds; negative when it is neither.
double vttSeconds(const std::string& t) {
    int h = 0, m = 0, sec = 0, ms = 0;
    char tail = 0;
    if (std::sscanf(t.c_str(), "%d:%d:%d.%3d%c", &h, &m, &sec, &ms, &tail) == 4) return h * 3600.0 + m * 60.0 + sec + ms / 1000.0;
    if (std::sscanf(t.c_str(), "%d:%d.%3d%c", &m, &sec, &ms, &tail) == 3) return m * 60.0 + sec + ms / 1000.0;
    return -1;
}

std::string vttUnescaped(const std::string& text) {
    static const std::pair<const char*, const char*> kEntities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&nbsp;", "\u00A0"}, {"&lrm;", "\u200E"}, {"&rlm;", "\u200F"}, {"&amp;", "&"}};
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        bool replaced = false;
        if (text[i] == '&') {
            for (const auto& [entity, character] : kEntities) {
                if (text.compare(i, std::strlen(entity), entity) == 0) {
                    out += character;
                    i += std::strlen(entity);
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced) out += text[i++];
    }
    return out;
}

}  // namespace

std::vector<TimedCue> readWebVtt(const std::string& vtt) {
    std::vector<TimedCue> cues;
    std::vector<std::string> lines;
    std::size_t pos = 0;
    while (pos <= vtt.size()) {
        std::size_t eol = vtt.find('\n', pos);
        if (eol == std::string::npos) eol = vtt.size();
        std::string line = vtt.substr(pos, eol - pos);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(line);
        pos = eol + 1;
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::size_t arrow = lines[i].find(" --> ");
        if (arrow == std::string::npos) continue;
        const std::string from = lines[i].substr(0, arrow);
        std::string to = lines[i].substr(arrow + 5);
        to = to.substr(0, to.find(' '));  // cue settings follow the end time
        TimedCue cue;
        cue.start_s = vttSeconds(from);
        cue.end_s = vttSeconds(to);
        if (cue.start_s < 0 || cue.end_s < cue.start_s) continue;
        for (++i; i < lines.size() && !lines[i].empty(); ++i) {
            if (!cue.text.empty()) cue.text += ' ';
            cue.text += vttUnescaped(lines[i]);
        }
        cues.push_back(std::move(cue));
    }
    return cues;
}

}  // namespace readcast
