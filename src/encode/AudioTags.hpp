#pragma once
// The tags written into every output file, whatever its format.
//
//   AudioTags tags = tagsFor(article, "readcast 0.1.0");

#include <string>

#include "ingest/Article.hpp"

namespace readcast {

struct AudioTags {
    std::string title;     // the headline
    std::string artist;    // byline, else publication, else "readcast"
    std::string album;     // publication
    std::string date;      // ISO 8601 date of publication
    std::string comment;   // "Read by AI (eSpeak NG) from <source>"
    std::string url;       // the article's address, when known (ID3 WOAS)
    std::string language;  // ISO 639-2 code ("eng"), as ID3 wants
    std::string genre = "Speech";
    std::string encoder;   // "readcast 0.1.0"
};

AudioTags tagsFor(const Article& article, const std::string& encoder);

}  // namespace readcast
