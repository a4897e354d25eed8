// The bad-input matrix: every kind of bad article crossed with every command that reads one, and the
// bad options of each command, generated here. Each case must fail with one line "readcast: error: ..."
// naming what was wrong, the documented exit code, and nothing new in the folder.

#include <set>

#include "CliRunner.hpp"

namespace readcast::testing {
namespace {

struct Case {
    std::string args;     // after the program name; run in the test folder
    int exit_code;
    std::string says;     // part of the error line
};

std::set<std::string> listing(const fs::path& folder) {
    std::set<std::string> names;
    for (const auto& e : fs::recursive_directory_iterator(folder)) names.insert(e.path().lexically_relative(folder).string());
    return names;
}

class BadInputMatrixCliTest : public CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        fs::create_directories(dir / "out");
        writeFile(dir / "good.txt", "Harbour reopens\n\nThe harbour reopened on Tuesday after a storm. Boats returned by noon.\n");
        writeFile(dir / "empty.txt", "");
        writeFile(dir / "blank.txt", "  \n\n\t \n");
        writeFile(dir / "nul.txt", std::string("Harbour\0reopens\n", 16));
        writeFile(dir / "photo.jpg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0", 20));
        writeFile(dir / "latin1.txt", "Caf\xE9 society\n\nThe caf\xE9 opened on Monday. It was busy.\n");
        writeFile(dir / "title-only.txt", "Harbour reopens\n");
        writeFile(dir / "emoji.txt", "\xF0\x9F\x98\x80\xF0\x9F\x98\x80\n\n\xF0\x9F\x98\x80 \xF0\x9F\x98\x80.\n");
        writeFile(dir / "nav.html", "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>");
        writeFile(dir / "script.html", "<html><body><script>var story = 'The harbour reopened on Tuesday.';</script></body></html>");
        writeFile(dir / "front.md", "---\ntitle: Only front matter\n---\n");
        writeFile(dir / "big.txt", "Big\n\n" + std::string(2u << 20, 'a') + ".\n");
        fs::create_directories(dir / "folder");
        writeFile(dir / "bad.tsv", "Kyiv Keev without a tab\n");
        writeFile(dir / "notaudio.wav", "RIFF....WAVEnot really");
        before = listing(dir);
    }
    std::set<std::string> before;
};

TEST_F(BadInputMatrixCliTest, shouldFailEveryBadInputWithOneLineTheRightCodeAndNoFile) {
    // Bad articles, for each command that reads one.
    const std::vector<std::pair<std::string, std::string>> articles{
        {"missing.txt", "cannot open missing.txt: No such file or directory"},
        {"folder", "folder: it is a folder, not a file"},
        {"empty.txt", "empty.txt: the article is empty"},
        {"blank.txt", "blank.txt: the article is empty"},
        {"nul.txt", "nul.txt: this is a binary file, not an article"},
        {"photo.jpg", "photo.jpg: this is a binary file, not an article"},
        {"latin1.txt", "latin1.txt: invalid UTF-8 at byte 3"},
        {"title-only.txt", "title-only.txt: no article text found"},
        {"emoji.txt", "emoji.txt: no article text found"},
        {"nav.html", "nav.html: no article found on this page"},
        {"script.html", "script.html: no article found on this page"},
        {"front.md", "front.md: no article text found"},
        {"big.txt --max-input 1", "big.txt: larger than 1 MB, the most an article may be"},
    };
    std::vector<Case> cases;
    for (const auto& [article, says] : articles) {
        cases.push_back({"render " + article + " -o out/a.mp3", 3, says});
        cases.push_back({"script " + article, 3, says});
        cases.push_back({"extract " + article, 3, says});
    }
    cases.push_back({"render - -o out/a.mp3", 3, "-: the article is empty"});
    cases.push_back({"script -", 3, "-: the article is empty"});
    cases.push_back({"extract -", 3, "-: the article is empty"});
    // Bad options and outputs.
    const std::vector<Case> options{
        {"render good.txt --voice nope -o out/a.mp3", 5, "unknown voice 'nope'"},
        {"script good.txt --voice nope", 5, "unknown voice 'nope'"},
        {"render good.txt --voices-dir nowhere -o out/a.mp3", 5, "cannot read voices folder nowhere"},
        {"render good.txt --rate 9999 -o out/a.mp3", 2, "--rate: Value 9999 not in range 80 to 450"},
        {"script good.txt --rate 10", 2, "--rate: Value 10 not in range"},
        {"render good.txt --pitch 101 -o out/a.mp3", 2, "--pitch: Value 101 not in range"},
        {"render good.txt --format aac -o out/a.mp3", 2, "--format: 'aac' is not one of"},
        {"render good.txt --bitrate 100 -o out/a.mp3", 2, "--bitrate"},
        {"render good.txt --sample-rate 12345 -o out/a.mp3", 2, "--sample-rate: 12345 not in"},
        {"render good.txt --loudness -5 -o out/a.mp3", 2, "--loudness: '-5' is not off or a loudness"},
        {"render good.txt --loudness nan -o out/a.mp3", 2, "--loudness: 'nan'"},
        {"render good.txt --loudness abc -o out/a.mp3", 2, "--loudness: 'abc'"},
        {"render good.txt --track 5/3 -o out/a.mp3", 2, "--track: '5/3' is not N or N/TOTAL"},
        {"render good.txt --transcript pdf -o out/a.mp3", 2, "'pdf' is not one of vtt, srt, json"},
        {"render good.txt --intro-audio good.txt -o out/a.mp3", 3, "cannot read good.txt: not an audio file"},
        {"render good.txt --outro-audio notaudio.wav -o out/a.mp3", 3, "notaudio.wav: not an audio file"},
        {"render good.txt --cover good.txt -o out/a.mp3", 3, "cover good.txt is not a JPEG or PNG image"},
        {"render good.txt --lexicon bad.tsv -o out/a.mp3", 3, "bad.tsv:1: expected WRITTEN<TAB>SPOKEN"},
        {"script good.txt --lexicon bad.tsv", 3, "bad.tsv:1: expected WRITTEN<TAB>SPOKEN"},
        {"script good.txt --lexicon missing.tsv", 2, "--lexicon: File does not exist: missing.tsv"},
        {"render good.txt -o nodir/a.mp3", 4, "cannot write nodir/a.mp3: the folder nodir does not exist"},
        {"render good.txt -o folder", 4, "cannot write folder: it is a folder"},
        {"render good.txt -o good.txt --force", 4, "cannot write good.txt: it is the article being read"},
        {"render good.txt -o bad.tsv --lexicon bad.tsv --force", 4, "cannot write bad.tsv"},
        {"render good.txt --transcript vtt -o -", 2, "transcripts and chapters are files beside the audio"},
        {"render good.txt --from pdf -o out/a.mp3", 2, "--from: 'pdf' is not one of"},
        {"script good.txt --from pdf", 2, "--from: 'pdf' is not one of"},
        {"extract good.txt --from pdf", 2, "--from: 'pdf' is not one of"},
        {"extract good.txt --max-input 0", 2, "--max-input"},
        {"render", 2, "ARTICLE is required"},
        {"nonsense", 2, "unknown command 'nonsense' (commands: render, batch"},
    };
    cases.insert(cases.end(), options.begin(), options.end());
    ASSERT_GE(cases.size(), 60u);
    for (const Case& c : cases) {
        const RunResult r = run(c.args);
        EXPECT_EQ(r.exit_code, c.exit_code) << c.args << "\n" << r.err;
        EXPECT_EQ(r.err.rfind("readcast: error: ", 0), 0u) << c.args << "\n" << r.err;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << "one line: " << c.args << "\n" << r.err;
        EXPECT_NE(r.err.find(c.says), std::string::npos) << c.args << "\n" << r.err;
        EXPECT_TRUE(r.out.empty()) << c.args;
        EXPECT_EQ(listing(dir), before) << "a file appeared or vanished: " << c.args;
    }
}

}  // namespace
}  // namespace readcast::testing
