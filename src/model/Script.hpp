#pragma once
// Script: everything the narrator will say, in reading order, each utterance with how its written
// form became its spoken one. `readcast script` prints it; the speech stage speaks it. Pauses are in
// milliseconds and come from the narrator profile.
//
//   Script s = buildScript(article, ScriptOptions{});
//   for (const Utterance& u : s.utterances) speak(u.text), pause(u.pause_after_ms);

#include <string>
#include <vector>

namespace readcast {

enum class Role { Title, Intro, Heading, Body, Quote, ListItem, Caption, Outro };

const char* toString(Role role);

// One rewrite the normalizer made: "Apr. 29" -> "April twenty-ninth" [date].
struct Rewrite {
    std::string written;
    std::string spoken;
    std::string rule;  // "money", "date", "lexicon", ...
};

struct Utterance {
    std::string text;  // what is said: normalized
    Role role = Role::Body;
    std::string language = "en";
    int pause_after_ms = 0;
    int block = -1;  // index into Article::blocks; -1 for title, intro and outro
    bool continues = false;  // the rest of the utterance before it, cut for length (a long headline)
    std::string written;            // as the article wrote it
    std::vector<Rewrite> rewrites;  // how `written` became `text`
};

struct Script {
    std::vector<Utterance> utterances;
    int code_passages_dropped = 0;  // text that looked like program code or data, never spoken
    bool many_stories = false;      // an edition: each headline starts a story (and a chapter)
};

}  // namespace readcast
