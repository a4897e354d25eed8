#include "core/Files.hpp"

namespace readcast {

std::string readCapped(std::istream& in, std::size_t max_bytes) {
    std::string bytes;
    char buffer[1 << 16];
    while (bytes.size() <= max_bytes && in.read(buffer, sizeof buffer).gcount() > 0) {
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
    }
    return bytes;
}

}  // namespace readcast
