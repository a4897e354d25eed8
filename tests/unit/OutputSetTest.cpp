// The files of one render appear together or not at all.

#include <gtest/gtest.h>

#include "../TestTemp.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/Error.hpp"
#include "core/OutputSet.hpp"

using namespace readcast;
namespace fs = std::filesystem;

namespace {

class OutputSetTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir = readcast::testing::tempRoot() /
              ("readcast-outputs-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    void TearDown() override {
        fs::permissions(dir, fs::perms::owner_all, fs::perm_options::add);
        fs::remove_all(dir);
    }
    std::vector<std::string> files() const {
        std::vector<std::string> names;
        for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }
    static std::string content(const fs::path& p) {
        std::ifstream in(p);
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    }
    fs::path dir;
};

}  // namespace

TEST_F(OutputSetTest, shouldPutEveryFileInPlaceOnlyOnCommit) {
    {
        OutputSet outputs(false);
        outputs.add((dir / "a.mp3").string()).write("audio", 5);
        outputs.add((dir / "a.vtt").string()).write("WEBVTT", 6);
        EXPECT_TRUE(files().empty()) << "unnamed files while writing: nothing to see, nothing a kill could leave";
        EXPECT_FALSE(fs::exists(dir / "a.mp3"));
        outputs.commit();
    }
    EXPECT_EQ(files(), (std::vector<std::string>{"a.mp3", "a.vtt"}));
    EXPECT_EQ(content(dir / "a.vtt"), "WEBVTT");
}

TEST_F(OutputSetTest, shouldLeaveNothingWhenNotCommitted) {
    {
        OutputSet outputs(false);
        outputs.add((dir / "a.mp3").string()).write("partial", 7);
        outputs.add((dir / "a.srt").string()).write("1", 1);
    }
    EXPECT_TRUE(files().empty());
}

TEST_F(OutputSetTest, shouldReplaceOnlyWhenAskedAndOnlyOnCommit) {
    const fs::path path = dir / "a.mp3";
    std::ofstream(path) << "old";
    try {
        OutputSet outputs(false);
        outputs.add(path.string());
        FAIL() << "an existing file must not be taken without overwrite";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ExitCode::Output);
        EXPECT_NE(std::string(e.what()).find("the file exists (use --force to replace it)"), std::string::npos) << e.what();
    }
    {
        OutputSet outputs(true);
        outputs.add(path.string()).write("new", 3);
        EXPECT_EQ(content(path), "old") << "the old file stays until commit";
        outputs.commit();
    }
    EXPECT_EQ(content(path), "new");
}

TEST_F(OutputSetTest, shouldNotReplaceAFileThatAppearedWhileWriting) {
    const fs::path path = dir / "a.mp3";
    OutputSet outputs(false);
    outputs.add(path.string()).write("new", 3);
    std::ofstream(path) << "someone else's";
    EXPECT_THROW(outputs.commit(), Error);
    EXPECT_EQ(content(path), "someone else's");
}

TEST_F(OutputSetTest, shouldTakeBackWhatWasPlacedWhenALaterFileCannotBe) {
    OutputSet outputs(false);
    outputs.add((dir / "a.mp3").string()).write("audio", 5);
    outputs.add((dir / "a.vtt").string()).write("WEBVTT", 6);
    std::ofstream(dir / "a.vtt") << "appeared meanwhile";  // the second rename will be refused
    EXPECT_THROW(outputs.commit(), Error);
    EXPECT_FALSE(fs::exists(dir / "a.mp3")) << "all or none: the audio placed first was removed again";
    EXPECT_EQ(content(dir / "a.vtt"), "appeared meanwhile");
}

TEST_F(OutputSetTest, shouldRefuseTheSamePathTwiceAndFoldersAndMissingFolders) {
    OutputSet outputs(false);
    outputs.add((dir / "a.mp3").string());
    EXPECT_THROW(outputs.add((dir / "a.mp3").string()), Error);
    EXPECT_THROW(outputs.add(dir.string()), Error);
    try {
        outputs.add((dir / "missing" / "a.mp3").string());
        FAIL();
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("does not exist"), std::string::npos) << e.what();
    }
}
