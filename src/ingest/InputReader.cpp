#include "ingest/InputReader.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

#include <unicode/ucnv.h>
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

namespace {

// Text that was UTF-8, read once as Windows-1252 and saved again as UTF-8: "cittÃ\xA0 Ã¨", "donâ€™t",
// "Â«CosÃ¬Â»". Each line that shows such pairs and turns back into UTF-8 with letters beyond ASCII
// when written out as Windows-1252 is that text; other lines (and text that merely holds an "Ã") stay.
std::string withMojibakeRepaired(const std::string& text) {
    // ("Ã", "â€" and "Â": how UTF-8's lead bytes C3, E2 80 and C2 look once read as Windows-1252.)
    const auto marked = [](const std::string& s) {
        return s.find("\xC3\x83") != std::string::npos || s.find("\xC3\xA2\xE2\x82\xAC") != std::string::npos ||
               s.find("\xC3\x82") != std::string::npos;
    };
    if (!marked(text)) return text;
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open("windows-1252", &status);
    if (U_FAILURE(status)) return text;
    ucnv_setFromUCallBack(converter, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    std::string out;
    out.reserve(text.size());
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        end = end == std::string::npos ? text.size() : end + 1;
        const std::string line = text.substr(start, end - start);
        start = end;
        if (!marked(line)) {
            out += line;
            continue;
        }
        const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(line);
        std::string bytes(line.size() + 4, '\0');
        UErrorCode lineStatus = U_ZERO_ERROR;
        ucnv_resetFromUnicode(converter);
        const int32_t n = ucnv_fromUChars(converter, bytes.data(), static_cast<int32_t>(bytes.size()), unicode.getBuffer(), unicode.length(),
                                          &lineStatus);
        if (U_FAILURE(lineStatus) || n < 0) {
            out += line;
            continue;
        }
        bytes.resize(static_cast<std::size_t>(n));
        const bool multibyte = std::any_of(bytes.begin(), bytes.end(), [](char c) { return (static_cast<unsigned char>(c) & 0x80) != 0; });
        out += multibyte && isValidUtf8(bytes) ? bytes : line;
    }
    ucnv_close(converter);
    return out;
}

}  // namespace

std::string validateText(const std::string& name, std::string bytes) {
    checkNotEmptyOrBinary(name, bytes);
    if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) bytes.erase(0, 3);
    const std::size_t bad = firstInvalidUtf8(bytes);
    if (bad != std::string::npos) {
        throw Error(ExitCode::Input, name + ": invalid UTF-8 at byte " + std::to_string(bad) +
                                         " (convert the file to UTF-8 first)");
    }
    bytes = withMojibakeRepaired(bytes);
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

namespace {

// The UTF-16 or UTF-32 charset whose byte-order mark `bytes` starts with (and the mark's length), or null.
const char* wideCharsetByBom(const std::string& bytes, std::size_t& bom) {
    if (bytes.compare(0, 4, std::string("\xFF\xFE\0\0", 4)) == 0) return bom = 4, "UTF-32LE";
    if (bytes.compare(0, 4, std::string("\0\0\xFE\xFF", 4)) == 0) return bom = 4, "UTF-32BE";
    if (bytes.compare(0, 2, "\xFF\xFE") == 0) return bom = 2, "UTF-16LE";
    if (bytes.compare(0, 2, "\xFE\xFF") == 0) return bom = 2, "UTF-16BE";
    return nullptr;
}

// A file the user named: missing or a folder is a clear error. Its status, for its size.
struct stat statInput(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) throw Error(ExitCode::Input, "cannot open " + systemReason(path, errno));
    if (S_ISDIR(st.st_mode)) throw Error(ExitCode::Input, "cannot open " + path + ": it is a folder, not a file");
    return st;
}

std::ifstream openInput(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) throw Error(ExitCode::Input, "cannot open " + systemReason(path, errno));
    return file;
}

}  // namespace

std::string fromUnicodeWithBom(const std::string& bytes) {
    std::size_t bom = 0;
    const char* charset = wideCharsetByBom(bytes, bom);
    if (charset == nullptr) return bytes;
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
        const struct stat st = statInput(path);
        if (S_ISREG(st.st_mode) && static_cast<std::uint64_t>(st.st_size) > max_bytes) throw tooLarge();
        std::ifstream file = openInput(path);
        input.bytes = readCapped(file, max_bytes);
        if (file.bad()) throw Error(ExitCode::Input, "cannot read " + systemReason(path, errno));
    }
    if (input.bytes.size() > max_bytes) throw tooLarge();
    input.bytes = fromUnicodeWithBom(input.bytes);
    checkNotEmptyOrBinary(input.name, input.bytes);
    return input;
}

namespace {

// Splits a stream into lines as they arrive, checking each as validateText checks a whole text.
class LineSplitter {
public:
    LineSplitter(const std::string& name, std::size_t max_line, const std::function<void(const std::string&)>& each)
        : name_(name), max_line_(max_line), each_(each) {}

    void feed(const char* data, std::size_t size) {
        for (std::size_t i = 0; i < size; ++i) {
            const char c = data[i];
            if (after_cr_ && c == '\n') {  // the LF of a CR LF
                after_cr_ = false;
                continue;
            }
            after_cr_ = c == '\r';
            if (c == '\n' || c == '\r') {
                emit();
                continue;
            }
            if (c == '\0') throw Error(ExitCode::Input, name_ + ": this is a binary file, not an article");
            line_ += c;
            if (line_.size() > max_line_) {
                throw Error(ExitCode::Input, name_ + ": line " + std::to_string(number_ + 1) + " is longer than " +
                                                 std::to_string(max_line_ >> 20) + " MB (--max-input MB raises it)");
            }
        }
    }
    void finish() {
        if (!line_.empty()) emit();
        if (!text_) throw Error(ExitCode::Input, name_ + ": the article is empty");
    }

private:
    void emit() {
        ++number_;
        if (number_ == 1 && line_.compare(0, 3, "\xEF\xBB\xBF") == 0) line_.erase(0, 3);
        const std::size_t bad = firstInvalidUtf8(line_);
        if (bad != std::string::npos) {
            throw Error(ExitCode::Input, name_ + ": invalid UTF-8 in line " + std::to_string(number_) + " at byte " +
                                             std::to_string(bad) + " (convert the file to UTF-8 first)");
        }
        text_ = text_ || line_.find_first_not_of(" \t\f\v") != std::string::npos;
        each_(line_);
        line_.clear();
    }

    const std::string& name_;
    std::size_t max_line_;
    const std::function<void(const std::string&)>& each_;
    std::string line_;
    std::size_t number_ = 0;
    bool after_cr_ = false;
    bool text_ = false;
};

}  // namespace

void forEachTextLine(const std::string& path, std::size_t max_line_bytes,
                     const std::function<void(const std::string& line)>& each) {
    std::ifstream file;
    if (path != "-") {
        statInput(path);
        file = openInput(path);
    }
    std::istream& in = path == "-" ? std::cin : file;
    // From stdin, whatever has arrived (a pipe's writer may pause between lines); from a file, full blocks.
    char buffer[1 << 16];
    const auto next = [&]() -> std::size_t {
        if (path != "-") return static_cast<std::size_t>(in.read(buffer, sizeof buffer).gcount());
        for (;;) {
            const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (got >= 0) return static_cast<std::size_t>(got);
            if (errno != EINTR) throw Error(ExitCode::Input, "cannot read " + systemReason(path, errno));
        }
    };
    // Enough of the start to tell UTF-16 or UTF-32 by its mark, even from a writer that sends a byte at a time.
    std::string start;
    for (std::size_t n = 1; start.size() < 4 && start.find('\n') == std::string::npos && n > 0;) {
        n = next();
        start.append(buffer, n);
    }
    std::size_t bom = 0;
    if (wideCharsetByBom(start, bom) != nullptr) {
        // UTF-16 or UTF-32: converted whole, as an article is.
        for (std::size_t n = next(); n > 0; n = next()) {
            start.append(buffer, n);
            if (start.size() > max_line_bytes) throw Error(ExitCode::Input, path + ": larger than " + std::to_string(max_line_bytes >> 20) + " MB");
        }
        std::istringstream lines(validateText(path, fromUnicodeWithBom(start)));
        for (std::string line; std::getline(lines, line);) each(line);
        return;
    }
    LineSplitter splitter(path, max_line_bytes, each);
    splitter.feed(start.data(), start.size());
    for (std::size_t n = next(); n > 0; n = next()) splitter.feed(buffer, n);
    if (in.bad()) throw Error(ExitCode::Input, "cannot read " + systemReason(path, errno));
    splitter.finish();
}

}  // namespace readcast
