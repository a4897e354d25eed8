#pragma once
// A headline as a newsreader reads it: without the site's name or the author glued on with a
// separator ("… - IGN", "… | Jane Doe", "Site: …") and without a label in front ("BREAKING:",
// "EXCLUSIVE:", "UPDATE:"). A part after a separator goes only on evidence that it is not the
// headline's own: it names the site, the author or the page's address.
//
//   cleanHeadline("Rates rise again | The Daily", {"The Daily"})   // "Rates rise again"
//   cleanHeadline("BREAKING: Rates rise again", {})                // "Rates rise again"
//   cleanHeadline("Apple's new phone - here's what's new", {})     // unchanged

#include <string>
#include <vector>

namespace readcast {

// `known`: names the page gives itself or its author (site names, byline, host name).
std::string cleanHeadline(const std::string& headline, const std::vector<std::string>& known);

}  // namespace readcast
