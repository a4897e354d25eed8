// Furniture pasted with a text: live-blog stamps, paragraph numbers, share bars, thread counters, labelled teasers, line-ups and scorecards.

#include "ingest/assembly/Assembly.hpp"
#include "core/WordSet.hpp"
#include "ingest/assembly/LineShapes.hpp"

#include "core/Ascii.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/Furniture.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <optional>
#include <set>

namespace readcast::assembly {

namespace {

// Runs of four blocks or more that `line` takes for a sheet's or a card's, with the lines over them
// that `head` takes for its names and heading (two at most).
template <class Line, class Head>
static void dropRunsOf(std::vector<RawBlock>& raw, Line line, Head head) {
    for (std::size_t i = 0; i < raw.size();) {
        std::size_t end = i;
        while (end < raw.size() && !raw[end].text.empty() && line(raw[end].text)) ++end;
        if (end - i < 4) {
            i = end + 1;
            continue;
        }
        for (std::size_t k = i; k < end; ++k) raw[k].text.clear();
        for (std::size_t k = i, above = 0; k-- > 0 && above < 2;) {
            const std::string t = collapseWhitespace(raw[k].text);
            if (t.empty()) continue;
            if (!head(t)) break;
            raw[k].text.clear();
            ++above;
        }
        i = end;
    }
}

}  // namespace

// "5:20 PM" over "Death toll rises to 14", "16.45 GMT" over a paragraph: a live blog's entries, each under the
// time it was posted. The listener needs the times to know which news is the latest: each is said before its
// entry ("5:20 PM: Death toll rises to 14") where two entries at least are so stamped. ("Updated at 16.02 GMT" at
// an entry's foot is no entry's time.)
void Assembly::stampLiveEntries(std::vector<RawBlock>& raw) {
    std::vector<std::size_t> stamps;
    for (std::size_t i = 0; i + 1 < raw.size(); ++i) {
        if (!isEntryTimeStamp(raw[i].text)) continue;
        const RawBlock& next = raw[i + 1];
        // (The entry opens on a capital: "1.25" over "million homes…" is a fact box's figure.)
        if (next.text.empty() || isEntryTimeStamp(next.text) || countWords(next.text) < 2 ||
            std::islower(static_cast<unsigned char>(next.text[0]))) {
            continue;
        }
        stamps.push_back(i);
    }
    if (stamps.size() < 2) return;
    for (std::size_t i : stamps) {
        RawBlock& next = raw[i + 1];
        // (A dotted time with nothing after it, "16.45", is written with a colon, so that it is read as the time it is.)
        std::string stamp = collapseWhitespace(raw[i].text);
        // ("2:10 p.m." keeps its dots: only a time of figures alone is so written.)
        if (const std::size_t dot = stamp.find('.'); dot != std::string::npos && dot + 3 == stamp.size() &&
                                                     stamp.find_first_not_of("0123456789.") == std::string::npos) {
            stamp[dot] = ':';
        }
        next.text = stamp + ": " + next.text;
        raw[i].text.clear();
    }
}

// "1.      The Singapore Food Agency (SFA) has detected …", "2.      Details of …": a government release numbers its
// paragraphs, for reference, not as a list's items; the numbers are not read. (Paragraphs in order from one, three at
// least, most of them long: a story's numbered list of steps or points is short.)
// "[3] Harland J allowed the appeal in part.": a judgment numbers its paragraphs in brackets, rising with gaps where an
// excerpt skips some; short ones are the story too, not notes under it ("[1] Datos del Plan…", which open the same way
// and the furniture rules drop). Three at least, one longer than a note ever is.
void Assembly::dropParagraphNumbers(std::vector<RawBlock>& raw) {
    std::vector<std::size_t> numbered, bracketed;
    std::size_t longOnes = 0;
    bool rising = true, longBracketed = false;
    int lastBracketed = 0;
    for (std::size_t k = 0; k < raw.size(); ++k) {
        const std::string& text = raw[k].text;
        if (raw[k].kind != BlockKind::Paragraph || text.empty()) continue;
        if (text[0] == '[') {
            const std::size_t close = text.find("] ");
            if (close == std::string::npos || close < 2 || close > 4 || text.find_first_not_of("0123456789", 1) != close) continue;
            const int n = toInt(text.substr(1, close - 1));
            rising = rising && n > lastBracketed;
            lastBracketed = n;
            bracketed.push_back(k);
            longBracketed = longBracketed || countWords(text) > 31;
            continue;
        }
        if (!std::isdigit(static_cast<unsigned char>(text[0]))) continue;
        const std::size_t dot = text.find(". ");
        if (dot == std::string::npos || dot > 2 || text.find_first_not_of("0123456789") != dot) continue;
        if (toInt(text.substr(0, dot)) != static_cast<int>(numbered.size()) + 1) continue;
        numbered.push_back(k);
        longOnes += countWords(text) >= 25;
    }
    if (bracketed.size() >= 3 && rising && longBracketed) {
        for (std::size_t k : bracketed) raw[k].text = collapseWhitespace(raw[k].text.substr(raw[k].text.find("] ") + 2));
    }
    if (numbered.size() < 3 || longOnes * 2 < numbered.size()) return;
    for (std::size_t k : numbered) raw[k].text = collapseWhitespace(raw[k].text.substr(raw[k].text.find(". ") + 2));
}

// "(02:34) How water mains age", "[1:00:12] Outro": an episode's chapters, each at its place in the recording. The times
// are the recording's, no clock's and nothing the narration can point to: the chapters' titles are read without them.
// (Three at least, one after the other and rising from the recording's start; a schedule's "(09:00) Registration" over
// "(11:30) Keynote" rises too, from a time of day.)
void Assembly::dropChapterTimes(std::vector<RawBlock>& raw) {
    // A line that opens on a time: its block, the seconds into the recording, whether it can be no clock's (three fields, or
    // minutes past 23), and where its title starts.
    struct Stamp {
        std::size_t block;
        long seconds;
        bool clockless;
        std::size_t title;
    };
    const auto stampAt = [&raw](std::size_t k) -> std::optional<Stamp> {
        const std::string& text = raw[k].text;
        std::size_t at = 0;
        const char close = text.empty() ? 0 : text[0] == '(' ? ')' : text[0] == '[' ? ']' : 0;
        if (close != 0) ++at;
        long seconds = 0;
        int fields = 0;
        while (fields < 3) {
            std::size_t digits = at;
            while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
            if (digits == at || digits - at > 2) return std::nullopt;
            seconds = seconds * 60 + std::stol(text.substr(at, digits - at));
            ++fields;
            at = digits;
            if (at < text.size() && text[at] == ':') {
                ++at;
                continue;
            }
            break;
        }
        if (fields < 2) return std::nullopt;
        const bool clockless = fields == 3 || seconds / 60 > 23;
        if (close != 0) {
            if (at >= text.size() || text[at] != close) return std::nullopt;
            ++at;
        }
        while (at < text.size() && (text[at] == ' ' || text[at] == '-')) ++at;
        for (const char* dash : {"\xE2\x80\x93 ", "\xE2\x80\x94 "}) {
            if (text.compare(at, std::strlen(dash), dash) == 0) at += std::strlen(dash);
        }
        if (at >= text.size() || at == 0) return std::nullopt;
        // (A clock's time opens a live entry, "1:15 AM: Task force declared": no chapter.)
        const std::string next = lowerAscii(text.substr(at, 4));
        for (const char* clock : {"am", "pm", "a.m", "p.m", "h ", "uhr", "hrs", "gmt", "utc", "et ", "et:", "bst"}) {
            if (next.rfind(clock, 0) == 0 && (next.size() <= std::strlen(clock) || !std::isalpha(static_cast<unsigned char>(next[std::strlen(clock)])))) {
                return std::nullopt;
            }
        }
        return Stamp{k, seconds, clockless, at};
    };
    std::vector<Stamp> run;
    const auto flush = [&] {
        // (From the recording's start, and past any clock's hours somewhere: a day's schedule opens at a time of day,
        // "(09:00) Registration", and a night's, "00:00 Fireworks", stays within the clock.)
        if (run.size() >= 3 && run.front().seconds < 120 &&
            std::any_of(run.begin(), run.end(), [](const Stamp& stamp) { return stamp.clockless; })) {
            for (const Stamp& stamp : run) raw[stamp.block].text = raw[stamp.block].text.substr(stamp.title);
        }
        run.clear();
    };
    for (std::size_t k = 0; k < raw.size(); ++k) {
        if (raw[k].text.empty()) continue;
        const std::optional<Stamp> stamp = stampAt(k);
        if (!stamp || (!run.empty() && stamp->seconds <= run.back().seconds)) flush();
        if (stamp) run.push_back(*stamp);
    }
    flush();
}

// A share bar copied a button a line, "Share this" over "Facebook" over "X" over "Copy link": the networks' names go with
// the buttons, in a run of three such lines at least with a button that is no network's name in it. (A story's own list
// of platforms, "Facebook" over "Instagram" over "Threads", names networks only; "Facebook" alone is a heading.)
void Assembly::dropShareBarNetworks(std::vector<RawBlock>& raw) {
    const auto network = [](const std::string& text) {
        static constexpr WordSet kNetworks({"facebook", "whatsapp", "twitter", "x", "linkedin", "telegram", "reddit", "pinterest",
                                                     "flipboard", "bluesky", "threads", "instagram", "youtube", "tiktok", "email", "googlenews"});
        return countWords(text) <= 2 && kNetworks.count(foldForComparison(text)) != 0;
    };
    // (A button isBoilerplate knows, "Share this", "Tweet", "Copy link", "Print", and two it leaves to the story's lines.)
    const auto button = [](const std::string& text) {
        const std::string folded = foldForComparison(text);
        return folded == "sharearticle" || folded == "sharestory" || (countWords(text) <= 6 && isBoilerplate(text));
    };
    std::vector<bool> drop(raw.size(), false);
    for (std::size_t i = 0; i < raw.size();) {
        std::size_t end = i;
        bool buttons = false;
        while (end < raw.size() && !raw[end].text.empty() && (network(raw[end].text) || button(raw[end].text))) {
            buttons = buttons || !network(raw[end].text);
            ++end;
        }
        if (end - i >= 3 && buttons) {
            for (std::size_t k = i; k < end; ++k) drop[k] = network(raw[k].text);
        }
        i = std::max(end, i + 1);
    }
    std::vector<RawBlock> kept;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (!drop[i]) kept.push_back(std::move(raw[i]));
    }
    raw = std::move(kept);
}

// A thread of posts copied with its counters: "… desde febrero. 2/9", "(3/9) Les cuento…", "Fine del
// thread 🧵 7/7". Three posts or more numbered over the same total: the counters are not read.
void Assembly::dropThreadCounters(std::vector<RawBlock>& raw) {
    // Where a counter stands at a block's start or end: its span, its number and its total.
    struct Counter {
        std::size_t begin = 0, end = 0;
        int number = 0, total = 0;
    };
    const auto counterAt = [](const std::string& t, bool atEnd) -> std::optional<Counter> {
        std::size_t i = atEnd ? t.size() : 0;
        if (atEnd) {
            // (Past an emoji or a closing mark after it, and the thread's "/fin", "/end".)
            while (i > 0 && (t[i - 1] == ' ' || static_cast<unsigned char>(t[i - 1]) >= 0x80)) --i;
            for (const char* end : {"/fin", "/end", "/FIN", "/END", "/fine"}) {
                const std::size_t n = std::strlen(end);
                if (i > n && t.compare(i - n, n, end) == 0 && t[i - n - 1] == ' ') {
                    i -= n + 1;
                    break;
                }
            }
            while (i > 0 && (t[i - 1] == ' ' || static_cast<unsigned char>(t[i - 1]) >= 0x80)) --i;
        }
        std::size_t from = i, to = i;
        if (atEnd) {
            from = t.find_last_of(" \t", i == 0 ? 0 : i - 1);
            from = from == std::string::npos ? 0 : from + 1;
        } else {
            to = t.find(' ');
            to = to == std::string::npos ? t.size() : to;
        }
        std::string token = t.substr(from, to - from);
        if (token.size() >= 2 && token.front() == '(' && token.back() == ')') token = token.substr(1, token.size() - 2);
        const std::size_t slash = token.find('/');
        if (slash == std::string::npos || slash == 0 || slash + 1 >= token.size() || slash > 2 || token.size() - slash - 1 > 2) return std::nullopt;
        for (std::size_t k = 0; k < token.size(); ++k) {
            if (k != slash && !std::isdigit(static_cast<unsigned char>(token[k]))) return std::nullopt;
        }
        Counter c{from, atEnd ? t.size() : to, std::stoi(token.substr(0, slash)), std::stoi(token.substr(slash + 1))};
        if (c.number < 1 || c.number > c.total) return std::nullopt;
        return c;
    };
    // (Numbered in order, 1/9, 2/9, 3/9: ratings, "9/10", "8/10", are no thread's.)
    std::map<int, std::vector<int>> numbers;  // total -> the numbers over it, in the text's order
    for (const RawBlock& b : raw) {
        for (const bool atEnd : {false, true}) {
            if (const auto c = counterAt(b.text, atEnd)) numbers[c->total].push_back(c->number);
        }
    }
    std::set<int> threads;
    for (const auto& [total, seen] : numbers) {
        // (One after another, as a thread counts its posts: a critic's scores out of 20, "16/20", "17/20", "19/20", skip and
        // repeat, and a run of them out of a score's scale counts from the thread's start.)
        // (A thread quoted in part may skip posts; it opens on the first or closes on the last.)
        const bool consecutive = !seen.empty() && seen.back() - seen.front() + 1 == static_cast<int>(seen.size());
        const bool whole = !seen.empty() && (seen.front() == 1 || seen.back() == total);
        const bool scale = total == 5 || total == 10 || total == 20 || total == 100;
        if (seen.size() >= 3 && std::is_sorted(seen.begin(), seen.end()) && std::adjacent_find(seen.begin(), seen.end()) == seen.end() &&
            (scale ? consecutive || seen.front() <= 2 : consecutive || whole)) {
            threads.insert(total);
        }
    }
    for (RawBlock& b : raw) {
        for (const bool atEnd : {true, false}) {
            const auto c = counterAt(b.text, atEnd);
            if (!c || threads.count(c->total) == 0) continue;
            b.text = collapseWhitespace(b.text.substr(0, c->begin) + " " + b.text.substr(c->end));
        }
    }
}

// "Leggi anche" on a line of its own, another story's title on the next: both go. (A title has no
// full stop; a sentence under such a label is the story's.)
void Assembly::dropLabelledTeasers(std::vector<RawBlock>& raw) const {
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const std::string& t = raw[i].text;
        if (t.empty() || countWords(t) > 4 || !isLinkOut(t)) continue;
        std::size_t next = i + 1;
        while (next < raw.size() && raw[next].text.empty()) ++next;
        // ("Read more ->", "Read more »": the link itself, pointing back to the item above it; the line under it opens the
        // next item of a newsletter, no title of the link's.)
        const std::string bare = collapseWhitespace(t);
        const bool pointsBack = bare.ends_with("->") || bare.ends_with("\xE2\x86\x92") || bare.ends_with("\xC2\xBB") ||
                                bare.ends_with(">>") || bare.ends_with("\xE2\x96\xB8") || bare.ends_with("\xE2\x80\xBA");
        raw[i].text.clear();
        if (pointsBack) continue;
        // (Titles under it, one a line, with no full stop: "Coupures d'électricité : comment se faire indemniser ?")
        const auto title = [&](std::size_t k) {
            const std::string& t = raw[k].text;
            return raw[k].link_density >= 0.5 || isUnpunctuatedShortLine(t, 20) || (!t.empty() && t.back() == '?' && countWords(t) <= 16);
        };
        while (next < raw.size() && title(next)) {
            raw[next].text.clear();
            ++next;
            while (next < raw.size() && raw[next].text.empty()) ++next;
            if (!plain_) break;  // (Markdown and HTML mark their lists; one title under a label there)
        }
    }
}

// "SPONSORED CONTENT", "Paid post", "Partner content": an advertiser's box, its label and its text.
bool Assembly::isSponsorLabel(const std::string& line) {
    const std::string f = foldForComparison(line);
    for (const char* label : {"sponsoredcontent", "sponsored", "paidcontent", "paidpost", "partnercontent", "advertisementfeature",
                              "advertorial", "promotedcontent", "brandedcontent", "inpartnershipwith", "presentedby", "sponsoredby",
                              // a newsletter's: "TODAY'S SPONSOR", "A word from our sponsor"
                              "todayssponsor", "thisweekssponsor", "oursponsor", "awordfromoursponsor",
                              "amessagefromoursponsor", "fromoursponsor", "fromourpartners", "anzeige",
                              // a distributor's label over a release's issuer, "NEWS PROVIDED BY" / "Acme, Inc."
                              "newsprovidedby", "publirreportaje", "contenidopatrocinado", "contenusponsoris\xC3\xA9", "contenutosponsorizzato",
                              "conte\xC3\xBA" "dopatrocinado"}) {
        if (f == label) return true;
    }
    return false;
}

// A team sheet under a match report: lines of a position's short label and the players in it, "HB:
// Maynard, Murphy, Crisp", four or more in a row, with the team's name in capitals over them. A table
// for the eye, which no one reads out; the report names who played. (A scorers' line, "Collingwood:
// Elliott 3, De Goey 2", has figures and stays.)
void Assembly::dropLineUps(std::vector<RawBlock>& raw) {
    const auto lineUp = [](const std::string& text) {
        const std::string t = collapseWhitespace(text);
        const std::size_t colon = t.find(": ");
        if (colon == std::string::npos || colon == 0 || colon > 4 || !std::isupper(static_cast<unsigned char>(t[0]))) return false;
        if (t.substr(0, colon).find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz/-") != std::string::npos) return false;
        const std::string players = t.substr(colon + 2);
        if (players.find_first_of("0123456789!?;:") != std::string::npos || countWords(players) > 14) return false;
        std::size_t start = 0;
        while (start < players.size()) {
            std::size_t comma = players.find(", ", start);
            if (comma == std::string::npos) comma = players.size();
            const std::string name = players.substr(start, comma - start);
            const auto c = static_cast<unsigned char>(name.empty() ? 'a' : name[0]);
            if (countWords(name) > 3 || !(std::isupper(c) || c >= 0xC3)) return false;
            start = comma + 2;
        }
        return true;
    };
    // (The team's name over its sheet, and the sheets' heading: "TEAMS" over "COLLINGWOOD".)
    dropRunsOf(raw, lineUp, [](const std::string& t) {
        const bool capitals = std::none_of(t.begin(), t.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
        return capitals && countWords(t) <= 3 && t.find_first_of(".!?,") == std::string::npos;
    });
}

// A baseball game's line score pasted under its story, "1 2 3 4 5 6 7 8 9   R  H  E" over "Houston   0 0 0 0 0 0 0 0 2   2  6  1",
// and the box's notes under it, "W: Brash (4-2)  L: Abreu (3-5)", "HR: HOU Alvarez (31)", "T: 3:21. A: 41,277.": figures in
// columns for the eye, and notes in the box's short forms ("A" is the attendance), which no bulletin reads. The story tells
// the game. The heading over them, "LINE SCORE", goes too.
void Assembly::dropLineScores(std::vector<RawBlock>& raw) {
    const auto row = [](const std::string& text) {
        const std::vector<std::string> words = splitWords(text);
        std::size_t figures = 0, letters = 0;
        for (const std::string& w : words) {
            if (w.size() <= 2 && std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
                ++figures;
            } else if (w == "R" || w == "H" || w == "E") {
                ++letters;
            }
        }
        // (The innings and the totals' letters, or a side's name and its runs in each inning and its totals.)
        return figures >= 9 && (letters == 3 || figures + 4 >= words.size());
    };
    const auto note = [](const std::string& text) {
        return countWords(text) <= 24 && startsWithAnyOf(text, {"W: ", "L: ", "S: ", "SV: ", "HR: ", "HRs: ", "T: ", "A: ", "E: ", "DP: ", "LOB: ",
                                                                 "2B: ", "3B: ", "SB: ", "CS: ", "WP: ", "HBP: ", "PB: ", "Umpires: ", "Att: "});
    };
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i].text.empty() || !row(raw[i].text)) continue;
        std::size_t end = i, rows = 0;
        while (end < raw.size() && (raw[end].text.empty() || row(raw[end].text))) rows += !raw[end++].text.empty();
        // (Two rows at least, the innings' and a side's or both sides': "Winning numbers: 3 8 14 22 27 35 41 56 63 77" is one line
        // of a story's figures.)
        if (rows < 2) {
            i = end;
            continue;
        }
        while (end < raw.size() && (raw[end].text.empty() || note(raw[end].text))) ++end;
        std::size_t top = i;
        while (top > 0 && raw[top - 1].text.empty()) --top;
        if (top > 0 && startsWithAnyOf(foldForComparison(raw[top - 1].text), {"linescore", "boxscore", "scorebyinnings"})) --top;
        for (std::size_t k = top; k < end; ++k) raw[k].text.clear();
        i = end;
    }
}

// A match's card after its report, a line a player: "V. Kohli c Ravindra b Pathirana 64 (41b, 6x4,
// 2x6)", "Khaleel 4-0-44-0, Ashwin 4-0-24-2", "T. David not out 3 (1b)". Four such lines at least in
// a row, each with figures in brackets or joined by dashes, and no sentence: figures a listener cannot
// follow. The team's name over them, and the card's heading, go too.
void Assembly::dropScoreCards(std::vector<RawBlock>& raw) {
    const auto cardLine = [](const std::string& text) {
        const std::string t = collapseWhitespace(text);
        // (A player's or a total's line opens on a name or a word: "200g (7oz) plain flour", "2025 (12.1m)" are
        // a list's items.)
        if (t.empty() || countWords(t) > 24 || std::string(".!?").find(t.back()) != std::string::npos ||
            std::isdigit(static_cast<unsigned char>(t[0]))) {
            return false;
        }
        // (Nor a line of money or shares: "Revenue up 14% to £182.4m (H1 FY24: £160.0m)", a company's results
        // in a list, which are the story.)
        for (const char* sign : {"%", "$", "\xC2\xA3", "\xE2\x82\xAC", "\xC2\xA5"}) {
            if (t.find(sign) != std::string::npos) return false;
        }
        // (Nor a headline or its deck joining two results by an ellipsis: "KIA는 한화 3-1로 꺾고 4연승…SSG·롯데는 2-2 무승부".)
        if (t.find("\xE2\x80\xA6") != std::string::npos) return false;
        std::size_t figures = 0, dashed = 0;
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (!std::isdigit(static_cast<unsigned char>(t[i])) || (i > 0 && std::isdigit(static_cast<unsigned char>(t[i - 1])))) continue;
            ++figures;
            dashed += i >= 2 && t[i - 1] == '-' && std::isdigit(static_cast<unsigned char>(t[i - 2]));
        }
        // (Figures inside the brackets, a batsman's balls and boundaries: a result's line names the driver's or the
        // rider's team there, "1. Lando Norris (McLaren) 1h35m21.231s", which a listener follows.)
        const std::size_t open = t.find('('), close = open == std::string::npos ? open : t.find(')', open);
        // (A football result's scorers with their minutes, "Arsenal 2 (Saka 23, Havertz 78) Everton 1", open on a name: a
        // results wire's story, read.)
        const bool scorers = close != std::string::npos && open + 1 < close && std::isupper(static_cast<unsigned char>(t[open + 1])) != 0;
        const bool figuresInBrackets = close != std::string::npos && !scorers && t.find_first_of("0123456789", open) < close;
        // (A change signed in the brackets is a tally's, no batsman's: an election's "Lab 298 (-113)", "Con 211 (+90)".)
        if (figuresInBrackets && open + 1 < t.size() && (t[open + 1] == '+' || t[open + 1] == '-' || t.compare(open + 1, 3, "\xE2\x88\x92") == 0)) {
            return false;
        }
        return (figures >= 2 && figuresInBrackets) || (figures >= 3 && dashed >= 2);
    };
    dropRunsOf(raw, cardLine, [](const std::string& t) { return countWords(t) <= 4 && t.find_first_of(".!?,:;0123456789") == std::string::npos; });
}

}  // namespace readcast::assembly
