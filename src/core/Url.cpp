#include "core/Url.hpp"

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

}  // namespace readcast
