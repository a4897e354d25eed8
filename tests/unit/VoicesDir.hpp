#pragma once
// The project's own voices folder (narrator profiles, lexicons), which the unit tests read in place.

#include <string>

namespace readcast::testing {

inline const std::string kVoicesDir = std::string(READCAST_SOURCE_DIR) + "/voices";

}  // namespace readcast::testing
