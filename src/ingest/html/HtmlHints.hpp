#pragma once
// What class and id names say about an element, in the words web pages use. These are general
// patterns of page templates (the same families Readability.js uses), never tied to one site.
//
//   classWeight(node)        // +25 "article-body", -25 "sidebar", 0 otherwise (class and id each)
//   isUnlikelyCandidate(node) // "comments", "share-bar", "related" ... and not "article", "content"

#include <initializer_list>
#include <string>
#include <string_view>

#include "ingest/html/HtmlDom.hpp"

namespace readcast {

// A whole word of a class and id string, split at spaces, hyphens and underscores: "post-body-bio" has
// "bio", "article__intro" has "intro"; "biography" has neither.
bool hasClassWord(std::string classAndIdText, std::initializer_list<std::string_view> words);

int classWeight(const GumboNode* node);

// A picture's file, as its address names it: the last part of its path in small letters, without a query or a
// fragment ("https://x.example/img/Hero.JPG?w=2" "hero.jpg").
std::string pictureFile(const std::string& url);

// A picture's address that names one of the site's own stock pictures, no picture of a story: a sprite, a
// spacer, a placeholder or a default share image ("social-placeholder.jpg", "social_default_logo.png").
// (A logo may be the story's picture, "raspberry_pi_logo_main.jpg", where the page's metadata names it.)
bool isStockPicture(const std::string& url);
bool isUnlikelyCandidate(const GumboNode* node);
// A poll or a quiz asking the page's reader, its buttons in it.
bool isReadersPoll(const GumboNode* node);
// Social and sharing widgets, newsletter prompts, "related" and "read more" boxes inside an article.
bool isFurniture(const GumboNode* node);
// A class that says who may read the element, not what it is ("subscriber-only", "premium", "paywall"):
// around a story's own paragraphs on metered sites, around a sign-up prompt on others.
bool marksReaderAccess(const GumboNode* node);
// The header of one entry in a page of entries (a live blog's post, a list's item): a header tag or
// class inside an <article> nested in another, holding the entry's heading beside its time and labels,
// or, in an entry without a title, its time and labels alone.
bool isEntryHeader(const GumboNode* node);
// Photo credit or copyright holder inside a figure or caption.
bool isCreditElement(const GumboNode* node);
// A photo credit or copyright line outside a figure: class "credit", "copyright", "photographer".
bool isPhotoCreditElement(const GumboNode* node);
// A pull quote ("pullquote", "pull-quote"): read as a quote, and left out where it repeats the body.
bool isPullQuoteElement(const GumboNode* node);

// A photo caption outside <figcaption>: class "caption", "wp-caption-text", "image-caption"...
bool isCaptionElement(const GumboNode* node);
// "1 of 14", "3 / 12", "2 von 9": a gallery's or a carousel's count of its slides, alone in its element (a span in
// the caption it numbers, whose words it is not).
bool isSlideCount(const GumboNode* node);
// The summary under a headline: class or id word "standfirst", "dek", "summary", "subtitle"...
bool isStandfirstElement(const GumboNode* node);
// An embedded post from a social network: a tweet, an Instagram or Facebook post, a TikTok.
bool isSocialEmbed(const GumboNode* node);
// Where readers write: an element holding a form with a text area (or a wrapper of one) beside what
// readers wrote: comments, a guest book, an obituary's tribute wall. Never the story, nor its byline.
bool holdsReaderForm(const GumboNode* node);
// ARIA roles of page furniture: navigation, menus, dialogs, complementary content.
bool hasFurnitureRole(const GumboNode* node);

}  // namespace readcast
