#include "ingest/ArticleAssembler.hpp"

#include "ingest/assembly/Assembly.hpp"
#include "ingest/assembly/LineShapes.hpp"

#include "core/NewsAgencies.hpp"
#include "ingest/Byline.hpp"
#include "ingest/Furniture.hpp"

#include <cstring>

namespace readcast {

namespace assembly {

void Assembly::run(std::vector<RawBlock>& raw) {
    // An account's name for the author ("ralmansa"): the person a bio or a credit names for it, read
    // before such lines are left out.
    if (!article_.byline.empty()) {
        std::vector<std::string> texts;
        for (const RawBlock& b : raw) texts.push_back(b.text);
        article_.byline = nameForAccount(article_.byline, texts);
        // A desk's account ("Herald Reporter", "Staff Writer") names nobody: the byline printed in the
        // story may, and is looked for as if the page had none.
        if (cleanByline(article_.byline, article_.site, article_.language).names.empty()) article_.byline.clear();
    }
    // A pasted post cut where its paid part begins, the newsletter's line in its place: "This post is for paying subscribers only",
    // "Keep reading with a 7-day free trial": the story goes on for subscribers, as a page's paywall says. (The line itself is
    // no story's, Boilerplate.cpp.)
    if ((plain_ || markdown_) && article_.partial == Partial::No) {
        for (const RawBlock& b : raw) {
            const std::string lower = lowerUtf8(collapseWhitespace(b.text));
            if (countWords(lower) <= 16 &&
                startsWithAnyOf(lower, {"this post is for paying subscribers", "this post is for paid subscribers", "this post is for subscribers",
                                        "keep reading with a 7-day free trial", "keep reading with a free trial", "subscribe to continue reading",
                                        "subscribe to keep reading", "the rest of this post is for paid subscribers",
                                        "this article is for subscribers only", "this content is for paying subscribers"})) {
                article_.partial = Partial::ForSubscribers;
                break;
            }
        }
    }
    // A text's publication, where nothing else names it, as its copyright line does at the foot.
    std::string holder;
    if (plain_ || markdown_) {
        // (An agency's own line over its copy, "© 2026 AFP", names the agency, not the publication: the
        // publication's own line is looked for first, the agency's kept for want of it.)
        std::string agency;
        for (std::size_t k = raw.size(); k-- > 0 && holder.empty();) {
            holder = copyrightHolder(raw[k].text);
            if (!holder.empty() && !newsAgencyName(holder).empty()) {
                if (agency.empty()) agency = holder;
                holder.clear();
            }
        }
        if (holder.empty()) holder = agency;
    }
    dropMachineSummaries(raw);
    if (plain_ || markdown_) takeSocialPostHeader(raw);
    dropWriterBox(raw);
    if (plain_ || markdown_) takeAddressLines(raw);
    if (plain_) dropShareBarNetworks(raw);
    dropThreadCounters(raw);
    dropPropertyLines(raw);
    if (markdown_) dropClipperSections(raw);
    dropSponsoredBoxes(raw);
    splitJoinedFields(raw);
    dropFactBoxes(raw);
    // (A desk's draft in Markdown sets its fields in bold: "**TITULAR:**", "**Firma:** …".)
    std::string wireAgency;
    if (plain_ || markdown_) {
        dropLineUps(raw);
        dropScoreCards(raw);
        dropLineScores(raw);
        wireAgency = takeWireHeader(raw);
        takeFieldLines(raw);
        takeCodeNamedFields(raw);
    }
    if (plain_) markCreditedCaptions(raw);
    bool storyBefore = false;  // a paragraph of the story's length stands before this block
    for (RawBlock& b : raw) {
        // "… before the end of the year. Enditem": a wire's end mark run on after a paragraph's last sentence.
        for (const char* mark : {" Enditem", " enditem", " ENDITEM"}) {
            const std::size_t n = std::strlen(mark);
            if (b.text.size() > n + 1 && b.text.compare(b.text.size() - n, n, mark) == 0 &&
                std::string(".!?\"").find(b.text[b.text.size() - n - 1]) != std::string::npos) {
                b.text.resize(b.text.size() - n);
            }
        }
        // "… alle 17.30. (ANSA).", "… 30 40. (PAP)", "EFE", "… Zugangscode 50 66 27#. /ama/jkr/mis": the agency's
        // sign-off or its editors' slug after the last sentence, run on or on a line of its own under the story.
        if (storyBefore || countWords(b.text) >= 10) b.text = withoutWritersSignOff(withoutClosingSignOff(b.text), article_.byline);
        b.text = withoutEditorsSlash(withoutVersionNote(b.text));
        storyBefore = storyBefore || countWords(b.text) >= 10;
        if (!markdown_ || b.kind != BlockKind::Paragraph || b.text.empty()) continue;
        // In Markdown too, a paragraph that ends on a photo's credit is its caption, its image's syntax
        // lost or never written: "*Técnicos no posto de vacinação. Foto: Anselmo Cossa*".
        if (countWords(b.text) <= 60 && endsWithPhotoCredit(b.text)) b.kind = BlockKind::Caption;
        // A breadcrumb, links and nothing else set apart by slashes or arrows: "[Region](…) / [Wachau](…)".
        if (b.kind == BlockKind::Paragraph && b.link_density >= 0.7 && countWords(b.text) <= 8) {
            for (const char* crumb : {" / ", " > ", " \xE2\x80\xBA ", " \xC2\xBB ", " | "}) {
                if (b.text.find(crumb) != std::string::npos) b.text.clear();
            }
        }
    }
    stampLiveEntries(raw);
    if (plain_ || markdown_) dropReleaseLetterhead(raw);
    if (plain_) dropParagraphNumbers(raw);
    dropChapterTimes(raw);
    if (plain_ || markdown_) splitPlaceFromDateLine(raw);
    if (plain_) splitTitleFromDate(raw);
    takeBulletinDates(raw);
    liftMetadataLines(raw);
    if (plain_) dropSignUpBoxes(raw);
    dropContentsLists(raw);
    takeHeadline(raw);
    if (!article_.published && !article_.byline.empty() && bareDate_) article_.published = bareDate_;
    if (!article_.published && (plain_ || markdown_)) article_.published = datelineDateWithCopyrightYear(raw);
    takeLetterSignature(raw);
    dropKickers(raw);
    dropReleaseFields(raw);
    dropTrailingFurniture(raw);
    dropBoilerplateSections(raw);
    dropTeaserRuns(raw);
    dropLinkTeasers(raw);
    dropLabelledTeasers(raw);
    if (plain_) markFigureLists(raw);
    raw_ = &raw;
    for (RawBlock& block : raw) place(block);
    raw_ = nullptr;
    dropRepeatedPullQuotes();
    dropOrphanHeadings();
    dropBylineRepeated();
    // (A Korean wire's reporters before "기자 =" are its writers; the wire's agency names the story's source only where no
    // writer is named.)
    if (article_.byline.empty() && !wireReporter_.empty()) article_.byline = wireReporter_;
    if (article_.byline.empty() && !wireAgency.empty()) article_.byline = wireAgency;
    // (A newsletter's writer holds the copyright of their own issue: no publication's name.)
    if (article_.site.empty() && !holder.empty() && lowerUtf8(holder) != lowerUtf8(article_.byline)) article_.site = holder;
    // (Nothing else names a publication: the agency whose wire it is, under its writers' names, "PARIS, March 3
    // (Reuters) -" under "By Forrest Delaunay".)
    if (article_.site.empty() && !wireAgency.empty()) article_.site = wireAgency;
    dropMastheadLine();
}

}  // namespace assembly

void assembleArticle(std::vector<RawBlock> raw, BlockSource source, Article& article, const std::string& titleHint) {
    assembly::Assembly(source, article, titleHint).run(raw);
}

}  // namespace readcast
