// Which line is the headline: the declared title, a printed headline under a masthead, a pasted page's first lines.

#include "ingest/assembly/Assembly.hpp"
#include "core/WordSet.hpp"
#include "ingest/assembly/LineShapes.hpp"

#include <cstring>
#include <regex>

#include "core/Ascii.hpp"
#include "core/Months.hpp"
#include "core/Utf8.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/Byline.hpp"
#include "ingest/DateParser.hpp"
#include "ingest/Furniture.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <set>
#include <unicode/uchar.h>

namespace readcast::assembly {

namespace {

// "RNS Number : 4821K", "Page 2841", "Ref: HHW/2024/17": a document's number on a line of its own,
// never its headline.
bool isCodeLine(const std::string& t) {
    const std::vector<std::string> words = splitWords(t);
    if (words.empty() || words.size() > 4 || t.find_first_of("0123456789") == std::string::npos) return false;
    const std::string first = lowerUtf8(words[0]);
    const bool labelled = t.find(": ") != std::string::npos || t.find(" :") != std::string::npos;
    return labelled || first == "page" || first == "p\xC3\xA1gina" || first == "seite" || first == "pagina" || first == "ref" ||
           first == "no." || first == "nr." || first == "issue";
}

// "Contact: Sgt. Teresa Vance, Public Information Officer, (555) 214-7780", "Media contact: Ana Ruiz, ana@…": a release's
// contact field, its label, and an address or a telephone number in its groups ("Contact: 911 dispatchers overwhelmed as
// storm knocks out 2,000,000 phones" is a headline).
bool isContactField(const std::string& t) {
    const std::string lower = lowerUtf8(t.substr(0, std::min<std::size_t>(t.size(), 240)));
    if (!startsWithAnyOf(lower, {"contact:", "contacts:", "media contact:", "press contact:", "media contacts:", "press contacts:"})) return false;
    if (lower.find('@') != std::string::npos) return true;
    static const std::regex kPhone(R"((\(\d{3}\)\s?|\b\d{3}[-. ])\d{3}[-. ]\d{4}\b|\+\d{1,3}[ (])");
    return lower.find_first_of("0123456789") != std::string::npos && std::regex_search(lower, kPhone);
}

// "Go to market news section", "Back to top", "Skip to content": a link's way round the page.
bool isNavigationLine(const std::string& t) {
    const std::string lower = lowerUtf8(t.substr(0, std::min<std::size_t>(t.size(), 16)));
    return countWords(t) <= 8 && startsWithAnyOf(lower, {"go to ", "back to ", "skip to ", "return to ", "jump to "});
}

// "NORD Russian News Agency" over "Politics | World | Business", "U.S. Department of Defense" over
// "Search" and "Home > News > Contracts": a site's name, its words capitalized, over its menu, in pasted
// text; the headline is further down.
bool isMastheadOverMenu(const std::vector<RawBlock>& raw, std::size_t i, const std::vector<bool>& menu) {
    const std::vector<std::string> words = splitWords(raw[i].text);
    if (words.size() < 2 || words.size() > 6 || !std::all_of(words.begin(), words.end(), [](const std::string& w) {
            const auto c = static_cast<unsigned char>(w[0]);
            return std::isupper(c) || c >= 0xC3 || std::isdigit(c) || w == "of" || w == "the" || w == "from" || w == "and";
        })) {
        return false;
    }
    // (Not a button over the menu: "Sign In", "Search SCP", "My Account".)
    const std::string first = lowerAscii(words[0]);
    if (first == "sign" || first == "log" || first == "search" || first == "subscribe" || first == "menu" || first == "home" ||
        first == "skip" || first == "register" || first == "my" || first == "account" || first == "login" || isBoilerplate(raw[i].text)) {
        return false;
    }
    // (Not over a writer's name and its follow button, "Dana Whitfield" over "Follow", or run into it: a blog's header under its
    // headline.)
    for (std::size_t next = i + 1, seen = 0; next < raw.size() && seen < 3; ++next) {
        const std::string& n = raw[next].text;
        if (n.empty()) continue;
        ++seen;
        const std::vector<std::string> named = splitWords(n);
        if (named.size() <= 5 && (lowerAscii(named.back()) == "follow" || lowerAscii(named.back()) == "subscribe")) return false;
    }
    for (std::size_t next = i + 1, seen = 0; next < raw.size() && seen < 2; ++next) {
        const std::string& n = raw[next].text;
        if (n.empty()) continue;
        if (menu[next] || isRowOfShortItems(n) || n.find(" > ") != std::string::npos || n.find(" \xE2\x80\xBA ") != std::string::npos ||
            n.find(" | ") != std::string::npos) {
            return true;
        }
        // (Past a single word, a search box's: "Search".)
        if (countWords(n) > 1) return false;
        ++seen;
    }
    return false;
}

// A name of one to six words, capitalized but for its particles ("Le Courrier de l'Estuaire", "FJORDPOSTEN",
// "DIE BOLANDSE NUUSBLAD"), as a heading at i, over a menu's row or a breadcrumb and nothing of a story's length,
// then a heading of five words or more: that heading's index, else 0.
std::size_t headlineUnderMasthead(const std::vector<RawBlock>& raw, std::size_t i) {
    const std::vector<std::string> words = splitWords(raw[i].text);
    if (raw[i].kind != BlockKind::Heading || words.empty() || words.size() > 6 || raw[i].text.find_first_of(".?!:") != std::string::npos) {
        return 0;
    }
    static constexpr WordSet kParticles({"de", "du", "des", "la", "le", "les", "di", "del", "della", "da", "do", "dos", "van",
                                                  "der", "den", "het", "of", "the", "and", "&", "y", "e", "et", "und", "og"});
    for (const std::string& w : words) {
        const auto c = static_cast<unsigned char>(w[0]);
        const bool elided = w.size() > 2 && (w[1] == '\'' || w.compare(1, 3, "\xE2\x80\x99") == 0);  // "l'Estuaire"
        if (!(std::isupper(c) || c >= 0xC3 || std::isdigit(c) || kParticles.count(w) != 0 || elided)) return 0;
    }
    bool chrome = false;
    for (std::size_t k = i + 1, seen = 0; k < raw.size() && seen < 6; ++k) {
        const std::string& t = raw[k].text;
        // (A block already cleared as the page's chrome, a menu's, counts as chrome under a name in capitals
        // or of one word, "# FJORDPOSTEN": a headline in title case may stand over a cleared share row.)
        if (t.empty()) {
            chrome = chrome || words.size() == 1 || inCapitalsOnly(raw[i].text);
            continue;
        }
        ++seen;
        if (raw[k].kind == BlockKind::Heading) {
            return chrome && countWords(t) >= 5 && raw[k].link_density < 0.5 ? k : 0;
        }
        // (The site's chrome: a row of links or of short items, a breadcrumb.)
        const bool row = raw[k].link_density >= 0.5 || isRowOfShortItems(t) || t.find(" | ") != std::string::npos ||
                         t.find(" \xC2\xB7 ") != std::string::npos || t.find(" \xE2\x80\xBA ") != std::string::npos ||
                         t.find(" > ") != std::string::npos;
        chrome = chrome || row;
        if (!row && countWords(t) > 12) return 0;
    }
    return 0;
}

// A live page's ticker over the headline, another story: "LIVE Storm Éowyn: power restored…", and a
// breaking-news line in any language, "SON DAKİKA: …", "EILMELDUNG: …".
bool isTickerLine(const std::string& t) {
    const std::string head = lowerUtf8(t.substr(0, std::min<std::size_t>(t.size(), 24)));
    // (A live page's own label before its headline is no ticker: "LIVE UPDATES: Fire hits Manila Central Post Office".)
    return (t.rfind("LIVE ", 0) == 0 && t.rfind("LIVE UPDATES", 0) != 0 && t.rfind("LIVE UPDATE:", 0) != 0 && t.rfind("LIVE BLOG", 0) != 0) ||
           startsWithAnyOf(head, {"breaking:", "breaking news:", "just in:", "son dak", "\xC3\xBAltima hora",
                                  "eilmeldung", "ultim'ora", "ultim\xE2\x80\x99ora", "derni\xC3\xA8re minute", "urgent :", "urgente:",
                                  "pilne:", "senaste nytt", "breaking nieuws", "\xD1\x81\xD1\x80\xD0\xBE\xD1\x87\xD0\xBD\xD0\xBE"});
}

std::string withoutBreakingLabel(const std::string& line) {
    for (const char* label : {"BREAKING NEWS | ", "BREAKING NEWS: ", "BREAKING | ", "BREAKING: ", "Breaking | ", "Breaking: "}) {
        if (line.rfind(label, 0) == 0) return line.substr(std::strlen(label));
    }
    return line;
}

std::string joinWords(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t k = from; k < to; ++k) out += (out.empty() ? "" : " ") + words[k];
    return out;
}

// "Börsenblick.de – Nachrichten, Kurse, Analysen", "ВЕСТИ ПОВОЛЖЬЯ — новости региона": a masthead's name
// without the tagline after its dash ("Vesti Povolzhya" in capitals stays as the page sets it).
std::string withoutTagline(const std::string& masthead) {
    for (const char* dash : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", " | "}) {
        const std::size_t at = masthead.find(dash);
        if (at == std::string::npos || at == 0) continue;
        const std::string name = collapseWhitespace(masthead.substr(0, at));
        const std::string tagline = collapseWhitespace(masthead.substr(at + std::strlen(dash)));
        if (countWords(name) <= 4 && countWords(tagline) >= 2) return name;
    }
    return masthead;
}

bool namedAgainBelow(const std::vector<RawBlock>& raw, std::size_t line, std::size_t story) {
    const std::string name = foldForComparison(raw[line].text);
    // (A site's name is a few words: a headline of fourteen is no name, whatever its words fold to.)
    if (name.size() < 6 || countWords(raw[line].text) > 6) return false;
    // (Within a longer line, as a copyright or a footer names the site: the same line alone again is the
    // headline listed among the most read.)
    for (std::size_t k = story; k < raw.size(); ++k) {
        const std::string below = foldForComparison(raw[k].text);
        if (below.size() > name.size() && below.find(name) != std::string::npos) return true;
    }
    return false;
}

// "8–10 minutes", "4 min read", "Lesezeit: 3 Minuten": how long the story takes to read.
bool isReadingTime(const std::string& line) {
    const std::vector<std::string> words = splitWords(lowerUtf8(line));
    if (words.empty() || words.size() > 4 || line.find_first_of("0123456789") == std::string::npos) return false;
    std::string unit = words.back() == "read" && words.size() > 1 ? words[words.size() - 2] : words.back();
    while (!unit.empty() && (unit.back() == '.' || unit.back() == ')')) unit.pop_back();
    for (const char* u : {"min", "mins", "minute", "minutes", "minuten", "minutos", "minuti", "minuter", "minutter", "minuut"}) {
        if (unit == u) return true;
    }
    return false;
}

// "Mar 3", "3 March": a day of a month, its year left out as a post's date line under the name leaves it.
bool isDayOfMonth(const std::string& line) {
    const std::vector<std::string> words = splitWords(line);
    if (words.size() != 2) return false;
    const auto day = [](const std::string& w) {
        return w.size() <= 2 && w.find_first_not_of("0123456789") == std::string::npos && std::stoi(w) >= 1 && std::stoi(w) <= 31;
    };
    return (monthFromName(words[0]) != 0 && day(words[1])) || (day(words[0]) && monthFromName(words[1]) != 0);
}

}  // namespace

// Plain text whose title is known (a printed page's margin names it, perhaps with the site's name
// after a bar): the line that says it is the headline, and what stands over it, holding no prose,
// is the page's chrome.
bool Assembly::takeHeadlineNamedBy(const std::string& declared, std::vector<RawBlock>& raw) {
    const std::string title = foldForComparison(declared);
    for (std::size_t i = 0, seen = 0; i < raw.size() && seen < 40; ++i) {
        if (raw[i].text.empty()) continue;
        ++seen;
        const std::string line = foldForComparison(raw[i].text);
        if (line.size() < 12 || title.rfind(line, 0) != 0 || countWords(raw[i].text) > kMaxHeadlineWords) continue;
        // (The whole title, or the title before a separator and the site's name: " | FreightPulse".)
        const std::size_t bar = declared.find(raw[i].text);
        const std::string rest = bar == std::string::npos ? "" : collapseWhitespace(declared.substr(bar + raw[i].text.size()));
        if (line != title && !(rest.size() > 2 && (rest.rfind("| ", 0) == 0 || rest.rfind("- ", 0) == 0 ||
                                                    rest.rfind("\xE2\x80\x93 ", 0) == 0 || rest.rfind("\xE2\x80\x94 ", 0) == 0))) {
            continue;
        }
        for (std::size_t k = 0; k < i; ++k) {
            if (countWords(raw[k].text) >= 20 && !isUnpunctuatedShortLine(raw[k].text, SIZE_MAX) && !isBoilerplate(raw[k].text) &&
                lowerAscii(raw[k].text).find("cookie") == std::string::npos) {
                return false;
            }
        }
        article_.title = raw[i].text;
        for (std::size_t k = 0; k <= i; ++k) raw[k].text.clear();
        return true;
    }
    return false;
}

// A headline wrapped onto a second line, as a PDF or a printed release sets it: "Helionyx Energy Secures $412
// Million Financing for 680 MW" over "Mojave Ridge Solar-Plus-Storage Project", no blank line between, both
// in a headline's capitals. (Not a writer's name under it, "Jane Smith", nor a date or a byline.)
void Assembly::takeHeadlineSecondLine(std::vector<RawBlock>& raw, std::size_t top) {
    if (const std::size_t next = top + 1; plain_ && next < raw.size() && raw[next].joined_to_previous && !raw[next].text.empty()) {
        const std::string& more = raw[next].text;
        const bool metadata = std::find(metadataLines_.begin(), metadataLines_.end(), next) != metadataLines_.end();
        // ("Premier League" over "Live: Arsenal 2-1 Chelsea": a label opening the next line opens the headline; the short line
        // over it is the section's kicker, not read.)
        const std::size_t colon = more.find(": ");
        const std::string label = colon == std::string::npos ? std::string() : lowerAscii(more.substr(0, colon));
        const bool labelled = countWords(more) >= 3 &&
                              (label == "live" || label == "watch" || label == "listen" || label == "analysis" || label == "opinion" ||
                               label == "comment" || label == "breaking" || label == "exclusive" || label == "explainer" || label == "review" ||
                               label == "interview" || label == "video" || label == "podcast" || label == "recap" || label == "preview" ||
                               label == "as it happened" || label == "in pictures" || label == "fact check");
        if (!metadata && labelled && countWords(article_.title) <= 3 && isUnpunctuatedShortLine(more, kMaxHeadlineWords) && !isBoilerplate(more)) {
            article_.title = collapseWhitespace(more);
            raw[next].text.clear();
            return;
        }
        // (Nor writers' names listed under it, "Stephen Stapczynski and Elena Mazneva", as a syndicated page sets its byline with
        // no "By": each piece a bare name of two or three words.)
        const bool names = [&] {
            std::string list = collapseWhitespace(more);
            for (const char* joint : {" and ", ", ", " & "}) {
                for (std::size_t at = list.find(joint); at != std::string::npos; at = list.find(joint)) list.replace(at, std::strlen(joint), "|");
            }
            if (list.find('|') == std::string::npos) return false;
            std::size_t start = 0;
            for (std::size_t bar = list.find('|'); ; bar = list.find('|', start)) {
                const std::string piece = list.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
                if (countWords(piece) < 2 || countWords(piece) > 3 || !isBareName(piece)) return false;
                if (bar == std::string::npos) return true;
                start = bar + 1;
            }
        }();
        if (!metadata && !names && headlineCapitals(article_.title) && headlineCapitals(more) && isUnpunctuatedShortLine(more, 12) &&
            countWords(article_.title) + countWords(more) <= kMaxHeadlineWords && !(isBareName(more) && countWords(more) <= 3) &&
            !isNameWithJob(more, 7) && !parseDate(more) && !inCapitalsOnly(more) && !isBoilerplate(more) && !isCreditLine(more) &&
            lowerAscii(more).rfind("by ", 0) != 0) {
            article_.title += " " + collapseWhitespace(more);
            raw[next].text.clear();
        }
    }
}

// Between a pasted page's headline and its story, a run of four short lines and more with no sentence among them, none a name
// or a date, is the page's card: a rating and its count, buttons, a recipe's times and yield ("★★★★★", "(148 ratings)",
// "Rate", "Prep: 25 mins", "Serves 6"). A standfirst is a sentence; a byline and a date are taken before.
void Assembly::dropCardUnderHeadline(std::vector<RawBlock>& raw, std::size_t headline) {
    std::size_t story = headline + 1;
    while (story < raw.size() && !(countWords(raw[story].text) >= 12 && !isUnpunctuatedShortLine(raw[story].text, SIZE_MAX))) ++story;
    std::vector<std::size_t> card;
    for (std::size_t k = headline + 1; k < story; ++k) {
        const std::string& text = raw[k].text;
        if (text.empty()) continue;
        const char end = text.back();
        if (countWords(text) > 5 || end == '.' || end == '!' || end == '?' || text.find(". ") != std::string::npos || isBareName(text) ||
            parseDate(text).has_value()) {
            card.clear();
            continue;
        }
        card.push_back(k);
    }
    if (card.size() >= 4) {
        for (std::size_t k : card) raw[k].text.clear();
    }
}

// The first heading (in plain text: the first line shaped like one) is the headline, unless the
// input declared one; a pasted page's menu lines above it go with it.
void Assembly::takeHeadline(std::vector<RawBlock>& raw) {
    if (untitled_) return;
    if (!article_.title.empty()) {
        if (markdown_) takePrintedHeadlineOfDeclaredTitle(raw);
        return;
    }
    if (!titleHint_.empty() && takeHeadlineNamedBy(titleHint_, raw)) return;
    // An email's subject names the headline: the line that prints it, or, where no line is shaped as
    // one over the story, the subject itself.
    if (!subjectTitle_.empty() && takeHeadlineNamedBy(subjectTitle_, raw)) return;
    std::vector<bool> menu(raw.size(), false);
    for (std::size_t i = 0; plain_ && i < raw.size(); ++i) menu[i] = isMenuLine(raw, i);
    if (plain_ && takePastedHeadline(raw, menu)) return;
    if (!subjectTitle_.empty()) {
        article_.title = subjectTitle_;
        return;
    }
    bool storySeen = false;  // a paragraph of a story's length stands above
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const std::string& text = raw[i].text;
        if (text.empty() || menu[i]) continue;
        // (The readers' thread, "Top comments", and all under it once the story has been: a commenter's name is no headline.
        // Above the story such a word is a section's or a button's, "47 Comments" over the headline.)
        if (countWords(text) <= 6 && isCommentsHeading(lowerUtf8(text))) {
            if (storySeen) break;
            continue;
        }
        storySeen = storySeen || countWords(text) >= 25;
        const bool headlineShape = plain_ ? isUnpunctuatedShortLine(text, kMaxHeadlineWords) ||
                                                (text.back() == '?' && countWords(text) <= kMaxHeadlineWords)
                                          : raw[i].kind == BlockKind::Heading;
        // (Nor is a line with an address in it: "… consultez la version Web : https://…".)
        // (Nor a live match report's minute over an entry, "52'".)
        // (Nor a release's contact field, "Contact: Sgt. Teresa Vance, Public Information Officer, (555) 214-7780".)
        if (!headlineShape || isBoilerplate(text) || isMatchMinute(text) || isContactField(text) ||
            (plain_ && (isTickerLine(text) || isCodeLine(text) || isNavigationLine(text) || text.find("://") != std::string::npos))) {
            continue;
        }
        // "# [The Tideline](https://thetideline.example/)": a heading that is all a link is the site's
        // name, over the story's own headline, which is taken; the site's name is not read. (A heading of a
        // headline's length that links to its story, as a reading app saves it, is the headline.)
        if (!plain_ && raw[i].link_density >= 0.9 && countWords(text) < 6) continue;
        // "# The Housing Ledger" over "## Rents fell in 9 of 20 metros last quarter…": a newsletter's name in a
        // few words over its issue's headline; the headline is the longer heading under it.
        // (Its words all capitalized, a name's: "# Budget passes" over its standfirst is a headline.)
        const std::vector<std::string> words = splitWords(text);
        const bool strictlyNamed = words.size() >= 2 && std::all_of(words.begin(), words.end(), [](const std::string& w) {
            const auto c = static_cast<unsigned char>(w[0]);
            return std::isupper(c) || c >= 0xC3 || std::isdigit(c);
        });
        // (Or with a name's small words between its capitalized ones, "Margin of Safety", over a heading of its own
        // level that it names again below.)
        const bool named = strictlyNamed || (words.size() >= 2 && std::isupper(static_cast<unsigned char>(words[0][0])) &&
                                             std::all_of(words.begin(), words.end(), [](const std::string& w) {
                                                 const auto c = static_cast<unsigned char>(w[0]);
                                                 return std::isupper(c) || c >= 0xC3 || std::isdigit(c) || w == "of" || w == "the" ||
                                                        w == "and" || w == "in" || w == "on" || w == "for" || w == "&";
                                             }));
        if (plain_ && isMastheadOverMenu(raw, i, menu)) {
            if (article_.site.empty()) article_.site = withoutTagline(text);
            raw[i].text.clear();
            continue;
        }
        const std::size_t heading = i;
        if (!plain_ && named && words.size() <= 4) {
            std::size_t next = i + 1;
            while (next < raw.size() && raw[next].text.empty()) ++next;
            // (A shorter headline under a name the issue names again in its text: "# Margin of Safety" over "# The
            // capex bill comes due", "Welcome back to Margin of Safety, where …".)
            // (The shorter headline only as a heading of the same level, two titles set one over the other: "# Pride and
            // Prejudice" over "## A joyful new staging" is a review's headline and its standfirst.)
            // (The headline a level under the name at most: "# The Last Lighthouse Keepers" over "### How a handful of volunteers
            // keep …" is a feature's headline over its standfirst, as a word processor exports them.)
            if (next < raw.size() && raw[next].kind == BlockKind::Heading && raw[next].link_density < 0.5 &&
                ((strictlyNamed && countWords(raw[next].text) >= 6 && raw[next].level <= raw[i].level + 1) ||
                 (countWords(raw[next].text) >= 4 && raw[next].level == raw[i].level && namedAgainBelow(raw, i, next + 1)))) {
                if (article_.site.empty()) article_.site = text;
                raw[i].text.clear();
                i = next;
            }
        }
        // "# Le Courrier de l'Estuaire", "# FJORDPOSTEN" over the site's menu, a breadcrumb and then "# Grève à la
        // SNCF : …": a masthead set as a heading over the page's chrome; the headline is the next long heading.
        // (Unless the short name over its headline, just above, was taken for one.)
        if (!plain_ && i == heading) {
            if (const std::size_t headline = headlineUnderMasthead(raw, i); headline != 0) {
                if (article_.site.empty()) article_.site = text;
                raw[i].text.clear();
                i = headline;
            }
        }
        // ("## NEWS | SCOTLAND" over "# Glasgow council to close 3 swimming pools …": a section's label set as a lesser
        // heading over the page's one h1, which is the headline.)
        if (!plain_ && i == heading && raw[i].kind == BlockKind::Heading && raw[i].level >= 2 && countWords(text) <= 5) {
            std::size_t next = i + 1;
            while (next < raw.size() && raw[next].text.empty()) ++next;
            if (next < raw.size() && raw[next].kind == BlockKind::Heading && raw[next].level == 1 && countWords(raw[next].text) >= 3) {
                raw[i].text.clear();
                i = next;
            }
        }
        // ("ЭКОНОМИКА" over "Минфин РФ в марте направит …": a wire's rubric, one word in capitals, over the
        // headline of five words and more, with the story's first paragraph under that.)
        if (plain_ && i == heading && countWords(raw[i].text) == 1 && inCapitalsOnly(raw[i].text)) {
            std::size_t next = i + 1;
            while (next < raw.size() && raw[next].text.empty()) ++next;
            std::size_t after = next + 1;
            while (after < raw.size() && raw[after].text.empty()) ++after;
            if (after < raw.size() && countWords(raw[next].text) >= 5 && countWords(raw[next].text) <= kMaxHeadlineWords &&
                !inCapitalsOnly(raw[next].text) && countWords(raw[after].text) > countWords(raw[next].text)) {
                raw[i].text.clear();
                i = next;
            }
        }
        article_.title = raw[i].text;
        raw[i].text.clear();
        takeHeadlineSecondLine(raw, i);
        if (plain_) dropCardUnderHeadline(raw, i);
        // (A newsletter's writer alone on a line under its headline and standfirst, the date on the next:
        // "**Priya Raman**" over "Mar 24, 2025".)
        for (std::size_t k = i + 1, seen = 0; !plain_ && article_.byline.empty() && k < raw.size() && seen < 3; ++k) {
            if (raw[k].text.empty()) continue;
            ++seen;
            // (The two lines one paragraph, as Markdown joins them: "Priya Raman Mar 24, 2025".)
            if (takeNameAndDate(raw[k].text)) {
                raw[k].text.clear();
                break;
            }
            if (!isBareName(raw[k].text) || looksLikeOrganisation(raw[k].text)) continue;
            std::size_t next = k + 1;
            while (next < raw.size() && raw[next].text.empty()) ++next;
            // (Or its date taken already, from the line the name stood over.)
            const bool dated = article_.published.has_value();
            if (next < raw.size() && (dated || takeDateLine(raw[next].text, article_, true, false))) {
                article_.byline = raw[k].text;
                raw[k].text.clear();
                if (!dated) raw[next].text.clear();
            }
            break;
        }
        // (Over a Markdown page's first-level headline, where no prose stands above it, the site's chrome as a reader's clipper
        // keeps it: its sections as a list of a word or two, "- World", "- Markets"; its bar, "Menu  Sections  Search", "Menu ☰
        // DESK Log in | Subscribe". A later heading taken for want of one opens no such page.)
        const bool chromeAbove = !plain_ && raw[i].kind == BlockKind::Heading && raw[i].level == 1 && std::none_of(raw.begin(), raw.begin() + static_cast<std::ptrdiff_t>(i), [](const RawBlock& b) {
            return countWords(b.text) >= 12 && !isUnpunctuatedShortLine(b.text, SIZE_MAX);
        });
        for (std::size_t k = 0; k < i; ++k) {
            if (menu[k] || (!plain_ && raw[k].kind == BlockKind::Heading && raw[k].link_density >= 0.9)) raw[k].text.clear();
            if (chromeAbove && !raw[k].text.empty() && raw[k].kind != BlockKind::Heading) {
                const std::string lower = lowerUtf8(raw[k].text);
                if (isMenuLine(raw, k) || (raw[k].kind == BlockKind::ListItem && isUnpunctuatedShortLine(raw[k].text, 3)) ||
                    (isUnpunctuatedShortLine(raw[k].text, 10) && containsAnyOf(lower, {"menu", "log in", "sign in", "subscribe", "sections"}))) {
                    raw[k].text.clear();
                }
            }
        }
        return;
    }
    // No headline at all: the menu lines go anyway.
    for (std::size_t k = 0; k < raw.size(); ++k) {
        if (menu[k]) raw[k].text.clear();
    }
}

namespace {

// A headline that asks, its question in quotes or not: "Why is my train always late?", "Episode 212: "Why …?"".
bool endsOnQuestion(std::string t) {
    while (!t.empty() && (t.back() == '"' || t.back() == '\'' || t.back() == ' ')) t.pop_back();
    for (const char* mark : {"\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB"}) {
        if (t.size() >= 3 && t.ends_with(mark)) t.erase(t.size() - std::strlen(mark));
    }
    return !t.empty() && t.back() == '?';
}

}  // namespace

bool Assembly::takePastedHeadline(std::vector<RawBlock>& raw, const std::vector<bool>& menu) {
    const auto prose = [&](std::size_t k) {
        return !raw[k].text.empty() && countWords(raw[k].text) >= 20 && !isUnpunctuatedShortLine(raw[k].text, SIZE_MAX) &&
               !isBoilerplate(raw[k].text);
    };
    std::size_t story = raw.size();
    for (std::size_t i = 0; i < raw.size() && story == raw.size(); ++i) {
        if (!prose(i)) continue;
        for (std::size_t k = i + 1, seen = 0; k < raw.size() && seen < 4; ++k) {
            if (raw[k].text.empty()) continue;
            ++seen;
            if (prose(k)) {
                story = i;
                break;
            }
        }
    }
    // (A short story has no two long paragraphs: its byline or date line still marks where it begins.)
    if (story == 0 || (story == raw.size() && metadataLines_.empty())) return false;
    const auto titleShaped = [&](std::size_t k) {
        // ("BREAKING | Seven miners killed …" right over its byline: the story's headline under a label a ticker's line has
        // too, judged without it; the label goes with the headline's others, Headline.cpp.)
        const std::string t = withoutBreakingLabel(raw[k].text);
        const std::size_t words = countWords(t);
        // ("→ De dijk bij Kinderdijk": an entry of a newsletter's contents, a link, under an arrow or a bullet.)
        const bool pointed = t.rfind("\xE2\x86\x92", 0) == 0 || t.rfind("\xE2\x80\xA2", 0) == 0 || t.rfind("\xE2\x80\xBA", 0) == 0 ||
                             t.rfind("\xC2\xBB", 0) == 0 || t.rfind("\xE2\x96\xB6", 0) == 0;
        // ("LIVE Storm Éowyn: power restored…": a live page's ticker over the headline, another story.)
        const bool ticker = isTickerLine(t) || isCodeLine(t) || isNavigationLine(t) || isContactField(t);
        // ("1. NHS waiting list falls for 4th month": a newsletter's first numbered item, no headline of the whole.)
        const bool numbered = !t.empty() && std::isdigit(static_cast<unsigned char>(t[0])) && t.find(". ") != std::string::npos &&
                              t.find(". ") <= 2 && t.find_first_not_of("0123456789") == t.find(". ");
        // ("The Pantagraph | Obituaries": the paper's name and its section, short fields between bars; "Aug.
        // 14, 1937 - Jan. 3, 2025": a life's span. A name that ends on its suffix's dot is a headline,
        // "Harold J. Brennan Jr.".)
        // (Nor a section's path between slashes, "New Zealand / Health", "News / South Africa / Local": short parts,
        // each word capitalized, no figure.)
        const bool section = (t.find(" | ") != std::string::npos && words <= 6) || isSlashedSectionPath(t);
        const std::size_t dash = t.find(" - ");
        const bool span = dash != std::string::npos && parseDate(t.substr(0, dash)).has_value() && parseDate(t.substr(dash + 3)).has_value();
        std::string bare = t;
        for (const char* suffix : {" Jr.", " Sr.", " Inc.", " Ltd.", " Co."}) {
            if (bare.size() > std::strlen(suffix) && bare.compare(bare.size() - std::strlen(suffix), std::strlen(suffix), suffix) == 0) bare.pop_back();
        }
        // (Or a unit's short form after a figure, "… referencyjna nadal 5,75 proc.", "… 3 mln zł.": the abbreviation's dot, no
        // sentence's.)
        // ("A fire in the city centre left 3 dead." is a sentence: the short forms only.)
        static constexpr WordSet kUnitShortForms({"bln", "mio", "mld", "mldr", "mln", "mlrd", "mrd", "pct", "proc", "proz", "r", "tsd", "tys",
                                                  "zl", "z\xC5\x82"});
        if (const std::size_t space = bare.rfind(' '); bare.size() >= 3 && bare.back() == '.' && space != std::string::npos && space >= 2 &&
                                                        std::isdigit(static_cast<unsigned char>(bare[space - 1])) &&
                                                        kUnitShortForms.count(bare.substr(space + 1, bare.size() - space - 2)) != 0) {
            bare.pop_back();
        }
        // (Nor an item of a list of three and more: "- Revenue up 14% to £182.4m" under "Financial highlights" is
        // the story's. Lines set close together, a headline with its standfirst, or its byline and date, may
        // be taken for a list's items.)
        std::size_t listRun = 0;
        if (raw[k].kind == BlockKind::ListItem) {
            std::size_t first = k, last = k;
            while (first > 0 && raw[first - 1].kind == BlockKind::ListItem) --first;
            while (last + 1 < raw.size() && raw[last + 1].kind == BlockKind::ListItem) ++last;
            const bool metadata = std::any_of(metadataLines_.begin(), metadataLines_.end(),
                                              [&](std::size_t m) { return m + 1 >= first && m <= last + 1; });
            listRun = metadata ? 0 : last - first + 1;
        }
        // (Nor a field whose label ends on a preposition, "On appeal from: [2023] EWCA Civ 412", "Adapted from: …": a headline's
        // colon follows a name or a subject, "Trump: …", "Budget 2025: …".)
        bool field = false;
        if (const std::size_t colon = t.find(": "); colon != std::string::npos && colon > 0 && countWords(t.substr(0, colon)) <= 4) {
            const std::string label = lowerAscii(t.substr(0, colon));
            const std::string last = label.substr(label.rfind(' ') == std::string::npos ? 0 : label.rfind(' ') + 1);
            field = last == "from" || last == "to" || last == "by" || last == "of" || last == "for" || last == "with" || last == "in" ||
                    last == "on" || last == "at";
            // (Or a label in capitals over a list of names: "JUSTICES: Lord Reed (President), Lord Hodge, Lady Rose, Lord Hamblen".)
            const std::string raw = t.substr(0, colon);
            field = field || (raw == upperAscii(raw) && raw.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos &&
                              std::count(t.begin() + static_cast<std::ptrdiff_t>(colon), t.end(), ',') >= 3);
            // (Or a recipe card's time, "Cook: 2 hrs 45 mins", "Prep time: 25 mins": a word's label and a length alone after it;
            // "Analysis: 72 hours that shook Westminster" is a headline.)
            const std::string value = lowerAscii(t.substr(colon + 2));
            field = field || (countWords(label) <= 2 && std::isdigit(static_cast<unsigned char>(value[0])) && value.size() <= 24 && [&] {
                                  // (Compiled only once a line has a figure after its label.)
                                  static const std::regex kLength(R"(^\d+(\.\d+)? ?(hrs?|hours?|mins?|minutes?)( \d+ ?(mins?|minutes?))?$)");
                                  return std::regex_match(value, kLength);
                              }());
        }
        return !t.empty() && !menu[k] && !pointed && !ticker && !numbered && !section && !span && !field && words >= 4 && words <= kMaxHeadlineWords &&
               listRun < 3 && !isMastheadOverMenu(raw, k, menu) && t.find("://") == std::string::npos &&
               (isUnpunctuatedShortLine(bare, kMaxHeadlineWords) || endsOnQuestion(t)) && !isBoilerplate(t) && !isMenuRow(t) &&
               !inCapitalsOnly(t) && !hasClockTime(t) && !isCreditLine(t) && !endsWithPhotoCredit(t) && !isJobTitleLine(t);
    };
    // A headline in capitals, as a release or a newsletter sets it ("PREÇO DO GASÓLEO PASSA PARA 400
    // KWANZAS…", "KADOOMENT 2025: NEW ROUTE ENDS AT SPRING GARDEN, BANDS MUST CLEAR THE ROAD BY 7 P.M."),
    // is one only right over the byline or the story: further up, capitals are a letterhead or a name.
    const auto capitalsHeadline = [&](std::size_t k) {
        const std::string& t = raw[k].text;
        const std::size_t words = countWords(t);
        return !t.empty() && !menu[k] && words >= 7 && words <= kMaxHeadlineWords && inCapitalsOnly(t) &&
               t.find(". ") == std::string::npos && t.find("://") == std::string::npos && !isBoilerplate(t) && !isMenuRow(t) &&
               !isTickerLine(t) && !isCodeLine(t);
    };
    // A newsletter's greeting and its week's contents are prose before the story's own headline and
    // byline: a byline or date line soon after what looked like the story's start begins it.
    bool introduced = false;  // prose over the headline, a newsletter's, is no reason to doubt it
    for (std::size_t k : metadataLines_) {
        if (story >= raw.size() || k <= story || k > story + 8) continue;
        // (Only under a headline of its own: a newsletter's writer over its greeting begins nothing.)
        std::size_t over = k;
        while (over > 0 && raw[over - 1].text.empty()) --over;
        if (over == 0 || !(titleShaped(over - 1) || capitalsHeadline(over - 1))) continue;
        std::size_t after = k + 1;
        while (after < raw.size() && !prose(after)) ++after;
        if (after < raw.size()) {
            story = after;
            introduced = true;
        }
    }
    // From the first byline or date line up; when nothing over it is a headline (a newsletter's own
    // date line under its name), from the next one, and last from the story.
    std::vector<std::size_t> anchors;
    for (std::size_t k : metadataLines_) {
        if (k < story) anchors.push_back(k);
    }
    if (story < raw.size()) anchors.push_back(story);
    std::size_t top = raw.size(), anchor = raw.size();
    // A newsletter's headline may end on a full stop ("The city's libraries lent out 40,000 hotspots.
    // Nobody is tracking where half of them went."): one or two short sentences right over the byline,
    // with no headline over them, are the headline.
    const auto punctuatedHeadline = [&](std::size_t k) {
        const std::string& t = raw[k].text;
        const std::size_t words = countWords(t);
        std::size_t sentences = 0;
        for (std::size_t at = t.find(". "); at != std::string::npos; at = t.find(". ", at + 1)) ++sentences;
        return !t.empty() && !menu[k] && words >= 6 && words <= kMaxHeadlineWords && t.back() == '.' && sentences <= 1 &&
               !isBoilerplate(t) && !isContactLine(t) && !hasClockTime(t) && !isCreditLine(t) && t.find("://") == std::string::npos;
    };
    const auto onlyBlanksBetween = [&](std::size_t a, std::size_t b) {
        for (std::size_t k = a + 1; k < b; ++k) {
            if (!raw[k].text.empty()) return false;
        }
        return true;
    };
    // (Nothing over it but what was taken or left out already, or lines of no sentence: a rubric, a wire's codes.)
    const auto nothingReadAbove = [&](std::size_t at) {
        for (std::size_t k = 0; k < at; ++k) {
            if (!raw[k].text.empty() && (prose(k) || (countWords(raw[k].text) >= 6 && std::string(".!?").find(raw[k].text.back()) != std::string::npos))) {
                return false;
            }
        }
        return true;
    };
    for (std::size_t from : anchors) {
        if (top != raw.size()) break;
        anchor = from;
        bool first = true;
        for (std::size_t k = anchor; k-- > 0;) {
            // (A line taken already, a field or a date, parts a headline from what stands over it: "PARA
            // PUBLICAR — versión final (no tocar)" over "Sección: …" over the headline.)
            if (raw[k].text.empty() && top != raw.size()) break;
            if (raw[k].text.empty()) continue;
            // (The writers' names alone right over the date line, "Jon Straughan and Valentina Rossi-Marsh", are
            // the byline, when a headline stands over them: they are taken as one below.)
            if (first && from != story && isBareName(raw[k].text) && !looksLikeOrganisation(raw[k].text)) {
                bool headlineOver = false;
                for (std::size_t u = k, seen = 0; u-- > 0 && seen < 3 && !headlineOver;) {
                    if (raw[u].text.empty()) continue;
                    ++seen;
                    headlineOver = titleShaped(u) && !isBareName(raw[u].text);
                }
                if (headlineOver) continue;
            }
            if (titleShaped(k)) {
                // ("WEATHER ALERT: Hurricane Warning in effect for …" over the headline: the site's banner, a label in
                // capitals and its news, over the story's own headline, which no standfirst's length follows.)
                // (An alert's label only, "WEATHER ALERT", "FLOOD WARNING": "EXCLUSIVE:", "LIVE:", "OPINION:" open headlines.)
                const std::size_t colon = raw[k].text.find(": ");
                const std::string label = colon == std::string::npos ? std::string() : raw[k].text.substr(0, colon);
                const bool alert = label.ends_with(" ALERT") || label.ends_with(" WARNING") || label.ends_with(" ADVISORY") ||
                                   label.ends_with(" ALERTS") || label.ends_with(" WARNINGS");
                if (top != raw.size() && alert && countWords(label) <= 3 && inCapitalsOnly(label) && countWords(raw[top].text) < 18) {
                    break;
                }
                top = k;
            } else if (first && capitalsHeadline(k)) {
                top = k;
                break;
            } else if (top != raw.size() && (capitalsHeadline(k) || (punctuatedHeadline(k) && nothingReadAbove(k))) && onlyBlanksBetween(k, top)) {
                // ("CALCIO: SERIE A; INTER-NAPOLI 2-1, NERAZZURRI A +7 IN VETTA" over "Ferretti al 34', pari di Quiroga…";
                // "Дефицит бюджета РФ … составил 2,1 трлн руб." over "Нефтегазовые доходы … сообщили в Минфине": a wire's
                // headline in capitals, or one sentence with its full stop at the top, right over the standfirst taken
                // for it. The standfirst is read under it.)
                top = k;
                break;
            } else if (first && from != story && punctuatedHeadline(k)) {
                std::size_t over = k;
                while (over > 0 && raw[over - 1].text.empty()) --over;
                if (over == 0 || !titleShaped(over - 1)) {
                    top = k;
                    break;
                }
            } else if (top != raw.size() || anchor - k > 12) {
                break;  // the line over the headline, or too far from the story for a headline
            }
            first = false;
        }
        if (top != raw.size()) break;
    }
    if (top == raw.size()) return false;
    // The site's name over its headline, as its copyright line names it again at the foot of the page.
    while (top + 1 < anchor && titleShaped(top + 1) && namedAgainBelow(raw, top, story)) ++top;
    // A kicker over the headline, the story's topic or its section in a few words ("Abstimmung in der
    // Stadt Zürich" over "Stadtzürcher sagen deutlich Ja zum Baumfonds …"): the longer line under it is
    // the headline. (A standfirst without its full stop, under a short headline, is longer than a
    // headline is: fifteen words and more.)
    for (std::size_t under = top + 1; under < anchor; ++under) {
        if (raw[under].text.empty()) continue;
        const std::size_t over = countWords(raw[top].text), words = countWords(raw[under].text);
        if (titleShaped(under) && over <= 5 && words >= 7 && words <= 14 && words >= over + 4) top = under;
        break;
    }
    std::size_t sentences = 0;  // lines over it that end as sentences do
    for (std::size_t k = 0; k < top; ++k) {
        // (A cookie notice is prose, but never the story's.)
        if (prose(k) && !introduced && lowerAscii(raw[k].text).find("cookie") == std::string::npos) return false;
        const std::string& t = raw[k].text;
        sentences += !t.empty() && !menu[k] && countWords(t) >= 6 && std::string(".!?").find(t.back()) != std::string::npos &&
                     !isBoilerplate(t) && !isCreditLine(t);
    }
    // (Nor are lines that end as sentences, several, though each is short: a bulletin's "Sea state: Rough
    // or very rough, occasionally high in Viking.", which a page's menus and buttons never are.)
    if (sentences >= 4 && !introduced) return false;
    article_.title = raw[top].text;
    takeHeadlineSecondLine(raw, top);
    for (std::size_t k = 0; k <= top; ++k) {
        if (k < top && article_.site.empty() && !raw[k].text.empty() && isMastheadOverMenu(raw, k, menu)) {
            article_.site = withoutTagline(raw[k].text);
        }
        // (A wire's time stamp over the headline, "2024-05-22 13:47", is the story's date.)
        if (k < top && !article_.published && countWords(raw[k].text) <= 12) article_.published = isoTimeStampIn(raw[k].text);
        raw[k].text.clear();
    }
    // The line under it, a sentence of its own without a full stop, is its standfirst, not a subhead.
    for (std::size_t k = top + 1; k < raw.size() && k < story; ++k) {
        if (raw[k].text.empty()) continue;
        if (countWords(raw[k].text) >= 8 && isUnpunctuatedShortLine(raw[k].text, kMaxHeadlineWords) && !isBareName(raw[k].text) &&
            !isBoilerplate(raw[k].text) && !isMenuRow(raw[k].text)) {
            standfirst_ = &raw[k];
        }
        break;
    }
    // The writer's name alone on a line under the headline, over a job title or a date line:
    // "Oliver Chen-Whitfield / Technology correspondent", "Lucía Ferrándiz Soler / Benimar - 9 de marzo".
    // (Down to the date line under it, which may stand below a standfirst long enough to look like the story.)
    const std::size_t firstMetadata = metadataLines_.empty() ? raw.size() : metadataLines_.front();
    const std::size_t last = firstMetadata < raw.size() && firstMetadata > story && firstMetadata - story <= 3 ? firstMetadata : story;
    for (std::size_t k = top + 1; k < last && article_.byline.empty(); ++k) {
        // "Harriet Okonkwo Transport correspondent" over "Tue 14 Jan 2025 06.00 GMT": the name and the job
        // on one line, the date line under them.
        if (!raw[k].text.empty() && raw[k].text.find('.') == std::string::npos && isNameWithJob(raw[k].text, 7)) {
            article_.byline = raw[k].text;
            raw[k].text.clear();
            std::size_t next = k + 1;
            while (next < raw.size() && raw[next].text.empty()) ++next;
            if (next < raw.size() && takeDateLine(raw[next].text, article_, true, false)) raw[next].text.clear();
            break;
        }
        // (The paper's name on its own line is no writer: "Harlow County Courier" under "Marisol Tran".)
        if (raw[k].text.empty() || !isBareName(raw[k].text) || looksLikeOrganisation(raw[k].text)) continue;
        std::size_t next = k + 1;
        // (Past the paper's name and a reading time, "8–10 minutes", "4 min read"; a date line taken
        // already under the name, "Published at : January 24, 2025", is as good as one still there.)
        bool overDateLine = false;
        while (next < last && (raw[next].text.empty() || looksLikeOrganisation(raw[next].text) || isReadingTime(raw[next].text)) &&
               next != firstMetadata) {
            overDateLine = overDateLine || (raw[next].text.empty() && next == k + 1 &&
                                            std::find(metadataLines_.begin(), metadataLines_.end(), next) != metadataLines_.end());
            ++next;
        }
        if (next >= raw.size() || (next >= last && next != firstMetadata)) break;
        const bool jobTitle = isJobTitleLine(raw[next].text);
        // (Or the writer's address under the name: "Elin Sjöberg" over "elin.sjoberg@example.se".)
        const bool address = isContactLine(raw[next].text) && raw[next].text.find('@') != std::string::npos;
        if (!jobTitle && !address && !overDateLine && next != firstMetadata && !hasClockTime(raw[next].text) &&
            !isDayOfMonth(raw[next].text)) {
            continue;
        }
        article_.byline = raw[k].text;
        raw[k].text.clear();
        for (std::size_t paper = k + 1; paper < next; ++paper) raw[paper].text.clear();  // the paper's name under it
        if (address) raw[next].text.clear();
        if (jobTitle) raw[next].text.clear();
    }
    dropCardUnderHeadline(raw, top);
    return true;
}

// "Harriet Okafor Environment correspondent": a writer's name (two capitalized words first) and a job
// with nothing between, at most `maxWords` words, no comma or bar; the byline's cleaning leaves the
// name, of two words at least.
bool Assembly::isNameWithJob(const std::string& line, std::size_t maxWords) {
    if (countWords(line) > maxWords || !isJobTitleLine(line) || line.find_first_of(",|") != std::string::npos) return false;
    const std::vector<std::string> words = splitWords(line);
    // (A job and its desk, "Redaktorin Stadt Zürich", is no name.)
    return words.size() >= 3 && startsCapitalized(words[0]) && startsCapitalized(words[1]) && !isJobTitleLine(words[0]) &&
           splitWords(cleanByline(line, "").names).size() >= 2;
}

// "Oliver Chen-Whitfield", "Lucía Ferrándiz Soler": two to four capitalized words of letters; or two
// such names joined, a live page's "Priya Nandakumar (now) and Liam Hart (earlier)".
bool Assembly::isBareName(const std::string& line) {
    // "Gareth Pryce at the Homelands Stadium": the writer and where the report is filed from.
    for (const char* at : {" at the ", " in "}) {
        const std::size_t cut = line.find(at);
        if (cut != std::string::npos && countWords(line) <= 9 && cut + std::strlen(at) < line.size() &&
            std::isupper(static_cast<unsigned char>(line[cut + std::strlen(at)])) && isBareName(line.substr(0, cut))) {
            return true;
        }
    }
    std::vector<std::string> words;
    for (const std::string& w : splitWords(line)) {
        if (w.size() > 2 && w.front() == '(' && w.back() == ')' && std::islower(static_cast<unsigned char>(w[1]))) continue;
        words.push_back(w);
    }
    for (std::size_t k = 2; k + 2 < words.size(); ++k) {
        // ("Khurram Husain-Qureshi | Tahir Sherani": two writers apart a bar.)
        if (words[k] == "and" || words[k] == "&" || words[k] == "et" || words[k] == "y" || words[k] == "e" || words[k] == "und" || words[k] == "|") {
            return isBareName(joinWords(words, 0, k)) && isBareName(joinWords(words, k + 1, words.size()));
        }
    }
    if (words.size() < 2 || words.size() > 4) return false;
    for (const std::string& w : words) {
        // (Initials with their dots, "K. S. Raghavan", "J.T. Washington"; a title before the name, "Dr. K. S. Raghavan".)
        const bool initials = w.size() >= 2 && w.size() <= 6 && w.back() == '.' && [&] {
            for (std::size_t c = 0; c < w.size(); c += 2) {
                if (!std::isupper(static_cast<unsigned char>(w[c])) || c + 1 >= w.size() || w[c + 1] != '.') return false;
            }
            return true;
        }();
        const bool title = &w == &words.front() && (w == "Dr." || w == "Dr" || w == "Prof." || w == "Prof" || w == "Mr." || w == "Mrs." ||
                                                    w == "Ms." || w == "Sir" || w == "Dame");
        // (A country's or a body's initials are no person's: "U.S. Economy" is a section's label.)
        if (w == "U.S." || w == "U.K." || w == "U.N." || w == "E.U.") return false;
        // (A surname's particle in small letters between the names: "Liam du Plessis", "Ana de Souza", "Jan van der Berg".)
        const bool particle = &w != &words.front() && &w != &words.back() &&
                              (w == "du" || w == "de" || w == "da" || w == "van" || w == "der" || w == "von" || w == "le" || w == "la" ||
                               w == "dos" || w == "das" || w == "del" || w == "dela" || w == "di" || w == "bin" || w == "binti" || w == "al" ||
                               w == "ter" || w == "ten" || w == "te");
        if (initials || title || particle) continue;
        // (Beyond ASCII, a capital letter, "Åsa", "Łukasz"; not a mark, "∙ Paid".)
        std::size_t at = 0;
        const bool capital = std::isupper(static_cast<unsigned char>(w[0])) ||
                             (static_cast<unsigned char>(w[0]) >= 0xC3 && w.size() >= 2 && u_isupper(static_cast<UChar32>(nextCodePoint(w, at))));
        if (!capital || w.find_first_of("0123456789.,:;!?/()|@#&\"") != std::string::npos) return false;
    }
    // ("Senior Reporter", "Redaktorin Stadt Zürich": a job, the line under the name; "Social Sharing", "Share This", a
    // page's button.)
    return !isJobTitleLine(line) && !isBoilerplate(line);
}

// "Business | Technology | Markets", "Home > Sports > Hockey", "Portada  España  Economía": a menu or a
// breadcrumb copied as one line, its words set apart by bars, arrows or wide spaces.
bool Assembly::isMenuRow(const std::string& line) {
    // ("Sports > College Basketball": a breadcrumb of two.)
    if (countWords(line) <= 6) {
        for (const char* crumb : {" > ", " \xE2\x80\xBA ", " \xC2\xBB "}) {
            if (line.find(crumb) != std::string::npos) return true;
        }
        // ("Local News | City Hall", "Keystone | Commodities": a section's path between bars, words in capitals
        // and no figure or stop, which a table's row or a headline would have.)
        if (const std::size_t bar = line.find(" | "); bar != std::string::npos && line.find(" | ", bar + 3) == std::string::npos &&
            line.find_first_of("0123456789.,:;!?\"") == std::string::npos && countWords(line.substr(0, bar)) <= 2 &&
            countWords(line.substr(bar + 3)) <= 2 &&
            allWordsCapitalized(line.substr(0, bar)) && allWordsCapitalized(line.substr(bar + 3))) {
            return true;
        }
    }
    std::size_t marks = 0;
    for (const char* mark : {" | ", " > ", " \xC2\xBB ", " \xE2\x80\xBA ", "  ", " / "}) {
        for (std::size_t at = line.find(mark); at != std::string::npos; at = line.find(mark, at + std::strlen(mark))) ++marks;
        if (marks >= 2) return true;
    }
    return false;
}

}  // namespace readcast::assembly
