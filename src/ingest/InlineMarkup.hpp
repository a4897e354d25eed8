#pragma once
// Leftover web markup inside a line of text: Markdown images and links, HTML tags and entities,
// emphasis markers. Hand-written scanners rather than std::regex, which recurses per character and
// overflows the stack on long lines.
//
//   std::vector<Image> images;
//   std::string text = takeImages("![A soldier](http://x/a.jpg) Caption", images);  // " Caption"
//   text = stripInlineMarkup("<b>Seoul</b> &amp; [Tokyo](http://t)");             // "Seoul & Tokyo"

#include <string>
#include <vector>

#include "core/Text.hpp"

namespace readcast {

struct Image {
    std::string alt;
    std::string url;
};

// Removes every Markdown image `![alt](url)` from `line`, appending them to `images`.
std::string takeImages(const std::string& line, std::vector<Image>& images);

// Links become their text, HTML tags go, entities are decoded, emphasis markers and backticks go,
// and runs of whitespace collapse to one space. The result is trimmed.
std::string stripInlineMarkup(const std::string& text);

// A note-taking app's block id at a paragraph's end, Obsidian's and Logseq's " ^a3f91c", goes: it names the
// paragraph for links, it is not its text.
std::string withoutBlockId(std::string text);

// A trailing photo credit in square brackets, "... army. [SPRAVDI/YONHAP]": splits it off.
// Returns true and fills `body` and `credit` when `text` ends with one.
bool splitTrailingCredit(const std::string& text, std::string& body, std::string& credit);

}  // namespace readcast
