#include "ingest/html/StoryNotes.hpp"

#include <algorithm>
#include <string>

#include "core/Ascii.hpp"
#include "core/Text.hpp"
#include "ingest/html/HtmlDom.hpp"

namespace readcast {
namespace {

// An update's or a correction's label, in the languages of the pages read, lower-cased.
bool opensOnNoteLabel(const std::string& text) {
    const std::string lower = lowerUtf8(collapseWhitespace(text));
    static const char* const kLabels[] = {
        "correction", "clarification", "update", "updated", "editor's note", "editor\xE2\x80\x99s note", "erratum",
        "correcci\xC3\xB3n", "aclaraci\xC3\xB3n", "actualizaci\xC3\xB3n", "fe de erratas", "nota del editor", "nota de la redacci\xC3\xB3n",
        "corre\xC3\xA7\xC3\xA3o", "atualiza\xC3\xA7\xC3\xA3o", "nota da reda\xC3\xA7\xC3\xA3o", "rectificatif", "correctif", "mise \xC3\xA0 jour",
        "note de la r\xC3\xA9" "daction", "korrektur", "berichtigung", "aktualisierung", "anmerkung der redaktion", "rettifica", "correzione",
        "aggiornamento", "nota della redazione", "correctie", "rectificatie", "naschrift", "korrigering", "rettelse", "oppdatering",
        "uppdatering", "sprostowanie", "aktualizacja"};
    for (const char* label : kLabels) {
        const std::size_t n = std::char_traits<char>::length(label);
        if (lower.compare(0, n, label) != 0) continue;
        // (The label's colon soon after it, past a date perhaps: "Actualización 20/09/2024, 10:25 h:", "Update (March 3):".)
        const std::size_t colon = lower.find(':', n);
        const bool dated = colon != std::string::npos && colon <= n + 40;
        if (dated && colon > n && lower.substr(n, colon - n).find_first_of(".!?") != std::string::npos) continue;
        if (dated) return true;
    }
    return false;
}

bool namesANote(const GumboNode* n) {
    const std::string s = classAndId(n);
    for (const char* word : {"update", "correct", "actualiza", "atualiza", "errata", "rectif", "korrektur", "berichtig", "aktualisier", "rettific",
                             "aggiorn", "correz", "amend", "clarif", "editor-note", "editors-note", "editornote", "note-de-la-redaction", "mise-a-jour",
                             "correcc", "correc\xC3\xA7"}) {
        if (s.find(word) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

std::vector<const GumboNode*> notesBesideStory(const std::vector<const GumboNode*>& story, const ContentFinder& finder) {
    std::vector<const GumboNode*> notes;
    for (const GumboNode* root : story) {
        if (!isElement(root) || root->parent == nullptr || !isElement(root->parent)) continue;
        const GumboVector& siblings = root->parent->v.element.children;
        for (unsigned k = 0; k < siblings.length; ++k) {
            const auto* n = static_cast<const GumboNode*>(siblings.data[k]);
            if (!isElement(n) || n == root || std::find(story.begin(), story.end(), n) != story.end()) continue;
            if (std::find(notes.begin(), notes.end(), n) != notes.end()) continue;
            const std::string text = textContent(n);
            const std::size_t words = countWords(text);
            // (Marked as a note by its class or id, "div.actualizacion", "aside.correction", with no link away: a ticker's
            // "Update: …" or a teaser's over another story, "… Read more", beside the story is none of its own.)
            if (words < 6 || words > 150 || linkDensity(n) >= 0.05 || !finder.isShown(n) || !namesANote(n) || !opensOnNoteLabel(text)) continue;
            notes.push_back(n);
        }
    }
    std::sort(notes.begin(), notes.end(), [](const GumboNode* a, const GumboNode* b) { return a->v.element.start_pos.offset < b->v.element.start_pos.offset; });
    return notes;
}

}  // namespace readcast
