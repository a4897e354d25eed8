#pragma once
// What the German rules read around a number or a capital: the words before it, month names, case
// folding of German letters. Internal to text/ (the sentence splitter asks which nouns take a rank).

#include <cstddef>
#include <string>

namespace readcast::german {

bool isDigit(char c);
// The end of the run of digits from i (i itself when there is none).
std::size_t digitsEnd(const std::string& text, std::size_t i);

// "Über" -> "über": ASCII letters and Ä, Ö, Ü folded; other bytes kept.
std::string lowerGerman(std::string s);

// A capital at i (A-Z, Ä, Ö, Ü): its length in bytes, 0 when there is none. A small letter likewise.
std::size_t capitalAt(const std::string& text, std::size_t i);
std::size_t smallLetterAt(const std::string& text, std::size_t i);

// The word that ends before i (spaces skipped), and where it begins. Empty when a sign other than a
// letter stands there (",", "(", the start of the text); `sign` is then that sign, or 0 at the start.
struct WordBefore {
    std::string word;  // as written
    std::size_t begin = 0;
    char sign = 0;
};
WordBefore wordBefore(const std::string& text, std::size_t i);
// The word before the sign that stands before i: "Montag" for the "6." of "am Montag, 6. Juli".
WordBefore wordBeforeSign(const std::string& text, std::size_t i);

// The word that starts at i (spaces skipped), letters only, as written, and where it ends.
std::string wordFrom(const std::string& text, std::size_t i, std::size_t* end = nullptr);

// A month's name at i ("Januar".."Dezember", "Jänner"), ended by a sign that is not a letter: 1 to 12,
// and its length; 0 when there is none.
int monthAt(const std::string& text, std::size_t i, std::size_t* length);
const char* monthName(int month);

// A noun a rank is given to with no article, "2. Klasse", "3. Mal": the ICU rule set of its ordinal, in
// the noun's gender ("zweite Klasse", "zweiter Weltkrieg", "drittes Mal"); null for any other word.
const char* rankedNounOrdinalRule(const std::string& noun);

// The ordinal's rule set after an ein-word without an ending, "sein 9. Saisontor", "ihr 2. Album", "ein 3. Platz": the
// masculine's "-er" or the neuter's "-es", by the last part of the compound noun after it ("Saison|tor" is neuter); a
// noun not known is taken as neuter, the more common after these words in news. Null when no such word comes before.
const char* ordinalAfterBareDeterminer(const std::string& determiner, const std::string& noun);

// Prepositions (lower case): "am 22.", "bis 1945", "seit der 3. Runde".
bool isPreposition(const std::string& lower);
bool isWeekday(const std::string& lower);

}  // namespace readcast::german
