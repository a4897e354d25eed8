#pragma once
// Runs the real readcast binary (or any shell command) and captures exit code, stdout and stderr,
// in a fresh temporary folder per test.

#include <gtest/gtest.h>

#include "../TestTemp.hpp"
#include <sndfile.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <regex>
#include <string>

namespace readcast::testing {

namespace fs = std::filesystem;

struct RunResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

inline std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void writeFile(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

inline std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

struct Decoded {
    int sample_rate = 0;
    int channels = 0;
    double seconds = 0;
};

// Decodes with libsndfile (which reads MP3 through mpg123), not with anything of readcast's.
inline Decoded decode(const fs::path& path) {
    SF_INFO info{};
    SNDFILE* f = sf_open(path.c_str(), SFM_READ, &info);
    if (f == nullptr) return {};
    // Count frames by reading: an MP3's header length is an estimate.
    std::vector<float> buf(8192 * static_cast<std::size_t>(info.channels));
    sf_count_t frames = 0, n = 0;
    while ((n = sf_readf_float(f, buf.data(), 8192)) > 0) frames += n;
    sf_close(f);
    return {info.samplerate, info.channels, static_cast<double>(frames) / info.samplerate};
}

class CliTest : public ::testing::Test {
protected:
    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        dir = readcast::testing::tempRoot() / (std::string("readcast-") + info->test_suite_name() + "-" + info->name());
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    void TearDown() override {
        fs::permissions(dir, fs::perms::owner_all, fs::perm_options::add);
        fs::remove_all(dir);
    }

    // `args` is pasted into a shell command line after the binary.
    RunResult run(const std::string& args, const std::string& stdinFile = "") const {
        const fs::path out = dir / ".stdout", err = dir / ".stderr";
        std::string cmd = "cd " + quote(dir.string()) + " && " + quote(READCAST_BIN) + " " + args + " >" +
                          quote(out.string()) + " 2>" + quote(err.string());
        cmd += stdinFile.empty() ? " </dev/null" : " <" + quote(stdinFile);
        const int status = std::system(cmd.c_str());
        RunResult r;
        r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        r.out = readFile(out);
        r.err = readFile(err);
        fs::remove(out);
        fs::remove(err);
        return r;
    }

    // Files in the test folder, so a test can assert that nothing was left behind.
    std::vector<std::string> files() const {
        std::vector<std::string> names;
        for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }

    static std::string seed() { return std::string(READCAST_SOURCE_DIR) + "/samples/north-korea-russia-alliance.txt"; }
    // A Markdown report of about 50 seconds with a captioned figure, for tests whose point does not
    // need the seed's four minutes of audio (the sanitized build renders each several times slower).
    static std::string shortReport() { return std::string(READCAST_TEST_DATA) + "/short-report.md"; }

    fs::path dir;
};

inline std::string shell(const std::string& cmd) {
    std::string output;
    FILE* p = ::popen(cmd.c_str(), "r");
    if (p == nullptr) return output;
    char buf[4096];
    std::size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) output.append(buf, n);
    ::pclose(p);
    return output;
}

// Loudness and true peak as ffmpeg's own EBU R128 meter reads the file (ebur128=peak=true).
struct Measured {
    double lufs = 0;
    double true_peak = 0;
    bool ok = false;
};

inline Measured ffmpegLoudness(const fs::path& file) {
    const std::string log = shell("ffmpeg -hide_banner -nostats -i " + quote(file.string()) +
                                  " -af ebur128=peak=true -f null - 2>&1");
    std::smatch i, p;
    static const std::regex kI(R"(I:\s+(-?[0-9.]+) LUFS)"), kPeak(R"(Peak:\s+(-?[0-9.]+|-inf) dBFS)");
    const std::size_t summary = log.rfind("Summary:");
    if (summary == std::string::npos) return {};
    const std::string tail = log.substr(summary);
    if (!std::regex_search(tail, i, kI) || !std::regex_search(tail, p, kPeak)) return {};
    return {std::stod(i[1]), std::stod(p[1]), true};
}

}  // namespace readcast::testing
