#pragma once
// The tags written into every output file, whatever its format. What goes into them is decided by the
// render stage (render/Tagging); the encoders only write them.

#include <string>
#include <vector>

namespace readcast {

// A chapter of the audio: where it starts and ends, and what a player shows for it. Level 1 chapters
// are inside the level 0 chapter before them (an edition's articles are level 0, their headings level 1).
struct ChapterMark {
    std::string title;
    long long start_ms = 0;
    long long end_ms = 0;
    int level = 0;
};

struct AudioTags {
    std::string title;     // the headline
    std::string artist;    // byline, else publication, else "readcast"
    std::string album;     // publication
    std::string date;      // ISO 8601 date of publication
    std::string comment;
    std::string url;       // the article's address, when known (ID3 WOAS)
    std::string language;  // ISO 639-2 code ("eng"), as ID3 wants
    std::string genre = "Podcast";
    std::string track;     // "3" or "3/12"
    std::string encoder;   // "readcast 0.1.0"
    long long length_ms = -1;  // duration (ID3 TLEN), -1 until known
    std::vector<ChapterMark> chapters;
    std::string cover;          // the image's bytes (JPEG or PNG), empty for none
    std::string cover_mime;     // "image/jpeg" or "image/png"
};

}  // namespace readcast
