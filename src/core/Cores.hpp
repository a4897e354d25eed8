#pragma once
// How many threads "0: one per core" means on this machine, and how many this process runs.
//
//   unsigned n = threadsOrCores(settings.threads);   // settings.threads, or the core count when 0
//   if (threadsOfThisProcess() == 1) ...              // fork() copies every lock this thread alone holds

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <system_error>
#include <thread>

namespace readcast {

// The machine's cores, at least one (the standard library may not know and say 0).
inline unsigned cores() { return std::max(1u, std::thread::hardware_concurrency()); }

// `asked`, or one thread per core when it is 0.
inline unsigned threadsOrCores(unsigned asked) { return asked > 0 ? asked : cores(); }

// The threads this process runs now, from the kernel's list of its tasks (0 when it cannot be read).
inline std::size_t threadsOfThisProcess() {
    std::error_code ec;
    std::size_t n = 0;
    for (std::filesystem::directory_iterator it("/proc/self/task", ec), end; !ec && it != end; it.increment(ec)) ++n;
    return ec ? 0 : n;
}

}  // namespace readcast
