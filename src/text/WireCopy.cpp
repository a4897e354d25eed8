#include "text/WireCopy.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstring>
#include <cctype>
#include <regex>
#include <set>

#include "core/WordSet.hpp"
#include "core/Ascii.hpp"
#include "core/Months.hpp"
#include "core/NewsAgencies.hpp"
#include "core/Text.hpp"
#include "core/Utf8.hpp"

namespace readcast {
namespace {

// "SANTA FE" -> "Santa Fe", "ST. LOUIS" -> "St. Louis": eSpeak NG may spell a word in capitals.
std::string titleCase(const std::string& capitals) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(capitals);
    u.toTitle(nullptr);
    std::string out;
    u.toUTF8String(out);
    return out;
}

bool isDate(const std::string& part) {
    static const std::regex kDay("\\b[0-9]{1,2}\\b");
    return std::regex_search(part, kDay) && monthFromName(part.substr(0, part.find_first_of(" .")).c_str()) != 0;
}

// The head of a release's dateline ends on a date with its year: "…, Feb. 26, 2025".
bool isDateAndYear(const std::string& head) {
    const std::size_t comma = head.rfind(',');
    if (comma == std::string::npos || comma == 0) return false;
    const std::size_t before = head.rfind(',', comma - 1);
    return isDate(collapseWhitespace(head.substr(before == std::string::npos ? 0 : before + 1, comma - (before == std::string::npos ? 0 : before + 1))));
}

// No small letter in any script: a place set in capitals, "МОСКВА", "BRUSSEL".
bool withoutSmallLetters(const std::string& place) {
    for (std::size_t k = 0; k < place.size();) {
        if (u_islower(static_cast<UChar32>(nextCodePoint(place, k)))) return false;
    }
    return true;
}

}  // namespace

std::string datelineDay(const std::string& paragraph, const Dateline& dateline) {
    if (dateline.rest.size() >= paragraph.size()) return "";
    const std::string head = paragraph.substr(0, paragraph.size() - dateline.rest.size());
    static const std::regex kDay("\\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? [0-9]{1,2})\\b");
    std::smatch m;
    return std::regex_search(head, m, kDay) ? m[1].str() : "";
}

std::optional<Dateline> splitDateline(const std::string& paragraph, const std::string& outlet) {
    // Korean wire copy: "(서울=연합뉴스) 김민수 기자 = 서울시가 …" — the place, then the agency and the
    // reporter, whose "=" eSpeak NG would say as "equals". The place is said; the rest is the byline's.
    // (Two or more reporters: "(서울=연합뉴스) 김지훈 박수진 기자 = …".)
    // (Or in square brackets, the reporter run on after them: "[세종=뉴시스]이지현 기자 = …".)
    static const std::regex kBracketed("^[\\(\\[]([^()\\[\\]=]{1,24})=([^()\\[\\]]{1,40})[\\)\\]] *(?:(?:[^ =()\\[\\]]{1,12} ){1,4}(?:\xEA\xB8\xB0\xEC\x9E\x90|"
                                       "\xED\x8A\xB9\xED\x8C\x8C\xEC\x9B\x90) *= *)?");
    std::smatch b;
    if (std::regex_search(paragraph, b, kBracketed) && b.suffix().length() > 0) {
        return Dateline{collapseWhitespace(b[1].str()) + ".", b.suffix().str()};
    }
    // "[한빛경제 김서윤 기자] 서울 …": the outlet and its reporter in square brackets, the byline's; nothing of it is said.
    static const std::regex kBracketedReporter("^\\[[^\\[\\]=]{1,40} (?:\xEA\xB8\xB0\xEC\x9E\x90|\xED\x8A\xB9\xED\x8C\x8C\xEC\x9B\x90)\\] *");
    std::smatch k;
    if (std::regex_search(paragraph, k, kBracketedReporter) && k.suffix().length() > 0) return Dateline{"", k.suffix().str()};
    // "(Belga) Près de 70.000 personnes …": an agency's name alone in brackets before the lead, no place with it.
    if (paragraph.size() > 4 && paragraph[0] == '(') {
        if (const std::size_t close = paragraph.find(')'); close != std::string::npos && close < 30 && close + 2 < paragraph.size() &&
                                                            paragraph[close + 1] == ' ' && !newsAgencyName(paragraph.substr(1, close - 1)).empty()) {
            const std::string rest = paragraph.substr(close + 2);
            const auto first = static_cast<unsigned char>(rest[0]);
            if (std::isupper(first) || first >= 0xC3) return Dateline{"", rest};
        }
    }
    // A press release's: "AUSTIN, Texas, Aug. 5, 2025 /PRNewswire/ --", "TORONTO, May 2, 2025 /CNW/ -",
    // "BOSTON--(BUSINESS WIRE)--": the place is said, the date and the wire's name are not. (The place may
    // be missing where a page set it apart: ", /PRNewswire/ -- Acme Inc. today …".)
    static const std::regex kRelease(
        "^([^/()]{0,80}?) ?(?:/ ?(?:PRNewswire(?:-PRWeb)?|PR Newswire|CNW|EINPresswire(?:\\.com)?|3BL Media|Newsfile) ?/"
        "|(?:--|\xE2\x80\x94)?\\((?:[A-Z][A-Z ]{2,24}WIRE|ACCESSWIRE|ACCESS Newswire|Marketwired)\\))"
        " ?(?:--|\xE2\x80\x94|\xE2\x80\x93|-) *");
    // (Or any distributor's name between slashes after the release's date and year: "CAMBRIDGE, Mass., Feb.
    // 26, 2025 /NewsWire Direct/ --".)
    static const std::regex kReleaseAfterYear("^([^/()]{0,80}?[0-9]{4}) ?/ ?[A-Z][A-Za-z.&'\\- ]{1,30}? ?/ ?(?:--|\xE2\x80\x94|\xE2\x80\x93|-) *");
    std::smatch r;
    if ((std::regex_search(paragraph, r, kRelease) || (std::regex_search(paragraph, r, kReleaseAfterYear) && isDateAndYear(r[1].str()))) &&
        r.suffix().length() > 0) {
        std::string place;
        std::string head = collapseWhitespace(r[1].str());
        while (!head.empty() && (head.back() == ',' || head.back() == ' ')) head.pop_back();
        std::size_t start = 0;
        while (start < head.size()) {
            std::size_t comma = head.find(',', start);
            if (comma == std::string::npos) comma = head.size();
            const std::string part = collapseWhitespace(head.substr(start, comma - start));
            // (A date's year stands apart after its day: "Aug. 5, 2025".)
            const bool year = part.size() == 4 && std::isdigit(static_cast<unsigned char>(part[0]));
            if (!part.empty() && !isDate(part) && !year) {
                bool capitals = true;
                for (char c : part) capitals = capitals && !std::islower(static_cast<unsigned char>(c));
                // (A state's or a province's two letters after the city stay: "VANCOUVER, BC".)
                place += (place.empty() ? "" : ", ") + (capitals && (place.empty() || part.size() != 2) ? titleCase(part) : part);
            }
            start = comma + 1;
        }
        if (!place.empty() && place.back() != '.') place += '.';
        return Dateline{place, r.suffix().str()};
    }
    // A Spanish or Portuguese agency's: "Murcia, 12 mar (AIN).- ", "Madrid, 3 de abril (EFE).- ", "Lisboa, 12 mar
    // (Lusa) – ". The place is said; the date and the agency are not.
    static const std::regex kAgencyAfterDate("^([^,()]{2,40}), ?[0-9]{1,2}(?: de)? ([^ ()]{3,12}?)\\.?(?: de [0-9]{4})? ?\\([A-Za-z ]{2,20}\\) ?\\.? ?"
                                             "(?:-|\\xE2\\x80\\x93|\\xE2\\x80\\x94) *");
    std::smatch e;
    // (The word after the day is a month's name or its short form in Spanish or Portuguese: "12 mar",
    // "3 de abril", "5 set".)
    static const std::regex kMonth("(ene|feb|mar|abr|may|jun|jul|ago|sep|set|oct|out|nov|dic|dez|jan|fev|mai)[a-z\\xC3\\xA7]*",
                                   std::regex::icase);
    if (std::regex_search(paragraph, e, kAgencyAfterDate) && e.suffix().length() > 0 && countWords(e[1].str()) <= 4 &&
        std::regex_match(e[2].str(), kMonth)) {
        return Dateline{collapseWhitespace(e[1].str()) + ".", e.suffix().str()};
    }
    // An agency's own dateline around a known agency's name in brackets, the place written as a name:
    // "Berlin (dpa) - ", "Oslo (NTB): ", "Lisboa, 19 mar 2024 (Lusa) -- ", and the agency first, as ANSA
    // writes it: "(ANSA) - ROMA, 23 GEN - ". The place is said; the date and the agency are not.
    static const std::regex kAgencyFirst("^\\(([^()]{2,20})\\) ?(?:-|\xE2\x80\x93|\xE2\x80\x94) ?([A-Z][A-Za-z'. \\-]{1,40}?)"
                                         "(?:, ?[0-9]{1,2}[ .-]?[A-Za-z]{3,9}\\.?(?: [0-9]{2,4})?)? ?(?:-|\xE2\x80\x93|\xE2\x80\x94) *");
    std::smatch f;
    if (std::regex_search(paragraph, f, kAgencyFirst) && f.suffix().length() > 0 && !newsAgencyName(f[1].str()).empty() &&
        countWords(f[2].str()) <= 4) {
        const std::string capitals = collapseWhitespace(f[2].str());
        const bool upper = std::none_of(capitals.begin(), capitals.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
        return Dateline{(upper ? titleCase(capitals) : capitals) + ".", f.suffix().str()};
    }
    // "(Bloomberg) -- Asian gas prices rose": the agency alone in brackets before its dash, no place and no date, as a story
    // syndicated from it opens. Nothing of it is said.
    if (paragraph.size() > 8 && paragraph[0] == '(') {
        const std::size_t close = paragraph.find(')');
        if (close != std::string::npos && close <= 22 && !newsAgencyName(paragraph.substr(1, close - 1)).empty()) {
            std::size_t k = close + 1;
            while (k < paragraph.size() && paragraph[k] == ' ') ++k;
            std::size_t dash = k;
            for (const char* mark : {"--", "\xE2\x80\x94", "\xE2\x80\x93", "-"}) {
                if (paragraph.compare(k, std::strlen(mark), mark) == 0) {
                    dash = k + std::strlen(mark);
                    break;
                }
            }
            while (dash > k && dash < paragraph.size() && paragraph[dash] == ' ') ++dash;
            if (dash > k && dash < paragraph.size()) {
                const auto first = static_cast<unsigned char>(paragraph[dash]);
                if (std::isupper(first) || std::isdigit(first) || first == '"' || first >= 0xC3) return Dateline{"", paragraph.substr(dash)};
            }
        }
    }
    // "Oct 23 (Reuters) - ": a wire's dateline with its date and no place, as a story filed from no one city opens.
    // Nothing of it is said.
    static const std::regex kDateOnly("^([A-Z][a-z]{2,8}\\.? [0-9]{1,2}) ?\\(([^()]{2,20})\\) ?(?:--|-|\xE2\x80\x93|\xE2\x80\x94) *");
    std::smatch d;
    if (std::regex_search(paragraph, d, kDateOnly) && d.suffix().length() > 0 && isDate(d[1].str()) && !newsAgencyName(d[2].str()).empty()) {
        const auto first = static_cast<unsigned char>(d.suffix().str()[0]);
        if (std::isupper(first) || std::isdigit(first) || first == '"' || first >= 0xC3) return Dateline{"", d.suffix().str()};
    }
    static const std::regex kNamedAgency("^((?:[A-Z]|\xC3[\x80-\x9E]|\xC5[\x81\x9A\xA0\xBB\xBD])[^(),:;\\n]{1,40}?)((?:, ?[^(),]{3,30}?)?) ?"
                                         "\\(([^()]{2,20})\\) ?\\.? ?((?:--|-|\xE2\x80\x93|\xE2\x80\x94|:)?) *");
    std::smatch g;
    // (The agency as it writes itself, short ones all in capitals or all small, "AP", "dpa": "(Ap)" is a
    // party; the place a name of two capitalized words at most, "Rio de Janeiro", not "Jonas Gahr Støre"; and
    // the story after it opening a sentence: "Advanced Placement (AP) - the program…" is none.)
    const auto asWritten = [](const std::string& a) {
        if (a.size() > 3) return true;
        // (Two letters name a state as often as an agency, "Harrisburg (PA) -": only after a place in capitals.)
        if (a.size() <= 2) return false;
        const bool upper = std::none_of(a.begin(), a.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
        const bool lower = std::none_of(a.begin(), a.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
        return upper || lower;
    };
    const auto nameOfPlace = [](const std::string& place) {
        std::size_t capitals = 0;
        for (const std::string& w : splitWords(place)) capitals += std::isupper(static_cast<unsigned char>(w[0])) || static_cast<unsigned char>(w[0]) >= 0xC3;
        return capitals <= 2;
    };
    const auto opensSentence = [](const std::string& rest) {
        const auto c = static_cast<unsigned char>(rest.empty() ? 'a' : rest[0]);
        return std::isupper(c) || std::isdigit(c) || c == '"' || c >= 0xC3 || rest.rfind("\xE2\x80", 0) == 0;
    };
    // (An agency this program does not know is one in the full form of a wire's dateline: the place in
    // capitals, a date, the agency's name capitalized in brackets, a dash: "LONDON, June 3 (Meridian) - ".)
    const auto unknownAgency = [&]() {
        const std::string place = g[1].str(), date = g[2].str(), agency = g[3].str();
        const bool upper = std::none_of(place.begin(), place.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
        const std::vector<std::string> words = splitWords(agency);
        const bool named = !words.empty() && words.size() <= 3 && std::all_of(words.begin(), words.end(), [](const std::string& w) {
            return std::isupper(static_cast<unsigned char>(w[0])) && w.find_first_of("0123456789") == std::string::npos;
        });
        const std::size_t day = date.find_first_not_of(", ");
        return upper && g[4].length() > 0 && named && day != std::string::npos && isDate(collapseWhitespace(date.substr(day)));
    };
    // (A place in capitals, as a wire sets its dateline: "GÖTEBORG (TT) Enligt SMHI …", letters beyond ASCII too.)
    const auto capitalsPlace = [](const std::string& place) {
        return !place.empty() && std::none_of(place.begin(), place.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); }) &&
               lowerUtf8(place) != place && place.find("\xC3\xA") == std::string::npos && place.find("\xC3\xB") == std::string::npos;
    };
    // (The place's country or state after it, named, before a known agency and its dash: "Nairobi, Kenya (AFP) —".)
    const auto countryAfterPlace = [&]() {
        if (g[2].length() == 0) return false;
        const std::vector<std::string> words = splitWords(g[2].str().substr(1));
        return !words.empty() && words.size() <= 3 && g[4].length() > 0 && !newsAgencyName(g[3].str()).empty() &&
               std::all_of(words.begin(), words.end(), [](const std::string& w) {
                   const auto c = static_cast<unsigned char>(w[0]);
                   return (std::isupper(c) || c >= 0xC3) && w.find_first_of("0123456789") == std::string::npos;
               });
    };
    if (std::regex_search(paragraph, g, kNamedAgency) && g.suffix().length() > 0 && (!newsAgencyName(g[3].str()).empty() || unknownAgency()) &&
        (asWritten(g[3].str()) || ((capitalsPlace(g[1].str()) || countryAfterPlace()) && !newsAgencyName(g[3].str()).empty() && g[3].str().size() == 2)) &&
        nameOfPlace(g[1].str()) && opensSentence(g.suffix().str()) &&
        countWords(g[1].str()) <= 4 && g[1].str().find_first_of("0123456789") == std::string::npos &&
        (g[2].length() == 0 || g[2].str().find_first_of("0123456789") != std::string::npos || countryAfterPlace()) &&
        // ("New Delhi, Mar 4 (PTI) Gross…": without its dash only after a date, as Indian agencies write it, or after a
        // place in capitals, as the Nordic agencies do: "GÖTEBORG (TT) Enligt …".)
        (g[4].length() > 0 || g[2].length() > 0 || (capitalsPlace(g[1].str()) && !newsAgencyName(g[3].str()).empty()))) {
        std::string place = collapseWhitespace(g[1].str());
        const bool upper = std::none_of(place.begin(), place.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
        place = upper ? titleCase(place) : place;
        if (g[2].length() > 0 && g[2].str().find_first_of("0123456789") == std::string::npos) {
            const std::string country = collapseWhitespace(g[2].str().substr(1));
            const bool upperCountry = std::none_of(country.begin(), country.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
            place += ", " + (upperCountry ? titleCase(country) : country);
            if (place.back() == '.') place.pop_back();
        }
        // ("LONDON/SINGAPORE": two places, "London and Singapore".)
        if (const std::size_t slash = place.find('/'); slash != std::string::npos && place.find('/', slash + 1) == std::string::npos) {
            place = place.substr(0, slash) + " and " + place.substr(slash + 1);
        }
        return Dateline{place + ".", g.suffix().str()};
    }
    // An agency named between slashes after the place and the date, as Arabic state agencies write it:
    // "صحار في 6 مايو /ساحل/ افتُتحت…". The place and date are said; the agency is not.
    // (A word between slashes set apart by spaces: "12/03/2024" and "mg/kg/day" are no agency.)
    static const std::regex kSlashAgency("^([^/.]{2,60}?) /([^/ 0-9]{2,24})/ (?:--|\xE2\x80\x94|\xE2\x80\x93|-)? *");
    std::smatch a;
    if (std::regex_search(paragraph, a, kSlashAgency) && a.suffix().length() > 0 && countWords(a[1].str()) <= 6 &&
        a[1].str().find_first_of("0123456789") != std::string::npos) {
        return Dateline{collapseWhitespace(a[1].str()) + ".", a.suffix().str()};
    }
    // "YEKATERINBURG, February 12. /TASS/. The government …": a Russian agency's dateline, its name between
    // slashes after the date's full stop. The place is said; the date and the agency are not.
    static const std::regex kSlashAfterDate("^([A-Z][A-Z'\\- ]{2,40}), [A-Za-z]{3,9}\\.? [0-9]{1,2}\\. /([A-Za-z\\-]{2,20})/\\.? +");
    std::smatch t;
    if (std::regex_search(paragraph, t, kSlashAfterDate) && t.suffix().length() > 0) {
        return Dateline{titleCase(collapseWhitespace(t[1].str())) + ".", t.suffix().str()};
    }
    // (And as Russian copy writes it, in Cyrillic, the day before its month: "МОСКВА, 3 марта. /ТАСС/. …", the
    // place in capitals, the agency a known one.)
    // (The month's name in bytes: "декабря" is fourteen.)
    static const std::regex kSlashAfterDay("^([^,./ 0-9][^,./0-9]{1,40}), [0-9]{1,2} [^,./ 0-9]{3,24}\\. ?/([^/ ]{2,24})/\\.? +");
    if (std::regex_search(paragraph, t, kSlashAfterDay) && t.suffix().length() > 0 && !newsAgencyName(t[2].str()).empty() &&
        lowerUtf8(t[1].str()) != t[1].str()) {
        const std::string place = t[1].str();
        if (withoutSmallLetters(place)) return Dateline{titleCase(collapseWhitespace(place)) + ".", t.suffix().str()};
    }
    // "МОСКВА, 3 мар - Интерфакс. ", "BRUSSEL 03/03 (BELGA) = ": a place in capitals, its date, the agency after a dash
    // and its full stop, or in brackets before an equals sign. The place is said; the rest is not.
    // (The agency's name of two words, and the reporter's after a comma: "МОСКВА, 20 дек — РИА Новости, Мария Иванова. ")
    static const std::regex kAgencyAfterDash("^([^,()0-9]{2,40}), [0-9]{1,2} [^ ,.()0-9]{3,24}\\.? (?:-|\xE2\x80\x93|\xE2\x80\x94) "
                                             "([^ .,()]{2,24}(?: [^ .,()]{2,24})?)(?:, [^.,()0-9]{3,40})?\\. +");
    static const std::regex kAgencyBeforeEquals("^([^,()0-9]{2,40}) [0-9]{1,2}/[0-9]{1,2} \\(([^()]{2,20})\\) ?= *");
    for (const std::regex* form : {&kAgencyAfterDash, &kAgencyBeforeEquals}) {
        std::smatch a;
        if (!std::regex_search(paragraph, a, *form) || a.suffix().length() == 0 || newsAgencyName(a[2].str()).empty()) continue;
        const std::string place = a[1].str();
        if (withoutSmallLetters(place)) return Dateline{titleCase(collapseWhitespace(place)) + ".", a.suffix().str()};
    }
    // "ROMA, 23 NOV - ", "(ASI) - NAPOLI, 23 NOV - ": an Italian agency's dateline, the day before its month in
    // three capitals, the agency's name in brackets before it on a site that carries the wire. The place is said.
    static const std::regex kDayMonthCapitals(
        "^(?:\\([A-Za-z]{2,10}\\) ?(?:-|\xE2\x80\x93|\xE2\x80\x94) ?)?([A-Z][A-Z'\\- ]{2,40}), [0-9]{1,2} [A-Z]{3}\\.? ?(?:-|\xE2\x80\x93|\xE2\x80\x94) +");
    std::smatch dm;
    if (std::regex_search(paragraph, dm, kDayMonthCapitals) && dm.suffix().length() > 0 &&
        (std::isupper(static_cast<unsigned char>(dm.suffix().str()[0])) || static_cast<unsigned char>(dm.suffix().str()[0]) >= 0xC3)) {
        return Dateline{titleCase(collapseWhitespace(dm[1].str())) + ".", dm.suffix().str()};
    }
    // PLACE[, Region][, Date] [(Agency)] dash. The place is in capitals and short; the region and date
    // are written normally ("N.M.", "Calif.", "Ukraine", "Nov 28").
    static const std::regex kDateline(
        "^([A-Z][A-Z'.\\- ]{2,40}?)"                      // SANTA FE, ST. LOUIS, WASHINGTON
        "((?:, ?[A-Z][A-Za-z.\\-]*(?: [A-Za-z.0-9]+){0,3}){0,2})"  // , N.M. / , Ukraine / , Nov 28
        " ?(\\([A-Za-z&/ -]{1,30}\\))? ?"                  // (AP), (Reuters), (AFP)
        "(?:\xE2\x80\x94|\xE2\x80\x93|\xE2\x88\x92|--|-|:) +");  // em dash, en dash, minus (as one network of papers sets it), hyphen, colon
    std::smatch m;
    if (!std::regex_search(paragraph, m, kDateline)) return std::nullopt;
    const std::string capitals = m[1].str();
    // A place has at least one word of three capitals; "A -" or "I:" is not a dateline.
    static const std::regex kWord("[A-Z]{3,}");
    if (!std::regex_search(capitals, kWord)) return std::nullopt;
    // (Before a colon, a field's label in capitals is no place: "TIME: 9.00 A.M. - 5.00 P.M.", "NOTE: …".)
    if (m[0].str().find(':') != std::string::npos && m[2].str().empty() && !m[3].matched) {
        static constexpr WordSet kLabels({"DATE", "TIME", "TIMES", "AREA", "AREAS", "WHEN", "WHERE", "WHAT", "WHO", "WHY", "HOW",
                                                   "VENUE", "NOTE", "UPDATE", "UPDATED", "WARNING", "ALERT", "BREAKING", "WATCH", "READ",
                                                   "SEE", "ALSO", "RELATED", "PHOTO", "VIDEO", "SOURCE", "CORRECTION", "CLARIFICATION",
                                                   "DISCLAIMER", "TICKETS", "PRICE", "COST", "ADDRESS", "CONTACT", "QUESTION", "ANSWER",
                                                   "LOCATION", "DURATION", "STATUS", "ROUTE", "HOURS", "EDITOR'S NOTE", "PLEASE NOTE", "IMPORTANT",
                                                   "TIP", "FACT", "VERDICT", "RATING", "SCORE", "RESULT", "RESULTS", "REMINDER"});
        if (kLabels.count(collapseWhitespace(capitals)) != 0) return std::nullopt;
    }
    // The story starts a sentence after the dash; "NASA — the agency — said" is no dateline.
    const std::string rest = m.suffix().str();
    // (After a minus sign, a word: "DAX − 1.1%" is an index's fall.)
    if (m[0].str().find("\xE2\x88\x92") != std::string::npos && (rest.empty() || !std::isalpha(static_cast<unsigned char>(rest[0])))) return std::nullopt;
    if (rest.empty() || !(std::isupper(static_cast<unsigned char>(rest[0])) || std::isdigit(static_cast<unsigned char>(rest[0])) ||
                          rest[0] == '"' || rest.rfind("\xE2\x80\x9C", 0) == 0)) {
        return std::nullopt;
    }
    std::string place = titleCase(collapseWhitespace(capitals));
    // Keep a region, drop a date: ", N.M." stays, ", Nov 28" goes.
    std::string regions = m[2].str();
    std::size_t start = 0;
    while (start < regions.size()) {
        std::size_t next = regions.find(',', start + 1);
        const std::string part = collapseWhitespace(regions.substr(start + 1, next == std::string::npos ? std::string::npos : next - start - 1));
        // (Nor the site's name, a web address, "JAKARTA, KOMPAS.com -": the outlet's, not a place.)
        const std::string lowerPart = lowerAscii(part);
        const bool site = lowerPart.size() > 4 && (lowerPart.ends_with(".com") || lowerPart.ends_with(".co.id") || lowerPart.ends_with(".id") ||
                                                   lowerPart.ends_with(".net") || lowerPart.ends_with(".org") || lowerPart.ends_with(".co.uk") ||
                                                   lowerPart.ends_with(".in") || lowerPart.ends_with(".ph") || lowerPart.ends_with(".my"));
        // (Nor the publication's name, "JAKARTA, WARTA NUSANTARA -", or an agency's, "JAKARTA, ANTARA -", as Indonesian papers
        // sign their stories.)
        const bool outletNamed = (!outlet.empty() && lowerUtf8(part) == lowerUtf8(collapseWhitespace(outlet))) || !newsAgencyName(part).empty();
        if (!part.empty() && !isDate(part) && !site && !outletNamed) place += ", " + part;
        if (next == std::string::npos) break;
        start = next;
    }
    if (place.back() != '.') place += '.';
    return Dateline{place, rest};
}

namespace {

// The first letters a company's or a body's name gives its abbreviation: each word's, and a capital inside one
// ("MicroStrategy" M, S), the small words' too ("Bank of Japan" B, o, J).
std::string nameInitials(const std::vector<std::string>& words) {
    std::string initials;
    for (const std::string& w : words) {
        for (std::size_t k = 0; k < w.size(); ++k) {
            const bool start = k == 0 || w[k - 1] == '-';
            if (start || (std::isupper(static_cast<unsigned char>(w[k])) && std::islower(static_cast<unsigned char>(w[k - 1])))) {
                initials += static_cast<char>(std::toupper(static_cast<unsigned char>(w[k])));
            }
        }
    }
    return initials;
}

// Whether `lower`, a text in small letters, has `code` as a word of its own outside the brackets it was given in, in any
// case ("Tepco" for "TEPCO"). (A plain search, not a regular expression: it runs once a bracket in a story that may be long.)
bool usedOutsideBrackets(const std::string& lower, const std::string& code) {
    const std::string key = lowerAscii(code);
    for (std::size_t at = lower.find(key); at != std::string::npos; at = lower.find(key, at + 1)) {
        const char before = at == 0 ? ' ' : lower[at - 1];
        const std::size_t end = at + key.size();
        const char after = end >= lower.size() ? ' ' : lower[end];
        if (!std::isalnum(static_cast<unsigned char>(before)) && before != '(' && before != '^' &&
            !std::isalnum(static_cast<unsigned char>(after)) && after != ')') {
            return true;
        }
    }
    return false;
}

// "Nvidia (NVDA) rose", "MicroStrategy (MSTR), the largest holder", "the Nasdaq-100 (^NDX)": a ticker in brackets after
// the name it stands for, in a paragraph about markets. A newsreader says the name and leaves the symbol to the screen.
// (Not an abbreviation the name spells, "Straits Pacific Bank (SPB)", "Bank of Japan (BOJ)", nor one the paragraph uses
// again: the story calls the body by it. Not after a common noun: "net interest margin (NIM)".)
std::string withoutBareTickers(const std::string& text, const std::string& story) {
    // (Two letters at least: "Rep. Josh Gottheimer (D)" is a party's.)
    static const std::regex kBare(" \\((\\^?)([A-Z]{2,5})\\)");
    // (Words of the stock market, not of a market: "20% of the car market" is no share price.)
    static constexpr WordSet kMarketWords({"shares", "stock", "stocks", "nasdaq", "nyse", "investors", "earnings", "traded", "ticker"});
    std::string out;
    std::size_t copied = 0;
    int market = -1;         // (worked out at the first bracket that needs it)
    std::string storyLower;  // (so too the story in small letters, once)
    for (auto it = std::sregex_iterator(text.begin(), text.end(), kBare); it != std::sregex_iterator(); ++it) {
        const std::smatch& m = *it;
        const std::size_t at = static_cast<std::size_t>(m.position(0));
        const std::string code = m[2].str();
        bool ticker = m[1].length() > 0;
        if (!ticker) {
            if (market < 0) {
                market = 0;
                for (const std::string& w : splitWords(lowerAscii(text))) {
                    std::string bare = w;
                    while (!bare.empty() && !std::isalnum(static_cast<unsigned char>(bare.back()))) bare.pop_back();
                    while (!bare.empty() && !std::isalnum(static_cast<unsigned char>(bare.front()))) bare.erase(0, 1);
                    if (kMarketWords.contains(bare)) market = 1;
                }
            }
            // (The name before it, back to the first word that is neither capitalized nor a small word of a name.)
            std::vector<std::string> name;
            std::size_t end = at;
            while (end > 0 && name.size() < 8) {
                const std::size_t space = text.rfind(' ', end - 1);
                const std::size_t from = space == std::string::npos ? 0 : space + 1;
                const std::string w = text.substr(from, end - from);
                const bool small = w == "of" || w == "and" || w == "&" || w == "the" || w == "for" || w == "de";
                if (w.empty() || (!small && !std::isupper(static_cast<unsigned char>(w[0])))) break;
                name.insert(name.begin(), w);
                if (space == std::string::npos) break;
                end = space;
            }
            while (!name.empty() && !std::isupper(static_cast<unsigned char>(name.front()[0]))) name.erase(name.begin());
            const std::string initials = nameInitials(name);
            std::size_t k = 0;
            for (char c : initials) {
                if (k < code.size() && c == code[k]) ++k;
            }
            const bool spelled = code.size() >= 2 && k == code.size();
            // (Nor a currency's code after its name, "the Japanese yen (JPY)".)
            static constexpr WordSet kMoney({"yen", "dollar", "dollars", "euro", "euros", "pound", "pounds", "franc", "francs", "won", "yuan",
                                             "renminbi", "rupee", "rupees", "peso", "pesos", "real", "rand", "lira", "krona", "krone", "ruble",
                                             "rouble", "ringgit", "baht", "dong", "shekel", "dirham", "riyal", "naira", "shilling"});
            const bool currency = !name.empty() && kMoney.contains(lowerAscii(name.back()));
            ticker = market == 1 && !name.empty() && !spelled && !currency && [&] {
                if (storyLower.empty()) storyLower = lowerAscii(story.empty() ? text : story);
                return !usedOutsideBrackets(storyLower, code);
            }();
        }
        if (!ticker) continue;
        out += text.substr(copied, at - copied);
        copied = at + static_cast<std::size_t>(m.length(0));
    }
    if (copied == 0) return text;
    return out + text.substr(copied);
}

}  // namespace

std::string withoutInstrumentCodes(const std::string& written, const std::string& story) {
    const std::string text = written.find('(') == std::string::npos ? written : withoutBareTickers(written, story);
    // ".DJI", ".SPX", ".N225": an index; "US10YT=RR", "EUR=", "JPY=EBS": a rate; "CLc1", "LCOc1", "GCv1": a
    // continuous future; "(AAPL.O)", "(VOWG_p.DE)", "(7203.T)": a listed company in brackets.
    static const std::regex kCodes(
        // (An index's code in brackets may run to a dozen: "(.MIAPJ0000PUS)", MSCI's Asia-Pacific.)
        "( ?\\((?:[A-Z0-9_]{1,8}[a-z_]{0,3}\\.[A-Z]{1,3}|\\.[A-Z][A-Z0-9]{1,12})\\))"
        // (Not the software framework, "Microsoft's .NET 9", that no index is named.)
        "|( \\.(?!NET\\b)[A-Z][A-Z0-9]{1,12}(?=[ ,;:)]|\\.(?: |$)|$))"
        "|( [A-Z0-9]{2,10}=[A-Z]{0,4}(?=[ ,;:)]|\\.(?: |$)|$))"
        // ("The dollar index =USD was at 103.21": a rate's code with its sign first, out of brackets too.)
        "|( =[A-Z]{3,6}(?=[ ,;:)]|\\.(?: |$)|$))"
        // ("India's Infosys INFY.NS, due …": a listed company's code and its exchange's after its name, out of brackets;
        // two letters at least before the dot, as no dotted initialism has: "the U.N. said".)
        "|( [A-Z][A-Z0-9]{1,7}[a-z_]{0,3}\\.(?:NS|BO|L|T|HK|SS|SZ|KS|KQ|AX|TO|OQ|O|N|DE|PA|AS|MI|MC|SI|KL|BK|JK|TW|NZ|SA|MX|SW|ST|"
        "HE|CO|OL|VI|BR|LS|I|J|Z|F|PS|KA|QA|AD|DU|SE|CA|LN)(?=[ ,;:)]|\\.(?: |$)|$))"
        // (One capital only where no chess piece has it: "Wc1" is wheat, "Nc6" a knight's move.)
        "|( (?:[A-Z]{2,4}|[ACDEFGHIJLMOPSTUVWXYZ])c[1-9](?=[ ,;:)]|\\.(?: |$)|$))"
        // ("GCv1", "SCFcv1": a future's most traded month; "CMCU3", "CMAL3": a metal's three months on the LME;
        // "MCUSTX-TOTAL": its stocks.)
        "|( [A-Z]{2,5}c?v1(?=[ ,;:)]|\\.(?: |$)|$))"
        "|( CM[A-Z]{2}[0-9](?=[ ,;:)]|\\.(?: |$)|$))"
        "|( M[A-Z]{2}STX-TOTAL(?=[ ,;:)]|\\.(?: |$)|$))"
        // ("(=USD)", "(EUR=)", "(XAU=)", "(CLc1)": a rate's or a future's code in brackets.)
        "|( ?\\((?:=[A-Z]{3,6}|[A-Z0-9]{2,10}=[A-Z]{0,4}|[A-Z]{1,4}c[1-9])\\))"
        // ("<.DJI>", "<AAPL.O>", "<EUR=>", "<LCOc1>", "<0#.SPX>": the same codes in angle brackets, as a wire's older feed sets them.)
        "|( ?<(?:\\.[A-Z0-9][A-Z0-9.]{1,14}|[A-Z0-9_]{1,10}[a-z_]{0,3}\\.[A-Z]{1,3}|[A-Z0-9]{2,10}=[A-Z]{0,4}|=[A-Z]{3,6}|[A-Z]{1,5}c[1-9]|"
        "0#[^>\\s]{1,16})>)");
    if (text.find_first_of(".=(<") == std::string::npos && text.find("v1") == std::string::npos && text.find(" CM") == std::string::npos) {
        return text;
    }
    // "(NASDAQ: INTC)", "(NYSE: GE)", "(TSX: SHOP)", "(KLSE: MAYBANK)", "(HKEX: 0700)": a listed company's exchange
    // and ticker, after its name (Asia's exchanges name firms by figures as often as by letters).
    // (Or several, "(NSE: LARSINFO, BSE: 543871)", "(SIX: UBSG; NYSE: UBS)": each exchange's.)
    static const std::string kExchange = "(?:NYSE|NASDAQ|Nasdaq|NYSE American|NYSE Arca|LSE|LON|TSX|TSXV|TSX-V|ASX|NZX|JSE|SGX|HKEX|HKG|"
                                         "OTC|OTCQX|OTCQB|AIM|CBOE|Cboe|Euronext|XETRA|Xetra|SIX|NSE|BSE|TYO|KRX|KOSDAQ|KOSPI|"
                                         "KLSE|Bursa|MYX|PSE|PSX|IDX|SET|HOSE|HNX|TWSE|TPEX|SSE|SZSE|DSE|CSE|TASE|EGX|NGX|NSX|BIST|WSE|"
                                         "BMV|BVL|BVC|B3|BOVESPA|OMX|Nasdaq Stockholm|Nasdaq Helsinki|Nasdaq Copenhagen|Oslo|OSE|"
                                         "ADX|DFM|Tadawul|QSE|ZSE|GSE|LuSE|BRVM|FSE|FRA|FWB|NEO)"
                                         // (A year after a city is no ticker: "(Oslo: 2021)".)
                                         ": ?(?!(?:19|20)\\d\\d[),;])[A-Z0-9][A-Z0-9.\\-]{0,9}";
    static const std::regex kListing(" ?\\(" + kExchange + "(?:[,;] ?" + kExchange + ")*\\)");
    // ("(ISIN: DE000A3E5KX7 / WKN: A3E5KX)": a security's numbers after its issuer's name, as a German release gives them.)
    static const std::regex kSecurityNumbers(" ?\\((?:ISIN|WKN)[: ] ?[A-Z0-9]{6,12}(?: ?[/,;] ?(?:ISIN|WKN|Symbol|Ticker)[: ] ?[A-Z0-9.]{2,12})*\\)");
    return std::regex_replace(std::regex_replace(std::regex_replace(text, kListing, ""), kSecurityNumbers, ""), kCodes, "");
}

}  // namespace readcast
