// The pieces of a batch that decide names, shards and what is read: checked without rendering.

#include <gtest/gtest.h>

#include "../TestTemp.hpp"

#include <filesystem>
#include <fstream>
#include <set>

#include "batch/Inputs.hpp"
#include "batch/Manifest.hpp"
#include "batch/Shard.hpp"
#include "batch/Slug.hpp"
#include "core/Error.hpp"

using namespace readcast;
namespace fs = std::filesystem;

TEST(SlugTest, shouldMakeASafeStableNameFromAnyHeadline) {
    const std::string a = slugFor("North Korea and Russia\u2019s dangerous new alliance", "in/nk.txt");
    EXPECT_EQ(a.rfind("north-korea-and-russias-dangerous-new-alliance-", 0), 0u) << a;
    EXPECT_EQ(a, slugFor("North Korea and Russia\u2019s dangerous new alliance", "in/nk.txt")) << "stable";
    EXPECT_NE(a, slugFor("North Korea and Russia\u2019s dangerous new alliance", "in/other.txt")) << "same headline, two articles";
    EXPECT_EQ(slugFor("M\u0101ori tribes fear strandings", "k").rfind("maori-tribes-fear-strandings-", 0), 0u);
    EXPECT_EQ(slugFor("\uBD81\uD55C \uAD70\uB300", "k").rfind("bughan-gundae-", 0), 0u) << slugFor("\uBD81\uD55C \uAD70\uB300", "k");
    for (const std::string& evil : {std::string("../../etc/passwd"), std::string("\x1b[31mred\x1b[0m"), std::string("CON"),
                                    std::string(""), std::string("..."), std::string(500, 'x'), std::string("a/b\\c:d*e?f")}) {
        const std::string s = slugFor(evil, "k");
        EXPECT_LE(s.size(), kMaxSlugBytes) << s;
        EXPECT_EQ(s.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-"), std::string::npos) << s;
        EXPECT_NE(s[0], '-');
        EXPECT_NE(s[0], '.');
    }
    EXPECT_EQ(slugFor("", "k").rfind("article-", 0), 0u);
}

TEST(ShardTest, shouldSplitKeysSoThatEveryKeyHasExactlyOneShard) {
    std::vector<Shard> shards;
    for (int k = 0; k < 4; ++k) shards.push_back(parseShard(std::to_string(k) + "/4"));
    int counts[4] = {0, 0, 0, 0};
    for (int i = 0; i < 400; ++i) {
        int owners = 0;
        for (int k = 0; k < 4; ++k) {
            if (shards[static_cast<std::size_t>(k)].owns("folder/article-" + std::to_string(i) + ".html")) {
                ++owners;
                ++counts[k];
            }
        }
        ASSERT_EQ(owners, 1) << i;
    }
    for (int c : counts) EXPECT_GT(c, 60) << "roughly even";
    for (const char* bad : {"5/4", "4/4", "0/0", "-1/3", "x", "1/", "/3", "1/2/3"}) {
        EXPECT_THROW(parseShard(bad), Error) << bad;
    }
}

TEST(ShardTest, shouldTakeTheShardFromSlurmOrKubernetes) {
    ::setenv("SLURM_ARRAY_TASK_ID", "7", 1);
    ::setenv("SLURM_ARRAY_TASK_MIN", "5", 1);
    ::setenv("SLURM_ARRAY_TASK_COUNT", "4", 1);
    auto s = shardFromEnvironment(std::nullopt);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->index, 2);
    EXPECT_EQ(s->count, 4);
    ::unsetenv("SLURM_ARRAY_TASK_ID");
    ::unsetenv("SLURM_ARRAY_TASK_MIN");
    ::unsetenv("SLURM_ARRAY_TASK_COUNT");
    ::setenv("JOB_COMPLETION_INDEX", "3", 1);
    EXPECT_THROW(shardFromEnvironment(std::nullopt), Error) << "Kubernetes gives no count by itself";
    s = shardFromEnvironment(5);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->index, 3);
    EXPECT_EQ(s->count, 5);
    EXPECT_THROW(shardFromEnvironment(3), Error) << "index 3 of 3";
    ::unsetenv("JOB_COMPLETION_INDEX");
    EXPECT_FALSE(shardFromEnvironment(std::nullopt));
}

TEST(BatchInputsTest, shouldWalkFoldersAndListsButPassOverHiddenBinaryAndOutput) {
    const fs::path dir = readcast::testing::tempRoot() / "readcast-batch-inputs";
    fs::remove_all(dir);
    fs::create_directories(dir / "archive/2024");
    fs::create_directories(dir / "archive/.cache");
    fs::create_directories(dir / "archive/out");
    std::ofstream(dir / "archive/a.html") << "<h1>A</h1><p>Text.</p>";
    std::ofstream(dir / "archive/2024/b.md") << "# B\n\nText.\n";
    std::ofstream(dir / "archive/2024/notes") << "A plain text article without an extension.\n";
    std::ofstream(dir / "archive/.hidden.txt") << "hidden";
    std::ofstream(dir / "archive/.cache/c.txt") << "cached";
    std::ofstream(dir / "archive/out/made.txt") << "an earlier output";
    std::ofstream(dir / "archive/pic.png", std::ios::binary) << std::string("\x89PNG\r\n\x1a\n\0\0\0", 11);
    std::ofstream(dir / "list.txt") << "# wanted\n" << (dir / "archive/a.html").string() << "\n" << (dir / "missing.txt").string() << "\n";
    const CollectedInputs found = collectInputs({(dir / "archive").string(), "@" + (dir / "list.txt").string()},
                                                (dir / "archive/out").string());
    std::vector<std::string> keys;
    for (const BatchInput& in : found.articles) keys.push_back(in.key);
    EXPECT_EQ(keys, (std::vector<std::string>{"archive/2024/b.md", "archive/2024/notes", "archive/a.html"}))
        << "a.html named twice is taken once";
    ASSERT_EQ(found.problems.size(), 2u);
    EXPECT_NE(found.problems[0].find("pic.png: binary data"), std::string::npos) << found.problems[0];
    EXPECT_NE(found.problems[1].find("missing.txt: no such file"), std::string::npos) << found.problems[1];
    fs::remove_all(dir);
}

TEST(ManifestTest, shouldIgnoreATornLastLineAndKeepEachKeysLastRecord) {
    const fs::path file = readcast::testing::tempRoot() / "readcast-manifest-test.jsonl";
    fs::remove(file);
    {
        ManifestWriter m(file.string());
        m.append({{"type", "plan"}, {"keys", {"a", "b"}}});
        m.append({{"type", "article"}, {"key", "a"}, {"status", "failed"}});
        m.append({{"type", "article"}, {"key", "a"}, {"status", "ok"}, {"output", "a.mp3"}});
        m.append({{"type", "article"}, {"key", "a"}, {"status", "skipped"}, {"output", "a.mp3"}});
    }
    std::ofstream(file, std::ios::app) << "{\"type\": \"article\", \"key\": \"b\", \"sta";  // killed mid-write
    const auto latest = latestRecords(readManifest(file.string()));
    ASSERT_EQ(latest.size(), 1u);
    EXPECT_EQ(latest.at("a")["status"], "ok") << "a resumed run's skip keeps the render it skipped";
    fs::remove(file);
}
