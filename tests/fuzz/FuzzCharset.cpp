// libFuzzer target: a page's bytes through charset detection and decoding to UTF-8.

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/Error.hpp"
#include "core/Utf8.hpp"
#include "ingest/html/Charset.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    try {
        readcast::declaredCharset(bytes);
        const std::string text = readcast::decodeHtml("fuzz", bytes);
        if (!readcast::isValidUtf8(text)) __builtin_trap();  // decoding must give UTF-8
    } catch (const readcast::Error&) {
    }
    return 0;
}
