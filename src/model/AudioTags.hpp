#pragma once
// The tags written into every output file, whatever its format. What goes into them is decided by the
// render stage (render/Tagging); the encoders only write them.

#include <string>

namespace readcast {

struct AudioTags {
    std::string title;     // the headline
    std::string artist;    // byline, else publication, else "readcast"
    std::string album;     // publication
    std::string date;      // ISO 8601 date of publication
    std::string comment;
    std::string url;       // the article's address, when known (ID3 WOAS)
    std::string language;  // ISO 639-2 code ("eng"), as ID3 wants
    std::string genre = "Speech";
    std::string encoder;   // "readcast 0.1.0"
    long long length_ms = -1;  // duration (ID3 TLEN), -1 until known
};

}  // namespace readcast
