#pragma once
// A page's date line copied from a browser, whose parts were set in elements of their own and run together
// with no space between them: Reuters' "January 21, 20259:14 AM GMT+8Updated 2 hours ago". The year, the
// time, the zone and the update's label are set apart again, so that the date is read as one and the
// line is known for the page's date line.
//
//   withDateLinesUnglued("January 21, 20259:14 AM GMT+8Updated 2 hours ago")
//       // "January 21, 2025 9:14 AM GMT+8 Updated 2 hours ago"

#include <string>

namespace readcast {

std::string withDateLinesUnglued(const std::string& text);

}  // namespace readcast
