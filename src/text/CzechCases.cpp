#include "text/CzechCases.hpp"

#include <string_view>

#include "core/Ascii.hpp"
#include "core/Text.hpp"
#include "text/FramingText.hpp"
#include "text/RewriteScan.hpp"

namespace readcast {
namespace {

// The months in the genitive, as a date names them: "3. října".
constexpr const char* kCzechMonths[] = {"ledna", "\xC3\xBAnora", "b\xC5\x99" "ezna", "dubna", "kv\xC4\x9Btna", "\xC4\x8D" "ervna", "\xC4\x8D" "ervence", "srpna", "z\xC3\xA1\xC5\x99\xC3\xAD", "\xC5\x99\xC3\xADjna", "listopadu", "prosince"};
// Prepositions after which "§" is "paragrafu" (genitive, dative, locative), and those after which it is
// "paragrafem" (instrumental).
constexpr const char* kCzechObliquePrepositions[] = {"podle", "dle", "v", "ve", "z", "ze", "do", "od", "u", "k", "ke", "o", "po", "proti", "krom\xC4\x9B", "b\xC4\x9Bhem", "dl."};
constexpr const char* kCzechInstrumentalPrepositions[] = {"s", "se", "za", "p\xC5\231ed", "pod", "nad", "mezi"};

bool oneOf(const std::string& word, const auto& list) {
    for (const char* w : list) {
        if (word == w) return true;
    }
    return false;
}

}  // namespace

std::string withCzechCasesSaid(const std::string& text, std::vector<Rewrite>* log) {
    if (text.find_first_of("0123456789") == std::string::npos && text.find("\xC2\xA7") == std::string::npos) return text;
    return rewriteEach(text, log, [&](std::size_t i, std::string& spoken, const char*& kind) {
        // "podle § 256": the sign in its preposition's case.
        if (text.compare(i, 2, "\xC2\xA7") == 0) {
            const std::string before = lowerWordBefore(text, i);
            if (oneOf(before, kCzechObliquePrepositions)) spoken = "paragrafu";
            if (oneOf(before, kCzechInstrumentalPrepositions)) spoken = "paragrafem";
            kind = "abbreviation";
            return spoken.empty() ? i : i + 2;
        }
        // "3. října": the day an ordinal in the genitive (not "Praha 3." or a list's number).
        if (!isAsciiDigit(text[i]) || (i > 0 && (isAsciiDigit(text[i - 1]) || isWordByte(text[i - 1])))) return i;
        const std::size_t end = digitsEnd(text, i);
        // "5. 11. 2025", "5.11.2025": a date in figures, its month by name (eSpeak NG says "pět, jedenáct"); only
        // with its year, which eSpeak NG says well.
        if (end - i <= 2 && end + 1 < text.size() && text[end] == '.') {
            const std::size_t monthStart = end + (text[end + 1] == ' ' ? 2 : 1);
            const std::size_t monthEnd = digitsEnd(text, monthStart);
            if (monthEnd > monthStart && monthEnd - monthStart <= 2 && monthEnd + 1 < text.size() && text[monthEnd] == '.') {
                const std::size_t yearStart = monthEnd + (text[monthEnd + 1] == ' ' ? 2 : 1);
                const std::size_t yearEnd = digitsEnd(text, yearStart);
                const int day = std::stoi(text.substr(i, end - i)), month = std::stoi(text.substr(monthStart, monthEnd - monthStart));
                if (yearEnd - yearStart == 4 && (yearEnd == text.size() || (!isWordByte(text[yearEnd]) && !(text[yearEnd] == '.' && yearEnd + 1 < text.size() && isAsciiDigit(text[yearEnd + 1])))) &&
                    day >= 1 && day <= 31 && month >= 1 && month <= 12) {
                    const std::string dayWord = genitiveDay(day, "czech-genitive");
                    if (!dayWord.empty()) {
                        spoken = dayWord + " " + kCzechMonths[month - 1] + " " + text.substr(yearStart, 4);
                        kind = "date";
                        return yearEnd;
                    }
                }
            }
        }
        // "zveřejní 14. 2. na webu", "o víkendu 8. a 9. 3.": a day and its month in figures with no year, each with its dot; a
        // first day joined to it by "a" or a dash takes its case too ("osmého a devátého března").
        const auto monthAfter = [&](std::size_t dayEnd) -> std::pair<int, std::size_t> {
            if (dayEnd + 1 >= text.size() || text[dayEnd] != '.') return {0, 0};
            const std::size_t monthStart = dayEnd + (text[dayEnd + 1] == ' ' ? 2 : 1);
            const std::size_t monthEnd = digitsEnd(text, monthStart);
            if (monthEnd == monthStart || monthEnd - monthStart > 2 || monthEnd >= text.size() || text[monthEnd] != '.') return {0, 0};
            // (No year after it, which the rule above reads with it; no third figure; and no list of ordinals going on, "na
            // 2. 3. a 4. místě", "v 1. 2. a 3. kole".)
            std::size_t next = monthEnd + 1;
            while (next < text.size() && text[next] == ' ') ++next;
            if (next < text.size() && isAsciiDigit(text[next])) return {0, 0};
            for (const char* link : {"a ", "a\xC5\xBE ", ", ", "- ", "\xE2\x80\x93 "}) {
                const std::size_t n = std::char_traits<char>::length(link);
                std::size_t after = next;
                if (link[0] == ',' || link[0] == '-' || link[0] == '\xE2') after = monthEnd + 1;
                if (text.compare(after, n, link) == 0 && after + n < text.size() && isAsciiDigit(text[after + n])) return {0, 0};
            }
            const int month = std::stoi(text.substr(monthStart, monthEnd - monthStart));
            return month >= 1 && month <= 12 ? std::pair<int, std::size_t>{month, monthEnd + 1} : std::pair<int, std::size_t>{0, 0};
        };
        if (end - i <= 2) {
            const int day = std::stoi(text.substr(i, end - i));
            if (const auto [month, after] = monthAfter(end); month != 0 && day >= 1 && day <= 31) {
                spoken = genitiveDay(day, "czech-genitive");
                if (!spoken.empty()) {
                    spoken += std::string(" ") + kCzechMonths[month - 1];
                    kind = "date";
                    // (The sentence's stop after it stays: "… 9. 3." ends on the month's dot.)
                    return after == text.size() ? after - 1 : after;
                }
            }
            for (const char* link : {". a ", ". - ", ". \xE2\x80\x93 "}) {
                const std::size_t n = std::char_traits<char>::length(link);
                if (text.compare(end, n, link) != 0) continue;
                const std::size_t second = end + n;
                const std::size_t secondEnd = digitsEnd(text, second);
                if (secondEnd == second || secondEnd - second > 2 || monthAfter(secondEnd).first == 0 || day < 1 || day > 31) break;
                spoken = genitiveDay(day, "czech-genitive");
                kind = "date";
                return spoken.empty() ? i : end + 1;
            }
        }
        // "o 0,6 p. b.", "o 2 p. b.": percentage points, in the number's case (a decimal's genitive; two to four, five and more).
        {
            std::size_t figureEnd = end;
            if (figureEnd + 1 < text.size() && text[figureEnd] == ',' && isAsciiDigit(text[figureEnd + 1])) figureEnd = digitsEnd(text, figureEnd + 1);
            for (const char* points : {" p. b.", " p.b."}) {
                const std::size_t n = std::char_traits<char>::length(points);
                if (text.compare(figureEnd, n, points) != 0 || (figureEnd + n < text.size() && isWordByte(text[figureEnd + n]))) continue;
                const bool decimal = figureEnd != end;
                const long whole = end - i <= 9 ? std::stol(text.substr(i, end - i)) : 10;
                const char* said = decimal ? "procentn\xC3\xAD" "ho bodu" : whole == 1 ? "procentn\xC3\xAD bod" : whole >= 2 && whole <= 4 ? "procentn\xC3\xAD body"
                                                                                                         : "procentn\xC3\xAD" "ch bod\xC5\xAF";
                spoken = text.substr(i, figureEnd - i) + " " + said;
                kind = "unit";
                // (The sentence's stop stays when the short form's dot ends it.)
                const std::size_t stop = figureEnd + n;
                return stop == text.size() ? stop - 1 : stop;
            }
        }
        if (end - i > 2 || end + 2 >= text.size() || text[end] != '.' || text[end + 1] != ' ') return i;
        std::size_t wordEnd = end + 2;
        while (wordEnd < text.size() && isWordByte(text[wordEnd])) ++wordEnd;
        // "v 1. čtvrtletí", "za 3. čtvrtletí", "od 2. pololetí": a quarter's or a half's number, an ordinal in the case its
        // preposition gives the neuter noun (eSpeak NG said "v jeden čtvrtletí").
        if (const std::string noun = text.substr(end + 2, wordEnd - end - 2); noun == "\xC4\x8Dtvrtlet\xC3\xAD" || noun == "pololet\xC3\xAD") {
            const int n = std::stoi(text.substr(i, end - i));
            if (n < 1 || n > 4) return i;
            const std::string before = lowerWordBefore(text, i);
            static const char* const kNominative[] = {"prvn\xC3\xAD", "druh\xC3\xA9", "t\xC5\231et\xC3\xAD", "\xC4\x8Dtvrt\xC3\xA9"};
            static const char* const kLocative[] = {"prvn\xC3\xADm", "druh\xC3\xA9m", "t\xC5\231et\xC3\xADm", "\xC4\x8Dtvrt\xC3\xA9m"};
            static const char* const kGenitive[] = {"prvn\xC3\xADho", "druh\xC3\xA9ho", "t\xC5\231et\xC3\xADho", "\xC4\x8Dtvrt\xC3\xA9ho"};
            static const char* const kDative[] = {"prvn\xC3\xADmu", "druh\xC3\xA9mu", "t\xC5\231et\xC3\xADmu", "\xC4\x8Dtvrt\xC3\xA9mu"};
            static const char* const kInstrumental[] = {"prvn\xC3\xADm", "druh\xC3\xBDm", "t\xC5\231et\xC3\xADm", "\xC4\x8Dtvrt\xC3\xBDm"};
            const char* const* forms = kNominative;
            if (before == "v" || before == "ve" || before == "o" || before == "po" || before == "p\xC5\x99i") forms = kLocative;
            else if (before == "od" || before == "do" || before == "z" || before == "ze" || before == "b\xC4\x9Bhem" || before == "u" || before == "krom\xC4\x9B") forms = kGenitive;
            else if (before == "k" || before == "ke" || before == "oproti" || before == "v\xC5\xAF\xC4\x8Di" || before == "d\xC3\xADky" ||
                     before == "kv\xC5\xAFli") {
                forms = kDative;
            }
            else if (before == "s" || before == "se" || before == "p\xC5\231ed" || before == "pod" || before == "nad" || before == "mezi") forms = kInstrumental;
            spoken = forms[n - 1];
            kind = "ordinal";
            return end + 1;
        }
        if (!oneOf(text.substr(end + 2, wordEnd - end - 2), kCzechMonths)) return i;
        spoken = genitiveDay(std::stoi(text.substr(i, end - i)), "czech-genitive");
        kind = "date";
        return spoken.empty() ? i : end + 1;
    });
}

}  // namespace readcast
