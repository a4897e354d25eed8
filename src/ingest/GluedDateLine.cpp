#include "ingest/GluedDateLine.hpp"

#include <regex>

namespace readcast {

std::string withDateLinesUnglued(const std::string& text) {
    // (Most texts hold no such line: a year glued to a clock's hour is looked for first.)
    static const std::regex kYearAndClock(
        "\\b((?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
        "\\.? \\d{1,2}, (?:19|20)\\d\\d)(\\d{1,2}:\\d\\d ?(?:AM|PM|am|pm|a\\.m\\.|p\\.m\\.)?)");
    if (!std::regex_search(text, kYearAndClock)) return text;
    std::string out = std::regex_replace(text, kYearAndClock, "$1 $2");
    // (Then a zone glued to the label after it: "GMT+8Updated", "AM ETUpdated", "PMUpdated".)
    static const std::regex kLabel("((?:AM|PM|GMT[+-]\\d{1,2}|UTC[+-]?\\d{0,2}|ET|EST|EDT|BST|CET|IST|SGT|HKT))(Updated|Published|Last updated)\\b");
    return std::regex_replace(out, kLabel, "$1 $2");
}

}  // namespace readcast
