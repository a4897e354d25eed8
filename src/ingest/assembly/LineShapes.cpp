// The shapes of single lines: date lines and what they date, byline lines and whom they name, names in
// capitals, captions beside alt texts, menu lines.

#include "ingest/assembly/LineShapes.hpp"

#include "core/WordSet.hpp"
#include "core/Ascii.hpp"
#include "core/Months.hpp"
#include "core/Utf8.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/Byline.hpp"
#include "ingest/DateParser.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>
#include <set>
#include <unicode/uchar.h>

namespace readcast::assembly {

namespace {

}  // namespace

// Letters all capitals in any script ("ЭКОНОМИКА", "ÉCONOMIE"), and at least one of them ("в IV квартале" has Latin
// capitals only, among Cyrillic small letters). A script without case is not set in capitals: "삼성, … LG에 5-3
// 역전승" has one capital word among Hangul, a headline like any other.
bool inCapitalsOnly(const std::string& text) {
    std::size_t capitals = 0, caseless = 0;
    for (std::size_t k = 0; k < text.size();) {
        const auto c = static_cast<UChar32>(nextCodePoint(text, k));
        if (u_islower(c)) return false;
        capitals += u_isupper(c);
        caseless += u_isalpha(c) && !u_isupper(c);
    }
    return capitals > 0 && caseless * 3 < capitals;
}

// A line in a headline's capitals: every word of four letters or more starts with a capital, two such words
// at least ("Helionyx Energy Secures $412 Million Financing for 680 MW"), where a sentence has its small words.
bool headlineCapitals(const std::string& text) {
    std::size_t long_ = 0;
    for (const std::string& word : splitWords(text)) {
        std::size_t at = 0;
        const auto c = static_cast<UChar32>(nextCodePoint(word, at));
        if (!u_isalpha(c) || word.size() < 4) continue;
        if (!u_isupper(c)) return false;
        ++long_;
    }
    return long_ >= 2;
}

// The words a page's date line holds beside its date: times of day and their zones, weekdays, and the
// words of a relative time or an update, in English and the languages readcast reads most
// ("Mittwoch, 5. Februar 2025, 16:40 Uhr", "Le 14/03/2024 à 06:30 - Mis à jour le …").
bool isDateLineWord(const std::string& lower) {
    static constexpr WordSet kWords({
        // relative times and updates
        "updated", "update", "last", "modified", "ago", "hour", "hours", "minute", "minutes", "mins", "hrs", "published",
        "posted", "laatste", "laatst", "om",
        // a newsroom's name over the date, "Redactie 19 maart 2024 om 15:12"
        "redactie", "redaktion", "redacci\xC3\xB3n", "redazione", "r\xC3\xA9" "daction", "redakcja", "mis", "jour", "actualizado", "aktualisiert", "bijgewerkt", "aggiornato", "atualizado",
        "aktualizacja", "zaktualizowano", "opublikowano", "actualizada", "atualizada", "uppdaterad", "opdateret", "oppdatert",
        "publicerad", "publiceret", "publisert", "gepubliceerd", "ver\xC3\xB6" "ffentlicht", "publi\xC3\xA9",
        // Czech, Slovak and Korean: "aktualizováno", "aktualizované", "업데이트" (update), "입력" (entered), "수정" (revised)
        "aktualizov\xC3\xA1no", "aktualizovan\xC3\xA9", "\xEC\x97\x85\xEB\x8D\xB0\xEC\x9D\xB4\xED\x8A\xB8", "\xEC\x9E\x85\xEB\xA0\xA5", "\xEC\x88\x98\xEC\xA0\x95",
        // обновлено · опубликовано · в
        "\xD0\xBE\xD0\xB1\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xBE",
        "\xD0\xBE\xD0\xBF\xD1\x83\xD0\xB1\xD0\xBB\xD0\xB8\xD0\xBA\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xBE", "\xD0\xB2",
        // the year's word written short after it: Polish's "5 marca 2026 r., 12:40", Russian's "г."
        "r", "\xD0\xB3",
        // the time of day and its zone
        "am", "pm", "a.m", "p.m", "et", "est", "edt", "gmt", "utc", "bst", "pst", "pdt", "jst", "kst", "ist", "aest",
        "aedt", "sast", "eat", "wat", "cat", "nzst", "nzdt", "hkt", "sgt", "cst", "cdt", "mst", "mdt", "msk", "wib", "uk",
        "cet", "cest", "uhr", "h", "hs", "ore", "horas", "heures", "godz", "brt", "brst", "wet", "west", "eet", "eest", "ict",
        "pht", "hst", "akst", "akdt",
        // weekdays
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu",
        "thur", "thurs", "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
        "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes",
        "miércoles", "jueves", "viernes", "sábado", "domingo", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì",
        "sabato", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "poniedziałek",
        "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela", "domenica", "maandag", "dinsdag", "woensdag",
        "donderdag", "vrijdag", "zaterdag", "zondag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
        // Hungarian, Czech and Finnish ("2026. április 14., kedd 17:32")
        "vasárnap", "hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "neděle", "pondělí", "úterý", "středa", "čtvrtek",
        "pátek", "sunnuntai", "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai",
        // Indonesian and Malay ("Sabtu, 05 Apr 2025 11:30 WIB", "pukul"), and the zones east of Jakarta's
        "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "isnin", "khamis", "ahad", "pukul", "wita", "wit", "myt",
        // a relative time in other languages: "Atualizado há 3 horas", "hace 2 horas", "vor 3 Stunden", "3 ore fa", "2 uur geleden"
        "h\xC3\xA1", "hace", "vor", "fa", "geleden", "sedan", "siden", "temu", "minutos", "minuti", "minuten", "stunden", "stunde", "uur",
        "timmar", "timer", "godzin", "godziny", "dias", "d\xC3\xAD" "as", "giorni", "tagen", "dagen", "dage", "dager",
        // the small words between them
        "on", "at", "à", "om", "um", "alle", "às", "le", "·", "\xE2\x80\xA2", "-", "de", "del", "di", "of", "den", "kl",
        // Dutch's "changed" beside the first date, "vrijdag 22 november, 16:48 • Aangepast vrijdag 22 november, 19:05"
        "aangepast", "gewijzigd",
        // ("11:50 p. m.": the half of the day in Spanish, its letters apart)
        "p", "m", "a"});
    return kWords.count(lowerUtf8(lower)) != 0;
}

// "18 Feb 2025", "Tue 18 Feb 2025 at 2:30pm, updated Tue 18 Feb 2025 at 5:12pm": a line of a date and a date line's words
// and nothing else, as a page's foot repeats its dates.
bool isBareDateLine(const std::string& text) {
    if (countWords(text) > 18 || !parseDate(text)) return false;
    for (std::string w : splitWords(text)) {
        while (!w.empty() && std::string(",.|()").find(w.back()) != std::string::npos) w.pop_back();
        while (!w.empty() && std::string(",.|()").find(w.front()) != std::string::npos) w.erase(0, 1);
        if (w.empty()) continue;
        std::string bare = lowerAscii(w);
        for (const char* half : {"am", "pm"}) {
            if (bare.size() > 2 && bare.ends_with(half) && std::isdigit(static_cast<unsigned char>(bare[bare.size() - 3]))) bare.resize(bare.size() - 2);
        }
        const bool figures = bare.find_first_not_of("0123456789:/-.") == std::string::npos;
        if (!figures && monthFromName(w) == 0 && monthFromAnyName(w) == 0 && !isDateLineWord(bare)) return false;
    }
    return true;
}

// "T.C.A. SHARAD RAGHAVAN": a writer's name in capitals, as some papers print the byline; with an initial's dot, which a
// town's name in capitals, the dateline "NEW DELHI", has not ("ST. LOUIS" is a saint's).
bool isNameInCapitals(const std::string& line) {
    const std::vector<std::string> words = splitWords(line);
    const bool initial = std::any_of(words.begin(), words.end(), [](const std::string& w) {
        return w.size() >= 2 && w.back() == '.' && w != "ST." && w != "FT." && w != "MT." && w != "PT.";
    });
    return words.size() >= 2 && words.size() <= 5 && initial && inCapitalsOnly(line) &&
           std::all_of(line.begin(), line.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) || c == '.' || c == ' ' || c == '-' || c == '\''; });
}

// Such a name said as the name it is, each word capitalized, its initials kept: "T.C.A. Sharad Raghavan".
std::string nameCasedFromCapitals(const std::string& line) {
    std::string out;
    bool first = true;
    for (char c : line) {
        const bool letter = std::isalpha(static_cast<unsigned char>(c)) != 0;
        out += letter && !first ? static_cast<char>(std::tolower(static_cast<unsigned char>(c))) : c;
        first = !letter || c == '.';
        if (letter && out.size() >= 2 && out[out.size() - 2] == '.') first = true;
    }
    // (Initials stay capitals: a word of letters between dots.)
    for (std::size_t k = 0; k + 1 < out.size(); ++k) {
        if (out[k + 1] == '.' && std::isalpha(static_cast<unsigned char>(out[k]))) out[k] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[k])));
    }
    return out;
}

// "07:30 CET", "11:48 PM": a page's date line that the date parser did not take.
bool hasClockTime(const std::string& line) {
    for (std::size_t at = line.find(':'); at != std::string::npos; at = line.find(':', at + 1)) {
        if (at > 0 && at + 2 < line.size() && std::isdigit(static_cast<unsigned char>(line[at - 1])) &&
            std::isdigit(static_cast<unsigned char>(line[at + 1])) && std::isdigit(static_cast<unsigned char>(line[at + 2]))) {
            return true;
        }
    }
    // ("Mar 28, 2025 – 5.14pm": the dotted clock of British and Australian pages, with its am or pm.)
    for (std::size_t at = line.find('.'); at != std::string::npos; at = line.find('.', at + 1)) {
        if (at > 0 && at + 2 < line.size() && std::isdigit(static_cast<unsigned char>(line[at - 1])) &&
            std::isdigit(static_cast<unsigned char>(line[at + 1])) && std::isdigit(static_cast<unsigned char>(line[at + 2]))) {
            const std::string after = lowerAscii(line.substr(at + 3, 2));
            if ((after == "am" || after == "pm") && (at + 5 >= line.size() || !std::isalpha(static_cast<unsigned char>(line[at + 5])))) return true;
            // ("14.05.2025, godz. 14.30", "kl. 14.30", "saat 14.30", "14.30 uur": a dotted clock after the word for the hour
            // or before it.)
            std::size_t hour = at - 1;
            while (hour > 0 && std::isdigit(static_cast<unsigned char>(line[hour - 1]))) --hour;
            const std::string before = lowerAscii(line.substr(0, hour));
            const std::string rest = lowerAscii(line.substr(at + 3));
            for (const char* word : {"godz. ", "kl. ", "klo ", "saat ", "ore ", "h. "}) {
                if (before.ends_with(word)) return true;
            }
            if (rest.rfind(" uur", 0) == 0 || rest.rfind(" uhr", 0) == 0) return true;
        }
    }
    return false;
}

// "Jane Smith, 12 November 2025, 14:35", "Anna Kowalska | 12.11.2025 14:35": the writer's name and the page's date on
// one line under the headline, a separator between. The name, or nothing where the line is no such row.
std::string writerBeforeDate(const std::string& text) {
    if (countWords(text) > 14) return "";
    std::size_t at = std::string::npos, width = 0;
    for (const char* sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xB7 ", " \xE2\x80\xA2 ", ", "}) {
        if (const std::size_t found = text.find(sep); found < at) {
            at = found;
            width = std::strlen(sep);
        }
    }
    if (at == std::string::npos) return "";
    const std::string name = collapseWhitespace(text.substr(0, at)), rest = text.substr(at + width);
    const std::size_t words = countWords(name);
    if (words < 2 || words > 4 || !allWordsCapitalized(name) || name.find_first_of("0123456789.:()/&") != std::string::npos ||
        looksLikeOrganisation(name) || countWords(rest) > 9) {
        return "";
    }
    // ("Posted Tuesday, April 8, 2025 7:58 pm": the date line's own words and its weekday before the comma, no writer.)
    const std::string first = lowerAscii(name.substr(0, name.find(' ')));
    if (first == "posted" || first == "published" || first == "updated" || first == "last" || first == "modified") return "";
    // ("The Lancet Regional Health – Europe … Published online March 3, 2025": a journal's running head; no name opens on
    // an article.)
    if (first == "the") return "";
    const auto date = parseDate(rest);
    if (!date || date->year <= 0) return "";
    // (A comma parts a town from its date as often, "Buenos Aires, 9 de febrero de 2025": the page's clock after the
    // date is a byline row's.)
    if (width == 2 && !hasClockTime(rest)) return "";
    return name;
}

// A word of a paper's name in `name`: "Daily Mirror Online", "The Star Tribune", "Eyewitness News".
bool namesAPaper(const std::string& name) {
    const std::string lower = lowerAscii(name);
    for (const char* w : {"news", "times", "post", "herald", "mail", "tribune", "journal", "gazette", "guardian", "telegraph",
                          "independent", "express", "mirror", "chronicle", "observer", "standard", "citizen", "maverick",
                          "press", "radio", "online", "daily", "weekly", "courier", "echo", "argus", "mercury", "monitor",
                          "insider", "wire", "today", "nation", "record", "review"}) {
        if (occurrencesAsWord(lower, w) > 0) return true;
    }
    return false;
}

// "Published: 29 Apr. 2025, 00:00", "Updated April 30, 2025", "Posted on ...", "기사입력 :[ 2018-08-25 ]",
// "Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015": a page's date line -> date, not read.
// `nearTop`: among the first blocks, where a page sets its date line; further down, a line with a pipe
// and a date is more often a reference ("… [Updated] | Ars Technica. Retrieved 2014-04-05.").
bool takeDateLine(const std::string& text, Article& article, bool nearTop, bool storyBegun) {
    const std::size_t words = countWords(text);
    if (words > 25) return false;
    // ("*Daily Mirror Online* — 15 July 2025, 07:12 pm": the paper's name before its date, the site's name where none is known.)
    for (const char* mark : {" \xE2\x80\x94 ", " \xE2\x80\x93 "}) {
        const std::size_t at = text.find(mark);
        if (!nearTop || storyBegun || at == std::string::npos || at > 60) continue;
        std::string paper = text.substr(0, at);
        while (!paper.empty() && (paper.front() == '*' || paper.front() == '_')) paper.erase(0, 1);
        while (!paper.empty() && (paper.back() == '*' || paper.back() == '_')) paper.pop_back();
        if (countWords(paper) > 4 || !allWordsCapitalized(paper) || paper.find_first_of("0123456789") != std::string::npos || !namesAPaper(paper)) {
            continue;
        }
        if (!takeDateLine(text.substr(at + std::strlen(mark)), article, nearTop, storyBegun)) continue;
        if (article.site.empty()) article.site = collapseWhitespace(paper);
        return true;
    }
    // ("*Associated Press* — TAIPEI, Taiwan (AP) — **Published 4:18 AM GMT+8, March 12, 2026**": a wire's header line, its
    // name and dateline before the labelled date, the last field after a dash.)
    if (nearTop && !storyBegun) {
        for (const char* mark : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - "}) {
            const std::size_t at = text.rfind(mark);
            if (at == std::string::npos || at == 0 || countWords(text.substr(0, at)) > 10) continue;
            std::string last = text.substr(at + std::strlen(mark));
            while (!last.empty() && (last.front() == '*' || last.front() == '_')) last.erase(0, 1);
            const std::string lower = lowerUtf8(last);
            if (!startsWithAnyOf(lower, {"published", "updated", "posted"})) continue;
            if (Article probe; takeDateLine(last, probe, nearTop, storyBegun) && probe.published) {
                if (!article.published) article.published = probe.published;
                return true;
            }
        }
    }
    // ("Monday, August 19, 2024, 2:20 PM SGT — Updated 6:05 PM": the date and, after a dash, the update's time alone.)
    if (nearTop && !storyBegun) {
        for (const char* mark : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " | "}) {
            const std::size_t at = text.find(mark);
            if (at == std::string::npos || at == 0) continue;
            const std::string tail = lowerUtf8(collapseWhitespace(text.substr(at + std::strlen(mark))));
            if (!startsWithAnyOf(tail, {"updated", "last updated", "update:"}) || countWords(tail) > 6) continue;
            if (Article probe; takeDateLine(text.substr(0, at), probe, nearTop, storyBegun) && probe.published) {
                if (!article.published) article.published = probe.published;
                return true;
            }
        }
    }
    // ("Экономика / 3 марта 2025, 12:47, обновлено 13:05": the section's name before the date, a slash between.)
    if (const std::size_t slash = text.find(" / "); nearTop && slash != std::string::npos && slash <= 40 && countWords(text.substr(0, slash)) <= 2 &&
                                                     text.substr(0, slash).find_first_of("0123456789") == std::string::npos &&
                                                     std::isdigit(static_cast<unsigned char>(text[slash + 3]))) {
        return takeDateLine(text.substr(slash + 3), article, nearTop, storyBegun);
    }
    // ("Business News of Wednesday, 26 June 2024": a portal's strap, its section's news of the day.)
    if (const std::size_t of = text.find(" News of "); nearTop && !storyBegun && of != std::string::npos && countWords(text.substr(0, of)) <= 2 &&
                                                       allWordsCapitalized(text.substr(0, of)) &&
                                                       text.substr(0, of).find_first_of("0123456789") == std::string::npos) {
        return takeDateLine(text.substr(of + 9), article, nearTop, storyBegun);
    }
    // ("Transcript of proceedings, Thursday 6 March 2025, 9.30am", "Minutes of the meeting, 4 May 2025": a record's own line with
    // the day it records, its date.)
    if (const std::size_t comma = text.find(", "); nearTop && !storyBegun && comma != std::string::npos && comma <= 40 &&
                                                   startsWithAnyOf(lowerUtf8(text), {"transcript", "minutes of", "hansard", "record of proceedings",
                                                                                      "verbatim record", "unofficial transcript"})) {
        return takeDateLine(text.substr(comma + 2), article, nearTop, storyBegun);
    }
    // ("Recorded 9 September 2025. Released 12 September 2025.", "Released: 12 Sep 2025": an episode's line over its transcript,
    // whose release is its date; the day it was recorded is no more read than the release.)
    if (nearTop && !storyBegun && words <= 12) {
        const std::string lower = lowerUtf8(text);
        // ("Broadcast: Sunday, 16 June 2024, 09:10 BST": a transcript's header.)
        for (const char* label : {"released", "aired", "first aired", "first broadcast", "broadcast:", "broadcast on", "date of broadcast:"}) {
            const std::size_t at = lower.rfind(label);
            if (at == std::string::npos || (at != 0 && lower.rfind("recorded", 0) != 0)) continue;
            std::optional<DateTime> released = parseDate(text.substr(at + std::strlen(label)));
            if (!released) continue;
            if (!article.published) article.published = released;
            return true;
        }
    }
    // ("Next release: 30 September 2025": a statistics bulletin's date of the next one, under its own; neither is read.)
    if (nearTop && !storyBegun && words <= 8 &&
        startsWithAnyOf(lowerUtf8(text), {"next release", "next update:", "next publication", "n\xC3\xA4" "chste ver\xC3\xB6" "ffentlichung",
                                          "prochaine publication", "pr\xC3\xB3xima publicaci\xC3\xB3n", "prossima pubblicazione",
                                          "volgende publicatie"}) &&
        parseDate(text.substr(text.find(':') == std::string::npos ? 0 : text.find(':') + 1))) {
        return true;
    }
    // ("Valid: 18:00 Sunday 09/03/2025 to 06:00 Monday 10/03/2025", "Deadline: 14 March": a warning's or an
    // event's own dates, the story's to read, not the day it was published.)
    if (startsWithAnyOf(lowerUtf8(text), {"valid:", "valid from", "valid until", "valid to", "in force", "expires", "deadline",
                                          "closing date", "event date", "when:", "g\xC3\xBCltig", "v\xC3\xA1lido", "valable",
                                          "valido", "geldig"})) {
        return false;
    }
    // ("DATE: Thursday 08.05.2025 TIME: 9.00 A.M. - 5.00 P.M.": a notice's field with the hours beside it, or a date field
    // once the story has begun, is what the story tells.)
    if (lowerUtf8(text).rfind("date:", 0) == 0 && (storyBegun || lowerUtf8(text).find(" time:") != std::string::npos)) return false;
    // ("Aug. 14, 1937 - Jan. 3, 2025": a life's or a term's span, two dates with a dash, is no publication date;
    // "Published Jan. 3, 2025 - Updated Jan. 4, 2025" is one.)
    const std::string labels = lowerUtf8(text);
    const bool labelled = labels.find("publ") != std::string::npos || labels.find("updat") != std::string::npos ||
                          labels.find("aktuali") != std::string::npos || labels.find("modif") != std::string::npos ||
                          labels.find("actualiz") != std::string::npos || labels.find("aggiorn") != std::string::npos;
    for (const char* dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
        if (labelled) break;
        const std::size_t at = text.find(dash);
        if (at != std::string::npos && words <= 10 && parseDate(text.substr(0, at)) && parseDate(text.substr(at + std::strlen(dash))) &&
            text.substr(0, at).find_first_of("0123456789") != std::string::npos) {
            const std::string first = text.substr(0, at), second = text.substr(at + std::strlen(dash));
            const auto years = [](const std::string& t) {
                std::size_t n = 0;
                for (std::size_t k = 0; k + 4 <= t.size(); ++k) {
                    n += std::all_of(t.begin() + static_cast<long>(k), t.begin() + static_cast<long>(k) + 4, [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
                         (k == 0 || !std::isdigit(static_cast<unsigned char>(t[k - 1]))) && (k + 4 == t.size() || !std::isdigit(static_cast<unsigned char>(t[k + 4])));
                }
                return n;
            };
            if (years(first) == 1 && years(second) == 1) return false;
        }
    }
    const std::string lower = lowerUtf8(text);
    const bool modified = startsWithAnyOf(lower, {"updated", "last updated", "modified", "last modified", "mis à jour", "actualizado", "stand:",
                                                  "atualizado", "aktualisiert", "aggiornato", "обновлено", "aktualizacja", "aktualizov\xC3\xA1no",
                                                  "aktualizovan\xC3\xA9", "diperbarui",
                                                  "aangepast", "bijgewerkt", "uppdaterad", "opdateret", "oppdatert", "g\xC3\xBC" "ncelleme",
                                                  "\xEC\x88\x98\xEC\xA0\x95", "\xEC\xB5\x9C\xEC\xA2\x85\xEC\x88\x98\xEC\xA0\x95",
                                                  "\xE6\x9B\xB4\xE6\x96\xB0"});  // 수정, 최종수정, 更新
    // ("This content was published on November 30, 2026 - 17:45": a broadcaster's site's date line, its label a sentence.)
    if (startsWithAnyOf(lower, {"this content was published on ", "this article was published on ", "this story was published on "}) &&
        countWords(text) <= 14) {
        // (Under a teaser after the story it is that story's date: not taken, not read.)
        if (!nearTop || storyBegun) return true;
        takeDateLine(text.substr(text.find(" on ") + 4), article, nearTop, storyBegun);
        return true;
    }
    const bool keywordFirst = startsWithAnyOf(lower, {"published", "posted", "date:", "first published", "publié", "publicado", "publicatie",
                                                 // a desk's and a court's own fields: "Filed: 12 Feb 2025", "Judgment date: …",
                                                 // "Bulletin: 0700 Mon 07 Jul 2025", "Dateline: …", "erschienen am 3. Juli 2025"
                                                 "filed:", "filed on", "judgment date", "judgement date", "date of judgment", "bulletin:",
                                                 "dateline:", "erschienen am", "erschienen:", "paru le", "uscito il", "for immediate release",
                                                 // a bulletin's: "Issued at 3:15 PM EST Sunday 14 January 2024"
                                                 "issued at", "issued on", "issued:", "news release",
                                                 "publicering",
                                                 "veröffentlicht", "publiziert", "pubblicato", "publicat ", "publicat:", "julkaistu",
                                                 "objavljeno", "publikov\xC3\xA1no", "publikovan\xC3\xA9", "опубликовано", "pubdate", "publish date",
                                                 "publication date", "date published", "date de publication", "data publikacji", "opublikowano",
                                                 "data di pubblicazione", "data de publica", "fecha de publicaci", "gepubliceerd",
                                                 "publicerad", "publiceret", "publisert", "yay\xC4\xB1" "nlanma",
                                                 "\xEA\xB8\xB0\xEC\x82\xAC\xEC\x9E\x85\xEB\xA0\xA5",  // 기사입력
                                                 "\xEC\x9E\x85\xEB\xA0\xA5",                          // 입력
                                                 "\xEB\x93\xB1\xEB\xA1\x9D",                          // 등록
                                                 "\xE9\x85\x8D\xE4\xBF\xA1",                          // 配信
                                                 "\xE5\x8F\x91\xE5\xB8\x83", "\xE7\x99\xBC\xE5\xB8\x83"});  // 发布, 發布
    // (A CMS's or a note's date field in other languages, a date and little else: "Datum: 12. September 2024".)
    // (Near the top and before the story: "Data: 3 ottobre 2024" in an event's box is the event's.)
    const bool dateField = nearTop && !storyBegun && words <= 8 && startsWithAnyOf(lower, {"datum:", "fecha:", "data:", "dato:", "date :"});
    // ("2026/03/03 17:42 송고": a Korean wire's time of sending, under the story.)
    const bool sent = words <= 4 && lower.ends_with("\xEC\x86\xA1\xEA\xB3\xA0");
    const bool keyword = keywordFirst || dateField || sent;
    // A line of page furniture around a date: pipes or bullets between a site, a date and a byline.
    // (Dashes too, on a short line: "Benimar (Valencia) - 9 de marzo de 2025 - 07:30 CET".)
    // (Or a spaced slash after the publication's name: "Philippine Daily Inquirer / 05:12 PM April 02, 2025".)
    const bool separated = lower.find(" | ") != std::string::npos || lower.find("\xE2\x80\xA2") != std::string::npos ||
                           lower.find(" \xC2\xB7 ") != std::string::npos ||  // " · "
                           (words <= 12 && lower.find(" / ") != std::string::npos && lower.find(" / ") == lower.rfind(" / ")) ||
                           (words <= 14 && lower.find(" - ") != std::string::npos && lower.find(" - ") != lower.rfind(" - "));
    // A line that is nothing but dates and times ("22 Dec, 2016 22 Dec, 2016", "10:02 AM EST Nov 19, 2019"):
    // a page's date element, or a list of dates; never read as a sentence.
    // (Longer with its update beside it: "October 15, 2025 at 11:42 AM GMT+9 Updated on October 15, 2025 at 4:18 PM GMT+9".)
    bool onlyDate = words <= (lower.find("updated") != std::string::npos ? 18 : 12);
    bool month = false, number = false, hourAndMinutes = false;
    std::size_t index = 0;
    // ("5 Aug, 2025 04:15 PM 4 mins to read": the page's date run on into its reading time.)
    const bool readingTime = lower.ends_with(" to read") || lower.ends_with(" min read") || lower.ends_with(" mins read") ||
                             lower.ends_with(" minute read") || lower.ends_with(" minutes read");
    for (std::string w : splitWords(text)) {
        if (readingTime && (w == "to" || w == "read")) continue;
        // ("ISLAMABAD: Updated Oct 08, 2025 02:20pm": the place the story was filed from, in capitals before its colon, over
        // the page's date.)
        if (index++ == 0 && w.size() > 3 && w.back() == ':' && w.find_first_of("abcdefghijklmnopqrstuvwxyz0123456789") == std::string::npos) continue;
        // ("13:30 20.12.2024 (обновлено: 16:52 20.12.2024)": the update in brackets.)
        if (!w.empty() && w.front() == '(') w.erase(0, 1);
        if (!w.empty() && w.back() == ')') w.pop_back();
        // ("2024년 10월 31일": Korean's year, month and day, each with its word.)
        for (const char* unit : {"\xEB\x85\x84", "\xEC\x9B\x94", "\xEC\x9D\xBC"}) {
            if (w.size() > 3 && w.ends_with(unit) && isdigit(static_cast<unsigned char>(w[w.size() - 4]))) {
                month = month || std::strcmp(unit, "\xEC\x9B\x94") == 0;
                w.resize(w.size() - 3);
            }
        }
        while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == '|' || (w.back() == ':' && w.size() > 3 && !std::isdigit(static_cast<unsigned char>(w[0]))))) {
            w.pop_back();
        }
        if (w.empty()) continue;
        // ("14.22": a British time; "6:00am", a time and its half of the day.)
        std::string bare = lowerAscii(w);
        for (const char* half : {"am", "pm", "h"}) {
            const std::size_t n = std::strlen(half);
            if (bare.size() > n && std::isdigit(static_cast<unsigned char>(bare[bare.size() - n - 1])) &&
                bare.compare(bare.size() - n, n, half) == 0) {
                bare.resize(bare.size() - n);
            }
        }
        // ("Monday 7th December 2026, 6:15pm": a day's ordinal as a British paper writes it.)
        const bool ordinalDay = bare.size() >= 3 && bare.size() <= 4 && std::isdigit(static_cast<unsigned char>(bare[0])) &&
                                (bare.ends_with("st") || bare.ends_with("nd") || bare.ends_with("rd") || bare.ends_with("th")) &&
                                bare.find_first_not_of("0123456789") == bare.size() - 2;
        const bool digits = bare.find_first_not_of("0123456789:/-.") == std::string::npos || ordinalDay;
        const bool named = monthFromName(w) != 0 || monthFromAnyName(w) != 0 || (shortMonthFromName(w) != 0 && parseDate(text));
        const std::string lw = lowerAscii(w);
        // ("April 25, 2024 6:42 PM UTC Updated 2 hours ago": the page's date element with its relative time.)
        // ("GMT+1", "UTC-5": a zone with its offset.)
        // ("19h05": a clock as Portuguese and French write it.)
        const std::size_t h = lw.find('h');
        const bool hourMinutes = h >= 1 && h <= 2 && lw.size() == h + 3 && lw.find_first_not_of("0123456789", 0) == h &&
                                 lw.find_first_not_of("0123456789", h + 1) == std::string::npos;
        const bool clock = isDateLineWord(lowerAscii(w)) || lw.rfind("gmt", 0) == 0 || lw.rfind("utc", 0) == 0 || hourMinutes;
        hourAndMinutes = hourAndMinutes || hourMinutes;
        // ("14/03/2024": a date in figures names its month too.)
        // ("12-03-2024": a wire's header writes it with dashes.)
        month = month || named || (digits && std::count(w.begin(), w.end(), '/') == 2) ||
                (digits && std::count(w.begin(), w.end(), '.') == 2 && w.size() >= 8) ||
                (digits && std::count(w.begin(), w.end(), '-') == 2 && w.size() == 10 && w[2] == '-' && w[5] == '-');
        number = number || digits;
        onlyDate = onlyDate && (digits || named || clock);
    }
    // It is not taken for the publication date: on a reference page such lines are dates of events. Once
    // the story has begun, such a line is its own: an event's date in a listing, a timeline's entry.
    if (const auto whole = onlyDate && month && number && !modified && !keyword ? parseDate(text) : std::nullopt) {
        // The page's own timestamp, with its time or weekday ("Thu 6 Feb 2025 14.22 GMT"), before the story.
        // (Or a whole date with its year, day first as Europe writes it: "6 March 2025" alone under a release's label.)
        // (A clock as Portuguese and French write it is one too: "05/03/2025 19h32 Atualizado há 3 horas".)
        const bool stamp = lower.find(':') != std::string::npos || hourAndMinutes || lower.find(" gmt") != std::string::npos ||
                           lower.find(" utc") != std::string::npos || std::isalpha(static_cast<unsigned char>(lower[0])) ||
                           (whole->year > 0 && words == 3);
        // (Near the top, or under a byline a pasted page's menus pushed further down.)
        if (!storyBegun && (nearTop ? stamp || !article.byline.empty() : !article.byline.empty()) && !article.published) {
            article.published = whole;
        }
        return !storyBegun;
    }
    // ("vrijdag 22 november, 16:48 • Aangepast vrijdag 22 november, 19:05": the page's stamps without their year, over a story
    // whose date the page declares: said once, in the intro.)
    // (Two stamps with their clocks, a bullet or a bar between: one date alone, "Tuesday, March 5 at 4 p.m.", may be an event's.)
    // (And a word of the change between them: a list of performances, "Friday 7 March, 19:30 | Saturday 8 March, 14:30", is no
    // page's stamp.)
    if (onlyDate && month && number && nearTop && !storyBegun && article.published && separated && std::count(lower.begin(), lower.end(), ':') >= 2 &&
        containsAnyOf(lower, {"updated", "aangepast", "bijgewerkt", "gewijzigd", "aktualisiert", "modified", "mis \xC3\xA0 jour", "actualizado",
                              "atualizado", "aggiornato", "uppdaterad", "opdateret", "oppdatert"}) &&
        !parseDate(text)) {
        return true;
    }
    const bool published = keyword || (separated && nearTop);
    if ((!modified && !published) || (!keyword && !modified && words > 14 && !separated)) return false;
    const auto date = parseDate(text);
    if (!date) return false;
    // A line such as "Published: ... Updated: ..." carries both; the first date is the publication.
    // ("Stand: 03.03.2025, 14:12 Uhr": a German page's one stamp, its state as published; the publication date where there is
    // no other.)
    const bool standing = lower.rfind("stand:", 0) == 0 && !article.published;
    std::optional<DateTime>& field = modified && !standing ? article.modified : article.published;
    if (!field) field = *date;
    // "Posted on January 14, 2026 by Hannah Okafor": a blog's date line names the writer at its end (before the count of
    // its comments: "by Fiona MacLeod · 6 Comments").
    if (const std::size_t by = text.rfind(" by "); by != std::string::npos && article.byline.empty() && by + 4 < text.size() &&
                                                   std::isupper(static_cast<unsigned char>(text[by + 4]))) {
        std::string writer = text.substr(by + 4);
        for (const char* mark : {"\xC2\xB7", "|", "\xE2\x80\xA2", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) writer = writer.substr(0, writer.find(mark));
        if (countWords(writer) <= 4) article.byline = collapseWhitespace(writer);
    }
    std::size_t updated = lower.find("updated", 1);
    if (updated == std::string::npos) updated = lower.find("mis à jour", 1);
    if (published && updated != std::string::npos && !article.modified) {
        if (const auto later = parseDate(text.substr(updated))) article.modified = *later;
    }
    return true;
}

// The text after the byline's names when it begins with them ("Jane Doe. Published …" -> "Published …");
// the text itself when it does not.
std::string afterByline(const std::string& text, const std::string& byline) {
    const std::string name = foldForComparison(byline);
    if (name.size() < 4) return text;
    std::string folded;
    for (std::size_t i = 0; i < text.size(); ++i) {
        folded = foldForComparison(text.substr(0, i + 1));
        if (folded.size() < name.size()) continue;
        if (folded != name) return text;
        std::size_t rest = i + 1;
        while (rest < text.size() && (text[rest] == '.' || text[rest] == ',' || text[rest] == ' ' || text[rest] == '|')) ++rest;
        // ("이수진 기자 입력 2026.03.05 09:41": Korean's word for a reporter after the name.)
        for (const char* role : {"\xEA\xB8\xB0\xEC\x9E\x90 ", "\xED\x8A\xB9\xED\x8C\x8C\xEC\x9B\x90 "}) {  // 기자, 특파원
            if (text.compare(rest, std::strlen(role), role) == 0) rest += std::strlen(role);
        }
        return text.substr(rest);
    }
    return text;
}

// The date of an ISO 8601 time stamp among a line's words ("2025-12-17T06:41:08Z"), as a wire's header
// prints it; nothing when there is none.
std::optional<DateTime> isoTimeStampIn(const std::string& text) {
    const std::vector<std::string> words = splitWords(text);
    for (std::size_t k = 0; k < words.size(); ++k) {
        const std::string& word = words[k];
        if (word.size() >= 16 && word[4] == '-' && word[7] == '-' && word[10] == 'T' && word[13] == ':' &&
            std::isdigit(static_cast<unsigned char>(word[0])) && std::isdigit(static_cast<unsigned char>(word[11]))) {
            if (auto date = parseDate(word); date && date->year > 0) return date;
        }
        // ("2024-05-22 13:47": the date and the clock apart, as a wire's header prints them.)
        // ("2025-11-21 19:48:06": with its seconds too.)
        if (word.size() == 10 && word[4] == '-' && word[7] == '-' && std::isdigit(static_cast<unsigned char>(word[0])) && k + 1 < words.size() &&
            (words[k + 1].size() == 5 || (words[k + 1].size() == 8 && words[k + 1][5] == ':')) && words[k + 1][2] == ':' &&
            std::isdigit(static_cast<unsigned char>(words[k + 1][0]))) {
            if (auto date = parseDate(word + " " + words[k + 1].substr(0, 5)); date && date->year > 0) return date;
        }
    }
    return std::nullopt;
}

// "By Jane Doe", "By Jane Doe and John Roe, Staff Reporters" -> byline.
bool takeBylineLine(const std::string& line, Article& article) {
    // ("By Tom Hendricks thendricks@springfieldledger.com": the writer's address after the name is no part of it.)
    std::string text = line;
    if (line.find('@') != std::string::npos && countWords(line) <= 12) {
        std::string kept;
        for (const std::string& w : splitWords(line)) {
            const std::size_t at = w.find('@');
            if (at != std::string::npos && at > 0 && w.find('.', at) != std::string::npos) continue;
            kept += (kept.empty() ? "" : " ") + w;
        }
        if (!kept.empty()) text = kept;
    }
    // ("ABC Weather / By Tahlia Nguyen and Rory Fitzgerald": a desk's label before the byline, set apart by a slash or a bar.)
    for (const char* mark : {" / By ", " | By ", " / by ", " | by "}) {
        const std::size_t at = text.find(mark);
        if (at != std::string::npos && at > 0 && countWords(text.substr(0, at)) <= 4 && text.substr(0, at).find_first_of(".!?:") == std::string::npos) {
            text = text.substr(at + 3);
            break;
        }
    }
    // ("By business reporter Rachel Nguyen and chief economics correspondent Tom Whitfield": each writer's job before the
    // name, in lower case, as some broadcasters print them; the names.)
    if (text.size() > 4 && text.rfind("By ", 0) == 0 && std::islower(static_cast<unsigned char>(text[3]))) {
        std::string names, rest = text.substr(3);
        for (std::size_t at = rest.find(", "); at != std::string::npos; at = rest.find(", ")) rest.replace(at, 2, " and ");
        bool all = true;
        for (std::size_t from = 0; from <= rest.size() && all;) {
            const std::size_t cut = std::min(rest.find(" and ", from), rest.size());
            const std::string piece = rest.substr(from, cut - from);
            const std::size_t name = nameAfterJobTitle(piece);
            all = name != std::string::npos;
            if (all) names += (names.empty() ? "" : " and ") + piece.substr(name);
            from = cut + 5;
        }
        if (all && !names.empty()) text = "By " + names;
    }
    // "By", and the same word in the languages readcast reads most: "Por", "Par", "Von", "Di", "Door".
    std::size_t space = text.find(' ');
    // ("Posted Tuesday, April 8, 2025 7:58 pm": a date line that opens on "posted", no writer's; "Posted by Jo Ng" is.)
    if (const std::string lower = lowerAscii(text); (lower.rfind("posted ", 0) == 0 || lower.rfind("published ", 0) == 0) &&
                                                    lower.find(" by ") == std::string::npos && parseDate(text.substr(text.find(' ') + 1))) {
        return false;
    }
    // ("Posted by Donald Trump on Truth Social": a quoted post's credit, where it was posted; "Posted by Jo Ng on March 3,
    // 2025" is a blog's byline with its date, and "Posted by Andrew Hayden, Software Engineer on Google Play" one with the
    // writer's job.)
    if (const std::string lower = lowerAscii(text); lower.rfind("posted by ", 0) == 0) {
        const std::size_t on = lower.find(" on ");
        if (on != std::string::npos && lower.find(',') > on && !parseDate(text.substr(on + 4))) return false;
    }
    // ("BY THE NUMBERS", "By the way": a fact box's heading and a sentence's opening, no writer.)
    if (const std::string lower = lowerAscii(collapseWhitespace(text));
        startsWithAnyOf(lower, {"by the numbers", "by the way", "by the time", "by the end", "by the look", "by the book"})) {
        return false;
    }
    // (Longer with the page's dates beside it: "Av Linnea Håkansson | Publicerad 19 maj 2025 kl. 06.00 | Uppdaterad …".)
    const std::size_t most = text.find(" | ") != std::string::npos ? 24 : 16;
    if (space == std::string::npos || countWords(text) > most) return false;
    // ("Words by Priya Ranganathan", "Words and pictures by …": a magazine's byline.)
    for (const char* words : {"words by ", "words and pictures by ", "text by ", "story by ", "written by ", "reported by ",
                              "reporting by ", "posted by ", "escrito por ", "scritto da ", "geschrieben von ", "geschreven door ", "texto de ", "texte de ",
                              "reportagem de ", "reportaje de ", "a report by ", "eine reportage von ", "ein bericht von ",
                              "ein kommentar von ", "ein essay von ", "ein interview von ", "un reportage de ", "une enqu\xC3\xAAte de ",
                              "una cr\xC3\xB3nica de ", "un reportaje de ", "un reportage di ", "een reportage van ",
                              // Greek's "writes", with the writer's article: "Γράφει ο Νίκος Καραγιάννης", "Γράφει η …"
                              "\xCE\xB3\xCF\x81\xCE\xAC\xCF\x86\xCE\xB5\xCE\xB9 \xCE\xBF ", "\xCE\xB3\xCF\x81\xCE\xAC\xCF\x86\xCE\xB5\xCE\xB9 \xCE\xB7 ", "\xCE\xB3\xCF\x81\xCE\xAC\xCF\x86\xCE\xBF\xCF\x85\xCE\xBD \xCE\xBF\xCE\xB9 "}) {
        if (lowerUtf8(text.substr(0, std::strlen(words))) == words) space = std::strlen(words) - 1;
    }
    std::string opening = lowerAscii(text.substr(0, space));
    if (std::count(opening.begin(), opening.end(), ' ') >= 1) opening = "by";  // one of the credits above
    if (opening.size() > 3 && opening.compare(opening.size() - 3, 3, " by") == 0) opening = "by";
    // ("Author: Rowan Achterberg", a CMS's field.)
    if (opening == "author:" || opening == "authors:" || opening == "byline:" || opening == "autor:" || opening == "auteur:" ||
        opening == "autorin:" || opening == "autore:" || opening == "autora:" || opening == "autrice:" || opening == "by:" ||
        opening == "von:" || opening == "par:" || opening == "por:" || opening == "di:" || opening == "door:" || opening == "av:" ||
        opening == "tekst:" || opening == "text:" || opening == "texto:" || opening == "skribent:" || opening == "autorka:" ||
        opening == "autorzy:" || opening == "writer:" || opening == "writers:" || opening == "reporter:" || opening == "reporters:" ||
        opening == "correspondent:" || opening == "redacteur:" || opening == "redactor:" || opening == "redactora:" ||
        opening == "verfasser:" || opening == "verfasserin:" || opening == "pewarta:" || opening == "penulis:" || opening == "wartawan:" ||
        opening == "szerz\xC5\x91:") {
        opening = "by";
    }
    // ("Source: Reuters", "Источник: Интерфакс", "Redacción / EFE ·…", "Redazione ANSA": a source's or a desk's
    // label before an agency's name, which is the byline.)
    {
        if (isSourceOrDeskLabel(lowerUtf8(text.substr(0, space)))) {
            std::string rest = collapseWhitespace(text.substr(space + 1));
            if (rest.rfind("/ ", 0) == 0) rest = rest.substr(2);
            // (To the first field's end: "EFE · 03/03/2026 · 12:47 hrs".)
            for (const char* end : {" \xC2\xB7", " |", ","}) {
                if (const std::size_t at = rest.find(end); at != std::string::npos) rest = rest.substr(0, at);
            }
            // ("Redacción Madrid Hoy": a newsroom's credit under the site's own name, a few capitalized words, is the byline.)
            const std::string label = lowerUtf8(text.substr(0, space));
            const bool newsroom = label.back() != ':' && countWords(rest) <= 4 && allWordsCapitalized(rest) && rest.find_first_of(".!?") == std::string::npos;
            if (!isNewsAgency(rest) && !newsroom) return false;
            if (!isNewsAgency(rest)) {
                if (article.byline.empty()) article.byline = collapseWhitespace(text.substr(0, text.find(rest) + rest.size()));
                if (!article.published) {
                    if (const auto date = parseDate(text); date && date->year > 0) article.published = date;
                }
                return true;
            }
            if (article.byline.empty() || isDeskName(article.byline)) article.byline = rest;
            if (!article.published) {
                if (const auto date = parseDate(text); date && date->year > 0) article.published = date;
            }
            return true;
        }
    }
    // ("Staff Writer Marcus Delgado": the writer's job where "By" would stand.)
    if (const std::size_t name = nameAfterJobTitle(text); name != std::string::npos && name > 0) {
        opening = "by";
        space = name - 1;
    }
    // ("Di María bisa na Luz e Pavlidis marca…": a capital "Di" opens a surname as often as Italian's "by"; only a few
    // words of a name after it.)
    if (opening == "di" && text[0] == 'D' && (countWords(text) > 6 || text.find(". ") != std::string::npos)) return false;
    // ("Av Linnea Håkansson", "Af Mette Holm": Swedish, Norwegian and Danish; "Deur Annelie van der Merwe":
    // Afrikaans.)
    if (opening != "by" && opening != "por" && opening != "par" && opening != "von" && opening != "di" && opening != "door" &&
        opening != "av" && opening != "af" && opening != "deur") {
        return false;
    }
    // (A capital: "By Jane", or a letter beyond ASCII, "Par Étienne".)
    if (space + 1 >= text.size() ||
        !(std::isupper(static_cast<unsigned char>(text[space + 1])) || static_cast<unsigned char>(text[space + 1]) >= 0xC3)) {
        return false;
    }
    // ("Von Braun built rockets." is a sentence: a byline line does not end as one.)
    // (Unless the line carries the page's date: "di Giulia Ferretti 14 ottobre 2025 Lettura 4 min.")
    if (opening != "by" && (text.back() == '.' || text.back() == '!' || text.back() == '?') && !parseDate(text)) return false;
    // (A login's name from the metadata, "azielinska", gives way to the name printed.)
    const bool login = !article.byline.empty() && article.byline.find(' ') == std::string::npos &&
                       std::none_of(article.byline.begin(), article.byline.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
    // (So does an organisation's, the site named as the author, where the writer is printed: "Words by Naomi Reid".)
    const std::string named = lowerUtf8(collapseWhitespace(article.byline));
    static constexpr std::string_view kGroups[] = {" developers", " editors", " team", " writers", " contributors", " reporters", " staff",
                                                   " newsroom", " desk"};
    const bool organisation = !article.byline.empty() && !isNewsAgency(article.byline) &&
                              (looksLikeOrganisation(article.byline) || named.rfind("the ", 0) == 0 ||
                               // (or a group's, "Android Developers", "Editorial Team")
                               std::any_of(std::begin(kGroups), std::end(kGroups), [&](std::string_view g) { return named.ends_with(g); }) ||
                               named == lowerUtf8(collapseWhitespace(article.site)));
    // ("Writer: Tom Achebe  Editor: Sara Lind": a draft's next field on the same line is not the writer's.)
    std::string name = text.substr(space + 1);
    if (const std::size_t colon = name.find(": "); colon != std::string::npos && name.find(' ') < colon) {
        const std::size_t field = name.find_last_of(' ', colon);
        name = collapseWhitespace(name.substr(0, field));
    }
    // ("Av Johan Bergqvist, TT Publicerad 2024-09-05 11:24": the page's date line joined to the byline's by a soft break.)
    for (const char* label : {" Publicerad", " Published", " Updated", " Uppdaterad", " Publi\xC3\xA9", " Mis \xC3\xA0 jour", " Ver\xC3\xB6" "ffentlicht",
                              " Aktualisiert", " Publicado", " Actualizado", " Pubblicato", " Aggiornato", " Gepubliceerd", " Bijgewerkt",
                              " Opublikowano", " Publisert", " Oppdatert", " Udgivet", " Opdateret", " Atualizado"}) {
        const std::size_t at = name.find(label);
        // (After a word's last letter only: ", Updated March 9" and "| Updated" are the byline cleaning's to part.)
        if (at != std::string::npos && at > 0 && std::isalpha(static_cast<unsigned char>(name[at - 1])) && (at + std::strlen(label) >= name.size() || name[at + std::strlen(label)] == ' ' || name[at + std::strlen(label)] == ':')) {
            name = collapseWhitespace(name.substr(0, at));
        }
    }
    // (And an agency's, where the page prints its writers beside it: "By DEVI SHASTRI and JAMIE STENGLE Associated Press"
    // under metadata that names the Associated Press alone.)
    const bool agencyWithWriters = isNewsAgency(article.byline) && !isNewsAgency(collapseWhitespace(name)) && !isDeskName(name) &&
                                   countWords(name) >= 3;
    if (article.byline.empty() || login || organisation || agencyWithWriters || isDeskName(article.byline)) article.byline = name;
    // "By Anna Fenwick, 3 November 2026": the byline's cleaning drops the date, which is the story's.
    // (A year is asked for: "By Jane Doe, May 2" is no date a page prints for its story.)
    if (!article.published) {
        if (const auto date = parseDate(text); date && date->year > 0) article.published = date;
    }
    return true;
}

// Image alt texts and captions often differ only in punctuation or in the credit at the end.
bool sameCaption(const std::string& alt, const std::string& text) {
    std::string altBody, credit, textBody;
    if (!splitTrailingCredit(alt, altBody, credit)) altBody = alt;
    if (!splitTrailingCredit(text, textBody, credit)) textBody = text;
    const std::string a = foldForComparison(altBody);
    const std::string b = foldForComparison(textBody);
    if (a.empty() || b.empty()) return false;
    if (a == b) return true;
    const std::string& shorter = a.size() < b.size() ? a : b;
    const std::string& longer = a.size() < b.size() ? b : a;
    return shorter.size() * 10 >= longer.size() * 6 && longer.find(shorter) != std::string::npos;
}

void pushCaption(const std::string& text, std::size_t offset, std::vector<Block>& out) {
    std::string body, credit;
    if (splitTrailingCredit(text, body, credit)) {
        if (!body.empty()) out.push_back({BlockKind::Caption, body, 0, offset});
        out.push_back({BlockKind::Credit, credit, 0, offset});
    } else {
        out.push_back({BlockKind::Caption, text, 0, offset});
    }
}

// Whether the next line with text after `at` is a date line of `words` words at most ("Published: 02 June 2024 | 14:20"
// under a byline).
bool dateLineAfter(const std::vector<RawBlock>& raw, std::size_t at, std::size_t words) {
    std::size_t next = at + 1;
    while (next < raw.size() && raw[next].text.empty()) ++next;
    return next < raw.size() && countWords(raw[next].text) <= words && parseDate(raw[next].text).has_value();
}

bool opensOnListPlace(const std::string& text) {
    const std::size_t dot = text.find(". ");
    return dot != std::string::npos && dot >= 1 && dot <= 2 &&
           std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(dot), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

// One of a run of one- or two-word lines without punctuation: navigation pasted with the article.
bool isMenuLine(const std::vector<RawBlock>& raw, std::size_t i) {
    const auto shortLine = [&](std::size_t k) {
        return k < raw.size() && !raw[k].text.empty() && isUnpunctuatedShortLine(raw[k].text, 2);
    };
    return shortLine(i) && ((i > 0 && shortLine(i - 1)) || shortLine(i + 1));
}

bool isTitleAgain(const std::string& text, const std::string& title) {
    const std::string folded = foldForComparison(title);
    if (folded.empty()) return false;
    if (foldForComparison(text) == folded) return true;
    const std::size_t label = text.find(": ");
    return label != std::string::npos && countWords(text.substr(0, label)) <= 5 && foldForComparison(text.substr(label + 2)) == folded;
}

}  // namespace readcast::assembly
