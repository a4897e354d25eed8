#pragma once
// The chosen content elements -> raw blocks in reading order: headings, paragraphs, block quotes,
// list items, table rows, figure captions and credits. Furniture inside the article (share bars,
// "related" boxes, link lists, forms) is cleaned out on the way, by class hints and by shape:
// a block that is mostly links, or has more list items or images than prose, is not the article.
//
//   std::vector<RawBlock> raw = htmlBlocks(selection.roots, finder);

#include <vector>

#include "ingest/ArticleAssembler.hpp"
#include "ingest/html/ContentFinder.hpp"

namespace readcast {

std::vector<RawBlock> htmlBlocks(const std::vector<const GumboNode*>& roots, const ContentFinder& finder);

}  // namespace readcast
