// A draft's or a notice's "KEY: value" fields: which name metadata, which are read, which are left out.

#include "ingest/assembly/Assembly.hpp"
#include "core/WordSet.hpp"
#include "ingest/assembly/LineShapes.hpp"

#include "core/Ascii.hpp"
#include "core/Utf8.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/Byline.hpp"
#include "ingest/DateParser.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <set>
#include <unicode/uchar.h>

namespace readcast::assembly {

namespace {

bool isUnreadField(const std::string& key) {
    static constexpr WordSet kUnreadFields({"slug",  "section", "category",      "categories", "tags",
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
                                                      "full title", "document tags",
                                                      // a press reader's footer under the story: "Article Name: …", "Start Page: 4"
                                                      "article name", "start page", "end page"});
    if (kUnreadFields.count(key) != 0) return true;
    // A CMS's field named in code, "image_caption", "_hidden", "seo_title": its words are the same fields.
    if (key.find('_') == std::string::npos || key.find(' ') != std::string::npos) return false;
    std::string words = key;
    std::replace(words.begin(), words.end(), '_', ' ');
    words = collapseWhitespace(words);
    return words.empty() || key.front() == '_' || kUnreadFields.count(words) != 0 || words.find("seo") == 0 || words.find("image") == 0 ||
           words.find("meta") == 0;
}

bool isAuthorKey(const std::string& key) {
    return key == "author" || key == "authors" || key == "byline" || key == "auteur" || key == "autor" || key == "autora" ||
           key == "autore" || key == "autrice" || key == "autorin";
}

bool isAlternativeHeadlinesLabel(const std::string& lower) {
    if (lower.empty() || lower.back() != ':' || countWords(lower) > 8) return false;
    for (const char* label : {"alternative headline", "alternativas de titular", "alt hed", "titres alternatifs", "alternative titel",
                              "titoli alternativi", "t\xC3\xADtulos alternativos", "alternatieve koppen", "other headlines"}) {
        if (lower.rfind(label, 0) == 0) return true;
    }
    return false;
}

bool isFieldOverText(const std::string& key) {
    static constexpr WordSet kLabels({"body", "text", "story", "copy", "lead", "intro", "standfirst", "dek", "excerpt", "teaser",
                                               "corps", "texte", "chap\xC3\xB4", "chapeau", "cuerpo", "texto", "entradilla",
                                               "testo", "corpo", "occhiello", "vorspann", "haupttext", "tekst", "inleiding"});
    return kLabels.count(key) != 0;
}

}  // namespace

// A CMS's or a note app's fields over the text, one a line: "Title: …", "Author: …", "Published: …",
// "Excerpt: …", "Slug: …", "Status: publish". The title is taken; the author and date lines are left
// where they stand, for the byline and date pass; the excerpt is read without its label; the other
// fields are not read.
// A note app's properties copied as lines that Markdown joins into one paragraph: "Autorin: Jana Vogt
// Veröffentlicht: 17. April 2025 Status: Veröffentlicht Ressort: Wirtschaft". Three labels or more near
// the top: one block a field.
void Assembly::splitJoinedFields(std::vector<RawBlock>& raw) {
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
        // ("Head-to-head: Carlton $1.75. Line: Carlton -7.5. Total: 170.5.": sentences that each open on a label, a story's
        // own; joined fields run on without a full stop between them.)
        // (Unless two labels or more are a page's own fields: "Source: ABC News. Published: 3 March 2024. Updated: …".)
        const bool sentences = std::all_of(labels.begin() + 1, labels.end(), [&](std::size_t start) {
            return start >= 2 && t[start - 1] == ' ' && std::strchr(".!?", t[start - 2]) != nullptr;
        });
        const auto knownFields = [&] {
            static constexpr WordSet kPageFields({"published", "updated", "date", "location", "reporter", "reporters", "editor", "writer",
                                                  "reading time", "place", "dateline", "posted", "filed"});
            std::size_t known = 0;
            for (std::size_t start : labels) {
                const std::string key = lowerUtf8(t.substr(start, t.find(':', start) - start));
                known += (key != "total" && isUnreadField(key)) || isAuthorKey(key) || kPageFields.count(key) != 0;
            }
            return known;
        };
        if (sentences && std::strchr(".!?", t.back()) != nullptr && knownFields() < 2) continue;
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

// A CMS's fields named in code anywhere in the text, "image_caption: …", "_hidden: no", "pub_date:
// 2025-03-14" (Lektor's fields between "---" lines): none is read; a caption is kept as one, a date
// of publication taken when none is known.
void Assembly::takeCodeNamedFields(std::vector<RawBlock>& raw) {
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
void Assembly::takeFieldLines(std::vector<RawBlock>& raw) {
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
        // ("Image: Lefty Shivambu/Gallo Images" right under "Orlando Pirates' Mofokeng celebrates his goal …": a picture's credit,
        // the short sentence over it its caption.)
        if ((key == "image" || key == "pic" || key == "credit") && block.joined_to_previous && &block > raw.data() && isPhotoCredit(block.text)) {
            RawBlock& over = *(&block - 1);
            if (over.kind == BlockKind::Paragraph && !over.text.empty() && countWords(over.text) <= 40 && !isUnpunctuatedShortLine(over.text, SIZE_MAX)) {
                over.kind = BlockKind::Caption;
            }
        }
        block.text.clear();
    }
}

bool Assembly::takeWireCredit(const std::string& text) {
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
bool Assembly::isBoxFact(const std::string& t) {
    const std::size_t colon = t.find(": ");
    if (t.empty() || colon == std::string::npos || colon == 0 || countWords(t.substr(0, colon)) > 6 || countWords(t) > 16 ||
        t.find_first_of("0123456789", colon) == std::string::npos) {
        return false;
    }
    const std::string key = lowerUtf8(t.substr(0, colon));
    static constexpr WordSet kDraftKeys({"tk", "sources", "source", "notes", "note", "todo", "to do", "contact", "contacts",
                                                  "fuentes", "quellen", "created", "modified", "updated", "status", "slug",
                                                  "word count", "wordcount", "id", "priority", "published", "date", "sent"});
    return !isAuthorKey(key) && kDraftKeys.count(key) == 0;
}

}  // namespace readcast::assembly
