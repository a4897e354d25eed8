#pragma once
// The English rules, each a function that looks at the tokens from position i and, when the text
// there has its shape, says how many tokens it covers and what to say instead. English.cpp tries
// them in order.
//
//   if (auto m = moneyRule(tokens, i)) { out += m->spoken; i += m->length; }

#include <optional>
#include <string>
#include <vector>

#include "text/Normalizer.hpp"
#include "text/english/Tokens.hpp"

namespace readcast::english {

struct Match {
    std::size_t length = 0;  // tokens consumed
    std::string spoken;
    const char* rule = "";   // named in --explain
};

// MetarReports.cpp: an airport's coded weather report, "EINN 031300Z 23014KT 9999 FEW025 …", said as what it codes
// ("wind from 230 degrees at 14 knots, …"). Run on the sentence before the lexicon sees its groups.
std::string withMetarsSaid(const std::string& text, std::vector<Rewrite>* log);
// TyreSizes.cpp: a tyre's size, "275/50R22" "two seventy-five fifty R twenty-two". Run on the sentence.
std::string withTyreSizes(const std::string& text, std::vector<Rewrite>* log);
// CarbonPrices.cpp: carbon's price per tonne emitted, "$6.40/tCO2e" "… per tonne of CO2 equivalent". Run on the sentence before the
// lexicon reads "tCO2e" as a quantity.
std::string withCarbonPerTonne(const std::string& text, std::vector<Rewrite>* log);
// ListingsHours.cpp: a television listing's hour with its "p" or "a" alone, "Aired 2-3p ET", "10p/9c", given its "m". Run on the
// sentence before the money rules take the "p" for pence.
std::string withListingsHours(const std::string& text, std::vector<Rewrite>* log);
// AddressRules.cpp
std::optional<Match> addressRule(const Tokens& t, std::size_t i);
// Chess.cpp: a game's moves, "23.Rxf7!! Kxf7 24.Qh5+", and a score out of the rounds, "4½/7".
std::optional<Match> chessRule(const Tokens& t, std::size_t i);
// In a chess report, a score whatever the sentence says: "finished on 5/7" five out of seven, "won 7.5–6.5" seven and a
// half to six and a half, "(+3 =4 −0)" three wins, four draws and no losses.
std::optional<Match> chessScoreRule(const Tokens& t, std::size_t i);
// Grades.cpp: "A*AA", "4* research", "a 2:1 degree".
std::optional<Match> gradeRule(const Tokens& t, std::size_t i);
// Words that follow an amount or a measure without being what it describes: "$5 in fees", "1.5 km long".
bool isFunctionWord(const std::string& w);
// An Australian state and its postcode after the suburb, "Bondi NSW 2026", "Fitzroy VIC 3065", said before
// the lexicon stands in for the state's letters ("Bondi New South Wales two zero two six").
std::optional<Match> australianPostcodeAt(const Tokens& t, std::size_t i);
// AviationRules.cpp: "runway 01L", "737-800", "squawked 7700", "flight level 350".
std::optional<Match> aviationRule(const Tokens& t, std::size_t i);
// CodeRules.cpp
std::optional<Match> fiscalYearByMonthRule(const Tokens& t, std::size_t i);
std::optional<Match> codeRule(const Tokens& t, std::size_t i);
// A product's lot, batch or serial code, said character by character ("lot codes 4287 through 4292").
std::optional<Match> lotCodeRule(const Tokens& t, std::size_t i);
std::optional<Match> tenCodeRule(const Tokens& t, std::size_t i);
std::optional<Match> registeredNumberRule(const Tokens& t, std::size_t i);
std::optional<Match> bookNumberRule(const Tokens& t, std::size_t i);
std::optional<Match> securitiesInstrumentRule(const Tokens& t, std::size_t i);
std::optional<Match> neutralCitationRule(const Tokens& t, std::size_t i);
std::optional<Match> docketNumberRule(const Tokens& t, std::size_t i);
// Tech copy's regions, status classes, severities and rates ("us-east-1", "5xx", "SEV-1", "req/s", a timeout's "60s").
std::optional<Match> techRule(const Tokens& t, std::size_t i);
// "issue #4821", "port 9443": said in pairs.
std::optional<Match> portOrIssueRule(const Tokens& t, std::size_t i);
// "H. Rept. 119-412", "S. Res. 12": a paper of the House or the Senate, before an address's "S." takes it.
std::optional<Match> chamberPaperRule(const Tokens& t, std::size_t i);
// A state statute's title and section, "N.J.S.A. 39:4-50", "2C:20-11b(2)", part by part.
std::optional<Match> statuteRule(const Tokens& t, std::size_t i);
// "FY2026", "H2 2025", "1H FY27", "4Q EPS": a fiscal year, a half or a quarter written short.
std::optional<Match> periodRule(const Tokens& t, std::size_t i);
// Letters said one by one, "QX" -> "Q X" (an A as "eh" before another letter).
std::string spell(const std::string& letters, bool more);
std::optional<Match> hexRule(const Tokens& t, std::size_t i);
// NumberRules.cpp: "(2d Cir. 2025)" the Second Circuit, as American citations write its ordinal.
std::optional<Match> courtOrdinalRule(const Tokens& t, std::size_t i);
// NumberRules.cpp: "section 4A", "section 18C": a provision's or a place's letter glued to its number (no "uh", no Celsius).
std::optional<Match> provisionLetterRule(const Tokens& t, std::size_t i);
// NumberRules.cpp: "asteroid 2024 PT5": a minor planet's provisional name, in a sentence about the sky.
std::optional<Match> designationRule(const Tokens& t, std::size_t i);
// "ISO 100-32000", "ISO 50-102,400": a camera's range of sensitivities, "one hundred to thirty-two thousand".
std::optional<Match> sensitivityRangeRule(const Tokens& t, std::size_t i);
// DateRules.cpp
std::optional<Match> dateRule(const Tokens& t, std::size_t i, bool day_first);
std::optional<Match> decadeRule(const Tokens& t, std::size_t i);
// TimeRules.cpp
std::optional<Match> timeRule(const Tokens& t, std::size_t i);
// UnitRules.cpp
std::optional<Match> unitRule(const Tokens& t, std::size_t i);
std::optional<Match> compassRule(const Tokens& t, std::size_t i);
std::optional<Match> coordinateRule(const Tokens& t, std::size_t i);
std::optional<Match> perUnitRule(const Tokens& t, std::size_t i);
std::optional<Match> assayElementRule(const Tokens& t, std::size_t i);
std::optional<Match> isotopeRule(const Tokens& t, std::size_t i);
// A unit written after an amount the caller has read, from k (after its space): " meters per second".
std::optional<Match> unitsAfter(const Tokens& t, std::size_t k);
// " s−1", " cm−3": a unit to a negative power after a space, said "per second", "per cubic meter"; with its end.
std::optional<std::pair<std::string, std::size_t>> perPowerAt(const Tokens& t, std::size_t k);
// MoneyRules.cpp
std::optional<Match> moneyRule(const Tokens& t, std::size_t i);
std::optional<Match> percentRule(const Tokens& t, std::size_t i);
bool beforeNoun(const Tokens& t, std::size_t start, std::size_t end);  // "a $5 fee": the amount describes a noun
// The sentence speaks of prices ("costs", "fare", "paid"): letters that may be a currency's ("R", "Sh") are.
bool aboutPrices(const Tokens& t);
// "R650 return", "R120 one-way", "R80 each": a fare by its kind, or a price by the head, after the amount at token k.
bool fareAfter(const Tokens& t, std::size_t k);
// Or, for a currency's letters, two amounts in the sentence are written with them ("Sh1 in every Sh3").
bool aboutPrices(const Tokens& t, const std::string& sign);
// "the child support grant rises by R30 to R560": amounts the state pays, in a sentence about its grants, and not the grant's
// name ("the SRD R350 grant"); `end` is where the amount ends.
bool grantPaid(const Tokens& t, std::size_t end);
// An amount ending before `end` opens a range whose second amount has money's shape, the same letters before it:
// "R1 – R237 100".
bool opensMoneyRange(const Tokens& t, std::size_t end, const std::string& sign);
// beforeNoun, or a capitalized name after a determiner ("the $279 Xbox"), or a lower-case plural noun
// ("$20 bills", "12 mg doses"): the amount describes it.
bool describesNoun(const Tokens& t, std::size_t start, std::size_t end);
// PartyLabels.cpp: "(D-Mass.)" -> ", Democrat of Massachusetts,"
std::optional<Match> partyLabelRule(const Tokens& t, std::size_t i);
std::optional<Match> resultShorthandRule(const Tokens& t, std::size_t i);
// NumberRules.cpp
std::optional<Match> ordinalRule(const Tokens& t, std::size_t i);
std::optional<Match> fractionRule(const Tokens& t, std::size_t i);
std::optional<Match> rangeRule(const Tokens& t, std::size_t i);
// One part of an identifier written with a hyphen: a year as a year, two digits whole ("oh three"), more in pairs.
std::string identifierPart(const std::string& digits);
std::optional<Match> zeroScoreRule(const Tokens& t, std::size_t i, bool british, bool footballStory = false);
std::optional<Match> arithmeticRule(const Tokens& t, std::size_t i);
std::optional<Match> variablePowerRule(const Tokens& t, std::size_t i);
std::optional<Match> pluralNumberRule(const Tokens& t, std::size_t i);
std::optional<Match> operatorRule(const Tokens& t, std::size_t i);
std::optional<Match> magnitudeRule(const Tokens& t, std::size_t i);
std::optional<Match> phoneRule(const Tokens& t, std::size_t i);
std::optional<Match> nameNumberRule(const Tokens& t, std::size_t i);
std::optional<Match> numberRule(const Tokens& t, std::size_t i);
std::optional<Match> formNumberRule(const Tokens& t, std::size_t i);
// SportRules.cpp: tennis sets, football formations, box-score figures
std::optional<Match> sportRule(const Tokens& t, std::size_t i, bool footballStory = false, bool gaelicStory = false);
std::optional<Match> boxScoreRule(const Tokens& t, std::size_t i);
// "1. Texas 372, 2. Cal 341.5": whether the place numbered `place` stands in the sentence between tokens `from` and
// `to`, its number with a dot before a capitalized name.
bool numbersPlace(const Tokens& t, const std::string& place, std::size_t from, std::size_t to);
// In a cricket report, a score with a dash whatever the sentence says: "had slipped to 38-2" is thirty-eight for
// two, "Rabada 2-51" two for fifty-one. (Asked only where the story is one: StoryCues.hpp.)
std::optional<Match> cricketScoreRule(const Tokens& t, std::size_t i);
// In a golf report, a score against par whatever the sentence says: "tied for the lead on -11" is "eleven under",
// "Syme (+3)" "three over".
std::optional<Match> golfScoreRule(const Tokens& t, std::size_t i);
// In a horse racing report, a horse's odds: "SEÑOR ATOMIC (4-5)" "four to five", "at 5-2", "4-5f" "four to five favourite".
// SportRules.cpp, in a racing report: "3m 2½f", "7f", "3½l", "nk", "(PU)", "the 3.30 Cheltenham".
std::optional<Match> racingMeasureRule(const Tokens& t, std::size_t i);
std::optional<Match> racingOddsRule(const Tokens& t, std::size_t i);
// In a betting preview (StoryCues.hpp), a bookmaker's price with its slash, "Arsenal are 11/10", "at 10/11", "the draw is 5/2":
// "eleven to ten", "ten to eleven" ("evens" for 1/1); not a fraction of something ("1/5 the odds", "1/4 of the stake").
std::optional<Match> bettingOddsRule(const Tokens& t, std::size_t i);
// WordRules.cpp
std::optional<Match> abbreviationRule(const Tokens& t, std::size_t i);
std::optional<Match> judgeTitleRule(const Tokens& t, std::size_t i, bool courtStory = false, const std::vector<std::string>& ladyJustices = {});
std::optional<Match> scriptureRule(const Tokens& t, std::size_t i);
std::optional<Match> romanRule(const Tokens& t, std::size_t i);
std::optional<Match> initialismRule(const Tokens& t, std::size_t i);
// Whether capitals could be said as one English word ("NATO", "AIDS"; not "UCSF", "NCAA").
bool sayableAsWord(const std::string& capitals);
std::optional<Match> symbolRule(const Tokens& t, std::size_t i);
std::optional<Match> shoutedPronounRule(const Tokens& t, std::size_t i);
// A capital "A" that labels, "Cat A cars": the letter, not the article.
std::optional<Match> labelLetterRule(const Tokens& t, std::size_t i);
std::optional<Match> foreignScriptRule(const Tokens& t, std::size_t i);
bool isLatinOrCommon(const std::string& word);  // every letter Latin or of no script (digits, signs)
// Brackets.cpp: runs on the raw text before tokenizing
std::string editorialBrackets(const std::string& text, std::vector<Rewrite>* log);
std::string withPriorPeriodFigures(const std::string& text, std::vector<Rewrite>* log);
std::string withSampleSizes(const std::string& text, std::vector<Rewrite>* log);
// StopSpacing.cpp: runs on the raw text before tokenizing
std::string spacedStops(const std::string& text, std::vector<Rewrite>* log);
// WebAddresses.cpp: runs on the raw text before tokenizing
std::string webAddresses(const std::string& text, std::vector<Rewrite>* log);

}  // namespace readcast::english
