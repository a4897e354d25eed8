#pragma once
// Finds the element holding a page's article by scoring the DOM: paragraphs of real text vote for
// their parent and grandparent, weighted by commas and length; class/id hints, tag kinds and link
// density adjust the votes; the winner is widened to an ancestor when the text is spread over
// siblings. Page furniture (navigation, hidden nodes, comment and sidebar blocks) is excluded first.
// The approach is Readability.js's, written for this code base.
//
//   ContentFinder finder(doc.root());
//   ContentSelection c = finder.find(true);   // c.roots: the elements to read, in document order
//   // too little text? find(false) tries again without excluding by class names
//   finder.isExcluded(node);               // furniture removed before scoring

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ingest/html/HtmlDom.hpp"

namespace readcast {

struct ContentSelection {
    std::vector<const GumboNode*> roots;  // the top candidate, or it and its related siblings
};

class ContentFinder {
public:
    // `shown`: elements the page hides and readcast shows, as a subscriber's browser does (the paywalled parts its JSON-LD
    // declares): a style sheet's rule that hides their class does not hide them.
    explicit ContentFinder(const GumboNode* root, const std::vector<const GumboNode*>& shown = {});
    ContentSelection find(bool strip_unlikely);
    bool isExcluded(const GumboNode* node) const { return excluded_.count(node) != 0; }
    double scoreOf(const GumboNode* node) const;
    // Neither it nor an element round it hidden, by its attributes or the page's style sheets.
    bool isShown(const GumboNode* node) const;

private:
    void exclude(const GumboNode* node, bool unlikelyToo);
    bool hasHiddenClass(const GumboNode* node) const;
    void scoreParagraphs();
    const GumboNode* topCandidate() const;
    const GumboNode* widenToCommonAncestor(const GumboNode* top) const;
    const GumboNode* climbToStrongerParent(const GumboNode* top) const;
    ContentSelection repeatedContainers(const GumboNode* top) const;
    ContentSelection withSiblings(const GumboNode* top) const;
    void withLinkedSections(ContentSelection& selection) const;
    void withSummaryBox(ContentSelection& selection) const;
    const GumboNode* body_ = nullptr;
    const GumboNode* root_;
    std::unordered_set<const GumboNode*> excluded_;
    std::unordered_set<std::string> hiddenClasses_;  // hidden by the page's own style sheets
    std::unordered_map<const GumboNode*, double> scores_;
};

double linkDensity(const GumboNode* node);

}  // namespace readcast
