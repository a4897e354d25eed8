// What blind round 74 found read wrong, each with a neighbour that must stay as it was.
#include <gtest/gtest.h>

#include "BlindRoundHelpers.hpp"
#include "ingest/Furniture.hpp"
#include "text/WireCopy.hpp"

using namespace readcast;

// A Korean wire's dateline in square brackets, its reporter run on after them, is the byline's: the place alone is said.
TEST(BlindRound74Test, shouldSplitAKoreanWiresDatelineInSquareBrackets) {
    const auto d = splitDateline("[세종=뉴시스]이지현 기자 = 반도체 수출이 석 달 연속 증가했다.");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->place, "세종.");
    EXPECT_EQ(d->rest, "반도체 수출이 석 달 연속 증가했다.");
    const auto round = splitDateline("(서울=연합뉴스) 김민수 기자 = 서울시가 예산을 늘렸다.");
    ASSERT_TRUE(round.has_value());
    EXPECT_EQ(round->rest, "서울시가 예산을 늘렸다.");
    // (A bracket of the story's own is no dateline.)
    EXPECT_FALSE(splitDateline("[단독] 반도체 수출이 늘었다.").has_value());
}

// A Korean portal's foot under the story: the desk's signature with the writer's address, its pointers to subscribe
// and to go elsewhere, and the portal's note on sections.
TEST(BlindRound74Test, shouldLeaveOutAKoreanPortalsFoot) {
    EXPECT_TRUE(isSignOff("◎공감언론 뉴시스 jihyun@newsis.com"));
    EXPECT_TRUE(isLinkOut("▶ 네이버에서 뉴시스 구독하기"));
    EXPECT_TRUE(isLinkOut("▶ 뉴시스 빅데이터 MSI 주가시세표 바로가기"));
    EXPECT_TRUE(isLinkOut("▶ 뉴시스 SNS [페이스북] [트위터]"));
    EXPECT_TRUE(isLinkOut("► Watch the full interview"));
    EXPECT_TRUE(isPublisherNote("기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다."));
    // (A point of the story after an arrow says a sentence; a sentence may end on an address.)
    EXPECT_FALSE(isLinkOut("▶ 정부는 다음 달 하반기 수출 전략을 발표할 예정이다."));
    EXPECT_FALSE(isLinkOut("► The council will vote on the plan next month."));
    EXPECT_FALSE(isSignOff("Tips can be sent to the desk at tips@example.com"));
}

// A promo under a one-word label in capitals is a promo.
TEST(BlindRound74Test, shouldLeaveOutAPromoUnderALabel) {
    EXPECT_TRUE(isCallToAction("DOWNLOAD: Get the free KVTN 8 Storm Tracker app"));
    EXPECT_FALSE(isCallToAction("UPDATE: The storm warning was lifted at 9 p.m."));
}

// A substitute's minute beside his rating, and a minute of stoppage time, are minutes; a length in feet stays feet.
TEST(BlindRound74Test, shouldReadAMatchsMinutesInARatingsBoxAndStoppageTime) {
    EXPECT_EQ(blindSay("Vance 5 (Okafor 46' 8); Mensah 8 (Okonkwo 83' 8).", "en-GB"),
              "Vance five, Okafor forty-sixth minute, eight; Mensah eight, Okonkwo eighty-third minute, eight.");
    EXPECT_EQ(blindSay("Okonkwo strikes in 90+4' to sink Ashbourne", "en-GB"),
              "Okonkwo strikes in the ninetieth minute plus four to sink Ashbourne");
    EXPECT_EQ(blindSay("The room is (12' 6) wide.", "en-GB"), "The room is, twelve feet six, wide.");
    EXPECT_EQ(blindSay("The wall was 12' high.", "en-GB"), "The wall was twelve feet high.");
}

// A common fraction in Russian is said in words, in the case the word before it asks for.
TEST(BlindRound74Test, shouldReadARussianFractionInItsCase) {
    EXPECT_EQ(blindSay("около 2/3 торговли", "ru"), "около двух третей торговли");
    EXPECT_EQ(blindSay("2/3 депутатов проголосовали", "ru"), "две трети депутатов проголосовали");
    EXPECT_EQ(blindSay("почти 1/2 всех", "ru"), "почти половина всех");
    EXPECT_EQ(blindSay("около 3/5 бюджета", "ru"), "около трёх пятых бюджета");
    // (Not a code or a round-the-clock "24/7".)
    EXPECT_EQ(blindSay("в режиме 24/7", "ru"), "в режиме 24/7");
}
