#pragma once
// Brazil or Portugal for a Portuguese text that does not say which: its spelling ("econômico" against
// "económico"), its words ("equipe", "ônibus", "celular" against "equipa", "autocarro", "telemóvel") and
// its money ("R$" against "€"). A Brazilian story read with Portugal's voice and numbers ("dezasseis" for
// "dezesseis") sounds foreign to its listeners; a text that shows neither keeps plain "pt" (Portugal).
//
//   withPortugueseRegion("pt", "O time venceu por 2 a 1 e o ônibus … R$ 4 bilhões")  // "pt-BR"

#include <string>

namespace readcast {

// `language` with Brazil's region when it is Portuguese with no region and `text` is clearly Brazilian.
std::string withPortugueseRegion(const std::string& language, const std::string& text);

}  // namespace readcast
