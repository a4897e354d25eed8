#include "ingest/WikiPage.hpp"

#include <regex>
#include <vector>

#include "core/Text.hpp"

namespace readcast {
namespace {

// A section heading's edit link, in the languages of the largest wikis: "[edit]", "[edit source]",
// "[modifier | modifier le code]", "[Bearbeiten | Quelltext bearbeiten]", "[editar]", "[править | править код]".
const std::regex& editLink() {
    static const std::regex kEdit(
        "[ \t]*\\[(?:edit|edit source|editar|editar código-fonte|editar código|modifier|modifier le code|bearbeiten|quelltext bearbeiten|"
        "modifica|modifica wikitesto|\xD0\xBF\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB8\xD1\x82\xD1\x8C|"
        "\xD0\xBF\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB8\xD1\x82\xD1\x8C \xD0\xBA\xD0\xBE\xD0\xB4|edytuj|edytuj kod|bewerken|brontekst bewerken|redigera|"
        "redigera wikitext)(?: \\| [^\\]]{1,40})?\\][ \t]*$",
        std::regex::icase);
    return kEdit;
}

// The encyclopedia's tagline under the title, and its reader's links.
bool isTagline(const std::string& line) {
    static const std::regex kTagline(
        "^(?:From Wikipedia, the free encyclopedia|Aus Wikipedia, der freien Enzyklop\xC3\xA4" "die|De Wikipedia, la enciclopedia libre|"
        "Da Wikipedia, l'enciclopedia libera|Wikip\xC3\xA9" "dia, l'encyclop\xC3\xA9" "die libre|Origem: Wikip\xC3\xA9" "dia, a enciclop\xC3\xA9" "dia livre\\.?|"
        "Uit Wikipedia, de vrije encyclopedie|Z Wikipedii, wolnej encyklopedii|Fr\xC3\xA5n Wikipedia, den fria encyklopedin|"
        "\xD0\x9C\xD0\xB0\xD1\x82\xD0\xB5\xD1\x80\xD0\xB8\xD0\xB0\xD0\xBB \xD0\xB8\xD0\xB7 \xD0\x92\xD0\xB8\xD0\xBA\xD0\xB8\xD0\xBF\xD0\xB5\xD0\xB4\xD0\xB8\xD0\xB8 .*|"
        "Jump to navigation|Jump to search|Jump to content|\\(Redirected from [^)]+\\))$");
    return std::regex_match(line, kTagline);
}

// A hatnote over the article: "This article is about the ocean current. For the atmospheric one, see Hadley cell.",
// "\"THC\" redirects here.", "Not to be confused with …", "For other uses, see …".
bool isHatnote(const std::string& line) {
    static const std::regex kHatnote(
        "^(?:This article is about .*|For other uses,? see .*|For the .*, see .*|\"[^\"]{1,60}\" redirects here\\..*|"
        "\xE2\x80\x9C[^\xE2]{1,60}\xE2\x80\x9D redirects here\\..*|Not to be confused with .*|This article needs additional citations.*|"
        "This article has multiple issues.*)$");
    return countWords(line) <= 45 && std::regex_match(line, kHatnote);
}

// "Main article: Atlantic meridional overturning circulation", "Further information: …", "See also: …".
bool isPointer(const std::string& line) {
    static const std::regex kPointer("^(?:Main articles?|Further information|See also|Further|Hauptartikel|Article d\xC3\xA9taill\xC3\xA9|"
                                     "Articles? d\xC3\xA9taill\xC3\xA9s|Art\xC3\xAD" "culo principal|Voce principale|Artigo principal): .{1,160}$");
    return countWords(line) <= 20 && std::regex_match(line, kPointer);
}

bool isContentsTitle(const std::string& line) {
    static const std::regex kContents("^(?:Contents|Inhaltsverzeichnis|Inhalt|Contenido|Sommaire|Indice|\xC3\x8D" "ndice|Inhoud|Spis tre\xC5\x9B" "ci|"
                                      "\xD0\xA1\xD0\xBE\xD0\xB4\xD0\xB5\xD1\x80\xD0\xB6\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB5)(?: hide| show| \\[hide\\]| \\[show\\])?$");
    return std::regex_match(line, kContents);
}

// A contents line: "1 Overview", "2.1 Formation", "(Top)".
bool isContentsLine(const std::string& line) {
    static const std::regex kLine("^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.? +\\S.{0,100}|\\(Top\\))$");
    return std::regex_match(line, kLine) && countWords(line) <= 14;
}

// The sections that close an article, after its text: its lists of links and its sources.
bool isClosingSection(const std::string& heading) {
    static const std::regex kClosing(
        "^(?:See also|Notes|References|Notes and references|External links|Further reading|Bibliography|Sources|Citations|Footnotes|"
        "Siehe auch|Einzelnachweise|Anmerkungen|Literatur|Weblinks|Voir aussi|Notes et rÃ©" "fÃ©rences|RÃ©" "fÃ©rences|"
        "Liens externes|Bibliographie|VÃ©" "ase tambiÃ©n|Referencias|Notas|Enlaces externos|BibliografÃ­" "a|Voci correlate|"
        "Note|Bibliografia|Collegamenti esterni|Ver tambÃ©m|ReferÃª" "ncias|LigaÃ§Ãµ" "es externas)$",
        std::regex::icase);
    return std::regex_match(heading, kClosing);
}

}  // namespace

std::string withoutWikiChrome(const std::string& text) {
    const std::vector<std::string> lines = splitLines(text);
    std::size_t edits = 0;
    bool tagline = false;
    for (const std::string& line : lines) {
        edits += std::regex_search(line, editLink()) ? 1 : 0;
        tagline = tagline || isTagline(collapseWhitespace(line));
    }
    if (edits < 2 && !tagline) return text;
    std::string out;
    bool bodyBegun = false;  // a paragraph of the article read: hatnotes stand before it
    std::string title;       // the first line kept, the article's title
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const bool edited = std::regex_search(lines[i], editLink());
        std::string line = std::regex_replace(lines[i], editLink(), "");
        const std::string t = collapseWhitespace(line);
        // (The text ends where its sources begin: "See also", "References", "External links", each a heading with its edit
        // link, or on its own line when the page's links were not copied.)
        if (bodyBegun && (edited || countWords(t) <= 4) && isClosingSection(t)) break;
        // The foot: where the page was retrieved from, its categories, its last edit.
        if (t.rfind("Retrieved from \"http", 0) == 0 || t.rfind("Retrieved from \xE2\x80\x9Chttp", 0) == 0 ||
            t.rfind("Abgerufen von \xE2\x80\x9Ehttp", 0) == 0 || t.rfind("R\xC3\xA9" "cup\xC3\xA9r\xC3\xA9" "e de \xC2\xAB", 0) == 0) {
            break;
        }
        if (t.rfind("This page was last edited on", 0) == 0 || t.rfind("Categories:", 0) == 0 || t.rfind("Hidden categories:", 0) == 0) continue;
        if (isTagline(t) || isPointer(t) || (!bodyBegun && isHatnote(t))) continue;
        // A reference under its back link's caret: "^ Rahmstorf, S. (2003). …".
        if (t.rfind("^ ", 0) == 0) continue;
        if (isContentsTitle(t) && i + 1 < lines.size() && isContentsLine(collapseWhitespace(lines[i + 1]))) {
            while (i + 1 < lines.size() && isContentsLine(collapseWhitespace(lines[i + 1]))) ++i;
            continue;
        }
        // The infobox beside the text, copied as rows of a label and its value parted by a tab ("Location<TAB>Jämtland County,
        // Sweden", "Max. depth<TAB>94 m (308 ft)"), under its title, the article's again: facts in a table, not the text.
        if (!bodyBegun) {
            const std::size_t tab = line.find('\t');
            if (tab != std::string::npos && tab > 0 && countWords(line.substr(0, tab)) <= 4) continue;
            if (i > 0 && !t.empty() && t == title) continue;
        }
        if (title.empty()) title = t;
        bodyBegun = bodyBegun || countWords(t) >= 20;
        out += line;
        out += '\n';
    }
    if (!text.empty() && text.back() != '\n' && !out.empty()) out.pop_back();
    return out;
}

}  // namespace readcast
