#pragma once
// The notes a newsroom sets beside a story, outside the element that holds its text: an update's box under the byline
// ("Actualización 20/09/2024, 10:25 h: … elevó a 37 el número de municipios"), a correction after the last paragraph
// ("Correction: An earlier version of this story …"). They are the story's own newest facts, and a listener hears them
// where the page shows them.
//
//   for (const GumboNode* note : notesBesideStory(selection.roots, finder)) …

#include <gumbo.h>

#include <vector>

#include "ingest/html/ContentFinder.hpp"

namespace readcast {

// The elements beside the story's (its siblings) that open on an update's or a correction's label and a colon, marked as a
// note by their class or id, a few sentences long, shown and with no link away, in document order.
std::vector<const GumboNode*> notesBesideStory(const std::vector<const GumboNode*>& story, const ContentFinder& finder);

}  // namespace readcast
