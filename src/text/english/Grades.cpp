// Marks given as grades: a school's letters with their stars ("A*AA"), a research rating's stars ("4*"),
// a British degree's class ("a 2:1"). eSpeak NG drops the star and takes a lone "A" for the article.
#include <string>

#include "text/english/NumberReading.hpp"
#include "text/english/Rules.hpp"

namespace readcast::english {
namespace {

bool gradeLetters(const std::string& w) {
    return !w.empty() && w.size() <= 4 && w.find_first_not_of("ABCDE") == std::string::npos;
}

}  // namespace

std::optional<Match> gradeRule(const Tokens& t, std::size_t i) {
    // "A*AA", "A*A*A": a set of grades, letters glued to their stars, each said ("A-star eh eh"); one star at least,
    // so that "AA" and "CDE" are left to the initialism rules, and two letters at least ("an A*" is the word rules').
    if (isKind(t, i, Kind::Word) && gradeLetters(t[i].text) && isSym(t, i + 1, "*") && (i == 0 || !isKind(t, i - 1, Kind::Word))) {
        std::string spoken;
        std::size_t k = i, letters = 0;
        while (isKind(t, k, Kind::Word) && gradeLetters(t[k].text)) {
            for (std::size_t c = 0; c < t[k].text.size(); ++c, ++letters) {
                // (An "A" is "eh", with its star too: "A-star" after "of" is the article to eSpeak NG.)
                const bool starred = c + 1 == t[k].text.size() && isSym(t, k + 1, "*");
                spoken += std::string(spoken.empty() ? "" : " ") + (t[k].text[c] == 'A' ? "eh" : std::string(1, t[k].text[c]));
                if (starred) spoken += "-star";
            }
            k += isSym(t, k + 1, "*") ? 2 : 1;
        }
        if (letters >= 2 && !isKind(t, k, Kind::Number) && !isDash(t, k)) return Match{k - i, spoken, "grade"};
    }
    // "312 candidates with A and A-", "got B- (minus)": a grade's letter with its minus glued, before no word (a list's "A-
    // and B-list" is no grade), in a sentence about grades.
    if (isKind(t, i, Kind::Word) && t[i].text.size() == 1 && t[i].text[0] >= 'A' && t[i].text[0] <= 'E' && isSym(t, i + 1, "-") &&
        (i == 0 || !isKind(t, i - 1, Kind::Word)) && !isKind(t, i + 2, Kind::Word) && !isKind(t, i + 2, Kind::Number) &&
        // (Nor one of letters joined to a word after them: "A- and B-list", "the A-, B- and C-class shares".)
        [&] {
            for (std::size_t k = i + 2; k < t.size() && k < i + 8; ++k) {
                if (isKind(t, k, Kind::Word) && t[k].text.size() == 1 && std::isupper(static_cast<unsigned char>(t[k].text[0])) && isSym(t, k + 1, "-")) {
                    return false;
                }
            }
            return true;
        }() &&
        anyWordIn(t, {"grade", "grades", "graded", "candidates", "students", "pupils", "scored", "score", "scores", "mean", "marks", "exam",
                      "exams", "examination", "results", "got", "earned", "achieved", "received", "rating", "rated", "class"})) {
        return Match{2, std::string(t[i].text == "A" ? "A-" : t[i].text + " ") + "minus", "grade"};
    }
    // "rated 4* for impact", "4* research": a rating of one to four stars, the star said.
    if (isKind(t, i, Kind::Number) && t[i].text.size() == 1 && t[i].text[0] >= '1' && t[i].text[0] <= '5' && isSym(t, i + 1, "*") &&
        (i + 2 >= t.size() || !isKind(t, i + 2, Kind::Number)) &&
        (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"rated", "graded", "as", "of", "the", "a"}) ||
         isWordIn(t, i + 3, {"research", "rating", "ratings", "rated", "quality", "hotel", "hotels", "for", "outputs", "impact"}))) {
        return Match{2, wholeWords(t[i].text) + "-star", "grade"};
    }
    // "a 2:1 degree", "a first or 2:1": a degree's upper or lower second, "two-one", "two-two".
    if (isKind(t, i, Kind::Number) && t[i].text == "2" && isSym(t, i + 1, ":") && isKind(t, i + 2, Kind::Number) &&
        (t[i + 2].text == "1" || t[i + 2].text == "2") &&
        // (Before "degree", or beside a first: "a first or 2:1", "a 2:1 or a first"; "a 2:1 ratio", "a 2:1 victory" are no class.)
        (isWordIn(t, i + 4, {"degree", "degrees", "honours"}) ||
         (i >= 4 && isWordIn(t, i - 2, {"or", "and"}) && isWordIn(t, i - 4, {"first", "firsts"})) ||
         (isWordIn(t, i + 4, {"or", "and"}) && isWordIn(t, i + 6, {"first", "firsts"})) || isWordIn(t, i + 8, {"first"}))) {
        return Match{3, std::string("two-") + (t[i + 2].text == "1" ? "one" : "two"), "grade"};
    }
    return std::nullopt;
}

}  // namespace readcast::english
