#pragma once
// An email or a web address in running text, said as a newsreader of the text's language says it:
// "redaktion@zeitung.de" is "redaktion at zeitung Punkt de" in German, "redaktion arobase zeitung point
// de" in French. eSpeak NG would spell the domain ("F R") or run the parts together.
//
//   spokenAddressAt("contact@lemonde.fr", 0, {"point", "arobase"}, spoken)   // 18; "contact arobase lemonde point fr"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/Script.hpp"

namespace readcast {

struct AddressWords {
    std::string_view dot;  // "Punkt", "point", "punto", "ponto"
    std::string_view at;   // "at", "arobase", "arroba", "chiocciola"
};

// When an address whose last part is a known top-level domain starts at `i` (in lower case), sets
// `spoken` and returns where it ends; otherwise returns `i`.
std::size_t spokenAddressAt(const std::string& text, std::size_t i, const AddressWords& words, std::string& spoken);

// The same in a language's rules: appends the spoken address to `out`, logs the rewrite ("url") and
// returns where the address ends; `i` (nothing appended) when none starts there.
std::size_t appendSpokenAddress(const std::string& text, std::size_t i, const AddressWords& words, std::string& out,
                                std::vector<Rewrite>* log);

}  // namespace readcast
