#pragma once
// Hands PCM to another sink on a worker thread through a bounded queue, so synthesis and encoding run
// side by side on two cores. The bound keeps memory flat: a fast producer waits for the encoder.
// Large pushes are split into small chunks so the bound is kept whatever the producer sends.
// An exception thrown by the inner sink is rethrown to the producer at its next call.
//
//   Mp3Encoder mp3(...);
//   ThreadedSink encoderThread(mp3);   // mp3's methods now run on the worker thread
//   encoderThread.init(44100); encoderThread.process(...); encoderThread.done();

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include "model/PcmSink.hpp"

namespace readcast {

class ThreadedSink : public PcmSink {
public:
    // The queue holds at most `max_queued_samples` (about 6 s at 44.1 kHz by default).
    explicit ThreadedSink(PcmSink& inner, std::size_t max_queued_samples = 1 << 18);
    ~ThreadedSink() override;
    ThreadedSink(const ThreadedSink&) = delete;
    ThreadedSink& operator=(const ThreadedSink&) = delete;

    void init(int sample_rate_hz) override;
    void process(const float* samples, std::size_t count) override;
    void done() override;

private:
    void work();
    void finishWorker();  // no more chunks: let the worker drain the queue and join it
    void rethrowWorkerError();

    PcmSink& inner_;
    std::size_t max_queued_;
    std::size_t queued_samples_ = 0;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::vector<float>> queue_;
    bool finished_ = false;   // producer called done()
    bool stopped_ = false;    // worker has exited
    std::exception_ptr error_;
    std::thread worker_;
};

}  // namespace readcast
