#pragma once
// The country of a Spanish text that does not say it, from the places, the people and the institutions it
// names most. A Mexican story's "$1,284" is pesos with a comma between thousands, an Argentine one's
// "$ 828.158" pesos too, both read by the Americas' voice; a story from the United States keeps its dollar. A
// text that names no country clearly more than the others (Spain and the United States included) keeps its
// language alone. (French is left to the page's address: Geneva and Brussels are in too many stories written
// in Paris.)
//
//   withStoryCountry("es", "En Buenos Aires, la inflación … el Gobierno argentino … en Argentina")  // "es-AR"

#include <string>

namespace readcast {

// `language` with the region `text` is about, when it is Spanish with no region; else as it is.
std::string withStoryCountry(const std::string& language, const std::string& text);

}  // namespace readcast
