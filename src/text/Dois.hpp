#pragma once
// A paper's DOI, "doi: 10.1016/j.micmed.2025.09.014", "https://doi.org/10.5555/apl.2025.0412": a registry's key no
// listener can use, in any language; it is left unsaid with its label, and its brackets when it stands alone in them.
//
//   withoutDois("The study (doi:10.1056/NEJMoa2401234) found", log)   // "The study found"

#include <string>
#include <vector>

#include "model/Script.hpp"

namespace readcast {

std::string withoutDois(const std::string& text, std::vector<Rewrite>* log);

}  // namespace readcast
