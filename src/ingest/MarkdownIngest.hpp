#pragma once
// Markdown through md4c (CommonMark with GitHub tables): headings, paragraphs, block quotes, list
// items and table rows become raw blocks; images keep their alt text so the caption under them can
// be recognised; code blocks and raw HTML blocks are not narrated. A YAML front matter block
// (title, author, date, site, lang) fills the metadata.
//
//   Article a;
//   std::vector<RawBlock> raw = markdownBlocks(input.bytes, a);   // a.title etc. from front matter

#include <string>
#include <vector>

#include "ingest/ArticleAssembler.hpp"

namespace readcast {

std::vector<RawBlock> markdownBlocks(const std::string& markdown, Article& article);

}  // namespace readcast
