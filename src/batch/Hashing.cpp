#include "batch/Hashing.hpp"

#include <openssl/evp.h>

#include <array>
#include <fstream>
#include <memory>

#include "core/Error.hpp"

namespace readcast {
namespace {

using Digest = std::array<unsigned char, 32>;

class Sha256 {
public:
    Sha256() : ctx_(EVP_MD_CTX_new(), EVP_MD_CTX_free) {
        if (!ctx_ || EVP_DigestInit_ex(ctx_.get(), EVP_sha256(), nullptr) != 1) throw Error(ExitCode::Failure, "SHA-256 is unavailable");
    }
    void add(const char* data, std::size_t size) { EVP_DigestUpdate(ctx_.get(), data, size); }
    Digest finish() {
        Digest d{};
        unsigned int size = 0;
        EVP_DigestFinal_ex(ctx_.get(), d.data(), &size);
        return d;
    }

private:
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx_;
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
