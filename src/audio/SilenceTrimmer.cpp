#include "audio/SilenceTrimmer.hpp"

#include <algorithm>

namespace readcast {

void SilenceTrimmer::process(const float* samples, std::size_t count) {
    std::size_t from = 0;
    if (!speaking_) {
        std::size_t j = 0;
        while (j < count && !loud(samples[j])) ++j;
        held_.insert(held_.end(), samples, samples + j);
        if (j == count) {
            // Still quiet: only the last `margin` samples can be kept.
            if (held_.size() > margin_) held_.erase(held_.begin(), held_.end() - static_cast<std::ptrdiff_t>(margin_));
            given_ += count;
            return;
        }
        const std::size_t loudAt = given_ + j;
        first_ = loudAt > margin_ ? loudAt - margin_ : 0;
        const std::size_t lead = loudAt - first_;
        pass(held_.data() + (held_.size() - lead), lead);
        held_.clear();
        speaking_ = true;
        from = j;
    }
    std::size_t end = count;  // one past the chunk's last loud sample
    while (end > from && !loud(samples[end - 1])) --end;
    if (end > from) {
        // The quiet run held so far was a gap inside the speech.
        pass(held_.data(), held_.size());
        held_.clear();
        pass(samples + from, end - from);
        last_loud_ = given_ + end;
    }
    held_.insert(held_.end(), samples + std::max(end, from), samples + count);
    given_ += count;
}

SilenceTrimmer::Kept SilenceTrimmer::finish() {
    Kept kept;
    if (!speaking_) {
        pass(held_.data(), held_.size());
        kept = {given_ - held_.size(), given_};
    } else {
        const std::size_t tail = std::min(held_.size(), margin_);
        pass(held_.data(), tail);
        kept = {first_, last_loud_ + tail};
    }
    held_.clear();
    given_ = 0;
    speaking_ = false;
    first_ = last_loud_ = 0;
    return kept;
}

}  // namespace readcast
