#include "text/TelephoneNumbers.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>

#include "core/Ascii.hpp"
#include "core/Text.hpp"
#include "text/RewriteScan.hpp"
#include "text/Spellout.hpp"

namespace readcast {
namespace {

// A word that names an emergency line, right before its number: "den Notruf 110 Hilfe" counts no help.
bool namesALine(const std::string& word) {
    for (const char* w : {"notruf", "notrufnummer", "polizeinotruf", "alarmnummer", "alarmnummeret", "alarmnumret", "n\xC3\xB8" "dnummeret",
                          "noodnummer"}) {
        if (word == w) return true;
    }
    return false;
}

// Words before a number to call, in the languages this serves (lower case, their dots kept).
bool asksToCall(const std::string& word) {
    static const char* const kWords[] = {
        "tel", "tel.", "tel:", "tél", "tél.", "tél:", "t\xC3\xA9l.", "t\xC3\xA9l", "t\xC3\xA9l\xC3\xA9phone", "tfn", "tfn.", "tlf", "tlf.",
        "telefon", "telefone", "telefono", "tel\xC3\xA9" "fono", "telefoon", "telefonnummer", "telefoonnummer", "bellen", "bel", "ring",
        "ringe", "appeler", "appelez", "llamar", "llame", "llama", "ligar", "ligue", "chiamare", "chiamate", "whatsapp", "sms",
        "num\xC3\xA9ro", "n\xC3\xBAmero", "numero", "nummer", "hotline", "fax", "telp", "telp.", "hp", "wa",
        "infolijn", "servicenummer", "centralino", "contatto", "contacto", "cellulare", "m\xC3\xB3vil", "movil", "portable", "celular",
        "telem\xC3\xB3vel", "belt", "marque", "marcar", "composez", "compose", "ringer", "ringe", "ring", "ringa", "ringde", "larma",
        // Czech and Slovak: "na lince 257 271 111", "volejte" ("Linky přepravily 1 200 000" counts)
        "linku", "lince", "volejte", "zavolejte", "volajte", "zavolajte"};
    for (const char* w : kWords) {
        if (word == w) return true;
    }
    // (And an emergency line named: "über den Notruf 110", "alarmnummeret 112".)
    return namesALine(word);
}

// A Nordic noun a figure counts, after it: "1177 kronor", "1177 personer" (not "1177 vid behov").
bool countedNoun(const std::string& text, std::size_t at) {
    while (at < text.size() && text[at] == ' ') ++at;
    std::size_t end = at;
    while (end < text.size() && isWordByte(text[end])) ++end;
    const std::string next = lowerUtf8(text.substr(at, end - at));
    for (const char* noun : {"kronor", "kroner", "kr", "personer", "m\xC3\xA4nniskor", "mennesker", "st", "stk", "dagar", "dage", "dager",
                             "\xC3\xA5r", "meter", "km", "procent", "prosent", "timer", "timmar", "euro", "dollar", "bilar", "biler"}) {
        if (next == noun) return true;
    }
    return false;
}

struct Group {
    std::size_t begin, end;
};

}  // namespace

std::string withTelephoneNumbersSaid(const std::string& text, std::string_view language, std::vector<Rewrite>* log) {
    const std::string_view primary = language.substr(0, language.find_first_of("-_"));
    if (primary.empty() || primary == "en" || primary == "ko" || primary == "ar" || primary == "he" || primary == "iw") return text;
    // (German reads its own numbers to call; only its emergency numbers are read here.)
    const bool german = primary == "de";
    // (Most sentences hold no figure: nothing to look at.)
    if (text.find_first_of("0123456789") == std::string::npos) return text;
    const bool french = primary == "fr";
    // (Scandinavia says a number's pairs as numbers too, "89 40 22 00" "niogfirs fyrre toogtyve nul nul"; its
    // longer groups, an area's code, digit by digit.)
    const bool nordic = primary == "da" || primary == "no" || primary == "nb" || primary == "nn" || primary == "sv";
    std::string out;
    std::string lastWords[2];  // the two words before, lower case
    for (std::size_t i = 0; i < text.size();) {
        // (After a space, a bracket or a label's colon only: "14/09/2023" holds no number to call.)
        // (Nor inside a figure's groups: "253 000 000" is tried from its start only.)
        const bool boundary = i == 0 || ((text[i - 1] == ' ' || text[i - 1] == '\n' || text[i - 1] == '(' || text[i - 1] == ':') &&
                                         !(i >= 2 && text[i - 1] == ' ' && isAsciiDigit(text[i - 2])));
        const bool bracket = text[i] == '(' && i + 2 < text.size() && text[i + 1] == '0' && isAsciiDigit(text[i + 2]);
        // ("+420 266 727 443": a country's code after a plus, a number to call whatever stands before it.)
        const bool international = text[i] == '+' && i + 1 < text.size() && isAsciiDigit(text[i + 1]) && digitsEnd(text, i + 1) - i - 1 <= 3 &&
                                   digitsEnd(text, i + 1) < text.size() && text[digitsEnd(text, i + 1)] == ' ';
        if (boundary && (isAsciiDigit(text[i]) || bracket || international)) {
            // The groups: runs of digits parted by one space, a hyphen, a dot, or ") ".
            std::vector<Group> groups;
            std::size_t k = bracket || international ? i + 1 : i;
            bool dotted = false, slashed = false;
            while (k < text.size() && isAsciiDigit(text[k])) {
                std::size_t e = k;
                while (e < text.size() && isAsciiDigit(text[e])) ++e;
                groups.push_back({k, e});
                std::size_t n = e;
                if (bracket && groups.size() == 1 && n < text.size() && text[n] == ')') ++n;
                if (n < text.size() && (text[n] == ' ' || text[n] == '-' || text[n] == '.')) ++n;
                // (An area's code before a slash, as Belgium and Austria write it: "04/342.00.00", "0475/12.34.56"; a
                // date's figures after its slash are two, "01/09".)
                if (n == e && groups.size() == 1 && text[k] == '0' && e - k <= 4 && n < text.size() && text[n] == '/' &&
                    digitsEnd(text, n + 1) - (n + 1) >= 2 && digitsEnd(text, n + 1) + 1 < text.size() && text[digitsEnd(text, n + 1)] == '.' &&
                    isAsciiDigit(text[digitsEnd(text, n + 1) + 1])) {
                    ++n;
                    slashed = true;
                }
                if (n == e || n >= text.size() || !isAsciiDigit(text[n])) break;
                dotted = dotted || text[n - 1] == '.';
                k = n;
            }
            // ("belt u 112", "appelez le 112": Europe's emergency number after a word that asks to call it, said
            // digit by digit as every newsreader says it.)
            // (Not a count before its noun: "De bel ging 112 keer", "Appelez les 112 familles".)
            const auto counts = [&] {
                std::size_t after = groups[0].end;
                while (after < text.size() && text[after] == ' ') ++after;
                std::size_t afterEnd = after;
                while (afterEnd < text.size() && isWordByte(text[afterEnd])) ++afterEnd;
                const std::string next = text.substr(after, afterEnd - after);
                return afterEnd > after && !(next == "en" || next == "of" || next == "ou" || next == "o" || next == "e" || next == "y" ||
                                             next == "et" || next == "als" || next == "si" || next == "se" || next == "bij" || next == "an" ||
                                             next == "eller" || next == "och" || next == "og" || next == "oder" || next == "und" ||
                                             next == "lub" || next == "albo" || next == "direkt" || next == "omedelbart");
            };
            // (And the other services' numbers of three figures from "110" to "119", the police's "110" in Germany, "114" in
            // Denmark; or after the number, the verb of calling, "112 gebeld", "110 gewählt", or the compound it opens,
            // "112-melding".)
            const bool service = groups.size() == 1 && groups[0].end - groups[0].begin == 3 && text.compare(groups[0].begin, 2, "11") == 0;
            const bool calledAfter = service && [&] {
                std::size_t after = groups[0].end;
                if (after < text.size() && text[after] == '-') {
                    const std::string compound = lowerUtf8(text.substr(after + 1, 8));
                    return compound.rfind("melding", 0) == 0 || compound.rfind("centrale", 0) == 0 || compound.rfind("notruf", 0) == 0 ||
                           compound.rfind("alarm", 0) == 0;
                }
                while (after < text.size() && text[after] == ' ') ++after;
                std::size_t afterEnd = after;
                while (afterEnd < text.size() && isWordByte(text[afterEnd])) ++afterEnd;
                const std::string next = lowerUtf8(text.substr(after, afterEnd - after));
                // (Not "gewählt", which also elects: "wurden 115 gewählt".)
                for (const char* verb : {"gebeld", "belde", "angerufen", "alarmiert", "verst\xC3\xA4ndigt",
                                         "alarmeret", "alarmerede", "ringet", "ringede", "ringt", "larmade", "larmat", "chiamato", "llamado",
                                         "llamaron", "ligou", "ligaram", "appel\xC3\xA9", "wezwano", "zadzwoni\xC5\x82"}) {
                    if (next == verb) return true;
                }
                return false;
            }();
            // (France says it as the number it is, "cent-douze".)
            const bool saidWhole = french;
            if (service && !saidWhole && (asksToCall(lastWords[0]) || asksToCall(lastWords[1]) || calledAfter) &&
                (groups[0].end >= text.size() || !isWordByte(text[groups[0].end])) && (calledAfter || namesALine(lastWords[0]) || !counts())) {
                const std::string digits = text.substr(groups[0].begin, 3);
                const std::string spoken = std::string(1, digits[0]) + " " + digits[1] + " " + digits[2];
                if (log != nullptr) log->push_back({digits, spoken, "number"});
                out += spoken;
                i = groups[0].end;
                continue;
            }
            // ("el tren AVE 02071", "Linie 0815": a figure of three or more that opens on a nought is a code, said digit
            // by digit; eSpeak NG splits it in groups of three with a "punto" between. Its digits are said in words here:
            // a last "1" left a figure before a noun would agree with it, "una".)
            // (Not an hour before its word: "a las 0600 horas".)
            const auto hourWordAfter = [&](std::size_t at) {
                const std::size_t w = at < text.size() && text[at] == ' ' ? at + 1 : at;
                for (const char* hour : {"horas", "hrs", "h ", "uur", "Uhr", "heures", "ore", "timer", "tim"}) {
                    if (text.compare(w, std::strlen(hour), hour) == 0) return true;
                }
                return false;
            };
            // (Nor a postal code after its label, which the language's rules read: "C.P. 08040", "CAP 00121".)
            const bool postal = lastWords[0] == "c.p." || lastWords[0] == "cp" || lastWords[0] == "c.p" || lastWords[0] == "cap" || lastWords[0] == "plz";
            if (groups.size() == 1 && text[groups[0].begin] == '0' && groups[0].end - groups[0].begin >= 3 && groups[0].end - groups[0].begin <= 8 &&
                !bracket && !postal && !hourWordAfter(groups[0].end) &&
                // (Nor an area's code before its slash, "0711 / 3512-3321": the whole number is the language's rules'.)
                !(german && text.compare(groups[0].end, 3, " / ") == 0 && groups[0].end + 3 < text.size() && isAsciiDigit(text[groups[0].end + 3])) &&
                (groups[0].end >= text.size() || (!isWordByte(text[groups[0].end]) && text[groups[0].end] != '/' && text[groups[0].end] != ':' &&
                                                              !((text[groups[0].end] == ',' || text[groups[0].end] == '.') && groups[0].end + 1 < text.size() &&
                                                                isAsciiDigit(text[groups[0].end + 1]))))) {
                static thread_local std::string spelledFor;
                static thread_local std::unique_ptr<Spellout> spell;
                if (!spell || spelledFor != primary) {
                    spell = std::make_unique<Spellout>(std::string(primary));
                    spelledFor = primary;
                }
                std::string spoken;
                // (Japanese and Chinese keep the figures, which their voices read one by one.)
                const bool figures = primary == "ja" || primary == "zh" || primary == "th";
                for (std::size_t d = groups[0].begin; d < groups[0].end; ++d) {
                    const std::string word = figures ? std::string() : spell->say(text[d] - '0', "%spellout-numbering");
                    spoken += (spoken.empty() ? "" : " ") + (word.empty() ? std::string(1, text[d]) : word);
                }
                if (log != nullptr) log->push_back({text.substr(groups[0].begin, groups[0].end - groups[0].begin), spoken, "number"});
                out += spoken;
                i = groups[0].end;
                continue;
            }
            if (german) {
                out.append(text, i, groups.back().end - i);
                i = groups.back().end;
                continue;
            }
            // ("ring 1177", "ring 114 14": a Nordic service's short number after a word that asks to call it, in
            // pairs, "elva sjuttiosju", not a count, "elva hundra sjuttiosju".)
            if (nordic && groups.size() == 1 && groups[0].end - groups[0].begin == 4 && text[groups[0].begin] == '1' &&
                (asksToCall(lastWords[0]) || asksToCall(lastWords[1]) || lastWords[0] == "eller") &&
                (groups[0].end >= text.size() || !isWordByte(text[groups[0].end])) && !countedNoun(text, groups[0].end)) {
                const std::string spoken = text.substr(groups[0].begin, 2) + " " + text.substr(groups[0].begin + 2, 2);
                if (log != nullptr) log->push_back({text.substr(groups[0].begin, 4), spoken, "number"});
                out += spoken;
                i = groups[0].end;
                continue;
            }
            const Group& last = groups.back();
            std::size_t digits = 0;
            bool shortGroups = true;
            for (const Group& g : groups) {
                digits += g.end - g.begin;
                shortGroups = shortGroups && g.end - g.begin == 2;
            }
            const bool trunk = text[groups.front().begin] == '0' && groups.front().end - groups.front().begin >= 2;
            // (The word right before, or the one before it: "tel. 0549…", "llame al 900…", "il numero verde 051…".)
            const bool cued = asksToCall(lastWords[0]) || asksToCall(lastWords[1]) || international;
            // Not a number to call: a date, "01-07-2024"; hours, "0900-1700"; a postcode, "00-950"; and, after a
            // cue, a count of thousands, "12 000", "12 500" (a number to call has seven digits at least).
            const auto size = [&](std::size_t k) { return groups[k].end - groups[k].begin; };
            const auto value = [&](std::size_t k) { return std::stoi(text.substr(groups[k].begin, size(k))); };
            const bool date = groups.size() == 3 && size(0) <= 2 && size(1) <= 2 && size(2) == 4;
            const bool hours = groups.size() == 2 && size(0) == 4 && size(1) == 4 && value(0) / 100 <= 24 && value(0) % 100 <= 59 &&
                               value(1) / 100 <= 24 && value(1) % 100 <= 59;
            const bool tooFew = digits < (trunk || bracket ? 6u : 7u);
            // (Dots part only a French number's pairs, "01.23.45.67.89": elsewhere they group thousands.)
            const bool shaped = groups.size() >= 2 && digits >= 5 && digits <= 13 && (!dotted || (trunk && shortGroups && groups.size() == 5) || slashed) &&
                                (last.end >= text.size() || (!isWordByte(text[last.end]) && text[last.end] != ':' && text[last.end] != '/'));
            // ("infolinia ZUS 22 560 16 00", "la línea 800 623 2323": three groups or more that no count of thousands
            // makes, a later one not of three figures, are a number to call with no word before it.)
            // (Parted by spaces alone: "2024-05-12" is a date.)
            // (Scandinavia's pairs, "33 95 80 00", are left to eSpeak NG, which says them as its listeners do. Nor a figure
            // before a count of thousands, "Depuis 2015 12 000 personnes", "W 2023 1 200 osób": the groups after the first
            // make a count; eight figures at least.)
            bool thousands = true, spaced = true, restCounts = groups.size() >= 2 && size(1) <= 3;
            for (std::size_t k = 1; k < groups.size(); ++k) {
                thousands = thousands && size(k) == 3;
                spaced = spaced && text[groups[k].begin - 1] == ' ';
                if (k >= 2) restCounts = restCounts && size(k) == 3;
            }
            const bool grouped = groups.size() >= 3 && spaced && !thousands && !nordic && !restCounts && digits >= 8;
            if (shaped && !date && !hours && !tooFew && (trunk || bracket || cued || grouped)) {
                // (Groups of three and four, none of two: a North American number; Europe's pairs are said as numbers.)
                const bool northAmerican = std::none_of(groups.begin(), groups.end(), [](const Group& g) { return g.end - g.begin == 2; });
                std::string spoken;
                for (const Group& g : groups) {
                    if (!spoken.empty()) spoken += ", ";
                    std::string said;
                    std::size_t d = g.begin;
                    // (A group of three or four of a North American number in French, "514 280-5100", figure by figure: "cinq
                    // mille cent" is no number to dial.)
                    if (french && g.end - g.begin >= 3 && northAmerican) {
                        for (; d < g.end; ++d) said += (said.empty() ? "" : " ") + (text[d] == '0' ? std::string("z\xC3\xA9ro") : std::string(1, text[d]));
                    } else if (french || (nordic && g.end - g.begin == 2)) {
                        // Each group the number it is, its leading zeros said: "034" is "0 34". (In French the zero a word:
                        // eSpeak NG reads "0 471" as a count of thousands, "zéro mille quatre cent…".)
                        const std::string zero = french ? "z\xC3\xA9ro" : "0";
                        while (d + 1 < g.end && text[d] == '0') said += (said.empty() ? zero : " " + zero), ++d;
                        const std::string rest = text.substr(d, g.end - d);
                        said += (said.empty() ? "" : " ") + (rest == "0" ? zero : rest);
                    } else {
                        for (; d < g.end; ++d) said += (said.empty() ? "" : " ") + std::string(1, text[d]);
                    }
                    spoken += said;
                }
                if (international) spoken = "+ " + spoken;
                if (log != nullptr) log->push_back({text.substr(i, last.end - i), spoken, "number"});
                out += spoken;
                i = last.end;
                // (The words that asked for it are spent: "llame al … ; hay 12 500 casos".)
                for (std::string& w : lastWords) w.clear();
                continue;
            }
        }
        // (The words before: shifted in at each word's end.)
        if (isWordByte(text[i]) && (i == 0 || !isWordByte(text[i - 1]))) {
            std::size_t e = i;
            while (e < text.size() && (isWordByte(text[e]) || text[e] == '.' || text[e] == ':')) ++e;
            std::string word = text.substr(i, e - i);
            for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            while (!word.empty() && word.back() == ':') word.pop_back();
            lastWords[1] = lastWords[0];
            lastWords[0] = word;
            if (!isAsciiDigit(text[i])) {
                out.append(text, i, e - i);
                i = e;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

}  // namespace readcast
