#pragma once
// Reads an article's bytes from a file or stdin ("-") and checks that they are text we can narrate:
// not empty, not binary, valid UTF-8. A UTF-8 byte-order mark is dropped and line ends become "\n".
//
//   Input in = readInput("story.txt");   // throws Error(ExitCode::Input, "story.txt: ...")

#include <string>

namespace readcast {

struct Input {
    std::string name;   // path as given, or "-"
    std::string bytes;  // validated UTF-8 with "\n" line ends
};

Input readInput(const std::string& path);

// The checks readInput applies, for bytes that came from elsewhere. Throws Error naming `name`.
std::string validateText(const std::string& name, std::string bytes);

}  // namespace readcast
