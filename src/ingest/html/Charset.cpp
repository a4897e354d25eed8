#include "core/Ascii.hpp"
#include "ingest/html/Charset.hpp"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <cctype>

#include "core/Error.hpp"
#include "core/Utf8.hpp"

namespace readcast {
namespace {

// WHATWG labels that ICU names differently or that browsers widen.
std::string icuName(std::string label) {
    label = lowerAscii(label);
    if (label == "iso-8859-1" || label == "latin1" || label == "us-ascii" || label == "ascii" || label == "x-user-defined") {
        return "windows-1252";
    }
    if (label == "gb2312" || label == "gbk" || label == "x-gbk") return "GB18030";  // supersets
    if (label == "euc-kr" || label == "ks_c_5601-1987") return "windows-949";
    if (label == "shift_jis" || label == "sjis" || label == "x-sjis") return "windows-31j";
    if (label == "big5") return "windows-950";
    return label;
}

bool hasNonAscii(const std::string& bytes) {
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80) return true;
    }
    return false;
}

}  // namespace

std::string declaredCharset(const std::string& bytes) {
    const std::string head = lowerAscii(bytes.substr(0, 8192));
    for (std::size_t pos = head.find("<meta"); pos != std::string::npos; pos = head.find("<meta", pos + 5)) {
        const std::size_t end = head.find('>', pos);
        if (end == std::string::npos) break;
        const std::string tag = head.substr(pos, end - pos);
        const std::size_t at = tag.find("charset");
        if (at == std::string::npos) continue;
        std::size_t i = at + 7;
        while (i < tag.size() && (tag[i] == ' ' || tag[i] == '=' || tag[i] == '"' || tag[i] == '\'')) ++i;
        std::size_t j = i;
        while (j < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[j])) || tag[j] == '-' || tag[j] == '_' ||
                                  tag[j] == ':' || tag[j] == '.')) {
            ++j;
        }
        if (j > i) return tag.substr(i, j - i);
    }
    return "";
}

std::string decodeHtml(const std::string& name, const std::string& bytes) {
    std::string charset;
    if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        if (isValidUtf8(bytes)) return bytes.substr(3);
        charset = "UTF-8";  // a UTF-8 mark over broken bytes: they become U+FFFD, as a browser shows them
    } else if (bytes.size() >= 2 && (bytes.compare(0, 2, "\xFF\xFE") == 0 || bytes.compare(0, 2, "\xFE\xFF") == 0)) {
        charset = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    } else if (isValidUtf8(bytes)) {
        return bytes;  // also when a page declares a legacy charset but was saved as UTF-8
    } else {
        charset = icuName(declaredCharset(bytes));
        if (charset.empty() || charset == "utf-8" || charset == "utf8") charset = "windows-1252";
    }
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(charset.c_str(), &status);
    if (U_FAILURE(status)) {
        status = U_ZERO_ERROR;
        charset = "windows-1252";  // an encoding name ICU does not know: read it as browsers would
        converter = ucnv_open(charset.c_str(), &status);
    }
    if (U_FAILURE(status)) throw Error(ExitCode::Input, name + ": cannot decode " + charset + ": " + u_errorName(status));
    ucnv_close(converter);
    const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), charset.c_str());
    std::string utf8;
    text.toUTF8String(utf8);
    if (!hasNonAscii(bytes) || !utf8.empty()) return utf8;
    throw Error(ExitCode::Input, name + ": cannot decode the page as " + charset);
}

}  // namespace readcast
