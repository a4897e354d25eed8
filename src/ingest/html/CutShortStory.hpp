#pragma once
// Whether a page holds only the start of its story: the rest kept for subscribers and not served, where readcast reads
// what the page holds and says so. The evidence is the page's own: the length its JSON-LD declares ("wordCount") well
// beyond the words read, or a paywall's prompt shown on a story the JSON-LD marks not free ("isAccessibleForFree": false)
// or in the story's own box, with no hidden part of the story left to show.
//
//   isCutShort(root, finder, selection.roots, shownParts, wordsRead)

#include <gumbo.h>

#include <cstddef>
#include <vector>

#include "ingest/html/ContentFinder.hpp"

namespace readcast {

// `story`: the elements the story was read from; `shownParts`: the paywalled parts the page declares and readcast showed.
bool isCutShort(const GumboNode* root, const ContentFinder& finder, const std::vector<const GumboNode*>& story,
                const std::vector<const GumboNode*>& shownParts, std::size_t wordsRead);

}  // namespace readcast
