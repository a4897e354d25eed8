// readcast batch and readcast manifest, end to end: real worker processes, a kill -9 in the middle,
// shards, and the bad inputs of an archive.

#include <nlohmann/json.hpp>

#include <map>
#include <set>

#include <unistd.h>

#include "CliRunner.hpp"

namespace readcast::testing {
namespace {

using nlohmann::json;

std::vector<json> manifestLines(const fs::path& file) {
    std::vector<json> lines;
    std::istringstream in(readFile(file));
    for (std::string line; std::getline(in, line);) {
        json j = json::parse(line, nullptr, false);
        if (!j.is_discarded()) lines.push_back(j);
    }
    return lines;
}

// Every file of a folder but the manifests, with a hash of its bytes.
std::map<std::string, std::string> contents(const fs::path& folder) {
    std::map<std::string, std::string> out;
    for (const auto& e : fs::directory_iterator(folder)) {
        const std::string name = e.path().filename().string();
        if (name.rfind("manifest", 0) == 0) continue;
        out[name] = shell("sha256sum " + quote(e.path().string()) + " | cut -c1-64");
    }
    return out;
}

class BatchCliTest : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        fs::create_directories(dir / "in/world");
        const char* const places[] = {"Seoul", "Lagos", "Lima", "Oslo", "Hanoi", "Quito", "Tunis", "Perth"};
        for (int i = 0; i < 8; ++i) {
            writeFile(dir / "in/world" / ("story-" + std::to_string(i) + ".md"),
                      "# Rain returns to " + std::string(places[i]) + "\n\nHeavy rain fell on " + places[i] +
                          " on Monday, forecasters said. Schools stayed open.\n");
        }
    }
    std::vector<std::string> outputs(const fs::path& folder, const std::string& ext = ".mp3") const {
        std::vector<std::string> names;
        for (const auto& e : fs::directory_iterator(folder)) {
            if (e.path().extension() == ext) names.push_back(e.path().filename().string());
        }
        std::sort(names.begin(), names.end());
        return names;
    }
};

TEST_F(BatchCliTest, shouldRenderEveryArticleAndRecordEachInTheManifest) {
    writeFile(dir / "in/same-headline.md", "# Rain returns to Seoul\n\nA second story with the first one's headline.\n");
    writeFile(dir / "in/copy.md", readFile(dir / "in/world/story-1.md"));
    writeFile(dir / "in/empty.txt", "");
    writeFile(dir / "in/photo.jpg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11));
    const RunResult r = run("batch in -o out -j 2 --transcript vtt");
    EXPECT_EQ(r.exit_code, 7) << "some failed: " << r.err;
    EXPECT_NE(r.err.find("9 rendered, 1 skipped, 1 failed of 11"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("failed in/empty.txt: the article is empty"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("in/photo.jpg: binary data, not an article"), std::string::npos) << r.err;
    const std::vector<std::string> mp3 = outputs(dir / "out");
    ASSERT_EQ(mp3.size(), 9u);
    EXPECT_EQ(outputs(dir / "out", ".vtt").size(), 9u) << "sidecars too";
    int seoul = 0;
    for (const std::string& name : mp3) seoul += name.rfind("rain-returns-to-seoul-", 0) == 0 ? 1 : 0;
    EXPECT_EQ(seoul, 2) << "two articles with one headline get two names";
    std::map<std::string, std::string> status;
    for (const json& j : manifestLines(dir / "out/manifest.jsonl")) {
        if (j["type"] == "article") status[j["key"]] = j["status"];
        if (j["type"] == "article" && j["status"] == "ok") {
            EXPECT_EQ(j["bytes"].get<std::uintmax_t>(), fs::file_size(dir / j["output"].get<std::string>()));
            EXPECT_EQ(j["input_sha256"].get<std::string>().size(), 64u);
            EXPECT_FALSE(j["title"].get<std::string>().empty());
            EXPECT_NEAR(j["loudness_lufs"].get<double>(), -19.0, 0.5);
        }
    }
    EXPECT_EQ(status.size(), 11u);
    EXPECT_EQ(status["in/empty.txt"], "failed");
    EXPECT_EQ(std::set<std::string>({status["in/copy.md"], status["in/world/story-1.md"]}),
              std::set<std::string>({"ok", "skipped"}))
        << "the same content once";
}

TEST_F(BatchCliTest, shouldResumeAfterAKillAndMakeWhatAnUninterruptedRunMakes) {
    ASSERT_EQ(run("batch in -o whole -j 2 -q").exit_code, 0);
    // Killed with SIGKILL once two articles are recorded: no handler runs, in the batch or its workers.
    const std::string cmd = "cd " + quote(dir.string()) + " && { " + quote(READCAST_BIN) +
                            " batch in -o cut -j 2 -q & pid=$!; for i in $(seq 400); do"
                            " [ $(grep -c '\"type\":\"article\"' cut/manifest.jsonl 2>/dev/null || echo 0) -ge 2 ] && break;"
                            " sleep 0.05; done; kill -KILL $pid; wait $pid; sleep 0.5; }";
    const int status = std::system(cmd.c_str());
    ASSERT_TRUE(WIFEXITED(status));
    const std::size_t before = outputs(dir / "cut").size();
    EXPECT_GE(before, 2u);
    EXPECT_LT(before, 8u) << "killed in the middle";
    for (const auto& e : fs::directory_iterator(dir / "cut")) EXPECT_NE(e.path().filename().string()[0], '.') << "nothing half-written";
    const RunResult resumed = run("batch in -o cut -j 2 --resume --json");
    ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
    const json summary = json::parse(resumed.out);
    EXPECT_EQ(summary["skipped"].get<std::size_t>() + summary["rendered"].get<std::size_t>(), 8u);
    EXPECT_GE(summary["skipped"].get<std::size_t>(), 2u) << "what was finished is not done again";
    EXPECT_EQ(contents(dir / "cut"), contents(dir / "whole")) << "the same files, byte for byte";
    std::map<std::string, int> renders;
    for (const json& j : manifestLines(dir / "cut/manifest.jsonl")) {
        if (j["type"] == "article" && j["status"] == "ok") ++renders[j["key"]];
    }
    EXPECT_EQ(renders.size(), 8u);
    for (const auto& [key, n] : renders) EXPECT_EQ(n, 1) << key << " rendered twice";
}

TEST_F(BatchCliTest, shouldSplitIntoShardsThatTogetherRenderEveryArticleOnce) {
    for (int k = 0; k < 3; ++k) {
        const RunResult r = run("batch in -o out -q --shard " + std::to_string(k) + "/3");
        ASSERT_EQ(r.exit_code, 0) << r.err;
        EXPECT_TRUE(fs::exists(dir / ("out/manifest-" + std::to_string(k) + "-of-3.jsonl")));
    }
    EXPECT_EQ(outputs(dir / "out").size(), 8u);
    const RunResult merged = run("manifest out --json");
    ASSERT_EQ(merged.exit_code, 0) << merged.err;
    const json m = json::parse(merged.out);
    EXPECT_EQ(m["ok"], 8);
    EXPECT_TRUE(m["missing"].empty());
    fs::remove(dir / "out/manifest-1-of-3.jsonl");
    const RunResult gap = run("manifest out");
    EXPECT_EQ(gap.exit_code, 7);
    EXPECT_NE(gap.out.find("missing shard 1-of-3"), std::string::npos) << gap.out;
}

TEST_F(BatchCliTest, shouldRefuseBadShardsAndOutputFoldersClearly) {
    for (const char* shard : {"5/4", "0/0", "1/x"}) {
        const RunResult r = run(std::string("batch in -o out --shard ") + shard);
        EXPECT_EQ(r.exit_code, 2) << shard;
        EXPECT_NE(r.err.find("is not K/N with 0 <= K < N"), std::string::npos) << r.err;
    }
    writeFile(dir / "afile", "x");
    RunResult r = run("batch in -o afile");
    EXPECT_EQ(r.exit_code, 4);
    EXPECT_NE(r.err.find("cannot write into afile: it is a file, not a folder"), std::string::npos) << r.err;
    writeFile(dir / "list.txt", "in/world/story-0.md\nin/nowhere.md\n");
    r = run("batch @list.txt -o out");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("in/nowhere.md: no such file or folder"), std::string::npos) << r.err;
    EXPECT_EQ(outputs(dir / "out").size(), 1u);
}

TEST_F(BatchCliTest, shouldStopAnArticleThatTakesTooLongAndGoOn) {
    std::string longStory = "# A very long story\n\n";
    for (int i = 0; i < 300; ++i) longStory += "The council met again on Tuesday and talked for many hours about the budget. ";
    writeFile(dir / "in/long.md", longStory);
    const RunResult r = run("batch in -o out -j 2 --timeout 2");
    EXPECT_EQ(r.exit_code, 7) << r.err;
    EXPECT_NE(r.err.find("in/long.md: timed out after 2 s (--timeout)"), std::string::npos) << r.err;
    EXPECT_EQ(outputs(dir / "out").size(), 8u) << "the others rendered";
    for (const auto& e : fs::directory_iterator(dir / "out")) EXPECT_NE(e.path().filename().string()[0], '.');
}

}  // namespace
}  // namespace readcast::testing

namespace readcast::testing {
namespace {

TEST_F(BatchCliTest, shouldRecordAFullDiskAsFailuresAndLeaveNothingHalfWritten) {
    if (::geteuid() != 0) GTEST_SKIP() << "mounting a small tmpfs needs root";
    const fs::path tiny = dir / "tiny";
    fs::create_directories(tiny);
    // Room for the manifest and one or two small files, not for eight.
    if (std::system(("mount -t tmpfs -o size=160k tmpfs " + quote(tiny.string())).c_str()) != 0) {
        GTEST_SKIP() << "cannot mount a tmpfs here";
    }
    const RunResult r = run("batch in -o tiny/out -j 2");
    const std::vector<json> lines = manifestLines(tiny / "out/manifest.jsonl");
    int ok = 0, failed = 0;
    for (const json& j : lines) {
        if (j["type"] != "article") continue;
        (j["status"] == "ok" ? ok : failed)++;
        if (j["status"] == "failed") {
            EXPECT_NE(j["error"].get<std::string>().find("No space left on device"), std::string::npos) << j.dump();
        }
    }
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(tiny / "out")) names.push_back(e.path().filename().string());
    EXPECT_EQ(std::system(("umount " + quote(tiny.string())).c_str()), 0);
    EXPECT_EQ(r.exit_code, 7) << r.err;
    EXPECT_GT(failed, 0);
    EXPECT_EQ(ok + failed, 8);
    EXPECT_EQ(names.size(), static_cast<std::size_t>(ok) + 1) << "the manifest and the finished files only";
    for (const std::string& n : names) EXPECT_NE(n[0], '.') << n;
}

}  // namespace
}  // namespace readcast::testing
