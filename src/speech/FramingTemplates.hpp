#pragma once
// The spoken framing for an article: voices/framing.toml's templates for its language, replaced by the
// narrator profile's own [framing] where it has one. A language with no templates gets the English
// outro (the listener must still be told the voice is synthetic) and no intro, with a warning.
//
//   std::string warning;
//   Framing f = framingFor("voices", "fr", profile, &warning);

#include <string>

#include "model/Framing.hpp"
#include "speech/NarratorProfile.hpp"

namespace readcast {

Framing framingFor(const std::string& voices_dir, const std::string& language, const NarratorProfile& profile,
                   std::string* warning);

}  // namespace readcast
