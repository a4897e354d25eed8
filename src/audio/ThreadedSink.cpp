#include "audio/ThreadedSink.hpp"

#include <algorithm>

namespace readcast {

namespace {
constexpr std::size_t kChunkSamples = 16384;
}

ThreadedSink::ThreadedSink(PcmSink& inner, std::size_t max_queued_samples)
    : inner_(inner), max_queued_(std::max(max_queued_samples, kChunkSamples)) {}

ThreadedSink::~ThreadedSink() { finishWorker(); }

void ThreadedSink::finishWorker() {
    {
        std::lock_guard lock(mutex_);
        finished_ = true;
    }
    changed_.notify_all();
    if (worker_.joinable()) worker_.join();
}

void ThreadedSink::init(int sample_rate_hz) {
    inner_.init(sample_rate_hz);  // on the caller's thread, so set-up errors surface at once
    worker_ = std::thread(&ThreadedSink::work, this);
}

void ThreadedSink::rethrowWorkerError() {
    if (error_) std::rethrow_exception(error_);
}

void ThreadedSink::process(const float* samples, std::size_t count) {
    for (std::size_t offset = 0; offset < count; offset += kChunkSamples) {
        const std::size_t n = std::min(kChunkSamples, count - offset);
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return queued_samples_ + n <= max_queued_ || stopped_; });
        rethrowWorkerError();
        if (stopped_) return;  // the worker ended early; done() reports why
        queue_.emplace_back(samples + offset, samples + offset + n);
        queued_samples_ += n;
        lock.unlock();
        changed_.notify_all();
    }
}

void ThreadedSink::done() {
    finishWorker();
    rethrowWorkerError();
    inner_.done();
}

void ThreadedSink::work() {
    try {
        for (;;) {
            std::vector<float> chunk;
            {
                std::unique_lock lock(mutex_);
                changed_.wait(lock, [&] { return !queue_.empty() || finished_; });
                if (queue_.empty()) break;
                chunk = std::move(queue_.front());
                queue_.pop_front();
                queued_samples_ -= chunk.size();
            }
            changed_.notify_all();
            inner_.process(chunk.data(), chunk.size());
        }
    } catch (...) {
        std::lock_guard lock(mutex_);
        error_ = std::current_exception();
    }
    std::lock_guard lock(mutex_);
    stopped_ = true;
    changed_.notify_all();
}

}  // namespace readcast
