// Russian spoken-form rules. eSpeak NG's Russian voice reads a figure as a cardinal in the nominative, and
// spells the short forms news writes after figures ("млрд" is "эм-эл-эр-дэ", "км" "ка-эм"); a newsreader
// says the figure in the case the sentence gives it and the noun in the form the figure asks for: "в 2024
// году" is "в две тысячи двадцать четвёртом году", "до 1 октября" "до первого октября", "около 20%" "около
// двадцати процентов", "1,2 млрд" "1,2 миллиарда". ICU's Russian spell-out rules give the cardinals and
// ordinals in every case; the nouns' forms are here.
//
// Read: a day before its month (an ordinal, in the genitive a date takes, the dative after "к", the
// accusative after "на" and "по"); a year before "год" and its cases or "г." (an ordinal agreeing with it);
// a figure before a counted noun written short ("млн", "тыс.", "руб.", "км", "%", "°C") with the noun in the
// form one, two to four or five and more take; a figure after a preposition that takes the genitive
// ("более 300", "вместо 4") in the genitive; thousands set apart by spaces ("1 200") joined.

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

#include "core/Ascii.hpp"
#include "core/Text.hpp"
#include "core/Utf8.hpp"
#include "text/DigitGroups.hpp"
#include "text/Normalizer.hpp"
#include "text/RewriteScan.hpp"
#include "text/RomanNumerals.hpp"
#include "text/russian/CompoundNumbers.hpp"
#include "text/Spellout.hpp"

namespace readcast {
namespace russian {
namespace {

// A counted noun as written after a figure, and the forms it takes: after 1 (21, 31…), after 2 to 4 (22…,
// not 12 to 14), after 5 and more, after a fraction ("1,2 миллиарда") and after a preposition that takes the
// genitive ("около 20 процентов": the many's form).
struct CountedNoun {
    std::string_view written, one, few, many;
    bool feminine = false;  // "тысяча": "одна", "две"
    std::string_view part = {};  // after a fraction and in the genitive of one, where it is not `few`: "процентного пункта"
};

// процент · процента · процентов: the noun "%" stands for, its forms after a figure.
constexpr CountedNoun kPercent{"%", "\xD0\xBF\xD1\x80\xD0\xBE\xD1\x86\xD0\xB5\xD0\xBD\xD1\x82", "\xD0\xBF\xD1\x80\xD0\xBE\xD1\x86\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0",
                               "\xD0\xBF\xD1\x80\xD0\xBE\xD1\x86\xD0\xB5\xD0\xBD\xD1\x82\xD0\xBE\xD0\xB2"};

// рубль · рубля · рублей, as "руб." and "руб"; копейка · копейки · копеек (a rouble's hundredth).
constexpr CountedNoun kRoubleDotted{"\xD1\x80\xD1\x83\xD0\xB1.", "\xD1\x80\xD1\x83\xD0\xB1\xD0\xBB\xD1\x8C", "\xD1\x80\xD1\x83\xD0\xB1\xD0\xBB\xD1\x8F", "\xD1\x80\xD1\x83\xD0\xB1\xD0\xBB\xD0\xB5\xD0\xB9"};
constexpr CountedNoun kRouble{"\xD1\x80\xD1\x83\xD0\xB1", "\xD1\x80\xD1\x83\xD0\xB1\xD0\xBB\xD1\x8C", "\xD1\x80\xD1\x83\xD0\xB1\xD0\xBB\xD1\x8F", "\xD1\x80\xD1\x83\xD0\xB1\xD0\xBB\xD0\xB5\xD0\xB9"};
// доллар · доллара · долларов, as "долл." (the "$" before a figure is written so first); цент · цента · центов.
constexpr CountedNoun kDollarDotted{"\xD0\xB4\xD0\xBE\xD0\xBB\xD0\xBB\x2E", "\xD0\xB4\xD0\xBE\xD0\xBB\xD0\xBB\xD0\xB0\xD1\x80", "\xD0\xB4\xD0\xBE\xD0\xBB\xD0\xBB\xD0\xB0\xD1\x80\xD0\xB0", "\xD0\xB4\xD0\xBE\xD0\xBB\xD0\xBB\xD0\xB0\xD1\x80\xD0\xBE\xD0\xB2"};
constexpr CountedNoun kCent{"\xD1\x86\xD0\xB5\xD0\xBD\xD1\x82", "\xD1\x86\xD0\xB5\xD0\xBD\xD1\x82", "\xD1\x86\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0", "\xD1\x86\xD0\xB5\xD0\xBD\xD1\x82\xD0\xBE\xD0\xB2"};
constexpr CountedNoun kKopeck{"\xD0\xBA\xD0\xBE\xD0\xBF.", "\xD0\xBA\xD0\xBE\xD0\xBF\xD0\xB5\xD0\xB9\xD0\xBA\xD0\xB0", "\xD0\xBA\xD0\xBE\xD0\xBF\xD0\xB5\xD0\xB9\xD0\xBA\xD0\xB8", "\xD0\xBA\xD0\xBE\xD0\xBF\xD0\xB5\xD0\xB5\xD0\xBA", true};

constexpr std::array<CountedNoun, 33> kCountedNouns{{
    // трлн · триллион · триллиона · триллионов
    {"\xD1\x82\xD1\x80\xD0\xBB\xD0\xBD", "\xD1\x82\xD1\x80\xD0\xB8\xD0\xBB\xD0\xBB\xD0\xB8\xD0\xBE\xD0\xBD", "\xD1\x82\xD1\x80\xD0\xB8\xD0\xBB\xD0\xBB\xD0\xB8\xD0\xBE\xD0\xBD\xD0\xB0", "\xD1\x82\xD1\x80\xD0\xB8\xD0\xBB\xD0\xBB\xD0\xB8\xD0\xBE\xD0\xBD\xD0\xBE\xD0\xB2"},
    // б.п. · базисный пункт · базисных пункта · базисных пунктов
    {"\xD0\xB1.\xD0\xBF.", "\xD0\xB1\xD0\xB0\xD0\xB7\xD0\xB8\xD1\x81\xD0\xBD\xD1\x8B\xD0\xB9 \xD0\xBF\xD1\x83\xD0\xBD\xD0\xBA\xD1\x82", "\xD0\xB1\xD0\xB0\xD0\xB7\xD0\xB8\xD1\x81\xD0\xBD\xD1\x8B\xD1\x85 \xD0\xBF\xD1\x83\xD0\xBD\xD0\xBA\xD1\x82\xD0\xB0", "\xD0\xB1\xD0\xB0\xD0\xB7\xD0\xB8\xD1\x81\xD0\xBD\xD1\x8B\xD1\x85 \xD0\xBF\xD1\x83\xD0\xBD\xD0\xBA\xD1\x82\xD0\xBE\xD0\xB2", false, "\xD0\xB1\xD0\xB0\xD0\xB7\xD0\xB8\xD1\x81\xD0\xBD\xD0\xBE\xD0\xB3\xD0\xBE \xD0\xBF\xD1\x83\xD0\xBD\xD0\xBA\xD1\x82\xD0\xB0"},
    // п.п. · п. п. · процентный пункт · процентных пункта · процентных пунктов (a change in percentage points)
    {"\xD0\xBF.\xD0\xBF.", "\xD0\xBF\xD1\x80\xD0\xBE\xD1\x86\xD0\xB5\xD0\xBD\xD1\x82\xD0\xBD\xD1\x8B\xD0\xB9 \xD0\xBF\xD1\x83\xD0\xBD\xD0\xBA\xD1\x82", "\xD0\xBF\xD1\x80\xD0\xBE\xD1\x86\xD0\xB5\xD0\xBD\xD1\x82\xD0\xBD\xD1\x8B\xD1\x85 \xD0\xBF\xD1\x83\xD0\xBD\xD0\xBA\xD1\x82\xD0\xB0", "\xD0\xBF\xD1\x80\xD0\xBE\xD1\x86\xD0\xB5\xD0\xBD\xD1\x82\xD0\xBD\xD1\x8B\xD1\x85 \xD0\xBF\xD1\x83\xD0\xBD\xD0\xBA\xD1\x82\xD0\xBE\xD0\xB2", false, "\xD0\xBF\xD1\x80\xD0\xBE\xD1\x86\xD0\xB5\xD0\xBD\xD1\x82\xD0\xBD\xD0\xBE\xD0\xB3\xD0\xBE \xD0\xBF\xD1\x83\xD0\xBD\xD0\xBA\xD1\x82\xD0\xB0"},
    {"\xD0\xBF. \xD0\xBF.", "\xD0\xBF\xD1\x80\xD0\xBE\xD1\x86\xD0\xB5\xD0\xBD\xD1\x82\xD0\xBD\xD1\x8B\xD0\xB9 \xD0\xBF\xD1\x83\xD0\xBD\xD0\xBA\xD1\x82", "\xD0\xBF\xD1\x80\xD0\xBE\xD1\x86\xD0\xB5\xD0\xBD\xD1\x82\xD0\xBD\xD1\x8B\xD1\x85 \xD0\xBF\xD1\x83\xD0\xBD\xD0\xBA\xD1\x82\xD0\xB0", "\xD0\xBF\xD1\x80\xD0\xBE\xD1\x86\xD0\xB5\xD0\xBD\xD1\x82\xD0\xBD\xD1\x8B\xD1\x85 \xD0\xBF\xD1\x83\xD0\xBD\xD0\xBA\xD1\x82\xD0\xBE\xD0\xB2", false, "\xD0\xBF\xD1\x80\xD0\xBE\xD1\x86\xD0\xB5\xD0\xBD\xD1\x82\xD0\xBD\xD0\xBE\xD0\xB3\xD0\xBE \xD0\xBF\xD1\x83\xD0\xBD\xD0\xBA\xD1\x82\xD0\xB0"},
    // млрд · миллиард · миллиарда · миллиардов
    {"\xD0\xBC\xD0\xBB\xD1\x80\xD0\xB4", "\xD0\xBC\xD0\xB8\xD0\xBB\xD0\xBB\xD0\xB8\xD0\xB0\xD1\x80\xD0\xB4", "\xD0\xBC\xD0\xB8\xD0\xBB\xD0\xBB\xD0\xB8\xD0\xB0\xD1\x80\xD0\xB4\xD0\xB0", "\xD0\xBC\xD0\xB8\xD0\xBB\xD0\xBB\xD0\xB8\xD0\xB0\xD1\x80\xD0\xB4\xD0\xBE\xD0\xB2"},
    // млн · миллион · миллиона · миллионов
    {"\xD0\xBC\xD0\xBB\xD0\xBD", "\xD0\xBC\xD0\xB8\xD0\xBB\xD0\xBB\xD0\xB8\xD0\xBE\xD0\xBD", "\xD0\xBC\xD0\xB8\xD0\xBB\xD0\xBB\xD0\xB8\xD0\xBE\xD0\xBD\xD0\xB0", "\xD0\xBC\xD0\xB8\xD0\xBB\xD0\xBB\xD0\xB8\xD0\xBE\xD0\xBD\xD0\xBE\xD0\xB2"},
    // тыс. · тысяча · тысячи · тысяч
    {"\xD1\x82\xD1\x8B\xD1\x81.", "\xD1\x82\xD1\x8B\xD1\x81\xD1\x8F\xD1\x87\xD0\xB0", "\xD1\x82\xD1\x8B\xD1\x81\xD1\x8F\xD1\x87\xD0\xB8", "\xD1\x82\xD1\x8B\xD1\x81\xD1\x8F\xD1\x87", true},
    kRoubleDotted,
    kRouble,
    // "9,3 млрд ₽", "500 ₽": the rouble's sign after its figure, which eSpeak NG leaves unsaid.
    {"\xE2\x82\xBD", "\xD1\x80\xD1\x83\xD0\xB1\xD0\xBB\xD1\x8C", "\xD1\x80\xD1\x83\xD0\xB1\xD0\xBB\xD1\x8F", "\xD1\x80\xD1\x83\xD0\xB1\xD0\xBB\xD0\xB5\xD0\xB9"},
    kKopeck,
    kDollarDotted,
    // км² · квадратный километр · квадратных километра · квадратных километров
    {"\xD0\xBA\xD0\xBC\xC2\xB2", "\xD0\xBA\xD0\xB2\xD0\xB0\xD0\xB4\xD1\x80\xD0\xB0\xD1\x82\xD0\xBD\xD1\x8B\xD0\xB9 \xD0\xBA\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x82\xD1\x80", "\xD0\xBA\xD0\xB2\xD0\xB0\xD0\xB4\xD1\x80\xD0\xB0\xD1\x82\xD0\xBD\xD1\x8B\xD1\x85 \xD0\xBA\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x82\xD1\x80\xD0\xB0", "\xD0\xBA\xD0\xB2\xD0\xB0\xD0\xB4\xD1\x80\xD0\xB0\xD1\x82\xD0\xBD\xD1\x8B\xD1\x85 \xD0\xBA\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2"},
    // Мбит/с · мегабит в секунду · мегабита в секунду · мегабит в секунду (a connection's speed); Гбит/с
    {"\xD0\x9C\xD0\xB1\xD0\xB8\xD1\x82\x2F\xD1\x81", "\xD0\xBC\xD0\xB5\xD0\xB3\xD0\xB0\xD0\xB1\xD0\xB8\xD1\x82\x20\xD0\xB2\x20\xD1\x81\xD0\xB5\xD0\xBA\xD1\x83\xD0\xBD\xD0\xB4\xD1\x83", "\xD0\xBC\xD0\xB5\xD0\xB3\xD0\xB0\xD0\xB1\xD0\xB8\xD1\x82\xD0\xB0\x20\xD0\xB2\x20\xD1\x81\xD0\xB5\xD0\xBA\xD1\x83\xD0\xBD\xD0\xB4\xD1\x83", "\xD0\xBC\xD0\xB5\xD0\xB3\xD0\xB0\xD0\xB1\xD0\xB8\xD1\x82\x20\xD0\xB2\x20\xD1\x81\xD0\xB5\xD0\xBA\xD1\x83\xD0\xBD\xD0\xB4\xD1\x83"},
    {"\xD0\x93\xD0\xB1\xD0\xB8\xD1\x82\x2F\xD1\x81", "\xD0\xB3\xD0\xB8\xD0\xB3\xD0\xB0\xD0\xB1\xD0\xB8\xD1\x82\x20\xD0\xB2\x20\xD1\x81\xD0\xB5\xD0\xBA\xD1\x83\xD0\xBD\xD0\xB4\xD1\x83", "\xD0\xB3\xD0\xB8\xD0\xB3\xD0\xB0\xD0\xB1\xD0\xB8\xD1\x82\xD0\xB0\x20\xD0\xB2\x20\xD1\x81\xD0\xB5\xD0\xBA\xD1\x83\xD0\xBD\xD0\xB4\xD1\x83", "\xD0\xB3\xD0\xB8\xD0\xB3\xD0\xB0\xD0\xB1\xD0\xB8\xD1\x82\x20\xD0\xB2\x20\xD1\x81\xD0\xB5\xD0\xBA\xD1\x83\xD0\xBD\xD0\xB4\xD1\x83"},
    // км/ч · километр в час · километра в час · километров в час
    {"\xD0\xBA\xD0\xBC/\xD1\x87", "\xD0\xBA\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x82\xD1\x80 \xD0\xB2 \xD1\x87\xD0\xB0\xD1\x81", "\xD0\xBA\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x82\xD1\x80\xD0\xB0 \xD0\xB2 \xD1\x87\xD0\xB0\xD1\x81", "\xD0\xBA\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2 \xD0\xB2 \xD1\x87\xD0\xB0\xD1\x81"},
    // км · километр · километра · километров
    {"\xD0\xBA\xD0\xBC", "\xD0\xBA\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x82\xD1\x80", "\xD0\xBA\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x82\xD1\x80\xD0\xB0", "\xD0\xBA\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2"},
    // кг · килограмм · килограмма · килограммов
    {"\xD0\xBA\xD0\xB3", "\xD0\xBA\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xB3\xD1\x80\xD0\xB0\xD0\xBC\xD0\xBC", "\xD0\xBA\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xB3\xD1\x80\xD0\xB0\xD0\xBC\xD0\xBC\xD0\xB0", "\xD0\xBA\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xB3\xD1\x80\xD0\xB0\xD0\xBC\xD0\xBC\xD0\xBE\xD0\xB2"},
    // га · гектар · гектара · гектаров
    {"\xD0\xB3\xD0\xB0", "\xD0\xB3\xD0\xB5\xD0\xBA\xD1\x82\xD0\xB0\xD1\x80", "\xD0\xB3\xD0\xB5\xD0\xBA\xD1\x82\xD0\xB0\xD1\x80\xD0\xB0", "\xD0\xB3\xD0\xB5\xD0\xBA\xD1\x82\xD0\xB0\xD1\x80\xD0\xBE\xD0\xB2"},
    // м² · квадратный метр · квадратных метра · квадратных метров
    {"\xD0\xBC\xC2\xB2", "\xD0\xBA\xD0\xB2\xD0\xB0\xD0\xB4\xD1\x80\xD0\xB0\xD1\x82\xD0\xBD\xD1\x8B\xD0\xB9 \xD0\xBC\xD0\xB5\xD1\x82\xD1\x80", "\xD0\xBA\xD0\xB2\xD0\xB0\xD0\xB4\xD1\x80\xD0\xB0\xD1\x82\xD0\xBD\xD1\x8B\xD1\x85 \xD0\xBC\xD0\xB5\xD1\x82\xD1\x80\xD0\xB0", "\xD0\xBA\xD0\xB2\xD0\xB0\xD0\xB4\xD1\x80\xD0\xB0\xD1\x82\xD0\xBD\xD1\x8B\xD1\x85 \xD0\xBC\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2"},
    // кв. м · квадратный метр · квадратных метра · квадратных метров
    {"\xD0\xBA\xD0\xB2. \xD0\xBC", "\xD0\xBA\xD0\xB2\xD0\xB0\xD0\xB4\xD1\x80\xD0\xB0\xD1\x82\xD0\xBD\xD1\x8B\xD0\xB9 \xD0\xBC\xD0\xB5\xD1\x82\xD1\x80", "\xD0\xBA\xD0\xB2\xD0\xB0\xD0\xB4\xD1\x80\xD0\xB0\xD1\x82\xD0\xBD\xD1\x8B\xD1\x85 \xD0\xBC\xD0\xB5\xD1\x82\xD1\x80\xD0\xB0", "\xD0\xBA\xD0\xB2\xD0\xB0\xD0\xB4\xD1\x80\xD0\xB0\xD1\x82\xD0\xBD\xD1\x8B\xD1\x85 \xD0\xBC\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2"},
    // мин. · минута · минуты · минут
    {"\xD0\xBC\xD0\xB8\xD0\xBD.", "\xD0\xBC\xD0\xB8\xD0\xBD\xD1\x83\xD1\x82\xD0\xB0", "\xD0\xBC\xD0\xB8\xD0\xBD\xD1\x83\xD1\x82\xD1\x8B", "\xD0\xBC\xD0\xB8\xD0\xBD\xD1\x83\xD1\x82", true},
    // чел. · человек · человека · человек
    {"\xD1\x87\xD0\xB5\xD0\xBB.", "\xD1\x87\xD0\xB5\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB5\xD0\xBA", "\xD1\x87\xD0\xB5\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB5\xD0\xBA\xD0\xB0", "\xD1\x87\xD0\xB5\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB5\xD0\xBA"},
    // ° · градус · градуса · градусов
    {"\xC2\xB0" "C", "\xD0\xB3\xD1\x80\xD0\xB0\xD0\xB4\xD1\x83\xD1\x81", "\xD0\xB3\xD1\x80\xD0\xB0\xD0\xB4\xD1\x83\xD1\x81\xD0\xB0", "\xD0\xB3\xD1\x80\xD0\xB0\xD0\xB4\xD1\x83\xD1\x81\xD0\xBE\xD0\xB2"},
    {"\xC2\xB0\xD0\xA1", "\xD0\xB3\xD1\x80\xD0\xB0\xD0\xB4\xD1\x83\xD1\x81", "\xD0\xB3\xD1\x80\xD0\xB0\xD0\xB4\xD1\x83\xD1\x81\xD0\xB0", "\xD0\xB3\xD1\x80\xD0\xB0\xD0\xB4\xD1\x83\xD1\x81\xD0\xBE\xD0\xB2"},  // (with the Cyrillic "С")
    // мес. · месяц · месяца · месяцев
    {"\xD0\xBC\xD0\xB5\xD1\x81.", "\xD0\xBC\xD0\xB5\xD1\x81\xD1\x8F\xD1\x86", "\xD0\xBC\xD0\xB5\xD1\x81\xD1\x8F\xD1\x86\xD0\xB0", "\xD0\xBC\xD0\xB5\xD1\x81\xD1\x8F\xD1\x86\xD0\xB5\xD0\xB2"},
    // (measures of weather, size and power; after the longer forms that start with their letters, "м²", "км")
    // м/с · метр в секунду · метра в секунду · метров в секунду
    {"\xD0\xBC/\xD1\x81", "\xD0\xBC\xD0\xB5\xD1\x82\xD1\x80 \xD0\xB2 \xD1\x81\xD0\xB5\xD0\xBA\xD1\x83\xD0\xBD\xD0\xB4\xD1\x83", "\xD0\xBC\xD0\xB5\xD1\x82\xD1\x80\xD0\xB0 \xD0\xB2 \xD1\x81\xD0\xB5\xD0\xBA\xD1\x83\xD0\xBD\xD0\xB4\xD1\x83", "\xD0\xBC\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2 \xD0\xB2 \xD1\x81\xD0\xB5\xD0\xBA\xD1\x83\xD0\xBD\xD0\xB4\xD1\x83"},
    // мм · миллиметр · миллиметра · миллиметров
    {"\xD0\xBC\xD0\xBC", "\xD0\xBC\xD0\xB8\xD0\xBB\xD0\xBB\xD0\xB8\xD0\xBC\xD0\xB5\xD1\x82\xD1\x80", "\xD0\xBC\xD0\xB8\xD0\xBB\xD0\xBB\xD0\xB8\xD0\xBC\xD0\xB5\xD1\x82\xD1\x80\xD0\xB0", "\xD0\xBC\xD0\xB8\xD0\xBB\xD0\xBB\xD0\xB8\xD0\xBC\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2"},
    // см · сантиметр · сантиметра · сантиметров
    {"\xD1\x81\xD0\xBC", "\xD1\x81\xD0\xB0\xD0\xBD\xD1\x82\xD0\xB8\xD0\xBC\xD0\xB5\xD1\x82\xD1\x80", "\xD1\x81\xD0\xB0\xD0\xBD\xD1\x82\xD0\xB8\xD0\xBC\xD0\xB5\xD1\x82\xD1\x80\xD0\xB0", "\xD1\x81\xD0\xB0\xD0\xBD\xD1\x82\xD0\xB8\xD0\xBC\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2"},
    // м · метр · метра · метров
    {"\xD0\xBC", "\xD0\xBC\xD0\xB5\xD1\x82\xD1\x80", "\xD0\xBC\xD0\xB5\xD1\x82\xD1\x80\xD0\xB0", "\xD0\xBC\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2"},
    // т · тонна · тонны · тонн
    {"\xD1\x82", "\xD1\x82\xD0\xBE\xD0\xBD\xD0\xBD\xD0\xB0", "\xD1\x82\xD0\xBE\xD0\xBD\xD0\xBD\xD1\x8B", "\xD1\x82\xD0\xBE\xD0\xBD\xD0\xBD", true},
    // л · литр · литра · литров
    {"\xD0\xBB", "\xD0\xBB\xD0\xB8\xD1\x82\xD1\x80", "\xD0\xBB\xD0\xB8\xD1\x82\xD1\x80\xD0\xB0", "\xD0\xBB\xD0\xB8\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2"},
    // кВт · киловатт · киловатта · киловатт
    {"\xD0\xBA\xD0\x92\xD1\x82", "\xD0\xBA\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82\xD1\x82", "\xD0\xBA\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82\xD1\x82\xD0\xB0", "\xD0\xBA\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82\xD1\x82"},
}};

// января · февраля · марта · апреля · мая · июня
constexpr std::array<std::string_view, 12> kMonthsGenitive{"\xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F", "\xD1\x84\xD0\xB5\xD0\xB2\xD1\x80\xD0\xB0\xD0\xBB\xD1\x8F", "\xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0", "\xD0\xB0\xD0\xBF\xD1\x80\xD0\xB5\xD0\xBB\xD1\x8F", "\xD0\xBC\xD0\xB0\xD1\x8F", "\xD0\xB8\xD1\x8E\xD0\xBD\xD1\x8F",
                                                          // июля · августа · сентября · октября · ноября · декабря
                                                          "\xD0\xB8\xD1\x8E\xD0\xBB\xD1\x8F", "\xD0\xB0\xD0\xB2\xD0\xB3\xD1\x83\xD1\x81\xD1\x82\xD0\xB0", "\xD1\x81\xD0\xB5\xD0\xBD\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F", "\xD0\xBE\xD0\xBA\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F", "\xD0\xBD\xD0\xBE\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F", "\xD0\xB4\xD0\xB5\xD0\xBA\xD0\xB0\xD0\xB1\xD1\x80\xD1\x8F"};

// млрд · млн · трлн · тыс. · тыс: the magnitudes written short after a figure, after which a currency or a measure is
// counted in the genitive plural ("тыс." before "тыс", which begins it).
constexpr const char* kMagnitudeWords[] = {"\xD0\xBC\xD0\xBB\xD1\x80\xD0\xB4", "\xD0\xBC\xD0\xBB\xD0\xBD", "\xD1\x82\xD1\x80\xD0\xBB\xD0\xBD",
                                           "\xD1\x82\xD1\x8B\xD1\x81.", "\xD1\x82\xD1\x8B\xD1\x81"};

// Prepositions after which a figure is in the genitive: "около 20", "более 300", "до 5".
// около · ок · более · менее · свыше · вместо · до · от · из · без
constexpr std::array<std::string_view, 32> kGenitivePrepositions{"\xD0\xBE\xD0\xBA\xD0\xBE\xD0\xBB\xD0\xBE", "\xD0\xBE\xD0\xBA", "\xD0\xB1\xD0\xBE\xD0\xBB\xD0\xB5\xD0\xB5", "\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xB5\xD0\xB5", "\xD1\x81\xD0\xB2\xD1\x8B\xD1\x88\xD0\xB5", "\xD0\xB2\xD0\xBC\xD0\xB5\xD1\x81\xD1\x82\xD0\xBE", "\xD0\xB4\xD0\xBE", "\xD0\xBE\xD1\x82", "\xD0\xB8\xD0\xB7", "\xD0\xB1\xD0\xB5\xD0\xB7",
                                                                 // после · для · у · кроме · среди · порядка · возле · против · уровне
                                                                 "\xD0\xBF\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB5", "\xD0\xB4\xD0\xBB\xD1\x8F", "\xD1\x83", "\xD0\xBA\xD1\x80\xD0\xBE\xD0\xBC\xD0\xB5", "\xD1\x81\xD1\x80\xD0\xB5\xD0\xB4\xD0\xB8", "\xD0\xBF\xD0\xBE\xD1\x80\xD1\x8F\xD0\xB4\xD0\xBA\xD0\xB0", "\xD0\xB2\xD0\xBE\xD0\xB7\xD0\xBB\xD0\xB5", "\xD0\xBF\xD1\x80\xD0\xBE\xD1\x82\xD0\xB8\xD0\xB2",
                                                                 // уровне ("на уровне 21%": the level of twenty-one percent)
                                                                 "\xD1\x83\xD1\x80\xD0\xBE\xD0\xB2\xD0\xBD\xD0\xB5",
                                                                 // "в пределах 150", "в течение 30 дней"; a verb that takes it, "достичь 70 процентов"
                                                                 // (пределах · течение · достичь · достиг · достигла · достигло · достигли · достигнет · достигнут · достигает · достигают · сверх)
                                                                 "\xD0\xBF\xD1\x80\xD0\xB5\xD0\xB4\xD0\xB5\xD0\xBB\xD0\xB0\xD1\x85", "\xD1\x82\xD0\xB5\xD1\x87\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5", "\xD0\xB4\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8\xD1\x87\xD1\x8C", "\xD0\xB4\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8\xD0\xB3", "\xD0\xB4\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8\xD0\xB3\xD0\xBB\xD0\xB0", "\xD0\xB4\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8\xD0\xB3\xD0\xBB\xD0\xBE", "\xD0\xB4\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8\xD0\xB3\xD0\xBB\xD0\xB8", "\xD0\xB4\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8\xD0\xB3\xD0\xBD\xD0\xB5\xD1\x82", "\xD0\xB4\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8\xD0\xB3\xD0\xBD\xD1\x83\xD1\x82", "\xD0\xB4\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8\xD0\xB3\xD0\xB0\xD0\xB5\xD1\x82", "\xD0\xB4\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8\xD0\xB3\xD0\xB0\xD1\x8E\xD1\x82", "\xD1\x81\xD0\xB2\xD0\xB5\xD1\x80\xD1\x85",
                                                                 // размере ("в размере 18,6 млрд": in the amount of)
                                                                 "\xD1\x80\xD0\xB0\xD0\xB7\xD0\xBC\xD0\xB5\xD1\x80\xD0\xB5"};

// The word before `at`, in lower case, without the dot of a short form ("ок."; "" at the start).
std::string wordBefore(const std::string& text, std::size_t at) {
    std::size_t end = at;
    while (end > 0 && text[end - 1] == ' ') --end;
    if (end > 0 && text[end - 1] == '.') --end;
    return lowerWordBefore(text, end);
}

// `text` opens a word in capitals at `at` (of any script: "При", "Затем").
bool opensOnCapital(const std::string& text, std::size_t at) {
    std::size_t k = at;
    return at < text.size() && u_isupper(static_cast<UChar32>(nextCodePoint(text, k)));
}

// A place or a prize named after a person, the word "им." stands after: "Музей им. Пушкина", "премия им. Лихачёва"
// ("Спасибо им. Без них…" is the pronoun).
bool namedAfter(const std::string& word) {
    for (std::string_view stem : {"\xD0\xBC\xD1\x83\xD0\xB7\xD0\xB5", "\xD1\x82\xD0\xB5\xD0\xB0\xD1\x82\xD1\x80", "\xD1\x83\xD0\xBB\xD0\xB8\xD1\x86", "\xD0\xBF\xD1\x80\xD0\xBE\xD1\x81\xD0\xBF\xD0\xB5\xD0\xBA\xD1\x82", "\xD0\xBF\xD0\xBB\xD0\xBE\xD1\x89\xD0\xB0\xD0\xB4", "\xD0\xBF\xD0\xB0\xD1\x80\xD0\xBA", "\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB5\xD1\x80", "\xD0\xB1\xD1\x83\xD0\xBB\xD1\x8C\xD0\xB2\xD0\xB0\xD1\x80", "\xD0\xBF\xD0\xB5\xD1\x80\xD0\xB5\xD1\x83\xD0\xBB", "\xD1\x88\xD0\xBA\xD0\xBE\xD0\xBB", "\xD0\xB3\xD0\xB8\xD0\xBC\xD0\xBD\xD0\xB0\xD0\xB7\xD0\xB8",
                                  "\xD0\xBB\xD0\xB8\xD1\x86\xD0\xB5", "\xD1\x83\xD0\xBD\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x80\xD1\x81\xD0\xB8\xD1\x82\xD0\xB5\xD1\x82", "\xD0\xB8\xD0\xBD\xD1\x81\xD1\x82\xD0\xB8\xD1\x82\xD1\x83\xD1\x82", "\xD0\xB0\xD0\xBA\xD0\xB0\xD0\xB4\xD0\xB5\xD0\xBC\xD0\xB8", "\xD0\xB1\xD0\xB8\xD0\xB1\xD0\xBB\xD0\xB8\xD0\xBE\xD1\x82\xD0\xB5\xD0\xBA", "\xD1\x81\xD1\x82\xD0\xB0\xD0\xB4\xD0\xB8\xD0\xBE\xD0\xBD", "\xD0\xBF\xD1\x80\xD0\xB5\xD0\xBC\xD0\xB8", "\xD1\x84\xD0\xBE\xD0\xBD\xD0\xB4", "\xD0\xB1\xD0\xBE\xD0\xBB\xD1\x8C\xD0\xBD\xD0\xB8\xD1\x86",
                                  "\xD0\xB3\xD0\xBE\xD1\x81\xD0\xBF\xD0\xB8\xD1\x82\xD0\xB0\xD0\xBB", "\xD0\xBA\xD0\xBB\xD0\xB8\xD0\xBD\xD0\xB8\xD0\xBA", "\xD0\xB7\xD0\xB0\xD0\xB2\xD0\xBE\xD0\xB4", "\xD1\x84\xD0\xB0\xD0\xB1\xD1\x80\xD0\xB8\xD0\xBA", "\xD0\xBA\xD0\xBE\xD0\xBB\xD0\xBB\xD0\xB5\xD0\xB4\xD0\xB6", "\xD1\x83\xD1\x87\xD0\xB8\xD0\xBB\xD0\xB8\xD1\x89", "\xD1\x86\xD0\xB5\xD0\xBD\xD1\x82\xD1\x80", "\xD0\xB4\xD0\xB2\xD0\xBE\xD1\x80", "\xD0\xB4\xD0\xBE\xD0\xBC", "\xD0\xB0\xD1\x8D\xD1\x80\xD0\xBE\xD0\xBF\xD0\xBE\xD1\x80\xD1\x82",
                                  "\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD\xD1\x86\xD0\xB8", "\xD0\xBA\xD0\xBE\xD0\xBD\xD1\x81\xD0\xB5\xD1\x80\xD0\xB2\xD0\xB0\xD1\x82\xD0\xBE\xD1\x80\xD0\xB8", "\xD0\xB3\xD0\xB0\xD0\xBB\xD0\xB5\xD1\x80\xD0\xB5", "\xD1\x84\xD0\xB8\xD0\xBB\xD0\xB0\xD1\x80\xD0\xBC\xD0\xBE\xD0\xBD\xD0\xB8", "\xD0\xBE\xD1\x80\xD0\xB4\xD0\xB5\xD0\xBD", "\xD0\xBC\xD0\xB5\xD0\xB4\xD0\xB0\xD0\xBB", "\xD0\xBA\xD0\xBE\xD0\xBD\xD0\xBA\xD1\x83\xD1\x80\xD1\x81", "\xD1\x81\xD1\x82\xD0\xB8\xD0\xBF\xD0\xB5\xD0\xBD\xD0\xB4\xD0\xB8", "\xD0\xBB\xD0\xB0\xD0\xB1\xD0\xBE\xD1\x80\xD0\xB0\xD1\x82\xD0\xBE\xD1\x80\xD0\xB8",
                                  "\xD0\xBD\xD0\xB0\xD0\xB1\xD0\xB5\xD1\x80\xD0\xB5\xD0\xB6\xD0\xBD", "\xD0\xBC\xD0\xBE\xD1\x81\xD1\x82", "\xD1\x80\xD0\xB0\xD0\xB9\xD0\xBE\xD0\xBD", "\xD1\x81\xD0\xB0\xD0\xB4"}) {
        if (word.rfind(stem, 0) == 0) return true;
    }
    return false;
}

// A word that opens sentences, no name: "позвонили им. Они…" is the pronoun "им" at a sentence's end.
bool opensSentence(const std::string& text, std::size_t at) {
    std::size_t end = at;
    while (end < text.size() && isWordByte(text[end])) ++end;
    const std::string word = text.substr(at, end - at);
    for (std::string_view starter : {"\xD0\x9E\xD0\xBD", "\xD0\x9E\xD0\xBD\xD0\xB0", "\xD0\x9E\xD0\xBD\xD0\xBE", "\xD0\x9E\xD0\xBD\xD0\xB8", "\xD0\x9C\xD1\x8B", "\xD0\xAF", "\xD0\x92\xD1\x8B", "\xD0\xAD\xD1\x82\xD0\xBE", "\xD0\x92", "\xD0\x9D\xD0\xB0", "\xD0\x9D\xD0\xBE", "\xD0\x98", "\xD0\x90", "\xD0\x9E\xD0\xB4\xD0\xBD\xD0\xB0\xD0\xBA\xD0\xBE", "\xD0\xA2\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5",
                                     "\xD0\xA2\xD0\xBE\xD0\xB3\xD0\xB4\xD0\xB0", "\xD0\x97\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBC", "\xD0\x9F\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB5", "\xD0\xA1\xD0\xB5\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xBD\xD1\x8F", "\xD0\x92\xD1\x87\xD0\xB5\xD1\x80\xD0\xB0", "\xD0\xA2\xD0\xB5\xD0\xBF\xD0\xB5\xD1\x80\xD1\x8C"}) {
        if (word == starter) return true;
    }
    return false;
}

bool genitivePreposition(const std::string& word) {
    for (std::string_view p : kGenitivePrepositions) {
        if (word == p) return true;
    }
    return false;
}

// The text at `at` is `word` and a word ends there.
bool wordAt(const std::string& text, std::size_t at, std::string_view word) {
    return text.compare(at, word.size(), word) == 0 && isWordEnd(text, at + word.size());
}

// A capital of the Russian alphabet at `at` (А to Я, Ё): its letter's two bytes, or 0.
std::size_t cyrillicCapitalAt(const std::string& text, std::size_t at) {
    if (at + 1 >= text.size()) return 0;
    const auto a = static_cast<unsigned char>(text[at]), b = static_cast<unsigned char>(text[at + 1]);
    return a == 0xD0 && ((b >= 0x90 && b <= 0xAF) || b == 0x81) ? 2 : 0;
}

bool cyrillicVowel(const std::string& letter) {
    for (std::string_view v : {"\xD0\x90", "\xD0\x95", "\xD0\x81", "\xD0\x98", "\xD0\x9E", "\xD0\xA3", "\xD0\xAB", "\xD0\xAD", "\xD0\xAE", "\xD0\xAF"}) {
        if (letter == v) return true;  // А Е Ё И О У Ы Э Ю Я
    }
    return false;
}

// Capitals eSpeak NG reads as a Russian word that a newsreader spells: two letters ("ИП" "и-пэ", "ЕС"), or
// three to five that open on two consonants no Russian word opens on ("ГТО", "США", "ЦСКА") or hold three in a row
// ("ГИБДД"). ("ООН", "СПИД", "МГИМО", "УЕФА" are said as words.)
// Those that make a word ("МИД", "ТАСС", "ОМОН", "НАТО"), and "СМИ", "РИА", "МХАТ", "СНИЛС", are said as words; with no
// vowel ("МВД", "ФСБ") eSpeak NG spells them itself; a headline set in capitals is left.
std::string withInitialismsSpelled(const std::string& text, std::vector<Rewrite>* log) {
    if (text.find('\xD0') == std::string::npos) return text;
    std::size_t capitals = 0, small = 0;
    for (std::size_t k = 0; k + 1 < text.size(); ++k) {
        const auto a = static_cast<unsigned char>(text[k]), b = static_cast<unsigned char>(text[k + 1]);
        capitals += cyrillicCapitalAt(text, k) != 0;
        small += (a == 0xD0 && b >= 0xB0) || (a == 0xD1 && b >= 0x80 && b <= 0x91);
    }
    if (capitals > 2 * small) return text;
    return rewriteEach(text, log, [&](std::size_t i, std::string& spoken, const char*& kind) {
        if (i > 0 && (isWordByte(text[i - 1]) || text[i - 1] == '-')) return i;
        std::vector<std::string> letters;
        std::size_t e = i;
        for (std::size_t w; (w = cyrillicCapitalAt(text, e)) != 0; e += w) letters.push_back(text.substr(e, w));
        if (letters.size() < 2 || letters.size() > 5 || (e < text.size() && (isWordByte(text[e]) || text[e] == '-'))) return i;
        const std::string word = text.substr(i, e - i);
        for (std::string_view said : {"\xD0\xA1\xD0\x9C\xD0\x98", "\xD0\xA0\xD0\x98\xD0\x90", "\xD0\x9C\xD0\xA5\xD0\x90\xD0\xA2", "\xD0\xA1\xD0\x9D\xD0\x98\xD0\x9B\xD0\xA1"}) {
            if (word == said) return i;  // СМИ, РИА, МХАТ, СНИЛС
        }
        bool vowel = false, three = false;
        for (std::size_t k = 0; k < letters.size(); ++k) {
            vowel = vowel || cyrillicVowel(letters[k]);
            three = three || (k >= 2 && !cyrillicVowel(letters[k]) && !cyrillicVowel(letters[k - 1]) && !cyrillicVowel(letters[k - 2]));
        }
        // (Two consonants that open a Russian word, "СПИД", "МГИМО", make a word's start: "СП", "СТ", "СК", "СМ", "СН", "СЛ" …)
        static const std::string_view kOnsets[] = {"\xD0\xA1\xD0\x9F", "\xD0\xA1\xD0\xA2", "\xD0\xA1\xD0\x9A", "\xD0\xA1\xD0\x9C", "\xD0\xA1\xD0\x9D", "\xD0\xA1\xD0\x9B", "\xD0\xA1\xD0\x92", "\xD0\x97\xD0\x92", "\xD0\x97\xD0\x94", "\xD0\x97\xD0\x9D", "\xD0\x93\xD0\xA0", "\xD0\x9A\xD0\xA0", "\xD0\x9F\xD0\xA0", "\xD0\xA2\xD0\xA0", "\xD0\x94\xD0\xA0", "\xD0\x91\xD0\xA0", "\xD0\x92\xD0\xA0", "\xD0\xA4\xD0\xA0", "\xD0\xA5\xD0\xA0", "\xD0\x93\xD0\x9B", "\xD0\x9A\xD0\x9B", "\xD0\x9F\xD0\x9B", "\xD0\x91\xD0\x9B", "\xD0\xA4\xD0\x9B", "\xD0\x9C\xD0\x9D", "\xD0\xA2\xD0\x92", "\xD0\x94\xD0\x92", "\xD0\x9A\xD0\x92", "\xD0\xA7\xD0\xA2", "\xD0\x9C\xD0\x93", "\xD0\x92\xD0\x9D", "\xD0\x92\xD0\x9B"};
        const std::string opening = letters[0] + letters[1];
        const bool onset = std::any_of(std::begin(kOnsets), std::end(kOnsets), [&](std::string_view o) { return opening == o; });
        // (Or three consonants in a row, which no Russian word's end holds: "ГИБДД".)
        const bool cluster = (!cyrillicVowel(letters[0]) && !cyrillicVowel(letters[1]) && !onset) || three;
        // (And the company forms and institutes said letter by letter, their vowels together: "ПАО", "ОАО", "ЗАО", "ООО", "НИИ", "НИУ".)
        static const std::string_view kSpelled[] = {"\xD0\x9F\xD0\x90\xD0\x9E", "\xD0\x9E\xD0\x90\xD0\x9E", "\xD0\x97\xD0\x90\xD0\x9E", "\xD0\x9E\xD0\x9E\xD0\x9E", "\xD0\x9D\xD0\x98\xD0\x98", "\xD0\x9D\xD0\x98\xD0\xA3"};
        // (So are the okrugs and companies whose letters end on "АО", administrative or joint-stock: "ЮВАО", "СЗАО", "ЦАО".)
        const bool spelled = std::any_of(std::begin(kSpelled), std::end(kSpelled), [&](std::string_view w) { return word == w; }) ||
                             (letters.size() >= 3 && letters[letters.size() - 2] == "\xD0\x90" && letters.back() == "\xD0\x9E" &&
                              // (Its other letters consonants, a first vowel aside, "ЮВАО": "КАКАО", "МАКАО" are words.)
                              std::none_of(letters.begin() + 1, letters.end() - 2, [](const std::string& l) { return cyrillicVowel(l); }));
        if (!vowel || !(letters.size() == 2 || cluster || spelled)) return i;
        kind = "initialism";
        // (Each consonant by its name, the letters joined as one word is said, "гэ-тэ-о": alone, "С" is the
        // preposition and "Б" the particle "бы" to eSpeak NG.)
        static const std::pair<std::string_view, std::string_view> kNames[] = {
        {"\xD0\x91", "\xD0\xB1\xD1\x8D"},
        {"\xD0\x92", "\xD0\xB2\xD1\x8D"},
        {"\xD0\x93", "\xD0\xB3\xD1\x8D"},
        {"\xD0\x94", "\xD0\xB4\xD1\x8D"},
        {"\xD0\x96", "\xD0\xB6\xD1\x8D"},
        {"\xD0\x97", "\xD0\xB7\xD1\x8D"},
        {"\xD0\x9A", "\xD0\xBA\xD0\xB0"},
        {"\xD0\x9B", "\xD1\x8D\xD0\xBB\xD1\x8C"},
        {"\xD0\x9C", "\xD1\x8D\xD0\xBC"},
        {"\xD0\x9D", "\xD1\x8D\xD0\xBD"},
        {"\xD0\x9F", "\xD0\xBF\xD1\x8D"},
        {"\xD0\xA0", "\xD1\x8D\xD1\x80"},
        {"\xD0\xA1", "\xD1\x8D\xD1\x81"},
        {"\xD0\xA2", "\xD1\x82\xD1\x8D"},
        {"\xD0\xA4", "\xD1\x8D\xD1\x84"},
        {"\xD0\xA5", "\xD1\x85\xD0\xB0"},
        {"\xD0\xA6", "\xD1\x86\xD1\x8D"},
        {"\xD0\xA7", "\xD1\x87\xD0\xB5"},
        {"\xD0\xA8", "\xD1\x88\xD0\xB0"},
        {"\xD0\xA9", "\xD1\x89\xD0\xB0"}};
        for (const std::string& l : letters) {
            std::string name = lowerUtf8(l);
            for (const auto& [letter, said] : kNames) {
                if (l == letter) name = said;
            }
            spoken += (spoken.empty() ? "" : "-") + name;
        }
        return e;
    });
}

// "$59", "$61,38", "$5 млн", "€2,4 млрд": a currency's sign before its figure, as wires write dollars and euros, written
// after it as Russian says it ("59 долл.", "5 млн долларов", "2,4 млрд евро"), where the counted nouns take their case.
// "9,6–9,8%", "15–17 м/с": a span between two figures, its dash set apart with spaces so that each figure is read
// with what follows it ("девять целых шесть десятых — девять целых восемь десятых процента"), where the second was left
// to eSpeak NG in the nominative. Two years, "2020–2022 годах", are the year rule's; whole percentages the percent rule's.
std::string withFigureSpansApart(const std::string& text, std::vector<Rewrite>* log) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool enDash = text.compare(i, 3, "\xE2\x80\x93") == 0;
        const std::size_t width = enDash ? 3 : text[i] == '-' ? 1 : 0;
        if (width != 0 && i > 0 && i + width < text.size() && isAsciiDigit(text[i - 1]) && isAsciiDigit(text[i + width])) {
            std::size_t start = i, end = i + width;
            while (start > 0 && (isAsciiDigit(text[start - 1]) || text[start - 1] == ',')) --start;
            while (end < text.size() && (isAsciiDigit(text[end]) || (text[end] == ',' && end + 1 < text.size() && isAsciiDigit(text[end + 1])))) ++end;
            const std::string first = text.substr(start, i - start), second = text.substr(i + width, end - i - width);
            const bool years = first.size() == 4 && second.size() == 4 && first.find(',') == std::string::npos && second.find(',') == std::string::npos;
            // (A chain, "8-800-555-35-35", is a telephone's; a date's "2024-11-03" too.)
            const bool chained = (start > 0 && (text[start - 1] == '-' || text[start - 1] == '.' || text[start - 1] == '/')) ||
                                 (end < text.size() && (text[end] == '-' || text[end] == '/' || text.compare(end, 3, "\xE2\x80\x93") == 0));
            // (Whole percentages, "7-8%", are the percent rule's, which puts both in the genitive.)
            const bool wholePercent = first.find(',') == std::string::npos && second.find(',') == std::string::npos &&
                                      (text.compare(end, 1, "%") == 0 || text.compare(end, 2, " %") == 0);
            // (Nor a price after its sign, "$70-80", which the currency's rule moves after both.)
            const bool priced = (start > 0 && text[start - 1] == '$') || (start >= 2 && text.compare(start - 2, 2, "\xC2\xA3") == 0) ||
                                (start >= 3 && (text.compare(start - 3, 3, "\xE2\x82\xAC") == 0 || text.compare(start - 3, 3, "\xE2\x82\xBD") == 0));
            if (!years && !chained && !wholePercent && !priced) {
                out += " \xE2\x80\x94 ";
                if (log != nullptr) log->push_back({text.substr(start, end - start), first + " \xE2\x80\x94 " + second, "span"});
                i += width - 1;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

std::string withCurrencyAfterFigure(const std::string& text, std::vector<Rewrite>* log) {
    if (text.find('$') == std::string::npos && text.find("\xE2\x82\xAC") == std::string::npos) return text;
    return rewriteEach(text, log, [&](std::size_t i, std::string& spoken, const char*& kind) {
        const bool dollar = text[i] == '$', euro = text.compare(i, 3, "\xE2\x82\xAC") == 0;
        const std::size_t figure = i + (dollar ? 1 : euro ? 3 : 0);
        if (!(dollar || euro) || figure >= text.size() || !isAsciiDigit(text[figure]) || (i > 0 && isWordByte(text[i - 1]))) return i;
        // (A figure with its decimal comma or its point: "61,38".)
        const auto figureEnd = [&](std::size_t k) {
            while (k < text.size() && (isAsciiDigit(text[k]) || ((text[k] == ',' || text[k] == '.') && k + 1 < text.size() && isAsciiDigit(text[k + 1])))) ++k;
            return k;
        };
        std::size_t end = figureEnd(figure);
        // ("$70-80", "$1,5-2 млрд": a range, the currency after its second figure.)
        if (end + 1 < text.size() && text[end] == '-' && isAsciiDigit(text[end + 1])) end = figureEnd(end + 1);
        // (A magnitude after it: "$5 млн", "$1,2 млрд"; the currency after both, in the genitive plural.)
        std::string magnitude;
        std::size_t after = end;
        for (const char* m : kMagnitudeWords) {
            const std::string word = std::string(" ") + m;
            if (text.compare(end, word.size(), word) == 0 && (end + word.size() >= text.size() || !isWordByte(text[end + word.size()]) || word.back() == '.')) {
                magnitude = word;
                after = end + word.size();
                break;
            }
        }
        const std::string currency = euro ? " \xD0\xB5\xD0\xB2\xD1\x80\xD0\xBE" : magnitude.empty() ? " \xD0\xB4\xD0\xBE\xD0\xBB\xD0\xBB\x2E" : " \xD0\xB4\xD0\xBE\xD0\xBB\xD0\xBB\xD0\xB0\xD1\x80\xD0\xBE\xD0\xB2";
        kind = "money";
        spoken = text.substr(figure, end - figure) + magnitude + currency;
        return after;
    });
}

class Russian : public LanguageRules {
public:
    Russian() : words_("ru") {}

    std::string beforeLexicon(const std::string& written, std::vector<Rewrite>* log) const override {
        const std::string text = withFigureSpansApart(withCompoundNumbersSaid(written, log), log);
        const bool street = text.find("\xD1\x83\xD0\xBB.") != std::string::npos;
        // (A town's "г.", a Roman numeral's letters.)
        if (!street && text.find("\xD0\xB8\xD0\xBC. ") == std::string::npos && text.find_first_of("0123456789IVX") == std::string::npos &&
            text.find("\xD0\xB3. ") == std::string::npos) {
            return text;
        }
        const std::string joined = withCurrencyAfterFigure(withoutDotAndSpaceGroups(text), log);
        return rewriteEach(joined, log, [&](std::size_t i, std::string& spoken, const char*& kind) {
            // "Музей им. Пушкина": "имени" before the name ("позвонили им." is a pronoun's end).
            if ((i == 0 || !isWordByte(joined[i - 1])) && joined.compare(i, 6, "\xD0\xB8\xD0\xBC. ") == 0 && opensOnCapital(joined, i + 6) &&
                !opensSentence(joined, i + 6) && namedAfter(wordBefore(joined, i))) {
                kind = "abbreviation";
                spoken = "\xD0\xB8\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xB8 ";
                return i + 6;
            }
            if (street && (i == 0 || !isWordByte(joined[i - 1])) && joined.compare(i, 5, "\xD1\x83\xD0\xBB.") == 0) {
                kind = "abbreviation";
                spoken = streetAfter(wordBefore(joined, i));
                return i + 5;
            }
            // "в 10:00", "около 14:30", "с 9:00 до 18:00": the clock, hours and minutes with their nouns, in the
            // genitive after a preposition that takes it ("с девяти часов до восемнадцати часов").
            if (const std::size_t end = clockAt(joined, i, spoken); end != i) {
                kind = "time";
                return end;
            }
            // "в г. Красноярске": "город" before a town's name, in the case its preposition asks ("в городе Москва").
            if ((i == 0 || joined[i - 1] == ' ') && joined.compare(i, 4, "\xD0\xB3. ") == 0 && opensOnCapital(joined, i + 4) &&
                !(i >= 2 && isAsciiDigit(joined[i - 2]))) {
                kind = "abbreviation";
                const std::string before = wordBefore(joined, i);
                spoken = before == "\xD0\xB2" || before == "\xD0\xB2\xD0\xBE" || before == "\xD0\xBE" ? "\xD0\xB3\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4\xD0\xB5 "
                         : genitivePreposition(before)                     ? "\xD0\xB3\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4\xD0\xB0 "
                         : before == "\xD0\xBA"                                   ? "\xD0\xB3\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4\xD1\x83 "
                         : before == "\xD0\xBD\xD0\xB0\xD0\xB4" || before == "\xD0\xBF\xD0\xBE\xD0\xB4" || before == "\xD0\xB7\xD0\xB0" || before == "\xD0\xBF\xD0\xB5\xD1\x80\xD0\xB5\xD0\xB4" ? "\xD0\xB3\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4\xD0\xBE\xD0\xBC "
                                                                                                       : "\xD0\xB3\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4 ";
                return i + 4;
            }
            // "д. 34", "каб. 215", "кв. 12", "корп. 2": a house, an office, a flat, a block before their numbers.
            if (const std::size_t end = addressPartAt(joined, i, spoken); end != i) {
                kind = "abbreviation";
                return end;
            }
            // "N 353-ФЗ": the number sign written as a Latin capital, "номер" (eSpeak NG switches to English for it).
            if ((i == 0 || joined[i - 1] == ' ' || joined[i - 1] == '(') && joined.compare(i, 2, "N ") == 0 && i + 2 < joined.size() &&
                isAsciiDigit(joined[i + 2])) {
                kind = "abbreviation";
                spoken = "\xD0\xBD\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x80 ";
                return i + 2;
            }
            // "ст. 5.1", "ч. 2 ст. 105": an article of a law before its number, in the case the word before gives it
            // ("согласно статье", "статьи" after a part's number); its dot ends no sentence.
            if ((i == 0 || joined[i - 1] == ' ' || joined[i - 1] == '(') && joined.compare(i, 6, "\xD1\x81\xD1\x82. ") == 0 && i + 6 < joined.size() &&
                isAsciiDigit(joined[i + 6])) {
                const std::string before = wordBefore(joined, i);
                kind = "abbreviation";
                // согласно · по · в · о · об · к: статье; со · с: статьёй ("в соответствии со статьёй"); else статьи, the
                // genitive ("нарушение ст. 5", "ч. 2 ст. 105", "на основании ст. 3").
                const bool dative = before == "\xD1\x81\xD0\xBE\xD0\xB3\xD0\xBB\xD0\xB0\xD1\x81\xD0\xBD\xD0\xBE" || before == "\xD0\xBF\xD0\xBE" || before == "\xD0\xB2" || before == "\xD0\xBE" || before == "\xD0\xBE\xD0\xB1" || before == "\xD0\xBA";
                const bool with = before == "\xD1\x81\xD0\xBE" || before == "\xD1\x81";
                spoken = dative ? "\xD1\x81\xD1\x82\xD0\xB0\xD1\x82\xD1\x8C\xD0\xB5 " : with ? "\xD1\x81\xD1\x82\xD0\xB0\xD1\x82\xD1\x8C\xD1\x91\xD0\xB9 " : "\xD1\x81\xD1\x82\xD0\xB0\xD1\x82\xD1\x8C\xD0\xB8 ";
                return i + 6;
            }
            // "ч. 2 ст. 105", "по ч. 5": a part of a law's article, its number an ordinal agreeing with "часть"
            // ("часть вторая", "по части пятой"). (After a figure, "ч." is an hour: "в 15 ч.")
            if ((i == 0 || joined[i - 1] == ' ' || joined[i - 1] == '(') && (joined.compare(i, 4, "\xD1\x87. ") == 0 || joined.compare(i, 4, "\xD0\xA7. ") == 0) &&
                !(i >= 2 && isAsciiDigit(joined[i - 2]))) {
                const std::size_t figure = i + 4, figureEnd = digitsEnd(joined, figure);
                if (figureEnd > figure && figureEnd - figure <= 2 && (figureEnd >= joined.size() || !isWordByte(joined[figureEnd]))) {
                    std::string before = wordBefore(joined, i);
                    // ("по ч. 1 и ч. 2", "по ч. 3 ст. 30, ч. 4 ст. 159": a part after "и" or a comma in a list of parts takes
                    // the case of the first.)
                    std::size_t back = i;
                    while (back > 0 && joined[back - 1] == ' ') --back;
                    const bool listed = before == "\xD0\xB8" || (back > 0 && joined[back - 1] == ',');
                    if (listed) {
                        const std::size_t small = joined.rfind("\xD1\x87. ", i - 1), capital = joined.rfind("\xD0\xA7. ", i - 1);
                        const std::size_t first = small == std::string::npos ? capital : capital == std::string::npos ? small : std::max(small, capital);
                        if (first != std::string::npos && first < i) before = wordBefore(joined, first);
                    }
                    // согласно · по · в · о · к: части, the dative or locative; none: часть; "предусмотренного ч. 4",
                    // "квалифицированного по": частью, the instrumental; else части, the genitive.
                    const bool dative = before == "\xD1\x81\xD0\xBE\xD0\xB3\xD0\xBB\xD0\xB0\xD1\x81\xD0\xBD\xD0\xBE" || before == "\xD0\xBF\xD0\xBE" || before == "\xD0\xB2" ||
                                        before == "\xD0\xBE" || before == "\xD0\xBA";
                    const bool instrumental = before.rfind("\xD0\xBF\xD1\x80\xD0\xB5\xD0\xB4\xD1\x83\xD1\x81\xD0\xBC\xD0\xBE\xD1\x82\xD1\x80\xD0\xB5\xD0\xBD", 0) == 0 || before.rfind("\xD1\x83\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD", 0) == 0;
                    const bool nominative = before.empty() || before == "\xD0\xB8";
                    const std::string ordinal = words_.say(std::stoll(joined.substr(figure, figureEnd - figure)),
                                                           nominative     ? "%spellout-ordinal-feminine"
                                                           : dative       ? "%spellout-ordinal-feminine-dative"
                                                           : instrumental ? "%spellout-ordinal-feminine-ablative"
                                                                          : "%spellout-ordinal-feminine-genitive");
                    if (!ordinal.empty()) {
                        kind = "abbreviation";
                        const bool capital = joined.compare(i, 2, "\xD0\xA7") == 0;
                        spoken = std::string(capital ? "\xD0\xA7" : "\xD1\x87") +
                                 (nominative ? "\xD0\xB0\xD1\x81\xD1\x82\xD1\x8C " : instrumental ? "\xD0\xB0\xD1\x81\xD1\x82\xD1\x8C\xD1\x8E " : "\xD0\xB0\xD1\x81\xD1\x82\xD0\xB8 ") + ordinal;
                        return figureEnd;
                    }
                }
            }
            // "IV квартал", "в XXI веке": a Roman numeral before a noun it ranks, an ordinal in that noun's case.
            if (const std::size_t end = romanOrdinalAt(joined, i, spoken); end != i) {
                kind = "number";
                return end;
            }
            return figureAt(joined, i, spoken, kind);
        });
    }

    // минус
    std::string apply(const std::string& text, std::vector<Rewrite>* log) const override {
        return withInitialismsSpelled(withMinusSaid(text, "\xD0\xBC\xD0\xB8\xD0\xBD\xD1\x83\xD1\x81", log), log);
    }

private:
    // "ул." in the case its preposition gives: "на ул. Ленина" (улице), "от ул. Ленинградской" (улицы).
    static std::string streetAfter(const std::string& before) {
        if (before == "\xD0\xBD\xD0\xB0" || before == "\xD0\xBF\xD0\xBE" || before == "\xD0\xB2" || before == "\xD0\xBA") return "\xD1\x83\xD0\xBB\xD0\xB8\xD1\x86\xD0\xB5";
        if (genitivePreposition(before) || before == "\xD1\x81" || before == "\xD1\x81\xD0\xBE" || before == "\xD0\xB2\xD0\xB4\xD0\xBE\xD0\xBB\xD1\x8C" || before == "\xD1\x83\xD0\xB3\xD0\xBE\xD0\xBB" || before == "\xD1\x83\xD0\xB3\xD0\xBB\xD1\x83") {
            return "\xD1\x83\xD0\xBB\xD0\xB8\xD1\x86\xD1\x8B";
        }
        return "\xD1\x83\xD0\xBB\xD0\xB8\xD1\x86\xD0\xB0";
    }

    // The clock at `i`, "10:00", "14:30": returns where it ends and sets `spoken`, or returns `i`.
    std::size_t clockAt(const std::string& text, std::size_t i, std::string& spoken) const {
        if (!isAsciiDigit(text[i]) || (i > 0 && (isWordByte(text[i - 1]) || text[i - 1] == ':' || text[i - 1] == ',' || text[i - 1] == '.'))) return i;
        const std::size_t h = digitsEnd(text, i);
        // ("в 18.50 мск": the clock with a dot, as agencies write it before Moscow's time.)
        const bool dotted = h + 3 < text.size() && text[h] == '.' && text.compare(h + 3, 7, " \xD0\xBC\xD1\x81\xD0\xBA") == 0;
        if (h - i > 2 || h + 2 >= text.size() || (text[h] != ':' && !dotted) || !isAsciiDigit(text[h + 1]) || !isAsciiDigit(text[h + 2])) return i;
        const std::size_t end = h + 3;
        if (end < text.size() && (isAsciiDigit(text[end]) || text[end] == ':' || isWordByte(text[end]))) return i;
        const long long hour = std::stoll(text.substr(i, h - i)), minute = std::stoll(text.substr(h + 1, 2));
        if (hour > 24 || minute > 59) return i;
        const std::string before = wordBefore(text, i);
        // (Only after a word of the clock, "в 10:00", "с 9:00 до 18:00", "около 14:30": "длится 4:12" and "Глава 3:16" are no times.)
        const bool clockWord = before == "\xD0\xB2" || before == "\xD0\xB2\xD0\xBE" || before == "\xD1\x81" || before == "\xD1\x81\xD0\xBE" || before == "\xD0\xB4\xD0\xBE" || before == "\xD0\xBE\xD0\xBA\xD0\xBE\xD0\xBB\xD0\xBE" ||
                               before == "\xD0\xBF\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB5" || before == "\xD0\xBA" || before == "\xD0\xBF\xD0\xBE" || before == "\xD0\xBD\xD0\xB0\xD1\x87\xD0\xB0\xD0\xBB\xD0\xBE" || before == "\xD0\xBD\xD0\xB0\xD1\x87\xD0\xB0\xD0\xBB\xD0\xBE\xD0\xBC";
        if (!clockWord) return i;
        const bool genitive = genitivePreposition(before) || before == "\xD1\x81" || before == "\xD1\x81\xD0\xBE";
        static const CountedNoun kHours{"\xD1\x87", "\xD1\x87\xD0\xB0\xD1\x81", "\xD1\x87\xD0\xB0\xD1\x81\xD0\xB0", "\xD1\x87\xD0\xB0\xD1\x81\xD0\xBE\xD0\xB2"};
        static const CountedNoun kMinutes{"\xD0\xBC\xD0\xB8\xD0\xBD", "\xD0\xBC\xD0\xB8\xD0\xBD\xD1\x83\xD1\x82\xD0\xB0", "\xD0\xBC\xD0\xB8\xD0\xBD\xD1\x83\xD1\x82\xD1\x8B", "\xD0\xBC\xD0\xB8\xD0\xBD\xD1\x83\xD1\x82", true};
        // "к 12:00" is "к двенадцати часам", the dative.
        if (before == "\xD0\xBA") {
            const auto one = [](long long v) { return v % 10 == 1 && v % 100 != 11; };
            const std::string h = say(hour, "%spellout-cardinal-masculine-dative"), m = say(minute, "%spellout-cardinal-feminine-dative");
            if (h.empty() || m.empty()) return i;
            // часу · часам · минуте · минутам
            spoken = h + (one(hour) ? " \xD1\x87\xD0\xB0\xD1\x81\xD1\x83" : " \xD1\x87\xD0\xB0\xD1\x81\xD0\xB0\xD0\xBC");
            if (minute > 0) spoken += " " + m + (one(minute) ? " \xD0\xBC\xD0\xB8\xD0\xBD\xD1\x83\xD1\x82\xD0\xB5" : " \xD0\xBC\xD0\xB8\xD0\xBD\xD1\x83\xD1\x82\xD0\xB0\xD0\xBC");
            return end;
        }
        spoken = figure(std::to_string(hour), hour, false, genitive, false) + " " + std::string(form(kHours, hour, false, genitive));
        if (minute > 0) spoken += " " + figure(std::to_string(minute), minute, false, genitive, true) + " " + std::string(form(kMinutes, minute, false, genitive));
        return end;
    }

    // A house's, an office's, a flat's or a block's short form before its number: "д. 34" is "дом 34", "от д.
    // 30а" "от дома 30а".
    std::size_t addressPartAt(const std::string& text, std::size_t i, std::string& spoken) const {
        if (i > 0 && isWordByte(text[i - 1])) return i;
        struct Part {
            std::string_view written, nominative, genitive;
            bool afterHouse = false;  // only a few words after a house's "д.": "стр." is a page elsewhere
        };
        static const Part kParts[] = {{"\xD0\xB4. ", "\xD0\xB4\xD0\xBE\xD0\xBC", "\xD0\xB4\xD0\xBE\xD0\xBC\xD0\xB0"}, {"\xD0\xBA\xD0\xB0\xD0\xB1. ", "\xD0\xBA\xD0\xB0\xD0\xB1\xD0\xB8\xD0\xBD\xD0\xB5\xD1\x82", "\xD0\xBA\xD0\xB0\xD0\xB1\xD0\xB8\xD0\xBD\xD0\xB5\xD1\x82\xD0\xB0"}, {"\xD0\xBA\xD0\xB2. ", "\xD0\xBA\xD0\xB2\xD0\xB0\xD1\x80\xD1\x82\xD0\xB8\xD1\x80\xD0\xB0", "\xD0\xBA\xD0\xB2\xD0\xB0\xD1\x80\xD1\x82\xD0\xB8\xD1\x80\xD1\x8B"},
                                      {"\xD0\xBA\xD0\xBE\xD1\x80\xD0\xBF. ", "\xD0\xBA\xD0\xBE\xD1\x80\xD0\xBF\xD1\x83\xD1\x81", "\xD0\xBA\xD0\xBE\xD1\x80\xD0\xBF\xD1\x83\xD1\x81\xD0\xB0"},
                                      // стр. · строение · строения: a building's part, "д. 7, стр. 1"
                                      {"\xD1\x81\xD1\x82\xD1\x80. ", "\xD1\x81\xD1\x82\xD1\x80\xD0\xBE\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5",
                                       "\xD1\x81\xD1\x82\xD1\x80\xD0\xBE\xD0\xB5\xD0\xBD\xD0\xB8\xD1\x8F", true}};
        for (const Part& p : kParts) {
            if (text.compare(i, p.written.size(), p.written) != 0 || i + p.written.size() >= text.size() ||
                !isAsciiDigit(text[i + p.written.size()])) {
                continue;
            }
            if (p.afterHouse) {
                const std::size_t house = text.rfind("\xD0\xB4. ", i);
                if (house == std::string::npos || i - house > 24 || (house > 0 && isWordByte(text[house - 1]))) continue;
            }
            const std::string before = wordBefore(text, i);
            spoken = std::string(genitivePreposition(before) ? p.genitive : p.nominative) + " ";
            return i + p.written.size();
        }
        return i;
    }

    // "на 87-й минуте", "3-е место", "в 1990-х годах", "2-я половина": a figure with its ending after a hyphen,
    // an ordinal in the case the ending shows, which eSpeak NG reads as a letter's name ("и краткое", "ха").
    // The figure runs from `i` to `e`; returns where the ending ends, or `e`.
    std::size_t suffixedOrdinalAt(const std::string& text, std::size_t i, std::size_t e, long long n, std::string& spoken) const {
        if (e + 2 >= text.size() || text[e] != '-' || static_cast<unsigned char>(text[e + 1]) < 0xD0) return e;
        std::size_t w = e + 1;
        while (w < text.size() && isWordByte(text[w])) ++w;
        const std::string ending = text.substr(e + 1, w - e - 1);
        struct Ending {
            std::string_view written;
            const char* rule;
        };
        static const Ending kEndings[] = {
            {"\xD0\xB9", "%spellout-ordinal-masculine"},           {"\xD1\x8B\xD0\xB9", "%spellout-ordinal-masculine"},  // й, ый
            {"\xD0\xBE\xD0\xB9", "%spellout-ordinal-masculine"},  {"\xD0\xB8\xD0\xB9", "%spellout-ordinal-masculine"},  // ой, ий
            {"\xD1\x8F", "%spellout-ordinal-feminine"},            {"\xD0\xB0\xD1\x8F", "%spellout-ordinal-feminine"},   // я, ая
            {"\xD0\xB5", "%spellout-ordinal-neuter"},              {"\xD0\xBE\xD0\xB5", "%spellout-ordinal-neuter"},     // е, ое
            {"\xD0\xB3\xD0\xBE", "%spellout-ordinal-masculine-genitive"},                                                // го
            {"\xD0\xBE\xD0\xB3\xD0\xBE", "%spellout-ordinal-masculine-genitive"},                                      // ого
            {"\xD0\xBC\xD1\x83", "%spellout-ordinal-masculine-dative"},                                                  // му
            {"\xD0\xBE\xD0\xBC\xD1\x83", "%spellout-ordinal-masculine-dative"},                                        // ому
            {"\xD0\xBC", "%spellout-ordinal-masculine-locative"},  {"\xD0\xBE\xD0\xBC", "%spellout-ordinal-masculine-locative"},  // м, ом
            {"\xD1\x8E", "%spellout-ordinal-feminine-accusative"}, {"\xD1\x83\xD1\x8E", "%spellout-ordinal-feminine-accusative"},  // ю, ую
            {"\xD1\x85", "%spellout-ordinal-plural-genitive"},     {"\xD1\x8B\xD1\x85", "%spellout-ordinal-plural-genitive"},  // х, ых
            {"\xD0\xBC\xD0\xB8", "%spellout-ordinal-plural-ablative"},                                                   // ми
            {"\xD1\x8B\xD0\xB5", "%spellout-ordinal-plural"}};                                                           // ые
        // ("на 34-й минуте", "в 5-й группе": "-й" before a feminine noun in the locative after "на" or "в" is that
        // case's ending, "тридцать четвёртой", not the masculine "тридцать четвёртый".)
        if (ending == "\xD0\xB9") {
            const std::string before = wordBefore(text, i);
            std::size_t n0 = w < text.size() && text[w] == ' ' ? w + 1 : w, n1 = n0;
            while (n1 < text.size() && isWordByte(text[n1])) ++n1;
            const std::string noun = text.substr(n0, n1 - n0);
            // на · в · во · о · при; е · и
            const bool locative = (before == "\xD0\xBD\xD0\xB0" || before == "\xD0\xB2" || before == "\xD0\xB2\xD0\xBE" || before == "\xD0\xBE" ||
                                   before == "\xD0\xBF\xD1\x80\xD0\xB8") &&
                                  noun.size() >= 4 && (noun.ends_with("\xD0\xB5") || noun.ends_with("\xD0\xB8"));
            if (locative) {
                spoken = say(n, "%spellout-ordinal-feminine-locative");
                if (!spoken.empty()) return w;
            }
        }
        for (const Ending& k : kEndings) {
            if (ending != k.written) continue;
            spoken = say(n, k.rule);
            if (spoken.empty()) return e;
            // ("в 1990-х гг.": a decade's years, "годах" after "в", "годов" otherwise.)
            // гг.
            if (std::string_view(k.rule) == "%spellout-ordinal-plural-genitive" && text.compare(w, 6, " \xD0\xB3\xD0\xB3.") == 0) {
                const std::string before = wordBefore(text, i);
                // в · во · о
                const bool in = before == "\xD0\xB2" || before == "\xD0\xB2\xD0\xBE" || before == "\xD0\xBE";
                spoken += in ? " \xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0\xD1\x85" : " \xD0\xB3\xD0\xBE\xD0\xB4\xD0\xBE\xD0\xB2";
                std::size_t stop = w + 6;
                const std::size_t next = text.find_first_not_of(' ', stop);
                if (next == std::string::npos || (next > stop && opensOnCapital(text, next))) spoken += '.';
                return stop;
            }
            return w;
        }
        return e;
    }

    // A Roman numeral before a noun it ranks ("IV квартал", "XXI веке", "на II этапе"): the ordinal in the
    // case the noun's ending shows.
    std::size_t romanOrdinalAt(const std::string& text, std::size_t i, std::string& spoken) const {
        if (i > 0 && isWordByte(text[i - 1])) return i;
        std::size_t e = i;
        while (e < text.size() && (text[e] == 'I' || text[e] == 'V' || text[e] == 'X' || text[e] == 'L' || text[e] == 'C')) ++e;
        if (e == i || e >= text.size() || text[e] != ' ') return i;
        const int value = romanNumeralValue(std::string_view(text).substr(i, e - i));
        if (value <= 0) return i;
        std::size_t w = e + 1;
        while (w < text.size() && isWordByte(text[w])) ++w;
        const std::string noun = lowerUtf8(text.substr(e + 1, w - e - 1));
        // "за III кв. 2024 года", "в I кв.": a quarter written short (not a flat's "кв. 5"), in the case its preposition
        // gives it: в · во, the locative; за · на, the nominative; else the genitive.
        if (noun == "\xD0\xBA\xD0\xB2" && w < text.size() && text[w] == '.' && value <= 4) {
            const std::string before = wordBefore(text, i);
            const bool in = before == "\xD0\xB2" || before == "\xD0\xB2\xD0\xBE";
            const bool plain = before == "\xD0\xB7\xD0\xB0" || before == "\xD0\xBD\xD0\xB0" || before.empty();
            // (с · со: the instrumental, "по сравнению с первым кварталом"; к · ко: the dative, "к четвёртому кварталу".)
            const bool with = before == "\xD1\x81" || before == "\xD1\x81\xD0\xBE";
            const bool towards = before == "\xD0\xBA" || before == "\xD0\xBA\xD0\xBE";
            spoken = say(value, in ? "%spellout-ordinal-masculine-locative" : with ? "%spellout-ordinal-masculine-ablative" : towards ? "%spellout-ordinal-masculine-dative"
                                : plain ? "%spellout-ordinal-masculine" : "%spellout-ordinal-masculine-genitive");
            if (spoken.empty()) return i;
            spoken += in ? " \xD0\xBA\xD0\xB2\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0\xD0\xBB\xD0\xB5" : with ? " \xD0\xBA\xD0\xB2\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0\xD0\xBB\xD0\xBE\xD0\xBC" : towards ? " \xD0\xBA\xD0\xB2\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0\xD0\xBB\xD1\x83" : plain ? " \xD0\xBA\xD0\xB2\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0\xD0\xBB" : " \xD0\xBA\xD0\xB2\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0\xD0\xBB\xD0\xB0";
            // (The dot stays where it also ends the sentence: "во II кв. Аналитики …".)
            const std::size_t next = text.find_first_not_of(' ', w + 1);
            return next == std::string::npos || (next > w + 1 && opensOnCapital(text, next)) ? w : w + 1;
        }
        static const std::string_view kStems[] = {"\xD0\xB2\xD0\xB5\xD0\xBA", "\xD0\xBA\xD0\xB2\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0\xD0\xBB", "\xD1\x81\xD1\x8A\xD0\xB5\xD0\xB7\xD0\xB4", "\xD1\x81\xD0\xBE\xD0\xB7\xD1\x8B\xD0\xB2", "\xD1\x8D\xD1\x82\xD0\xB0\xD0\xBF", "\xD1\x82\xD1\x83\xD1\x80", "\xD1\x81\xD0\xB5\xD0\xB7\xD0\xBE\xD0\xBD", "\xD1\x87\xD0\xB5\xD0\xBC\xD0\xBF\xD0\xB8\xD0\xBE\xD0\xBD\xD0\xB0\xD1\x82", "\xD1\x82\xD1\x83\xD1\x80\xD0\xBD\xD0\xB8\xD1\x80", "\xD1\x84\xD0\xBE\xD1\x80\xD1\x83\xD0\xBC",
                                                  "\xD1\x80\xD0\xB0\xD1\x83\xD0\xBD\xD0\xB4", "\xD0\xBF\xD0\xB0\xD0\xBA\xD0\xB5\xD1\x82"};
        for (std::string_view stem : kStems) {
            if (noun.rfind(stem, 0) != 0) continue;
            const std::string ending = noun.substr(stem.size());
            const char* rule = ending.empty()      ? "%spellout-ordinal-masculine"
                               : ending == "\xD0\xB0"    ? "%spellout-ordinal-masculine-genitive"
                               : ending == "\xD0\xB5"    ? "%spellout-ordinal-masculine-locative"
                               : ending == "\xD1\x83"    ? "%spellout-ordinal-masculine-dative"
                               : ending == "\xD0\xBE\xD0\xBC"   ? "%spellout-ordinal-masculine-ablative"
                                                  : nullptr;
            if (rule == nullptr) return i;
            spoken = say(value, rule);
            return spoken.empty() ? i : e;
        }
        return i;
    }

    // The figure starting at `i` with what agrees with it, said in `spoken`; returns where it ends, or `i`.
    std::size_t figureAt(const std::string& text, std::size_t i, std::string& spoken, const char*& kind) const {
        // "-5 °C", "−15%": a minus before a figure this rule reads, said ("минус"), or eSpeak NG would drop it.
        const std::size_t sign = text.compare(i, 1, "-") == 0 ? 1 : text.compare(i, 3, "\xE2\x88\x92") == 0 ? 3 : 0;
        if (sign != 0 && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '(') && i + sign < text.size() && isAsciiDigit(text[i + sign])) {
            const std::size_t end = figureAt(text, i + sign, spoken, kind);
            if (end == i + sign) return i;
            spoken = "\xD0\xBC\xD0\xB8\xD0\xBD\xD1\x83\xD1\x81 " + spoken;  // минус
            return end;
        }
        // (The minus sign's last byte is no letter's: "−3 °C".)
        const bool afterMinus = i >= 3 && text.compare(i - 3, 3, "\xE2\x88\x92") == 0;
        if (!isAsciiDigit(text[i]) || (i > 0 && !afterMinus && (isWordByte(text[i - 1]) || text[i - 1] == ',' || text[i - 1] == '.'))) return i;
        std::size_t e = digitsEnd(text, i);
        if (e - i > 9) return i;
        const long long n = std::stoll(text.substr(i, e - i));
        if (const std::size_t end = suffixedOrdinalAt(text, i, e, n, spoken); end != e) {
            kind = "ordinal";
            return end;
        }
        const std::string before = wordBefore(text, i);
        // ("с 20% до 22%", "с 60 млн до 20 млн": the start of a span after "с" is in the genitive too, "с двадцати".)
        const std::size_t until = text.find(" \xD0\xB4\xD0\xBE ", e);
        const bool spanFrom = (before == "\xD1\x81" || before == "\xD1\x81\xD0\xBE") && until != std::string::npos && until - e <= 24 &&
                              until + 6 < text.size() && isAsciiDigit(text[until + 6]);
        const bool genitive = genitivePreposition(before) || spanFrom;
        // "на 15–20%", "3–4%": a range of shares, the noun's form taken from its last figure ("процентов", "процента").
        if (const std::size_t dash = text.compare(e, 3, "\xE2\x80\x93") == 0 ? 3 : text.compare(e, 1, "-") == 0 ? 1 : 0;
            dash != 0 && e + dash < text.size() && isAsciiDigit(text[e + dash])) {
            const std::size_t last = digitsEnd(text, e + dash);
            if (last < text.size() && text[last] == '%' && last - (e + dash) <= 3) {
                const long long to = std::stoll(text.substr(e + dash, last - e - dash));
                // ("на уровне 7-8%": both figures in the genitive, "семи — восьми процентов".)
                const std::string a = genitive ? say(n, "%spellout-cardinal-masculine-genitive") : text.substr(i, e - i);
                const std::string b = genitive ? say(to, "%spellout-cardinal-masculine-genitive") : text.substr(e + dash, last - e - dash);
                spoken = a + " \xE2\x80\x94 " + b + " " + std::string(form(kPercent, to, false, genitive));
                kind = "number";
                return last + 1;
            }
        }
        // A common fraction, "около 2/3 торговли": said in words, in the case the word before asks for ("около двух третей").
        if (e + 1 < text.size() && text[e] == '/' && isAsciiDigit(text[e + 1])) {
            const std::size_t de = digitsEnd(text, e + 1);
            const long long d = de - e - 1 <= 2 ? std::stoll(text.substr(e + 1, de - e - 1)) : 0;
            if (n >= 1 && n < d && d <= 10 && (de == text.size() || text[de] != '/')) {
                spoken = commonFraction(n, d, genitive);
                kind = "number";
                return de;
            }
        }
        bool fraction = false;
        std::size_t end = e;
        // (A decimal comma, or a point as some copy writes it: "2.5 млн".)
        if (end + 1 < text.size() && (text[end] == ',' || text[end] == '.') && isAsciiDigit(text[end + 1])) {
            fraction = true;
            end = digitsEnd(text, end + 1);
        }
        std::size_t after = end;
        if (after < text.size() && text[after] == ' ') ++after;
        // A day before its month: "1 октября" is "первого октября".
        if (!fraction && n >= 1 && n <= 31 && after > end) {
            for (std::string_view month : kMonthsGenitive) {
                if (!wordAt(text, after, month)) continue;
                // к
                const char* rule = before == "\xD0\xBA" ? "%spellout-ordinal-neuter-dative"
                                   // на · по
                                   : before == "\xD0\xBD\xD0\xB0" || before == "\xD0\xBF\xD0\xBE" ? "%spellout-ordinal-neuter-accusative"
                                                                      : "%spellout-ordinal-neuter-genitive";
                kind = "date";
                spoken = say(n, rule);
                return spoken.empty() ? i : e;
            }
        }
        // Two years before "гг.": "в 2025-2030 гг." is "в две тысячи двадцать пятом — две тысячи тридцатом годах", each
        // year an ordinal and the noun plural, in the case the preposition gives them ("за … годы", "с … годов").
        if (!fraction && n >= 1000 && n <= 2100 && e == end) {
            const std::size_t dash = text.compare(end, 1, "-") == 0 ? 1 : text.compare(end, 3, "\xE2\x80\x93") == 0 ? 3 : 0;
            const std::size_t second = end + dash, secondEnd = dash == 0 ? end : digitsEnd(text, second);
            // гг.
            if (dash != 0 && secondEnd - second == 4 && text.compare(secondEnd, 6, " \xD0\xB3\xD0\xB3.") == 0) {
                const long long last = std::stoll(text.substr(second, 4));
                // в · во · о · при
                const bool in = before == "\xD0\xB2" || before == "\xD0\xB2\xD0\xBE" || before == "\xD0\xBE" || before == "\xD0\xBF\xD1\x80\xD0\xB8";
                // за · на · через
                const bool over = before == "\xD0\xB7\xD0\xB0" || before == "\xD0\xBD\xD0\xB0";
                const bool to = before == "\xD0\xBA";  // к
                const bool from = genitive || before == "\xD1\x81";  // с, до, от…
                const char* rule = in ? "%spellout-ordinal-masculine-locative" : to ? "%spellout-ordinal-masculine-dative"
                                   : from ? "%spellout-ordinal-masculine-genitive" : "%spellout-ordinal-masculine";
                // годах · годам · годов · годы
                const char* noun = in ? "\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0\xD1\x85" : to ? "\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0\xD0\xBC"
                                   : from && !over ? "\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xBE\xD0\xB2" : "\xD0\xB3\xD0\xBE\xD0\xB4\xD1\x8B";
                const std::string a = say(n, rule), b = say(last, rule);
                if (!a.empty() && !b.empty() && last > n) {
                    kind = "year";
                    spoken = a + " \xE2\x80\x94 " + b + " " + noun;
                    std::size_t stop = secondEnd + 6;
                    const std::size_t next = text.find_first_not_of(' ', stop);
                    if (next == std::string::npos || (next > stop && opensOnCapital(text, next))) spoken += '.';
                    return stop;
                }
            }
            // "в 2020-2022 годах", "за 2019–2021 годы": the noun written out gives the two years' case; it is left.
            if (dash != 0 && secondEnd - second == 4 && secondEnd < text.size() && text[secondEnd] == ' ') {
                struct Plural {
                    std::string_view noun;
                    const char* rule;
                };
                static const std::array<Plural, 4> kPlurals{{{"\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0\xD1\x85", "%spellout-ordinal-masculine-locative"},
                                                             {"\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0\xD0\xBC", "%spellout-ordinal-masculine-dative"},
                                                             {"\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xBE\xD0\xB2", "%spellout-ordinal-masculine-genitive"},
                                                             {"\xD0\xB3\xD0\xBE\xD0\xB4\xD1\x8B", "%spellout-ordinal-masculine"}}};
                const long long last = std::stoll(text.substr(second, 4));
                for (const Plural& p : kPlurals) {
                    if (!wordAt(text, secondEnd + 1, p.noun) || last <= n) continue;
                    const std::string a = say(n, p.rule), b = say(last, p.rule);
                    if (a.empty() || b.empty()) break;
                    kind = "year";
                    spoken = a + " \xE2\x80\x94 " + b;
                    return secondEnd;
                }
            }
            // "с 1991 по 1999 год", "с 2001 до 2005 года": the first year of a span, in the genitive ("с тысяча
            // девятьсот девяносто первого"); the second is the rule below's, before its noun.
            // с · со
            if ((before == "\xD1\x81" || before == "\xD1\x81\xD0\xBE") && text.compare(end, 1, " ") == 0) {
                const std::size_t word = end + 1;
                // по · до
                const std::size_t figure = wordAt(text, word, "\xD0\xBF\xD0\xBE") || wordAt(text, word, "\xD0\xB4\xD0\xBE") ? word + 5 : 0;
                const std::size_t figureEnd = figure == 0 ? 0 : digitsEnd(text, figure);
                // год
                if (figure != 0 && figureEnd - figure == 4 && figureEnd + 1 < text.size() && text[figureEnd] == ' ' &&
                    (text.compare(figureEnd + 1, 6, "\xD0\xB3\xD0\xBE\xD0\xB4") == 0 || text.compare(figureEnd + 1, 3, "\xD0\xB3.") == 0)) {
                    spoken = say(n, "%spellout-ordinal-masculine-genitive");
                    kind = "year";
                    return spoken.empty() ? i : end;
                }
            }
        }
        // A year before "год" and its cases, or "г.": "в 2024 году", "2024 года", "в 2024 г.".
        if (!fraction && n >= 1000 && n <= 2999 && after > end) {
            struct Form {
                std::string_view noun;
                const char* rule;
            };
            // годом
            static const std::array<Form, 4> kForms{{{"\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xBE\xD0\xBC", "%spellout-ordinal-masculine-ablative"},
                                                     // году
                                                     {"\xD0\xB3\xD0\xBE\xD0\xB4\xD1\x83", "%spellout-ordinal-masculine-locative"},
                                                     // года
                                                     {"\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0", "%spellout-ordinal-masculine-genitive"},
                                                     // год
                                                     {"\xD0\xB3\xD0\xBE\xD0\xB4", "%spellout-ordinal-masculine"}}};
            for (const Form& f : kForms) {
                if (!wordAt(text, after, f.noun)) continue;
                // ("к 2030 году": the dative's ending, the locative's noun.)
                // году · к · по
                const char* rule = f.noun == "\xD0\xB3\xD0\xBE\xD0\xB4\xD1\x83" && (before == "\xD0\xBA" || before == "\xD0\xBF\xD0\xBE") ? "%spellout-ordinal-masculine-dative" : f.rule;
                kind = "year";
                spoken = say(n, rule);
                return spoken.empty() ? i : e;
            }
            // г.
            // (Not grams: "весил 2500 г." is no year.)
            if (n <= 2100 && text.compare(after, 3, "\xD0\xB3.") == 0 && (after + 3 >= text.size() || !isWordByte(text[after + 3]))) {
                // в · во · о
                const bool in = before == "\xD0\xB2" || before == "\xD0\xB2\xD0\xBE" || before == "\xD0\xBE";
                // к
                const bool to = before == "\xD0\xBA";
                // на
                const bool on = before == "\xD0\xBD\xD0\xB0";
                kind = "year";
                spoken = say(n, in ? "%spellout-ordinal-masculine-locative"
                                       : to ? "%spellout-ordinal-masculine-dative"
                                       : on ? "%spellout-ordinal-masculine"
                                            : "%spellout-ordinal-masculine-genitive");
                if (spoken.empty()) return i;
                //  году ·  год ·  года
                spoken += in || to ? " \xD0\xB3\xD0\xBE\xD0\xB4\xD1\x83" : on ? " \xD0\xB3\xD0\xBE\xD0\xB4" : " \xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0";
                // (The abbreviation's dot ends the sentence where nothing or a capital follows it, unless the year opens
                // the sentence, "В 2023 г. Газпром добыл…", as the sentence splitter reads it.)
                const std::size_t next = text.find_first_not_of(' ', after + 3);
                const bool opening = countWords(text.substr(0, after + 3)) <= 3;
                const bool last = next == std::string::npos || (next > after + 3 && opensOnCapital(text, next) && !opening);
                if (last) spoken += '.';
                return after + 3;
            }
        }
        // A counted noun written short: "1,2 млрд", "20%", "5 °C".
        std::size_t unitAt = end;
        if (unitAt < text.size() && text[unitAt] == ' ') ++unitAt;
        for (const CountedNoun& noun : kCountedNouns) {
            if (text.compare(unitAt, noun.written.size(), noun.written) != 0) continue;
            std::size_t stop = unitAt + noun.written.size();
            if (noun.written.back() != '.' && stop < text.size() && isWordByte(text[stop])) continue;
            // ("тыс." at the sentence's end, or before a capital, keeps its dot as the full stop.)
            // (A capital that opens a word in small letters: "3 тыс. USD", "BMW" go on.)
            const auto sentenceWord = [&](std::size_t at) {
                if (!opensOnCapital(text, at)) return false;
                std::size_t second = at + 1;
                while (second < text.size() && (static_cast<unsigned char>(text[second]) & 0xC0) == 0x80) ++second;
                return second < text.size() && !opensOnCapital(text, second) && isWordByte(text[second]);
            };
            if (const std::size_t next = text.find_first_not_of(' ', stop);
                noun.written.back() == '.' && (next == std::string::npos || (next > stop && sentenceWord(next)))) {
                --stop;
            }
            // "88,44 руб." is roubles and kopecks, "восемьдесят восемь рублей сорок четыре копейки".
            // ("61,38 долл." is dollars and cents.)
            const bool dollars = noun.written == kDollarDotted.written;
            if (fraction && end - e == 3 && (noun.written == kRouble.written || noun.written == kRoubleDotted.written || dollars)) {
                const long long kopecks = std::stoll(text.substr(e + 1, 2));
                // ("на 0,25 руб." is "на 25 копеек": no roubles said.)
                spoken = n == 0 && kopecks > 0 ? "" : figure(text.substr(i, e - i), n, false, genitive, false) + " " + std::string(form(noun, n, false, genitive));
                if (kopecks > 0) {
                    spoken += (spoken.empty() ? "" : " ") + figure(std::to_string(kopecks), kopecks, false, genitive, !dollars) + " " +
                              std::string(form(dollars ? kCent : kKopeck, kopecks, false, genitive));
                }
                return stop;
            }
            spoken = figure(text.substr(i, end - i), n, fraction, genitive, noun.feminine) + " " + std::string(form(noun, n, fraction, genitive));
            return isMagnitude(noun) ? measureAfterMagnitude(text, stop, spoken) : stop;
        }
        if (text.compare(end, 1, "%") == 0) {
            // (Or after a dash or a colon: "Инфляция — 8,1%".)
            std::size_t back = i;
            while (back > 0 && text[back - 1] == ' ') --back;
            const bool alone = (i > 0 && (text[i - 1] == '+' || text[i - 1] == '(' || text[i - 1] == '-')) ||
                               (back > 0 && text[back - 1] == ':') || (back >= 3 && (text.compare(back - 3, 3, "\xE2\x80\x94") == 0 || text.compare(back - 3, 3, "\xE2\x80\x93") == 0));
            spoken = figure(text.substr(i, end - i), n, fraction, genitive, false, alone) + " " + std::string(form(kPercent, n, fraction, genitive));
            return end + 1;
        }
        // Any other decimal with a comma ("в 2,1 раза", "до 10,06 процента"): its words, the noun as written.
        if (fraction && text[e] == ',') {
            spoken = decimal(text.substr(i, end - i), genitive);
            if (spoken != text.substr(i, end - i)) {
                kind = "number";
                return end;
            }
        }
        // "в 18 регионах", "о 23 школах": before a noun in the plural's prepositional case ("-ах", "-ях"), the figure
        // is in that case too, "в восемнадцати регионах" (eSpeak NG says the nominative).
        if (!genitive && !fraction && e == end && n >= 2 && n < 1000 && end + 1 < text.size() && text[end] == ' ') {
            std::size_t w = end + 1;
            while (w < text.size() && static_cast<unsigned char>(text[w]) >= 0xD0 && static_cast<unsigned char>(text[w]) <= 0xD1 && w + 1 < text.size()) w += 2;
            const std::string noun = text.substr(end + 1, w - end - 1);
            // ах · ях
            const bool prepositional = noun.size() >= 8 && (noun.ends_with("\xD0\xB0\xD1\x85") || noun.ends_with("\xD1\x8F\xD1\x85")) &&
                                       (w >= text.size() || !isWordByte(text[w]));
            if (prepositional) {
                spoken = say(n, "%spellout-cardinal-masculine-locative");
                if (!spoken.empty()) return e;
            }
        }
        // A figure alone after a preposition that takes the genitive: "вместо 4", "более 300 человек".
        // (Not a year's figure, "до 2030": a newsreader says it as a year, which eSpeak NG's cardinal is closer to.)
        if (genitive && !fraction && e == end && !(n >= 1900 && n <= 2100)) {
            spoken = say(n, "%spellout-cardinal-masculine-genitive");
            return spoken.empty() ? i : e;
        }
        return i;
    }

    // The figure as written, or in words in the genitive after a preposition that takes it; before a feminine
    // noun, its one and two are feminine ("одна тысяча", "две минуты"), which eSpeak NG would say masculine.
    std::string figure(const std::string& written, long long n, bool fraction, bool genitive, bool feminine, bool nominative = false) const {
        if (fraction) return decimal(written, genitive, nominative);
        const long long units = n % 10, tens = n % 100;
        if (!genitive && !(feminine && (units == 1 || units == 2) && tens != 11 && tens != 12)) return written;
        const std::string said = say(n, genitive ? (feminine ? "%spellout-cardinal-feminine-genitive" : "%spellout-cardinal-masculine-genitive")
                                                 : "%spellout-cardinal-feminine");
        return said.empty() ? written : said;
    }

    // A decimal in words, "10,06" "десять целых шесть сотых" ("десяти целых шести сотых" after a preposition that
    // takes the genitive): eSpeak NG says "десять и ноль шесть десятых", a tenth where a hundredth was written. Both
    // parts are feminine (a "целая" and a "доля"); more than three figures after the comma are left as written.
    std::string decimal(const std::string& written, bool genitive, bool nominative = false) const {
        const std::size_t mark = written.find_first_of(",.");
        if (mark == std::string::npos || mark == 0 || written.size() - mark - 1 < 1 || written.size() - mark - 1 > 3 || mark > 9) return written;
        const long long whole = std::stoll(written.substr(0, mark)), part = std::stoll(written.substr(mark + 1));
        const auto one = [](long long v) { return v % 10 == 1 && v % 100 != 11; };
        // (Outside the genitive the accusative, where news puts its shares, "составил одну целую", "на одну десятую";
        // it differs from the nominative only in its one.)
        // (A share standing alone, after its sign or a bracket, "(+4,1%)", is in the nominative.)
        const char* rule = genitive ? "%spellout-cardinal-feminine-genitive" : nominative ? "%spellout-cardinal-feminine" : "%spellout-cardinal-feminine-accusative";
        const std::string a = say(whole, rule), b = say(part, rule);
        if (a.empty() || b.empty()) return written;
        // целую · целой · целых
        const char* wholeNoun = one(whole) ? (genitive ? "\xD1\x86\xD0\xB5\xD0\xBB\xD0\xBE\xD0\xB9" : nominative ? "\xD1\x86\xD0\xB5\xD0\xBB\xD0\xB0\xD1\x8F" : "\xD1\x86\xD0\xB5\xD0\xBB\xD1\x83\xD1\x8E") : "\xD1\x86\xD0\xB5\xD0\xBB\xD1\x8B\xD1\x85";
        // десятую · десятой · десятых; сотую…; тысячную…
        static constexpr std::array<std::array<const char*, 3>, 3> kParts{{{"\xD0\xB4\xD0\xB5\xD1\x81\xD1\x8F\xD1\x82\xD1\x83\xD1\x8E", "\xD0\xB4\xD0\xB5\xD1\x81\xD1\x8F\xD1\x82\xD0\xBE\xD0\xB9", "\xD0\xB4\xD0\xB5\xD1\x81\xD1\x8F\xD1\x82\xD1\x8B\xD1\x85"}, {"\xD1\x81\xD0\xBE\xD1\x82\xD1\x83\xD1\x8E", "\xD1\x81\xD0\xBE\xD1\x82\xD0\xBE\xD0\xB9", "\xD1\x81\xD0\xBE\xD1\x82\xD1\x8B\xD1\x85"}, {"\xD1\x82\xD1\x8B\xD1\x81\xD1\x8F\xD1\x87\xD0\xBD\xD1\x83\xD1\x8E", "\xD1\x82\xD1\x8B\xD1\x81\xD1\x8F\xD1\x87\xD0\xBD\xD0\xBE\xD0\xB9", "\xD1\x82\xD1\x8B\xD1\x81\xD1\x8F\xD1\x87\xD0\xBD\xD1\x8B\xD1\x85"}}};
        const auto& denominator = kParts[written.size() - mark - 2];
        // десятая · сотая · тысячная
        static constexpr std::array<const char*, 3> kNominative{"\xD0\xB4\xD0\xB5\xD1\x81\xD1\x8F\xD1\x82\xD0\xB0\xD1\x8F", "\xD1\x81\xD0\xBE\xD1\x82\xD0\xB0\xD1\x8F", "\xD1\x82\xD1\x8B\xD1\x81\xD1\x8F\xD1\x87\xD0\xBD\xD0\xB0\xD1\x8F"};
        const char* single = nominative ? kNominative[written.size() - mark - 2] : denominator[0];
        return a + " " + wholeNoun + " " + b + " " + (one(part) ? (genitive ? denominator[1] : single) : denominator[2]);
    }

    // A magnitude (kMagnitudeWords), after which a measure is counted in the genitive plural.
    static bool isMagnitude(const CountedNoun& noun) {
        for (const char* m : kMagnitudeWords) {
            if (noun.written == m) return true;
        }
        return false;
    }

    // "11,3 млн т", "107,8 млн кв. м", "1,1 млрд долл.": the measure after a magnitude, said in the genitive plural
    // ("миллиона тонн"; eSpeak NG said "тэ", "ка-вэ эм", "долл"). Appends it to `said` and returns where it ends, or
    // `at` when none follows. (The short form's dot that ends the sentence stays, as the full stop.)
    static std::size_t measureAfterMagnitude(const std::string& text, std::size_t at, std::string& said) {
        static const std::pair<std::string_view, std::string_view> kMeasures[] = {
        {"\xD0\xBA\xD0\xB2. \xD0\xBA\xD0\xBC", "\xD0\xBA\xD0\xB2\xD0\xB0\xD0\xB4\xD1\x80\xD0\xB0\xD1\x82\xD0\xBD\xD1\x8B\xD1\x85 \xD0\xBA\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2"},
        {"\xD0\xBA\xD0\xB2. \xD0\xBC", "\xD0\xBA\xD0\xB2\xD0\xB0\xD0\xB4\xD1\x80\xD0\xB0\xD1\x82\xD0\xBD\xD1\x8B\xD1\x85 \xD0\xBC\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2"},
        {"\xD0\xBA\xD1\x83\xD0\xB1. \xD0\xBC", "\xD0\xBA\xD1\x83\xD0\xB1\xD0\xB8\xD1\x87\xD0\xB5\xD1\x81\xD0\xBA\xD0\xB8\xD1\x85 \xD0\xBC\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2"},
        {"\xD0\xB4\xD0\xBE\xD0\xBB\xD0\xBB.", "\xD0\xB4\xD0\xBE\xD0\xBB\xD0\xBB\xD0\xB0\xD1\x80\xD0\xBE\xD0\xB2"},
        {"\xE2\x82\xBD", "\xD1\x80\xD1\x83\xD0\xB1\xD0\xBB\xD0\xB5\xD0\xB9"},  // ₽ · рублей
        {"$", "\xD0\xB4\xD0\xBE\xD0\xBB\xD0\xBB\xD0\xB0\xD1\x80\xD0\xBE\xD0\xB2"},
        {"\xE2\x82\xAC", "\xD0\xB5\xD0\xB2\xD1\x80\xD0\xBE"},  // € · евро
        {"\xD0\xB1\xD0\xB0\xD1\x80\xD1\x80.", "\xD0\xB1\xD0\xB0\xD1\x80\xD1\x80\xD0\xB5\xD0\xBB\xD0\xB5\xD0\xB9"},
        {"\xD1\x87\xD0\xB5\xD0\xBB.", "\xD1\x87\xD0\xB5\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB5\xD0\xBA"},
        {"\xD1\x82", "\xD1\x82\xD0\xBE\xD0\xBD\xD0\xBD"},
        {"\xD0\xB3\xD0\xB0", "\xD0\xB3\xD0\xB5\xD0\xBA\xD1\x82\xD0\xB0\xD1\x80\xD0\xBE\xD0\xB2"},
        {"\xD0\xBA\xD0\xBC", "\xD0\xBA\xD0\xB8\xD0\xBB\xD0\xBE\xD0\xBC\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2"}};
        if (at >= text.size() || text[at] != ' ') return at;
        for (const auto& [written, words] : kMeasures) {
            if (text.compare(at + 1, written.size(), written) != 0) continue;
            std::size_t end = at + 1 + written.size();
            if (written.back() != '.' && end < text.size() && isWordByte(text[end])) continue;
            if (written == "\xD1\x82" && text.compare(end, 4, ". \xD0\xB5") == 0) continue;  // "т. е.", "that is"
            const std::size_t next = text.find_first_not_of(' ', end);
            if (written.back() == '.' && (next == std::string::npos || (next > end && opensOnCapital(text, next)))) --end;
            said += " " + std::string(words);
            return end;
        }
        return at;
    }

    static std::string_view form(const CountedNoun& noun, long long n, bool fraction, bool genitive) {
        const std::string_view part = noun.part.empty() ? noun.few : noun.part;
        if (fraction) return part;  // "1,2 миллиарда", "0,5 процентного пункта"
        const long long units = n % 10, tens = n % 100;
        if (genitive) return units == 1 && tens != 11 ? part : noun.many;
        if (units == 1 && tens != 11) return noun.one;
        if (units >= 2 && units <= 4 && !(tens >= 12 && tens <= 14)) return noun.few;
        return noun.many;
    }

    // ICU's words with the "ё" they are said with, which its rules write "е": eSpeak NG reads "четвертом" as
    // "chetvErtom" and "четвёртом" right.
    // "2/3": "две трети", "двух третей" in the genitive; the halves, thirds and quarters by their own words, the other
    // fractions by an ordinal ("три пятых", "трёх пятых", "одна пятая").
    std::string commonFraction(long long n, long long d, bool genitive) const {
        struct Named {
            long long n, d;
            const char* nominative;
            const char* genitive;
        };
        static const Named kNamed[] = {
            {1, 2, "\xD0\xBF\xD0\xBE\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB8\xD0\xBD\xD0\xB0", "\xD0\xBF\xD0\xBE\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB8\xD0\xBD\xD1\x8B"},
            {1, 3, "\xD1\x82\xD1\x80\xD0\xB5\xD1\x82\xD1\x8C", "\xD1\x82\xD1\x80\xD0\xB5\xD1\x82\xD0\xB8"},
            {1, 4, "\xD1\x87\xD0\xB5\xD1\x82\xD0\xB2\xD0\xB5\xD1\x80\xD1\x82\xD1\x8C", "\xD1\x87\xD0\xB5\xD1\x82\xD0\xB2\xD0\xB5\xD1\x80\xD1\x82\xD0\xB8"},
            {2, 3, "\xD0\xB4\xD0\xB2\xD0\xB5 \xD1\x82\xD1\x80\xD0\xB5\xD1\x82\xD0\xB8", "\xD0\xB4\xD0\xB2\xD1\x83\xD1\x85 \xD1\x82\xD1\x80\xD0\xB5\xD1\x82\xD0\xB5\xD0\xB9"},
            {3, 4, "\xD1\x82\xD1\x80\xD0\xB8 \xD1\x87\xD0\xB5\xD1\x82\xD0\xB2\xD0\xB5\xD1\x80\xD1\x82\xD0\xB8",
             "\xD1\x82\xD1\x80\xD1\x91\xD1\x85 \xD1\x87\xD0\xB5\xD1\x82\xD0\xB2\xD0\xB5\xD1\x80\xD1\x82\xD0\xB5\xD0\xB9"},
        };
        for (const Named& f : kNamed) {
            if (f.n == n && f.d == d) return genitive ? f.genitive : f.nominative;
        }
        if (n == 1) {
            return genitive ? say(1, "%spellout-cardinal-feminine-genitive") + " " + say(d, "%spellout-ordinal-feminine-genitive")
                            : say(1, "%spellout-cardinal-feminine") + " " + say(d, "%spellout-ordinal-feminine");
        }
        return say(n, genitive ? "%spellout-cardinal-feminine-genitive" : "%spellout-cardinal-feminine") + " " +
               say(d, "%spellout-ordinal-plural-genitive");
    }

    std::string say(long long n, const char* rule) const {
        std::string words = words_.say(n, rule);
        // ("тысяча девятьсот восемьдесят пятом": a year's thousand is said without its "одна".)
        if (n >= 1000 && n < 2000) {
            for (const auto& [full, bare] : {std::pair<std::string_view, std::string_view>{"\xD0\xBE\xD0\xB4\xD0\xBD\xD0\xB0 \xD1\x82\xD1\x8B\xD1\x81\xD1\x8F\xD1\x87\xD0\xB0 ", "\xD1\x82\xD1\x8B\xD1\x81\xD1\x8F\xD1\x87\xD0\xB0 "}, {"\xD0\xBE\xD0\xB4\xD0\xBD\xD0\xBE\xD0\xB9 \xD1\x82\xD1\x8B\xD1\x81\xD1\x8F\xD1\x87\xD0\xB8 ", "\xD1\x82\xD1\x8B\xD1\x81\xD1\x8F\xD1\x87\xD0\xB8 "}}) {
                if (words.rfind(full, 0) == 0) words.replace(0, full.size(), bare);
            }
        }
        for (const auto& [plain, dotted] : {std::pair<std::string_view, std::string_view>{"\xD1\x87\xD0\xB5\xD1\x82\xD0\xB2\xD0\xB5\xD1\x80\xD1\x82", "\xD1\x87\xD0\xB5\xD1\x82\xD0\xB2\xD1\x91\xD1\x80\xD1\x82"}, {"\xD1\x87\xD0\xB5\xD1\x82\xD1\x8B\xD1\x80\xD0\xB5\xD1\x85", "\xD1\x87\xD0\xB5\xD1\x82\xD1\x8B\xD1\x80\xD1\x91\xD1\x85"},
                                            {"\xD1\x82\xD1\x80\xD0\xB5\xD1\x85", "\xD1\x82\xD1\x80\xD1\x91\xD1\x85"}}) {
            for (std::size_t at = words.find(plain); at != std::string::npos; at = words.find(plain, at + dotted.size())) {
                words.replace(at, plain.size(), dotted);
            }
        }
        return words;
    }

    Spellout words_;
};

}  // namespace
}  // namespace russian

std::unique_ptr<LanguageRules> makeRussianRules() { return std::make_unique<russian::Russian>(); }

}  // namespace readcast
