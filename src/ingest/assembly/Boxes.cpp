// Boxes set in the text: sponsored offers, machine summaries, property lines, clipper sections, fact boxes, sign-up boxes.

#include "ingest/assembly/Assembly.hpp"
#include "core/WordSet.hpp"
#include "ingest/assembly/LineShapes.hpp"

#include "core/Ascii.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/Furniture.hpp"

#include <cctype>
#include <cstring>
#include <set>
#include <algorithm>
#include <optional>

namespace readcast::assembly {

namespace {

// A sponsor's offer and its small print: "rates as low as 7.49% APR*", "Apply today at acme.com/business",
// "*APR = Annual Percentage Rate. Subject to credit approval."
bool isOfferLine(const std::string& line) {
    const std::string l = lowerAscii(line);
    for (const char* cue : {"apply", "terms", "conditions", "sign up", "subscribe", "offer", "free", "discount", "rates as low",
                            "apr", "today", "learn more", "visit", ".com", "www.", "http", "insured", "approval", "member fdic",
                            "promo code", "save ", "open an account", "open a ", "earn "}) {
        if (l.find(cue) != std::string::npos) return true;
    }
    return !l.empty() && l[0] == '*';
}

// "SPONSORED BY BUCKEYE FEDERAL CREDIT UNION", "Presented by Acme": the label with its sponsor's name.
bool isNamedSponsorLabel(const std::string& line) {
    if (countWords(line) > 8 || !isUnpunctuatedShortLine(line, 8)) return false;
    const std::string f = foldForComparison(line);
    // (Not "Presented by Fiona Bruce" or "In partnership with Macmillan", a programme's credit over the story.)
    for (const char* label : {"sponsoredby", "awordfromoursponsor", "todayssponsor"}) {
        if (f.rfind(label, 0) == 0 && f.size() > std::strlen(label) + 2) return true;
    }
    return false;
}

// What an advertisement under a German page's "Anzeige" says: a discount, a button, an address ("Sparen Sie 30 %", "Jetzt
// bestellen", "Mehr Infos unter reifen-mueller.de"). A story's paragraph may say "jetzt" and "Angebot" as often.
bool isGermanOfferLine(const std::string& line) {
    const std::string l = lowerUtf8(line);
    for (const char* cue : {"rabatt", "gratis", "kostenlos", "bestellen", "mehr erfahren", "hier klicken", "mehr infos", "jetzt sichern",
                            "jetzt kaufen", "jetzt testen", "jetzt entdecken", "entdecken sie", "onlineshop", "jetzt sparen", "prozent sparen", "% sparen", "sparen sie", "www.", ".de/", ".de ", "http"}) {
        if (l.find(cue) != std::string::npos) return true;
    }
    return l.ends_with(".de") || l.ends_with(".de.");
}

// Up to `most` short lines of an offer from `from` on, its link and its small print; the first line
// that offers nothing ends them.
void clearOfferLines(std::vector<RawBlock>& raw, std::size_t from, std::size_t most) {
    for (std::size_t k = from, n = 0; k < raw.size() && n < most; ++k) {
        if (raw[k].text.empty()) continue;
        if (raw[k].kind == BlockKind::Heading || countWords(raw[k].text) > 30 || !isOfferLine(raw[k].text)) break;
        raw[k].text.clear();
        ++n;
    }
}

}  // namespace

void Assembly::dropSponsoredBoxes(std::vector<RawBlock>& raw) {
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
        const std::string label = foldForComparison(raw[i].text);
        const std::size_t most = label == "newsprovidedby" ? 8 : 60;
        raw[i].text.clear();
        std::size_t next = i + 1;
        while (next < raw.size() && raw[next].text.empty()) ++next;
        // (An empty slot's label over the page's headline: "*Anzeige*" over "# Freiburger Bäckerei …".)
        const bool headline = next < raw.size() && raw[next].kind == BlockKind::Heading && raw[next].level == 1;
        // (A sponsor named in its label, "Sponsored by Harbour Motors" over a headline, is a line alone
        // unless its offer follows; then the box runs its offer's short lines, its link and its small
        // print, and ends at the first line that offers nothing: the news goes on.)
        // (So is "Anzeige": a German page's label over any slot, whose advertisement a copy seldom holds; the paragraph
        // under it is the story's unless it offers something.)
        if (named) {
            clearOfferLines(raw, next, 4);
            continue;
        }
        if (label == "anzeige") {
            if (next < raw.size() && raw[next].kind != BlockKind::Heading && countWords(raw[next].text) <= 60 &&
                isGermanOfferLine(raw[next].text)) {
                raw[next].text.clear();
            }
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
void Assembly::dropMachineSummaries(std::vector<RawBlock>& raw) {
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
void Assembly::dropPropertyLines(std::vector<RawBlock>& raw) {
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
void Assembly::dropClipperSections(std::vector<RawBlock>& raw) {
    static constexpr WordSet kHighlights({"highlights", "my highlights", "highlights & notes", "highlights and notes",
                                                   "surlignages", "markierungen", "destaques", "subrayados", "evidenziazioni"});
    // (The reader's own notes go whatever they hold.)
    static constexpr WordSet kNotes({"my notes", "annotations", "meine notizen", "mes notes", "mis notas", "le mie note"});
    static constexpr WordSet kOverStory({"content", "full text", "article", "original article", "article text",
                                                  "contenu", "inhalt", "contenido", "conte\xC3\xBA" "do", "contenuto"});
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
void Assembly::dropFactBoxes(std::vector<RawBlock>& raw) {
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
        // (A heading, or a short line without a stop set as one in a text.)
        if (over > 0 && (raw[over - 1].kind == BlockKind::Heading || (countWords(raw[over - 1].text) <= 4 && raw[over - 1].text.back() != '.'))) {
            static constexpr WordSet kSheets({"lineups", "teams", "teamsheets", "startinglineups", "theteams", "squads",
                                                       "startingxi", "startingxis", "lineupsandstats", "teamnews", "confirmedlineups",
                                                       "confirmedteams", "howtheylinedup"});
            if (kSheets.count(foldForComparison(raw[over - 1].text)) != 0) raw[over - 1].text.clear();
        }
    }
}

// A newsletter's box copied with the story: its title, a line of pitch, its e-mail field
// ("Suscríbete a nuestro boletín / Recibe cada mañana… / Introduce tu correo electrónico Suscribirme").
// The pitch between two sign-up lines goes with them, and so does all that a page sets between
// "skip past newsletter promotion" and "after newsletter promotion".
void Assembly::dropSignUpBoxes(std::vector<RawBlock>& raw) {
    const auto signUp = [&](std::size_t k) {
        if (k >= raw.size() || raw[k].text.empty() || countWords(raw[k].text) > 15) return false;
        const std::string lower = lowerUtf8(raw[k].text);
        // (Not a menu's row with its account's links, "Subscribe Now | Log In", nor a share bar, "Share on Facebook Share on X Email": the line between
        // those is the headline.)
        if ((lower.find(" | ") != std::string::npos && (lower.find("log in") != std::string::npos || lower.find("login") != std::string::npos ||
                                                         lower.find("sign in") != std::string::npos || lower.find("register") != std::string::npos ||
                                                         lower.find("account") != std::string::npos)) ||
            (lower.rfind("share", 0) == 0 && lower.find("newsletter") == std::string::npos)) {
            return false;
        }
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

// A newsletter's or a long read's contents under their label, "In this issue:" over "- Rents jump 11.4% in a year", "- The
// ferry timetable fight": the sections' titles, each heard again over its section. The label and its list of short
// entries go.
void Assembly::dropContentsLists(std::vector<RawBlock>& raw) {
    static constexpr WordSet kLabels({"inthisissue", "inthisedition", "intodaysissue", "intodaysedition", "inthisnewsletter",
                                      "insidethisissue", "intodaysnewsletter", "thisweek", "contents", "tableofcontents", "onthispage",
                                      "inthisarticle", "inthisstory", "nestaedi\xC3\xA7\xC3\xA3o", "enestaedici\xC3\xB3n",
                                      "danscette\xC3\xA9" "dition", "danscenum\xC3\xA9ro", "indieserausgabe", "inquestonumero", "indezeeditie",
                                      "idettanummer", "inhalt", "inhaltsverzeichnis", "sommaire", "\xC3\xADndice", "indice", "inhoud"});
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i].text.empty() || raw[i].kind == BlockKind::ListItem || countWords(raw[i].text) > 5) continue;
        if (kLabels.count(foldForComparison(raw[i].text)) == 0) continue;
        std::size_t k = i + 1;
        while (k < raw.size() && raw[k].text.empty()) ++k;
        std::size_t end = k;
        while (end < raw.size() && (raw[end].text.empty() || (raw[end].kind == BlockKind::ListItem && countWords(raw[end].text) <= 14))) ++end;
        if (end == k || (end < raw.size() && raw[end].kind == BlockKind::ListItem)) continue;
        for (std::size_t j = i; j < end; ++j) raw[j].text.clear();
        i = end - 1;
    }
}

// A writer's box under the story, opened by its label: "About the author", or "Written by Dana Whitfield" over its lines,
// sentences among them: "1.1K Followers", "Writer for The Public Square", "Freelance reporter covering rural America. Former
// Ledger staffer." All of it goes, from the label down, but for a credit that gives the byline. (The foot's walk over furniture,
// from the last line up, would stop at the box's sentences before it reached the label.) Only a
// short box at the text's end, under a story of some length: a label higher up introduces more of the story.
void Assembly::dropWriterBox(std::vector<RawBlock>& raw) {
    // The label's kept part: "" for a box's heading, the credit for a credit ("Written by Dana Whitfield", out of a line the text's
    // unwrapping ran on into the count under it, "Written by Dana Whitfield 1.1K Followers"); nothing for any other line.
    const auto label = [](const std::string& text) -> std::optional<std::string> {
        const std::string flat = collapseWhitespace(text);
        const std::string lower = lowerUtf8(flat);
        if (isAuthorBoxLabel(lower)) return std::string();
        if (countWords(flat) > 12) return std::nullopt;
        for (const char* opener : {"written by ", "geschrieben von ", "\xC3\xA9" "crit par ", "escrito por ", "scritto da ", "geschreven door ",
                                   "skrevet af ", "skrevet av ", "skriven av "}) {
            if (lower.rfind(opener, 0) != 0) continue;
            // (The writer's name after it, two to five words in capitals without a figure or a stop.)
            std::string credit = flat.substr(0, std::strlen(opener) - 1);
            std::size_t names = 0;
            for (const std::string& w : splitWords(flat.substr(std::strlen(opener)))) {
                const bool name = (std::isupper(static_cast<unsigned char>(w[0])) != 0 || static_cast<unsigned char>(w[0]) >= 0xC3) &&
                                  w.find_first_of("0123456789.!?:") == std::string::npos;
                if (!name || names == 5) break;
                credit += " " + w;
                ++names;
            }
            return names >= 2 ? std::optional<std::string>(credit) : std::nullopt;
        }
        return std::nullopt;
    };
    std::size_t boxWords = 0;
    for (std::size_t k = raw.size(); k-- > 0;) {
        if (raw[k].text.empty()) continue;
        if (const std::optional<std::string> kept = label(raw[k].text)) {
            std::size_t storyWords = 0;
            for (std::size_t j = 0; j < k; ++j) storyWords += countWords(raw[j].text);
            if (storyWords < 100) return;
            // (A credit stays for the byline it gives.)
            for (std::size_t j = k; j < raw.size(); ++j) raw[j].text.clear();
            raw[k].text = *kept;
            return;
        }
        boxWords += countWords(raw[k].text);
        if (boxWords > 80) return;
    }
}

}  // namespace readcast::assembly
