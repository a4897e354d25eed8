#include "ingest/MailMessage.hpp"

#include <unicode/unistr.h>

#include <cctype>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "core/Ascii.hpp"
#include "core/Utf8.hpp"

namespace readcast {
namespace {

using Headers = std::vector<std::pair<std::string, std::string>>;  // name in lower case, value unfolded

// The header lines from the start of `text` to the first blank line (folded lines joined), and where
// the body begins; nothing when the first line is no header.
std::optional<Headers> headersOf(const std::string& text, std::size_t& bodyAt) {
    Headers headers;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t eol = text.find('\n', at);
        if (eol == std::string::npos) eol = text.size();
        std::string line = text.substr(at, eol - at);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        at = eol + 1;
        if (line.empty()) break;
        if ((line[0] == ' ' || line[0] == '\t') && !headers.empty()) {
            std::size_t k = line.find_first_not_of(" \t");
            headers.back().second += " " + line.substr(k == std::string::npos ? line.size() : k);
            continue;
        }
        const std::size_t colon = line.find(':');
        if (colon == std::string::npos || colon == 0 || colon > 60) return std::nullopt;
        for (std::size_t k = 0; k < colon; ++k) {
            const char c = line[k];
            if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return std::nullopt;
        }
        std::string value = line.substr(colon + 1);
        const std::size_t start = value.find_first_not_of(" \t");
        headers.emplace_back(lowerAscii(line.substr(0, colon)), start == std::string::npos ? "" : value.substr(start));
    }
    bodyAt = std::min(at, text.size());
    return headers;
}

std::string header(const Headers& headers, const char* name) {
    for (const auto& [key, value] : headers) {
        if (key == name) return value;
    }
    return "";
}

// A parameter of a header's value: boundary="=_b1", charset=UTF-8.
std::string parameter(const std::string& value, const std::string& name) {
    const std::string lower = lowerAscii(value);
    for (std::size_t at = lower.find(name + "="); at != std::string::npos; at = lower.find(name + "=", at + 1)) {
        if (at > 0 && lower[at - 1] != ';' && lower[at - 1] != ' ' && lower[at - 1] != '\t') continue;
        std::size_t start = at + name.size() + 1;
        if (start < value.size() && value[start] == '"') {
            const std::size_t close = value.find('"', start + 1);
            return value.substr(start + 1, close == std::string::npos ? std::string::npos : close - start - 1);
        }
        const std::size_t end = value.find_first_of("; \t", start);
        return value.substr(start, end == std::string::npos ? std::string::npos : end - start);
    }
    return "";
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

// "=C3=BC" is "ü"; "=" at a line's end joins it to the next. (`underscores`: in an encoded word, "_" is a space.)
std::string fromQuotedPrintable(const std::string& s, bool underscores = false) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '=' && i + 1 < s.size() && (s[i + 1] == '\n' || s[i + 1] == '\r')) {
            i += s[i + 1] == '\r' && i + 2 < s.size() && s[i + 2] == '\n' ? 2 : 1;
        } else if (s[i] == '=' && i + 2 < s.size() && hexValue(s[i + 1]) >= 0 && hexValue(s[i + 2]) >= 0) {
            out += static_cast<char>(hexValue(s[i + 1]) * 16 + hexValue(s[i + 2]));
            i += 2;
        } else {
            out += underscores && s[i] == '_' ? ' ' : s[i];
        }
    }
    return out;
}

std::string fromBase64(const std::string& s) {
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    for (char c : s) {
        int v = -1;
        if (c >= 'A' && c <= 'Z') v = c - 'A';
        else if (c >= 'a' && c <= 'z') v = c - 'a' + 26;
        else if (c >= '0' && c <= '9') v = c - '0' + 52;
        else if (c == '+' || c == '-') v = 62;
        else if (c == '/' || c == '_') v = 63;
        else if (c == '=') break;
        if (v < 0) continue;
        buffer = (buffer << 6) | static_cast<unsigned>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    return out;
}

// Bytes in a message's charset as UTF-8 (bytes that are UTF-8 already stay, whatever it declares).
std::string asUtf8(const std::string& bytes, std::string charset) {
    charset = lowerAscii(charset);
    if (charset.empty() || charset == "utf-8" || charset == "utf8" || charset == "us-ascii" || isValidUtf8(bytes)) {
        return isValidUtf8(bytes) ? bytes : asUtf8(bytes, "windows-1252");
    }
    // (ISO-8859-1 as browsers read it: windows-1252, which gives its curly quotes to the bytes 0x80-0x9F.)
    if (charset == "iso-8859-1" || charset == "latin1" || charset == "latin-1") charset = "windows-1252";
    const icu::UnicodeString unicode(bytes.data(), static_cast<int32_t>(bytes.size()), charset.c_str());
    if (unicode.isBogus()) return "";
    std::string out;
    unicode.toUTF8String(out);
    return out;
}

// "=?UTF-8?Q?Alte_Br=C3=BCcke?=", "=?iso-8859-1?B?...?=": encoded words in a header, decoded.
std::string decodedHeader(const std::string& value) {
    std::string out;
    std::size_t at = 0;
    bool lastWasEncoded = false;
    while (at < value.size()) {
        const std::size_t open = value.find("=?", at);
        if (open == std::string::npos) {
            out += value.substr(at);
            break;
        }
        const std::size_t q1 = value.find('?', open + 2);
        const std::size_t q2 = q1 == std::string::npos ? std::string::npos : value.find('?', q1 + 1);
        const std::size_t close = q2 == std::string::npos ? std::string::npos : value.find("?=", q2 + 1);
        if (close == std::string::npos || q2 != q1 + 2) {
            out += value.substr(at, open + 2 - at);
            at = open + 2;
            continue;
        }
        // (White space between two encoded words is not part of the text.)
        const std::string between = value.substr(at, open - at);
        if (!(lastWasEncoded && between.find_first_not_of(" \t") == std::string::npos)) out += between;
        const std::string charset = value.substr(open + 2, q1 - open - 2);
        const char encoding = static_cast<char>(std::toupper(static_cast<unsigned char>(value[q1 + 1])));
        const std::string encoded = value.substr(q2 + 1, close - q2 - 1);
        out += asUtf8(encoding == 'B' ? fromBase64(encoded) : fromQuotedPrintable(encoded, true), charset);
        at = close + 2;
        lastWasEncoded = true;
    }
    return out;
}

// "<p>…</p><br>": an HTML part as lines of text, for a message that has no plain-text part.
std::string htmlAsText(const std::string& html) {
    const std::string lower = lowerAscii(html);  // where end tags are looked for, in any case
    std::string out;
    for (std::size_t i = 0; i < html.size();) {
        if (html[i] != '<') {
            out += html[i++];
            continue;
        }
        const std::size_t close = html.find('>', i);
        if (close == std::string::npos) break;
        const std::string tag = lower.substr(i + 1, std::min<std::size_t>(close - i - 1, 8));
        // (What a style or a script holds is no text: on to its end tag.)
        bool hidden = false;
        for (const char* name : {"style", "script", "head"}) {
            if (tag.rfind(name, 0) != 0) continue;
            const std::size_t end = lower.find(std::string("</") + name, close);
            i = end == std::string::npos ? html.size() : html.find('>', end) == std::string::npos ? html.size() : html.find('>', end) + 1;
            hidden = true;
            break;
        }
        if (hidden) continue;
        if (tag.rfind("br", 0) == 0 || tag.rfind("/p", 0) == 0 || tag.rfind("/div", 0) == 0 || tag.rfind("/li", 0) == 0 ||
            tag.rfind("/h", 0) == 0 || tag.rfind("/tr", 0) == 0) {
            out += "\n\n";
        }
        i = close + 1;
    }
    for (const auto& [entity, character] : {std::pair<const char*, const char*>{"&nbsp;", " "}, {"&amp;", "&"}, {"&quot;", "\""},
                                            {"&#39;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}}) {
        const std::size_t n = std::string_view(entity).size();
        for (std::size_t at = out.find(entity); at != std::string::npos; at = out.find(entity, at + 1)) out.replace(at, n, character);
    }
    return out;
}

struct Part {
    std::string plain, html;  // the first of each found
};

// A part's body decoded and converted, into `found` by its type; a multipart's own parts in turn.
void collectParts(const Headers& headers, const std::string& body, Part& found, int depth) {
    const std::string type = lowerAscii(header(headers, "content-type"));
    const std::string boundary = parameter(header(headers, "content-type"), "boundary");
    if (type.rfind("multipart/", 0) == 0 && !boundary.empty() && depth < 8) {
        const std::string mark = "--" + boundary;
        for (std::size_t at = body.find(mark); at != std::string::npos;) {
            std::size_t start = body.find('\n', at);
            if (start == std::string::npos || body.compare(at + mark.size(), 2, "--") == 0) break;
            ++start;
            const std::size_t next = body.find(mark, start);
            const std::string part = body.substr(start, next == std::string::npos ? std::string::npos : next - start);
            std::size_t partBody = 0;
            if (const auto partHeaders = headersOf(part, partBody)) collectParts(*partHeaders, part.substr(partBody), found, depth + 1);
            at = next;
        }
        return;
    }
    // (An attachment is not the message's text.)
    if (lowerAscii(header(headers, "content-disposition")).rfind("attachment", 0) == 0) return;
    const bool plain = type.empty() || type.rfind("text/plain", 0) == 0;
    const bool html = type.rfind("text/html", 0) == 0;
    if ((!plain || !found.plain.empty()) && (!html || !found.html.empty())) return;
    const std::string encoding = lowerAscii(header(headers, "content-transfer-encoding"));
    const std::string bytes = encoding == "quoted-printable" ? fromQuotedPrintable(body) : encoding == "base64" ? fromBase64(body) : body;
    std::string text = asUtf8(bytes, parameter(header(headers, "content-type"), "charset"));
    for (std::size_t at = text.find('\r'); at != std::string::npos; at = text.find('\r', at)) text.erase(at, 1);
    (plain ? found.plain : found.html) = std::move(text);
}

}  // namespace

std::string mailMessageAsText(const std::string& text) {
    std::size_t bodyAt = 0;
    const auto headers = headersOf(text, bodyAt);
    // A saved message: its sender, and the MIME or transport headers no pasted e-mail carries.
    if (!headers || header(*headers, "from").empty() ||
        (header(*headers, "mime-version").empty() && header(*headers, "content-type").empty() && header(*headers, "received").empty())) {
        return text;
    }
    Part found;
    collectParts(*headers, text.substr(bodyAt), found, 0);
    const std::string body = !found.plain.empty() ? found.plain : htmlAsText(found.html);
    std::string out = "From: " + decodedHeader(header(*headers, "from")) + "\n";
    if (const std::string date = header(*headers, "date"); !date.empty()) out += "Date: " + date + "\n";
    if (const std::string subject = decodedHeader(header(*headers, "subject")); !subject.empty()) out += "Subject: " + subject + "\n";
    return out + "\n" + body;
}

}  // namespace readcast
