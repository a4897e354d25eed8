#pragma once
// A story handed over by a chat assistant, pasted with the assistant's own words around it: "Sure!
// Here's the article with the ads removed:" before it, "Let me know if you'd like me to shorten it!"
// after it, and the summary it added under a last rule ("**Summary (3 key points):**"). Those words are
// taken out, so that only the story is read; a text with no such opening is returned as it is.
//
//   withoutAssistantWords("Sure! Here's the article:\n\n# Title\n…\n\nLet me know if …")  // "\n\n# Title\n…\n\n"

#include <string>

namespace readcast {

std::string withoutAssistantWords(std::string text);

}  // namespace readcast
