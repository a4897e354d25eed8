#include "core/Files.hpp"

#include <unistd.h>

#include <cerrno>

namespace readcast {

std::string readCapped(std::istream& in, std::size_t max_bytes) {
    std::string bytes;
    char buffer[1 << 16];
    while (bytes.size() <= max_bytes && in.read(buffer, sizeof buffer).gcount() > 0) {
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
    }
    return bytes;
}

bool writeFully(int fd, const void* data, std::size_t size) {
    const char* p = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t n = ::write(fd, p, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        p += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

}  // namespace readcast
