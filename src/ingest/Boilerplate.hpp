#pragma once
// Lines that are page furniture rather than article: comment-box prompts, newsletter and share
// prompts, audio-player labels, copyright lines; and credit lines (translation notes, "Reporting by").
// The rules are general phrases of web interfaces, never tied to one site.
//
//   isBoilerplate("To write comments, please log in to one of the accounts.")  // true
//   isCreditLine("Translated from the JoongAng Ilbo using generative AI ...")  // true

#include <string>

#include "core/Text.hpp"

namespace readcast {

bool isBoilerplate(const std::string& line);
// "(Continued from Page A7)", "See FLOODS, Page A8", "Fortsetzung auf Seite 3": a printed story's jump
// to or from another page, where a copy of the page breaks it.
bool isJumpLine(const std::string& line);
// A chat's or a transcript's header over a message or a turn: "Marie Kalsakau 08:12", "Speaker 4  1:10", "0:46".
bool isSpeakerStampLine(const std::string& trimmed);
bool isCreditLine(const std::string& line);
// "2 hours ago", "Updated 3 hours ago", "hace 2 horas", "vor 2 Stunden" (lower-cased): a page's time relative to
// when it was seen, which dates nothing once it is a recording.
bool isRelativeTime(const std::string& lower);

// "Home · Projects · Donate", "Nyheter / Norrbotten / Kultur": a row of a page's short items (buttons,
// sections, footer links) parted by one mark.
bool isRowOfShortItems(const std::string& line);

// "3 likes", "1.4k comments", "1 svar", "댓글 4": a post's count of reactions or replies, in several languages.
bool isReactionCount(const std::string& line);

// A paragraph of the story with a prompt run into it ("The storm hit on Monday. Send tips to
// tips@example.com. Residents fled."): the story's sentences without the prompt, or "" when what is left
// is not plainly the story's (it addresses the reader, or is mostly the prompt).
std::string storyAroundPrompts(const std::string& paragraph);

// A wire's or a paper's label of a story's version before its first words: "(3rd UPDATE) Get the latest…",
// "(UPDATE 2) The council…", "(REFILE) …" — the paragraph without it.
std::string withoutUpdateLabel(const std::string& paragraph);

// "and", "the", "of", "except": the line ends on a word no sentence or headline ends on, so something
// broke it (a hand-made line break, wrapping). `wrapped`: the line is one of a paragraph wrapped at one
// width, where other languages' articles and verbs that English writes too count as well.
bool endsOnJoiningWord(const std::string& line, bool wrapped = false);

// "Reference: Ruiz-Gallego C. et al. N Engl J Med. 2024;390(14):1287-98.": a paper's citation under its label, whole (its
// title's sentences with it).
bool isCitation(const std::string& paragraph);

// A paragraph of two sentences or more, one of them a prompt on its own ("Steun ons vanaf € 3 per maand.").
bool holdsAPrompt(const std::string& paragraph);

// "[00:03:05] PRIYA LAL: …", "(12:41) …": a recording's time code at `at` before a transcript's or a
// meeting's line, where the video is, not what was said. Where the line goes on after the code and its
// space; `at` when there is none.
std::size_t timeCodeEnd(const std::string& text, std::size_t at);

// A short line that ends without sentence punctuation (a label, heading or stray fragment).
bool isUnpunctuatedShortLine(const std::string& line, std::size_t maxWords);

// A football match's minute alone, as a live report sets it over an entry: "88'", "45+2'". Read, and never a heading.
bool isMatchMinute(const std::string& line);

}  // namespace readcast
