#include "speech/FramingTemplates.hpp"

#include <filesystem>
#include <toml++/toml.h>

#include "core/Error.hpp"
#include "core/LanguageTag.hpp"

namespace readcast {

Framing framingFor(const std::string& voices_dir, const std::string& language, const NarratorProfile& profile,
                   std::string* warning) {
    Framing framing = englishFraming();
    const std::string lang = primaryLanguage(language);
    const std::filesystem::path path = std::filesystem::path(voices_dir) / (std::string(kFramingFile) + ".toml");
    bool found = lang == "en";
    if (std::filesystem::exists(path)) {
        toml::table table;
        try {
            table = toml::parse_file(path.string());
        } catch (const toml::parse_error& e) {
            throw Error(ExitCode::Voice, path.string() + ":" + std::to_string(e.source().begin.line) + ": " +
                                             std::string(e.description()));
        }
        if (const toml::table* entry = table[lang].as_table()) {
            const auto intro = (*entry)["intro"].value<std::string>();
            const auto outro = (*entry)["outro"].value<std::string>();
            if (!intro || !outro) {
                throw Error(ExitCode::Voice, path.string() + ": [" + lang + "] needs an intro and an outro (\"\" for none)");
            }
            framing = {*intro, *outro, (*entry)["day"].value<std::string>().value_or("")};
            found = true;
        }
    }
    if (!found) {
        framing.intro.clear();
        if (warning != nullptr) {
            *warning = "no spoken framing for " + languageName(language) + " in " + path.string() +
                       ": no intro, and the closing disclosure is said in English";
        }
    }
    if (profile.intro_template) framing.intro = *profile.intro_template;
    if (profile.outro_template) framing.outro = *profile.outro_template;
    return framing;
}

}  // namespace readcast
