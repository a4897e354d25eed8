// Batch sharding on a real scheduler: a single-node Slurm cluster started from Debian's packages
// (tests/slurm/start-cluster.sh), a job array of four tasks each running the same `readcast batch`
// command, which takes its shard from SLURM_ARRAY_TASK_ID. Every article must be rendered exactly once.

#include <nlohmann/json.hpp>
#include <unistd.h>

#include <map>

#include "CliRunner.hpp"

namespace readcast::testing {
namespace {

using nlohmann::json;

class SlurmCliTest : public CliTest {};

TEST_F(SlurmCliTest, shouldRenderEveryArticleExactlyOnceAcrossAJobArray) {
    if (::geteuid() != 0) GTEST_SKIP() << "starting munged, slurmctld and slurmd needs root";
    if (std::system("command -v slurmctld >/dev/null && command -v sbatch >/dev/null") != 0) {
        GTEST_SKIP() << "slurm-wlm is not installed (cmake/setup.sh installs it)";
    }
    const std::string state = (fs::temp_directory_path() / "readcast-slurm").string();
    const std::string conf = shell(quote(std::string(READCAST_SOURCE_DIR) + "/tests/slurm/start-cluster.sh") + " " +
                                   quote(state) + " 2>&1");
    ASSERT_NE(conf.find("slurm.conf"), std::string::npos) << "Slurm did not start: " << conf;
    const std::string env = "SLURM_CONF=" + quote(conf.substr(0, conf.find('\n'))) + " ";

    fs::create_directories(dir / "in");
    for (int i = 0; i < 40; ++i) {
        writeFile(dir / "in" / ("brief-" + std::to_string(i) + ".md"),
                  "# Council brief number " + std::to_string(i) + "\n\nThe council approved item " + std::to_string(i) +
                      " on Monday.\n");
    }
    writeFile(dir / "job.sh", "#!/bin/sh\nexec " + quote(READCAST_BIN) + " batch in -o out -j 1 -q --loudness off\n");
    // --wait: sbatch returns when every task has ended, non-zero if any failed.
    const int status = std::system((env + "sbatch --array=0-3 --wait --chdir=" + quote(dir.string()) + " -o " +
                                    quote((dir / "task-%a.log").string()) + " " + quote((dir / "job.sh").string()) +
                                    " >/dev/null").c_str());
    ASSERT_EQ(status, 0) << "a task failed: " << readFile(dir / "task-0.log");

    for (int k = 0; k < 4; ++k) EXPECT_TRUE(fs::exists(dir / ("out/manifest-" + std::to_string(k) + "-of-4.jsonl"))) << k;
    const RunResult merged = run("manifest out --json");
    ASSERT_EQ(merged.exit_code, 0) << merged.out << merged.err;
    const json m = json::parse(merged.out);
    EXPECT_EQ(m["ok"], 40);
    EXPECT_TRUE(m["missing"].empty());
    std::map<std::string, int> renders;
    int mp3 = 0;
    for (const auto& e : fs::directory_iterator(dir / "out")) {
        if (e.path().extension() == ".mp3") ++mp3;
        if (e.path().extension() != ".jsonl") continue;
        std::istringstream lines(readFile(e.path()));
        for (std::string line; std::getline(lines, line);) {
            const json j = json::parse(line, nullptr, false);
            if (!j.is_discarded() && j["type"] == "article" && j["status"] == "ok") ++renders[j["key"]];
        }
    }
    EXPECT_EQ(mp3, 40);
    EXPECT_EQ(renders.size(), 40u);
    for (const auto& [key, n] : renders) EXPECT_EQ(n, 1) << key;
}

}  // namespace
}  // namespace readcast::testing
