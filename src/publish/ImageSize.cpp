#include "publish/ImageSize.hpp"

namespace readcast {
namespace {

unsigned byteAt(const std::string& b, std::size_t i) { return static_cast<unsigned char>(b[i]); }
unsigned be16(const std::string& b, std::size_t i) { return byteAt(b, i) << 8 | byteAt(b, i + 1); }
unsigned long be32(const std::string& b, std::size_t i) {
    return static_cast<unsigned long>(be16(b, i)) << 16 | be16(b, i + 2);
}

std::optional<ImageSize> pngSize(const std::string& b) {
    // The signature, then the IHDR chunk first: length, "IHDR", width, height.
    if (b.size() < 24 || b.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0 || b.compare(12, 4, "IHDR") != 0) return std::nullopt;
    const unsigned long w = be32(b, 16), h = be32(b, 20);
    if (w == 0 || h == 0 || w > 1u << 20 || h > 1u << 20) return std::nullopt;
    return ImageSize{static_cast<int>(w), static_cast<int>(h)};
}

std::optional<ImageSize> jpegSize(const std::string& b) {
    if (b.size() < 4 || byteAt(b, 0) != 0xFF || byteAt(b, 1) != 0xD8) return std::nullopt;
    std::size_t i = 2;
    while (i + 4 <= b.size()) {
        if (byteAt(b, i) != 0xFF) return std::nullopt;
        const unsigned marker = byteAt(b, i + 1);
        if (marker == 0xFF) {  // fill byte
            ++i;
            continue;
        }
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {  // no length
            i += 2;
            continue;
        }
        const unsigned length = be16(b, i + 2);
        if (length < 2) return std::nullopt;
        // Start of frame (baseline, progressive, lossless...; not DHT C4, JPG C8, DAC CC): the size.
        const bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (frame) {
            if (i + 9 > b.size()) return std::nullopt;
            const unsigned h = be16(b, i + 5), w = be16(b, i + 7);
            if (w == 0 || h == 0) return std::nullopt;
            return ImageSize{static_cast<int>(w), static_cast<int>(h)};
        }
        if (marker == 0xDA || marker == 0xD9) return std::nullopt;  // image data before any frame header
        i += 2 + length;
    }
    return std::nullopt;
}

}  // namespace

std::optional<ImageSize> imageSize(const std::string& bytes) {
    if (auto png = pngSize(bytes)) return png;
    return jpegSize(bytes);
}

}  // namespace readcast
