// Photo credits: captions that carry one, and credit lines set apart.

#include "ingest/assembly/Assembly.hpp"
#include "ingest/assembly/LineShapes.hpp"

#include "core/Ascii.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/Furniture.hpp"

#include <algorithm>
#include <cctype>

namespace readcast::assembly {

namespace {

// "Derek Olsen/Harlow County Courier": a photographer glued to the outlet by a slash, nothing else.
bool isGluedSlashCredit(const std::string& line) {
    const std::string t = collapseWhitespace(line);
    const std::size_t slash = t.find('/');
    if (slash == std::string::npos || slash == 0 || t.find('/', slash + 1) != std::string::npos || t[slash - 1] == ' ' ||
        slash + 1 >= t.size() || t[slash + 1] == ' ' || countWords(t) > 8 || t.find_first_of(".!?;:,") != std::string::npos) {
        return false;
    }
    for (const std::string& w : splitWords(t.substr(0, slash) + " " + t.substr(slash + 1))) {
        if (!std::isupper(static_cast<unsigned char>(w[0])) && w != "of" && w != "the") return false;
    }
    return true;
}

// "(Jamal Reed / The Riverton Ledger)", "MARC ROLLAND / AFP": a photographer and an outlet, parted by a
// slash, in brackets or in capitals, and nothing else.
bool isSlashCredit(const std::string& line) {
    std::string t = collapseWhitespace(line);
    const bool bracketed = t.size() > 2 && t.front() == '(' && t.back() == ')';
    if (bracketed) t = t.substr(1, t.size() - 2);
    const std::size_t slash = t.find(" / ");
    if (slash == std::string::npos || t.find(" / ", slash + 3) != std::string::npos || countWords(t) > 9 ||
        t.find_first_of(".!?;:") != std::string::npos) {
        return false;
    }
    bool capitals = true;
    for (char c : t) capitals = capitals && !std::islower(static_cast<unsigned char>(c));
    const auto nameShaped = [](const std::string& part) {
        const std::vector<std::string> words = splitWords(part);
        if (words.empty() || words.size() > 5) return false;
        for (const std::string& w : words) {
            if (!std::isupper(static_cast<unsigned char>(w[0])) && w != "of" && w != "the" && w != "de") return false;
        }
        return true;
    };
    return (bracketed || capitals) && nameShaped(t.substr(0, slash)) && nameShaped(t.substr(slash + 3));
}

}  // namespace

// Plain text has no figures: a caption is known by the credit at its end, or by the photo credit on
// the line right over it ("© Photo Claire Dubost / LCDV" over "Un autorail en essai…, le 21 mai.").
void Assembly::markCreditedCaptions(std::vector<RawBlock>& raw) {
    for (std::size_t i = 0; i < raw.size(); ++i) {
        RawBlock& b = raw[i];
        if (b.kind != BlockKind::Paragraph || b.text.empty() || countWords(b.text) > 60) continue;
        // ("[Photo: Workers check solar panels … (Xinguang/Zhang Long)]": a caption in square brackets.)
        // ("[Image: A "For Sale" sign … (Logan Cyrus/Bloomberg via Getty Images)]" too.)
        const std::string head = lowerAscii(b.text.substr(0, 9));
        // ("[Image caption: Hamid Rahimi with his daughters in 2021. Supplied]": the label a screen reader's copy keeps.)
        const bool bracketed = startsWithAnyOf(head, {"[photo:", "[photo ", "[foto:", "[image:", "[imagen:", "[imagem:", "[bild:", "[picture:", "[pic:",
                                                      "[image c", "[caption", "[chart:", "[graphic:", "[map:", "[figure:",
                                                      "[graph:"}) &&
                               (head.rfind("[image c", 0) != 0 || lowerAscii(b.text.substr(0, 15)) == "[image caption:");
        // ("[Photographer: Victor J. Blue/Bloomberg]" over its caption, as a wire's page is copied: the line under it,
        // a short sentence, is the caption.)
        // A short sentence right over a credit is its caption, "Eleanor Voss at the arts center in 1994." over
        // "Courtesy of the Voss family" (and the story's first paragraph under it stays the story's).
        const bool captionOver = i > 0 && b.joined_to_previous && raw[i - 1].kind == BlockKind::Paragraph && !raw[i - 1].text.empty() &&
                                 countWords(raw[i - 1].text) <= 30 && !isUnpunctuatedShortLine(raw[i - 1].text, SIZE_MAX);
        // (Where a short sentence stands right over the credit, it is the caption, and the line under it the story's.)
        if (startsWithAnyOf(lowerAscii(b.text.substr(0, 14)), {"[photographer:", "photographer:"}) && countWords(b.text) <= 10) {
            b.kind = BlockKind::Credit;
            if (captionOver) {
                raw[i - 1].kind = BlockKind::Caption;
            } else if (i + 1 < raw.size() && raw[i + 1].joined_to_previous && raw[i + 1].kind == BlockKind::Paragraph &&
                       countWords(raw[i + 1].text) <= 30 && !isUnpunctuatedShortLine(raw[i + 1].text, SIZE_MAX)) {
                raw[i + 1].kind = BlockKind::Caption;
            }
            continue;
        }
        // ("Image source, PA Media" over "Image caption, Winning candidate … at the count": a broadcaster's page read aloud by a
        // screen reader labels its picture's credit and caption so, and the labels come with the text.)
        if (startsWithAnyOf(b.text, {"Image source, ", "Image caption, ", "Media caption, ", "Video caption, ", "Caption, "})) {
            b.kind = b.text.rfind("Image source", 0) == 0 ? BlockKind::Credit : BlockKind::Caption;
            continue;
        }
        if (endsWithPhotoCredit(b.text) || bracketed) {
            b.kind = BlockKind::Caption;
            continue;
        }
        const std::string lower = lowerUtf8(b.text);
        const bool photoCredit = isPhotoCredit(b.text) ||
                                 (isCreditLine(b.text) && (lower.find("photo") != std::string::npos || lower.find("foto") != std::string::npos));
        // The credit under its caption: "(Jamal Reed / The Riverton Ledger)", "MARC ROLLAND / AFP",
        // "Derek Olsen/Harlow County Courier".
        if ((isSlashCredit(b.text) || (photoCredit && countWords(b.text) <= 8) || isGluedSlashCredit(b.text)) && captionOver) {
            raw[i - 1].kind = BlockKind::Caption;
            b.kind = BlockKind::Credit;
            continue;
        }
        // A photographer's name alone in capitals under a short sentence: "IKER ETXEBARRIA" under its caption.
        // (Not a label in capitals over a list of titles: "İLGİLİ HABERLER" over other stories.)
        const bool titlesUnder = i + 1 < raw.size() && raw[i + 1].joined_to_previous && isUnpunctuatedShortLine(raw[i + 1].text, 20);
        if (i > 0 && b.joined_to_previous && isCapitalizedName(b.text) && raw[i - 1].kind == BlockKind::Paragraph && !titlesUnder &&
            !raw[i - 1].text.empty() && countWords(raw[i - 1].text) <= 40 && !isUnpunctuatedShortLine(raw[i - 1].text, SIZE_MAX)) {
            raw[i - 1].kind = BlockKind::Caption;
            b.text.clear();
            continue;
        }
        if (!photoCredit || i + 1 >= raw.size()) continue;
        RawBlock& under = raw[i + 1];
        // (A caption without its full stop too, as the BBC sets one under "Getty Images": "Waves crash against the
        // harbour wall at Portrush, Co Antrim, on Wednesday".)
        if (under.joined_to_previous && under.kind == BlockKind::Paragraph && countWords(under.text) <= 40 &&
            (!isUnpunctuatedShortLine(under.text, SIZE_MAX) || countWords(under.text) >= 6)) {
            under.kind = BlockKind::Caption;
        }
    }
}

// "IKER ETXEBARRIA": two or three words in capitals, none of them a small word of a heading.
bool Assembly::isCapitalizedName(const std::string& line) {
    const std::vector<std::string> words = splitWords(collapseWhitespace(line));
    if (words.size() < 2 || words.size() > 3 || isBoilerplate(line) || isSponsorLabel(line)) return false;
    for (const std::string& w : words) {
        if (w.size() < 2 || !inCapitalsOnly(w) || w.find_first_of("0123456789.,:;!?/()") != std::string::npos) return false;
        for (const char* small : {"THE", "A", "AN", "OF", "AND", "IN", "ON", "FOR", "TO", "WITH", "LA", "EL", "LE", "DE", "DER", "DIE", "DAS"}) {
            if (w == small) return false;
        }
    }
    return true;
}

// A page copied from a browser: the site's name, its menu, a cookie notice, a section label over the
// headline. The story begins where two paragraphs of prose come close together; the headline is the
// first of the title-shaped lines right above the byline and date lines (or above the story, past
// its picture's caption and the share buttons), and the one after it, if any, its standfirst.
// Whatever stands above the headline is the page's, once it holds no prose of its own.
bool Assembly::isSlashedSectionPath(const std::string& line) {
    if (line.find(" / ") == std::string::npos || countWords(line) > 7 || line.find_first_of("0123456789.,:;!?\"'") != std::string::npos) {
        return false;
    }
    for (std::size_t from = 0; from <= line.size();) {
        const std::size_t at = std::min(line.find(" / ", from), line.size());
        const std::string part = line.substr(from, at - from);
        if (countWords(part) == 0 || countWords(part) > 3 || !allWordsCapitalized(part)) return false;
        from = at + 3;
    }
    return true;
}

}  // namespace readcast::assembly
