#include "render/CoverArt.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/Error.hpp"

namespace readcast {

Cover loadCover(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) throw Error(ExitCode::Input, "cannot read cover " + path + ": " + std::strerror(errno));
    if (!S_ISREG(st.st_mode)) throw Error(ExitCode::Input, "cannot read cover " + path + ": not a regular file");
    if (static_cast<std::size_t>(st.st_size) > kMaxCoverBytes) {
        throw Error(ExitCode::Input, "cover " + path + " is " + std::to_string(st.st_size >> 20) +
                                         " MB; podcast players take at most 10 MB (3000x3000 JPEG is well under 1 MB)");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ExitCode::Input, "cannot read cover " + path + ": " + std::strerror(errno));
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) throw Error(ExitCode::Input, "cannot read cover " + path + ": " + std::strerror(errno));
    Cover c{bytes.str(), ""};
    if (c.bytes.compare(0, 3, "\xFF\xD8\xFF") == 0) c.mime = "image/jpeg";
    if (c.bytes.compare(0, 8, "\x89PNG\r\n\x1A\n") == 0) c.mime = "image/png";
    if (c.mime.empty()) throw Error(ExitCode::Input, "cover " + path + " is not a JPEG or PNG image");
    // A cut-off download has the right first bytes but no end: a JPEG's end-of-image marker, a PNG's
    // IEND chunk (a few bytes after the JPEG marker are tolerated, as viewers do).
    const std::size_t tail = c.bytes.size() > 1024 ? c.bytes.size() - 1024 : 0;
    const bool complete = c.mime == "image/jpeg" ? c.bytes.find("\xFF\xD9", tail) != std::string::npos
                                                 : c.bytes.find("IEND", c.bytes.size() > 16 ? c.bytes.size() - 16 : 0) != std::string::npos;
    if (!complete) throw Error(ExitCode::Input, "cover " + path + " is not a complete " + (c.mime == "image/jpeg" ? "JPEG" : "PNG") + " (cut off?)");
    return c;
}

}  // namespace readcast
