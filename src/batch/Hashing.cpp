#include "batch/Hashing.hpp"

#include <nettle/sha2.h>

#include <array>
#include <cstdint>
#include <fstream>

#include "core/Error.hpp"

namespace readcast {
namespace {

using Digest = std::array<unsigned char, 32>;

// SHA-256 by Nettle: a small library, where OpenSSL's libcrypto alone would add 1.4 MiB to every
// render's resident memory.
class Sha256 {
public:
    Sha256() { sha256_init(&ctx_); }
    void add(const char* data, std::size_t size) { sha256_update(&ctx_, size, reinterpret_cast<const std::uint8_t*>(data)); }
    Digest finish() {
        Digest d{};
        sha256_digest(&ctx_, d.size(), d.data());
        return d;
    }

private:
    sha256_ctx ctx_{};
};

std::string hex(const Digest& d) {
    static const char* const kDigits = "0123456789abcdef";
    std::string out;
    for (unsigned char b : d) {
        out += kDigits[b >> 4];
        out += kDigits[b & 15];
    }
    return out;
}

}  // namespace

std::string sha256Hex(const std::string& bytes) {
    Sha256 h;
    h.add(bytes.data(), bytes.size());
    return hex(h.finish());
}

std::string sha256OfFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ExitCode::Input, "cannot read " + path);
    Sha256 h;
    std::array<char, 1 << 16> buf{};
    while (in) {
        in.read(buf.data(), buf.size());
        h.add(buf.data(), static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) throw Error(ExitCode::Input, "cannot read " + path);
    return hex(h.finish());
}

std::uint64_t sha256Prefix(const std::string& bytes) {
    Sha256 h;
    h.add(bytes.data(), bytes.size());
    const Digest d = h.finish();
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v = (v << 8) | d[static_cast<std::size_t>(i)];
    return v;
}

}  // namespace readcast
