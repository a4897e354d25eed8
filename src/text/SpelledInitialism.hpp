#pragma once
// Capitals that a Romance-language voice of eSpeak NG would read as a made-up word: "l'OMS" is "lom",
// "FMI" "fmi", "UE" "u", "INPS" "inps" to it. A newsreader spells them, "l'O M S". Capitals that make
// syllables of the language ("ONU", "OTAN", "ANSA", "FIAT") are said as words, as they are; so are the
// acronyms a language says as words whatever their letters ("SMIC", "PSOE"), which the caller names.
//
//   spelledInitialismAt("selon l'OMS, ...", 8, {}, spoken)   // spoken == "O M S", returns 11

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/Normalizer.hpp"

namespace readcast {

// When capitals of two to seven letters start at `i` after a word boundary (an apostrophe's elision
// included) and end a word, and they do not make syllables or are not in `saidAsWords`, sets `spoken`
// to their letters apart and returns where they end; otherwise returns `i`. Roman numerals are left.
// `letterNames` writes the letters that eSpeak NG would take for a word of the language ("E" is the
// Portuguese "and", said "i": the letter is "é").
std::size_t spelledInitialismAt(const std::string& text, std::size_t i, const std::unordered_set<std::string>& saidAsWords,
                                std::string& spoken, const std::unordered_map<char, std::string>& letterNames = {});

// Whether capitals make syllables of two vowels at least, consonant and vowel in turn ("NATO", "YLE"): a Nordic initialism
// said as a word, its case ending or genitive on it ("NATO:n" "Naton", "NATO:s" "Natos").
bool capitalsAlternate(const std::string& letters);

// spelledInitialismAt, with the letters appended to `out` and the rewrite logged; returns where they end,
// or `i` when no such capitals start there.
std::size_t appendSpelledInitialism(const std::string& text, std::size_t i, const std::unordered_set<std::string>& saidAsWords,
                                    std::string& out, std::vector<Rewrite>* log,
                                    const std::unordered_map<char, std::string>& letterNames = {});

// Nearly all of the text's letters are capitals: a shouted headline, whose words are no initialisms.
bool mostlyCapitals(const std::string& text);

}  // namespace readcast
