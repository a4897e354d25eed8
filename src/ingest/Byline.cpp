#include "ingest/Byline.hpp"

#include <unicode/listformatter.h>
#include <unicode/uchar.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <set>
#include <cctype>
#include <cstring>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "core/WordSet.hpp"
#include "core/LanguageTag.hpp"
#include "core/Months.hpp"
#include "core/NewsAgencies.hpp"
#include "core/Text.hpp"
#include "core/Utf8.hpp"

namespace readcast {
namespace {

std::string agencyName(const std::string& name) { return newsAgencyName(name); }

bool isRoleWord(const std::string& lower) {
    static const char* const kRoles[] = {"reporter", "reporters", "correspondent", "correspondents", "editor", "editors",
                                         "writer", "writers", "columnist", "journalist", "contributor", "producer",
                                         "critic", "photographer", "analyst", "staff", "desk", "team", "newsroom", "redactie",
                                         // a transcript's lists of who spoke, "Company Participants", "Conference Call Participants"
                                         "participants", "attendees", "speakers", "panelists", "panellists", "presenters", "executives",
                                         "bureau", "chief", "senior", "deputy", "reporting", "contributing", "special",
                                         "freelance", "intern", "host", "anchor", "opinion", "editorial", "admin",
                                         "administrator", "webmaster", "guest", "author", "moderator", "digital",
                                         "online", "web", "news", "service", "board", "autor", "autorka", "autorzy", "autore",
                                         "autrice", "auteur", "autora", "newsdesk", "webdesk",
                                         // a desk credit in the languages readcast reads most
                                         "redazione", "redacción", "redação", "rédaction", "redaktion", "redaccion",
                                         "correspondante", "journaliste", "r\xC3\xA9" "dactrice", "envoy\xC3\xA9" "e", "envoy\xC3\xA9",
                                         "sp\xC3\xA9" "ciale", "sp\xC3\xA9" "cial", "periodista", "corresponsal", "redactora",
                                         "giornalista", "inviato", "inviata", "korrespondentin", "redakteurin", "meteorologist",
                                         "rep\xC3\xB3rter", "rep\xC3\xB3rteres", "jornalista", "correspondente", "redator", "redatora",
                                         "reportera", "reportero", "reporterin",
                                         // Korean and Japanese: reporter, correspondent ("김민수 기자")
                                         "\xEA\xB8\xB0\xEC\x9E\x90", "\xED\x8A\xB9\xED\x8C\x8C\xEC\x9B\x90",
                                         "\xE8\xA8\x98\xE8\x80\x85",
                                         // degrees after a name: "Brenda Goodman, MA"
                                         "ma", "md", "phd", "ph.d.", "rn", "mph", "msc", "bsc", "ms", "mba", "jd", "dds",
                                         "rd", "np", "pa-c", "facp",
                                         // a company blog's writer's job: "Andrew Hayden, Software Engineer on Google Play"
                                         "engineer", "engineers", "manager", "designer", "scientist", "researcher", "developer",
                                         "advocate", "director", "officer", "strategist", "economist", "evangelist"};
    for (const char* r : kRoles) {
        if (lower == r) return true;
    }
    return false;
}

// A writer's job, the last word of a title before or after a byline's name ("Staff Writer", "Meteorologist").
bool isWritersJob(const std::string& lower) {
    static const char* const kJobs[] = {"writer", "reporter", "correspondent", "editor", "columnist", "journalist", "meteorologist",
                                        "critic", "photographer", "producer", "contributor", "anchor"};
    return std::any_of(std::begin(kJobs), std::end(kJobs), [&](const char* j) { return lower == j; });
}

// The desks a title names after a byline ("Games Editor", "Technology Correspondent").
bool isDeskWord(const std::string& lower) {
    static const char* const kDesks[] = {"games", "gaming", "technology", "tech", "politics", "political", "business",
                                         "science", "health", "sports", "sport", "entertainment", "culture", "features",
                                         "foreign", "metro", "investigations", "investigative", "travel", "food", "music",
                                         "film", "arts", "books", "style", "fashion", "motoring", "climate",
                                         "environment", "environmental", "education", "economics", "economy", "markets",
                                         "finance", "financial", "weather", "video", "photo", "audio", "podcast",
                                         "social", "media", "audience", "world", "national", "local", "legal", "crime",
                                         "security", "defense", "defence", "diplomatic", "consumer", "lifestyle", "transport", "transportation",
                                         "energy", "property", "housing", "courts", "royal", "religion", "labour", "labor",
                                         "employment", "agriculture", "medical", "city", "state", "home", "affairs", "europe", "parliamentary",
                                         "community", "data", "real", "estate", "drink", "drinks", "wine", "dining", "restaurants",
                                         "homes", "gardening", "garden", "outdoors", "cars", "autos", "beauty", "wellness", "parenting",
                                         "family", "personal", "money", "investing", "retail", "careers", "aviation", "space",
                                         "military", "immigration", "history", "faith", "television", "tv", "radio", "theater",
                                         "theatre", "dance", "nightlife", "pop", "tennis", "football", "soccer", "baseball", "basketball",
                                         "hockey", "golf", "cricket", "rugby", "racing", "motorsport", "motorsports"};
    for (const char* d : kDesks) {
        if (lower == d) return true;
    }
    return false;
}

// The word a newspaper's name ends on, "Globe", "Times", "Herald": before a writer's job it is the paper's.
bool isMastheadWord(const std::string& lower) {
    static const char* const kMastheads[] = {"globe", "times", "post", "journal", "herald", "tribune", "chronicle", "star", "gazette",
                                             "telegraph", "guardian", "examiner", "inquirer", "observer", "courier", "express",
                                             "mirror", "independent", "standard", "bulletin", "register", "dispatch", "sentinel",
                                             "review", "bee", "news", "record", "enquirer", "argus", "leader", "democrat",
                                             "republican", "advertiser", "citizen", "statesman", "mercury", "age", "australian"};
    for (const char* m : kMastheads) {
        if (lower == m) return true;
    }
    return false;
}

// "JANE DOE" -> "Jane Doe", and a surname in capitals as French and other papers set it, "Maëlle
// GUYOMARC'H" -> "Maëlle Guyomarc'h"; an initialism alone ("BBC", "TMZ") is left as written.
std::string unshout(const std::string& name) {
    bool lower = false;
    for (char c : name) lower = lower || std::islower(static_cast<unsigned char>(c));
    if (name.size() <= 4 && name.find(' ') == std::string::npos) return name;
    if (lower) {
        const std::vector<std::string> words = splitWords(name);
        const auto shouted = [](const std::string& w, std::size_t prefix, std::size_t& letters) {
            bool wordLower = false;
            letters = 0;
            for (std::size_t i = prefix; i < w.size(); ++i) {
                wordLower = wordLower || std::islower(static_cast<unsigned char>(w[i]));
                letters += std::isalpha(static_cast<unsigned char>(w[i])) != 0;
            }
            return !wordLower && letters > 0;
        };
        std::string out;
        for (std::size_t k = 0; k < words.size(); ++k) {
            const std::string& w = words[k];
            // "McFETRIDGE", as a wire sets a name in capitals: the prefix keeps its small letters.
            const std::size_t prefix = w.rfind("Mc", 0) == 0 ? 2 : w.rfind("Mac", 0) == 0 ? 3 : 0;
            std::size_t letters = 0;
            // (A generational suffix stays in capitals: "J. Whitfield Banks III".)
            bool unshouted = shouted(w, prefix, letters) && letters >= 3 && !(k > 0 && (w == "III" || w == "IV"));
            // (A broadcaster's or a paper's letters before its desk's word, "NOS Nieuws", "RTÉ News", stay: a surname in
            // capitals comes after the given name.)
            if (k == 0 && unshouted && words.size() > 1 && looksLikeOrganisation(name)) unshouted = false;
            // A short particle of a surname in capitals, "Anne-Sophie LE GALL", "Jean DE LA FONTAINE", goes
            // with the surname; a word of two letters alone, "JD", is an initialism.
            const bool particle = !unshouted && shouted(w, prefix, letters) && letters < 3;
            for (std::size_t j = k + 1; particle && !unshouted && j < words.size(); ++j) {
                std::size_t nextLetters = 0;
                if (!shouted(words[j], 0, nextLetters)) break;
                unshouted = nextLetters >= 3;
            }
            out += (out.empty() ? "" : " ") + (unshouted ? w.substr(0, prefix) + unshout(w.substr(prefix) + " ") : w);
        }
        return collapseWhitespace(out);
    }
    // (Letters beyond ASCII too: "SABINE KRÜGER" is "Sabine Krüger", not "Sabine KrÜger".)
    // ("O'NEILL" is "O'Neill": after one letter, the apostrophe starts the name again.)
    std::string out;
    bool start = true;
    std::size_t letters = 0;  // of the word so far
    for (std::size_t i = 0; i < name.size();) {
        const char32_t c = nextCodePoint(name, i);
        appendUtf8(out, start ? c : static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
        const bool letter = u_isalpha(static_cast<UChar32>(c));
        start = (!letter && c != '\'') || (c == '\'' && letters == 1);
        letters = letter ? letters + 1 : c == '\'' ? letters : 0;
    }
    // ("MARCUS BELL III": the suffix after the name goes back to its capitals.)
    for (const char* suffix : {" Ii", " Iii", " Iv"}) {
        const std::size_t at = out.rfind(suffix);
        const std::size_t end = at == std::string::npos ? at : at + std::strlen(suffix);
        if (at != std::string::npos && (end == out.size() || out[end] == ' ' || out[end] == ',')) {
            for (std::size_t k = at + 1; k < end; ++k) out[k] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[k])));
        }
    }
    return out;
}

// A weekday's name, in lower case, in the languages bylines are written in ("Tuesday", "Dinsdag").
bool isWeekdayName(const std::string& lower) { return weekdayFromName(lower) >= 0; }
bool isEnglishWeekdayName(const std::string& lower) {
    return lower == "monday" || lower == "tuesday" || lower == "wednesday" || lower == "thursday" || lower == "friday" || lower == "saturday" ||
           lower == "sunday" ||
           // ("Domini Corrigan Sat": the Irish Times's "Sat Dec 7 2024" on the line under the name; "Sun" is a surname too,
           // Lena Sun, and ends a name only before a date.)
           // (Nor "Thu", "Mon" or "Tue": Vietnamese names, "Nguyen Thu Ha", "Anh Thu".)
           lower == "tues" || lower == "tues." || lower == "wed" || lower == "wed." || lower == "thurs" || lower == "thurs." || lower == "fri" ||
           lower == "fri." || lower == "sat" || lower == "sat.";
}

// One candidate name: opening words ("By", "Written by", "Por"), handles, addresses, and everything from
// the first date or number on are taken off; "for <Site>" and trailing titles go.
std::string cleanPiece(std::string piece) {
    std::vector<std::string> words = splitWords(piece);
    // Opening words of a byline in several languages.
    static const char* const kOpenings[] = {"by", "written", "words", "story", "reporting", "text", "compiled", "por", "par",
                                            "von", "door", "deur", "av", "af", "autor:", "author:", "by:", "scritto", "escrito", "\xC3\xA9" "crit",
                                            "geschrieben", "autorin:", "autore:", "auteur:", "autora:", "da:", "interview",
                                            "interviewed", "reported", "posted", "postado", "publicado", "pubblicato", "geplaatst",
                                            "publi\xC3\xA9", "ver\xC3\xB6" "ffentlicht", "autorka:", "autorzy:", "autor",
                                            "texto", "texto:", "text:", "words:", "fotos", "foto", "photos", "pictures", "por:",
                                            "par:", "von:", "door:", "di:", "av:", "tekst:", "skribent:", "szerz\xC5\x91:",
                                            "\xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80", "\xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80:",  // автор
                                            "\xD9\x86\xD8\xB4\xD8\xB1",                  // نشر (posted)
                                            "\xD8\xA8\xD9\x88\xD8\xA7\xD8\xB3\xD8\xB7\xD8\xA9",  // بواسطة (by)
                                            "\xD8\xA8\xD9\x82\xD9\x84\xD9\x85",        // بقلم (by the pen of)
                                            "\xD8\xA8\xD9\x82\xD9\x84\xD9\x85:", "\xD8\xA8\xD9\x88\xD8\xA7\xD8\xB3\xD8\xB7\xD8\xA9:",
                                            "geschreven", "texte", "tekst", "testo", "penulis:", "penulis", "oleh", "oleh:",
                                            "reporter:", "wartawan:", "author",
                                            // a portal's label over a contributor's name: "Source: Kwabena Mensah, Contributor"
                                            "source:"};
    std::string previous;
    while (!words.empty()) {
        std::string lower = lowerUtf8(words.front());
        bool opening = false;
        for (const char* o : kOpenings) opening = opening || lower == o;
        // Italian "di Mario Rossi" (in lower case: "Di Maria" is a name).
        opening = opening || words.front() == "di";
        // "Scritto da Giulia Ferraresi": the second word of the opening.
        opening = opening || (previous == "scritto" && words.front() == "da");
        // ("Postado por", "Pubblicato da", "Publié par": a blog's "posted by".)
        opening = opening || (previous == "pubblicato" && words.front() == "da");
        // ("Fotos e texto: Rafael Nunes", "Words and pictures by": the joining word of a credit's two parts.)
        opening = opening || (!previous.empty() && (lower == "e" || lower == "and" || lower == "y" || lower == "et" || lower == "und" ||
                                                    lower == "&"));
        if (!opening) break;
        previous = lower;
        words.erase(words.begin());
    }
    // Leading titles: "Meteorologist Kayla Brennan", "Staff Writer Marcus Delgado", "Chief Political Correspondent
    // Ann Lee": the job before the name, once a first and last name follow it.
    {
        std::size_t job = 0, lastRole = 0;
        while (job < words.size() && (isRoleWord(lowerUtf8(words[job])) || isDeskWord(lowerUtf8(words[job])))) {
            if (isRoleWord(lowerUtf8(words[job]))) lastRole = job + 1;
            ++job;
        }
        // (Up to the last role word: "Staff Writer", not "Staff Writer Sports" eating a name; a desk alone, "Politics
        // Jane Doe", is no job.)
        // (A writer's job only: "Md Rafiqul Islam", "Ma Jing Wen" open on a name that is also a degree's letters.)
        if (lastRole > 0 && isWritersJob(lowerUtf8(words[lastRole - 1])) && words.size() >= lastRole + 2 && !words[lastRole].empty() &&
            std::isupper(static_cast<unsigned char>(words[lastRole][0]))) {
            words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(lastRole));
        }
    }
    std::vector<std::string> kept;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        const std::string lower = lowerUtf8(w);
        // A date, a time, a count ("651" comments, "5 min read") ends the name.
        const bool number = w.find_first_of("0123456789") != std::string::npos;
        const bool month = monthFromName(w) != 0 && i + 1 < words.size() &&
                           words[i + 1].find_first_of("0123456789") != std::string::npos;
        // "Joe Wee Monday, February 29": the date line's weekday glued to the name.
        // (With a date after it: "Anna Freitag", "María Domingo" end on surnames that are weekdays' names.)
        const bool dateNext = i + 1 < words.size() && (words[i + 1].find_first_of("0123456789") != std::string::npos ||
                                                       monthFromName(words[i + 1]) != 0 || (!lower.empty() && lower.back() == ','));
        // (An English one ends it anyway, where the date went to the next piece: "Joe Wee Monday, February 29".)
        const std::string bare = !lower.empty() && lower.back() == ',' ? lower.substr(0, lower.size() - 1) : lower;
        // (Or its short form before the day's figure: Dutch "Youssef El Amrani di 17 feb. 2026", German "Di., 3. März".)
        static constexpr WordSet kShortWeekdays({"ma", "di", "wo", "do", "vr", "za", "zo", "mo", "mi", "fr", "sa", "so", "lun", "mar", "mer",
                                                 "jeu", "ven", "sam", "dim", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
                                                 "sun"});
        std::string shortForm = bare;
        if (!shortForm.empty() && shortForm.back() == '.') shortForm.pop_back();
        // (Or before the month's name, "Seán Ó Briain Sun Jul 13 2025".)
        const bool figureNext = i + 1 < words.size() && (std::isdigit(static_cast<unsigned char>(words[i + 1][0])) != 0 || monthFromName(words[i + 1]) != 0);
        // (First too, before its date or alone, its date in the next piece: "Updated / Tuesday, 11 Feb 2025 11:02" is a date
        // line, no writer named Tuesday.)
        const bool weekday = (i >= 1 && ((isWeekdayName(bare) && dateNext) || isEnglishWeekdayName(bare) ||
                                         (i >= 2 && figureNext && kShortWeekdays.count(shortForm) != 0))) ||
                             (i == 0 && ((isWeekdayName(bare) && dateNext && words.size() > 2) ||
                                         (words.size() == 1 && isEnglishWeekdayName(bare))));
        // ("Hannah Abernethy-Osei Last edited 2 June 2025": the date's label, "Last edited", "Last updated", after the name.)
        // (Its colon too: "Last updated: 10:42 PM".)
        std::string next = i + 1 < words.size() ? lowerAscii(words[i + 1]) : "";
        if (!next.empty() && next.back() == ':') next.pop_back();
        const bool lastChange = lower == "last" && (next == "edited" || next == "updated" || next == "modified" || next == "reviewed" ||
                                                    next == "changed");
        if (lastChange || number || month || weekday || lower == "updated" || lower == "published" || lower == "posted" || lower == "on" ||
            lower == "at" || lower == "am" || lower == "pm" || lower == "edited" || lower == "photographs" ||
            lower == "photos" || lower == "illustrations" || lower == "additional" || lower == "graphics") {
            break;
        }
        if (w.find('@') != std::string::npos || lower.rfind("http", 0) == 0 || lower.rfind("www.", 0) == 0) continue;
        // "Jane Doe for The Post", "Jane Doe in Seoul": the publication or the place is not the author (an
        // organisation's own "of"/"for" stays: "Organization for Transformative Works").
        if ((lower == "for" || lower == "in" || lower == "of") && kept.size() >= 2) break;
        kept.push_back(w);
    }
    // Trailing titles: "Jane Doe Senior Reporter", "Ben Silverman Games Editor", "Kelli Miller Health": the
    // role, and the desk it names, once at least a first and last name are left.
    const std::size_t before = kept.size();
    while (!kept.empty() && isRoleWord(lowerUtf8(kept.back()))) kept.pop_back();
    // ("Hannah Bradshaw Court Reporter": "Court" is the job's desk only before the job; "Mary Ellen Court" is a name.)
    // (So with the other desks a writer's job names: "Tom Harcourt Betting Writer", "Ann Lee Motoring Editor".)
    static constexpr WordSet kDesks({"court", "courts", "betting", "racing", "sports", "sport", "politics", "political", "business", "health",
                                     "science", "tech", "technology", "games", "gaming", "music", "film", "travel", "food", "money", "motoring",
                                     "football", "cricket", "rugby", "golf", "tennis", "education", "crime", "features", "culture", "arts",
                                     "entertainment", "weather", "environment", "climate", "property", "fashion", "royal", "economics",
                                     "economy", "finance", "markets", "energy", "transport", "investigations", "data", "consumer", "medical"});
    if (kept.size() > 2 && before > kept.size() && kDesks.count(lowerUtf8(kept.back())) != 0) kept.pop_back();
    // ("Herald Reporter", "Chronicle Staff": a paper's desk account, one word left of it, is no writer.)
    // (A Korean or Chinese name is one word: "김민준 기자" keeps it.)
    if (kept.size() == 1 && before > 1 && static_cast<unsigned char>(kept[0][0]) < 0x80) kept.clear();
    // ("Senior Agriculture Reporter": a job and its desk, no name in it.)
    // ("Food and Drink Editor": two desks joined.)
    if (std::all_of(kept.begin(), kept.end(), [](const std::string& w) {
            const std::string lw = lowerUtf8(w);
            return isRoleWord(lw) || isDeskWord(lw) || lw == "and" || lw == "&";
        })) {
        kept.clear();
    }
    // ("St. Louis Public Radio": a broadcaster's name ending on the word a desk may be named by is the outlet, no writer
    // with a desk.)
    if (kept.size() > 3 && before == kept.size() && isDeskWord(lowerUtf8(kept.back())) && looksLikeOrganisation(kept.back())) kept.clear();
    while (kept.size() > 2 && isDeskWord(lowerUtf8(kept.back()))) kept.pop_back();
    // ("Harriet Cole Globe Correspondent", "Tom Lee Times Staff Writer": the paper's name before the job, once a
    // first and last name are left; "Emily Post Correspondent" keeps her surname.)
    // (An initial is no name of its own: "Laura A. Bee Reporter" keeps "Bee".)
    const auto names = std::count_if(kept.begin(), kept.end(), [](const std::string& w) { return !(w.size() == 1 || (w.size() == 2 && w.back() == '.')); });
    if (names > 2 && before > kept.size() && isMastheadWord(lowerUtf8(kept.back()))) kept.pop_back();
    // ("Tim Harkness AP Sports Writer": an agency's letters before the job are the agency's, no third name.)
    if (kept.size() > 2 && before > kept.size() && kept.back().size() <= 4 && !newsAgencyName(kept.back()).empty()) kept.pop_back();
    std::string out;
    // ("Jane Doe For", "Jane Doe With Additional Reporting": a preposition after a name of two words and more
    // ends the name.)
    for (std::size_t k = 2; k < kept.size(); ++k) {
        const std::string lw = lowerUtf8(kept[k]);
        if (lw == "for" || lw == "of" || lw == "at" || lw == "on" || lw == "with" || lw == "in" || lw == "from") {
            kept.resize(k);
            break;
        }
    }
    for (const std::string& w : kept) out += (out.empty() ? "" : " ") + w;
    // Trailing punctuation and dashes ("Nicolas Perriault —").
    while (!out.empty() && (std::string_view(",.:;-(").find(out.back()) != std::string_view::npos ||
                            static_cast<unsigned char>(out.back()) >= 0x80)) {
        if (static_cast<unsigned char>(out.back()) < 0x80) {
            out.pop_back();
            continue;
        }
        // A trailing multi-byte character: a dash or a bullet goes, a letter stays.
        std::size_t start = out.size() - 1;
        while (start > 0 && (static_cast<unsigned char>(out[start]) & 0xC0) == 0x80) --start;
        const std::string last = out.substr(start);
        // (And a guillemet pointing at the date after it: phpBB's "by Sugar Loaf Halt » Tue Mar 12".)
        if (last != "\xE2\x80\x94" && last != "\xE2\x80\x93" && last != "\xE2\x80\xA2" && last != "\xC2\xB7" && last != "\xC2\xBB") break;
        out.erase(start);
    }
    return collapseWhitespace(out);
}

// A nickname or initials in brackets inside one name ("Richard (R.J.) Eskow", "Robert (Bob) Smith"): the
// name without them, so the brackets do not split it into three people.
std::string withoutBracketedNickname(const std::string& byline) {
    std::string out = byline;
    // "Priya Nandakumar (now) and Liam Hart (earlier)": a live page's shifts, in lower case, go.
    for (std::size_t open = out.find(" ("); open != std::string::npos; open = out.find(" (", open)) {
        const std::size_t close = out.find(')', open);
        const std::string inside = close == std::string::npos ? "" : out.substr(open + 2, close - open - 2);
        if (inside != "now" && inside != "earlier" && inside != "later" && inside != "previously" && inside != "overnight") {
            ++open;
            continue;
        }
        out.erase(open, close + 1 - open);
    }
    for (std::size_t open = out.find(" ("); open != std::string::npos; open = out.find(" (", open + 1)) {
        const std::size_t close = out.find(')', open);
        if (close == std::string::npos || close + 2 >= out.size() || out[close + 1] != ' ') continue;
        const std::string inside = out.substr(open + 2, close - open - 2);
        const bool before = open > 0 && std::isalpha(static_cast<unsigned char>(out[open - 1]));
        const bool after = std::isupper(static_cast<unsigned char>(out[close + 2]));
        if (!before || !after || inside.empty() || countWords(inside) > 2 ||
            !std::isupper(static_cast<unsigned char>(inside[0])) || inside.find(',') != std::string::npos) {
            continue;
        }
        out.erase(open, close + 1 - open);
    }
    return out;
}

// Splits a byline into candidate names at pipes, bullets, dashes, slashes, commas, semicolons and the
// "and" of several languages.
std::vector<std::string> pieces(const std::string& byline) {
    static constexpr std::string_view kSeparators[] = {
        " | ", "|", " \xE2\x80\xA2 ", "\xE2\x80\xA2", " \xC2\xB7 ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", " / ", "/",
        "; ", ", ", " and ", " & ", " y ", " et ", " und ", " e ", " en ", " i ", " (avec ", " (with ", " (con ", " (com ",
        " (mit ", " avec ", " with ", " mit ", " och ", " og ", "(", ")"};
    std::vector<std::string> out;
    std::vector<std::string_view> cuts;  // the separator before each piece but the first
    std::string current;
    std::size_t i = 0;
    while (i < byline.size()) {
        bool cut = false;
        for (std::string_view sep : kSeparators) {
            if (byline.compare(i, sep.size(), sep) == 0) {
                out.push_back(current);
                cuts.push_back(sep);
                current.clear();
                i += sep.size();
                cut = true;
                break;
            }
        }
        if (!cut) current += byline[i++];
    }
    out.push_back(current);
    // "Núria Puigdemont i Serra", "José Ortega y Gasset": a Catalan or Spanish double surname joined by its
    // "and", one capitalized word after a full name, is one person's.
    for (std::size_t k = out.size(); k-- > 1;) {
        if (cuts[k - 1] != " i " && cuts[k - 1] != " y ") continue;
        const std::string after = collapseWhitespace(out[k]);
        if (splitWords(after).size() != 1 || splitWords(collapseWhitespace(out[k - 1])).size() < 2 ||
            !std::isupper(static_cast<unsigned char>(after[0]))) {
            continue;
        }
        out[k - 1] += std::string(cuts[k - 1]) + out[k];
        out.erase(out.begin() + static_cast<std::ptrdiff_t>(k));
    }
    return out;
}


bool isGeneric(const std::string& name, const std::string& site) {
    const std::string lower = lowerUtf8(name);
    if (lower.empty()) return true;
    // (A date's label is nobody's name: "Posted: Jan 16, 2024" beside the author's box gave "By Posted".)
    {
        std::string bare = collapseWhitespace(lower);
        while (!bare.empty() && (bare.back() == ':' || bare.back() == '.')) bare.pop_back();
        for (const char* label : {"posted", "updated", "published", "last updated", "modified", "date", "publicado", "actualizado", "publi\xC3\xA9",
                                  "mis \xC3\xA0 jour", "ver\xC3\xB6" "ffentlicht", "aktualisiert", "pubblicato", "aggiornato",
                                  // ("Redactie · 25 jan. 2024 · Laatste update: 17:20" gave "By Redactie and Laatste update".)
                                  "laatste update", "bijgewerkt", "gepubliceerd", "geplaatst", "atualizado", "publicado em",
                                  "\xC3\xBAltima actualizaci\xC3\xB3n", "\xC3\xBAltima atualiza\xC3\xA7\xC3\xA3o", "zuletzt aktualisiert",
                                  "derni\xC3\xA8re mise \xC3\xA0 jour", "ultimo aggiornamento", "last update"}) {
            if (bare == label) return true;
        }
    }
    const std::string siteLower = lowerUtf8(collapseWhitespace(site));
    // The site's own name as author, unless the site is a person's ("Haki Benita", a personal blog).
    // (In a script without capitals, where case tells nothing, the site's name is taken for the site's.)
    const bool cased = std::any_of(name.begin(), name.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
    if (!siteLower.empty() && (lower == siteLower || lower == "the " + siteLower) && (looksLikeOrganisation(name) || !cased)) return true;
    // A name starts in capitals: "ici Alsace" after "Claire Wagner et" is a station's, a name in lower case
    // a handle's (a script without capitals aside).
    // (A credit's label still on it, "texto: Rafael Nunes", "pictures by Tom Hale", is the caller's to clean.)
    if (cased && std::islower(static_cast<unsigned char>(collapseWhitespace(name)[0])) && splitWords(lower).size() >= 2 &&
        name.find(':') == std::string::npos) {
        // (Unless it starts with a surname's particle, "de la Cruz", or still has a credit's word, "pictures by
        // Tom Hale", for the caller to clean; "chargée de plaidoyer" is a job.)
        static constexpr WordSet kParticles({"de", "da", "di", "van", "von", "der", "den", "du", "del", "della", "le", "la",
                                                      "al", "el", "bin", "ben", "ter", "ten", "dos", "das", "do"});
        static constexpr WordSet kCredits({"by", "por", "par", "door", "av", "af", "mit", "with", "avec", "con", "com", "und", "and"});
        const std::vector<std::string> words = splitWords(lower);
        bool credit = false;
        for (const std::string& w : words) credit = credit || kCredits.count(w) != 0;
        if (kParticles.count(words[0]) == 0 && !credit) return true;
    }
    // A page's interface words where its byline should be ("Follow", "Last Updated", "Share").
    for (const char* ui : {"follow", "follow us", "last", "last updated", "updated", "share", "subscribe", "more", "menu",
                           "comments", "creator name", "author name", "your name", "name",
                           // a fact box's heading in capitals, "BY THE NUMBERS", and phrases that open on "by the"
                           "the numbers", "numbers", "the way", "the time", "the end", "the book", "the look", "the light", "the rules"}) {
        if (lower == ui) return true;
    }
    // A share button's label: "Share on Facebook", "Deel op WhatsApp", "Partager sur X", "Compartir en …".
    for (const char* share : {"share on ", "share via ", "deel op ", "delen op ", "del p\xC3\xA5 ", "dela p\xC3\xA5 ", "partager sur ",
                              "compartir en ", "compartilhar no ", "compartilhe no ", "condividi su ", "teilen auf ", "udost\xC4\x99pnij na "}) {
        if (lower.rfind(share, 0) == 0) return true;
    }
    // Only role words left ("Staff Reporter", "Our Foreign Staff", "News Desk").
    bool allRoles = true;
    for (const std::string& w : splitWords(lower)) allRoles = allRoles && (isRoleWord(w) || w == "our" || w == "the" ||
                                                                       w == "foreign" || w == "political" ||
                                                                       w == "business" || w == "sports" || w == "city");
    if (allRoles) return true;
    // "<Site> Staff", "TMZ Staff": a publication's desk.
    const std::vector<std::string> words = splitWords(lower);
    // ("Contracts For", left of "March 7, 2025" in a title: no name of two words ends on a preposition or an
    // article; a longer one, "Jane Doe For", is trimmed by cleanPiece.)
    if (words.size() == 2) {
        for (const char* w : {"for", "of", "the", "in", "on", "at", "to", "from", "with", "a", "an"}) {
            if (words.back() == w) return true;
        }
    }
    return words.size() >= 2 && (words.back() == "staff" || words.back() == "desk" || words.back() == "team" ||
                                 words.back() == "newsroom" || words.back() == "reporters");
}

}  // namespace

std::string unshoutName(const std::string& name) { return unshout(name); }

// "A, B and C" in English (news style, no serial comma); in other languages as ICU lists them
// ("A, B et C", "A, B und C").
std::string joinNames(const std::vector<std::string>& names, const std::string& language) {
    if (names.empty()) return "";
    if (primaryLanguage(language) != "en" && names.size() > 1) {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::ListFormatter> list(
            icu::ListFormatter::createInstance(icu::Locale::forLanguageTag(language, status), status));
        if (list != nullptr && U_SUCCESS(status)) {
            std::vector<icu::UnicodeString> items;
            for (const std::string& n : names) items.push_back(icu::UnicodeString::fromUTF8(n));
            icu::UnicodeString joined;
            list->format(items.data(), static_cast<int32_t>(items.size()), joined, status);
            std::string out;
            if (U_SUCCESS(status)) return joined.toUTF8String(out);
        }
    }
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    return out;
}

bool isNewsAgency(const std::string& name) { return !agencyName(name).empty(); }

bool isSourceOrDeskLabel(const std::string& lower) {
    static constexpr WordSet kLabels({"source:", "fuente:", "fonte:", "quelle:", "kilde:", "k\xC3\xA4lla:", "sumber:", "bron:",
                                               "\xC5\xBAr\xC3\xB3" "d\xC5\x82o:", "\xD0\xB8\xD1\x81\xD1\x82\xD0\xBE\xD1\x87\xD0\xBD\xD0\xB8\xD0\xBA:",
                                               "redacci\xC3\xB3n", "redazione", "r\xC3\xA9" "daction", "redaktion", "reda\xC3\xA7\xC3\xA3o", "redactie",
                                               "redakcja"});
    return kLabels.count(lower) != 0;
}

bool isPublishingAccount(const std::string& byline) {
    const std::string account = lowerUtf8(collapseWhitespace(byline));
    return account == "super user" || account == "superuser" || account == "site admin" || account == "admin" || account == "administrator" ||
           account == "webmaster";
}

bool isDeskName(const std::string& byline) {
    if (isPublishingAccount(byline)) return true;
    const std::vector<std::string> words = splitWords(lowerUtf8(byline));
    if (words.empty()) return false;
    // ("newsdesk", "webdesk": a desk's login.)
    if (words.size() == 1) {
        for (const char* login : {"newsdesk", "webdesk", "desk", "editor", "editors", "staff", "redaccion", "redacci\xC3\xB3n", "redazione",
                                  "redaktion", "newsroom", "redactie", "redakcja", "reda\xC3\xA7\xC3\xA3o",
                                  "\xD1\x80\xD0\xB5\xD0\xB4\xD0\xB0\xD0\xBA\xD1\x86\xD0\xB8\xD1\x8F"}) {  // редакция
            if (words[0] == login) return true;
        }
        return false;
    }
    for (const char* desk : {"desk", "staff", "team", "newsroom", "editors", "bureau"}) {
        if (words.back() == desk) return true;
    }
    // ("Our Correspondent", "Our Staff Reporter", "Staff Reporter", as South Asian and African papers credit their own.)
    if (words.size() <= 3 && (words.front() == "our" || words.front() == "staff") &&
        (words.back() == "correspondent" || words.back() == "reporter" || words.back() == "correspondents" || words.back() == "reporters" ||
         words.back() == "writer")) {
        return true;
    }
    // (Joomla's and WordPress's first accounts, "Super User", "Site Admin", are publishing accounts; so, as
    // a desk, are "Super Admin" and "Site User".)
    if (words.size() == 2 && (words[0] == "super" || words[0] == "site") && (words[1] == "user" || words[1] == "admin")) return true;
    for (const char* desk : {"redacci\xC3\xB3n", "redazione", "r\xC3\xA9" "daction", "redaktion", "reda\xC3\xA7\xC3\xA3o", "redactie",
                             "redakcja", "\xD1\x80\xD0\xB5\xD0\xB4\xD0\xB0\xD0\xBA\xD1\x86\xD0\xB8\xD1\x8F"}) {  // редакция
        // ("Redacción Madrid", "onze politieke redactie": the newsroom first, or last after whose it is.)
        if (words.front() == desk || (words.size() <= 4 && words.back() == desk)) return true;
    }
    return false;
}

std::size_t nameAfterJobTitle(const std::string& line) {
    const std::vector<std::string> words = splitWords(line);
    if (words.size() < 3 || words.size() > 7 || line.empty() || line.back() == '.' || line.find_first_of("0123456789,:|") != std::string::npos) {
        return std::string::npos;
    }
    std::size_t job = 0, lastRole = 0;
    while (job < words.size() && (isRoleWord(lowerUtf8(words[job])) || isDeskWord(lowerUtf8(words[job])))) {
        if (isRoleWord(lowerUtf8(words[job]))) lastRole = job + 1;
        ++job;
    }
    // (A writer's job title of two words at least, "Staff Writer", "Senior Reporter"; then two or three names in capitals.
    // One word is a headline's subject as often: "Photographer Captures Rare Owl", "Anchor Quits Fox News".)
    const std::string last = lastRole > 0 ? lowerUtf8(words[lastRole - 1]) : "";
    const std::size_t names = words.size() - lastRole;
    if (!isWritersJob(last) || lastRole < 2 || lastRole != job || names < 2 || names > 3) return std::string::npos;
    for (std::size_t k = lastRole; k < words.size(); ++k) {
        if (!std::isupper(static_cast<unsigned char>(words[k][0])) && static_cast<unsigned char>(words[k][0]) < 0xC3) return std::string::npos;
    }
    // (The byte where the first name starts.)
    std::size_t at = 0;
    for (std::size_t k = 0; k < lastRole; ++k) {
        at = line.find(words[k], at) + words[k].size();
    }
    return line.find(words[lastRole], at);
}

bool isJobTitleLine(const std::string& line) {
    const std::vector<std::string> all = splitWords(line);
    if (all.empty() || all.size() > 7) return false;
    static const char* const kTitles[] = {"reporter", "correspondent", "editor", "writer", "columnist", "journalist",
                                          "producer", "critic", "photographer", "analyst", "contributor", "staff",
                                          "adviser", "advisor", "officer", "director", "manager", "spokesperson",
                                          "spokeswoman", "spokesman", "coordinator", "specialist", "researcher", "consultant"};
    const auto endsOnTitle = [](const std::vector<std::string>& words) {
        if (words.empty()) return false;
        std::string last = lowerUtf8(words.back());
        // ("Transport Correspondents": several writers' job.)
        if (last.size() > 4 && last.back() == 's') last.pop_back();
        for (const char* t : kTitles) {
            if (last == t) return true;
        }
        return false;
    };
    // (Or the job, then the desk after a comma: "Senior Editor, Ports & Ocean".)
    const std::size_t comma = line.find(", ");
    if (endsOnTitle(all) || (comma != std::string::npos && comma > 0 && endsOnTitle(splitWords(line.substr(0, comma))))) return true;
    // Where the job comes first and the desk after it: "Redaktorin Stadt Zürich", "Rédactrice au service
    // Monde", "Reporterin Wirtschaft".
    static const char* const kLeading[] = {"redaktor", "redaktorin", "redakteur", "redakteurin", "reporterin", "korrespondent",
                                           "korrespondentin", "journalistin", "volont\xC3\xA4r", "volont\xC3\xA4rin", "r\xC3\xA9" "dacteur",
                                           "r\xC3\xA9" "dactrice", "journaliste", "giornalista", "periodista", "redactor", "redactora",
                                           "redator", "redatora", "correspondente", "corrispondente", "verslaggever", "redacteur"};
    const std::string first = lowerUtf8(all.front());
    for (const char* t : kLeading) {
        if (first == t) return all.size() <= 5;
    }
    return false;
}

// "ACLU Speech": a word in capitals beside words in lower case. (Not a surname set in capitals last, after
// the given name, as French papers and wires write it: "Théo BERGOUNIOUX".)
bool hasAcronymAmongWords(const std::string& name) {
    bool acronym = false, mixed = false;
    const std::vector<std::string> words = splitWords(name);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        std::size_t letters = 0, capitals = 0;
        for (char c : w) {
            letters += std::isalpha(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80;
            capitals += std::isupper(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80;
        }
        const bool surname = i + 1 == words.size() && i > 0 && mixed;
        acronym = acronym || (letters >= 3 && capitals == letters && !surname);
        mixed = mixed || capitals < letters;
    }
    return acronym && mixed;
}

// "BBC News", "The Daily Courier", "TMZ": the name of an organisation rather than of a person.
bool looksLikeOrganisation(const std::string& name) {
    // (All in capitals, "BBC", "TMZ": an organisation's letters; a name in a script without capitals,
    // "肖春芳", tells nothing by its case.)
    bool lower = false, upper = false;
    for (char c : name) {
        lower = lower || std::islower(static_cast<unsigned char>(c));
        upper = upper || std::isupper(static_cast<unsigned char>(c));
    }
    if (!lower && upper) return true;
    for (const std::string& w : splitWords(lowerUtf8(name))) {
        for (const char* org : {"news", "nieuws", "nyheter", "nyheder", "uutiset", "nachrichten", "noticias", "not\xC3\xAD" "cias", "notizie",
                                "times", "post", "daily", "journal", "magazine", "media", "press", "network",
                                "tv", "radio", "group", "inc", "inc.", "ltd", "tribune", "herald", "gazette", "review",
                                "weekly", "online", "today", "wire", "blog", "channel", "staff", "editors", "agency", "service",
                                "services", "bureau",
                                // the names newspapers give themselves
                                "courier", "ledger", "chronicle", "observer", "standard", "sentinel", "examiner", "register",
                                "dispatch", "bulletin", "record", "mirror", "express", "telegraph", "enquirer", "courant",
                                "democrat", "republican", "gleaner", "advertiser", "argus", "clarion", "beacon", "monitor", "newswire",
                                // and the bodies writers work for
                                "project", "institute", "center", "centre", "foundation", "program", "programme", "council",
                                "university", "department", "association", "society", "committee", "office", "school",
                                "college", "laboratory", "initiative", "campaign", "coalition", "alliance", "trust", "fund",
                                // an office's communications and a newsroom, in other languages too ("Service communication")
                                "communication", "communications", "kommunikation", "comunicaci\xC3\xB3n", "comunicazione",
                                "comunica\xC3\xA7\xC3\xA3o", "newsroom", "redaktion", "redacci\xC3\xB3n", "reda\xC3\xA7\xC3\xA3o", "redactie",
                                "presse", "prensa", "ministry", "ministerio", "minist\xC3\xA8re", "ministero", "ministerium"}) {
            if (w == org) return true;
        }
        if (w.find(".com") != std::string::npos || w.find(".org") != std::string::npos) return true;
    }
    return false;
}

Byline cleanByline(const std::string& raw, const std::string& site, const std::string& language) {
    std::vector<std::string> people, agencyNames;
    // (A wiki's forced line break, "Keisha Ebanks-Bodden \\" in DokuWiki's source, is no part of a name.)
    std::string unbroken = raw;
    unbroken.erase(std::remove(unbroken.begin(), unbroken.end(), '\\'), unbroken.end());
    std::string bare = collapseWhitespace(unbroken);
    // (" · par Claire Vasseur": a reader app's separator before the line, after the site's name it leaves out.)
    for (bool stripped = true; stripped && !bare.empty();) {
        stripped = false;
        for (const char* mark : {"\xC2\xB7 ", "\xE2\x80\xA2 ", "| ", "- ", "\xE2\x80\x94 ", "\xE2\x80\x93 "}) {
            if (bare.rfind(mark, 0) == 0) {
                bare.erase(0, std::strlen(mark));
                stripped = true;
            }
        }
    }
    // ("Road Test | By Chris Delgado | Published Feb. 18, 2025": a section's label in the row before the field that
    // names the writer; the writer's field on.)
    if (const std::size_t by = bare.find("| By "); by != std::string::npos && bare.rfind("By ", 0) != 0 && countWords(bare.substr(0, by)) <= 4 &&
                                                   bare.find("By ", 0) == by + 2) {
        bare = bare.substr(by + 2);
    }
    // ("Written by Ananya Sharma | New Delhi |": a row of fields, each closed by its bar, the writer's first; the place it is
    // filed from, the date after it, are no writers.)
    // (A desk's or an agency's credit first names no writer: the row is read as it was, "By PTI | Ananya Sharma |".)
    if (bare.size() > 2 && bare.back() == '|' && bare.find('|') < bare.size() - 1) {
        std::string first = collapseWhitespace(bare.substr(0, bare.find('|')));
        for (const char* by : {"Written by ", "written by ", "By ", "by "}) {
            if (first.rfind(by, 0) == 0) first.erase(0, std::strlen(by));
        }
        if (!isDeskName(first) && newsAgencyName(first).empty()) bare = collapseWhitespace(bare.substr(0, bare.find('|')));
    }
    // ("Our Correspondent, Kishoreganj & Staff Correspondent": a paper's own credits, each with the district it files from,
    // name nobody; the district is no writer.)
    {
        std::string rest = bare;
        for (const char* joint : {" & ", " and "}) {
            for (std::size_t at = rest.find(joint); at != std::string::npos; at = rest.find(joint)) rest.replace(at, std::strlen(joint), "|");
        }
        bool allDesks = !rest.empty();
        for (std::size_t from = 0; from <= rest.size() && allDesks;) {
            const std::size_t bar = std::min(rest.find('|', from), rest.size());
            std::string piece = collapseWhitespace(rest.substr(from, bar - from));
            const std::size_t comma = piece.find(", ");
            allDesks = comma == std::string::npos ? isDeskName(piece) : isDeskName(piece.substr(0, comma)) && countWords(piece.substr(comma + 2)) <= 2;
            from = bar + 1;
        }
        if (allDesks && bare.find_first_of("&,") != std::string::npos) return Byline{};
    }
    // "（佐藤健太）": a Japanese byline in full-width brackets.
    if (bare.rfind("\xEF\xBC\x88", 0) == 0 && bare.size() > 6 && bare.compare(bare.size() - 3, 3, "\xEF\xBC\x89") == 0) {
        bare = bare.substr(3, bare.size() - 6);
    }
    // ("Helix Thermal Systems, Inc.": a company, the author a press release's page names, is said as its source, "From Helix
    // Thermal Systems", its legal form left off.)
    for (const char* form : {", Inc.", " Inc.", ", Inc", " Inc", ", LLC", " LLC", " Ltd.", " Ltd", " Limited", " plc", " PLC", " Corp.",
                             " Corporation", " GmbH", " AG", " S.A.", " N.V.", " Pty Ltd", " Sdn Bhd", " Sdn. Bhd.", " Bhd"}) {
        const std::size_t n = std::strlen(form);
        if (bare.size() > n + 3 && bare.compare(bare.size() - n, n, form) == 0 && bare.find(" and ") == std::string::npos &&
            bare.find(" & ") == std::string::npos && countWords(bare) <= 8) {
            std::string company = bare.substr(0, bare.size() - n);
            while (!company.empty() && (company.back() == ',' || company.back() == ' ')) company.pop_back();
            // (And the form's first word where it has two: "Meridian Robotics Pte. Ltd.", "Tata Sons Pvt. Ltd.", "Maybank Sdn Bhd".)
            for (const char* first : {" Pte.", " Pte", " Pvt.", " Pvt", " Private", " Sdn.", " Sdn", " Pty."}) {
                const std::size_t k = std::strlen(first);
                if (company.size() > k + 3 && company.compare(company.size() - k, k, first) == 0) company.resize(company.size() - k);
            }
            if (countWords(company) < 1) break;
            Byline b;
            b.agency = true;
            b.names = company;
            return b;
        }
    }
    // ("Per Iñaki Ellakuría": Catalan's "by", only in Catalan, where "Per Olsen" is a Danish writer's name.)
    if (primaryLanguage(language) == "ca" && (bare.rfind("Per ", 0) == 0 || bare.rfind("per ", 0) == 0)) bare.erase(0, 4);
    // (An agency among the byline's pieces, the whole not one: "Par Le Courrier de la Saône avec AFP".)
    const std::vector<std::string> all = pieces(bare);
    const bool agencyBeside = agencyName(collapseWhitespace(raw)).empty() &&
                              std::any_of(all.begin(), all.end(), [](const std::string& p) { return !agencyName(collapseWhitespace(p)).empty(); });
    bool dated = false;  // the page's date ran on after a name ("… Updated - March 18, 2026 10:15 pm IST - NEW DELHI")
    bool afterRole = false;  // the piece before was the writer's job at an organisation ("Repórter da Agência Brasil")
    const std::vector<std::string> allPieces = pieces(withoutBracketedNickname(bare));
    std::size_t index = 0;
    // (Set apart after the site's name, a dateline's place: "Por Fernanda Scherer e Rafael Dornelles, Correio do Sul — Porto Alegre".)
    bool pastSite = false;
    for (std::string piece : allPieces) {
        const bool lastPiece = ++index == allPieces.size();
        // ("Vinicius Lisboa - Repórter da Agência Brasil - Rio de Janeiro": after the job, a piece not joined on by
        // "and" is the place the writer files from.)
        const bool roleBefore = std::exchange(afterRole, false);
        // ("… Updated - March 18, 2026 10:15 pm IST - NEW DELHI": after the date, the dateline's city in capitals is
        // where the story was filed, no second writer.)
        if (dated && !people.empty() && piece.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos) continue;
        // ("By Dana Whitfield, Senior Reporter, and Kevin Osei": the joining word after the job's comma.)
        bool joined = false;
        for (const char* joining : {"and ", "& ", "und ", "et ", "y ", "e ", "og ", "och ", "en ", "i "}) {
            if (piece.rfind(joining, 0) == 0 && countWords(piece) >= 3) {
                piece.erase(0, std::strlen(joining));
                joined = true;
            }
        }
        if (roleBefore && lastPiece && !joined && !people.empty()) continue;
        // A credit for another part than the words: "Penulis: Nur Aisyah | Editor: Bambang Sutrisno", "Tekst:
        // Ingrid Olsen / Foto: Jonas Berg". The editor and the photographer are not the story's authors.
        {
            const std::string lower = lowerUtf8(collapseWhitespace(piece));
            bool credit = false;
            for (const char* label : {"editor:", "editing:", "edited by", "redaktur:", "penyunting:", "foto:", "fotos:", "photo:", "photos:",
                                      "photography:", "kamera:", "camera:", "grafik:", "graphics:", "illustration:", "ilustrasi:",
                                      "video:", "redacci\xC3\xB3n:", "edici\xC3\xB3n:", "edi\xC3\xA7\xC3\xA3o:", "bild:", "bilder:"}) {
                credit = credit || lower.rfind(label, 0) == 0;
            }
            if (credit) continue;
        }
        // The page's date run on after the name: "Jonas Wiberg Publicerad 8 juli 2025 kl. 06.30"; or a piece of its own,
        // "Atualizado há 2 horas", with no name before it (but "Posted on 14/08/2023 by Fiona MacLeod" names one after).
        {
            const std::vector<std::string> all = splitWords(piece);
            bool stamp = false;
            for (std::size_t k = 0; k < all.size(); ++k) {
                const std::string w = lowerUtf8(all[k]);
                bool label = false;
                for (const char* l : {"published", "publicerad", "publiserad", "publisert", "publiceret", "publi\xC3\xA9", "publicado",
                                      "publicada", "pubblicato", "ver\xC3\xB6" "ffentlicht", "gepubliceerd", "opublikowano", "updated",
                                      "uppdaterad", "oppdatert", "opdateret", "aktualisiert", "actualizado", "atualizado", "aggiornato",
                                      "bijgewerkt", "posted", "aktualizov\xC3\xA1no", "publikov\xC3\xA1no", "aktualizovan\xC3\xA9", "publikovan\xC3\xA9",
                                      "diperbarui", "diterbitkan", "dipublikasikan"}) {
                    label = label || w == l;
                }
                if (!label) continue;
                dated = true;
                if (k == 0) {
                    stamp = true;
                    for (std::size_t m = 1; m + 1 < all.size(); ++m) {
                        const std::string by = lowerUtf8(all[m]);
                        if (by != "by" && by != "por" && by != "par" && by != "von" && by != "door" && by != "di" && by != "av") continue;
                        piece.clear();
                        for (std::size_t n = m + 1; n < all.size(); ++n) piece += (n == m + 1 ? "" : " ") + all[n];
                        stamp = false;
                        break;
                    }
                    break;
                }
                piece.clear();
                for (std::size_t m = 0; m < k; ++m) piece += (m == 0 ? "" : " ") + all[m];
                break;
            }
            if (stamp) continue;
        }
        // ("ISLAMABAD: Updated Oct 08, 2025": a dateline in capitals with its colon, where the story was filed, over
        // the page's date in the byline's box; no writer.)
        if (const std::string t = collapseWhitespace(piece); countWords(t) <= 2 && t.size() > 3 && t.back() == ':' &&
                                                             t.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos) {
            continue;
        }
        // A person and their agency with no comma between: "DEREK OYELARAN Associated Press".
        std::vector<std::string> words = splitWords(piece);
        for (std::size_t tail = 1; tail <= 3 && tail + 2 <= words.size(); ++tail) {
            std::string agency;
            for (std::size_t k = words.size() - tail; k < words.size(); ++k) agency += (agency.empty() ? "" : " ") + words[k];
            if (agencyName(agency).empty()) continue;
            words.resize(words.size() - tail);
            piece.clear();
            for (const std::string& w : words) piece += (piece.empty() ? "" : " ") + w;
            break;
        }
        // "Launched 3 years ago", "Updated 2 hours ago": the page's times, not a name.
        const std::string lowerPiece = lowerUtf8(piece);
        if (lowerPiece.find(" ago") != std::string::npos || lowerPiece.rfind("launched", 0) == 0 || lowerPiece.rfind("updated", 0) == 0) continue;
        // A piece that opens with a title or degree is an affiliation: "MA WebMD Health News"; one that
        // ends with a role is the job: "Jonas Ekberg, Humanitarian Policy Adviser".
        // (The job's line may run on into the date line: "Local Democracy Reporter Monday 24 February 2025".)
        std::string undated;
        for (std::size_t k = 0; k < words.size(); ++k) {
            const std::string& w = words[k];
            const std::string lower = lowerUtf8(w);
            if (w.find_first_of("0123456789") != std::string::npos) break;
            if (isWeekdayName(lower) && k + 1 < words.size() && words[k + 1].find_first_of("0123456789") != std::string::npos) break;
            undated += (undated.empty() ? "" : " ") + w;
        }
        // (Or an executive's or a scholar's job, its title first, "VP of Engineering", "Head of Data"; or the service the
        // writer files for, "Local Democracy Reporting Service".)
        const auto inCapitals = [](const std::string& w) {
            return std::all_of(w.begin(), w.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; });
        };
        const auto executive = [](const std::string& lower) {
            for (const char* title : {"vp", "svp", "evp", "ceo", "cto", "cfo", "coo", "cio", "cmo", "head", "founder", "co-founder",
                                      "cofounder", "president", "vice", "director", "professor", "lecturer", "chair", "chairman",
                                      "chairwoman", "dean", "principal", "partner"}) {
                if (lower == title) return true;
            }
            return false;
        };
        // (Its title alone or before "of", "&" or a word in small letters: "Dean Smith" is a second writer.)
        const bool titled = !words.empty() && executive(lowerUtf8(words.front())) &&
                            (words.size() == 1 || inCapitals(words.front()) || words[1] == "of" || words[1] == "&" || words[1] == "for" ||
                             std::islower(static_cast<unsigned char>(words[1][0])));
        const std::string lastWord = words.empty() ? std::string() : lowerUtf8(words.back());
        const bool service = words.size() >= 2 && (lastWord == "service" || lastWord == "services" || lastWord == "agency" || lastWord == "syndicate");
        if (!people.empty() && !words.empty() &&
            (isRoleWord(lowerUtf8(words.front())) || titled || service || isJobTitleLine(piece) ||
             (!undated.empty() && isJobTitleLine(undated)))) {
            // ("Name, Role, Name2, Role2" names two writers: only a job at a named house, "… da Agência Brasil", is
            // followed by where its writer files from.)
            const std::string lowerJob = " " + lowerUtf8(piece) + " ";
            for (const char* at : {" da ", " do ", " de ", " del ", " di ", " of ", " for ", " at ", " bei ", " chez "}) {
                afterRole = afterRole || lowerJob.find(at) != std::string::npos;
            }
            continue;
        }
        // A translator's credit after the writer: "By Aoife Byrne · translated by Marek Nowak".
        if (!people.empty()) {
            const std::string lower = lowerUtf8(collapseWhitespace(piece));
            bool translator = false;
            for (const char* credit : {"translated by", "translation by", "translation:", "traducido por", "traducci\xC3\xB3n de",
                                       "traducci\xC3\xB3n:", "traduit par", "traduction :", "traduction de", "\xC3\xBC" "bersetzt von",
                                       "\xC3\xBC" "bersetzung:", "\xC3\xBC" "bersetzung von", "tradotto da", "traduzione di", "traduzido por",
                                       "tradu\xC3\xA7\xC3\xA3o de", "vertaald door", "vertaling:", "t\xC5\x82umaczenie", "p\xC5\x99" "elo\xC5\xBEil"}) {
                translator = translator || lower.rfind(credit, 0) == 0;
            }
            if (translator) continue;
        }
        // A photographer's credit after the writer: "Words by Naomi Reid · Photographs by Tom Ellery".
        if (!people.empty()) {
            const std::string lower = lowerUtf8(collapseWhitespace(piece));
            bool photographer = false;
            for (const char* credit : {"photographs by", "photography by", "photos by", "pictures by", "illustrations by", "fotos de",
                                       "fotos:", "fotos von", "foto di", "photos de", "photo :", "photos :", "fotograf\xC3\xAD" "as de"}) {
                photographer = photographer || lower.rfind(credit, 0) == 0;
            }
            if (photographer) continue;
        }
        // One that opens with a small word is where they file from or whom with: "Rafael Nogueira, de
        // Varginha (MG)", "…, from Kyiv", "Élodie Marchand avec APC".
        if (!people.empty() && !words.empty()) {
            const std::string first = words.front();
            bool place = false;
            for (const char* small : {"de", "desde", "from", "in", "em", "en", "\xC3\xA0", "aus", "da", "in", "i", "w", "avec", "with", "con",
                                      "com", "mit", "met", "med", "z"}) {
                place = place || first == small;
            }
            if (place) continue;
        }
        // "Redazione ANSA", "Redacción / EFE", "Источник: Интерфакс": a desk's or a source's label before an agency,
        // which is the byline.
        if (people.empty() && words.size() >= 2) {
            // (In a byline, also a desk's name written without its accent or in Russian: "Redaccion", "Редакция ТАСС".)
            const std::string label = lowerUtf8(words.front());
            if (isSourceOrDeskLabel(label) || label == "redaccion" || label == "newsroom" ||
                label == "\xD1\x80\xD0\xB5\xD0\xB4\xD0\xB0\xD0\xBA\xD1\x86\xD0\xB8\xD1\x8F") {  // редакция
                std::string rest;
                for (std::size_t k = 1; k < words.size(); ++k) {
                    if (words[k] != "/") rest += (rest.empty() ? "" : " ") + words[k];
                }
                if (const std::string agency = agencyName(rest); !agency.empty()) {
                    if (std::find(agencyNames.begin(), agencyNames.end(), agency) == agencyNames.end()) agencyNames.push_back(agency);
                    continue;
                }
            }
        }
        // ("Kyodo News": an agency's whole name, before its last word is taken for a desk's and dropped.)
        if (const std::string agency = agencyName(collapseWhitespace(piece)); !agency.empty() && std::find(agencyNames.begin(), agencyNames.end(), agency) == agencyNames.end() &&
            people.empty()) {
            agencyNames.push_back(agency);
            continue;
        }
        // "Par Le Courrier de la Saône avec AFP": a publication, its name opening on an article, beside the agency whose
        // copy it ran, is no writer.
        if (const std::vector<std::string> w = splitWords(piece); w.size() >= 3 && agencyBeside) {
            static const std::set<std::string> kArticles{"Le", "La", "Les", "El", "Il", "Lo", "The", "Der", "Die", "Das", "De", "Het"};
            // (After the credit's word, "Par", "By", "Por", "Von".)
            const std::string credit = lowerUtf8(w.front());
            const std::string& first = (credit == "par" || credit == "by" || credit == "por" || credit == "von" || credit == "door") ? w[1] : w.front();
            if (kArticles.count(first) != 0 || first.rfind("L'", 0) == 0 || first.rfind("L\xE2\x80\x99", 0) == 0) continue;
        }
        std::string name = cleanPiece(piece);
        // ("LILA FENSTERMACHER-OYE Hub Staff Writer": the paper's short name before the job, a word of the site's, is no part of
        // the writer's; "last", the label of a date cut off after the name, "Mark Spoonauer last updated 3 days ago", neither.)
        if (std::vector<std::string> words = splitWords(name); words.size() >= 3) {
            const std::string last = lowerUtf8(words.back());
            const std::string lowerPiece = lowerUtf8(piece);
            bool siteWord = false;
            for (const std::string& w : splitWords(lowerUtf8(site))) siteWord = siteWord || (w.size() >= 3 && w == last);
            const bool beforeJob = siteWord && containsAnyOf(lowerPiece, {last + " staff", last + " writer", last + " reporter", last + " correspondent",
                                                                         last + " editor", last + " columnist"});
            if (beforeJob || last == "last") {
                words.pop_back();
                name.clear();
                for (const std::string& w : words) name += (name.empty() ? "" : " ") + w;
            }
        }
        if (name.empty()) continue;
        // "red", "red.": the newsroom's own tag in German-language copy (Redaktion), no writer's name.
        if (const std::string lowerName = lowerUtf8(name); lowerName == "red" || lowerName == "red." || lowerName == "(red)" || lowerName == "red/") continue;
        // "kaernten.ORF-regional.at": the site's address, no writer's name ("J.Smith" is one: its last part
        // is no domain's).
        if (const std::size_t dot = name.rfind('.'); name.find(' ') == std::string::npos && dot != std::string::npos && dot > 0) {
            static constexpr WordSet kDomains({"com", "org", "net", "at", "de", "ch", "uk", "fr", "es", "it", "nl", "be", "pl",
                                                        "se", "no", "dk", "fi", "pt", "br", "ar", "mx", "au", "nz", "za", "in", "ie",
                                                        "ca", "us", "info", "news", "co", "eu", "io", "cz", "sk", "hu", "ro", "gr", "tr"});
            if (kDomains.count(lowerAscii(name.substr(dot + 1))) != 0) continue;
        }
        // After a person, an organisation is where they work: "Jane Doe, BBC News", "Jane Doe, CNN"; one
        // word is their job or their town: "Derek Pham, Meteorologist", "Claire Dubois (Lyon, correspondante)".
        // (So is a publication whose name opens on its article, "Par François Desjardins, Le Devoir", "By Nicole Jeffery |
        // The Australian", or holds its letters, "Af Mette Stender Pedersen, DR Midt- og Vestjylland", or is the site's.)
        // (Only a piece after a comma, a pipe or a dash, not after "and": "Jane Doe and AJ Willingham" are two writers; and
        // only the article of the byline's language: "Hoang Phong, Le Tuyet", "La Toya Jones" are names.)
        const std::size_t pieceAt = bare.rfind(piece);
        std::size_t mark = pieceAt == std::string::npos ? 0 : pieceAt;
        while (mark > 0 && bare[mark - 1] == ' ') --mark;
        const bool setApart = mark > 0 && (bare[mark - 1] == ',' || bare[mark - 1] == '|' || bare[mark - 1] == '-' ||
                                                        static_cast<unsigned char>(bare[mark - 1]) >= 0x80);
        if (!people.empty() && setApart) {
            static const std::map<std::string, std::set<std::string>> kArticles{
                {"en", {"The"}}, {"fr", {"Le", "La", "Les"}}, {"es", {"El", "La"}}, {"ca", {"El", "La"}}, {"it", {"Il", "La", "Lo"}},
                {"de", {"Der", "Die", "Das"}}, {"nl", {"De", "Het"}}, {"pt", {"O", "A", "Os"}}};
            const std::vector<std::string> nameWords = splitWords(name);
            const auto articles = kArticles.find(primaryLanguage(language));
            const bool articled = nameWords.size() >= 2 &&
                                  ((articles != kArticles.end() && articles->second.count(nameWords.front()) != 0) || nameWords.front() == "The" ||
                                   (primaryLanguage(language) == "fr" && nameWords.front().rfind("L'", 0) == 0));
            const bool site_ = !site.empty() && lowerUtf8(collapseWhitespace(name)) == lowerUtf8(collapseWhitespace(site));
            // (Its letters first, before words, "DR Midt-", "RTÉ News": a surname in capitals comes last, "Théo BERGOUNIOUX".)
            // (A name set all in capitals, "JAMIE STENGLE", is a writer's; so is "AJ Willingham": the letters stand before a
            // desk's compound, "DR Midt- og Vestjylland", or before two words at least.)
            const std::string rawPiece = collapseWhitespace(piece);
            const bool lettered = (nameWords.size() >= 3 || rawPiece.ends_with("-")) && nameWords.front().size() >= 2 &&
                                  std::all_of(nameWords.front().begin(), nameWords.front().end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }) &&
                                  std::any_of(nameWords.begin() + 1, nameWords.end(), [](const std::string& w) {
                                      return std::any_of(w.begin(), w.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
                                  });
            pastSite = pastSite || site_;
            if (articled || site_ || lettered || hasAcronymAmongWords(name)) continue;
            if (pastSite) continue;
        }
        if (!people.empty() && looksLikeOrganisation(unshout(name))) continue;
        // (So is a title made of words no name holds, a verb or a pronoun: "Jane Doe, Deputy Editor, This Is Money".)
        if (!people.empty() && [&] {
                for (const std::string& w : splitWords(name)) {
                    const std::string l = lowerUtf8(w);
                    // (Not "my": "My Pham" is a name.)
                    if (l == "is" || l == "are" || l == "this" || l == "that" || l == "your" || l == "our") return true;
                }
                return false;
            }()) {
            continue;
        }
        if (!people.empty() && splitWords(name).size() == 1 && agencyName(name).empty()) continue;
        // (So is one with an acronym among words in lower case: "ACLU Speech, Privacy, and Technology Project".)
        if (!people.empty() && hasAcronymAmongWords(name)) continue;
        if (const std::string agency = agencyName(name); !agency.empty()) {
            bool known = false;
            for (const std::string& a : agencyNames) known = known || a == agency;
            if (!known) agencyNames.push_back(agency);
            continue;
        }
        // A name has a word of two letters or more: "J J" is a teaser's initials.
        bool word = false;
        for (const std::string& w : splitWords(name)) word = word || w.size() >= 2;
        // (Nor is a desk's initials in lower case a name: "kab, js/adso" under a Polish story.)
        if (name.size() <= 4 && std::all_of(name.begin(), name.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) || c == '/'; })) {
            continue;
        }
        // ("Halden Civic Desk": a desk, also before its cleaning takes "Desk" off as a role.)
        if (!word || isGeneric(name, site) || isGeneric(collapseWhitespace(piece), site) || splitWords(name).size() > 5) continue;
        const std::string said = unshout(name);
        bool known = false;
        for (const std::string& p : people) known = known || lowerUtf8(p) == lowerUtf8(said);
        if (!known) people.push_back(said);
    }
    const std::vector<std::string>& names = people.empty() ? agencyNames : people;
    Byline b;
    b.agency = people.empty() && !agencyNames.empty();
    b.names = joinNames(names, language);
    return b;
}

std::string nameForAccount(const std::string& byline, const std::vector<std::string>& texts) {
    const std::string login = collapseWhitespace(byline);
    // (An agency that writes its name small, "dpa", "epd", is no account.)
    if (login.size() < 3 || login.size() > 40 || isNewsAgency(login)) return byline;
    for (char c : login) {
        if (!(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) {
            return byline;
        }
    }
    // The slug's words: "harper-lindqvist-obi" -> harper, lindqvist, obi.
    std::vector<std::string> parts;
    std::string part;
    for (char c : login + "-") {
        if (c == '-' || c == '_' || c == '.') {
            if (!part.empty()) parts.push_back(part);
            part.clear();
        } else {
            part += c;
        }
    }
    // A person named in the text: two to four capitalized words, whose slug, first name, or initial and
    // surname is the account's.
    for (const std::string& text : texts) {
        const std::vector<std::string> words = splitWords(text);
        for (std::size_t i = 0; i + 1 < words.size(); ++i) {
            for (std::size_t n = 2; n <= 4 && i + n <= words.size(); ++n) {
                std::vector<std::string> name;
                bool capitals = true;
                for (std::size_t k = i; k < i + n; ++k) {
                    std::string w = words[k];
                    while (!w.empty() && std::string(",.;:!?)\"'*_").find(w.back()) != std::string::npos) w.pop_back();
                    while (!w.empty() && std::string("(\"'*_").find(w.front()) != std::string::npos) w.erase(0, 1);
                    const auto c = static_cast<unsigned char>(w.empty() ? 'a' : w[0]);
                    capitals = capitals && w.size() >= 2 && (std::isupper(c) || c >= 0xC3);
                    name.push_back(w);
                }
                if (!capitals) break;
                std::vector<std::string> folded;
                for (const std::string& w : name) {
                    std::string f;
                    for (char c : foldedAccents(w)) {
                        if (std::isalnum(static_cast<unsigned char>(c))) f += c;
                    }
                    folded.push_back(f);
                }
                std::string slug, joined;
                for (const std::string& f : folded) slug += f;
                for (const std::string& p : parts) joined += p;
                const bool whole = slug == joined;
                const bool first = parts.size() == 1 && folded.front() == parts[0] && parts[0].size() >= 3;
                const bool initialSurname = parts.size() == 1 && parts[0].size() >= 4 && folded.front().size() >= 1 &&
                                            parts[0] == folded.front().substr(0, 1) + folded.back();
                if (whole || first || initialSurname) {
                    std::string out;
                    for (const std::string& w : name) out += (out.empty() ? "" : " ") + w;
                    return out;
                }
            }
        }
    }
    if (parts.size() < 2) return "";
    std::string out;
    for (std::string p : parts) {
        if (p.size() < 2 || !std::all_of(p.begin(), p.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) return "";
        p[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(p[0])));
        out += (out.empty() ? "" : " ") + p;
    }
    return out;
}

}  // namespace readcast
