#pragma once
// A review's star rating set beside its headline, outside the body the finder chose: a row of star signs
// ("★★★★☆" in spans of a "star-rating" box) or icons labelled for screen readers ("4 out of 5 stars"). It is the
// review's verdict: read after the headline, as the page shows it.
//
//   ratingBesideHeadline(root, bodyStart, blocks)   // a block "★★★★☆", or none

#include <optional>
#include <vector>

#include "ingest/ArticleAssembler.hpp"
#include "ingest/html/HtmlDom.hpp"

namespace readcast {

// The rating between the page's headline (its first <h1>) and `bodyStart`, the offset of the body's first block; none
// when the body already gives one or the page has no headline.
std::optional<RawBlock> ratingBesideHeadline(const GumboNode* root, std::size_t bodyStart, const std::vector<RawBlock>& blocks);

}  // namespace readcast
