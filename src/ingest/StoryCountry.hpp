#pragma once
// The country of a Spanish or French text that does not say it, from the places and the people it names
// most. A Mexican story's "$1,284" is pesos with a comma between thousands, an Argentine one's "$ 828.158"
// pesos too, and both are read by the Americas' voice; a Belgian or Swiss story says "septante". A text
// that names no country clearly more than the others (Spain's or France's included) keeps its language
// alone.
//
//   withStoryCountry("es", "En Buenos Aires, la inflación … el Gobierno argentino … en Argentina")  // "es-AR"
//   withStoryCountry("fr", "À Genève, le Conseil d'État vaudois … en Suisse")                         // "fr-CH"

#include <string>

namespace readcast {

// `language` with the region `text` is about, when it is Spanish or French with no region; else as it is.
std::string withStoryCountry(const std::string& language, const std::string& text);

}  // namespace readcast
