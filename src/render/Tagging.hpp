#pragma once
// What a rendered file says about itself: its tags, from the article and the render. Publishing
// decisions (what the artist is when there is no byline, what the comment says) live here, not in
// the encoders, which only write what they are given.
//
//   AudioTags tags = tagsFor(article, "readcast 0.1.0");

#include <string>

#include "model/Article.hpp"
#include "model/AudioTags.hpp"

namespace readcast {

AudioTags tagsFor(const Article& article, const std::string& encoder);

}  // namespace readcast
