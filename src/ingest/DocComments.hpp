#pragma once
// A document exported from an online word processor with its reviewers' comments: each comment's anchor is a
// letter in square brackets after the words it is about ("in 1998.[a]"), and the comments themselves close the
// text, one a line after the same letter ("[a]Fiona — can we confirm 1998?"). The comments are the editors' private
// notes, never the story: they and their anchors go. A text whose letters in brackets are not such pairs (a list's
// "[a]" items, a quote's "[sic]") is returned as it is.
//
//   withoutDocComments("It opened in 1998.[a]\n\n[a]Can we confirm 1998?\n")   // "It opened in 1998.\n\n"

#include <string>

namespace readcast {

std::string withoutDocComments(const std::string& text);

}  // namespace readcast
