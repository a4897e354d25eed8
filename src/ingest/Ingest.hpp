#pragma once
// Entry point of the ingest stage: bytes in, Article out, whatever the input format.
//
//   Article a = ingestArticle(readInput(path), InputFormat::Auto);

#include <string>

#include "model/Article.hpp"
#include "ingest/InputReader.hpp"

namespace readcast {

enum class InputFormat { Auto, Text, Markdown, Html };

// By content first (a saved web page is HTML whatever its name), then by extension (.md/.markdown,
// .html/.htm, .txt), then by content again for stdin and other names (front matter or # headings:
// Markdown).
InputFormat detectFormat(const std::string& name, const std::string& bytes);

// Throws Error(ExitCode::Input) when nothing in the input can be narrated.
Article ingestArticle(const Input& input, InputFormat format);

}  // namespace readcast
