#include "ingest/RichText.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <utility>
#include <vector>

#include <unicode/ucnv.h>

#include "core/Utf8.hpp"

namespace readcast {
namespace {

// Groups whose text is the document's furniture, not its words: tables, metadata, pictures, fields'
// instructions, headers and footers, and any "\*" destination a reader may skip.
bool unreadDestination(const std::string& word) {
    static const char* const kUnread[] = {"fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "headerl", "headerr",
                                          "headerf", "footer", "footerl", "footerr", "footerf", "fldinst", "xmlnstbl", "listtable",
                                          "listoverridetable", "rsidtbl", "generator", "themedata", "colorschememapping", "latentstyles",
                                          "datastore", "pgdsctbl", "filetbl", "revtbl", "mmathPr", "footnote", "annotation", "bkmkstart",
                                          "bkmkend", "nonshppict", "shp"};
    for (const char* w : kUnread) {
        if (word == w) return true;
    }
    return false;
}

// A byte of the document's code page as UTF-8.
std::string codePageByte(unsigned char byte, const std::string& codePage) {
    if (byte < 0x80) return std::string(1, static_cast<char>(byte));
    UErrorCode status = U_ZERO_ERROR;
    char out[8] = {};
    const char in[1] = {static_cast<char>(byte)};
    const int32_t n = ucnv_convert("UTF-8", codePage.c_str(), out, sizeof out, in, 1, &status);
    if (U_FAILURE(status) || n <= 0) return "";
    return std::string(out, static_cast<std::size_t>(n));
}

}  // namespace

std::string rtfAsText(const std::string& text) {
    const std::size_t start = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (start == std::string::npos || text.compare(start, 5, "{\\rtf") != 0) return text;
    std::string out, codePage = "windows-1252";
    struct Group {
        bool unread;
        int skipAfterUnicode;
    };
    std::vector<Group> groups{{false, 1}};
    bool groupStart = false;  // the next control word names the group's destination
    std::size_t pendingSkip = 0;  // fallback characters after "\u" still to skip
    for (std::size_t i = start; i < text.size();) {
        const char c = text[i];
        if (c == '{' || c == '}') pendingSkip = 0;  // a character's fallback never runs past its group
        if (c == '{') {
            groups.push_back(groups.back());
            groupStart = true;
            ++i;
            continue;
        }
        if (c == '}') {
            if (groups.size() > 1) groups.pop_back();
            groupStart = false;
            ++i;
            continue;
        }
        if (c == '\r' || c == '\n') {
            ++i;
            continue;
        }
        const bool unread = groups.back().unread;
        if (c != '\\') {
            if (pendingSkip > 0) {
                --pendingSkip;
            } else if (!unread) {
                out += c;
            }
            groupStart = false;
            ++i;
            continue;
        }
        // A control symbol or a control word.
        if (i + 1 >= text.size()) break;
        const char next = text[i + 1];
        // (A backslash at a line's end ends a paragraph, as macOS TextEdit writes them.)
        if (next == '\n' || next == '\r') {
            if (!unread) out += "\n\n";
            i += 2;
            continue;
        }
        if (next == '\\' || next == '{' || next == '}') {
            if (!unread) out += next;
            i += 2;
            continue;
        }
        if (next == '\'') {
            if (i + 3 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 2])) && std::isxdigit(static_cast<unsigned char>(text[i + 3]))) {
                const auto byte = static_cast<unsigned char>(std::stoi(text.substr(i + 2, 2), nullptr, 16));
                if (pendingSkip > 0) {
                    --pendingSkip;
                } else if (!unread) {
                    out += codePageByte(byte, codePage);
                }
            }
            i += 4;
            continue;
        }
        if (next == '*') {
            groups.back().unread = true;  // an ignorable destination
            i += 2;
            continue;
        }
        if (!std::isalpha(static_cast<unsigned char>(next))) {
            if (!unread && next == '~') out += "\xC2\xA0";
            if (!unread && next == '_') out += '-';
            i += 2;
            continue;
        }
        std::size_t e = i + 1;
        while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
        const std::string word = text.substr(i + 1, e - i - 1);
        std::size_t d = e;
        if (d < text.size() && (text[d] == '-' || std::isdigit(static_cast<unsigned char>(text[d])))) ++d;
        while (d < text.size() && std::isdigit(static_cast<unsigned char>(text[d]))) ++d;
        // (A parameter is a 16-bit number; a longer run of figures, or a lone "-", from a broken or hostile
        // file, is none.)
        const std::string parameter = d - e <= 6 && text.find_first_of("0123456789", e) < d ? text.substr(e, d - e) : "";
        if (d < text.size() && text[d] == ' ') ++d;  // the delimiting space is part of the word
        i = d;
        if (groupStart && unreadDestination(word)) groups.back().unread = true;
        groupStart = false;
        if (word == "ansicpg" && !parameter.empty() && parameter[0] != '-') codePage = "windows-" + parameter;
        if (word == "uc" && !parameter.empty()) groups.back().skipAfterUnicode = std::clamp(std::stoi(parameter), 0, 4);
        // (Hidden text, "\v", and a tracked deletion are not read; "\v0" ends the hidden run.)
        if (word == "v" || word == "deleted") groups.back().unread = parameter != "0";
        if (groups.back().unread) continue;
        // Control words that stand for characters or breaks.
        static const std::pair<const char*, const char*> kSaid[] = {
            {"par", "\n\n"}, {"sect", "\n\n"}, {"page", "\n\n"}, {"line", "\n"}, {"tab", " "}, {"cell", ", "}, {"nestcell", ", "},
            {"row", "\n\n"}, {"nestrow", "\n\n"},
            {"emdash", "\xE2\x80\x94"}, {"endash", "\xE2\x80\x93"}, {"lquote", "\xE2\x80\x98"}, {"rquote", "\xE2\x80\x99"},
            {"ldblquote", "\xE2\x80\x9C"}, {"rdblquote", "\xE2\x80\x9D"}, {"bullet", "\xE2\x80\xA2"}};
        bool said = false;
        for (const auto& [control, character] : kSaid) {
            if (word == control) {
                out += character;
                said = true;
                break;
            }
        }
        if (!said && word == "u" && !parameter.empty()) {
            long code = std::stol(parameter);
            if (code < 0) code += 65536;
            // (Only a character: not a surrogate's half, nor beyond Unicode.)
            if (code > 0 && code < 0x110000 && !(code >= 0xD800 && code <= 0xDFFF)) appendUtf8(out, static_cast<char32_t>(code));
            pendingSkip = static_cast<std::size_t>(std::max(0, groups.back().skipAfterUnicode));
        }
    }
    return out;
}

}  // namespace readcast
