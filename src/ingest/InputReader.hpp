#pragma once
// Reads an article's bytes from a file or stdin ("-") and checks that they can be an article: not
// empty, not binary. Text and Markdown must then be UTF-8 (validateText); HTML declares its own
// encoding (Charset.hpp).
//
//   Input in = readInput("story.txt");   // throws Error(ExitCode::Input, "story.txt: ...")

#include <string>

namespace readcast {

struct Input {
    std::string name;   // path as given, or "-"
    std::string bytes;  // as read
};

Input readInput(const std::string& path);

// Not empty, not binary. Throws Error naming `name`.
void checkNotEmptyOrBinary(const std::string& name, const std::string& bytes);

// checkNotEmptyOrBinary, then valid UTF-8; drops a byte-order mark and makes line ends "\n".
std::string validateText(const std::string& name, std::string bytes);

}  // namespace readcast
