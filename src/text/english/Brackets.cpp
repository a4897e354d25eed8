// Brackets that a reader's eye passes over and a listener must not hear as pauses: footnote markers
// ("shift[1]", "claims[2]", "[citation needed]"), editorial insertions that complete a word ("say[s]",
// "[T]he", "vow[ed]") or a phrase ("this [attack] is"), and optional prefixes and plurals
// ("(multi)media", "friend(s)"). Runs on the text before it is split into tokens.

#include <cctype>
#include <cstring>
#include <algorithm>
#include <regex>
#include <string_view>

#include "core/Text.hpp"
#include "text/english/Rules.hpp"

namespace readcast::english {
namespace {

bool isLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool isWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80; }

}  // namespace

// Superscript digits set as characters ("3.2%¹", "the report²"): note marks, not read.
std::string withoutSuperscriptMarks(const std::string& text, std::vector<Rewrite>* log) {
    static const char* const kMarks[] = {"\xC2\xB9", "\xC2\xB2", "\xC2\xB3", "\xE2\x81\xB4", "\xE2\x81\xB5",
                                         "\xE2\x81\xB6", "\xE2\x81\xB7", "\xE2\x81\xB8", "\xE2\x81\xB9", "\xE2\x81\xB0"};
    // Most texts have none: look for the marks' first two bytes before copying anything.
    bool any = false;
    for (std::size_t k = 0; k + 1 < text.size() && !any; ++k) {
        const unsigned char a = static_cast<unsigned char>(text[k]), b = static_cast<unsigned char>(text[k + 1]);
        any = (a == 0xC2 && (b == 0xB9 || b == 0xB2 || b == 0xB3)) || (a == 0xE2 && b == 0x81);
    }
    if (!any) return text;
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const char* mark = nullptr;
        const unsigned char lead = static_cast<unsigned char>(text[i]);
        for (const char* m : kMarks) {
            if (lead != static_cast<unsigned char>(m[0])) continue;  // only the two lead bytes of the marks are looked at
            if (text.compare(i, std::strlen(m), m) == 0) mark = m;
        }
        if (mark == nullptr) {
            out += text[i++];
            continue;
        }
        // After a word of three letters or more, "%", a closing quote or bracket or a full stop; not on a
        // variable or a unit, where it is a power ("x²", "mc²", "km²", "m³").
        const char before = out.empty() ? ' ' : out.back();
        std::size_t letters = 0;
        while (letters < out.size() && std::isalpha(static_cast<unsigned char>(out[out.size() - 1 - letters]))) ++letters;
        const bool word = letters >= 3 && before != 'm' && before != 'M';
        if (word || before == '%' || before == ')' || before == '"' || before == '.') {
            if (log != nullptr) log->push_back({mark, "", "brackets"});
            i += std::strlen(mark);
            continue;
        }
        out += text[i++];
    }
    return out;
}

std::string editorialBrackets(const std::string& input, std::vector<Rewrite>* log) {
    const std::string text = withoutSuperscriptMarks(input, log);
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    bool pinpointed = false;  // the last brackets held a judgment's paragraph: "[12] and [13]"
    while (i < text.size()) {
        const char open = text[i];
        if (open != '[' && open != '(') {
            out += text[i++];
            continue;
        }
        const char close = open == '[' ? ']' : ')';
        const std::size_t end = text.find(close, i + 1);
        if (end == std::string::npos || end - i > 60) {
            out += text[i++];
            continue;
        }
        const std::string inside = text.substr(i + 1, end - i - 1);
        const bool gluedBefore = i > 0 && isWordChar(text[i - 1]);
        // A spaced note mark where the sentence or clause ends: "in the report [1].", "said [3],".
        const bool spacedNote = open == '[' && i > 0 && text[i - 1] == ' ' && end - i <= 4 && end - i >= 2 &&
                                (end + 1 >= text.size() || std::string_view(".,;:").find(text[end + 1]) != std::string_view::npos);
        // A judgment's paragraph, cited by its number in brackets: "Carr LJ said at [45]:", "at [45]-[47]", "paras [12] and [13]" —
        // a place in the judgment, said as one ("at paragraph 45"), where a note's mark is dropped.
        if (open == '[' && i > 0 && text[i - 1] == ' ' && !inside.empty() && inside.size() <= 3 &&
            std::all_of(inside.begin(), inside.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
            std::size_t w = out.size();
            while (w > 0 && out[w - 1] == ' ') --w;
            std::size_t start = w;
            while (start > 0 && std::isalpha(static_cast<unsigned char>(out[start - 1]))) --start;
            std::string word = out.substr(start, w - start);
            for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            const bool joined = (word == "and" || word == "to") && pinpointed;
            // ("at" only in a judgment's words, and with no word after the brackets: "peaked at [5] degrees" is a figure's.)
            const bool judgment = containsAnyOf(text, {" LJ", " J ", " J:", "judge", "Judge", "court", "Court", "judgment", "judgement", "Justice",
                                                       "tribunal", "Tribunal", " held"});
            const bool wordAfter = end + 2 < text.size() && text[end + 1] == ' ' && std::isalpha(static_cast<unsigned char>(text[end + 2])) &&
                                   text.compare(end + 1, 5, " and ") != 0 && text.compare(end + 1, 4, " to ") != 0;
            if ((word == "at" && judgment && !wordAfter) || word == "para" || word == "paras" || word == "paragraph" || word == "paragraphs" || joined) {
                // (A range after it: "[45]-[47]", "[45]–[47]".)
                std::string last;
                std::size_t next = end + 1;
                for (const char* dash : {"-[", "\xE2\x80\x93["}) {
                    const std::size_t n = std::strlen(dash);
                    if (text.compare(end + 1, n, dash) != 0) continue;
                    const std::size_t close2 = text.find(']', end + 1 + n);
                    const std::string second = close2 == std::string::npos ? "" : text.substr(end + 1 + n, close2 - end - 1 - n);
                    if (!second.empty() && second.size() <= 3 &&
                        std::all_of(second.begin(), second.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
                        last = second;
                        next = close2 + 1;
                    }
                }
                std::string said = inside + (last.empty() ? "" : " to " + last);
                // ("at [12] and [13]": two of them.)
                const bool several = !last.empty() || text.compare(next, 6, " and [") == 0;
                if (word == "at") said = (several ? "paragraphs " : "paragraph ") + said;
                if (word == "para" || word == "paras") {
                    out.erase(start);
                    said = (word == "para" && last.empty() ? "paragraph " : "paragraphs ") + said;
                }
                if (log != nullptr) log->push_back({text.substr(i, next - i), said, "brackets"});
                out += said;
                pinpointed = true;
                i = next;
                continue;
            }
        }
        if (open == '[') pinpointed = false;
        bool noteDigits = spacedNote;
        for (std::size_t k = i + 1; noteDigits && k < end; ++k) noteDigits = std::isdigit(static_cast<unsigned char>(text[k])) != 0;
        if (noteDigits) {
            if (log != nullptr) log->push_back({text.substr(i, end - i + 1), "", "brackets"});
            while (!out.empty() && out.back() == ' ') out.pop_back();
            i = end + 1;
            continue;
        }
        // A function's empty brackets are not said: "the fetch() function", "fetch()es" (fetches).
        if (open == '(' && inside.empty() && gluedBefore) {
            if (log != nullptr) log->push_back({"()", "", "brackets"});
            i = end + 1;
            continue;
        }
        // A note mark sits on the word or the punctuation it annotates: "shift[1]", "fast.[2]", "[3][4]".
        const bool onText = gluedBefore || (i > 0 && std::string_view(".,;:!?)]%\"'").find(text[i - 1]) != std::string_view::npos) ||
                            (i > 2 && (text.compare(i - 3, 3, "\xE2\x80\x9D") == 0 || text.compare(i - 3, 3, "\xE2\x80\x99") == 0));
        const bool gluedAfter = end + 1 < text.size() && isWordChar(text[end + 1]);
        bool digits = !inside.empty(), letters = !inside.empty();
        for (char c : inside) {
            digits = digits && std::isdigit(static_cast<unsigned char>(c));
            letters = letters && isLetter(c);
        }
        std::string replacement;
        bool handled = false;
        // At the very start, a mark the sentence split left behind ("…in 1616.[12]| In 1645…").
        // (Not a neutral citation's year, "[2025] UKSC 18": a year before a court's letters.)
        // (The court's letters may stand in the lexicon's words by now: anything but a small letter or a figure after it.)
        const bool citation = digits && inside.size() == 4 && (inside.rfind("19", 0) == 0 || inside.rfind("20", 0) == 0) && end + 2 < text.size() &&
                              text[end + 1] == ' ' && !std::islower(static_cast<unsigned char>(text[end + 2])) &&
                              !std::isdigit(static_cast<unsigned char>(text[end + 2]));
        const bool leftBehind = i == 0 && digits && !citation && (end + 1 >= text.size() || text[end + 1] == ' ' || text[end + 1] == '[');
        if (open == '[' && (onText || leftBehind) && (digits || inside == "citation needed" || inside.rfind("note", 0) == 0)) {
            handled = true;  // a footnote marker: "shift[1]"
        } else if (letters && (gluedBefore || gluedAfter)) {
            replacement = inside;  // "say[s]", "[T]he", "(multi)media", "friend(s)"
            handled = open == '[' || (open == '(' && (gluedAfter || inside == "s" || inside == "es"));
        } else if (open == '[' && !inside.empty() && (inside == "..." || inside == "\xE2\x80\xA6")) {
            handled = true;  // an elision
        } else if (open == '[' && !gluedBefore && !gluedAfter && !digits) {
            replacement = inside;  // "this [attack] is": the words without the brackets
            handled = true;
        }
        // A release's defined terms: '("Helix" or "the Company")', '(the "Company")', '(collectively, "Northwind")': the lawyers'
        // shorthand for the name just said, which no newsreader reads.
        if (!handled && open == '(' && i > 0 && text[i - 1] == ' ') {
            static const std::regex kDefined(
                "^(?:collectively,? |together,? |hereinafter |hereafter )?(?:the )?[\"\xE2\x80\x9C][^\"\xE2\x80\x9D]{1,40}[\"\xE2\x80\x9D]"
                "(?:,? (?:or|and) (?:the )?[\"\xE2\x80\x9C][^\"\xE2\x80\x9D]{1,40}[\"\xE2\x80\x9D])*$");
            // (Only where it can be nothing else: two terms, "the" or "collectively" before the term, or a single term after a
            // company's suffix or its ticker; '("a total scam")' is a quotation, '("Dune")' a title.)
            const std::string lead = text.substr(0, i);
            const auto after = [&](const char* suffix) {
                const std::size_t n = std::strlen(suffix);
                return lead.size() >= n + 1 && lead.compare(lead.size() - n - 1, n, suffix) == 0;
            };
            const bool firm = after("Inc.") || after("Inc.,") || after("Ltd") || after("Ltd.") || after("LLC") || after("plc") || after("PLC") ||
                              after("Corp.") || after("Corporation") || after("Limited") || after("AG") || after("S.A.") || after("N.V.") ||
                              after(")") || after("),");
            const bool shaped = inside.find(" or ") != std::string::npos || inside.find(" and ") != std::string::npos ||
                                inside.rfind("the ", 0) == 0 || inside.rfind("collectively", 0) == 0 || inside.rfind("together", 0) == 0 ||
                                inside.rfind("herein", 0) == 0 || inside.rfind("hereafter", 0) == 0 || firm;
            if (shaped && std::regex_match(inside, kDefined)) {
                if (log != nullptr) log->push_back({text.substr(i, end - i + 1), "", "brackets"});
                while (!out.empty() && out.back() == ' ') out.pop_back();
                i = end + 1;
                continue;
            }
        }
        if (!handled) {
            out += text[i++];
            continue;
        }
        // A note mark with the page it cites, as Wikipedia sets it: "loop.[1]: 207 The list".
        std::size_t last = end;
        const std::size_t after = end + 1;
        if (replacement.empty() && digits && after < text.size() && text[after] == ':') {
            std::size_t page = after + 1;
            while (page < text.size() && text[page] == ' ') ++page;
            std::size_t pageEnd = page;
            while (pageEnd < text.size() && (std::isdigit(static_cast<unsigned char>(text[pageEnd])) || text[pageEnd] == '-' ||
                                             text.compare(pageEnd, 3, "\xE2\x80\x93") == 0)) {
                pageEnd += text[pageEnd] == '-' || std::isdigit(static_cast<unsigned char>(text[pageEnd])) ? 1 : 3;
            }
            if (pageEnd > page && (pageEnd >= text.size() || text[pageEnd] == ' ' || text[pageEnd] == '[')) last = pageEnd - 1;
        }
        if (log != nullptr) log->push_back({text.substr(i, last - i + 1), replacement, "brackets"});
        out += replacement;
        i = last + 1;
    }
    return out;
}

// "Revenue was £3.2m (2023: £2.9m)": a report's figure for the year before, in brackets after this year's, as
// annual results set it. A listener hears "compared with £2.9m in 2023", not the year and a colon.
std::string withPriorPeriodFigures(const std::string& text, std::vector<Rewrite>* log) {
    if (text.find(": ") == std::string::npos || text.find('(') == std::string::npos) return text;
    // (The period: a year, a financial year, a half or a quarter, "2023", "FY24", "2023/24", "H1 2023"; the figure
    // opens on a sign, a currency's or a figure, "nil" or "-£0.4m".)
    static const std::regex kPrior(
        R"(\(((?:FY ?)?(?:19|20)\d\d(?:/\d\d)?|FY ?\d\d(?:/\d\d)?|(?:H[12]|Q[1-4]|[1-9]M|FY) (?:19|20)\d\d(?:/\d\d)?): )"
        R"(((?:-|\xE2\x88\x92)?(?:[\xC2-\xE2][\x80-\xBF]{1,2}|[A-Z]{1,3}\$|\$)?\d[^():;]{0,30}|nil)\))");
    std::string out;
    std::size_t at = 0;
    for (std::size_t open = text.find('('); open != std::string::npos; open = text.find('(', open + 1)) {
        const std::size_t close = text.find(')', open);
        if (close == std::string::npos || close - open > 60 || open < at) continue;
        std::smatch m;
        const std::string inside = text.substr(open, close + 1 - open);
        if (!std::regex_match(inside, m, kPrior)) continue;
        // (After a figure of this period: "… £3.2m (2023: £2.9m)", "up 4% (FY23: 2%)".)
        std::size_t before = open;
        while (before > 0 && text[before - 1] == ' ') --before;
        if (before == 0 || !(std::isalnum(static_cast<unsigned char>(text[before - 1])) || text[before - 1] == '%')) continue;
        const std::string said = "(compared with " + m[2].str() + " in " + m[1].str() + ")";
        if (log != nullptr) log->push_back({inside, said, "brackets"});
        out.append(text, at, open - at);
        out += said;
        at = close + 1;
    }
    if (at == 0) return text;
    out.append(text, at, std::string::npos);
    return out;
}

// "1,024 likely voters (n=1,024)": a survey's sample size in brackets, a statistician's note: where the sentence has said
// the figure, not said again.
std::string withSampleSizes(const std::string& text, std::vector<Rewrite>* log) {
    if (text.find("=") == std::string::npos) return text;
    // (Two figures at least: "(n=3)" in an equation is none.)
    static const std::regex kSample(R"( ?\([nN] ?= ?(\d[\d,]+)\))");
    std::string out;
    std::size_t at = 0;
    for (std::sregex_iterator it(text.begin(), text.end(), kSample), end; it != end; ++it) {
        const std::smatch& m = *it;
        const std::size_t open = static_cast<std::size_t>(m.position(0));
        const std::string figure = m[1].str();
        const std::size_t said = text.rfind(figure, open);
        const bool again = said != std::string::npos && (said == 0 || !std::isdigit(static_cast<unsigned char>(text[said - 1])));
        // (Else it stays a count: "diarrhoea (n = 19)" is nineteen cases, no sample.)
        if (!again) continue;
        if (log != nullptr) log->push_back({m[0].str(), "", "brackets"});
        out.append(text, at, open - at);
        at = open + static_cast<std::size_t>(m.length(0));
    }
    if (at == 0) return text;
    out.append(text, at, std::string::npos);
    return out;
}

}  // namespace readcast::english
