#pragma once
// A Rich Text Format document (WordPad's, Word's "Save as RTF"), given as text: its words, paragraphs
// and characters, without the control words, font and colour tables and the other groups a reader does
// not read. "\par" ends a paragraph; "\'ea" is a byte in the document's code page ("\ansicpg1252");
// "\u8220?" a character by its number.
//
//   rtfAsText("{\\rtf1\\ansi {\\fonttbl…}Die re\\'ebn\\par}")   // "Die reën\n\n"

#include <string>

namespace readcast {

// `text`'s words when it is an RTF document ("{\rtf"), else `text` as it is.
std::string rtfAsText(const std::string& text);

}  // namespace readcast
