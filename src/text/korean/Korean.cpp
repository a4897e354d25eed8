// Korean spoken-form rules. eSpeak NG's Korean voice reads figures in Sino-Korean words, but passes over
// a decimal point ("0.12" is "영 십이", heard as "zero twelve") and says the percent sign in English.
// The point is "점", the decimals a digit at a time, and the sign "퍼센트", as a newsreader says them.

#include <cctype>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>

#include "core/Ascii.hpp"
#include "text/Normalizer.hpp"
#include "text/RewriteScan.hpp"

namespace readcast {
namespace korean {
namespace {

// Counters that take the native numbers, "두 명", "세 개", "세 시", "서른네 살" (eSpeak NG says every figure
// in Sino-Korean, "이 명"). Longer ones first: "시간" before "시".
constexpr const char* kNativeCounters[] = {
    "\xEB\xB2\x88\xEC\xA7\xB8",  // 번째
    "\xEC\x8B\x9C\xEA\xB0\x84",  // 시간
    "\xEA\xB0\x80\xEC\xA7\x80",  // 가지
    "\xEC\xB0\xA8\xEB\xA1\x80",  // 차례
    "\xEB\xA7\x88\xEB\xA6\xAC",  // 마리
    "\xEB\xAA\x85",                // 명
    "\xEA\xB0\x9C",                // 개
    "\xEC\x8B\x9C",                // 시
    "\xEC\x82\xB4",                // 살
    "\xEC\x9E\x94",                // 잔
    "\xEA\xB3\xB3",                // 곳
    "\xEC\xB2\x99"};               // 척

// The native number said before a counter, 1 to 99: "한", "두", "스무", "서른네"; `alone`, the form that
// stands without one, the first of a range: "하나", "둘", "스물", "서른넷".
std::string nativeNumber(int n, bool alone = false) {
    if (alone) {
        static const char* const kAlone[] = {"", "\xED\x95\x98\xEB\x82\x98", "\xEB\x91\x98", "\xEC\x85\x8B", "\xEB\x84\xB7"};  // 하나 둘 셋 넷
        if (n == 20) return "\xEC\x8A\xA4\xEB\xAC\xBC";  // 스물
        const std::string tens = n / 10 == 2 ? "\xEC\x8A\xA4\xEB\xAC\xBC" : nativeNumber(n - n % 10);  // (스물, not 스무)
        if (n % 10 >= 1 && n % 10 <= 4) return tens + kAlone[n % 10];
    }
    static const char* const kUnits[] = {"", "\xED\x95\x9C", "\xEB\x91\x90", "\xEC\x84\xB8", "\xEB\x84\xA4",
                                         "\xEB\x8B\xA4\xEC\x84\xAF", "\xEC\x97\xAC\xEC\x84\xAF", "\xEC\x9D\xBC\xEA\xB3\xB1",
                                         "\xEC\x97\xAC\xEB\x8D\x9F", "\xEC\x95\x84\xED\x99\x89"};  // 한 두 세 네 다섯 여섯 일곱 여덟 아홉
    static const char* const kTens[] = {"", "\xEC\x97\xB4", "\xEC\x8A\xA4\xEB\xAC\xBC", "\xEC\x84\x9C\xEB\xA5\xB8",
                                        "\xEB\xA7\x88\xED\x9D\x94", "\xEC\x89\xB0", "\xEC\x98\x88\xEC\x88\x9C",
                                        "\xEC\x9D\xBC\xED\x9D\x94", "\xEC\x97\xAC\xEB\x93\xA0", "\xEC\x95\x84\xED\x9D\x94"};  // 열 스물 서른 마흔 쉰 예순 일흔 여든 아흔
    if (n == 20) return "\xEC\x8A\xA4\xEB\xAC\xB4";  // 스무
    return std::string(kTens[n / 10]) + kUnits[n % 10];
}

// The counter that starts at `at`, or nullptr. (Not the words the same syllable starts that take Sino-Korean
// numbers: "3개월", "5개국", "10개사", "2시즌", "3시리즈".)
const char* counterAt(const std::string& text, std::size_t at) {
    static const char* const kSino[] = {"\xEA\xB0\x9C\xEC\x9B\x94", "\xEA\xB0\x9C\xEA\xB5\xAD", "\xEA\xB0\x9C\xEC\x82\xAC",
                                        "\xEA\xB0\x9C\xEC\x86\x8C", "\xEA\xB0\x9C\xEB\x85\x84", "\xEA\xB0\x9C\xEA\xB5\x90",
                                        "\xEC\x8B\x9C\xEC\xA6\x8C", "\xEC\x8B\x9C\xEB\xA6\xAC", "\xEC\x8B\x9C\xEB\x8C\x80",
                                        "\xEC\x8B\x9C\xEC\x9E\xA5", "\xEB\xAA\x85\xEB\x8B\xA8"};  // 개월 개국 개사 개소 개년 개교 시즌 시리 시대 시장 명단
    for (const char* w : kSino) {
        if (text.compare(at, std::strlen(w), w) == 0) return nullptr;
    }
    for (const char* c : kNativeCounters) {
        if (text.compare(at, std::strlen(c), c) == 0) return c;
    }
    return nullptr;
}

// The CJK squared signs of units, "84㎡" "84제곱미터".
const char* unitSign(const std::string& text, std::size_t at) {
    static const std::pair<const char*, const char*> kSigns[] = {
        {"\xE3\x8E\xA1", "\xEC\xA0\x9C\xEA\xB3\xB1\xEB\xAF\xB8\xED\x84\xB0"},                      // ㎡ 제곱미터
        {"\xE3\x8E\xA2", "\xEC\xA0\x9C\xEA\xB3\xB1\xED\x82\xAC\xEB\xA1\x9C\xEB\xAF\xB8\xED\x84\xB0"},  // ㎢ 제곱킬로미터
        {"\xE3\x8E\x9E", "\xED\x82\xAC\xEB\xA1\x9C\xEB\xAF\xB8\xED\x84\xB0"},                      // ㎞ 킬로미터
        {"\xE3\x8E\x8F", "\xED\x82\xAC\xEB\xA1\x9C\xEA\xB7\xB8\xEB\x9E\xA8"},                      // ㎏ 킬로그램
        {"\xE3\x8E\x9D", "\xEC\x84\xBC\xED\x8B\xB0\xEB\xAF\xB8\xED\x84\xB0"},                      // ㎝ 센티미터
        {"\xE3\x8E\x9C", "\xEB\xB0\x80\xEB\xA6\xAC\xEB\xAF\xB8\xED\x84\xB0"},                      // ㎜ 밀리미터
        {"\xE3\x8E\xB8", "\xED\x82\xAC\xEB\xA1\x9C\xEB\xB3\xBC\xED\x8A\xB8"},  // ㎸ 킬로볼트
        {"\xE3\x8E\xBE", "\xED\x82\xAC\xEB\xA1\x9C\xEC\x99\x80\xED\x8A\xB8"},  // ㎾ 킬로와트
        {"\xE3\x8E\xBF", "\xEB\xA9\x94\xEA\xB0\x80\xEC\x99\x80\xED\x8A\xB8"},  // ㎿ 메가와트
        // (A weather story's: degrees, a volume of air, the fine dust in it. eSpeak NG says none of them.)
        {"\xE2\x84\x83", "\xEB\x8F\x84"},                                                     // ℃ 도
        {"\xE3\x8E\xA5", "\xEC\x84\xB8\xEC\xA0\x9C\xEA\xB3\xB1\xEB\xAF\xB8\xED\x84\xB0"},  // ㎥ 세제곱미터
        {"\xE3\x8E\x8D", "\xEB\xA7\x88\xEC\x9D\xB4\xED\x81\xAC\xEB\xA1\x9C\xEA\xB7\xB8\xEB\x9E\xA8"},  // ㎍ 마이크로그램
        {"\xE3\x8E\x8E", "\xEB\xB0\x80\xEB\xA6\xAC\xEA\xB7\xB8\xEB\x9E\xA8"},          // ㎎ 밀리그램
        {"\xE3\x8E\x96", "\xEB\xB0\x80\xEB\xA6\xAC\xEB\xA6\xAC\xED\x84\xB0"}};         // ㎖ 밀리리터
    for (const auto& [sign, said] : kSigns) {
        if (text.compare(at, 3, sign) == 0) return said;
    }
    return nullptr;
}

// A Hangul syllable's three bytes end at `end` (U+AC00..U+D7A3: lead bytes 0xEA..0xED).
bool hangulBefore(const std::string& text, std::size_t end) {
    return end >= 3 && static_cast<unsigned char>(text[end - 3]) >= 0xEA && static_cast<unsigned char>(text[end - 3]) <= 0xED;
}

// "1-2로", "5-3으로 이겼다", "2-2 무승부": a score, "일 대 이로" (eSpeak NG said "일 이로", the dash unheard). Korean
// writes a range with "~", a telephone number in three groups: two figures of up to three joined by a dash, on
// no other figure, letter or dash, are a score. (Not before a counter of days, months, ranks or people, "3-4일",
// "1-2위", which a range written with a dash may take.)
std::size_t scoreEnd(const std::string& text, std::size_t i) {
    if (i > 0 && (isAsciiDigit(text[i - 1]) || std::isalpha(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '-' ||
                  text[i - 1] == '.' || text[i - 1] == ',')) {
        return 0;
    }
    const std::size_t dash = digitsEnd(text, i);
    if (dash - i > 3 || dash >= text.size() || text[dash] != '-') return 0;
    const std::size_t end = digitsEnd(text, dash + 1);
    if (end == dash + 1 || end - dash - 1 > 3) return 0;
    if (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '-' || text[end] == '.' ||
                              text[end] == '%' || text[end] == ':')) {
        return 0;
    }
    // (Only before what a score takes: its particle, "로", "으로", "의", "로 이겼다"; a result's word, "승", "패", "무승부",
    // "역전승", "완승", "동점"; or a pause. "1-2인 가구", "6-7도", "3-5곳", "1-2학년" are ranges; "24-25 시즌" a season.)
    if (end < text.size() && static_cast<unsigned char>(text[end]) >= 0x80) {
        bool taken = false;
        for (const char* after : {"\xEB\xA1\x9C", "\xEC\x9C\xBC\xEB\xA1\x9C", "\xEC\x9D\x98", "\xEC\x8A\xB9", "\xED\x8C\xA8",
                                  "\xEB\xAC\xB4", "\xEC\x97\xAD\xEC\xA0\x84", "\xEC\x99\x84\xEC\x8A\xB9", "\xEB\x8F\x99\xEC\xA0\x90",
                                  "\xEB\x8C\x80\xEC\x8A\xB9", "\xEA\xB9\x8C\xEC\xA7\x80", "\xEC\x97\x90\xEC\x84\x9C",
                                  "\xE2\x80\xA6", "\xC2\xB7"}) {  // 로 으로 의 승 패 무 역전 완승 동점 대승 까지 에서 … ·
            taken = taken || text.compare(end, std::strlen(after), after) == 0;
        }
        if (!taken) return 0;
    }
    if (text.compare(end, 7, " \xEC\x8B\x9C\xEC\xA6\x8C") == 0) return 0;  // " 시즌"
    static const char* const kRangeCounters[] = {"\xEC\x9D\xBC", "\xEC\x9B\x94", "\xEB\x85\x84", "\xEC\x8B\x9C", "\xEB\xB6\x84",
                                                 "\xEC\xB4\x88", "\xEC\x84\xB8", "\xEC\x82\xB4", "\xEB\xAA\x85", "\xEA\xB0\x9C",
                                                 "\xEC\x9C\x84", "\xEB\xB2\x88", "\xEC\xB0\xA8", "\xED\x9A\x8C", "\xEC\xB8\xB5",
                                                 "\xED\x98\xB8", "\xEB\x8F\x99", "\xEC\xA3\xBC", "\xEC\xAA\xBD", "\xEB\xA9\xB4",
                                                 "\xED\x95\xAD", "\xEC\xA1\xB0", "\xEC\x9E\xA5", "\xEA\xB6\x8C", "\xEB\xB0\xB0",
                                                 "\xEC\x9B\x90", "\xEB\xA7\x8C", "\xEC\x96\xB5"};
    // 일 월 년 시 분 초 세 살 명 개 위 번 차 회 층 호 동 주 쪽 면 항 조 장 권 배 원 만 억
    for (const char* counter : kRangeCounters) {
        if (text.compare(end, std::strlen(counter), counter) == 0) return 0;
    }
    return end;
}

// "타율 0.312": a batting average as a Korean commentator says it, in 할, 푼 and 리 (tenths, hundredths,
// thousandths): "3할 1푼 2리". Also an on-base, a slugging and a winning rate, "승률 0.625". `i` is at the "0".
std::string rateSaid(const std::string& text, std::size_t i) {
    if (text.compare(i, 2, "0.") != 0 || i + 5 > text.size() || !isAsciiDigit(text[i + 2]) || !isAsciiDigit(text[i + 3]) ||
        !isAsciiDigit(text[i + 4]) || (i + 5 < text.size() && isAsciiDigit(text[i + 5]))) {
        return std::string();
    }
    std::size_t word = i;
    while (word > 0 && text[word - 1] == ' ') --word;
    // (The rate's name, alone or with its particle: "타율 0.312", "시즌 타율은 0.298".)
    for (const char* particle : {"\xEC\x9D\x80", "\xEC\x9D\xB4"}) {  // 은 이
        if (word >= 3 && text.compare(word - 3, 3, particle) == 0) word -= 3;
    }
    bool named = false;
    for (const char* rate : {"\xED\x83\x80\xEC\x9C\xA8", "\xEC\xB6\x9C\xEB\xA3\xA8\xEC\x9C\xA8", "\xEC\x9E\xA5\xED\x83\x80\xEC\x9C\xA8",
                             "\xEC\x8A\xB9\xEB\xA5\xA0"}) {  // 타율 출루율 장타율 승률
        named = named || (word >= std::strlen(rate) && text.compare(word - std::strlen(rate), std::strlen(rate), rate) == 0);
    }
    if (!named || text.compare(i + 2, 3, "000") == 0) return std::string();
    static const char* const kParts[] = {"\xED\x95\xA0", "\xED\x91\xBC", "\xEB\xA6\xAC"};  // 할 푼 리
    std::string said;
    for (int k = 0; k < 3; ++k) {
        if (text[i + 2 + k] == '0') continue;
        if (!said.empty()) said += ' ';
        said += std::string(1, text[i + 2 + k]) + kParts[k];
    }
    return said;
}

// "3⅓이닝", "½": a fraction as Korean says it, the denominator first, "3과 3분의 1" (eSpeak NG said it in English).
// Returns the fraction's bytes at `at` (0 for none) and its words in `said`.
std::size_t fractionAt(const std::string& text, std::size_t at, std::string& said) {
    static const std::pair<const char*, const char*> kFractions[] = {
        {"\xC2\xBD", "2\xEB\xB6\x84\xEC\x9D\x98 1"}, {"\xC2\xBC", "4\xEB\xB6\x84\xEC\x9D\x98 1"}, {"\xC2\xBE", "4\xEB\xB6\x84\xEC\x9D\x98 3"},
        {"\xE2\x85\x93", "3\xEB\xB6\x84\xEC\x9D\x98 1"}, {"\xE2\x85\x94", "3\xEB\xB6\x84\xEC\x9D\x98 2"}};  // ½ ¼ ¾ ⅓ ⅔: N분의 M
    for (const auto& [sign, words] : kFractions) {
        if (text.compare(at, std::strlen(sign), sign) != 0) continue;
        said = words;
        return std::strlen(sign);
    }
    return 0;
}

// A Hanja Korean news writes for a word in a headline or beside Hangul: "美 대선", "엔비디아向 5세대", "與野 합의", "尹 대통령".
// eSpeak NG's Korean voice spells the Hangul before it letter by letter and says "Chinese letter"; the Hangul reading is
// said (단일 한자 약어).
// A CJK ideograph (U+4E00 to U+9FFF, three bytes in UTF-8) at i.
bool isHanjaAt(std::string_view text, std::size_t i) {
    if (i + 3 > text.size()) return false;
    const auto lead = static_cast<unsigned char>(text[i]);
    return lead >= 0xE4 && lead <= 0xE9 && (lead != 0xE4 || static_cast<unsigned char>(text[i + 1]) >= 0xB8);
}

// Japanese kana (U+3040 to U+30FF) at i: Hanja beside it are a Japanese quotation's kanji.
bool isKanaAt(std::string_view text, std::size_t i) {
    if (i + 3 > text.size() || static_cast<unsigned char>(text[i]) != 0xE3) return false;
    const auto second = static_cast<unsigned char>(text[i + 1]);
    return second >= 0x81 && second <= 0x83;
}

// The bytes of the run of Hanja starting at i, when i starts one; 0 elsewhere (within a run too).
std::size_t hanjaRunAt(std::string_view text, std::size_t i) {
    if (!isHanjaAt(text, i) || (i >= 3 && isHanjaAt(text, i - 3))) return 0;
    std::size_t end = i;
    while (isHanjaAt(text, end)) end += 3;
    return end - i;
}

// Whether the run of `run` bytes at i has kana on either side.
bool besideKana(std::string_view text, std::size_t i, std::size_t run) {
    return (i >= 3 && isKanaAt(text, i - 3)) || isKanaAt(text, i + run);
}

const char* hangulOfHanja(std::string_view text, std::size_t i) {
    static const std::pair<std::string_view, const char*> kHanja[] = {
        {"\xE7\xBE\x8E", "\xEB\xAF\xB8"},
        {"\xE4\xB8\xAD", "\xEC\xA4\x91"},
        {"\xE6\x97\xA5", "\xEC\x9D\xBC"},
        {"\xE9\x9F\x93", "\xED\x95\x9C"},
        {"\xE5\x8C\x97", "\xEB\xB6\x81"},
        {"\xE5\x8D\x97", "\xEB\x82\xA8"},
        {"\xE8\x8B\xB1", "\xEC\x98\x81"},
        {"\xE4\xBD\x9B", "\xEB\xB6\x88"},
        {"\xE7\x8D\xA8", "\xEB\x8F\x85"},
        {"\xE9\x9C\xB2", "\xEB\x9F\xAC"},
        {"\xE8\x88\x87", "\xEC\x97\xAC"},
        {"\xE9\x87\x8E", "\xEC\x95\xBC"},
        {"\xE9\x9D\x91", "\xEC\xB2\xAD"},
        {"\xE9\x9D\x92", "\xEC\xB2\xAD"},
        {"\xE6\xAA\xA2", "\xEA\xB2\x80"},
        {"\xE8\xAD\xA6", "\xEA\xB2\xBD"},
        {"\xE8\xBB\x8D", "\xEA\xB5\xB0"},
        {"\xE6\x95\x85", "\xEA\xB3\xA0"},
        {"\xE5\x89\x8D", "\xEC\xA0\x84"},
        {"\xE7\x8F\xBE", "\xED\x98\x84"},
        {"\xE6\x96\xB0", "\xEC\x8B\xA0"},
        {"\xE5\xB0\x8D", "\xEB\x8C\x80"},
        {"\xE5\x90\x91", "\xED\x96\xA5"},
        {"\xE7\x94\xA8", "\xEC\x9A\xA9"},
        {"\xE6\xAF\x94", "\xEB\xB9\x84"},
        {"\xE5\x8F\x8D", "\xEB\xB0\x98"},
        {"\xE8\xA6\xAA", "\xEC\xB9\x9C"},
        {"\xE6\xA0\xAA", "\xEC\xA3\xBC"},
        {"\xE5\x85\x86", "\xEC\xA1\xB0"},
        {"\xE5\x84\x84", "\xEC\x96\xB5"},
        {"\xE5\xB0\xB9", "\xEC\x9C\xA4"},
        {"\xE6\x9D\x8E", "\xEC\x9D\xB4"},
        {"\xE6\x96\x87", "\xEB\xAC\xB8"},
        {"\xE6\x9C\xB4", "\xEB\xB0\x95"},
        {"\xE7\xA4\xBE", "\xEC\x82\xAC"},
        {"\xE8\xBB\x8A", "\xEC\xB0\xA8"},
        {"\xE9\x8A\x80", "\xEC\x9D\x80"},
        {"\xE7\xA8\x85", "\xEC\x84\xB8"},
        {"\xE6\xB3\x95", "\xEB\xB2\x95"},
        {"\xE5\xB8\x82", "\xEC\x8B\x9C"},
        {"\xE8\x99\x9F", "\xED\x98\xB8"},
        {"\xE6\x88\xB0", "\xEC\xA0\x84"},
        {"\xE5\xA4\x96", "\xEC\x99\xB8"},
        {"\xE7\xAC\xAC", "\xEC\xA0\x9C"},
        {"\xE7\xB8\xBD", "\xEC\xB4\x9D"},
        {"\xE5\x85\xA8", "\xEC\xA0\x84"},
        {"\xE9\xAB\x98", "\xEA\xB3\xA0"},
        {"\xE4\xBD\x8E", "\xEC\xA0\x80"},
        {"\xE5\xA4\xA7", "\xEB\x8C\x80"},
        {"\xE5\xB0\x8F", "\xEC\x86\x8C"},
        {"\xE5\xA5\xB3", "\xEC\x97\xAC"},
        {"\xE7\x94\xB7", "\xEB\x82\xA8"},
        {"\xE5\x85\x92", "\xEC\x95\x84"},
        {"\xE6\xA0\xB8", "\xED\x95\xB5"}};
    if (i + 3 > text.size() || static_cast<unsigned char>(text[i]) < 0xE4 || static_cast<unsigned char>(text[i]) > 0xE9) return nullptr;
    for (const auto& [hanja, hangul] : kHanja) {
        if (text.compare(i, 3, hanja) == 0) return hangul;
    }
    return nullptr;
}

class Korean : public LanguageRules {
public:
    std::string apply(const std::string& text, std::vector<Rewrite>* log) const override {
        std::string out;
        out.reserve(text.size() + 16);
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (const std::size_t run = hanjaRunAt(text, i); run != 0) {
                // (A run of Hanja is read only when every one of them is a known abbreviation, "與野", "韓美": "大韓民國" or a
                // name, "李明博", is left whole, not half turned into Hangul; so is a Japanese quotation's kanji beside its kana.)
                std::string spoken;
                bool known = !besideKana(text, i, run);
                for (std::size_t k = i; k < i + run && known; k += 3) {
                    const char* hangul = hangulOfHanja(text, k);
                    known = hangul != nullptr;
                    if (known) spoken += hangul;
                }
                if (known) {
                    if (log != nullptr) log->push_back({text.substr(i, run), spoken, "hanja"});
                    out += spoken;
                } else {
                    out += text.substr(i, run);
                }
                i += run - 1;
                continue;
            }
            // "₩361": the won's sign before the figure, said as the word after it, "361원" (eSpeak NG said the sign in English).
            if (text.compare(i, 3, "\xE2\x82\xA9") == 0 && i + 3 < text.size() && isAsciiDigit(text[i + 3])) {
                std::size_t end = i + 3;
                while (end < text.size() && (isAsciiDigit(text[end]) || ((text[end] == ',' || text[end] == '.') && end + 1 < text.size() &&
                                                                          isAsciiDigit(text[end + 1])))) {
                    ++end;
                }
                const std::string spoken = text.substr(i + 3, end - i - 3) + "\xEC\x9B\x90";  // 원
                if (log != nullptr) log->push_back({text.substr(i, end - i), spoken, "money"});
                out += spoken;
                i = end - 1;
                continue;
            }
            // "15만t을": tonnes written short after a figure (or its 만, 억), a particle or nothing after it: "15만 톤을".
            if (text[i] == 't' && i > 0 &&
                (i + 1 >= text.size() || !std::isalpha(static_cast<unsigned char>(text[i + 1])))) {
                // (Only right after a figure, or a figure's 만 or 억: "15만t", "3t".)
                const bool figure = isAsciiDigit(text[i - 1]) || (i >= 4 && isAsciiDigit(text[i - 4]) &&
                                                                 (text.compare(i - 3, 3, "\xEB\xA7\x8C") == 0 || text.compare(i - 3, 3, "\xEC\x96\xB5") == 0));
                if (figure && (i + 1 >= text.size() || text[i + 1] == ' ' || (static_cast<unsigned char>(text[i + 1]) & 0x80) != 0 ||
                               std::string(".,)").find(text[i + 1]) != std::string::npos)) {
                    if (log != nullptr) log->push_back({"t", " \xED\x86\xA4", "unit"});
                    out += " \xED\x86\xA4";  // 톤
                    continue;
                }
            }
            // "구자민(27)의": a player's or a suspect's age in brackets after the name, said with its counter, "스물일곱 살"
            // (eSpeak NG said the bare figure, "이십칠").
            if (text[i] == '(' && hangulBefore(text, i) && i + 3 < text.size() && isAsciiDigit(text[i + 1]) && isAsciiDigit(text[i + 2]) &&
                text[i + 3] == ')' && text[i + 1] != '0') {
                const std::string spoken = "(" + nativeNumber(std::stoi(text.substr(i + 1, 2))) + " \xEC\x82\xB4)";  // 살
                if (log != nullptr) log->push_back({text.substr(i, 4), spoken, "number"});
                out += spoken;
                i += 3;
                continue;
            }
            std::string fraction;
            if (const std::size_t n = fractionAt(text, i, fraction); n != 0) {
                // (After a whole number: 과 after a figure whose word ends on a consonant, 일 삼 육 칠 팔 and the tens, 와 after 이 사 오 구.)
                const bool whole = !out.empty() && isAsciiDigit(out.back());
                const std::string joined = whole ? (std::string("2459").find(out.back()) != std::string::npos ? "\xEC\x99\x80 " : "\xEA\xB3\xBC ") + fraction
                                                 : fraction;  // 와 · 과
                if (log != nullptr) log->push_back({text.substr(i, n), joined, "number"});
                out += joined + " ";
                i += n - 1;
                continue;
            }
            if (isAsciiDigit(text[i])) {
                if (const std::size_t end = scoreEnd(text, i); end != 0) {
                    const std::size_t dash = text.find('-', i);
                    const std::string spoken = text.substr(i, dash - i) + " \xEB\x8C\x80 " + text.substr(dash + 1, end - dash - 1);  // 대
                    if (log != nullptr) log->push_back({text.substr(i, end - i), spoken, "score"});
                    out += spoken;
                    i = end - 1;
                    continue;
                }
                if (const std::string rate = rateSaid(text, i); !rate.empty()) {
                    if (log != nullptr) log->push_back({text.substr(i, 5), rate, "number"});
                    out += rate;
                    i += 4;
                    continue;
                }
            }
            // A telephone number, "02-398-3114", "010-1234-5678": figure by figure in Sino-Korean, zero "공", its
            // groups apart (eSpeak NG read "삼천칠백이" and dropped the dashes).
            if (text[i] == '0' && (i == 0 || !isAsciiDigit(text[i - 1]))) {
                std::size_t e = i;
                int groups = 1, digits = 0;
                while (e < text.size() && (isAsciiDigit(text[e]) || (text[e] == '-' && e + 1 < text.size() && isAsciiDigit(text[e + 1])))) {
                    groups += text[e] == '-';
                    digits += isAsciiDigit(text[e]);
                    ++e;
                }
                if (groups == 3 && digits >= 9 && digits <= 11 && (e >= text.size() || !isAsciiDigit(text[e]))) {
                    static const char* const kDigits[] = {"\xEA\xB3\xB5", "\xEC\x9D\xBC", "\xEC\x9D\xB4", "\xEC\x82\xBC", "\xEC\x82\xAC",
                                                          "\xEC\x98\xA4", "\xEC\x9C\xA1", "\xEC\xB9\xA0", "\xED\x8C\x94", "\xEA\xB5\xAC"};  // 공 일 이 삼 사 오 육 칠 팔 구
                    std::string spoken;
                    for (std::size_t k = i; k < e; ++k) spoken += text[k] == '-' ? std::string(", ") : std::string(kDigits[text[k] - '0']);
                    spoken += " ";
                    if (log != nullptr) log->push_back({text.substr(i, e - i), spoken, "number"});
                    out += spoken;
                    i = e - 1;
                    continue;
                }
            }
            // A whole number of one or two figures before a native counter, "2명", "3시", "34살", or the first of
            // a range to one, "5~6개" "다섯에서 여섯 개". (Not after a figure's point or a comma: "2.5개".)
            if (isAsciiDigit(text[i]) && (i == 0 || (!isAsciiDigit(text[i - 1]) && text[i - 1] != '.' && text[i - 1] != ','))) {
                std::size_t e = i;
                while (e < text.size() && isAsciiDigit(text[e])) ++e;
                const bool range = e < text.size() && text[e] == '~' && e + 1 < text.size() && isAsciiDigit(text[e + 1]);
                std::size_t second = e + 1, secondEnd = second;
                while (range && secondEnd < text.size() && isAsciiDigit(text[secondEnd])) ++secondEnd;
                const std::size_t counterFrom = range ? secondEnd : e;
                // ("주52시간": the week's hours of work glued to "주" are said in Sino-Korean, "주 오십이 시간".)
                // (주 a word of its own, not the end of 광주 or 매주, and hours of ten and more: "주2시간" is "두 시간".)
                const bool weekly = i >= 3 && text.compare(i - 3, 3, "\xEC\xA3\xBC") == 0 && (i == 3 || static_cast<unsigned char>(text[i - 4]) < 0x80) &&
                                    e - i >= 2;
                const char* counter = e - i <= 2 && (!range || secondEnd - second <= 2) && !weekly ? counterAt(text, counterFrom) : nullptr;
                const int n = e - i <= 2 ? std::stoi(text.substr(i, e - i)) : 0;
                // (The hours of a clock to twelve: "13시", "24시 편의점" are said in Sino-Korean.)
                const bool clock = counter != nullptr && std::strcmp(counter, "\xEC\x8B\x9C") == 0;
                if (counter != nullptr && n >= 1 && !(clock && n > 12)) {
                    std::string spoken = nativeNumber(n, range);
                    if (range) {
                        const int m = std::stoi(text.substr(second, secondEnd - second));
                        if (m < 1) {
                            out += text[i];
                            continue;
                        }
                        spoken += "\xEC\x97\x90\xEC\x84\x9C " + nativeNumber(m);  // 에서
                    }
                    spoken += " ";
                    if (log != nullptr) log->push_back({text.substr(i, counterFrom - i), spoken, "number"});
                    out += spoken;
                    i = counterFrom - 1;
                    continue;
                }
                // "6월", "10월": the months said as words of their own, "유월", "시월".
                if (text.compare(e, 3, "\xEC\x9B\x94") == 0 && (text.substr(i, e - i) == "6" || text.substr(i, e - i) == "10")) {
                    const std::string spoken = text.substr(i, e - i) == "6" ? "\xEC\x9C\xA0" : "\xEC\x8B\x9C";  // 유, 시
                    if (log != nullptr) log->push_back({text.substr(i, e - i) + "\xEC\x9B\x94", spoken + "\xEC\x9B\x94", "date"});
                    out += spoken;
                    i = e - 1;
                    continue;
                }
            }
            // "5~10%": a range, "에서"; so is every span Korean writes with it, "영하 8도~영상 2도", "'좋음'~'보통'" (eSpeak NG
            // said "tilde").
            if (text[i] == '~' && i > 0 && i + 1 < text.size()) {
                if (log != nullptr) log->push_back({"~", "\xEC\x97\x90\xEC\x84\x9C ", "symbol"});
                out += "\xEC\x97\x90\xEC\x84\x9C ";  // 에서
                continue;
            }
            // "춘천 -1.2℃", "-3도": a temperature below zero, "영하" (eSpeak NG drops the sign); another figure's sign, "마이너스".
            if (text[i] == '-' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '(') && i + 1 < text.size() && isAsciiDigit(text[i + 1])) {
                std::size_t e = i + 1;
                while (e < text.size() && (isAsciiDigit(text[e]) || (text[e] == '.' && e + 1 < text.size() && isAsciiDigit(text[e + 1])))) ++e;
                const bool degrees = text.compare(e, 3, "\xE2\x84\x83") == 0 || text.compare(e, 3, "\xEB\x8F\x84") == 0 ||  // ℃ 도
                                     text.compare(e, 3, "\xC2\xB0\x43") == 0;                                         // °C
                const std::string sign = degrees ? "\xEC\x98\x81\xED\x95\x98 " : "\xEB\xA7\x88\xEC\x9D\xB4\xEB\x84\x88\xEC\x8A\xA4 ";  // 영하, 마이너스
                if (log != nullptr) log->push_back({"-", sign, "symbol"});
                out += sign;
                continue;
            }
            // "2.4°C": degrees, "도".
            if (text.compare(i, 3, "\xC2\xB0\x43") == 0 && i > 0 && isAsciiDigit(text[i - 1]) &&
                (i + 3 >= text.size() || !std::isalpha(static_cast<unsigned char>(text[i + 3])))) {
                if (log != nullptr) log->push_back({"\xC2\xB0" "C", "\xEB\x8F\x84", "unit"});
                out += "\xEB\x8F\x84";  // 도
                i += 2;
                continue;
            }
            // "10GW", "345kV", "1.2GWh": power and energy in Latin letters after a figure, in Korean words (eSpeak NG spells
            // them in English).
            if (i > 0 && isAsciiDigit(text[i - 1])) {
                static const std::pair<const char*, const char*> kLatinUnits[] = {
                    {"GWh", "\xEA\xB8\xB0\xEA\xB0\x80\xEC\x99\x80\xED\x8A\xB8\xEC\x8B\x9C"}, {"MWh", "\xEB\xA9\x94\xEA\xB0\x80\xEC\x99\x80\xED\x8A\xB8\xEC\x8B\x9C"}, {"kWh", "\xED\x82\xAC\xEB\xA1\x9C\xEC\x99\x80\xED\x8A\xB8\xEC\x8B\x9C"}, {"TWh", "\xED\x85\x8C\xEB\x9D\xBC\xEC\x99\x80\xED\x8A\xB8\xEC\x8B\x9C"},
                    // ("125m짜리", "3.5km", "80kg": lengths and weights, 미터 킬로미터 센티미터 밀리미터 킬로그램 그램.)
                    {"km", "\xED\x82\xAC\xEB\xA1\x9C\xEB\xAF\xB8\xED\x84\xB0"}, {"cm", "\xEC\x84\xBC\xED\x8B\xB0\xEB\xAF\xB8\xED\x84\xB0"},
                    {"mm", "\xEB\xB0\x80\xEB\xA6\xAC\xEB\xAF\xB8\xED\x84\xB0"}, {"kg", "\xED\x82\xAC\xEB\xA1\x9C\xEA\xB7\xB8\xEB\x9E\xA8"},
                    {"m", "\xEB\xAF\xB8\xED\x84\xB0"}, {"g", "\xEA\xB7\xB8\xEB\x9E\xA8"},
                    {"GW", "\xEA\xB8\xB0\xEA\xB0\x80\xEC\x99\x80\xED\x8A\xB8"}, {"MW", "\xEB\xA9\x94\xEA\xB0\x80\xEC\x99\x80\xED\x8A\xB8"}, {"kW", "\xED\x82\xAC\xEB\xA1\x9C\xEC\x99\x80\xED\x8A\xB8"}, {"kV", "\xED\x82\xAC\xEB\xA1\x9C\xEB\xB3\xBC\xED\x8A\xB8"}};
                bool said = false;
                for (const auto& [written, words] : kLatinUnits) {
                    const std::size_t n = std::strlen(written);
                    if (text.compare(i, n, written) != 0 || (i + n < text.size() && std::isalpha(static_cast<unsigned char>(text[i + n])))) continue;
                    if (log != nullptr) log->push_back({written, words, "unit"});
                    out += std::string(" ") + words;
                    i += n - 1;
                    said = true;
                    break;
                }
                if (said) continue;
            }
            if (const char* unit = unitSign(text, i)) {
                if (log != nullptr) log->push_back({text.substr(i, 3), unit, "unit"});
                out += unit;
                i += 2;
                continue;
            }
            // "2024.03.12": a date written with dots, "2024년 3월 12일" (never decimals).
            if (isAsciiDigit(text[i]) && (i == 0 || !isAsciiDigit(text[i - 1])) && text.size() - i >= 8) {
                std::size_t y = i;
                while (y < text.size() && isAsciiDigit(text[y])) ++y;
                std::size_t m = y + 1;
                while (m < text.size() && isAsciiDigit(text[m])) ++m;
                std::size_t d = m + 1;
                while (d < text.size() && isAsciiDigit(text[d])) ++d;
                if (y - i == 4 && y < text.size() && text[y] == '.' && m - y - 1 >= 1 && m - y - 1 <= 2 && m < text.size() && text[m] == '.' &&
                    d - m - 1 >= 1 && d - m - 1 <= 2) {
                    const int month = std::stoi(text.substr(y + 1, m - y - 1)), day = std::stoi(text.substr(m + 1, d - m - 1));
                    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                        const std::string spoken = text.substr(i, 4) + "\xEB\x85\x84 " + std::to_string(month) + "\xEC\x9B\x94 " + std::to_string(day) +
                                                   "\xEC\x9D\xBC";  // 년 월 일
                        if (log != nullptr) log->push_back({text.substr(i, d - i), spoken, "date"});
                        out += spoken;
                        i = (d < text.size() && text[d] == '.') ? d : d - 1;
                        continue;
                    }
                }
            }
            if (text[i] == '.' && i > 0 && isAsciiDigit(text[i - 1]) && i + 1 < text.size() && isAsciiDigit(text[i + 1])) {
                // (The decimals are said a digit at a time: "0.12" is "영 점 일 이".)
                std::string spoken = " \xEC\xA0\x90";  // 점
                std::size_t e = i + 1;
                for (; e < text.size() && isAsciiDigit(text[e]); ++e) spoken += std::string(" ") + text[e];
                if (log != nullptr) log->push_back({text.substr(i, e - i), spoken, "number"});
                out += spoken;
                i = e - 1;
            } else if (text[i] == '%' && i > 0 && isAsciiDigit(text[i - 1])) {
                // ("0.5%p": percentage points, "퍼센트포인트".)
                const bool points = i + 1 < text.size() && text[i + 1] == 'p' && (i + 2 >= text.size() || !std::isalpha(static_cast<unsigned char>(text[i + 2])));
                const std::string spoken = points ? " \xED\x8D\xBC\xEC\x84\xBC\xED\x8A\xB8\xED\x8F\xAC\xEC\x9D\xB8\xED\x8A\xB8"
                                                  : " \xED\x8D\xBC\xEC\x84\xBC\xED\x8A\xB8";  // 퍼센트(포인트)
                if (log != nullptr) log->push_back({points ? "%p" : "%", spoken, "symbol"});
                out += spoken;
                if (points) ++i;
            } else {
                out += text[i];
            }
        }
        return out;
    }
};

}  // namespace
}  // namespace korean

std::unique_ptr<LanguageRules> makeKoreanRules() { return std::make_unique<korean::Korean>(); }

}  // namespace readcast
