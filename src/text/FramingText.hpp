#pragma once
// The intro and outro templates of a Framing filled in for one article.
//
//   fillTemplate("By {author}. Published {date}.", {{"author", "Jane Doe"}, {"date", ""}})  // "By Jane Doe."
//   writtenDate({2025, 4, 29}, "fr")   // "29 avril 2025"  (the normalizer makes words of it)

#include <map>
#include <string>

#include "model/DateTime.hpp"

namespace readcast {

// Each sentence of `tmpl` with its placeholders replaced; a sentence whose placeholder is empty or
// unknown is left out. Sentences end at ". ", "! ", "? " or the CJK full stop.
std::string fillTemplate(const std::string& tmpl, const std::map<std::string, std::string>& values);

// The date as the language writes it in full, by ICU ("April 29, 2025", "29 avril 2025", "2025년 4월 29일").
std::string writtenDate(const DateTime& date, const std::string& language, const std::string& day_rule = "");

// A day of the month as an ordinal in the genitive, by the table `rule` names ("polish-genitive",
// "czech-genitive", "slovak-genitive"): genitiveDay(3, "czech-genitive") is "třetího"; "" for another rule.
std::string genitiveDay(int day, const std::string& rule);

}  // namespace readcast
