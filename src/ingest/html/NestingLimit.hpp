#pragma once
// Absurdly deep markup made shallow before it is parsed. gumbo's tree builder is quadratic in the depth
// of open elements (100 000 nested <div>s take 17 s), and a page whose text sits below a few hundred
// levels is not a page anyone wrote by hand. One linear pass counts the open elements (void elements,
// comments and raw text such as scripts taken into account, and the closings HTML implies for p, li,
// td...); beyond `max_depth` the tags themselves are dropped and their text kept, so the text reads as
// if it were at that depth (paragraphs, headings and scripts keep their tags). Pages that do not go
// past kFlattenAboveDepth are returned as they are.
//
//   std::string html = limitNesting(page, 300);

#include <cstddef>
#include <string>

namespace readcast {

inline constexpr std::size_t kMaxMarkupDepth = 300;
// A page is flattened only when its nesting goes past this (the depth below which the readers of the
// tree find text, kMaxHtmlDepth): ordinary pages are never changed.
inline constexpr std::size_t kFlattenAboveDepth = 400;

std::string limitNesting(const std::string& html, std::size_t max_depth = kMaxMarkupDepth);

}  // namespace readcast
