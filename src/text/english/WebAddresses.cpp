// URLs, e-mail addresses, handles and hashtags, read briefly.

#include <algorithm>
#include <cctype>
#include <cstring>
#include <set>
#include <vector>

#include "core/Ascii.hpp"
#include "core/WordSet.hpp"
#include "text/english/Rules.hpp"

namespace readcast::english {

namespace {

bool isUrlChar(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u < 0x7F && c != '"' && c != '<' && c != '>' && c != ')' && c != ']';
}

// Top-level domains a bare address may end with ("vaultly.io", "gov.uk"); anything else with dots
// ("U.S.", "3.5", "e.g.") is not an address.
bool isTopLevelDomain(const std::string& label) {
    static const char* const kDomains[] = {
        "com", "org", "net", "gov", "edu", "mil", "int", "info", "biz", "news", "app", "dev", "tech", "online", "site",
        "io",  "ai",  "co",  "tv",  "me",  "uk",  "us",  "ca",   "au",  "nz",   "ie",  "de",  "fr",   "es",     "it",
        "nl",  "be",  "ch",  "at",  "se",  "no",  "dk",  "fi",   "pl",  "ru",   "ua",  "jp",  "kr",   "cn",     "tw",
        "hk",  "sg",  "in",  "br",  "mx",  "ar",  "za",  "eu",   "pt",  "gr",   "tr",  "il",  "ae",   "xyz",    "ly",
        "gg",  "fm",  "to",  "is"};
    for (const char* d : kDomains) {
        if (label == d) return true;
    }
    return false;
}

// Letters said one by one: "U P S C". With an A among them they are dotted ("C.A."), as eSpeak NG says a
// spaced A as the article "uh", the last one too ("cbc dot C A slash news").
std::string spellLetters(const std::string& s) {
    std::string out;
    const bool dotted = s.find_first_of("aA") != std::string::npos;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!dotted && !out.empty()) out += ' ';
        out += static_cast<char>(std::toupper(static_cast<unsigned char>(s[i])));
        if (dotted) out += '.';
    }
    return out;
}

bool hasVowel(const std::string& s) { return s.find_first_of("aeiouyAEIOUY") != std::string::npos; }

// One label of a host: "www" and consonant runs ("bbc", "cnn") spelled, two-letter country codes
// spelled, words ("gov", "example") as they are; hyphens and underscores said.
// `name`: the name of a two-label host; `first`: the first label of a host that has a domain.
std::string sayLabel(const std::string& label, bool last, bool name = false, bool first = false) {
    std::string out, part;
    const auto flush = [&] {
        if (part.empty()) return;
        const bool letters = part.find_first_of("0123456789") == std::string::npos;
        // Two letters are an initialism ("un.org", "ft.com") unless they are a word ("go.dev", "my.site").
        static constexpr WordSet kTwoLetterWords({"co", "go", "my", "me", "we", "hi", "so", "do", "no", "on",
                                                           "in", "to", "up", "is", "it", "at", "be", "by", "of", "or",
                                                           "an", "as", "am", "he", "if", "ok", "oh"});
        const bool twoLetters = part.size() == 2 && (last ? part != "co" : kTwoLetterWords.count(lowerAscii(part)) == 0);
        // Three letters of a host's name that do not make an English syllable are initials: "irs", "fda",
        // "who", "epa" (but "fox", "ted", "vox" are words).
        const auto vowel = [](char c) { return std::strchr("aeiouAEIOU", c) != nullptr; };
        const bool threeInitials = name && part == label && part.size() == 3 &&
                                   (vowel(part[0]) || (vowel(part[2]) && !vowel(part[1])));
        // A host's name of four or five letters that no English word could be made of: "upsc", "espn".
        const bool initials = first && part == label && part.size() >= 4 && part.size() <= 5 && !sayableAsWord(upperAscii(part));
        // (A label in capitals is initials: "NHTSA.gov".)
        // (Unless eSpeak NG says it as a word: "NASA", "OSHA", "UNICEF".)
        const bool capitals = part.size() >= 2 && std::all_of(part.begin(), part.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
                              !sayableAsWord(part);
        // ("xyz", the domain: its letters, not "zize".)
        const bool spell = letters && (capitals || part == "www" || (last && part == "xyz") || (!hasVowel(part) && part.size() <= 5) || twoLetters || threeInitials || initials);
        out += (out.empty() || out.back() == ' ' ? "" : " ") + (spell ? spellLetters(part) : part);
        part.clear();
    };
    for (char c : label) {
        if (c == '-' || c == '_') {
            flush();
            out += c == '-' ? " dash " : " underscore ";
        } else {
            part += c;
        }
    }
    flush();
    return out;
}

// `domain`: the last label is a top-level domain (spelled when it is a country's); a mailbox's local
// part ("jane.doe") has none.
std::string sayHost(const std::string& host, bool domain = true) {
    std::vector<std::string> labels;
    std::size_t start = 0;
    while (start <= host.size()) {
        const std::size_t dot = host.find('.', start);
        labels.push_back(host.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
    std::string out;
    for (std::size_t k = 0; k < labels.size(); ++k) {
        // A spelled final A would be the article "uh" before "dot": "U S A-dot gov".
        const bool finalA = out.size() >= 2 && out.back() == 'A' && out[out.size() - 2] == ' ';
        // The name in a two-label host ("irs.gov", "who.int") may be initials; "uni.ac.uk" is not that.
        const bool name = domain && k == 0 && labels.size() == 2;
        out += (k == 0 ? "" : finalA ? "-dot " : " dot ") + sayLabel(labels[k], domain && k + 1 == labels.size(), name, domain && k == 0);
    }
    return out;
}

// A short path is read ("slash news"); a long one (ids, many segments) is left out.
std::string sayPath(const std::string& path) {
    const std::string p = path.substr(0, path.find_first_of("?#"));
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start < p.size()) {
        std::size_t slash = p.find('/', start);
        if (slash == std::string::npos) slash = p.size();
        if (slash > start) segments.push_back(p.substr(start, slash - start));
        start = slash + 1;
    }
    if (segments.empty() || segments.size() > 2) return "";
    std::string out;
    for (const std::string& s : segments) {
        if (s.size() > 24 || s.find('.') != std::string::npos || s.find_first_not_of("0123456789") == std::string::npos) {
            return "";
        }
        out += " slash " + sayLabel(s, false);
    }
    return out;
}

// "vaultly.io", "bbc.co.uk/news", "tax.gov/forms": a host without a scheme, known by its last label.
bool isBareHost(const std::string& host) {
    const std::size_t dot = host.rfind('.');
    if (dot == std::string::npos || dot == 0 || !isTopLevelDomain(host.substr(dot + 1))) return false;
    // (Capitals in a name's labels as print sets them, "LakeshoreHealth.org", "Amazon.com"; the domain in small letters.)
    const std::string domain = host.substr(dot + 1);
    const bool common = domain == "com" || domain == "org" || domain == "net" || domain == "gov" || domain == "edu" || domain == "io" ||
                        domain == "uk" || domain == "ca" || domain == "au" || domain == "in" || domain == "news" || domain == "info";
    for (std::size_t k = 0; k < host.size(); ++k) {
        const auto u = static_cast<unsigned char>(host[k]);
        if (!(std::islower(u) || std::isdigit(u) || host[k] == '.' || host[k] == '-' || (std::isupper(u) && k < dot && common))) return false;
    }
    // "9news.com.au": a label may start with a digit, if letters follow it. ("511.alberta.ca", "311.nyc.gov": a service's number
    // as the first label of three, a name's letters after it.)
    if (host.find("..") != std::string::npos) return false;
    const std::size_t first = host.find('.');
    const bool numberedService = first != std::string::npos && host.find('.', first + 1) != std::string::npos &&
                                 host.find_first_not_of("0123456789") == first &&
                                 host.find_first_of("abcdefghijklmnopqrstuvwxyz", first) < host.find('.', first + 1);
    return numberedService || host.find_first_of("abcdefghijklmnopqrstuvwxyz") < first;
}

// "BlackLivesMatter" -> "Black Lives Matter", "MeToo" -> "Me Too": a hashtag's words, split where a
// capital follows a small letter; one written in small letters is said as it is.
std::string hashtagWords(const std::string& tag) {
    std::string out;
    for (std::size_t k = 0; k < tag.size(); ++k) {
        const auto c = static_cast<unsigned char>(tag[k]);
        if (k > 0 && std::isupper(c) && std::islower(static_cast<unsigned char>(tag[k - 1]))) out += ' ';
        if (k > 0 && std::isdigit(c) && std::isalpha(static_cast<unsigned char>(tag[k - 1]))) out += ' ';
        out += (c == '_') ? ' ' : static_cast<char>(c);
    }
    return out;
}

// "@n0_sl33p": a handle whose figures stand among its letters, a name written for the eye, said sign by sign ("n zero
// underscore s l three three p"), its figures as words so that no later rule takes "33p" for pence.
std::string spelledHandle(const std::string& name) {
    static const char* const kDigits[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    std::string out;
    for (char c : name) {
        if (!out.empty()) out += ' ';
        if (std::isdigit(static_cast<unsigned char>(c))) out += kDigits[c - '0'];
        else if (c == '_') out += "underscore";
        else out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

// (Inside a short run of small letters, "sl33p": "@bbc5live", "@fox5atlanta", "@mancity4ever" have words either side of the
// figure, and "@Covid19Tracker" a word that starts with its capital.)
bool figuresAmongLetters(const std::string& name) {
    for (std::size_t k = 1; k < name.size(); ++k) {
        if (!std::isdigit(static_cast<unsigned char>(name[k])) || !std::islower(static_cast<unsigned char>(name[k - 1]))) continue;
        std::size_t end = k, start = k;
        while (end < name.size() && std::isdigit(static_cast<unsigned char>(name[end]))) ++end;
        while (start > 0 && std::islower(static_cast<unsigned char>(name[start - 1]))) --start;
        std::size_t after = end;
        while (after < name.size() && std::islower(static_cast<unsigned char>(name[after]))) ++after;
        if (after > end && k - start <= 3 && after - end <= 3) return true;
    }
    return false;
}

}  // namespace

// URLs, e-mail addresses, handles and hashtags, read as a newsreader says them: "www.example.com/news"
// -> "W W W dot example dot com slash news".
std::string webAddresses(const std::string& given, std::vector<Rewrite>* log) {
    // (A paper's DOI is gone already: Dois.hpp, for every language.)
    std::string text = given;
    // "update-fortiweb[.]net", "hxxps://": an address defanged, as security reports write one so that no one follows
    // it, is said as the address it stands for.
    for (std::size_t at = text.find("[.]"); at != std::string::npos; at = text.find("[.]", at)) {
        const bool between = at > 0 && at + 3 < text.size() && std::isalnum(static_cast<unsigned char>(text[at - 1])) &&
                             std::isalnum(static_cast<unsigned char>(text[at + 3]));
        if (between) text.replace(at, 3, ".");
        else at += 3;
    }
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const bool wordStart = i == 0 || std::isspace(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '(';
        if (wordStart) {
            std::size_t end = i;
            while (end < text.size() && isUrlChar(text[end])) ++end;
            while (end > i && std::strchr(".,;:!?'", text[end - 1]) != nullptr) --end;
            const std::string word = text.substr(i, end - i);
            std::string spoken, rule;
            const std::size_t at = word.find('@');
            const std::size_t scheme = word.find("://");
            const std::string afterScheme = word.substr(scheme == std::string::npos ? 0 : scheme + 3);
            const std::string host = afterScheme.substr(0, afterScheme.find_first_of("/?#:"));
            const std::string path = afterScheme.size() > host.size() ? afterScheme.substr(host.size()) : "";
            // A post's attached picture or short link ("pic.twitter.com/XK2PQ", "t.co/a1B2"): never said.
            const std::string lowerHost = lowerAscii(host);
            const bool attachment = !path.empty() && (lowerHost == "pic.twitter.com" || lowerHost == "t.co" ||
                                                      lowerHost == "pic.x.com" || lowerHost == "bit.ly" || lowerHost == "ow.ly");
            if (attachment) {
                if (log != nullptr) log->push_back({word, "", "url"});
                while (!out.empty() && out.back() == ' ') out.pop_back();
                i = end;
                continue;
            }
            // ("Rentals.ca said": a site named by its host, capitalized as a name; "NHTSA.gov/recalls", a name in
            // capitals, its initials, with or without a path.)
            const std::string firstLabel = host.substr(0, host.find('.'));
            const bool initials = firstLabel.size() >= 2 && firstLabel.size() <= 6 &&
                                  std::all_of(firstLabel.begin(), firstLabel.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
            // (Only with its path: "LWN.net" and "ASP.NET" alone are names.)
            // (Not one capital before a capitalized label: "B.Tech", "B.Com", a degree; "X.com" is a site.)
            const bool degree = firstLabel.size() == 1 && host.size() > 2 && std::isupper(static_cast<unsigned char>(host[2]));
            const bool namedHost = host.size() > 1 && !degree && std::isupper(static_cast<unsigned char>(host[0])) &&
                                   (initials ? path.size() > 1 && std::islower(static_cast<unsigned char>(host.back())) : path.empty()) &&
                                   // (Capitals inside the name too: "RateHub.ca".)
                                   isBareHost(lowerAscii(host));
            if (word.rfind("http://", 0) == 0 || word.rfind("https://", 0) == 0 || word.rfind("www.", 0) == 0 ||
                (at == std::string::npos && (isBareHost(host) || namedHost))) {
                spoken = sayHost(namedHost ? (initials ? firstLabel + lowerAscii(host.substr(firstLabel.size())) : lowerAscii(host)) : host) +
                         sayPath(path);
                rule = "url";
            } else if (at != std::string::npos && at > 0 && word.find('.', at) != std::string::npos &&
                       std::isalnum(static_cast<unsigned char>(word.back()))) {
                spoken = sayHost(word.substr(0, at), false) + " at " + sayHost(word.substr(at + 1));
                rule = "email";
            } else if (word.size() > 3 && word[0] == '@' && std::isalnum(static_cast<unsigned char>(word[1])) && word.find('/') != std::string::npos &&
                       word.find('/') + 1 < word.size() && std::isalnum(static_cast<unsigned char>(word[word.find('/') + 1]))) {
                // "@solana/web3.js", "@types/node": a package's scope and its name, no account's.
                std::string name = word.substr(1);
                for (std::size_t at = name.find('/'); at != std::string::npos; at = name.find('/', at + 7)) name.replace(at, 1, " slash ");
                spoken = "at " + name;
                rule = "package";
            } else if (word.size() > 1 && word[0] == '@' && std::isalnum(static_cast<unsigned char>(word[1]))) {
                // ("on X at @LNER": the sentence's own "at" says it once.)
                std::size_t end = out.size();
                while (end > 0 && out[end - 1] == ' ') --end;
                const bool atWord = end >= 2 && lowerAscii(out.substr(end - 2, 2)) == "at" &&
                                    (end == 2 || !std::isalnum(static_cast<unsigned char>(out[end - 3])));
                const bool said = atWord && end < out.size();
                // (Said "at" where the reader is told where to find it, "Follow @readcast", "on X at @LNER"; where the sentence
                // names the account as its subject or object, the name alone: "with the @NYSDEC team", "@OssiningVillage
                // confirmed this", "thanks to @NYSDEC".)
                std::size_t wordStart = end;
                while (wordStart > 0 && std::isalpha(static_cast<unsigned char>(out[wordStart - 1]))) --wordStart;
                const std::string previous = lowerAscii(out.substr(wordStart, end - wordStart));
                static constexpr WordSet kPointing({"follow", "follows", "following", "followed", "contact", "message", "dm",
                                                             "tag", "tweet", "tweets", "tweeted", "reply", "mention", "find", "on"});
                // (And the next of a list so told, "on X at @LNER and @networkrail".)
                const bool listed = (previous == "and" || previous == "or") && out.find(" at ", out.size() > 48 ? out.size() - 48 : 0) != std::string::npos;
                // (Nor a year or a letter after the sign, "Viksit Bharat @2047", "the @e selector": no account's name.)
                const bool pointing = atWord || listed || kPointing.count(previous) != 0 || (end > 0 && out[end - 1] == ':') ||
                                      std::isdigit(static_cast<unsigned char>(word[1])) || word.size() <= 2;
                const std::string name = word.substr(1);
                const std::string named = figuresAmongLetters(name) && name.size() <= 16 ? spelledHandle(name) : pointing ? name : hashtagWords(name);
                spoken = pointing ? (said ? "" : "at ") + named : named;
                rule = "handle";
            } else if (word.size() > 1 && word[0] == '#' && std::isalpha(static_cast<unsigned char>(word[1]))) {
                // "…what we don't. #LakeOssining #WaterQuality": the post's tags after its last sentence, or a line of tags
                // alone, are not read ("using the hashtag #MeToo" is).
                const bool closingTags = [&] {
                    for (std::size_t k = end; k < text.size();) {
                        while (k < text.size() && text[k] == ' ') ++k;
                        if (k >= text.size()) break;
                        if (text[k] != '#') return false;
                        while (k < text.size() && text[k] != ' ') ++k;
                    }
                    std::size_t last = out.size();
                    while (last > 0 && out[last - 1] == ' ') --last;
                    return last == 0 || out[last - 1] == '.' || out[last - 1] == '!' || out[last - 1] == '?';
                }();
                if (closingTags) {
                    if (log != nullptr) log->push_back({text.substr(i, text.size() - i), "", "hashtag"});
                    while (!out.empty() && out.back() == ' ') out.pop_back();
                    i = text.size();
                    continue;
                }
                // "using the hashtag #MeToo" already says "hashtag".
                const std::string before = lowerAscii(out.substr(out.size() >= 8 ? out.size() - 8 : 0));
                const bool said = before.size() >= 8 && before.compare(0, 8, "hashtag ") == 0;
                spoken = (said ? "" : "hashtag ") + hashtagWords(word.substr(1));
                rule = "hashtag";
            } else if (word == "u/s" && end + 1 < text.size() && text[end] == ' ' && std::isdigit(static_cast<unsigned char>(text[end + 1]))) {
                spoken = "under section";  // "1,160 cases u/s 66D of the IT Act", as Indian copy writes it
                rule = "abbreviation";
            } else if (word.size() > 2 && (word[0] == 'r' || word[0] == 'u') && word[1] == '/' &&
                       std::isalnum(static_cast<unsigned char>(word[2])) && word.find('/', 2) == std::string::npos) {
                spoken = std::string(1, word[0]) + " slash " + word.substr(2);  // a subreddit or a Reddit user
                rule = "handle";
            }
            // "the /api/v2.0/system/config endpoint": a server's path alone, each slash said (between two words a
            // slash is "or" elsewhere).
            if (rule.empty() && word.size() > 2 && word[0] == '/' && std::isalpha(static_cast<unsigned char>(word[1])) &&
                std::count(word.begin(), word.end(), '/') >= 2 && word.back() != '/' &&
                std::all_of(word.begin(), word.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || std::strchr("/._-", c) != nullptr; })) {
                for (std::size_t k = 0; k < word.size(); ++k) {
                    const char c = word[k];
                    const bool digitsAround = k > 0 && k + 1 < word.size() && std::isdigit(static_cast<unsigned char>(word[k - 1])) &&
                                              std::isdigit(static_cast<unsigned char>(word[k + 1]));
                    spoken += c == '/' ? (k == 0 ? "slash " : " slash ") : c == '.' ? (digitsAround ? " point " : " dot ")
                              : c == '_' ? " underscore " : std::string(1, c);
                }
                rule = "url";
            }
            if (!rule.empty()) {
                if (log != nullptr) log->push_back({word, spoken, rule});
                out += spoken;
                i = end;
                // ("dot C.A." at the end of a sentence has its full stop already.)
                if (!spoken.empty() && spoken.back() == '.' && i < text.size() && text[i] == '.') ++i;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

}  // namespace readcast::english
