// Korean sports copy: scores joined by a dash, ages in brackets, batting averages, fractions of an innings and
// lengths in Latin letters, as a Korean newsreader says them.
#include <gtest/gtest.h>

#include "text/Lexicon.hpp"
#include "text/Normalizer.hpp"

using namespace readcast;

namespace {

std::string sayKorean(const std::string& text) {
    const Lexicon lexicon = loadLexicons(std::string(READCAST_SOURCE_DIR) + "/voices", "ko", {});
    return Normalizer("ko", &lexicon).normalize(text);
}

}  // namespace

TEST(KoreanRulesTest, shouldSayAScoreWithDae) {
    EXPECT_EQ(sayKorean("삼성은 1-2로 끌려가던 6회 5-3으로 이겼다."), "삼성은 1 대 2로 끌려가던 6회 5 대 3으로 이겼다.");
    EXPECT_EQ(sayKorean("SSG·롯데는 2-2 무승부"), "SSG·롯데는 2 대 2 무승부");
    EXPECT_EQ(sayKorean("KCC가 102-98로 이겼다"), "KCC가 102 대 98로 이겼다");
    // (A range before its counter, a season, a telephone number and a decimal are no scores.)
    EXPECT_EQ(sayKorean("3-4일 열린다"), "3-4일 열린다");
    EXPECT_EQ(sayKorean("1-2위 싸움"), "1-2위 싸움");
    EXPECT_EQ(sayKorean("2024-2025 시즌"), "2024-2025 시즌");
    EXPECT_EQ(sayKorean("전화 02-398-3114"), "전화 공이, 삼구팔, 삼일일사");
}

TEST(KoreanRulesTest, shouldSayAnAgeInBracketsWithItsCounter) {
    EXPECT_EQ(sayKorean("구자민(27)의 역전 결승 2점 홈런"), "구자민(스물일곱 살)의 역전 결승 2점 홈런");
    EXPECT_EQ(sayKorean("신인 이도현(19)은"), "신인 이도현(열아홉 살)은");
    // (Not a figure in brackets after a Latin word or a longer one.)
    EXPECT_EQ(sayKorean("LG(12)와 한화(2025)"), "LG(12)와 한화(2025)");
}

TEST(KoreanRulesTest, shouldSayABattingAverageInHalPunRi) {
    EXPECT_EQ(sayKorean("지난 시즌 타율 0.312, 22홈런"), "지난 시즌 타율 3할 1푼 2리, 22홈런");
    EXPECT_EQ(sayKorean("시즌 타율은 0.305였다"), "시즌 타율은 3할 5리였다");
    EXPECT_EQ(sayKorean("승률 0.250"), "승률 2할 5푼");
    // (Any other decimal is said with its point.)
    EXPECT_EQ(sayKorean("평균자책점 0.312"), "평균자책점 0 점 3 1 2");
}

TEST(KoreanRulesTest, shouldSayAFractionDenominatorFirst) {
    EXPECT_EQ(sayKorean("3⅓이닝 동안"), "3과 3분의 1 이닝 동안");
    EXPECT_EQ(sayKorean("5⅔이닝"), "5와 3분의 2 이닝");
    EXPECT_EQ(sayKorean("½ 가격"), "2분의 1 가격");
}

TEST(KoreanRulesTest, shouldSayLengthsAndWeightsInLatinLetters) {
    EXPECT_EQ(sayKorean("비거리 125m짜리"), "비거리 125 미터짜리");
    EXPECT_EQ(sayKorean("3.5km 구간, 80kg 이상"), "3 점 5 킬로미터 구간, 80 킬로그램 이상");
}
