// Placing each remaining block: captions under images, cut-off fragments, repeats, pull quotes, orphan headings.

#include "ingest/assembly/Assembly.hpp"
#include "ingest/assembly/LineShapes.hpp"

#include "core/Ascii.hpp"
#include "core/NewsAgencies.hpp"
#include "core/Url.hpp"
#include "core/WordSet.hpp"
#include "ingest/Boilerplate.hpp"
#include "ingest/DateParser.hpp"
#include "ingest/Furniture.hpp"
#include "ingest/QuoteAttribution.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <regex>

namespace readcast::assembly {

namespace {

// Whether `text` ends as a sentence does, on its full stop, mark or closing quote.
bool endsOnStop(const std::string& text) { return !text.empty() && std::string(".!?\"").find(text.back()) != std::string::npos; }

// "Manchester City 2-2 Arsenal": a match's result between the two sides' names, the story's own line under its
// headline, never a heading.
bool isResultLine(const std::string& text) {
    static const std::regex kResult("^[A-Z][A-Za-z.'&]*(?: [A-Z][A-Za-z.'&]*){0,3} \\d{1,3} ?(?:-|\xE2\x80\x93) ?\\d{1,3} "
                                    "[A-Z][A-Za-z.'&]*(?: [A-Z][A-Za-z.'&]*){0,3}$");
    return countWords(text) <= 10 && std::regex_match(text, kResult);
}

// "1:00 p.m. - Fed's John Williams speaks in NYC", "14.30 – Press conference": a schedule's entry, the time and what
// happens then, an item of the day's list and never a heading.
// Days and hours: "Mon–Fri 9am–5pm; Sat 10am–2pm", "Tues and Thurs 3.30pm–7.30pm (after-school sessions)", "Sat 8 Feb
// only, 9.30am–12.30pm": a day's name or its short form, and a time of day.
bool isOpeningHours(const std::string& text) {
    static const std::regex kDay("(?:^|[^A-Za-z])(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?s?(?:[^A-Za-z]|$)");
    static const std::regex kTime("[0-9](?:[.:][0-5][0-9])? ?(?:am|pm|a\\.m\\.|p\\.m\\.)|[0-9]{1,2}:[0-5][0-9]", std::regex::icase);
    return countWords(text) <= 16 && std::regex_search(text, kDay) && std::regex_search(text, kTime);
}

bool opensOnScheduledTime(const std::string& text) {
    std::size_t k = 0;
    while (k < text.size() && k < 2 && std::isdigit(static_cast<unsigned char>(text[k]))) ++k;
    if (k == 0 || k + 3 > text.size() || (text[k] != ':' && text[k] != '.') || !std::isdigit(static_cast<unsigned char>(text[k + 1])) ||
        !std::isdigit(static_cast<unsigned char>(text[k + 2]))) {
        return false;
    }
    std::string rest = lowerAscii(text.substr(k + 3));
    for (const char* half : {" a.m.", " p.m.", "a.m.", "p.m.", " am", " pm", "am", "pm"}) {
        if (rest.rfind(half, 0) == 0) {
            rest.erase(0, std::strlen(half));
            break;
        }
    }
    return rest.rfind(" - ", 0) == 0 || rest.rfind(" \xE2\x80\x93 ", 0) == 0 || rest.rfind(" \xE2\x80\x94 ", 0) == 0 ||
           rest.rfind(": ", 0) == 0;
}

// "[01:52:00] Board member Luis Ortega asked…": a recording's time code before a meeting's or a
// transcript's paragraph, where the video is, not what was said (text input loses it when read).
std::string withoutLeadingTimeCode(const std::string& text) {
    const std::size_t k = text.size() < 8 ? 0 : timeCodeEnd(text, 0);
    if (k == 0) return text;
    // ("[00:03:35] [Sound of ferry horn]": a transcript's cue for a sound, with nothing said.)
    std::string rest = text.substr(k);
    const std::string bare = collapseWhitespace(rest);
    if (bare.size() > 2 && ((bare.front() == '[' && bare.back() == ']') || (bare.front() == '(' && bare.back() == ')')) &&
        countWords(bare) <= 6) {
        return "";
    }
    return rest;
}

// A pull quote repeats a sentence of the story in large type: a quote block that is part of another
// block goes.
// A line that is all one quotation: '"You went for a funeral."', «Restituito alla città».
bool isQuotedWhole(const std::string& text) {
    const std::string t = collapseWhitespace(text);
    static const std::pair<const char*, const char*> kMarks[] = {
        {"\"", "\""}, {"\xE2\x80\x9C", "\xE2\x80\x9D"}, {"\xC2\xAB", "\xC2\xBB"}, {"\xE2\x80\x9E", "\xE2\x80\x9C"}};
    for (const auto& [open, close] : kMarks) {
        const std::size_t o = std::strlen(open), c = std::strlen(close);
        if (t.size() <= o + c || t.compare(0, o, open) != 0) continue;
        std::size_t end = t.size();
        while (end > 0 && (t[end - 1] == '.' || t[end - 1] == ',')) --end;
        if (end >= c && t.compare(end - c, c, close) == 0 && t.find(close, o) == end - c) return true;
    }
    return false;
}

// Its sentences, each folded for comparison ("You didn't go … haircut." and "You went for a funeral.").
std::vector<std::string> foldedSentences(const std::string& text) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t at = 0; at <= text.size(); ++at) {
        if (at == text.size() || ((text[at] == '.' || text[at] == '?' || text[at] == '!') && at + 1 < text.size() && text[at + 1] == ' ')) {
            const std::string f = foldForComparison(text.substr(start, at - start));
            if (f.size() >= 12) parts.push_back(f);
            start = at + 1;
        }
    }
    return parts;
}

// The quotation marks a story sets around what a pull quote repeats: “ ” „ « » ‘ ’.
constexpr const char* kQuotationMarks[] = {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E", "\xC2\xAB", "\xC2\xBB",
                                                  "\xE2\x80\x98", "\xE2\x80\x99"};

// `text` without the quotation marks above.
std::string withoutQuotationMarks(std::string text) {
    for (const char* mark : kQuotationMarks) {
        for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at)) text.erase(at, std::strlen(mark));
    }
    return text;
}

// A pull quote set in other words of the same sentence ("Low-paid workers are running to stand still"
// over "…low-paid workers were “running to stand still”"): its words in the paragraph in their order,
// four in five of them at least and two missing at most.
bool nearlyAllWordsIn(const std::string& quote, const std::string& paragraph) {
    // (Words as letters and figures alone: "still." and "still”" are "still".)
    const auto wordsOf = [](std::string text) {
        for (const char* mark : kQuotationMarks) {
            for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at)) text.replace(at, std::strlen(mark), " ");
        }
        std::vector<std::string> out(1);
        for (char c : text) {
            if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
                out.back() += c;
            } else if (!out.back().empty()) {
                out.emplace_back();
            }
        }
        if (out.back().empty()) out.pop_back();
        // (A contraction as its words: "won't" is "will not", "can't" and "cannot" "can not", as the story may write them.)
        std::vector<std::string> spelled;
        for (std::size_t k = 0; k < out.size(); ++k) {
            std::string w = out[k];
            const bool glued = w.size() > 5 && w.ends_with("n\xE2\x80\x99t");
            const bool split = k + 1 < out.size() && out[k + 1] == "t" && w.size() > 1 && w.back() == 'n';
            if (glued || split || w == "cannot") {
                w.resize(w.size() - (w == "cannot" ? 3 : glued ? 5 : 1));  // "can", "wo" of "won’t", "do" of "don" before "t"
                if (w == "wo") w = "will";
                if (w == "ca") w = "can";
                if (w == "sha") w = "shall";
                spelled.push_back(w);
                spelled.push_back("not");
                if (split) ++k;
                continue;
            }
            spelled.push_back(w);
        }
        return spelled;
    };
    const std::vector<std::string> words = wordsOf(quote);
    if (words.size() < 6) return false;
    const std::vector<std::string> there = wordsOf(paragraph);
    // (In order: each found after the one before it, within a sentence's reach of it; tried from each place the quote's first
    // word stands, "it" being said earlier in a long paragraph too.)
    // (The quote's first words may be the desk's own, "El acusado" for the story's "el exalcalde": `skip` of them are passed over,
    // counted as missing.)
    // (A word that turns the sentence round, in one and not in the other, makes it another sentence: the story's "We will protect
    // every teaching post" and a quote's "They cannot protect every teaching post" are two speakers. "won't" and "will not" are
    // the same.)
    // (Contractions are their words already, "cannot" and "won't" "can not" and "will not": "not" covers them.)
    const auto negation = [](const std::string& w) {
        static constexpr WordSet kNegations({"doubt", "kein", "keine", "n\xC3\xA3o", "ne", "neither", "never", "nicht", "nie", "niet", "no",
                                             "nobody", "non", "none", "nor", "not", "nothing", "nunca", "pas"});
        return kNegations.count(w) != 0;
    };
    const bool quoteNegated = std::any_of(words.begin(), words.end(), negation);
    const auto matchesFrom = [&](std::size_t start, std::size_t skip = 0) {
        std::size_t found = 0, at = start, missing = skip, first = there.size();
        for (std::size_t q = skip; q < words.size(); ++q) {
            const std::string& w = words[q];
            const auto limit = there.begin() + static_cast<std::ptrdiff_t>(std::min(there.size(), at + (found == 0 ? there.size() : 4)));
            const auto hit = std::find(there.begin() + static_cast<std::ptrdiff_t>(std::min(at, there.size())), limit, w);
            if (hit == limit) {
                ++missing;
                continue;
            }
            if (found == 0) first = static_cast<std::size_t>(hit - there.begin());
            ++found;
            at = static_cast<std::size_t>(hit - there.begin()) + 1;
        }
        if (found == 0) return false;
        // (The paragraph's words the quote spans, a word before them too: "They cannot protect" over "We will not protect".)
        const auto spanFrom = there.begin() + static_cast<std::ptrdiff_t>(first == 0 ? 0 : first - 1);
        if (quoteNegated != std::any_of(spanFrom, there.begin() + static_cast<std::ptrdiff_t>(at), negation)) return false;
        return found * 10 >= words.size() * 8 && missing <= 2;
    };
    if (matchesFrom(0)) return true;
    for (std::size_t start = 1; start < there.size(); ++start) {
        if (there[start] == words[0] && matchesFrom(start)) return true;
    }
    for (std::size_t skip = 1; skip <= 2 && words.size() >= 10; ++skip) {
        for (std::size_t start = 0; start < there.size(); ++start) {
            if (there[start] == words[skip] && matchesFrom(start, skip)) return true;
        }
    }
    return false;
}

// "This issue is brought to you by VoltWorks.", "Today's newsletter is sponsored by …", "Sponsored by …": a sponsor's read opens on
// its line, and quotes nobody.
bool opensOnSponsor(const std::string& text) {
    if (text.find('"') != std::string::npos || text.find("\xE2\x80\x9C") != std::string::npos || text.find("\xE2\x80\x98") != std::string::npos) {
        return false;
    }
    const std::string lower = lowerUtf8(text.substr(0, 80));
    for (const char* opening : {"this issue is ", "this week's issue is ", "today's issue is ", "this newsletter is ", "today's newsletter is ",
                                "this edition is ", "this episode is ", "this email is ", "sponsored by ", "brought to you by ", "presented by ",
                                "today's sponsor", "a word from our sponsor", "our sponsor"}) {
        if (lower.rfind(opening, 0) == 0 && (lower.find("brought to you by") != std::string::npos || lower.find("sponsor") != std::string::npos ||
                                             lower.find("presented by") != std::string::npos || lower.find("supported by") != std::string::npos)) {
            return true;
        }
    }
    return false;
}

}  // namespace

// Nothing of the story's body read yet: no paragraph of a sentence's length that ends as one (a standfirst has no
// full stop).
bool Assembly::atTopOfStory() const {
    for (const Block& b : article_.blocks) {
        if (b.kind == BlockKind::Paragraph && countWords(b.text) >= 12 && endsOnStop(b.text)) {
            return false;
        }
    }
    return true;
}

void Assembly::place(RawBlock& block) {
    // (Whether a label that ends on its colon, "Key points:", or a point under it came last: placed or not.)
    const bool underLabel = underLabel_;
    underLabel_ = !block.text.empty() && block.text.back() == ':' && countWords(block.text) <= 6;
    for (const Image& image : block.images) {
        if (article_.lead_image_url.empty()) article_.lead_image_url = image.url;
        pendingAlts_.push_back(image.alt);
        blocksSinceImage_ = 0;
    }
    const bool afterImageOnly = lastWasImageOnly_;
    lastWasImageOnly_ = !block.images.empty() && block.text.empty();
    // Photo credits run on at the end of a standfirst are not part of it (a caption keeps its own:
    // captions are not read, and their credits are kept as credits).
    std::string text = block.kind == BlockKind::Paragraph ? withoutTrailingCredits(block.text) : block.text;
    if (block.kind == BlockKind::Paragraph && !article_.hasReadableBody()) text = withoutLeadingDate(text);
    if (block.kind == BlockKind::Paragraph) text = withoutUpdateLabel(withoutLeadingTimeCode(text));
    // ("– Clinical remission rate of 31.4% versus 9.8% for placebo –": a release's summary line set between dashes.)
    for (const char* dash : {"\xE2\x80\x93", "\xE2\x80\x94"}) {
        const std::string open = std::string(dash) + " ", close = std::string(" ") + dash;
        if (text.size() > open.size() + close.size() + 8 && text.rfind(open, 0) == 0 && text.ends_with(close)) {
            text = collapseWhitespace(text.substr(open.size(), text.size() - open.size() - close.size()));
            if (std::isalnum(static_cast<unsigned char>(text.back())) || text.back() == ')') text += '.';
        }
    }
    // (A separator, "—" or "* * *", is no block: nothing to say, and no heading beside the next one.)
    // (A review's rating in stars alone, "★★★★☆", is its verdict: the normalizer says it, "four stars out of five".)
    if (text.empty() || (!hasLetterOrDigit(text) && text.find("\xE2\x98\x85") == std::string::npos)) return;
    ++blocksSinceImage_;
    std::vector<Block>& out = article_.blocks;
    // The page's visible headline above the body is the title again, in other words perhaps.
    if (!plain_ && block.kind == BlockKind::Heading && block.level == 1 && !article_.hasReadableBody()) return;
    // Before the body, a heading that is part of the title is the title again, set over two
    // headings ("Open Journalism Project:" over "Better Student Journalism").
    if (!plain_ && block.kind == BlockKind::Heading && !article_.hasReadableBody() && countWords(text) >= 2 &&
        !article_.title.empty()) {
        const std::string part = foldForComparison(text);
        if (!part.empty() && foldForComparison(article_.title).find(part) != std::string::npos) return;
    }
    // A callout box beside the story, in a quote block or a line of its own.
    if (block.kind == BlockKind::Quote && isCalloutBox(text) && countWords(text) <= 60) return;
    // A sponsor's read set in a quote block, as newsletters set it between rules: "> This issue is brought to you by VoltWorks.
    // VoltWorks helps installers quote heat pumps in minutes. Use code GRID20 … Try it free →". (Not a quoted person's words
    // holding a prompt, nor one quoting a sponsor's words: it opens on the sponsor's line and quotes nobody.)
    if (block.kind == BlockKind::Quote && countWords(text) <= 60 && opensOnSponsor(text) && holdsAPrompt(text) && storyAroundPrompts(text).empty()) return;
    // A quotation with its speaker after a dash says who spoke: "“… nobody's laughing.” — Sir Peter Beck".
    if (block.kind == BlockKind::Quote || block.kind == BlockKind::Paragraph) text = withSpokenAttribution(text, block.kind == BlockKind::Quote);
    // (Or a short paragraph with a prompt among its sentences: "Dit artikel is gratis te lezen dankzij
    // onze donateurs. Steun Vallei Vandaag vanaf € 3 per maand.")
    if ((isBoilerplate(text) || (block.kind == BlockKind::Paragraph && countWords(text) <= 40 && holdsAPrompt(text))) &&
        !isStepAskingTheReader(block)) {
        if (block.kind != BlockKind::Paragraph) return;
        // (A label and a link to another story, the paragraph a link nearly all: "RELATED: Frozen pipes?
        // Here's how to prevent them" is the teaser whole.)
        if (block.link_density >= 0.7) return;
        // (A citation's title is no story around it.)
        if (isCitation(text)) return;
        text = storyAroundPrompts(text);
        if (text.empty()) return;
    }
    if (isCreditLine(text)) {
        out.push_back({BlockKind::Credit, text, 0, block.offset});
        return;
    }
    // (A press contact's line among a release's last ones, a name and a number with no sentence: "Marcus Lindqvist, Chief
    // Financial Officer +44 (0)20 7946 0321".)
    if (block.kind != BlockKind::Heading && countWords(text) <= 14 && !endsOnStop(text) && isContactLine(text)) return;
    // A list item right under a figure that has no caption of its own is its caption, and so is a
    // line in italics or one ending in a photo credit, under the image or beside it in its paragraph.
    // (Not before the body: a standfirst in italics under the lead image is the story's.)
    // (But one that ends in a photo credit is a caption there too.)
    const bool imageHere = afterImageOnly || !block.images.empty();
    const bool besideImage = imageHere && article_.hasReadableBody();
    const bool italic = block.italic_share >= 0.9;
    // (Text copied from a page holds no image, and its captions come with their credits run on: "… in Nairobi on January
    // 9, 2025. Photo | Dennis Onsongo | Nation Media Group", "… near Westgate Shopping Centre. (Claridge Homes)". A
    // paragraph that ends so is the picture's caption, before the body too: a standfirst carries no credit of its own.)
    // (Or, before the story, one that ends on a name in brackets after its full stop: "An artist's rendering shows the
    // proposed tower at 1081 Carling Ave. (Claridge Homes)"; at the story's end such a name is its writer's.)
    const auto signedOverStory = [&] {
        if (!atTopOfStory() || countWords(block.text) > 40) return false;
        const std::string unsignedText = withoutClosingSignature(block.text);
        // (A lede signed by its agency, "… said on Monday. (Kenya News Agency)", reports what someone said.)
        return unsignedText != block.text && countWords(unsignedText) + 2 <= countWords(block.text) &&
               !containsAnyOf(lowerUtf8(block.text), {" said", " says", " told", "agency)", "news)", "press)"});
    };
    // (Right under an image, before the body too, a line that ends on its source's name in brackets after its full stop, small
    // words in the name too: "A rendering of the proposed 8th Street station. (City of Saskatoon)". A standfirst names no
    // source.)
    const auto creditedInBrackets = [&] {
        const std::string t = collapseWhitespace(block.text);
        const std::size_t open = t.rfind(" (");
        if (!imageHere || t.empty() || countWords(t) > 30 || t.back() != ')' || open == std::string::npos || open == 0 || std::string(".!?").find(t[open - 1]) == std::string::npos) {
            return false;
        }
        // (An agency's name signs a lede, "… on Monday. (Kyodo News)", "(The Canadian Press)": no picture's source.)
        const std::string inside = t.substr(open + 2, t.size() - open - 3);
        const std::string lower = lowerUtf8(inside);
        if (!newsAgencyName(inside).empty() || containsAnyOf(lower, {"news", "press", "agency", "wire"}) ||
            containsAnyOf(lowerUtf8(t), {" said", " says", " told"})) {
            return false;
        }
        const std::vector<std::string> words = splitWords(inside);
        return !words.empty() && words.size() <= 5 && std::isupper(static_cast<unsigned char>(words.front()[0])) &&
               std::all_of(words.begin(), words.end(), [](const std::string& w) {
                   return w.find_first_of("0123456789,:;!?") == std::string::npos &&
                          (std::isupper(static_cast<unsigned char>(w[0])) || w == "of" || w == "the" || w == "and" || w == "&" || w == "de" || w == "du");
               });
    };
    const bool pastedCaption = (plain_ || markdown_) && block.kind == BlockKind::Paragraph && countWords(text) <= 60 &&
                               (endsWithPhotoCredit(block.text) || signedOverStory());
    // (Not the first of a list's several points: GOV.UK's summary bullets under its lead picture.)
    const auto firstOfList = [&] {
        if (raw_ == nullptr) return false;
        const auto at = static_cast<std::size_t>(&block - raw_->data());
        // (A caption and its credit set as two items are the picture's: "Photo: Jane Doe / Reuters".)
        return at + 1 < raw_->size() && (*raw_)[at + 1].kind == BlockKind::ListItem && !(*raw_)[at + 1].text.empty() &&
               !isCreditLine((*raw_)[at + 1].text) && !isPhotoCredit((*raw_)[at + 1].text);
    };
    if (isCaptionOfPendingImage(text) || (afterImageOnly && block.kind == BlockKind::ListItem && !firstOfList()) || pastedCaption ||
        (besideImage && countWords(text) <= 60 && (italic || endsWithPhotoCredit(block.text) || signedOverStory())) || creditedInBrackets() ||
        ((!block.images.empty() || (imageHere && italic)) && countWords(text) <= 60 && endsWithPhotoCredit(block.text))) {
        pushCaption(text, block.offset, out);
        pendingAlts_.clear();
        return;
    }
    if (blocksSinceImage_ > 1) pendingAlts_.clear();
    if (isCutOffFragment(block) || isRepeat(text)) return;

    std::string body, credit;
    if (block.kind == BlockKind::Paragraph && splitTrailingCredit(text, body, credit)) {
        // A paragraph with an agency credit right under an image is that image's caption.
        if (blocksSinceImage_ == 1 && !article_.lead_image_url.empty()) {
            pushCaption(text, block.offset, out);
        } else {
            if (!body.empty()) out.push_back({BlockKind::Paragraph, body, 0, block.offset});
            out.push_back({BlockKind::Credit, credit, 0, block.offset});
        }
        return;
    }
    BlockKind kind = block.kind;
    int level = block.level;
    // A "heading" of a whole paragraph, as Markdown makes of lines underlined by "--", is the story's text.
    if (kind == BlockKind::Heading && countWords(text) > 30) kind = BlockKind::Paragraph;
    // (A line that opens with a dash, "— Ivan Petrov, mayor", is a quote's attribution or a sign-off, never
    // a subheading.)
    const bool dashed = text.rfind("\xE2\x80\x94", 0) == 0 || text.rfind("\xE2\x80\x93", 0) == 0 || text.rfind("-- ", 0) == 0;
    // (The points under a label that ends on its colon, "Key points:" over "Aspirin increased the risk of major bleeding by
    // 38 per cent", are a list's, one a line without its full stop: no headings, no standfirst.)
    // (A line apart over a paragraph of prose, "What happens next", is the next part's heading.)
    const auto proseNext = [&] {
        if (raw_ == nullptr) return false;
        for (auto k = static_cast<std::size_t>(&block - raw_->data()) + 1; k < raw_->size(); ++k) {
            const std::string& t = (*raw_)[k].text;
            if (t.empty()) continue;
            return countWords(t) >= 8 && endsOnStop(t);
        }
        return false;
    };
    if (plain_ && underLabel && kind == BlockKind::Paragraph && countWords(text) <= 40 &&
        !endsOnStop(text) && (block.joined_to_previous || !proseNext())) {
        kind = BlockKind::ListItem;
        underLabel_ = true;
    }
    if (plain_ && kind == BlockKind::Paragraph && !dashed && isUnpunctuatedShortLine(text, kMaxHeadingWords) && &block != standfirst_) {
        // (A line of many figures, a match's brief score, "Australia 288/8 (T. Head 98, S. Smith 56; J. Bumrah 3-41)", is
        // the story's data, read as a list's item: no heading holds three figures and more.)
        std::size_t figures = 0;
        for (std::size_t k = 0; k < text.size(); ++k) {
            figures += std::isdigit(static_cast<unsigned char>(text[k])) && (k == 0 || !std::isdigit(static_cast<unsigned char>(text[k - 1]))) &&
                       (k == 0 || (text[k - 1] != '.' && text[k - 1] != ','));
        }
        // (Or a table's row, three figures ending it: "Service revenue 173.4 152.4 +13.8%".)
        const bool row = figures >= 3 && (std::isdigit(static_cast<unsigned char>(text.back())) || text.back() == '%');
        // (Or a notice's venue and its hours, "Harrowdene Leisure Centre, Station Road, HD4 7QT" over "Tues and Thurs
        // 3.30pm–7.30pm": an address ends on its postcode, a schedule names its days and its hours.)
        const bool venue = text.find(", ") != std::string::npos && endsOnPostalCode(text);
        kind = opensOnScheduledTime(text) || figures >= 4 || row || venue || isOpeningHours(text) ? BlockKind::ListItem
               : isResultLine(text) || isMatchMinute(text)                                       ? BlockKind::Paragraph
                                                                                                 : BlockKind::Heading;
        level = 2;
    }
    if (kind == BlockKind::Heading && level < 2) level = 2;
    out.push_back({kind, text, level, block.offset});
}

// "… on or before Dec. 15. /cb": an editor's initials after a slash at the end of the story's last paragraph, as the
// Philippines' papers sign their copy; not read.
std::string Assembly::withoutEditorsSlash(const std::string& text) {
    std::size_t end = text.size();
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t slash = end;
    while (slash > 0 && std::islower(static_cast<unsigned char>(text[slash - 1]))) --slash;
    if (end - slash < 2 || end - slash > 4 || slash < 3 || text[slash - 1] != '/' || text[slash - 2] != ' ') return text;
    std::size_t before = slash - 2;
    while (before > 0 && text[before - 1] == ' ') --before;
    if (before == 0 || std::string(".!?\"").find(text[before - 1]) == std::string::npos) {
        if (!(before >= 3 && text.compare(before - 3, 3, "\xE2\x80\x9D") == 0)) return text;
    }
    return text.substr(0, before);
}

// "Labour 34%" over "Conservative 24%" over "Reform 18%": short lines set close together, each with its
// figure, are a list's items (a poll's, a budget's), not subheadings, which would be left with nothing
// under them.
void Assembly::markFigureLists(std::vector<RawBlock>& raw) {
    // (One figure or two a line: a table's rows of several, "S&P 500 5,308.15 +61.47 +1.17%", are not read.)
    const auto item = [&](std::size_t k) {
        const std::string& t = raw[k].text;
        if (raw[k].kind != BlockKind::Paragraph || t.empty() || countWords(t) > 8 || !isUnpunctuatedShortLine(t, 8)) return false;
        std::size_t figures = 0;
        for (const std::string& w : splitWords(t)) figures += w.find_first_of("0123456789") != std::string::npos;
        return figures >= 1 && figures <= 2;
    };
    for (std::size_t i = 0; i < raw.size();) {
        std::size_t end = i;
        while (end < raw.size() && item(end) && (end == i || raw[end].joined_to_previous)) ++end;
        if (end - i >= 3) {
            for (std::size_t k = i; k < end; ++k) raw[k].kind = BlockKind::ListItem;
        }
        i = std::max(end, i + 1);
    }
}

// "April 17, 2015 -- Imagine being sick…": the story's first paragraph opening with its date, as some
// sites set it. The date is the publication date when the page declared none, and is not read there.
std::string Assembly::withoutLeadingDate(const std::string& text) {
    for (const char* dash : {" -- ", " \xE2\x80\x94 ", " \xE2\x80\x93 "}) {
        const std::size_t at = text.find(dash);
        if (at == std::string::npos || at == 0) continue;
        const std::string head = text.substr(0, at);
        if (countWords(head) > 6 || head.find_first_of("0123456789") == std::string::npos) continue;
        // ("AUSTIN, Texas, Aug. 5, 2025 /PRNewswire/ --": a dateline with its place, read by its own rule.)
        if (head.find('/') != std::string::npos || head.find('(') != std::string::npos) continue;
        std::size_t capitals = 0;
        while (capitals < head.size() && (std::isupper(static_cast<unsigned char>(head[capitals])) || head[capitals] == ' ')) ++capitals;
        if (capitals >= 4 && capitals < head.size() && head[capitals] == ',') continue;
        const auto date = parseDate(head);
        if (!date) continue;
        // "March 11, 1938 – June 2, 2024": a span of two dates (a life, a war) is read as it is.
        const std::string tail = text.substr(at + std::string(dash).size());
        // (Alone or opening the standfirst: "3 March 1938 – 5 October 2025. The former lock, …".)
        const std::size_t stop = tail.find(". ");
        const std::string tailHead = stop == std::string::npos ? tail : tail.substr(0, stop);
        if (countWords(tailHead) <= 6 && parseDate(tailHead)) return text;
        if (!article_.published) article_.published = date;
        return text.substr(at + std::string(dash).size());
    }
    return text;
}

bool Assembly::isCaptionOfPendingImage(const std::string& text) const {
    for (const std::string& alt : pendingAlts_) {
        if (sameCaption(alt, text)) return true;
    }
    return false;
}

// A fragment that starts in lower case and ends without punctuation is the tail of something the
// copy-paste cut ("with the Korea JoongAng Daily"), not a sentence of the article.
bool Assembly::isCutOffFragment(const RawBlock& block) const {
    // (An address a sentence leads up to is no fragment: takeAddressLines kept it for that.)
    return plain_ && block.kind == BlockKind::Paragraph && std::islower(static_cast<unsigned char>(block.text[0])) &&
           isUnpunctuatedShortLine(block.text, kMaxHeadingWords) && !isBareWebAddressWithPath(collapseWhitespace(block.text));
}

// Copy-pasted text repeats lines by accident; a page repeating a paragraph or a heading (a
// recurring subhead, a list of similar items) means it, so there only the title's repeat goes.
// (A short field again, "DATE: Thursday 08.05.2025" under each county of a notice, is the notice's.)
bool Assembly::isRepeat(const std::string& text) {
    const std::string folded = foldForComparison(text);
    if (seen_.empty() && !article_.title.empty()) seen_.insert(foldForComparison(article_.title));
    const std::size_t colon = text.find(": ");
    const bool field = colon != std::string::npos && colon > 0 && countWords(text.substr(0, colon)) <= 2 && countWords(text) <= 8;
    // (Nor a name alone on its line, a transcript's speaker over each of their turns: "Raj Subramanian" before his answer
    // as before his remarks.)
    const std::size_t words = countWords(text);
    const bool speaker = words >= 2 && words <= 4 && allWordsCapitalized(text) && text.find_first_of("0123456789.!?:;,|") == std::string::npos &&
                         text != upperAscii(text);
    // (Before the body, a headline shown with the label its title lost, the page's title only the part after a colon:
    // "Incident: A321 near Shannon, smoke in cockpit" in a table-laid page's headline cell.)
    const bool title = !article_.hasReadableBody() && isTitleAgain(text, article_.title);
    return folded.empty() || title ||
           (!seen_.insert(folded).second && ((plain_ && !field && !speaker) || folded == foldForComparison(article_.title)));
}

void Assembly::dropRepeatedPullQuotes() {
    std::vector<Block>& out = article_.blocks;
    // A pull quote with its speaker after a dash in the same box ("… very often.- Cliff Narang, B.C. Wildfire
    // Service"): the quote alone is compared.
    const auto withoutSpeaker = [](const std::string& text) {
        for (const char* dash : {"- ", "\xE2\x80\x94 ", "\xE2\x80\x93 ", "\xE2\x80\x94", "\xE2\x80\x93"}) {
            const std::size_t at = text.rfind(dash);
            if (at == std::string::npos || at < 2) continue;
            std::size_t before = at;
            while (before > 0 && text[before - 1] == ' ') --before;
            const std::string rest = text.substr(at + std::strlen(dash));
            if (before > 0 && std::string(".!?\"").find(text[before - 1]) != std::string::npos && countWords(rest) <= 10 &&
                std::string(".!?").find(rest.empty() ? '.' : rest.back()) == std::string::npos) {
                return text.substr(0, before);
            }
            if (before >= 3 && (text.compare(before - 3, 3, "\xE2\x80\x9D") == 0) && countWords(rest) <= 10) return text.substr(0, before);
        }
        return text;
    };
    std::vector<std::string> folded;
    for (const Block& b : out) {
        // Without quotation marks, which the story sets around more words than the pull quote repeats.
        folded.push_back(withoutQuotationMarks(foldForComparison(b.kind == BlockKind::Quote ? withoutSpeaker(b.text) : b.text)));
    }
    std::vector<bool> drop(out.size(), false);
    std::size_t candidates = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const std::size_t words = countWords(out[i].text);
        // (In plain text a pull quote is a line that is all one quotation.)
        // (On a page, a strapline over the story that is all one quotation too: "\"It's like seeing a 10-year-old who's
        // already 6 feet tall.\"", which the story quotes again with its speaker.)
        // (Or a paragraph all in quotation marks right after the sentence it repeats, a pull quote a page's data set among its
        // paragraphs: "…which makes it easiest to judge the Vision Pro on what won't change." over "\"It's easiest to judge
        // the Vision Pro on what won't change\"".)
        const bool echoed = !plain_ && i > 0 && out[i].kind == BlockKind::Paragraph && isQuotedWhole(out[i].text) &&
                            isBodyKind(out[i - 1].kind) && nearlyAllWordsIn(lowerUtf8(out[i].text), lowerUtf8(out[i - 1].text));
        if (echoed && countWords(out[i].text) >= 4) {
            drop[i] = true;
            continue;
        }
        const bool candidate = plain_ ? isQuotedWhole(out[i].text) : out[i].kind == BlockKind::Quote || (i <= 2 && isQuotedWhole(out[i].text));
        // (A page has a few pull quotes; a dialogue set in quoted lines is not compared with everything.)
        if (!candidate || words < 4u || words > 40 || ++candidates > 40) continue;
        const std::string quote = plain_ ? out[i].text : withoutSpeaker(out[i].text);
        const std::string lowerQuote = lowerUtf8(quote);
        // (Its sentences without their quotation marks too, as the story's are compared: "“The light doesn’t need me. I think I
        // need the light.”" against "“The light doesn’t need me,” he said, … “I think I need the light.”")
        const std::vector<std::string> parts = foldedSentences(withoutQuotationMarks(quote));
        for (std::size_t k = 0; k < out.size() && !drop[i]; ++k) {
            if (k == i || drop[k] || !isBodyKind(out[k].kind) || folded[k].size() <= folded[i].size()) continue;
            // The whole of it, or each of its sentences where the story has the speaker between them.
            bool each = parts.size() >= 2;
            for (const std::string& part : parts) each = each && folded[k].find(part) != std::string::npos;
            drop[i] = folded[k].find(folded[i]) != std::string::npos || each ||
                      (!plain_ && nearlyAllWordsIn(lowerQuote, lowerUtf8(out[k].text)));
            // Its attribution goes with it ("Karl-Heinz Vogt, Pro Bahn", "Ayşe Demir, commuter"): a short
            // line without a full stop whose names the story's sentence already gave (its small words,
            // a role, need not be there).
            if (drop[i] && i + 1 < out.size() && countWords(out[i + 1].text) <= 8 && out[i + 1].kind != BlockKind::Heading &&
                isUnpunctuatedShortLine(out[i + 1].text, 8)) {
                // (The story may name the speaker shorter: "Deputy Falle" for "Deputy Rhiannon Falle".)
                std::size_t given = 0, missing = 0;
                for (const std::string& w : splitWords(out[i + 1].text)) {
                    const std::string f = foldForComparison(w);
                    const bool small = std::islower(static_cast<unsigned char>(w[0])) != 0;
                    if (f.empty() || small) continue;
                    (folded[k].find(f) != std::string::npos ? given : missing) += 1;
                }
                // (Or the story names them by the surname alone: "Til" for the pull quote's "Guus Til".)
                // (Or a name and a title alone, every word a capital's, "Consumers' Counsel Maureen R. Willis": the dropped quote's
                // credit, whoever the story quoted.)
                drop[i + 1] = missing == 0 || (missing == 1 && (given >= 2 || (given == 1 && countWords(out[i + 1].text) <= 3))) ||
                              (countWords(out[i + 1].text) >= 2 && allWordsCapitalized(out[i + 1].text) && out[i + 1].kind != BlockKind::Paragraph);
            }
        }
    }
    std::vector<Block> kept;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (!drop[i]) kept.push_back(std::move(out[i]));
    }
    out = std::move(kept);
}

// Headings with no body after them are interface labels left at the end of a page. In plain text,
// where headings are known only by their shape, two in a row are menu lines, not subheads.
void Assembly::dropOrphanHeadings() {
    std::vector<Block>& out = article_.blocks;
    // A fact box in plain text: short lines of a label and a figure under a title ("At a glance: the
    // Eastern extension" over "Length: 6.8km…", "Cost: £412m…"), shaped as headings, are its list.
    const auto fact = [](const std::string& t) { return isBoxFact(t); };
    for (std::size_t i = 0; plain_ && i < out.size();) {
        std::size_t end = i;
        std::size_t facts = 0;
        while (end < out.size() && out[end].kind == BlockKind::Heading) facts += fact(out[end++].text);
        if (facts >= 2) {
            for (std::size_t k = fact(out[i].text) ? i : i + 1; k < end; ++k) out[k].kind = BlockKind::ListItem;
        }
        i = end > i ? end : i + 1;
    }
    // (A results list in plain text, its lines short and unpunctuated as headings are, each opening on its place: "1.
    // Tadej Pogačar (Slo) UAE Team Emirates-XRG, 4:07:18" over "2. Jonas Vingegaard (Den) Visma-Lease a Bike, at 2:10".)
    const auto ranked = [&](std::size_t k) { return k < out.size() && opensOnListPlace(out[k].text); };
    // (Or a match's scorers, each side's line its score and the scorers in brackets: "Chiefs 27 (Wallace Sititi, Emoni Narawa
    // tries; Damian McKenzie 3 cons, 2 pens)" over "Hurricanes 24 (…)".)
    const auto scored = [&](std::size_t k) {
        if (k >= out.size()) return false;
        const std::string& t = out[k].text;
        const std::size_t open = t.find(" (");
        if (open == std::string::npos || open == 0 || !std::isdigit(static_cast<unsigned char>(t[open - 1])) || t.back() != ')') return false;
        return countWords(t.substr(open + 2)) >= 3;
    };
    for (std::size_t i = 0; plain_ && i < out.size(); ++i) {
        if (out[i].kind != BlockKind::Heading) continue;
        if ((ranked(i) && (ranked(i + 1) || (i > 0 && ranked(i - 1)))) || (scored(i) && (scored(i + 1) || (i > 0 && scored(i - 1))))) {
            out[i].kind = BlockKind::ListItem;
        }
    }
    // (Unless the article is headings alone, over its pictures: then they are what it says.)
    if (!plain_ && !article_.hasReadableBody()) return;
    std::vector<bool> drop(out.size(), false);
    bool bodyAfter = false;
    // (A notice's field set as a heading, "AREA: PART OF KAREN" under "NAIROBI COUNTY", over its facts: a heading beside
    // it is no menu's line.)
    // (Its fields may follow one another as headings, "AREA: …" over "DATE: …", the facts under the last.)
    const auto labelled = [&](std::size_t k) {
        const std::string& t = out[k].text;
        const std::size_t colon = t.find(": ");
        return out[k].kind == BlockKind::Heading && colon != std::string::npos && colon > 0 && countWords(t.substr(0, colon)) <= 2;
    };
    const auto field = [&](std::size_t k) {
        std::size_t end = k;
        while (end < out.size() && labelled(end)) ++end;
        return end > k && end < out.size() && isBodyKind(out[end].kind);
    };
    // (A line of fields over a heading, "Course: Dessert | Cuisine: American" over "Ingredients", is no menu's neighbour.)
    const auto fields = [&](std::size_t k) { return labelled(k) && out[k].text.find(": ", out[k].text.find(": ") + 2) != std::string::npos; };
    for (std::size_t i = out.size(); i-- > 0;) {
        const bool heading = out[i].kind == BlockKind::Heading;
        const bool headingNext = i + 1 < out.size() && out[i + 1].kind == BlockKind::Heading && !field(i + 1);
        const bool headingBefore = i > 0 && out[i - 1].kind == BlockKind::Heading && !fields(i - 1) && !field(i);
        if (isBodyKind(out[i].kind)) bodyAfter = true;
        // (And in pasted text a section's path set as a heading: "Local News | City Hall".)
        drop[i] = heading && (!bodyAfter || (plain_ && (headingNext || headingBefore || isMenuRow(out[i].text))));
    }
    std::vector<Block> kept;
    kept.reserve(out.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (!drop[i]) kept.push_back(std::move(out[i]));
    }
    out = std::move(kept);
}

// Before the body, the writer's name alone on its line is the byline again: a blog's header, "Dana Whitfield" over its "Follow"
// button. (Looked for once every line is placed: the byline may come from the writer's credit at the foot.)
void Assembly::dropBylineRepeated() {
    if (article_.byline.empty()) return;
    std::vector<Block>& blocks = article_.blocks;
    // (Over the story, or under its standfirst: "Com 100% das freguesias apuradas, …" over "Inês Carvalho e Rui Tavares
    // Lopes". Several writers take more words.)
    std::size_t longParagraphs = 0;
    for (std::size_t k = 0; k < blocks.size(); ++k) {
        const Block& b = blocks[k];
        // (The byline's box of a dozen words and more, its job and times, counts as no paragraph of the story: looked at first.)
        if (b.kind == BlockKind::Paragraph && countWords(b.text) >= 12 && !isBylineSignedAgain(b.text, article_.byline) && ++longParagraphs >= 2) {
            return;
        }
        // ("Rizky Pratama - Kabar Nusantara": the writer and the publication, as the byline box sets them.)
        const auto withSite = [&] {
            if (article_.site.empty() || b.text.rfind(article_.byline, 0) != 0) return false;
            const std::string rest = collapseWhitespace(b.text.substr(article_.byline.size()));
            for (const char* sep : {"- ", "| ", "\xC2\xB7 ", "\xE2\x80\x93 ", "\xE2\x80\x94 ", "/ "}) {
                if (rest.rfind(sep, 0) == 0 && lowerUtf8(collapseWhitespace(rest.substr(std::strlen(sep)))) == lowerUtf8(collapseWhitespace(article_.site))) return true;
            }
            return false;
        };
        // (Up to twenty words: the name again with a job and the story's times, "Callum Pryce Trending reporter 16:45, 10 JUL 2024 …".)
        if (b.kind != BlockKind::Quote && countWords(b.text) <= 20 && (isBylineSignedAgain(b.text, article_.byline) || (countWords(b.text) <= 9 && withSite()))) {
            blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(k));
            return;
        }
    }
}

}  // namespace readcast::assembly
