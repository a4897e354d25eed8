#pragma once
// A scratch folder of this test process's own: the release and the sanitized suites, or two runs of
// one, may run side by side on one machine, and a fixture named only after its test would share (and
// remove) the other's files.

#include <unistd.h>

#include <filesystem>
#include <string>

namespace readcast::testing {

inline std::filesystem::path tempRoot() {
    static const std::filesystem::path root = [] {
        auto dir = std::filesystem::temp_directory_path() / ("readcast-tests-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir);
        return dir;
    }();
    return root;
}

}  // namespace readcast::testing
