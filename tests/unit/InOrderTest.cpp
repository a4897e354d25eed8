#include "core/InOrder.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace readcast;

// Items that take longer the earlier they are still come out first, each once.
TEST(InOrderTest, shouldHandResultsInTheirOrderWhateverFinishesFirst) {
    std::vector<std::size_t> seen;
    forEachInOrder(
        40, 4,
        [](std::size_t i) {
            std::this_thread::sleep_for(std::chrono::microseconds((40 - i) % 7 * 300));
            return i * 10;
        },
        [&](std::size_t i, std::size_t result) {
            EXPECT_EQ(result, i * 10);
            seen.push_back(i);
        });
    ASSERT_EQ(seen.size(), 40u);
    for (std::size_t i = 0; i < seen.size(); ++i) EXPECT_EQ(seen[i], i);
}

// While the first item is slow, the others run no further ahead than the window: four items a thread.
TEST(InOrderTest, shouldRunOnlyAFewItemsAheadOfTheOneAwaited) {
    std::atomic<std::size_t> started{0};
    std::size_t startedWhenFirstDone = 0;
    forEachInOrder(
        200, 2,
        [&](std::size_t i) {
            ++started;
            if (i == 0) std::this_thread::sleep_for(std::chrono::milliseconds(100));
            return i;
        },
        [&](std::size_t i, std::size_t) {
            if (i == 0) startedWhenFirstDone = started;
        });
    EXPECT_LE(startedWhenFirstDone, 8u);
    EXPECT_GE(startedWhenFirstDone, 2u);
    EXPECT_EQ(started, 200u);
}

// What the taker throws reaches the caller, and the threads are stopped (no crash at their end).
TEST(InOrderTest, shouldStopItsThreadsWhenTheTakerThrows) {
    std::atomic<std::size_t> made{0};
    EXPECT_THROW(forEachInOrder(
                     1000, 3, [&](std::size_t i) { return ++made, i; },
                     [](std::size_t i, std::size_t) {
                         if (i == 3) throw std::runtime_error("disk full");
                     }),
                 std::runtime_error);
    EXPECT_LT(made, 1000u);
    std::size_t count = 0;
    forEachInOrder(0, 4, [](std::size_t i) { return i; }, [&](std::size_t, std::size_t) { ++count; });
    EXPECT_EQ(count, 0u);
}
