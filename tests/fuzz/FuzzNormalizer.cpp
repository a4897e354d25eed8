// libFuzzer target: a sentence through the English normalizer (numbers, dates, money, units, web
// addresses...). Its output must be UTF-8 and must never open eSpeak NG's phoneme input.

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/Utf8.hpp"
#include "text/Normalizer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    if (!readcast::isValidUtf8(text)) return 0;  // ingest guarantees UTF-8
    static const readcast::Normalizer normalizer("en", nullptr);
    const std::string spoken = normalizer.normalize(text);
    if (!readcast::isValidUtf8(spoken) || spoken.find("[[") != std::string::npos) __builtin_trap();
    return 0;
}
