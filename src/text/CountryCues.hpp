#pragma once
// The country a story is about, where its currency is written with a letter that several countries use:
// "K620 million" is kina in Papua New Guinea and kwacha in Zambia or Malawi, "P780 million" pula in
// Botswana and pesos in the Philippines. The language tag's region says it ("en-PG"); else the country
// (or its capital, or its people) named most often in the story, when one is named more than any other.
//
//   countryOfArticle(article)          // "PG" for a story about Port Moresby's budget, "" for most
//   lettersOfCurrency("PG")            // {{'K', "PGK"}}

#include <string>
#include <vector>

#include "model/Article.hpp"

namespace readcast {

// An ISO 3166 region code, or "" when nothing says which of these countries the story is about.
std::string countryOfArticle(const Article& article);
// The same from the story's language tag and its cue text (cueText), for a caller that reads that text for other cues too.
std::string countryOfText(const std::string& language, const std::string& text);
// The text a story's cues are counted in: its title, headings and body, a line each.
std::string cueText(const Article& article);

// For a country, each currency letter written before a figure and the code it stands for there.
std::vector<std::pair<char, std::string>> lettersOfCurrency(const std::string& country);

}  // namespace readcast
