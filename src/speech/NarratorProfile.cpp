#include "speech/NarratorProfile.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <toml++/toml.h>

#include "core/Ascii.hpp"
#include "core/Error.hpp"

namespace readcast {
namespace {

namespace fs = std::filesystem;

template <typename T>
T required(const toml::table& table, const std::string& key, const std::string& path) {
    const auto value = table[key].value<T>();
    if (!value) throw Error(ExitCode::Voice, path + ": '" + key + "' is missing or has the wrong type");
    return *value;
}

int inRange(const toml::table& table, const std::string& key, int fallback, int low, int high,
            const std::string& path) {
    const auto node = table[key];
    if (!node) return fallback;
    // An integer node only: toml++ would convert a float such as 1e201 to an integer, out of range.
    const toml::value<int64_t>* integer = node.as_integer();
    const std::optional<int64_t> value = integer != nullptr ? std::optional<int64_t>(integer->get()) : std::nullopt;
    if (!value || *value < low || *value > high) {
        throw Error(ExitCode::Voice,
                    path + ": '" + key + "' must be a whole number from " + std::to_string(low) + " to " + std::to_string(high));
    }
    return static_cast<int>(*value);
}

}  // namespace

std::string NarratorProfile::espeakName() const { return variant.empty() ? espeak_voice : espeak_voice + "+" + variant; }

std::string NarratorProfile::headingEspeakName() const {
    if (heading_espeak_voice.empty() && heading_variant.empty()) return "";
    const std::string voice = heading_espeak_voice.empty() ? espeak_voice : heading_espeak_voice;
    return heading_variant.empty() ? voice : voice + "+" + heading_variant;
}

NarratorProfile loadProfile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ExitCode::Voice, "cannot read narrator profile " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return parseProfile(text.str(), path);
}

NarratorProfile parseProfile(const std::string& text, const std::string& path) {
    toml::table table;
    try {
        table = toml::parse(text, path);
    } catch (const toml::parse_error& e) {
        throw Error(ExitCode::Voice, path + ":" + std::to_string(e.source().begin.line) + ": " +
                                         std::string(e.description()));
    }
    NarratorProfile p;
    p.name = fs::path(path).stem().string();
    p.description = table["description"].value_or(std::string());
    p.language = required<std::string>(table, "language", path);
    p.espeak_voice = required<std::string>(table, "espeak_voice", path);
    p.variant = table["variant"].value_or(std::string());
    p.heading_espeak_voice = table["heading_espeak_voice"].value_or(std::string());
    p.heading_variant = table["heading_variant"].value_or(std::string());
    p.default_for_language = table["default"].value_or(false);
    if (const toml::node* regions = table.get("regions")) {
        const toml::array* list = regions->as_array();
        if (list == nullptr) throw Error(ExitCode::Voice, path + ": regions must be a list of region codes, such as [\"GB\", \"IE\"]");
        for (const toml::node& r : *list) {
            const auto code = r.value<std::string>();
            if (!code || code->empty() || code->size() > 3) {
                throw Error(ExitCode::Voice, path + ": regions must be a list of region codes, such as [\"GB\", \"IE\"]");
            }
            p.regions.push_back(upperAscii(*code));
        }
    }
    p.settings.rate_wpm = inRange(table, "rate_wpm", p.settings.rate_wpm, VoiceSettings::kMinRateWpm,
                                  VoiceSettings::kMaxRateWpm, path);
    p.settings.pitch = inRange(table, "pitch", p.settings.pitch, VoiceSettings::kMinPitch, VoiceSettings::kMaxPitch, path);
    if (const toml::table* pauses = table["pauses"].as_table()) {
        p.pauses.title_ms = inRange(*pauses, "title_ms", p.pauses.title_ms, 0, Pauses::kMaxMs, path);
        p.pauses.heading_ms = inRange(*pauses, "heading_ms", p.pauses.heading_ms, 0, Pauses::kMaxMs, path);
        p.pauses.paragraph_ms = inRange(*pauses, "paragraph_ms", p.pauses.paragraph_ms, 0, Pauses::kMaxMs, path);
        p.pauses.sentence_ms = inRange(*pauses, "sentence_ms", p.pauses.sentence_ms, 0, Pauses::kMaxMs, path);
    }
    if (const toml::table* framing = table["framing"].as_table()) {
        for (const auto& [key, value] : *framing) {
            if (key != "intro" && key != "outro") {
                throw Error(ExitCode::Voice, path + ": [framing] has '" + std::string(key.str()) + "'; only intro and outro");
            }
            if (!value.is_string()) throw Error(ExitCode::Voice, path + ": [framing] " + std::string(key.str()) + " must be a string");
        }
        if (auto intro = (*framing)["intro"].value<std::string>()) p.intro_template = *intro;
        if (auto outro = (*framing)["outro"].value<std::string>()) p.outro_template = *outro;
    }
    return p;
}

std::vector<NarratorProfile> listProfiles(const std::string& voices_dir) {
    std::vector<NarratorProfile> profiles;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(voices_dir, ec)) {
        // framing.toml holds the spoken framing of every language, not a narrator.
        if (entry.path().extension() == ".toml" && entry.path().stem() != kFramingFile) {
            profiles.push_back(loadProfile(entry.path().string()));
        }
    }
    if (ec) throw Error(ExitCode::Voice, "cannot read voices folder " + voices_dir + ": " + ec.message());
    std::sort(profiles.begin(), profiles.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    return profiles;
}

std::optional<NarratorProfile> findProfile(const std::string& voices_dir, const std::string& name) {
    if (name.empty() || name.find('/') != std::string::npos || name == kFramingFile) return std::nullopt;
    const fs::path path = fs::path(voices_dir) / (name + ".toml");
    if (!fs::exists(path)) return std::nullopt;
    return loadProfile(path.string());
}

}  // namespace readcast
