#pragma once
// Ukrainian's signs said as its words, which eSpeak NG's Ukrainian voice leaves unsaid ("$", "€") or says in English
// ("%" as "percent"): the percent sign and a currency's sign before its figure, each noun agreeing with the figure as
// Ukrainian counts (1 відсоток, 2–4 відсотки, 5 and on and 11–14 відсотків, a fraction відсотка), the currency after a
// magnitude in the genitive plural; an exchange rate's "грн/$", "hryvnias to the dollar".
//
//   withUkrainianSignsSaid("ставка 13%, понад $26 млрд", log)   // "ставка 13 відсотків, понад 26 млрд доларів"

#include <string>
#include <vector>

#include "text/Normalizer.hpp"

namespace readcast {

std::string withUkrainianSignsSaid(const std::string& text, std::vector<Rewrite>* log);

}  // namespace readcast
