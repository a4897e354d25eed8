#include "ingest/InputReader.hpp"

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <sys/stat.h>

#include "core/Error.hpp"
#include "core/Utf8.hpp"

namespace readcast {
namespace {

std::string readAll(std::istream& in) {
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// A text file has no NUL bytes and almost no C0 controls besides tab, CR, LF and form feed.
bool looksBinary(const std::string& bytes) {
    std::size_t controls = 0;
    const std::size_t probe = std::min<std::size_t>(bytes.size(), 64 * 1024);
    for (std::size_t i = 0; i < probe; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0) return true;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
    }
    return probe > 0 && controls * 100 > probe;  // more than 1% control bytes
}

bool isBlank(const std::string& s) {
    for (char c : s) {
        if (!std::isspace(static_cast<unsigned char>(c))) return false;
    }
    return true;
}

}  // namespace

void checkNotEmptyOrBinary(const std::string& name, const std::string& bytes) {
    if (isBlank(bytes)) throw Error(ExitCode::Input, name + ": the article is empty");
    if (looksBinary(bytes)) throw Error(ExitCode::Input, name + ": this is a binary file, not an article");
}

std::string validateText(const std::string& name, std::string bytes) {
    checkNotEmptyOrBinary(name, bytes);
    if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) bytes.erase(0, 3);
    const std::size_t bad = firstInvalidUtf8(bytes);
    if (bad != std::string::npos) {
        throw Error(ExitCode::Input, name + ": invalid UTF-8 at byte " + std::to_string(bad) +
                                         " (convert the file to UTF-8 first)");
    }
    std::string normalized;
    normalized.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\r') {
            normalized += '\n';
            if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
        } else {
            normalized += bytes[i];
        }
    }
    return normalized;
}

Input readInput(const std::string& path) {
    Input input;
    input.name = path;
    if (path == "-") {
        input.bytes = readAll(std::cin);
    } else {
        struct stat st {};
        if (::stat(path.c_str(), &st) != 0) throw Error(ExitCode::Input, "cannot open " + systemReason(path, errno));
        if (S_ISDIR(st.st_mode)) throw Error(ExitCode::Input, "cannot open " + path + ": it is a folder, not a file");
        std::ifstream file(path, std::ios::binary);
        if (!file) throw Error(ExitCode::Input, "cannot open " + systemReason(path, errno));
        input.bytes = readAll(file);
        if (file.bad()) throw Error(ExitCode::Input, "cannot read " + systemReason(path, errno));
    }
    checkNotEmptyOrBinary(input.name, input.bytes);
    return input;
}

}  // namespace readcast
