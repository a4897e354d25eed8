#pragma once
// A saved web page -> Article: decode its charset, parse it with gumbo, read its metadata, find the
// article body, and turn it into blocks.
//
//   Article a;
//   a.source = "page.html";
//   readHtmlArticle(bytes, a);

#include <string>

#include "model/Article.hpp"

namespace readcast {

void readHtmlArticle(const std::string& bytes, Article& article);

}  // namespace readcast
