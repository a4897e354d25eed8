#pragma once
// Catalan figures eSpeak NG misreads: a clock with its "h" ("12.30 h" "dotze punt trenta hac"), an ordinal's letters
// after its figure ("2n" "dos ena"), and the article elided before one ("l'1 de març" "ela u"). A newsreader says:
//
//   withCatalanFiguresSaid("a les 12.30 h", log)        // "a les 12 i 30"
//   withCatalanFiguresSaid("de 8 a 20 h", log)          // "de 8 a 20 hores"
//   withCatalanFiguresSaid("el 2n semestre", log)       // "el segon semestre"
//   withCatalanFiguresSaid("la 5a edició", log)         // "la cinquena edició"
//   withCatalanFiguresSaid("l'1 de març", log)          // "l'u de març"; "el 1 de març" the same

#include <string>
#include <vector>

#include "model/Script.hpp"

namespace readcast {

std::string withCatalanFiguresSaid(const std::string& text, std::vector<Rewrite>* log);

}  // namespace readcast
