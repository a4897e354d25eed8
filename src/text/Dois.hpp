#pragma once
// A paper's DOI, "doi: 10.1016/j.micmed.2025.09.014", "https://doi.org/10.5555/apl.2025.0412": a registry's key no
// listener can use, in any language; it is left unsaid with its label, and its brackets when it stands alone in them.
//
//   withoutDois("The study (doi:10.1056/NEJMoa2401234) found", log)   // "The study found"
//
// So is a preprint's number on arXiv, "arXiv:2605.01234v2": the archive's name stays where the sentence names it.
//
//   withoutDois("the report (arXiv:2605.01234) says", log)   // "the report says"
//   withoutDois("posted to arXiv:2605.01234 on Monday", log)  // "posted to arXiv on Monday"
//
// And a file's hash, 32 hexadecimal figures or more ("SHA-256 hash 9f86d081…"), which no one reads out: the sentence keeps
// the word that names it.

#include <string>
#include <vector>

#include "model/Script.hpp"

namespace readcast {

std::string withoutDois(const std::string& text, std::vector<Rewrite>* log);

}  // namespace readcast
