#pragma once
// Timed transcripts of a render, from its script and its timeline: each utterance a cue from where its
// speech starts to where it ends in the final audio. The cue text is what the article wrote (not the
// spoken form), so that a reader sees "$2.5bn" while hearing "two point five billion dollars".
//
//   std::string vtt = webVtt(script, timeline);        // WEBVTT, one cue an utterance
//   std::string srt = subRip(script, timeline);        // the same cues as SRT
//   std::string marks = speechMarks(script, timeline); // Amazon Polly-style JSON: sentences and words

#include <string>

#include "model/Script.hpp"
#include "model/Timeline.hpp"

namespace readcast {

std::string webVtt(const Script& script, const Timeline& timeline);
std::string subRip(const Script& script, const Timeline& timeline);

// A JSON array of speech marks, in the manner of Amazon Polly's: {"time": ms, "type": "sentence" or
// "word", "start"/"end": byte offsets into the spoken script (the utterances' spoken text, one a line,
// as `readcast script` prints it), "value": the text}.
std::string speechMarks(const Script& script, const Timeline& timeline);

}  // namespace readcast
