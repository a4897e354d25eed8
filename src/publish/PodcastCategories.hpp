#pragma once
// Apple Podcasts' categories and subcategories, as its podcast directory lists them: a feed may use
// these and no other. "News", "News/Daily News" and "News > Daily News" name the same choice.
//
//   auto c = podcastCategory("news/daily news");   // {"News", "Daily News"}, spelled as Apple does
//   podcastCategory("Breaking")                    // empty

#include <optional>
#include <string>

namespace readcast {

struct PodcastCategory {
    std::string category;
    std::string subcategory;  // empty for a top-level category alone
};

std::optional<PodcastCategory> podcastCategory(const std::string& name);

// Every category, one a line ("News", "News/Daily News", ...), for an error message or --help.
std::string podcastCategoryList();

}  // namespace readcast
