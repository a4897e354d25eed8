#pragma once
// `script --explain`: each rewrite under its line, "    written -> spoken  [rule]".

#include <ostream>
#include <vector>

#include "model/Script.hpp"

namespace readcast {

inline void printRewrites(std::ostream& out, const std::vector<Rewrite>& rewrites) {
    for (const Rewrite& r : rewrites) out << "    " << r.written << " -> " << r.spoken << "  [" << r.rule << "]\n";
}

}  // namespace readcast
