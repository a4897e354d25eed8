#pragma once
// One article's whole chain, as a library call: read it, choose its narrator, build its script, speak
// it, resample, encode and tag it, and put every file in place at once (or none). No command line, no
// printing: callers print the result.
//
//   RenderResult r = render(job);              // with eSpeak NG
//   RenderResult r = render(job, fakeTts);     // any Synthesizer, for tests
//   Narration n = prepareNarration(job.script); // what would be said, without any audio

#include "core/Install.hpp"
#include "encode/EncoderSettings.hpp"
#include "render/RenderJob.hpp"
#include "speech/Synthesizer.hpp"

namespace readcast {

Narration prepareNarration(const ScriptJob& job);

RenderResult render(const RenderJob& job);
RenderResult render(const RenderJob& job, Synthesizer& tts);

// A narration put together by the caller (an edition of many articles) spoken and written as render
// does; job.script.article is not read.
RenderResult renderNarration(const RenderJob& job, Narration narration);
RenderResult renderNarration(const RenderJob& job, Narration narration, Synthesizer& tts);


}  // namespace readcast
