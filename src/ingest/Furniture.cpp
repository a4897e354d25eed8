#include "ingest/Furniture.hpp"

#include "core/Months.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <regex>
#include <set>
#include <string_view>
#include <vector>

#include "core/WordSet.hpp"
#include "core/Ascii.hpp"
#include "core/Text.hpp"
#include "core/Url.hpp"
#include "core/Utf8.hpp"
#include "ingest/Boilerplate.hpp"

namespace readcast {
namespace {

using Phrases = std::initializer_list<std::string_view>;

// The labels a photo credit opens with ("Photograph: Jane Doe for the Guardian"), in lower case.
bool startsWithPhotoLabel(const std::string& lowered) {
    return startsWithAnyOf(lowered, {"image:", "main image:", "top image:", "illustration:", "composite:", "photo:", "photos:",
                                   "photo credit:", "image credit:", "picture credit:", "photo credits:",
                                   "photograph:", "photographs:", "photography:", "photography by ", "picture:", "credit:", "foto:", "photo by ", "photo courtesy",
                                   "image courtesy", "courtesy of",
                                   // ("… on January 9, 2025. Photo | Dennis Onsongo | Nation Media Group": set off by bars)
                                   "photo | ", "photos | ", "image | ", "picture | ",
                                   // (or by a spaced slash, as New Zealand's papers set it: "… at 3am. Photo / MetService")
                                   "photo / ", "photos / ", "image / ", "picture / ", "video / ",
                                   // ("Foto di Marco Neri", "Photo de Léa Roux", "Foto de Ana Gil", "Foto von Jan Wolf")
                                   "foto di ", "foto de ", "photo de ", "fotografia di ", "fotograf\xC3\xAD" "a de ",
                                   "fotografia de ", "foto von ", "bild: ", "cr\xC3\xA9" "dit photo", "cr\xC3\xA9" "dito:",
                                   "imagen: ", "imagem: ", "immagine: ", "afbeelding: ", "zdj\xC4\x99" "cie: ",
                                   // French spacing before the colon: "Photo : CNA", "Crédit : AFP"
                                   "photo : ", "photos : ", "cr\xC3\xA9" "dit : ", "illustration : ", "foto\xC4\x9F" "raf:",
                                   "foto\xC4\x9F" "raflar:", "g\xC3\xB6rsel:", "kuva:", "fotograf:",
                                   "\xD8\xAA\xD8\xB5\xD9\x88\xD9\x8A\xD8\xB1:", "\xD8\xAA\xD8\xB5\xD9\x88\xD9\x8A\xD8\xB1 ",  // تصوير (photo)
                                   "\xD1\x84\xD0\xBE\xD1\x82\xD0\xBE:",  // фото:
                                   // Poland's "Fot. PAP/Leszek Szymański", "fot.:"
                                   "fot. ", "fot.:", "fot:",
                                   // Korea's "(사진=뉴시스DB)", Japan's "写真：共同"
                                   "\xEC\x82\xAC\xEC\xA7\x84=", "\xEC\x82\xAC\xEC\xA7\x84 =", "\xE5\x86\x99\xE7\x9C\x9F\xEF\xBC\x9A", "\xE5\x86\x99\xE7\x9C\x9F="});
}

// A phrase that starts a word: "our app" is in "get our app", not in "your apps".
bool containsAny(const std::string& s, Phrases phrases) {
    for (std::string_view p : phrases) {
        for (std::size_t at = s.find(p); at != std::string::npos; at = s.find(p, at + 1)) {
            if (at == 0 || !std::isalpha(static_cast<unsigned char>(s[at - 1])) || !std::isalpha(static_cast<unsigned char>(p[0]))) {
                return true;
            }
        }
    }
    return false;
}

// An email address's own name taken off ("tips@metpolice.uk" is "@metpolice.uk"): the phrases that
// mark furniture ("email tips", "send news") must not match inside an address a story quotes.
std::string withoutMailboxNames(std::string s) {
    for (std::size_t at = s.find('@'); at != std::string::npos; at = s.find('@', at + 1)) {
        std::size_t begin = at;
        while (begin > 0 && (std::isalnum(static_cast<unsigned char>(s[begin - 1])) || s[begin - 1] == '.' || s[begin - 1] == '_' ||
                             s[begin - 1] == '-' || s[begin - 1] == '+')) {
            --begin;
        }
        if (begin == at || at + 1 >= s.size() || !std::isalnum(static_cast<unsigned char>(s[at + 1]))) continue;
        s.erase(begin, at - begin);
        at = begin;
    }
    return s;
}

// Lower-cased, with leading bullets, quotes and brackets taken off: "• READ MORE:" -> "read more:".
std::string lowered(const std::string& line) {
    std::string s = withoutMailboxNames(lowerUtf8(collapseWhitespace(line)));
    // (Turkish's capital "İ" lowers to "i" and a dot above, outside Turkish: the phrases below are written "i", "ilgili haber".)
    for (std::size_t at = s.find("i\xCC\x87"); at != std::string::npos; at = s.find("i\xCC\x87", at + 1)) s.erase(at + 1, 2);
    std::size_t start = 0;
    while (start < s.size()) {
        const auto c = static_cast<unsigned char>(s[start]);
        if (c == '[' || c == '(' || c == '"' || c == '\'' || c == '*' || c == '-' || c == '>' || c == ' ' || c == '|') {
            ++start;
        } else if (s.compare(start, 3, "\xE2\x80\xA2") == 0 || s.compare(start, 3, "\xE2\x80\x9C") == 0 ||
                   s.compare(start, 3, "\xE2\x96\xBA") == 0 || s.compare(start, 3, "\xE2\x86\x92") == 0 ||
                   (start + 2 < s.size() && static_cast<unsigned char>(s[start]) == 0xE2 &&
                    (static_cast<unsigned char>(s[start + 1]) == 0x9E || static_cast<unsigned char>(s[start + 1]) == 0x96))) {
            start += 3;  // • “ ► →, and the arrows and triangles of dingbats: ➤ ➜ ▶
        } else {
            break;
        }
    }
    return s.substr(start);
}

bool isAsciiUpperWord(std::string_view w) {
    bool letter = false;
    for (char c : w) {
        if (std::islower(static_cast<unsigned char>(c))) return false;
        letter = letter || std::isupper(static_cast<unsigned char>(c));
    }
    return letter;
}


// A name as bylines write it: capitalised words and initials ("Jane Doe", "J.R. Smith", "Mary-Jo O'Neil").
bool isNameWord(const std::string& w) {
    return !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
}

// A full stop that ends a sentence, not a name's initial: "(AP Photo/J. Scott Applewhite)" has none.
bool hasSentenceStop(const std::string& line) {
    for (std::size_t stop = line.find(". "); stop != std::string::npos; stop = line.find(". ", stop + 1)) {
        const bool initial = stop > 0 && std::isupper(static_cast<unsigned char>(line[stop - 1])) &&
                             (stop == 1 || !std::isalpha(static_cast<unsigned char>(line[stop - 2])));
        if (!initial) return true;
    }
    return false;
}

// A pictograph: "📲", "👉", "☎", "▶".
bool isPictograph(char32_t c) { return (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || c == 0x25B6; }

// "📲 Join our channel", "👉 Follow us": a promo opens on a pictograph, a story's sentence never does.
bool startsWithPictograph(const std::string& line) {
    const std::string s = collapseWhitespace(line);
    std::size_t at = 0;
    return isPictograph(nextCodePoint(s, at));
}

}  // namespace

// The greeting of opensOnLiveGreeting, in a line already lowered (isCallToAction lowers each line once).
static bool greetingOpens(const std::string& lowered) {
    return startsWithAnyOf(lowered, {"welcome to our live", "welcome to our coverage", "welcome to our rolling", "welcome to the live blog",
                                     "hello and welcome to our", "good morning and welcome to our"});
}

bool isStockQuoteLine(const std::string& line) {
    const std::vector<std::string> words = splitWords(line);
    if (words.size() < 3 || words.size() > 10) return false;
    const std::string& symbol = words[0];
    if (symbol.size() > 6 || std::any_of(symbol.begin(), symbol.end(), [](char c) { return !std::isupper(static_cast<unsigned char>(c)) && c != '.'; })) {
        return false;
    }
    const auto figure = [](std::string w, bool sign) {
        if (!w.empty() && w.front() == '(' && w.back() == ')') w = w.substr(1, w.size() - 2);
        if (!w.empty() && w.back() == '%') w.pop_back();
        if (sign && (w.empty() || (w[0] != '+' && w[0] != '-'))) return false;
        if (sign) w.erase(0, 1);
        return !w.empty() && std::isdigit(static_cast<unsigned char>(w[0])) &&
               w.find_first_not_of("0123456789.,") == std::string::npos && w.find('.') != std::string::npos;
    };
    // (The company's name in capitalized words after the symbol, then the price, its signed change and its signed share: "UK
    // growth slowed to 0.1 from -0.3." is a sentence.)
    std::size_t k = 1;
    while (k < words.size() && std::isupper(static_cast<unsigned char>(words[k][0]))) ++k;
    if (k == 1 || k + 2 > words.size() || !figure(words[k], false) || !figure(words[k + 1], true)) return false;
    return words.back().find('%') != std::string::npos && figure(words.back(), true) && k + 3 >= words.size();
}

bool isCallToAction(const std::string& line) {
    const std::size_t wordCount = countWords(line);  // (counted once: this runs on every line of a page)
    const std::string s = lowered(line);
    // Links under a label and nothing more: "AP college football: https://apnews.com/hub/… and https://apnews.com/hub/…".
    // (A label that says no more than what the links are: "Applications close March 15: https://…" gives a date.)
    if (const std::size_t colon = line.find(": "); colon != std::string::npos && colon > 0 && countWords(line.substr(0, colon)) <= 5 &&
                                                   line.substr(0, colon).find_first_of("0123456789") == std::string::npos) {
        bool links = false, other = false;
        for (const std::string& w : splitWords(line.substr(colon + 2))) {
            const bool link = w.find("://") != std::string::npos || w.rfind("www.", 0) == 0;
            links = links || link;
            other = other || (!link && w != "and" && w != "or" && w != "," && w != "|");
        }
        if (links && !other) return true;
    }
    // A writer's plea for subscribers: "To receive new posts and support my work, consider becoming a free or paid subscriber."
    if (wordCount <= 40 && containsAny(s, {"consider becoming a free or paid subscriber", "consider becoming a paid subscriber",
                                           "consider becoming a subscriber", "consider becoming a member", "consider becoming a supporter",
                                           "to receive new posts and support"})) {
        return true;
    }
    // A betting partner's pitch after a sports story: "Sports betting: Get the latest NFL odds and picks at Sportsline.com. If you
    // or someone you know has a gambling problem, call 1-800-GAMBLER." (A story about odds quotes them; it does not send the
    // reader to a site for its picks.)
    if (containsAny(s, {"odds", "picks", "bets", "betting"}) && containsAny(s, {"get the latest", "get the best", "get expert", "sign up at", "bet now",
                                                                            "claim your", "find the best"}) &&
        containsAny(s, {".com", ".net", ".bet", "sportsbook", "promo code", "bonus code"}) && wordCount <= 50 &&
        // (A story reporting such an ad: "… told students to get the latest odds and picks at BetNow.com, the commission said".)
        !containsAny(s, {" said", " says", " told ", "according to"})) {
        return true;
    }
    // (Before the length check: its pitch runs long.)
    // A paper's subscription pitch: "Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles,
    // … Call 896 6000." (A story's "subscribe to" is reported: "Few readers subscribe to print", "users who subscribe to Netflix".)
    if (startsWithAnyOf(s, {"subscribe to ", "subscribe now", "subscribe today", "become a subscriber", "get unlimited access", "get full access"}) &&
        // (A paper's, by its words: "Subscribe to Disney+ Premium for $15.99 a month and you get ad-free streaming" is a story's.)
        containsAny(s, {"get access to", "unlimited access", "full access", "e-paper", "epaper", "our journalism", "digital edition",
                        "digital access", "titles", "print edition", "news"}) && wordCount <= 60 && line.find('"') == std::string::npos &&
        line.find("\xE2\x80\x9C") == std::string::npos) {
        return true;
    }
    // A paper's pitch for its e-paper: "Now you can read the Jamaica Observer ePaper anytime, anywhere. … available at …".
    if (containsAny(s, {"epaper", "e-paper", "e-edition"}) && startsWithAnyOf(s, {"now you can read", "read the ", "read our ", "get the "}) &&
        containsAny(s, {"anytime", "anywhere", "subscribe", "same edition"}) && wordCount <= 60 &&
        line.find('"') == std::string::npos && line.find("\xE2\x80\x9C") == std::string::npos) {
        return true;
    }
    if (wordCount > 35) return false;
    // A promo under a one-word label in capitals, "DOWNLOAD: Get the free KVTN 8 Storm Tracker app", "WATCH: …": the
    // promo after it.
    if (const std::size_t colon = line.find(": "); colon != std::string::npos && colon >= 4 && colon <= 12 &&
                                                  std::all_of(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(colon),
                                                              [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }) &&
                                                  isCallToAction(line.substr(colon + 2))) {
        return true;
    }
    // A quote the story reports: ""Please send us your dashcam footage," the inspector said" is the story's.
    const bool quote = line.find("\xE2\x80\x9C") != std::string::npos || line.find('"') != std::string::npos ||
                       line.find("\xC2\xAB") != std::string::npos;
    if (quote && containsAny(s, {"said", "says", "told", "asked", "added", "urged", "sagte", "dijo", "a d\xC3\xA9" "clar\xC3\xA9"})) return false;
    // A police appeal for witnesses is the story's, however it addresses the reader: "Anyone with information can contact us
    // via Live Chat on our website or call 101, quoting log 312."
    if (startsWithAnyOf(s, {"anyone with information", "anyone with any information", "anyone who has information", "anyone who witnessed",
                            "anyone who saw", "anyone who was in the area", "witnesses or anyone", "anyone who may have"})) {
        return false;
    }
    // An advertisement set in the text under its label, "SPONSORED: Book your spring conference…", and a newsletter's ask
    // to pass it on: "Forward it to a colleague, or subscribe here".
    if (startsWithAnyOf(s, {"sponsored:", "sponsored content:", "advertisement:", "text ad:", "ad:", "promoted:", "paid post:", "partner content:",
                            "forward it to a", "forward this email", "forward this newsletter", "was this forwarded to you",
                            "our mailing address is", "you are receiving this", "you're receiving this", "you received this email",
                            "update your preferences", "unsubscribe",
                            // a site's contact strip: "Connect With Us : 0242202447 | 0551484843"
                            "connect with us :", "connect with us:", "connect with us on",
                            // a press office's note to the newsroom: "Attribute to Detective Senior Sergeant Mike Tuhiwai:"
                            "attribute to ", "quotes attributable to", "comments attributable to",
                            // the reader asked what they thought of the article: "이 기사에 대해 어떻게 생각하시나요?"
                            "what do you think of this article", "what did you think of this article", "\xEC\x9D\xB4 \xEA\xB8\xB0\xEC\x82\xAC\xEC\x97\x90 \xEB\x8C\x80\xED\x95\xB4"})) {
        return true;
    }
    // A fact-checker's ask at the foot: "If you come across any suspicious claim, send it to our WhatsApp tip line at …".
    if (containsAny(s, {"our tip line", "our tipline", "our whatsapp tip line", "our whatsapp tipline", "our whatsapp number", "our whatsapp helpline"}) &&
        containsAny(s, {"send", "forward", "share", "message"}) && !quote) {
        return true;
    }
    // (Its label in capitals run into it, no colon, where a line break set them apart: "SPONSORED Winter tires from $89/tire
    // installed. Book at …". Only in capitals: "Sponsored by the council, the scheme …" is a story's.)
    // (And only an offer: "ADVERTISEMENT The figures show that 389,000 patients …", a label pasted before the story's paragraph,
    // is the story's, which the label's own line leaves.)
    for (const char* label : {"SPONSORED ", "ADVERTISEMENT ", "PAID POST ", "PROMOTED ", "PARTNER CONTENT ", "ANZEIGE ", "PUBLICIDAD ",
                              "PUBLICIT\xC3\x89 ", "PUBBLICIT\xC3\x80 ", "ADVERTENTIE ", "ANNONS "}) {
        const std::size_t n = std::strlen(label);
        if (line.compare(0, n, label) == 0 && line.size() > n && std::isupper(static_cast<unsigned char>(line[n])) &&
            std::islower(static_cast<unsigned char>(line[n + 1 < line.size() ? n + 1 : n])) && countWords(line) <= 40 && !quote &&
            (line.find_first_of("$\xC2\xA3") != std::string::npos || line.find("\xE2\x82\xAC") != std::string::npos ||
             containsAny(s, {"book ", "buy ", "order ", "shop ", "offer", "sale", "discount", "free ", "save ", "deal", "visit ", "call "}))) {
            return true;
        }
    }
    // A newsletter's box under its label: "Newsletter: Der Wirtschafts-Newsletter … erscheint jeden Freitag. Hier anmelden".
    if (startsWithAnyOf(s, {"newsletter:", "newsletter :", "nyhetsbrev:", "nieuwsbrief:"})) return true;
    // A sign-up box's thanks and terms, a paper's note on why to trust it, a comment section's rules.
    // (A market column's disclaimer, its second sentence apart: "These do not represent the views of The Economic Times".)
    if (startsWithAnyOf(s, {"disclaimer:", "these do not represent the views of", "these do not reflect the views of"})) return true;
    // (Its columnists' own, a sentence apart: "The views of columnists published on News24 are therefore their own and do not
    // necessarily represent the views of News24.")
    if (!quote && startsWithAnyOf(s, {"the views of columnists", "the views expressed", "views expressed", "the opinions expressed", "opinions expressed",
                                      "the views and opinions"}) &&
        containsAny(s, {"do not necessarily", "does not necessarily", "are their own", "are those of the"})) {
        return true;
    }
    // A newsletter's pitch in the paper's words, its sign-up button apart: "Get the latest sport news, results and expert
    // commentary.", and its fine print: "You may occasionally receive promotional content from the Los Angeles Times."
    // (A story's "get the latest figures from the council" names no news of the paper's.)
    if (!quote && wordCount <= 12 && !containsAny(s, {" said", " says", " told", " were ", " was "}) &&
        startsWithAnyOf(s, {"get the latest ", "get the best of ", "get breaking news", "get our "}) &&
        containsAny(s, {" news", "headlines", "commentary", "newsletter", "in your inbox", "delivered to"})) {
        return true;
    }
    if (!quote && (containsAny(s, {"may occasionally receive promotional content", "may occasionally receive promotional offers"}) ||
                   (wordCount <= 10 && startsWithAnyOf(s, {"you can unsubscribe at any time", "unsubscribe at any time"})))) {
        return true;
    }
    // A broadcaster's ask to watch it elsewhere: "Stream the latest GMA Integrated News videos on GMA Network's YouTube channel.",
    // "Follow GMA Integrated News on Facebook, X, Instagram, TikTok and Threads.", and its ad sales' "Advertise with NZME.".
    if (!quote && wordCount <= 20 && startsWithAnyOf(s, {"stream the latest ", "watch the latest ", "watch more ", "stream more "}) &&
        (s.ends_with(" channel") || s.ends_with(" channel.") || s.ends_with(" videos") || s.ends_with(" videos."))) {
        return true;
    }
    if (!quote && wordCount <= 4 && line.find(',') == std::string::npos && startsWithAnyOf(s, {"advertise with ", "advertise on ", "advertise here"})) {
        return true;
    }
    // A paper's app, pitched at the foot: "Get real-time weather alerts on the News24 app.", "Download the BBC News app".
    if (!quote && wordCount <= 15 && startsWithAnyOf(s, {"get ", "download ", "install "}) &&
        (s.ends_with(" app") || s.ends_with(" app.") || s.ends_with(" app!") || s.ends_with(" apps."))) {
        return true;
    }
    if (startsWithAnyOf(s, {"thank you for subscribing", "thanks for subscribing", "thank you for signing up", "thanks for signing up",
                            "by providing an email address", "by submitting your email", "by entering your email", "why you can trust",
                            "comments: our rules", "our rules: we want"}) ||
        containsAny(s, {"i agree to the terms of use", "you agree to our terms of use", "we want our comments to be"})) {
        return true;
    }
    // A live page's greeting: "Welcome to our live coverage of Budget 2025." (Not where it tells news in a clause of its
    // own: "Welcome to our live coverage of the storm, which intensified into a typhoon overnight.")
    // (Nor a line that goes on past it, "… coverage of the budget. Reeves will speak at noon.": its other sentences are the
    // paragraph's to weigh, one by one.)
    // (Or in an apposition that tells what the event is: "… coverage of Storm Isolde, the ninth named storm of the season.")
    if (greetingOpens(s) && !(countWords(s) >= 12 && containsAny(s, {", which ", ", where ", ", after ", ", as ", " after ", " since ", ", the ",
                                                                    ", a ", ", an "}))) {
        bool nextSentence = false;
        for (std::size_t k = 1; k + 2 < s.size() && !nextSentence; ++k) {
            if ((s[k] != '.' && s[k] != '!' && s[k] != '?') || std::isalnum(static_cast<unsigned char>(s[k - 1])) == 0 || s[k + 1] != ' ') continue;
            std::size_t j = k + 1;
            while (j < s.size() && s[j] == ' ') ++j;
            nextSentence = j < s.size() && std::islower(static_cast<unsigned char>(s[j])) != 0;
        }
        if (!nextSentence) return true;
    }
    // A paywall's call to subscribe in a line of its own in the Nordic languages: "Läs vidare – bli prenumerant.", "Bliv abonnent
    // i dag". (In a sentence of the story, "… sa att fler vill bli prenumerant på tjänsten", it is news.)
    if (wordCount <= 8 && containsAny(s, {"bli prenumerant", "bliv abonnent", "bli abonnent"})) return true;
    // A live page's host introducing themselves to the reader: "I'm Harriet Okonkwo-Bell and I'll be bringing you the latest
    // with Callum MacLeod in Glasgow."
    // (Not where the sentence tells news: "… the latest on the floods, which have killed 12 people.")
    if (startsWithAnyOf(s, {"i'm ", "i\xE2\x80\x99m ", "i am ", "this is "}) && wordCount <= 24 && s.find_first_of("0123456789") == std::string::npos &&
        !containsAny(s, {", which ", ", where ", ", after ", " who "}) &&
        containsAny(s, {"bringing you the latest", "bring you the latest", "bringing you all the latest", "bring you all the latest",
                        "keeping you up to date", "keep you up to date", "keeping you updated", "keep you updated", "taking you through",
                        "guiding you through", "with you throughout", "with you all day"})) {
        return true;
    }
    // Prompts that only ever address the reader.
    // (A poll put to the reader asks a question, "Poll: Should the city ban cars downtown?"; "Poll: Voters split on transit tax" is a
    // headline.)
    if (s.rfind("poll:", 0) == 0 && !s.empty() && s.back() == '?') return true;
    // (A page's age stamps, relative to when it was loaded: "Posted 5h ago 5 hours ago, updated 19m ago 19 minutes ago".)
    if (startsWithAnyOf(s, {"posted ", "updated ", "published ", "last updated "}) && wordCount <= 16 && s.find(" ago") != std::string::npos &&
        line.find('.') == std::string::npos && line.find('"') == std::string::npos) {
        return true;
    }
    // (A newsletter's sponsor under its masthead, a line of its own: "Presented by NorthPeak Wealth [2]".)
    // (The sponsor by its name only: "Powered by federal infrastructure money" is a sentence.)
    if (startsWithAnyOf(s, {"presented by ", "sponsored by ", "in partnership with ", "powered by "}) && wordCount <= 6 &&
        s.find(',') == std::string::npos) {
        const bool partner = s.rfind("in partnership with ", 0) == 0;
        const std::string lowerLine = lowerAscii(line);
        const std::size_t mark = lowerLine.find(partner ? " with " : " by ");
        std::string sponsor = mark == std::string::npos ? "" : line.substr(mark + (partner ? 6 : 4));
        if (const std::size_t note = sponsor.find(" ["); note != std::string::npos) sponsor.resize(note);  // "[2]", a link's number
        if (!collapseWhitespace(sponsor).empty() && allWordsCapitalized(collapseWhitespace(sponsor))) return true;
    }
    // (The same ask in other languages: "Heb jij een tip of zie je een fout? Mail naar …", "Haben Sie einen Hinweis? …".)
    if (startsWithAnyOf(s, {"heb jij een tip", "heb je een tip", "heeft u een tip", "tip de redactie", "haben sie einen tipp",
                          "haben sie einen hinweis", "hast du einen tipp", "vous avez une info", "vous avez une information",
                          "\xC2\xBFtienes una pista", "\xC2\xBFtienes informaci\xC3\xB3n", "hai una segnalazione", "avete una segnalazione",
                          "tem uma sugest\xC3\xA3o", "tem alguma sugest\xC3\xA3o", "tem uma den\xC3\xBAncia"}) &&
        wordCount <= 40 &&
        // (The newsroom's ask, by mail or a messaging app; a police appeal for witnesses, "Heb jij een tip over de overval? Bel
        // dan de politie", is the story's.)
        (line.find('@') != std::string::npos || containsAny(s, {"mail", "whatsapp", "app ons", "redactie", "redaktion", "r\xC3\xA9" "daction",
                                                                "redacci\xC3\xB3n", "redazione", "reda\xC3\xA7\xC3\xA3o"})) &&
        !containsAny(s, {"politie", "polizei", "police", "polic\xC3\xAD" "a", "polizia", "pol\xC3\xAD" "cia", "gendarmerie"})) {
        return true;
    }
    if (startsWithAnyOf(s, {"have a story?", "got a story?", "have a tip", "got a tip", "have a news tip", "got a story", "want more", "like this story",
                          "like this article", "enjoyed this", "enjoy this", "never miss", "don't miss",
                          "don\xE2\x80\x99t miss", "did you enjoy", "what do you think?", "we want to hear",
                          "tell us what you think", "this is a developing story", "this story is developing",
                          "breaking news alert", "have something to say", "have a question about", "got a question about",
                          "stay with us", "stay tuned", "keep it locked",
                          // a paper's ask at the foot: "Want to share your views? Send us a letter.", "Support us.", "Help
                          // keep family and friends informed by sharing this article."
                          "want to share your views", "share your views with us", "send us a letter", "support us.", "support us ",
                          // a column's social pages: "Like Opinion on Facebook, follow @DawnOpinion on Twitter for …"
                          "like us on facebook", "like opinion on facebook",
                          "help keep family and friends informed", "help keep family & friends informed", "help keep your friends and family informed",
                          "check back for updates", "check back later", "member fdic",
                          "letters to the editor", "send a letter to the editor", "letters may be edited",
                          // the writer's or the publication's ask at the end: "If you found this useful, follow …"
                          "if you found this useful", "if you found this helpful", "if you enjoyed this", "if you liked this",
                          "if this story helped you", "if you value this", "si te gust\xC3\xB3 este", "se voc\xC3\xAA gostou",
                          "si vous avez aim\xC3\xA9", "wenn ihnen dieser", "wenn dir dieser", "se ti \xC3\xA8 piaciuto"})) {
        return true;
    }
    // A topic's follow button and its alert, a line of their own: "Follow Boxing on ESPN Get notified", "Get alerts".
    // (The button's words end the line: "How to get alerts on your phone" is a heading.)
    if (wordCount <= 10 && isUnpunctuatedShortLine(line, 10)) {
        for (const char* button : {"get notified", "get notifications", "turn on notifications", "get alerts", "enable alerts"}) {
            if (s.size() >= std::strlen(button) && s.compare(s.size() - std::strlen(button), std::strlen(button), button) == 0) return true;
        }
    }
    // A newsletter's pitch: "Sign up for The Weekender, the best of … every Friday", "Subscribe to The Dispatch".
    // (Perhaps after a pictograph: "📬 Sign up for …".)
    const std::string opening = startsWithPictograph(line) ? s.substr(std::min(s.size(), s.find(' ') + 1)) : s;
    // (A story's own step, "Sign up for text alerts on the council's website", pitches no letter.)
    // (Past twenty words, only a pitch that ends on its button or names its letter: "Sign up to volunteer … every week." is
    // a story's closing step.)
    const bool pitchShaped = wordCount <= 20 || line.back() != '.' || containsAny(s, {"newsletter", "inbox"});
    if (wordCount <= 30 && pitchShaped && startsWithAnyOf(opening, {"sign up for ", "sign up to ", "subscribe to ", "subscribe for ", "subscribe free"}) &&
        (opening.size() < s.size() || containsAny(s, {"newsletter", "every ", "daily", "weekly", "inbox", "free", "subscribe", "email updates",
                                                      "e-mail updates", "email alerts", "news alerts"}))) {
        return true;
    }
    // "Sign up to Morning Tide", "Suscríbete gratis a Ciudad Abierta": a button or a box's title naming
    // the letter or the paper (a story's step names what is done, "Sign up to vote").
    // (Past the opening and small words, only the name: "Sign up to vote by Friday" is a step.)
    static const char* const kSubscribeOpenings[] = {"sign up to ", "sign up for ", "subscribe to ", "suscr\xC3\xAD" "bete ",
                                                     "abonnez-vous ", "iscriviti ", "assine ", "subscreva ", "abonneer je ",
                                                     "abonnieren sie "};
    for (const char* opening : kSubscribeOpenings) {
        if (wordCount > 7 || !isUnpunctuatedShortLine(line, 7) || s.rfind(opening, 0) != 0) continue;
        bool name = false, onlyName = true;
        for (const std::string& w : splitWords(line.substr(std::strlen(opening)))) {
            const std::string lw = lowerUtf8(w);
            if (lw == "gratis" || lw == "free" || lw == "a" || lw == "to" || lw == "for" || lw == "de" || lw == "al" || lw == "the" ||
                lw == "our" || lw == "now" || lw == "op" || lw == "ao" || lw == "\xC3\xA0") {
                continue;
            }
            const auto c = static_cast<unsigned char>(w[0]);
            name = name || std::isupper(c) || c >= 0xC3;
            onlyName = onlyName && (std::isupper(c) || c >= 0xC3 || std::isdigit(c));
        }
        if (name && onlyName) return true;
    }
    // A subscription sold at its price: "Abonner på Fjordposten+ fra 1 kr første måned", "Subscribe to the Ledger for $1 a
    // week", "Prenumerera på Kuriren för 19 kr i månaden": the imperative, a figure, and a price's or a period's word, a
    // button's or a box's line with no stop. ("Subscribe to Disney+ Premium for $15.99 a month and you get …." is a story's.)
    if (wordCount <= 14 && isUnpunctuatedShortLine(line, 14) && s.find_first_of("0123456789") != std::string::npos &&
        // (The imperative with what it takes, "Subscribe to", "Abonner på": "Subscribe and save: …" heads a story's part, and
        // Italian's "Abbonati Netflix in calo" opens on a noun.)
        startsWithAnyOf(s, {"subscribe to ", "subscribe for ", "subscribe now", "subscribe from ", "abonner p\xC3\xA5 ",
                            "abonn\xC3\xA9r p\xC3\xA5 ", "prenumerera p\xC3\xA5 ", "tilaa ", "abonnez-vous ", "abonneer je ",
                            "abonnieren sie ", "suscr\xC3\xAD" "bete a ", "assine o ", "assine a ", "assine j\xC3\xA1",
                            "subskrybuj ", "zasubskrybuj ", "p\xC5\x99" "edpla\xC5\xA5te si ", "aboneaz\xC4\x83-te "}) &&
        containsAny(s, {" kr", "$", "\xE2\x82\xAC", "\xC2\xA3", " month", " week", "m\xC3\xA5ned", "m\xC3\xA5nad", "kuukau", " mois",
                        " pro monat", " im monat", " al mes", " por mes", " per maand", "miesi\xC4\x85" "c", " z\xC5\x82", "lun\xC4\x83"})) {
        return true;
    }
    // Support asked for from an amount a month: "Steun Vallei Vandaag vanaf € 3 per maand", "Support us
    // from $5 a month"; or unlimited access sold: "Assine … e tenha acesso ilimitado".
    // (The verb before the paper's name or "us": "Support for the plan fell … in a month" is the story's.)
    if (wordCount <= 25 && s.find_first_of("0123456789") != std::string::npos &&
        containsAny(s, {" a month", " per month", "/month", " per maand", " par mois", " pro monat", " im monat", " al mes", " por mes",
                        " por m\xC3\xAAs", " al mese", " a week", " per week"})) {
        for (const char* verb : {"support ", "steun ", "soutenez ", "unterst\xC3\xBCtzen sie ", "apoya ", "apoie ", "sostieni ", "donate to ",
                                 "doneer ", "word lid", "become a member", "join us"}) {
            if (s.rfind(verb, 0) != 0) continue;
            const std::size_t next = std::strlen(verb);
            const std::string after = next < line.size() ? line.substr(next) : "";
            const std::string firstAfter = lowerUtf8(after.substr(0, after.find(' ')));
            if (after.empty() || std::isupper(static_cast<unsigned char>(after[0])) || static_cast<unsigned char>(after[0]) >= 0xC3 ||
                firstAfter == "us" || firstAfter == "ons" || firstAfter == "nous" || firstAfter == "uns" || firstAfter == "noi" ||
                firstAfter == "our" || firstAfter == "onze" || firstAfter == "notre" || firstAfter == "ook" || firstAfter == "voor" ||
                verb[std::strlen(verb) - 1] != ' ') {
                return true;
            }
        }
    }
    if (containsAny(s, {"acesso ilimitado", "unlimited access", "acc\xC3\xA8s illimit\xC3\xA9", "acceso ilimitado", "accesso illimitato",
                        "unbegrenzten zugang", "onbeperkt toegang", "onbeperkte toegang"})) {
        return true;
    }
    // Medium's line of the publication a post was filed in: "Published in High Plains Dispatch".
    if (wordCount <= 8 && isUnpunctuatedShortLine(line, 8) && startsWithAnyOf(s, {"published in "})) {
        const std::size_t name = line.find(' ', line.find(' ') + 1) + 1;
        if (name > 0 && name < line.size() && std::isupper(static_cast<unsigned char>(line[name]))) return true;
    }
    // A production note to the desk: "NOTA PARA WEB: añadir módulo…", "NOTE TO SUBS: …"; a picture's
    // placeholder, "[FOTO 2: Andrea Romero … Autor: Diego Sanz]".
    if (const std::size_t colon = line.find(':'); colon != std::string::npos && colon < 30) {
        const std::string label = collapseWhitespace(line.substr(line[0] == '[' ? 1 : 0, colon - (line[0] == '[' ? 1 : 0)));
        bool capitals = !label.empty();
        for (char c : label) capitals = capitals && !std::islower(static_cast<unsigned char>(c));
        const std::vector<std::string> words = splitWords(label);
        if (capitals && words.size() >= 2 && (words[0] == "NOTA" || words[0] == "NOTE" || words[0] == "NB") &&
            (words[1] == "PARA" || words[1] == "TO" || words[1] == "FOR" || words[1] == "PER" || words[1] == "POUR")) {
            return true;
        }
        if (line[0] == '[' && line.back() == ']' && capitals && !words.empty() &&
            (words[0] == "FOTO" || words[0] == "PHOTO" || words[0] == "IMAGE" || words[0] == "IMAGEN" || words[0] == "IMAGEM" ||
             words[0] == "BILD" || words[0] == "GRAPHIC" || words[0] == "GR\xC3\x81" "FICO" || words[0] == "VIDEO" || words[0] == "PIC")) {
            return true;
        }
    }
    // "Privacy Notice: Newsletters may contain info about charities…": the box's legal line.
    if (startsWithAnyOf(s, {"privacy notice:", "privacy policy:", "privacy:"})) return true;
    // An invitation to report a mistake or rate the page: "Was this fact-check helpful?", "Zag je een fout?"
    // ("Is this page useful? Yes No Report a problem with this page": a government page's own.)
    if (wordCount <= 14 && startsWithAnyOf(s, {"is this page useful", "was this page useful", "was this useful", "did you find this useful",
                                             "report a problem with this page"})) {
        return true;
    }
    // A site's licence for its text: "All content is available under the Open Government Licence v3.0, except where
    // otherwise stated".
    if (wordCount <= 24 && startsWithAnyOf(s, {"all content is available under", "content is available under", "all content is licensed under",
                                             "this work is licensed under", "this article is licensed under"}) &&
        (s.find("licen") != std::string::npos)) {
        return true;
    }
    if (wordCount <= 12 && ((startsWithAnyOf(s, {"was this ", "did you find this", "did this article"}) &&
                                    s.find("helpful") != std::string::npos) ||
                                   startsWithAnyOf(s, {"zag je een fout", "spotted an error", "spotted a mistake", "see an error",
                                                     "found an error", "found a mistake", "report an error", "signaler une erreur",
                                                     "vous avez rep\xC3\xA9r\xC3\xA9 une erreur", "\xC2\xBFhas visto un error",
                                                     "fehler gefunden", "hai trovato un errore"}))) {
        return true;
    }
    // "Newsletter sign-up": a box's title ("newsletter sign-ups from articles nearly doubled" is a story's).
    if (wordCount <= 4 && s.rfind("newsletter sign", 0) == 0) return true;
    // A tip line: "Heb je tips over …? Mail ons via tips@…", "Vous avez une info ?", "Hast du einen Tipp?".
    // (Not an address a story quotes, "email tips@metpolice.uk", whose mailbox's name is taken off above: the
    // publication's own words, "The Aviation Desk welcomes tips. Send them to …".)
    // (The welcome with where to send them, and no one reported saying it: "The FBI said it welcomes tips" is the story's.)
    if (wordCount <= 30 && ((containsAny(s, {"welcomes tips", "welcome tips", "welcomes news tips", "welcome news tips", "we welcome your tips"}) &&
                             containsAny(s, {"send them", "send us", "email us", "e-mail us", "@"}) && !containsAny(s, {" said", " says", " asked"})) ||
                            startsWithAnyOf(s, {"send us your tips", "send us your news tips"}) ||
                                   startsWithAnyOf(s, {"heb je tips", "heb je een tip", "vous avez une info", "hast du einen tipp",
                                                     "haben sie einen tipp", "\xC2\xBFtienes una pista", "\xC2\xBFtienes informaci\xC3\xB3n",
                                                     "hai una segnalazione", "tem uma dica", "har du tips", "masz temat"}) ||
                                   containsAny(s, {"mail ons", "mail us", "schreiben sie uns", "schreib uns", "scrivici", "escreva para"}))) {
        return true;
    }
    // A subscription's terms: "dès 1 € le premier mois, sans engagement", "cancel anytime".
    if (wordCount <= 30 && containsAny(s, {"sans engagement", "cancel anytime", "cancel any time", "cancel at any time",
                                                  "jederzeit k\xC3\xBCndbar", "sin permanencia", "sem fideliza\xC3\xA7\xC3\xA3o",
                                                  "senza vincoli", "dagelijks opzegbaar", "maandelijks opzegbaar", "soutenez la r\xC3\xA9" "daction",
                                                  "soutenez-nous", "soutenez notre", "unterst\xC3\xBCtzen sie unsere", "steun onze", "apoie o",
                                                  "sostieni la", "apoya a"})) {
        return true;
    }
    // The same prompts in Spanish, Italian, Portuguese and French: write to the newsroom, join its channel.
    if (containsAny(s, {"escr\xC3\xAD" "benos a", "escr\xC3\xAD" "benos al", "per segnalazioni", "scrivete a", "scriveteci",
                        "receba as not\xC3\xAD" "cias", "entre no nosso canal", "clique aqui", "\xC3\xA9" "crivez-nous",
                        "rejoignez notre cha\xC3\xAE" "ne", "s\xC3\xADguenos en", "suscr\xC3\xAD" "bete a", "puedes seguir a"})) {
        return true;
    }
    // The publication's own newsletter, named by the publication ("…o apuntarte aquí para recibir nuestra newsletter
    // semanal"), where nobody is quoted: "'…voor onze nieuwsbrief', zei een woordvoerder" is the story's.
    // (A quotation's opening single mark, not an elision's apostrophe: "Inscrivez-vous à notre newsletter pour l'essentiel".)
    // (Nor a quotation opened by a dash, as the Nordic languages write one: "– Vi skickade ut vårt nyhetsbrev …, säger hon.")
    if (!quote && line.find(" '") == std::string::npos && line.front() != '\'' && line.find("\xE2\x80\x98") == std::string::npos &&
        line.find("\xC2\xAB") == std::string::npos && line.find("\xE2\x80\x9E") == std::string::npos && line.rfind("\xE2\x80\x93 ", 0) != 0 &&
        line.rfind("\xE2\x80\x94 ", 0) != 0 && line.rfind("- ", 0) != 0 &&
        containsAny(s, {"nuestra newsletter", "nuestro bolet\xC3\xADn", "nossa newsletter", "la nostra newsletter", "notre newsletter",
                        "onze nieuwsbrief", "unseren newsletter", "nasz newsletter", "naszego newslettera", "v\xC3\xA5rt nyhetsbrev",
                        "vores nyhedsbrev", "uutiskirjeemme", "newsletter-ul nostru", "n\xC3\xA1\xC5\xA1 newsletter",
                        "b\xC3\xBCltenimize"})) {
        return true;
    }
    // A messenger's channel or group of the publication, in any language: a messenger named with joining,
    // following, installing or clicking ("Mari bergabung di Grup Telegram …, caranya klik link …", "Pastikan
    // kamu sudah install aplikasi WhatsApp ya").
    // (The reader or the publication is addressed: "The suspects sold it on a Telegram channel" is news. Whole
    // words: "WhatsApp messages linked to the suspects show they planned to join…" is news too.)
    if (containsAny(s, {"whatsapp", "telegram", "google news"}) && countWords(line) <= 40) {
        static const std::set<std::string> kVerbs{"join", "gabung", "bergabung", "ikuti", "install", "klik", "click", "follow", "katıl",
                                                  "únete", "unisciti", "rejoignez", "siga", "segue", "sigue", "beitreten", "abonnez-vous",
                                                  "suscríbete", "assine", "iscriviti", "subscribe", "dołącz", "obserwuj"};
        static constexpr WordSet kAddressed({"our", "us", "kamu", "anda", "kami", "ya", "nuestro", "nuestra", "nosso", "nossa",
                                                      "notre", "nos", "unser", "unserem", "unseren", "nostro", "nostra", "nasz", "link", "bizi"});
        bool verb = false, addressed = s.find("http") != std::string::npos || s.find("t.me/") != std::string::npos;
        for (std::string w : splitWords(s)) {
            while (!w.empty() && std::strchr(".,:;!?\"'()", w.back()) != nullptr) w.pop_back();
            verb = verb || kVerbs.count(w) != 0;
            addressed = addressed || kAddressed.count(w) != 0;
        }
        if (verb && addressed) return true;
    }
    // (A messenger's channel of the publication's, not the one a story quotes: "The club wrote on its Telegram channel:".)
    if (containsAny(s, {"whatsapp channel", "telegram channel"}) &&
        !containsAny(s, {"its ", "his ", "her ", "their ", " wrote", " said", " posted", " announced", " shared"})) {
        return true;
    }
    // A publisher's appeal for money: "Support PREMIUM TIMES' journalism of integrity and credibility … Make a donation".
    // (The publisher's own journalism, in the possessive, the appeal in the imperative: "Support for the university's
    // journalism school was cut" is the story.)
    if ((s.rfind("support ", 0) == 0 && s.rfind("support for ", 0) != 0 && s.rfind("support from ", 0) != 0 &&
         containsAny(s.substr(0, std::min<std::size_t>(s.size(), 60)), {"' journalism", "'s journalism", "\xE2\x80\x99 journalism", "\xE2\x80\x99s journalism"}) &&
         wordCount <= 60) ||
        (wordCount <= 40 && containsAny(s, {"make a donation", "donate now"}))) {
        return true;
    }
    // A broadcaster's own promotion under its sport's story: "Watch every Super Rugby Pacific match live on Sky Sport 1 and Sky Go."
    if (wordCount <= 25 && startsWithAnyOf(s, {"watch every ", "stream every ", "catch every ", "watch all ", "stream all "}) &&
        containsAny(s, {" live on ", " live and on demand", " only on ", " exclusively on "})) {
        return true;
    }
    // (The publication's own appeal, not one it reports: "…, said contributions had helped to keep our journalism free".)
    if (containsAny(s, {"keep our journalism free", "help us keep our journalism"}) && !containsAny(s, {" said", " says", " told", "according to"})) {
        return true;
    }
    if (containsAny(s, {"get a free quote", "get a quote", "protection of your data",
                        "our journalists work hard", "support local journalism", "support local news",
                        "let us know at", "email us at", "order your copy", "delivery charges may apply", "trust project",
                        "accede aqu\xC3\xAD", "suscripci\xC3\xB3n de empresa", "email tips", "email your tips", "send your tips", "corrections policy", "write to us at", "send us your", "send tips to",
                        "sign up to receive", "in your inbox", "to your inbox", "join our forum",
                        "join the conversation", "join us on", "our newsletter", "our newsletters", "our podcast",
                        "our app", "download the app", "get the app", "on our website", "turn on notifications",
                        "push notifications", "pushnotiser", "push-mitteilungen", "pushmeldingen", "notifications push",
                        "notificaciones push", "notifica\xC3\xA7\xC3\xB5" "es push", "reader-funded", "reader-supported",
                        "finansieras av l\xC3\xA4sarna", "financiado por leitores", "financiado por sus lectores",
                        "financ\xC3\xA9 par ses lecteurs", "von unseren lesern finanziert", "finanziato dai lettori", "support our journalism", "support independent journalism",
                        "become a member", "become a subscriber", "already a subscriber", "subscribe now",
                        // a public broadcaster's underwriting and pledge: "Support for X comes from …"
                        "listeners like you", "viewers like you", "readers like you", "sustaining member",
                        "the footage below", "the video below", "video above", "watch below", "watch the video",
                        "watch live", "listen to the podcast", "listen to this", "click here", "tap here",
                        "share your pictures", "share your photos", "share your videos", "share your experiences",
                        "share your experience with us", "share your story with us", "get in touch:",
                        "we're hiring", "we are hiring", "see open roles", "please support us", "was this article helpful",
                        "cet article vous a été utile", "vous pouvez suivre", "google actualités", "google news",
                        "war dieser artikel hilfreich", "te ha resultado útil", "begambleaware", "gamble responsibly", "gambleaware",
                        // a paywall's prompt
                        "keep reading with", "get unlimited access", "available exclusively to", "exclusively for subscribers",
                        "exclusive to subscribers", "available only to subscribers", "only available to subscribers",
                        "to unlock this article", "to unlock this story", "start your free trial", "start your free",
                        // a letters page's invitation, an appeal for money
                        "do you have an opinion on the issues", "submit a response of up to", "we have a small favour to ask",
                        "make a contribution", "support us today", "you've read one article", "you\xE2\x80\x99ve read one article",
                        "articles in the last month"})) {
        return true;
    }
    // A newsroom's address for its readers at the foot, "For feedback, complaints, or inquiries, contact us.", and its
    // reporter's, "Contact reporter Jane Doe at jdoe@example.com or 850-435-8500."
    {
        std::string end = s;
        while (!end.empty() && (end.back() == '.' || end.back() == ' ' || end.back() == '!')) end.pop_back();
        // (Asked of the reader, not told of someone: "The Home Office did not contact us." is a story's.)
        if (wordCount <= 12 && end.ends_with("contact us") &&
            (startsWithAnyOf(s, {"contact us", "for ", "please ", "if you", "to report", "questions", "feedback", "got a", "have a"}) ||
             containsAny(s, {"please contact us", "feel free to contact us"}))) {
            return true;
        }
        if (wordCount <= 40 && startsWithAnyOf(s, {"contact reporter ", "contact the reporter", "reach reporter ", "reach the reporter", "contact the writer",
                                                   "reach the writer", "email reporter ", "email the reporter"}) &&
            (line.find('@') != std::string::npos || line.find(" at ") != std::string::npos)) {
            return true;
        }
    }
    // A site's acknowledgement of the land's traditional owners at every page's foot, as Australian and Canadian sites
    // set it: "We acknowledge the Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional
    // Custodians of the lands where we live…" (a story quoting one opens on its quotation mark).
    if (startsWithAnyOf(s, {"we acknowledge ", "we respectfully acknowledge ", "acknowledgement of country", "acknowledgment of country"}) &&
        !containsAny(s, {" said", " says", " told", " tells"}) &&
        containsAny(s, {"traditional custodians", "traditional owners", "first australians", "first nations", "traditional territor",
                        "unceded", "elders past"})) {
        return true;
    }
    // A broadcaster's notices at every page's foot: the wires its service carries, "This service may include material from
    // Agence France-Presse (AFP), APTN, Reuters, … which is copyright and cannot be reproduced.", and its clock's key, "AEST =
    // Australian Eastern Standard Time which is 10 hours ahead of GMT".
    if ((startsWithAnyOf(s, {"this service may include material from", "this website may include material from"}) && containsAny(s, {"copyright", "reproduced"})) ||
        (wordCount <= 20 && line.find(" = ") != std::string::npos && containsAny(s, {"standard time", "daylight time"}) &&
         containsAny(s, {"ahead of gmt", "ahead of utc", "behind gmt", "behind utc"}))) {
        return true;
    }
    // A bookmaker's small print, "18+. New customers only. T&Cs apply.", short; not a story's sentence about an offer that
    // ends on it, "Fibre customers get the first 3 months free (T&Cs apply)."
    // (Known by a bookmaker's marks beside it, or alone: "Critics say the T&Cs apply unfairly" and "… free (UK only, T&Cs
    // apply)." are a story's.)
    if (containsAny(s, {"t&cs apply", "t&c apply", "ts&cs apply", "t&c's apply"}) &&
        (wordCount <= 4 || containsAny(s, {"18+", "new customers only", "min deposit", "free bet", "gamble responsibly", "gambling helpline"}))) {
        return true;
    }
    // A button's arrow at a line's end, alone or before its address: "Join 4,100 readers who chip in →
    // metroledger.org/join", "Word ook lid voor € 6 per maand →".
    if (const std::size_t arrow = line.rfind("\xE2\x86\x92"); arrow != std::string::npos && arrow > 0 && wordCount <= 30) {
        const std::string after = collapseWhitespace(line.substr(arrow + 3));
        if (after.empty() || (after.find(' ') == std::string::npos && after.find('.') != std::string::npos)) return true;
    }
    // The reader asked to write in: a question or a request to "you" with the newsroom's address in it
    // ("Have you borrowed a hotspot? Tell us about your experience at tips@example.org").
    if (wordCount <= 30 && containsAny(s, {" you ", "you?", " your ", "you've", "you\xE2\x80\x99ve", "have you", "tell us"}) &&
        // (The address itself: `s` has its mailbox names taken out.)
        (line.find('@') != std::string::npos && line.find('.', line.find('@')) != std::string::npos) && line.find(" @") == std::string::npos &&
        containsAny(s, {"tell us", "let us know", "write to", "email", "contact", "get in touch", "share your", "send us", "reach"})) {
        return true;
    }
    // The newsletter speaking of itself: "This newsletter is free because members pay for it", "Deel deze
    // nieuwsbrief met iemand…".
    // (Not the writer's own mention of it in an argument, "I've been critical of the company in this newsletter, so …": in
    // English only where it is what is done, or what it does.)
    const std::size_t said = s.find("this newsletter");
    // (Its words about itself open the sentence: "As readers of this newsletter will know" and "What I have argued in this
    // newsletter is" are the writer's.)
    const bool itself = said == std::string::npos || said == 0 ||
                        containsAny(s, {"share this newsletter", "forward this newsletter", "support this newsletter", "enjoy this newsletter",
                                        "enjoying this newsletter", "like this newsletter", "love this newsletter", "receive this newsletter",
                                        "subscribe to this newsletter", "sign up for this newsletter", "signed up for this newsletter"});
    if (wordCount <= 25 && itself && containsAny(s, {"this newsletter", "deze nieuwsbrief", "cette newsletter", "cette lettre", "aquesta newsletter",
                                           "aquest butllet\xC3\xAD",
                                                   "diesen newsletter", "dieser newsletter", "questa newsletter",
                                                   "esta newsletter", "este bolet\xC3\xADn", "esta newsletter"})) {
        return true;
    }
    // A broadcaster's promo: "Stay with KVTR 7 News for updates", "Watch Channel 4 News at 6 for more".
    // ("Stay with FOX 4 for live coverage on air and at fox4news.com"; "WEATHER ALERT: Download the FOX 4 Weather app
    // for live radar", a station's app named between "download the" and "app".)
    if ((startsWithAnyOf(s, {"stay with "}) && containsAny(s, {"update", "latest", "developing", "more", "coverage", "on air"})) ||
        (wordCount <= 25 && startsWithAnyOf(s.substr(s.find(": ") != std::string::npos && s.find(": ") < 20 ? s.find(": ") + 2 : 0),
                                            {"download the ", "get the "}) &&
         containsAny(s, {" app for", " app to", " app and", " app."})) ||
        (startsWithAnyOf(s, {"watch "}) && containsAny(s, {"for more", "for the latest", "for updates"}))) {
        return true;
    }
    // "More news from the region on p1 Santos.": a pointer to the rest of the site, in any of its forms.
    if (wordCount <= 12 && startsWithAnyOf(s, {"more news from", "see more news", "read more news", "for more news",
                                                    "veja mais not\xC3\xAD" "cias", "leia mais not\xC3\xAD" "cias",
                                                    "mais not\xC3\xAD" "cias", "ver m\xC3\xA1s noticias", "m\xC3\xA1s noticias de",
                                                    "lire plus d'actualit\xC3\xA9s", "plus d'actualit\xC3\xA9s",
                                                    "altre notizie", "weitere nachrichten", "mehr nachrichten"})) {
        return true;
    }
    // A bookmaker's line in a sports page: "Bet on the Championship with SpinBet".
    if (wordCount <= 10 && startsWithAnyOf(s, {"bet on ", "bet now", "place a bet", "place your bet", "get odds"})) return true;
    // A button's or a link's label standing alone: "Learn more about WebIDE", "Try it now", "Next".
    if (wordCount <= 6 && isUnpunctuatedShortLine(line, 6) &&
        (startsWithAnyOf(s, {"learn more", "read more", "find out more", "see more", "show more", "load more", "view more",
                           "view all", "see all", "try it", "get started", "start now", "buy now", "shop now",
                           "download now", "order now", "book now", "play now", "watch now", "listen now"}) ||
         s == "next" || s == "previous" || s == "prev" || s == "more" || s == "continue" || s == "next page" ||
         s == "previous page")) {
        return true;
    }
    // A newsletter's box that ends on its button: "Newsletter « Sports » — Le meilleur … chaque lundi. S'inscrire",
    // "**Newsletter** — Recevez chaque matin l'essentiel. Je m'inscris".
    if (wordCount <= 40 && containsAny(s, {"newsletter", "infolettre", "bolet\xC3\xADn"})) {
        for (const char* button : {"s'inscrire", "je m'inscris", "s\xE2\x80\x99inscrire", "je m\xE2\x80\x99inscris", "sign up", "subscribe",
                                   "anmelden", "abonnieren", "suscribirse", "suscr\xC3\xAD" "bete", "iscriviti", "inscreva-se",
                                   "aanmelden", "zapisz si\xC4\x99", "registrarse"}) {
            // (The button alone after the box's sentence, no full stop of its own: "… not to sign up." is a sentence.)
            const std::string b = button;
            std::string end = s;
            while (!end.empty() && (end.back() == ' ' || end.back() == ')' || end.back() == ']')) end.pop_back();
            if (end.size() < b.size() + 2 || end.compare(end.size() - b.size(), b.size(), b) != 0) continue;
            std::string before = end.substr(0, end.size() - b.size());
            while (!before.empty() && (before.back() == ' ' || before.back() == '[' || before.back() == '(')) before.pop_back();
            if (!before.empty() && std::strchr(".!?:\xBB\x94", before.back()) != nullptr) return true;
        }
    }
    // An imperative to do something with the page or the publication.
    const bool imperative =
        startsWithAnyOf(s, {"sign up", "subscribe ", "subscribe.", "follow us", "follow ", "like us on", "find us on", "download ",
                          "click ", "tap ", "join us", "join our", "register ", "log in", "sign in", "donate ", "check out",
                          "watch:", "watch the", "listen:", "listen to", "read the full", "read our", "see the full",
                          "see our", "get the ", "get our", "share this", "share your", "revivez", "suivez",
                          "abonnez-vous", "inscrivez-vous", "suscríbete", "síguenos", "assine", "siga-nos", "suscr\xC3\xAD" "base",
                          "ab\xC3\xB3nese", "inscr\xC3\xAD" "base", "s\xC3\xAD" "ganos", "inscreva-se", "abonnieren sie",
                          "iscriviti", "seguici", "abonnieren", "folgen sie", "подпишитесь", "구독",
                          // "Подписывайтесь на канал … в Telegram", "Читайте РБК в Telegram"
                          "\xD0\xBF\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD1\x8B\xD0\xB2\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5\xD1\x81\xD1\x8C", "\xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5", "\xD0\xBF\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD0\xB0\xD1\x82\xD1\x8C\xD1\x81\xD1\x8F",
                          // "join": "Participe do canal … no WhatsApp", "Únete a nuestro canal"
                          "participe", "entre no canal", "\xC3\xBAnete", "unisciti", "rejoignez", "treten sie",
                          "get all the latest", "get all our", "for all the latest", "stay up to date", "keep up to date",
                          "keep up with"}) ||
        startsWithPictograph(line);
    // …addressed to this publication's reader: "our", "us", its newsletter, app or channels. "Sign up for
    // text alerts on the council's website" in a story's list of steps is not.
    const bool toThePage = containsAny(s, {"newsletter", "podcast", " app", "here", "below", " our ", " us ", " us.",
                                            " us!", "inbox", "subscription", "free trial", "twitter", "facebook",
                                            "instagram", "youtube", "tiktok", "whatsapp", "telegram", "transcript",
                                            "direct", "lettre", "en vivo", "ao vivo", "nuestro", "nossa", "nostra", "alertas",
                                            "correo electr\xC3\xB3nico", "por e-mail", "par e-mail", "per e-mail",
                                            // a letter's own pitch: "Suscríbete gratis … y apoyar mi trabajo"
                                            "gratis", "gratuit", "kostenlos", "gr\xC3\xA1tis", "my work", "mi trabajo", "meu trabalho",
                                            "mon travail", "meine arbeit", "il mio lavoro",
                                            // a social account: "Follow @metoffice on X for updates"
                                            "@", " on x ", " on x.", "for updates", "for the latest", "live updates",
                                            // an outlet's pages on the story: "Follow AP's coverage of the election at https://…"
                                            "coverage", "http://", "https://", "www."});
    // ("Follow the line from Caph … towards the cluster below": following a page is following an account.)
    const bool followsAnAccount = !startsWithAnyOf(s, {"follow "}) || startsWithAnyOf(s, {"follow us"}) ||
                                  containsAny(s, {"@", "twitter", "facebook", "instagram", "youtube", "tiktok", "whatsapp", "telegram",
                                                  " on x ", " on x.", "for updates", "for the latest", "live updates", "coverage",
                                                  "http://", "https://", "www."});
    return imperative && toThePage && followsAnAccount;
}

bool introducesAPerson(const std::string& line) {
    // "Jane Doe is a retired engineer…", "J.R. Smith was the…": two to four capitalized words, then a verb
    // of being and an article.
    const std::vector<std::string> words = splitWords(collapseWhitespace(line));
    std::size_t names = 0;
    while (names < words.size() && names < 4 && isNameWord(words[names])) ++names;
    if (names < 2 || names + 1 >= words.size()) return false;
    const std::string verb = lowerAscii(words[names]), article = lowerAscii(words[names + 1]);
    return (verb == "is" || verb == "was") && (article == "a" || article == "an" || article == "the" || article == "former");
}

bool isSignOff(const std::string& line) {
    // "— Harriet Osei", "-- J.D.": a writer's name set under an entry with a dash before it.
    const std::string s = collapseWhitespace(line);
    // "◎공감언론 뉴시스 jihyun@newsis.com": a desk's or a writer's signature ending on the writer's address, a few words
    // that are no sentence.
    // (The pattern is compiled only for a last word that holds an "@": compiling it costs a start of the program a tenth.)
    if (const std::size_t space = s.rfind(' '); space != std::string::npos && s.find('@', space) != std::string::npos && countWords(s) <= 6 &&
                                                 !hasSentenceStop(s.substr(0, space))) {
        static const std::regex kAddress(kEmailAddressPattern);
        if (std::regex_match(s.substr(space + 1), kAddress)) return true;
    }
    // "kw", "(kw)": the writer's initials set in small letters under the story. A word is no such mark: only initials
    // without a vowel, or in brackets. (A desk's, "dvg/rmlgv", are the boilerplate's.)
    if (s.size() >= 2 && s.size() <= 8) {
        const bool bracketed = s.front() == '(' && s.back() == ')';
        const std::string inner = bracketed ? s.substr(1, s.size() - 2) : s;
        const bool small = inner.size() >= 2 && inner.size() <= 4 &&
                           std::all_of(inner.begin(), inner.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
        if (small && (bracketed || inner.find_first_of("aeiouy") == std::string::npos)) return true;
    }
    std::size_t start = 0;
    bool hyphen = false;
    if (s.compare(0, 3, "\xE2\x80\x94") == 0 || s.compare(0, 3, "\xE2\x80\x93") == 0) {
        start = 3;
    } else if (s.compare(0, 2, "--") == 0) {
        start = 2;
    } else if (s.compare(0, 1, "-") == 0) {
        start = 1;
        hyphen = true;
    } else {
        return false;
    }
    // "— With assistance from Sofia Lindqvist": a wire's credit to its colleagues.
    const std::string rest = lowerAscii(collapseWhitespace(s.substr(start)));
    for (const char* credit : {"with assistance from ", "with additional reporting by ", "additional reporting by ", "with reporting by "}) {
        if (rest.rfind(credit, 0) == 0 && countWords(rest) <= 16) return true;
    }
    // ("—WITH A REPORT FROM INQUIRER RESEARCH": a desk's credit, run on after a story's last sentence.)
    if (countWords(s) <= 10 && startsWithAnyOf(rest, {"with a report from", "with reports from", "with files from", "with a file from",
                                                      "with additional reporting"})) {
        return true;
    }
    // ("- Additional reporting by Reuters": a hyphen for the dash before a wire's credit only, a name's is a list's item.)
    if (hyphen) return false;
    // "—VBL, GMA Integrated News": the desk's initials and the newsroom's name.
    if (const std::size_t comma = s.find(", ", start); comma != std::string::npos && comma - start >= 2 && comma - start <= 9 &&
        std::all_of(s.begin() + static_cast<std::ptrdiff_t>(start), s.begin() + static_cast<std::ptrdiff_t>(comma),
                    [](char c) { return std::isupper(static_cast<unsigned char>(c)) || c == '/'; }) &&
        countWords(s.substr(comma + 2)) <= 5 && allWordsCapitalized(s.substr(comma + 2)) &&
        s.find_first_of(".!?\"0123456789", comma) == std::string::npos) {
        return true;
    }
    const std::vector<std::string> words = splitWords(s.substr(start));
    if (words.empty() || words.size() > 4) return false;
    for (const std::string& w : words) {
        if (!isNameWord(w) || w.find_first_of(",;:!?\"()0123456789") != std::string::npos) return false;
    }
    return true;
}

bool isBylineSignedAgain(const std::string& line, const std::string& byline) {
    if (byline.empty() || countWords(line) > 20) return false;
    const auto names = [](const std::string& text) {
        std::string out;
        for (const std::string& w : splitWords(text)) {
            const std::string l = lowerUtf8(w);
            if (l != "et" && l != "and" && l != "und" && l != "y" && l != "e" && l != "og" && l != "och" && l != "en" && l != "&") out += w;
        }
        return foldForComparison(out);
    };
    if (countWords(line) <= 12 && names(line) == names(byline)) return true;
    // ("Callum Pryce Trending reporter 16:45, 10 JUL 2024 Updated 08:12, 11 JUL 2024": the writer's name again with a job and the
    // times of the story and its update, a byline's box the page set in its body.)
    const std::string flat = collapseWhitespace(line);
    if (flat.rfind(collapseWhitespace(byline) + " ", 0) != 0) return false;
    const std::string rest = flat.substr(collapseWhitespace(byline).size() + 1);
    bool clock = false;
    for (std::size_t at = rest.find(':'); at != std::string::npos && !clock; at = rest.find(':', at + 1)) {
        clock = at > 0 && at + 2 < rest.size() && std::isdigit(static_cast<unsigned char>(rest[at - 1])) &&
                std::isdigit(static_cast<unsigned char>(rest[at + 1])) && std::isdigit(static_cast<unsigned char>(rest[at + 2]));
    }
    // (Its date's year with it, and no sentence's stop: "Callum Pryce drove the route at 16:45 on Friday." is the story's.)
    bool year = false;
    for (std::size_t at = rest.find("20"); at != std::string::npos && !year; at = rest.find("20", at + 1)) {
        year = at + 4 <= rest.size() && std::isdigit(static_cast<unsigned char>(rest[at + 2])) && std::isdigit(static_cast<unsigned char>(rest[at + 3])) &&
               (at == 0 || !std::isdigit(static_cast<unsigned char>(rest[at - 1]))) &&
               (at + 4 == rest.size() || !std::isdigit(static_cast<unsigned char>(rest[at + 4])));
    }
    return clock && year && countWords(rest) <= 14 && rest.find(". ") == std::string::npos && std::string(".!?").find(rest.back()) == std::string::npos;
}

bool isNewsletterPitch(const std::string& line, const std::string& site) {
    const std::string text = collapseWhitespace(line);
    if (site.empty() || text.empty() || countWords(text) > 30 || text.back() == '.' || text.back() == '!' || text.back() == '?') return false;
    // (The name whole: "WELT" is not in "weltweit".)
    std::string spaced = " " + lowerUtf8(text) + " ";
    for (const char* mark : {"\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xA0"}) {
        for (std::size_t at = spaced.find(mark); at != std::string::npos; at = spaced.find(mark, at)) spaced.replace(at, std::strlen(mark), " ");
    }
    for (char& c : spaced) {
        if (std::strchr("\"'.,;:!?()", c) != nullptr) c = ' ';
    }
    if (spaced.find(" " + lowerUtf8(site) + " ") == std::string::npos) return false;
    return containsAny(spaced, {" pour vous ", " for you ", " f\xC3\xBCr sie ", " para usted ", " para ti ", " per te ", " per voi ", " voor u ",
                                " voor jou ", " for dig ", " f\xC3\xB6r dig ", " para voc\xC3\xAA "});
}

std::string copyrightHolder(const std::string& line) {
    const std::string lower = lowerAscii(line);
    std::size_t at = std::string::npos, width = 0;
    for (const char* mark : {"\xC2\xA9", "(c)", "copyright"}) {
        const std::size_t found = lower.find(mark);
        if (found != std::string::npos && found < at) {
            at = found;
            width = std::strlen(mark);
        }
    }
    // (At the line's start, or a sentence's: "… (SCP). Copyright (c) 2025 …"; or a footer's field after its separator,
    // "Strandgade 12, 7620 Lemvig · © Fjordposten 2025".)
    // (Or no mark, the rights reserved after the holder's name: "Gazzetta del Naviglio S.r.l. - P.IVA … - Tutti i diritti
    // riservati".)
    if (at == std::string::npos) {
        const std::string rights = lowerUtf8(line);
        for (const char* phrase : {"all rights reserved", "tutti i diritti riservati", "todos los derechos reservados", "tous droits r\xC3\xA9serv\xC3\xA9s",
                                   "alle rechte vorbehalten", "todos os direitos reservados", "wszelkie prawa zastrze\xC5\xBCone",
                                   "alle rettigheder forbeholdes", "alle rechten voorbehouden"}) {
            if (const std::size_t found = rights.find(phrase); found != std::string::npos && found > 0) {
                // (After a field's label: "Rights: Ocala Sentinel-Herald. All rights reserved.")
                const std::size_t colon = line.find(": ");
                at = 0;
                width = colon != std::string::npos && colon < found && countWords(line.substr(0, colon)) == 1 ? colon + 2 : 0;
            }
        }
    }
    const auto fieldStart = [&](std::size_t k) {
        return (k >= 2 && lower.compare(k - 2, 2, ". ") == 0) || (k >= 3 && lower.compare(k - 3, 3, " | ") == 0) ||
               (k >= 4 && lower.compare(k - 4, 4, " \xC2\xB7 ") == 0) || (k >= 5 && lower.compare(k - 5, 5, " \xE2\x80\x93 ") == 0);
    };
    if (at == std::string::npos || (at > 0 && !fieldStart(at))) return "";
    std::size_t i = at + width;
    // Past more marks, the years and their commas: "Copyright (C) 2000-2025", "Copyright 2025,".
    bool year = false;
    for (bool moved = true; moved && i < line.size();) {
        moved = false;
        while (i < line.size() && (line[i] == ' ' || line[i] == ',' || line[i] == '-' || std::isdigit(static_cast<unsigned char>(line[i])))) {
            year = year || std::isdigit(static_cast<unsigned char>(line[i])) != 0;
            ++i;
            moved = true;
        }
        for (const char* mark : {"\xC2\xA9", "(c)", "(C)"}) {
            if (line.compare(i, std::strlen(mark), mark) == 0) {
                i += std::strlen(mark);
                moved = true;
            }
        }
    }
    // ("(c) Whether …", a list's third item, has no year after its mark.)
    if (width == 3 && lower.compare(at, 3, "(c)") == 0 && !year) return "";
    // To the end of its sentence or its field: "The Dominion Press. All rights reserved. | Privacy".
    std::size_t end = i;
    while (end < line.size()) {
        if (line.compare(end, 2, "\xC2\xA9") == 0) break;  // ("© 2025 Mapbox © OpenStreetMap": a second holder)
        // (Or a dash between fields: "© Le Courrier 2026 — Tous droits réservés", "© 2026 WartaNusa.id - Jaringan …".)
        if (line[end] == '|' || line[end] == ',' || line.compare(end, 2, "\xC2\xB7") == 0 || line.compare(end, 3, "\xE2\x80\xA2") == 0 ||
            line.compare(end, 2, "  ") == 0 || line.compare(end, 4, " \xE2\x80\x94") == 0 || line.compare(end, 4, " \xE2\x80\x93") == 0 ||
            line.compare(end, 3, " - ") == 0) {
            break;
        }
        if (line[end] == '.' && (end + 1 == line.size() || line[end + 1] == ' ')) break;
        ++end;
    }
    std::vector<std::string> words = splitWords(line.substr(i, end - i));
    // (Less its company's suffix and a year after it: "Pty Ltd", "Inc.", "Wessex Vale Police 2025".)
    while (!words.empty()) {
        std::string last = lowerAscii(words.back());
        while (!last.empty() && (last.back() == '.' || last.back() == ',')) last.pop_back();
        // ("S.r.l.", "S.p.A.", "S.L.": a form written with its dots.)
        if (last.find('.') != std::string::npos && last.size() <= 6) last.erase(std::remove(last.begin(), last.end(), '.'), last.end());
        const bool year = !last.empty() && std::all_of(last.begin(), last.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
        if (!year && last != "inc" && last != "ltd" && last != "pty" && last != "llc" && last != "plc" && last != "gmbh" &&
            last != "corp" && last != "limited" && last != "co" && last != "ag" && last != "sa" && last != "ab" && last != "asa" &&
            last != "oy" && last != "bv" && last != "nv" && last != "spa" && last != "srl" && last != "sl" && last != "kg" && last != "&") {
            break;
        }
        words.pop_back();
    }
    std::string holder;
    for (const std::string& w : words) holder += (holder.empty() ? "" : " ") + w;
    while (!holder.empty() && (holder.back() == ',' || holder.back() == '.')) holder.pop_back();
    // (A name of a few words with a capital, not a web address: "XINGUANGNET.CN", "example.com".)
    const std::string lowerHolder = lowerAscii(holder);
    // (A brand written as its address, one word in mixed case, is a name: "WartaNusa.id".)
    const bool brandAddress = words.size() == 1 && holder.find('.') != std::string::npos && holder.find('.') + 4 >= holder.size() &&
                              std::any_of(holder.begin(), holder.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
    if (holder.empty() || words.size() > 6 || !std::isupper(static_cast<unsigned char>(holder[0])) ||
        (holder.find('.') != std::string::npos && !brandAddress) ||
        holder.find('/') != std::string::npos || lowerHolder.find("all rights") != std::string::npos ||
        lowerHolder.find("copyright") != std::string::npos ||  // ("© Crown copyright 2025")
        // ("© 2025 The Author(s)", "© the authors 2024": an open-access paper's writers, no publication)
        lowerHolder.rfind("the author", 0) == 0 || lowerHolder.rfind("author", 0) == 0 ||
        // ("COPYRIGHT AND PROTECTED BY APPLICABLE LAW", a reader app's last line: the rights, no holder)
        lowerHolder.rfind("and protected", 0) == 0 || lowerHolder.find("protected by applicable law") != std::string::npos ||
        lowerHolder.find("droits r") != std::string::npos || lowerHolder.find("rechte vorbehalten") != std::string::npos) {
        return "";
    }
    // (A picture's, a map's or a platform's holder names no publication: "© 2025 Getty Images", "© OpenStreetMap
    // contributors", "© 2025 Substack Inc.": its first or last word or words.)
    for (const std::string credit : {"getty", "shutterstock", "alamy", "istock", "adobe stock", "openstreetmap", "mapbox", "google", "here",
                                     "wordpress", "substack", "ghost", "medium", "squarespace", "wix", "apple", "microsoft", "youtube",
                                     "facebook", "meta", "x corp", "twitter", "instagram", "tiktok", "linkedin", "automattic", "contributors",
                                     "images", "photos", "pictures", "maps"}) {
        if (lowerHolder == credit || lowerHolder.starts_with(credit + " ") || lowerHolder.ends_with(" " + credit)) return "";
    }
    return holder;
}

bool isPublisherSelfDescription(const std::string& line) {
    const std::size_t wordCount = countWords(line);
    if (wordCount > 60 || line.empty() || !std::isupper(static_cast<unsigned char>(line[0]))) return false;
    const std::string s = lowered(line);
    // (Not a sentence that reports or quotes it: "… the company said", "according to its website".)
    if (containsAny(s, {"\"", "\xE2\x80\x9C", " said", " says", "according to", "told "})) return false;
    // "At Premium Times, we firmly believe in the importance of high-quality journalism.": a publication speaking of
    // its own journalism in the first person after its name.
    if (s.rfind("at ", 0) == 0) {
        const std::size_t we = s.find(", we ");
        if (we != std::string::npos && countWords(s.substr(0, we)) <= 5 && countWords(line.substr(3, we - 3)) > 0 &&
            allWordsCapitalized(line.substr(3, we - 3)) &&
            containsAny(s, {"our journalism", "quality journalism", "independent journalism", "our reporting", "our newsroom"})) {
            return true;
        }
    }
    // ("RNZ is an independent public service broadcaster.", "News24 is committed to fair and balanced reporting.")
    const bool aboutNews = containsAny(s, {"news agency", "news organization", "news organisation", "news service", "media company",
                                           "media group", "news provider", "provider of multimedia news", "provider of news",
                                           "wire service", "newswire", "public service broadcaster", "balanced reporting", "balanced journalism"});
    const bool praise = containsAny(s, {"leading", "largest", "independent", "founded in", "world's", "world\xE2\x80\x99s", "oldest",
                                        "committed to fair"});
    const std::size_t is = s.find(" is ");
    if (!aboutNews || !praise || is == std::string::npos) return false;
    const std::string subject = line.substr(0, is);
    return countWords(subject.substr(0, subject.find(", "))) <= 5;
}

bool isPublisherNote(const std::string& line) {
    const std::size_t wordCount = countWords(line);  // (counted once: this runs on every line of a page)
    // (A wire's footer of any length: "This information is provided by RNS, the news service of the London
    // Stock Exchange. RNS is approved by …")
    if (wordCount > 120) return false;
    const std::string s = lowered(line);
    if (s.rfind("this information is provided by rns", 0) == 0) return true;
    // (So is a listed company's notice under the EU's Market Abuse Regulation, both its sentences: "This information is
    // information that … is obliged to make public pursuant to the EU Market Abuse Regulation. The information was submitted
    // for publication, through the agency of the contact person set out above, at 07:30 CEST on 24 April 2025.")
    if (containsAny(s, {"pursuant to the eu market abuse regulation", "through the agency of the contact person"})) return true;
    // A study's citation under a health story: "Reference: Venkataraman R, et al. … N Engl J Med. 2024;391(9):801-812.
    // doi:10.1056/NEJMoa2407719".
    // (The citation alone, with its authors: a story's sentence may name a study's DOI.)
    if ((s.find("doi:10.") != std::string::npos || s.find("doi.org/10.") != std::string::npos || startsWithAnyOf(s, {"reference:", "references:", "citation:"})) &&
        s.find("et al") != std::string::npos) {
        return true;
    }
    // (A Korean portal's note under every story it carries: "기사 섹션 분류 안내" over "기사의 섹션 정보는 해당 언론사의 분류를
    // 따르고 있습니다." — the section is the outlet's.)
    if (s.rfind("\xEA\xB8\xB0\xEC\x82\xAC\xEC\x9D\x98 \xEC\x84\xB9\xEC\x85\x98 \xEC\xA0\x95\xEB\xB3\xB4\xEB\x8A\x94", 0) == 0 ||
        s == "\xEA\xB8\xB0\xEC\x82\xAC \xEC\x84\xB9\xEC\x85\x98 \xEB\xB6\x84\xEB\xA5\x98 \xEC\x95\x88\xEB\x82\xB4") {
        return true;
    }
    // (And a court's note over an opinion's summary: "The syllabus constitutes no part of the opinion of the Court…")
    if (s.find("constitutes no part of the opinion") != std::string::npos) return true;
    if (wordCount > 45) return false;
    // A page's metadata written as a definition list, the label and its marker run together once read ("From: :
    // Department for …", "Part of:: …"): the publisher's field, not the story.
    {
        const std::size_t colon = s.find(':');
        const std::size_t marker = colon == std::string::npos ? colon : s.find_first_not_of(' ', colon + 1);
        if (colon != std::string::npos && colon > 0 && countWords(s.substr(0, colon)) <= 3 && marker != std::string::npos && s[marker] == ':' &&
            (marker + 1 == s.size() || s[marker + 1] == ' ')) {
            return true;
        }
    }
    // A wire's contact lines under "To contact the reporters on this story:": names, a city and an address each,
    // "Priya Raman in New York at praman12@bloomberg.net; Jonathan Keel in New York at jkeel4@bloomberg.net".
    {
        std::size_t addresses = 0;
        for (const std::string& w : splitWords(s)) addresses += w.find('@') != std::string::npos && w.find('.', w.find('@')) != std::string::npos;
        // (Each a name and a city before "at": "Residents can report sightings at owls@…" is the story's.)
        const std::size_t at = line.find(" at ");
        const std::string who = at == std::string::npos ? "" : line.substr(0, at);
        bool named = !who.empty() && countWords(who) <= 7;
        for (const std::string& w : splitWords(who)) named = named && (w == "in" || (std::isupper(static_cast<unsigned char>(w[0])) != 0));
        if (addresses > 0 && wordCount <= addresses * 8 && named && s.find(". ") == std::string::npos) return true;
    }
    // An Indian desk's credit to the agencies it drew on, a line of its own: "(With inputs from PTI)", "With agency inputs".
    {
        const std::string credit = s.rfind('(', 0) == 0 ? s.substr(1) : s;
        // (The credit alone, no sentence: "With inputs from experts, the plan was…" is the story's.)
        if (wordCount <= 8 && credit.find(',') == std::string::npos && credit.find(". ") == std::string::npos &&
            startsWithAnyOf(credit, {"with inputs from ", "with agency inputs", "inputs from agencies", "with inputs by "})) {
            return true;
        }
    }
    // A listed company's note that its board approved the release, as the exchange asks: "This announcement has been
    // authorised for release by the Board of …".
    // (The release's own note, naming the board or its officer: "… approved for release by the Parole Board" is a story.)
    if (wordCount <= 30 && startsWithAnyOf(s, {"this announcement", "this release", "this document", "this market announcement", "authorised for release",
                                               "authorized for release", "released with the authority", "approved for release by the board"}) &&
        containsAny(s, {"authorised for release by", "authorized for release by", "approved for release by", "authorised for lodgement by",
                        "authorized for lodgement by", "authorised for release to the asx", "with the authority of"}) &&
        containsAny(s, {"board", "director", "disclosure committee", "company secretary", "chief executive", "managing director"})) {
        return true;
    }
    // A transcript's note of how it was made: "Transcript (auto-generated, lightly edited)", "Machine-generated transcript".
    if (wordCount <= 8 && s.find("transcript") != std::string::npos &&
        containsAny(s, {"auto-generated", "automatically generated", "machine-generated", "lightly edited", "edited for clarity",
                        "edited for length", "computer-generated", "ai-generated"})) {
        return true;
    }
    // A draft's note of its version and who approved it: "DRAFT v3 – approved by PI 03/03/25", "Draft 2 - not for publication".
    if (wordCount <= 12 && s.rfind("draft ", 0) == 0 && s.size() > 7 &&
        (std::isdigit(static_cast<unsigned char>(s[6])) || (s[6] == 'v' && s.size() > 7 && std::isdigit(static_cast<unsigned char>(s[7]))))) {
        return true;
    }
    // A press office's letterhead over its release: "University of Edinburgh – Press Office", "Media Relations".
    if (wordCount <= 10) {
        std::string bare = s;
        while (!bare.empty() && (bare.back() == '.' || bare.back() == ' ')) bare.pop_back();
        for (const char* office : {"press office", "media office", "press team", "media relations", "news office", "communications office",
                                   "media and communications", "press and media relations"}) {
            const std::size_t n = std::strlen(office);
            if (bare.size() >= n && bare.compare(bare.size() - n, n, office) == 0 &&
                (bare.size() == n || bare.compare(bare.size() - n - 1, 1, " ") == 0)) {
                return true;
            }
        }
    }
    // A syndicated reporter's note, where it opens the line: "This article was written by a Local Democracy Reporter."
    // (And a wire's note to its editors: "Fotnot: Artikeln har uppdaterats med …".)
    // (A science digest's source, where it opens the line: "Materials provided by University of Manchester.")
    if (s.rfind("materials provided by ", 0) == 0 && wordCount <= 14) return true;
    for (const char* note : {"fotnot:", "fotnote:", "this article was written by a", "this story was written by a", "this article was produced by",
                             // a partner's note: "This article is co-published with The Texas Tribune, a nonprofit …"
                             "this article is co-published with", "this story is co-published with", "this article was co-published with",
                             "this story was co-published with", "this article is a collaboration between", "this story is a collaboration between",
                             "this story was produced by", "this article was supplied by", "this story was supplied by"}) {
        if (s.rfind(note, 0) == 0) return true;
    }
    // A newsletter's own prompts, where a line or a sentence opens on them: "If you were forwarded this, subscribe here",
    // "Paid subscribers get my full spreadsheet …"; and its plea to pass it on, addressed to the reader ("the best thing
    // you can do is share it with one person"). (A story's sentence, "Police urged anyone … to share it with a friend",
    // says none to "you".)
    if (startsWithAnyOf(s, {"if you were forwarded this,", "if you were forwarded this email", "if you were forwarded this newsletter",
                            "if this was forwarded to you", "paid subscribers get", "paid members get", "paid subscribers also get"}) ||
        (wordCount <= 25 && s.find(" you ") != std::string::npos && s.find('"') == std::string::npos && s.find(" said") == std::string::npos &&
         containsAny(s, {"share it with one person", "share it with a friend", "share this post with", "share this newsletter with"}))) {
        return true;
    }
    // "Staff writer Tom Brandt reported from Clearlake Oaks.": the desk's credit to a writer on the scene, at the foot.
    if (countWords(line) <= 16 && startsWithAnyOf(s, {"staff writer ", "staff writers ", "special correspondent ", "times staff writer "}) &&
        (s.find(" reported from ") != std::string::npos || s.find(" contributed") != std::string::npos)) {
        return true;
    }
    if (containsAny(s, {"a version of this article appears", "a version of this story appears",
                        // a broadcaster's note of when its programme covered the story
                        "\xC3\xBC" "ber dieses thema berichtete",
                        "appeared in print on", "appears in print on", "this article originally appeared",
                        "this story originally appeared", "this article was originally published",
                        "this story was originally published", "originally published on", "originally appeared on",
                        "this article first appeared", "this story first appeared", "was first published on",
                        // "This report by The Dominion Press was first published Feb. 18, 2025." (the month's first three
                        // letters, written whole or short)
                        "was first published jan", "was first published feb", "was first published mar", "was first published apr",
                        "was first published may", "was first published jun", "was first published jul", "was first published aug",
                        "was first published sep", "was first published oct", "was first published nov", "was first published dec",
                        // "Originally posted on Space.com.", and a blog's feed under each post: "The post … appeared first on …"
                        "originally posted on", "originally posted at", "first posted on", " appeared first on ",
                        // a comments box's rules: "Comments are moderated and generally will be posted if …", "see our Comments FAQ"
                        "comments are moderated", "our comments faq", "our comments policy", "our commenting policy",
                        // an email's note over its newsletter: "Having trouble viewing this email? View it online."
                        "having trouble viewing this email", "trouble viewing this e-mail", "view this email in your browser",
                        "view this email in a browser", "email not displaying correctly",
                        // a wire's footer naming who to write to: "To contact the reporters on this story:"
                        "to contact the reporter", "to contact the editor", "to contact the author",
                        "order reprints", "today's paper", "today\xE2\x80\x99s paper", "reprints & permissions",
                        "all rights reserved", "copyright \xC2\xA9", "may not be published, broadcast, rewritten",
                        "may not be reproduced", "without permission is prohibited", "republished with permission",
                        "prior written consent", "expressly prohibited", "republication or redistribution",
                        "reproduced with permission",
                        // rights notices in other languages: "Dilarang keras mengambil konten … tanpa izin tertulis"
                        "dilarang keras mengambil", "tanpa izin tertulis", "ohne schriftliche genehmigung", "sans autorisation \xC3\xA9" "crite",
                        "sin autorizaci\xC3\xB3n expresa", "bez pisemnej zgody", "senza autorizzazione scritta",
                        // an obituary's shop: "To send flowers to the family or plant a tree in memory…"
                        "plant a tree in memory", "plant trees in memory", "visit our floral store",
                        // The wire tagline that thanks a colleague: "Heba Habib contributed to this report."
                        "contributed to this report", "contributed to this story", "contributed to this article",
                        // a science digest's note on its source: "Note: Content may be edited for style and length."
                        "content may be edited for style and length",
                        // an Indian portal's note on a wire's story: "Only the headline and picture of this report may have been
                        // reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed."
                        "may have been reworked by", "auto-generated from a syndicated feed",
                        "contributed reporting",
                        // Syndication notes: "This article was reprinted on Wired.com."
                        "this article was reprinted", "this story was reprinted", "this article is reprinted",
                        "this story is reprinted", "reprinted with permission", "this article is republished",
                        "this story is republished", "this article was republished", "republished from",
                        // A column's or a broadcaster's standing notes: whose views these are, how a
                        // transcript was made, who funds a beat, a republishing licence.
                        "views expressed", "opinions expressed", "do not necessarily reflect", "does not necessarily reflect",
                        // a syndicated beat's funding note: "The Local Democracy Reporting Service is funded by the BBC and used by …"
                        "is funded by the bbc and used by", "written by a local democracy reporter",
                        // a correction's note: "Correction: An earlier version of this story misstated …"
                        "an earlier version of this story", "an earlier version of this article", "a previous version of this story",
                        "a previous version of this article", "this story has been corrected", "this article has been corrected",
                        // and as a British paper words it: "This article was amended on 14 February 2025. An earlier version said …"
                        "this article was amended on", "this article was corrected on", "this story was amended on",
                        "this article has been amended", "this story has been amended",
                        // an editor's note of an update at the foot: "Artikeln är uppdaterad kl. 13.10 med …"
                        "artikeln \xC3\xA4r uppdaterad", "artikeln har uppdaterats", "artikeln uppdaterades", "artikkelen er oppdatert",
                        "this article has been updated", "this story has been updated", "der artikel wurde aktualisiert",
                        "dieser artikel wurde aktualisiert", "cet article a \xC3\xA9t\xC3\xA9 mis \xC3\xA0 jour", "este art\xC3\xAD" "culo ha sido actualizado",
                        "este art\xC3\xAD" "culo fue actualizado", "questo articolo \xC3\xA8 stato aggiornato", "dit artikel is bijgewerkt",
                        // a comment box's prompt: "Vous souhaitez réagir ? Abonnez-vous pour commenter."
                        "vous souhaitez r\xC3\xA9" "agir", "abonnez-vous pour commenter", "abonnez-vous pour r\xC3\xA9" "agir", "subscribe to comment",
                        "registrieren sie sich, um zu kommentieren", "reg\xC3\xADstrate para comentar",
                        // a market column's disclaimer and a paper's plea for its app: "Catch all the Business News … on Live Mint"
                        "(disclaimer:", "catch all the business news", "download the mint news app",
                        // a Canadian wire's credit at the foot: "With files from The Canadian Press"
                        "with files from the canadian press", "with files from reuters", "with files from the associated press",
                        // an Australian broadcaster's acknowledgement of country under every story
                        "acknowledges aboriginal and torres strait islander",
                        // a health site's disclaimer: "This article is for informational purposes only and is not a substitute …"
                        "this article is for informational purposes", "this content is for informational purposes",
                        "this information is for informational purposes", "this article is not a substitute for professional",
                        "transcripts are created", "transcript may not be", "may not be in its final form",
                        "authoritative record", "receives support from", "receives financial support",
                        "solely responsible for all content", "republish this story", "republish our articles",
                        "under a creative commons license", "we may include it in a future", "how we test ",
                        // who paid for or shared the reporting: "This story was produced with support from …"
                        "produced with support from", "produced in partnership with", "published in partnership with",
                        "produced in collaboration with", "published in collaboration with", "supported by a grant from",
                        "made possible by a grant", "funded by a grant from", "reporting is supported by", "coverage is supported by",
                        "reporting is funded by", "coverage is funded by", "with a monthly membership",
                        // a republishing licence in other languages: "publié sous licence CC BY-NC-ND"
                        "sous licence cc", "sous licence creative commons", "bajo licencia cc", "bajo licencia creative commons",
                        "unter der lizenz cc", "unter einer creative-commons", "sotto licenza cc", "sob licen\xC3\xA7" "a cc",
                        "licensed under cc by", "released under cc by", "licensed under a creative commons",
                        "is reader-supported", "is reader supported", "view original content",
                        "this article was featured in", "this story was featured in", "sign up for it here",
                        "if you are willing to speak", "please include a contact number", "include a contact number",
                        // where a piece ran before, in other languages: "Dit stuk verscheen eerder in …", "Bu yazı ilk
                        // olarak … yayımlandı", "Ce texte a d'abord paru dans …"
                        "verscheen eerder in", "verscheen eerder op", "erschien zuerst in", "erschien zuerst bei", "a d'abord paru",
                        "publi\xC3\xA9 initialement", "publicado originalmente", "se public\xC3\xB3 originalmente",
                        "pubblicato originariamente", "apparso originariamente", "bu yaz\xC4\xB1 ilk olarak", "bu haber ilk olarak",
                        "bu makale ilk olarak", "opublikowano pierwotnie",
                        // a court's summary of its own judgment, and an email's reason for arriving
                        "does not form part of the reasons", "references in square brackets are to paragraphs",
                        "is provided to assist in understanding the court", "is the only authoritative document",
                        "you are receiving this email", "you received this email", "has recibido este correo",
                        "how you receive these emails", "manage your email preferences", "update your email preferences",
                        // a market announcement's regulatory lines and its wire's footer
                        "announcement contains inside information", "this information is provided by rns",
                        "rns may use your ip address", "is a news service of the london stock exchange",
                        // a parliament's proof, a thread unroller's footer, a Markdown converter's alerts
                        "not to be quoted or cited until", "new unrolls are available", "may be removed anytime",
                        "may remove this content at anytime", "try unrolling a thread", "save it as pdf for later",
                        "gd2md-html alert", "links to alerts", "please check and correct alert issues",
                        "recibes este correo", "vous recevez cet e-mail", "vous recevez ce courriel", "sie erhalten diese e-mail",
                        "ricevi questa email", "voc\xC3\xAA est\xC3\xA1 recebendo este e-mail", "je ontvangt deze e-mail",
                        "has rebut aquest correu", "reps aquest correu",
                        // a mailing list's digest: its advice on replying
                        "when replying, please edit your subject line",
                        "forwarded this email", "was this forwarded to you", "forwarded to you by a friend", "becoming a paid member", "become a paid member",
                        "becoming a paid subscriber", "letters may be edited",
                        // A newspaper's invitation to answer in a letter.
                        "do you have an opinion on the issues raised", "considered for publication in our letters",
                        // A reader's donation asked for.
                        "support us from", "from as little as", "it only takes a minute", "make a contribution",
                        "make a donation", "donate now", "support our journalism",
                        // An academic writer's disclosure of interests under a republished article: "… does not work for, consult,
                        // own shares in or receive funding from any company or organisation that would benefit from this article".
                        "not work for, consult, own shares in or receive funding from", "disclosed no relevant affiliations",
                        // Affiliate and sponsorship disclosures.
                        "we may earn a commission", "we may earn commission", "we may receive a commission",
                        "earn a commission from", "earns a commission", "affiliate link", "affiliate commission",
                        "income earning", "qualifying purchases", "as an amazon associate", "ftc:", "sponsored content",
                        "paid content", "paid partnership", "this content is produced",
                        // a deals page's note on its prices
                        "prices were correct at the time of", "prices correct at the time of", "prices are correct at the time of",
                        "prices and availability are subject to change",
                        // Copyright and no-reproduction lines in other languages.
                        "tous droits réservés", "reproduction interdite", "todos los derechos reservados", "reservados todos los derechos",
                        "no se permite la reproducci\xC3\xB3n",
                        "prohibida su reproducción", "prohibida la reproducción", "todos os direitos reservados", "alle rechte vorbehalten",
                        "vietata la riproduzione", "proibida a reprodução", "nachdruck nur mit", "nachdruck verboten",
                        "reproduction totale ou partielle", "wszelkie prawa zastrzeżone", "alle rechten voorbehouden",
                        "riproduzione riservata", "tutti i diritti riservati", "все права защищены",
                        // ("Tous droits de reproduction et de représentation réservés", an agency's line)
                        "droits de reproduction", "derechos de reproducci\xC3\xB3n", "direitos de reprodu\xC3\xA7\xC3\xA3o",
                        "diritti di riproduzione", "all reproduction rights",
                        "\xEB\xAC\xB4\xEB\x8B\xA8 \xEC\xA0\x84\xEC\x9E\xAC",  // 무단 전재
                        "\xEB\xAC\xB4\xEB\x8B\xA8\xEC\xA0\x84\xEC\x9E\xAC",   // 무단전재
                        "\xEC\x9E\xAC\xEB\xB0\xB0\xED\x8F\xAC \xEA\xB8\x88\xEC\xA7\x80",  // 재배포 금지
                        "\xEC\x9E\xAC\xEB\xB0\xB0\xED\x8F\xAC\xEA\xB8\x88\xEC\xA7\x80",   // 재배포금지
                        "\xE7\x89\x88\xE6\x9D\x83\xE6\x89\x80\xE6\x9C\x89",  // 版权所有
                        "\xE7\xA6\x81\xE6\xAD\xA2\xE8\xBD\xAC\xE8\xBD\xBD",  // 禁止转载
                        "\xE7\x84\xA1\xE6\x96\xAD\xE8\xBB\xA2\xE8\xBC\x89",  // 無断転載
                        // a portal's note on where the outlet filed the story: "이 기사는 언론사에서 경제 섹션으로 분류했습니다."
                        "\xEC\x84\xB9\xEC\x85\x98\xEC\x9C\xBC\xEB\xA1\x9C \xEB\xB6\x84\xEB\xA5\x98\xED\x96\x88\xEC\x8A\xB5\xEB\x8B\x88\xEB\x8B\xA4"})) {
        return true;
    }
    // ("If you purchase a product or register for an account through a link on our site, we may receive compensation.": the
    // disclosure in the site's own voice, opening on the reader's purchase; a story reporting one says who said it.)
    if (startsWithAnyOf(s, {"if you purchase", "if you buy", "if you click", "when you buy", "when you purchase", "when you click", "we may"}) &&
        containsAny(s, {"we may receive compensation", "we may be compensated", "we may earn compensation"})) {
        return true;
    }
    // The site's own disclosure in its name, not "we": "TechVerge may earn a commission when you buy through links on our site."
    // (A name of a few words before it, the site's voice after, "our site"; a story reporting such a line says who said it.)
    if (const std::size_t earn = s.find(" may earn "); earn != std::string::npos && countWords(s.substr(0, earn)) <= 3 && wordCount <= 30 &&
                                                       s.find("commission", earn) != std::string::npos && containsAny(s, {"through links", "via links", "through our links"}) &&
                                                       containsAny(s, {" our site", " our website", " this site", " our links", " our pages"}) &&
                                                       line.find('"') == std::string::npos) {
        return true;
    }
    // The disclosure opening on the reader's purchase, in the site's voice: "When you buy a book using a link on this page, we
    // receive a commission."
    if (startsWithAnyOf(s, {"if you buy", "when you buy", "if you purchase", "when you purchase"}) && wordCount <= 30 &&
        !containsAny(s, {" said", " says", " told"}) && line.find('"') == std::string::npos &&
        containsAny(s, {"we receive a commission", "we earn a commission", "we get a commission", "we may get a commission"})) {
        return true;
    }
    // A page's notes about itself and its readers' part, each a kind many sites print, alone on its line: the print edition it
    // appeared in ("This article appears in the March 2026 print edition with the headline …", "From the April 2026 issue"), its
    // thanks ("Thank you for supporting The Atlantic."), its player's and its settings' words ("Enjoy more audio and podcasts on
    // iOS or Android.", "Text settings"), its call for tips ("Do you have a story for The Sun?", "Got a story?", "If you've got a
    // celebrity story … get in touch with … by emailing us …"), its newsletter ("Never miss a story — sign up for …'s free daily
    // newsletter"), its syndication's pointer ("Read the original article on People."), its share box ("Share or comment on this
    // article:") and a picture's credit under a label ("Listing image: Getty Images").
    if (wordCount <= 60 &&
        ((startsWithAnyOf(s, {"this article appears in the ", "this article appeared in the ", "this story appears in the ",
                              "this essay appears in the ", "this article is from the "}) &&
          containsAny(s, {"print edition", " issue"})) ||
         (wordCount <= 6 && s.rfind("from the ", 0) == 0 && (s.ends_with(" issue") || s.ends_with(" issue."))) ||
         (wordCount <= 8 && startsWithAnyOf(s, {"thank you for supporting ", "thanks for supporting "}) && !containsAny(s, {"\"", "\xE2\x80\x9D", "'"})) ||
         (wordCount <= 12 && startsWithAnyOf(s, {"enjoy more audio and podcasts", "listen to more audio"})) ||
         (wordCount <= 4 && s.rfind("text settings", 0) == 0) ||
         (wordCount <= 10 && !s.empty() && s.back() == '?' && startsWithAnyOf(s, {"do you have a story for", "got a story", "have you got a story", "got a tip"})) ||
         (startsWithAnyOf(s, {"if you've got a", "if you\xE2\x80\x99ve got a", "if you have a story", "if you have a celebrity story"}) &&
          containsAny(s, {"get in touch", "contact us", "email us", "emailing us"}) && containsAny(s, {"story", "stories", "tip"})) ||
         (s.rfind("never miss a story", 0) == 0 && containsAny(s, {"newsletter", "sign up"})) ||
         (wordCount <= 10 && startsWithAnyOf(s, {"read the original article on ", "read the original story on ", "read the original at "})) ||
         (wordCount <= 8 && startsWithAnyOf(s, {"share or comment on this article", "share or comment on this story"})) ||
         // (Its stamps and labels: "Originally Published -- 10:05 AM PT", "Filed under." over its tags.)
         (wordCount <= 8 && startsWithAnyOf(s, {"originally published --", "originally published -", "originally published:",
                                                "originally published \xE2\x80\x94"}) && line.find_first_of("0123456789") != std::string::npos) ||
         (wordCount <= 2 && startsWithAnyOf(s, {"filed under", "posted in", "filed in"})) ||
         (wordCount <= 8 && startsWithAnyOf(s, {"listing image:", "lead image:", "top image:", "header image:", "hero image:"})) ||
         // (In German: "Dieser Artikel ist in der ZEIT Nr. 11/2026 erschienen.", "Mitarbeit: Jonas Pfeiffer", "Dieser Artikel ist
         // Teil von Z+. Jetzt 4 Wochen kostenlos testen …".)
         (wordCount <= 20 && s.rfind("dieser artikel ist in der ", 0) == 0 && s.find("erschienen") != std::string::npos) ||
         (wordCount <= 6 && s.rfind("mitarbeit: ", 0) == 0) ||
         (wordCount <= 30 && (s.rfind("dieser artikel ist teil von", 0) == 0 ||
                              (s.rfind("jetzt ", 0) == 0 && s.find("kostenlos testen") != std::string::npos))))) {
        return true;
    }
    // A podcast's sponsor read, opening its line: "This episode is brought to you by …", "Also supported by Lumen
    // VPN: 3 months free …" ("The research was also supported by the Wellcome Trust." is the story's).
    if (startsWithAnyOf(s, {"this episode is brought to you by", "this episode is supported by", "today's episode is brought to you by",
                          "today\xE2\x80\x99s episode is brought to you by", "this show is brought to you by", "brought to you by"}) ||
        (startsWithAnyOf(s, {"also supported by", "supported by", "thanks to our sponsor", "our sponsor"}) && s.find(':') != std::string::npos &&
         containsAny(s, {"free", "code", "off", "offer", "plan", ".example", ".com"}))) {
        return true;
    }
    // An institution's notice under its release: "Reproduction is permitted provided that the source is acknowledged."
    if (wordCount <= 14 && containsAny(s, {"reproduction is permitted provided", "provided that the source is acknowledged"})) return true;
    // "Disclosure: the writer owns shares in …": a disclosure set after the story.
    if (s.rfind("disclosure:", 0) == 0) return true;
    // "// @Siobhán – is it 14 or 16?": a desk's comment in a draft; "Dernière modification : 14/05/2024 par …",
    // "Pièces jointes : …": a wiki page's footer.
    if (s.rfind("// ", 0) == 0 || s.rfind("//@", 0) == 0) return true;
    if (wordCount <= 14) {
        for (const char* footer : {"last modified", "last edited", "derni\xC3\xA8re modification", "zuletzt ge\xC3\xA4ndert",
                                   "\xC3\xBAltima modificaci\xC3\xB3n", "ultima modifica", "attachments:", "pi\xC3\xA8" "ces jointes",
                                   "anh\xC3\xA4nge:", "adjuntos:", "allegati:", "anexos:"}) {
            if (s.rfind(footer, 0) == 0) return true;
        }
    }
    // "SOURCE Acme Health, Inc.": a wire service's line naming who issued a release.
    if (line.rfind("SOURCE ", 0) == 0 && wordCount <= 10) return true;
    // ("(c) 2025 …" reaches here without its bracket, "c) 2025 …", which `lowered` takes off: isCreditLine knows it.)
    return s.rfind("\xC2\xA9", 0) == 0 || s.rfind("copyright ", 0) == 0;
}

bool isAuthorBoxLabel(std::string lower) {
    while (!lower.empty() && (lower.back() == ':' || lower.back() == ' ')) lower.pop_back();
    static constexpr WordSet kLabels({
            "about the author", "about the authors", "about the writer", "about the reporter", "\xC3\xBC" "ber den autor",
            "\xC3\xBC" "ber die autorin", "\xC3\xBC" "ber die autoren", "zur autorin", "zum autor", "sobre el autor", "sobre la autora",
            "sobre os autores", "sobre o autor", "sobre a autora", "\xC3\xA0 propos de l'auteur", "\xC3\xA0 propos de l\xE2\x80\x99" "auteur",
            "l'autore", "l\xE2\x80\x99" "autore", "sull'autore", "over de auteur", "over de auteurs", "om skribenten", "om f\xC3\xB6rfattaren",
            "o autorze", "o autorach", "yazar hakk\xC4\xB1nda", "\xD0\xBE\xD0\xB1 \xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80\xD0\xB5",
            "\xE3\x81\x93\xE3\x81\xAE\xE8\xA8\x98\xE4\xBA\x8B\xE3\x82\x92\xE6\x9B\xB8\xE3\x81\x84\xE3\x81\x9F\xE4\xBA\xBA",  // この記事を書いた人
            "\xE8\x91\x97\xE8\x80\x85\xE3\x83\x97\xE3\x83\xAD\xE3\x83\x95\xE3\x82\xA3\xE3\x83\xBC\xE3\x83\xAB",  // 著者プロフィール
            "\xE5\x9F\xB7\xE7\xAD\x86\xE8\x80\x85",  // 執筆者
            "\xEA\xB8\xB0\xEC\x9E\x90 \xEC\x86\x8C\xEA\xB0\x9C"});
    return kLabels.count(lower) != 0;
}

bool isAuthorBio(const std::string& line) {
    const std::vector<std::string> words = splitWords(collapseWhitespace(line));
    if (words.size() < 4 || words.size() > 70) return false;
    // The writers' box run into one line, its label first, then a name: "About the author: Karl Brenneisen is a
    // commercial pilot …" ("About the author: the biography, published in March, …" is a review's).
    {
        const std::string flat = collapseWhitespace(line);
        const std::size_t colon = flat.find(':');
        if (colon != std::string::npos && colon < 40 && isAuthorBoxLabel(lowerUtf8(flat.substr(0, colon)))) {
            const std::vector<std::string> after = splitWords(flat.substr(colon + 1));
            if (after.size() >= 2 && after[0].size() > 1 && std::isupper(static_cast<unsigned char>(after[0][0])) &&
                std::isupper(static_cast<unsigned char>(after[1][0]))) {
                return true;
            }
        }
    }
    // "About Becca – Mom of 3, former school teacher …": a blog's box on its writer, the label naming her by her first name and
    // a dash before who she is, in the first person after it ("About 200 – 300 people came" is a count).
    {
        const std::string flat = collapseWhitespace(line);
        if (flat.rfind("About ", 0) == 0 && words.size() >= 6) {
            std::size_t k = 1;
            while (k < words.size() && k <= 3 && std::isupper(static_cast<unsigned char>(words[k][0]))) ++k;
            const bool dash = k > 1 && k < words.size() && (words[k] == "\xE2\x80\x93" || words[k] == "\xE2\x80\x94" || words[k] == "-");
            const std::string rest = " " + lowered(flat) + " ";
            // (The writer by a first name alone, or saying who she is: "About Boris Johnson – … my view is simple" closes a column.)
            if (dash && (k == 2 || containsAnyOf(rest, {" i'm ", " i\xE2\x80\x99m ", " i am "})) &&
                containsAnyOf(rest, {" i ", " i'm ", " i\xE2\x80\x99m ", " my ", " me "})) {
                return true;
            }
        }
    }
    // An all-capitals tagline: "LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR".
    std::size_t upper = 0;
    for (const std::string& w : words) upper += isAsciiUpperWord(w) ? 1 : 0;
    const std::string s = lowered(line);
    static const Phrases kRoles = {"reporter", "correspondent", "editor", "writer", "columnist", "journalist",
                                       "author of", "contributor", "producer", "critic", "photographer", "analyst",
                                       "freelance", "intern", "host of", "anchor", "staff writer", "bureau chief",
                                       "commentator", "blogger", "novelist", "fellow at", "professor", "covers ",
                                       "has written for", "writes about", "writes for", "reports on",
                                       // "Kathrin Oberländer berichtet seit 2014 über den SC Freiburg."
                                       "berichtet seit", "berichtet \xC3\xBC" "ber", "schreibt \xC3\xBC" "ber", "schreibt f\xC3\xBCr",
                                       // The same in the other languages readcast reads most.
                                       "periodista", "politólogo", "abogado", "investigador", "profesor", "escritor",
                                       "economista", "analista", "corresponsal", "redactor", "journaliste", "rédacteur",
                                       "correspondant", "chercheur", "professeur", "écrivain", "journalist", "redakteur",
                                       "korrespondent", "jornalista", "repórter", "colunista", "giornalista",
                                       "corrispondente", "scrittore", "ricercatore"};
    if (upper == words.size() && containsAny(s, kRoles)) return true;
    // A profile's few words: "2.3K Followers. Urban data nerd. Writes about transit, maps and spreadsheets."
    if (words.size() <= 30 && line.find('"') == std::string::npos) {
        for (const char* subjectless : {"writes about ", "writes on ", "writing about ", "covers ", "reports on "}) {
            if (s.rfind(subjectless, 0) == 0 || s.find(std::string(". ") + subjectless) != std::string::npos) return true;
        }
        if (words.size() >= 2 && std::isdigit(static_cast<unsigned char>(words[0][0])) &&
            startsWithAnyOf(lowered(words[1]), {"followers", "follower", "subscribers", "abonnés", "seguidores", "follower"})) {
            return true;
        }
    }
    // A bio that opens on the writer's job: "Periodista de la sección de Economía…", "Journaliste au service
    // Politique…", "Reporter at the Valley Courier since 2019."
    if (words.size() <= 60 && startsWithAnyOf(s, {"periodista ", "redactor ", "redactora ", "reportera ", "reportero ", "corresponsal ",
                                                "journaliste ", "r\xC3\xA9" "dacteur ", "r\xC3\xA9" "dactrice ", "correspondant ",
                                                "giornalista ", "jornalista ", "rep\xC3\xB3rter ", "redakteur ", "redakteurin ",
                                                "korrespondent ", "korrespondentin ", "journalist ", "reporter ", "correspondent ",
                                                "columnist ", "staff writer "}) &&
        startsWithAnyOf(lowered(words[1]), {"de", "en", "at", "for", "with", "\xC3\xA0", "au", "di", "da", "do", "bei", "f\xC3\xBCr", "im", "der", "covering"})) {
        return true;
    }
    // An opinion page's note under the column: "The writer is Dawn's Islamabad correspondent.", "The writer is a former
    // ambassador to the UN." (Its own role, or what the writer is.)
    // (A paper's own role, a correspondent's or a columnist's, and nothing the story tells of a writer: "The writer was the first
    // woman to win the Booker twice" is an obituary's.)
    if (words.size() <= 40 && startsWithAnyOf(s, {"the writer is ", "the writers are ", "the author is ", "the authors are "}) &&
        containsAny(s, {"correspondent", "columnist", "staff reporter", "staff writer", "contributing editor", "freelance journalist",
                        "tweets", "@", "can be reached", "is on x", "is on twitter"})) {
        return true;
    }
    // (In other languages, with the paper's role: "Autor jest publicystą działu Opinie.", "Der Autor ist Redakteur im Ressort
    // Politik.", "L'auteur est chroniqueur au Monde.")
    // (Short, and naming the paper's desk or its column: "L'auteur est journaliste spécialisé…" opens a court report's sentence.)
    if (words.size() <= 16 &&
        containsAny(s, {"dzia\xC5\x82u", "ressort", "rubrique", "secci\xC3\xB3n", "redazione", "reda\xC3\xA7\xC3\xA3o", "redactie", "redaktion",
                        "felietony", "columns", "chroniques", "publikujemy", "publions", "publicamos", "pubblichiamo"}) &&
        startsWithAnyOf(s, {"autor jest ", "autorka jest ", "der autor ist ", "die autorin ist ", "l'auteur est ", "l'autrice est ",
                            "l\xE2\x80\x99" "auteur est ", "el autor es ", "la autora es ", "l'autore \xC3\xA8 ", "l'autrice \xC3\xA8 ",
                            "o autor \xC3\xA9 ", "a autora \xC3\xA9 ", "de auteur is ", "f\xC3\xB6rfattaren \xC3\xA4r ", "forfatteren er ",
                            "autor je ", "autorka je "}) &&
        containsAny(s, {"publicyst", "dziennikar", "redaktor", "felieton", "korrespondent", "kolumnist", "journalist", "chroniqueu",
                        "correspondant", "r\xC3\xA9" "dact", "periodista", "columnista", "corresponsal", "giornalista", "editorialista",
                        "corrispondente", "jornalista", "colunista", "correspondente", "columnist", "verslaggever", "medarbetare",
                        "skribent", "reporter", "novin\xC3\xA1\xC5\x99", "koment\xC3\xA1tor", "commentator", "ressort", "dzia\xC5\x82u"})) {
        return true;
    }
    // Languages that leave out the pronoun: "Es redactora de la delegación…", "È giornalista…", "É repórter…".
    if ((s.rfind("es ", 0) == 0 || s.rfind("\xC3\xA8 ", 0) == 0 || s.rfind("\xC3\xA9 ", 0) == 0) && words.size() >= 3 &&
        containsAny(lowered(words[1] + " " + words[2]), kRoles)) {
        return true;
    }
    // "Jane Doe is a …", "J.R. Smith covers …", "He has written for …": a name (or a pronoun that follows
    // one) and a verb of being or covering, then a role.
    // (A title before the name: "Dr. Lindsay Marsh is a board-certified internist and the medical correspondent …".)
    const std::size_t titled = !words.empty() && startsWithAnyOf(lowered(words[0]), {"dr.", "prof."}) && words[0].size() <= 5 ? 1 : 0;
    std::size_t name = titled;
    while (name < words.size() && name < 5 + titled && isNameWord(words[name])) ++name;
    // (The box's name in bold, then a dash and the bio, which names the writer again: "Bridie Tran - Bridie covers council,
    // planning and courts for the Courier.")
    if (name >= 2 && name + 2 < words.size() && (words[name] == "-" || words[name] == "\xE2\x80\x93" || words[name] == "\xE2\x80\x94") &&
        words[name + 1] == words[0]) {
        const std::size_t again = name + 1;
        name = again;
        while (name < words.size() && name < again + 4 && isNameWord(words[name])) ++name;
    }
    const bool pronoun = s.rfind("he ", 0) == 0 || s.rfind("she ", 0) == 0 || s.rfind("they ", 0) == 0;
    if (name < 2 + titled && !pronoun) return false;
    static const Phrases kVerbs = {"is", "was", "covers", "covered", "writes", "reports", "has", "joined", "edits",
                                   "hosts", "teaches", "lives", "es", "fue", "est", "était", "ist", "war", "é", "foi",
                                   "è", "era", "berichtet", "schreibt"};
    bool verb = false;
    // The verb right after the name, or after one adverb ("She previously covered …").
    for (std::size_t k = pronoun ? 1 : name; k < words.size() && k <= (pronoun ? 2u : name + 1); ++k) {
        const std::string w = lowerUtf8(words[k]);
        for (std::string_view v : kVerbs) verb = verb || w == v;
    }
    return verb && containsAny(s, kRoles);
}

bool isBioOfByline(const std::string& line, const std::string& byline) {
    if (byline.empty()) return false;
    // (Set after a dash under the story: "— Tama Whaanga is the Herald's Kahu Māori news reporter.")
    std::string flat = collapseWhitespace(line);
    // (Or the publication's own, that names the writer as the one who runs it: "Your Local Epidemiologist (YLE) is founded and
    // operated by Dr. Katelyn Jetelina, …", "The Tilt is written by Sam Ruiz.")
    {
        std::string name = collapseWhitespace(byline);
        for (const char* title : {"Dr. ", "Prof. ", "By ", "by "}) {
            if (name.rfind(title, 0) == 0) name.erase(0, std::strlen(title));
        }
        name.erase(std::min(name.find(','), name.size()));  // (its degrees after it: "Dr. Katelyn Jetelina, MPH PhD")
        const std::string lower = lowerUtf8(flat);
        for (const char* made : {" is founded", " was founded", " is written", " is run", " is operated", " is edited", " is published",
                                 " is produced", " is created", " is a newsletter"}) {
            const std::size_t at = lower.find(made);
            if (at == std::string::npos || countWords(flat.substr(0, at)) > 8 || countWords(name) < 2) continue;
            const std::size_t by = lower.find(" by ", at);
            // (The writer runs it, not someone of theirs: "is run by Jane Doe's mother" is the story's.)
            const std::size_t named = by == std::string::npos ? std::string::npos : flat.find(name, by);
            if (by - at <= 40 && named != std::string::npos && named <= by + 12 && flat.compare(named + name.size(), 1, "'") != 0 &&
                flat.compare(named + name.size(), 3, "\xE2\x80\x99") != 0) {
                return true;
            }
        }
    }
    for (const char* dash : {"\xE2\x80\x94 ", "\xE2\x80\x93 ", "- ", "-- "}) {
        if (flat.rfind(dash, 0) == 0) flat.erase(0, std::strlen(dash));
    }
    const std::vector<std::string> words = splitWords(flat);
    if (words.size() < 6 || words.size() > 150) return false;
    // The byline's names: capitalized words of three letters or more ("Devindra", "Hardawar").
    std::vector<std::string> names;
    for (const std::string& w : splitWords(collapseWhitespace(byline))) {
        std::string bare = w;
        while (!bare.empty() && std::ispunct(static_cast<unsigned char>(bare.back()))) bare.pop_back();
        if (bare.size() >= 3 && isNameWord(bare) && lowerUtf8(bare) != "and") names.push_back(lowerUtf8(bare));
    }
    // (In any case: a wire's byline in capitals, "By MARGARET O'DONNELL-REYES", over "O'Donnell-Reyes covers …".)
    std::size_t k = 0;
    while (k < words.size() && k < 3 && std::find(names.begin(), names.end(), lowerUtf8(words[k])) != names.end()) ++k;
    // ("Mike Lindblom: mlindblom@seattletimes.com; on X: @mikelindblom. Mike Lindblom covers …": the writer's name and a
    // colon over the ways to reach them.)
    if (k < words.size() && k < 3 && words[k].size() > 1 && words[k].back() == ':' &&
        std::find(names.begin(), names.end(), lowerUtf8(words[k].substr(0, words[k].size() - 1))) != names.end() && k + 1 < words.size() &&
        words[k + 1].find('@') != std::string::npos) {
        return true;
    }
    if (k == 0 || k >= words.size()) return false;
    // Then what a bio says of a person: a verb of being, having or doing a career's things.
    static const Phrases kVerbs = {"is", "was", "has", "had", "covers", "covered", "writes", "wrote", "reports",
                                   "reported", "joined", "lives", "lived", "spent", "grew", "started", "began",
                                   "holds", "studied", "graduated", "previously", "currently", "also", "loves",
                                   "worked", "works", "teaches", "taught", "edits", "hosts", "leads", "oversees",
                                   "serves", "specializes", "focuses", "owns", "runs", "founded", "co-founded", "co-owns", "directs", "chairs",
                                   // the same in the other languages readcast reads most
                                   "es", "fue", "ha", "escribe", "cubre", "est", "a", "\xC3\xA9" "crit", "couvre", "ist",
                                   "war", "hat", "schreibt", "\xC3\xA8", "scrive", "\xC3\xA9", "foi", "escreve", "cobre",
                                   "\xC3\xA4r", "var", "har", "skriver", "er", "schrijft", "werkt", "jest", "pisze", "pracuje"};
    const std::string next = lowerUtf8(words[k]);
    for (std::string_view v : kVerbs) {
        if (next == v) return true;
    }
    return false;
}

bool isContactLine(const std::string& line) {
    if (countWords(line) > 40) return false;
    const std::string s = lowered(line);
    if (startsWithAnyOf(s, {"media contact", "press contact", "media enquiries", "media inquiries", "press enquiries", "press inquiries"})) {
        return true;
    }
    // A bulletin's or a release's contact field with an address or a number: "Contact: Sam Patel, gdp@ons.example.gov.uk, +44 1633
    // 455000". ("Contact: the council is asking residents…" has neither.)
    if (startsWithAnyOf(s, {"contact:", "contacts:", "contact details:", "kontakt:", "contacto:", "contatto:", "contato:"}) && countWords(s) <= 14 &&
        !s.ends_with(".") &&
        (s.find('@') != std::string::npos ||
         std::count_if(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }) >= 9)) {
        return true;
    }
    // A venue's box under a review, its number and its address on the web among its lines: "14–16 Colston Street, Bristol BS1
    // 5AP Tel: 0117 496 0871 Open Tue–Sat 12pm–2.30pm … www.fenwickanddaughter.co.uk". (No sentence in it.)
    // (An appeal's instruction is the story's: "To donate, call tel: 0800 123 456 or visit www.floodappeal.org.uk".)
    if (containsAny(s, {"tel:", "tel.:", "phone:", "telephone:", "ph:"}) && (s.find("www.") != std::string::npos || s.find("://") != std::string::npos) &&
        s.find(". ") == std::string::npos) {
        const std::vector<std::string> said = splitWords(s);
        if (std::ranges::none_of(said, [](const std::string& w) {
                return w == "call" || w == "ring" || w == "dial" || w == "visit" || w == "text" || w == "donate," || w == "donate" || w == "contact" ||
                       w == "to" || w == "or";
            })) {
            return true;
        }
    }
    if (containsAny(s, {"follow him on", "follow her on", "follow them on", "follow me on", "follow us on", "s\xC3\xADguela en",
                        "s\xC3\xADguelo en", "suivez-la sur", "suivez-le sur", "seguila su", "seguilo su", "siga-a no", "siga-o no",
                        "follow him at", "follow her at", "follow the author", "is on twitter", "is on x at",
                        "on twitter at", "on twitter @", "on instagram at", "email him at", "email her at",
                        "email them at", "email me at", "can be reached at", "can be reached by", "reach him at",
                        "reach her at", "contact the author", "contact him at", "contact her at", "send tips to",
                        "twitter: @", "email:", "e-mail:"})) {
        return true;
    }
    // A business paper's sign-off, "Write to Daniel R. Whitaker at dan.whitaker@marketledger.example": the writers' addresses.
    if (s.rfind("write to ", 0) == 0 && s.find('@') != std::string::npos && countWords(s) <= 24) return true;
    // A press contact: a name, a job or a desk, and a telephone number that ends the line, "Marcus Lindqvist, Chief
    // Financial Officer    +44 (0)20 7946 0321", "Tessa Moyo / Jonah Pryce  +44 (0)20 7404 5959". (No sentence: "Call
    // the helpline on 0300 123 4567." tells the reader what to do.)
    {
        const std::string t = collapseWhitespace(line);
        const std::size_t digits = static_cast<std::size_t>(std::count_if(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }));
        // (Nine digits at least, and no date's shape: "DATE: Thursday 08.05.2025" is a notice's field. The counts
        // first, the expressions last, compiled only when a line gets that far: this runs on every short line.)
        const auto phoneNumbered = [](const std::string& s) {
            static const std::regex kPhone(R"((?:^|.*[^0-9A-Za-z.]) ?(?:\+\d{1,3}[ .-]?(?:\(0\)[ .-]?)?|\(0\d{1,4}\)[ .-]?|0)\d{1,5}(?:[ .-]\d{2,6}){1,4}$)");
            // (An ISO date too: "… images between 2024-02-24 and 2024-03-28".)
            static const std::regex kDate(R"(.*\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d\d[./-](?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|[12]\d|3[01]))$)");
            return std::regex_match(s, kPhone) && !std::regex_match(s, kDate);
        };
        // (And a line's length: fourteen words may be one blob of a page's data, and std::regex recurses once a character.)
        if (!t.empty() && t.size() <= 240 && digits >= 9 && countWords(t) <= 14 && t.find(". ") == std::string::npos &&
            std::string(".!?").find(t.back()) == std::string::npos && phoneNumbered(t)) {
            const std::string before = t.substr(0, t.find_first_of("+(0123456789"));
            // (Words before it, a name's or a desk's capitals: "Call 0300 123 4567" is an instruction's.)
            const std::vector<std::string> named = splitWords(before);
            std::size_t capitals = 0;
            for (const std::string& w : named) capitals += std::isupper(static_cast<unsigned char>(w[0])) != 0;
            if (named.size() >= 2 && capitals * 2 >= named.size() && !startsWithAnyOf(lowered(before), {"call ", "phone ", "ring ", "text ", "dial "})) {
                return true;
            }
        }
    }
    // A line that is only a handle or an address: "@jdoe", "jane.doe@example.com".
    const std::vector<std::string> words = splitWords(collapseWhitespace(line));
    std::size_t contacts = 0;
    for (const std::string& w : words) {
        const std::size_t at = w.find('@');
        // (A handle opens on its sign, "@jdoe", "(@jdoe)"; an address has its domain's dot after it. "8K@24fps, 4K@30fps" is a
        // camera's video modes.)
        // (Its name may open on a figure or a stroke, "@9news", "@_janedoe_"; no letter or figure stands before the sign.)
        const bool handle = at != std::string::npos && (at == 0 || !std::isalnum(static_cast<unsigned char>(w[at - 1]))) &&
                            (std::isalnum(static_cast<unsigned char>(w[at + 1])) || w[at + 1] == '_');
        const bool address = at != std::string::npos && at > 0 && w.find('.', at) != std::string::npos && w.find('.', at) + 1 < w.size();
        if (w.size() > at + 1 && (handle || address)) ++contacts;
    }
    return contacts > 0 && words.size() <= 3 * contacts + 2;
}

bool isMediaInterface(const std::string& line) {
    const std::size_t words = countWords(line);
    if (words > 16) return false;
    const std::string s = lowered(line);
    // A podcast page's player, its buttons in a row: "▶ Play episode | ⬇ Download (MP3, 66.4 MB) | Share".
    if (startsWithAnyOf(s, {"\xE2\x96\xB6 play", "play episode", "download episode"})) return true;
    // A clip's player in the text, its play sign and its length: "Listen to Dr Chamberlain on Morning Report ⏵ 4′ 32″".
    if (containsAny(s, {"\xE2\x8F\xB5", "\xE2\x96\xB6", "\xE2\x96\xBA"}) &&
        (line.find("\xE2\x80\xB2") != std::string::npos || line.find("\xE2\x80\xB3") != std::string::npos ||
         startsWithAnyOf(s, {"listen to ", "listen: ", "watch: ", "watch "}))) {
        return true;
    }
    if (words > 8) return false;
    // (A teaser's cut-off "...more" and "… more" are its link: no word of the story.)
    // (And a podcast's or a programme's tab that labels the text as its transcript: "Transcript", "Full transcript".)
    if (s == "enlarge" || s == "zoom" || s == "expand" || s == "more" || s == "...more" || s == "\xE2\x80\xA6more" || s == "... more" ||
        s == "\xE2\x80\xA6 more" || s == "autoplay" || s == "transcript" || s == "full transcript" || s == "episode transcript" ||
        s == "read the transcript" || s == "show transcript" || s == "transcription" || s == "transcripci\xC3\xB3n" ||
        s == "transcri\xC3\xA7\xC3\xA3o" || s == "transkript" ||
        startsWithAnyOf(s, {"enlarge image", "enlarge this", "enlarge photo", "enlarge picture", "open this photo", "open this image", "view this photo", "view gallery", "open gallery", "launch gallery", "view slideshow",
                          "view all photos", "see all photos", "photo gallery", "image gallery", "next image",
                          "previous image", "play video", "watch video", "skip ad", "expand image", "view image",
                          "close gallery", "full screen", "fullscreen", "toggle caption", "hide caption",
                          "show caption", "more photos", "photos:", "autoplay:", "autoplay on", "autoplay off", "now playing",
                          "most watched", "more videos", "watch more",
                          "listen now", "listen on:",
                          // an embedded post's footer: "A post shared by Jane Doe (@jdoe)"
                          "a post shared by", "un post condiviso da", "une publication partag", "una publicaci\xC3\xB3n compartida",
                          "ein beitrag geteilt von", "uma publica\xC3\xA7\xC3\xA3o compartilhada"})) {
        return true;
    }
    // The article's audio player with its length: "Ascolta l'articolo ▶ 4 min", "Ouvir este artigo 00:00 / 05:12".
    if (startsWithAnyOf(s, {"listen to this", "listen to the article", "ascolta l'articolo", "ascolta l\xE2\x80\x99" "articolo",
                          "ascolta questo", "ouvir este artigo", "ouvir a not\xC3\xAD" "cia", "ou\xC3\xA7" "a este artigo",
                          "escuchar este art\xC3\xAD" "culo", "escucha este art\xC3\xAD" "culo", "\xC3\xA9" "couter cet article",
                          "\xC3\xA9" "couter l'article", "artikel anh\xC3\xB6ren", "artikel vorlesen", "luister naar dit artikel",
                          "beluister dit artikel"}) &&
        (s.find_first_of("0123456789") != std::string::npos || line.find("\xE2\x96\xB6") != std::string::npos)) {
        return true;
    }
    // A player's clock and speed left when its button is gone: "00:00 / 05:12", "00:00 / 05:12x1.0", "1x".
    {
        std::size_t clocks = 0, rest = 0, speeds = 0;
        for (const std::string& w : splitWords(s)) {
            if (w.empty()) continue;
            const bool clock = w.size() >= 4 && w.find(':') != std::string::npos && w.find_first_not_of("0123456789:") == std::string::npos;
            const bool clockAndSpeed = w.find(':') != std::string::npos && w.find('x') != std::string::npos &&
                                       w.find_first_not_of("0123456789:x.") == std::string::npos;
            const bool speed = (w.front() == 'x' || w.back() == 'x') && w.size() >= 2 && w.size() <= 5 &&
                               w.find_first_not_of("0123456789x.") == std::string::npos;
            if (clock || clockAndSpeed) {
                ++clocks;
                speeds += clockAndSpeed ? 1 : 0;
            } else if (w != "/" && !speed) {
                ++rest;
            } else {
                speeds += speed ? 1 : 0;
            }
        }
        // (A player starts at nought or shows its speed; two times alone may be a day's hours.)
        if (clocks >= 2 && rest == 0 && (s.rfind("0:00", 0) == 0 || s.rfind("00:00", 0) == 0 || speeds > 0)) return true;
    }
    // "Image 3 of 12", "3 of 12", "3 / 12" and nothing else.
    std::size_t numbers = 0, others = 0;
    for (const std::string& w : splitWords(s)) {
        if (w.find_first_not_of("0123456789/") == std::string::npos) {
            numbers += w.find_first_of("0123456789") != std::string::npos ? 1 : 0;
        } else if (w != "of" && w != "image" && w != "photo" && w != "picture" && w != "slide" && w != "foto") {
            ++others;
        }
    }
    return numbers >= 2 && others == 0 && (s.find(" of ") != std::string::npos || s.find('/') != std::string::npos);
}

bool isCalloutBox(const std::string& line) {
    if (!startsWithPictograph(line)) return false;
    const std::string s = collapseWhitespace(line);
    const std::size_t colon = s.find(':');
    return colon != std::string::npos && countWords(s.substr(0, colon)) <= 6;
}

// "$1.2 trillion — …", "17,000+ — …", "1 in 4 — …", "2015 - $1.01m": a figure, then words about it.
bool opensOnFigure(const std::string& line) {
    std::size_t k = 0;
    for (const char* sign : {"$", "\xC2\xA3", "\xE2\x82\xAC", "\xC2\xA5", "A$", "US$", "NZ$", "C$", "R", "\xE2\x82\xB9"}) {
        const std::size_t n = std::strlen(sign);
        if (line.compare(0, n, sign) == 0 && line.size() > n && std::isdigit(static_cast<unsigned char>(line[n]))) {
            k = n;
            break;
        }
    }
    // ("½ tsp grated nutmeg": a recipe's quantity may be a fraction alone.)
    for (const char* fraction : {"\xC2\xBD", "\xC2\xBC", "\xC2\xBE", "\xE2\x85\x93", "\xE2\x85\x94", "\xE2\x85\x9B"}) {
        if (k == 0 && line.rfind(fraction, 0) == 0 && countWords(line) >= 2 && countWords(line) <= 20) return true;
    }
    if (k >= line.size() || !std::isdigit(static_cast<unsigned char>(line[k])) || countWords(line) < 2 || countWords(line) > 20) return false;
    // (Not a list's number, "1. Beach closed by algae", "2) …": an item's place, no figure of the story.)
    std::size_t end = k;
    while (end < line.size() && std::isdigit(static_cast<unsigned char>(line[end]))) ++end;
    return !(k == 0 && end < line.size() && (line[end] == '.' || line[end] == ')') && end + 1 < line.size() && line[end + 1] == ' ');
}

bool isFactBoxLine(const std::string& line) {
    const std::string s = collapseWhitespace(line);
    const std::size_t colon = s.find(':');
    if (colon == std::string::npos || colon == 0 || countWords(s.substr(0, colon)) > 3) return false;
    const std::string label = lowerUtf8(s.substr(0, colon));
    for (const char* fact : {"when", "where", "what", "tickets", "cost", "price", "prices", "admission", "hours", "venue", "location",
                             "dates", "date", "time", "times", "info", "information", "details", "entry", "parking", "contact",
                             "cu\xC3\xA1ndo", "d\xC3\xB3nde", "quand", "o\xC3\xB9", "wann", "wo", "quando", "dove"}) {
        if (label == fact) return true;
    }
    // A team sheet: players parted by semicolons and commas, a substitution in brackets, no sentence.
    std::size_t semicolons = 0, commas = 0;
    for (char c : s) {
        semicolons += c == ';';
        commas += c == ',';
    }
    return semicolons >= 3 && commas >= 3 && countWords(s) <= 3 * (semicolons + commas + 1);
}

// "MORE COVERAGE: What's in your tap water?", "RELATED VIDEO: …": a label in capitals that points to the
// site's other pages (a dateline's capitals name a place: "WASHINGTON: …").
static bool isPromoLabel(const std::string& line) {
    const std::size_t colon = line.find(':');
    if (colon == std::string::npos || colon < 4 || colon > 30 || countWords(line) > 25) return false;
    const std::string label = line.substr(0, colon);
    for (char c : label) {
        if (std::islower(static_cast<unsigned char>(c))) return false;
    }
    for (const std::string& w : splitWords(label)) {
        static const char* const kPointers[] = {"MORE", "RELATED", "READ", "SEE", "WATCH", "LISTEN", "ALSO", "COVERAGE", "STORIES",
                                                "RECOMMENDED", "TRENDING", "PODCAST", "VIDEO", "PHOTOS", "GALLERY", "LATEST"};
        for (const char* pointer : kPointers) {
            if (w == pointer) return true;
        }
    }
    return false;
}

bool isLinkOut(const std::string& line) {
    // A pointer set after an arrow, a few words that are no sentence: "▶ 뉴시스 빅데이터 MSI 주가시세표 바로가기",
    // "► Watch the full interview". (A point in the story's list after an arrow says a sentence and ends on its stop.)
    // (This runs on every line of every text: the line is collapsed once, and lowered only where an arrow opens it.)
    const std::string collapsed = collapseWhitespace(line);
    {
        const std::string& t = collapsed;
        const bool arrow = t.rfind("\xE2\x96\xB6", 0) == 0 || t.rfind("\xE2\x96\xBA", 0) == 0 || t.rfind("\xE2\x98\x9E", 0) == 0 ||
                           t.rfind("\xE2\x9E\xA4", 0) == 0;
        if (arrow && countWords(t) <= 12 && !hasSentenceStop(t) && t.find_last_of(".!?") != t.size() - 1) {
            // (In a script without capitals, a portal's pointers, or a pointer's verb in English: a story's facts under arrows,
            // "► 3,000 homes to be built", are its list.)
            const std::string after = lowered(t);
            if ((!after.empty() && static_cast<unsigned char>(after[0]) >= 0xE3) ||
                startsWithAnyOf(after, {"watch", "read", "listen", "see ", "click", "follow", "subscribe", "download", "get ", "more"})) {
                return true;
            }
        }
    }
    // A row of links to the outlet's accounts, each network's name in brackets: "뉴시스 SNS [페이스북] [트위터]", "Follow us [Facebook] [X]".
    if (collapsed.find('[') != std::string::npos) {
        const std::vector<std::string> words = splitWords(collapsed);
        std::size_t bracketed = 0;
        for (const std::string& w : words) bracketed += w.size() >= 3 && w.front() == '[' && w.back() == ']';
        if (bracketed >= 2 && words.size() <= bracketed + 3) return true;
    }
    // A Korean portal's pointers, the verb last: "네이버에서 뉴시스 구독하기" (subscribe on Naver), "… 바로가기" (go to).
    {
        std::string t = collapsed;
        while (!t.empty() && std::string(" .]>)").find(t.back()) != std::string::npos) t.pop_back();
        for (const char* verb : {"\xEA\xB5\xAC\xEB\x8F\x85\xED\x95\x98\xEA\xB8\xB0", "\xEB\xB0\x94\xEB\xA1\x9C\xEA\xB0\x80\xEA\xB8\xB0",
                                 "\xEB\xB0\x94\xEB\xA1\x9C \xEA\xB0\x80\xEA\xB8\xB0", "\xEB\xB3\xB4\xEB\x9F\xAC\xEA\xB0\x80\xEA\xB8\xB0"}) {
            const std::string v = verb;
            if (countWords(t) <= 10 && t.size() >= v.size() && t.compare(t.size() - v.size(), v.size(), v) == 0) return true;
        }
    }
    // (After a pictograph: "📌 Leia também: Dólar bate R$ 6,09".)
    if (startsWithPictograph(line)) {
        std::string rest = collapseWhitespace(line);
        std::size_t at = 0;
        nextCodePoint(rest, at);
        while (at < rest.size() && (rest[at] == ' ' || rest.compare(at, 3, "\xEF\xB8\x8F") == 0)) at += rest[at] == ' ' ? 1 : 3;
        return at < rest.size() && isLinkOut(rest.substr(at));
    }
    if (countWords(line) > 30) return false;
    // "Fler artiklar om stormen Hilda": more of a topic's stories, a link's few words with no stop ("Flere saker om vold mot
    // lærere er meldt inn …", where "saker" are cases, is a sentence).
    if (!collapsed.empty() && countWords(line) <= 8 && !hasSentenceStop(collapsed) && std::string(".!?").find(collapsed.back()) == std::string::npos &&
        startsWithAnyOf(lowered(line), {"fler artiklar om ", "flere artikler om ", "more articles about ", "more articles on ", "meer artikelen over ",
                                        "weitere artikel zu", "plus d'articles sur "})) {
        return true;
    }
    // ("UP NEXT" alone in capitals is a game story's last subheading, over the next game's starters.)
    if (collapseWhitespace(line) == "UP NEXT") return false;
    std::string s = lowered(line);
    // ("📺 VÍDEO: Entenda …": pictographs before the label, each with its variation selector and space.)
    {
        std::size_t at = 0;
        while (at < s.size()) {
            std::size_t next = at;
            const char32_t c = nextCodePoint(s, next);
            if (!((c >= 0x1F300 && isPictograph(c)) || (at > 0 && (c == ' ' || c == 0xFE0F)))) break;
            at = next;
        }
        s.erase(0, at);
    }
    // (A video's title over its player, "VÍDEO: Entenda o que é a Selic", and a writer's other stories, "More by Maria Uribe": a
    // short line with no sentence's stop; "Video: a fan's footage … shows …" and "More by luck than judgement, …" are the story's.)
    // (Nor a specification's line, its figures glued to their units: "Video: 8K at 24fps, 4K at 120fps".)
    const auto specified = [&] {
        const std::vector<std::string> words = splitWords(s);
        // (A resolution, "4K", "1080p", a frame rate, "24fps", or a mode, "8K@24": "2nd Test", "100m final", "6pm news" are a title's.)
        return std::ranges::any_of(words, [](std::string w) {
            while (!w.empty() && (w.back() == ',' || w.back() == ';')) w.pop_back();
            const std::size_t digits = w.find_first_not_of("0123456789.");
            if (digits == 0 || digits == std::string::npos) return false;
            const std::string unit = w.substr(digits);
            return unit == "k" || unit == "fps" || unit.rfind("fps", 0) == 0 || unit.rfind("k@", 0) == 0 || unit == "hz" ||
                   (unit == "p" && digits >= 3);
        });
    };
    if (countWords(line) <= 14 && !hasSentenceStop(line) &&
        ((startsWithAnyOf(s, {"video:", "v\xC3\xAD" "deo:", "vid\xC3\xA9o :", "vid\xC3\xA9o:"}) && !specified()) ||
         (startsWithAnyOf(s, {"more by "}) && countWords(line) <= 6 && line.find(',') == std::string::npos))) {
        return true;
    }
    // ("Up next: The series finale is Sunday at 1:35 p.m.": a game story's last word on the next game, a sentence with its
    // day, its time or its verb, where a pointer to another story gives a headline.)
    if (startsWithAnyOf(s, {"up next", "next up", "coming up"}) &&
        containsAnyOf(s, {" is ", " are ", " will ", " p.m.", " a.m.", " pm ", " am ", "monday", "tuesday", "wednesday", "thursday", "friday",
                          "saturday", "sunday", "tonight", "tomorrow"})) {
        return false;
    }
    // "Read the full text of H.R. 1234 at congress.gov.", "Read the full report here": a pointer to a document
    // elsewhere, by its address or "here" ("Read the full complaint, which runs 40 pages, and…" is the story's).
    // (Any site's address: "Read the full Council conclusions at consilium.europa.eu (PDF, 2.3MB)", and a file's kind and size.)
    const auto namesASite = [&] {
        for (std::string w : splitWords(s)) {
            while (!w.empty() && std::string(".,;:)").find(w.back()) != std::string::npos) w.pop_back();
            const std::size_t dot = w.rfind('.');
            if (dot == std::string::npos || dot < 3 || w.size() - dot < 3) continue;
            const std::string tld = w.substr(dot + 1);
            if (std::all_of(tld.begin(), tld.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }) &&
                std::isalpha(static_cast<unsigned char>(w[dot - 1]))) {
                return true;
            }
        }
        return false;
    };
    // ("More opinion: Budget 2026 was a giveaway …", "More sport: …": a section's pointer to its other stories, its
    // label one or two words with a colon.)
    if (s.rfind("more ", 0) == 0 && countWords(line) <= 24) {
        const std::size_t colon = s.find(':');
        if (colon != std::string::npos && colon > 5 && countWords(s.substr(0, colon)) <= 3 && colon + 1 < s.size() && s[colon + 1] == ' ') return true;
    }
    if (startsWithAnyOf(s, {"read the full ", "read the complete "}) && countWords(line) <= 16 &&
        (s.find(" here") != std::string::npos || s.find("http") != std::string::npos || s.find("www.") != std::string::npos ||
         s.find("(pdf") != std::string::npos || namesASite() || s.back() == ':')) {
        return true;
    }
    return startsWithAnyOf(s, {"read more", "read also", "also read", "read next", "read:", "read the full story",
                             // ("READ | Coalition maths: Here's every combination…", "WATCH | …": a pointer's label before a bar)
                             "read |", "watch |", "listen |", "more |", "related |",
                             "related:", "related coverage", "related stories", "related articles", "related content",
                             "related post", "related reading", "related video", "see also", "recommended:", "featured:",
                             "more:", "more on this", "more from", "up next", "trending:", "watch:", "listen:",
                             "graphic:", "further reading", "videos:", "v\xC3\xAD" "deos:", "fotos:", "galeria:", "galer\xC3\xAD" "a:",
                             "verwandt:", "siehe auch", "weitere artikel", "gerelateerd:", "learn more:",
                             // French, Italian, Portuguese, Spanish, German, Russian, Korean, Japanese, Chinese
                             "lire aussi", "à lire aussi", "à lire également", "a lire également", "lire également",
                             "lire :", "lire:", "voir aussi", "leggi anche", "sur le m\xC3\xAAme sujet", "sobre el mismo tema",
                             "sullo stesso argomento", "sobre o mesmo assunto", "zum selben thema", "over hetzelfde onderwerp", "m\xC3\xA1s informaci\xC3\xB3n:", "plus d'informations :",
                             "mehr informationen:", "mais informa\xC3\xA7\xC3\xB5" "es:", "maggiori informazioni:", "more information:",
                             "leggi:", "potrebbe interessarti", "leia também", "leia mais", "veja também",
                             "lea también", "lee también", "leer m\xC3\xA1s:", "lea m\xC3\xA1s:", "lee m\xC3\xA1s:", "relacionado:", "relacionada:",
                             "relacionados:", "relacionadas:", "noticia relacionada:", "nota relacionada:", "leé también", "mirá también", "ver también", "te puede interesar", "le puede interesar:", "puede interesarle:", "le podr\xC3\xAD" "a interesar:",
                             "te recomendamos:", "tambi\xC3\xA9n te puede interesar:", "te podr\xC3\xAD" "a interesar:",
                             "lesen sie auch", "czytaj tak\xC5\xBC" "e", "czytaj te\xC5\xBC", "zobacz tak\xC5\xBC" "e",
                             "przeczytaj tak\xC5\xBC" "e", "zobacz te\xC5\xBC", "przeczytaj te\xC5\xBC", "baca juga", "lihat juga",
                             // (with their colon: "Vezi și cum a votat…, a spus ministrul" is the story's)
                             "simak juga", "simak video", "tonton video", "saksikan video", "tonton juga", "cite\xC8\x99te \xC8\x99i:", "cite\xC5\x9Fte \xC5\x9Fi:", "citi\xC8\x9Bi \xC8\x99i:", "vezi \xC8\x99i:",
                             "olvassa el:", "kapcsol\xC3\xB3" "d\xC3\xB3:", "\xC4\x8Dt\xC4\x9Bte tak\xC3\xA9:", "\xC4\x8D\xC3\xADtajte aj:",
                             "ayr\xC4\xB1" "ca bak\xC4\xB1n\xC4\xB1z", "ayr\xC4\xB1" "ca oku", "ilginizi \xC3\xA7" "ekebilir",
                             "ilgili haber", "bunu da oku", "\xC5\x9Funu da oku", "bunlar da ilginizi",
                             "\xCE\xB4\xCE\xB9\xCE\xB1\xCE\xB2\xCE\xAC\xCF\x83\xCF\x84\xCE\xB5 \xCE\xB5\xCF\x80\xCE\xAF\xCF\x83\xCE\xB7\xCF\x82",  // διαβάστε επίσης
                             "\xE0\xA4\xAF\xE0\xA4\xB9 \xE0\xA4\xAD\xE0\xA5\x80 \xE0\xA4\xAA\xE0\xA4\xA2\xE0\xA4\xBC\xE0\xA5\x87\xE0\xA4\x82",  // यह भी पढ़ें
                             "l\xC3\xA4s mer", "l\xC3\xA4s ocks\xC3\xA5", "les ogs\xC3\xA5", "lees ook",

                             "mehr zum thema", "auch interessant", "weiterlesen", "mehr dazu:", "lees meer", "lees verder",
                             "leia mais:", "continue reading", "keep reading:", "\xD8\xA7\xD9\x82\xD8\xB1\xD8\xA3 \xD8\xA3\xD9\x8A\xD8\xB6\xD8\xA7",  // اقرأ أيضا
                             "читайте также", "читайте:", "смотрите также",
                             "\xEA\xB4\x80\xEB\xA0\xA8\xEA\xB8\xB0\xEC\x82\xAC",               // 관련기사
                             "\xEA\xB4\x80\xEB\xA0\xA8 \xEA\xB8\xB0\xEC\x82\xAC",              // 관련 기사
                             "\xE9\x96\xA2\xE9\x80\xA3\xE8\xA8\x98\xE4\xBA\x8B",               // 関連記事
                             "\xE7\x9B\xB8\xE5\x85\xB3\xE9\x98\x85\xE8\xAF\xBB",               // 相关阅读
                             "\xE7\x9B\xB8\xE5\x85\xB3\xE6\x96\xB0\xE9\x97\xBB",               // 相关新闻
                             "\xE7\x9B\xB8\xE9\x97\x9C\xE6\x96\xB0\xE8\x81\x9E"}) ||           // 相關新聞
           (s.size() > 7 && s.compare(s.size() - 7, 7, " - here") == 0) || isPromoLabel(line) ||
           // ("RELATED NEWS" alone over the links it heads.)
           s == "related news" || s == "related links" || s == "related topics" || s == "more news" || s == "more stories" ||
           s == "you may also like" || s == "you might also like" || s == "recommended for you" || s == "recommended stories";
}

// The small words inside a name: "Brian van der Brug", "Ana de la Cruz", "Ahmed bin Zayed".
static bool isNameParticle(const std::string& word) {
    for (const char* p : {"van", "der", "den", "de", "la", "le", "von", "del", "da", "di", "du", "bin", "al", "dos", "das"}) {
        if (word == p) return true;
    }
    return false;
}

bool isPhotoCredit(const std::string& line) {
    if (countWords(line) > 14) return false;
    const std::string s = lowered(line);  // without the opening bracket
    // Wholly in brackets, as a credit under a picture often is: "(Artist: 3ihard)", "(Source: Havoc-DM)".
    const std::string trimmed = collapseWhitespace(line);
    const bool bracketed = trimmed.size() > 2 && trimmed.front() == '(' && trimmed.back() == ')';
    if (startsWithPhotoLabel(s) ||
        startsWithAnyOf(s, {"images:", "pictures:", "credit:", "credits:", "photo credit", "image credit", "photo by ",
                          "photos by ", "photography by", "foto:", "crédit photo", "crédit :", "© provided by",
                          "provided by ", "artwork:", "artist:", "all photos:", "all images:"}) ||
        // ("(Quelle: APA/red.)", "(Fuente: EFE)": an agency's credit in the story's language.)
        (bracketed && startsWithAnyOf(s, {"source:", "via ", "courtesy ", "quelle:", "fuente:", "fonte:", "bron:", "kilde:", "k\xC3\xA4lla:",
                                          "\xC5\xBAr\xC3\xB3" "d\xC5\x82o:", "kaynak:", "sumber:", "zdroj:"}))) {
        return true;
    }
    // "Portrait by George Del Barrio": a short line with no full stop; "Artwork by Banksy appeared on the
    // wall." is a sentence.
    if (startsWithAnyOf(s, {"portrait by ", "portraits by ", "illustration by ", "illustrations by ", "artwork by "}) &&
        countWords(line) <= 8 && s.find('.') == std::string::npos) {
        return true;
    }
    // "Fred Lum/The Globe and Mail", "Brian van der Brug / Los Angeles Times": a photographer and the paper on a line of their
    // own under the caption, names on both sides of one slash and nothing else.
    if (const std::size_t slash = trimmed.find('/'); slash != std::string::npos && trimmed.find('/', slash + 1) == std::string::npos &&
                                                      trimmed.find_first_of(".!?,;:0123456789\"()") == std::string::npos) {
        const std::vector<std::string> who = splitWords(trimmed.substr(0, slash));
        const std::vector<std::string> outlet = splitWords(trimmed.substr(slash + 1));
        bool names = who.size() >= 2 && who.size() <= 4 && !outlet.empty() && outlet.size() <= 5 && std::isupper(static_cast<unsigned char>(who[0][0]));
        for (const std::string& w : who) names = names && (std::isupper(static_cast<unsigned char>(w[0])) || isNameParticle(w));
        for (const std::string& w : outlet) names = names && (std::isupper(static_cast<unsigned char>(w[0])) || w == "of" || w == "the" || w == "and");
        // (An outlet by its words, "The Globe and Mail", "Los Angeles Times", "Getty Images": "Kamala Harris/Tim Walz" is a ticket, "Max
        // Verstappen/Red Bull" a driver and a team.)
        const std::string out = lowered(trimmed.substr(slash + 1));
        if (names && containsAny(out, {"times", "post", "news", "mail", "herald", "press", "images", "photo", "getty", "reuters", "afp", "guardian",
                                       "globe", "star", "tribune", "journal", "telegraph", "express", "chronicle", "gazette", "independent",
                                       "standard", "observer", "courier", "mirror", "inquirer", "nation", "agency", "media", "pictures",
                                       "record", "examiner", "sentinel", "bulletin", "sun", "dispatch", "shutterstock", "alamy"})) {
            return true;
        }
    }
    // "Thomas Coex/AFP/Getty Images": agencies joined by slashes, nothing else.
    static const Phrases kAgencies = {"getty", "afp", "/ap", "ap/", "ap photo", "reuters", "epa", "shutterstock", "alamy",
                                          "bloomberg", "xinhua", "yonhap", "anadolu", "pa wire", "pa images",
                                          "associated press", "newscom", "zuma", "sipa", "corbis", "imago", "dpa"};
    // ("Sentinel photo by Judy Marsh": a paper's own photographer, on a line of its own.)
    if (countWords(line) <= 7 && s.find(" photo by ") != std::string::npos && s.find(". ") == std::string::npos) return true;
    // ("Getty Images", "AP Photo" on a line of their own above the caption they credit.)
    const bool agencyAlone = countWords(line) <= 3 && containsAny(s, kAgencies) && containsAny(s, {"images", "photo", "pictures"});
    // (A poll's row names its agency with a slash too, and its figures: "Reuters/Ipsos: J. Biden 45%".)
    return agencyAlone || (s.find('/') != std::string::npos && containsAny(s, kAgencies) && !hasSentenceStop(line) && countWords(line) <= 8 &&
                           line.find_first_of("0123456789%:") == std::string::npos);
}

bool endsWithPhotoCredit(const std::string& line) {
    const std::string trimmed = collapseWhitespace(line);
    // "… shows empty shelves on Sunday. | Photo Credit: B. Jothi Ramalingam": the credit set off by a bar after the
    // caption's sentence (its initial's dot is no sentence of its own).
    if (const std::size_t bar = trimmed.rfind(" | "); bar != std::string::npos && bar > 0 && std::string(".!?").find(trimmed[bar - 1]) != std::string::npos) {
        const std::string tail = trimmed.substr(bar + 3);
        if (countWords(tail) <= 8 && startsWithPhotoLabel(lowered(tail))) return true;
    }
    // "Toyota Hilux. Photo from Toyota Motor Philippines", "… in one-north. ST PHOTO: GAVIN FOO": the credit as a sentence of
    // its own after the caption's, a photo's label opening it, or a credit in capitals naming a photo.
    if (const std::size_t stop = trimmed.rfind(". "); stop != std::string::npos && std::string(".!?\"").find(trimmed.back()) == std::string::npos) {
        const std::string tail = trimmed.substr(stop + 2);
        const std::string low = lowered(tail);
        // (What the label credits is a name, its words capitalized: "Photos from the scene show “severe damage.”" is a sentence.)
        const std::size_t space = tail.find(' ', tail.find(' ') + 1);
        const std::string credited = space == std::string::npos ? "" : tail.substr(space + 1);
        const bool named = !credited.empty() && allWordsCapitalized(credited) &&
                           std::string(".!?\":)").find(trimmed.back()) == std::string::npos && trimmed.find("\xE2\x80\x9D") == std::string::npos;
        // ("… overnight. Photo/MetService": the label glued to the name by its slash.)
        const bool slashed = startsWithAnyOf(low, {"photo/", "photos/", "image/", "picture/"}) && countWords(tail) <= 3 &&
                             allWordsCapitalized(tail.substr(tail.find('/') + 1)) && std::string(".!?\"").find(trimmed.back()) == std::string::npos;
        if (countWords(tail) <= 8 && std::isupper(static_cast<unsigned char>(tail[0])) &&
            (slashed || (named && (startsWithPhotoLabel(low) || startsWithAnyOf(low, {"photo from ", "photos from ", "image from "}))) ||
             (tail == upperAscii(tail) && containsAny(tail, {"PHOTO:", "PHOTO BY", "PICTURE:", "PHOTOS:"})))) {
            return true;
        }
    }
    // "… after dinner could help. Maskot/Getty Images": a photographer glued to a picture agency by a slash.
    if (const std::size_t slash = trimmed.rfind('/'); slash != std::string::npos && slash > 2) {
        const std::size_t stop = trimmed.rfind(". ", slash);
        const std::string agency = lowered(trimmed.substr(slash + 1));
        // (Every word after the slash a name's: "Analysts at Bloomberg/Reuters were surprised." is a sentence.)
        bool capitalized = true;
        for (const std::string& w : splitWords(trimmed.substr(slash + 1))) {
            capitalized = capitalized && (std::isupper(static_cast<unsigned char>(w[0])) || lowerAscii(w) == "afp" || lowerAscii(w) == "dpa" ||
                                          lowerAscii(w) == "epa");
        }
        if (stop != std::string::npos && countWords(trimmed.substr(stop + 2)) <= 6 && capitalized &&
            containsAny(agency, {"getty images", "afp", "reuters", "ap photo", "epa", "shutterstock", "alamy", "istock", "pa wire",
                                 "pa images", "bloomberg", "anadolu", "sipa", "dpa", "ansa", "efe"}) &&
            countWords(agency) <= 3) {
            return true;
        }
        // ("… on Aug. 29, 2025. Travis Heying/The Prairie Sentinel": the paper's photographer and the paper,
        // names in capitals on both sides of the slash, with no full stop of their own.)
        if (stop != std::string::npos && slash > stop + 2 && std::string(".!?\"").find(trimmed.back()) == std::string::npos) {
            const std::vector<std::string> who = splitWords(trimmed.substr(stop + 2, slash - stop - 2));
            const std::vector<std::string> outlet = splitWords(trimmed.substr(slash + 1));
            bool names = who.size() >= 2 && who.size() <= 3 && !outlet.empty() && outlet.size() <= 4;
            for (const std::string& w : who) names = names && std::isupper(static_cast<unsigned char>(w[0]));
            for (const std::string& w : outlet) names = names && (std::isupper(static_cast<unsigned char>(w[0])) || w == "of");
            if (names) return true;
        }
    }
    // "… after the quake on Thursday. CNA photo Dec. 26, 2024", "… on Thursday. — Bernama pic": an outlet's or an agency's name
    // and "photo" or "pic" after the caption's last sentence, the day it was taken after them.
    {
        std::string line = trimmed;
        while (!line.empty() && (line.back() == '*' || line.back() == '_')) line.pop_back();
        const auto creditFrom = [&](std::size_t from) {
            const std::vector<std::string> words = splitWords(line.substr(from));
            std::size_t k = 0;
            while (k < words.size() && k < 3 && std::isupper(static_cast<unsigned char>(words[k][0])) && !containsAnyOf(lowered(words[k]), {"photo", "pic"})) ++k;
            if (k == 0 || k >= words.size() || lowered(words[k]).size() > 8 || !startsWithAnyOf(lowered(words[k]), {"photo", "pic", "pix", "picture"})) {
                return false;
            }
            // (After it, the day alone: "Dec. 26, 2024", "26/12/2024".)
            for (std::size_t d = k + 1; d < words.size(); ++d) {
                std::string word = words[d];
                while (!word.empty() && (word.back() == '.' || word.back() == ',')) word.pop_back();
                if (d - k > 4 || (word.find_first_of("0123456789") == std::string::npos && monthFromName(word) == 0)) return false;
            }
            return true;
        };
        // (A caption's length: a paragraph of the story that ends on its own photo's credit is read.)
        if (!line.empty() && std::string(".!?\"").find(line.back()) == std::string::npos && countWords(line) <= 28) {
            for (std::size_t at = line.find(". "); at != std::string::npos; at = line.find(". ", at + 1)) {
                if (creditFrom(at + 2)) return true;
            }
            if (const std::size_t dash = line.rfind(" \xE2\x80\x94 "); dash != std::string::npos && dash > 0 && std::string(".!?").find(line[dash - 1]) != std::string::npos &&
                                                                           creditFrom(dash + 5)) {
                return true;
            }
        }
    }
    if (withoutTrailingCredits(trimmed).size() < trimmed.size() && withoutClosingSignature(trimmed) == trimmed) return true;
    // "… at the Commonwealth Market in Quezon City. —INQUIRER PHOTO / GRIG C. MONTEGRANDE", "… on Monday. —AFP PHOTO": the
    // credit after a dash glued to it, in capitals, naming a photo (its photographer's initial may hold a dot).
    if (const std::size_t dash = trimmed.rfind("\xE2\x80\x94"); dash != std::string::npos && dash >= 2 && trimmed[dash - 1] == ' ' &&
                                                                 std::string(".!?\"").find(trimmed[dash - 2]) != std::string::npos) {
        std::string credit = trimmed.substr(dash + 3);
        while (!credit.empty() && (credit.back() == '*' || credit.back() == '_')) credit.pop_back();
        if (!credit.empty() && credit[0] != ' ' && countWords(credit) <= 8 && credit == upperAscii(credit) &&
            (credit.find("PHOTO") != std::string::npos || credit.find("IMAGE") != std::string::npos)) {
            return true;
        }
        // (Or the photographer's name alone, in capitals, after a caption that opens on its label in capitals: "PASSENGERS
        // STRANDED Travelers queue … on Thursday. —RICHARD A. REYES". A reporter signs a story's paragraph so too.)
        const std::vector<std::string> names = splitWords(credit);
        const std::vector<std::string> opening = splitWords(trimmed.substr(0, std::min<std::size_t>(trimmed.size(), 60)));
        const bool labelled = opening.size() >= 3 && isAsciiUpperWord(opening[0]) && isAsciiUpperWord(opening[1]) && opening[0].size() >= 3 &&
                              !isAsciiUpperWord(opening[2]);
        bool photographer = labelled && trimmed[dash - 2] == '.' && !credit.empty() && credit[0] != ' ' && names.size() >= 2 &&
                            names.size() <= 4 && credit == upperAscii(credit);
        for (const std::string& w : names) {
            photographer = photographer && std::all_of(w.begin(), w.end(), [](char c) {
                               return std::isupper(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '\'';
                           });
        }
        if (photographer) return true;
    }
    // "… in Sacramento, Calif. (LP Photo/Rich Andersen-Vogel)", "… Nov. 19, 2025. (Xinguang/Zhang Long)]": the
    // agency and its photographer in a bracket after the caption's sentence, names on both sides of a slash.
    {
        std::string t = trimmed;
        if (!t.empty() && t.back() == ']') t.pop_back();
        const std::size_t open = t.rfind(" (");
        if (!t.empty() && t.back() == ')' && open != std::string::npos && open > 0 && std::string(".!?\"").find(t[open - 1]) != std::string::npos) {
            const std::string inside = t.substr(open + 2, t.size() - open - 3);
            // (Or a colon, as the ABC credits its pictures: "… on Monday night. (ABC News: Danielle Bonica)", "(AAP: Joel Carrett)".)
            const char mark = inside.find('/') == std::string::npos && inside.find(": ") != std::string::npos ? ':' : '/';
            const std::size_t slash = inside.find(mark);
            bool names = slash != std::string::npos && slash > 0 && inside.find(mark, slash + 1) == std::string::npos;
            // (With a colon, an outlet and a person, two words at least: "(Source: ABS)", "(Reporting: Tom Westbrook)" are a
            // story's notes.)
            if (mark == ':' && names) {
                const std::string outlet = lowered(inside.substr(0, slash));
                names = countWords(inside.substr(slash + 1)) >= 2 &&
                        !containsAny(outlet, {"source", "sources", "reporting", "analysis", "editing", "writing", "additional", "compiled",
                                              "data", "note", "notes", "via", "with", "research", "graphic", "chart", "map", "video"});
            }
            for (const std::string& side : {inside.substr(0, names ? slash : 0), inside.substr(names ? slash + 1 : 0)}) {
                const std::vector<std::string> words = splitWords(side);
                names = names && !words.empty() && words.size() <= 4;
                for (const std::string& w : words) names = names && std::isupper(static_cast<unsigned char>(w[0]));
            }
            if (names) return true;
        }
    }
    // "… in Albuquerque in 1998. (Associated Press)", "(Getty Images)": a picture agency's name alone in a bracket after the
    // caption's sentence.
    {
        const std::size_t open = trimmed.rfind(" (");
        // (One sentence of a caption's length before it: a story's last paragraph may end on its wire's "(AP)".)
        if (open != std::string::npos && open > 0 && trimmed.back() == ')' && std::string(".!?\"").find(trimmed[open - 1]) != std::string::npos &&
            countWords(trimmed.substr(0, open)) <= 30 && trimmed.substr(0, open - 1).find(". ") == std::string::npos) {
            const std::string inside = lowered(trimmed.substr(open + 2, trimmed.size() - open - 3));
            for (const char* agency : {"associated press", "ap", "ap photo", "reuters", "afp", "getty images", "getty", "afp via getty images",
                                       "epa", "shutterstock", "alamy", "bloomberg", "pa", "pa wire", "pa images", "xinhua", "anadolu", "supplied",
                                       "file photo", "file", "handout", "istock"}) {
                if (inside == agency) return true;
            }
        }
    }
    // "… on the shore. © Yannick Le Bihan / Le Veilleur": a copyright sign and a photographer after a sentence.
    if (const std::size_t sign = trimmed.rfind("\xC2\xA9"); sign != std::string::npos && sign > 2 && countWords(trimmed.substr(sign)) <= 10 &&
                                                              std::string(".!?").find(trimmed[sign - 2]) != std::string::npos) {
        return true;
    }
    // "… on Sunday. (Photo by Kyle Brandt/Getty Images)"
    const std::size_t open = trimmed.rfind(" (");
    if (open == std::string::npos || trimmed.back() != ')' || open == 0) return false;
    const std::string inside = lowered(trimmed.substr(open + 2, trimmed.size() - open - 3));
    // ("(Marcus Bell / The Civic Ledger)": a photographer and an outlet, each a name, parted by a slash.)
    if (const std::size_t slash = inside.find(" / "); slash != std::string::npos && inside.find(" / ", slash + 3) == std::string::npos &&
                                                      countWords(inside) <= 9 && inside.find_first_of(".!?;:,") == std::string::npos) {
        const std::string original = trimmed.substr(open + 2, trimmed.size() - open - 3);
        bool names = true;
        for (const std::string& w : splitWords(original)) {
            names = names && (w == "/" || std::isupper(static_cast<unsigned char>(w[0])) || w == "of" || w == "the" || isNameParticle(w));
        }
        if (names) return true;
    }
    // ("(Foto Luca Terzi / Agenzia Riva)": a photographer and an agency, with no colon.)
    const bool agencySlash = (startsWithAnyOf(inside, {"foto ", "photo ", "fotos ", "photos "}) && inside.find('/') != std::string::npos) ||
                             // "(Sentinel photo by Judy Marsh)": the paper's own photographer
                             (countWords(inside) <= 7 && inside.find(" photo by ") != std::string::npos);
    // ("(foto Ansa)", "(photo AFP)": the label and an agency's name, no more.)
    const bool labelledAgency = startsWithAnyOf(inside, {"foto ", "photo ", "fotos ", "photos "}) && countWords(inside) <= 3;
    return countWords(inside) <= 10 && (agencySlash || labelledAgency || startsWithPhotoLabel(inside) ||
                                        startsWithAnyOf(inside, {"photo by ", "photos by ", "credit:", "foto:", "image credit"}));
}

std::string withoutTrailingCredits(const std::string& text) {
    std::string out = text;
    for (int round = 0; round < 3; ++round) {
        // The last sentence: after the last ". ", "! " or "? " (a credit has no sentence end inside), or a quotation's closing
        // mark after it (". \" Picture: …").
        std::size_t cut = std::string::npos;
        const auto stop = [&](std::size_t k) { return out[k] == '.' || out[k] == '!' || out[k] == '?'; };
        for (std::size_t at = out.size(); at-- > 1;) {
            if (out[at] != ' ') continue;
            const bool quoted = (out[at - 1] == '"' && at >= 2 && stop(at - 2)) ||
                                (at >= 4 && (out.compare(at - 3, 3, "\xE2\x80\x9D") == 0 || out.compare(at - 3, 3, "\xE2\x80\x99") == 0) && stop(at - 4)) ||
                                (at >= 3 && out.compare(at - 2, 2, "\xC2\xBB") == 0 && stop(at - 3));
            if (stop(at - 1) || quoted) {
                cut = at;
                break;
            }
        }
        // Only a credit with a photo label ("Photograph: ..."): a bracketed "[AFP/Getty]" after a caption
        // is how captions are recognised, and a sentence that merely has a colon is a sentence.
        std::string tail = cut == std::string::npos ? "" : lowered(out.substr(cut + 1));
        // ("… on Uganda Road. | Photo credit: Jared Nyataya | Rift Times": set off by a bar.)
        while (!tail.empty() && (tail[0] == '|' || tail[0] == ' ')) tail.erase(0, 1);
        if (cut == std::string::npos || countWords(tail) > 14 ||
            !(startsWithPhotoLabel(tail) || startsWithAnyOf(tail, {"photo illustration:"}))) {
            break;
        }
        out.erase(cut);
        while (!out.empty() && out.back() == ' ') out.pop_back();
    }
    return withoutClosingSignature(out);
}

std::string withoutClosingSignature(const std::string& text) {
    // The bracket that closes the paragraph, after a finished sentence.
    if (text.size() < 6 || text.back() != ')') return text;
    const std::size_t open = text.rfind(" (");
    if (open == std::string::npos || open == 0) return text;
    const char before = text[open - 1];
    const bool afterSentence = before == '.' || before == '!' || before == '?' || before == '"' ||
                               (open >= 3 && (text.compare(open - 3, 3, "\xE2\x80\x9D") == 0 || text.compare(open - 2, 2, "\xC2\xBB") == 0));
    if (!afterSentence) return text;
    const std::string inside = text.substr(open + 2, text.size() - open - 3);
    // Initials: "A.H.", "J.-M. D.".
    bool initials = !inside.empty() && inside.size() <= 10 && std::isupper(static_cast<unsigned char>(inside[0])) && inside.back() == '.';
    for (char c : inside) initials = initials && (std::isupper(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == ' ');
    // A name: two or three words, each capitalized, nothing else ("Alexandre Hervaud").
    const std::vector<std::string> words = splitWords(inside);
    bool name = words.size() >= 2 && words.size() <= 3;
    for (const std::string& w : words) {
        name = name && w.size() >= 2 && std::isupper(static_cast<unsigned char>(w[0])) &&
               w.find_first_of("0123456789.,:;!?/()") == std::string::npos;
    }
    if (!initials && !name) return text;
    return text.substr(0, open);
}

bool opensOnLiveGreeting(const std::string& line) { return greetingOpens(lowered(line)); }

bool isEntryTimeStamp(const std::string& line) {
    const std::string text = collapseWhitespace(line);
    // (A clock's digits before the expression, compiled only for a line that has them.)
    if (text.size() > 24 || text.find_first_of("0123456789") == std::string::npos) return false;
    // (French writes the hour's letter between, "21h47", "21 h 47".)
    static const std::regex kStamp(
        "^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.? )?[0-9]{1,2}(?:[:.h]| h )[0-5][0-9](?: ?[AaPp]\\.? ?[Mm]\\.?)?(?: [A-Z]{2,5}| Uhr| uur| h| Uhr [A-Z]{3,4})?$");
    return std::regex_match(text, kStamp);
}

bool endsOnPostalCode(const std::string& text) {
    // A US state and ZIP, an Australian state and postcode, a British postcode, a Canadian one.
    static const std::regex kCode("(?:^|.* )(?:[A-Z]{2} [0-9]{5}(?:-[0-9]{4})?|[A-Z]{2,3} [0-9]{4}|[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}|"
                                  "[A-Z][0-9][A-Z] [0-9][A-Z][0-9])$");
    std::string t = collapseWhitespace(text);
    while (!t.empty() && (t.back() == '.' || t.back() == '*')) t.pop_back();
    return std::regex_match(t, kCode);
}

bool isPostalAddressLine(const std::string& line) {
    const std::string text = collapseWhitespace(line);
    if (countWords(text) > 25 || text.find(", ") == std::string::npos) return false;
    // (Names and figures only: "The funeral will be held at St Mary's, 12 High Street, Leeds LS1 4AB." tells the story's news.)
    for (const std::string& w : splitWords(text)) {
        if (std::islower(static_cast<unsigned char>(w[0])) && w != "of" && w != "the" && w != "and" && w != "upon" && w != "on") return false;
    }
    static const std::regex kStreet("^[0-9]{1,5}[A-Za-z]?(?:-[0-9]{1,5})? [A-Z][A-Za-z.]*(?: [A-Za-z.]+){0,4}$");
    static const std::regex kSuite("^(?:Suite|Floor|Level|Unit) [0-9A-Z]+$|^[0-9]+(?:st|nd|rd|th) Floor$");
    std::size_t parts = 0;
    bool street = false, code = false;
    for (std::size_t from = 0; from <= text.size();) {
        std::size_t to = text.find(", ", from);
        if (to == std::string::npos) to = text.size();
        std::string part = text.substr(from, to - from);
        while (!part.empty() && (part.back() == '.' || part.back() == '*')) part.pop_back();
        ++parts;
        street = street || std::regex_match(part, kStreet);
        code = code || endsOnPostalCode(part) || std::regex_match(part, kSuite);
        from = to + 2;
    }
    return parts >= 3 && street && code;
}

}  // namespace readcast
