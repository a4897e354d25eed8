#pragma once
// News agencies as copy names them, and the name a newsreader says: a byline ("From dpa."), a
// dateline's brackets ("Berlin (dpa) -"), the credit that closes a wire story ("(ANSA)").
//
//   newsAgencyName("Thomson Reuters")   // "Reuters"
//   newsAgencyName("dpa")               // "dpa"
//   newsAgencyName("Jane Doe")          // ""
//   agencyRegion("Belga", "fr")          // "fr-BE": the country the agency writes from

#include <string>

namespace readcast {

// The name said for the agency written `written` (any case, spaces collapsed), or "" for none.
std::string newsAgencyName(const std::string& written);

// The language with the region of a national agency's country, for copy in `primary` (a language's
// primary subtag) that it wrote ("Belga", "fr" is "fr-BE": Belgian French says "septante"); "" when the
// agency writes from no one country, or not in that language.
std::string agencyRegion(const std::string& agency, const std::string& primary);

}  // namespace readcast
