#include "core/Install.hpp"

#include <cstdlib>
#include <filesystem>

#include "core/Error.hpp"

namespace readcast {
namespace {

namespace fs = std::filesystem;

fs::path programDir() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe.parent_path();
}

}  // namespace

std::string defaultVoicesDir() {
    const char* env = std::getenv("READCAST_VOICES_DIR");
    if (env != nullptr && *env != '\0') return env;
    const fs::path dir = programDir();
    if (!dir.empty()) {
        std::error_code ec;
        for (const fs::path& candidate : {dir / "voices", dir.parent_path() / "share" / "readcast" / "voices"}) {
            if (fs::is_directory(candidate, ec)) return candidate.string();
        }
    }
    throw Error(ExitCode::Voice, "no voices folder: none beside the program and READCAST_VOICES_DIR is not set (pass --voices-dir)");
}

std::vector<std::string> audioModuleCandidates() {
    const fs::path dir = programDir();
    if (dir.empty()) return {};
    return {(dir / "readcast-audio.so").string(), (dir.parent_path() / "lib" / "readcast" / "readcast-audio.so").string()};
}

}  // namespace readcast
