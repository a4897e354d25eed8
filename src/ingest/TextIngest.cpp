#include "ingest/TextIngest.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <regex>
#include <set>

#include "core/WordSet.hpp"
#include "core/Ascii.hpp"
#include "core/Text.hpp"
#include "core/Url.hpp"
#include "core/Utf8.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/Byline.hpp"
#include "ingest/DateParser.hpp"
#include "ingest/Furniture.hpp"
#include "ingest/LeftoverHtml.hpp"
#include "ingest/LightMarkup.hpp"
#include "ingest/MailMessage.hpp"
#include "ingest/PipeTable.hpp"
#include "ingest/SpacedTable.hpp"
#include "ingest/SpacedStandings.hpp"
#include "ingest/RichText.hpp"
#include "ingest/TemplateTags.hpp"
#include "ingest/WikiPage.hpp"
#include "ingest/BroadcastScript.hpp"

namespace readcast {
namespace {

struct Line {
    std::string text;
    std::size_t offset;
};

// What a browser prints in a page's margins, which a copy of its PDF keeps between the lines of the
// story: "11/2/25, 4:18 PM <the page's title>" at the top, "https://… Page 1 of 2" (or "1/2") at the foot.
// `title`: set to the page's title when the line is the top margin.
bool isPrintedPageMargin(const std::string& raw, std::string* title = nullptr) {
    const std::string line = collapseWhitespace(raw);
    std::size_t i = 0;
    const auto digits = [&](std::size_t most) {
        const std::size_t from = i;
        while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i])) && i - from < most) ++i;
        return i > from;
    };
    // "11/2/25, 4:18 PM Glacial lake sensors… | The Meridian Review": the date and time the page was
    // printed, with its title ("03/03/2025 16:52 BRT", a wire's time stamp, has neither comma nor title).
    if (digits(2) && i < line.size() && line[i] == '/' && (++i, digits(2)) && i < line.size() && line[i] == '/' && (++i, digits(4)) &&
        line.compare(i, 2, ", ") == 0) {
        i += 2;
        if (digits(2) && i < line.size() && line[i] == ':' && (++i, digits(2)) &&
            (line.compare(i, 4, " AM ") == 0 || line.compare(i, 4, " PM ") == 0) && countWords(line.substr(i + 4)) >= 2) {
            if (title != nullptr) *title = line.substr(i + 4);
            return true;
        }
    }
    // "27.03.25, 08:51": the date and time alone, as a browser set to a European locale prints them (the
    // page's title on the next line is the story's own, and is read as its headline).
    {
        std::size_t k = 0;
        const auto run = [&](std::size_t most) {
            const std::size_t from = k;
            while (k < line.size() && std::isdigit(static_cast<unsigned char>(line[k])) && k - from < most) ++k;
            return k > from;
        };
        if (run(2) && k < line.size() && (line[k] == '.' || line[k] == '/') && (++k, run(2)) && k < line.size() &&
            (line[k] == '.' || line[k] == '/') && (++k, run(4)) && line.compare(k, 2, ", ") == 0) {
            k += 2;
            if (run(2) && k < line.size() && line[k] == ':' && (++k, run(2)) && k == line.size()) return true;
        }
    }
    // "Column 312", "Volume 763: debated on Wednesday 5 March 2025": a parliament's printed record, its column number in the
    // margin and its volume's line over a debate.
    if ((line.rfind("Column ", 0) == 0 || line.rfind("Col. ", 0) == 0 || line.rfind("Cols. ", 0) == 0) && line.size() <= 20 &&
        line.find_first_not_of("0123456789- ", line.find(' ') + 1) == std::string::npos && std::isdigit(static_cast<unsigned char>(line.back()))) {
        return true;
    }
    if (line.rfind("Volume ", 0) == 0 && line.find(": debated on ") != std::string::npos && countWords(line) <= 10) return true;
    // "https://example.com/story Page 1 of 2", "https://example.com/story 1/2": the address and page count.
    if (line.rfind("http://", 0) != 0 && line.rfind("https://", 0) != 0) return false;
    const std::size_t space = line.find(' ');
    if (space == std::string::npos) return false;
    const std::string rest = lowerAscii(line.substr(space + 1));
    i = rest.rfind("page ", 0) == 0 ? 5 : 0;
    std::size_t k = i;
    while (k < rest.size() && std::isdigit(static_cast<unsigned char>(rest[k]))) ++k;
    if (k == i) return false;
    const std::string after = rest.substr(k);
    const std::size_t count = after.rfind(" of ", 0) == 0 ? 4 : after.rfind("/", 0) == 0 ? 1 : 0;
    if (count == 0) return false;
    std::size_t m = count;
    while (m < after.size() && std::isdigit(static_cast<unsigned char>(after[m]))) ++m;
    return m > count && m == after.size();
}

// "BOND" alone on its line where the front page said "See BOND, Page A6": a printed story's jump head, the slug in capitals
// its continuation is set under; the slug goes (the jump lines are the furniture rules').
std::string withoutJumpSlugs(const std::string& text) {
    if (text.find("See ") == std::string::npos) return text;
    static const std::regex kJump(R"(\bSee ([A-Z][A-Z'\- ]{1,24}[A-Z]),? (?:on )?(?:Page|PAGE|P\.) ?[A-Z]?\d{1,3})");
    std::set<std::string> slugs;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), kJump); it != std::sregex_iterator(); ++it) slugs.insert((*it)[1].str());
    if (slugs.empty()) return text;
    std::string out;
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string line = text.substr(start, end - start);
        if (slugs.count(collapseWhitespace(line)) == 0) out += line + (end < text.size() ? "\n" : "");
        start = end + 1;
    }
    return out;
}

// A printed page's running head or foot, less its page number: "38 KOMMUNAL PRAXIS 07/2025" and
// "KOMMUNAL PRAXIS 07/2025" are one. Empty for a line that is a sentence, a label or too long to be one.
std::string runningHeadKey(const std::string& line) {
    const std::string t = collapseWhitespace(line);
    if (t.empty() || t.back() == '.' || t.back() == ':' || t.back() == '!' || t.back() == '?') return "";
    // (A list's numbered row is none: "1. T. Pogacar (Slo) UAE, 4:07:18" heads a stage's result and the
    // general classification under it, the same but for its time.)
    const std::size_t figures = t.find_first_not_of("0123456789");
    if (figures > 0 && figures != std::string::npos && figures + 1 < t.size() && (t[figures] == '.' || t[figures] == ')') && t[figures + 1] == ' ') return "";
    // (Two words at least: "Reply" or "47 comments" under each of a thread's posts is no running head.)
    // (Eight at most, not counting its figures and bars: "THE ECHO-POST | SATURDAY, OCTOBER 5, 2024 | A7".)
    std::string key, words;
    for (char c : t) {
        if (!std::isdigit(static_cast<unsigned char>(c)) && c != '/' && c != '|') words += c;
        if (!std::isdigit(static_cast<unsigned char>(c)) && c != '/' && c != ' ' && c != '|') key += c;
    }
    // (Words with letters: "14.05 BST" over each entry of a live blog is one word and its time.)
    std::size_t wordCount = 0;
    for (const std::string& w : splitWords(words)) {
        wordCount += std::any_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; });
    }
    return key.size() >= 4 && wordCount >= 2 && wordCount <= 8 && !isReactionCount(t) ? key : "";
}

std::vector<std::vector<Line>> splitRuns(const std::string& text, std::string& printedTitle) {
    std::vector<std::vector<Line>> runs(1);
    // A running head repeats on every page of a printed copy: inside the text's runs it is left out (at
    // the text's start it may be the headline or the publication's name, as the other rules find).
    // (Known as one by a page number in one of its repeats at least, or by capitals: "38 KOMMUNAL PRAXIS
    // 07/2025", "UMWELT & INFRASTRUKTUR"; a label repeated, "Más información", is not.)
    // (Never a list's item, nor a line in small letters, nor on the line under itself, where a page's length
    // parts its repeats: "• a 19-year-old man" over "• a 23-year-old man" are a list's items.)
    std::map<std::string, int> seen;
    std::map<std::string, bool> marked;
    std::map<std::string, std::size_t> lastLine;
    std::set<std::string> close;
    for (std::size_t from = 0, number = 0; from <= text.size(); ++number) {
        std::size_t to = text.find('\n', from);
        if (to == std::string::npos) to = text.size();
        const std::string line = text.substr(from, to - from);
        if (const std::string key = runningHeadKey(line); !key.empty()) {
            const std::size_t first = line.find_first_not_of(" \t");
            const bool item = first != std::string::npos && (std::islower(static_cast<unsigned char>(line[first])) || line[first] == '-' ||
                                                             line[first] == '*' || line.compare(first, 3, "\xE2\x80\xA2") == 0);
            if (const auto last = lastLine.find(key); item || (last != lastLine.end() && number - last->second <= 1)) close.insert(key);
            lastLine[key] = number;
            ++seen[key];
            marked[key] = marked[key] || line.find_first_of("0123456789") != std::string::npos ||
                          std::none_of(line.begin(), line.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
        }
        from = to + 1;
    }
    for (auto& [key, count] : seen) {
        if (!marked[key] || close.count(key) != 0) count = 0;
    }
    std::set<std::string> kept;  // running heads read once
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        // (Inside a run of lines, as a printed page's copy runs, or between blank lines after its first time,
        // a page's top over the story it breaks: a name repeated between blank lines, a channel's over each of
        // its posts, is left to the other rules.)
        if (const std::string key = runningHeadKey(line); !key.empty() && seen[key] >= 2 && (!runs.back().empty() || kept.count(key) != 0)) {
            start = end + 1;
            continue;
        } else if (!key.empty()) {
            kept.insert(key);
        }
        // (Left out without ending the run: a page's margin may fall inside a paragraph.)
        if (isPrintedPageMargin(line, printedTitle.empty() ? &printedTitle : nullptr)) {
            // ("27.03.25, 08:51" alone: the page's title with the site's name is the margin's next line.)
            const std::size_t next = end == text.size() ? end : text.find('\n', end + 1);
            const std::string following = end == text.size() ? "" : text.substr(end + 1, (next == std::string::npos ? text.size() : next) - end - 1);
            if (printedTitle.empty() && following.find(" | ") != std::string::npos && countWords(following) <= 30) {
                printedTitle = collapseWhitespace(following);
                end = next == std::string::npos ? text.size() : next;
            }
            start = end + 1;
            continue;
        }
        if (collapseWhitespace(line).empty()) {
            if (!runs.back().empty()) runs.emplace_back();
        } else {
            runs.back().push_back({line, start});
        }
        start = end + 1;
    }
    if (runs.back().empty()) runs.pop_back();
    return runs;
}

// Lines of one paragraph wrapped at a fixed width: every line but the last is of similar length.
// A header's fields parted by bars, "Keystone-SDA | Schweiz | Politik | 08.06.2025, 17:48", or a wire's keywords
// parted by slashes, "Bund / Länder / Kommunen / Finanzen": a line of its own, never wrapped prose.
bool hasBarredFields(const std::string& line) {
    const std::size_t bar = line.find(" | ");
    if (bar != std::string::npos && line.find(" | ", bar + 3) != std::string::npos) return true;
    // (Each keyword a word or two that opens in a capital: a wrapped sentence with slashes in it is prose.)
    std::size_t slashes = 0, from = 0;
    bool keywords = line.find_first_of(".!?;:,") == std::string::npos;
    for (std::size_t at = line.find(" / "); keywords; at = line.find(" / ", at + 3)) {
        const std::string item = collapseWhitespace(line.substr(from, at == std::string::npos ? std::string::npos : at - from));
        keywords = !item.empty() && countWords(item) <= 3 && (std::isupper(static_cast<unsigned char>(item[0])) || static_cast<unsigned char>(item[0]) >= 0xC3);
        if (at == std::string::npos) break;
        ++slashes;
        from = at + 3;
    }
    return keywords && slashes >= 3;
}

bool looksHardWrapped(const std::vector<Line>& run, bool first) {
    if (run.size() < 2) return false;
    // (An email's quotation, "> …" on each line, is a block of its own, read by its own rules.)
    for (const Line& line : run) {
        const std::size_t first = line.text.find_first_not_of(" \t");
        if (first != std::string::npos && line.text[first] == '>') return false;
        if (hasBarredFields(line.text)) return false;
        // (Nor does a web address alone on a line carry a sentence: the page's address copied under its headline.)
        if (isBareWebAddressWithPath(collapseWhitespace(line.text))) return false;
    }
    std::size_t shortest = SIZE_MAX, longest = 0;
    for (std::size_t i = 0; i + 1 < run.size(); ++i) {
        const std::size_t n = run[i].text.size();
        shortest = std::min(shortest, n);
        longest = std::max(longest, n);
    }
    // (Lines of similar length say little alone: a headline over its standfirst, a caption under a
    // picture's address. Wrapping breaks sentences, so at least half the lines carry one on in lower
    // case or after a comma.)
    std::size_t carried = 0, plainlyCarried = 0, wrapped = 0;
    // (Or where the next line's first word would not have fitted on the line: wrapping, not the writer,
    // broke it there, "…a loan from the Caribbean" over "Development Bank (CDB), …" at 72 columns. Only
    // in a run of three lines at least, one of them carried on by the other signs: headlines or a list's
    // lines of one length may happen to look so.)
    std::size_t width = 0;
    for (const Line& line : run) width = std::max(width, collapseWhitespace(line.text).size());
    const auto wrappedBefore = [&](std::size_t i) {
        const std::string before = collapseWhitespace(run[i - 1].text), next = collapseWhitespace(run[i].text);
        if (run.size() < 3 || before.empty() || next.empty() || std::string(".!?:;").find(before.back()) != std::string::npos) return false;
        const std::size_t firstWord = std::min(next.find(' '), next.size());
        return before.size() * 5 >= width * 4 && before.size() + 1 + firstWord > width;
    };
    for (std::size_t i = 1; i < run.size(); ++i) {
        const std::size_t first = run[i].text.find_first_not_of(" \t");
        const std::string& before = run[i - 1].text;
        const std::size_t last = before.find_last_not_of(" \t");
        // (Or on a word no sentence ends on, before a noun a language writes in capitals: "Der" over
        // "Geschäftsführer eines Baustoffhandels…".)
        // (A word in lower case throughout: "eBay and Amazon…" starts a line of its own.)
        const auto lowerWord = [&] {
            if (first == std::string::npos || !std::islower(static_cast<unsigned char>(run[i].text[first]))) return false;
            for (std::size_t k = first; k < run[i].text.size() && std::isalpha(static_cast<unsigned char>(run[i].text[k])); ++k) {
                if (std::isupper(static_cast<unsigned char>(run[i].text[k]))) return false;
            }
            return true;
        };
        const bool plain = lowerWord() ||
                           (last != std::string::npos && (before[last] == ',' || before[last] == '-')) ||
                           endsOnJoiningWord(collapseWhitespace(before), true);
        carried += plain;
        plainlyCarried += plain;
        wrapped += !plain && wrappedBefore(i);
    }
    if (plainlyCarried > 0) carried += wrapped;
    // (Two lines, a name broken between them at the wrapping width: "…on Sunday to beat Vivian" over "Kiplagat and Brigid
    // Kosgei in a sprint finish at the line." The first a sentence's words, not a headline's; the second ending one. Not the
    // text's first lines, a headline over its standfirst.)
    if (run.size() == 2 && carried == 0 && !first) {
        const std::string before = collapseWhitespace(run[0].text), next = collapseWhitespace(run[1].text);
        const std::vector<std::string> words = splitWords(before);
        const std::size_t lower = static_cast<std::size_t>(std::count_if(words.begin(), words.end(), [](const std::string& w) {
            return std::islower(static_cast<unsigned char>(w[0])) != 0;
        }));
        const std::size_t firstWord = std::min(next.find(' '), next.size());
        const bool nameBroken = !words.empty() && std::isupper(static_cast<unsigned char>(words.back()[0])) && words.back().size() >= 3 &&
                                std::isalpha(static_cast<unsigned char>(before.back())) && !next.empty() &&
                                std::isupper(static_cast<unsigned char>(next[0])) && firstWord >= 3;
        if (nameBroken && lower * 2 >= words.size() && before.size() >= 60 && before.size() + 1 + firstWord > 72 &&
            std::string(".!?\"").find(next.back()) != std::string::npos) {
            carried = 1;
        }
    }
    if (carried * 2 < run.size() - 1 || carried == 0) return false;
    return shortest >= 40 && longest <= 120 && longest - shortest <= 30;
}

// The length of the bullet at `at` when a space or a word processor's tab follows it, else 0: "•", "▪",
// "◦", a tabloid's arrows "►", "▶", "▸", "➤", or the middle dot "·" of a market announcement.
std::size_t bulletLength(const std::string& text, std::size_t at) {
    std::size_t mark = 0;
    for (const char* bullet : {"\xE2\x80\xA2", "\xE2\x96\xAA", "\xE2\x97\xA6", "\xE2\x96\xBA", "\xE2\x96\xB6", "\xE2\x96\xB8", "\xE2\x9E\xA4"}) {
        if (text.compare(at, 3, bullet) == 0) mark = 3;
    }
    if (mark == 0 && text.compare(at, 2, "\xC2\xB7") == 0) mark = 2;
    return mark != 0 && at + mark < text.size() && (text[at + mark] == ' ' || text[at + mark] == '\t') ? mark : 0;
}

// "2 large eggs", "1 Kipchoge (Ken) 2:05:30", "(a) widen the road", "- item": a line that opens an item of a
// list, whose lines are never one paragraph, however narrow.
bool opensListItem(const std::string& line) {
    const std::string t = collapseWhitespace(line);
    if (t.empty()) return false;
    if (std::isdigit(static_cast<unsigned char>(t[0])) || t[0] == '-' || t[0] == '*' || bulletLength(t, 0) != 0) return true;
    if (t.size() > 3 && t[0] == '(' && t[2] == ')') return std::isalnum(static_cast<unsigned char>(t[1]));
    // (Two marks: "(12)", "(iv)"; "(EA) said…" is a name's short form carrying a sentence on.)
    const auto roman = [](char c) { return c == 'i' || c == 'v' || c == 'x'; };
    return t.size() > 4 && t[0] == '(' && t[3] == ')' &&
           ((std::isdigit(static_cast<unsigned char>(t[1])) && std::isdigit(static_cast<unsigned char>(t[2]))) || (roman(t[1]) && roman(t[2])));
}

// A list's lines, an ingredient or a result each: two at least, and most of the run, open an item.
bool mostlyListItems(const std::vector<Line>& run) {
    const auto items = std::count_if(run.begin(), run.end(), [](const Line& line) { return opensListItem(line.text); });
    return items >= 2 && items * 2 >= static_cast<std::ptrdiff_t>(run.size());
}

// A list's item wrapped onto an indented line, as a PDF's bullets are: "•  Leakage reduced by 11% to 141
// Ml/d, ahead of our" over "   regulatory target of 147 Ml/d". The indented line carries the item on.
std::vector<Line> withItemsCarriedOn(const std::vector<Line>& run) {
    std::vector<Line> out;
    bool item = false;
    for (const Line& line : run) {
        const bool indented = line.text.rfind("  ", 0) == 0 || line.text.rfind("\t", 0) == 0;
        const std::string text = collapseWhitespace(line.text);
        std::size_t at = 0;
        const bool lower = !text.empty() && u_islower(static_cast<UChar32>(nextCodePoint(text, at)));
        // (Not a sub-item of its own, "   a) to a developer", "   i. first".)
        const bool subItem = text.size() >= 2 && (text[1] == ')' || text[1] == '.') && std::isalpha(static_cast<unsigned char>(text[0]));
        // An item that stops short of its full stop goes on in whatever case the next line opens: "…the
        // toll-free number" over "  1800-425-1111 (9 a.m. to 6 p.m.)." (Not a numbered sub-item, "  2. second".)
        const std::string above = out.empty() ? std::string() : collapseWhitespace(out.back().text);
        const bool unfinished = !above.empty() && std::string(".!?:;").find(above.back()) == std::string::npos;
        const bool numberedItem = [&] {
            std::size_t digits = 0;
            while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
            return digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')');
        }();
        const bool marked = !text.empty() && (text[0] == '-' || text[0] == '*' || text.rfind("\xE2\x80\xA2", 0) == 0);
        if (item && indented && (lower || (unfinished && !numberedItem && !marked)) && !subItem && !out.empty()) {
            out.back().text = collapseWhitespace(out.back().text) + " " + text;
            continue;
        }
        item = opensListItem(line.text) && !indented;
        out.push_back(line);
    }
    return out;
}

// "…said Cllr." over "Bridie Keane…", "The county manager, Mr." over "Donal…": a title written short ends
// the line, never the sentence, and the name it stands before follows.
bool endsOnShortTitle(const std::string& line) {
    const std::size_t space = line.find_last_of(' ');
    const std::string last = lowerAscii(space == std::string::npos ? line : line.substr(space + 1));
    for (const char* title : {"mr.", "mrs.", "ms.", "dr.", "cllr.", "prof.", "rev.", "st.", "sen.", "rep.", "gov.", "gen.", "col.",
                              "lt.", "sgt.", "insp.", "supt.", "fr.", "mt.", "hon.", "det.", "capt.", "maj.", "cpl.", "m.", "mme.",
                              "sr.", "sra.", "dott.", "sig."}) {
        if (last == title) return true;
    }
    return false;
}

// `line` ends on a short form that stands before a figure, and `next` opens on one: "first floated in Sept." over "2022, has
// been…", "the annual repayment of c." over "£2.2m would…" (a PDF's lines, wrapped there). The full stop ends no sentence.
bool endsOnShortFormBeforeFigure(const std::string& line, const std::string& next) {
    if (next.empty() || !(std::isdigit(static_cast<unsigned char>(next[0])) || next[0] == '$' || next.rfind("\xC2\xA3", 0) == 0 ||
                          next.rfind("\xE2\x82\xAC", 0) == 0)) {
        return false;
    }
    const std::size_t space = line.find_last_of(' ');
    const std::string last = lowerAscii(space == std::string::npos ? line : line.substr(space + 1));
    static constexpr WordSet kBeforeFigure({"jan.", "feb.", "mar.", "apr.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "c.", "ca.",
                                            "approx.", "no.", "nos.", "p.", "pp.", "fig.", "vol.", "art.", "sec.", "est.", "ch."});
    return kBeforeFigure.count(last) != 0;
}

// `before` ends in a hyphen the line broke at, `next` carries on in lower case: "govern-" over "ment" is one word
// again; a compound keeps its hyphen, "by-" over "products", "well-" over "known", where the part before it is a word
// compounds open with or a link of a chain ("state-of-the-" over "art").
std::string joinedAtHyphen(const std::string& before, const std::string& next) {
    static constexpr WordSet kCompounding({"by", "self", "well", "non", "co", "ex", "half", "all", "cross", "long", "short", "high",
                                                    "low", "full", "part", "mid", "one", "two", "three", "four", "five", "first",
                                                    "second", "third", "year", "day", "week", "month", "old", "far", "life", "vice",
                                                    "anti", "pro", "post", "pre", "multi", "semi", "under", "over", "out", "so", "much",
                                                    "left", "right", "front", "top", "end", "near", "state", "cost"});
    const std::size_t end = before.size() - 1;
    std::size_t start = end;
    while (start > 0 && std::isalpha(static_cast<unsigned char>(before[start - 1]))) --start;
    const std::string part = lowerAscii(before.substr(start, end - start));
    // (A chain's link in small letters, "state-of-the-" over "art"; a name's part, "Märkisch-Oder-" over "land", is broken.)
    const bool chained = start > 0 && before[start - 1] == '-' && std::islower(static_cast<unsigned char>(before[start]));
    const bool compound = kCompounding.count(part) != 0 || chained;
    return before.substr(0, compound ? end + 1 : end) + next;
}

// "ja terveydenhuollon", "and post-war": a line after a hyphen that opens so carries a compound's first half on
// ("sosiaali-", "pre-"), and the hyphen stays before a space.
bool opensOnConjunction(const std::string& text) {
    for (const char* word : {"ja ", "und ", "and ", "och ", "en ", "et ", "oder ", "tai ", "og ", "or ", "to "}) {
        if (text.rfind(word, 0) == 0) return true;
    }
    return false;
}

// `next` carries `text` on: a space between them, or none where the line broke a word at a hyphen ("the well-" over
// "known rule").
void appendCarriedOn(std::string& text, const std::string& next) {
    if (text.size() >= 2 && text.back() == '-' && std::isalpha(static_cast<unsigned char>(text[text.size() - 2])) && !next.empty() &&
        std::islower(static_cast<unsigned char>(next[0])) && !opensOnConjunction(next)) {
        text = joinedAtHyphen(text, next);
    } else {
        text += (text.empty() ? "" : " ") + next;
    }
}

// A short run wrapped at a narrow width, teletext's or a clipping's: every line but the last carries on into
// the next (in lower case, or after a comma or a hyphen) and none ends a sentence; the lines are one.
std::vector<Line> joinedShortRun(const std::vector<Line>& run) {
    if (run.size() < 2 || run.size() > 5) return run;
    for (const Line& line : run) {
        if (hasBarredFields(line.text)) return run;
    }
    // (A list's lines stay items: "(a) widen the main road".)
    if (mostlyListItems(run)) return run;
    std::size_t longest = 0;
    bool plainly = false;
    for (std::size_t i = 0; i < run.size(); ++i) {
        const std::string text = collapseWhitespace(run[i].text);
        longest = std::max(longest, text.size());
        if (i + 1 < run.size() && !text.empty()) {
            const std::string next = collapseWhitespace(run[i + 1].text);
            plainly = plainly || text.back() == ',' || (!next.empty() && std::islower(static_cast<unsigned char>(next[0])));
        }
    }
    std::string joined;
    for (std::size_t i = 0; i < run.size(); ++i) {
        const std::string text = collapseWhitespace(run[i].text);
        if (text.empty()) return run;
        if (i + 1 < run.size()) {
            const std::string next = collapseWhitespace(run[i + 1].text);
            const char last = text.back();
            // (A quotation mark opening the next line hides its case: "Flood defences" over "'will not be".)
            const std::size_t opening = next.size() > 1 && (next[0] == '\'' || next[0] == '"') ? 1
                                        : next.rfind("\xE2\x80\x98", 0) == 0 || next.rfind("\xE2\x80\x9C", 0) == 0 ? 3
                                                                                                                : 0;
            const auto c = static_cast<unsigned char>(next.size() <= opening ? 'A' : next[opening]);
            const bool lower = std::islower(c) || (c >= 0xC3 && !std::isupper(c) && u_islower(static_cast<UChar32>([&] {
                                   std::size_t at = opening;
                                   return nextCodePoint(next, at);
                               }())));
            // (Or over a capital where the line is as full as the longest and another line carries on plainly:
            // "to be held in the Kilmore" over "Arms Hotel in the autumn.")
            // (Not a headline in capitals over its brief, nor a title written short over a subheading, nor
            // the items of a list.)
            const bool shouting = std::none_of(text.begin(), text.end(), [](char ch) { return std::islower(static_cast<unsigned char>(ch)); });
            // (A byline over its date line, "Reporting by Dana Whitcombe" over "dinsdag 3 juni 2025", stays two.)
            // (A line that short carries on only into words in lower case, a headline set narrow: "Flood
            // defences" over "'will not be" over "ready' until 2027".)
            // (Only a quotation still open carries so: a list's short items, "Olive oil" over "two cloves garlic",
            // stay apart.)
            const auto quoteOpens = [](const std::string& line) {
                const std::size_t n = line.rfind("\xE2\x80\x98", 0) == 0 ? 3 : (line[0] == '\'' || line[0] == '"') ? 1 : 0;
                if (n == 0) return false;
                const char* closing = n == 3 ? "\xE2\x80\x99" : line[0] == '\'' ? "'" : "\"";
                return line.find(closing, n) == std::string::npos;
            };
            const bool shortCarried = lower && countWords(text) >= 2 && countWords(next) >= 2 && (opening > 0 || quoteOpens(text));
            // (A rule of dashes ends no word: "--- STORY 2: HOSPITAL ---" over the story.)
            const bool dashes = text.size() >= 2 && text.compare(text.size() - 2, 2, "--") == 0;
            // (Nor does a web address alone on the next line carry a line on, for all its small letters: the page's
            // address copied under its headline.)
            // (A word the line broke with a hyphen carries on, however short the line: "The state govern-" over "ment…".)
            const bool brokenWord = last == '-' && text.size() >= 2 && std::isalpha(static_cast<unsigned char>(text[text.size() - 2])) &&
                                    std::islower(c);
            if (dashes || isBareWebAddressWithPath(next) || isBareWebAddressWithPath(text) || (text.size() < 18 && !shortCarried && !brokenWord) || (last == '.' && !(endsOnShortTitle(text) && countWords(next) >= 2) && !endsOnShortFormBeforeFigure(text, next)) || last == '!' || last == '?' ||
                last == ':' || last == ';' ||
                !(lower || std::isdigit(c) || last == '-' || last == ',' || last == '.' || next[0] == '(' ||
                  (text.size() * 5 >= longest * 4 && plainly && !shouting)) ||
                (countWords(next) <= 6 && parseDate(next))) {
                // (Where only a headline in capitals over the lines, or a subheading under them, breaks the run,
                // the lines are joined without it: "WEATHER WARNING ISSUED" over its brief, "Operational review"
                // over a paragraph set without a blank line.)
                const bool subheading = countWords(text) <= 5 && std::isalpha(static_cast<unsigned char>(last)) && !lower;
                // (Or a lead-in over a quotation wrapped by hand: "Sir Geoffrey Pellew, Chair, said:".)
                if (run.size() >= 3 && i == 0 && (shouting || subheading || last == ':')) {
                    std::vector<Line> out{run.front()};
                    const std::vector<Line> rest = joinedShortRun(std::vector<Line>(run.begin() + 1, run.end()));
                    out.insert(out.end(), rest.begin(), rest.end());
                    return out;
                }
                if (run.size() >= 3 && i + 2 == run.size()) {
                    std::vector<Line> out = joinedShortRun(std::vector<Line>(run.begin(), run.end() - 1));
                    out.push_back(run.back());
                    return out;
                }
                return run;
            }
        }
        // ("sosiaali-" over "ja terveydenhuollon": a hyphen before a space stays; "keski-" over "määrin" is one word.)
        const bool conjunction = opensOnConjunction(text);
        const bool hyphenated = !joined.empty() && joined.back() == '-' && std::islower(static_cast<unsigned char>(text[0])) &&
                                joined.size() >= 2 && joined[joined.size() - 2] != ' ' && !conjunction;
        if (hyphenated) {
            joined = joinedAtHyphen(joined, text);
            continue;
        }
        joined += (joined.empty() || (joined.back() == '-' && !conjunction) ? "" : " ") + text;
    }
    return {Line{joined, run.front().offset}};
}

// A run of lines copied from a PDF or a printed page: paragraphs, headings and bylines with no blank
// line between them, the paragraphs wrapped at one width. A line is joined to the next where wrapping
// broke it: it fills most of the width and does not end a sentence, and the next carries on in lower
// case or from a word no sentence ends on; or it ends on such a word. Headings, bylines and the last
// line of each paragraph are short, or end a sentence, and stay lines of their own.
// `title`: the page's title as its printed margin names it; the line that says it is the headline and
// is never joined to the next.
// "…the state govern-" over "ment made 20 years ago": a word a PDF's line broke with a hyphen, one word again where the
// lines are a paragraph each, as a copy from a PDF gives them (longer than a column); the unwrapping below joins a
// column's lines.
std::vector<Line> withHyphenBreaksJoined(const std::vector<Line>& run) {
    std::vector<Line> out;
    for (const Line& line : run) {
        if (!out.empty()) {
            const std::string& before = out.back().text;
            const std::size_t first = line.text.find_first_not_of(" \t");
            const std::string next = first == std::string::npos ? std::string() : line.text.substr(first);
            std::size_t end = before.find_last_not_of(" \t");
            // (Lines longer than any column's, a paragraph each: a column wrapped at its width is the unwrapping's below.)
            if (end != std::string::npos && end >= 85 && before[end] == '-' && std::islower(static_cast<unsigned char>(before[end - 1])) &&
                !next.empty() && std::islower(static_cast<unsigned char>(next[0]))) {
                out.back().text = joinedAtHyphen(before.substr(0, end + 1), next);
                continue;
            }
        }
        out.push_back(line);
    }
    return out;
}

std::vector<Line> unwrapped(const std::vector<Line>& run, const std::string& title) {
    if (run.size() < 6) return joinedShortRun(run);
    std::vector<std::size_t> lengths;
    for (const Line& line : run) lengths.push_back(collapseWhitespace(line.text).size());
    std::vector<std::size_t> sorted = lengths;
    std::sort(sorted.begin(), sorted.end());
    // (The width most lines wrap at: a narrow column's lines are most of the run, a standfirst or a
    // caption set longer is not.)
    const std::size_t width = sorted[sorted.size() * 3 / 4];
    // (A newspaper's column runs as narrow as twenty-two characters.)
    if (width < 20 || width > 130) return run;
    // (Nor a list's, however narrow.)
    if (mostlyListItems(run)) return run;
    const auto startsLower = [](const std::string& text) {
        std::size_t first = text.find_first_not_of(" \t");
        if (first == std::string::npos) return false;
        // (Beyond ASCII too: "günstigste", "élu".)
        const char32_t c = nextCodePoint(text, first);
        return u_islower(static_cast<UChar32>(c)) || (c < 0x80 && std::isdigit(static_cast<int>(c)));
    };
    // (Live captions are in capitals throughout, with no case to show a line carried on: there a line
    // that fills most of the width and ends no sentence carries on, unless the next opens a speaker's
    // turn, ">>", or is a time code.)
    std::vector<bool> capitals(run.size(), false);
    std::size_t capitalLines = 0;
    for (std::size_t i = 0; i < run.size(); ++i) {
        bool lettered = false, lower = false;
        for (std::size_t at = 0; at < run[i].text.size() && !lower;) {
            const auto c = static_cast<UChar32>(nextCodePoint(run[i].text, at));
            lettered = lettered || u_isalpha(c);
            lower = u_islower(c);
        }
        capitals[i] = lettered && !lower;
        capitalLines += capitals[i];
    }
    // (Most of the run, a header above it in sentence case perhaps.)
    const bool captions = capitalLines * 5 >= run.size() * 3;
    const auto breaksAt = [&](std::size_t i, bool joining) {
        const std::string text = collapseWhitespace(run[i].text);
        if (text.empty() || i + 1 >= run.size()) return false;
        if (captions) {
            const std::string next = collapseWhitespace(run[i + 1].text);
            const char last = text.back();
            return capitals[i] && capitals[i + 1] && lengths[i] * 3 >= width * 2 && last != '.' && last != '!' && last != '?' && last != ':' && !next.empty() &&
                   next.rfind(">>", 0) != 0 && next.find_first_not_of("0123456789:.") != std::string::npos;
        }
        // (The headline's own lines join only while they still spell the title: "Glacial lake sensors
        // give Nepal villages a" over "40-minute head start".)
        if (text.size() >= 12 && title.rfind(text, 0) == 0) return title.rfind(text + " " + collapseWhitespace(run[i + 1].text), 0) == 0;
        const char last = text.back();
        // (A word the line broke with a hyphen carries on, however short the line: "The state govern-" over "ment…".)
        if (last == '-' && text.size() >= 2 && std::isalpha(static_cast<unsigned char>(text[text.size() - 2])) && startsLower(run[i + 1].text) &&
            !opensOnConjunction(collapseWhitespace(run[i + 1].text))) {
            return true;
        }
        if (last == '.' && endsOnShortTitle(text) && lengths[i] * 2 >= width && lengths[i + 1] * 2 >= width) return true;
        if (last == '.' && endsOnShortFormBeforeFigure(text, collapseWhitespace(run[i + 1].text))) return true;
        if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';') return false;
        // (A box's source or a picture's credit is a line of its own: "Quelle: Landesumweltamt Brandenburg".)
        if (isCreditLine(text)) return false;
        // (A short line in capitals with no stop after it is a subheading, not the paragraph's last line:
        // "…Sign up free at example.com/brief" / "Costs and risks".)
        const std::string next = collapseWhitespace(run[i + 1].text);
        const char nextLast = next.empty() ? '.' : next.back();
        // (A byline wrapped after a writer's job, "By business reporter Rachel Nguyen and chief economics correspondent"
        // over "Tom Whitfield": the name under it is the byline's.)
        // (Only a job in small letters after its last "and", a writer still to be named; and a name under it, no button.)
        if (joining && text.rfind("By ", 0) == 0) {
            const std::size_t lastAnd = text.rfind(" and ");
            const std::string lastWriter = lastAnd == std::string::npos ? "" : text.substr(lastAnd + 5);
            if (!lastWriter.empty() &&
                std::none_of(lastWriter.begin(), lastWriter.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }) &&
                isJobTitleLine(lastWriter) && countWords(next) >= 2 && countWords(next) <= 4 && allWordsCapitalized(next) &&
                std::isalpha(static_cast<unsigned char>(nextLast)) && !isBoilerplate(next)) {
                return true;
            }
        }
        if (!startsLower(next) && lengths[i + 1] * 2 < width && std::isalnum(static_cast<unsigned char>(nextLast))) return false;
        // (A pointer to another story, "Related: How much could you save? Use our mortgage calculator", is a line of its
        // own over the paragraph it stands in.)
        // (A sentence that opens like one, "More from the hearing: the judge told…", goes on in small letters after its colon.)
        const std::size_t labelEnd = text.find(": ");
        const bool titled = labelEnd == std::string::npos || (labelEnd + 2 < text.size() && !startsLower(text.substr(labelEnd + 2)));
        if (joining && titled && isLinkOut(text) && !startsLower(next)) return false;
        // (Nor is a headline over its byline: "…first cut since 2020" over "By business reporter Rachel Nguyen and…". A
        // sentence wrapped before "by" has it in lower case.)
        if (joining && next.rfind("By ", 0) == 0 && !endsOnJoiningWord(text, true)) return false;
        const bool full = lengths[i] * 4 >= width * 3;
        // (In a narrow column the run's first line is its headline as often as a paragraph's start: a
        // capital after it carries nothing on.)
        // (Or before a bracket that carries the sentence on: "Opposing, Cllr. Pat Dunne" over "(Lab.) said…".)
        return (full && (startsLower(run[i + 1].text) || last == ',' || (next[0] == '(' && !opensListItem(next)))) || (lengths[i] * 2 >= width && endsOnJoiningWord(text, true)) ||
               (full && lengths[i] * 10 >= width * 9 && (i > 0 || width >= 40));
    };
    std::size_t breaks = 0;
    // (A language that capitalizes its nouns carries lines on in capitals too: a line that fills the
    // width and ends on no stop counts, "…gilt auf zwölf Basler Hauptstrassen" over "Tempo 30. Das…".)
    const auto endsOnWord = [](const std::string& text) {
        const std::string t = collapseWhitespace(text);
        if (t.empty()) return false;
        std::size_t at = t.size() - 1;
        while (at > 0 && (static_cast<unsigned char>(t[at]) & 0xC0) == 0x80) --at;
        std::size_t k = at;
        return u_islower(static_cast<UChar32>(nextCodePoint(t, k))) != 0;
    };
    // (Those in capitals count only where some in lower case show wrapping at all.)
    std::size_t lowerBreaks = 0, capitalBreaks = 0;
    for (std::size_t i = 0; i + 1 < run.size(); ++i) {
        if (!breaksAt(i, false)) continue;
        if (startsLower(run[i + 1].text) || (captions && capitals[i] && capitals[i + 1])) {
            ++lowerBreaks;
        } else if (lengths[i] * 10 >= width * 9 && endsOnWord(run[i].text)) {
            ++capitalBreaks;
        }
    }
    breaks = lowerBreaks + (lowerBreaks >= 2 ? capitalBreaks : 0);
    // (A column narrower than forty characters is a magazine's only where words are hyphenated at the
    // lines' ends; lines of buttons and counts are as short.)
    if (width < 40) {
        std::size_t hyphens = 0;
        for (std::size_t i = 0; i + 1 < run.size(); ++i) {
            const std::string text = collapseWhitespace(run[i].text);
            hyphens += text.size() >= 2 && text.back() == '-' && text[text.size() - 2] != ' ' && startsLower(run[i + 1].text) &&
                       !std::isdigit(static_cast<unsigned char>(collapseWhitespace(run[i + 1].text)[0]));
        }
        // (Or where most lines carry on: a phone's narrow screen, a caption's thirty-two columns.)
        if (hyphens < 2 && lowerBreaks * 2 < run.size()) return run;
    }
    // (Only where wrapping is plain: several lines carried on, a quarter of them at least.)
    if (breaks < 3 || breaks * 4 < run.size()) return run;
    // Inside a paragraph already joined, a line that ends on a word in lower case and fills most of the
    // width carries on into a line in capitals too ("…in den oberen" over "Etagen kein Wasser…", "…met
    // with" over "President Ruiz"): a headline or a paragraph's first line is never so joined.
    const auto carriesOn = [&](std::size_t i) {
        if (i + 1 >= run.size()) return false;
        const std::string text = collapseWhitespace(run[i].text);
        const std::size_t lastWord = text.find_last_of(' ');
        if (text.empty() || lengths[i] * 5 < width * 3 || lastWord == std::string::npos || !startsLower(text.substr(lastWord + 1)) ||
            !endsOnWord(text)) {
            return false;
        }
        // (A paragraph's last line may be short: it ends a sentence, perhaps inside its quote, "Hahn kommt.“".)
        std::string next = collapseWhitespace(run[i + 1].text);
        for (const char* quote : {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB", "\xC2\xAB", ")"}) {
            const std::size_t n = std::strlen(quote);
            if (next.size() > n && next.compare(next.size() - n, n, quote) == 0) next.erase(next.size() - n);
        }
        return lengths[i + 1] * 2 >= width || (!next.empty() && (next.back() == '.' || next.back() == '!' || next.back() == '?'));
    };
    std::vector<Line> out;
    for (std::size_t i = 0; i < run.size(); ++i) {
        Line line = run[i];
        const std::size_t first = i;
        for (bool joined = false; breaksAt(i, true) || (joined && carriesOn(i)); joined = true) {
            ++i;
            // (A word hyphenated at the line's end is one word again, "Grundwasser-" over "stände"; a hyphen
            // before a capital stays, "Märkisch-" over "Oderland".)
            std::string merged = collapseWhitespace(line.text);
            const std::string next = collapseWhitespace(run[i].text);
            const bool hyphenated = merged.size() >= 2 && merged.back() == '-' && endsOnWord(merged.substr(0, merged.size() - 1)) &&
                                    startsLower(next);
            line.text = hyphenated ? joinedAtHyphen(merged, next) : merged + (merged.back() == '-' ? "" : " ") + next;
        }
        // (A caption's speaker mark is no word: ">> BUENAS NOCHES.")
        if (captions && capitals[first] && line.text.rfind(">>", 0) == 0) line.text.erase(0, line.text.find_first_not_of("> "));
        out.push_back(std::move(line));
    }
    return out;
}

// "News   Sports   Business   Opinion": a menu copied from a page keeps the wide spaces between its
// items, which collapsing would lose; they are written as bars, the way menus are known ("News | Sports").
// (Only short items, three at least, and no sentence: a line of prose keeps its spaces.)
std::string widelySpacedAsBars(const std::string& line) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start < line.size()) {
        std::size_t gap = start;
        while (gap < line.size() && !(line[gap] == '\t' || (line[gap] == ' ' && gap + 1 < line.size() && line[gap + 1] == ' '))) ++gap;
        items.push_back(collapseWhitespace(line.substr(start, gap - start)));
        while (gap < line.size() && (line[gap] == ' ' || line[gap] == '\t')) ++gap;
        start = gap;
    }
    if (items.size() < 3) return line;
    std::string out;
    for (const std::string& item : items) {
        // (A menu's items are names, capitalized: "The  committee  voted" is justified prose. "Support us on
        // Patreon": four words at most.)
        const auto first = static_cast<unsigned char>(item.empty() ? 'a' : item[0]);
        if (item.empty() || countWords(item) > 4 || item.back() == '.' || !(std::isupper(first) || first >= 0xC3 || std::isdigit(first))) {
            return line;
        }
        out += (out.empty() ? "" : " | ") + item;
    }
    return out;
}

// Leading Markdown block markers that survive in plain text: "# ", "> ", "- ", "* ", "1. ".
// "[14/03/24, 08:13:05] Tia Lúcia: *Prefeitura…*", "14/03/2024, 08:13 - Tia Lúcia: …": a chat export's time
// stamp and sender before a message; the message alone is read.
std::string withoutChatPrefix(const std::string& line) {
    std::size_t k = line.find_first_not_of(" \t");
    if (k == std::string::npos) return line;
    const bool bracket = line[k] == '[';
    if (bracket) ++k;
    const std::size_t stampStart = k;
    while (k < line.size() && (std::isdigit(static_cast<unsigned char>(line[k])) || line[k] == '/' || line[k] == '.' || line[k] == '-')) ++k;
    if (k - stampStart < 6 || k >= line.size() || line[k] != ',') return line;
    ++k;
    while (k < line.size() && line[k] == ' ') ++k;
    const std::size_t clock = k;
    while (k < line.size() && (std::isdigit(static_cast<unsigned char>(line[k])) || line[k] == ':')) ++k;
    if (k - clock < 4) return line;
    // (Perhaps "a. m." or "AM" after the clock.)
    const std::size_t close = bracket ? line.find("] ", k) : line.find(" - ", k);
    if (close == std::string::npos || close - k > 8) return line;
    const std::size_t sender = close + (bracket ? 2 : 3);
    const std::size_t colon = line.find(": ", sender);
    if (colon == std::string::npos || colon - sender > 40 || countWords(line.substr(sender, colon - sender)) > 5) return line;
    return line.substr(colon + 2);
}

RawBlock blockFromLine(const std::string& line, std::size_t offset) {
    RawBlock block;
    block.offset = offset;
    std::string text = takeImages(withoutChatPrefix(line), block.images);
    std::size_t i = text.find_first_not_of(" \t");
    if (i == std::string::npos) return block;
    // "=====", "-----", "* * *": a rule between an email's sections, never a word to read. (Not "###" nor
    // "-30-": a press release's end marks, which the assembler looks for.)
    if (text.size() - i >= 3 && text.find_first_not_of("=-_*~+ \t\r", i) == std::string::npos) return block;
    if (text[i] == '#') {
        std::size_t hashes = 0;
        while (i + hashes < text.size() && text[i + hashes] == '#') ++hashes;
        if (hashes <= 6 && i + hashes < text.size() && text[i + hashes] == ' ') {
            block.kind = BlockKind::Heading;
            block.level = static_cast<int>(hashes);
            i += hashes + 1;
        }
    } else if (text[i] == '>' && i + 1 < text.size() && text[i + 1] == ' ') {
        block.kind = BlockKind::Quote;
        i += 2;
    } else if ((text[i] == '-' || text[i] == '*' || text[i] == '+') && i + 1 < text.size() && (text[i + 1] == ' ' || text[i + 1] == '\t')) {
        block.kind = BlockKind::ListItem;
        i += 2;
    } else if (const std::size_t mark = bulletLength(text, i); mark != 0) {
        // "• Capacity to assemble up to 1,200 carts a year": a list copied from a page keeps its bullets.
        block.kind = BlockKind::ListItem;
        i += mark + 1;
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    }
    // "[Mr Speaker in the Chair]" alone on its line: a record's stage direction in square brackets, never a headline nor a
    // sentence of the story ("[Jones] said" is one, and a Markdown link "[text](…)" is a link; a label's, "[Photographer:
    // …]", is the credit rules').
    if (const std::string whole = collapseWhitespace(text.substr(i)); whole.size() > 2 && whole.front() == '[' && whole.back() == ']' &&
                                                                      whole.find(']') == whole.size() - 1 && countWords(whole) >= 2 &&
                                                                      countWords(whole) <= 12 && std::isupper(static_cast<unsigned char>(whole[1])) &&
                                                                      whole.find(':') == std::string::npos) {
        return block;
    }
    // "[00:03:05] PRIYA LAL: …": a transcript's time code before the line, which is not said.
    const std::size_t code = timeCodeEnd(text, i);
    // ("[09:44] Werleman, Gisela": a chat's header, the time of day and its sender over the message, is
    // not read; a transcript's answer after its time code, "[00:00:15] No Comment", is.)
    if (code != i && isSpeakerStampLine(collapseWhitespace(text.substr(i)))) return block;
    i = code;
    block.text = stripInlineMarkup(widelySpacedAsBars(text.substr(i)));
    // An Austrian wire's header: the headline and its subtitle ("Utl.:") each end on " =", which is no word.
    if (block.text.size() > 2 && block.text.compare(block.text.size() - 2, 2, " =") == 0 && countWords(block.text) >= 3) {
        block.text.resize(block.text.size() - 2);
        if (block.text.rfind("Utl.: ", 0) == 0) block.text.erase(0, 6);
    }
    return block;
}

bool endsSentence(const std::string& text) { return !isUnpunctuatedShortLine(text, SIZE_MAX); }

// "di Marco Bellandi", "von Anna Kessler": a byline in a language whose "by" is written small, which
// no sentence broken across lines continues with.
bool isBylineShaped(const std::string& line) {
    const std::vector<std::string> words = splitWords(line);
    if (words.size() < 3 || words.size() > 6) return false;
    const std::string first = lowerAscii(words[0]);
    if (first != "by" && first != "di" && first != "von" && first != "par" && first != "por" && first != "door" && first != "av") {
        return false;
    }
    for (std::size_t k = 1; k < words.size(); ++k) {
        const auto c = static_cast<unsigned char>(words[k][0]);
        if (!(std::isupper(c) || c >= 0xC3) && words[k] != "and" && words[k] != "e" && words[k] != "und" && words[k] != "et" && words[k] != "y") {
            return false;
        }
    }
    return true;
}

// Scripts, styles and comments that a paste dragged along span lines; blank them out first (keeping
// newlines, so offsets and line structure stay as they were).
std::string blankOutCode(std::string text) {
    std::string lower = lowerAscii(text);
    const std::pair<const char*, const char*> kSpans[] = {{"<script", "</script>"},     {"<style", "</style>"},
                                                          {"<noscript", "</noscript>"}, {"<template", "</template>"},
                                                          {"<svg", "</svg>"},           {"<!--", "-->"}};
    for (const auto& [open, close] : kSpans) {
        for (std::size_t start = lower.find(open); start != std::string::npos; start = lower.find(open, start + 1)) {
            std::size_t end = lower.find(close, start);
            end = end == std::string::npos ? text.size() : end + std::strlen(close);
            for (std::size_t i = start; i < end; ++i) {
                if (text[i] != '\n') text[i] = lower[i] = ' ';
            }
        }
    }
    return text;
}

// A forwarded email: the forwarder's note and signature stand over the message forwarded, which is the
// story (a press release sent on to a newsdesk). Where a forwarding mark ("________", "-----Original
// Message-----", "---------- Forwarded message ---------", "Begin forwarded message:") is followed by the
// forwarded message's own header ("From:"), what stands over it is blanked out (newlines kept, so offsets
// and line structure stay as they were). The last such mark counts: a thread forwarded twice.
// An email's subject line that marks it forwarded: "Subject: FW: …", "Betreff: WG: …", "Objet : TR : …".
bool subjectSaysForwarded(const std::string& text) {
    for (std::size_t start = 0; start < text.size();) {
        std::size_t eol = text.find('\n', start);
        if (eol == std::string::npos) eol = text.size();
        const std::string line = lowerAscii(collapseWhitespace(text.substr(start, eol - start)));
        start = eol + 1;
        for (const char* key : {"subject:", "betreff:", "objet :", "objet:", "asunto:", "oggetto:", "assunto:", "onderwerp:"}) {
            if (line.rfind(key, 0) != 0) continue;
            const std::string value = collapseWhitespace(line.substr(std::strlen(key)));
            for (const char* fw : {"fw:", "fwd:", "wg:", "tr:", "tr :", "rv:", "enc:", "i:", "doorst:"}) {
                if (value.rfind(fw, 0) == 0) return true;
            }
        }
    }
    return false;
}

// Whether most of the lines from `from` on are quoted ("> …"), a message forwarded as a reply quotes it.
bool mostlyQuoted(const std::string& text, std::size_t from) {
    std::size_t lines = 0, quoted = 0;
    for (std::size_t start = from; start < text.size();) {
        std::size_t eol = text.find('\n', start);
        if (eol == std::string::npos) eol = text.size();
        const std::size_t first = text.find_first_not_of(" \t", start);
        if (first < eol) {
            ++lines;
            quoted += text[first] == '>';
        }
        start = eol + 1;
    }
    return lines >= 4 && quoted * 10 >= lines * 7;
}

// One level of quoting off every quoted line from `from` on, its marks made spaces (offsets kept).
void dequoted(std::string& text, std::size_t from) {
    for (std::size_t start = from; start < text.size();) {
        std::size_t eol = text.find('\n', start);
        if (eol == std::string::npos) eol = text.size();
        const std::size_t first = text.find_first_not_of(" \t", start);
        if (first < eol && text[first] == '>') {
            text[first] = ' ';
            if (first + 1 < eol && text[first + 1] == ' ') text[first + 1] = ' ';
        }
        start = eol + 1;
    }
}

std::string fromForwardedMessage(std::string text, int depth = 0) {
    std::size_t cut = std::string::npos;
    const bool forwardSubject = text.find("_____") != std::string::npos || text.find("riginal") != std::string::npos ||
                                text.find("rspr") != std::string::npos || text.find("origine") != std::string::npos
                                    ? subjectSaysForwarded(text)
                                    : false;
    // (Most texts hold no mark at all: their lines are not walked.)
    const std::string lowered = lowerAscii(text);
    if (!forwardSubject && lowered.find("forwarded message") == std::string::npos && lowered.find("doorgestuurd bericht") == std::string::npos &&
        lowered.find("weitergeleitete nachricht") == std::string::npos) {
        return text;
    }
    for (std::size_t start = 0; start < text.size();) {
        std::size_t eol = text.find('\n', start);
        if (eol == std::string::npos) eol = text.size();
        const std::string line = collapseWhitespace(text.substr(start, eol - start));
        const std::string lower = lowerAscii(line);
        // (A reply quotes the message it answers under the same marks: "_____" and "Original Message" count
        // only in a message whose subject says it is forwarded, "FW:", "Fwd:", "WG:".)
        const bool forwarded = lower.find("forwarded message") != std::string::npos || lower == "begin forwarded message:" ||
                               lower.find("doorgestuurd bericht") != std::string::npos || lower.find("weitergeleitete nachricht") != std::string::npos;
        const bool mark = forwarded || (forwardSubject &&
                                        ((line.size() >= 10 && line.find_first_not_of("_") == std::string::npos) ||
                                         lower.find("original message") != std::string::npos ||
                                         lower.find("urspr\xC3\xBCngliche nachricht") != std::string::npos ||
                                         lower.find("message d'origine") != std::string::npos || lower.find("mensaje original") != std::string::npos ||
                                         lower.find("messaggio originale") != std::string::npos || lower.find("mensagem original") != std::string::npos));
        if (mark) {
            // (The forwarded header within the next two lines: "From:", "Von:", "De :", "Da:", "Van:".)
            std::size_t next = eol + 1;
            for (int lines = 0; lines < 3 && next < text.size(); ++lines) {
                std::size_t end = text.find('\n', next);
                if (end == std::string::npos) end = text.size();
                const std::string header = lowerAscii(collapseWhitespace(text.substr(next, end - next)));
                if (header.rfind("from:", 0) == 0 || header.rfind("von:", 0) == 0 || header.rfind("de :", 0) == 0 ||
                    header.rfind("de:", 0) == 0 || header.rfind("da:", 0) == 0 || header.rfind("van:", 0) == 0) {
                    cut = start;
                    break;
                }
                if (!header.empty()) break;
                next = end + 1;
            }
        }
        start = eol + 1;
    }
    if (cut == std::string::npos) return text;
    blankKeepingLines(text, 0, cut);
    // (A forward of a forward sent as a reply quotes the message it passes on, "> > …": its marks go, and
    // the message inside is looked for in turn.)
    if (depth < 4 && mostlyQuoted(text, cut)) {
        dequoted(text, cut);
        return fromForwardedMessage(std::move(text), depth + 1);
    }
    return text;
}

// A word processor's comments exported with the text: each anchored after a word ("pousadas[a] da
// região") and written out at the end on a line of its own ("[a]Renata, confirmar número…"). The
// comments' lines are blanked and their anchors taken out; a text without such lines is left as it is.
std::string withoutExportedComments(std::string text) {
    const auto markAt = [&](std::size_t at) -> std::size_t {  // the mark's length at `at`, 0 when none
        if (at + 2 >= text.size() || text[at] != '[') return 0;
        std::size_t k = at + 1;
        while (k < text.size() && k - at <= 3 && text[k] >= 'a' && text[k] <= 'z') ++k;
        return k > at + 1 && k < text.size() && text[k] == ']' ? k + 1 - at : 0;
    };
    std::vector<std::pair<std::size_t, std::size_t>> comments;  // lines that open on a mark
    for (std::size_t start = 0; start < text.size();) {
        std::size_t eol = text.find('\n', start);
        if (eol == std::string::npos) eol = text.size();
        const std::size_t first = text.find_first_not_of(" \t\xEF\xBB\xBF", start);
        if (first < eol) {
            if (const std::size_t n = markAt(first); n != 0 && first + n < eol && text[first + n] != ' ') comments.emplace_back(start, eol);
        }
        start = eol + 1;
    }
    if (comments.empty()) return text;
    // (Anchors only where the comments are: a mark glued to the word before it.)
    std::string out;
    out.reserve(text.size());
    std::size_t c = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (c < comments.size() && i >= comments[c].first && i < comments[c].second) {
            if (text[i] != '\n') out += ' ';
            if (i + 1 == comments[c].second) ++c;
            continue;
        }
        if (const std::size_t n = markAt(i); n != 0 && i > 0 && std::isalpha(static_cast<unsigned char>(text[i - 1])) != 0) {
            i += n - 1;
            continue;
        }
        out += text[i];
    }
    return out;
}

// A broadcast script in two columns, the shots on the left and the words on the right, a tab between
// them under a "VIDEO<tab>AUDIO" header ("PICTURE/SOUND", "BILD/TON", "IMAGE/SON", "IMAGEN/AUDIO"): the
// words are read, the shots and cues are not. Lines are kept, so offsets stay near.
std::string audioColumnOnly(const std::string& text) {
    std::vector<std::string> lines = splitLines(text);
    std::size_t header = lines.size();
    for (std::size_t i = 0; i < lines.size() && header == lines.size(); ++i) {
        const std::size_t tab = lines[i].find('\t');
        if (tab == std::string::npos) continue;
        const std::string left = lowerAscii(collapseWhitespace(lines[i].substr(0, tab)));
        const std::string right = lowerAscii(collapseWhitespace(lines[i].substr(tab + 1)));
        const bool shots = left == "video" || left == "picture" || left == "pictures" || left == "visuals" || left == "vision" || left == "bild" ||
                           left == "image" || left == "imagen" || left == "imagem" || left == "immagini";
        const bool words = right == "audio" || right == "sound" || right == "ton" || right == "son" || right == "text";
        if (shots && words) header = i;
    }
    if (header == lines.size()) return text;
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::size_t tab = lines[i].find('\t');
        if (i == header) {
            out += '\n';
        } else if (i > header && tab != std::string::npos) {
            out += lines[i].substr(lines[i].find_last_of('\t') + 1) + '\n';
        } else {
            out += lines[i] + '\n';
        }
    }
    return out;
}

// An email's or a Usenet post's signature: "-- " alone on a line (RFC 3676's delimiter, its space kept)
// and a few short lines under it to the end, a name and a motto. Blanked out (newlines kept).
std::string withoutSignature(std::string text) {
    // ("--" without its space, as pasting leaves it, under a story of some length: a newsletter's foot, a forwarder's
    // name and the firm's notice after it, "Eastfield Gazette | 500 Main St. …", "Sent from my iPhone"; all of it goes
    // when it is a tail, a third of the words above it at most.)
    // (Four such marks at most are weighed, each over the text after it: a text of thousands of them is no letter.)
    std::size_t weighed = 0;
    for (std::size_t at = text.find("\n--"); at != std::string::npos && weighed < 4; at = text.find("\n--", at + 3)) {
        std::size_t end = at + 3;
        while (end < text.size() && (text[end] == ' ' || text[end] == '\r')) ++end;
        if (end < text.size() && text[end] != '\n') continue;
        // (After a blank line only, "What residents said" over "--" is a heading underlined; and what follows is a foot's: an
        // address to write to, a number, an unsubscribe link, a device's line, a notice. A story's last section after a
        // rule is read.)
        if (at == 0 || text[at - 1] != '\n') continue;
        ++weighed;
        const std::string tail = lowerUtf8(text.substr(end));
        std::size_t digits = 0;
        for (char c : tail) digits += std::isdigit(static_cast<unsigned char>(c)) != 0;
        const bool foot = tail.find('@') != std::string::npos || tail.find("unsubscribe") != std::string::npos ||
                          tail.find("sent from") != std::string::npos || tail.find("\xC2\xA9") != std::string::npos ||
                          tail.find("copyright") != std::string::npos || tail.find("confidential") != std::string::npos ||
                          tail.find(" | ") != std::string::npos || digits >= 10;
        const std::size_t above = countWords(text.substr(0, at)), below = countWords(text.substr(end));
        if (foot && above >= 80 && below * 3 <= above) {
            blankKeepingLines(text, at + 1, text.size());
            return text;
        }
    }
    const std::size_t mark = text.rfind("\n-- \n");
    if (mark == std::string::npos) return text;
    const std::string rest = text.substr(mark + 5);
    std::size_t lines = 0;
    for (const std::string& line : splitLines(rest)) {
        if (collapseWhitespace(line).empty()) continue;
        if (++lines > 6 || countWords(line) > 15) return text;
    }
    blankKeepingLines(text, mark + 1, text.size());
    return text;
}

// A story cut out and pasted between scissors marks, "----- schnipp -----" … "----- schnapp -----",
// "-- snip --", "8<------": what stands around them is the poster's own (a greeting, an opinion, a
// signature), not the story. Blanked out (newlines kept) where the marks hold thirty words at least.
std::string withinSnipMarks(std::string text) {
    const auto isMark = [](const std::string& raw) {
        const std::string line = lowerUtf8(collapseWhitespace(raw));
        if (line.empty() || countWords(line) > 4) return false;
        const bool cut = line.find("8<") != std::string::npos || line.find(">8") != std::string::npos ||
                         line.find("\xE2\x9C\x82") != std::string::npos;
        // (The word whole between the dashes: "-- Snapshot --" is no mark.)
        bool word = line.find("cut here") != std::string::npos;
        for (const std::string& w : splitWords(line)) word = word || w == "schnipp" || w == "schnapp" || w == "snip" || w == "snap";
        return (cut || word) && line.find("--") != std::string::npos;
    };
    std::size_t first = std::string::npos, last = std::string::npos, firstEnd = 0;
    for (std::size_t at = 0; at < text.size();) {
        std::size_t eol = text.find('\n', at);
        if (eol == std::string::npos) eol = text.size();
        if (isMark(text.substr(at, eol - at))) {
            if (first == std::string::npos) {
                first = at;
                firstEnd = eol;
            }
            last = at;
        }
        at = eol + 1;
    }
    if (first == std::string::npos || last == first || countWords(text.substr(firstEnd, last - firstEnd)) < 30) return text;
    blankKeepingLines(text, 0, firstEnd);
    blankKeepingLines(text, last, text.size());
    return text;
}

// "Frosinone-Cagliari 3-1", "Genoa 0 Lazio 1", "Leeds United 2–2 Hull": a match's line, names and its score.
bool endsOnScore(const std::string& line) {
    if (line.empty() || countWords(line) > 8 || line.back() == '.' || !std::isdigit(static_cast<unsigned char>(line.back()))) return false;
    std::size_t k = line.size();
    while (k > 0 && std::isdigit(static_cast<unsigned char>(line[k - 1]))) --k;
    if (line.size() - k > 3 || k < 3) return false;
    std::size_t mark = k;
    while (mark > 0 && line[mark - 1] == ' ') --mark;
    // (A dash or a colon between the goals, or the second side's name: "Genoa 0 Lazio 1".)
    const bool dash = mark > 0 && (line[mark - 1] == '-' || line[mark - 1] == ':');
    const bool enDash = mark >= 3 && line.compare(mark - 3, 3, "\xE2\x80\x93") == 0;
    std::size_t before = dash ? mark - 1 : enDash ? mark - 3 : mark;
    while (before > 0 && line[before - 1] == ' ') --before;
    if (dash || enDash) {
        std::size_t d = before;
        while (d > 0 && std::isdigit(static_cast<unsigned char>(line[d - 1]))) --d;
        if (d == before || before - d > 3) return false;
        before = d;
    }
    // (Names with letters before the score, and no sentence: "Price rose 3-1" has a verb in lower case.)
    const std::string names = line.substr(0, before);
    return std::any_of(names.begin(), names.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }) &&
           std::none_of(names.begin(), names.end(), [](char c) { return c == ',' || c == ';'; }) &&
           countWords(names) <= 6;
}

// "The plan draws on three sources:": a sentence that opens a list on the lines after it.
bool opensAList(const RawBlock& block) {
    return block.kind != BlockKind::Heading && countWords(block.text) >= 3 && !block.text.empty() && block.text.back() == ':';
}

// "Lugar: Formación Candeleros", "4,300: people who live within a 10-minute walk": a fact box's line, a
// short label and its value.
bool isLabelledFact(const std::string& line) {
    const std::size_t colon = line.find(": ");
    return colon != std::string::npos && colon > 0 && colon <= 48 && countWords(line) <= 16 && countWords(line.substr(0, colon)) <= 7 &&
           !line.empty() && line.back() != ':' && line.find("://") == std::string::npos;
}

// An item of a list copied without its bullets: a short line that is no sentence ("$2.5 million from
// the city's capital reserve"), or ends on a comma or semicolon, or closes with a full stop a list whose
// items did ("…, / …, / die Bereitschaft, sich zu beteiligen.").
bool isBareListItem(const RawBlock& block, bool afterComma) {
    if (block.kind != BlockKind::Paragraph || !block.images.empty() || block.text.empty()) return false;
    const std::size_t words = countWords(block.text);
    if (words == 0 || words > 18) return false;
    const char last = block.text.back();
    if (last == ':') return false;
    if (last == '.' || last == '!' || last == '?') return afterComma && last == '.';
    return true;
}

}  // namespace

// Subtitles (SRT, WebVTT) of a news bulletin: cue numbers and time ranges go, and the cues' lines run on
// into paragraphs, a new one where a cue ends a sentence and the next starts one. Other text is returned
// as it is.
// Advanced SubStation Alpha subtitles (.ass, Aegisub's): "[Script Info]" and "[V4+ Styles]" for the
// player, then "Dialogue: Layer,Start,End,Style,Name,MarginL,MarginR,MarginV,Effect,Text" per cue. Only the
// cues' text is read, without its override tags ("{\i1}") and with its line breaks ("\N") as spaces, and
// only in the style most cues use: a name's caption in a style of its own ("Navn") is no line of speech.
// The cues come back as SubRip's, for the rules that join cues into sentences. Other text is returned as it is.
std::string assAsSubRip(const std::string& text) {
    if (text.find("[Script Info]") == std::string::npos || text.find("\nDialogue:") == std::string::npos) return text;
    std::vector<std::pair<std::string, std::string>> cues;  // style, text
    for (const std::string& raw : splitLines(text)) {
        if (raw.rfind("Dialogue:", 0) != 0) continue;
        std::size_t at = 0;
        std::vector<std::string> fields;
        for (int f = 0; f < 9 && at != std::string::npos; ++f) {
            const std::size_t comma = raw.find(',', at);
            fields.push_back(raw.substr(at, comma == std::string::npos ? std::string::npos : comma - at));
            at = comma == std::string::npos ? comma : comma + 1;
        }
        if (at == std::string::npos || fields.size() < 9) continue;
        std::string words = raw.substr(at);
        for (std::size_t open = words.find('{'); open != std::string::npos; open = words.find('{', open)) {
            const std::size_t close = words.find('}', open);
            if (close == std::string::npos) break;
            words.erase(open, close + 1 - open);
        }
        for (const char* mark : {"\\N", "\\n", "\\h"}) {
            for (std::size_t k = words.find(mark); k != std::string::npos; k = words.find(mark, k)) words.replace(k, 2, " ");
        }
        words = collapseWhitespace(words);
        if (words.empty()) continue;
        cues.emplace_back(collapseWhitespace(fields[3]), words);
    }
    if (cues.empty()) return text;
    // (Each speaker's style is read, "Host", "Guest"; a style named for a caption, a sign or a name's
    // super, "Navn", "Caption", "Sign", is not.)
    const auto captionStyle = [](const std::string& style) {
        const std::string name = lowerAscii(style);
        for (const char* caption : {"navn", "name", "caption", "sign", "title", "super", "lower", "credit", "karaoke", "song", "note", "info"}) {
            if (name.find(caption) != std::string::npos) return true;
        }
        return false;
    };
    std::string out;
    std::size_t n = 0;
    for (const auto& [style, words] : cues) {
        if (captionStyle(style)) continue;
        ++n;
        out += std::to_string(n) + "\n00:00:00,000 --> 00:00:01,000\n" + words + "\n\n";
    }
    return out;
}

std::string subtitlesAsText(const std::string& original) {
    const std::string text = assAsSubRip(original);
    const auto isCueTime = [](const std::string& line) {
        const std::size_t arrow = line.find(" --> ");
        return arrow != std::string::npos && arrow >= 5 && line[arrow - 3] != ' ' &&
               std::isdigit(static_cast<unsigned char>(line[0])) && line.find(':') < arrow;
    };
    const std::vector<std::string> lines = splitLines(text);
    std::size_t cues = 0;
    for (const std::string& line : lines) cues += isCueTime(line);
    // A video's transcript as its page shows it ("Show transcript"): a time alone on a line ("0:05",
    // "1:02:17") over each line of words. The words are read as one text, the times not at all.
    const auto isStamp = [](const std::string& raw) {
        const std::string line = collapseWhitespace(raw);
        std::size_t k = 0, groups = 0;
        for (;;) {
            const std::size_t from = k;
            while (k < line.size() && std::isdigit(static_cast<unsigned char>(line[k]))) ++k;
            if (k == from || k - from > 2 || (groups > 0 && k - from != 2)) return false;
            ++groups;
            if (k == line.size()) return groups >= 2 && groups <= 3;
            if (line[k] != ':') return false;
            ++k;
        }
    };
    std::size_t stamps = 0, firstStamp = lines.size();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!isStamp(lines[i])) continue;
        ++stamps;
        firstStamp = std::min(firstStamp, i);
    }
    if (cues < 3 && stamps >= 5 && stamps * 3 >= (lines.size() - firstStamp)) {
        std::string out;
        for (std::size_t i = 0; i < firstStamp; ++i) out += lines[i] + "\n";
        out += "\n";
        std::string paragraph;
        for (std::size_t i = firstStamp; i < lines.size(); ++i) {
            const std::string line = collapseWhitespace(lines[i]);
            if (line.empty() || isStamp(line)) continue;
            const char last = paragraph.empty() ? ' ' : paragraph.back();
            if ((last == '.' || last == '!' || last == '?') && !std::islower(static_cast<unsigned char>(line[0]))) {
                out += paragraph + "\n\n";
                paragraph.clear();
            }
            paragraph += (paragraph.empty() ? "" : " ") + line;
        }
        return out + paragraph + "\n";
    }
    if (cues < 3) return text;
    std::string out, paragraph;
    bool inCue = false;
    // (WebVTT's blocks between the cues: a NOTE's lines are comments, a STYLE's and a REGION's the
    // player's; none is read.)
    bool inBlock = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string line = collapseWhitespace(lines[i]);
        if (isCueTime(line)) {
            inCue = true;
            inBlock = false;
            continue;
        }
        if (line.empty()) {
            inCue = false;
            inBlock = false;
            continue;
        }
        if (!inCue && !inBlock && (line == "NOTE" || line.rfind("NOTE ", 0) == 0 || line == "STYLE" || line == "REGION")) inBlock = true;
        if (inBlock) continue;
        // (A cue's number stands alone over its time; "WEBVTT" heads the file, with its header's fields.)
        if (!inCue && (line.find_first_not_of("0123456789") == std::string::npos || line.rfind("WEBVTT", 0) == 0 ||
                       line.rfind("Kind:", 0) == 0 || line.rfind("Language:", 0) == 0 || line.rfind("X-TIMESTAMP-MAP", 0) == 0)) {
            continue;
        }
        // (A cue's tags, "<v Pivô>", "</i>", "<00:00:03.500>", are the player's.)
        for (std::size_t open = line.find('<'); open != std::string::npos; open = line.find('<', open)) {
            const std::size_t close = line.find('>', open);
            if (close == std::string::npos) break;
            const std::string tag = line.substr(open + 1, close - open - 1);
            std::string name = !tag.empty() && tag[0] == '/' ? tag.substr(1) : tag;
            name = name.substr(0, name.find_first_of(" ."));
            const bool cueTag = name == "v" || name == "c" || name == "i" || name == "b" || name == "u" || name == "lang" || name == "ruby" ||
                                name == "rt" || (!tag.empty() && std::isdigit(static_cast<unsigned char>(tag[0])));
            if (!cueTag) {
                open = close;
                continue;
            }
            line.erase(open, close + 1 - open);
        }
        line = collapseWhitespace(line);
        if (line.empty()) continue;
        // (A sound in brackets, "(Musique)", "[Música]", is a line of its own.)
        const bool sound = (line.front() == '(' && line.back() == ')') || (line.front() == '[' && line.back() == ']');
        const char last = paragraph.empty() ? '.' : paragraph.back();
        const bool ends = last == '.' || last == '!' || last == '?' || last == ')';
        // (A cue that starts with a figure carries on the one before when that was cut after a short form in
        // lower case: "… er kl." over "8.30, så …"; "on Sunday." over "12 people were hurt" are two.)
        const std::size_t lastSpace = paragraph.find_last_of(' ');
        const std::string lastWord = paragraph.substr(lastSpace == std::string::npos ? 0 : lastSpace + 1);
        const bool shortForm = last == '.' && lastWord.size() <= 5 && !lastWord.empty() && std::islower(static_cast<unsigned char>(lastWord[0]));
        if (!paragraph.empty() && (sound || (ends && !std::islower(static_cast<unsigned char>(line[0])) &&
                                             !(shortForm && std::isdigit(static_cast<unsigned char>(line[0])))))) {
            out += paragraph + "\n\n";
            paragraph.clear();
        }
        if (sound) {
            out += line + "\n\n";
            continue;
        }
        paragraph += (paragraph.empty() ? "" : " ") + line;
    }
    return out + paragraph + "\n";
}

namespace {

// InDesign's tagged text writes every character beyond its code page as "<0x2019>": each is the
// character it names ("dell<0x2019>anno" is "dell’anno"). Its style tags go with the other tags.
std::string withInDesignCharacters(std::string text) {
    if (text.find("<0x") == std::string::npos) return text;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 3, "<0x") == 0) {
            std::size_t end = i + 3;
            while (end < text.size() && end - i - 3 < 6 && std::isxdigit(static_cast<unsigned char>(text[end]))) ++end;
            if (end - i - 3 >= 4 && end < text.size() && text[end] == '>') {
                const auto cp = static_cast<char32_t>(std::stoul(text.substr(i + 3, end - i - 3), nullptr, 16));
                if (cp >= 0x20 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
                    appendUtf8(out, cp);
                    i = end;
                    continue;
                }
            }
        }
        out += text[i];
    }
    return out;
}

// A page's running head as a PDF's text keeps it: "(Slip Opinion)      OCTOBER TERM, 2024      1", parts set
// apart by wide runs of spaces with the page's number first or last. Not read, nor taken for the headline.
std::string withoutRunningHeads(const std::string& text) {
    if (text.find("    ") == std::string::npos) return text;
    std::string out;
    std::string previous;  // the last line with words
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string line = text.substr(start, end - start);
        std::vector<std::string> parts;
        for (std::size_t k = 0; k < line.size();) {
            while (k < line.size() && line[k] == ' ') ++k;
            std::size_t e = k;
            while (e < line.size() && line.compare(e, 4, "    ") != 0) ++e;
            std::string part = line.substr(k, e - k);
            while (!part.empty() && part.back() == ' ') part.pop_back();
            if (!part.empty()) parts.push_back(part);
            k = e;
        }
        // (Or the number with its word, "PAGE 15", "Page 3 of 40", "Seite 12".)
        const auto page = [](std::string p) {
            const std::string lower = lowerAscii(p);
            for (const char* word : {"page ", "pg. ", "p. ", "seite ", "pagina ", "p\xC3\xA1gina ", "sida ", "side ", "strona "}) {
                if (lower.rfind(word, 0) == 0) {
                    p = p.substr(std::strlen(word));
                    break;
                }
            }
            if (const std::size_t of = p.find(" of "); of != std::string::npos) p = p.substr(0, of);
            return !p.empty() && p.size() <= 3 && std::all_of(p.begin(), p.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
        };
        // (Or two parts, the page's number and a title of four words or more without a sentence's stop, at a page's turn,
        // under the last page's foot, or naming the paper's authors: "2      O'Rourke et al. Vitamin D3 and colchicine in
        // post-COVID fatigue"; a table's "3      Remco Evenepoel Soudal Quick-Step" keeps its rows.)
        const bool pageTurn = page(collapseWhitespace(previous)) || previous.find('\f') != std::string::npos || line.find('\f') != std::string::npos;
        // (A page's number with its word, "Page 4", says what it is anywhere: "Northgate Water Authority | 2024 Annual Report
        // Page 4" is a foot in the middle of the text.)
        const auto worded = [&](const std::string& p) { return page(p) && std::isalpha(static_cast<unsigned char>(p[0])) != 0; };
        const auto title = [&](const std::string& p, bool named) {
            const char last = p.back();
            return countWords(p) >= 4 && countWords(p) <= 16 && last != '.' && last != '?' && last != '!' && last != ':' &&
                   (pageTurn || named || p.find(" et al") != std::string::npos);
        };
        const bool head = (parts.size() >= 3 && (page(parts.front()) || page(parts.back())) && countWords(line) <= 12) ||
                          (parts.size() == 2 && ((page(parts.front()) && title(parts.back(), worded(parts.front()))) ||
                                                 (page(parts.back()) && title(parts.front(), worded(parts.back())))));
        // (A journal's head over its article, its volume beside the date it was published: "The Lancet Regional Health –
        // Europe 2025;48: 101122      Published online March 3, 2025" keeps the date for the date line.)
        static const std::regex kVolume("\\b(?:19|20)\\d\\d ?; ?\\d{1,4}\\b");
        const auto published = [](const std::string& p) { return startsWithAnyOf(lowerAscii(p), {"published", "first published"}); };
        if (!head && parts.size() == 2 && (published(parts.back()) || published(parts.front()))) {
            const std::string& journal = published(parts.back()) ? parts.front() : parts.back();
            if (std::regex_search(journal, kVolume)) {
                out += published(parts.back()) ? parts.back() : parts.front();
                if (end < text.size()) out += '\n';
                start = end + 1;
                continue;
            }
        }
        if (!head) out.append(text, start, end - start);
        if (line.find_first_not_of(" \t\r") != std::string::npos) previous = line;
        if (end < text.size()) out += '\n';
        start = end + 1;
    }
    return out;
}

// A wire's feed as its desk terminal saves it (ANPA 1312): each line of the header and each paragraph
// opened by "^" and closed by "<", the quad marks of the typesetting it was made for. Two lines so
// marked at least: the marks go, and the lines are read as any.
std::string withoutQuadMarks(const std::string& text) {
    std::size_t marked = 0;
    for (std::size_t at = 0; at < text.size();) {
        std::size_t end = text.find('\n', at);
        if (end == std::string::npos) end = text.size();
        std::size_t last = end;
        while (last > at && (text[last - 1] == '\r' || text[last - 1] == ' ')) --last;
        if (last > at + 1 && text[at] == '^' && text[last - 1] == '<') ++marked;
        at = end + 1;
    }
    if (marked < 2) return text;
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        std::size_t end = text.find('\n', at);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(at, end - at);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
        if (!line.empty() && line.front() == '^') line.erase(0, 1);
        if (!line.empty() && line.back() == '<') line.pop_back();
        out += line;
        if (end < text.size()) out += '\n';
        at = end + 1;
    }
    return out;
}

// "… vertreten sind./tm/jr/DP/zb": the initials of the editors who handled a wire's story, set between slashes
// after its last full stop (dpa's way). They are for the desk; the line ends at its stop.
std::string withoutEditorsInitials(const std::string& text) {
    if (text.find("./") == std::string::npos && text.find("\"/") == std::string::npos) return text;
    // (After a word's last letter and its stop: "cd ./src/app" is a path.)
    static const std::regex kInitials("([^ \t\n/.])([.!?\"])((?:/[A-Za-z]{1,4}){2,6})[ \t]*(\r?\n|$)");
    return std::regex_replace(text, kInitials, "$1$2$4");
}

}  // namespace

std::vector<RawBlock> textBlocks(const std::string& original, std::string& printedTitle) {
    const std::string text = withoutTemplateTags(leftoverHtmlAsText(blankOutCode(withoutExportedComments(
        fromForwardedMessage(subtitlesAsText(pipeTablesAsRows(spacedTablesAsPipeTables(spacedStandingsAsRows(lightMarkupAsText(withInDesignCharacters(withinSnipMarks(withoutSignature(audioColumnOnly(withoutQuadMarks(withoutEditorsInitials(withoutRunningHeads(withoutJumpSlugs(withoutWikiChrome(withoutBroadcastCues(mailMessageAsText(rtfAsText(original)))))))))))))), false))))))));
    printedTitle.clear();
    const std::vector<std::vector<Line>> runs = splitRuns(text, printedTitle);
    std::vector<RawBlock> blocks;
    // (A list runs on across blank lines between its items.)
    bool listOpen = false, afterComma = false;
    const auto markListItem = [&](RawBlock& block) {
        if (listOpen && isBareListItem(block, afterComma)) {
            block.kind = BlockKind::ListItem;
            afterComma = block.text.back() == ',' || block.text.back() == ';';
            listOpen = block.text.back() != '.';  // (the full stop closes it)
        } else {
            listOpen = opensAList(block);
            afterComma = false;
        }
    };
    for (const std::vector<Line>& wrapped : runs) {
        const std::vector<Line> run = unwrapped(withItemsCarriedOn(withHyphenBreaksJoined(wrapped)), printedTitle);
        if (looksHardWrapped(run, blocks.empty())) {
            std::string joined;
            for (const Line& line : run) appendCarriedOn(joined, collapseWhitespace(line.text));
            blocks.push_back(blockFromLine(joined, run.front().offset));
            listOpen = false;
            continue;
        }
        // A fact box: a title with no stop over lines of labels and values ("Ficha del hallazgo" over
        // "Lugar: …", "By the numbers" over "46: employees affected"), three at least: a list.
        std::vector<bool> fact(run.size(), false);
        for (std::size_t i = 0; i + 3 < run.size(); ++i) {
            const std::string title = collapseWhitespace(run[i].text);
            // (A field of a CMS's export, "Title: …" over "Author: …", is no box's title.)
            if (title.empty() || countWords(title) > 8 || std::string(".:!?").find(title.back()) != std::string::npos ||
                title.find(": ") != std::string::npos) {
                continue;
            }
            std::size_t k = i + 1;
            while (k < run.size() && isLabelledFact(collapseWhitespace(run[k].text))) ++k;
            if (k - i - 1 < 3) continue;
            for (std::size_t m = i + 1; m < k; ++m) fact[m] = true;
            i = k - 1;
        }
        // Figures set out a line each, "$1.2 trillion — the backlog's value" over "17,000+ — aircraft on order": two at
        // least, each opening on its figure, are a list's items (short and without a stop, each would pass for a heading).
        std::size_t figures = 0;
        for (const Line& line : run) figures += opensOnFigure(collapseWhitespace(line.text));
        if (figures >= 2 && figures * 2 >= run.size()) {
            // (And a short line among them or after them without a figure, "Sea salt and freshly ground black pepper" at
            // the foot of a recipe's ingredients, is an item of the same list.)
            bool opened = false;
            for (std::size_t i = 0; i < run.size(); ++i) {
                const std::string line = collapseWhitespace(run[i].text);
                const bool figure = opensOnFigure(line);
                fact[i] = fact[i] || figure ||
                          (opened && !line.empty() && countWords(line) <= 8 && std::string(".:!?").find(line.back()) == std::string::npos);
                opened = opened || figure;
            }
        }
        // A round's results, a line a match: "Frosinone-Cagliari 3-1", "Genoa 0 Lazio 1"; two at least, and the
        // run's short lines with them (its heading, a day, a fixture still to play) are read as a list's items.
        std::size_t results = 0;
        for (const Line& line : run) results += endsOnScore(collapseWhitespace(line.text));
        if (results >= 2 && results * 2 >= run.size()) {
            for (std::size_t i = 0; i < run.size(); ++i) fact[i] = fact[i] || countWords(run[i].text) <= 8;
        }
        for (std::size_t i = 0; i < run.size(); ++i) {
            RawBlock block = blockFromLine(run[i].text, run[i].offset);
            block.joined_to_previous = i > 0;
            if (fact[i] && block.kind == BlockKind::Paragraph) {
                block.kind = BlockKind::ListItem;
                blocks.push_back(std::move(block));
                continue;
            }
            // A paragraph broken mid-sentence: the next line carries on in lower case. (A line of any length
            // that ends on a comma too, a transcript's segment, "Le litre passera de 158,5 à 154,5 francs,";
            // not an item of a list a sentence opened, "Members pay:" over "a monthly fee,".)
            // (Or a figure alone, a fact box's number over its words: "1.25" over "million homes are without power".)
            const auto figureAlone = [](const std::string& text) {
                const std::vector<std::string> words = splitWords(text);
                if (words.empty() || words.size() > 2 || !std::isdigit(static_cast<unsigned char>(words[0].back()))) return false;
                if (words[0].find_first_not_of("0123456789.,%$\xC2\xA3\xE2\x82\xAC+~") != std::string::npos) return false;
                return words.size() == 1 || words[1] == "million" || words[1] == "billion" || words[1] == "per" || words[1] == "percent";
            };
            while (block.images.empty() && !block.text.empty() && !endsSentence(block.text) &&
                   (countWords(block.text) > 15 || (block.text.back() == ',' && !listOpen) || figureAlone(block.text)) && i + 1 < run.size()) {
                const RawBlock next = blockFromLine(run[i + 1].text, run[i + 1].offset);
                if (!next.images.empty() || next.text.empty() ||
                    !std::islower(static_cast<unsigned char>(next.text[0])) || isBylineShaped(next.text)) {
                    break;
                }
                appendCarriedOn(block.text, next.text);
                ++i;
            }
            markListItem(block);
            // A printed story broken by a page: "…Sally Brennan, 58, whose" at a page's foot, a jump line
            // "(Continued from Page A7)" and the running head between, and "house on Burnley Road has…" on
            // the next. The jump line goes, and the paragraph is one again.
            if (i == 0 && block.kind == BlockKind::Paragraph && block.images.empty()) {
                bool jumped = false;
                while (!blocks.empty() && isJumpLine(blocks.back().text)) {
                    blocks.pop_back();
                    jumped = true;
                }
                // (Only where a jump line stood between them, or after a paragraph too long for a heading: "Strong
                // demand in the second quarter" over "iPhone sales rose…" stay two.)
                const bool carried = !block.text.empty() && std::islower(static_cast<unsigned char>(block.text[0])) &&
                                     !isBylineShaped(block.text);
                if (carried && !blocks.empty() && blocks.back().kind == BlockKind::Paragraph && blocks.back().images.empty() &&
                    !blocks.back().text.empty() && std::islower(static_cast<unsigned char>(blocks.back().text.back())) &&
                    countWords(blocks.back().text) >= 3 &&
                    (jumped || countWords(blocks.back().text) >= 15 || endsOnJoiningWord(blocks.back().text, true))) {
                    appendCarriedOn(blocks.back().text, block.text);
                    continue;
                }
            }
            blocks.push_back(std::move(block));
        }
    }
    return blocks;
}

}  // namespace readcast
