#pragma once
// Codes the pieces a SeamCutter makes on several threads at once, and hands the coded bytes back in
// order on the caller's thread (the front piece's as they are coded, the others' when it is done). Each piece gets its own coder (its own LAME encoder); a piece starts
// coding as soon as its first samples arrive, so nothing waits for a whole piece to be buffered.
// Memory stays flat: at most `max_queued_samples` wait in all pieces together (the caller waits when
// they are full), and coded bytes are handed on as soon as every earlier piece is done.
// An exception in a coder is rethrown to the caller at its next call.
//
//   SegmentPipeline pipeline(2, 1 << 20, [&](std::size_t i) { return makeCoder(i); },
//                            [&](SegmentPipeline::Done& d) { out.write(d.bytes); });
//   pipeline.append(pcm, n); pipeline.cut(); pipeline.append(...); pipeline.finish();

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "encode/SeamCutter.hpp"

namespace readcast {

// One piece's encoder, used by one thread at a time.
class SegmentCoder {
public:
    virtual ~SegmentCoder() = default;
    virtual void encode(const float* samples, std::size_t count, std::vector<unsigned char>& out) = 0;
    virtual void finish(std::vector<unsigned char>& out) = 0;
};

class SegmentPipeline : public SegmentSink {
public:
    // A piece's coded bytes, in order: the piece at the front is handed on in parts as it is coded;
    // its last part (`last`) carries its sample count and its coder.
    struct Done {
        std::size_t index = 0;
        bool last = false;
        std::size_t samples = 0;              // with the last part
        std::vector<unsigned char> bytes;
        std::unique_ptr<SegmentCoder> coder;  // with the last part; the receiver may keep it
    };
    using MakeCoder = std::function<std::unique_ptr<SegmentCoder>(std::size_t index)>;
    using Deliver = std::function<void(Done&)>;

    SegmentPipeline(unsigned threads, std::size_t max_queued_samples, MakeCoder make, Deliver deliver);
    ~SegmentPipeline() override;
    SegmentPipeline(const SegmentPipeline&) = delete;
    SegmentPipeline& operator=(const SegmentPipeline&) = delete;

    void append(const float* samples, std::size_t count) override;
    void cut() override;
    void finish();  // codes what is left and delivers every piece

private:
    struct Segment;
    void open();  // a new piece at the end; with mutex_ held
    void work();
    void code(Segment& s);
    // Delivers the finished pieces at the front; called with `lock` held, releases it while delivering.
    void deliverReady(std::unique_lock<std::mutex>& lock);
    void rethrow();

    MakeCoder make_;
    Deliver deliver_;
    std::size_t max_queued_;
    std::size_t chunk_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::unique_ptr<Segment>> segments_;  // in order; the front is the next to deliver
    Segment* open_ = nullptr;
    std::size_t opened_ = 0;
    std::size_t queued_ = 0;
    bool stopping_ = false;
    std::exception_ptr error_;
    std::vector<std::thread> workers_;
};

}  // namespace readcast
