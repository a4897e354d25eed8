#include "ingest/Headline.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <regex>
#include <string>
#include <vector>
#include <string_view>

#include "core/WordSet.hpp"
#include "core/Ascii.hpp"
#include "core/Months.hpp"
#include "core/Text.hpp"
#include "core/Utf8.hpp"
#include "ingest/DateParser.hpp"

namespace readcast {
namespace {

// Letters and digits of a name, lower-cased, for comparing "Yahoo! News" with "yahoo news".
std::string key(const std::string& s) { return foldForComparison(lowerUtf8(s)); }

// "Wednesday, 10 January 2024" after "The Morning Brief: ": a newsletter's issue named by its date, the name before it
// the title's own words (without it the title would be the date alone).
bool issueDate(const std::string& part) {
    const std::vector<std::string> words = splitWords(part);
    return words.size() <= 6 && parseDate(part).has_value() &&
           std::all_of(words.begin(), words.end(), [](const std::string& w) {
               std::string bare = w;
               while (!bare.empty() && (bare.back() == ',' || bare.back() == '.')) bare.pop_back();
               return monthFromAnyName(bare) != 0 || weekdayFromName(lowerUtf8(bare)) >= 0 ||
                      (!bare.empty() && bare.find_first_not_of("0123456789/.-") == std::string::npos) || lowerAscii(bare) == "of" ||
                      lowerAscii(bare) == "the" || bare == "st" || bare == "nd" || bare == "rd" || bare == "th";
           });
}

bool namesKnown(const std::string& part, const std::vector<std::string>& known) {
    const std::string k = key(part);
    if (k.size() < 2) return false;
    for (const std::string& name : known) {
        const std::string n = key(name);
        if (n.size() < 2) continue;
        // "IGN" and "IGN.com", "The Guardian" and "Guardian", "Yahoo!ニュース" and "Yahoo!ニュース".
        if (k == n || (n.find(k) != std::string::npos && k.size() * 2 >= n.size()) ||
            (k.find(n) != std::string::npos && n.size() * 2 >= k.size())) {
            return true;
        }
    }
    return false;
}

// Han, kana or Hangul: UTF-8 lead bytes 0xE3..0xED cover U+3000..U+DFFF.
bool hasCjk(const std::string& s) {
    for (char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0xE3 && b <= 0xED) return true;
    }
    return false;
}

// "LWN.net", "example.co.uk": one word with a dot before two or more letters.
bool looksLikeDomain(const std::string& s) {
    const std::size_t dot = s.rfind('.');
    if (s.empty() || s.find(' ') != std::string::npos || dot == std::string::npos || dot == 0 || s.size() - dot < 3) return false;
    for (std::size_t i = dot + 1; i < s.size(); ++i) {
        if (!std::isalpha(static_cast<unsigned char>(s[i]))) return false;
    }
    return true;
}

constexpr std::string_view kSeparators[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 ",
                                            " \xE2\x80\xA2 ", " \xC2\xBB ", " / ", " \xEF\xBD\x9C "};

}  // namespace

std::string cleanHeadline(const std::string& headline, const std::vector<std::string>& known) {
    std::string title = collapseWhitespace(headline);
    // A wire's dateline run into its headline: "PARIS, 14 mai (AFP) - Grève à la SNCF : …", "MADRID, 3 Jun (EFE).- …": the
    // headline after it. (The place in capitals, the agency in brackets.)
    // (Its head only is matched, on a headline's length: std::regex recurses once a character, and a page's title may be
    // any length.)
    if (title.size() <= 400 && (title.find(") ") != std::string::npos || title.find(").- ") != std::string::npos)) {
        static const std::regex kDateline(R"(^[A-Z\x80-\xFF][A-Z\x80-\xFF'. -]{1,30}, [^()]{1,30} \([A-Za-z\x80-\xFF/ ]{2,20}\)\.? ?[-\xE2\x80\x93\x94]+ )");
        std::smatch m;
        if (std::regex_search(title, m, kDateline, std::regex_constants::match_continuous) && countWords(title.substr(m.length(0))) >= 3) {
            title = title.substr(m.length(0));
        }
    }
    // Labels in front: "BREAKING:", "Breaking News -", "EXCLUSIVE:", "UPDATE:", "UPDATE 1-", "LIVE:", "WATCH:".
    for (bool again = true; again;) {
        again = false;
        const std::string lower = lowerUtf8(title);
        struct Label {
            std::string_view text;
            bool sport;
        };
        static const std::vector<Label> kLabels = [] {
            std::vector<Label> all;
            // (And a wire's or a draft's: "REFILE-", "CORRECTED-", "WEB HED:", "HED:".)
            for (std::string_view label : {"breaking news", "breaking", "exclusive", "just in", "live updates", "live update", "live blog",
                                           "update", "updated", "live",
                                           "watch", "video", "developing", "urgent", "refile", "corrected", "correction", "web hed",
                                           "hed", "headline", "online hed", "print hed",
                                           // a German wire's: "ROUNDUP 2:", "KORREKTUR:", "WDH:", "EILMELDUNG:", "ÜBERBLICK:"
                                           "roundup", "korrektur", "wdh", "eilmeldung", "\xC3\xBC" "berblick", "aktualisierung",
                                           // a print page's title: "Print: …", "Druckversion - …"
                                           "printer-friendly version", "printer friendly version", "printer-friendly", "printer friendly",
                                           "printable version", "print version", "print", "druckversion",
                                           // a broadcaster's transcript: "TRANSCRIPT: "The Week Ahead" — interview with …"
                                           "transcript", "full transcript"}) {
                all.push_back({label, false});
            }
            // (And a wire's sport slug: "Soccer-Real Madrid agree…", "Tennis-Sinner beats Alcaraz…".)
            for (std::string_view label : {"soccer", "tennis", "golf", "cricket", "rugby", "athletics", "cycling", "boxing", "basketball",
                                           "baseball", "motor racing", "motorsport", "olympics", "swimming", "nfl", "nba", "nhl"}) {
                all.push_back({label, true});
            }
            return all;
        }();
        for (const auto& [label, sport] : kLabels) {
            if (lower.compare(0, label.size(), label) != 0) continue;
            std::size_t i = label.size();
            // ("UPDATE 1-EU ministers agree…": a wire's version number after it.)
            if ((label == "update" || label == "roundup") && i + 1 < title.size() && title[i] == ' ' &&
                std::isdigit(static_cast<unsigned char>(title[i + 1]))) {
                i += 1;
                while (i < title.size() && std::isdigit(static_cast<unsigned char>(title[i]))) ++i;
            }
            while (i < title.size() && title[i] == ' ') ++i;
            // (A hyphen that joins a word, "Cricket-mad town", "Live-streamed gig", is no label's.)
            // (Nor a sport's name in a title-case compound, "Baseball-Size Hail Pummels North Texas": a wire's slug stands before
            // a headline in sentence case, "Soccer-Real Madrid agree deal".)
            const auto sentenceCase = [&] {
                for (const std::string& w : splitWords(title.substr(std::min(title.size(), i + 1)))) {
                    if (w.size() >= 4 && std::islower(static_cast<unsigned char>(w[0]))) return true;
                }
                return false;
            };
            const bool joined = (i < title.size() && title[i] == '-' && i == label.size() && i + 1 < title.size() &&
                                 std::islower(static_cast<unsigned char>(title[i + 1]))) ||
                                (sport && i < title.size() && title[i] == '-' && !sentenceCase());
            if (i < title.size() && (title[i] == ':' || title[i] == '-' || title[i] == '|') && !joined) {
                title = collapseWhitespace(title.substr(i + 1));
                again = true;
                break;
            }
        }
    }
    // A markets wire's slug in capitals joined to the headline: "GLOBAL MARKETS-Asian shares slip…", "FOREX-Dollar firms…",
    // "US STOCKS-Wall St rises…". (Its last word names the market, so "US-China talks" and "NATO-Russia" keep theirs.)
    if (const std::size_t dash = title.find('-'); dash != std::string::npos && dash >= 3 && dash + 1 < title.size() &&
                                                 std::isupper(static_cast<unsigned char>(title[dash + 1]))) {
        const std::string slug = title.substr(0, dash);
        const std::vector<std::string> words = splitWords(slug);
        static constexpr WordSet kMarkets({"MARKETS", "STOCKS", "FOREX", "PRECIOUS", "METALS", "GRAINS", "SOFTS", "BONDS",
                                                    "TREASURIES", "PALMOIL", "RUBBER", "OIL", "GOLD", "EQUITIES", "CREDIT", "SHARES",
                                                    "COMMODITIES", "LNG", "COAL", "STEEL", "ORE", "EMERGING"});
        const bool capitals = std::none_of(slug.begin(), slug.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
        bool sentenceCase = false;
        for (const std::string& w : splitWords(title.substr(dash + 1))) sentenceCase = sentenceCase || (w.size() >= 4 && std::islower(static_cast<unsigned char>(w[0])));
        if (capitals && !words.empty() && words.size() <= 3 && kMarkets.count(words.back()) != 0 && sentenceCase) {
            title = collapseWhitespace(title.substr(dash + 1));
        }
    }
    // A wire's version in brackets in front: "(LEAD) S. Korea's exports…", "(2nd LD) …", "(URGENT) …", "(UPDATE) …".
    if (title.size() > 2 && title[0] == '(') {
        const std::size_t close = title.find(')');
        const std::string tag = close == std::string::npos ? "" : lowerAscii(title.substr(1, close - 1));
        const bool version = tag == "lead" || tag == "urgent" || tag == "update" || tag == "corrected" || tag == "refile" ||
                             (tag.size() >= 6 && tag.size() <= 12 && std::isdigit(static_cast<unsigned char>(tag[0])) &&
                              (tag.compare(tag.size() - 3, 3, " ld") == 0 || tag.find(" ld,") != std::string::npos));
        if (version && countWords(title.substr(close + 1)) >= 3) title = collapseWhitespace(title.substr(close + 1));
    }
    // A tag in brackets in front, as a mailing list or a newsroom's inbox sets it on a subject: "[Press
    // Release] CFS announces…", "[EXTERNAL] …", "[UPDATED] …".
    while (title.size() > 2 && title[0] == '[') {
        const std::size_t close = title.find(']');
        if (close == std::string::npos || countWords(title.substr(1, close - 1)) > 3 || countWords(title.substr(close + 1)) < 3) break;
        title = collapseWhitespace(title.substr(close + 1));
    }
    // The site's or the author's name after (or before) a separator, or in brackets at the end
    // ("… [LWN.net]").
    for (bool again = true; again;) {
        again = false;
        if (const std::size_t open = title.rfind(" ["); open != std::string::npos && title.back() == ']' &&
            countWords(title.substr(0, open)) >= 2) {
            const std::string inside = title.substr(open + 2, title.size() - open - 3);
            if (namesKnown(inside, known) || looksLikeDomain(inside)) {
                title = collapseWhitespace(title.substr(0, open));
                again = true;
                continue;
            }
        }
        // "… _探索者 _光明网", "…不同_教育频道_中国青年网": a Chinese portal's section and name, each one
        // short word after an underscore.
        if (const std::size_t under = title.rfind('_'); under != std::string::npos && under > 0 && hasCjk(title) &&
            title.find(' ', under + 1) == std::string::npos && codePointCount(title.substr(under + 1)) <= 8 &&
            title.size() - under > 1) {
            title = collapseWhitespace(title.substr(0, under));
            again = true;
            continue;
        }
        for (std::string_view sep : kSeparators) {
            const std::size_t last = title.rfind(sep);
            if (last != std::string::npos && countWords(title.substr(0, last)) >= 2 &&
                namesKnown(title.substr(last + sep.size()), known)) {
                title = collapseWhitespace(title.substr(0, last));
                again = true;
                break;
            }
            const std::size_t first = title.find(sep);
            if (first != std::string::npos && countWords(title.substr(first + sep.size())) >= 3 && !issueDate(title.substr(first + sep.size())) &&
                namesKnown(title.substr(0, first), known)) {
                title = collapseWhitespace(title.substr(first + sep.size()));
                again = true;
                break;
            }
        }
    }
    // "Site: Headline".
    const std::size_t colon = title.find(": ");
    if (colon != std::string::npos && countWords(title.substr(colon + 2)) >= 3 && namesKnown(title.substr(0, colon), known) &&
        !issueDate(title.substr(colon + 2))) {
        title = collapseWhitespace(title.substr(colon + 2));
    }
    return title.empty() ? collapseWhitespace(headline) : title;
}

}  // namespace readcast
