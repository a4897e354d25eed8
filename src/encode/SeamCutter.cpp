#include "encode/SeamCutter.hpp"

#include <algorithm>
#include <cmath>

namespace readcast {
namespace {

// Below a 16-bit sample's smallest step: what eSpeak NG's pauses are, after gain and limiting too.
constexpr float kSilence = 1.0f / 65536.0f;
// lame_encode_flush pads the end to whole frames, and by at least this many samples so that the
// last real granule decodes completely (LAME's own constant, whatever the frame size).
constexpr std::int64_t kLameMinimumPadding = 576;

bool silent(float x) { return std::fabs(x) < kSilence; }

}  // namespace

std::int64_t SeamCutter::surplusFor(std::int64_t samples, int frame_size, int encoder_delay) {
    std::int64_t padding = frame_size - (encoder_delay + samples) % frame_size;
    if (padding < kLameMinimumPadding) padding += frame_size;
    return encoder_delay + padding;
}

std::int64_t SeamCutter::framesFor(std::int64_t samples, int frame_size, int encoder_delay) {
    return (samples + surplusFor(samples, frame_size, encoder_delay)) / frame_size;
}

SeamCutter::SeamCutter(const SeamPlan& plan, SegmentSink& out)
    : plan_(plan),
      out_(out),
      lead_(static_cast<std::size_t>(plan.frame_size)),
      needed_(lead_ + static_cast<std::size_t>(plan.encoder_delay + kLameMinimumPadding + plan.frame_size - 1) +
              static_cast<std::size_t>(plan.frame_size)) {
    pause_.reserve(needed_);
}

void SeamCutter::emit(const float* samples, std::size_t count) {
    if (count == 0) return;
    out_.append(samples, count);
    piece_ += static_cast<std::int64_t>(count);
}

void SeamCutter::releasePause(std::size_t count) {
    emit(pause_.data(), count);
    pause_.erase(pause_.begin(), pause_.begin() + static_cast<std::ptrdiff_t>(count));
}

void SeamCutter::cutInPause() {
    releasePause(lead_);
    const auto drop = static_cast<std::size_t>(surplusFor(piece_, plan_.frame_size, plan_.encoder_delay));
    pause_.erase(pause_.begin(), pause_.begin() + static_cast<std::ptrdiff_t>(drop));
    out_.cut();
    ++cuts_;
    piece_ = 0;
}

void SeamCutter::push(const float* samples, std::size_t count) {
    std::size_t i = 0;
    while (i < count) {
        std::size_t j = i;
        if (!silent(samples[i])) {
            while (j < count && !silent(samples[j])) ++j;
            releasePause(pause_.size());
            emit(samples + i, j - i);
            i = j;
            continue;
        }
        while (j < count && silent(samples[j])) ++j;
        while (i < j) {
            const std::size_t take = std::min(j - i, needed_ - pause_.size());
            pause_.insert(pause_.end(), samples + i, samples + i + take);
            i += take;
            if (pause_.size() < needed_) break;
            if (plan_.min_segment > 0 && piece_ + static_cast<std::int64_t>(lead_) >= static_cast<std::int64_t>(plan_.min_segment)) {
                cutInPause();
            } else {
                releasePause(pause_.size() - lead_);  // a long pause in a short piece: it stays in the piece
            }
        }
    }
}

void SeamCutter::finish() { releasePause(pause_.size()); }

}  // namespace readcast
