#pragma once
// A quotation set with its speaker after a dash, as a pull quote or a block quote prints it: "“… nobody's laughing.” —
// Sir Peter Beck". Read as it stands the name runs on from the quote with no verb, and the listener takes it for the
// quote's last words; a newsreader says who said it: "“… nobody's laughing,” said Sir Peter Beck."
//
//   withSpokenAttribution("\"Nobody's laughing.\" — Sir Peter Beck")   // "\"Nobody's laughing,\" said Sir Peter Beck."

#include <string>

namespace readcast {

// The text with its closing attribution said, or as it was when it has none. A block quote's text, `quoteBlock`, needs no
// quotation marks: "The data does not lie. — Sen. Uzochukwu, in a statement" is "The data does not lie, said Sen. Uzochukwu,
// in a statement."
std::string withSpokenAttribution(const std::string& text, bool quoteBlock = false);

}  // namespace readcast
