#include "encode/SegmentPipeline.hpp"

#include <algorithm>

namespace readcast {

struct SegmentPipeline::Segment {
    std::size_t index = 0;
    std::deque<std::vector<float>> chunks;
    bool closed = false;    // no more samples will come
    bool taken = false;     // a worker codes it
    bool finished = false;  // coded (or failed): `done` is complete
    Done done;
};

SegmentPipeline::SegmentPipeline(unsigned threads, std::size_t max_queued_samples, MakeCoder make, Deliver deliver)
    : make_(std::move(make)), deliver_(std::move(deliver)), max_queued_(std::max<std::size_t>(max_queued_samples, 1)) {
    // Chunks small enough that the bound is kept, large enough that locking is rare.
    chunk_ = std::clamp<std::size_t>(max_queued_ / 16, 1, 16384);
    threads = std::max(threads, 1u);
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
}

SegmentPipeline::~SegmentPipeline() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    for (std::thread& t : workers_) t.join();
}

void SegmentPipeline::rethrow() {
    if (error_) std::rethrow_exception(error_);
}

void SegmentPipeline::append(const float* samples, std::size_t count) {
    std::unique_lock<std::mutex> lock(mutex_);
    while (count > 0) {
        rethrow();
        deliverReady(lock);
        changed_.wait(lock, [&] { return queued_ < max_queued_ || error_ || (!segments_.empty() && segments_.front()->finished); });
        if (error_ || queued_ >= max_queued_) continue;
        if (open_ == nullptr) open();
        std::deque<std::vector<float>>& chunks = open_->chunks;
        if (chunks.empty() || chunks.back().size() >= chunk_) {
            chunks.emplace_back();
            chunks.back().reserve(chunk_);
        }
        const std::size_t n = std::min({count, chunk_ - chunks.back().size(), max_queued_ - queued_});
        chunks.back().insert(chunks.back().end(), samples, samples + n);
        open_->done.samples += n;
        queued_ += n;
        samples += n;
        count -= n;
        changed_.notify_all();
    }
}

void SegmentPipeline::open() {
    segments_.push_back(std::make_unique<Segment>());
    open_ = segments_.back().get();
    open_->index = opened_++;
}

void SegmentPipeline::cut() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (open_ == nullptr) return;
    open_->closed = true;
    open_ = nullptr;
    changed_.notify_all();
}

void SegmentPipeline::finish() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (opened_ == 0) open();  // no samples at all still make one (empty) piece
    }
    cut();
    std::unique_lock<std::mutex> lock(mutex_);
    while (!segments_.empty()) {
        rethrow();
        changed_.wait(lock, [&] { return error_ || segments_.front()->finished || !segments_.front()->done.bytes.empty(); });
        rethrow();
        deliverReady(lock);
    }
}

void SegmentPipeline::deliverReady(std::unique_lock<std::mutex>& lock) {
    while (!segments_.empty() && !error_) {
        Segment& front = *segments_.front();
        if (front.finished) {
            std::unique_ptr<Segment> s = std::move(segments_.front());
            segments_.pop_front();
            s->done.index = s->index;
            s->done.last = true;
            lock.unlock();
            deliver_(s->done);
            lock.lock();
            continue;
        }
        if (front.done.bytes.empty()) break;
        // The piece at the front is being coded: what it has so far is in order, and goes now.
        Done part;
        part.index = front.index;
        part.bytes.swap(front.done.bytes);
        lock.unlock();
        deliver_(part);
        lock.lock();
    }
}

void SegmentPipeline::work() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (true) {
        Segment* next = nullptr;
        changed_.wait(lock, [&] {
            if (stopping_) return true;
            for (const std::unique_ptr<Segment>& s : segments_) {
                if (!s->taken) {
                    next = s.get();
                    return true;
                }
            }
            return false;
        });
        if (stopping_) return;
        next->taken = true;
        lock.unlock();
        try {
            code(*next);
        } catch (...) {
            std::lock_guard<std::mutex> relock(mutex_);
            if (!error_) error_ = std::current_exception();
        }
        lock.lock();
        // A failed piece drops what it still holds, so the caller is never left waiting for room.
        for (const std::vector<float>& c : next->chunks) queued_ -= c.size();
        next->chunks.clear();
        next->finished = true;
        changed_.notify_all();
    }
}

void SegmentPipeline::code(Segment& s) {
    std::unique_ptr<SegmentCoder> coder = make_(s.index);
    std::vector<unsigned char> bytes;
    std::unique_lock<std::mutex> lock(mutex_);
    while (true) {
        changed_.wait(lock, [&] { return stopping_ || !s.chunks.empty() || s.closed; });
        if (stopping_) return;
        if (s.chunks.empty()) break;  // closed and drained
        // The open piece's last chunk may still be growing: take it only when full or when the piece is closed.
        if (s.chunks.size() == 1 && !s.closed && s.chunks.front().size() < chunk_) {
            changed_.wait(lock, [&] { return stopping_ || s.closed || s.chunks.size() > 1 || s.chunks.front().size() >= chunk_; });
            continue;
        }
        std::vector<float> chunk = std::move(s.chunks.front());
        s.chunks.pop_front();
        lock.unlock();
        coder->encode(chunk.data(), chunk.size(), bytes);
        lock.lock();
        queued_ -= chunk.size();
        // Coded bytes go where the caller can take them while the piece goes on (the first piece's
        // are written at once: a piece that is never cut never piles up in memory).
        s.done.bytes.insert(s.done.bytes.end(), bytes.begin(), bytes.end());
        bytes.clear();
        changed_.notify_all();
    }
    lock.unlock();
    coder->finish(bytes);
    lock.lock();
    s.done.bytes.insert(s.done.bytes.end(), bytes.begin(), bytes.end());
    s.done.coder = std::move(coder);
}

}  // namespace readcast
