#pragma once
// Plain text, usually copy-pasted from a news site with leftover markup: one paragraph a line, or
// hard-wrapped paragraphs between blank lines; Markdown images and links, HTML tags and entities.
//
//   std::string printedTitle;
//   std::vector<RawBlock> raw = textBlocks(input.bytes, printedTitle);
//
// A page printed to PDF names its title in the margins the copy keeps ("11/2/25, 4:18 PM <title>"):
// `printedTitle` is set to it, for the headline to be found by it.

#include <string>
#include <vector>

#include "ingest/ArticleAssembler.hpp"

namespace readcast {

std::vector<RawBlock> textBlocks(const std::string& text, std::string& printedTitle);

}  // namespace readcast
