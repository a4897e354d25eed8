#pragma once

// A fixed set of words, sorted when the program is compiled.
//
//   constexpr WordSet kStreets({"Ave", "Rd", "Blvd"});
//   kStreets.count("Rd")  // 1
//
// A word list at namespace scope held in a std::set is built node by node before main, by every command of the
// program, and freed at its exit; this one costs nothing at the start and is looked up by binary search.

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

namespace readcast {

template <std::size_t N>
class WordSet {
public:
    consteval explicit WordSet(const std::string_view (&words)[N]) {
        std::copy(words, words + N, words_.begin());
        std::sort(words_.begin(), words_.end());
    }

    constexpr bool contains(std::string_view word) const { return std::binary_search(words_.begin(), words_.end(), word); }
    // (As std::set says it, so that a list can move to a WordSet without its callers changing.)
    constexpr std::size_t count(std::string_view word) const { return contains(word) ? 1 : 0; }

private:
    std::array<std::string_view, N> words_{};
};

template <std::size_t N>
WordSet(const std::string_view (&)[N]) -> WordSet<N>;

}  // namespace readcast
