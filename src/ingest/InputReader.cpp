#include "ingest/InputReader.hpp"

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <sys/stat.h>

#include <unicode/unistr.h>

#include <cstdint>

#include "core/Error.hpp"
#include "core/Files.hpp"
#include "core/Utf8.hpp"

namespace readcast {
namespace {

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

std::string fromUnicodeWithBom(const std::string& bytes) {
    const char* charset = nullptr;
    std::size_t bom = 0;
    if (bytes.compare(0, 4, std::string("\xFF\xFE\0\0", 4)) == 0) {
        charset = "UTF-32LE", bom = 4;
    } else if (bytes.compare(0, 4, std::string("\0\0\xFE\xFF", 4)) == 0) {
        charset = "UTF-32BE", bom = 4;
    } else if (bytes.compare(0, 2, "\xFF\xFE") == 0) {
        charset = "UTF-16LE", bom = 2;
    } else if (bytes.compare(0, 2, "\xFE\xFF") == 0) {
        charset = "UTF-16BE", bom = 2;
    } else {
        return bytes;
    }
    const icu::UnicodeString text(bytes.data() + bom, static_cast<int32_t>(bytes.size() - bom), charset);
    std::string out;
    text.toUTF8String(out);
    return out;
}

Input readInput(const std::string& path, std::size_t max_bytes) {
    Input input;
    input.name = path;
    const auto tooLarge = [&] {
        return Error(ExitCode::Input, path + ": larger than " + std::to_string(max_bytes >> 20) +
                                          " MB, the most an article may be (--max-input MB raises it)");
    };
    if (path == "-") {
        input.bytes = readCapped(std::cin, max_bytes);
    } else {
        struct stat st {};
        if (::stat(path.c_str(), &st) != 0) throw Error(ExitCode::Input, "cannot open " + systemReason(path, errno));
        if (S_ISDIR(st.st_mode)) throw Error(ExitCode::Input, "cannot open " + path + ": it is a folder, not a file");
        if (S_ISREG(st.st_mode) && static_cast<std::uint64_t>(st.st_size) > max_bytes) throw tooLarge();
        std::ifstream file(path, std::ios::binary);
        if (!file) throw Error(ExitCode::Input, "cannot open " + systemReason(path, errno));
        input.bytes = readCapped(file, max_bytes);
        if (file.bad()) throw Error(ExitCode::Input, "cannot read " + systemReason(path, errno));
    }
    if (input.bytes.size() > max_bytes) throw tooLarge();
    input.bytes = fromUnicodeWithBom(input.bytes);
    checkNotEmptyOrBinary(input.name, input.bytes);
    return input;
}

}  // namespace readcast
