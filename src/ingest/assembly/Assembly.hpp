#pragma once
// The passes that make an Article of a text's raw blocks (see ingest/ArticleAssembler.hpp), one class whose
// members are defined in the files of this folder named beside them.

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "ingest/ArticleAssembler.hpp"
#include "model/Article.hpp"
#include "model/DateTime.hpp"

namespace readcast::assembly {

// The passes over a text's raw blocks, in order. Each block keeps its images even when its text is
// taken (a headline, a byline line): an image still marks where a caption may follow.
class Assembly {
public:
    Assembly(BlockSource source, Article& article, const std::string& titleHint)
        : plain_(source == BlockSource::PlainText), markdown_(source == BlockSource::Markdown), article_(article), titleHint_(titleHint) {}

    void run(std::vector<RawBlock>& raw);

private:
    // Letterheads.cpp
    void dropReleaseLetterhead(std::vector<RawBlock>& raw);
    static bool signedByWriters(const std::string& line, std::vector<std::string>& writers, std::string& agency);
    static std::optional<DateTime> datelineDateWithCopyrightYear(const std::vector<RawBlock>& raw);
    void dropMastheadLine();
    static std::string withoutVersionNote(const std::string& text);
    static std::string withoutClosingSignOff(std::string text);
    void takeAddressLines(std::vector<RawBlock>& raw);
    static void splitPlaceFromDateLine(std::vector<RawBlock>& raw);
    static void splitTitleFromDate(std::vector<RawBlock>& raw);
    bool takeNameAndDate(const std::string& text);
    static std::string withoutWritersSignOff(const std::string& text, const std::string& byline);

    // PastedFurniture.cpp
    static void stampLiveEntries(std::vector<RawBlock>& raw);
    static void dropParagraphNumbers(std::vector<RawBlock>& raw);
    static void dropChapterTimes(std::vector<RawBlock>& raw);
    static void dropShareBarNetworks(std::vector<RawBlock>& raw);
    static void dropThreadCounters(std::vector<RawBlock>& raw);
    void dropLabelledTeasers(std::vector<RawBlock>& raw) const;
    static bool isSponsorLabel(const std::string& line);
    static void dropLineUps(std::vector<RawBlock>& raw);
    static void dropScoreCards(std::vector<RawBlock>& raw);
    static void dropLineScores(std::vector<RawBlock>& raw);

    // WireHeader.cpp
    std::string takeWireHeader(std::vector<RawBlock>& raw);

    // Boxes.cpp
    static void dropSponsoredBoxes(std::vector<RawBlock>& raw);
    static void dropMachineSummaries(std::vector<RawBlock>& raw);
    static void dropPropertyLines(std::vector<RawBlock>& raw);
    static void dropClipperSections(std::vector<RawBlock>& raw);
    static void dropFactBoxes(std::vector<RawBlock>& raw);
    static void dropSignUpBoxes(std::vector<RawBlock>& raw);
    static void dropContentsLists(std::vector<RawBlock>& raw);
    static void dropWriterBox(std::vector<RawBlock>& raw);

    // MetadataLines.cpp
    void liftMetadataLines(std::vector<RawBlock>& raw);
    void takeBulletinDates(std::vector<RawBlock>& raw);
    void takeSocialPostHeader(std::vector<RawBlock>& raw);
    void takeLetterSignature(const std::vector<RawBlock>& raw);
    void takePrintedHeadlineOfDeclaredTitle(std::vector<RawBlock>& raw);

    // HeadlineChoice.cpp
    bool takeHeadlineNamedBy(const std::string& declared, std::vector<RawBlock>& raw);
    void takeHeadlineSecondLine(std::vector<RawBlock>& raw, std::size_t top);
    void takeHeadline(std::vector<RawBlock>& raw);
    bool takePastedHeadline(std::vector<RawBlock>& raw, const std::vector<bool>& menu);
    static bool isNameWithJob(const std::string& line, std::size_t maxWords);
    static bool isBareName(const std::string& line);
    static void dropCardUnderHeadline(std::vector<RawBlock>& raw, std::size_t headline);
    static bool isMenuRow(const std::string& line);

    // FieldLines.cpp
    static void splitJoinedFields(std::vector<RawBlock>& raw);
    void takeCodeNamedFields(std::vector<RawBlock>& raw);
    void takeFieldLines(std::vector<RawBlock>& raw);
    bool takeWireCredit(const std::string& text);
    static bool isBoxFact(const std::string& t);

    // Credits.cpp
    static void markCreditedCaptions(std::vector<RawBlock>& raw);
    static bool isCapitalizedName(const std::string& line);
    static bool isSlashedSectionPath(const std::string& line);

    // TrailingSections.cpp
    void dropKickers(std::vector<RawBlock>& raw) const;
    void dropTrailingFurniture(std::vector<RawBlock>& raw) const;
    static bool isStepAskingTheReader(const RawBlock& block);
    void dropBoilerplateSections(std::vector<RawBlock>& raw) const;
    void dropReleaseFields(std::vector<RawBlock>& raw) const;
    void dropLinkTeasers(std::vector<RawBlock>& raw) const;
    void dropTeaserRuns(std::vector<RawBlock>& raw) const;

    // Placement.cpp
    bool atTopOfStory() const;
    void place(RawBlock& block);
    static std::string withoutEditorsSlash(const std::string& text);
    static void markFigureLists(std::vector<RawBlock>& raw);
    std::string withoutLeadingDate(const std::string& text);
    bool isCaptionOfPendingImage(const std::string& text) const;
    bool isCutOffFragment(const RawBlock& block) const;
    bool isRepeat(const std::string& text);
    void dropRepeatedPullQuotes();
    void dropOrphanHeadings();
    void dropBylineRepeated();

    const bool plain_;
    const bool markdown_;
    Article& article_;
    const std::string titleHint_;
    std::string subjectTitle_;  // an email's subject, less its marks of reply, forward and embargo
    bool untitled_ = false;     // a social post: no line of it is its headline
    std::string wireReporter_;  // a Korean wire's reporters, named before "기자 =" in its first paragraph
    const std::vector<RawBlock>* raw_ = nullptr;  // the blocks being placed, for a look at the next one
    bool underLabel_ = false;                 // plain text: the last block was a label ending on its colon, or a point under it
    const RawBlock* standfirst_ = nullptr;    // plain text: the line under the headline, read as a paragraph
    std::vector<std::size_t> metadataLines_;  // the byline and date lines taken, in order
    std::optional<DateTime> bareDate_;   // the first date line alone before the story
    std::vector<std::string> pendingAlts_;  // alt texts of images whose caption may follow
    std::size_t blocksSinceImage_ = 0;
    bool lastWasImageOnly_ = false;
    std::set<std::string> seen_;            // folded texts already kept, so nothing is read twice
};

}  // namespace readcast::assembly
