#include <gtest/gtest.h>

#include "core/Error.hpp"
#include "ingest/InputReader.hpp"

using namespace readcast;

namespace {
std::string failure(const std::string& bytes) {
    try {
        validateText("a.txt", bytes);
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ExitCode::Input);
        return e.what();
    }
    return "accepted";
}
}  // namespace

TEST(InputReaderTest, shouldRejectEmptyAndBlankText) {
    EXPECT_EQ(failure(""), "a.txt: the article is empty");
    EXPECT_EQ(failure(" \n\t\n"), "a.txt: the article is empty");
}

TEST(InputReaderTest, shouldRejectBinary) {
    EXPECT_EQ(failure(std::string("GIF89a\0\0\x01", 9)), "a.txt: this is a binary file, not an article");
}

TEST(InputReaderTest, shouldRejectInvalidUtf8WithOffset) {
    EXPECT_EQ(failure("ok \xC3\x28"), "a.txt: invalid UTF-8 at byte 3 (convert the file to UTF-8 first)");
    EXPECT_EQ(failure("\xED\xA0\x80"), "a.txt: invalid UTF-8 at byte 0 (convert the file to UTF-8 first)");
}

TEST(InputReaderTest, shouldDropBomAndNormaliseLineEnds) {
    EXPECT_EQ(validateText("a.txt", "\xEF\xBB\xBFOne\r\nTwo\rThree\n"), "One\nTwo\nThree\n");
}

TEST(InputReaderTest, shouldNameMissingFile) {
    try {
        readInput("/nonexistent/story.txt");
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_STREQ(e.what(), "cannot open /nonexistent/story.txt: No such file or directory");
    }
}
