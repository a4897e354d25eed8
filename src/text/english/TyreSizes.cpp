// A tyre's size as its maker prints it on the sidewall and a car review quotes it: "275/50R22", "P225/65R17",
// "LT265/70R17", "285/35ZR19". The width in millimetres, the sidewall's height as a share of it, the construction
// (radial, "ZR" for speed) and the rim's diameter in inches: a reviewer says "two seventy-five fifty R twenty-two",
// never "two hundred seventy-five slash fifty".

#include <cctype>
#include <string_view>
#include <vector>

#include "text/english/NumberReading.hpp"
#include "text/english/Rules.hpp"

namespace readcast::english {
namespace {

bool digitAt(std::string_view s, std::size_t k) { return k < s.size() && std::isdigit(static_cast<unsigned char>(s[k])) != 0; }
bool alnumAt(std::string_view s, std::size_t k) { return k < s.size() && std::isalnum(static_cast<unsigned char>(s[k])) != 0; }

}  // namespace

std::string withTyreSizes(const std::string& text, std::vector<Rewrite>* log) {
    if (text.find('/') == std::string::npos) return text;
    std::string out;
    std::size_t copied = 0;
    for (std::size_t slash = text.find('/'); slash != std::string::npos; slash = text.find('/', slash + 1)) {
        // Three digits of width before the slash (a passenger tyre's 135 to 395 mm), two of height after it.
        if (slash < 3 || !digitAt(text, slash - 1) || !digitAt(text, slash - 2) || !digitAt(text, slash - 3) || digitAt(text, slash - 4)) continue;
        const std::string_view width(text.data() + slash - 3, 3);
        if (width < "135" || width > "395" || !digitAt(text, slash + 1) || !digitAt(text, slash + 2)) continue;
        std::size_t k = slash + 3;
        const bool speed = k < text.size() && text[k] == 'Z';
        if (speed) ++k;
        if (k >= text.size() || text[k] != 'R' || !digitAt(text, k + 1) || !digitAt(text, k + 2) || alnumAt(text, k + 3)) continue;
        const std::string_view rim(text.data() + k + 1, 2);
        // (A truck's rim by the half inch: "295/75R22.5".)
        const bool half = k + 4 < text.size() && text[k + 3] == '.' && text[k + 4] == '5' && !alnumAt(text, k + 5);
        if (rim < "12" || rim > "24") continue;
        // A prefix for a passenger car's or a light truck's tyre, "P" or "LT", joined to the width.
        std::size_t start = slash - 3;
        std::string prefix;
        if (start >= 2 && text.compare(start - 2, 2, "LT") == 0 && (start == 2 || !alnumAt(text, start - 3))) {
            prefix = "L T ";
            start -= 2;
        } else if (start >= 1 && text[start - 1] == 'P' && (start == 1 || !alnumAt(text, start - 2))) {
            prefix = "P ";
            start -= 1;
        }
        if (prefix.empty() && start >= 1 && alnumAt(text, start - 1)) continue;
        const std::string said = prefix + pairWords(std::string(width)) + " " + wholeWords(text.substr(slash + 1, 2)) + (speed ? " Z R " : " R ") +
                                 wholeWords(std::string(rim)) + (half ? " point five" : "");
        const std::size_t end = half ? k + 5 : k + 3;
        if (log != nullptr) log->push_back({text.substr(start, end - start), said, "code"});
        out.append(text, copied, start - copied);
        out += said;
        copied = end;
        slash = end - 1;
    }
    if (copied == 0) return text;
    out.append(text, copied);
    return out;
}

}  // namespace readcast::english
