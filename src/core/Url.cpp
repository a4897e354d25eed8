#include "core/Url.hpp"

#include <cstring>
#include <string_view>
#include <vector>
#include <cctype>

#include "core/Ascii.hpp"

namespace readcast {

std::string hostName(const std::string& url) {
    const std::string lower = lowerAscii(url);
    std::size_t start = 0;
    if (lower.rfind("http://", 0) == 0) {
        start = 7;
    } else if (lower.rfind("https://", 0) == 0) {
        start = 8;
    } else {
        return "";
    }
    const std::size_t end = lower.find_first_of("/?#:", start);
    std::string host = lower.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (host.rfind("www.", 0) == 0) host.erase(0, 4);
    return host.find('.') == std::string::npos ? "" : host;
}

std::string regionOfHost(const std::string& language, const std::string& host) {
    struct Country {
        const char* domain;
        const char* region;
        const char* languages;  // the languages that take its region, between spaces
    };
    static const Country kCountries[] = {
        {".uk", "-GB", " en "}, {".au", "-AU", " en "}, {".nz", "-NZ", " en "}, {".ie", "-IE", " en "}, {".in", "-IN", " en "},
        {".za", "-ZA", " en "}, {".ca", "-CA", " en "}, {".ar", "-AR", " es "}, {".mx", "-MX", " es "}, {".cl", "-CL", " es "},
        {".co", "-CO", " es "}, {".pe", "-PE", " es "}, {".ve", "-VE", " es "}, {".uy", "-UY", " es "}, {".py", "-PY", " es "},
        {".bo", "-BO", " es "}, {".ec", "-EC", " es "}, {".cr", "-CR", " es "}, {".gt", "-GT", " es "}, {".hn", "-HN", " es "},
        {".sv", "-SV", " es "}, {".ni", "-NI", " es "}, {".do", "-DO", " es "}, {".cu", "-CU", " es "}, {".pa", "-PA", " es "},
        {".es", "-ES", " es "}, {".br", "-BR", " pt "}, {".pt", "-PT", " pt "}, {".be", "-BE", " fr "}, {".ch", "-CH", " fr de "},
        {".at", "-AT", " de "},
        // (the Commonwealth's other Englishes, read as Britain's: "thestar.com.my", "nation.africa" is no country's)
        {".sg", "-SG", " en "}, {".my", "-MY", " en "}, {".hk", "-HK", " en "}, {".lk", "-LK", " en "}, {".bd", "-BD", " en "},
        {".pk", "-PK", " en "}, {".ng", "-NG", " en "}, {".gh", "-GH", " en "}, {".ke", "-KE", " en "}, {".ug", "-UG", " en "},
        {".tz", "-TZ", " en "}, {".zw", "-ZW", " en "}, {".zm", "-ZM", " en "}, {".mt", "-MT", " en "}, {".jm", "-JM", " en "}};
    const std::string spaced = " " + language + " ";
    for (const Country& c : kCountries) {
        const std::size_t n = std::strlen(c.domain);
        if (host.size() > n && host.compare(host.size() - n, n, c.domain) == 0) {
            return std::string_view(c.languages).find(spaced) != std::string_view::npos ? c.region : "";
        }
    }
    return "";
}

bool isBareWebAddressWithPath(const std::string& line) {
    const std::string lower = lowerAscii(line);
    std::size_t host = 0;
    if (lower.rfind("http://", 0) == 0) {
        host = 7;
    } else if (lower.rfind("https://", 0) == 0) {
        host = 8;
    } else if (lower.rfind("www.", 0) != 0) {
        return false;
    }
    if (line.find_first_of(" \t\n") != std::string::npos) return false;
    const std::size_t slash = line.find('/', host);
    return slash != std::string::npos && slash > host && line.find('.', host) < slash && slash + 1 < line.size();
}

namespace {

// "/a/b/../c/./d" -> "/a/c/d" (RFC 3986, 5.2.4).
std::string withoutDotSegments(const std::string& path) {
    std::vector<std::string> kept;
    std::size_t start = 0;
    const bool absolute = !path.empty() && path[0] == '/';
    if (absolute) start = 1;
    bool directory = false;  // the path ends on a directory: "a/.." or "a/"
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string::npos) end = path.size();
        const std::string segment = path.substr(start, end - start);
        directory = segment == "." || segment == ".." || (end == path.size() && segment.empty());
        if (segment == "..") {
            if (!kept.empty()) kept.pop_back();
        } else if (segment != "." && !(segment.empty() && end == path.size())) {
            kept.push_back(segment);
        }
        start = end + 1;
    }
    std::string out = absolute ? "/" : "";
    for (std::size_t k = 0; k < kept.size(); ++k) out += (k > 0 ? "/" : "") + kept[k];
    if (directory && !kept.empty()) out += '/';
    return out;
}

}  // namespace

std::string resolveUrl(const std::string& base, const std::string& reference) {
    // (A scheme of its own: "https:", "data:", "mailto:".)
    const std::size_t colon = reference.find(':');
    if (colon != std::string::npos && colon > 0 && std::isalpha(static_cast<unsigned char>(reference[0])) &&
        reference.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-") == colon) {
        return reference;
    }
    const std::string lower = lowerAscii(base);
    const std::size_t schemeEnd = lower.rfind("https://", 0) == 0 ? 8 : lower.rfind("http://", 0) == 0 ? 7 : 0;
    if (schemeEnd == 0 || reference.empty()) return reference;
    const std::string scheme = base.substr(0, schemeEnd - 2);  // "https:"
    if (reference.rfind("//", 0) == 0) return scheme + reference;
    std::size_t hostEnd = base.find_first_of("/?#", schemeEnd);
    if (hostEnd == std::string::npos) hostEnd = base.size();
    const std::string origin = base.substr(0, hostEnd);
    std::string basePath = base.substr(hostEnd);
    basePath = basePath.substr(0, basePath.find_first_of("?#"));
    if (basePath.empty()) basePath = "/";
    if (reference[0] == '#') return base.substr(0, base.find('#')) + reference;
    if (reference[0] == '?') return origin + basePath + reference;
    // (The reference's own query and fragment are kept as they are; only its path is merged.)
    const std::size_t tail = reference.find_first_of("?#");
    const std::string refPath = reference.substr(0, tail);
    const std::string rest = tail == std::string::npos ? "" : reference.substr(tail);
    const std::string merged = refPath[0] == '/' ? refPath : basePath.substr(0, basePath.rfind('/') + 1) + refPath;
    return origin + withoutDotSegments(merged) + rest;
}

}  // namespace readcast
