// Blind round 82: what listeners found wrong in pages and pasted texts written for the round, each fix beside the
// neighbouring case that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"

using namespace readcast;

// Latin capitals in a sentence of another script are a switch to English of their own, where eSpeak NG says as a word
// whatever it can ("fomk"): spelled. Those that make syllables stay words, and the same capitals in an English sentence,
// which eSpeak NG spells, are left.
TEST(BlindRound82Test, shouldSpellLatinInitialismsInASentenceOfAnotherScript) {
    const std::string korean = blindSay("\xEB\xAF\xB8 \xEC\x97\xB0\xEC\xA4\x80\xEC\x9D\x80 FOMC \xED\x9A\x8C\xEC\x9D\x98\xEC\x97\x90\xEC\x84\x9C "
                                        "HSBC\xEC\x99\x80 NATO, KOSPI\xEB\xA5\xBC \xEB\xA7\x90\xED\x96\x88\xEB\x8B\xA4.",
                                        "ko");
    EXPECT_NE(korean.find("F O M C "), std::string::npos) << korean;
    EXPECT_NE(korean.find("H S B C\xEC\x99\x80"), std::string::npos) << korean;
    EXPECT_NE(korean.find("NATO,"), std::string::npos) << korean;
    EXPECT_NE(korean.find("KOSPI"), std::string::npos) << korean;
    const std::string russian = blindSay("\xD0\x90\xD0\xBA\xD1\x86\xD0\xB8\xD0\xB8 ASML \xD0\xB8 NASDAQ \xD0\xB2\xD1\x8B\xD1\x80\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB8.", "ru");
    EXPECT_NE(russian.find("eh S M L"), std::string::npos) << russian;
    EXPECT_NE(russian.find("NASDAQ"), std::string::npos) << russian;
    EXPECT_EQ(blindSay("HSBC and ASML reported.", "en").find("H S B C"), std::string::npos);
}

