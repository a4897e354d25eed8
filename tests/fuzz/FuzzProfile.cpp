// libFuzzer target: a narrator profile's TOML text.

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/Error.hpp"
#include "speech/NarratorProfile.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        readcast::parseProfile(std::string(reinterpret_cast<const char*>(data), size), "fuzz.toml");
    } catch (const readcast::Error&) {
    }
    return 0;
}
