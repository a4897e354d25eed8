#include "core/Error.hpp"

#include <cstring>

namespace readcast {

std::string systemReason(const std::string& path, int errnum) {
    return path + ": " + std::strerror(errnum);
}

}  // namespace readcast
