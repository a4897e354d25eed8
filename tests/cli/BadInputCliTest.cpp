// Every bad input gets one clear line on stderr naming the file, a non-zero exit, and no output file.

#include <csignal>

#include "CliRunner.hpp"

namespace readcast::testing {
namespace {

class BadInputCliTest : public CliTest {
protected:
    // Runs render and checks the common promises; returns stderr for message checks.
    std::string expectFailure(const std::string& args, int exitCode) {
        const RunResult r = run(args);
        EXPECT_EQ(r.exit_code, exitCode) << r.err;
        EXPECT_TRUE(r.out.empty());
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << "one line: " << r.err;
        EXPECT_EQ(r.err.rfind("readcast: error: ", 0), 0u) << r.err;
        for (const std::string& name : files()) {
            EXPECT_EQ(name.find(".mp3"), std::string::npos) << "left behind: " << name;
        }
        return r.err;
    }
};

TEST_F(BadInputCliTest, shouldNameMissingFile) {
    const std::string err = expectFailure("render missing.txt -o out.mp3", 3);
    EXPECT_NE(err.find("cannot open missing.txt: No such file or directory"), std::string::npos) << err;
}

TEST_F(BadInputCliTest, shouldRejectEmptyArticle) {
    writeFile(dir / "empty.txt", "  \n\n \t\n");
    const std::string err = expectFailure("render empty.txt -o out.mp3", 3);
    EXPECT_NE(err.find("empty.txt: the article is empty"), std::string::npos) << err;
}

TEST_F(BadInputCliTest, shouldRejectBinaryFile) {
    std::string bytes = "\x89PNG\r\n\x1a\n";
    bytes += std::string(200, '\0');
    writeFile(dir / "photo.txt", bytes);
    const std::string err = expectFailure("render photo.txt -o out.mp3", 3);
    EXPECT_NE(err.find("photo.txt: this is a binary file"), std::string::npos) << err;
}

TEST_F(BadInputCliTest, shouldRejectInvalidUtf8WithItsOffset) {
    writeFile(dir / "latin1.txt", "Caf\xE9 owners protest\nThe caf\xE9 closed on Monday.\n");
    const std::string err = expectFailure("render latin1.txt -o out.mp3", 3);
    EXPECT_NE(err.find("latin1.txt: invalid UTF-8 at byte 3"), std::string::npos) << err;
}

TEST_F(BadInputCliTest, shouldRejectArticleWithOnlyFurniture) {
    writeFile(dir / "furniture.txt", "To write comments, please log in to one of the accounts.\nShare this article\n");
    const std::string err = expectFailure("render furniture.txt -o out.mp3", 3);
    EXPECT_NE(err.find("furniture.txt: no article text found"), std::string::npos) << err;
}

TEST_F(BadInputCliTest, shouldRejectUnknownVoice) {
    const std::string err = expectFailure("render " + quote(seed()) + " -o out.mp3 --voice nobody", 5);
    EXPECT_NE(err.find("unknown voice 'nobody'"), std::string::npos) << err;
}

TEST_F(BadInputCliTest, shouldRejectMissingOutputFolder) {
    const std::string err = expectFailure("render " + quote(seed()) + " -o nowhere/out.mp3", 4);
    EXPECT_NE(err.find("the folder nowhere does not exist"), std::string::npos) << err;
}

TEST_F(BadInputCliTest, shouldRejectOutputFolderThatCannotBeWritten) {
    // /proc refuses new files even to root, unlike a folder with its write bits cleared.
    const std::string err = expectFailure("render " + quote(seed()) + " -o /proc/readcast-test.mp3", 4);
    EXPECT_NE(err.find("cannot write /proc/readcast-test.mp3"), std::string::npos) << err;
}

TEST_F(BadInputCliTest, shouldRejectStdinWithoutOutputName) {
    const RunResult r = run("render -", seed());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.err, "readcast: error: reading the article from stdin: name the output with -o OUT.mp3, or -o - for stdout\n");
    EXPECT_TRUE(files().empty());
}

TEST_F(BadInputCliTest, shouldNotOverwriteTheArticleItself) {
    writeFile(dir / "story.mp3", "North Korea and Russia\nThe talks began on Monday and ended late.\n");
    const RunResult r = run("render story.mp3 --from text -o story.mp3 --force");
    EXPECT_EQ(r.exit_code, 4);
    EXPECT_NE(r.err.find("it is the article being read"), std::string::npos) << r.err;
    EXPECT_EQ(readFile(dir / "story.mp3"), "North Korea and Russia\nThe talks began on Monday and ended late.\n");
}

TEST_F(BadInputCliTest, shouldRejectUnknownFlagAndBadValuesAsUsageErrors) {
    const std::pair<std::string, std::string> cases[] = {
        {" --bogus", "The following argument was not expected: --bogus"},
        {" --rate 5", "--rate: Value 5 not in range 80 to 450"},
        {" --bitrate 100", "--bitrate: 100 not in {8,16,24,32,40,48,56,64,80,96,112,128,160,192,224,256,320}"},
        {" --captions maybe", "--captions: 'maybe' is not one of read, skip"},
        {" --format aac", "--format: 'aac' is not one of flac, mp3, ogg, opus, wav"},
    };
    for (const auto& [args, message] : cases) {
        // Into the test folder: a case that wrongly succeeds must not write beside the sample.
        const std::string err = expectFailure("render " + quote(seed()) + " -o out.mp3" + args, 2);
        EXPECT_NE(err.find(message), std::string::npos) << args << ": " << err;
        EXPECT_NE(err.find("(see readcast --help)"), std::string::npos) << err;
    }
    const std::string none = expectFailure("", 2);
    EXPECT_NE(none.find("A subcommand is required"), std::string::npos) << none;
    EXPECT_TRUE(files().empty());
}

TEST_F(BadInputCliTest, shouldNameBothFlagsWhenTheyConflict) {
    const RunResult both = run("render " + quote(seed()) + " --bitrate 64 --vbr-quality 2 -o x.mp3");
    EXPECT_EQ(both.exit_code, 2);
    EXPECT_NE(both.err.find("--bitrate"), std::string::npos) << both.err;
    EXPECT_NE(both.err.find("--vbr-quality"), std::string::npos) << both.err;
    const std::string wav = expectFailure("render " + quote(seed()) + " --format wav --bitrate 64 -o x.wav", 2);
    EXPECT_NE(wav.find("--bitrate: applies to MP3 only, and the output is wav (--format)"), std::string::npos) << wav;
    // The format the output's name gives is known before the options are checked against it.
    const std::string named = expectFailure("render " + quote(seed()) + " -o x.wav --vbr-quality 2", 2);
    EXPECT_NE(named.find("--vbr-quality: applies to MP3 only, and the output is wav (from the name given to -o)"),
              std::string::npos) << named;
    EXPECT_TRUE(files().empty());
}

TEST_F(BadInputCliTest, shouldLeaveNothingWhenKilledWhileWriting) {
    // About 40 minutes of audio, so the render is still running when it is stopped.
    std::string longArticle = "A long article\n";
    const std::string body = readFile(seed());
    for (int i = 0; i < 12; ++i) {
        std::istringstream lines(body);
        for (std::string line; std::getline(lines, line);) {
            if (line.size() > 200) longArticle += "In part " + std::to_string(i) + ", " + line + "\n";
        }
    }
    writeFile(dir / "long.txt", longArticle);
    // Stopped only once its output is open (an unnamed file in this folder: /proc shows it as
    // "<folder>/#<inode> (deleted)"), then checked gone; with SIGTERM and with SIGKILL, which no handler sees.
    for (const char* sig : {"TERM", "KILL"}) {
        const std::string cmd = "cd " + quote(dir.string()) + " && { " + quote(READCAST_BIN) +
                                " render long.txt -o out.mp3 -q & pid=$!; started=0;"
                                " for i in $(seq 200); do ls -l /proc/$pid/fd 2>/dev/null | grep -q \"$PWD/#\" && { started=1; break; };"
                                " sleep 0.05; done; sleep 0.3; kill -" + sig + " $pid; wait $pid; code=$?;"
                                " [ $started = 1 ] && exit $code; exit 99; }";
        const int status = std::system(cmd.c_str());
        EXPECT_NE(WEXITSTATUS(status), 99) << "the render never started writing";
        EXPECT_EQ(WEXITSTATUS(status), 128 + (std::string(sig) == "TERM" ? SIGTERM : SIGKILL)) << sig;
        EXPECT_EQ(files(), (std::vector<std::string>{"long.txt"})) << "after SIG" << sig;
    }
}

}  // namespace
}  // namespace readcast::testing
