// What follows the story: kickers, trailing furniture, boilerplate sections (about, contacts, comments, references), link teasers.

#include "ingest/assembly/Assembly.hpp"
#include "core/WordSet.hpp"
#include "ingest/assembly/LineShapes.hpp"

#include "core/Ascii.hpp"
#include "core/Months.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/Byline.hpp"
#include "ingest/DateParser.hpp"
#include "ingest/Furniture.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <set>

namespace readcast::assembly {

namespace {

// The closing sections of a wiki or an essay: its notes, sources and lists of links, in the languages
// whose pages the corpus holds most.
// A label over other stories by what it says whole: "Related", "Most read", "Leggi anche".
bool isWholeRelatedLabel(const std::string& text);

bool isRelatedLabel(const std::string& text) {
    // ("More from Cities", "Meer uit Regio", "Mer från Norrbotten": more of a section, a few words.)
    const std::string lower = lowerUtf8(collapseWhitespace(text));
    if (countWords(lower) <= 5 && startsWithAnyOf(lower, {"more from ", "more in ", "meer uit ", "mer fr\xC3\xA5n ", "mehr aus ",
                                                           "m\xC3\xA1s de ", "plus de ", "altro da ", "mais de ", "wi\xC4\x99" "cej z ",
                                                           "flere fra ", "mere fra "})) {
        return true;
    }
    return isWholeRelatedLabel(text);
}

bool isWholeRelatedLabel(const std::string& text) {
    const std::string lower = lowerUtf8(collapseWhitespace(text));
    static constexpr WordSet kLabels({
        "related", "relatedstories", "relatedarticles", "relatedreading", "readmore", "moreonthis", "seealso", "readnext",
        "gerelateerd", "gerelateerdeartikelen", "leesook", "meeroverditonderwerp", "verwandteartikel", "mehrzumthema",
        "lesensieauch", "articlesconnexes", "lireaussi", "asurlememesujet", "articolicorrelati", "leggianche",
        "noticiasrelacionadas", "relacionados", "tepuedeinteresar", "materiasrelacionadas", "leiatambem",
        "not\xC3\xAD" "ciasrelacionadas", "mat\xC3\xA9" "riasrelacionadas", "leiatamb\xC3\xA9" "m", "art\xC3\xAD" "culosrelacionados",
        "relatedposts", "similarposts", "youmightalsolike", "youmayalsolike", "topics", "relatedtopics", "\xC3\xA4hnlichebeitr\xC3\xA4ge",
        "artigosrelacionados", "postsrelacionados", "relateradeartiklar", "relaterat", "powi\xC4\x85zaneartyku\xC5\x82y",
        "czytajtak\xC5\xBC" "e", "gerelateerdeberichten",
        // Czech, Slovak, Romanian, Turkish, Greek; and a note app's own
        "souvisej\xC3\xAD" "c\xC3\xAD", "souvisej\xC3\xAD" "c\xC3\xAD\xC4\x8Dl\xC3\xA1nky", "s\xC3\xBAvisiace", "articolecorelate",
        "ilgiliyaz\xC4\xB1lar", "ilgilihaberler", "\xCF\x83\xCF\x87\xCE\xB5\xCF\x84\xCE\xB9\xCE\xBA\xCE\xAC", "relatednotes", "backlinks",
        "linkedmentions",
        // what the site's readers read most: "Trending", "Most read", "Popular now"
        "trending", "trendingnow", "mostread", "mostpopular", "popularnow", "mostviewed", "editorspicks", "popularstories", "popular",
        "mostreadstories", "topstories", "mostshared", "mostwatched"});
    return kLabels.count(foldForComparison(lower)) != 0;
}

// A line of figures in a list the story sets out at its end, under its own words ("Sydney median house prices:"
// over "2015 - $1.01m", "2020 - $1.14m"; "BY THE NUMBERS" over "$1.2 trillion — the backlog's value"): two lines at
// least, each with a figure, under a label or a heading that no list of links has.
bool isFigureListItem(const std::vector<RawBlock>& raw, std::size_t i) {
    const auto figureLine = [&](std::size_t k) {
        const std::string& t = raw[k].text;
        return !t.empty() && raw[k].kind != BlockKind::Heading && raw[k].link_density < 0.5 && countWords(t) <= 15 &&
               opensOnFigure(collapseWhitespace(t));
    };
    if (!figureLine(i)) return false;
    std::size_t top = i, items = 0;
    for (std::size_t k = i + 1; k-- > 0;) {
        if (raw[k].text.empty()) continue;
        if (!figureLine(k)) break;
        top = k;
        ++items;
    }
    for (std::size_t k = i + 1; k < raw.size(); ++k) {
        if (raw[k].text.empty()) continue;
        if (!figureLine(k)) break;
        ++items;
    }
    std::size_t label = top;
    while (label > 0 && raw[label - 1].text.empty()) --label;
    if (items < 2 || label == 0) return false;
    const RawBlock& over = raw[label - 1];
    // (Its rules taken off: "=== BY THE NUMBERS ===", "**Key figures**".)
    std::string bare = collapseWhitespace(over.text);
    const std::size_t from = bare.find_first_not_of("=*#-_ ");
    bare = from == std::string::npos ? "" : bare.substr(from, bare.find_last_not_of("=*#-_ ") + 1 - from);
    const bool colon = !bare.empty() && bare.back() == ':' && countWords(bare) >= 2 && countWords(bare) <= 10;
    // (A pasted text's heading is a short line without its stop, "BY THE NUMBERS", "=== BY THE NUMBERS ===".)
    const bool heading = (over.kind == BlockKind::Heading || isUnpunctuatedShortLine(bare, 8)) && countWords(bare) <= 8;
    return (colon || heading) && over.link_density < 0.5 && !isRelatedLabel(bare) && !isBoilerplate(bare);
}

// "Links", "Show notes", "Links & references": a heading over a list of links (its items addresses or
// links), not over a paragraph ("## Links\n\nInclude links to your profile…" in an article of advice).
// "More obituaries" over other stories' cut-off openings, "Jabu Khanyile: musician whose voice …": a list
// of two or more short items that each stop on an ellipsis, which no story's own list does, under a
// heading of a few words that starts "More". (Their items need not be links: a box of teasers whose
// links sit on a wrapper around each item still says what it is by its cut-off lines.)
bool isMoreOverTeasers(const std::vector<RawBlock>& raw, std::size_t i, const std::string& lower) {
    // (More of the site's: "More obituaries", "More stories", "More from Sport"; "More front pages" over a press review's
    // items is the story's.)
    if (lower.rfind("more ", 0) != 0 || countWords(lower) > 4 ||
        !containsAnyOf(lower, {"obituaries", "stories", "news", "articles", "videos", "headlines", "reads", "posts", "from ", "in ",
                               "on ", "like this", "coverage", "reviews", "opinion", "podcasts", "galleries"})) {
        return false;
    }
    std::size_t items = 0;
    for (std::size_t k = i + 1; k < raw.size() && (raw[k].text.empty() || raw[k].kind == BlockKind::ListItem); ++k) {
        if (raw[k].text.empty()) continue;
        std::string t = raw[k].text;
        while (!t.empty() && t.back() == ' ') t.pop_back();
        const bool cut = t.ends_with("...") || t.ends_with("\xE2\x80\xA6");
        if ((!cut && raw[k].link_density < 0.5) || countWords(t) > 25) return false;
        ++items;
    }
    return items >= 2;
}

bool isLinksHeadingOverLinks(const std::vector<RawBlock>& raw, std::size_t i, std::string lower) {
    while (!lower.empty() && (lower.back() == ':' || lower.back() == ' ')) lower.pop_back();
    // ("Links & references", "Episode links" head their section whatever is under them: isReferenceSectionHeading.)
    if (lower != "links" && lower != "show notes" && lower != "useful links" && lower != "further links") {
        return false;
    }
    std::size_t next = i + 1;
    while (next < raw.size() && raw[next].text.empty()) ++next;
    return next < raw.size() && raw[next].kind == BlockKind::ListItem &&
           (raw[next].link_density >= 0.5 || raw[next].text.find("://") != std::string::npos ||
            (next + 1 < raw.size() && raw[next + 1].kind == BlockKind::ListItem));
}

// "## Notes" over the column's own items ("Ruiz, 34, has a 6.14 ERA …"): a heading of the story's, not
// its footnotes or references, which are numbered or marked, short, or links.
bool isStoryUnderNotes(const std::vector<RawBlock>& raw, std::size_t i, std::string lower) {
    while (!lower.empty() && (lower.back() == ':' || lower.back() == ' ')) lower.pop_back();
    if (lower != "notes" && lower != "note") return false;
    std::size_t next = i + 1;
    while (next < raw.size() && raw[next].text.empty()) ++next;
    if (next >= raw.size() || raw[next].kind == BlockKind::Heading) return false;
    const std::string& text = raw[next].text;
    const unsigned char first = static_cast<unsigned char>(text[0]);
    // (A footnote's mark: a figure, "[1]", "*", "¹", "†"; a letter of any script opens the story's own.)
    const bool marked = !std::isalpha(first) && !(first >= 0xC3 && first < 0xE2);
    return countWords(text) >= 12 && !marked && raw[next].link_density < 0.3 && text.find("://") == std::string::npos;
}

// "REACCIONES", "Réactions" over the story's own next paragraph: a wire's subheading over what the parties said,
// not the readers' thread (which opens on a name, a count or a short line, and is no reported paragraph).
bool isStoryUnderReactions(const std::vector<RawBlock>& raw, std::size_t i, std::string lower) {
    while (!lower.empty() && (lower.back() == ':' || lower.back() == ' ' || lower.back() == '.')) lower.pop_back();
    static constexpr WordSet kStoryWords({"reactions", "reacciones", "r\xC3\xA9" "actions", "reacties", "rea\xC3\xA7\xC3\xB5" "es",
                                                   "reazioni", "reaktionen", "reakcje", "opiniones"});
    if (kStoryWords.count(lower) == 0) return false;
    std::size_t next = i + 1;
    while (next < raw.size() && raw[next].text.empty()) ++next;
    if (next >= raw.size() || raw[next].kind != BlockKind::Paragraph) return false;
    const std::string& text = raw[next].text;
    return countWords(text) >= 20 && raw[next].link_density < 0.3 && text.find("://") == std::string::npos;
}

bool isReferenceSectionHeading(std::string lower) {
    // (With its colon too: "Notes to editors:".)
    while (!lower.empty() && (lower.back() == ':' || lower.back() == ' ')) lower.pop_back();
    static const std::set<std::string> kHeadings{
        "links & references", "links and references", "episode links", "resources mentioned",
        "notes", "references", "sources", "external links", "further reading", "see also", "bibliography",
        "citations", "works cited", "einzelnachweise", "weblinks", "literatur", "quellen", "références",
        "liens externes", "voir aussi", "bibliographie", "referencias", "enlaces externos", "véase también",
        "bibliografía", "collegamenti esterni", "voci correlate", "bibliografia", "referências", "ligações externas",
        "ver também", "our sources", "notes to editors", "note to editors", "notes for editors", "take action"};
    return kHeadings.count(lower) != 0;
}

// "comments (212)" -> "comments".
std::string withoutBracketedCount(std::string lower) {
    const std::size_t open = lower.rfind(" (");
    if (open == std::string::npos || lower.back() != ')') return lower;
    // ("Guestbook (23 entries)", "Comments (4 comments)": the count with its noun.)
    std::string inside = lower.substr(open + 2, lower.size() - open - 3);
    for (const char* noun : {" entries", " entry", " comments", " comment", " messages", " message", " replies", " reply"}) {
        if (inside.size() > std::strlen(noun) && inside.compare(inside.size() - std::strlen(noun), std::strlen(noun), noun) == 0) {
            inside.resize(inside.size() - std::strlen(noun));
        }
    }
    if (!inside.empty() && inside.find_first_not_of("0123456789") == std::string::npos) lower.erase(open);
    return lower;
}

}  // namespace

// "Comments", "12 comments", "Comentarios", "Réagir à cet article": the readers' thread after the story.
bool isCommentsHeading(const std::string& lower) {
    std::string h = lower;
    while (!h.empty() && (std::isdigit(static_cast<unsigned char>(h.front())) || h.front() == ' ')) h.erase(0, 1);
    // (The count after it too: "댓글 4", "Comments 12", "Comments - 3".)
    while (!h.empty() && (h.back() == ':' || h.back() == '.' || h.back() == ' ' || h.back() == '-' || std::isdigit(static_cast<unsigned char>(h.back())))) {
        h.pop_back();
    }
    static constexpr WordSet kHeadings({
        "comments", "comment", "reader comments", "readers' comments", "responses", "discussion", "join the conversation",
        // a forum's thread, sorted, and a funeral home's book of messages under an obituary
        "top comments", "best comments", "most popular comments", "newest comments", "guestbook", "sign the guestbook",
        "sign guestbook", "online condolences", "share a memory", "leave a condolence",
        "comentarios", "comentários", "commentaires", "kommentare", "leserkommentare", "commenti", "reacties",
        "réactions", "reacciones", "opiniones", "what listeners say", "what readers say",
        "reviews", "ratings and reviews", "customer reviews", "komentarze", "kommentarer", "yorumlar", "komment\xC3\xA1\xC5\x99" "e",
        // a platform's or a blog's form for them
        "discussion about this post", "leave a reply", "kommentar verfassen", "schreibe einen kommentar", "deja una respuesta",
        "laisser une r\xC3\xA9ponse", "lascia un commento", "deixe um coment\xC3\xA1rio", "deixe uma resposta", "geef een reactie",
        "l\xC3\xA4mna en kommentar", "skriv en kommentar", "dodaj komentarz", "napisz komentarz",
        // beyond Latin letters: Korean, Japanese, Chinese, Russian, Arabic; and Indonesian
        "\xEB\x8C\x93\xEA\xB8\x80", "\xE3\x82\xB3\xE3\x83\xA1\xE3\x83\xB3\xE3\x83\x88", "\xE8\xAF\x84\xE8\xAE\xBA",
        "\xE7\x95\x99\xE8\xA8\x80", "\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB8",
        "\xD8\xA7\xD9\x84\xD8\xAA\xD8\xB9\xD9\x84\xD9\x8A\xD9\x82\xD8\xA7\xD8\xAA", "komentar"});
    // ("3 thoughts on “Council splits 4–3 …”": a blog's count of its comments, the count first.)
    const bool counted = !lower.empty() && std::isdigit(static_cast<unsigned char>(lower.front()));
    return kHeadings.count(h) != 0 || startsWithAnyOf(h, {"réagir", "reageer", "leave a comment", "add a comment",
                                                          "post a comment", "deja tu comentario", "laisser un commentaire"}) ||
           (counted && startsWithAnyOf(h, {"thoughts on ", "responses to ", "replies to ", "comments on ", "thought on ",
                                           "response to ", "comments", "comment"}));
}

namespace {

// "1.4k comments • Share • Save • Report", "3 likes", "Sort by: best", "Ordenar por: más votados": the bar
// a thread sets between a post and its replies.
bool isThreadBar(const std::string& lower) {
    if (startsWithAnyOf(lower, {"sort by:", "sorted by:", "sort by ", "ordenar por", "trier par", "sortieren nach", "sortera efter",
                                "ordina per", "sorteer op", "sortuj wed"})) {
        return true;
    }
    // A post's count of likes or replies, alone or in a row of its buttons ("1.4k comments • Share", "3
    // gillningar", "Delen | 312 | 47 reacties"): what follows is the thread's.
    std::size_t start = 0;
    for (int item = 0; item < 8 && start <= lower.size(); ++item) {
        std::size_t end = lower.size(), width = 0;
        for (const char* mark : {" \xE2\x80\xA2 ", " \xC2\xB7 ", " | "}) {
            const std::size_t at = lower.find(mark, start);
            if (at < end) end = at, width = std::strlen(mark);
        }
        if (isReactionCount(lower.substr(start, end - start))) return true;
        if (end == lower.size()) break;
        start = end + width;
    }
    return false;
}

// A press release's or a bulletin's end mark: "###", "-30-", "ENDS", "[ENDS]", "-- EINDE PERSBERICHT --", "- Ende
// der Pressemitteilung -", "-o0o-".
bool isEndMark(const std::string& mark) {
    if (mark == "###" || mark == "# # #" || mark == "-30-" || mark == "- 30 -") return true;
    // "ENDS. 348 words", "END – 512 words": a filed story's end mark with its length.
    for (const char* end : {"ENDS", "END"}) {
        const std::size_t n = std::strlen(end);
        if (mark.rfind(end, 0) != 0 || mark.size() == n || std::isalpha(static_cast<unsigned char>(mark[n]))) continue;
        const std::string rest = lowerAscii(mark.substr(n));
        if (rest.find("words") != std::string::npos && countWords(rest) <= 4) return true;
    }
    std::string inner = mark;
    // (Or in brackets: "[ENDS]", "(END)".)
    const auto edge = [](char c) { return c == '-' || c == '#' || c == '*' || c == '=' || c == '_' || c == ' ' || c == '[' || c == ']' || c == '(' || c == ')'; };
    bool framed = false;
    while (!inner.empty() && edge(inner.front())) inner.erase(0, 1), framed = true;
    while (!inner.empty() && edge(inner.back())) inner.pop_back(), framed = true;
    for (const char* dash : {"\xE2\x80\x94", "\xE2\x80\x93"}) {
        if (inner.rfind(dash, 0) == 0) inner = collapseWhitespace(inner.substr(3)), framed = true;
        if (inner.size() >= 3 && inner.compare(inner.size() - 3, 3, dash) == 0) inner = collapseWhitespace(inner.substr(0, inner.size() - 3)), framed = true;
    }
    const std::string lower = lowerUtf8(inner);
    if (lower == "o0o" || lower == "ooo" || lower == "0o0") return true;
    // ("— 30 —": the newsroom's "-30-" set with dashes.)
    if (framed && lower == "30") return true;
    // "– Segue: meteo e viabilità –", "— Coming up: the weather —": a bulletin's cue to its next item.
    if (framed) {
        for (const char* next : {"segue:", "a seguire", "coming up", "up next", "next:", "es folgt", "\xC3\xA0 suivre", "a continuaci\xC3\xB3n",
                                 "a seguir", "hierna"}) {
            if (lower.rfind(next, 0) == 0) return true;
        }
    }
    const std::vector<std::string> words = splitWords(lower);
    if (words.empty() || words.size() > 4) return false;
    static constexpr WordSet kEnd({"end", "ends", "einde", "ende", "fin", "fine", "slut", "slutt", "koniec", "loppu"});
    const bool capitals = std::none_of(inner.begin(), inner.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
    // (In capitals without dashes, the mark alone or with the release it ends: "END OF AN ERA" is a subheading.)
    static constexpr WordSet kReleases({"persbericht", "pressemitteilung", "press release", "of release", "of press release",
                                                 "du communiqu\xC3\xA9", "del comunicado", "del comunicato", "der pressemitteilung"});
    const std::string rest = words.size() > 1 ? lower.substr(lower.find(' ') + 1) : "";
    return kEnd.count(words.front()) != 0 && (framed || (capitals && (words.size() == 1 || kReleases.count(rest) != 0)));
}

// A safe harbour's heading, in lower case: "Forward-Looking Statements", "Safe Harbor", "Cautionary Statement".
// "Media contact", "Investor Relations Contact": a release's contacts, to the end of their section.
bool isContactHeading(const std::string& lower) {
    for (const char* heading : {"media contact", "press contact", "departmental contact", "investor contact", "investor relations contact",
                                "ir contact", "media relations contact", "media inquiries", "media enquiries", "investor inquiries",
                                // a wire's foot: "To contact the reporters on this story:" over their addresses
                                "to contact the reporter", "to contact the editor", "to contact the author"}) {
        if (lower.rfind(heading, 0) == 0) return true;
    }
    return false;
}

bool isSafeHarbourHeading(const std::string& lower) {
    // (Canada's securities law says "information": "Forward-looking Information", "Cautionary Note Regarding …".)
    // (And a mining company's statement of the geologist who vouches for its results, as the exchange's code asks:
    // "Competent Person's Statement".)
    return lower.rfind("forward-looking statement", 0) == 0 || lower.rfind("forward looking statement", 0) == 0 ||
           lower.rfind("competent person's statement", 0) == 0 || lower.rfind("competent persons statement", 0) == 0 ||
           lower.rfind("competent person\xE2\x80\x99s statement", 0) == 0 || lower.rfind("competent person statement", 0) == 0 ||
           lower.rfind("forward-looking information", 0) == 0 || lower.rfind("safe harbor", 0) == 0 ||
           lower.rfind("safe harbour", 0) == 0 || lower.rfind("cautionary statement", 0) == 0 || lower.rfind("cautionary note", 0) == 0 ||
           // (And the note on the measures the release gives besides the law's, "Non-GAAP Financial Measures", "Use of Non-IFRS
           // Measures", "Alternative Performance Measures": what they leave out and where the reconciliation stands.)
           startsWithAnyOf(lower, {"non-gaap financial measure", "non-gaap measures", "use of non-gaap", "about non-gaap", "non-ifrs financial measure",
                                   "non-ifrs measures", "use of non-ifrs", "alternative performance measures",
                                   // (A deal's notice the securities law asks for: "Additional Information and Where to Find It".)
                                   "additional information and where to find it", "important information for investors",
                                   "participants in the solicitation", "no offer or solicitation"});
}

// A linked item among written ones is one of them: a list whose items are mostly plain text
// ("<li><a>Where will I put it</a>?</li>" among questions, two linked highlights over six written
// ones), or the sub-list a written item introduces ("In progress:" over a list of linked bug titles).
// A list of links introduced by a paragraph ("Related:") stays a teaser list.
bool isItemOfWrittenList(const std::vector<RawBlock>& raw, std::size_t i) {
    // The items around it, over captions and emptied blocks, which are not in the way of a reader.
    const auto skipped = [&](std::size_t k) {
        return raw[k].text.empty() || raw[k].kind == BlockKind::Caption || raw[k].kind == BlockKind::Credit;
    };
    const auto linked = [&](std::size_t k) { return raw[k].link_density >= 0.5; };
    std::size_t first = i, last = i;
    for (std::size_t k = i; k-- > 0 && (skipped(k) || raw[k].kind == BlockKind::ListItem);) {
        if (!skipped(k)) first = k;
    }
    for (std::size_t k = i + 1; k < raw.size() && (skipped(k) || raw[k].kind == BlockKind::ListItem); ++k) {
        if (!skipped(k)) last = k;
    }
    std::size_t plain = 0, links = 0;
    for (std::size_t k = first; k <= last; ++k) {
        if (skipped(k)) continue;
        (linked(k) ? links : plain) += 1;
    }
    if (plain >= links) return true;
    // The nearest written item before it, past its linked siblings, ends with a colon.
    std::size_t k = i;
    while (k > first && (skipped(k - 1) || linked(k - 1))) --k;
    return k > first && raw[k - 1].text.back() == ':';
}

// "About the author", "Über die Autorin", "この記事を書いた人": the heading of the writers' box.
// Whether the words name a company or an institution: a legal form ("GmbH", "S.A."), or what a body is ("Stadtwerke",
// "Agencia", "Stichting").
bool namesABody(const std::string& words) {
    static constexpr WordSet kBodies({"gmbh", "ag", "se", "kg", "e.v.", "mbh", "sa", "s.a.", "sas", "sarl", "sl", "s.l.", "spa", "s.p.a.",
                                      "srl", "bv", "b.v.", "nv", "n.v.", "ltd", "ltd.", "inc", "inc.", "plc", "llc", "corp", "corp.", "ab", "asa",
                                      "oy", "stadtwerke", "gruppe", "agentur", "verband", "stiftung", "institut", "universit\xC3\xA4t", "agencia",
                                      "fundaci\xC3\xB3n", "instituto", "universidad", "groupe", "fondation", "agence", "association", "stichting",
                                      "vereniging", "gemeente", "soci\xC3\xA9t\xC3\xA9", "entreprise", "compagnie", "empresa", "sociedad", "unternehmen",
                                      "konzern", "bank", "banque", "banco", "hochschule", "klinikum", "ministerium", "institute", "university",
                                      "foundation", "company", "corporation", "group", "society", "council", "agency", "trust", "centre",
                                      "center", "hospital", "college", "museum", "laboratory", "laboratories", "network", "alliance", "fund",
                                      "authority", "commission"});
    for (const std::string& w : splitWords(words)) {
        std::string lower = lowerUtf8(w);
        while (!lower.empty() && (lower.back() == ',' || lower.back() == ':')) lower.pop_back();
        if (kBodies.count(lower) != 0) return true;
        // ("l'Agence", "l’Agence": the article glued.)
        for (const char* glued : {"l'", "l\xE2\x80\x99", "d'", "d\xE2\x80\x99"}) {
            if (lower.rfind(glued, 0) == 0 && kBodies.count(lower.substr(std::strlen(glued))) != 0) return true;
        }
    }
    return false;
}

// Whether the text under an English "About X" heading is X's profile, as a release's boilerplate opens: on X's own name
// ("Nordvind Energy is a …", "Acme's mission …") or on the words such a profile starts with ("Founded in 1998, …",
// "Headquartered in …"). A story's crosshead on its subject goes on with the story: "The film is a sequel to …".
// (Other languages' about headings, and an "About" over no paragraph, as before: a profile.)
bool opensProfile(const std::vector<RawBlock>& raw, std::size_t heading) {
    const std::string& h = raw[heading].text;
    if (h.rfind("About ", 0) != 0) return true;
    std::string name = lowerUtf8(h.substr(6));
    if (name.rfind("the ", 0) == 0) name.erase(0, 4);
    const std::vector<std::string> nameWords = splitWords(name);
    // ("About Us", "About this site": the publisher's own.)
    if (nameWords.empty() || namesABody(h.substr(6)) || nameWords.front() == "us" || nameWords.front() == "this" || nameWords.front() == "our") {
        return true;
    }
    std::size_t k = heading + 1;
    while (k < raw.size() && raw[k].text.empty()) ++k;
    if (k >= raw.size() || raw[k].kind != BlockKind::Paragraph) return true;
    const std::string lower = lowerUtf8(raw[k].text);
    const std::vector<std::string> words = splitWords(lower);
    const auto bare = [](std::string w) {
        for (const char* tail : {"'s", "\xE2\x80\x99s"}) {
            if (w.size() > std::strlen(tail) && w.ends_with(tail)) w.erase(w.size() - std::strlen(tail));
        }
        while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back()))) w.pop_back();
        return w;
    };
    // (Where the name first stands among the paragraph's first words.)
    const std::string key = bare(nameWords.front());
    const std::size_t reach = std::min<std::size_t>(14, words.size());
    std::size_t named = 0;
    while (named < reach && bare(words[named]) != key) ++named;
    const bool found = named < reach;
    if (found && named < 3) return true;
    // (Or a release's own small print under it: "Forward-looking statements in this release …".)
    if (containsAnyOf(lower, {"forward-looking", "forward looking", "this press release", "this news release", "safe harbor", "safe harbour"})) return true;
    // ("In over 10 years since its inception, Moderna has …": the name a little further on, in a profile's words.)
    if (found && containsAnyOf(lower, {"inception", "founded", "headquartered", "our mission", "its mission", "leading provider", "a leader in",
                                       "employees", "nasdaq:", "nyse:", "www.", ".com", "for more information"})) {
        return true;
    }
    return startsWithAnyOf(lower, {"founded in", "founded by", "headquartered in", "based in", "established in",
                                   "it is a", "it is the", "it develops", "it makes", "it provides", "it operates",
                                   "the company", "the firm", "the group", "the organisation", "the organization",
                                   "since its founding", "since its inception", "for more than", "for over",
                                   "with more than", "with over", "our ", "we are", "we're", "as a leading",
                                   "as the leading", "a leading", "the leading", "an independent", "a global"});
}

bool isAboutHeading(const RawBlock& block) {
    const std::string& t = block.text;
    // (A company's name may end on its legal form's dot: "About Lumetra Grid, Inc.")
    std::string bare = t;
    for (const char* form : {" Inc.", " Ltd.", " Corp.", " Co.", " S.A.", " N.V.", " B.V.", " AG.", " plc."}) {
        const std::size_t n = std::strlen(form);
        if (bare.size() > n && bare.compare(bare.size() - n, n, form) == 0) {
            bare.pop_back();
            break;
        }
    }
    if (!(block.kind == BlockKind::Heading || isUnpunctuatedShortLine(bare, 8)) || countWords(t) > 8) return false;
    // ("Chi è il Consorzio …", "Über Nordvind", "À propos de …", "Acerca de …", "Sobre a …": in other languages.)
    for (const char* about : {"About ", "Chi \xC3\xA8 ", "Chi siamo", "\xC3\x9C" "ber ", "\xC3\x80 propos de ", "A propos de ",
                              "\xC3\x80 propos d'", "\xC3\x80 propos d\xE2\x80\x99", "A propos d'", "A propos d\xE2\x80\x99",
                              "Acerca de ", "Sobre ", "Over ons", "Om oss", "Om os", "O firmie", "O nas", "Hakk\xC4\xB1m\xC4\xB1zda", "Despre "}) {
        const std::size_t n = std::strlen(about);
        if (t.rfind(about, 0) != 0) continue;
        if (about[n - 1] != ' ' && about[n - 1] != '\'' && static_cast<unsigned char>(about[n - 1]) != 0x99) return true;
        if (t.size() <= n) continue;
        if (std::isupper(static_cast<unsigned char>(t[n])) || static_cast<unsigned char>(t[n]) >= 0xC3 || t.compare(n, 3, "il ") == 0 ||
            t.compare(n, 3, "la ") == 0 || t.compare(n, 3, "le ") == 0 || t.compare(n, 2, "a ") == 0 || t.compare(n, 2, "o ") == 0 ||
            t.compare(n, 4, "los ") == 0) {
            return true;
        }
        // ("Über die Stadtwerke Musterstadt GmbH", "À propos de l'Agence", "Sobre el Instituto", "About the Helmholtz-Weiss
        // Institute for Environmental Health": after an article only a body's
        // name, its legal form or what it is among its words; "Über die Hälfte der Pendler", "Sobre el terreno" are crossheads.)
        const bool article = t.compare(n, 4, "die ") == 0 || t.compare(n, 4, "den ") == 0 || t.compare(n, 4, "das ") == 0 ||
                             t.compare(n, 3, "el ") == 0 || t.compare(n, 2, "l'") == 0 || t.compare(n, 4, "l\xE2\x80\x99") == 0 ||
                             t.compare(n, 4, "het ") == 0 || t.compare(n, 4, "the ") == 0;
        // (English's "the" only before a body's name of two capitals at least: "About the Trust", "About the council's plan" are a
        // story's crossheads.)
        if (t.compare(n, 4, "the ") == 0) {
            std::size_t capitals = 0;
            for (const std::string& w : splitWords(t.substr(n + 4))) capitals += std::isupper(static_cast<unsigned char>(w[0])) != 0;
            if (capitals < 2) continue;
        }
        if (article && namesABody(t.substr(n))) return true;
    }
    return false;
}


}  // namespace

// A kicker over the headline ("Biz & IT —", "Analysis", "Exclusive"): the section or the genre of the
// story, a short heading before the page's h1 and before any of the story's text.
void Assembly::dropKickers(std::vector<RawBlock>& raw) const {
    // Pasted text: a section's name on a line of its own right over the byline box's lines, "Economia" over "Por Inês Carvalho
    // Mendes", "Inrikes" over "Publicerad 2025-09-16 09.12".
    if (plain_) {
        // (The box's lines before the story's first paragraph: a writer named under the story closes it.)
        std::size_t story = 0;
        while (story < raw.size() && countWords(raw[story].text) < 12) ++story;
        if (article_.title.empty()) return;
        for (const std::size_t m : metadataLines_) {
            if (m >= story) continue;
            std::size_t k = m;
            while (k > 1 && raw[k - 1].text.empty() && std::find(metadataLines_.begin(), metadataLines_.end(), k - 1) == metadataLines_.end()) --k;
            if (k <= 1) continue;
            const std::string& line = raw[k - 1].text;
            if (countWords(line) <= 2 && isUnpunctuatedShortLine(line, 2) && std::isupper(static_cast<unsigned char>(line[0])) != 0 &&
                countWords(raw[m].text) == 0) {
                raw[k - 1].text.clear();
            }
        }
        return;
    }
    // (A label set as a line of its own, "Match Report", is one too: a few words, no sentence.)
    // (Or a section's path, "Life & Style | Food", "News > World", each part a few words.)
    const auto label = [](const RawBlock& b) {
        if (b.kind != BlockKind::Paragraph) return false;
        if (countWords(b.text) <= 3 && isUnpunctuatedShortLine(b.text, 3)) return true;
        for (const char* mark : {" | ", " > ", " \xC2\xBB ", " / "}) {
            if (b.text.find(mark) == std::string::npos || countWords(b.text) > 8 || !isUnpunctuatedShortLine(b.text, 8)) continue;
            bool parts = true;
            for (std::size_t from = 0; parts && from <= b.text.size();) {
                const std::size_t at = std::min(b.text.find(mark, from), b.text.size());
                const std::string part = b.text.substr(from, at - from);
                const std::vector<std::string> words = splitWords(part);
                parts = !words.empty() && words.size() <= 4 && std::all_of(words.begin(), words.end(), [](const std::string& w) {
                    return w == "&" || w == "and" || std::isupper(static_cast<unsigned char>(w[0]));
                });
                from = at + std::strlen(mark);
            }
            if (parts) return true;
        }
        return false;
    };
    // "Good morning, Prairie people. … Here's what you need to know. — Devon" over the heading that prints the headline: a
    // newsletter's greeting, a line or two before the story's headline and no part of the story, which runs three paragraphs
    // at least under it.
    const std::string title = foldForComparison(article_.title);
    for (std::size_t h = 0; h < raw.size() && !title.empty(); ++h) {
        if (raw[h].kind != BlockKind::Heading || foldForComparison(raw[h].text) != title) continue;
        std::size_t above = 0, under = 0;
        bool short_ = true;
        // (Above it in the page too: a standfirst under the headline is set before the body's blocks.)
        for (std::size_t k = 0; k < h; ++k) {
            if (raw[k].text.empty() || raw[k].kind == BlockKind::Caption || raw[k].kind == BlockKind::Credit) continue;
            if (raw[k].offset > raw[h].offset) {
                short_ = false;
                break;
            }
            ++above;
            // (A greeting, or a line signed with the writer's first name after a dash: a standfirst or a warning over the
            // headline is the story's.)
            const std::string lower = lowerUtf8(raw[k].text);
            const std::size_t dash = raw[k].text.rfind("\xE2\x80\x94 ");
            const bool greeting = startsWithAnyOf(lower, {"good morning", "good afternoon", "good evening", "morning, ", "hello", "hi ", "hi,",
                                                          "hey ", "hey,", "welcome to", "welcome back", "happy monday", "happy tuesday",
                                                          "happy wednesday", "happy thursday", "happy friday", "happy saturday", "happy sunday",
                                                          "dear reader", "dear readers"}) ||
                                  (dash != std::string::npos && countWords(raw[k].text.substr(dash + 4)) <= 2);
            short_ = short_ && raw[k].kind == BlockKind::Paragraph && countWords(raw[k].text) <= 60 && greeting;
        }
        for (std::size_t k = h + 1; k < raw.size(); ++k) under += raw[k].kind == BlockKind::Paragraph && countWords(raw[k].text) >= 15;
        if (above >= 1 && above <= 2 && short_ && under >= 3) {
            for (std::size_t k = 0; k < h; ++k) {
                if (raw[k].kind == BlockKind::Paragraph) raw[k].text.clear();
            }
        }
        break;
    }
    std::size_t headline = raw.size();
    for (std::size_t i = 0; i < raw.size() && headline == raw.size(); ++i) {
        if (raw[i].kind == BlockKind::Heading && raw[i].level == 1 && !raw[i].text.empty()) headline = i;
        // (Or the title again in a paragraph, as a table-laid page sets its headline in a cell's bold.)
        if (raw[i].kind == BlockKind::Paragraph && isTitleAgain(raw[i].text, article_.title)) headline = i;
        if (headline == raw.size() && raw[i].kind != BlockKind::Heading && !raw[i].text.empty() && !label(raw[i])) return;  // text comes before any h1
    }
    for (std::size_t i = 0; i < headline && headline < raw.size(); ++i) {
        if ((raw[i].kind == BlockKind::Heading && countWords(raw[i].text) <= 5) || label(raw[i])) raw[i].text.clear();
    }
}

// Whether a sign-off's name is the writer's or the publication's: a word of the byline, the site's name, or its initials
// ("YLE" for Your Local Epidemiologist).
static bool signsAsTheWriter(const std::string& name, const std::string& byline, const std::string& site) {
    const std::string signature = lowerUtf8(collapseWhitespace(name));
    if (signature.empty()) return false;
    for (const std::string& w : splitWords(lowerUtf8(byline))) {
        if (w == signature) return true;
    }
    if (lowerUtf8(collapseWhitespace(site)) == signature) return true;
    std::string initials;
    for (const std::string& w : splitWords(site)) {
        if (!w.empty() && std::isupper(static_cast<unsigned char>(w[0]))) initials += static_cast<char>(std::tolower(static_cast<unsigned char>(w[0])));
    }
    return initials.size() >= 2 && initials == signature;
}

// From the end of the article back to its last real paragraph: author bios and contact lines, calls
// to action, publisher notes, link lists, "About the author", a bare name line. The walk stops at
// the first block that is none of these, so nothing inside the story is judged by its words alone.
void Assembly::dropTrailingFurniture(std::vector<RawBlock>& raw) const {
    // A wire's words about itself among the last lines, "Meridian Wire … is the world's leading provider of
    // multimedia news": left out on their own, the lines over them still judged as the story's.
    // (The last sentence of the text, past the lines of the page's foot: a story about an agency says the same
    // earlier on.)
    for (std::size_t k = raw.size(), seen = 0; k-- > 0 && seen < 10;) {
        const std::string& t = raw[k].text;
        if (t.empty()) continue;
        ++seen;
        if (isPublisherSelfDescription(t)) {
            raw[k].text.clear();
            break;
        }
        if (!(isBoilerplate(t) || isCreditLine(t) || isUnpunctuatedShortLine(t, 12) || raw[k].kind == BlockKind::Caption ||
              raw[k].kind == BlockKind::Credit)) {
            break;
        }
    }
    std::vector<std::size_t> drop;
    std::size_t i = raw.size();
    while (i-- > 0) {
        const RawBlock& block = raw[i];
        // (A wire's credit line, "(Compiled by … desk; Editing by …)", closes its story: what stands over it is
        // the story's, results and tables too.)
        if (plain_ && !block.text.empty() &&
            startsWithAnyOf(lowerUtf8(block.text), {"(compiled by", "(reporting by", "(editing by", "(writing by", "compiled by",
                                                    // Reuters' own services in Spanish and Portuguese
                                                    "(reporte de", "(reporte adicional de", "(editado por", "(reportagem de",
                                                    "(edi\xC3\xA7\xC3\xA3o de",
                                                    "reporting by", "editing by"})) {
            raw[i].text.clear();
            break;
        }
        // Captions and credits are never read: passed over, kept for what they are.
        if (block.text.empty() || block.kind == BlockKind::Caption || block.kind == BlockKind::Credit || isCreditLine(block.text)) {
            continue;
        }
        const std::string& text = block.text;
        // A bare name under "About the author", or a label introducing a list of links ("More news:").
        // (Or in a script without capitals: "김민준 기자", a reporter's name and title in an editors' box.)
        // (A field and its name is no bare name: "Referee: Pierre Atcho (Gabon)" closes a match's facts.)
        const bool name = isUnpunctuatedShortLine(text, 4) &&
                          (std::isupper(static_cast<unsigned char>(text[0])) || static_cast<unsigned char>(text[0]) >= 0xE3) &&
                          text.find_first_of("0123456789,") == std::string::npos && text.find(": ") == std::string::npos;
        const bool label = name || (text.back() == ':' && countWords(text) <= 6);
        // In pasted text, what follows the story's last sentence and is no sentence: the titles of
        // other stories ("• Bulldogs land top recruit"), "Lo más leído", "Comments (212)", "Tags: …".
        const std::string lower = lowerUtf8(text);
        const bool tags = countWords(text) <= 20 &&
                          startsWithAnyOf(lower, {"tags:", "tag:", "tagged:", "tags / ", "tags/", "topics / ", "filed under:", "etiquetas:", "mots-cl\xC3\xA9s", "schlagw\xC3\xB6rter:", "temas:",
                                                  "keywords:", "topics:", "component:", "components:", "tematy:", "trefwoorden:", "argomenti:",
                                                  // the topics' links under a label: "Meer over dit onderwerp: Klimaat · Waterstaat"
                                                  "meer over dit onderwerp", "more on this topic", "more on this story", "related topics:",
                                                  "mehr zum thema", "mehr zu diesem thema", "onderwerpen:", "Ã¤mnen:", "emner:"});
        // (Between furniture already found under it and a label over it, "Top Stories": the previous line.)
        std::size_t above = i;
        while (above > 0 && raw[above - 1].text.empty()) --above;
        const bool underLabel = above > 0 && isUnpunctuatedShortLine(raw[above - 1].text, 4);
        // (A row of a table the story ends on, "2. Orlando Pirates - P18 W15 D1 L2 - 46 pts", holds its figures: four and more,
        // which no teaser's title or button has.)
        std::size_t figures = 0;
        for (std::size_t k = 0; k < text.size(); ++k) {
            if (std::isdigit(static_cast<unsigned char>(text[k])) && (k == 0 || !std::isdigit(static_cast<unsigned char>(text[k - 1])))) ++figures;
        }
        // (A ranked row, "2. …", "2) …": a pager's "1 2 3 4 Next", a share bar's counts, a weather strip are none.)
        const std::size_t afterRank = text.find_first_not_of("0123456789");
        const bool ranked = afterRank != 0 && afterRank != std::string::npos && afterRank + 1 < text.size() &&
                            (text[afterRank] == '.' || text[afterRank] == ')') && text[afterRank + 1] == ' ';
        const bool tableRow = ranked && figures >= 4 && countWords(text) <= 15;
        // (A sentence signed in brackets after its full stop, "… the council said. (Peter Kamau)", is punctuated.)
        const bool pastedChrome = tags || (plain_ && !tableRow && (isCommentsHeading(withoutBracketedCount(lower)) ||
                                                      (block.kind != BlockKind::Heading && isUnpunctuatedShortLine(withoutClosingSignature(text), 15)) ||
                                                      // (Longer, two teasers' titles run together by unwrapping, under a label and over
                                                      // furniture: no sentence ends in it. A story's last paragraph may lack its stop.)
                                                      (block.kind == BlockKind::Paragraph && !drop.empty() && underLabel &&
                                                       isUnpunctuatedShortLine(text, 25) && text.find(". ") == std::string::npos &&
                                                       text.find("? ") == std::string::npos && text.find("! ") == std::string::npos)));
        const bool step = isStepAskingTheReader(block);
        // (An obituary closes on its subject's life in a line without a stop, "Margaret Ellison, physicist and broadcaster,
        // born 3 March 1932; died 29 January 2025": the story's last words.)
        const bool lifeLine = text.find_first_of("0123456789") != std::string::npos &&
                              ((lower.find("born ") != std::string::npos && lower.find("died ") != std::string::npos) ||
                               (lower.find("geboren") != std::string::npos && lower.find("gestorben") != std::string::npos) ||
                               (lower.find("n\xC3\xA9") != std::string::npos && lower.find("mort") != std::string::npos));
        // (A footer's row of links, "Customer Service | Privacy Policy | Terms of Service", however long.)
        // (The writers' names signed again under the story, and the publication's pitch for its newsletter.)
        const bool signedAgain = isBylineSignedAgain(text, article_.byline);
        const bool pitch = isNewsletterPitch(text, article_.site);
        // (The page's dates repeated at its foot, "18 Feb 2025", are no sentence of the story's.)
        // (Only over furniture found already, and not under a label that introduces it, "When:".)
        const bool dates = plain_ && !drop.empty() && isBareDateLine(text) && !(above > 0 && raw[above - 1].text.ends_with(":"));
        // (An item of a list of other stories under its label, "Most read" over "1. Live: …" and "2. Who is …?": a title may
        // end on its question mark.)
        const auto item = [&](std::size_t k) { return raw[k].kind == BlockKind::ListItem || opensOnListPlace(raw[k].text); };
        bool listed = false;
        if (item(i) && countWords(text) <= 20) {
            std::size_t k = i;
            while (k > 0 && (raw[k - 1].text.empty() || item(k - 1))) --k;
            listed = k > 0 && isWholeRelatedLabel(raw[k - 1].text);
        }
        // (A newsletter's sign-off, a word of farewell and the writer's or the publication's name: "Love, YLE" from Your Local
        // Epidemiologist, "Cheers, Sam" from Sam Ruiz. A letter the story quotes, "Love, Tommy", signs with another's.)
        const bool signOff = countWords(text) <= 5 && text.find(". ") == std::string::npos && text.back() != '.' &&
                             startsWithAnyOf(lower, {"love, ", "cheers, ", "best, ", "warmly, ", "yours, ", "xo, ", "xoxo, ", "until next time, ",
                                                     "until next week, ", "see you next week, ", "talk soon, ", "onward, ", "stay safe, ",
                                                     "bis bald, ", "herzlich, ", "\xC3\xA0 bient\xC3\xB4t, ", "un abrazo, ", "abra\xC3\xA7os, "}) &&
                             signsAsTheWriter(text.substr(text.rfind(", ") + 2), article_.byline, article_.site);
        const bool furniture = listed || pastedChrome || signedAgain || pitch || dates || signOff || (plain_ && isMenuRow(text)) || isAuthorBio(text) || isBioOfByline(text, article_.byline) ||
                               isContactLine(text) || isPostalAddressLine(text) ||
                               ((isBoilerplate(text) || isCallToAction(text)) && !step) || isAboutHeading(block) || label ||
                               (block.link_density >= 0.5 && countWords(text) <= 25) ||
                               // A house note set all in italics with a link in it ("Tech Enabled: …
                               // Check it out here."): a promo for other pages, not the story's end.
                               (block.italic_share >= 0.9 && block.link_density > 0 && countWords(text) <= 60) ||
                               // The writer introduced in italics: "Jane Doe is a retired engineer…".
                               (block.italic_share >= 0.9 && introducesAPerson(text) && countWords(text) <= 80) ||
                               // A long read's pointer to its next page under its last paragraph: "Next page: Manchester's Bee Network
                               // and the franchising gamble", "Continued on next page". (Over the story, "Next Page: the Bristol
                               // bookshop that beat the chains" is a headline.)
                               (countWords(text) <= 16 && text.back() != '.' && startsWithAnyOf(lower, {"next page:", "on the next page:", "continued on next page",
                                                                                  "n\xC3\xA4" "chste seite:", "page suivante :", "page suivante:",
                                                                                  "p\xC3\xA1gina siguiente:", "pr\xC3\xB3xima p\xC3\xA1gina:",
                                                                                  "pagina successiva:"})) ||
                               // A broadcaster's note in italics sending the reader to its channel: "Watch the quarter-finals live on
                               // RTN2 and the RTN Player from 1.30pm on Saturday."
                               (block.italic_share >= 0.9 && countWords(text) <= 40 &&
                                startsWithAnyOf(lower, {"watch ", "listen ", "listen to ", "stream ", "tune in", "catch up ", "follow live",
                                                        "regardez ", "\xC3\xA9" "coutez ", "suivez ", "sehen sie ", "h\xC3\xB6ren sie ",
                                                        "mira ", "escucha ", "guarda ", "ascolta ", "assista ", "ou\xC3\xA7" "a ", "kijk ",
                                                        "luister "}) &&
                                (lower.find(" live") != std::string::npos || lower.find("player") != std::string::npos ||
                                 lower.find(" app") != std::string::npos || lower.find("en direct") != std::string::npos ||
                                 lower.find("en vivo") != std::string::npos || lower.find("ao vivo") != std::string::npos ||
                                 lower.find("in diretta") != std::string::npos || lower.find("podcast") != std::string::npos));
        // (A fact box at the story's end is the story's: three lines of a label and a figure in a row,
        // "Length: 6.8km" over "Cost: £412m" over "Expected opening: summer 2029".)
        const auto fact = [&](std::size_t k) { return k < raw.size() && isBoxFact(raw[k].text); };
        if (plain_ && fact(i) && ((i >= 2 && fact(i - 1) && fact(i - 2)) || (i >= 1 && fact(i - 1) && fact(i + 1)))) break;
        if (plain_ && isFigureListItem(raw, i)) break;
        // (So is a diary of dates in a list, each item a day and what happens on it, three at least: "- Mon 10 Mar: Science Week
        // begins", "- Wed 12 Mar, 2.30pm: Year 6 SATs information meeting".)
        const auto dated = [&](std::size_t k) {
            if (k >= raw.size() || raw[k].kind != BlockKind::ListItem) return false;
            const std::string& t = raw[k].text;
            const std::size_t colon = t.find(':');
            if (colon == std::string::npos || colon > 32 || t.find_first_of("0123456789") > colon) return false;
            for (std::string w : splitWords(t.substr(0, colon))) {
                while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.pop_back();
                const std::string lower = lowerUtf8(w);
                if (monthFromAnyName(w) != 0 || weekdayFromName(lower) >= 0 ||
                    (lower.size() <= 5 && startsWithAnyOf(lower, {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}))) {
                    return true;
                }
            }
            return false;
        };
        if (plain_ && dated(i) && ((i >= 2 && dated(i - 1) && dated(i - 2)) || (i >= 1 && dated(i - 1) && dated(i + 1)))) break;
        // ("At under ₹50,000, the X5 Pro is the most complete phone you can buy. For queries, write to reviews@…": a
        // story's last paragraph that ends on the desk's note keeps its story; the note goes.)
        if (furniture && block.kind == BlockKind::Paragraph && (isBoilerplate(text) || isContactLine(text))) {
            const std::size_t cut = text.rfind(". ", text.size() >= 2 ? text.size() - 2 : 0);
            // (The story's part a sentence of prose, its words mostly small: a company's address before its registration,
            // "The Morning Dose Ltd, 20 Farringdon Road, London EC1M 3HE.", is none.)
            std::size_t small = 0;
            for (const std::string& w : splitWords(text.substr(0, cut == std::string::npos ? 0 : cut))) {
                small += std::islower(static_cast<unsigned char>(w[0])) != 0;
            }
            if (cut != std::string::npos && countWords(text.substr(0, cut)) >= 8 && small * 2 >= countWords(text.substr(0, cut))) {
                const std::string story = text.substr(0, cut + 1);
                if (!isBoilerplate(story) && !isContactLine(story) && !isAuthorBio(story) && !isBioOfByline(story, article_.byline) &&
                    !isNewsletterPitch(story, article_.site) && block.link_density < 0.5) {
                    raw[i].text = story;
                    break;
                }
            }
        }
        if (!furniture || lifeLine) break;
        drop.push_back(i);
    }
    // A page that is nothing but such lines keeps them: there is no story to protect from them.
    if (i == static_cast<std::size_t>(-1)) return;
    for (std::size_t k : drop) raw[k].text.clear();
    // The editor's initials or the agency closing the story: "… voraus. (bsc)", "… (dpa)".
    std::string& last = raw[i].text;
    const std::size_t open = last.rfind(" (");
    if (open != std::string::npos && last.back() == ')' && last.size() - open >= 5 && last.size() - open <= 9) {
        const std::string inside = last.substr(open + 2, last.size() - open - 3);
        const bool initials = inside.find_first_not_of("abcdefghijklmnopqrstuvwxyz/") == std::string::npos &&
                              inside != "sic" && inside != "ed";
        const bool sentenceBefore = open > 0 && (last[open - 1] == '.' || last[open - 1] == '!' || last[open - 1] == '?' ||
                                                 last[open - 1] == '"');
        if (initials && sentenceBefore) last.erase(open);
    }
    // (Or its name after a dash: "… at Thursday's close. – Bernama", "… said. - Reuters".)
    for (const char* dash : {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", " --"}) {
        const std::size_t at = last.rfind(dash);
        if (at == std::string::npos || at == 0 || std::strchr(".!?\"", last[at - 1]) == nullptr) continue;
        std::string agency = collapseWhitespace(last.substr(at + std::strlen(dash)));
        while (!agency.empty() && (agency.back() == '.' || agency.back() == ' ')) agency.pop_back();
        if (!agency.empty() && countWords(agency) <= 3 && isNewsAgency(agency)) {
            last.erase(at);
            break;
        }
    }
}

// A step in a list of the story's own that asks the reader to do something ("Compare with the chart,
// and send us your estimate"): only a short item is a prompt.
bool Assembly::isStepAskingTheReader(const RawBlock& block) {
    if (block.kind != BlockKind::ListItem) return false;
    // (A short step of instructions, "2. Visit https://ghana.waecdirect.org.": a sentence with its full stop, where a
    // menu's or a footer's link has none.)
    const std::string lower = lowerUtf8(block.text);
    if (countWords(block.text) <= 12 && !block.text.empty() && block.text.back() == '.' &&
        startsWithAnyOf(lower, {"visit ", "go to ", "log on to ", "log in to ", "dial ", "enter ", "text ", "sms ", "open ", "select "})) {
        return true;
    }
    return countWords(block.text) > 12 && isCallToAction(block.text) && !isLinkOut(block.text);
}

// "Journal" over "Nature Catalysis", "DOI" over its number, "Method of Research" over "Experimental study": a science
// release's fields after its story, a label over a value in a few words, three at least and one of them a release's
// field. The story is told; its record, and what follows it, is not read.
void Assembly::dropReleaseFields(std::vector<RawBlock>& raw) const {
    static constexpr WordSet kFields({"journal", "doi", "method of research", "subject of research", "article title",
                                               "article publication date", "coi statement", "funding", "keywords", "competing interests",
                                               "disclosures", "funder", "funding information", "data availability"});
    const auto next = [&](std::size_t k) {
        while (k < raw.size() && raw[k].text.empty()) ++k;
        return k;
    };
    for (std::size_t i = next(0); i < raw.size(); i = next(i + 1)) {
        std::size_t pairs = 0, known = 0, k = i;
        while (k < raw.size() && raw[k].kind == BlockKind::Heading && countWords(raw[k].text) <= 4) {
            const std::size_t value = next(k + 1);
            if (value >= raw.size() || raw[value].kind == BlockKind::Heading || countWords(raw[value].text) > 14 ||
                (!raw[value].text.empty() && raw[value].text.back() == '.' && countWords(raw[value].text) > 3)) {
                break;
            }
            std::string label = lowerUtf8(collapseWhitespace(raw[k].text));
            if (!label.empty() && label.back() == ':') label.pop_back();
            known += kFields.count(label);
            ++pairs;
            k = next(value + 1);
        }
        if (pairs >= 3 && known >= 1) {
            for (std::size_t d = i; d < raw.size(); ++d) raw[d].text.clear();
            return;
        }
    }
}

// "About the Author", "About Acme Corp.", "Media contact", "Forward-looking statements": a heading
// that opens a publisher's or company's boilerplate closes the story; it goes with what follows it.
void Assembly::dropBoilerplateSections(std::vector<RawBlock>& raw) const {
    // (Where the story's half lies, the text up to a safe harbour's statement counted: its law is often
    // as long as a short release's news.)
    std::size_t text = 0, seen = 0;
    for (const RawBlock& b : raw) {
        if (countWords(b.text) <= 4 && isSafeHarbourHeading(lowerUtf8(b.text))) break;
        text += b.text.size();
    }
    // (A heading over other stories' titles, and the list under it.)
    const auto dropWithListUnder = [&](std::size_t i) {
        raw[i].text.clear();
        for (std::size_t k = i + 1; k < raw.size() && (raw[k].text.empty() || raw[k].kind == BlockKind::ListItem); ++k) raw[k].text.clear();
    };
    for (std::size_t i = 0; i < raw.size(); ++i) {
        seen += raw[i].text.size();
        // (A related list's label as a line of its own with its colon, anywhere, "Notícias relacionadas:": it goes with the list
        // under it, whose links may be gone already.)
        if (raw[i].kind == BlockKind::Paragraph && raw[i].text.size() > 1 && raw[i].text.back() == ':' && countWords(raw[i].text) <= 4 &&
            isRelatedLabel(raw[i].text.substr(0, raw[i].text.size() - 1))) {
            raw[i].text.clear();
            // (In pasted text its titles are the short lines run on under it, no blank line between, none a sentence
            // that ends on its full stop: "Mayor John Doe welcomed the vote." under a title is the story's again.)
            const auto title = [&](std::size_t k) {
                const std::string& t = raw[k].text;
                return plain_ && raw[k].joined_to_previous && countWords(t) <= 14 && !t.empty() && t.back() != '.' && t.back() != '!';
            };
            // (A blank line after the titles, or a line an earlier pass left empty, ends them: "4.55pm: Here is what we know …" under
            // it is a live page's next entry.)
            bool blank = false;
            for (std::size_t k = i + 1; k < raw.size() && (raw[k].text.empty() || raw[k].kind == BlockKind::ListItem || (!blank && title(k))); ++k) {
                blank = blank || (raw[k].text.empty() && k > i + 1);
                raw[k].text.clear();
            }
            continue;
        }
        // ("More obituaries" over cut-off openings of other stories: wherever it sits, its list says what it is.)
        if (raw[i].kind == BlockKind::Heading && isMoreOverTeasers(raw, i, lowerUtf8(raw[i].text))) {
            dropWithListUnder(i);
            continue;
        }
        if (seen * 2 < text) continue;
        // A press release's end mark ("###", "-30-", "ENDS"): what follows it is the company's
        // boilerplate and contacts.
        const std::string mark = collapseWhitespace(raw[i].text);
        if (isEndMark(mark)) {
            // (In brackets it closes a quoted statement or a brief's item as often, "[ENDS]" over the reporter's next paragraph,
            // "(END)" after each of a digest's stories: what follows goes only when it is the release's foot.)
            if (mark.front() == '[' || mark.front() == '(') {
                raw[i].text.clear();
                std::size_t next = i + 1;
                while (next < raw.size() && raw[next].text.empty()) ++next;
                const std::string foot = next < raw.size() ? lowerUtf8(raw[next].text) : "";
                if (!startsWithAnyOf(foot, {"ends", "issued by", "notes to editor", "note to editor", "about ", "for more information",
                                            "for further information", "contact", "media contact", "press contact", "media enquiries",
                                            "media inquiries", "press office", "###"}) &&
                    !containsAnyOf(foot, {"tel:", "tel.:", "issued by"})) {
                    continue;
                }
            }
            for (std::size_t k = i; k < raw.size(); ++k) raw[k].text.clear();
            return;
        }
        // A label line opening contacts: "Investor Contact:", "Media Contacts:", "Contacts:", "Enquiries:".
        const std::string label = lowerUtf8(mark);
        // (Or a phrase that asks for them: "For further information, please contact:".)
        const bool contacts = countWords(mark) <= 6 && !label.empty() && label.back() == ':' &&
                              (label.find("contact") != std::string::npos || label.rfind("for more information", 0) == 0 ||
                               label.rfind("for further information", 0) == 0 ||
                               label.find("enquiries") != std::string::npos || label.find("inquiries") != std::string::npos);
        // An album's track list under its heading, "Play Tracklist:" over "01. Opening", "02. Sapphire …", and a label over
        // nothing but a picture, "Play Artwork:" right over the next heading: a review's box for the eye.
        // (The heading ends on the list's name: "A setlist full of surprises", "What the tracklist tells us" are crossheads.)
        std::string listName = label;
        if (!listName.empty() && listName.back() == ':') listName.pop_back();
        if (raw[i].kind == BlockKind::Heading && countWords(mark) <= 6 &&
            (listName.ends_with("tracklist") || listName.ends_with("track list") || listName.ends_with("track listing") ||
             listName.ends_with("setlist") || listName.ends_with("set list")) &&
            // (The list under it, items or lines opening on their number: "Inside the setlist" over a paragraph is a crosshead.)
            [&] {
                std::size_t k = i + 1;
                while (k < raw.size() && raw[k].text.empty()) ++k;
                return k < raw.size() && (raw[k].kind == BlockKind::ListItem || std::isdigit(static_cast<unsigned char>(raw[k].text[0])));
            }()) {
            raw[i].text.clear();
            for (std::size_t k = i + 1; k < raw.size() && raw[k].kind != BlockKind::Heading; ++k) raw[k].text.clear();
            continue;
        }
        // (A picture's own label: "Who pays more:" over the next heading is the story's.)
        if (raw[i].kind == BlockKind::Heading && countWords(mark) <= 4 && !label.empty() && label.back() == ':' &&
            (listName.ends_with("artwork") || listName.ends_with("cover") || listName.ends_with("cover art") || listName.ends_with("poster") ||
             listName.ends_with("gallery") || listName.ends_with("photos") || listName.ends_with("pictures") || listName.ends_with("images") ||
             listName.ends_with("trailer") || listName.ends_with("video"))) {
            std::size_t k = i + 1;
            while (k < raw.size() && raw[k].text.empty()) ++k;
            if (k < raw.size() && raw[k].kind == BlockKind::Heading) {
                raw[i].text.clear();
                continue;
            }
        }
        // A match report's statistics box after the story, "Statistik:" over the line-ups, the referee, the crowd and the
        // possession, a field a line: the listener has heard the story; the box is for the eye.
        static constexpr WordSet kStatisticsLabels({"statistik:", "statistik", "spielstatistik:", "statistics:", "match stats:", "match statistics:",
                                                    "line-ups:", "lineups:", "aufstellungen:", "teams:", "estad\xC3\xAD" "sticas:", "statistiques :",
                                                    "statistiques:", "statistiche:", "estat\xC3\xAD" "sticas:", "statistieken:"});
        if (countWords(mark) <= 3 && raw[i].kind != BlockKind::ListItem && kStatisticsLabels.count(label) != 0) {
            std::size_t k = i + 1;
            // (A field is no sentence of the story: no quotation in it, "Manager Thomas Tuchel said: \"…\"", and no full stop at its end.)
            const auto field = [&](const std::string& t) {
                const std::size_t colon = t.find(':');
                return colon != std::string::npos && colon > 0 && colon <= 40 && countWords(t) <= 80 && t.find('"') == std::string::npos &&
                       t.find("\xE2\x80\x9C") == std::string::npos && t.find("\xE2\x80\x9E") == std::string::npos &&
                       t.find("\xC2\xAB") == std::string::npos && t.back() != '.';
            };
            while (k < raw.size() && (raw[k].text.empty() || field(raw[k].text))) ++k;
            if (k > i + 2) {
                for (std::size_t c = i; c < k; ++c) raw[c].text.clear();
                continue;
            }
        }
        // (Or a release's sign-off, "Released by" over its officer's name, rank, unit and telephone, "Released by Cpl. Madison
        // Bui-Lachance" / "Media Relations Officer" / "Office: 250-561-3300": it and the short lines under it.)
        // (Its lines say how to reach the officer: a telephone's figures, an address, a press office's word; "Issued by the
        // National Weather Service" over a forecast's totals is the story's.)
        // (A name and its rank after the words, each capitalized: "Released by police, he went home." is the story's.)
        if ((label.rfind("released by", 0) == 0 || label.rfind("issued by", 0) == 0) && countWords(mark) <= 8 && raw[i].kind != BlockKind::Heading &&
            [&] {
                const std::size_t words = label.rfind("released by", 0) == 0 ? 12 : 10;
                return mark.size() > words && allWordsCapitalized(mark.substr(words)) && mark.find(',') == std::string::npos;
            }()) {
            std::size_t end = i + 1;
            bool reach = false;
            for (; end < raw.size() && raw[end].kind != BlockKind::Heading && (raw[end].text.empty() || countWords(raw[end].text) <= 8); ++end) {
                const std::string line = lowerUtf8(raw[end].text);
                reach = reach || line.find('@') != std::string::npos ||
                        containsAnyOf(line, {"media relations", "communications officer", "public information officer", "press office",
                                             "office:", "phone:", "tel:", "tel.", "email:", "e-mail:", "cell:", "mobile:"});
            }
            if (reach) {
                for (std::size_t k = i; k < end; ++k) raw[k].text.clear();
                continue;
            }
        }
        if (contacts && raw[i].kind != BlockKind::Heading) {
            for (std::size_t k = i; k < raw.size() && raw[k].kind != BlockKind::Heading; ++k) raw[k].text.clear();
            continue;
        }
        // (In plain text, where headings are known only by their shape: "About Nordvind Energy" over the
        // company's boilerplate, in the second half of a release.)
        const std::string lower = lowerUtf8(raw[i].text);
        // (And the comments under their heading, "12 Comments", "3 thoughts on “…”": to the end.)
        // (A line of its own, no sentence: "Discussion of the plan continued." is the story's.)
        // (A heading of Markdown's too: comments and the page's foot follow it with no heading between.)
        // (Or a thread's own bar over its replies: "1.4k comments • Share • Save", "Sort by: best".)
        if ((plain_ || markdown_) && countWords(raw[i].text) <= 12 && isThreadBar(lower)) {
            for (std::size_t k = i; k < raw.size(); ++k) raw[k].text.clear();
            return;
        }
        if (countWords(raw[i].text) <= 16 && isCommentsHeading(withoutBracketedCount(lower)) && !isStoryUnderReactions(raw, i, lower) &&
            // (In Markdown a line in bold alone too, "**Top comments**", as a heading is written by hand.)
            (plain_ ? isUnpunctuatedShortLine(raw[i].text, 16) || lower.find("thought") != std::string::npos
                    : raw[i].kind == BlockKind::Heading || (markdown_ && isUnpunctuatedShortLine(raw[i].text, 4)))) {
            for (std::size_t k = i; k < raw.size(); ++k) raw[k].text.clear();
            return;
        }
        // (An about heading may name the company at length: "Chi è il Consorzio Mobilità Sotto la Mole".)
        // (And in Markdown a line set in bold alone, "**References**", as headings are written by hand.)
        // (A page's too, where a release sets its headings as paragraphs in bold: "<p><b>About Quillon</b></p>".)
        const bool shapedHeading = ((plain_ || markdown_) && (isAboutHeading(raw[i]) ||
                                                             (isUnpunctuatedShortLine(raw[i].text, 4) &&
                                                              (isReferenceSectionHeading(lower) || isSafeHarbourHeading(lower))))) ||
                                   (raw[i].kind == BlockKind::Paragraph &&
                                    (isAboutHeading(raw[i]) ||
                                     // ("Cautionary Note Regarding Forward-Looking Information": six words.)
                                     (isUnpunctuatedShortLine(raw[i].text, 8) && (isSafeHarbourHeading(lower) || isContactHeading(lower)))));
        // A wire's notes to its editors after the story, "Notizblock" (its links, places, contacts and dates under
        // headings of their own), or a heading that says all below is not for publication: to the end.
        // (A marker that ends on its colon or bracket marks only the notes under it: below.)
        const char marker = raw[i].text.empty() ? '.' : raw[i].text.back();
        if ((raw[i].kind == BlockKind::Heading || isUnpunctuatedShortLine(raw[i].text, 10)) && marker != ':' && marker != ')' && marker != ']' &&
            (lower == "notizblock" || lower == "# notizblock" || lower == "dpa-notizblock" || lower == "# dpa-notizblock" ||
             (countWords(raw[i].text) <= 10 && (lower.find("folgenden informationen sind nicht zur ver\xC3\xB6" "ffentlichung") != std::string::npos ||
                                                 lower.find("following is not for publication") != std::string::npos ||
                                                 lower.find("following information is not for publication") != std::string::npos)))) {
            for (std::size_t k = i; k < raw.size(); ++k) raw[k].text.clear();
            return;
        }
        // "Sobre SINC: la Agencia SINC es la primera agencia …", "About Acme: Acme builds …": the body's about block run into one
        // paragraph after the story, its heading before a colon.
        if (const std::size_t colon = raw[i].text.find(": "); raw[i].kind == BlockKind::Paragraph && colon != std::string::npos && colon < 60) {
            RawBlock heading = raw[i];
            heading.text = raw[i].text.substr(0, colon);
            if (countWords(heading.text) <= 5 && isAboutHeading(heading)) {
                raw[i].text.clear();
                continue;
            }
        }
        // A draft's notes marked as not for the public, "Court notes (not for publication):", and what is under
        // them up to the story's next paragraph.
        // (A marker's shape: a label ending on its colon or its bracket, "(NOT FOR PUBLICATION)"; "El juez pidió a los
        // medios no publicar sus nombres." is a sentence.)
        const char ending = raw[i].text.empty() ? '.' : raw[i].text.back();
        if (countWords(raw[i].text) <= 10 && (ending == ':' || ending == ')' || ending == ']') &&
            (lower.find("not for publication") != std::string::npos || lower.find("not for broadcast") != std::string::npos ||
             lower.find("nicht zur ver\xC3\xB6" "ffentlichung") != std::string::npos || lower.find("ne pas publier") != std::string::npos ||
             lower.find("no publicar") != std::string::npos || lower.find("non pubblicare") != std::string::npos ||
             lower.find("niet voor publicatie") != std::string::npos || lower.find("nie do publikacji") != std::string::npos)) {
            raw[i].text.clear();
            // (Up to the story's next paragraph: a sentence of ten words or more that is no list's item.)
            for (std::size_t k = i + 1; k < raw.size() && raw[k].kind != BlockKind::Heading &&
                                        !(raw[k].kind == BlockKind::Paragraph && countWords(raw[k].text) >= 10);
                 ++k) {
                raw[k].text.clear();
            }
            continue;
        }
        // An earnings release's call for investors, "Conference Call Information" over "… will host a conference call today at 2:00
        // p.m. PT. A live webcast will be available at …": the times to dial in, not the news; its section goes, to the next heading.
        if ((raw[i].kind == BlockKind::Heading || isUnpunctuatedShortLine(raw[i].text, 6)) &&
            startsWithAnyOf(lower, {"conference call", "earnings call", "webcast", "investor call", "earnings conference call",
                                    "conference call and webcast", "webcast and conference call"})) {
            std::size_t end = i + 1;
            while (end < raw.size() && (raw[end].text.empty() || (raw[end].kind != BlockKind::Heading && !isUnpunctuatedShortLine(raw[end].text, 6)))) {
                ++end;
            }
            std::string section;
            for (std::size_t k = i + 1; k < end; ++k) section += lowerUtf8(raw[k].text) + " ";
            if (section.find("conference call") != std::string::npos || section.find("webcast") != std::string::npos ||
                section.find("dial-in") != std::string::npos || section.find("dial ") != std::string::npos) {
                for (std::size_t k = i; k < end; ++k) raw[k].text.clear();
                continue;
            }
        }
        // (Or a page's label set as a paragraph over the list, "<div>Most Read<ol>…".)
        // (By its whole words only: "Plus de 600 emplois menacés" over the story's list opens on a label's words.)
        if (raw[i].kind == BlockKind::Paragraph && countWords(raw[i].text) <= 5 && isWholeRelatedLabel(raw[i].text) && [&] {
                std::size_t k = i + 1;
                while (k < raw.size() && raw[k].text.empty()) ++k;
                return k < raw.size() && raw[k].kind == BlockKind::ListItem;
            }()) {
            dropWithListUnder(i);
            continue;
        }
        if (raw[i].kind != BlockKind::Heading && !shapedHeading) continue;
        // A heading over other stories' titles ("Related", "Gerelateerd", "Leggi anche"): the list under it goes.
        if (raw[i].kind == BlockKind::Heading && isRelatedLabel(raw[i].text)) {
            dropWithListUnder(i);
            continue;
        }
        const bool boilerplate = isAboutHeading(raw[i]) || isAuthorBoxLabel(lower) || isContactHeading(lower) ||
                                 lower == "press office" || lower == "press enquiries" || lower.rfind("contact:", 0) == 0 ||
                                 lower.rfind("contacts", 0) == 0 || isSafeHarbourHeading(lower) ||
                                 lower.rfind("footnotes", 0) == 0 ||
                                 // a repository's own sections after a story published in it
                                 (markdown_ && (lower == "contributing" || lower == "how to contribute" || lower == "license" ||
                                                lower == "licence" || lower == "licencia" || lower == "lizenz" || lower == "licen\xC8\x9B\xC4\x83")) ||
                                 (isReferenceSectionHeading(lower) && !isStoryUnderNotes(raw, i, lower)) ||
                                 (isCommentsHeading(lower) && !isStoryUnderReactions(raw, i, lower)) ||
                                 isLinksHeadingOverLinks(raw, i, lower);
        if (!boilerplate) continue;
        const bool about = isAboutHeading(raw[i]);
        // ("About Pushpa 2" over "The film is a sequel to …": a story's crosshead on its subject, not a company's profile.)
        if (about && raw[i].kind == BlockKind::Heading && !opensProfile(raw, i)) continue;
        // (A safe harbour's statement is one long paragraph of law, or several that say "forward-looking".)
        const bool legal = isSafeHarbourHeading(lower);
        // (A safe harbour's heading heads a release's statement, "This press release contains forward-looking
        // statements within the meaning of …"; over a story's paragraph, "The agency said the company's
        // forward-looking statements were not protected …", it is the story's subheading.)
        if (legal) {
            std::size_t first = i + 1;
            while (first < raw.size() && raw[first].text.empty()) ++first;
            const std::string opening = first < raw.size() ? lowerUtf8(raw[first].text) : "";
            bool release = false;
            for (const char* phrase : {"this press release", "this news release", "this release", "this announcement", "this document",
                                       "this communication", "within the meaning of", "in connection with the proposed",
                                       "private securities litigation", "undertakes no obligation", "no obligation to update",
                                       "statements in this", "contains forward-looking", "contain forward-looking",
                                       "contains certain forward-looking", "may contain", "certain statements",
                                       // (a note on the measures: "Non-GAAP measures exclude stock-based compensation …")
                                       "non-gaap", "non-ifrs", "performance measures", "reconciliation"}) {
                release = release || opening.find(phrase) != std::string::npos;
            }
            if (!release) continue;
        }
        raw[i].text.clear();
        std::string previous;  // the last block cleared, as it was
        for (std::size_t k = i + 1; k < raw.size() && raw[k].kind != BlockKind::Heading; ++k) {
            // (Plain text has no heading to end the section: a paragraph of the story's length does.)
            const std::string next = lowerUtf8(raw[k].text);
            // (Another section's heading in plain text, "About …" over "Forward-Looking Statements": its own turn.)
            if (shapedHeading && isUnpunctuatedShortLine(raw[k].text, 4) &&
                (isSafeHarbourHeading(next) || isAboutHeading(raw[k]))) {
                break;
            }
            // (Its lines as a printed page wraps them run on: a line after one that ends no sentence is the statement's.)
            const bool runsOn = k > i + 1 && !previous.empty() && previous.back() != '.' && previous.back() != '!' && previous.back() != '?';
            const bool statement = legal && (k == i + 1 || runsOn || next.find("forward-looking") != std::string::npos ||
                                             next.find("risk") != std::string::npos || next.find("uncertaint") != std::string::npos ||
                                             next.find("actual results") != std::string::npos || next.find("obligation") != std::string::npos);
            // (A safe harbour's section holds its statements and the company's short lines: a paragraph of the
            // story's length after them that says no statement is the page's again.)
            if (legal && !statement && countWords(raw[k].text) > 40) break;
            if (shapedHeading && raw[i].kind != BlockKind::Heading && !statement && countWords(raw[k].text) > (about ? 60u : 40u)) break;
            if (!raw[k].text.empty()) previous = raw[k].text;
            raw[k].text.clear();
        }
    }
}

// A paragraph or item that is one link is a teaser for another page ("[Read: …]"), unless the page
// holds nothing else.
void Assembly::dropLinkTeasers(std::vector<RawBlock>& raw) const {
    std::vector<std::size_t> teasers;
    bool other = false;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i].text.empty() || raw[i].kind == BlockKind::Heading) continue;
        if (raw[i].link_density >= 0.9 && countWords(raw[i].text) <= 30) {
            teasers.push_back(i);
        } else {
            other = true;
        }
    }
    if (!other) return;
    // Decided for all before any is cleared: a list is judged as it stands.
    std::vector<std::size_t> drop;
    for (std::size_t i : teasers) {
        if (raw[i].kind != BlockKind::ListItem || !isItemOfWrittenList(raw, i)) drop.push_back(i);
    }
    for (std::size_t i : drop) raw[i].text.clear();
}

// Teasers for other stories: headings that link elsewhere, each with at most a line of summary, more
// than one of them. A roundup whose items link to a shop but are written up at length is the story.
void Assembly::dropTeaserRuns(std::vector<RawBlock>& raw) const {
    std::vector<std::size_t> teasers;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i].kind != BlockKind::Heading || raw[i].link_density < 0.8) continue;
        std::size_t words = 0;
        for (std::size_t k = i + 1; k < raw.size() && raw[k].kind != BlockKind::Heading; ++k) words += countWords(raw[k].text);
        if (words <= 40) teasers.push_back(i);
    }
    if (teasers.size() < 2) return;
    for (std::size_t i : teasers) {
        raw[i].text.clear();
        for (std::size_t k = i + 1; k < raw.size() && raw[k].kind != BlockKind::Heading; ++k) raw[k].text.clear();
    }
}

}  // namespace readcast::assembly
