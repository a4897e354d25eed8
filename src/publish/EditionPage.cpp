#include "publish/EditionPage.hpp"

#include <cmath>
#include <cstdio>

#include "core/BuildInfo.hpp"
#include "core/Clock.hpp"
#include "publish/Xml.hpp"

namespace readcast {
namespace {

// The page's style and behaviour, inline: the page must work opened from a disk, with nothing fetched.
constexpr const char* kStyle = R"CSS(
:root { --text: #1d1d1f; --muted: #5f6368; --page: #ffffff; --panel: #f3f4f6; --accent: #0b57d0; --mark: #fff1a8; --mark-text: #1d1d1f; }
@media (prefers-color-scheme: dark) {
  :root { --text: #e8eaed; --muted: #a8adb4; --page: #17181a; --panel: #24262a; --accent: #8ab4f8; --mark: #5b4a00; --mark-text: #fff8d6; }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--page); color: var(--text); font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.page { max-width: 46rem; margin: 0 auto; padding: 1.25rem 1rem 4rem; }
header h1 { font-size: clamp(1.6rem, 5vw, 2.3rem); line-height: 1.2; margin: 0.5rem 0; }
.dateline, .meta { color: var(--muted); font-size: 0.95rem; margin: 0.25rem 0 0.75rem; }
audio { width: 100%; margin: 0.5rem 0 1rem; }
nav ol { padding-left: 1.4rem; }
nav li { margin: 0.35rem 0; }
a { color: var(--accent); }
article { border-top: 1px solid var(--panel); margin-top: 2rem; padding-top: 1rem; }
article h2 { font-size: clamp(1.3rem, 4vw, 1.7rem); line-height: 1.25; margin: 0.5rem 0; }
article h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
.player { position: sticky; top: 0; background: var(--page); z-index: 1; }
blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid var(--panel); }
.closing { color: var(--muted); font-style: italic; }
[data-start] { cursor: pointer; border-radius: 0.2em; transition: background-color 0.2s; }
[data-start]:hover { text-decoration: underline dotted; }
[aria-current="true"] { background: var(--mark); color: var(--mark-text); box-shadow: 0 0 0 0.15em var(--mark); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
footer { color: var(--muted); font-size: 0.9rem; margin-top: 3rem; }
@media (prefers-reduced-motion: reduce) { [data-start] { transition: none; } html { scroll-behavior: auto; } }
)CSS";

constexpr const char* kScript = R"JS(
(function () {
  "use strict";
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var players = Array.prototype.slice.call(document.querySelectorAll("audio"));
  // One voice at a time: starting a player pauses the others.
  players.forEach(function (a) {
    a.addEventListener("play", function () { players.forEach(function (b) { if (b !== a) b.pause(); }); });
  });
  Array.prototype.forEach.call(document.querySelectorAll("article[data-audio]"), function (article) {
    var audio = article.querySelector("audio");
    var sentences = Array.prototype.slice.call(article.querySelectorAll("[data-start]"));
    var starts = sentences.map(function (s) { return parseFloat(s.getAttribute("data-start")); });
    var current = null;
    // The sentence being read: the last one started at or before t (it stays marked through the pause
    // after it, until the next begins).
    function indexAt(t) {
      var lo = 0, hi = starts.length - 1, found = -1;
      while (lo <= hi) {
        var mid = (lo + hi) >> 1;
        if (starts[mid] <= t + 0.0005) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
      }
      return found;
    }
    function keepInView(el) {
      var r = el.getBoundingClientRect();
      if (r.top < 80 || r.bottom > window.innerHeight) el.scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
    }
    function mark(i) {
      var next = i >= 0 ? sentences[i] : null;
      if (next === current) return;
      if (current) current.removeAttribute("aria-current");
      current = next;
      if (current) {
        current.setAttribute("aria-current", "true");
        if (!audio.paused) keepInView(current);
      }
    }
    function update() { mark(audio.currentTime > 0 || !audio.paused ? indexAt(audio.currentTime) : -1); }
    var frame = 0;
    function follow() { update(); frame = audio.paused ? 0 : window.requestAnimationFrame(follow); }
    audio.addEventListener("play", function () { if (!frame) frame = window.requestAnimationFrame(follow); });
    audio.addEventListener("timeupdate", update);
    audio.addEventListener("seeked", update);
    function playFrom(i) {
      if (i < 0 || i >= sentences.length) return;
      audio.currentTime = starts[i] + 0.01;
      mark(i);
      var p = audio.play();
      if (p && p.catch) p.catch(function () {});
    }
    sentences.forEach(function (s, i) { s.addEventListener("click", function () { playFrom(i); }); });
    // Space plays or pauses, the arrows go to the next or previous sentence, wherever the focus is in
    // the article (the player included, whose own keys would seek by seconds).
    article.addEventListener("keydown", function (e) {
      if (e.altKey || e.ctrlKey || e.metaKey || /^(A|BUTTON|INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName)) return;
      var i = current ? sentences.indexOf(current) : -1;
      if (e.key === " " || e.key === "Spacebar") {
        if (audio.paused) { var p = audio.play(); if (p && p.catch) p.catch(function () {}); } else { audio.pause(); }
      } else if (e.key === "ArrowRight" || e.key === "ArrowDown") {
        playFrom(i + 1);
      } else if (e.key === "ArrowLeft" || e.key === "ArrowUp") {
        playFrom(Math.max(i - 1, 0));
      } else {
        return;
      }
      e.preventDefault();
      e.stopPropagation();
    }, true);
  });
})();
)JS";

std::string seconds3(double s) {
    char out[32];
    std::snprintf(out, sizeof out, "%.3f", s);
    return out;
}

std::string sentenceSpans(const PageBlock& block) {
    std::string out;
    for (const PageSentence& s : block.sentences) {
        if (!out.empty()) out += ' ';
        out += "<span data-start=\"" + seconds3(s.start_s) + "\" data-end=\"" + seconds3(s.end_s) + "\">" + xmlEscape(s.text) + "</span>";
    }
    return out;
}

std::string articleHtml(const PageArticle& a, int number) {
    const std::string id = "a" + std::to_string(number);
    std::string out = "<article id=\"" + id + "\" lang=\"" + xmlEscape(a.language) + "\" aria-labelledby=\"" + id +
                      "-title\" data-audio=\"" + xmlEscape(a.audio_file) + "\">\n";
    bool headline = false;
    for (const PageBlock& b : a.blocks) {
        if (b.kind == PageBlock::Kind::Headline) {
            out += "<h2 id=\"" + id + "-title\">" + sentenceSpans(b) + "</h2>\n";
            headline = true;
        }
    }
    if (!headline) out += "<h2 id=\"" + id + "-title\">" + xmlEscape(a.title) + "</h2>\n";
    out += "<p class=\"meta\">";
    if (!a.byline.empty()) out += xmlEscape(a.byline) + " · ";
    out += clockTime(a.duration_s);
    if (!a.url.empty()) out += " · <a href=\"" + xmlEscape(a.url) + "\">Original article</a>";
    out += "</p>\n";
    out += "<div class=\"player\"><audio controls preload=\"metadata\" src=\"" + xmlEscape(percentEncodeSegment(a.audio_file)) +
           "\" aria-label=\"Listen: " + xmlEscape(a.title) + "\"></audio></div>\n";
    std::string list;  // list items gather in one <ul>
    const auto flushList = [&] {
        if (list.empty()) return;
        out += "<ul>\n" + list + "</ul>\n";
        list.clear();
    };
    for (const PageBlock& b : a.blocks) {
        if (b.kind != PageBlock::Kind::ListItem) flushList();
        switch (b.kind) {
            case PageBlock::Kind::Headline: break;
            case PageBlock::Kind::Byline: out += "<p class=\"byline\">" + sentenceSpans(b) + "</p>\n"; break;
            case PageBlock::Kind::Heading: out += "<h3>" + sentenceSpans(b) + "</h3>\n"; break;
            case PageBlock::Kind::Paragraph: out += "<p>" + sentenceSpans(b) + "</p>\n"; break;
            case PageBlock::Kind::Quote: out += "<blockquote><p>" + sentenceSpans(b) + "</p></blockquote>\n"; break;
            case PageBlock::Kind::ListItem: list += "<li>" + sentenceSpans(b) + "</li>\n"; break;
            case PageBlock::Kind::Closing: out += "<p class=\"closing\">" + sentenceSpans(b) + "</p>\n"; break;
        }
    }
    flushList();
    out += "</article>\n";
    return out;
}

}  // namespace

std::string editionPage(const PageEdition& e) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + xmlEscape(e.language) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<meta name=\"generator\" content=\"readcast " + std::string(kVersion) + "\">\n"
                      "<link rel=\"icon\" href=\"data:,\">\n"
                      "<title>" + xmlEscape(e.title) + (e.date.empty() ? "" : " — " + xmlEscape(e.date)) + "</title>\n"
                      "<style>" + kStyle + "</style>\n</head>\n<body>\n<div class=\"page\">\n<header>\n"
                      "<h1>" + xmlEscape(e.title) + "</h1>\n<p class=\"dateline\">";
    if (!e.date.empty()) out += "<time datetime=\"" + xmlEscape(e.date) + "\">" + xmlEscape(e.date) + "</time> · ";
    out += std::to_string(e.articles.size()) + (e.articles.size() == 1 ? " article · " : " articles · ") + clockTime(e.duration_s) +
           " · read by a synthetic voice</p>\n";
    if (!e.audio_file.empty()) {
        out += "<p class=\"meta\">The whole edition, with a chapter for each article:</p>\n"
               "<audio class=\"edition\" controls preload=\"metadata\" src=\"" + xmlEscape(percentEncodeSegment(e.audio_file)) +
               "\" aria-label=\"Listen to the whole edition\"></audio>\n";
    }
    out += "</header>\n<nav aria-label=\"Articles\">\n<ol>\n";
    for (std::size_t i = 0; i < e.articles.size(); ++i) {
        const PageArticle& a = e.articles[i];
        out += "<li><a href=\"#a" + std::to_string(i + 1) + "\">" + xmlEscape(a.title) + "</a> <span class=\"meta\">" +
               (a.byline.empty() ? "" : xmlEscape(a.byline) + " · ") + clockTime(a.duration_s) + "</span></li>\n";
    }
    out += "</ol>\n</nav>\n<main>\n";
    for (std::size_t i = 0; i < e.articles.size(); ++i) out += articleHtml(e.articles[i], static_cast<int>(i + 1));
    out += "</main>\n<footer><p>Read by a synthetic voice (eSpeak NG), made with readcast. Click a sentence to hear it; in an "
           "article, Space plays or pauses and the arrow keys move between sentences.</p></footer>\n</div>\n<script>" +
           std::string(kScript) + "</script>\n</body>\n</html>\n";
    return out;
}

}  // namespace readcast
