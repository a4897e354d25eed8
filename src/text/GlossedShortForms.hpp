#pragma once
// A short form in brackets right after the words it stands for, as copy in languages other than English writes it
// for the reader's eye: "Undang-Undang (UU)", "efectivo anual (E. A.)", "pontos percentuais (p.p.)",
// "per kilowattime (kWh)", "por metro quadrado (m2)". Once normalized it is said again ("undang-undang, undang-undang",
// "kilowattime, kå dobbeltve hå"); a newsreader gives the words once. An initialism goes only when the lexicon says
// it as the words anyway (where it is used again too); one said as letters, "Instituto Nacional de Estatística
// (INE)", stays, as the name the story uses later. (English has its own: english/Initialisms.)
//
//   withoutGlossedShortForms("di bawah 2 hektare (ha).", &lexicon, log)   // "di bawah 2 hektare."

#include <string>
#include <vector>

#include "text/Normalizer.hpp"

namespace readcast {

class Lexicon;
std::string withoutGlossedShortForms(const std::string& text, const Lexicon* lexicon, std::vector<Rewrite>* log);

}  // namespace readcast
