// The header a wire service or a desk sets over its copy: slug, dateline, agency, embargo, reporters.

#include "ingest/assembly/Assembly.hpp"
#include "ingest/assembly/LineShapes.hpp"

#include "core/Ascii.hpp"
#include "core/NewsAgencies.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/Byline.hpp"
#include "ingest/DateParser.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>

namespace readcast::assembly {

std::string Assembly::takeWireHeader(std::vector<RawBlock>& raw) {
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

}  // namespace readcast::assembly
