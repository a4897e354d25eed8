#pragma once
// An e-mail saved whole (an .eml file, a message's "show original" pasted as text): its headers, MIME
// parts and transfer encodings. The message becomes the text a reader of it sees: its From, Date and
// Subject lines (encoded words decoded), then its plain-text part, quoted-printable or base64 decoded and
// converted to UTF-8 from its charset; with no plain-text part, its HTML part without tags. The other
// headers, the part boundaries and the attachments are not read. A text that is no such message is
// returned as it is.
//
//   mailMessageAsText("From: …\nSubject: =?UTF-8?Q?Br=C3=BCcke?=\nMIME-Version: 1.0\n…")
//       // "From: …\nSubject: Brücke\n\n<the plain-text part>"

#include <string>

namespace readcast {

std::string mailMessageAsText(const std::string& text);

}  // namespace readcast
