#pragma once
// Plain text, usually copy-pasted from a news site with leftover markup: one paragraph a line, or
// hard-wrapped paragraphs between blank lines; Markdown images and links, HTML tags and entities.
//
//   std::vector<RawBlock> raw = textBlocks(input.bytes);

#include <string>
#include <vector>

#include "ingest/ArticleAssembler.hpp"

namespace readcast {

std::vector<RawBlock> textBlocks(const std::string& text);

}  // namespace readcast
