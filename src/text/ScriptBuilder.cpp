#include "text/ScriptBuilder.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <utility>

#include "core/LanguageTag.hpp"
#include "core/Text.hpp"
#include "core/Utf8.hpp"
#include "text/CodeGuard.hpp"
#include "text/FramingText.hpp"
#include "text/NoteMarks.hpp"
#include "text/SentenceSplitter.hpp"
#include "text/WireCopy.hpp"
#include "text/english/Initialisms.hpp"

namespace readcast {
namespace {

Role roleOf(BlockKind kind) {
    switch (kind) {
        case BlockKind::Heading: return Role::Heading;
        case BlockKind::Quote: return Role::Quote;
        case BlockKind::ListItem: return Role::ListItem;
        case BlockKind::Caption: return Role::Caption;
        default: return Role::Body;
    }
}

// eSpeak NG pauses at sentence punctuation; a headline without it would run into what follows.
std::string withFullStop(std::string text) {
    const char last = text.empty() ? '.' : text.back();
    if (last != '.' && last != '!' && last != '?' && last != ':') text += '.';
    return text;
}

std::vector<std::string> splitLongSentence(const std::string& sentence, std::size_t limit) {
    std::vector<std::string> pieces;
    std::size_t start = 0;
    while (sentence.size() - start > limit) {
        const std::string window = sentence.substr(start, limit);
        // The best clause boundary in the window: a semicolon, a comma, a conjunction, else a space before
        // a lower-case word (never inside a name or a number, which start with a capital or a digit).
        std::size_t cut = std::string::npos;
        for (const char* mark : {"; ", ", ", " and ", " but ", " or ", " which ", " who ", " while ", " because ", " "}) {
            const std::string m = mark;
            for (std::size_t at = window.rfind(m); at != std::string::npos && at > limit / 3; at = window.rfind(m, at - 1)) {
                const std::size_t next = at + m.size();
                const bool plainWordNext = m != " " || (next < window.size() && std::islower(static_cast<unsigned char>(window[next])));
                const bool insideNumber = m == ", " && at > 0 && std::isdigit(static_cast<unsigned char>(window[at - 1])) &&
                                          next < window.size() && std::isdigit(static_cast<unsigned char>(window[next]));
                if (plainWordNext && !insideNumber) {
                    cut = at + (m[0] == ' ' ? 0 : 1);
                    break;
                }
            }
            if (cut != std::string::npos) break;
        }
        if (cut == std::string::npos) cut = window.rfind(' ') != std::string::npos && window.rfind(' ') > 0 ? window.rfind(' ') : cut;
        if (cut == std::string::npos) {
            cut = limit;  // no boundary at all: cut between UTF-8 characters
            while (cut > 0 && (static_cast<unsigned char>(sentence[start + cut]) & 0xC0) == 0x80) --cut;
        }
        pieces.push_back(collapseWhitespace(sentence.substr(start, cut)));
        start += cut;
    }
    pieces.push_back(collapseWhitespace(sentence.substr(start)));
    std::erase_if(pieces, [](const std::string& p) { return p.empty(); });
    return pieces;
}

// "1. Finland", "2) Norway": a list's number is said with a comma after it ("one, Finland"), not as a
// sentence of its own.
std::string withoutListNumber(std::string text) {
    // A bullet typed as a character ("+ Added Slime Block", "• Item"): not a word to say.
    for (const char* bullet : {"+ ", "* ", "\xE2\x80\xA2 ", "\xC2\xB7 ", "- ", "\xE2\x80\x93 ", "\xE2\x80\x94 ", "> "}) {
        const std::string b = bullet;
        if (text.size() > b.size() + 1 && text.compare(0, b.size(), b) == 0 && !std::isdigit(static_cast<unsigned char>(text[b.size()]))) {
            text.erase(0, b.size());
            break;
        }
    }
    std::size_t digits = 0;
    while (digits < text.size() && digits < 3 && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
    if (digits > 0 && digits + 1 < text.size() && (text[digits] == '.' || text[digits] == ')') && text[digits + 1] == ' ' &&
        digits + 2 < text.size() && !std::isdigit(static_cast<unsigned char>(text[digits + 2]))) {
        text[digits] = ',';
    }
    return text;
}

// A block that is code as a whole and whose sentences are code for the most part.
bool isMostlyCode(const std::string& block, const std::vector<std::string>& sentences) {
    if (!looksLikeCode(block)) return false;
    std::size_t code = 0, total = 0;
    for (const std::string& s : sentences) {
        total += s.size();
        if (looksLikeCode(s)) code += s.size();
    }
    return code * 2 >= total;
}

// One utterance, or several of the same role when the text is longer than an utterance may be (a 30 KB
// headline or byline given on the command line, a heading that is a whole page): each is spoken and
// held in memory on its own. The pause asked for comes after the last.
void add(Script& script, std::string text, Role role, const std::string& language, int pause_ms, int block,
         int between_ms = 250) {
    std::vector<std::string> pieces = text.size() > kMaxUtteranceBytes ? splitLongSentence(text, kMaxUtteranceBytes)
                                                                        : std::vector<std::string>{std::move(text)};
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        Utterance u;
        u.text = std::move(pieces[i]);
        u.role = role;
        u.language = language;
        u.pause_after_ms = i + 1 == pieces.size() ? pause_ms : between_ms;
        u.block = block;
        u.continues = i > 0;
        script.utterances.push_back(std::move(u));
    }
}

}  // namespace

namespace {

// A line of marks alone, no letter or digit among them: "* * *", "***", "❦", "⁂", "◆ ◆ ◆".
bool isSectionBreak(const std::string& text, bool underHeading) {
    if (text.empty() || text.size() > 24) return false;
    // ("★★★★☆", "★★★½": a review's rating in stars, unspaced, is its verdict and is said; "★ ★ ★" parts scenes.)
    // (Filled stars alone part scenes, as asterisks do, except one, two, four or five right under a heading, "★★" under a
    // restaurant's name: its rating.)
    if (text.find("\xE2\x98\x85") != std::string::npos && text.find(' ') == std::string::npos &&
        (text.find("\xE2\x98\x86") != std::string::npos || text.find("\xC2\xBD") != std::string::npos)) {
        return false;
    }
    if (const std::size_t stars = text.size() / 3; underHeading && text.size() % 3 == 0 && stars <= 5 && stars != 3) {
        bool filled = true;
        for (std::size_t k = 0; k < text.size() && filled; k += 3) filled = text.compare(k, 3, "\xE2\x98\x85") == 0;
        if (filled) return false;
    }
    std::size_t at = 0;
    while (at < text.size()) {
        const auto c = static_cast<UChar32>(nextCodePoint(text, at));
        if (u_isalnum(c)) return false;
    }
    return true;
}

// A speaker's label opening a paragraph, a name in capitals and its colon: "SARAH BLAKE: …", "DR. ALAN MERCER: …"; "" for any
// other paragraph.
std::string speakerLabelOf(const std::string& paragraph) {
    const std::size_t colon = paragraph.find(": ");
    if (colon == std::string::npos || colon > 40) return std::string();
    const std::string label = paragraph.substr(0, colon);
    const bool capitals = std::none_of(label.begin(), label.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }) &&
                          std::count_if(label.begin(), label.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }) >= 3;
    return capitals ? paragraph.substr(0, colon + 2) : std::string();
}

// The labels of a transcript's turns, each opening two paragraphs at least where two speakers at least take turns: "SARAH
// BLAKE: Governor, thank you for joining us." is no dateline; a round-up's "NEW DELHI:" twice and "MUMBAI:" once are.
std::set<std::string> speakerLabels(const Article& article) {
    std::map<std::string, int> turns;
    for (const Block& b : article.blocks) {
        if (const std::string label = speakerLabelOf(b.text); !label.empty()) ++turns[label];
    }
    std::set<std::string> speakers;
    for (const auto& [label, count] : turns) {
        if (count >= 2) speakers.insert(label);
    }
    return speakers.size() >= 2 ? speakers : std::set<std::string>{};
}

}  // namespace

Script buildScript(const Article& article, const ScriptOptions& options) {
    Script script;
    const Pauses& p = options.pauses;
    const std::string& lang = article.language;
    if (!article.title.empty()) {
        add(script, withFullStop(article.title), Role::Title, lang, p.title_ms, -1);
    }
    if (options.intro) {
        // A page that only says when it was updated gets that date, named as such.
        const bool updatedOnly = !article.published && article.modified;
        const std::map<std::string, std::string> values{
            {"author", article.byline_is_agency ? "" : article.byline},
            {"agency", article.byline_is_agency ? article.byline : ""},
            {"date", article.published ? writtenDate(*article.published, lang, options.framing.day_rule) : ""},
            {"updated", updatedOnly ? writtenDate(*article.modified, lang, options.framing.day_rule) : ""},
            {"site", article.site},
            {"title", article.title}};
        const std::string intro = fillTemplate(options.framing.intro, values);
        if (!intro.empty()) {
            // Headline and intro are heard as one opening: a short pause inside it, the long one after.
            if (!script.utterances.empty()) script.utterances.back().pause_after_ms = p.paragraph_ms;
            add(script, intro, Role::Intro, lang, p.title_ms, -1);
        }
    }

    const SentenceSplitter split(lang);
    // A dateline only opens the story's first paragraph (or the second, after a standfirst without one);
    // a story has one.
    int bodyParagraphs = 0;
    bool datelineRead = false;
    const std::set<std::string> speakers = speakerLabels(article);  // a transcript's turns, no datelines
    // A photo essay tells its story in its captions: read them when they hold far more than the body.
    std::size_t bodyWords = 0, captionWords = 0, captions = 0;
    std::set<std::string> openings;  // (an essay's captions each tell their own part)
    bool agencyCaptions = false;     // "LONDON, ENGLAND - MARCH 3: Firefighters tackle …": a picture agency's, of the news
    for (const Block& block : article.blocks) {
        if (block.kind == BlockKind::Caption) {
            captionWords += countWords(block.text);
            ++captions;
            openings.insert(block.text.substr(0, 40));
            const std::string head = block.text.substr(0, 60);
            const std::size_t dash = head.find(" - ");
            agencyCaptions = agencyCaptions || (dash != std::string::npos && dash >= 4 &&
                                                std::none_of(head.begin(), head.begin() + static_cast<std::ptrdiff_t>(dash),
                                                             [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }));
        }
        if (isBodyKind(block.kind)) bodyWords += countWords(block.text);
    }
    // (Or three captions and more, long as paragraphs are, that hold a third of its words: a news photo's caption
    // says in twenty words what the picture shows, an essay's tells what happened there.)
    const bool captionsTellIt = (bodyWords < 200 && captionWords >= 150 && captionWords >= 2 * bodyWords) ||
                                (captions >= 3 && captionWords >= 25 * captions && captionWords * 10 >= (bodyWords + captionWords) * 3 &&
                                 openings.size() == captions && !agencyCaptions);
    std::string story;  // (the whole text, where a ticker's letters may come again: WireCopy.hpp)
    for (const Block& block : article.blocks) story += block.text + "\n";
    for (std::size_t i = 0; i < article.blocks.size(); ++i) {
        const Block& block = article.blocks[i];
        if (block.kind == BlockKind::Credit) continue;
        if (block.kind == BlockKind::Caption && !options.read_captions && !captionsTellIt) continue;
        const Role role = roleOf(block.kind);
        const int index = static_cast<int>(i);

        // (A transcript's cue goes before the sentences are found, "… landfall. [inaudible] ...landfall over Isabela", and
        // the ellipsis that marks where the speaker was heard again with it: two sentences, not one run together.)
        const std::string text = withoutGluedReferences(withoutInstrumentCodes(collapseWhitespace(withoutCueGaps(withoutTagResidue(block.text))), story));
        // (A round-up's next story under its heading opens on its own dateline: "NICE, France (AP) — Jonas Vingegaard won …".)
        if (block.kind == BlockKind::Heading && datelineRead) {
            datelineRead = false;
            bodyParagraphs = 2;
        }
        if (block.kind == BlockKind::Heading) {
            // A standfirst set as a heading, sentences of a few words each ("La ley sale adelante por 176 votos. Junts se
            // abstiene en el último momento"), is read as sentences, the heading's pause after the last; no chapter's
            // title. ("Step 1. Prepare the soil" stays a heading.)
            if (text.find(". ") != std::string::npos || text.find("? ") != std::string::npos || text.find("! ") != std::string::npos) {
                const std::vector<std::string> sentences = split(withFullStop(text));
                const bool sentenceLike = sentences.size() >= 2 && std::all_of(sentences.begin(), sentences.end(), [](const std::string& s) {
                                              return countWords(s) >= 4;
                                          });
                if (sentenceLike) {
                    for (std::size_t k = 0; k < sentences.size(); ++k) {
                        add(script, sentences[k], Role::Body, lang, k + 1 == sentences.size() ? p.heading_ms : p.sentence_ms, index);
                    }
                    continue;
                }
            }
            add(script, withFullStop(text), role, lang, p.heading_ms, index);
            continue;
        }
        // "* * *", "❦", "⁂": a break between scenes or sections, heard as the longer pause of a heading.
        if (isSectionBreak(text, i > 0 && article.blocks[i - 1].kind == BlockKind::Heading)) {
            if (!script.utterances.empty()) script.utterances.back().pause_after_ms = std::max(script.utterances.back().pause_after_ms, p.heading_ms);
            continue;
        }
        std::vector<std::string> sentences;
        // (Among the first paragraphs: a press release may set two lines of summary over its dateline.)
        if (role == Role::Body && bodyParagraphs++ < 3 && !datelineRead && speakers.count(speakerLabelOf(text)) == 0) {
            if (auto dateline = splitDateline(text, article.site)) {
                datelineRead = true;
                sentences = split(withoutListNumber(dateline->rest));
                std::string place = dateline->place;
                // ("Washington, March 4.": the dateline's day, where the article gives no date the intro would say.)
                if (const std::string day = datelineDay(text, *dateline); !place.empty() && !article.published && !day.empty()) {
                    if (place.back() == '.') place.pop_back();
                    place += ", " + day + ".";
                }
                if (!place.empty()) sentences.insert(sentences.begin(), place);
            }
        }
        if (sentences.empty()) sentences = split(withoutListNumber(text));
        if (isMostlyCode(block.text, sentences)) {
            ++script.code_passages_dropped;  // a script or data blob: its prose-looking pieces go with it
            continue;
        }
        for (const std::string& sentence : sentences) {
            if (looksLikeCode(sentence)) {
                ++script.code_passages_dropped;
                continue;
            }
            for (std::string& piece : splitLongSentence(sentence, kMaxUtteranceBytes)) {
                add(script, std::move(piece), role, lang, p.sentence_ms, index);
            }
        }
        if (!script.utterances.empty() && script.utterances.back().block == index) {
            script.utterances.back().pause_after_ms = p.paragraph_ms;
        }
    }
    if (options.outro) {
        const std::string outro = fillTemplate(options.framing.outro, {{"site", article.site}, {"title", article.title}});
        if (!outro.empty()) {
            if (!script.utterances.empty()) script.utterances.back().pause_after_ms = p.title_ms;
            add(script, outro, Role::Outro, lang, 0, -1);
        }
    }
    if (!script.utterances.empty()) script.utterances.back().pause_after_ms = 0;
    // (In English, an initialism the story uses again is given with its name where the name has it in brackets:
    // the normalizer leaves the bracket unsaid, "… Authority (IEDA)" heard as "… Authority".)
    // (And a unit it gives in words once, "81 million bushels (mb)", is said in words where it writes it short, "50 mb".)
    std::set<std::string> reused;
    std::map<std::string, std::string> units;
    if (primaryLanguage(lang) == "en") {
        std::vector<std::string> texts;
        for (const Utterance& u : script.utterances) texts.push_back(u.text);
        reused = english::initialismsUsedAgain(texts);
        units = english::glossedUnits(texts);
    }
    for (Utterance& u : script.utterances) {
        u.written = u.text;
        if (options.normalizer != nullptr) {
            const bool english = primaryLanguage(u.language) == "en";
            std::string text = english && !reused.empty() ? english::introducingInitialisms(u.written, reused) : u.written;
            if (english && !units.empty()) text = english::withGlossedUnits(text, units);
            u.text = options.normalizer->normalize(text, &u.rewrites);
        }
    }
    // Normalization can leave nothing to say (a line of interface text in another script).
    std::erase_if(script.utterances, [](const Utterance& u) { return u.text.find_first_not_of(" .,;:!?") == std::string::npos; });
    return script;
}

}  // namespace readcast
