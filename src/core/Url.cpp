#include "core/Url.hpp"

#include <cstring>
#include <string_view>

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

}  // namespace readcast
