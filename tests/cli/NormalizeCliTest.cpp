// script --bare, --explain and --lexicon from the command line.

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

}  // namespace
}  // namespace readcast::testing
