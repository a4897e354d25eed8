#pragma once
// Work on several threads, results in their order: item i is made by `make(i)` on one of `threads`
// threads and handed to `take(i, result)` on the calling thread, in order 0, 1, 2 … Only a few items
// run ahead of the one awaited (a window of four a thread), so memory holds a few results, however many
// items there are.
//
//   forEachInOrder(paths.size(), cores(), [&](std::size_t i) { return read(paths[i]); },
//                  [&](std::size_t, Article a) { print(a); });
//
// `make` must not throw (return the error as part of the result); `take` may, and the threads still
// running finish their current item and stop.

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <map>
#include <mutex>
#include <thread>
#include <type_traits>
#include <vector>

namespace readcast {

template <typename Make, typename Take>
void forEachInOrder(std::size_t count, unsigned threads, Make make, Take take) {
    using Result = std::invoke_result_t<Make&, std::size_t>;
    threads = static_cast<unsigned>(std::clamp<std::size_t>(threads, 1, std::max<std::size_t>(count, 1)));
    if (threads == 1) {
        for (std::size_t i = 0; i < count; ++i) take(i, make(i));
        return;
    }
    const std::size_t window = 4 * static_cast<std::size_t>(threads);
    std::mutex mutex;
    std::condition_variable changed;
    std::map<std::size_t, Result> ready;
    std::size_t next = 0;   // the next item a thread takes up
    std::size_t taken = 0;  // items handed to `take`
    bool stop = false;
    const auto work = [&] {
        for (;;) {
            std::size_t i = 0;
            {
                std::unique_lock<std::mutex> lock(mutex);
                changed.wait(lock, [&] { return stop || next >= count || next < taken + window; });
                if (stop || next >= count) return;
                i = next++;
            }
            Result result = make(i);
            {
                const std::lock_guard<std::mutex> lock(mutex);
                ready.emplace(i, std::move(result));
            }
            changed.notify_all();
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(threads);
    const auto finish = [&] {
        {
            const std::lock_guard<std::mutex> lock(mutex);
            stop = true;
        }
        changed.notify_all();
        for (std::thread& t : pool) t.join();
    };
    try {
        for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);  // (a thread that cannot start throws here)
        for (std::size_t i = 0; i < count; ++i) {
            std::unique_lock<std::mutex> lock(mutex);
            changed.wait(lock, [&] { return ready.count(i) != 0; });
            Result result = std::move(ready.at(i));
            ready.erase(i);
            lock.unlock();
            take(i, std::move(result));
            lock.lock();
            ++taken;
            lock.unlock();
            changed.notify_all();
        }
    } catch (...) {
        finish();
        throw;
    }
    finish();
}

}  // namespace readcast
