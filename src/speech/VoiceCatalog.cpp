#include "speech/VoiceCatalog.hpp"

#include <algorithm>
#include <cstring>

#include "core/Error.hpp"
#include "speech/EspeakLibrary.hpp"

namespace readcast {
namespace {

// espeak_VOICE::languages is a list of (priority byte, NUL-terminated name), ended by an empty name.
std::string languageList(const char* languages) {
    std::string out;
    for (const char* p = languages; p != nullptr && *p != '\0';) {
        const char* name = p + 1;
        if (!out.empty()) out += ", ";
        out += name;
        p = name + std::strlen(name) + 1;
    }
    return out;
}

VoiceCatalog readInstalled() {
    // Only the data path is needed to list voices; no audio is set up.
    espeakLibrary().InitializePath(nullptr);
    std::vector<EspeakVoice> voices;
    for (const espeak_VOICE** v = espeakLibrary().ListVoices(nullptr); v != nullptr && *v != nullptr; ++v) {
        voices.push_back({(*v)->name, (*v)->identifier, languageList((*v)->languages)});
    }
    if (voices.empty()) {
        throw Error(ExitCode::Synthesis, "eSpeak NG has no voices: its data files were not found (espeak-ng-data)");
    }
    espeak_VOICE spec{};
    spec.languages = "variant";
    std::vector<std::string> variants;
    for (const espeak_VOICE** v = espeakLibrary().ListVoices(&spec); v != nullptr && *v != nullptr; ++v) {
        const std::string id = (*v)->identifier;
        const std::size_t slash = id.find_last_of('/');
        variants.push_back(slash == std::string::npos ? id : id.substr(slash + 1));
    }
    return VoiceCatalog(std::move(voices), std::move(variants));
}

}  // namespace

const VoiceCatalog& VoiceCatalog::installed() {
    static const VoiceCatalog catalog = readInstalled();
    return catalog;
}

VoiceCatalog::VoiceCatalog(std::vector<EspeakVoice> voices, std::vector<std::string> variants)
    : voices_(std::move(voices)), variants_(std::move(variants)) {}

namespace {

std::string firstLanguage(const EspeakVoice& v) { return v.languages.substr(0, v.languages.find(',')); }

std::string fileName(const EspeakVoice& v) {
    const std::size_t slash = v.identifier.find_last_of('/');
    return slash == std::string::npos ? v.identifier : v.identifier.substr(slash + 1);
}

}  // namespace

std::string VoiceCatalog::identifierOf(const std::string& name) const {
    const std::size_t plus = name.find('+');
    const std::string base = lowerAscii(name.substr(0, plus));
    const std::string variant = plus == std::string::npos ? "" : name.substr(plus + 1);
    if (!variant.empty() && std::find(variants_.begin(), variants_.end(), variant) == variants_.end()) return "";
    const EspeakVoice* found = nullptr;
    // Best first: the file itself, the voice's name, a voice whose own language is this one, then any
    // voice that speaks it.
    for (const EspeakVoice& v : voices_) {
        if (lowerAscii(v.identifier) == base || lowerAscii(fileName(v)) == base) found = found ? found : &v;
    }
    for (const EspeakVoice& v : voices_) {
        if (found == nullptr && (lowerAscii(v.name) == base || firstLanguage(v) == base)) found = &v;
    }
    for (const EspeakVoice& v : voices_) {
        if (found == nullptr && (", " + v.languages + ",").find(", " + base + ",") != std::string::npos) found = &v;
    }
    if (found == nullptr) return "";
    return variant.empty() ? found->identifier : found->identifier + "+" + variant;
}

std::string VoiceCatalog::languageOf(const std::string& name) const {
    const std::string id = identifierOf(name);
    const std::string base = id.substr(0, id.find('+'));
    for (const EspeakVoice& v : voices_) {
        if (v.identifier == base) return firstLanguage(v);
    }
    return "";
}

std::vector<std::string> VoiceCatalog::listedNames() const {
    std::vector<std::string> names;
    for (const EspeakVoice& v : voices_) {
        const std::string code = firstLanguage(v);
        const bool taken = std::find(names.begin(), names.end(), code) != names.end() || identifierOf(code) != v.identifier;
        names.push_back(taken ? v.identifier : code);
    }
    return names;
}

}  // namespace readcast
