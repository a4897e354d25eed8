// script --bare, --explain and --lexicon from the command line.

#include <sstream>

#include "CliRunner.hpp"

namespace readcast::testing {
namespace {

class NormalizeCliTest : public CliTest {};

TEST_F(NormalizeCliTest, shouldPrintOneSpokenLinePerInputLine) {
    writeFile(dir / "in.txt", "The $2.5 billion deal closed on Apr. 29, 2025.\n\nWorld War II ended in 1945.\n");
    const RunResult r = run("script --bare -", (dir / "in.txt").string());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out,
              "The two point five billion dollar deal closed on April twenty-ninth, twenty twenty-five.\n"
              "World War two ended in nineteen forty-five.\n");
}

TEST_F(NormalizeCliTest, shouldExplainEachRewriteWithItsRule) {
    writeFile(dir / "in.txt", "Mr. Kim paid $5.\n");
    const RunResult r = run("script --bare --explain in.txt");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "Mister Kim paid five dollars.\n    Mr. -> Mister  [abbreviation]\n    $5 -> five dollars  [money]\n");
}

TEST_F(NormalizeCliTest, shouldApplyRunLexiconOverTheShippedOne) {
    writeFile(dir / "names.tsv", "# for this run\nKyiv\tKee-yiv\nDaejeon\tDay john\n");
    writeFile(dir / "in.txt", "Officials in Kyiv and Daejeon agreed.\n");
    const RunResult r = run("script --bare --lexicon names.tsv in.txt");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "Officials in Kee-yiv and Day john agreed.\n");
    const RunResult shipped = run("script --bare in.txt");
    EXPECT_EQ(shipped.out, "Officials in Keev and Daejeon agreed.\n");
}

TEST_F(NormalizeCliTest, shouldNameTheLineOfAMalformedLexicon) {
    writeFile(dir / "bad.tsv", "Kyiv\tKeev\nno tab here\n");
    writeFile(dir / "in.txt", "Kyiv.\n");
    const RunResult r = run("render in.txt --lexicon bad.tsv -o out.mp3");
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.err.find("bad.tsv:2: expected WRITTEN<TAB>SPOKEN"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir / "out.mp3"));
    EXPECT_EQ(run("script --bare in.txt --lexicon missing.tsv").exit_code, 2) << "a missing file is a usage error";
}

TEST_F(NormalizeCliTest, shouldNormalizeTheArticleScriptToo) {
    const RunResult r = run("script --explain " + quote(seed()));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("on April twenty-sixth that North Korean forces"), std::string::npos);
    EXPECT_NE(r.out.find("    April 26 -> April twenty-sixth  [date]"), std::string::npos);
    EXPECT_NE(r.out.find("    Kim Jong-un -> Kim Jong Oon  [lexicon]"), std::string::npos);
}

// A filter: each line is printed as soon as it is read (a pipe's reader hears the first line while the
// writer still waits), and the input is never held whole.
TEST_F(NormalizeCliTest, shouldStreamLineByLineFromAPipe) {
    const std::string bin = quote(READCAST_BIN);
    // The first line's answer is timed against the start; the second line comes three seconds later.
    const std::string cmd = "cd " + quote(dir.string()) + " && start=$(date +%s%N); "
                            "(echo 'The 2 cats slept.'; sleep 3; echo 'Then 3 woke.') | " + bin +
                            " script --bare - | { IFS= read -r first; echo \"$(( ($(date +%s%N) - start) / 1000000 )) $first\"; cat; }";
    const std::string out = shell(cmd);
    std::istringstream lines(out);
    long ms = 0;
    std::string first;
    lines >> ms;
    std::getline(lines, first);
    EXPECT_EQ(first, " The two cats slept.") << out;
    EXPECT_LT(ms, 2500) << "the first line waited for the input to end";
    EXPECT_NE(out.find("Then three woke."), std::string::npos) << out;
}

TEST_F(NormalizeCliTest, shouldCheckEachLineAsTheWholeTextIsChecked) {
    // CR LF and lone CR end lines; a UTF-8 byte-order mark is dropped; UTF-16 is converted.
    writeFile(dir / "crlf.txt", "\xEF\xBB\xBFOne 1.\r\nTwo 2.\rThree 3.\n");
    const RunResult r = run("script --bare crlf.txt");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "One one.\nTwo two.\nThree three.\n");
    writeFile(dir / "wide.txt", std::string("\xFF\xFE" "4\0" "\n\0", 6));
    EXPECT_EQ(run("script --bare wide.txt").out, "four\n");
    // Invalid UTF-8 is named by its line; a line over the cap is refused; empty input is an error.
    writeFile(dir / "bad.txt", "fine\n\xC3\x28 broken\n");
    const RunResult bad = run("script --bare bad.txt");
    EXPECT_EQ(bad.exit_code, 3);
    EXPECT_NE(bad.err.find("bad.txt: invalid UTF-8 in line 2"), std::string::npos) << bad.err;
    writeFile(dir / "long.txt", std::string(1536 * 1024, 'a') + "\n");
    const RunResult longLine = run("script --bare --max-input 1 long.txt");
    EXPECT_EQ(longLine.exit_code, 3);
    EXPECT_NE(longLine.err.find("long.txt: line 1 is longer than 1 MB"), std::string::npos) << longLine.err;
    writeFile(dir / "empty.txt", "\n\n");
    EXPECT_EQ(run("script --bare empty.txt").exit_code, 3);
    writeFile(dir / "nul.txt", std::string("a\0b\n", 4));
    EXPECT_NE(run("script --bare nul.txt").err.find("binary"), std::string::npos);
}

}  // namespace
}  // namespace readcast::testing
