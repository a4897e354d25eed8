#pragma once
// Reads an article's bytes from a file or stdin ("-") and checks that they can be an article: not
// larger than the cap, not empty, not binary. UTF-16 and UTF-32 with a byte-order mark (as Windows tools
// save text) are turned into UTF-8 here; text and Markdown must then be UTF-8 (validateText); HTML
// declares its own encoding (Charset.hpp).
//
//   Input in = readInput("story.txt");   // throws Error(ExitCode::Input, "story.txt: ...")

#include <cstddef>
#include <functional>
#include <string>

namespace readcast {

struct Input {
    std::string name;   // path as given, or "-"
    std::string bytes;  // as read
};

// The most an article may weigh unless the caller raises it (--max-input): far above any real page, low
// enough that /dev/zero or a mistaken video fails at once instead of filling memory.
inline constexpr std::size_t kDefaultMaxInputBytes = 64u << 20;

Input readInput(const std::string& path, std::size_t max_bytes = kDefaultMaxInputBytes);

// UTF-16 or UTF-32 text that starts with its byte-order mark, as UTF-8 (the mark dropped); anything
// else unchanged.
std::string fromUnicodeWithBom(const std::string& bytes);

// Not empty, not binary. Throws Error naming `name`.
void checkNotEmptyOrBinary(const std::string& name, const std::string& bytes);

// checkNotEmptyOrBinary, then valid UTF-8; drops a byte-order mark and makes line ends "\n".
std::string validateText(const std::string& name, std::string bytes);

// Text a line at a time from a file or stdin, for filters that print as they read (script --bare):
// memory holds one line, not the input. The checks follow readInput and validateText, made line by
// line: a line over `max_line_bytes`, a NUL byte (the share of other control bytes, which needs the
// whole text, is not counted) or invalid UTF-8 throws Error naming the file and the line; an input with
// no text is refused; a UTF-8 byte-order mark is dropped; CR LF and a lone CR end lines as LF does.
// UTF-16 and UTF-32 (with a byte-order mark) are read whole and converted, as readInput does.
void forEachTextLine(const std::string& path, std::size_t max_line_bytes,
                     const std::function<void(const std::string& line)>& each);

}  // namespace readcast
