#pragma once
// What is said around the article: an intro after the headline and an outro after the story, as
// templates. Placeholders: {author}, {agency}, {date} (published), {updated} (only when no publication
// date is known), {site}, {title}. A sentence of a template whose placeholder has no value is left out;
// an empty template says nothing.
//
//   Framing f{"By {author}. Published {date}.", "This audio report was read by a synthetic voice."};

#include <string>

namespace readcast {

struct Framing {
    std::string intro;
    std::string outro;
    // How the day of a {date} is said where the language writes it as a number with a dot ("8. April"):
    // an ICU spell-out rule set ("%spellout-ordinal-n" gives German "am achten April"). Empty: the
    // date as ICU writes it.
    std::string day_rule;
};

// English, as voices/framing.toml ships it: what is said when nothing else is configured.
inline Framing englishFraming() {
    return {"By {author}. From {agency}. Published {date}. Updated {updated}.",
            "This audio report was read by a synthetic voice.", ""};
}

}  // namespace readcast
