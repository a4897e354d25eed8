#pragma once
// What a batch reads: article files named one by one, folders walked recursively, and list files
// ("@list.txt", one path a line; "@-" reads the list from stdin). Each article has a stable key: its
// path relative to the root it was found under (a folder's own name first), so that the same article
// keeps its key, its shard and its file name from run to run and machine to machine.
//
//   auto found = collectInputs({"archive/", "@extra.txt"}, "out");
//   found.articles[0].key   // "archive/2024/story.html"

#include <cstddef>
#include <string>
#include <vector>

namespace readcast {

struct BatchInput {
    std::string path;  // as the file system knows it
    std::string key;   // stable: relative to the input root it came from
    std::size_t given = 0;  // which input (or list line) named it: an edition keeps that order
};

struct CollectedInputs {
    std::vector<BatchInput> articles;      // sorted by key, each file once
    std::vector<std::string> problems;     // "missing.txt: no such file", for the summary
};

// Hidden files and folders, the output folder and files that hold binary data (a picture, an archive)
// are passed over; the same file named twice is taken once.
CollectedInputs collectInputs(const std::vector<std::string>& inputs, const std::string& output_dir);

}  // namespace readcast
