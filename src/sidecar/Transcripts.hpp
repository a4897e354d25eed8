#pragma once
// Timed transcripts of a render, from its script and its timeline: each utterance a cue from where its
// speech starts to where it ends in the final audio. The cue text is what the article wrote (not the
// spoken form), so that a reader sees "$2.5bn" while hearing "two point five billion dollars".
//
//   std::string vtt = webVtt(script, timeline);        // WEBVTT, one cue an utterance
//   std::string srt = subRip(script, timeline);        // the same cues as SRT
//   std::string marks = speechMarks(script, timeline); // Amazon Polly-style JSON: sentences and words

#include <string>
#include <vector>

#include "model/Script.hpp"
#include "model/Timeline.hpp"

namespace readcast {

std::string webVtt(const Script& script, const Timeline& timeline);
// The text of an utterance's cue: what the article wrote (else what is said), on one line.
std::string cueText(const Utterance& utterance);
std::string subRip(const Script& script, const Timeline& timeline);

// A JSON array of speech marks, in the manner of Amazon Polly's: {"time": ms, "type": "sentence" or
// "word", "start"/"end": byte offsets into the spoken script (the utterances' spoken text, one a line,
// as `readcast script` prints it), "value": the text}.
std::string speechMarks(const Script& script, const Timeline& timeline);

// The cues of a WebVTT file as webVtt writes them (and as most others do): times in seconds, the text
// with its entities decoded and its lines joined by a space. Blocks that are not cues (NOTE, STYLE,
// REGION) are passed over; a malformed timing line ends nothing but its own block.
struct TimedCue {
    double start_s = 0;
    double end_s = 0;
    std::string text;
};
std::vector<TimedCue> readWebVtt(const std::string& vtt);

}  // namespace readcast
