#pragma once
// Whether a page holds only the start of its story: the rest kept for subscribers and not served, where readcast reads
// what the page holds and says so. The evidence is the page's own: the length its JSON-LD declares ("wordCount") twice
// the words read or more, or a paywall's prompt shown after the last words read of a short story the JSON-LD marks not
// free ("isAccessibleForFree": false) or in the story's own box, with no hidden part of the story left to show. (A meter's count
// at the top of the page, "2 free articles left", or a note over the story, "free for subscribers", cuts nothing.)
//
//   isCutShort(root, jsonLdScripts(root), finder, selection.roots, shownParts, {wordsRead, lastOffset})

#include <gumbo.h>
#include <nlohmann/json.hpp>

#include <cstddef>
#include <vector>

#include "ingest/html/ContentFinder.hpp"

namespace readcast {

// What was read of the story: its words, and where its last block stands in the page.
struct StoryRead {
    std::size_t words = 0;
    std::size_t last_offset = 0;
};

// `story`: the elements the story was read from; `shownParts`: the paywalled parts the page declares and readcast showed;
// `jsonLd`: the page's JSON-LD, parsed (JsonLdScripts.hpp).
bool isCutShort(const GumboNode* root, const std::vector<nlohmann::json>& jsonLd, const ContentFinder& finder, const std::vector<const GumboNode*>& story,
                const std::vector<const GumboNode*>& shownParts, StoryRead read);

// Whether the page is the first of a story set out on several ("Page 1 of 3"), as its <link rel="next"> says: the next
// page's address is the story's own with a page's number ("?page=2", "…-2,8812345.html"), not another story's, as a blog
// links the post after it.
bool isFirstOfPages(const GumboNode* root, const std::string& ownUrl);

}  // namespace readcast
