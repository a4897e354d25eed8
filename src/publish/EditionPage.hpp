#pragma once
// The edition's web page: one static HTML file that works from the file system and from any static
// host, with no external script, font or request. Each article has its player and its text; every
// sentence is an element with data-start and data-end (seconds in its article's audio), and the one
// being read carries aria-current="true" — the page's contract with assistive technology and its
// tests. Clicking a sentence plays from it; in an article, Space plays or pauses and the arrow keys go
// to the next or previous sentence. Responsive, dark mode, prefers-reduced-motion, lang per article.
//
//   std::string html = editionPage(page);

#include <string>
#include <vector>

namespace readcast {

struct PageSentence {
    double start_s = 0;
    double end_s = 0;
    std::string text;  // as written
};

struct PageBlock {
    enum class Kind { Headline, Byline, Heading, Paragraph, Quote, ListItem, Closing };
    Kind kind = Kind::Paragraph;
    std::vector<PageSentence> sentences;
};

struct PageArticle {
    std::string title;
    std::string byline;
    std::string language;     // BCP 47
    std::string url;          // the article's own page; empty when unknown
    std::string audio_file;   // relative to the page
    double duration_s = 0;
    std::vector<PageBlock> blocks;
};

struct PageEdition {
    std::string title;
    std::string date;         // as shown
    std::string language;
    std::string audio_file;   // the whole edition
    double duration_s = 0;
    std::vector<PageArticle> articles;
};

std::string editionPage(const PageEdition& edition);

}  // namespace readcast
