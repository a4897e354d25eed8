#pragma once
// How many threads "0: one per core" means on this machine.
//
//   unsigned n = threadsOrCores(settings.threads);   // settings.threads, or the core count when 0

#include <algorithm>
#include <thread>

namespace readcast {

// The machine's cores, at least one (the standard library may not know and say 0).
inline unsigned cores() { return std::max(1u, std::thread::hardware_concurrency()); }

// `asked`, or one thread per core when it is 0.
inline unsigned threadsOrCores(unsigned asked) { return asked > 0 ? asked : cores(); }

}  // namespace readcast
