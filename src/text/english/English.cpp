// English spoken-form rules. The text is split into tokens (words, numbers, spaces, symbols); at
// each token the rules of Rules.hpp are tried in order, and the first that matches rewrites the
// tokens it covers. Each rule is general: it reads the shape of the text and the words around it,
// never a list of example sentences.

#include <algorithm>
#include <optional>
#include <set>
#include <cctype>
#include <cstring>
#include <string_view>

#include "core/Ascii.hpp"
#include "core/WordSet.hpp"
#include "core/Text.hpp"
#include "text/CountryCues.hpp"
#include "text/Normalizer.hpp"
#include "text/NumberWords.hpp"
#include "text/english/NumberReading.hpp"
#include "text/english/Rules.hpp"
#include "text/english/Tables.hpp"

namespace readcast {
namespace english {
namespace {

class English : public LanguageRules {
public:
    English(bool dayFirst, const StoryCues& story, bool regionOnly)
        : day_first_(dayFirst), letters_(lettersOfCurrency(story.country)), australia_(story.country == "AU"), local_plurals_(localPlurals(story.country)),
          region_only_(regionOnly), cricket_(story.cricket), chess_(story.chess), racing_(story.racing), betting_(story.betting), golf_(story.golf), court_(story.court), lady_justices_(story.lady_justices), football_(story.football), gaelic_(story.gaelic), home_dollar_(homeDollar(story.country)) {}
    std::string apply(const std::string& text, std::vector<Rewrite>* log) const override;

private:
    std::optional<Match> tryRules(const Tokens& t, std::size_t i) const;
    std::string beforeLexicon(const std::string& text, std::vector<Rewrite>* log) const override;
    std::string withCurrencyCodes(const std::string& text) const;
    bool day_first_;
    std::vector<std::pair<char, std::string>> letters_;  // the story's country's currency letters and their codes
    bool australia_;                                       // its states after a town: "Perth, WA" is Western Australia
    // A plural the country's newsreaders say their own way: "euro" in Ireland, "paisa" in Pakistan (India's "paise").
    std::vector<std::pair<std::string, std::string>> local_plurals_;
    static std::vector<std::pair<std::string, std::string>> localPlurals(const std::string& country) {
        if (country == "IE") return {{"euros", "euro"}};
        if (country == "PK") return {{"paise", "paisa"}};
        return {};
    }
    bool region_only_;  // the country is the language's region, not the story's: its letters need money around them
    bool cricket_;      // a cricket report: a score's dash is runs for wickets where the sentence does not say so
    bool chess_;        // a chess report: "5/7" is a score out of the rounds, whatever the sentence says
    bool racing_;       // a horse racing report: "(4-5)" after a horse's name is its odds
    bool betting_;      // a betting preview: "Arsenal are 11/10" is a price
    bool golf_;         // a golf report: "on -11" is a score against par where the sentence names no golf
    bool court_;        // a court report: "Madlanga J said" is Justice Madlanga where the sentence names no court
    std::vector<std::string> lady_justices_;  // "Carr LJ" is Lady Justice Carr where the story names her so
    bool football_;     // a football match report: a minute's mark and a score are the match's wherever they stand
    bool gaelic_;       // a hurling or Gaelic football report: a goal and points with a dash are a side's score wherever they stand
    std::string withAustralianStates(const std::string& text) const;
    std::string withHomeDollar(const std::string& text) const;
    // The sign of the story's country's own dollar, "A$" in Australia: its newsreaders say "dollars", not "Australian dollars".
    static std::string homeDollar(const std::string& country) {
        static const std::pair<const char*, const char*> kSigns[] = {{"AU", "A$"}, {"NZ", "NZ$"}, {"SG", "S$"}, {"HK", "HK$"},
                                                                     {"JM", "J$"}, {"CA", "C$"}, {"BN", "B$"}};
        for (const auto& [code, sign] : kSigns) {
            if (country == code) return sign;
        }
        return "";
    }
    std::string home_dollar_;
};

// "DBS rose to S$54.30" in a Singapore story: "fifty-four dollars thirty", the home dollar said as its country's
// newsreaders say it ("US$1.2 billion" keeps its "US"; "CA$" in Canada as "C$").
std::string English::withHomeDollar(const std::string& text) const {
    if (home_dollar_.empty() || text.find('$') == std::string::npos) return text;
    // (Beside another country's dollar the home one keeps its name: "US$448.0 million (S$601 million)" is two sums a listener
    // must tell apart.)
    for (const char* other : {"US$", "A$", "NZ$", "S$", "HK$", "J$", "C$", "CA$", "B$", "T$", "NT$"}) {
        const std::size_t at = text.find(other);
        if (at != std::string::npos && other != home_dollar_ && !(home_dollar_ == "C$" && std::string(other) == "CA$") &&
            (at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1])))) {
            return text;
        }
    }
    std::string out = text;
    for (const std::string& sign : {home_dollar_, home_dollar_ == "C$" ? std::string("CA$") : std::string()}) {
        if (sign.empty()) continue;
        for (std::size_t at = out.find(sign); at != std::string::npos; at = out.find(sign, at + 1)) {
            const std::size_t end = at + sign.size();
            if ((at > 0 && std::isalpha(static_cast<unsigned char>(out[at - 1]))) || end >= out.size() ||
                !std::isdigit(static_cast<unsigned char>(out[end]))) {
                continue;
            }
            out.replace(at, sign.size(), "$");
        }
    }
    return out;
}

// "Perth, WA,", "Port Augusta, SA.", "Cairns, Qld": in an Australian story a state after its town is
// Australia's (the rule for states after a town would make "WA" Washington).
std::string English::withAustralianStates(const std::string& text) const {
    // (Not in a sentence about America: "Microsoft in Redmond, WA, and the U.S. market".)
    if (!australia_ || text.find("U.S") != std::string::npos || text.find(" US ") != std::string::npos || text.find("America") != std::string::npos ||
        text.find("United States") != std::string::npos) {
        return text;
    }
    static const std::pair<const char*, const char*> kStates[] = {
        {"NSW", "New South Wales"}, {"Vic.", "Victoria"}, {"Vic", "Victoria"}, {"Qld.", "Queensland"}, {"Qld", "Queensland"},
        {"SA", "South Australia"}, {"WA", "Western Australia"}, {"Tas.", "Tasmania"}, {"Tas", "Tasmania"},
        {"NT", "Northern Territory"}, {"ACT", "Australian Capital Territory"}};
    std::string out = text;
    for (const auto& [written, said] : kStates) {
        const std::string key = std::string(", ") + written;
        for (std::size_t at = out.find(key); at != std::string::npos; at = out.find(key, at + 2)) {
            const std::size_t end = at + key.size();
            // (After a town's capitalized name, and ending a clause.)
            if (at == 0 || !std::isalpha(static_cast<unsigned char>(out[at - 1]))) continue;
            if (end < out.size() && std::string(",.;)").find(out[end]) == std::string::npos && out[end] != ' ') continue;
            if (end < out.size() && out[end] == ' ' && end + 1 < out.size() && std::isupper(static_cast<unsigned char>(out[end + 1]))) continue;
            std::size_t town = at;
            while (town > 0 && std::isalpha(static_cast<unsigned char>(out[town - 1]))) --town;
            if (!std::isupper(static_cast<unsigned char>(out[town]))) continue;
            // (A stop that belongs to the short form is its own; one that ends the sentence stays.)
            out.replace(at + 2, std::strlen(written), said);
        }
    }
    return out;
}

// "K620 million", "P780m", "K1,500": the country's currency letter before an amount becomes its code,
// which the money rule reads ("PGK 620 million", six hundred twenty million kina). Only before an amount
// of two figures at least, or with a magnitude: "K9", a police dog, stays.
std::string English::withCurrencyCodes(const std::string& text) const {
    if (letters_.empty()) return text;
    // (A sentence that names the money makes its letter money: "If the naira holds, you will see N880, maybe N870". Looked at
    // once, where a letter stands before a figure.)
    std::optional<bool> named;
    const auto moneyNamed = [&] {
        if (!named) {
            static constexpr WordSet kMoneyNames({"naira", "kina", "kwacha", "pula", "peso", "pesos", "maloti", "loti", "dalasi", "lilangeni"});
            named = false;
            for (std::string w : splitWords(lowerAscii(text))) {
                while (!w.empty() && !std::isalpha(static_cast<unsigned char>(w.back()))) w.pop_back();
                named = *named || kMoneyNames.count(w) != 0;
            }
        }
        return *named;
    };
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const auto letter = std::find_if(letters_.begin(), letters_.end(), [c](const auto& l) { return l.first == c; });
        const bool alone = i == 0 || (!std::isalnum(static_cast<unsigned char>(text[i - 1])) && static_cast<unsigned char>(text[i - 1]) < 0x80 &&
                                      text[i - 1] != '$' && text[i - 1] != '-');
        if (letter == letters_.end() || !alone || i + 1 >= text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 1]))) {
            out += c;
            continue;
        }
        std::size_t end = i + 1, digits = 0;
        while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == ',' || text[end] == '.')) {
            digits += std::isdigit(static_cast<unsigned char>(text[end])) != 0;
            ++end;
        }
        while (end > i + 1 && (text[end - 1] == ',' || text[end - 1] == '.')) --end;
        const std::string rest = lowerAscii(text.substr(end, 9));
        const bool magnitude = rest.rfind("m", 0) == 0 || rest.rfind("bn", 0) == 0 || rest.rfind("k ", 0) == 0 ||
                               rest.rfind(" million", 0) == 0 || rest.rfind(" billion", 0) == 0 || rest.rfind(" thousand", 0) == 0;
        // (A word glued on, "K9s", "P2P", is a name, not money.)
        const bool glued = end < text.size() && std::isalpha(static_cast<unsigned char>(text[end])) && !magnitude;
        // (Nor a name before a capital: "K92 Mining", "the P30 Pro".)
        const bool named = !magnitude && end + 1 < text.size() && text[end] == ' ' && std::isupper(static_cast<unsigned char>(text[end + 1]));
        // (One figure is money only after a word that names an amount: "rise by E2", "asked for K5".)
        std::size_t wordEnd = i;
        while (wordEnd > 0 && text[wordEnd - 1] == ' ') --wordEnd;
        std::size_t wordStart = wordEnd;
        while (wordStart > 0 && std::isalpha(static_cast<unsigned char>(text[wordStart - 1]))) --wordStart;
        // (Not "from P3 to P1", a race's places, nor "of K2", a mountain.)
        static constexpr WordSet kAmountWords({"by", "for", "pay", "paid", "cost", "costs", "costing", "fare", "fares", "charge",
                                                        "charged", "only", "just", "about", "around", "extra", "under", "over"});
        const bool amountBefore = wordEnd < i && kAmountWords.count(lowerAscii(text.substr(wordStart, wordEnd - wordStart))) != 0;
        // (Where only the language's region names the country, the letter is money only with a word for an
        // amount, a magnitude or cents: "He finished P10", "Route P11", "K12 schools" are no money.)
        const bool cents = text.find('.', i + 1) < end;
        if ((digits < 2 && !magnitude && !amountBefore) || glued || named || (region_only_ && !amountBefore && !magnitude && !cents && !moneyNamed())) {
            out += c;
            continue;
        }
        const std::string& code = letter->second;
        out += code + (std::isalpha(static_cast<unsigned char>(code.back())) ? " " : "");
    }
    return out;
}

void appendSeparated(std::string& out, const std::string& piece) {
    if (!out.empty() && !piece.empty() && std::isalnum(static_cast<unsigned char>(out.back())) &&
        std::isalnum(static_cast<unsigned char>(piece.front()))) {
        out += ' ';
    }
    out += piece;
}

std::optional<Match> English::tryRules(const Tokens& t, std::size_t i) const {
    using Rule = std::optional<Match> (*)(const Tokens&, std::size_t);
    // No rule starts at a space: each reads a word, a number or a symbol first.
    if (t[i].kind == Kind::Space) return std::nullopt;
    if (auto m = lotCodeRule(t, i)) return m;
    if (auto m = tenCodeRule(t, i)) return m;
    if (auto m = registeredNumberRule(t, i)) return m;
    if (auto m = bookNumberRule(t, i)) return m;
    if (auto m = securitiesInstrumentRule(t, i)) return m;
    if (auto m = neutralCitationRule(t, i)) return m;
    if (auto m = docketNumberRule(t, i)) return m;
    if (auto m = boxScoreRule(t, i)) return m;
    if (cricket_) {
        if (auto m = cricketScoreRule(t, i)) return m;
    }
    // (Or a sentence of chess in a story of other things, after a standing's verb: "Grandmaster Aditi Raghunathan … leads on
    // 5/7"; "the chess tournament is on 6/15" is a date.)
    if (chess_ || (isKind(t, i, Kind::Number) && isSym(t, i + 1, "/") && i >= 4 && isWordIn(t, i - 2, {"on"}) &&
                   isWordIn(t, i - 4, {"leads", "lead", "led", "leading", "finished", "finishes", "tied", "sits", "sat", "stands", "stood",
                                       "remains", "stays", "ended"}) &&
                   anyWordIn(t, {"chess", "Chess", "grandmaster", "Grandmaster", "FIDE", "checkmate", "Elo"}))) {
        if (auto m = chessScoreRule(t, i)) return m;
    }
    if (racing_) {
        if (auto m = racingOddsRule(t, i)) return m;
        if (auto m = racingMeasureRule(t, i)) return m;
    }
    if (racing_ || betting_) {
        if (auto m = bettingOddsRule(t, i)) return m;
    }
    if (golf_) {
        if (auto m = golfScoreRule(t, i)) return m;
    }
    if (auto m = chamberPaperRule(t, i)) return m;
    if (auto m = aviationRule(t, i)) return m;
    if (auto m = portOrIssueRule(t, i)) return m;
    if (auto m = addressRule(t, i)) return m;
    if (auto m = scriptureRule(t, i)) return m;
    if (auto m = statuteRule(t, i)) return m;
    if (auto m = partyLabelRule(t, i)) return m;
    if (auto m = resultShorthandRule(t, i)) return m;
    if (auto m = judgeTitleRule(t, i, court_, lady_justices_)) return m;
    if (auto m = courtOrdinalRule(t, i)) return m;
    if (auto m = provisionLetterRule(t, i)) return m;
    if (auto m = sensitivityRangeRule(t, i)) return m;
    if (auto m = designationRule(t, i)) return m;
    if (auto m = isotopeRule(t, i)) return m;
    if (auto m = dateRule(t, i, day_first_)) return m;
    if (auto m = chessRule(t, i)) return m;
    if (auto m = gradeRule(t, i)) return m;
    if (auto m = sportRule(t, i, football_, gaelic_)) return m;
    if (auto m = zeroScoreRule(t, i, day_first_, football_)) return m;
    static const Rule kRules[] = {fiscalYearByMonthRule, formNumberRule,   techRule,         hexRule,          pluralNumberRule, arithmeticRule, variablePowerRule, operatorRule,
                                  timeRule,         coordinateRule,   periodRule,     codeRule,       moneyRule,         decadeRule,
                                  percentRule,      fractionRule,     phoneRule,      unitRule,          perUnitRule,   assayElementRule,
                                  compassRule,      rangeRule,        ordinalRule,    magnitudeRule,     nameNumberRule,
                                  numberRule,       abbreviationRule, shoutedPronounRule, labelLetterRule, romanRule,     initialismRule,
                                  symbolRule,       foreignScriptRule};
    for (Rule rule : kRules) {
        if (auto m = rule(t, i)) return m;
    }
    return std::nullopt;
}

namespace {

// Nothing but spaces and closing quotes or brackets from i on.
bool endsText(const Tokens& t, std::size_t i) {
    for (; i < t.size(); ++i) {
        if (isKind(t, i, Kind::Space)) continue;
        if (isSym(t, i, "\"") || isSym(t, i, ")") || isSym(t, i, "\xE2\x80\x9D") || isSym(t, i, "\xE2\x80\x99")) continue;
        return false;
    }
    return true;
}

}  // namespace

std::string English::beforeLexicon(const std::string& written, std::vector<Rewrite>* log) const {
    // (Most sentences have no four figures after a capital: they are not tokenized twice.)
    if (written.find_first_of("0123456789") == std::string::npos) return written;
    const std::string text = withListingsHours(withCarbonPerTonne(withMetarsSaid(written, log), log), log);
    const Tokens t = tokenize(text);
    std::string out;
    bool any = false;
    for (std::size_t i = 0; i < t.size();) {
        if (auto m = australianPostcodeAt(t, i)) {
            std::string written;
            for (std::size_t k = i; k < i + m->length; ++k) written += t[k].text;
            if (log != nullptr) log->push_back({written, m->spoken, m->rule});
            out += m->spoken;
            i += m->length;
            any = true;
            continue;
        }
        out += t[i++].text;
    }
    return any ? out : text;
}

namespace {

// A batter's figures in a cricket report: "(64, 41b, 6x4, 2x6)" is sixty-four, forty-one balls, six fours,
// two sixes ("six by four" is a size). Only where the sentence speaks of cricket.
std::string withCricketFigures(const std::string& text, std::vector<Rewrite>* log) {
    // (Run on every sentence: a figure with "b" or "x" after it first, the cricket words only then.)
    bool figures = false;
    for (std::size_t k = 1; k < text.size() && !figures; ++k) {
        figures = (text[k] == 'b' || text[k] == 'x') && std::isdigit(static_cast<unsigned char>(text[k - 1]));
    }
    if (!figures) return text;
    const std::string lower = lowerAscii(text);
    bool cricket = false;
    for (const char* word : {"runs", "wicket", "wickets", "balls", "overs", "innings", "not out", "bowled", "bowling", "batting", "cricket"}) {
        cricket = cricket || lower.find(word) != std::string::npos;
    }
    // (Or the figures' own shape: balls faced opening the brackets after a score, "68 (36b, 6x4, 4x6)".)
    for (std::size_t k = text.find('('); !cricket && k != std::string::npos; k = text.find('(', k + 1)) {
        std::size_t e = k + 1;
        while (e < text.size() && std::isdigit(static_cast<unsigned char>(text[e]))) ++e;
        // (With its fours or sixes after: "section 7 (2b, 3)" is a provision's.)
        const std::size_t close = text.find(')', k);
        const std::string inside = text.substr(k, close == std::string::npos ? std::string::npos : close - k);
        // (A batter not out too: "82* (54b, 6x4)".)
        const bool score = k >= 2 && (std::isdigit(static_cast<unsigned char>(text[k - 2])) || (text[k - 2] == '*' && k >= 3 &&
                                                                                               std::isdigit(static_cast<unsigned char>(text[k - 3]))));
        cricket = e > k + 1 && e - k <= 4 && e + 1 < text.size() && text[e] == 'b' && text[e + 1] == ',' && score &&
                  (inside.find("x4") != std::string::npos || inside.find("x6") != std::string::npos);
    }
    if (!cricket) return text;
    const auto ends = [&](std::size_t at) { return at >= text.size() || text[at] == ',' || text[at] == ')' || text[at] == ' ' || text[at] == ';'; };
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const bool start = std::isdigit(static_cast<unsigned char>(text[i])) && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '(');
        std::size_t e = i;
        while (start && e < text.size() && std::isdigit(static_cast<unsigned char>(text[e]))) ++e;
        if (start && e > i && e - i <= 3) {
            const std::string n = text.substr(i, e - i);
            // "41b": the balls faced, after the runs in the same brackets.
            // ("68 (36b, …)": first in the brackets after the runs.)
            if (e < text.size() && text[e] == 'b' && ends(e + 1) && i >= 2 &&
                ((text[i - 1] == ' ' && text[i - 2] == ',') || (text[i - 1] == '(' && text[i - 2] == ' ' && i >= 3 &&
                                                                (std::isdigit(static_cast<unsigned char>(text[i - 3])) ||
                                                                 (text[i - 3] == '*' && i >= 4 && std::isdigit(static_cast<unsigned char>(text[i - 4]))))))) {
                const std::string said = n + (n == "1" ? " ball" : " balls");
                if (log != nullptr) log->push_back({text.substr(i, e + 1 - i), said, "score"});
                out += said;
                i = e + 1;
                continue;
            }
            // "6x4", "2x6": fours and sixes hit.
            if (e + 1 < text.size() && text[e] == 'x' && (text[e + 1] == '4' || text[e + 1] == '6') && ends(e + 2)) {
                const bool four = text[e + 1] == '4';
                const std::string said = n + (n == "1" ? (four ? " four" : " six") : (four ? " fours" : " sixes"));
                if (log != nullptr) log->push_back({text.substr(i, e + 2 - i), said, "score"});
                out += said;
                i = e + 2;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

// "a 8-year sentence", "a £88 surcharge": the article was written for the figure, and the figure's words
// open on a vowel, "an eight-year sentence", "an eighty-eight pound surcharge".
std::string anBeforeVowelSound(const std::string& text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t k = 0; k < text.size(); ++k) {
        out += text[k];
        // (A capital "A" only opening the sentence: "Serie A 8 times" names a league.)
        const bool article = ((text[k] == 'a' && (k == 0 || text[k - 1] == ' ' || text[k - 1] == '(' || text[k - 1] == '"')) ||
                              (text[k] == 'A' && (k == 0 || text[k - 1] == '"' || text[k - 1] == '('))) &&
                             k + 1 < text.size() && text[k + 1] == ' ';
        // ("after a 0815 UTC departure": "an oh eight fifteen".)
        if (article && (text.compare(k + 2, 5, "eight") == 0 || text.compare(k + 2, 6, "eleven") == 0 || text.compare(k + 2, 3, "oh ") == 0)) out += 'n';
        // ("an A$1.2bn pact", "an NZ$3 million fund": the article was written for the currency's letter, and the
        // figure's words open on a consonant, "a one point two billion Australian dollar pact".)
        const bool an = text[k] == 'n' && k >= 1 && (text[k - 1] == 'a' || text[k - 1] == 'A') &&
                        (k == 1 || text[k - 2] == ' ' || text[k - 2] == '(' || text[k - 2] == '"') && k + 1 < text.size() && text[k + 1] == ' ';
        if (an) {
            std::size_t e = k + 2;
            while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
            static constexpr WordSet kConsonantNumbers({"one", "two", "three", "four", "five", "six", "seven", "nine", "ten", "twelve",
                                                                 "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "nineteen", "twenty",
                                                                 "thirty", "forty", "fifty", "sixty", "seventy", "ninety"});
            const std::string word = text.substr(k + 2, e - k - 2);
            if (kConsonantNumbers.count(word) != 0 && (e >= text.size() || text[e] == ' ' || text[e] == '-')) out.pop_back();
        }
    }
    return out;
}

// Whether a word of a number ends or starts the text: "eighty", "twenty-one", "hundred", "oh".
bool isNumberWord(std::string_view word) {
    if (const std::size_t hyphen = word.rfind('-'); hyphen != std::string_view::npos) word = word.substr(hyphen + 1);
    static constexpr WordSet kWords({"zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                                   "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                                   "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                                                   "ninety", "hundred", "thousand", "million", "billion"});
    return kWords.count(word) != 0;
}

bool endsWithNumberWord(std::string_view text) {
    std::size_t start = text.size();
    while (start > 0 && (std::isalpha(static_cast<unsigned char>(text[start - 1])) || text[start - 1] == '-')) --start;
    return start < text.size() && isNumberWord(text.substr(start));
}

bool startsWithNumberWord(std::string_view text) {
    std::size_t end = 0;
    while (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) || text[end] == '-')) ++end;
    // (Not a number said with its own first word joined on, "twenty twenty-four" is one year.)
    // (Nor a magnitude that goes on the number before it: "2 mil. views" is "two million".)
    const std::string_view word = text.substr(0, end);
    return end > 0 && isNumberWord(word) && word != "hundred" && word != "thousand" && word != "million" && word != "billion";
}

// "2.8m–2.9m tonnes": a number said with its magnitude, the first side of a range like an amount's.
bool magnitude(std::string_view spoken) {
    for (std::string_view word : {" thousand", " million", " billion", " trillion"}) {
        if (spoken.ends_with(word)) return true;
    }
    return false;
}

// "0.45 M☉", "10 R⊙": an astronomer's units named by the Sun's sign, the solar mass, radius and luminosity.
std::string withSolarUnits(const std::string& text) {
    if (text.find("\xE2\x98\x89") == std::string::npos && text.find("\xE2\x8A\x99") == std::string::npos) return text;
    std::string out = text;
    for (const char* sun : {"\xE2\x98\x89", "\xE2\x8A\x99"}) {
        for (const auto& [letter, unit] : {std::pair<char, const char*>{'M', "solar mass"}, {'R', "solar radius"}, {'L', "solar luminosity"}}) {
            const std::string sign = std::string(1, letter) + sun;
            for (std::size_t at = out.find(sign); at != std::string::npos; at = out.find(sign, at)) {
                // (One of it, "1 M☉", is singular; the plural of a radius is "radii".)
                std::size_t k = at;
                while (k > 0 && out[k - 1] == ' ') --k;
                const bool one = k >= 1 && out[k - 1] == '1' && (k == 1 || !std::isalnum(static_cast<unsigned char>(out[k - 2])));
                std::string said = unit;
                if (!one) said = letter == 'M' ? "solar masses" : letter == 'R' ? "solar radii" : "solar luminosities";
                out.replace(at, sign.size(), said);
                at += said.size();
            }
        }
    }
    return out;
}

}  // namespace

std::string English::apply(const std::string& text, std::vector<Rewrite>* log) const {
    const Tokens t = tokenize(webAddresses(spacedStops(editorialBrackets(withCurrencyCodes(withAustralianStates(withPriorPeriodFigures(withSampleSizes(withCricketFigures(withTyreSizes(withSolarUnits(withHomeDollar(text)), log), log), log), log))), log), log), log));
    std::string out;
    std::size_t i = 0;
    bool rewritten = false;  // the last piece came from a rule: "5G" must not become "fiveG"
    std::size_t numberEnd = t.size() + 1;  // where the last rule's match ended
    while (i < t.size()) {
        if (auto m = tryRules(t, i)) {
            // ("YoY": "year on year" in Britain, "year over year" in North America.)
            if (std::string_view(m->rule) == "change" && !day_first_) {
                if (const std::size_t on = m->spoken.find(" on "); on != std::string::npos) m->spoken.replace(on, 4, " over ");
            }
            // Two amounts, measures or dates joined by a dash or a slash, each written whole ("£2.1bn-£2.3bn",
            // "28 Jun–2 Jul", "€45/€60"): "to" or "or" between them, where the dash would go unsaid.
            const std::size_t joint = i + m->length;
            const std::string_view rule = m->rule;
            // ("between 3 May - 10 May": "between … and …".)
            const char* const to = rangeJoiner(t, i);
            // ("Margaret Dunn OBE 1931 – 2024": a year read with what stood before it, then a spaced dash and a
            // later year, the span of a life.)
            const bool yearSpan = joint >= 1 && isYear(tok(t, joint - 1)) && isKind(t, joint, Kind::Space) && isDash(t, joint + 1) &&
                                  isKind(t, joint + 2, Kind::Space) && isYear(tok(t, joint + 3)) && !isKind(t, joint + 4, Kind::Word) &&
                                  toInt(t[joint + 3].text) >= toInt(t[joint - 1].text);
            if (yearSpan && rule != "date" && rule != "money") {
                m = Match{m->length + 4, m->spoken + to + yearSpoken(t[joint + 3].text), m->rule};
            } else if (rule == "fraction" && isDash(t, joint) && !isSym(t, joint, "\xE2\x80\x94") && isKind(t, joint + 1, Kind::Number) &&
                       digitsOnly(t[joint + 1].text) && !isDash(t, joint + 2) && !isSym(t, joint + 2, "/")) {
                // ("2½–3 hours": a range from a mixed number, "two and a half to three"; "1½–2 tsp", its unit read with the second.)
                const auto second = tryRules(t, joint + 1);
                if (second && std::string_view(second->rule) == "unit") {
                    m = Match{m->length + 1 + second->length, m->spoken + to + second->spoken, m->rule};
                } else {
                    m = Match{m->length + 2, m->spoken + to + wholeWords(t[joint + 1].text), m->rule};
                }
            } else if (rule == "math" && isSym(t, joint, "/") && isKind(t, joint + 1, Kind::Word) && !isKind(t, joint + 2, Kind::Word) &&
                       !isKind(t, joint + 2, Kind::Number) && !isSym(t, joint + 2, "/") && findUnit(t[joint + 1].text) != nullptr) {
                // ("100 x 10⁹/L": a count in a laboratory's unit, so many per litre.)
                m = Match{m->length + 2, m->spoken + " per " + findUnit(t[joint + 1].text)->second.one, m->rule};
            } else if (rule == "time" && m->spoken.ends_with("noon") && isKind(t, joint, Kind::Space) && isSym(t, joint + 1, "(") &&
                       isWordIn(t, joint + 2, {"midday", "noon"}) && isSym(t, joint + 3, ")")) {
                // ("12pm (midday)": noon said once.)
                m = Match{m->length + 4, m->spoken, m->rule};
            } else if (rule == "number" && isDash(t, joint) && isKind(t, i, Kind::Number) && isKind(t, joint + 1, Kind::Number) &&
                       std::count(t[i].text.begin(), t[i].text.end(), '.') >= 2 &&
                       std::count(t[joint + 1].text.begin(), t[joint + 1].text.end(), '.') >= 2) {
                // ("FortiProxy 7.2.0–7.2.12": a range of versions, "seven point two point zero to seven point two point twelve".)
                if (auto second = tryRules(t, joint + 1); second && std::string_view(second->rule) == "number") {
                    m = Match{m->length + 1 + second->length, m->spoken + " to " + second->spoken, m->rule};
                }
            } else if (rule == "time" && isSym(t, joint, "/") && joint + 1 < t.size()) {
                // ("7 p.m. ET/4 p.m. PT": one time in two zones, said one after the other.)
                if (auto second = tryRules(t, joint + 1); second && std::string_view(second->rule) == "time") {
                    m = Match{m->length + 1 + second->length, m->spoken + ", " + second->spoken, m->rule};
                }
            } else if ((rule == "money" || rule == "unit" || rule == "date" || rule == "decade" || rule == "year" || magnitude(m->spoken)) &&
                       joint + 1 < t.size() &&
                (isDash(t, joint) || isSym(t, joint, "/"))) {
                // "N1,450/$1", "₦1,530/$": a rate of exchange, so many to the dollar.
                const auto currency = isSym(t, joint, "/") && rule == "money" ? prefixCurrencies().find(t[joint + 1].text)
                                                                             : prefixCurrencies().end();
                const bool perOne = currency != prefixCurrencies().end() &&
                                    ((isKind(t, joint + 2, Kind::Number) && t[joint + 2].text == "1" && !isKind(t, joint + 3, Kind::Number)) ||
                                     !(isKind(t, joint + 2, Kind::Number) || isKind(t, joint + 2, Kind::Word)));
                if (perOne) {
                    const std::size_t used = isKind(t, joint + 2, Kind::Number) ? 3 : 2;
                    m = Match{m->length + used, m->spoken + " to the " + currency->second.one, m->rule};
                } else if (auto second = tryRules(t, joint + 1); second && rule == second->rule) {
                    // ("30 mL/min/1.73 m²": a measure per a measure, in a compound unit with a figure in it.)
                    const bool perMeasure = rule == "unit" && isSym(t, joint, "/") && joint >= 2 && isKind(t, joint - 1, Kind::Word) &&
                                            isSym(t, joint - 2, "/");
                    m = Match{m->length + 1 + second->length,
                              m->spoken + (perMeasure ? " per " : isSym(t, joint, "/") ? " or " : to) + second->spoken, m->rule};
                }
            } else if ((rule == "date" || rule == "money") && isKind(t, joint, Kind::Space) && isDash(t, joint + 1) &&
                       !isSym(t, joint + 1, "\xE2\x80\x94") &&  // ("$872,500 — $22,600 over asking": an em dash parts clauses)
                       isKind(t, joint + 2, Kind::Space) && joint + 3 < t.size()) {
                // "Dec. 22 - Jan. 2", "$99,000 - $140,000": two dates or amounts apart from their dash.
                if (auto second = tryRules(t, joint + 3); second && rule == second->rule) {
                    m = Match{m->length + 3 + second->length, m->spoken + to + second->spoken, m->rule};
                }
            }
            // "$25bn+", "17,000+ aircraft", "3,500+ hrs": an amount and its plus, "more than" it (a sum's plus has a
            // figure after it: "5+3").
            // (An age's, "aged 65+", is "and over": the symbol's rule says it.)
            if ((rule == "number" || rule == "money" || rule == "unit") && isSym(t, i + m->length, "+") &&
                !(i >= 2 && isWordIn(t, i - 2, {"aged", "ages", "age", "rated", "adults", "over"})) &&
                !(i >= 1 && isSym(t, i - 1, "(") && isSym(t, i + m->length + 1, ")")) &&  // ("adults (18+)": a rating's)
                // (A count of a hundred and more, or an amount: "Level 3+", "Category 4+", "iPhone 16+", "People 65+" are
                // a level's, a model's, an age's "plus".)
                (rule == "money" || (isKind(t, i, Kind::Number) && (t[i].text.size() >= 3 || t[i].text.find(',') != std::string::npos))) &&
                !(i >= 2 && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text)) &&
                !isKind(t, i + m->length + 1, Kind::Number) && !isKind(t, i + m->length + 1, Kind::Word) && !isSym(t, i + m->length + 1, "+")) {
                // (After a determiner or "more than" it qualifies what follows, "a 740+ FICO score", "all 100+ routes": "plus".)
                const bool determined = i >= 2 && isKind(t, i - 1, Kind::Space) &&
                                        isWordIn(t, i - 2, {"a", "an", "the", "all", "its", "their", "our", "his", "her", "this", "these",
                                                            "those", "than", "your", "my", "first", "last", "next", "top"});
                // (Quoted, "the “800+” child benefit", it is a name: "eight hundred plus".)
                const auto quote = [&](std::size_t k) {
                    return isSym(t, k, "\xE2\x80\x9C") || isSym(t, k, "\xE2\x80\x9D") || isSym(t, k, "\"") || isSym(t, k, "\xE2\x80\x98") ||
                           isSym(t, k, "\xE2\x80\x99") || isSym(t, k, "'");
                };
                const bool named = i >= 1 && quote(i - 1) && quote(i + m->length + 1);
                m->spoken = named ? m->spoken + " plus" : determined ? m->spoken + "-plus" : "more than " + m->spoken;
                m->length += 1;
            }
            // "8.0 million voters", "the 8.0m figure": a round number of millions, its zero after the point unsaid.
            if (rule == "number" && i + 1 < t.size() && t[i].text.size() >= 3 && t[i].text.ends_with(".0") &&
                std::all_of(t[i].text.begin(), t[i].text.end() - 2, [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
                const bool magnitudeNext = isKind(t, i + 1, Kind::Space) && isWordIn(t, i + 2, {"million", "billion", "trillion"});
                const std::size_t at = m->spoken.find(" point zero");
                if (at != std::string::npos && (magnitudeNext || magnitude(m->spoken))) m->spoken.erase(at, 11);
            }
            // "3 μG (microgauss)": a unit's name in brackets after its symbol is said once.
            if (rule == "unit" && isKind(t, i + m->length, Kind::Space) && isSym(t, i + m->length + 1, "(") &&
                isKind(t, i + m->length + 2, Kind::Word) && isSym(t, i + m->length + 3, ")")) {
                const std::string& named = t[i + m->length + 2].text;
                if (m->spoken.size() > named.size() && m->spoken.ends_with(" " + named)) m->length += 4;
            }
            // "… Pennsylvania Ave. NW.", "… 57th St.": an abbreviation's dot that also ends the sentence stays.
            // (So does one before the intro's "Published": "By Acme Inc. Published May 5".)
            if (const std::size_t last = i + m->length - 1; m->length > 0 && isSym(t, last, ".") && !m->spoken.empty() &&
                                                            m->spoken.back() != '.' &&
                                                            (endsText(t, last + 1) ||
                                                             (isKind(t, last + 1, Kind::Space) && isKind(t, last + 2, Kind::Word) &&
                                                              (t[last + 2].text == "Published" || t[last + 2].text == "Updated")))) {
                m->spoken += ".";
            }
            std::string written;
            for (std::size_t k = i; k < i + m->length && k < t.size(); ++k) written += t[k].text;
            if (log != nullptr && written != m->spoken) log->push_back({written, m->spoken, m->rule});
            // "H100 80GB": two figures read one after the other would be heard as one number ("one hundred eighty"); a
            // pause parts them.
            if (i == numberEnd + 1 && isKind(t, numberEnd, Kind::Space) && startsWithNumberWord(m->spoken) && !out.empty() && out.back() == ' ' &&
                endsWithNumberWord(std::string_view(out).substr(0, out.size() - 1))) {
                out.insert(out.size() - 1, ",");
            }
            appendSeparated(out, m->spoken);
            i += std::max<std::size_t>(1, m->length);
            numberEnd = i;
            rewritten = true;
        } else {
            // "200 five-star hotels", "300 one-bed homes": a compound written in words after a figure opens the next words; a
            // mark keeps the British "and" out between them ("two hundred and five-star" is 205), and goes after.
            // (Or after the figure's magnitude written as a word: "34.0 million one-month customers".)
            const bool afterFigure = (i == numberEnd + 1 && isKind(t, numberEnd, Kind::Space)) ||
                                     (i >= 3 && numberEnd == i - 3 && isKind(t, i - 3, Kind::Space) && isKind(t, i - 1, Kind::Space) &&
                                      isWordIn(t, i - 2, {"hundred", "thousand", "million", "billion", "trillion"}));
            if (afterFigure && isKind(t, i, Kind::Word) && isNumberWord(lowerAscii(t[i].text)) &&
                isSym(t, i + 1, "-") && isKind(t, i + 2, Kind::Word) && !isNumberWord(lowerAscii(t[i + 2].text))) {
                out += '\x02';
            }
            if (rewritten) {
                appendSeparated(out, t[i].text);
            } else {
                out += t[i].text;
            }
            rewritten = false;
            ++i;
        }
    }
    // Tidy what the pause rules leave: ", ," and " ," and a comma right before the full stop.
    std::string tidy;
    for (std::size_t k = 0; k < out.size(); ++k) {
        if (out[k] == ',' && !tidy.empty()) {
            while (!tidy.empty() && tidy.back() == ' ') tidy.pop_back();
            // "U.S., noting": an initialism's own dot keeps the comma after it, and its pause.
            const bool initialism = tidy.size() >= 3 && tidy.back() == '.' &&
                                    std::isalpha(static_cast<unsigned char>(tidy[tidy.size() - 2])) && tidy[tidy.size() - 3] == '.';
            if (!tidy.empty() && !initialism &&
                (tidy.back() == ',' || tidy.back() == '.' || tidy.back() == '?' || tidy.back() == '!')) {
                continue;
            }
            if (tidy.empty()) continue;
        }
        // (Not a dot that opens a word: "on .NET 8".)
        const bool opensWord = out[k] == '.' && k + 2 < out.size() && std::isalpha(static_cast<unsigned char>(out[k + 1])) && k > 0 && out[k - 1] == ' ' &&
                               !(std::isupper(static_cast<unsigned char>(out[k + 1])) && std::islower(static_cast<unsigned char>(out[k + 2])));
        if ((out[k] == '.' || out[k] == '?' || out[k] == '!' || out[k] == ';' || out[k] == ':') && !tidy.empty() && !opensWord) {
            while (!tidy.empty() && tidy.back() == ' ') tidy.pop_back();
            if (!tidy.empty() && tidy.back() == ',') tidy.pop_back();
        }
        tidy += out[k];
    }
    while (!tidy.empty() && (tidy.front() == ',' || tidy.front() == ' ')) tidy.erase(0, 1);
    // English outside North America says "and" inside numbers (the same variants write the day first).
    std::string said = anBeforeVowelSound(day_first_ ? withBritishAnd(tidy) : tidy);
    said.erase(std::remove(said.begin(), said.end(), '\x02'), said.end());
    // ("€2.4m" is "two point four million euro" in Ireland, where the plural is written and said so.)
    for (const auto& [plural, local] : local_plurals_) {
        for (std::size_t at = said.find(plural); at != std::string::npos; at = said.find(plural, at + local.size())) {
            if ((at == 0 || !std::isalpha(static_cast<unsigned char>(said[at - 1]))) &&
                (at + plural.size() == said.size() || !std::isalpha(static_cast<unsigned char>(said[at + plural.size()])))) {
                said.replace(at, plural.size(), local);
            }
        }
    }
    return said;
}

}  // namespace
}  // namespace english

std::unique_ptr<LanguageRules> makeEnglishRules(bool day_first, const StoryCues& story, bool regionOnly) {
    return std::make_unique<english::English>(day_first, story, regionOnly);
}

}  // namespace readcast
