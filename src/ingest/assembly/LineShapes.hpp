#pragma once
// The shapes of single lines the assembly passes ask about: date lines, byline lines, names in capitals,
// captions beside alt texts, menu lines.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "ingest/ArticleAssembler.hpp"
#include "model/Article.hpp"

namespace readcast::assembly {

inline constexpr std::size_t kMaxHeadlineWords = 25;

inline constexpr std::size_t kMaxHeadingWords = 15;

// How far from the top a line of furniture around a date may stand and still be the page's date line.
inline constexpr std::size_t kDateLineBlocks = 12;

bool inCapitalsOnly(const std::string& text);
bool headlineCapitals(const std::string& text);
bool isDateLineWord(const std::string& lower);
bool isBareDateLine(const std::string& text);
bool isNameInCapitals(const std::string& line);
std::string nameCasedFromCapitals(const std::string& line);
bool hasClockTime(const std::string& line);
std::string writerBeforeDate(const std::string& text);
bool namesAPaper(const std::string& name);
bool takeDateLine(const std::string& text, Article& article, bool nearTop, bool storyBegun);
std::string afterByline(const std::string& text, const std::string& byline);
std::optional<DateTime> isoTimeStampIn(const std::string& text);
bool takeBylineLine(const std::string& line, Article& article);
bool sameCaption(const std::string& alt, const std::string& text);
void pushCaption(const std::string& text, std::size_t offset, std::vector<Block>& out);
bool dateLineAfter(const std::vector<RawBlock>& raw, std::size_t at, std::size_t words);
bool isMenuLine(const std::vector<RawBlock>& raw, std::size_t i);
// "1. Tadej Pogačar …", "12. Who is …?": a line opening on its place in a numbered list, one or two figures and a stop.
bool opensOnListPlace(const std::string& text);
// "Comments", "Top comments", "12 comments": the heading of the readers' thread (lower-cased; TrailingSections.cpp).
bool isCommentsHeading(const std::string& lower);
// The title again: the same words, or the same after a label the title lost before its colon ("Incident: A321 near Shannon"
// where the page's title took the words after the colon alone).
bool isTitleAgain(const std::string& text, const std::string& title);

}  // namespace readcast::assembly
