#pragma once
// The parts of a story a page folds away behind a "Read more" button: "<button aria-expanded="false" aria-controls="more-1">Read
// more</button><div id="more-1" hidden>…</div>", or the hidden box right after such a button ("Mehr lesen", "Lire la suite").
// The page serves them whole and shows them at a click; the story goes on in them, and they are read. Only boxes that hold
// paragraphs: a folded menu holds links.
//
//   for (const GumboNode* part : collapsedParts(doc.root())) doc.reveal(part);

#include <gumbo.h>

#include <vector>

namespace readcast {

std::vector<const GumboNode*> collapsedParts(const GumboNode* root);

}  // namespace readcast
