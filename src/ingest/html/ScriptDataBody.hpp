#pragma once
// A story a page renders with its scripts, whose text the page holds only in the data it hands them: a Next.js page's
// "__NEXT_DATA__", a Nuxt page's state, any <script type="application/json">. Its body is a list of blocks, each a
// type and its text ({"type": "paragraph", "html": "…"}), among the page's other data; the longest such list is the
// story, its paragraphs and headings read, its advertisements, quotes and teasers ("ad", "quote", "related") not.
//
//   scriptDataBody(root)  // "<p>Die Deutsche Bahn …</p><p>Kern des Abschlusses …</p>", or "" where there is none

#include <gumbo.h>

#include <string>

namespace readcast {

// The body as markup, its blocks' text as the data gives it (HTML or plain); "" when the page's data holds no list of
// three paragraphs at least.
std::string scriptDataBody(const GumboNode* root);

}  // namespace readcast
