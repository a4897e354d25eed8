// libFuzzer target: bytes as an article in the format named by READCAST_FUZZ_FORMAT at build time
// (html, markdown, text), through ingest. An Error (the input is refused) is a fine outcome; a crash, a
// sanitizer report or a hang is not.

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/Error.hpp"
#include "ingest/Ingest.hpp"
#include "ingest/InputReader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    try {
        readcast::checkNotEmptyOrBinary("fuzz", readcast::fromUnicodeWithBom(bytes));
        readcast::ingestArticle({"fuzz", readcast::fromUnicodeWithBom(bytes)}, readcast::READCAST_FUZZ_FORMAT);
    } catch (const readcast::Error&) {
    }
    return 0;
}
