#pragma once
// The loop a language's rules run over a sentence: at each byte of `text`, `find` may see a written form
// start there, set its spoken form (and the kind of rewrite it is, "number" unless it says otherwise) and
// return where the form ends; the text between is copied as it is, and each rewrite is logged.
//
//   rewriteEach(text, log, [&](std::size_t i, std::string& spoken, const char*& kind) {
//       if (text.compare(i, 3, "mkr") != 0) return i;
//       spoken = "miljoner kronor";
//       return i + 3;
//   });

#include <cstddef>
#include <string>
#include <vector>

#include "core/Ascii.hpp"
#include "core/Text.hpp"
#include "model/Script.hpp"

namespace readcast {

// The end of the run of ASCII digits from `i` (`i` itself when there is none).
inline std::size_t digitsEnd(const std::string& text, std::size_t i) {
    while (i < text.size() && isAsciiDigit(text[i])) ++i;
    return i;
}

// The word that ends before `at`, spaces skipped, in lower case ("" at the start or after a sign): the
// preposition a rule reads a figure's case from ("od 1 stycznia", "около 20").
inline std::string lowerWordBefore(const std::string& text, std::size_t at) {
    std::size_t end = at;
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t start = end;
    while (start > 0 && isWordByte(text[start - 1])) --start;
    return lowerUtf8(text.substr(start, end - start));
}

// The word that starts at `at`, in lower case ("" where none does): what follows a figure ("do 16 lat").
inline std::string lowerWordAfter(const std::string& text, std::size_t at) {
    std::size_t end = at;
    while (end < text.size() && isWordByte(text[end])) ++end;
    return lowerUtf8(text.substr(at, end - at));
}

template <class Find>
std::string rewriteEach(const std::string& text, std::vector<Rewrite>* log, Find find) {
    std::string out;
    out.reserve(text.size() + 16);
    for (std::size_t i = 0; i < text.size();) {
        std::string spoken;
        const char* kind = "number";
        const std::size_t end = find(i, spoken, kind);
        if (end != i) {
            if (log != nullptr) log->push_back({text.substr(i, end - i), spoken, kind});
            out += spoken;
            i = end;
            continue;
        }
        out += text[i++];
    }
    return out;
}

}  // namespace readcast
