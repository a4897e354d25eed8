// A release's letterhead, a paper's masthead, addresses, sign-offs and the writers named at the foot.

#include "ingest/assembly/Assembly.hpp"
#include "ingest/assembly/LineShapes.hpp"

#include "core/Ascii.hpp"
#include "core/Months.hpp"
#include "core/NewsAgencies.hpp"
#include "core/Url.hpp"
#include "core/WordSet.hpp"
#include "ingest/Byline.hpp"
#include "ingest/DateParser.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>
#include <regex>

namespace readcast::assembly {

namespace {

// The label a date line opens on, in the languages whose pages print one: "Publicerad 2025-09-16" under a section's name,
// "Inrikes", is no writer's name and a date.
bool isDateLabel(const std::string& lower) {
    static constexpr WordSet kLabels({"publicerad", "publiceret", "publisert", "publicado", "publicada", "publi\xC3\xA9", "publi\xC3\xA9" "e",
                                      "ver\xC3\xB6" "ffentlicht", "pubblicato", "gepubliceerd", "julkaistu", "opublikowano", "uppdaterad",
                                      "opdateret", "oppdatert", "actualizado", "atualizado", "aktualisiert", "aggiornato", "bijgewerkt",
                                      "modifi\xC3\xA9", "mis"});
    return kLabels.count(lower) != 0;
}

}  // namespace

// "SINGAPORE FOOD AGENCY          MEDIA RELEASE": a release's letterhead, the body's name and the release's label, over
// its date and its headline: no headline of its own.
// The label may stand alone under the letterhead, the body's name, its address and its telephone: "MINERALS COUNCIL SOUTH
// AFRICA" / "Minerals Council House, 7th Floor, …" / "PO Box 61809 … | Tel: …" over "MEDIA RELEASE"; the lines over it go
// with it. And the label may head each page again beside the body's name, "MEDIA RELEASE – MINERALS COUNCIL SOUTH AFRICA".
void Assembly::dropReleaseLetterhead(std::vector<RawBlock>& raw) {
    static const char* const kLabels[] = {"media release", "press release", "news release", "media statement", "press statement"};
    std::vector<std::size_t> over;
    for (std::size_t k = 0; k < raw.size() && over.size() < 6; ++k) {
        if (raw[k].text.empty()) continue;
        const std::string lower = lowerUtf8(collapseWhitespace(raw[k].text));
        if (std::any_of(std::begin(kLabels), std::end(kLabels), [&](const char* l) { return lower == l; }) && !over.empty()) {
            const bool letterhead = std::all_of(over.begin(), over.end(), [&](std::size_t o) {
                const std::string& t = raw[o].text;
                return countWords(t) <= 25 && std::string(".!?\"").find(t.back()) == std::string::npos;
            });
            if (letterhead) {
                // (The body's name on the first line is the release's publisher.)
                const std::string first = collapseWhitespace(raw[over.front()].text);
                if (article_.site.empty() && countWords(first) <= 6 && first.find_first_of("0123456789|,:") == std::string::npos) {
                    article_.site = first;
                }
                for (std::size_t o : over) raw[o].text.clear();
                raw[k].text.clear();
            }
            break;
        }
        over.push_back(k);
    }
    for (RawBlock& block : raw) {
        const std::string line = collapseWhitespace(block.text);
        if (line.empty() || countWords(line) > 12 || !inCapitalsOnly(line)) continue;
        const std::string lower = lowerUtf8(line);
        for (const char* label : kLabels) {
            for (const char* dash : {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", " | "}) {
                if (lower.rfind(std::string(label) + dash, 0) == 0) block.text.clear();
            }
        }
    }
    for (std::size_t k = 0, seen = 0; k < raw.size() && seen < 3; ++k) {
        if (raw[k].text.empty()) continue;
        ++seen;
        const std::string line = collapseWhitespace(raw[k].text);
        const std::string lower = lowerUtf8(line);
        if (countWords(line) > 9 || !inCapitalsOnly(line)) continue;
        for (const char* label : {" media release", " press release", " news release", " media statement", " press statement"}) {
            if (!lower.ends_with(label)) continue;  // (never the whole line: a label has its leading space)
            raw[k].text.clear();
            return;
        }
    }
}

// "Anna Lindqvist/TT Johan Ek/TT": writers' names, each of two words or more, each signed with a known agency's
// name after a slash. Appends the names to `writers`, sets `agency`, and says whether the line is just that.
bool Assembly::signedByWriters(const std::string& line, std::vector<std::string>& writers, std::string& agency) {
    std::vector<std::string> found;
    std::string name, named;
    bool all = true;
    for (const std::string& w : splitWords(line)) {
        const std::size_t mark = w.find('/');
        if (mark == std::string::npos) {
            name += (name.empty() ? "" : " ") + w;
            continue;
        }
        name += (name.empty() ? "" : " ") + w.substr(0, mark);
        const std::string by = w.substr(mark + 1);
        all = all && isNewsAgency(by) && isBareName(name) && !looksLikeOrganisation(name) && countWords(name) >= 2;
        found.push_back(name);
        named = by;
        name.clear();
    }
    if (!all || !name.empty() || found.empty()) return false;
    writers.insert(writers.end(), found.begin(), found.end());
    agency = named;
    return true;
}

// "Lima, 24 nov (EFE).- …" over "© EFE 2026": a wire's dateline gives the day and the month, its copyright
// line at the foot the year. The date they make, where nothing else dates the story.
std::optional<DateTime> Assembly::datelineDateWithCopyrightYear(const std::vector<RawBlock>& raw) {
    static const std::regex kDayMonth("^[^,.()]{2,40}, ([0-9]{1,2}) ([^ ,.()0-9]{3,12})\\.? \\(([^()]{2,20})\\)");
    // (The last year of a range: "Copyright 1998-2026 Agencia EFE".)
    static const std::regex kYear("(?:\xC2\xA9|[Cc]opyright) *(?:[^0-9\n]{0,40} )?(?:(?:19|20)[0-9]{2} ?[-\xE2\x80\x93] ?)?((?:19|20)[0-9]{2})\\b");
    std::string day, month, agency, year;
    for (const RawBlock& b : raw) {
        std::smatch m;
        if (day.empty() && countWords(b.text) >= 10 && std::regex_search(b.text, m, kDayMonth)) {
            day = m[1].str();
            month = m[2].str();
            agency = m[3].str();
        }
        // (The agency's own line, which names it: a photo's credit has a year of its own.)
        if (!agency.empty() && b.text.find(agency) != std::string::npos &&
            (b.text.find("\xC2\xA9") != std::string::npos || b.text.find("opyright") != std::string::npos) && std::regex_search(b.text, m, kYear)) {
            year = m[1].str();
        }
    }
    if (day.empty() || year.empty()) return std::nullopt;
    const auto date = parseDate(day + " " + month + " " + year);
    return date && date->year > 0 ? date : std::nullopt;
}

// "The Health Desk" as a line of its own over the story: the publication's name, the site's (its copyright's
// holder, its metadata), is no part of the story.
void Assembly::dropMastheadLine() {
    if (article_.site.empty()) return;
    const auto bare = [](std::string s) {
        s = lowerUtf8(collapseWhitespace(s));
        while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
        return s;
    };
    const std::string site = bare(article_.site);
    for (std::size_t k = 0; k < article_.blocks.size() && k < 3; ++k) {
        if (bare(article_.blocks[k].text) == site) {
            article_.blocks.erase(article_.blocks.begin() + static_cast<std::ptrdiff_t>(k));
            return;
        }
    }
}

// `text` without a wire's note to editors on what its new version changed, in brackets at the end of a line:
// "Brent up 1.4%, WTI up 1.3% (Adds analyst comment, updates prices)", "(Recasts with OPEC decision)".
std::string Assembly::withoutVersionNote(const std::string& text) {
    if (text.empty() || text.back() != ')') return text;
    const std::size_t open = text.rfind('(');
    if (open == std::string::npos || countWords(text.substr(open)) > 14) return text;
    const std::string inside = text.substr(open + 1, text.size() - open - 2);
    if (!startsWithAnyOf(inside, {"Adds ", "Updates ", "Updates,", "Recasts", "Corrects ", "Changes ", "Refiles", "Rewrites", "Writes through",
                                  "Fixes ", "Removes ", "Inserts ", "Repeats ", "Re-issues", "Reissues"})) {
        return text;
    }
    std::string kept = text.substr(0, open);
    while (!kept.empty() && kept.back() == ' ') kept.pop_back();
    return kept;
}

// `text` without an agency's sign-off or an editors' slug after its last sentence: "… 17.30. (ANSA).", "… 5 de
// marzo. EFE", "… 27#. /ama/jkr/mis"; "" when it is nothing else. Media flags, "(foto) (vídeo)", the same.
std::string Assembly::withoutClosingSignOff(std::string text) {
    for (int pass = 0; pass < 2 && !text.empty(); ++pass) {
        std::string t = collapseWhitespace(text);
        const std::size_t space = t.rfind(' ');
        const std::string last = space == std::string::npos ? t : t.substr(space + 1);
        const std::string head = space == std::string::npos ? "" : t.substr(0, space);
        // ("… as the strike begins. – INQUIRER.net", "… on Monday. — Rappler.com": the site's or an agency's name after a dash,
        // a live entry's or a story's sign-off.)
        bool dashed = false;
        for (const char* dash : {" \xE2\x80\x93", " \xE2\x80\x94", " -"}) {
            if (!head.ends_with(dash)) continue;
            const std::string before = head.substr(0, head.size() - std::strlen(dash));
            std::string name = last;
            while (!name.empty() && name.back() == '.') name.pop_back();
            const std::size_t dot = name.rfind('.');
            const bool domain = dot != std::string::npos && dot > 0 && dot + 2 < name.size() && name.find('/') == std::string::npos &&
                                std::all_of(name.begin() + static_cast<long>(dot) + 1, name.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
            if (!before.empty() && std::string(".!?\"").find(before.back()) != std::string::npos && (domain || !newsAgencyName(name).empty())) {
                text = before;
                dashed = true;
            }
            break;
        }
        if (dashed) continue;
        // (After a sentence's end, or alone.)
        // ("MVB/ (Belga)": the desk's initials and a slash, left alone on their line once the agency's name is taken.)
        const auto deskInitials = [](std::string w) {
            if (!w.empty() && w.back() == '.') w.pop_back();
            return w.size() >= 3 && w.size() <= 12 && w.back() == '/' && std::isupper(static_cast<unsigned char>(w[0])) &&
                   w.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ/") == std::string::npos;
        };
        if (head.empty() && deskInitials(last)) return "";
        const bool afterSentence = head.empty() || std::string(".!?\"#)").find(head.back()) != std::string::npos ||
                                   head.ends_with("\xC2\xBB") || head.ends_with("\xE2\x80\x9D");
        if (!afterSentence) break;
        std::string bare = last;
        while (!bare.empty() && (bare.back() == '.' || bare.back() == ')')) bare.pop_back();
        if (!bare.empty() && bare.front() == '(') bare.erase(0, 1);
        // (In capitals, or in brackets as Belga signs its lead: "… au 16 rue de la Loi. (Belga)".)
        const bool bracketed = last.front() == '(' && (last.back() == ')' || last.ends_with(").")) && last.find(' ') == std::string::npos;
        const bool agency = !bare.empty() && bare.size() <= 12 && !newsAgencyName(bare).empty() &&
                            (bracketed || std::none_of(bare.begin(), bare.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); })) &&
                            bare != "AP";  // ("AP" is a word in capitals as often: "… said the AP.")
        const bool slug = last.size() >= 6 && last.front() == '/' && std::count(last.begin(), last.end(), '/') >= 2 &&
                          last.find_first_not_of("abcdefghijklmnopqrstuvwxyz/") == std::string::npos;
        const std::string lower = lowerUtf8(bare);
        const bool media = last.front() == '(' && last.back() == ')' &&
                           (lower == "foto" || lower == "fotos" || lower == "v\xC3\xAD" "deo" || lower == "video" || lower == "audio" ||
                            lower == "infograf\xC3\xAD" "a" || lower == "gr\xC3\xA1" "fico");
        if (!agency && !slug && !media) break;
        text = head;
    }
    return text;
}

// A web address alone on a line of pasted text, "https://www.example.com.au/local/council-budget": the browser's
// address bar copied with the page, or a link's card. Nobody listens to a path read out letter by letter: it is left
// out, and the first, over the story, is the story's address (it says which country's English it is in). A site's
// bare name, "www.service.gov.au", and an address the story introduces ("Apply online:" over it) are still read.
void Assembly::takeAddressLines(std::vector<RawBlock>& raw) {
    // (The story has begun at its second block of ten words: the first may be a long headline.)
    std::size_t storyBlocks = 0;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const std::string line = collapseWhitespace(raw[i].text);
        // (An address a sentence leads up to, "To apply, visit" or "Apply online:" over it, is the story's.)
        std::string before = i > 0 ? collapseWhitespace(raw[i - 1].text) : "";
        const std::string lastWord = before.empty() ? "" : lowerAscii(before.substr(before.rfind(' ') == std::string::npos ? 0 : before.rfind(' ') + 1));
        const bool introduced = !before.empty() && (before.back() == ':' || lastWord == "visit" || lastWord == "at" || lastWord == "via" ||
                                                    lastWord == "to" || lastWord == "here" || lastWord == "see" || lastWord == "on");
        if (isBareWebAddressWithPath(line) && raw[i].images.empty() && !introduced) {
            if (storyBlocks < 2 && article_.url.empty()) article_.url = line.rfind("www.", 0) == 0 ? "https://" + line : line;
            raw[i].text.clear();
            continue;
        }
        storyBlocks += countWords(raw[i].text) >= 10;
    }
}

// "Calgary Published October 24, 2024 at 5:12 p.m. MDT": a dateline's place and the date line under it, joined by a
// Markdown paragraph's soft break; two lines again, the place read as the dateline, the date taken.
void Assembly::splitPlaceFromDateLine(std::vector<RawBlock>& raw) {
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const std::string& text = raw[i].text;
        for (const char* label : {" Published ", " Updated ", " Posted "}) {
            const std::size_t at = text.find(label);
            if (at == std::string::npos || at == 0 || countWords(text.substr(0, at)) > 3 || !allWordsCapitalized(text.substr(0, at)) ||
                text.substr(0, at).find_first_of(".,;:!?0123456789") != std::string::npos || countWords(text) > 16 ||
                text.find_first_of("0123456789") == std::string::npos) {
                continue;
            }
            RawBlock date = raw[i];
            date.text = text.substr(at + 1);
            raw[i].text = text.substr(0, at);
            raw.insert(raw.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(date));
            ++i;
            break;
        }
    }
}

// "MIDDAY NEWS BULLETIN — THURSDAY 12 JUNE 2025", "Weekly markets briefing | 3 March 2025": a text's first line, its
// title and its date after a dash or a bar; two lines again, the title the headline, the date the text's.
void Assembly::splitTitleFromDate(std::vector<RawBlock>& raw) {
    std::size_t first = 0;
    while (first < raw.size() && raw[first].text.empty()) ++first;
    if (first >= raw.size() || countWords(raw[first].text) > 20) return;
    const std::string& text = raw[first].text;
    for (const char* dash : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " | ", " - "}) {
        const std::size_t at = text.rfind(dash);
        if (at == std::string::npos || at == 0) continue;
        const std::string title = text.substr(0, at), when = text.substr(at + std::strlen(dash));
        const auto date = parseDate(when);
        // (The date whole after the dash, with its year, and a title of two words at least with none of its own.)
        if (!date || date->year <= 0 || countWords(when) > 6 || countWords(title) < 2 || parseDate(title)) continue;
        RawBlock dateLine = raw[first];
        dateLine.text = when;
        raw[first].text = title;
        raw.insert(raw.begin() + static_cast<std::ptrdiff_t>(first) + 1, std::move(dateLine));
        return;
    }
}

bool Assembly::takeNameAndDate(const std::string& text) {
    const std::vector<std::string> words = splitWords(text);
    if (words.size() < 4 || words.size() > 9) return false;
    for (std::size_t cut = 2; cut <= 4 && cut < words.size(); ++cut) {
        const std::string& w = words[cut];
        if (monthFromName(w) == 0 && monthFromAnyName(w) == 0 && !std::isdigit(static_cast<unsigned char>(w[0]))) continue;
        // (The date's weekday before its month goes with the date: "Seán Ó Briain" over "Sun Jul 13 2025 - 18:47".)
        std::size_t nameEnd = cut;
        if (const std::string day = lowerUtf8(words[cut - 1]); cut >= 3 && (weekdayFromName(day) >= 0 || day == "mon" || day == "tue" ||
                                                                           day == "tues" || day == "wed" || day == "thu" || day == "thur" ||
                                                                           day == "thurs" || day == "fri" || day == "sat" || day == "sun")) {
            nameEnd = cut - 1;
        }
        std::string name, date;
        for (std::size_t k = 0; k < words.size(); ++k) (k < nameEnd ? name : date) += (k == 0 || k == nameEnd ? "" : " ") + words[k];
        // ("Contracts For March 7, 2025", a headline: no name ends on a preposition.)
        const std::string last = lowerAscii(words[nameEnd - 1]);
        // (Or a desk's name for its writers, "Our Correspondent", "Staff Reporter", which names nobody.)
        // (Not one beside an agency's name, "Redacción / EFE", which the agency's rules take.)
        const bool desk = isDeskName(name) && cleanByline(name, "", article_.language).names.empty();
        if ((!isBareName(name) && !desk) || (looksLikeOrganisation(name) && !desk) || last == "for" || last == "of" || last == "the" || last == "on" ||
            last == "in" || last == "at" || last == "to" || last == "from" || last == "since" || last == "until" ||
            // ("Transcript Published 2 May 2025", a label run into the date line's own: no name ends on "Published".)
            last == "published" || last == "updated" || last == "posted" || last == "released" || isDateLabel(lowerUtf8(words[nameEnd - 1]))) {
            return false;
        }
        // (The rest is a date and nothing else.)
        for (const std::string& d : splitWords(date)) {
            std::string bare = d;
            while (!bare.empty() && (bare.back() == ',' || bare.back() == '.')) bare.pop_back();
            if (bare.find_first_not_of("0123456789:/-.") != std::string::npos && monthFromName(bare) == 0 && monthFromAnyName(bare) == 0 &&
                !isDateLineWord(lowerAscii(bare))) {
                return false;
            }
        }
        const auto parsed = parseDate(date);
        if (!parsed) return false;
        if (!desk) article_.byline = name;
        if (!article_.published) article_.published = parsed;
        return true;
    }
    return false;
}

// A wire's header over its headline, for the editors who take the copy: its codes ("bdt0347 4 vm 412
// dpa 0892"), its keywords ("Verkehr/Streiks/Bahn/"), its version ("(Zusammenfassung 18.45 Uhr)"), its
// priority ("Prioritet: 3"), and the agency's name ("NTB", "Lusa - Agência de Notícias de Portugal"), which
// is the byline when there is none. At the foot, the agency's mark ("(ANSA).", "/ritzau/", "Lusa/Fim").
// Returns the agency named, or "".
// "… wenden. (Nina Weißensteiner, Gerald John, 3.3.2025)": the writers' names the byline gives, and the date, in
// brackets after a paragraph's last sentence, as some papers sign a story: not read.
std::string Assembly::withoutWritersSignOff(const std::string& text, const std::string& byline) {
    if (byline.empty() || text.size() < 8 || text.back() != ')') return text;
    const std::size_t open = text.rfind(" (");
    if (open == std::string::npos || open == 0 || std::string(".!?\"").find(text[open - 1]) == std::string::npos) return text;
    const std::string inside = text.substr(open + 2, text.size() - open - 3);
    if (countWords(inside) > 12 || inside.find('(') != std::string::npos) return text;
    bool named = false;
    for (std::size_t at = 0; at <= inside.size();) {
        std::size_t comma = inside.find(", ", at);
        if (comma == std::string::npos) comma = inside.size();
        const std::string part = collapseWhitespace(inside.substr(at, comma - at));
        const bool date = !part.empty() && std::all_of(part.begin(), part.end(), [](char c) {
            return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '/' || c == '-';
        });
        const bool writer = countWords(part) >= 2 && byline.find(part) != std::string::npos;
        if (!date && !writer) return text;
        named = named || writer;
        at = comma + 2;
    }
    return named ? text.substr(0, open) : text;
}

}  // namespace readcast::assembly

