#pragma once
// What news agencies put into their copy for other editors, not for listeners: the dateline that opens
// a story ("SANTA FE, N.M. (AP) — ") and the instrument codes of financial copy (".DJI", "US10YT=RR",
// "CLc1", "(AAPL.O)").
//
//   auto d = splitDateline("WASHINGTON (Reuters) - Stocks fell.");
//   d->place   // "Washington."      d->rest   // "Stocks fell."
//   withoutInstrumentCodes("The Dow .DJI fell")   // "The Dow fell"

#include <optional>
#include <string>

namespace readcast {

struct Dateline {
    std::string place;  // the place in title case, as its own sentence: "Santa Fe, N.M."
    std::string rest;   // the story after the dateline's dash
};

// The dateline at the start of `paragraph`: a place in capitals, an optional state or country, an
// optional date and agency in brackets, then a dash. The agency and date are dropped (the intro already
// says who the story is from and when), and so is the publication's own name after the place, `outlet` or
// an agency's ("JAKARTA, WARTA NUSANTARA -").
std::optional<Dateline> splitDateline(const std::string& paragraph, const std::string& outlet = "");

// The day a dateline gives before the story, as written ("WASHINGTON, March 4 (Wire) -" "March 4"; "Sept. 14" too), or "".
// Said with the place where the article has no date of its own: the intro says none then.
std::string datelineDay(const std::string& paragraph, const Dateline& dateline);

// `text` without the codes that identify instruments in financial copy; a listener hears the name
// that comes with them. (A ticker in brackets after a company's name too, "Nvidia (NVDA)", unless `story`, the text of
// the whole article, uses those letters outside brackets: then they are the name the story calls the company by.)
std::string withoutInstrumentCodes(const std::string& text, const std::string& story = "");

}  // namespace readcast
