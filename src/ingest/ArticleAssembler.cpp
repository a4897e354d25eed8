#include "core/Ascii.hpp"
#include "core/Months.hpp"
#include "core/NewsAgencies.hpp"
#include "core/Text.hpp"
#include "core/Url.hpp"
#include "core/Utf8.hpp"
#include "ingest/ArticleAssembler.hpp"

#include "ingest/QuoteAttribution.hpp"
#include "ingest/Byline.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <map>
#include <optional>
#include <regex>
#include <cctype>
#include <cstring>
#include <set>

#include "ingest/Boilerplate.hpp"
#include "ingest/DateParser.hpp"
#include "ingest/Furniture.hpp"

namespace readcast {
namespace {

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

constexpr std::size_t kMaxHeadlineWords = 25;

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
constexpr std::size_t kMaxHeadingWords = 15;

// The words a page's date line holds beside its date: times of day and their zones, weekdays, and the
// words of a relative time or an update, in English and the languages readcast reads most
// ("Mittwoch, 5. Februar 2025, 16:40 Uhr", "Le 14/03/2024 à 06:30 - Mis à jour le …").
bool isDateLineWord(const std::string& lower) {
    static const std::set<std::string> kWords{
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
        // the small words between them
        "on", "at", "à", "om", "um", "alle", "às", "le", "·", "-", "de", "del", "di", "of", "den", "kl",
        // ("11:50 p. m.": the half of the day in Spanish, its letters apart)
        "p", "m", "a"};
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
        if (at > 0 && at + 4 < line.size() + 0 && std::isdigit(static_cast<unsigned char>(line[at - 1])) &&
            std::isdigit(static_cast<unsigned char>(line[at + 1])) && std::isdigit(static_cast<unsigned char>(line[at + 2]))) {
            const std::string after = lowerAscii(line.substr(at + 3, 2));
            if (after == "am" || after == "pm") return true;
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
                                                  "atualizado", "aktualisiert", "aggiornato", "обновлено", "aktualizacja",
                                                  "aangepast", "bijgewerkt", "uppdaterad", "opdateret", "oppdatert", "g\xC3\xBC" "ncelleme",
                                                  "\xEC\x88\x98\xEC\xA0\x95", "\xEC\xB5\x9C\xEC\xA2\x85\xEC\x88\x98\xEC\xA0\x95",
                                                  "\xE6\x9B\xB4\xE6\x96\xB0"});  // 수정, 최종수정, 更新
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
    bool month = false, number = false;
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
        const bool digits = bare.find_first_not_of("0123456789:/-.") == std::string::npos;
        const bool named = monthFromName(w) != 0 || monthFromAnyName(w) != 0;
        const std::string lw = lowerAscii(w);
        // ("April 25, 2024 6:42 PM UTC Updated 2 hours ago": the page's date element with its relative time.)
        // ("GMT+1", "UTC-5": a zone with its offset.)
        // ("19h05": a clock as Portuguese and French write it.)
        const std::size_t h = lw.find('h');
        const bool hourMinutes = h >= 1 && h <= 2 && lw.size() == h + 3 && lw.find_first_not_of("0123456789", 0) == h &&
                                 lw.find_first_not_of("0123456789", h + 1) == std::string::npos;
        const bool clock = isDateLineWord(lowerAscii(w)) || lw.rfind("gmt", 0) == 0 || lw.rfind("utc", 0) == 0 || hourMinutes;
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
        const bool stamp = lower.find(':') != std::string::npos || lower.find(" gmt") != std::string::npos ||
                           lower.find(" utc") != std::string::npos || std::isalpha(static_cast<unsigned char>(lower[0])) ||
                           (whole->year > 0 && words == 3);
        // (Near the top, or under a byline a pasted page's menus pushed further down.)
        if (!storyBegun && (nearTop ? stamp || !article.byline.empty() : !article.byline.empty()) && !article.published) {
            article.published = whole;
        }
        return !storyBegun;
    }
    const bool published = keyword || (separated && nearTop);
    if ((!modified && !published) || (!keyword && !modified && words > 14 && !separated)) return false;
    const auto date = parseDate(text);
    if (!date) return false;
    // A line such as "Published: ... Updated: ..." carries both; the first date is the publication.
    std::optional<DateTime>& field = modified ? article.modified : article.published;
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

// How far from the top a line of furniture around a date may stand and still be the page's date line.
constexpr std::size_t kDateLineBlocks = 12;

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
                              "reporting by ", "escrito por ", "scritto da ", "geschrieben von ", "geschreven door ", "texto de ", "texte de ",
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
        opening == "verfasser:" || opening == "verfasserin:" || opening == "pewarta:" || opening == "penulis:" || opening == "wartawan:") {
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
    const bool organisation = !article.byline.empty() && !isNewsAgency(article.byline) &&
                              (looksLikeOrganisation(article.byline) || named.rfind("the ", 0) == 0 ||
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

// One of a run of one- or two-word lines without punctuation: navigation pasted with the article.
bool isMenuLine(const std::vector<RawBlock>& raw, std::size_t i) {
    const auto shortLine = [&](std::size_t k) {
        return k < raw.size() && !raw[k].text.empty() && isUnpunctuatedShortLine(raw[k].text, 2);
    };
    return shortLine(i) && ((i > 0 && shortLine(i - 1)) || shortLine(i + 1));
}

// The passes over a text's raw blocks, in order. Each block keeps its images even when its text is
// taken (a headline, a byline line): an image still marks where a caption may follow.
class Assembly {
public:
    Assembly(BlockSource source, Article& article, const std::string& titleHint)
        : plain_(source == BlockSource::PlainText), markdown_(source == BlockSource::Markdown), article_(article), titleHint_(titleHint) {}

    void run(std::vector<RawBlock>& raw) {
        // An account's name for the author ("ralmansa"): the person a bio or a credit names for it, read
        // before such lines are left out.
        if (!article_.byline.empty()) {
            std::vector<std::string> texts;
            for (const RawBlock& b : raw) texts.push_back(b.text);
            article_.byline = nameForAccount(article_.byline, texts);
            // A desk's account ("Herald Reporter", "Staff Writer") names nobody: the byline printed in the
            // story may, and is looked for as if the page had none.
            if (cleanByline(article_.byline, article_.site, article_.language).names.empty()) article_.byline.clear();
        }
        // A text's publication, where nothing else names it, as its copyright line does at the foot.
        std::string holder;
        if (plain_ || markdown_) {
            // (An agency's own line over its copy, "© 2026 AFP", names the agency, not the publication: the
            // publication's own line is looked for first, the agency's kept for want of it.)
            std::string agency;
            for (std::size_t k = raw.size(); k-- > 0 && holder.empty();) {
                holder = copyrightHolder(raw[k].text);
                if (!holder.empty() && !newsAgencyName(holder).empty()) {
                    if (agency.empty()) agency = holder;
                    holder.clear();
                }
            }
            if (holder.empty()) holder = agency;
        }
        dropMachineSummaries(raw);
        if (plain_ || markdown_) takeAddressLines(raw);
        if (plain_) dropShareBarNetworks(raw);
        dropThreadCounters(raw);
        dropPropertyLines(raw);
        if (markdown_) dropClipperSections(raw);
        dropSponsoredBoxes(raw);
        splitJoinedFields(raw);
        dropFactBoxes(raw);
        // (A desk's draft in Markdown sets its fields in bold: "**TITULAR:**", "**Firma:** …".)
        std::string wireAgency;
        if (plain_ || markdown_) {
            dropLineUps(raw);
            dropScoreCards(raw);
            wireAgency = takeWireHeader(raw);
            takeFieldLines(raw);
            takeCodeNamedFields(raw);
        }
        if (plain_) markCreditedCaptions(raw);
        bool storyBefore = false;  // a paragraph of the story's length stands before this block
        for (RawBlock& b : raw) {
            // "… before the end of the year. Enditem": a wire's end mark run on after a paragraph's last sentence.
            for (const char* mark : {" Enditem", " enditem", " ENDITEM"}) {
                const std::size_t n = std::strlen(mark);
                if (b.text.size() > n + 1 && b.text.compare(b.text.size() - n, n, mark) == 0 &&
                    std::string(".!?\"").find(b.text[b.text.size() - n - 1]) != std::string::npos) {
                    b.text.resize(b.text.size() - n);
                }
            }
            // "… alle 17.30. (ANSA).", "… 30 40. (PAP)", "EFE", "… Zugangscode 50 66 27#. /ama/jkr/mis": the agency's
            // sign-off or its editors' slug after the last sentence, run on or on a line of its own under the story.
            if (storyBefore || countWords(b.text) >= 10) b.text = withoutWritersSignOff(withoutClosingSignOff(b.text), article_.byline);
            b.text = withoutEditorsSlash(withoutVersionNote(b.text));
            storyBefore = storyBefore || countWords(b.text) >= 10;
            if (!markdown_ || b.kind != BlockKind::Paragraph || b.text.empty()) continue;
            // In Markdown too, a paragraph that ends on a photo's credit is its caption, its image's syntax
            // lost or never written: "*Técnicos no posto de vacinação. Foto: Anselmo Cossa*".
            if (countWords(b.text) <= 60 && endsWithPhotoCredit(b.text)) b.kind = BlockKind::Caption;
            // A breadcrumb, links and nothing else set apart by slashes or arrows: "[Region](…) / [Wachau](…)".
            if (b.kind == BlockKind::Paragraph && b.link_density >= 0.7 && countWords(b.text) <= 8) {
                for (const char* crumb : {" / ", " > ", " \xE2\x80\xBA ", " \xC2\xBB ", " | "}) {
                    if (b.text.find(crumb) != std::string::npos) b.text.clear();
                }
            }
        }
        stampLiveEntries(raw);
        if (plain_ || markdown_) dropReleaseLetterhead(raw);
        if (plain_) dropParagraphNumbers(raw);
        if (plain_ || markdown_) splitPlaceFromDateLine(raw);
        liftMetadataLines(raw);
        if (plain_) dropSignUpBoxes(raw);
        takeHeadline(raw);
        if (!article_.published && !article_.byline.empty() && bareDate_) article_.published = bareDate_;
        if (!article_.published && (plain_ || markdown_)) article_.published = datelineDateWithCopyrightYear(raw);
        dropKickers(raw);
        dropTrailingFurniture(raw);
        dropBoilerplateSections(raw);
        dropTeaserRuns(raw);
        dropLinkTeasers(raw);
        dropLabelledTeasers(raw);
        if (plain_) markFigureLists(raw);
        raw_ = &raw;
        for (RawBlock& block : raw) place(block);
        raw_ = nullptr;
        dropRepeatedPullQuotes();
        dropOrphanHeadings();
        // (A Korean wire's reporters before "기자 =" are its writers; the wire's agency names the story's source only where no
        // writer is named.)
        if (article_.byline.empty() && !wireReporter_.empty()) article_.byline = wireReporter_;
        if (article_.byline.empty() && !wireAgency.empty()) article_.byline = wireAgency;
        // (A newsletter's writer holds the copyright of their own issue: no publication's name.)
        if (article_.site.empty() && !holder.empty() && lowerUtf8(holder) != lowerUtf8(article_.byline)) article_.site = holder;
        // (Nothing else names a publication: the agency whose wire it is, under its writers' names, "PARIS, March 3
        // (Reuters) -" under "By Forrest Delaunay".)
        if (article_.site.empty() && !wireAgency.empty()) article_.site = wireAgency;
        dropMastheadLine();
    }

private:
    // "5:20 PM" over "Death toll rises to 14", "16.45 GMT" over a paragraph: a live blog's entries, each under the
    // time it was posted. The listener needs the times to know which news is the latest: each is said before its
    // entry ("5:20 PM: Death toll rises to 14") where two entries at least are so stamped. ("Updated at 16.02 GMT" at
    // an entry's foot is no entry's time.)
    static void stampLiveEntries(std::vector<RawBlock>& raw) {
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
            if (const std::size_t dot = stamp.find('.'); dot != std::string::npos && dot + 3 == stamp.size()) stamp[dot] = ':';
            next.text = stamp + ": " + next.text;
            raw[i].text.clear();
        }
    }

    // "1.      The Singapore Food Agency (SFA) has detected …", "2.      Details of …": a government release numbers its
    // paragraphs, for reference, not as a list's items; the numbers are not read. (Paragraphs in order from one, three at
    // least, most of them long: a story's numbered list of steps or points is short.)
    static void dropParagraphNumbers(std::vector<RawBlock>& raw) {
        std::vector<std::size_t> numbered;
        std::size_t longOnes = 0;
        for (std::size_t k = 0; k < raw.size(); ++k) {
            const std::string& text = raw[k].text;
            if (raw[k].kind != BlockKind::Paragraph || text.empty() || !std::isdigit(static_cast<unsigned char>(text[0]))) continue;
            const std::size_t dot = text.find(". ");
            if (dot == std::string::npos || dot > 2 || text.find_first_not_of("0123456789") != dot) continue;
            if (toInt(text.substr(0, dot)) != static_cast<int>(numbered.size()) + 1) continue;
            numbered.push_back(k);
            longOnes += countWords(text) >= 25;
        }
        if (numbered.size() < 3 || longOnes * 2 < numbered.size()) return;
        for (std::size_t k : numbered) raw[k].text = collapseWhitespace(raw[k].text.substr(raw[k].text.find(". ") + 2));
    }

    // "SINGAPORE FOOD AGENCY          MEDIA RELEASE": a release's letterhead, the body's name and the release's label, over
    // its date and its headline: no headline of its own.
    // The label may stand alone under the letterhead, the body's name, its address and its telephone: "MINERALS COUNCIL SOUTH
    // AFRICA" / "Minerals Council House, 7th Floor, …" / "PO Box 61809 … | Tel: …" over "MEDIA RELEASE"; the lines over it go
    // with it. And the label may head each page again beside the body's name, "MEDIA RELEASE – MINERALS COUNCIL SOUTH AFRICA".
    void dropReleaseLetterhead(std::vector<RawBlock>& raw) {
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
    static bool signedByWriters(const std::string& line, std::vector<std::string>& writers, std::string& agency) {
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
    static std::optional<DateTime> datelineDateWithCopyrightYear(const std::vector<RawBlock>& raw) {
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
    void dropMastheadLine() {
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
    static std::string withoutVersionNote(const std::string& text) {
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
    static std::string withoutClosingSignOff(std::string text) {
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
    void takeAddressLines(std::vector<RawBlock>& raw) {
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
    static void splitPlaceFromDateLine(std::vector<RawBlock>& raw) {
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

    // A share bar copied a button a line, "Share this" over "Facebook" over "X" over "Copy link": the networks' names go with
    // the buttons, in a run of three such lines at least with a button that is no network's name in it. (A story's own list
    // of platforms, "Facebook" over "Instagram" over "Threads", names networks only; "Facebook" alone is a heading.)
    static void dropShareBarNetworks(std::vector<RawBlock>& raw) {
        const auto network = [](const std::string& text) {
            static const std::set<std::string> kNetworks{"facebook", "whatsapp", "twitter", "x", "linkedin", "telegram", "reddit", "pinterest",
                                                         "flipboard", "bluesky", "threads", "instagram", "youtube", "tiktok", "email", "googlenews"};
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
    static void dropThreadCounters(std::vector<RawBlock>& raw) {
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
            if (seen.size() >= 3 && std::is_sorted(seen.begin(), seen.end()) && std::adjacent_find(seen.begin(), seen.end()) == seen.end()) {
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
    void dropLabelledTeasers(std::vector<RawBlock>& raw) const {
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

    bool takeNameAndDate(const std::string& text) {
        const std::vector<std::string> words = splitWords(text);
        if (words.size() < 4 || words.size() > 9) return false;
        for (std::size_t cut = 2; cut <= 4 && cut < words.size(); ++cut) {
            const std::string& w = words[cut];
            if (monthFromName(w) == 0 && monthFromAnyName(w) == 0 && !std::isdigit(static_cast<unsigned char>(w[0]))) continue;
            std::string name, date;
            for (std::size_t k = 0; k < words.size(); ++k) (k < cut ? name : date) += (k == 0 || k == cut ? "" : " ") + words[k];
            // ("Contracts For March 7, 2025", a headline: no name ends on a preposition.)
            const std::string last = lowerAscii(words[cut - 1]);
            // (Or a desk's name for its writers, "Our Correspondent", "Staff Reporter", which names nobody.)
            // (Not one beside an agency's name, "Redacción / EFE", which the agency's rules take.)
            const bool desk = isDeskName(name) && cleanByline(name, "", article_.language).names.empty();
            if ((!isBareName(name) && !desk) || (looksLikeOrganisation(name) && !desk) || last == "for" || last == "of" || last == "the" || last == "on" ||
                last == "in" || last == "at" || last == "to" || last == "from" || last == "since" || last == "until") {
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

    // "SPONSORED CONTENT", "Paid post", "Partner content": an advertiser's box, its label and its text.
    static bool isSponsorLabel(const std::string& line) {
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
    static void dropLineUps(std::vector<RawBlock>& raw) {
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

    // A match's card after its report, a line a player: "V. Kohli c Ravindra b Pathirana 64 (41b, 6x4,
    // 2x6)", "Khaleel 4-0-44-0, Ashwin 4-0-24-2", "T. David not out 3 (1b)". Four such lines at least in
    // a row, each with figures in brackets or joined by dashes, and no sentence: figures a listener cannot
    // follow. The team's name over them, and the card's heading, go too.
    static void dropScoreCards(std::vector<RawBlock>& raw) {
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
            const bool figuresInBrackets = close != std::string::npos && t.find_first_of("0123456789", open) < close;
            return (figures >= 2 && figuresInBrackets) || (figures >= 3 && dashed >= 2);
        };
        dropRunsOf(raw, cardLine, [](const std::string& t) { return countWords(t) <= 4 && t.find_first_of(".!?,:;0123456789") == std::string::npos; });
    }

    // A wire's header over its headline, for the editors who take the copy: its codes ("bdt0347 4 vm 412
    // dpa 0892"), its keywords ("Verkehr/Streiks/Bahn/"), its version ("(Zusammenfassung 18.45 Uhr)"), its
    // priority ("Prioritet: 3"), and the agency's name ("NTB", "Lusa - Agência de Notícias de Portugal"), which
    // is the byline when there is none. At the foot, the agency's mark ("(ANSA).", "/ritzau/", "Lusa/Fim").
    // Returns the agency named, or "".
    // "… wenden. (Nina Weißensteiner, Gerald John, 3.3.2025)": the writers' names the byline gives, and the date, in
    // brackets after a paragraph's last sentence, as some papers sign a story: not read.
    static std::string withoutWritersSignOff(const std::string& text, const std::string& byline) {
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

    std::string takeWireHeader(std::vector<RawBlock>& raw) {
        // (Alone, or with the words that say what it is: "Lusa - Agência de Notícias de Portugal"; not a
        // headline that opens on a name, "Bloomberg - the billionaire who would be president".)
        const auto agencyOfLine = [](const std::string& text) -> std::string {
            std::string t = collapseWhitespace(text);
            for (const char* dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
                const std::size_t at = t.find(dash);
                if (at == std::string::npos || countWords(t) > 9) continue;
                const std::string about = lowerUtf8(t.substr(at));
                bool agencyWords = false;
                for (const char* w : {"agency", "ag\xC3\xAAncia", "agencia", "agenzia", "agence", "news", "not\xC3\xAD" "cias", "noticias", "nachrichten",
                                      "presse", "press", "nyheter", "nyhedsbureau", "nieuws", "wire", "notizie", "wiadomo"}) {
                    agencyWords = agencyWords || about.find(w) != std::string::npos;
                }
                if (!agencyWords) return std::string();
                t = t.substr(0, at);
            }
            // ("dpa-AFX Wirtschaftsnachrichten": the agency's name before its service's, one word.)
            if (const std::size_t space = t.find(' '); space != std::string::npos && countWords(t) == 2 && isNewsAgency(t.substr(0, space))) {
                const std::string service = lowerUtf8(t.substr(space + 1));
                for (const char* w : {"news", "nachrichten", "nyheter", "nieuws", "notizie", "noticias", "wire", "service", "dienst"}) {
                    if (service.size() >= std::strlen(w) && service.compare(service.size() - std::strlen(w), std::strlen(w), w) == 0) {
                        return t.substr(0, space);
                    }
                }
            }
            return isNewsAgency(t) && countWords(t) <= 4 ? t : std::string();
        };
        // (Or a desk's header of fields, the agency's name first: "EUROPA PRESS | Nacional | Sociedad | 08/07/2025
        // 13:47", "BELGA - Agence Belga - 27/05/2025 16:05 - FR - NAT/ECO", "Keystone-SDA | Schweiz | Politik | 08.06.2025".)
        const auto agencyOfFields = [this](const std::string& text, std::optional<DateTime>& date) -> std::string {
            const std::string t = collapseWhitespace(text);
            for (const char* bar : {" | ", " - ", " \xE2\x80\x93 "}) {
                std::vector<std::string> fields;
                for (std::size_t at = 0; at <= t.size();) {
                    std::size_t next = t.find(bar, at);
                    if (next == std::string::npos) next = t.size();
                    fields.push_back(t.substr(at, next - at));
                    at = next + std::strlen(bar);
                }
                // (The agency's name with its service's: "PAP Serwis Ekonomiczny", "ANTARA News".)
                const std::vector<std::string> named = splitWords(fields.empty() ? "" : fields[0]);
                if (fields.size() < 3 || named.empty() || (!isNewsAgency(fields[0]) && !isNewsAgency(named[0]))) continue;
                if (!isNewsAgency(fields[0])) fields[0] = named[0];
                bool header = true;
                for (const std::string& f : fields) {
                    header = header && !f.empty() && countWords(f) <= 4 && f.find(". ") == std::string::npos && std::string("!?").find(f.back()) == std::string::npos;
                }
                if (!header) continue;
                // (Day first, as every agency but the American ones writes it: "08/07/2025" is the 8th of July.)
                const std::string agencyName = lowerAscii(fields[0]);
                const bool american = agencyName == "ap" || agencyName == "associated press" || agencyName == "upi" || agencyName == "bloomberg";
                const std::string language = !article_.language.empty() ? article_.language : american ? "en-US" : "und";
                for (std::size_t k = 0; k < fields.size() && !date; ++k) {
                    const std::string& f = fields[k];
                    if (std::none_of(f.begin(), f.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) continue;
                    // (With the time in the next field: "27/05/2025 | 14:32".)
                    const bool clockNext = k + 1 < fields.size() && fields[k + 1].size() <= 5 && fields[k + 1].find(':') != std::string::npos;
                    date = parseDate(clockNext ? f + " " + fields[k + 1] : f, language);
                }
                return fields[0];
            }
            return std::string();
        };
        // (Or an agency's slug line, its name first and its date and time among its codes: "ANP BIN 03-03-26 15:12 ANP0412
        // 4 BIN 0587 NL /woningbouw/kabinet/", "sda Inland 03.03.2026 11:58 bsd Sozialversicherungen/AHV/Bundesrat",
        // "[연합뉴스] 2026/03/03 15:42 송고 정치/경제 AKR20260303112300001".)
        const auto agencyOfSlug = [this](const std::string& text, std::optional<DateTime>& date) -> std::string {
            const std::vector<std::string> words = splitWords(collapseWhitespace(text));
            if (words.size() < 3 || words.size() > 14 || text.find(". ") != std::string::npos) return std::string();
            std::string name = words[0];
            if (name.size() > 2 && name.front() == '[' && name.back() == ']') name = name.substr(1, name.size() - 2);
            if (!isNewsAgency(name)) name = upperAscii(name);
            if (!isNewsAgency(name)) return std::string();
            // (Codes, not a headline's words: "Reuters 03.03.2026 11:58 Kanzler kündigt Reform an" is a ticker's headline.)
            std::size_t plain = 0;
            for (std::size_t k = 1; k < words.size(); ++k) {
                const std::string& w = words[k];
                plain += w.size() >= 3 && w.find_first_of("0123456789/") == std::string::npos && !inCapitalsOnly(w) &&
                         std::islower(static_cast<unsigned char>(w[1]));
            }
            if (plain > 2) return std::string();
            const std::string language = !article_.language.empty() ? article_.language : "und";
            for (std::size_t k = 1; k + 1 < words.size() && !date; ++k) {
                std::string day = words[k];
                // ("03-03-26": the year in two figures, this century's.)
                if (day.size() == 8 && day[2] == '-' && day[5] == '-' &&
                    std::all_of(day.begin(), day.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '-'; })) {
                    day = day.substr(0, 6) + "20" + day.substr(6);
                }
                if (std::count_if(day.begin(), day.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) < 6) continue;
                const std::string& clock = words[k + 1];
                if (clock.size() == 5 && clock[2] == ':') date = parseDate(day + " " + clock, language);
            }
            return date ? newsAgencyName(name) : std::string();
        };
        // (A wire's identifier and length: "BELGA0527.0412 - 512 mots - Priorité: 3", "ID: EP20250708134712".)
        const auto lengthOrIdLine = [](const std::string& text) {
            const std::string l = lowerUtf8(collapseWhitespace(text));
            if (countWords(l) > 10) return false;
            for (const char* unit : {" words", " mots", " w\xC3\xB6rter", " palabras", " parole", " palavras", " woorden", " ord",
                                     " s\xC5\x82\xC3\xB3w", " slov", " sanaa"}) {
                for (std::size_t at = l.find(unit); at != std::string::npos; at = l.find(unit, at + 1)) {
                    const std::size_t end = at + std::strlen(unit);
                    if (at > 0 && std::isdigit(static_cast<unsigned char>(l[at - 1])) && (end == l.size() || l[end] == ' ' || l[end] == ',')) {
                        return true;
                    }
                }
            }
            if (l.rfind("id: ", 0) == 0 && countWords(l) == 2) {
                const std::string id = l.substr(4);
                return std::count_if(id.begin(), id.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) >= 6;
            }
            return false;
        };
        const auto codeLine = [](const std::string& text) {
            const std::vector<std::string> words = splitWords(text);
            if (words.size() < 3 || words.size() > 12) return false;
            std::size_t figures = 0;
            bool mixed = false;
            for (const std::string& w : words) {
                // (The agency's name and the keywords' slug may stand among the codes: "sda0537 3 ip 0623 SDA
                // Volksabstimmung/Gesundheit".)
                if (isNewsAgency(w) || (w.find('/') != std::string::npos && w.find("://") == std::string::npos)) continue;
                if (w.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789/") != std::string::npos) return false;
                const bool digit = w.find_first_of("0123456789") != std::string::npos;
                figures += digit;
                mixed = mixed || (digit && w.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos);
            }
            return mixed && figures >= 2 && figures * 2 >= words.size();
        };
        const auto slugLine = [](const std::string& text) {
            const std::string t = collapseWhitespace(text);
            return t.size() >= 4 && t.back() == '/' && t.find(' ') == std::string::npos && std::count(t.begin(), t.end(), '/') >= 2;
        };
        const auto noteLine = [](const std::string& text) {
            const std::string t = collapseWhitespace(text);
            if (t.size() < 4 || t.front() != '(' || t.back() != ')' || countWords(t) > 5) return false;
            const std::string l = lowerUtf8(t);
            const bool clock = std::any_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
            return clock && (l.find("uhr") != std::string::npos || l.find("zusammenfassung") != std::string::npos ||
                             l.find("neu:") != std::string::npos || l.find("update") != std::string::npos || l.find("gmt") != std::string::npos);
        };
        // ("("Harrowgate" or "the Group")", "("the Company")": the name a release's company goes by in it.)
        const auto definedTerm = [](const std::string& text) {
            // (Joined to the name, when the lines were: "Harrowgate Water plc ("Harrowgate" or "the Group")".)
            const std::string t = collapseWhitespace(text);
            const std::size_t open = t.rfind(" (");
            const std::string term = t.front() == '(' ? t : open == std::string::npos ? std::string() : t.substr(open + 1);
            if (term.size() < 6 || term.back() != ')' || countWords(t) > 12) return false;
            if (term.compare(1, 3, "\xE2\x80\x9C") != 0 && term[1] != '"') return false;
            // (Names of three words at most, each quoted one opening on a capital or "the": not a remark in
            // brackets, "("we had no choice")".)
            const std::size_t quoted = term[1] == '"' ? 2 : 4;
            const auto first = static_cast<unsigned char>(term[quoted]);
            if (countWords(term) > 6 || !(std::isupper(first) || term.compare(quoted, 4, "the ") == 0)) return false;
            // (Quoted names and "or" between them, nothing else: "("the best iPhone ever", it says)" is a remark.)
            std::string rest;
            bool inside = false;
            for (std::size_t k = 1; k + 1 < term.size(); ++k) {
                if (term[k] == '"') { inside = !inside; continue; }
                if (term.compare(k, 3, "\xE2\x80\x9C") == 0) { inside = true; k += 2; continue; }
                if (term.compare(k, 3, "\xE2\x80\x9D") == 0) { inside = false; k += 2; continue; }
                if (!inside) rest += term[k];
            }
            const std::string between = collapseWhitespace(rest);
            return between.empty() || between == "or" || between == "and" || between == ",";
        };
        // ("LSE: HWG", "NYSE: ACME", "AIM: XYZ": where the company's shares are listed, alone on a line.)
        const auto listing = [](const std::string& t) {
            const std::size_t colon = t.find(": ");
            if (colon == std::string::npos || countWords(t) > 3) return false;
            const std::string exchange = t.substr(0, colon), ticker = t.substr(colon + 2);
            const auto capitals = [](const std::string& w) {
                return !w.empty() && w.size() <= 8 && std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '.' || c == ' '; });
            };
            bool market = false;
            for (const char* m : {"LSE", "LON", "AIM", "NYSE", "NASDAQ", "Nasdaq", "TSX", "TSXV", "ASX", "NZX", "JSE", "SGX", "HKEX", "OTC",
                                  "OTCQX", "Euronext", "XETRA", "SIX", "NSE", "BSE", "TYO", "Oslo"}) {
                market = market || exchange == m;
            }
            return market && capitals(ticker);
        };
        // (Or several of them parted by bars: "TSX: NGM | OTCQX: NGMLF".)
        const auto listingLine = [&listing](const std::string& text) {
            std::string t = collapseWhitespace(text);
            while (!t.empty() && (t.back() == '|' || t.back() == ' ')) t.pop_back();
            for (std::size_t from = 0;;) {
                const std::size_t bar = t.find(" | ", from);
                if (!listing(t.substr(from, bar == std::string::npos ? std::string::npos : bar - from))) return false;
                if (bar == std::string::npos) return true;
                from = bar + 3;
            }
        };
        // (A release's legal line: "Not for release, publication or distribution, in whole or in part, in or into …".)
        const auto restrictionLine = [](const std::string& text) {
            return lowerAscii(collapseWhitespace(text)).rfind("not for release, publication or distribution", 0) == 0;
        };
        // (A field of the wire's for its editors, a label and a word or two: "Serviço: Economia", "Ressort: Politik".)
        const auto fieldLine = [](const std::string& text) {
            const std::string t = collapseWhitespace(text);
            const std::size_t colon = t.find(": ");
            // (Not a date's field, "Data: 2024-03-19 14:52", which gives the date, nor the writer's, "Autor: Anna
            // Kowalczyk", which gives the byline: a field of one word.)
            return colon != std::string::npos && colon > 0 && countWords(t.substr(0, colon)) == 1 && countWords(t) == 2 &&
                   t.find_first_of(".!?0123456789") == std::string::npos;
        };
        // (Words in capitals and nothing else, parted by commas or slashes: "Indland, Politik, Sundhed".)
        const auto categoryLine = [](const std::string& text) {
            const std::string t = collapseWhitespace(text);
            if (t.find(", ") == std::string::npos && t.find(" / ") == std::string::npos) return false;
            // (A word an item: "Biden, Trump Trade Barbs" is a headline.)
            std::size_t items = 0;
            const std::vector<std::string> words = splitWords(t);
            for (std::size_t k = 0; k < words.size(); ++k) {
                std::string w = words[k];
                if (w == "/") continue;
                const bool ends = w.back() == ',' || w.back() == '/' || k + 1 == words.size() || words[k + 1] == "/";
                while (!w.empty() && (w.back() == ',' || w.back() == '/')) w.pop_back();
                if (w.empty()) continue;
                const auto c = static_cast<unsigned char>(w[0]);
                if (!(std::isupper(c) || c >= 0xC3) || w.find_first_of(".!?:;") != std::string::npos || !ends) return false;
                ++items;
            }
            return items >= 2 && items <= 6;
        };
        // (The story's keywords for the desk's search, and a page's counter: "Słowa kluczowe: inflacja, GUS, RPP",
        // "Keywords: …", "Dibaca: 1.245 kali"; an editor's name beside the writer's, "Editor: Rina Kartika".)
        const auto keywordsLine = [](const std::string& text) {
            const std::string l = lowerUtf8(collapseWhitespace(text));
            for (const char* label : {"keywords:", "key words:", "tags:", "s\xC5\x82owa kluczowe:", "schlagw\xC3\xB6rter:", "stichw\xC3\xB6rter:",
                                      "schlagworte:", "palabras clave:", "mots-cl\xC3\xA9s:", "mots cl\xC3\xA9s:", "parole chiave:",
                                      "palavras-chave:", "trefwoorden:", "nyckelord:", "emneord:", "stikord:", "kata kunci:", "dibaca:", "tagi:",
                                      "etiquetas:", "etichette:", "\xD1\x82\xD0\xB5\xD0\xB3\xD0\xB8:",  // (and "теги:")
                                      "editor:", "redaktur:"}) {
                if (l.rfind(label, 0) == 0 && countWords(l) <= 16 && l.find(". ") == std::string::npos) return true;
            }
            return false;
        };
        // (A note to the editors in brackets: "(ATTN: UPDATES with ministry comments in paras 6-7; ADDS photo)".)
        const auto editorsNote = [](const std::string& text) {
            const std::string t = collapseWhitespace(text);
            return t.size() > 8 && t.front() == '(' && t.back() == ')' && (t.rfind("(ATTN", 0) == 0 || t.rfind("(EDS", 0) == 0 || t.rfind("(Eds", 0) == 0);
        };
        // (The dateline alone on its line: "BRUXELLES 27/05 (BELGA)", "MADRID, 8 Jul. (EUROPA PRESS) -": its place
        // is said, and its agency is the wire's.)
        const auto datelineAlone = [](const std::string& text, std::string& place) -> std::string {
            std::string t = collapseWhitespace(text);
            while (!t.empty() && std::string(" -.:").find(t.back()) != std::string::npos) t.pop_back();
            for (const char* dash : {"\xE2\x80\x93", "\xE2\x80\x94"}) {
                if (t.size() >= 3 && t.compare(t.size() - 3, 3, dash) == 0) t.resize(t.size() - 3);
            }
            t = collapseWhitespace(t);
            const std::size_t open = t.rfind('(');
            if (t.empty() || t.back() != ')' || open == std::string::npos || open == 0 || countWords(t) > 8) return "";
            const std::string inside = t.substr(open + 1, t.size() - open - 2);
            if (!isNewsAgency(inside)) return "";
            std::string words;
            bool dated = false;
            for (const std::string& w : splitWords(t.substr(0, open))) {
                dated = dated || w.find_first_of("0123456789") != std::string::npos;
                if (!dated) words += (words.empty() ? "" : " ") + w;
            }
            while (!words.empty() && (words.back() == ',' || words.back() == '.')) words.pop_back();
            const auto c = static_cast<unsigned char>(words.empty() ? 'a' : words[0]);
            // (A place in capitals, or with its date: "Av Ola Nordmann (NTB)" is a byline.)
            const bool capitals = std::none_of(words.begin(), words.end(), [](char k) { return std::islower(static_cast<unsigned char>(k)); });
            if (words.empty() || countWords(words) > 3 || !(std::isupper(c) || c >= 0xC3) || !(capitals || dated)) return "";
            place = unshoutName(words) + ".";
            return inside;
        };
        const auto priorityLine = [](const std::string& text) {
            const std::string l = lowerUtf8(collapseWhitespace(text));
            for (const char* label : {"prioritet:", "priority:", "priorit\xC3\xA4t:", "prio:", "priorit\xC3\xA9:", "prioridad:", "priorit\xC3\xA0:"}) {
                if (l.rfind(label, 0) == 0 && countWords(l) <= 3) return true;
            }
            return false;
        };
        std::string agency;
        // (Over the story's second long block: the first may be a standfirst or a cookie notice.)
        for (std::size_t i = 0, seen = 0, long_ = 0; i < raw.size() && seen < 10; ++i) {
            std::string& text = raw[i].text;
            if (text.empty()) continue;
            ++seen;
            if (countWords(text) > 12 && ++long_ >= 2) break;
            // (A keywords' slug may share its line with the version: "Verkehr/Streiks/Bahn/ (Zusammenfassung …)".)
            if (const std::size_t space = text.find(' '); space != std::string::npos && slugLine(text.substr(0, space)) &&
                noteLine(text.substr(space + 1))) {
                text.clear();
                continue;
            }
            if (std::optional<DateTime> stamp; agency.empty()) {
                std::string named = agencyOfFields(text, stamp);
                if (named.empty()) named = agencyOfSlug(text, stamp);
                if (!named.empty()) {
                    agency = std::move(named);
                    if (stamp && !article_.published) article_.published = stamp;
                    text.clear();
                    continue;
                }
            }
            if (lengthOrIdLine(text) || editorsNote(text) || keywordsLine(text)) {
                text.clear();
                continue;
            }
            if (const std::string a = agencyOfLine(text); !a.empty() && agency.empty()) {
                agency = a;
                text.clear();
                // (A page's time stamp under the agency's name, "Vandaag, 14:32 · Aangepast 15:10": not read.)
                for (std::size_t k = i + 1; k < raw.size(); ++k) {
                    if (raw[k].text.empty()) continue;
                    const std::string next = collapseWhitespace(raw[k].text);
                    const std::size_t colon = next.find(':');
                    const bool clock = colon != std::string::npos && colon > 0 && colon + 1 < next.size() &&
                                       std::isdigit(static_cast<unsigned char>(next[colon - 1])) && std::isdigit(static_cast<unsigned char>(next[colon + 1]));
                    // (A date's dots are no sentence's: "04.03.2025 - 10:41".)
                    if (clock && countWords(next) <= 8 && next.find_first_of("!?") == std::string::npos && next.back() != '.' &&
                        next.find(". ") == std::string::npos) {
                        if (const auto date = parseDate(next); date && !article_.published) article_.published = date;
                        raw[k].text.clear();
                    }
                    break;
                }
            } else if (codeLine(text) || slugLine(text) || noteLine(text) || priorityLine(text)) {
                text.clear();
            } else if (!agency.empty() && countWords(text) <= 4 && std::isdigit(static_cast<unsigned char>(text[0]))) {
                // Under the agency's name, its stamp: "2024-04-22 11:37:05".
                std::string stamp = collapseWhitespace(text);
                if (stamp.size() == 19 && stamp[16] == ':') stamp.resize(16);  // (its seconds)
                if (const auto date = parseDate(stamp)) {
                    if (!article_.published) article_.published = date;
                    text.clear();
                }
            } else if (!agency.empty() && (categoryLine(text) || fieldLine(text))) {
                text.clear();  // its desks and fields: "Indland, Politik, Sundhed", "Serviço: Economia"
            } else if (definedTerm(text)) {
                // A release's company and the name it goes by: "Harrowgate Water plc" over "("Harrowgate" or "the Group")".
                text.clear();
                for (std::size_t k = i; k-- > 0;) {
                    if (raw[k].text.empty()) continue;
                    if (countWords(raw[k].text) <= 6 && isUnpunctuatedShortLine(raw[k].text, 6)) raw[k].text.clear();
                    break;
                }
            } else if (listingLine(text) || restrictionLine(text)) {
                text.clear();
            } else if (const std::string l = lowerAscii(collapseWhitespace(text)); l.rfind("for immediate release", 0) == 0) {
                // A release's line over it, with its date or none: "For immediate release      28 May 2024".
                if (const auto date = parseDate(collapseWhitespace(text).substr(21)); date && !article_.published) article_.published = date;
                text.clear();
            }
        }
        // Over the story, its dateline alone (under a standfirst, perhaps).
        for (std::size_t i = 0, seen = 0; i < raw.size() && seen < 12; ++i) {
            std::string& text = raw[i].text;
            if (text.empty()) continue;
            ++seen;
            std::string place;
            if (const std::string named = countWords(text) <= 8 ? datelineAlone(text, place) : ""; !named.empty()) {
                if (agency.empty()) agency = named;
                text = place;
                break;
            }
        }
        // At the foot: the agency's mark alone, or its writers'.
        std::vector<std::string> footWriters;
        for (std::size_t i = raw.size(), seen = 0; i-- > 0 && seen < 6;) {
            std::string& text = raw[i].text;
            if (text.empty()) continue;
            ++seen;
            // (An editor's name and the page's counter at the foot too: "Editor: Rina Kartika".)
            if (keywordsLine(text)) {
                text.clear();
                continue;
            }
            // "--- Von Anja Marquardt, dpa-AFX ---": a German business wire's writer and agency between dashes.
            if (const std::string line = collapseWhitespace(text); line.rfind("--- ", 0) == 0 && line.size() > 8 &&
                                                                   line.compare(line.size() - 4, 4, " ---") == 0) {
                const std::string inner = line.substr(4, line.size() - 8);
                const std::size_t comma = inner.rfind(", ");
                std::string who = comma == std::string::npos ? inner : inner.substr(0, comma);
                for (const char* by : {"Von ", "von ", "By ", "by "}) {
                    if (who.rfind(by, 0) == 0) who.erase(0, std::strlen(by));
                }
                if (comma != std::string::npos && isNewsAgency(inner.substr(comma + 2)) && isBareName(who)) {
                    footWriters.insert(footWriters.begin(), who);
                    if (agency.empty()) agency = inner.substr(comma + 2);
                    text.clear();
                    continue;
                }
            }
            // "04-MAR-25 12:18 NNNN": a wire's end of message, with the day it was sent.
            if (const std::string line = collapseWhitespace(text); line.size() >= 4 && line.compare(line.size() - 4, 4, "NNNN") == 0 &&
                                                                   countWords(line) <= 4) {
                const std::vector<std::string> parts = splitWords(line);
                const std::string& day = parts.front();
                const std::size_t d1 = day.find('-'), d2 = day.rfind('-');
                if (parts.size() >= 2 && d1 != std::string::npos && d2 > d1 && !article_.published) {
                    const int month = monthFromAnyName(day.substr(d1 + 1, d2 - d1 - 1));
                    const std::string year = day.substr(d2 + 1), date = day.substr(0, d1);
                    const auto digits = [](const std::string& w) {
                        return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
                    };
                    if (month != 0 && year.size() == 2 && date.size() <= 2 && digits(year) && digits(date)) {
                        article_.published = DateTime{.year = 2000 + std::stoi(year), .month = month, .day = std::stoi(date)};
                    }
                }
                text.clear();
                continue;
            }
            // "…al 3,52%.(ANSA).", "…sobre las prestaciones. EFE": the agency's mark after the last paragraph's
            // last sentence, on its line.
            if (countWords(text) > 6) {
                std::string body = text;
                while (!body.empty() && (body.back() == ' ' || body.back() == '\n')) body.pop_back();
                std::size_t cut = std::string::npos;
                std::string mark;
                if (!body.empty() && (body.back() == ')' || (body.size() >= 2 && body.compare(body.size() - 2, 2, ").") == 0))) {
                    const std::size_t open = body.rfind('(');
                    if (open != std::string::npos) {
                        mark = body.substr(open + 1, body.rfind(')') - open - 1);
                        cut = open;
                    }
                } else if (const std::size_t space = body.rfind(' '); space != std::string::npos) {
                    mark = body.substr(space + 1);
                    while (!mark.empty() && mark.back() == '.') mark.pop_back();
                    // (In capitals, as agencies sign: "EFE"; a sentence's last word is in small letters.)
                    if (std::any_of(mark.begin(), mark.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); })) mark.clear();
                    cut = space;
                }
                std::size_t before = cut == std::string::npos ? 0 : cut;
                while (before > 0 && body[before - 1] == ' ') --before;
                const bool afterSentence = before > 0 && std::string(".!?\"").find(body[before - 1]) != std::string::npos;
                if (!mark.empty() && afterSentence && isNewsAgency(mark) && countWords(mark) <= 3) {
                    if (agency.empty()) agency = mark;
                    text = body.substr(0, before);
                    continue;
                }
            }
            std::string t = collapseWhitespace(text);
            while (!t.empty() && (t.back() == '.' || t.back() == ' ')) t.pop_back();
            std::string inner = t;
            if (inner.size() > 2 && ((inner.front() == '(' && inner.back() == ')') || (inner.front() == '/' && inner.back() == '/'))) {
                inner = inner.substr(1, inner.size() - 2);
            }
            if (inner.rfind("\xC2\xA9", 0) == 0) inner = collapseWhitespace(inner.substr(2));
            const std::size_t slash = inner.find('/');
            // (Writers' names with the agency's, at the foot of the story: "Anna Lindqvist/TT" over "Johan Ek/TT"
            // is the byline.)
            if (slash != std::string::npos && slash > 0) {
                std::vector<std::string> writers;
                std::string named;
                if (signedByWriters(inner, writers, named)) {
                    footWriters.insert(footWriters.begin(), writers.begin(), writers.end());
                    if (agency.empty()) agency = named;
                    text.clear();
                    continue;
                }
            }
            if (slash != std::string::npos && isNewsAgency(inner.substr(0, slash))) {
                const std::string end = lowerAscii(inner.substr(slash + 1));
                if (end == "fim" || end == "fin" || end == "fine" || end == "end" || end == "slut" || end == "ende") inner = inner.substr(0, slash);
            }
            // (Marked as the agency's: in brackets or slashes, after "©" or before "/Fim"; "Mena" alone signs a letter.)
            if (isNewsAgency(inner) && countWords(inner) <= 3 && inner != t) {
                if (agency.empty()) agency = inner;
                text.clear();
            }
        }
        // (Further up, over a fact box, its source and the wire's footnotes: "Johan Ek/TT" over "Anna Lindqvist/TT",
        // then "Fakta: …". Only the writers' own lines, names each with a known agency's after its slash.)
        // (The lines in a run, the first writer's on top; those the pass above took are empty now.)
        bool inRun = false;
        for (std::size_t i = raw.size(), seen = 0; i-- > 0 && seen < 16;) {
            std::string& text = raw[i].text;
            if (text.empty()) continue;
            ++seen;
            std::vector<std::string> writers;
            std::string named;
            if (signedByWriters(collapseWhitespace(text), writers, named)) {
                footWriters.insert(footWriters.begin(), writers.begin(), writers.end());
                if (agency.empty()) agency = named;
                text.clear();
                inRun = true;
            } else if (inRun) {
                break;
            }
        }
        // (Writers named at the foot name the story over a byline that is the agency alone, "Quelle: dpa-AFX".)
        if (!footWriters.empty() && (article_.byline.empty() || isNewsAgency(article_.byline))) {
            article_.byline = joinNames(footWriters, article_.language);
        }
        // Or the dateline of the story's first paragraph: "Berlin (dpa) - ", "(ANSA) - ROMA, 23 GEN - ".
        // (The first five long blocks: a menu's row, a ticker, a headline and its standfirst may run long; a caption is none.)
        for (std::size_t i = 0, seen = 0; agency.empty() && i < raw.size() && seen < 5; ++i) {
            const std::string& text = raw[i].text;
            if (text.empty() || countWords(text) <= 12 || isMenuRow(text) || raw[i].kind == BlockKind::Caption ||
                raw[i].kind == BlockKind::Credit || raw[i].italic_share >= 0.9) {
                continue;
            }
            ++seen;
            const std::size_t open = text.find('(');
            const std::size_t close = open == std::string::npos ? std::string::npos : text.find(')', open);
            // ("(서울=연합뉴스) 김민수 기자 = …": Korean wire copy's place and agency, then its reporters before their title.)
            if (open == 0 && close != std::string::npos && close <= 60) {
                const std::string inside = text.substr(1, close - 1);
                const std::size_t equals = inside.find('=');
                if (equals != std::string::npos && isNewsAgency(inside.substr(equals + 1))) {
                    agency = inside.substr(equals + 1);
                    const std::size_t mark = text.find(" =", close);
                    if (article_.byline.empty() && mark != std::string::npos && mark - close <= 60) {
                        std::vector<std::string> names = splitWords(text.substr(close + 1, mark - close - 1));
                        // 기자 · 특파원: a reporter's, a correspondent's title after the names
                        if (!names.empty() && (names.back() == "\xEA\xB8\xB0\xEC\x9E\x90" || names.back() == "\xED\x8A\xB9\xED\x8C\x8C\xEC\x9B\x90")) {
                            names.pop_back();
                            // (Taken as the byline once the headline is found: a byline set this early would take its place.)
                            if (!names.empty() && names.size() <= 4) wireReporter_ = joinNames(names, article_.language);
                        }
                    }
                    break;
                }
            }
            if (close != std::string::npos && open <= 60 && close - open <= 24) {
                const std::string inside = text.substr(open + 1, close - open - 1);
                const std::string after = collapseWhitespace(text.substr(close + 1, 4));
                const bool dash = after.rfind("-", 0) == 0 || after.rfind(":", 0) == 0 || after.rfind("\xE2\x80", 0) == 0 ||
                                  after.rfind(".-", 0) == 0;
                // (Two letters only where the place is in capitals, "WASHINGTON (AP) -", or its state named after it,
                // "Springfield, Ill. (AP) —": "Harrisburg (PA) -" is a state.)
                const std::string place = text.substr(0, open);
                const std::string city = place.substr(0, place.find(','));
                const bool stateNamed = city.size() < place.size() && place.find_first_of("0123456789") == std::string::npos &&
                                        countWords(place.substr(city.size() + 1)) <= 2;
                const bool capitalPlace = stateNamed || std::none_of(city.begin(), city.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
                const bool upperOrLower = std::none_of(inside.begin(), inside.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); }) ||
                                          std::none_of(inside.begin(), inside.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
                // (And the story after it opening a sentence: "People's Action Party (PAP) - which…" is none.)
                std::size_t from = close + 1;
                while (from < text.size() && (text[from] == ' ' || text[from] == '-' || text[from] == ':' || text[from] == '.' ||
                                              static_cast<unsigned char>(text[from]) == 0xE2 || static_cast<unsigned char>(text[from]) == 0x80 ||
                                              static_cast<unsigned char>(text[from]) == 0x93 || static_cast<unsigned char>(text[from]) == 0x94)) {
                    ++from;
                }
                const bool opens = from < text.size() && (std::isupper(static_cast<unsigned char>(text[from])) ||
                                                          std::isdigit(static_cast<unsigned char>(text[from])) ||
                                                          static_cast<unsigned char>(text[from]) >= 0xC3 || text[from] == '"');
                // (The place's name is what stands before a comma: "New Delhi, Mar 4 (PTI) Gross…", where a date
                // after the place stands for the dash.)
                const std::string placeName = place.substr(0, place.find(','));
                const bool dated = place.find(',') != std::string::npos && place.find_first_of("0123456789") != std::string::npos;
                std::size_t capitals = 0;
                for (const std::string& w : splitWords(placeName)) capitals += std::isupper(static_cast<unsigned char>(w[0])) || static_cast<unsigned char>(w[0]) >= 0xC3;
                // (Mixed case in a name of four letters and more, as "Xinhua", "Yonhap", "Reuters" write themselves; "(Ap)"
                // is a party.)
                if ((dash || dated) && opens && isNewsAgency(inside) && (upperOrLower || inside.size() > 3) && (inside.size() > 2 || capitalPlace) &&
                    countWords(dated ? placeName : place) <= 4 && (capitalPlace || capitals <= 2)) {
                    // ("dpa/lni": the agency without its regional service's code.)
                    const std::size_t slash = inside.find('/');
                    agency = slash != std::string::npos && isNewsAgency(inside.substr(0, slash)) ? inside.substr(0, slash) : inside;
                }
            }
            // ("МОСКВА, 3 марта. /ТАСС/. …": a Russian agency's name between slashes after the date.)
            if (const std::size_t slash = text.find(" /"); agency.empty() && slash != std::string::npos && slash <= 60) {
                const std::size_t end = text.find('/', slash + 2);
                if (end != std::string::npos && end - slash <= 26 && text.find_first_of("0123456789") < slash &&
                    isNewsAgency(text.substr(slash + 2, end - slash - 2))) {
                    agency = text.substr(slash + 2, end - slash - 2);
                }
            }
            // ("TOKYO, March 4 Kyodo - ": the agency's name without brackets, after the place and its date, before the dash.)
            if (agency.empty()) {
                const std::size_t dash = text.find(" - ");
                if (dash != std::string::npos && dash <= 60 && text.find(',') < dash) {
                    const std::vector<std::string> head = splitWords(text.substr(0, dash));
                    const std::string& last = head.back();
                    const bool dated = std::any_of(head.begin(), head.end(), [](const std::string& w) { return w.find_first_of("0123456789") != std::string::npos; });
                    if (dated && head.size() <= 7 && std::isupper(static_cast<unsigned char>(last[0])) && isNewsAgency(last)) agency = last;
                    // ("МОСКВА, 3 мар - Интерфакс. …": the agency after the dash, its full stop before the story.)
                    const std::size_t stop = text.find(". ", dash + 3);
                    if (agency.empty() && dated && head.size() <= 5 && stop != std::string::npos && stop - dash <= 30 &&
                        isNewsAgency(text.substr(dash + 3, stop - dash - 3))) {
                        agency = text.substr(dash + 3, stop - dash - 3);
                    }
                }
            }
        }
        return agency;
    }

    // A sponsor's offer and its small print: "rates as low as 7.49% APR*", "Apply today at acme.com/business",
    // "*APR = Annual Percentage Rate. Subject to credit approval."
    static bool isOfferLine(const std::string& line) {
        const std::string l = lowerAscii(line);
        for (const char* cue : {"apply", "terms", "conditions", "sign up", "subscribe", "offer", "free", "discount", "rates as low",
                                "apr", "today", "learn more", "visit", ".com", "www.", "http", "insured", "approval", "member fdic",
                                "promo code", "save ", "open an account", "open a ", "earn "}) {
            if (l.find(cue) != std::string::npos) return true;
        }
        return !l.empty() && l[0] == '*';
    }

    // "SPONSORED BY BUCKEYE FEDERAL CREDIT UNION", "Presented by Acme": the label with its sponsor's name.
    static bool isNamedSponsorLabel(const std::string& line) {
        if (countWords(line) > 8 || !isUnpunctuatedShortLine(line, 8)) return false;
        const std::string f = foldForComparison(line);
        // (Not "Presented by Fiona Bruce" or "In partnership with Macmillan", a programme's credit over the story.)
        for (const char* label : {"sponsoredby", "awordfromoursponsor", "todayssponsor"}) {
            if (f.rfind(label, 0) == 0 && f.size() > std::strlen(label) + 2) return true;
        }
        return false;
    }

    // Up to `most` short lines of an offer from `from` on, its link and its small print; the first line
    // that offers nothing ends them.
    static void clearOfferLines(std::vector<RawBlock>& raw, std::size_t from, std::size_t most) {
        for (std::size_t k = from, n = 0; k < raw.size() && n < most; ++k) {
            if (raw[k].text.empty()) continue;
            if (raw[k].kind == BlockKind::Heading || countWords(raw[k].text) > 30 || !isOfferLine(raw[k].text)) break;
            raw[k].text.clear();
            ++n;
        }
    }

    static void dropSponsoredBoxes(std::vector<RawBlock>& raw) {
        for (std::size_t i = 0; i + 1 < raw.size(); ++i) {
            if (raw[i].text.empty()) continue;
            // ("Presented by NorthPeak Bank — Earn 4.50% APY on savings. Member FDIC. Learn more": the label and the offer run on
            // in one paragraph.)
            if (countWords(raw[i].text) <= 40) {
                bool runOn = false;
                for (const char* dash : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", ": "}) {
                    const std::size_t at = raw[i].text.find(dash);
                    if (at == std::string::npos) continue;
                    const std::string label = raw[i].text.substr(0, at);
                    // (Or "Presented by …" before an offer: a programme's credit offers nothing.)
                    const std::string offer = lowerAscii(raw[i].text.substr(at));
                    const bool presented = foldForComparison(label).rfind("presentedby", 0) == 0 && countWords(label) <= 6 &&
                                           (offer.find('%') != std::string::npos || offer.find('$') != std::string::npos ||
                                            offer.find("learn more") != std::string::npos || offer.find("member fdic") != std::string::npos ||
                                            offer.find("sign up") != std::string::npos || offer.find("open an account") != std::string::npos);
                    if (isNamedSponsorLabel(label) || presented) runOn = true;
                }
                if (runOn) {
                    raw[i].text.clear();
                    continue;
                }
            }
            const bool named = isNamedSponsorLabel(raw[i].text);
            if (!named && !isSponsorLabel(raw[i].text)) continue;
            // (A distributor's label has the issuer's name under it, a few words: not the release's first paragraph.)
            const std::size_t most = foldForComparison(raw[i].text) == "newsprovidedby" ? 8 : 60;
            raw[i].text.clear();
            std::size_t next = i + 1;
            while (next < raw.size() && raw[next].text.empty()) ++next;
            // (An empty slot's label over the page's headline: "*Anzeige*" over "# Freiburger Bäckerei …".)
            const bool headline = next < raw.size() && raw[next].kind == BlockKind::Heading && raw[next].level == 1;
            // (A sponsor named in its label, "Sponsored by Harbour Motors" over a headline, is a line alone
            // unless its offer follows; then the box runs its offer's short lines, its link and its small
            // print, and ends at the first line that offers nothing: the news goes on.)
            if (named) {
                clearOfferLines(raw, next, 4);
                continue;
            }
            if (next < raw.size() && countWords(raw[next].text) <= most && !headline) {
                raw[next].text.clear();
                // (And the offer's small print under it: "*APY as of 10/1/24; rates may change. Member FDIC.")
                clearOfferLines(raw, next + 1, 3);
            }
        }
    }

    // "Summary generated by AI, reviewed by our newsroom." over bullets that say the story again: a
    // machine's summary, its label and its points (and a "Key points" label over them) go.
    static void dropMachineSummaries(std::vector<RawBlock>& raw) {
        const auto machineLabel = [](const std::string& text) {
            if (countWords(text) > 16) return false;
            const std::string l = " " + lowerUtf8(text) + " ";
            const bool machine = l.find(" ai ") != std::string::npos || l.find(" ai,") != std::string::npos ||
                                 l.find(" ai.") != std::string::npos || l.find("ai-generated") != std::string::npos ||
                                 l.find("artificial intelligence") != std::string::npos || l.find(" ia ") != std::string::npos ||
                                 l.find(" ia.") != std::string::npos || l.find(" l'ia") != std::string::npos ||
                                 l.find(" ki ") != std::string::npos || l.find(" ki.") != std::string::npos;
            // (Made by the machine, not about it: "Here is a summary of what the AI Act requires:" is the story's.)
            const bool made = l.find("generat") != std::string::npos || l.find("g\xC3\xA9n\xC3\xA9r") != std::string::npos ||
                              l.find("ai summary") != std::string::npos || l.find("summarized by") != std::string::npos ||
                              l.find("summarised by") != std::string::npos || l.find("summary by") != std::string::npos;
            const bool summary = l.find("summar") != std::string::npos || l.find("generated") != std::string::npos ||
                                 l.find("r\xC3\xA9sum\xC3\xA9") != std::string::npos || l.find("resumen") != std::string::npos ||
                                 l.find("riassunto") != std::string::npos || l.find("zusammenfassung") != std::string::npos ||
                                 l.find("g\xC3\xA9n\xC3\xA9r\xC3\xA9") != std::string::npos || l.find("generado") != std::string::npos ||
                                 l.find("gerado") != std::string::npos || l.find("generiert") != std::string::npos ||
                                 l.find("generato") != std::string::npos;
            return machine && summary && made;
        };
        const auto isPoint = [](const RawBlock& b) {
            return b.kind == BlockKind::ListItem || b.text.rfind("\xE2\x80\xA2", 0) == 0 || b.text.rfind("- ", 0) == 0;
        };
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i].text.empty() || !machineLabel(raw[i].text)) continue;
            std::size_t k = i + 1, points = 0;
            while (k < raw.size() && (raw[k].text.empty() || isPoint(raw[k]))) points += !raw[k++].text.empty();
            if (points == 0) {
                // (Or the points stand over it, and it is their note: "Key takeaways are generated with the help of
                // AI and reviewed by our journalists." The note goes; the points, which editors checked, stay.)
                std::size_t before = i;
                while (before > 0 && raw[before - 1].text.empty()) --before;
                if (before > 0 && isPoint(raw[before - 1])) raw[i].text.clear();
                continue;  // a line about AI in a story has no points under it
            }
            for (std::size_t p = i + 1; p < k; ++p) raw[p].text.clear();
            raw[i].text.clear();
            if (i > 0 && countWords(raw[i - 1].text) <= 3 && isUnpunctuatedShortLine(raw[i - 1].text, 3)) raw[i - 1].text.clear();
        }
    }

    // "date-saved: 2024-06-11 21:14:09 date-published: … site: Jornal da Cidade", "created_at: … id:: …": a
    // program's properties of the note or the clipping, keys written as identifiers in lower case (one
    // joined by a hyphen or an underscore at least). Never a sentence, which starts with a capital.
    static void dropPropertyLines(std::vector<RawBlock>& raw) {
        for (RawBlock& block : raw) {
            const std::string& t = block.text;
            if (t.empty() || !std::islower(static_cast<unsigned char>(t[0])) || t.find(": ") == std::string::npos) continue;
            std::size_t keys = 0;
            bool identifier = false, atStart = false;
            for (std::size_t at = t.find(": "); at != std::string::npos; at = t.find(": ", at + 2)) {
                std::size_t start = at;
                while (start > 0 && t[start - 1] != ' ') --start;
                const std::string key = t.substr(start, at - start);
                const bool shaped = !key.empty() && key.size() <= 24 && std::islower(static_cast<unsigned char>(key[0])) &&
                                    key.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_-:") == std::string::npos;
                if (!shaped) continue;
                ++keys;
                atStart = atStart || start == 0;
                identifier = identifier || key.find_first_of("_-") != std::string::npos;
            }
            if (keys >= 2 && atStart && identifier) block.text.clear();
        }
    }

    // A read-later app's or a clipper's export: its "Highlights" (the reader's marked quotations, which the
    // story says again) go with the quotations and notes under them, and the headings its template sets
    // over the story itself ("Content", "Full text") go alone.
    static void dropClipperSections(std::vector<RawBlock>& raw) {
        static const std::set<std::string> kHighlights{"highlights", "my highlights", "highlights & notes", "highlights and notes",
                                                       "surlignages", "markierungen", "destaques", "subrayados", "evidenziazioni"};
        // (The reader's own notes go whatever they hold.)
        static const std::set<std::string> kNotes{"my notes", "annotations", "meine notizen", "mes notes", "mis notas", "le mie note"};
        static const std::set<std::string> kOverStory{"content", "full text", "article", "original article", "article text",
                                                      "contenu", "inhalt", "contenido", "conte\xC3\xBA" "do", "contenuto"};
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i].kind != BlockKind::Heading) continue;
            const std::string lower = lowerUtf8(collapseWhitespace(raw[i].text));
            if (kOverStory.count(lower) != 0) {
                raw[i].text.clear();
            } else if (kHighlights.count(lower) != 0 || kNotes.count(lower) != 0) {
                // (An app's highlights are quotations; a release's "Highlights" over its key results is a list
                // or prose, and the story's.)
                std::size_t k = i + 1, quotes = 0, others = 0;
                for (; k < raw.size() && raw[k].kind != BlockKind::Heading; ++k) {
                    if (raw[k].text.empty()) continue;
                    (raw[k].kind == BlockKind::Quote ? quotes : others) += 1;
                }
                if ((quotes == 0 || others > 0) && kNotes.count(lower) == 0) continue;
                for (std::size_t m = i; m < k; ++m) raw[m].text.clear();
            }
        }
    }

    // Two lines or more of an event's facts or a match's team sheets in a row: a box beside the story. (Not where such runs
    // come again and again with the same labels between the story's lines: a notice's schedule, "AREA: …" over "DATE: …
    // TIME: …" for each county, is the story.)
    static void dropFactBoxes(std::vector<RawBlock>& raw) {
        std::vector<std::vector<std::size_t>> runs;
        std::vector<std::size_t> run;
        const auto flush = [&] {
            if (run.size() >= 2) runs.push_back(run);
            run.clear();
        };
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i].text.empty()) continue;
            if (isFactBoxLine(raw[i].text)) {
                run.push_back(i);
            } else {
                flush();
            }
        }
        flush();
        const auto labels = [&](const std::vector<std::size_t>& r) {
            std::set<std::string> out;
            for (std::size_t k : r) out.insert(lowerUtf8(raw[k].text.substr(0, raw[k].text.find(':'))));
            return out;
        };
        std::size_t alike = 0;
        for (std::size_t r = 1; r < runs.size(); ++r) alike += labels(runs[r]) == labels(runs[0]) && runs[r].front() > runs[r - 1].back() + 1;
        if (runs.size() >= 2 && alike + 1 == runs.size()) return;
        for (const std::vector<std::size_t>& box : runs) {
            for (std::size_t k : box) raw[k].text.clear();
            // (The sheets' heading over them goes too, "Line-ups", or the listener hears it over nothing.)
            std::size_t over = box.front();
            while (over > 0 && raw[over - 1].text.empty()) --over;
            if (over > 0 && raw[over - 1].kind == BlockKind::Heading) {
                static const std::set<std::string> kSheets{"lineups", "teams", "teamsheets", "startinglineups", "theteams", "squads",
                                                           "startingxi", "startingxis", "lineupsandstats"};
                if (kSheets.count(foldForComparison(raw[over - 1].text)) != 0) raw[over - 1].text.clear();
            }
        }
    }

    // "Published: …", "Updated …" and "By …" lines become metadata, wherever they stand.
    void liftMetadataLines(std::vector<RawBlock>& raw) {
        std::size_t seen = 0;
        bool startedStory = false;
        std::size_t longBlocks = 0;  // the story has begun at its second paragraph (the first may be a standfirst)
        bool lastWasByline = false, lastWasDate = false, relativeTimeTaken = false;
        for (RawBlock& block : raw) {
            if (block.text.empty()) continue;
            // "2 hours ago" under a pasted page's headline: its date relative to when it was copied, which dates nothing but
            // is the byline box's line all the same, with the headline over it. (The first only: a live page's entries are
            // stamped so further down. Nor is the line under it taken for the writer's: a picture's credit or its caption
            // stands there as often.)
            if (!startedStory && !relativeTimeTaken && isRelativeTime(lowerUtf8(collapseWhitespace(block.text)))) {
                metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
                block.text.clear();
                relativeTimeTaken = true;
                lastWasByline = false;
                continue;
            }
            // "Publisert 04.11.2025 kl. 11.14" over "Ingrid Sandvik": the writer's name alone under the date line.
            const bool underDate = lastWasDate;
            lastWasDate = false;
            // (Or in capitals, as some papers print it, said as a name: "T.C.A. SHARAD RAGHAVAN".)
            const std::string shownName = underDate && !startedStory && article_.byline.empty() && isNameInCapitals(block.text)
                                              ? nameCasedFromCapitals(collapseWhitespace(block.text))
                                              : block.text;
            if (underDate && !startedStory && article_.byline.empty() && isBareName(shownName) && !looksLikeOrganisation(shownName) &&
                !isBoilerplate(block.text)) {
                article_.byline = shownName;
                metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
                block.text.clear();
                lastWasByline = true;  // (the writer's job may follow: "Paul Cullen" over "Health Correspondent")
                continue;
            }
            // (A date line right under a byline is the story's, though a newsletter's greeting over them
            // looked like the story begun.)
            const bool underByline = lastWasByline;
            lastWasByline = false;
            // "By Priya Natarajan" over "Transport Correspondent": the writer's job on the line under the byline.
            // (Or the desk's or the publication's name between the byline and the date line: "Health reporter Sophie
            // Harrington" over "ABC Health" over "Posted Wed 12 Mar 2025 at 5:01am".)
            const std::size_t at = static_cast<std::size_t>(&block - raw.data());
            const bool deskOverDate = underByline && !article_.byline.empty() && countWords(block.text) <= 4 && allWordsCapitalized(block.text) &&
                                      isUnpunctuatedShortLine(block.text, 4) && dateLineAfter(raw, at, 16);
            if (underByline && !startedStory && isUnpunctuatedShortLine(block.text, 6) && (isJobTitleLine(block.text) || deskOverDate)) {
                metadataLines_.push_back(at);
                block.text.clear();
                lastWasByline = true;  // (the date line may follow it)
                continue;
            }
            // One line may hold both: "By Jane Doe | 2 November 2023".
            const bool nearTop = ++seen <= kDateLineBlocks;
            // Or a writer's name and the date with nothing between, as a newsletter's linked name over its
            // date becomes one paragraph: "Marcus Bell Apr 24, 2025".
            // Or the writer's name and job after a comma, with no "By", over the date line or the story: "Phillip Coorey, Political
            // Editor".
            if (!startedStory && article_.byline.empty() && countWords(block.text) <= 8) {
                const std::string& line = block.text;
                const std::size_t comma = line.find(", ");
                if (comma != std::string::npos && line.find(", ", comma + 2) == std::string::npos && isBareName(line.substr(0, comma)) &&
                    !looksLikeOrganisation(line.substr(0, comma)) && isJobTitleLine(line.substr(comma + 2)) &&
                    countWords(line.substr(0, comma)) >= 2 && countWords(line.substr(0, comma)) <= 4) {
                    article_.byline = line.substr(0, comma);
                    metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
                    block.text.clear();
                    lastWasByline = true;
                    continue;
                }
            }
            // Or the writer's name and the town the story is filed from, over the date line: "Elif Karataş -
            // İzmir" over "14.05.2025 11:20 | Son Güncelleme: …".
            if (!startedStory && article_.byline.empty() && countWords(block.text) <= 6) {
                const std::string& line = block.text;
                const std::size_t dash = line.find(" - ");
                if (dash != std::string::npos && isBareName(line.substr(0, dash)) && !looksLikeOrganisation(line.substr(0, dash))) {
                    const bool place = countWords(line.substr(dash + 3)) <= 3 && allWordsCapitalized(line.substr(dash + 3));
                    const std::size_t at = static_cast<std::size_t>(&block - raw.data());
                    if (place && dateLineAfter(raw, at, 12)) {
                        article_.byline = line.substr(0, dash);
                        metadataLines_.push_back(at);
                        block.text.clear();
                        lastWasByline = true;
                        continue;
                    }
                }
            }
            // Or the desk's credit that names no one, over the date line: "Staff reporters" over "Updated Tue 9 Jul 2024 at 6:12am"
            // (no byline is said for it).
            if (!startedStory && article_.byline.empty() && countWords(block.text) <= 4) {
                const std::string lower = lowerAscii(collapseWhitespace(block.text));
                const std::size_t at = static_cast<std::size_t>(&block - raw.data());
                // (Or the paper's name before it: "Straits Times Staff".)
                const bool paperStaff = lower.size() > 6 && lower.ends_with(" staff") && allWordsCapitalized(block.text);
                if ((lower == "staff reporters" || lower == "staff reporter" || lower == "staff writers" || lower == "staff writer" ||
                     lower == "staff" || lower == "news staff" || lower == "staff and agencies" || lower == "wire staff" || paperStaff) &&
                    dateLineAfter(raw, at, 16)) {
                    metadataLines_.push_back(at);
                    block.text.clear();
                    lastWasByline = true;
                    continue;
                }
            }
            // Or the publication and the writers parted by a bar, over the date line: "News24 | Lwandile Bhengu and Jan
            // Gerber" over "Published: 02 June 2024 | 14:20" (or the names first).
            if (!startedStory && article_.byline.empty() && countWords(block.text) <= 10) {
                // (A separator left at its end by the page's row of labels: "Joanne Labelle · CBC News ·".)
                std::string line = block.text;
                for (const char* end : {" \xC2\xB7", " |", " \xE2\x80\xA2"}) {
                    if (line.ends_with(end)) line.resize(line.size() - std::strlen(end));
                }
                // (Or a middle dot: "Julie Tremblay · The Canadian Press".)
                const std::string mark = line.find(" | ") != std::string::npos ? " | " : " \xC2\xB7 ";
                const std::size_t bar = line.find(mark);
                if (bar != std::string::npos && line.find(mark, bar + mark.size()) == std::string::npos) {
                    const std::string left = line.substr(0, bar), right = line.substr(bar + mark.size());
                    const auto names = [](const std::string& part) {
                        return isBareName(part) && !looksLikeOrganisation(part) && countWords(part) >= 2 && !isJobTitleLine(part);
                    };
                    // (The publication by its name's look: a figure in it, "News24", a paper's word, or capitals, "RNZ"; a section's
                    // name, "Travel | South Africa", "Politics | Keir Starmer", is none.)
                    const auto site = [](const std::string& part) {
                        if (countWords(part) > 3 || !allWordsCapitalized(part) || isJobTitleLine(part)) return false;
                        // (Or its web address: "Khaleeq Kiani | Dawn.com".)
                        const std::size_t dot = part.rfind('.');
                        if (part.find(' ') == std::string::npos && dot != std::string::npos && dot > 0 && dot + 2 < part.size() &&
                            std::all_of(part.begin() + static_cast<std::ptrdiff_t>(dot) + 1, part.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; })) {
                            return true;
                        }
                        const bool figure = part.find_first_of("0123456789") != std::string::npos;
                        const bool capitals = part.size() >= 2 && part.size() <= 6 &&
                                              std::none_of(part.begin(), part.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
                        return figure || capitals || namesAPaper(part);
                    };
                    const std::string who = names(right) && site(left) ? right : names(left) && site(right) ? left : "";
                    const std::size_t at = static_cast<std::size_t>(&block - raw.data());
                    if (!who.empty() && dateLineAfter(raw, at, 12)) {
                        article_.byline = who;
                        metadataLines_.push_back(at);
                        block.text.clear();
                        lastWasByline = true;
                        continue;
                    }
                }
            }
            // Or a link to the writer's page alone on its line, over the date: "[Lucía Barrenechea](…/@lucia)"
            // over "Mar 12, 2025", as a newsletter platform prints them.
            if (nearTop && !startedStory && article_.byline.empty() && block.link_density >= 0.9 && isBareName(block.text)) {
                const std::size_t at = static_cast<std::size_t>(&block - raw.data());
                if (dateLineAfter(raw, at, 6)) {
                    article_.byline = block.text;
                    metadataLines_.push_back(at);
                    block.text.clear();
                    lastWasByline = true;
                    continue;
                }
            }
            // A body's name over the byline, the service that syndicates the story: "Local Democracy Reporting
            // Service" over "By Aisha Patel, Local Democracy Reporter".
            // (Never the first line, the headline: "Council backs river plan" over "By Priya Natarajan".)
            // (A name's words all capitalized: "Council bans cars from city centre" over "By Jane Doe" is the headline.)
            if (!startedStory && seen >= 2 && countWords(block.text) <= 6 && isUnpunctuatedShortLine(block.text, 6) &&
                looksLikeOrganisation(block.text) && std::ranges::all_of(splitWords(block.text), [](const std::string& w) {
                    return startsCapitalized(w) || w == "of" || w == "the" || w == "and" || w == "for" || w == "&";
                })) {
                const std::size_t at = static_cast<std::size_t>(&block - raw.data());
                // (A byline: "By" and a name, no sentence: "By midnight, the blaze was under control." is one.)
                const auto byline = [&](const std::string& next) {
                    return next.size() > 3 && lowerAscii(next.substr(0, 3)) == "by " && countWords(next) <= 12 &&
                           std::isupper(static_cast<unsigned char>(next[3])) && next.back() != '.';
                };
                if (at + 1 < raw.size() && byline(raw[at + 1].text)) {
                    metadataLines_.push_back(at);
                    block.text.clear();
                    continue;
                }
            }
            // Or the name alone over the date on the next line, as a copied newsletter's page shows them:
            // "Hannah Corrigan" over "Apr 3, 2024".
            if (nearTop && !startedStory && article_.byline.empty() && !article_.published) {
                const std::size_t at = static_cast<std::size_t>(&block - raw.data());
                if (at + 1 < raw.size() && raw[at + 1].joined_to_previous && takeNameAndDate(block.text + " " + raw[at + 1].text)) {
                    metadataLines_.push_back(at);
                    metadataLines_.push_back(at + 1);
                    block.text.clear();
                    raw[at + 1].text.clear();
                    continue;
                }
            }
            // (The page's date may be known already, from its metadata: the line is the byline box's all the same.)
            if (nearTop && !startedStory && article_.byline.empty() && takeNameAndDate(block.text)) {
                metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
                block.text.clear();
                continue;
            }
            // "(Reporting by Beatriz Lima; Editing by Paulo Reis)": a wire story's writers, at its end.
            if (takeWireCredit(block.text)) {
                block.text.clear();
                continue;
            }
            // "r i BC-EU-FISHERIES-QUOTAS 2025-12-17T06:41:08Z": a wire's header line with its time stamp.
            if (!startedStory && !article_.published && countWords(block.text) <= 12) {
                if (const auto stamp = isoTimeStampIn(block.text)) {
                    article_.published = stamp;
                    metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
                    block.text.clear();
                    continue;
                }
            }
            // "Thursday, February 20, 2025 · by Laura Chen", "Wellington, 3 November 2023 — By Aroha Tipene, Political Reporter": the
            // date (after the place it is filed from) and then the byline, on one line.
            if (nearTop && !startedStory && article_.byline.empty() && countWords(block.text) <= 16) {
                const std::string& line = block.text;
                for (const char* mark : {" \xC2\xB7 ", " | ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", " \xE2\x80\xA2 "}) {
                    const std::size_t at = line.find(mark);
                    if (at == std::string::npos) continue;
                    const std::string rest = line.substr(at + std::strlen(mark));
                    if (rest.size() < 4 || lowerAscii(rest.substr(0, 3)) != "by " || !std::isupper(static_cast<unsigned char>(rest[3]))) continue;
                    // (A name, perhaps with a job after its comma: "By Friday, 10,000 fines had been issued." opens the story.)
                    const std::string named = rest.substr(3, rest.find(',') == std::string::npos ? std::string::npos : rest.find(',') - 3);
                    if (countWords(rest) > 8 || rest.find_first_of("0123456789") != std::string::npos || !isBareName(named) ||
                        weekdayFromName(lowerAscii(splitWords(named).front())) >= 0 || monthFromName(splitWords(named).front()) != 0) {
                        continue;
                    }
                    std::string head = line.substr(0, at);
                    auto when = parseDate(head);
                    // (The place before the date: "Wellington, 3 November 2023".)
                    if (const std::size_t comma = head.find(", "); !when && comma != std::string::npos && countWords(head.substr(0, comma)) <= 3) {
                        when = parseDate(head.substr(comma + 2));
                    }
                    if (!when || when->year == 0) continue;
                    Article probe;
                    if (!takeBylineLine("By " + rest.substr(3), probe) || probe.byline.empty()) continue;
                    article_.byline = probe.byline;
                    if (!article_.published) article_.published = when;
                    metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
                    block.text.clear();
                    lastWasByline = true;
                    break;
                }
                if (block.text.empty()) continue;
            }
            // "TEMPE, Ariz., June 17, 2025 /PRNewswire/ --", "CAMBRIDGE, Mass., Jan. 13, 2025 (GLOBE NEWSWIRE) --": a wire's press
            // release, its date before the distributor's name; the date is the release's (the dateline is the script's to say).
            if (!startedStory && !article_.published) {
                for (const char* wire : {" /PRNewswire/", "/PRNewswire/", " (GLOBE NEWSWIRE)", " (BUSINESS WIRE)", " /CNW/", " (ACCESSWIRE)",
                                         " /EINPresswire.com/", " (Newsfile Corp.)"}) {
                    const std::size_t at = block.text.find(wire);
                    if (at == std::string::npos || at > 120) continue;
                    if (const auto when = parseDate(block.text.substr(0, at)); when && when->year > 0) article_.published = when;
                    break;
                }
            }
            // "Torino, 22 maggio 2025 – Dal 3 giugno…": a press release's dateline opening its first paragraph,
            // the place and the date before a dash; the date is taken and the dateline not read.
            if (!startedStory && !article_.published) {
                for (const char* dash : {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - "}) {
                    const std::size_t at = block.text.find(dash);
                    const std::size_t comma = block.text.find(", ");
                    if (at == std::string::npos || comma == std::string::npos || comma > at || countWords(block.text.substr(0, at)) > 8 ||
                        countWords(block.text.substr(0, comma)) > 3 || !allWordsCapitalized(block.text.substr(0, comma))) {
                        continue;
                    }
                    auto when = parseDate(block.text.substr(comma + 2, at - comma - 2));
                    std::size_t rest = at + std::strlen(dash);
                    // ("EDINBURGH, Scotland – 18 September 2024 – Meridian Rail…": the region after the town, the date
                    // between two dashes.)
                    if (!when && countWords(block.text.substr(comma + 2, at - comma - 2)) <= 2) {
                        const std::size_t second = block.text.find(dash, rest);
                        if (second != std::string::npos && countWords(block.text.substr(rest, second - rest)) <= 5) {
                            when = parseDate(block.text.substr(rest, second - rest));
                            rest = second + std::strlen(dash);
                        }
                    }
                    // (The paragraph's text after it: "Zaragoza, 19/02/2025 - 14:32 Actualizada …" is a date line.)
                    // (A listed company's name after a report's dateline in capitals is that report's date too: "STOCKHOLM, 24
                    // April 2025 – Norrvik Group AB (publ) (Nasdaq Stockholm: NRVK B)".)
                    const std::string town = block.text.substr(0, comma);
                    const bool listed = std::any_of(town.begin(), town.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }) &&
                                        std::none_of(town.begin(), town.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
                    if (!when || when->year == 0 || (countWords(block.text.substr(rest)) < 10 && !listed)) continue;
                    article_.published = when;
                    if (countWords(block.text.substr(rest)) < 10) {
                        metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
                        block.text.clear();
                        break;
                    }
                    block.text = block.text.substr(rest);
                    break;
                }
            }
            // The writer's name before the page's date, on a line of its own above the story.
            if (nearTop && !startedStory && article_.byline.empty()) {
                if (const std::string writer = writerBeforeDate(block.text); !writer.empty() && takeBylineLine("By " + writer, article_)) {
                    if (!article_.published) article_.published = parseDate(block.text.substr(writer.size()));
                    metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
                    block.text.clear();
                    continue;
                }
            }
            // "Madrid, 9 de febrero de 2025": the place and date under the byline (or a press release's,
            // with no byline, before its text).
            if ((underByline || !startedStory) && !article_.published && countWords(block.text) <= 10) {
                const std::size_t comma = block.text.find(", ");
                const std::string place = comma == std::string::npos ? "" : block.text.substr(0, comma);
                const auto when = comma == std::string::npos ? std::nullopt : parseDate(block.text.substr(comma + 2));
                bool named = !place.empty() && countWords(place) <= 3;
                // ("By Anna Fenwick, 3 November 2026" is a byline with its date, for the byline pass.)
                const std::string opening = lowerAscii(place.substr(0, place.find(' ')));
                named = named && (underByline || (opening != "by" && opening != "por" && opening != "par" && opening != "von" &&
                                                  opening != "di" && opening != "door" && opening != "av" && opening != "af" &&
                                                  opening != "deur"));
                // ("Autor: Anna Kowalska, 12.11.2025": a field's label is no town's.)
                named = named && allWordsCapitalized(place) && place.find(':') == std::string::npos;
                if (when && when->year > 0 && named) {
                    article_.published = when;
                    metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
                    block.text.clear();
                    continue;
                }
            }
            const bool hadModified = article_.modified.has_value();
            // ("DATE: Thursday 08.05.2025" over "TIME: 9.00 A.M. - 5.00 P.M.": a notice's fields, what it announces.)
            const bool noticeDate = [&] {
                if (lowerUtf8(block.text).rfind("date:", 0) != 0) return false;
                std::size_t next = static_cast<std::size_t>(&block - raw.data()) + 1;
                while (next < raw.size() && raw[next].text.empty()) ++next;
                return next < raw.size() && lowerUtf8(raw[next].text).rfind("time:", 0) == 0;
            }();
            const bool date = !noticeDate && takeDateLine(block.text, article_, nearTop || underByline, startedStory && !underByline);
            bool byline = takeBylineLine(block.text, article_);
            // ("Publicado em 03/03/2026 - 16:42 Por Ana Cristina Moura - Repórter da Agência Brasil": the writer after
            // the date on its line.)
            if (date && !byline && article_.byline.empty()) {
                for (const char* by : {" Por ", " By ", " Von ", " Par ", " Door ", " Di ", " Av ", " Af ", " Przez "}) {
                    const std::size_t at = block.text.find(by);
                    if (at != std::string::npos && takeBylineLine(block.text.substr(at + 1), article_)) break;
                }
            }
            // "ABC Western Plains" over "/" over "By Lani Oataway": the desk's name set beside the writer's in the
            // byline box, parted from it by a lone mark, is no heading of the story. (The headline stands over it,
            // longer: a short headline right over the mark is left to be the title.)
            if (byline && !startedStory) {
                std::size_t k = static_cast<std::size_t>(&block - raw.data());
                bool parted = false;
                while (k > 0 && (raw[k - 1].text.empty() || raw[k - 1].text == "/" || raw[k - 1].text == "|")) {
                    parted = parted || !raw[k - 1].text.empty();
                    --k;
                }
                std::size_t above = k > 0 ? k - 1 : 0;
                while (above > 0 && raw[above - 1].text.empty()) --above;
                if (parted && above > 0 && countWords(raw[k - 1].text) <= 4 && isUnpunctuatedShortLine(raw[k - 1].text, 4) &&
                    allWordsCapitalized(raw[k - 1].text) && countWords(raw[above - 1].text) >= 5) {
                    raw[k - 1].text.clear();
                }
            }
            if (date || byline) {
                lastWasByline = byline && !date;
                lastWasDate = date && !byline;
                metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
                // A bare date line in the page's header, kept for when a byline shows it is the story's.
                if (date && !article_.published && article_.modified.has_value() == hadModified && !startedStory && !bareDate_) {
                    bareDate_ = parseDate(block.text);
                }
                block.text.clear();
                continue;
            }
            // A page's row of byline, date and reading time under the headline: "Maëlle GUYOMARC'H. Publié le
            // 04/03/2025 à 17h12 Modifié le … Lecture : 3 min."
            const std::string rest = afterByline(block.text, article_.byline);
            // ("María José Domínguez Sevilla": the writer's name and the town the story is filed from.)
            const bool place = !rest.empty() && countWords(rest) <= 2 && isUnpunctuatedShortLine(rest, 2) && allWordsCapitalized(rest);
            if (nearTop && rest != block.text && (rest.empty() || place || takeDateLine(rest, article_, true, startedStory))) {
                block.text.clear();
            }
            // "Johan Lindqvist/TT": the writer's name and the agency's alone on a line near the top,
            // under the standfirst, as agencies sign; read as the byline "By …" would be.
            if (nearTop && article_.byline.empty() && countWords(block.text) <= 6) {
                // (With its slash only, as the Nordic agencies sign: "Los Angeles, AP" is a place, "Joe Biden, Reuters" a caption's.)
                const std::size_t cut = block.text.rfind('/');
                const std::string who = cut == std::string::npos ? "" : block.text.substr(0, cut);
                const std::string agency = cut == std::string::npos ? "" : newsAgencyName(collapseWhitespace(block.text.substr(cut + 1)));
                const std::size_t names = countWords(who);
                const bool shouted = std::none_of(who.begin(), who.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
                if (names >= 2 && names <= 4 && allWordsCapitalized(who) && !shouted && who.find_first_of("0123456789,.:;") == std::string::npos &&
                    !agency.empty() && takeBylineLine("By " + block.text, article_)) {
                    if (article_.site.empty()) article_.site = agency;
                    lastWasByline = true;
                    metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
                    block.text.clear();
                    continue;
                }
            }
            // "Harriet Okafor Environment correspondent": a name and a job with nothing between, near the top
            // (the byline's cleaning leaves the name).
            if (nearTop && !startedStory && article_.byline.empty() && isNameWithJob(block.text, 6)) {
                article_.byline = block.text;
                metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
                block.text.clear();
                continue;
            }
            // "Ruvimbo Chiwara" over "Senior Agriculture Reporter": the writer's name alone, the job on the line
            // under it, near the top.
            if (nearTop && !startedStory && article_.byline.empty() && isBareName(block.text) && !looksLikeOrganisation(block.text)) {
                std::size_t next = static_cast<std::size_t>(&block - raw.data()) + 1;
                while (next < raw.size() && raw[next].text.empty()) ++next;
                if (next < raw.size() && isUnpunctuatedShortLine(raw[next].text, 6) && isJobTitleLine(raw[next].text)) {
                    article_.byline = block.text;
                    metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
                    block.text.clear();
                    lastWasByline = true;  // (the job under it goes as a byline's)
                    continue;
                }
            }
            // "Mateo Lindqvist | Staff Writer": a name and a job on one line, near the top.
            if (!startedStory && article_.byline.empty()) {
                const std::size_t bar = block.text.find(" | ");
                if (bar != std::string::npos && block.text.find(" | ", bar + 3) == std::string::npos &&
                    isJobTitleLine(block.text.substr(bar + 3)) && countWords(block.text.substr(0, bar)) <= 4 &&
                    std::isupper(static_cast<unsigned char>(block.text[0]))) {
                    article_.byline = block.text.substr(0, bar);
                    metadataLines_.push_back(static_cast<std::size_t>(&block - raw.data()));
                    block.text.clear();
                    continue;
                }
            }
            // The byline's job title on a line of its own, before the story begins.
            // (Or the agency or paper it works for: "Associated Newswire", "Harlow County Courier".)
            // (The organisation right under the byline or its date: a notice's "NAIROBI COUNTY" further down, under the
            // story's first lines, is the story's.)
            if (nearTop && !article_.byline.empty() && !startedStory &&
                (isJobTitleLine(block.text) || (countWords(block.text) <= 5 && isUnpunctuatedShortLine(block.text, 5) &&
                                                (underByline || underDate) && (looksLikeOrganisation(block.text) || isNewsAgency(block.text))))) {
                block.text.clear();
            }
            // (Sentences: a long headline has no full stop.)
            if (!block.text.empty() && countWords(block.text) > 12 && !isUnpunctuatedShortLine(block.text, SIZE_MAX) &&
                !isBoilerplate(block.text)) {
                ++longBlocks;
            }
            startedStory = longBlocks >= 2;
        }
    }

    // A declared title with the site's name after a separator ("… – Breisgau Kurier", "… | Undercurrent")
    // over a page whose own headline is the title without it: the printed headline is the title, and it
    // is not read again in the body.
    // Five words or more, four in five of them the other's (letters and digits compared, case aside).
    static bool sharesMostWords(const std::string& line, const std::string& other) {
        std::set<std::string> theirs;
        for (const std::string& w : splitWords(other)) theirs.insert(foldForComparison(w));
        const std::vector<std::string> words = splitWords(line);
        std::size_t shared = 0;
        for (const std::string& w : words) shared += theirs.count(foldForComparison(w));
        return words.size() >= 5 && shared * 5 >= words.size() * 4;
    }

    void takePrintedHeadlineOfDeclaredTitle(std::vector<RawBlock>& raw) {
        const std::string& title = article_.title;
        for (std::size_t i = 0, seen = 0; i < raw.size() && seen < 12; ++i) {
            if (raw[i].text.empty()) continue;
            ++seen;
            // ("## 'The Black Book' sequel review: RMD returns in …" under the front matter's "… Richard Mofe-Damijo returns in …": the
            // headline printed again over the text in other words, its first block, most of its words the title's.)
            if (seen == 1 && raw[i].kind == BlockKind::Heading && title.rfind(raw[i].text, 0) != 0 && sharesMostWords(raw[i].text, title)) {
                raw[i].text.clear();
                return;
            }
            if (raw[i].kind != BlockKind::Heading || raw[i].text.size() >= title.size() || title.rfind(raw[i].text, 0) != 0) continue;
            const std::string rest = title.substr(raw[i].text.size());
            for (const char* separator : {" | ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", " \xC2\xB7 ", " :: ", " \xC2\xBB "}) {
                if (rest.rfind(separator, 0) == 0 && countWords(rest.substr(std::strlen(separator))) <= 5) {
                    article_.title = raw[i].text;
                    raw[i].text.clear();
                    return;
                }
            }
        }
    }

    // "RNS Number : 4821K", "Page 2841", "Ref: HHW/2024/17": a document's number on a line of its own,
    // never its headline.
    static bool isCodeLine(const std::string& t) {
        const std::vector<std::string> words = splitWords(t);
        if (words.empty() || words.size() > 4 || t.find_first_of("0123456789") == std::string::npos) return false;
        const std::string first = lowerUtf8(words[0]);
        const bool labelled = t.find(": ") != std::string::npos || t.find(" :") != std::string::npos;
        return labelled || first == "page" || first == "p\xC3\xA1gina" || first == "seite" || first == "pagina" || first == "ref" ||
               first == "no." || first == "nr." || first == "issue";
    }

    // "Go to market news section", "Back to top", "Skip to content": a link's way round the page.
    static bool isNavigationLine(const std::string& t) {
        const std::string lower = lowerUtf8(t.substr(0, std::min<std::size_t>(t.size(), 16)));
        return countWords(t) <= 8 && startsWithAnyOf(lower, {"go to ", "back to ", "skip to ", "return to ", "jump to "});
    }

    // "NORD Russian News Agency" over "Politics | World | Business", "U.S. Department of Defense" over
    // "Search" and "Home > News > Contracts": a site's name, its words capitalized, over its menu, in pasted
    // text; the headline is further down.
    static bool isMastheadOverMenu(const std::vector<RawBlock>& raw, std::size_t i, const std::vector<bool>& menu) {
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
    static std::size_t headlineUnderMasthead(const std::vector<RawBlock>& raw, std::size_t i) {
        const std::vector<std::string> words = splitWords(raw[i].text);
        if (raw[i].kind != BlockKind::Heading || words.empty() || words.size() > 6 || raw[i].text.find_first_of(".?!:") != std::string::npos) {
            return 0;
        }
        static const std::set<std::string> kParticles{"de", "du", "des", "la", "le", "les", "di", "del", "della", "da", "do", "dos", "van",
                                                      "der", "den", "het", "of", "the", "and", "&", "y", "e", "et", "und", "og"};
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
    static bool isTickerLine(const std::string& t) {
        const std::string head = lowerUtf8(t.substr(0, std::min<std::size_t>(t.size(), 24)));
        // (A live page's own label before its headline is no ticker: "LIVE UPDATES: Fire hits Manila Central Post Office".)
        return (t.rfind("LIVE ", 0) == 0 && t.rfind("LIVE UPDATES", 0) != 0 && t.rfind("LIVE UPDATE:", 0) != 0 && t.rfind("LIVE BLOG", 0) != 0) ||
               startsWithAnyOf(head, {"breaking:", "breaking news:", "just in:", "son dak", "\xC3\xBAltima hora",
                                      "eilmeldung", "ultim'ora", "ultim\xE2\x80\x99ora", "derni\xC3\xA8re minute", "urgent :", "urgente:",
                                      "pilne:", "senaste nytt", "breaking nieuws", "\xD1\x81\xD1\x80\xD0\xBE\xD1\x87\xD0\xBD\xD0\xBE"});
    }

    // Plain text whose title is known (a printed page's margin names it, perhaps with the site's name
    // after a bar): the line that says it is the headline, and what stands over it, holding no prose,
    // is the page's chrome.
    bool takeHeadlineNamedBy(const std::string& declared, std::vector<RawBlock>& raw) {
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
    void takeHeadlineSecondLine(std::vector<RawBlock>& raw, std::size_t top) {
        if (const std::size_t next = top + 1; plain_ && next < raw.size() && raw[next].joined_to_previous && !raw[next].text.empty()) {
            const std::string& more = raw[next].text;
            const bool metadata = std::find(metadataLines_.begin(), metadataLines_.end(), next) != metadataLines_.end();
            if (!metadata && headlineCapitals(article_.title) && headlineCapitals(more) && isUnpunctuatedShortLine(more, 12) &&
                countWords(article_.title) + countWords(more) <= kMaxHeadlineWords && !(isBareName(more) && countWords(more) <= 3) &&
                !isNameWithJob(more, 7) && !parseDate(more) && !inCapitalsOnly(more) && !isBoilerplate(more) && !isCreditLine(more) &&
                lowerAscii(more).rfind("by ", 0) != 0) {
                article_.title += " " + collapseWhitespace(more);
                raw[next].text.clear();
            }
        }
    }

    // The first heading (in plain text: the first line shaped like one) is the headline, unless the
    // input declared one; a pasted page's menu lines above it go with it.
    void takeHeadline(std::vector<RawBlock>& raw) {
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
        for (std::size_t i = 0; i < raw.size(); ++i) {
            const std::string& text = raw[i].text;
            if (text.empty() || menu[i]) continue;
            const bool headlineShape = plain_ ? isUnpunctuatedShortLine(text, kMaxHeadlineWords) ||
                                                    (text.back() == '?' && countWords(text) <= kMaxHeadlineWords)
                                              : raw[i].kind == BlockKind::Heading;
            // (Nor is a line with an address in it: "… consultez la version Web : https://…".)
            if (!headlineShape || isBoilerplate(text) ||
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
                if (next < raw.size() && raw[next].kind == BlockKind::Heading && raw[next].link_density < 0.5 &&
                    ((strictlyNamed && countWords(raw[next].text) >= 6) ||
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
            for (std::size_t k = 0; k < i; ++k) {
                if (menu[k] || (!plain_ && raw[k].kind == BlockKind::Heading && raw[k].link_density >= 0.9)) raw[k].text.clear();
            }
            return;
        }
        // No headline at all: the menu lines go anyway.
        for (std::size_t k = 0; k < raw.size(); ++k) {
            if (menu[k]) raw[k].text.clear();
        }
    }

    // A CMS's or a note app's fields over the text, one a line: "Title: …", "Author: …", "Published: …",
    // "Excerpt: …", "Slug: …", "Status: publish". The title is taken; the author and date lines are left
    // where they stand, for the byline and date pass; the excerpt is read without its label; the other
    // fields are not read.
    // A note app's properties copied as lines that Markdown joins into one paragraph: "Autorin: Jana Vogt
    // Veröffentlicht: 17. April 2025 Status: Veröffentlicht Ressort: Wirtschaft". Three labels or more near
    // the top: one block a field.
    static void splitJoinedFields(std::vector<RawBlock>& raw) {
        for (std::size_t i = 0, seen = 0; i < raw.size() && seen < 16; ++i) {
            if (raw[i].text.empty()) continue;
            ++seen;
            const std::string& t = raw[i].text;
            if (countWords(t) > 40) continue;
            std::vector<std::size_t> labels;
            for (std::size_t at = t.find(": "); at != std::string::npos; at = t.find(": ", at + 2)) {
                std::size_t start = at;
                while (start > 0 && t[start - 1] != ' ') --start;
                // ("Publish date:", "Last updated:", "Fecha de publicación prevista:", "Ημερομηνία δημοσίευσης:": a
                // label of up to four words, the first capitalized.)
                const auto letterAt = [&](std::size_t k) { return static_cast<UChar32>(codePointAt(t, k)); };
                for (int words = 1; words < 4 && start >= 2 && u_islower(letterAt(start)) && t[start - 1] == ' '; ++words) {
                    std::size_t first = start - 1;
                    while (first > 0 && t[first - 1] != ' ') --first;
                    if (codePointCount(t.substr(first, at - first)) > 32) break;
                    start = first;
                }
                if (!u_isupper(letterAt(start)) && !u_istitle(letterAt(start))) {
                    std::size_t word = at;
                    while (word > 0 && t[word - 1] != ' ') --word;
                    start = word;
                }
                const bool label = at - start >= 2 && codePointCount(t.substr(start, at - start)) <= 32 &&
                                   (std::isupper(static_cast<unsigned char>(t[start])) || static_cast<unsigned char>(t[start]) >= 0xC3);
                if (label) labels.push_back(start);
            }
            // (Two will do when they are set in capitals: "WHEN: Saturdays WHERE: the community hall".)
            bool capitals = true;
            for (std::size_t start : labels) {
                for (std::size_t k = start; k < t.size() && t[k] != ':'; ++k) capitals = capitals && !std::islower(static_cast<unsigned char>(t[k]));
            }
            // (Or when the first names the writer: "Author: Omar Haddad Publish date: July 9, 2024".)
            const std::string firstLabel = lowerUtf8(t.substr(0, t.find(':')));
            const bool writer = firstLabel == "author" || firstLabel == "authors" || firstLabel == "byline" || firstLabel == "by" ||
                                firstLabel == "autor" || firstLabel == "autorin" || firstLabel == "auteur" || firstLabel == "autore" ||
                                firstLabel == "firma";
            if (labels.size() < (capitals || writer ? 2u : 3u) || labels.front() != 0) continue;
            std::vector<RawBlock> fields;
            for (std::size_t k = 0; k < labels.size(); ++k) {
                RawBlock field = raw[i];
                field.text = collapseWhitespace(t.substr(labels[k], (k + 1 < labels.size() ? labels[k + 1] : t.size()) - labels[k]));
                // (The fields nobody reads aloud go at once: "Status: Veröffentlicht", "Tags: …".)
                if (isUnreadField(lowerUtf8(field.text.substr(0, field.text.find(':'))))) field.text.clear();
                fields.push_back(std::move(field));
            }
            raw.erase(raw.begin() + static_cast<std::ptrdiff_t>(i));
            raw.insert(raw.begin() + static_cast<std::ptrdiff_t>(i), fields.begin(), fields.end());
            i += fields.size() - 1;
        }
    }

    static bool isUnreadField(const std::string& key) {
        static const std::set<std::string> kUnreadFields{"slug",  "section", "category",      "categories", "tags",
                                                          "status", "featured image", "image", "image caption", "url",
                                                          "source", "created", "publication", "updated", "modified",
                                                          // a notes app's own ("Last edited time: October 8, 2025 9:15 AM")
                                                          "last edited time", "last edited", "last edited by", "created time", "created by",
                                                          // a broadcast's running time and its presenter's credit
                                                          "duration", "durata", "dauer", "dur\xC3\xA9" "e", "duraci\xC3\xB3n", "dura\xC3\xA7\xC3\xA3o",
                                                          "duur", "conduce", "presenter", "presented by", "moderation", "pr\xC3\xA9sentation",
                                                          "presenta", "apresenta\xC3\xA7\xC3\xA3o",
                                                          // a forwarded email's header, a CMS's own fields
                                                          "from", "to", "subject", "sent", "cc", "reply-to", "desk", "editor",
                                                          // a forwarded e-mail's header in Dutch, German, French, Spanish, Italian, Portuguese
                                                          "van", "aan", "verzonden", "gesendet", "envoy\xC3\xA9", "enviado", "inviato", "enviada",
                                                          "kicker", "label", "priority", "word count", "wordcount",
                                                          "message-id", "content-type", "content-transfer-encoding", "mime-version",
                                                          "importance", "x-mailer", "in-reply-to", "references", "list-id",
                                                          "alternative headline", "alt headline", "alt hed", "alt head", "alternatieve kop", "prioritet",
                                                          // a CMS export's own line, and the writer's contact line after a story
                                                          "story id", "tagline", "credit",
                                                          // a draft's note of its pictures ("PIX: OL_results_01.jpg – Students at …")
                                                          "pix", "pic", "pics",
                                                          "kategori", "stikkord", "emneord", "prioridad", "priorit\xC3\xA0", "priorit\xC3\xA4t",
                                                          "lengte", "l\xC3\xA6ngde", "lengde", "l\xC3\xA4ngd",
                                                          // the same fields in the languages readcast reads most
                                                          "ressort", "rubrik", "kategorie", "schlagworte", "stichworte", "rubrique",
                                                          "cat\xC3\xA9gorie", "mots-cl\xC3\xA9s", "etiquetas", "secci\xC3\xB3n",
                                                          "categor\xC3\xAD" "a", "categoria", "sezione", "rubriek", "categorie",
                                                          "id", "statut", "estado", "stato", "derni\xC3\xA8re modification",
                                                          "extensi\xC3\xB3n", "extension", "length", "longueur", "lunghezza",
                                                          "words", "palabras", "mots", "parole", "w\xC3\xB6rter",
                                                          "keywords", "palavras-chave", "palabras clave", "parole chiave", "trefwoorden",
                                                          "stichw\xC3\xB6rter",
                                                          // a broadcast script's running times and cues ("Est. duration: 3:05", "OUTCUE: …")
                                                          "est. duration", "est duration", "estimated duration", "trt", "outcue", "out cue",
                                                          "incue", "in cue", "runs", "total", "total dur", "dur", "format",
                                                          "camera", "cameraman", "shot by", "edited by",
                                                          // a reading app's export: the title again, the reader's tags
                                                          "full title", "document tags"};
        if (kUnreadFields.count(key) != 0) return true;
        // A CMS's field named in code, "image_caption", "_hidden", "seo_title": its words are the same fields.
        if (key.find('_') == std::string::npos || key.find(' ') != std::string::npos) return false;
        std::string words = key;
        std::replace(words.begin(), words.end(), '_', ' ');
        words = collapseWhitespace(words);
        return words.empty() || key.front() == '_' || kUnreadFields.count(words) != 0 || words.find("seo") == 0 || words.find("image") == 0 ||
               words.find("meta") == 0;
    }

    // A CMS's fields named in code anywhere in the text, "image_caption: …", "_hidden: no", "pub_date:
    // 2025-03-14" (Lektor's fields between "---" lines): none is read; a caption is kept as one, a date
    // of publication taken when none is known.
    void takeCodeNamedFields(std::vector<RawBlock>& raw) {
        for (RawBlock& block : raw) {
            const std::size_t colon = block.text.find(':');
            if (colon == std::string::npos || colon == 0 || colon > 32) continue;
            const std::string key = block.text.substr(0, colon);
            const bool code = key.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") == std::string::npos &&
                              (key.find('_') != std::string::npos) && std::isalpha(static_cast<unsigned char>(key.back()));
            if (!code || (colon + 1 < block.text.size() && block.text[colon + 1] != ' ')) continue;
            const std::string value = collapseWhitespace(block.text.substr(colon + 1));
            if (key.size() >= 7 && key.compare(key.size() - 7, 7, "caption") == 0 && !value.empty()) {
                block.text = value;
                block.kind = BlockKind::Caption;
                continue;
            }
            if ((key.find("date") != std::string::npos || key.find("published") != std::string::npos) && !article_.published) {
                if (const auto d = parseDate(value)) article_.published = *d;
            }
            block.text.clear();
        }
    }

    // (French sets a space before the colon: "Titre : …", "Auteur : …"; the label is read without it.)
    void takeFieldLines(std::vector<RawBlock>& raw) {
        std::size_t seen = 0;
        bool prose = false;
        for (RawBlock& block : raw) {
            if (block.text.empty()) continue;
            if (++seen > 16) break;
            // (Fields stand over the text: once a paragraph of prose has come, "Length: 6.8km" is a fact box's.)
            prose = prose || (countWords(block.text) >= 20 && !isUnpunctuatedShortLine(block.text, SIZE_MAX) && block.text.find(": ") > 24);
            // "Alternative headlines:", "Alternativas de titular (elegir una):": a draft's other headlines,
            // listed under the label, none of them read.
            if (isAlternativeHeadlinesLabel(lowerUtf8(block.text))) {
                block.text.clear();
                for (RawBlock* next = &block + 1; next < raw.data() + raw.size() && (next->text.empty() || next->kind == BlockKind::ListItem ||
                                                                                      (plain_ && countWords(next->text) <= kMaxHeadlineWords &&
                                                                                       isUnpunctuatedShortLine(next->text, kMaxHeadlineWords)));
                     ++next) {
                    next->text.clear();
                }
                continue;
            }
            const std::size_t colon = block.text.find(':');
            if (colon == std::string::npos || colon > 24) continue;
            const std::string label = collapseWhitespace(block.text.substr(0, colon));
            const std::string key = lowerUtf8(label);
            const std::string value = collapseWhitespace(block.text.substr(colon + 1));
            // (An email's empty "To:" goes too.)
            if (value.empty() && (key == "to" || key == "cc" || key == "bcc")) block.text.clear();
            // "KOP:", "HEADLINE:": a draft's label over its headline on the next line, which is the title.
            if (value.empty() && (key == "kop" || key == "headline" || key == "hed" || key == "titel" || key == "titre" || key == "titular" ||
                                  key == "t\xC3\xADtulo" || key == "titolo" || key == "rubrik" || key == "overskrift")) {
                RawBlock* next = &block + 1;
                while (next < raw.data() + raw.size() && next->text.empty()) ++next;
                if (next < raw.data() + raw.size() && article_.title.empty() && countWords(next->text) <= kMaxHeadlineWords) {
                    article_.title = next->text;
                    next->text.clear();
                    block.text.clear();
                }
                continue;
            }
            // "Chapô :", "Corps :", "Body:": a label over the field's text on the lines below.
            if (value.empty()) {
                if (isFieldOverText(key)) block.text.clear();
                continue;
            }
            // "Versjon 2: Oppdatert med kommentar…", "Version 3: adds quote": a wire's note of its version.
            {
                const std::size_t space = key.rfind(' ');
                const std::string word = space == std::string::npos ? key : key.substr(0, space);
                const std::string number = space == std::string::npos ? "" : key.substr(space + 1);
                if ((word == "version" || word == "versjon" || word == "versi\xC3\xB3n" || word == "versione" || word == "vers\xC3\xA3o" ||
                     word == "versie" || word == "wersja") &&
                    !number.empty() && number.find_first_not_of("0123456789") == std::string::npos) {
                    block.text.clear();
                    continue;
                }
            }
            // An email's subject is its headline when nothing else gives one, less the marks of a reply, a
            // forward or an embargo: "FW: EMBARGOED 00:01 13/03: Northfield Health to open …".
            if (key == "subject" || key == "betreff" || key == "objet" || key == "asunto" || key == "oggetto" || key == "assunto" ||
                key == "onderwerp") {
                std::string subject = value;
                for (bool stripped = true; stripped;) {
                    stripped = false;
                    const std::size_t mark = subject.find(": ");
                    if (mark == std::string::npos || mark > 40) break;
                    const std::string prefix = lowerAscii(subject.substr(0, mark));
                    if (prefix == "re" || prefix == "fw" || prefix == "fwd" || prefix == "aw" || prefix == "wg" || prefix == "tr" ||
                        prefix == "rv" || prefix == "rif" || prefix == "enc" || prefix.rfind("embargo", 0) == 0 || prefix.rfind("press release", 0) == 0 ||
                        prefix.rfind("news release", 0) == 0 || prefix.rfind("media release", 0) == 0) {
                        subject = collapseWhitespace(subject.substr(mark + 2));
                        stripped = true;
                    }
                }
                if (article_.title.empty() && countWords(subject) >= 4 && countWords(subject) <= kMaxHeadlineWords) subjectTitle_ = subject;
                block.text.clear();
                continue;
            }
            // "Firma: Lucía Oms": a Spanish draft's signature among its fields (in Polish, "Firma:" is a company,
            // which no field of a draft's head names).
            if (key == "firma" && article_.byline.empty() && countWords(value) >= 2 && countWords(value) <= 4 && allWordsCapitalized(value) &&
                std::any_of(value.begin(), value.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; })) {
                article_.byline = value;
                block.text.clear();
                continue;
            }
            if (key == "title" || key == "headline" || key == "hed" || key == "head" || key == "titre" || key == "titular" ||
                key == "t\xC3\xADtulo" || key == "titolo" || key == "titel" || key == "tytu\xC5\x82" || key == "story title") {
                if (article_.title.empty()) article_.title = value;
            } else if (isAuthorKey(key) || key == "published" || key == "date" || key == "date de publication" || key == "publicatie" ||
                       key == "publicering" || key == "publiceringsdato" ||
                       key == "fecha de publicaci\xC3\xB3n" || key == "data di pubblicazione" || key == "data de publica\xC3\xA7\xC3\xA3o" ||
                       key == "datum" || key == "updated" || key == "last updated" || key == "modified" || key == "last modified") {
                // The byline and date lines' own pass takes them, where they stand, with the label as it knows it.
                // (A feed's author, "newsroom@techreport-daily.net (Ines Varga)": the name in its brackets, not the address.)
                if (isAuthorKey(key) && value.find('@') != std::string::npos && value.back() == ')' && value.find(" (") != std::string::npos &&
                    value.find('@') < value.find(" (")) {
                    const std::size_t open = value.find(" (");
                    block.text = label + ": " + value.substr(open + 2, value.size() - open - 3);
                    continue;
                }
                if (label.size() + 1 != colon + 1 || block.text[colon - 1] == ' ') block.text = label + ": " + value;
                continue;
            } else if (key == "excerpt" || key == "summary" || key == "teaser" || key == "dek" || key == "chap\xC3\xB4" || key == "chapeau" ||
                       key == "standfirst" || key == "entradilla" || key == "sumario" || key == "occhiello" || key == "vorspann" ||
                       key == "subhead" || key == "subheadline" || key == "sub-headline" || key == "sub-heading" || key == "subheading" ||
                       key == "deck" || key == "subtitle") {
                block.text = value;
                continue;
            } else if (key == "caption" || key == "l\xC3\xA9gende" || key == "pie de foto" || key == "didascalia" ||
                       key == "bildunterschrift" || key == "legenda" || key == "bijschrift") {
                block.text = value;
                block.kind = BlockKind::Caption;
                continue;
            } else if (!isUnreadField(key) || prose) {
                continue;
            }
            block.text.clear();
        }
    }

    bool takeWireCredit(const std::string& text) {
        if (text.size() < 16 || text.front() != '(' || text.back() != ')' || countWords(text) > 30) return false;
        const std::string inner = text.substr(1, text.size() - 2);
        const std::string lower = lowerUtf8(inner);
        // "(Bron: ANP, 4 juni 2024, 16.42 uur)", "(Source: AFP, 4 June 2024)": a wire's source and its date, at the
        // story's end.
        for (const char* source : {"bron:", "source:", "quelle:", "fuente:", "fonte:", "kilde:", "k\xC3\xA4lla:", "\xC5\xBAr\xC3\xB3" "d\xC5\x82o:"}) {
            if (lower.rfind(source, 0) != 0 || countWords(inner) > 12) continue;
            const std::size_t comma = inner.find(", ");
            if (comma == std::string::npos) return false;
            if (!article_.published) {
                if (const auto when = parseDate(inner.substr(comma + 2)); when && when->year > 0) article_.published = when;
            }
            return true;
        }
        for (const char* opening : {"reporting by ", "reportagem de ", "reportaje de ", "reportage de ", "informaci\xC3\xB3n de ",
                                    "additional reporting by ", "bericht von "}) {
            if (lower.rfind(opening, 0) != 0) continue;
            std::string names = inner.substr(std::strlen(opening));
            names = names.substr(0, names.find(';'));
            if (article_.byline.empty() && !cleanByline(names, "").names.empty()) article_.byline = collapseWhitespace(names);
            return true;
        }
        return false;
    }

    // A fact box's line: a short label and a value with a figure ("Length: 6.8km, seven new stops"); not a
    // draft's own notes and fields ("TK: …", "Sources: …", "Created: … · Modified: …").
    static bool isBoxFact(const std::string& t) {
        const std::size_t colon = t.find(": ");
        if (t.empty() || colon == std::string::npos || colon == 0 || countWords(t.substr(0, colon)) > 6 || countWords(t) > 16 ||
            t.find_first_of("0123456789", colon) == std::string::npos) {
            return false;
        }
        const std::string key = lowerUtf8(t.substr(0, colon));
        static const std::set<std::string> kDraftKeys{"tk", "sources", "source", "notes", "note", "todo", "to do", "contact", "contacts",
                                                      "fuentes", "quellen", "created", "modified", "updated", "status", "slug",
                                                      "word count", "wordcount", "id", "priority", "published", "date", "sent"};
        return !isAuthorKey(key) && kDraftKeys.count(key) == 0;
    }

    static bool isAuthorKey(const std::string& key) {
        return key == "author" || key == "authors" || key == "byline" || key == "auteur" || key == "autor" || key == "autora" ||
               key == "autore" || key == "autrice" || key == "autorin";
    }

    static bool isAlternativeHeadlinesLabel(const std::string& lower) {
        if (lower.empty() || lower.back() != ':' || countWords(lower) > 8) return false;
        for (const char* label : {"alternative headline", "alternativas de titular", "alt hed", "titres alternatifs", "alternative titel",
                                  "titoli alternativi", "t\xC3\xADtulos alternativos", "alternatieve koppen", "other headlines"}) {
            if (lower.rfind(label, 0) == 0) return true;
        }
        return false;
    }

    static bool isFieldOverText(const std::string& key) {
        static const std::set<std::string> kLabels{"body", "text", "story", "copy", "lead", "intro", "standfirst", "dek", "excerpt", "teaser",
                                                   "corps", "texte", "chap\xC3\xB4", "chapeau", "cuerpo", "texto", "entradilla",
                                                   "testo", "corpo", "occhiello", "vorspann", "haupttext", "tekst", "inleiding"};
        return kLabels.count(key) != 0;
    }

    // A newsletter's box copied with the story: its title, a line of pitch, its e-mail field
    // ("Suscríbete a nuestro boletín / Recibe cada mañana… / Introduce tu correo electrónico Suscribirme").
    // The pitch between two sign-up lines goes with them, and so does all that a page sets between
    // "skip past newsletter promotion" and "after newsletter promotion".
    static void dropSignUpBoxes(std::vector<RawBlock>& raw) {
        const auto signUp = [&](std::size_t k) {
            if (k >= raw.size() || raw[k].text.empty() || countWords(raw[k].text) > 15) return false;
            const std::string lower = lowerUtf8(raw[k].text);
            for (const char* word : {"newsletter", "bolet\xC3\xADn", "bulletin", "infolettre", "sign up", "subscribe", "suscr",
                                     "abonn", "inscri", "e-mail", "email", "correo"}) {
                if (lower.find(word) != std::string::npos) return true;
            }
            return false;
        };
        const auto nextText = [&](std::size_t k, int step) {
            for (k += step; k < raw.size() && raw[k].text.empty(); k += step) {
            }
            return k;
        };
        std::vector<std::size_t> drop;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i].text.empty()) continue;
            const std::string lower = lowerUtf8(raw[i].text);
            if (lower.rfind("skip past ", 0) == 0 && countWords(lower) <= 6) {
                const std::string what = lower.substr(10);
                for (std::size_t j = i + 1; j < raw.size() && j <= i + 12; ++j) {
                    if (lowerUtf8(raw[j].text) != "after " + what) continue;
                    for (std::size_t k = i; k <= j; ++k) drop.push_back(k);
                    break;
                }
                continue;
            }
            const std::size_t before = nextText(i, -1), after = nextText(i, 1);
            if (countWords(raw[i].text) <= 30 && signUp(before) && countWords(raw[before].text) <= 8 && signUp(after)) {
                drop.insert(drop.end(), {before, i, after});
            }
            // ("Sign up to Business Today" over "Free daily newsletter" over "Get set for the working day – we'll point you to
            // all the business news…": the box's name and kind, then its pitch to the reader.)
            if (const std::size_t name = before < raw.size() ? nextText(before, -1) : raw.size();
                countWords(raw[i].text) <= 30 && signUp(before) && countWords(raw[before].text) <= 8 && signUp(name) &&
                countWords(raw[name].text) <= 8 && (lower.find(" you") != std::string::npos || lower.find("your ") != std::string::npos)) {
                drop.insert(drop.end(), {name, before, i});
            }
            // ("Sign up to our Business Today newsletter" over "Get set for the working day – we'll point you to …": the box's
            // prompt naming its letter, then its pitch to the reader.)
            if (before < raw.size() && countWords(raw[i].text) <= 30 && countWords(raw[before].text) <= 10 &&
                [&] {
                    const std::string prompt = lowerUtf8(raw[before].text);
                    return startsWithAnyOf(prompt, {"sign up", "subscribe"}) && prompt.find("newsletter") != std::string::npos;
                }() &&
                (lower.find(" you") != std::string::npos || lower.find("your ") != std::string::npos) && lower.find('"') == std::string::npos &&
                lower.find("\xE2\x80\x9C") == std::string::npos) {
                drop.insert(drop.end(), {before, i});
            }
            // "Votre adresse e-mail" over "Je m'inscris": an address field and its button, in any language.
            const bool field = before < raw.size() && countWords(raw[before].text) <= 4 &&
                               (lowerUtf8(raw[before].text).find("mail") != std::string::npos ||
                                lowerUtf8(raw[before].text).find("correo") != std::string::npos);
            if (field && countWords(raw[i].text) <= 3 && isUnpunctuatedShortLine(raw[i].text, 3)) drop.insert(drop.end(), {before, i});
        }
        for (std::size_t k : drop) raw[k].text.clear();
    }

    // Plain text has no figures: a caption is known by the credit at its end, or by the photo credit on
    // the line right over it ("© Photo Claire Dubost / LCDV" over "Un autorail en essai…, le 21 mai.").
    static void markCreditedCaptions(std::vector<RawBlock>& raw) {
        for (std::size_t i = 0; i < raw.size(); ++i) {
            RawBlock& b = raw[i];
            if (b.kind != BlockKind::Paragraph || b.text.empty() || countWords(b.text) > 60) continue;
            // ("[Photo: Workers check solar panels … (Xinguang/Zhang Long)]": a caption in square brackets.)
            // ("[Image: A "For Sale" sign … (Logan Cyrus/Bloomberg via Getty Images)]" too.)
            const std::string head = lowerAscii(b.text.substr(0, 9));
            const bool bracketed = startsWithAnyOf(head, {"[photo:", "[photo ", "[foto:", "[image:", "[imagen:", "[imagem:", "[bild:", "[picture:", "[pic:"});
            // ("[Photographer: Victor J. Blue/Bloomberg]" over its caption, as a wire's page is copied: the line under it,
            // a short sentence, is the caption.)
            // A short sentence right over a credit is its caption, "Eleanor Voss at the arts center in 1994." over
            // "Courtesy of the Voss family" (and the story's first paragraph under it stays the story's).
            const bool captionOver = i > 0 && b.joined_to_previous && raw[i - 1].kind == BlockKind::Paragraph && !raw[i - 1].text.empty() &&
                                     countWords(raw[i - 1].text) <= 30 && !isUnpunctuatedShortLine(raw[i - 1].text, SIZE_MAX);
            // (Where a short sentence stands right over the credit, it is the caption, and the line under it the story's.)
            if (startsWithAnyOf(lowerAscii(b.text.substr(0, 14)), {"[photographer:", "photographer:"}) && countWords(b.text) <= 10) {
                b.kind = BlockKind::Credit;
                if (captionOver) {
                    raw[i - 1].kind = BlockKind::Caption;
                } else if (i + 1 < raw.size() && raw[i + 1].joined_to_previous && raw[i + 1].kind == BlockKind::Paragraph &&
                           countWords(raw[i + 1].text) <= 30 && !isUnpunctuatedShortLine(raw[i + 1].text, SIZE_MAX)) {
                    raw[i + 1].kind = BlockKind::Caption;
                }
                continue;
            }
            if (endsWithPhotoCredit(b.text) || bracketed) {
                b.kind = BlockKind::Caption;
                continue;
            }
            const std::string lower = lowerUtf8(b.text);
            const bool photoCredit = isPhotoCredit(b.text) ||
                                     (isCreditLine(b.text) && (lower.find("photo") != std::string::npos || lower.find("foto") != std::string::npos));
            // The credit under its caption: "(Jamal Reed / The Riverton Ledger)", "MARC ROLLAND / AFP",
            // "Derek Olsen/Harlow County Courier".
            if ((isSlashCredit(b.text) || (photoCredit && countWords(b.text) <= 8) || isGluedSlashCredit(b.text)) && captionOver) {
                raw[i - 1].kind = BlockKind::Caption;
                b.kind = BlockKind::Credit;
                continue;
            }
            // A photographer's name alone in capitals under a short sentence: "IKER ETXEBARRIA" under its caption.
            // (Not a label in capitals over a list of titles: "İLGİLİ HABERLER" over other stories.)
            const bool titlesUnder = i + 1 < raw.size() && raw[i + 1].joined_to_previous && isUnpunctuatedShortLine(raw[i + 1].text, 20);
            if (i > 0 && b.joined_to_previous && isCapitalizedName(b.text) && raw[i - 1].kind == BlockKind::Paragraph && !titlesUnder &&
                !raw[i - 1].text.empty() && countWords(raw[i - 1].text) <= 40 && !isUnpunctuatedShortLine(raw[i - 1].text, SIZE_MAX)) {
                raw[i - 1].kind = BlockKind::Caption;
                b.text.clear();
                continue;
            }
            if (!photoCredit || i + 1 >= raw.size()) continue;
            RawBlock& under = raw[i + 1];
            // (A caption without its full stop too, as the BBC sets one under "Getty Images": "Waves crash against the
            // harbour wall at Portrush, Co Antrim, on Wednesday".)
            if (under.joined_to_previous && under.kind == BlockKind::Paragraph && countWords(under.text) <= 40 &&
                (!isUnpunctuatedShortLine(under.text, SIZE_MAX) || countWords(under.text) >= 6)) {
                under.kind = BlockKind::Caption;
            }
        }
    }

    // "Derek Olsen/Harlow County Courier": a photographer glued to the outlet by a slash, nothing else.
    static bool isGluedSlashCredit(const std::string& line) {
        const std::string t = collapseWhitespace(line);
        const std::size_t slash = t.find('/');
        if (slash == std::string::npos || slash == 0 || t.find('/', slash + 1) != std::string::npos || t[slash - 1] == ' ' ||
            slash + 1 >= t.size() || t[slash + 1] == ' ' || countWords(t) > 8 || t.find_first_of(".!?;:,") != std::string::npos) {
            return false;
        }
        for (const std::string& w : splitWords(t.substr(0, slash) + " " + t.substr(slash + 1))) {
            if (!std::isupper(static_cast<unsigned char>(w[0])) && w != "of" && w != "the") return false;
        }
        return true;
    }

    // "IKER ETXEBARRIA": two or three words in capitals, none of them a small word of a heading.
    static bool isCapitalizedName(const std::string& line) {
        const std::vector<std::string> words = splitWords(collapseWhitespace(line));
        if (words.size() < 2 || words.size() > 3 || isBoilerplate(line) || isSponsorLabel(line)) return false;
        for (const std::string& w : words) {
            if (w.size() < 2 || !inCapitalsOnly(w) || w.find_first_of("0123456789.,:;!?/()") != std::string::npos) return false;
            for (const char* small : {"THE", "A", "AN", "OF", "AND", "IN", "ON", "FOR", "TO", "WITH", "LA", "EL", "LE", "DE", "DER", "DIE", "DAS"}) {
                if (w == small) return false;
            }
        }
        return true;
    }

    // "(Jamal Reed / The Riverton Ledger)", "MARC ROLLAND / AFP": a photographer and an outlet, parted by a
    // slash, in brackets or in capitals, and nothing else.
    static bool isSlashCredit(const std::string& line) {
        std::string t = collapseWhitespace(line);
        const bool bracketed = t.size() > 2 && t.front() == '(' && t.back() == ')';
        if (bracketed) t = t.substr(1, t.size() - 2);
        const std::size_t slash = t.find(" / ");
        if (slash == std::string::npos || t.find(" / ", slash + 3) != std::string::npos || countWords(t) > 9 ||
            t.find_first_of(".!?;:") != std::string::npos) {
            return false;
        }
        bool capitals = true;
        for (char c : t) capitals = capitals && !std::islower(static_cast<unsigned char>(c));
        const auto nameShaped = [](const std::string& part) {
            const std::vector<std::string> words = splitWords(part);
            if (words.empty() || words.size() > 5) return false;
            for (const std::string& w : words) {
                if (!std::isupper(static_cast<unsigned char>(w[0])) && w != "of" && w != "the" && w != "de") return false;
            }
            return true;
        };
        return (bracketed || capitals) && nameShaped(t.substr(0, slash)) && nameShaped(t.substr(slash + 3));
    }

    // A page copied from a browser: the site's name, its menu, a cookie notice, a section label over the
    // headline. The story begins where two paragraphs of prose come close together; the headline is the
    // first of the title-shaped lines right above the byline and date lines (or above the story, past
    // its picture's caption and the share buttons), and the one after it, if any, its standfirst.
    // Whatever stands above the headline is the page's, once it holds no prose of its own.
    static bool isSlashedSectionPath(const std::string& line) {
        if (line.find(" / ") == std::string::npos || countWords(line) > 7 || line.find_first_of("0123456789.,:;!?\"'") != std::string::npos) {
            return false;
        }
        for (std::size_t from = 0; from <= line.size();) {
            const std::size_t at = std::min(line.find(" / ", from), line.size());
            const std::string part = line.substr(from, at - from);
            if (countWords(part) == 0 || countWords(part) > 3 || !allWordsCapitalized(part)) return false;
            from = at + 3;
        }
        return true;
    }

    static std::string withoutBreakingLabel(const std::string& line) {
        for (const char* label : {"BREAKING NEWS | ", "BREAKING NEWS: ", "BREAKING | ", "BREAKING: ", "Breaking | ", "Breaking: "}) {
            if (line.rfind(label, 0) == 0) return line.substr(std::strlen(label));
        }
        return line;
    }

    bool takePastedHeadline(std::vector<RawBlock>& raw, const std::vector<bool>& menu) {
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
            const bool ticker = isTickerLine(t) || isCodeLine(t) || isNavigationLine(t);
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
            return !t.empty() && !menu[k] && !pointed && !ticker && !numbered && !section && !span && words >= 4 && words <= kMaxHeadlineWords &&
                   listRun < 3 && !isMastheadOverMenu(raw, k, menu) && t.find("://") == std::string::npos &&
                   (isUnpunctuatedShortLine(bare, kMaxHeadlineWords) || t.back() == '?') && !isBoilerplate(t) && !isMenuRow(t) &&
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
        return true;
    }

    static std::string joinWords(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
        std::string out;
        for (std::size_t k = from; k < to; ++k) out += (out.empty() ? "" : " ") + words[k];
        return out;
    }

    // "Börsenblick.de – Nachrichten, Kurse, Analysen", "ВЕСТИ ПОВОЛЖЬЯ — новости региона": a masthead's name
    // without the tagline after its dash ("Vesti Povolzhya" in capitals stays as the page sets it).
    static std::string withoutTagline(const std::string& masthead) {
        for (const char* dash : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", " | "}) {
            const std::size_t at = masthead.find(dash);
            if (at == std::string::npos || at == 0) continue;
            const std::string name = collapseWhitespace(masthead.substr(0, at));
            const std::string tagline = collapseWhitespace(masthead.substr(at + std::strlen(dash)));
            if (countWords(name) <= 4 && countWords(tagline) >= 2) return name;
        }
        return masthead;
    }

    static bool namedAgainBelow(const std::vector<RawBlock>& raw, std::size_t line, std::size_t story) {
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

    // "Harriet Okafor Environment correspondent": a writer's name (two capitalized words first) and a job
    // with nothing between, at most `maxWords` words, no comma or bar; the byline's cleaning leaves the
    // name, of two words at least.
    static bool isNameWithJob(const std::string& line, std::size_t maxWords) {
        if (countWords(line) > maxWords || !isJobTitleLine(line) || line.find_first_of(",|") != std::string::npos) return false;
        const std::vector<std::string> words = splitWords(line);
        // (A job and its desk, "Redaktorin Stadt Zürich", is no name.)
        return words.size() >= 3 && startsCapitalized(words[0]) && startsCapitalized(words[1]) && !isJobTitleLine(words[0]) &&
               splitWords(cleanByline(line, "").names).size() >= 2;
    }

    // "8–10 minutes", "4 min read", "Lesezeit: 3 Minuten": how long the story takes to read.
    static bool isReadingTime(const std::string& line) {
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
    static bool isDayOfMonth(const std::string& line) {
        const std::vector<std::string> words = splitWords(line);
        if (words.size() != 2) return false;
        const auto day = [](const std::string& w) {
            return w.size() <= 2 && w.find_first_not_of("0123456789") == std::string::npos && std::stoi(w) >= 1 && std::stoi(w) <= 31;
        };
        return (monthFromName(words[0]) != 0 && day(words[1])) || (day(words[0]) && monthFromName(words[1]) != 0);
    }

    // "Oliver Chen-Whitfield", "Lucía Ferrándiz Soler": two to four capitalized words of letters; or two
    // such names joined, a live page's "Priya Nandakumar (now) and Liam Hart (earlier)".
    static bool isBareName(const std::string& line) {
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
    static bool isMenuRow(const std::string& line) {
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

    // A kicker over the headline ("Biz & IT —", "Analysis", "Exclusive"): the section or the genre of the
    // story, a short heading before the page's h1 and before any of the story's text.
    void dropKickers(std::vector<RawBlock>& raw) const {
        if (plain_) return;
        // (A label set as a line of its own, "Match Report", is one too: a few words, no sentence.)
        // (Or a section's path, "Life & Style | Food", "News > World", each part a few words.)
        const auto label = [](const RawBlock& b) {
            if (b.kind != BlockKind::Paragraph) return false;
            if (countWords(b.text) <= 3 && isUnpunctuatedShortLine(b.text, 3)) return true;
            for (const char* mark : {" | ", " > ", " \xC2\xBB ", " / "}) {
                if (b.text.find(mark) == std::string::npos || countWords(b.text) > 8 || !isUnpunctuatedShortLine(b.text, 8)) continue;
                bool parts = true;
                for (std::size_t from = 0; parts && from <= b.text.size();) {
                    const std::size_t at = std::min(b.text.find(mark, from), b.text.size());
                    const std::string part = b.text.substr(from, at - from);
                    const std::vector<std::string> words = splitWords(part);
                    parts = !words.empty() && words.size() <= 4 && std::all_of(words.begin(), words.end(), [](const std::string& w) {
                        return w == "&" || w == "and" || std::isupper(static_cast<unsigned char>(w[0]));
                    });
                    from = at + std::strlen(mark);
                }
                if (parts) return true;
            }
            return false;
        };
        std::size_t headline = raw.size();
        for (std::size_t i = 0; i < raw.size() && headline == raw.size(); ++i) {
            if (raw[i].kind == BlockKind::Heading && raw[i].level == 1 && !raw[i].text.empty()) headline = i;
            if (raw[i].kind != BlockKind::Heading && !raw[i].text.empty() && !label(raw[i])) return;  // text comes before any h1
        }
        for (std::size_t i = 0; i < headline && headline < raw.size(); ++i) {
            if ((raw[i].kind == BlockKind::Heading && countWords(raw[i].text) <= 5) || label(raw[i])) raw[i].text.clear();
        }
    }

    // From the end of the article back to its last real paragraph: author bios and contact lines, calls
    // to action, publisher notes, link lists, "About the author", a bare name line. The walk stops at
    // the first block that is none of these, so nothing inside the story is judged by its words alone.
    void dropTrailingFurniture(std::vector<RawBlock>& raw) const {
        // A wire's words about itself among the last lines, "Meridian Wire … is the world's leading provider of
        // multimedia news": left out on their own, the lines over them still judged as the story's.
        // (The last sentence of the text, past the lines of the page's foot: a story about an agency says the same
        // earlier on.)
        for (std::size_t k = raw.size(), seen = 0; k-- > 0 && seen < 10;) {
            const std::string& t = raw[k].text;
            if (t.empty()) continue;
            ++seen;
            if (isPublisherSelfDescription(t)) {
                raw[k].text.clear();
                break;
            }
            if (!(isBoilerplate(t) || isCreditLine(t) || isUnpunctuatedShortLine(t, 12) || raw[k].kind == BlockKind::Caption ||
                  raw[k].kind == BlockKind::Credit)) {
                break;
            }
        }
        std::vector<std::size_t> drop;
        std::size_t i = raw.size();
        while (i-- > 0) {
            const RawBlock& block = raw[i];
            // (A wire's credit line, "(Compiled by … desk; Editing by …)", closes its story: what stands over it is
            // the story's, results and tables too.)
            if (plain_ && !block.text.empty() &&
                startsWithAnyOf(lowerUtf8(block.text), {"(compiled by", "(reporting by", "(editing by", "(writing by", "compiled by",
                                                        // Reuters' own services in Spanish and Portuguese
                                                        "(reporte de", "(reporte adicional de", "(editado por", "(reportagem de",
                                                        "(edi\xC3\xA7\xC3\xA3o de",
                                                        "reporting by", "editing by"})) {
                raw[i].text.clear();
                break;
            }
            // Captions and credits are never read: passed over, kept for what they are.
            if (block.text.empty() || block.kind == BlockKind::Caption || block.kind == BlockKind::Credit || isCreditLine(block.text)) {
                continue;
            }
            const std::string& text = block.text;
            // A bare name under "About the author", or a label introducing a list of links ("More news:").
            // (Or in a script without capitals: "김민준 기자", a reporter's name and title in an editors' box.)
            const bool name = isUnpunctuatedShortLine(text, 4) &&
                              (std::isupper(static_cast<unsigned char>(text[0])) || static_cast<unsigned char>(text[0]) >= 0xE3) &&
                              text.find_first_of("0123456789,") == std::string::npos;
            const bool label = name || (text.back() == ':' && countWords(text) <= 6);
            // In pasted text, what follows the story's last sentence and is no sentence: the titles of
            // other stories ("• Bulldogs land top recruit"), "Lo más leído", "Comments (212)", "Tags: …".
            const std::string lower = lowerUtf8(text);
            const bool tags = countWords(text) <= 20 &&
                              startsWithAnyOf(lower, {"tags:", "tag:", "etiquetas:", "mots-cl\xC3\xA9s", "schlagw\xC3\xB6rter:", "temas:",
                                                      "keywords:", "topics:", "component:", "components:", "tematy:", "trefwoorden:", "argomenti:"});
            // (Between furniture already found under it and a label over it, "Top Stories": the previous line.)
            std::size_t above = i;
            while (above > 0 && raw[above - 1].text.empty()) --above;
            const bool underLabel = above > 0 && isUnpunctuatedShortLine(raw[above - 1].text, 4);
            // (A sentence signed in brackets after its full stop, "… the council said. (Peter Kamau)", is punctuated.)
            const bool pastedChrome = tags || (plain_ && (isCommentsHeading(withoutBracketedCount(lower)) ||
                                                          (block.kind != BlockKind::Heading && isUnpunctuatedShortLine(withoutClosingSignature(text), 15)) ||
                                                          // (Longer, two teasers' titles run together by unwrapping, under a label and over
                                                          // furniture: no sentence ends in it. A story's last paragraph may lack its stop.)
                                                          (block.kind == BlockKind::Paragraph && !drop.empty() && underLabel &&
                                                           isUnpunctuatedShortLine(text, 25) && text.find(". ") == std::string::npos &&
                                                           text.find("? ") == std::string::npos && text.find("! ") == std::string::npos)));
            const bool step = isStepAskingTheReader(block);
            // (An obituary closes on its subject's life in a line without a stop, "Margaret Ellison, physicist and broadcaster,
            // born 3 March 1932; died 29 January 2025": the story's last words.)
            const bool lifeLine = text.find_first_of("0123456789") != std::string::npos &&
                                  ((lower.find("born ") != std::string::npos && lower.find("died ") != std::string::npos) ||
                                   (lower.find("geboren") != std::string::npos && lower.find("gestorben") != std::string::npos) ||
                                   (lower.find("n\xC3\xA9") != std::string::npos && lower.find("mort") != std::string::npos));
            // (A footer's row of links, "Customer Service | Privacy Policy | Terms of Service", however long.)
            // (The writers' names signed again under the story, and the publication's pitch for its newsletter.)
            const bool signedAgain = isBylineSignedAgain(text, article_.byline);
            const bool pitch = isNewsletterPitch(text, article_.site);
            // (The page's dates repeated at its foot, "18 Feb 2025", are no sentence of the story's.)
            // (Only over furniture found already, and not under a label that introduces it, "When:".)
            const bool dates = plain_ && !drop.empty() && isBareDateLine(text) && !(above > 0 && raw[above - 1].text.ends_with(":"));
            const bool furniture = pastedChrome || signedAgain || pitch || dates || (plain_ && isMenuRow(text)) || isAuthorBio(text) || isBioOfByline(text, article_.byline) ||
                                   isContactLine(text) || isPostalAddressLine(text) ||
                                   ((isBoilerplate(text) || isCallToAction(text)) && !step) || isAboutHeading(block) || label ||
                                   (block.link_density >= 0.5 && countWords(text) <= 25) ||
                                   // A house note set all in italics with a link in it ("Tech Enabled: …
                                   // Check it out here."): a promo for other pages, not the story's end.
                                   (block.italic_share >= 0.9 && block.link_density > 0 && countWords(text) <= 60) ||
                                   // The writer introduced in italics: "Jane Doe is a retired engineer…".
                                   (block.italic_share >= 0.9 && introducesAPerson(text) && countWords(text) <= 80);
            // (A fact box at the story's end is the story's: three lines of a label and a figure in a row,
            // "Length: 6.8km" over "Cost: £412m" over "Expected opening: summer 2029".)
            const auto fact = [&](std::size_t k) { return k < raw.size() && isBoxFact(raw[k].text); };
            if (plain_ && fact(i) && ((i >= 2 && fact(i - 1) && fact(i - 2)) || (i >= 1 && fact(i - 1) && fact(i + 1)))) break;
            if (plain_ && isFigureListItem(raw, i)) break;
            // ("At under ₹50,000, the X5 Pro is the most complete phone you can buy. For queries, write to reviews@…": a
            // story's last paragraph that ends on the desk's note keeps its story; the note goes.)
            if (furniture && block.kind == BlockKind::Paragraph && (isBoilerplate(text) || isContactLine(text))) {
                const std::size_t cut = text.rfind(". ", text.size() >= 2 ? text.size() - 2 : 0);
                // (The story's part a sentence of prose, its words mostly small: a company's address before its registration,
                // "The Morning Dose Ltd, 20 Farringdon Road, London EC1M 3HE.", is none.)
                std::size_t small = 0;
                for (const std::string& w : splitWords(text.substr(0, cut == std::string::npos ? 0 : cut))) {
                    small += std::islower(static_cast<unsigned char>(w[0])) != 0;
                }
                if (cut != std::string::npos && countWords(text.substr(0, cut)) >= 8 && small * 2 >= countWords(text.substr(0, cut))) {
                    const std::string story = text.substr(0, cut + 1);
                    if (!isBoilerplate(story) && !isContactLine(story) && !isAuthorBio(story) && !isBioOfByline(story, article_.byline) &&
                        !isNewsletterPitch(story, article_.site) && block.link_density < 0.5) {
                        raw[i].text = story;
                        break;
                    }
                }
            }
            if (!furniture || lifeLine) break;
            drop.push_back(i);
        }
        // A page that is nothing but such lines keeps them: there is no story to protect from them.
        if (i == static_cast<std::size_t>(-1)) return;
        for (std::size_t k : drop) raw[k].text.clear();
        // The editor's initials or the agency closing the story: "… voraus. (bsc)", "… (dpa)".
        std::string& last = raw[i].text;
        const std::size_t open = last.rfind(" (");
        if (open != std::string::npos && last.back() == ')' && last.size() - open >= 5 && last.size() - open <= 9) {
            const std::string inside = last.substr(open + 2, last.size() - open - 3);
            const bool initials = inside.find_first_not_of("abcdefghijklmnopqrstuvwxyz/") == std::string::npos &&
                                  inside != "sic" && inside != "ed";
            const bool sentenceBefore = open > 0 && (last[open - 1] == '.' || last[open - 1] == '!' || last[open - 1] == '?' ||
                                                     last[open - 1] == '"');
            if (initials && sentenceBefore) last.erase(open);
        }
        // (Or its name after a dash: "… at Thursday's close. – Bernama", "… said. - Reuters".)
        for (const char* dash : {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", " --"}) {
            const std::size_t at = last.rfind(dash);
            if (at == std::string::npos || at == 0 || std::strchr(".!?\"", last[at - 1]) == nullptr) continue;
            std::string agency = collapseWhitespace(last.substr(at + std::strlen(dash)));
            while (!agency.empty() && (agency.back() == '.' || agency.back() == ' ')) agency.pop_back();
            if (!agency.empty() && countWords(agency) <= 3 && isNewsAgency(agency)) {
                last.erase(at);
                break;
            }
        }
    }

    // A line of figures in a list the story sets out at its end, under its own words ("Sydney median house prices:"
    // over "2015 - $1.01m", "2020 - $1.14m"; "BY THE NUMBERS" over "$1.2 trillion — the backlog's value"): two lines at
    // least, each with a figure, under a label or a heading that no list of links has.
    static bool isFigureListItem(const std::vector<RawBlock>& raw, std::size_t i) {
        const auto figureLine = [&](std::size_t k) {
            const std::string& t = raw[k].text;
            return !t.empty() && raw[k].kind != BlockKind::Heading && raw[k].link_density < 0.5 && countWords(t) <= 15 &&
                   opensOnFigure(collapseWhitespace(t));
        };
        if (!figureLine(i)) return false;
        std::size_t top = i, items = 0;
        for (std::size_t k = i + 1; k-- > 0;) {
            if (raw[k].text.empty()) continue;
            if (!figureLine(k)) break;
            top = k;
            ++items;
        }
        for (std::size_t k = i + 1; k < raw.size(); ++k) {
            if (raw[k].text.empty()) continue;
            if (!figureLine(k)) break;
            ++items;
        }
        std::size_t label = top;
        while (label > 0 && raw[label - 1].text.empty()) --label;
        if (items < 2 || label == 0) return false;
        const RawBlock& over = raw[label - 1];
        // (Its rules taken off: "=== BY THE NUMBERS ===", "**Key figures**".)
        std::string bare = collapseWhitespace(over.text);
        const std::size_t from = bare.find_first_not_of("=*#-_ ");
        bare = from == std::string::npos ? "" : bare.substr(from, bare.find_last_not_of("=*#-_ ") + 1 - from);
        const bool colon = !bare.empty() && bare.back() == ':' && countWords(bare) >= 2 && countWords(bare) <= 10;
        // (A pasted text's heading is a short line without its stop, "BY THE NUMBERS", "=== BY THE NUMBERS ===".)
        const bool heading = (over.kind == BlockKind::Heading || isUnpunctuatedShortLine(bare, 8)) && countWords(bare) <= 8;
        return (colon || heading) && over.link_density < 0.5 && !isRelatedLabel(bare) && !isBoilerplate(bare);
    }

    // The closing sections of a wiki or an essay: its notes, sources and lists of links, in the languages
    // whose pages the corpus holds most.
    static bool isRelatedLabel(const std::string& text) {
        // ("More from Cities", "Meer uit Regio", "Mer från Norrbotten": more of a section, a few words.)
        const std::string lower = lowerUtf8(collapseWhitespace(text));
        if (countWords(lower) <= 5 && startsWithAnyOf(lower, {"more from ", "more in ", "meer uit ", "mer fr\xC3\xA5n ", "mehr aus ",
                                                               "m\xC3\xA1s de ", "plus de ", "altro da ", "mais de ", "wi\xC4\x99" "cej z ",
                                                               "flere fra ", "mere fra "})) {
            return true;
        }
        static const std::set<std::string> kLabels{
            "related", "relatedstories", "relatedarticles", "relatedreading", "readmore", "moreonthis", "seealso", "readnext",
            "gerelateerd", "gerelateerdeartikelen", "leesook", "meeroverditonderwerp", "verwandteartikel", "mehrzumthema",
            "lesensieauch", "articlesconnexes", "lireaussi", "asurlememesujet", "articolicorrelati", "leggianche",
            "noticiasrelacionadas", "relacionados", "tepuedeinteresar", "materiasrelacionadas", "leiatambem",
            "not\xC3\xAD" "ciasrelacionadas", "mat\xC3\xA9" "riasrelacionadas", "leiatamb\xC3\xA9" "m", "art\xC3\xAD" "culosrelacionados",
            "relatedposts", "similarposts", "youmightalsolike", "youmayalsolike", "topics", "relatedtopics", "\xC3\xA4hnlichebeitr\xC3\xA4ge",
            "artigosrelacionados", "postsrelacionados", "relateradeartiklar", "relaterat", "powi\xC4\x85zaneartyku\xC5\x82y",
            "czytajtak\xC5\xBC" "e", "gerelateerdeberichten",
            // Czech, Slovak, Romanian, Turkish, Greek; and a note app's own
            "souvisej\xC3\xAD" "c\xC3\xAD", "souvisej\xC3\xAD" "c\xC3\xAD\xC4\x8Dl\xC3\xA1nky", "s\xC3\xBAvisiace", "articolecorelate",
            "ilgiliyaz\xC4\xB1lar", "ilgilihaberler", "\xCF\x83\xCF\x87\xCE\xB5\xCF\x84\xCE\xB9\xCE\xBA\xCE\xAC", "relatednotes", "backlinks",
            "linkedmentions",
            // what the site's readers read most: "Trending", "Most read", "Popular now"
            "trending", "trendingnow", "mostread", "mostpopular", "popularnow", "mostviewed", "editorspicks"};
        return kLabels.count(foldForComparison(lower)) != 0;
    }

    // "Links", "Show notes", "Links & references": a heading over a list of links (its items addresses or
    // links), not over a paragraph ("## Links\n\nInclude links to your profile…" in an article of advice).
    // "More obituaries" over other stories' cut-off openings, "Jabu Khanyile: musician whose voice …": a list
    // of two or more short items that each stop on an ellipsis, which no story's own list does, under a
    // heading of a few words that starts "More". (Their items need not be links: a box of teasers whose
    // links sit on a wrapper around each item still says what it is by its cut-off lines.)
    static bool isMoreOverTeasers(const std::vector<RawBlock>& raw, std::size_t i, const std::string& lower) {
        // (More of the site's: "More obituaries", "More stories", "More from Sport"; "More front pages" over a press review's
        // items is the story's.)
        if (lower.rfind("more ", 0) != 0 || countWords(lower) > 4 ||
            !containsAnyOf(lower, {"obituaries", "stories", "news", "articles", "videos", "headlines", "reads", "posts", "from ", "in ",
                                   "on ", "like this", "coverage", "reviews", "opinion", "podcasts", "galleries"})) {
            return false;
        }
        std::size_t items = 0;
        for (std::size_t k = i + 1; k < raw.size() && (raw[k].text.empty() || raw[k].kind == BlockKind::ListItem); ++k) {
            if (raw[k].text.empty()) continue;
            std::string t = raw[k].text;
            while (!t.empty() && t.back() == ' ') t.pop_back();
            const bool cut = t.ends_with("...") || t.ends_with("\xE2\x80\xA6");
            if ((!cut && raw[k].link_density < 0.5) || countWords(t) > 25) return false;
            ++items;
        }
        return items >= 2;
    }

    static bool isLinksHeadingOverLinks(const std::vector<RawBlock>& raw, std::size_t i, std::string lower) {
        while (!lower.empty() && (lower.back() == ':' || lower.back() == ' ')) lower.pop_back();
        // ("Links & references", "Episode links" head their section whatever is under them: isReferenceSectionHeading.)
        if (lower != "links" && lower != "show notes" && lower != "useful links" && lower != "further links") {
            return false;
        }
        std::size_t next = i + 1;
        while (next < raw.size() && raw[next].text.empty()) ++next;
        return next < raw.size() && raw[next].kind == BlockKind::ListItem &&
               (raw[next].link_density >= 0.5 || raw[next].text.find("://") != std::string::npos ||
                (next + 1 < raw.size() && raw[next + 1].kind == BlockKind::ListItem));
    }

    // "## Notes" over the column's own items ("Ruiz, 34, has a 6.14 ERA …"): a heading of the story's, not
    // its footnotes or references, which are numbered or marked, short, or links.
    static bool isStoryUnderNotes(const std::vector<RawBlock>& raw, std::size_t i, std::string lower) {
        while (!lower.empty() && (lower.back() == ':' || lower.back() == ' ')) lower.pop_back();
        if (lower != "notes" && lower != "note") return false;
        std::size_t next = i + 1;
        while (next < raw.size() && raw[next].text.empty()) ++next;
        if (next >= raw.size() || raw[next].kind == BlockKind::Heading) return false;
        const std::string& text = raw[next].text;
        const unsigned char first = static_cast<unsigned char>(text[0]);
        // (A footnote's mark: a figure, "[1]", "*", "¹", "†"; a letter of any script opens the story's own.)
        const bool marked = !std::isalpha(first) && !(first >= 0xC3 && first < 0xE2);
        return countWords(text) >= 12 && !marked && raw[next].link_density < 0.3 && text.find("://") == std::string::npos;
    }

    // "REACCIONES", "Réactions" over the story's own next paragraph: a wire's subheading over what the parties said,
    // not the readers' thread (which opens on a name, a count or a short line, and is no reported paragraph).
    static bool isStoryUnderReactions(const std::vector<RawBlock>& raw, std::size_t i, std::string lower) {
        while (!lower.empty() && (lower.back() == ':' || lower.back() == ' ' || lower.back() == '.')) lower.pop_back();
        static const std::set<std::string> kStoryWords{"reactions", "reacciones", "r\xC3\xA9" "actions", "reacties", "rea\xC3\xA7\xC3\xB5" "es",
                                                       "reazioni", "reaktionen", "reakcje", "opiniones"};
        if (kStoryWords.count(lower) == 0) return false;
        std::size_t next = i + 1;
        while (next < raw.size() && raw[next].text.empty()) ++next;
        if (next >= raw.size() || raw[next].kind != BlockKind::Paragraph) return false;
        const std::string& text = raw[next].text;
        return countWords(text) >= 20 && raw[next].link_density < 0.3 && text.find("://") == std::string::npos;
    }

    static bool isReferenceSectionHeading(std::string lower) {
        // (With its colon too: "Notes to editors:".)
        while (!lower.empty() && (lower.back() == ':' || lower.back() == ' ')) lower.pop_back();
        static const std::set<std::string> kHeadings{
            "links & references", "links and references", "episode links", "resources mentioned",
            "notes", "references", "sources", "external links", "further reading", "see also", "bibliography",
            "citations", "works cited", "einzelnachweise", "weblinks", "literatur", "quellen", "références",
            "liens externes", "voir aussi", "bibliographie", "referencias", "enlaces externos", "véase también",
            "bibliografía", "collegamenti esterni", "voci correlate", "bibliografia", "referências", "ligações externas",
            "ver também", "our sources", "notes to editors", "note to editors", "notes for editors", "take action"};
        return kHeadings.count(lower) != 0;
    }

    // A step in a list of the story's own that asks the reader to do something ("Compare with the chart,
    // and send us your estimate"): only a short item is a prompt.
    static bool isStepAskingTheReader(const RawBlock& block) {
        if (block.kind != BlockKind::ListItem) return false;
        // (A short step of instructions, "2. Visit https://ghana.waecdirect.org.": a sentence with its full stop, where a
        // menu's or a footer's link has none.)
        const std::string lower = lowerUtf8(block.text);
        if (countWords(block.text) <= 12 && !block.text.empty() && block.text.back() == '.' &&
            startsWithAnyOf(lower, {"visit ", "go to ", "log on to ", "log in to ", "dial ", "enter ", "text ", "sms ", "open ", "select "})) {
            return true;
        }
        return countWords(block.text) > 12 && isCallToAction(block.text) && !isLinkOut(block.text);
    }

    // "comments (212)" -> "comments".
    static std::string withoutBracketedCount(std::string lower) {
        const std::size_t open = lower.rfind(" (");
        if (open != std::string::npos && lower.back() == ')' &&
            lower.find_first_not_of("0123456789", open + 2) == lower.size() - 1) {
            lower.erase(open);
        }
        return lower;
    }

    // "Comments", "12 comments", "Comentarios", "Réagir à cet article": the readers' thread after the story.
    static bool isCommentsHeading(const std::string& lower) {
        std::string h = lower;
        while (!h.empty() && (std::isdigit(static_cast<unsigned char>(h.front())) || h.front() == ' ')) h.erase(0, 1);
        // (The count after it too: "댓글 4", "Comments 12".)
        while (!h.empty() && (h.back() == ':' || h.back() == '.' || h.back() == ' ' || std::isdigit(static_cast<unsigned char>(h.back())))) {
            h.pop_back();
        }
        static const std::set<std::string> kHeadings{
            "comments", "comment", "reader comments", "readers' comments", "responses", "discussion", "join the conversation",
            "comentarios", "comentários", "commentaires", "kommentare", "leserkommentare", "commenti", "reacties",
            "réactions", "reacciones", "opiniones", "what listeners say", "what readers say",
            "reviews", "ratings and reviews", "customer reviews", "komentarze", "kommentarer", "yorumlar", "komment\xC3\xA1\xC5\x99" "e",
            // a platform's or a blog's form for them
            "discussion about this post", "leave a reply", "kommentar verfassen", "schreibe einen kommentar", "deja una respuesta",
            "laisser une r\xC3\xA9ponse", "lascia un commento", "deixe um coment\xC3\xA1rio", "deixe uma resposta", "geef een reactie",
            "l\xC3\xA4mna en kommentar", "skriv en kommentar", "dodaj komentarz", "napisz komentarz",
            // beyond Latin letters: Korean, Japanese, Chinese, Russian, Arabic; and Indonesian
            "\xEB\x8C\x93\xEA\xB8\x80", "\xE3\x82\xB3\xE3\x83\xA1\xE3\x83\xB3\xE3\x83\x88", "\xE8\xAF\x84\xE8\xAE\xBA",
            "\xE7\x95\x99\xE8\xA8\x80", "\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB8",
            "\xD8\xA7\xD9\x84\xD8\xAA\xD8\xB9\xD9\x84\xD9\x8A\xD9\x82\xD8\xA7\xD8\xAA", "komentar"};
        // ("3 thoughts on “Council splits 4–3 …”": a blog's count of its comments, the count first.)
        const bool counted = !lower.empty() && std::isdigit(static_cast<unsigned char>(lower.front()));
        return kHeadings.count(h) != 0 || startsWithAnyOf(h, {"réagir", "reageer", "leave a comment", "add a comment",
                                                              "post a comment", "deja tu comentario", "laisser un commentaire"}) ||
               (counted && startsWithAnyOf(h, {"thoughts on ", "responses to ", "replies to ", "comments on ", "thought on ",
                                               "response to ", "comments", "comment"}));
    }

    // "1.4k comments • Share • Save • Report", "3 likes", "Sort by: best", "Ordenar por: más votados": the bar
    // a thread sets between a post and its replies.
    static bool isThreadBar(const std::string& lower) {
        if (startsWithAnyOf(lower, {"sort by:", "sorted by:", "sort by ", "ordenar por", "trier par", "sortieren nach", "sortera efter",
                                    "ordina per", "sorteer op", "sortuj wed"})) {
            return true;
        }
        // A post's count of likes or replies, alone or in a row of its buttons ("1.4k comments • Share", "3
        // gillningar", "Delen | 312 | 47 reacties"): what follows is the thread's.
        std::size_t start = 0;
        for (int item = 0; item < 8 && start <= lower.size(); ++item) {
            std::size_t end = lower.size(), width = 0;
            for (const char* mark : {" \xE2\x80\xA2 ", " \xC2\xB7 ", " | "}) {
                const std::size_t at = lower.find(mark, start);
                if (at < end) end = at, width = std::strlen(mark);
            }
            if (isReactionCount(lower.substr(start, end - start))) return true;
            if (end == lower.size()) break;
            start = end + width;
        }
        return false;
    }

    // A press release's or a bulletin's end mark: "###", "-30-", "ENDS", "-- EINDE PERSBERICHT --", "- Ende
    // der Pressemitteilung -", "-o0o-".
    static bool isEndMark(const std::string& mark) {
        if (mark == "###" || mark == "# # #" || mark == "-30-" || mark == "- 30 -") return true;
        // "ENDS. 348 words", "END – 512 words": a filed story's end mark with its length.
        for (const char* end : {"ENDS", "END"}) {
            const std::size_t n = std::strlen(end);
            if (mark.rfind(end, 0) != 0 || mark.size() == n || std::isalpha(static_cast<unsigned char>(mark[n]))) continue;
            const std::string rest = lowerAscii(mark.substr(n));
            if (rest.find("words") != std::string::npos && countWords(rest) <= 4) return true;
        }
        std::string inner = mark;
        const auto edge = [](char c) { return c == '-' || c == '#' || c == '*' || c == '=' || c == '_' || c == ' '; };
        bool framed = false;
        while (!inner.empty() && edge(inner.front())) inner.erase(0, 1), framed = true;
        while (!inner.empty() && edge(inner.back())) inner.pop_back(), framed = true;
        for (const char* dash : {"\xE2\x80\x94", "\xE2\x80\x93"}) {
            if (inner.rfind(dash, 0) == 0) inner = collapseWhitespace(inner.substr(3)), framed = true;
            if (inner.size() >= 3 && inner.compare(inner.size() - 3, 3, dash) == 0) inner = collapseWhitespace(inner.substr(0, inner.size() - 3)), framed = true;
        }
        const std::string lower = lowerUtf8(inner);
        if (lower == "o0o" || lower == "ooo" || lower == "0o0") return true;
        // ("— 30 —": the newsroom's "-30-" set with dashes.)
        if (framed && lower == "30") return true;
        // "– Segue: meteo e viabilità –", "— Coming up: the weather —": a bulletin's cue to its next item.
        if (framed) {
            for (const char* next : {"segue:", "a seguire", "coming up", "up next", "next:", "es folgt", "\xC3\xA0 suivre", "a continuaci\xC3\xB3n",
                                     "a seguir", "hierna"}) {
                if (lower.rfind(next, 0) == 0) return true;
            }
        }
        const std::vector<std::string> words = splitWords(lower);
        if (words.empty() || words.size() > 4) return false;
        static const std::set<std::string> kEnd{"end", "ends", "einde", "ende", "fin", "fine", "slut", "slutt", "koniec", "loppu"};
        const bool capitals = std::none_of(inner.begin(), inner.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
        // (In capitals without dashes, the mark alone or with the release it ends: "END OF AN ERA" is a subheading.)
        static const std::set<std::string> kReleases{"persbericht", "pressemitteilung", "press release", "of release", "of press release",
                                                     "du communiqu\xC3\xA9", "del comunicado", "del comunicato", "der pressemitteilung"};
        const std::string rest = words.size() > 1 ? lower.substr(lower.find(' ') + 1) : "";
        return kEnd.count(words.front()) != 0 && (framed || (capitals && (words.size() == 1 || kReleases.count(rest) != 0)));
    }

    // A safe harbour's heading, in lower case: "Forward-Looking Statements", "Safe Harbor", "Cautionary Statement".
    // "Media contact", "Investor Relations Contact": a release's contacts, to the end of their section.
    static bool isContactHeading(const std::string& lower) {
        for (const char* heading : {"media contact", "press contact", "departmental contact", "investor contact", "investor relations contact",
                                    "ir contact", "media relations contact", "media inquiries", "media enquiries", "investor inquiries",
                                    // a wire's foot: "To contact the reporters on this story:" over their addresses
                                    "to contact the reporter", "to contact the editor", "to contact the author"}) {
            if (lower.rfind(heading, 0) == 0) return true;
        }
        return false;
    }

    static bool isSafeHarbourHeading(const std::string& lower) {
        // (Canada's securities law says "information": "Forward-looking Information", "Cautionary Note Regarding …".)
        // (And a mining company's statement of the geologist who vouches for its results, as the exchange's code asks:
        // "Competent Person's Statement".)
        return lower.rfind("forward-looking statement", 0) == 0 || lower.rfind("forward looking statement", 0) == 0 ||
               lower.rfind("competent person's statement", 0) == 0 || lower.rfind("competent persons statement", 0) == 0 ||
               lower.rfind("competent person\xE2\x80\x99s statement", 0) == 0 || lower.rfind("competent person statement", 0) == 0 ||
               lower.rfind("forward-looking information", 0) == 0 || lower.rfind("safe harbor", 0) == 0 ||
               lower.rfind("safe harbour", 0) == 0 || lower.rfind("cautionary statement", 0) == 0 || lower.rfind("cautionary note", 0) == 0;
    }

    // "About the Author", "About Acme Corp.", "Media contact", "Forward-looking statements": a heading
    // that opens a publisher's or company's boilerplate closes the story; it goes with what follows it.
    void dropBoilerplateSections(std::vector<RawBlock>& raw) const {
        // (Where the story's half lies, the text up to a safe harbour's statement counted: its law is often
        // as long as a short release's news.)
        std::size_t text = 0, seen = 0;
        for (const RawBlock& b : raw) {
            if (countWords(b.text) <= 4 && isSafeHarbourHeading(lowerUtf8(b.text))) break;
            text += b.text.size();
        }
        // (A heading over other stories' titles, and the list under it.)
        const auto dropWithListUnder = [&](std::size_t i) {
            raw[i].text.clear();
            for (std::size_t k = i + 1; k < raw.size() && (raw[k].text.empty() || raw[k].kind == BlockKind::ListItem); ++k) raw[k].text.clear();
        };
        for (std::size_t i = 0; i < raw.size(); ++i) {
            seen += raw[i].text.size();
            // (A related list's label as a line of its own with its colon, anywhere, "Notícias relacionadas:": it goes with the list
            // under it, whose links may be gone already.)
            if (raw[i].kind == BlockKind::Paragraph && raw[i].text.size() > 1 && raw[i].text.back() == ':' && countWords(raw[i].text) <= 4 &&
                isRelatedLabel(raw[i].text.substr(0, raw[i].text.size() - 1))) {
                raw[i].text.clear();
                // (In pasted text its titles are the short lines run on under it, no blank line between, none a sentence
                // that ends on its full stop: "Mayor John Doe welcomed the vote." under a title is the story's again.)
                const auto title = [&](std::size_t k) {
                    const std::string& t = raw[k].text;
                    return plain_ && raw[k].joined_to_previous && countWords(t) <= 14 && !t.empty() && t.back() != '.' && t.back() != '!';
                };
                for (std::size_t k = i + 1; k < raw.size() && (raw[k].text.empty() || raw[k].kind == BlockKind::ListItem || title(k)); ++k) {
                    raw[k].text.clear();
                }
                continue;
            }
            // ("More obituaries" over cut-off openings of other stories: wherever it sits, its list says what it is.)
            if (raw[i].kind == BlockKind::Heading && isMoreOverTeasers(raw, i, lowerUtf8(raw[i].text))) {
                dropWithListUnder(i);
                continue;
            }
            if (seen * 2 < text) continue;
            // A press release's end mark ("###", "-30-", "ENDS"): what follows it is the company's
            // boilerplate and contacts.
            const std::string mark = collapseWhitespace(raw[i].text);
            if (isEndMark(mark)) {
                for (std::size_t k = i; k < raw.size(); ++k) raw[k].text.clear();
                return;
            }
            // A label line opening contacts: "Investor Contact:", "Media Contacts:", "Contacts:", "Enquiries:".
            const std::string label = lowerUtf8(mark);
            // (Or a phrase that asks for them: "For further information, please contact:".)
            const bool contacts = countWords(mark) <= 6 && !label.empty() && label.back() == ':' &&
                                  (label.find("contact") != std::string::npos || label.rfind("for more information", 0) == 0 ||
                                   label.rfind("for further information", 0) == 0 ||
                                   label.find("enquiries") != std::string::npos || label.find("inquiries") != std::string::npos);
            if (contacts && raw[i].kind != BlockKind::Heading) {
                for (std::size_t k = i; k < raw.size() && raw[k].kind != BlockKind::Heading; ++k) raw[k].text.clear();
                continue;
            }
            // (In plain text, where headings are known only by their shape: "About Nordvind Energy" over the
            // company's boilerplate, in the second half of a release.)
            const std::string lower = lowerUtf8(raw[i].text);
            // (And the comments under their heading, "12 Comments", "3 thoughts on “…”": to the end.)
            // (A line of its own, no sentence: "Discussion of the plan continued." is the story's.)
            // (A heading of Markdown's too: comments and the page's foot follow it with no heading between.)
            // (Or a thread's own bar over its replies: "1.4k comments • Share • Save", "Sort by: best".)
            if ((plain_ || markdown_) && countWords(raw[i].text) <= 12 && isThreadBar(lower)) {
                for (std::size_t k = i; k < raw.size(); ++k) raw[k].text.clear();
                return;
            }
            if (countWords(raw[i].text) <= 16 && isCommentsHeading(withoutBracketedCount(lower)) && !isStoryUnderReactions(raw, i, lower) &&
                (plain_ ? isUnpunctuatedShortLine(raw[i].text, 16) || lower.find("thought") != std::string::npos
                        : raw[i].kind == BlockKind::Heading)) {
                for (std::size_t k = i; k < raw.size(); ++k) raw[k].text.clear();
                return;
            }
            // (An about heading may name the company at length: "Chi è il Consorzio Mobilità Sotto la Mole".)
            // (And in Markdown a line set in bold alone, "**References**", as headings are written by hand.)
            // (A page's too, where a release sets its headings as paragraphs in bold: "<p><b>About Quillon</b></p>".)
            const bool shapedHeading = ((plain_ || markdown_) && (isAboutHeading(raw[i]) ||
                                                                 (isUnpunctuatedShortLine(raw[i].text, 4) &&
                                                                  (isReferenceSectionHeading(lower) || isSafeHarbourHeading(lower))))) ||
                                       (raw[i].kind == BlockKind::Paragraph &&
                                        (isAboutHeading(raw[i]) ||
                                         // ("Cautionary Note Regarding Forward-Looking Information": six words.)
                                         (isUnpunctuatedShortLine(raw[i].text, 8) && (isSafeHarbourHeading(lower) || isContactHeading(lower)))));
            // A wire's notes to its editors after the story, "Notizblock" (its links, places, contacts and dates under
            // headings of their own), or a heading that says all below is not for publication: to the end.
            // (A marker that ends on its colon or bracket marks only the notes under it: below.)
            const char marker = raw[i].text.empty() ? '.' : raw[i].text.back();
            if ((raw[i].kind == BlockKind::Heading || isUnpunctuatedShortLine(raw[i].text, 10)) && marker != ':' && marker != ')' && marker != ']' &&
                (lower == "notizblock" || lower == "# notizblock" || lower == "dpa-notizblock" || lower == "# dpa-notizblock" ||
                 (countWords(raw[i].text) <= 10 && (lower.find("folgenden informationen sind nicht zur ver\xC3\xB6" "ffentlichung") != std::string::npos ||
                                                     lower.find("following is not for publication") != std::string::npos ||
                                                     lower.find("following information is not for publication") != std::string::npos)))) {
                for (std::size_t k = i; k < raw.size(); ++k) raw[k].text.clear();
                return;
            }
            // A draft's notes marked as not for the public, "Court notes (not for publication):", and what is under
            // them up to the story's next paragraph.
            // (A marker's shape: a label ending on its colon or its bracket, "(NOT FOR PUBLICATION)"; "El juez pidió a los
            // medios no publicar sus nombres." is a sentence.)
            const char ending = raw[i].text.empty() ? '.' : raw[i].text.back();
            if (countWords(raw[i].text) <= 10 && (ending == ':' || ending == ')' || ending == ']') &&
                (lower.find("not for publication") != std::string::npos || lower.find("not for broadcast") != std::string::npos ||
                 lower.find("nicht zur ver\xC3\xB6" "ffentlichung") != std::string::npos || lower.find("ne pas publier") != std::string::npos ||
                 lower.find("no publicar") != std::string::npos || lower.find("non pubblicare") != std::string::npos ||
                 lower.find("niet voor publicatie") != std::string::npos || lower.find("nie do publikacji") != std::string::npos)) {
                raw[i].text.clear();
                // (Up to the story's next paragraph: a sentence of ten words or more that is no list's item.)
                for (std::size_t k = i + 1; k < raw.size() && raw[k].kind != BlockKind::Heading &&
                                            !(raw[k].kind == BlockKind::Paragraph && countWords(raw[k].text) >= 10);
                     ++k) {
                    raw[k].text.clear();
                }
                continue;
            }
            if (raw[i].kind != BlockKind::Heading && !shapedHeading) continue;
            // A heading over other stories' titles ("Related", "Gerelateerd", "Leggi anche"): the list under it goes.
            if (raw[i].kind == BlockKind::Heading && isRelatedLabel(raw[i].text)) {
                dropWithListUnder(i);
                continue;
            }
            const bool boilerplate = isAboutHeading(raw[i]) || isAuthorBoxLabel(lower) || isContactHeading(lower) ||
                                     lower == "press office" || lower == "press enquiries" || lower.rfind("contact:", 0) == 0 ||
                                     lower.rfind("contacts", 0) == 0 || isSafeHarbourHeading(lower) ||
                                     lower.rfind("footnotes", 0) == 0 ||
                                     // a repository's own sections after a story published in it
                                     (markdown_ && (lower == "contributing" || lower == "how to contribute" || lower == "license" ||
                                                    lower == "licence" || lower == "licencia" || lower == "lizenz" || lower == "licen\xC8\x9B\xC4\x83")) ||
                                     (isReferenceSectionHeading(lower) && !isStoryUnderNotes(raw, i, lower)) ||
                                     (isCommentsHeading(lower) && !isStoryUnderReactions(raw, i, lower)) ||
                                     isLinksHeadingOverLinks(raw, i, lower);
            if (!boilerplate) continue;
            const bool about = isAboutHeading(raw[i]);
            // (A safe harbour's statement is one long paragraph of law, or several that say "forward-looking".)
            const bool legal = isSafeHarbourHeading(lower);
            // (A safe harbour's heading heads a release's statement, "This press release contains forward-looking
            // statements within the meaning of …"; over a story's paragraph, "The agency said the company's
            // forward-looking statements were not protected …", it is the story's subheading.)
            if (legal) {
                std::size_t first = i + 1;
                while (first < raw.size() && raw[first].text.empty()) ++first;
                const std::string opening = first < raw.size() ? lowerUtf8(raw[first].text) : "";
                bool release = false;
                for (const char* phrase : {"this press release", "this news release", "this release", "this announcement", "this document",
                                           "this communication", "within the meaning of",
                                           "private securities litigation", "undertakes no obligation", "no obligation to update",
                                           "statements in this", "contains forward-looking", "contain forward-looking",
                                           "contains certain forward-looking", "may contain", "certain statements"}) {
                    release = release || opening.find(phrase) != std::string::npos;
                }
                if (!release) continue;
            }
            raw[i].text.clear();
            std::string previous;  // the last block cleared, as it was
            for (std::size_t k = i + 1; k < raw.size() && raw[k].kind != BlockKind::Heading; ++k) {
                // (Plain text has no heading to end the section: a paragraph of the story's length does.)
                const std::string next = lowerUtf8(raw[k].text);
                // (Another section's heading in plain text, "About …" over "Forward-Looking Statements": its own turn.)
                if (shapedHeading && isUnpunctuatedShortLine(raw[k].text, 4) &&
                    (isSafeHarbourHeading(next) || isAboutHeading(raw[k]))) {
                    break;
                }
                // (Its lines as a printed page wraps them run on: a line after one that ends no sentence is the statement's.)
                const bool runsOn = k > i + 1 && !previous.empty() && previous.back() != '.' && previous.back() != '!' && previous.back() != '?';
                const bool statement = legal && (k == i + 1 || runsOn || next.find("forward-looking") != std::string::npos ||
                                                 next.find("risk") != std::string::npos || next.find("uncertaint") != std::string::npos ||
                                                 next.find("actual results") != std::string::npos || next.find("obligation") != std::string::npos);
                // (A safe harbour's section holds its statements and the company's short lines: a paragraph of the
                // story's length after them that says no statement is the page's again.)
                if (legal && !statement && countWords(raw[k].text) > 40) break;
                if (shapedHeading && raw[i].kind != BlockKind::Heading && !statement && countWords(raw[k].text) > (about ? 60u : 40u)) break;
                if (!raw[k].text.empty()) previous = raw[k].text;
                raw[k].text.clear();
            }
        }
    }

    // A paragraph or item that is one link is a teaser for another page ("[Read: …]"), unless the page
    // holds nothing else.
    void dropLinkTeasers(std::vector<RawBlock>& raw) const {
        std::vector<std::size_t> teasers;
        bool other = false;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i].text.empty() || raw[i].kind == BlockKind::Heading) continue;
            if (raw[i].link_density >= 0.9 && countWords(raw[i].text) <= 30) {
                teasers.push_back(i);
            } else {
                other = true;
            }
        }
        if (!other) return;
        // Decided for all before any is cleared: a list is judged as it stands.
        std::vector<std::size_t> drop;
        for (std::size_t i : teasers) {
            if (raw[i].kind != BlockKind::ListItem || !isItemOfWrittenList(raw, i)) drop.push_back(i);
        }
        for (std::size_t i : drop) raw[i].text.clear();
    }

    // A linked item among written ones is one of them: a list whose items are mostly plain text
    // ("<li><a>Where will I put it</a>?</li>" among questions, two linked highlights over six written
    // ones), or the sub-list a written item introduces ("In progress:" over a list of linked bug titles).
    // A list of links introduced by a paragraph ("Related:") stays a teaser list.
    static bool isItemOfWrittenList(const std::vector<RawBlock>& raw, std::size_t i) {
        // The items around it, over captions and emptied blocks, which are not in the way of a reader.
        const auto skipped = [&](std::size_t k) {
            return raw[k].text.empty() || raw[k].kind == BlockKind::Caption || raw[k].kind == BlockKind::Credit;
        };
        const auto linked = [&](std::size_t k) { return raw[k].link_density >= 0.5; };
        std::size_t first = i, last = i;
        for (std::size_t k = i; k-- > 0 && (skipped(k) || raw[k].kind == BlockKind::ListItem);) {
            if (!skipped(k)) first = k;
        }
        for (std::size_t k = i + 1; k < raw.size() && (skipped(k) || raw[k].kind == BlockKind::ListItem); ++k) {
            if (!skipped(k)) last = k;
        }
        std::size_t plain = 0, links = 0;
        for (std::size_t k = first; k <= last; ++k) {
            if (skipped(k)) continue;
            (linked(k) ? links : plain) += 1;
        }
        if (plain >= links) return true;
        // The nearest written item before it, past its linked siblings, ends with a colon.
        std::size_t k = i;
        while (k > first && (skipped(k - 1) || linked(k - 1))) --k;
        return k > first && raw[k - 1].text.back() == ':';
    }

    // "About the author", "Über die Autorin", "この記事を書いた人": the heading of the writers' box.
    static bool isAboutHeading(const RawBlock& block) {
        const std::string& t = block.text;
        // (A company's name may end on its legal form's dot: "About Lumetra Grid, Inc.")
        std::string bare = t;
        for (const char* form : {" Inc.", " Ltd.", " Corp.", " Co.", " S.A.", " N.V.", " B.V.", " AG.", " plc."}) {
            const std::size_t n = std::strlen(form);
            if (bare.size() > n && bare.compare(bare.size() - n, n, form) == 0) {
                bare.pop_back();
                break;
            }
        }
        if (!(block.kind == BlockKind::Heading || isUnpunctuatedShortLine(bare, 8)) || countWords(t) > 8) return false;
        // ("Chi è il Consorzio …", "Über Nordvind", "À propos de …", "Acerca de …", "Sobre a …": in other languages.)
        for (const char* about : {"About ", "Chi \xC3\xA8 ", "Chi siamo", "\xC3\x9C" "ber ", "\xC3\x80 propos de ", "A propos de ",
                                  "Acerca de ", "Sobre ", "Over ons", "Om oss", "Om os", "O firmie", "O nas", "Hakk\xC4\xB1m\xC4\xB1zda", "Despre "}) {
            const std::size_t n = std::strlen(about);
            if (t.rfind(about, 0) == 0 && (about[n - 1] != ' ' || (t.size() > n && (std::isupper(static_cast<unsigned char>(t[n])) ||
                                                                                   static_cast<unsigned char>(t[n]) >= 0xC3 ||
                                                                                   t.compare(n, 3, "il ") == 0 || t.compare(n, 3, "la ") == 0 ||
                                                                                   t.compare(n, 3, "le ") == 0 || t.compare(n, 2, "a ") == 0 ||
                                                                                   t.compare(n, 2, "o ") == 0 || t.compare(n, 4, "los ") == 0)))) {
                return true;
            }
        }
        return false;
    }

    // Teasers for other stories: headings that link elsewhere, each with at most a line of summary, more
    // than one of them. A roundup whose items link to a shop but are written up at length is the story.
    void dropTeaserRuns(std::vector<RawBlock>& raw) const {
        std::vector<std::size_t> teasers;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i].kind != BlockKind::Heading || raw[i].link_density < 0.8) continue;
            std::size_t words = 0;
            for (std::size_t k = i + 1; k < raw.size() && raw[k].kind != BlockKind::Heading; ++k) words += countWords(raw[k].text);
            if (words <= 40) teasers.push_back(i);
        }
        if (teasers.size() < 2) return;
        for (std::size_t i : teasers) {
            raw[i].text.clear();
            for (std::size_t k = i + 1; k < raw.size() && raw[k].kind != BlockKind::Heading; ++k) raw[k].text.clear();
        }
    }

    // Whether `text` ends as a sentence does, on its full stop, mark or closing quote.
    static bool endsOnStop(const std::string& text) { return !text.empty() && std::string(".!?\"").find(text.back()) != std::string::npos; }

    // Nothing of the story's body read yet: no paragraph of a sentence's length that ends as one (a standfirst has no
    // full stop).
    bool atTopOfStory() const {
        for (const Block& b : article_.blocks) {
            if (b.kind == BlockKind::Paragraph && countWords(b.text) >= 12 && endsOnStop(b.text)) {
                return false;
            }
        }
        return true;
    }

    void place(RawBlock& block) {
        // (Whether a label that ends on its colon, "Key points:", or a point under it came last: placed or not.)
        const bool underLabel = underLabel_;
        underLabel_ = !block.text.empty() && block.text.back() == ':' && countWords(block.text) <= 6;
        for (const Image& image : block.images) {
            if (article_.lead_image_url.empty()) article_.lead_image_url = image.url;
            pendingAlts_.push_back(image.alt);
            blocksSinceImage_ = 0;
        }
        const bool afterImageOnly = lastWasImageOnly_;
        lastWasImageOnly_ = !block.images.empty() && block.text.empty();
        // Photo credits run on at the end of a standfirst are not part of it (a caption keeps its own:
        // captions are not read, and their credits are kept as credits).
        std::string text = block.kind == BlockKind::Paragraph ? withoutTrailingCredits(block.text) : block.text;
        if (block.kind == BlockKind::Paragraph && !article_.hasReadableBody()) text = withoutLeadingDate(text);
        if (block.kind == BlockKind::Paragraph) text = withoutUpdateLabel(withoutLeadingTimeCode(text));
        // ("– Clinical remission rate of 31.4% versus 9.8% for placebo –": a release's summary line set between dashes.)
        for (const char* dash : {"\xE2\x80\x93", "\xE2\x80\x94"}) {
            const std::string open = std::string(dash) + " ", close = std::string(" ") + dash;
            if (text.size() > open.size() + close.size() + 8 && text.rfind(open, 0) == 0 && text.ends_with(close)) {
                text = collapseWhitespace(text.substr(open.size(), text.size() - open.size() - close.size()));
                if (std::isalnum(static_cast<unsigned char>(text.back())) || text.back() == ')') text += '.';
            }
        }
        // (A separator, "—" or "* * *", is no block: nothing to say, and no heading beside the next one.)
        // (A review's rating in stars alone, "★★★★☆", is its verdict: the normalizer says it, "four stars out of five".)
        if (text.empty() || (!hasLetterOrDigit(text) && text.find("\xE2\x98\x85") == std::string::npos)) return;
        ++blocksSinceImage_;
        std::vector<Block>& out = article_.blocks;
        // The page's visible headline above the body is the title again, in other words perhaps.
        if (!plain_ && block.kind == BlockKind::Heading && block.level == 1 && !article_.hasReadableBody()) return;
        // Before the body, a heading that is part of the title is the title again, set over two
        // headings ("Open Journalism Project:" over "Better Student Journalism").
        if (!plain_ && block.kind == BlockKind::Heading && !article_.hasReadableBody() && countWords(text) >= 2 &&
            !article_.title.empty()) {
            const std::string part = foldForComparison(text);
            if (!part.empty() && foldForComparison(article_.title).find(part) != std::string::npos) return;
        }
        // A callout box beside the story, in a quote block or a line of its own.
        if (block.kind == BlockKind::Quote && isCalloutBox(text) && countWords(text) <= 60) return;
        // A quotation with its speaker after a dash says who spoke: "“… nobody's laughing.” — Sir Peter Beck".
        if (block.kind == BlockKind::Quote || block.kind == BlockKind::Paragraph) text = withSpokenAttribution(text, block.kind == BlockKind::Quote);
        // (Or a short paragraph with a prompt among its sentences: "Dit artikel is gratis te lezen dankzij
        // onze donateurs. Steun Vallei Vandaag vanaf € 3 per maand.")
        if ((isBoilerplate(text) || (block.kind == BlockKind::Paragraph && countWords(text) <= 40 && holdsAPrompt(text))) &&
            !isStepAskingTheReader(block)) {
            if (block.kind != BlockKind::Paragraph) return;
            // (A label and a link to another story, the paragraph a link nearly all: "RELATED: Frozen pipes?
            // Here's how to prevent them" is the teaser whole.)
            if (block.link_density >= 0.7) return;
            text = storyAroundPrompts(text);
            if (text.empty()) return;
        }
        if (isCreditLine(text)) {
            out.push_back({BlockKind::Credit, text, 0, block.offset});
            return;
        }
        // A list item right under a figure that has no caption of its own is its caption, and so is a
        // line in italics or one ending in a photo credit, under the image or beside it in its paragraph.
        // (Not before the body: a standfirst in italics under the lead image is the story's.)
        // (But one that ends in a photo credit is a caption there too.)
        const bool imageHere = afterImageOnly || !block.images.empty();
        const bool besideImage = imageHere && article_.hasReadableBody();
        const bool italic = block.italic_share >= 0.9;
        // (Text copied from a page holds no image, and its captions come with their credits run on: "… in Nairobi on January
        // 9, 2025. Photo | Dennis Onsongo | Nation Media Group", "… near Westgate Shopping Centre. (Claridge Homes)". A
        // paragraph that ends so is the picture's caption, before the body too: a standfirst carries no credit of its own.)
        // (Or, before the story, one that ends on a name in brackets after its full stop: "An artist's rendering shows the
        // proposed tower at 1081 Carling Ave. (Claridge Homes)"; at the story's end such a name is its writer's.)
        const auto signedOverStory = [&] {
            if (!atTopOfStory() || countWords(block.text) > 40) return false;
            const std::string unsignedText = withoutClosingSignature(block.text);
            // (A lede signed by its agency, "… said on Monday. (Kenya News Agency)", reports what someone said.)
            return unsignedText != block.text && countWords(unsignedText) + 2 <= countWords(block.text) &&
                   !containsAnyOf(lowerUtf8(block.text), {" said", " says", " told", "agency)", "news)", "press)"});
        };
        const bool pastedCaption = (plain_ || markdown_) && block.kind == BlockKind::Paragraph && countWords(text) <= 60 &&
                                   (endsWithPhotoCredit(block.text) || signedOverStory());
        if (isCaptionOfPendingImage(text) || (afterImageOnly && block.kind == BlockKind::ListItem) || pastedCaption ||
            (besideImage && countWords(text) <= 60 && (italic || endsWithPhotoCredit(block.text))) ||
            ((!block.images.empty() || (imageHere && italic)) && countWords(text) <= 60 && endsWithPhotoCredit(block.text))) {
            pushCaption(text, block.offset, out);
            pendingAlts_.clear();
            return;
        }
        if (blocksSinceImage_ > 1) pendingAlts_.clear();
        if (isCutOffFragment(block) || isRepeat(text)) return;

        std::string body, credit;
        if (block.kind == BlockKind::Paragraph && splitTrailingCredit(text, body, credit)) {
            // A paragraph with an agency credit right under an image is that image's caption.
            if (blocksSinceImage_ == 1 && !article_.lead_image_url.empty()) {
                pushCaption(text, block.offset, out);
            } else {
                if (!body.empty()) out.push_back({BlockKind::Paragraph, body, 0, block.offset});
                out.push_back({BlockKind::Credit, credit, 0, block.offset});
            }
            return;
        }
        BlockKind kind = block.kind;
        int level = block.level;
        // A "heading" of a whole paragraph, as Markdown makes of lines underlined by "--", is the story's text.
        if (kind == BlockKind::Heading && countWords(text) > 30) kind = BlockKind::Paragraph;
        // (A line that opens with a dash, "— Ivan Petrov, mayor", is a quote's attribution or a sign-off, never
        // a subheading.)
        const bool dashed = text.rfind("\xE2\x80\x94", 0) == 0 || text.rfind("\xE2\x80\x93", 0) == 0 || text.rfind("-- ", 0) == 0;
        // (The points under a label that ends on its colon, "Key points:" over "Aspirin increased the risk of major bleeding by
        // 38 per cent", are a list's, one a line without its full stop: no headings, no standfirst.)
        // (A line apart over a paragraph of prose, "What happens next", is the next part's heading.)
        const auto proseNext = [&] {
            if (raw_ == nullptr) return false;
            for (auto k = static_cast<std::size_t>(&block - raw_->data()) + 1; k < raw_->size(); ++k) {
                const std::string& t = (*raw_)[k].text;
                if (t.empty()) continue;
                return countWords(t) >= 8 && endsOnStop(t);
            }
            return false;
        };
        if (plain_ && underLabel && kind == BlockKind::Paragraph && countWords(text) <= 40 &&
            !endsOnStop(text) && (block.joined_to_previous || !proseNext())) {
            kind = BlockKind::ListItem;
            underLabel_ = true;
        }
        if (plain_ && kind == BlockKind::Paragraph && !dashed && isUnpunctuatedShortLine(text, kMaxHeadingWords) && &block != standfirst_) {
            // (A line of many figures, a match's brief score, "Australia 288/8 (T. Head 98, S. Smith 56; J. Bumrah 3-41)", is
            // the story's data, read as a list's item: no heading holds three figures and more.)
            std::size_t figures = 0;
            for (std::size_t k = 0; k < text.size(); ++k) {
                figures += std::isdigit(static_cast<unsigned char>(text[k])) && (k == 0 || !std::isdigit(static_cast<unsigned char>(text[k - 1]))) &&
                           (k == 0 || (text[k - 1] != '.' && text[k - 1] != ','));
            }
            // (Or a table's row, three figures ending it: "Service revenue 173.4 152.4 +13.8%".)
            const bool row = figures >= 3 && (std::isdigit(static_cast<unsigned char>(text.back())) || text.back() == '%');
            kind = opensOnScheduledTime(text) || figures >= 4 || row ? BlockKind::ListItem : isResultLine(text) ? BlockKind::Paragraph : BlockKind::Heading;
            level = 2;
        }
        if (kind == BlockKind::Heading && level < 2) level = 2;
        out.push_back({kind, text, level, block.offset});
    }

    // "Manchester City 2-2 Arsenal": a match's result between the two sides' names, the story's own line under its
    // headline, never a heading.
    static bool isResultLine(const std::string& text) {
        static const std::regex kResult("^[A-Z][A-Za-z.'&]*(?: [A-Z][A-Za-z.'&]*){0,3} \\d{1,3} ?(?:-|\xE2\x80\x93) ?\\d{1,3} "
                                        "[A-Z][A-Za-z.'&]*(?: [A-Z][A-Za-z.'&]*){0,3}$");
        return countWords(text) <= 10 && std::regex_match(text, kResult);
    }

    // "… on or before Dec. 15. /cb": an editor's initials after a slash at the end of the story's last paragraph, as the
    // Philippines' papers sign their copy; not read.
    static std::string withoutEditorsSlash(const std::string& text) {
        std::size_t end = text.size();
        while (end > 0 && text[end - 1] == ' ') --end;
        std::size_t slash = end;
        while (slash > 0 && std::islower(static_cast<unsigned char>(text[slash - 1]))) --slash;
        if (end - slash < 2 || end - slash > 4 || slash < 3 || text[slash - 1] != '/' || text[slash - 2] != ' ') return text;
        std::size_t before = slash - 2;
        while (before > 0 && text[before - 1] == ' ') --before;
        if (before == 0 || std::string(".!?\"").find(text[before - 1]) == std::string::npos) {
            if (!(before >= 3 && text.compare(before - 3, 3, "\xE2\x80\x9D") == 0)) return text;
        }
        return text.substr(0, before);
    }

    // "1:00 p.m. - Fed's John Williams speaks in NYC", "14.30 – Press conference": a schedule's entry, the time and what
    // happens then, an item of the day's list and never a heading.
    static bool opensOnScheduledTime(const std::string& text) {
        std::size_t k = 0;
        while (k < text.size() && k < 2 && std::isdigit(static_cast<unsigned char>(text[k]))) ++k;
        if (k == 0 || k + 3 > text.size() || (text[k] != ':' && text[k] != '.') || !std::isdigit(static_cast<unsigned char>(text[k + 1])) ||
            !std::isdigit(static_cast<unsigned char>(text[k + 2]))) {
            return false;
        }
        std::string rest = lowerAscii(text.substr(k + 3));
        for (const char* half : {" a.m.", " p.m.", "a.m.", "p.m.", " am", " pm", "am", "pm"}) {
            if (rest.rfind(half, 0) == 0) {
                rest.erase(0, std::strlen(half));
                break;
            }
        }
        return rest.rfind(" - ", 0) == 0 || rest.rfind(" \xE2\x80\x93 ", 0) == 0 || rest.rfind(" \xE2\x80\x94 ", 0) == 0 ||
               rest.rfind(": ", 0) == 0;
    }

    // "Labour 34%" over "Conservative 24%" over "Reform 18%": short lines set close together, each with its
    // figure, are a list's items (a poll's, a budget's), not subheadings, which would be left with nothing
    // under them.
    static void markFigureLists(std::vector<RawBlock>& raw) {
        // (One figure or two a line: a table's rows of several, "S&P 500 5,308.15 +61.47 +1.17%", are not read.)
        const auto item = [&](std::size_t k) {
            const std::string& t = raw[k].text;
            if (raw[k].kind != BlockKind::Paragraph || t.empty() || countWords(t) > 8 || !isUnpunctuatedShortLine(t, 8)) return false;
            std::size_t figures = 0;
            for (const std::string& w : splitWords(t)) figures += w.find_first_of("0123456789") != std::string::npos;
            return figures >= 1 && figures <= 2;
        };
        for (std::size_t i = 0; i < raw.size();) {
            std::size_t end = i;
            while (end < raw.size() && item(end) && (end == i || raw[end].joined_to_previous)) ++end;
            if (end - i >= 3) {
                for (std::size_t k = i; k < end; ++k) raw[k].kind = BlockKind::ListItem;
            }
            i = std::max(end, i + 1);
        }
    }

    // "[01:52:00] Board member Luis Ortega asked…": a recording's time code before a meeting's or a
    // transcript's paragraph, where the video is, not what was said (text input loses it when read).
    static std::string withoutLeadingTimeCode(const std::string& text) {
        const std::size_t k = text.size() < 8 ? 0 : timeCodeEnd(text, 0);
        if (k == 0) return text;
        // ("[00:03:35] [Sound of ferry horn]": a transcript's cue for a sound, with nothing said.)
        std::string rest = text.substr(k);
        const std::string bare = collapseWhitespace(rest);
        if (bare.size() > 2 && ((bare.front() == '[' && bare.back() == ']') || (bare.front() == '(' && bare.back() == ')')) &&
            countWords(bare) <= 6) {
            return "";
        }
        return rest;
    }

    // "April 17, 2015 -- Imagine being sick…": the story's first paragraph opening with its date, as some
    // sites set it. The date is the publication date when the page declared none, and is not read there.
    std::string withoutLeadingDate(const std::string& text) {
        for (const char* dash : {" -- ", " \xE2\x80\x94 ", " \xE2\x80\x93 "}) {
            const std::size_t at = text.find(dash);
            if (at == std::string::npos || at == 0) continue;
            const std::string head = text.substr(0, at);
            if (countWords(head) > 6 || head.find_first_of("0123456789") == std::string::npos) continue;
            // ("AUSTIN, Texas, Aug. 5, 2025 /PRNewswire/ --": a dateline with its place, read by its own rule.)
            if (head.find('/') != std::string::npos || head.find('(') != std::string::npos) continue;
            std::size_t capitals = 0;
            while (capitals < head.size() && (std::isupper(static_cast<unsigned char>(head[capitals])) || head[capitals] == ' ')) ++capitals;
            if (capitals >= 4 && capitals < head.size() && head[capitals] == ',') continue;
            const auto date = parseDate(head);
            if (!date) continue;
            // "March 11, 1938 – June 2, 2024": a span of two dates (a life, a war) is read as it is.
            const std::string tail = text.substr(at + std::string(dash).size());
            // (Alone or opening the standfirst: "3 March 1938 – 5 October 2025. The former lock, …".)
            const std::size_t stop = tail.find(". ");
            const std::string tailHead = stop == std::string::npos ? tail : tail.substr(0, stop);
            if (countWords(tailHead) <= 6 && parseDate(tailHead)) return text;
            if (!article_.published) article_.published = date;
            return text.substr(at + std::string(dash).size());
        }
        return text;
    }

    bool isCaptionOfPendingImage(const std::string& text) const {
        for (const std::string& alt : pendingAlts_) {
            if (sameCaption(alt, text)) return true;
        }
        return false;
    }

    // A fragment that starts in lower case and ends without punctuation is the tail of something the
    // copy-paste cut ("with the Korea JoongAng Daily"), not a sentence of the article.
    bool isCutOffFragment(const RawBlock& block) const {
        // (An address a sentence leads up to is no fragment: takeAddressLines kept it for that.)
        return plain_ && block.kind == BlockKind::Paragraph && std::islower(static_cast<unsigned char>(block.text[0])) &&
               isUnpunctuatedShortLine(block.text, kMaxHeadingWords) && !isBareWebAddressWithPath(collapseWhitespace(block.text));
    }

    // Copy-pasted text repeats lines by accident; a page repeating a paragraph or a heading (a
    // recurring subhead, a list of similar items) means it, so there only the title's repeat goes.
    // (A short field again, "DATE: Thursday 08.05.2025" under each county of a notice, is the notice's.)
    bool isRepeat(const std::string& text) {
        const std::string folded = foldForComparison(text);
        if (seen_.empty() && !article_.title.empty()) seen_.insert(foldForComparison(article_.title));
        const std::size_t colon = text.find(": ");
        const bool field = colon != std::string::npos && colon > 0 && countWords(text.substr(0, colon)) <= 2 && countWords(text) <= 8;
        return folded.empty() ||
               (!seen_.insert(folded).second && ((plain_ && !field) || folded == foldForComparison(article_.title)));
    }

    // A pull quote repeats a sentence of the story in large type: a quote block that is part of another
    // block goes.
    // A line that is all one quotation: '"You went for a funeral."', «Restituito alla città».
    static bool isQuotedWhole(const std::string& text) {
        const std::string t = collapseWhitespace(text);
        static const std::pair<const char*, const char*> kMarks[] = {
            {"\"", "\""}, {"\xE2\x80\x9C", "\xE2\x80\x9D"}, {"\xC2\xAB", "\xC2\xBB"}, {"\xE2\x80\x9E", "\xE2\x80\x9C"}};
        for (const auto& [open, close] : kMarks) {
            const std::size_t o = std::strlen(open), c = std::strlen(close);
            if (t.size() <= o + c || t.compare(0, o, open) != 0) continue;
            std::size_t end = t.size();
            while (end > 0 && (t[end - 1] == '.' || t[end - 1] == ',')) --end;
            if (end >= c && t.compare(end - c, c, close) == 0 && t.find(close, o) == end - c) return true;
        }
        return false;
    }

    // Its sentences, each folded for comparison ("You didn't go … haircut." and "You went for a funeral.").
    static std::vector<std::string> foldedSentences(const std::string& text) {
        std::vector<std::string> parts;
        std::size_t start = 0;
        for (std::size_t at = 0; at <= text.size(); ++at) {
            if (at == text.size() || ((text[at] == '.' || text[at] == '?' || text[at] == '!') && at + 1 < text.size() && text[at + 1] == ' ')) {
                const std::string f = foldForComparison(text.substr(start, at - start));
                if (f.size() >= 12) parts.push_back(f);
                start = at + 1;
            }
        }
        return parts;
    }

    // The quotation marks a story sets around what a pull quote repeats: “ ” „ « » ‘ ’.
    static constexpr const char* kQuotationMarks[] = {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E", "\xC2\xAB", "\xC2\xBB",
                                                      "\xE2\x80\x98", "\xE2\x80\x99"};

    // A pull quote set in other words of the same sentence ("Low-paid workers are running to stand still"
    // over "…low-paid workers were “running to stand still”"): its words in the paragraph in their order,
    // four in five of them at least and two missing at most.
    static bool nearlyAllWordsIn(const std::string& quote, const std::string& paragraph) {
        // (Words as letters and figures alone: "still." and "still”" are "still".)
        const auto wordsOf = [](std::string text) {
            for (const char* mark : kQuotationMarks) {
                for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at)) text.replace(at, std::strlen(mark), " ");
            }
            std::vector<std::string> out(1);
            for (char c : text) {
                if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
                    out.back() += c;
                } else if (!out.back().empty()) {
                    out.emplace_back();
                }
            }
            if (out.back().empty()) out.pop_back();
            return out;
        };
        const std::vector<std::string> words = wordsOf(quote);
        if (words.size() < 6) return false;
        const std::vector<std::string> there = wordsOf(paragraph);
        // (In order: each found after the one before it, within a sentence's reach of it; tried from each place the quote's first
        // word stands, "it" being said earlier in a long paragraph too.)
        const auto matchesFrom = [&](std::size_t start) {
            std::size_t found = 0, at = start, missing = 0;
            for (const std::string& w : words) {
                const auto limit = there.begin() + static_cast<std::ptrdiff_t>(std::min(there.size(), at + (found == 0 ? there.size() : 4)));
                const auto hit = std::find(there.begin() + static_cast<std::ptrdiff_t>(std::min(at, there.size())), limit, w);
                if (hit == limit) {
                    ++missing;
                    continue;
                }
                ++found;
                at = static_cast<std::size_t>(hit - there.begin()) + 1;
            }
            return found * 10 >= words.size() * 8 && missing <= 2;
        };
        if (matchesFrom(0)) return true;
        for (std::size_t start = 1; start < there.size(); ++start) {
            if (there[start] == words[0] && matchesFrom(start)) return true;
        }
        return false;
    }

    void dropRepeatedPullQuotes() {
        std::vector<Block>& out = article_.blocks;
        // A pull quote with its speaker after a dash in the same box ("… very often.- Cliff Narang, B.C. Wildfire
        // Service"): the quote alone is compared.
        const auto withoutSpeaker = [](const std::string& text) {
            for (const char* dash : {"- ", "\xE2\x80\x94 ", "\xE2\x80\x93 ", "\xE2\x80\x94", "\xE2\x80\x93"}) {
                const std::size_t at = text.rfind(dash);
                if (at == std::string::npos || at < 2) continue;
                std::size_t before = at;
                while (before > 0 && text[before - 1] == ' ') --before;
                const std::string rest = text.substr(at + std::strlen(dash));
                if (before > 0 && std::string(".!?\"").find(text[before - 1]) != std::string::npos && countWords(rest) <= 10 &&
                    std::string(".!?").find(rest.empty() ? '.' : rest.back()) == std::string::npos) {
                    return text.substr(0, before);
                }
                if (before >= 3 && (text.compare(before - 3, 3, "\xE2\x80\x9D") == 0) && countWords(rest) <= 10) return text.substr(0, before);
            }
            return text;
        };
        std::vector<std::string> folded;
        for (const Block& b : out) {
            // Without quotation marks, which the story sets around more words than the pull quote repeats.
            std::string f = foldForComparison(b.kind == BlockKind::Quote ? withoutSpeaker(b.text) : b.text);
            for (const char* mark : kQuotationMarks) {
                for (std::size_t at = f.find(mark); at != std::string::npos; at = f.find(mark, at)) f.erase(at, std::strlen(mark));
            }
            folded.push_back(std::move(f));
        }
        std::vector<bool> drop(out.size(), false);
        std::size_t candidates = 0;
        for (std::size_t i = 0; i < out.size(); ++i) {
            const std::size_t words = countWords(out[i].text);
            // (In plain text a pull quote is a line that is all one quotation.)
            // (On a page, a strapline over the story that is all one quotation too: "\"It's like seeing a 10-year-old who's
            // already 6 feet tall.\"", which the story quotes again with its speaker.)
            // (Or a paragraph all in quotation marks right after the sentence it repeats, a pull quote a page's data set among its
            // paragraphs: "…which makes it easiest to judge the Vision Pro on what won't change." over "\"It's easiest to judge
            // the Vision Pro on what won't change\"".)
            const bool echoed = !plain_ && i > 0 && out[i].kind == BlockKind::Paragraph && isQuotedWhole(out[i].text) &&
                                isBodyKind(out[i - 1].kind) && nearlyAllWordsIn(lowerUtf8(out[i].text), lowerUtf8(out[i - 1].text));
            if (echoed && countWords(out[i].text) >= 4) {
                drop[i] = true;
                continue;
            }
            const bool candidate = plain_ ? isQuotedWhole(out[i].text) : out[i].kind == BlockKind::Quote || (i <= 2 && isQuotedWhole(out[i].text));
            // (A page has a few pull quotes; a dialogue set in quoted lines is not compared with everything.)
            if (!candidate || words < 4u || words > 40 || ++candidates > 40) continue;
            const std::string quote = plain_ ? out[i].text : withoutSpeaker(out[i].text);
            const std::string lowerQuote = lowerUtf8(quote);
            const std::vector<std::string> parts = foldedSentences(quote);
            for (std::size_t k = 0; k < out.size() && !drop[i]; ++k) {
                if (k == i || drop[k] || !isBodyKind(out[k].kind) || folded[k].size() <= folded[i].size()) continue;
                // The whole of it, or each of its sentences where the story has the speaker between them.
                bool each = parts.size() >= 2;
                for (const std::string& part : parts) each = each && folded[k].find(part) != std::string::npos;
                drop[i] = folded[k].find(folded[i]) != std::string::npos || each ||
                          (!plain_ && nearlyAllWordsIn(lowerQuote, lowerUtf8(out[k].text)));
                // Its attribution goes with it ("Karl-Heinz Vogt, Pro Bahn", "Ayşe Demir, commuter"): a short
                // line without a full stop whose names the story's sentence already gave (its small words,
                // a role, need not be there).
                if (drop[i] && i + 1 < out.size() && countWords(out[i + 1].text) <= 8 && out[i + 1].kind != BlockKind::Heading &&
                    isUnpunctuatedShortLine(out[i + 1].text, 8)) {
                    // (The story may name the speaker shorter: "Deputy Falle" for "Deputy Rhiannon Falle".)
                    std::size_t given = 0, missing = 0;
                    for (const std::string& w : splitWords(out[i + 1].text)) {
                        const std::string f = foldForComparison(w);
                        const bool small = std::islower(static_cast<unsigned char>(w[0])) != 0;
                        if (f.empty() || small) continue;
                        (folded[k].find(f) != std::string::npos ? given : missing) += 1;
                    }
                    drop[i + 1] = missing == 0 || (missing == 1 && given >= 2);
                }
            }
        }
        std::vector<Block> kept;
        for (std::size_t i = 0; i < out.size(); ++i) {
            if (!drop[i]) kept.push_back(std::move(out[i]));
        }
        out = std::move(kept);
    }

    // Headings with no body after them are interface labels left at the end of a page. In plain text,
    // where headings are known only by their shape, two in a row are menu lines, not subheads.
    void dropOrphanHeadings() {
        std::vector<Block>& out = article_.blocks;
        // A fact box in plain text: short lines of a label and a figure under a title ("At a glance: the
        // Eastern extension" over "Length: 6.8km…", "Cost: £412m…"), shaped as headings, are its list.
        const auto fact = [](const std::string& t) { return isBoxFact(t); };
        for (std::size_t i = 0; plain_ && i < out.size();) {
            std::size_t end = i;
            std::size_t facts = 0;
            while (end < out.size() && out[end].kind == BlockKind::Heading) facts += fact(out[end++].text);
            if (facts >= 2) {
                for (std::size_t k = fact(out[i].text) ? i : i + 1; k < end; ++k) out[k].kind = BlockKind::ListItem;
            }
            i = end > i ? end : i + 1;
        }
        // (A results list in plain text, its lines short and unpunctuated as headings are, each opening on its place: "1.
        // Tadej Pogačar (Slo) UAE Team Emirates-XRG, 4:07:18" over "2. Jonas Vingegaard (Den) Visma-Lease a Bike, at 2:10".)
        const auto ranked = [&](std::size_t k) {
            if (k >= out.size()) return false;
            const std::string& t = out[k].text;
            const std::size_t dot = t.find(". ");
            return dot != std::string::npos && dot >= 1 && dot <= 2 &&
                   std::all_of(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(dot), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
        };
        for (std::size_t i = 0; plain_ && i < out.size(); ++i) {
            if (out[i].kind == BlockKind::Heading && ranked(i) && (ranked(i + 1) || (i > 0 && ranked(i - 1)))) out[i].kind = BlockKind::ListItem;
        }
        // (Unless the article is headings alone, over its pictures: then they are what it says.)
        if (!plain_ && !article_.hasReadableBody()) return;
        std::vector<bool> drop(out.size(), false);
        bool bodyAfter = false;
        // (A notice's field set as a heading, "AREA: PART OF KAREN" under "NAIROBI COUNTY", over its facts: a heading beside
        // it is no menu's line.)
        // (Its fields may follow one another as headings, "AREA: …" over "DATE: …", the facts under the last.)
        const auto labelled = [&](std::size_t k) {
            const std::string& t = out[k].text;
            const std::size_t colon = t.find(": ");
            return out[k].kind == BlockKind::Heading && colon != std::string::npos && colon > 0 && countWords(t.substr(0, colon)) <= 2;
        };
        const auto field = [&](std::size_t k) {
            std::size_t end = k;
            while (end < out.size() && labelled(end)) ++end;
            return end > k && end < out.size() && isBodyKind(out[end].kind);
        };
        for (std::size_t i = out.size(); i-- > 0;) {
            const bool heading = out[i].kind == BlockKind::Heading;
            const bool headingNext = i + 1 < out.size() && out[i + 1].kind == BlockKind::Heading && !field(i + 1);
            const bool headingBefore = i > 0 && out[i - 1].kind == BlockKind::Heading && !field(i);
            if (isBodyKind(out[i].kind)) bodyAfter = true;
            // (And in pasted text a section's path set as a heading: "Local News | City Hall".)
            drop[i] = heading && (!bodyAfter || (plain_ && (headingNext || headingBefore || isMenuRow(out[i].text))));
        }
        std::vector<Block> kept;
        kept.reserve(out.size());
        for (std::size_t i = 0; i < out.size(); ++i) {
            if (!drop[i]) kept.push_back(std::move(out[i]));
        }
        out = std::move(kept);
    }

    const bool plain_;
    const bool markdown_;
    Article& article_;
    const std::string titleHint_;
    std::string subjectTitle_;  // an email's subject, less its marks of reply, forward and embargo
    std::string wireReporter_;  // a Korean wire's reporters, named before "기자 =" in its first paragraph
    const std::vector<RawBlock>* raw_ = nullptr;  // the blocks being placed, for a look at the next one
    bool underLabel_ = false;                 // plain text: the last block was a label ending on its colon, or a point under it
    const RawBlock* standfirst_ = nullptr;    // plain text: the line under the headline, read as a paragraph
    std::vector<std::size_t> metadataLines_;  // the byline and date lines taken, in order
    std::optional<DateTime> bareDate_;   // the first date line alone before the story
    std::vector<std::string> pendingAlts_;  // alt texts of images whose caption may follow
    std::size_t blocksSinceImage_ = 0;
    bool lastWasImageOnly_ = false;
    std::set<std::string> seen_;            // folded texts already kept, so nothing is read twice
};

}  // namespace

void assembleArticle(std::vector<RawBlock> raw, BlockSource source, Article& article, const std::string& titleHint) {
    Assembly(source, article, titleHint).run(raw);
}

}  // namespace readcast
