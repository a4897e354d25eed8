#pragma once
// Written text -> what a newsreader says: numbers, money, dates, times, units, abbreviations,
// Roman numerals, symbols, web addresses, foreign-script spans, and the pronunciation lexicon.
// Rules are per language; English is built in (text/english/), and text in a language without
// rules passes to eSpeak NG unchanged except for the lexicon.
//
//   Normalizer n("en-US", &lexicon);
//   std::vector<Rewrite> why;
//   n.normalize("The $2.5 billion deal closed on Apr. 29.", &why);
//     // "The two point five billion dollar deal closed on April twenty-ninth."

#include <memory>
#include <string>
#include <vector>

#include "model/Script.hpp"
#include "text/Lexicon.hpp"
#include "text/StoryCues.hpp"

namespace readcast {

// One language's rules: rewrite `text`, logging each rewrite.
class LanguageRules {
public:
    virtual ~LanguageRules() = default;
    // A first look, before the lexicon stands in for its words, for what must see them as written: an
    // Australian state's letters before a postcode ("Bondi NSW 2026"), which the lexicon says in full.
    virtual std::string beforeLexicon(const std::string& text, std::vector<Rewrite>* /*log*/) const { return text; }
    virtual std::string apply(const std::string& text, std::vector<Rewrite>* log) const = 0;
    // A last look once the lexicon's words are back in place, for what depends on them: a count agrees
    // with a noun the lexicon or a unit rule wrote out ("41 pts." is "cuarenta y un puntos").
    virtual std::string agree(const std::string& text, std::vector<Rewrite>* /*log*/) const { return text; }
};

class Normalizer {
public:
    // `story`: what the whole story says, the country where a currency's letter depends on it (see
    // CountryCues.hpp), a cricket report where a score's dash is runs for wickets (StoryCues.hpp).
    Normalizer(const std::string& language, const Lexicon* lexicon, const StoryCues& story = {});
    ~Normalizer();
    Normalizer(Normalizer&&) noexcept;
    Normalizer& operator=(Normalizer&&) noexcept;

    std::string normalize(const std::string& text, std::vector<Rewrite>* log = nullptr) const;

private:
    const Lexicon* lexicon_;
    std::unique_ptr<LanguageRules> rules_;  // null: no rules for this language
    std::string language_;
};

// The rules for a language tag ("en", "en-GB"), or null. A new language adds a factory here.
std::unique_ptr<LanguageRules> rulesFor(const std::string& language, const StoryCues& story = {});

// English (text/english/): dates like 4/5/2025 day first when `day_first`; a currency's letter before a
// figure ("K620 million") read as the story's country's currency; a cricket report's scores.
// (`regionOnly`: the country is the language tag's region, not one the story names; its currency's
// letter is then money only with money's words around it.)
std::unique_ptr<LanguageRules> makeEnglishRules(bool day_first, const StoryCues& story = {}, bool regionOnly = false);
// French (text/french/): the time of day ("5h45").
std::unique_ptr<LanguageRules> makeFrenchRules();
// German (text/german/): ordinals, dates and times in figures, results, years before 2000, ranges,
// amounts, units, initialisms.
std::unique_ptr<LanguageRules> makeGermanRules();
// Spanish (text/spanish/): amounts and thousands as the Americas write them ("$1,250"), the time of day.
std::unique_ptr<LanguageRules> makeSpanishRules(const std::string& language);
// Italian (text/italian/): the time of day with a point ("alle 14.45"), amounts after their sign.
std::unique_ptr<LanguageRules> makeItalianRules();
// Portuguese (text/portuguese/): amounts after their sign ("R$ 300 mil"), the time of day ("14h30"); the
// numbers it spells in Brazil's words for a "pt-BR" tag, in Portugal's ("dezassete") for any other.
std::unique_ptr<LanguageRules> makePortugueseRules(const std::string& language);
// Swedish, Danish and Norwegian (text/scandinavian/): the clock ("kl. 14.30"), units of energy and area
// ("8 MW", "80 m²"); Swedish's decimal comma ("komma"), "mkr" and "mdkr"; a Danish or Norwegian minus.
std::unique_ptr<LanguageRules> makeScandinavianRules(const std::string& primary);

// While the rules run, each lexicon match stands in the text as one private-use character (U+E000 to
// U+F8FF, three bytes): whether one starts at `at`. What it was written as is not known to the rules, only
// that the lexicon said it ("kl.", "n.º", "Dez.").
bool isLexiconPlaceholderAt(const std::string& text, std::size_t at);

// A minus before a measure ("-5 grader", "-0,4 %"), said as `minus`; a whole number alone is left.
std::string withMinusSaid(const std::string& text, const std::string& minus, std::vector<Rewrite>* log);
// Indonesian and Malay (text/indonesian/): dates in figures, the clock ("05.00 WIB"), rupiah ("Rp 3.500").
std::unique_ptr<LanguageRules> makeIndonesianRules();
// Hebrew (text/hebrew/): every figure in words, for eSpeak NG's Hebrew voice says none.
std::unique_ptr<LanguageRules> makeHebrewRules();
// Korean (text/korean/): the decimal point and the percent sign.
std::unique_ptr<LanguageRules> makeKoreanRules();
// Dutch (text/dutch/): units and magnitudes after a figure ("20 km", "3 mln"), addresses.
std::unique_ptr<LanguageRules> makeDutchRules();
std::unique_ptr<LanguageRules> makeAfrikaansRules();
std::unique_ptr<LanguageRules> makePolishRules();
// Turkish (text/turkish/): case endings after an apostrophe joined to their word, figure or initialism; the clock.
std::unique_ptr<LanguageRules> makeTurkishRules();
// Arabic (text/arabic/): the percent sign, which eSpeak NG leaves unsaid.
std::unique_ptr<LanguageRules> makeArabicRules();
// Russian (text/russian/): figures in the case their sentence gives them, the nouns written short after
// them agreeing ("1,2 млрд", "в 2024 году", "до 1 октября").
std::unique_ptr<LanguageRules> makeRussianRules();

}  // namespace readcast
