#include "audio/ThreadedSink.hpp"

namespace readcast {

ThreadedSink::ThreadedSink(PcmSink& inner, std::size_t max_queued_chunks)
    : inner_(inner), max_queued_(max_queued_chunks) {}

ThreadedSink::~ThreadedSink() {
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
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return queue_.size() < max_queued_ || stopped_; });
    rethrowWorkerError();
    queue_.emplace_back(samples, samples + count);
    lock.unlock();
    changed_.notify_all();
}

void ThreadedSink::done() {
    {
        std::lock_guard lock(mutex_);
        finished_ = true;
    }
    changed_.notify_all();
    if (worker_.joinable()) worker_.join();
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
