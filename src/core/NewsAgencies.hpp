#pragma once
// News agencies as copy names them, and the name a newsreader says: a byline ("From dpa."), a
// dateline's brackets ("Berlin (dpa) -"), the credit that closes a wire story ("(ANSA)").
//
//   newsAgencyName("Thomson Reuters")   // "Reuters"
//   newsAgencyName("dpa")               // "dpa"
//   newsAgencyName("Jane Doe")          // ""

#include <string>

namespace readcast {

// The name said for the agency written `written` (any case, spaces collapsed), or "" for none.
std::string newsAgencyName(const std::string& written);

}  // namespace readcast
