#pragma once
// Entry point of the ingest stage: bytes in, Article out, whatever the input format.
//
//   Article a = ingestArticle(readInput(path), InputFormat::Auto);

#include <string>

#include "model/Article.hpp"
#include "ingest/InputReader.hpp"

namespace readcast {

enum class InputFormat { Auto, Text, Markdown, Html };

// By extension first (.md/.markdown, .html/.htm, .txt), then by content for stdin and other names.
InputFormat detectFormat(const std::string& name, const std::string& bytes);

// Throws Error(ExitCode::Input) when nothing in the input can be narrated.
Article ingestArticle(const Input& input, InputFormat format);

}  // namespace readcast
