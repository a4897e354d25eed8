#pragma once
// What page furniture says, by kind: the words around an article that are addressed to the reader
// (calls to action, newsletter and tip prompts), about the publisher (print and syndication notes,
// copyright, affiliate disclosures), about the author (bios, contact and social lines), or about the
// page's own machinery (image and gallery buttons, "Read also" link-outs). Structure decides first
// (ArticleAssembler and html/HtmlBlocks use position, links and class names); these tell the kind of a
// line once structure has put it in doubt, and they hold only for short lines, so a paragraph that
// mentions a newsletter is still the article. Phrases of several languages, never of one site.
//
//   isCallToAction("Sign up for our morning newsletter")          // true
//   isAuthorBio("Jane Doe is a reporter covering City Hall.")     // true
//   isPublisherNote("A version of this article appears in print on Page A7.")  // true

#include <string>

namespace readcast {

// "Sign up for …", "Subscribe to …", "Follow us on …", "Have a tip?", "Join our forums", "let us know
// at …", "check out the footage below:", "Revivez le direct …".
bool isCallToAction(const std::string& line);

// A market page's quote box: "AAPL Apple Inc 237.59 +1.12 (+0.47%)", the symbol in capitals, a price, its signed change.
bool isStockQuoteLine(const std::string& line);

// "A version of this article appears in print…", "This article originally appeared on…", "Order
// Reprints", copyright and no-reproduction lines in any language, affiliate disclosures ("We may earn
// a commission…", "FTC: We use income earning affiliate links").
bool isPublisherNote(const std::string& line);
// The name a copyright line gives its holder: "© 2025 The Dominion Press. All rights reserved." "The
// Dominion Press", "Copyright (c) 2025 Southern Cross Press Pty Ltd." "Southern Cross Press"; "" when the line
// names none (or only a web address).
std::string copyrightHolder(const std::string& line);
// "NORD is Russia's leading news agency, with …", "Meridian Wire, the news and media division of Meridian Group,
// is the world's leading provider of multimedia news": a publisher's standing words about itself, as they end
// a wire's story (where they stand decides: a story about an agency says the same).
bool isPublisherSelfDescription(const std::string& line);
// A sentence that introduces someone by name: "Jane Doe is a retired engineer…" (after a story and set
// in italics, its writer's bio).
bool introducesAPerson(const std::string& line);
// A line that ends on a postal code: "Harrowdene Leisure Centre, Station Road, HD4 7QT", "Springfield, IL 62704",
// "Ottawa, ON K1A 0B1", "Parramatta NSW 2150".
bool endsOnPostalCode(const std::string& text);

// "The Morning Dispatch, 1200 K St. NW, Suite 400, Washington, DC 20005", "Harbour Press Ltd, 12 Quay Street, Leeds LS1
// 4AB": a postal address alone, as a newsletter or a publisher signs off (a street's number and name, and a postcode or a
// suite, among three parts at least).
bool isPostalAddressLine(const std::string& line);
// "Welcome to our live coverage of …", "Good morning and welcome to our …": a live page's greeting opens the line.
bool opensOnLiveGreeting(const std::string& line);
// "5:20 PM", "16.45 GMT", "Fri 09:14": a clock time alone, as a live page stamps each of its entries.
bool isEntryTimeStamp(const std::string& line);
// A writer's name alone after a dash, signing an entry of a live page: "— Harriet Osei"; a writer's initials in small
// letters under a story, "kw", "(kw)".
bool isSignOff(const std::string& line);
// The writers' names signed again under a story, the byline said already: "Camille Roussel et Thomas Berthier" under
// the byline "Camille Roussel, Thomas Berthier" (the words joining names are not compared).
bool isBylineSignedAgain(const std::string& line, const std::string& byline);
// A publication's pitch for its own newsletter, naming itself (`site`, as a whole word) to the reader, a line with no
// stop of its own: "Chaque semaine, « Le Monde » analyse pour vous les enjeux de l'actualité politique".
bool isNewsletterPitch(const std::string& line, const std::string& site);

// "Jane Doe is a reporter covering…", "John Roe covers the White House for The Post.", "LAURIE OAKES IS
// THE NINE NETWORK POLITICAL EDITOR".
bool isAuthorBio(const std::string& line);
// The label over a writers' box, lower-cased, its colon taken off or not: "about the author", "über die autorin",
// "o autorze", "기자 소개". (A label alone is the box's heading; run into a bio, the bio's opening.)
bool isAuthorBoxLabel(std::string lower);
// A paragraph about one of the article's own authors, opened by their first or last name as the
// byline gives it ("Devindra has been obsessed with technology…" under "Devindra Hardawar").
bool isBioOfByline(const std::string& line, const std::string& byline);

// "Follow him on Twitter at @jdoe", "Email: jane@example.com", "@jdoe", "She can be reached at …".
bool isContactLine(const std::string& line);

// "Enlarge image", "View gallery", "Image 3 of 12", "Play video", "Skip ad".
bool isMediaInterface(const std::string& line);

// "Read more: …", "Related: …", "Lire aussi : …", "Leggi anche", "Leia também", "Читайте также",
// "관련기사", "Graphic: … - here": a line that sends the reader to another page.
bool isLinkOut(const std::string& line);

// A note app's callout: "💡 Key facts: …", "📌 Info: …" (a pictograph, then a label with its colon).
bool isCalloutBox(const std::string& line);

// An event's or a match's box of facts, one line of it: "WHEN: Aug. 14–17", "Ashford Town: Kerr; Adams,
// Bell, Nwosu; Hale, Doyle; …" (a team sheet).
bool isFactBoxLine(const std::string& line);

// A line that opens on a figure of the story, "$1.2 trillion — the backlog's value", "2015 - $1.01m", "1 in 4 — …"
// (a list's number, "1. Beach closed", is none).
bool opensOnFigure(const std::string& line);

// "(Image: GETTY)", "Photograph: Jo Bank for the Courier", "Thomas Coex/AFP/Getty Images",
// "© Provided by Business Insider": a photo credit standing alone.
bool isPhotoCredit(const std::string& line);

// A caption, told by the credit run on at its end: "… in Reading. Photograph: Simon Dale/Alamy", "…
// his goal on Sunday. (Photo by Kyle Brandt/Getty Images)".
bool endsWithPhotoCredit(const std::string& line);

// A paragraph without the photo credits run on at its end, as standfirsts and captions carry them
// ("... by Eleanor Ainge Roy. Main image: Hori Parata. Photograph: Adrian Malloch for the Guardian").
std::string withoutTrailingCredits(const std::string& text);

// A paragraph without the signature that closes it, the writer's initials or name in brackets after its
// last sentence ("… au parfum d'espoir. (A.H.)", "… prochains. (Alexandre Hervaud)"). Part of
// withoutTrailingCredits.
std::string withoutClosingSignature(const std::string& text);

}  // namespace readcast
