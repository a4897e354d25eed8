#pragma once
// A scratch folder of this test process's own: the release and the sanitized suites, or two runs of
// one, may run side by side on one machine, and a fixture named only after its test would share (and
// remove) the other's files.

#include <unistd.h>

#include <filesystem>
#include <string>

namespace readcast::testing {

// The folder, removed with what is left in it when the process ends.
inline std::filesystem::path tempRoot() {
    struct Root {
        std::filesystem::path dir = std::filesystem::temp_directory_path() / ("readcast-tests-" + std::to_string(::getpid()));
        Root() { std::filesystem::create_directories(dir); }
        ~Root() {
            std::error_code ignored;
            std::filesystem::remove_all(dir, ignored);
        }
    };
    static const Root root;
    return root.dir;
}

}  // namespace readcast::testing
