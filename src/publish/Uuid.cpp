#include "publish/Uuid.hpp"

#include <nettle/sha1.h>

#include <cstdint>
#include <cstdio>
#include <stdexcept>

namespace readcast {
namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

std::string uuidV5(const std::string& ns, const std::string& name) {
    std::string input;
    for (std::size_t i = 0; i < ns.size(); ++i) {
        if (ns[i] == '-') continue;
        const int hi = hexValue(ns[i]);
        const int lo = i + 1 < ns.size() ? hexValue(ns[i + 1]) : -1;
        if (hi < 0 || lo < 0) throw std::invalid_argument("not a UUID: " + ns);
        input.push_back(static_cast<char>(hi * 16 + lo));
        ++i;
    }
    if (input.size() != 16) throw std::invalid_argument("not a UUID: " + ns);
    input += name;
    unsigned char digest[SHA1_DIGEST_SIZE];
    sha1_ctx ctx;
    sha1_init(&ctx);
    sha1_update(&ctx, input.size(), reinterpret_cast<const std::uint8_t*>(input.data()));
    sha1_digest(&ctx, sizeof digest, digest);
    digest[6] = static_cast<unsigned char>((digest[6] & 0x0F) | 0x50);  // version 5
    digest[8] = static_cast<unsigned char>((digest[8] & 0x3F) | 0x80);  // RFC 4122 variant
    std::string out;
    char byte[3];
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out.push_back('-');
        std::snprintf(byte, sizeof byte, "%02x", digest[i]);
        out += byte;
    }
    return out;
}

std::string podcastGuid(const std::string& feed_url) {
    std::string name = feed_url;
    if (const std::size_t scheme = name.find("://"); scheme != std::string::npos) name.erase(0, scheme + 3);
    while (!name.empty() && name.back() == '/') name.pop_back();
    return uuidV5(kPodcastGuidNamespace, name);
}

}  // namespace readcast
