// Money and percentages: currencies before or after the amount, magnitudes, cents and pence, ranges.

#include <algorithm>
#include <cstdlib>
#include <map>
#include <unordered_map>

#include "core/Ascii.hpp"
#include "core/Text.hpp"
#include "text/NumberWords.hpp"
#include "text/english/NumberReading.hpp"
#include "text/english/Rules.hpp"
#include "text/english/Tables.hpp"

namespace readcast::english {

// Words that follow an amount without being what it describes: "$5 in fees", "1.5 km long".
bool isFunctionWord(const std::string& w) {
    static const char* const kFunctionWords[] = {
        "and", "or", "but", "nor", "in", "of", "to", "for", "from", "on", "at", "by", "with", "was", "is", "were",
        "are", "will", "would", "has", "had", "have", "a", "an", "the", "this", "that", "each", "per", "more", "less",
        "than", "as", "into", "over", "under", "last", "this", "next", "a", "year", "month", "week", "day", "annually",
        "apiece", "each", "since", "after", "before", "until", "while", "when", "which", "who", "so", "if", "be", "been",
        "worth", "plus", "minus", "off", "up", "down", "out", "away", "back", "ago", "already", "then", "now", "also",
        "only", "just", "or", "against", "between", "through", "toward", "towards", "across", "about", "around", "among",
        // adjectives of measure: "1.5 km long", "200 m wide"
        "long", "wide", "high", "tall", "deep", "thick", "away", "old", "apart", "below", "above", "north", "south",
        "east", "west", "inland", "offshore", "higher", "lower", "deeper", "further", "farther",
        // the subject of a clause after the amount it speaks of: "the $92 million we must spend"
        "we", "they", "it", "he", "she", "you", "i", "there", "these", "those",
        "during", "within", "without", "beyond", "despite", "amid", "via", "onto", "upon", "behind", "beside", "near", "like", "unlike",
        "because", "though", "although", "unless", "whereas", "where", "whether", "may", "might", "must", "should", "could"};
    for (const char* f : kFunctionWords) {
        if (w == f) return true;
    }
    return false;
}

// "$400 and $500 billion", "$2 to $3 million": a second amount in the same currency, with a magnitude
// spelled out, and not smaller than the first.
static bool sharesMagnitude(const Tokens& t, std::size_t end, const std::string& symbol, const Num& first) {
    std::size_t k = skip(t, end);
    if (k == end || !isWordIn(t, k, {"and", "to", "or"})) return false;
    k = skip(t, k + 1);
    if (!isKind(t, k, Kind::Symbol) || t[k].text != symbol || !isKind(t, k + 1, Kind::Number)) return false;
    const Num second = parseNumber(t[k + 1].text);
    const auto value = [](const Num& n) { return std::stod((n.whole.empty() ? "0" : n.whole) + "." + (n.fraction.empty() ? "0" : n.fraction)); };
    if (!second.valid || value(second) < value(first)) return false;
    // ("from €3.5 to €4bn": or glued in its short form, as headlines write it.)
    if (isKind(t, k + 2, Kind::Word) && magnitudes().count(t[k + 2].text) != 0 && t[k + 2].text != "k" && t[k + 2].text != "K") return true;
    const std::size_t m = skip(t, k + 2);
    if (m == k + 2 || !isKind(t, m, Kind::Word)) return false;
    const auto magnitude = magnitudes().find(lowerAscii(t[m].text));
    return magnitude != magnitudes().end() && magnitude->first == magnitude->second;
}

// "a $130 million to $140 million start", "in $50,000 then $10,000 increments": the end of a second amount in
// the same currency after "to", "and", "or" or "then" (with its magnitude), where the two together describe what
// follows; 0 when there is none.
static std::size_t rangeSecondEnd(const Tokens& t, std::size_t end, const std::string& symbol) {
    std::size_t k = skip(t, end);
    if (k == end || !isWordIn(t, k, {"and", "to", "or", "then"})) return 0;
    k = skip(t, k + 1);
    if (!isKind(t, k, Kind::Symbol) || t[k].text != symbol || !isKind(t, k + 1, Kind::Number)) return 0;
    std::size_t last = k + 2;
    if (isKind(t, last, Kind::Word) && magnitudes().count(lowerAscii(t[last].text)) != 0) return last + 1;
    if (const std::size_t m = skip(t, last); m > last && isKind(t, m, Kind::Word) && magnitudes().count(lowerAscii(t[m].text)) != 0) {
        return m + 1;
    }
    return last;
}

// The first amount of such a range before the amount at `start` ("$140 million" in "a $130 million to $140
// million start"), or `start` itself.
static std::size_t rangeFirstStart(const Tokens& t, std::size_t start, const std::string& symbol) {
    if (start < 4 || !isKind(t, start - 1, Kind::Space) || !isWordIn(t, start - 2, {"and", "to", "or", "then"}) || !isKind(t, start - 3, Kind::Space)) {
        return start;
    }
    // (The first is its sign, its figure and a magnitude glued or apart: "$130 million", "$130m".)
    const std::size_t end = start - 3;
    std::size_t k = end;
    if (isKind(t, k - 1, Kind::Word) && magnitudes().count(lowerAscii(t[k - 1].text)) != 0) k -= isKind(t, k - 2, Kind::Space) ? 2 : 1;
    if (k < 2 || !isKind(t, k - 1, Kind::Number) || !isKind(t, k - 2, Kind::Symbol) || t[k - 2].text != symbol) return start;
    return rangeSecondEnd(t, end, symbol) != 0 ? k - 2 : start;
}

// A word in -s that is no singular noun ("bus", "series", "analysis", "news" are).
static bool inS(const std::string& w) {
    return w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") &&
           !w.ends_with("ies") && !w.ends_with("as") && w != "news";
}

// After any determiner, a word in -s with an object after it is the amount's verb: "The £699 keeps it
// competitive", "Apple's $999 gets you a charger" ("the $5 notes are gone" is the plural noun).
static bool verbWithObjectAfter(const Tokens& t, std::size_t end) {
    // (Not a plural noun that a clause follows: "The $5 gains it posted", "the £5 costs the council faces".)
    return isKind(t, end, Kind::Space) && isKind(t, end + 1, Kind::Word) && inS(t[end + 1].text) && isKind(t, end + 2, Kind::Space) &&
           !isWordIn(t, end + 1, {"gains", "costs", "offers", "matches", "losses", "savings", "cuts", "rises", "falls", "hikes", "payments",
                                  "sales", "prices", "fees", "charges", "bids", "deals", "bonuses", "donations", "fines", "profits",
                                  "returns", "bets", "refunds", "rebates", "discounts", "increases", "reductions", "grants", "loans"}) &&
           isWordIn(t, end + 3, {"it", "them", "you", "us", "me", "him", "the", "a", "an", "its", "their", "your", "our"});
}

// "a $5 fee", "a 2.5 billion dollar deal": an amount between a determiner and a noun describes the
// noun and takes the singular unit; "winds of 140 km/h tore roofs" has no determiner and stays plural.
bool beforeNoun(const Tokens& t, std::size_t start, std::size_t end) {
    if (start < 2 || !isKind(t, start - 1, Kind::Space)) return false;
    // The determiner may stand before words that qualify the amount: "a new $5 million fund", "an
    // estimated $2bn loss", "a five-year, $130 million deal".
    // (A possessive determines as "the" does: "the hospital's new £12m wing".)
    // (A plural's possessive too, its mark a token of its own: "Porter Airlines' $1.1bn takeover".)
    const auto determinerAt = [&](std::size_t k) {
        return isWordIn(t, k, {"a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
                               "your", "each", "every", "another", "per"}) ||
               (isKind(t, k, Kind::Word) && isPossessive(t[k].text)) ||
               ((isSym(t, k, "'") || isSym(t, k, "\xE2\x80\x99")) && k >= 1 && isKind(t, k - 1, Kind::Word) && t[k - 1].text.back() == 's');
    };
    bool determined = determinerAt(start - 2);
    // (A headline drops its article: "New £2.4m community hub to open", the qualifying words opening it.)
    bool headline = false;
    for (std::size_t k = start - 1, adjectives = 0; !determined && k > 0 && start - k < 10;) {
        --k;
        if (t[k].kind == Kind::Word) {
            if (determinerAt(k)) {
                determined = true;
                break;
            }
            if (k >= 1 && isSym(t, k - 1, "-")) continue;  // the end of a compound: "five-year"
            if (isSym(t, k + 1, "-") && isKind(t, k + 2, Kind::Word)) continue;  // and its start: "a one-off £150 reduction"
            // Only the words that qualify an amount: a verb or a noun here ("The river rose 1.5 ft") ends it.
            if (!isWordIn(t, k, {"best", "worst", "cheapest", "new", "record", "additional", "extra", "whopping", "massive", "total", "estimated",
                                 "reported", "proposed", "planned", "initial", "annual", "combined", "potential",
                                 "staggering", "hefty", "modest", "mere", "full", "average", "typical", "minimum",
                                 "maximum", "possible", "promised", "expected", "revised", "fresh", "separate", "projected",
                                 "forecast", "anticipated", "approved", "agreed", "alleged", "undisclosed", "further",
                                 "multimillion", "one-off", "original", "current", "previous", "latest", "opening", "reduced",
                                 "discounted", "roughly", "nearly", "approximately",
                                 // a dose's or a measure's: "a single 500 mg dose", "the recommended 2 ml dose"
                                 "single", "recommended", "daily", "standard", "usual", "oral", "booster", "starting", "weekly",
                                 "first", "second", "third", "final", "higher", "lower", "larger", "smaller"}) ||
                adjectives++ >= 2) {
                break;
            }
            headline = k == 0 && isCapitalized(t[k].text);
        } else if (isSym(t, k, ",")) {
            // Only a compound's comma: "a five-year, $130 million deal", not "the company, $5 billion richer".
            if (!(k >= 2 && isKind(t, k - 1, Kind::Word) && isSym(t, k - 2, "-"))) break;
        } else if (t[k].kind == Kind::Symbol && !isSym(t, k, "-")) {
            break;
        }
    }
    if (!determined && !headline) return false;
    // (And before another adjective of the noun after a comma: "a $600,000, 30-year loan".)
    if (isSym(t, end, ",") && isKind(t, end + 1, Kind::Space) && isKind(t, end + 2, Kind::Number) &&
        isSym(t, end + 3, "-") && isKind(t, end + 4, Kind::Word) && isKind(t, end + 5, Kind::Space) && isKind(t, end + 6, Kind::Word) &&
        std::islower(static_cast<unsigned char>(t[end + 6].text[0]))) {
        return true;
    }
    if (!isKind(t, end, Kind::Space) || !isKind(t, end + 1, Kind::Word)) return false;
    const std::string& w = t[end + 1].text;
    if (!std::islower(static_cast<unsigned char>(w[0])) || isKind(t, end + 2, Kind::Word)) return false;
    // A participle tells what became of the amount: "an additional $1.4 billion budgeted", "$5m spent".
    // (Not an adjective in "-ed" before its noun after "a": "a $1.2 billion infrared space telescope"; "the £3bn invested directly"
    // has its participle and an adverb.)
    const bool nounAfter = isWordIn(t, start - 2, {"a", "an"}) && isKind(t, end + 2, Kind::Space) && isKind(t, end + 3, Kind::Word) &&
                           std::islower(static_cast<unsigned char>(t[end + 3].text[0])) && !isFunctionWord(t[end + 3].text) &&
                           !t[end + 3].text.ends_with("ly") && !isKind(t, end + 4, Kind::Number);
    const bool participle = (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0 && !nounAfter) ||
                            isWordIn(t, end + 1, {"spent", "paid", "lost", "won", "left", "set", "made", "given", "held",
                                                  "sought", "brought", "owed", "raised", "borrowed", "taken",
                                                  // or the verb the amount is the subject of: "another $2.4 million went to …"
                                                  "went", "goes", "go", "came", "comes", "was", "is", "will", "would", "could", "may", "might", "must",
                                                  "should", "cannot", "did", "does", "do", "are", "were",
                                                  "has", "had", "have", "remains", "remained", "flows", "flowed", "arrived"});
    // Nor is an adverb a noun: "an estimated $1.04 billion ahead of the sale", "$5 apiece".
    const bool adverb = isWordIn(t, end + 1, {"ahead", "apiece", "annually", "overall", "alone", "instead", "abroad", "already",
                                              "back", "later", "earlier", "yearly", "monthly", "weekly", "daily", "total",
                                              "combined", "together", "altogether", "upfront", "outright", "overseas", "short",
                                              "less", "more", "since", "so", "too", "yet", "still", "ago", "intraday", "today", "yesterday",
                                              "tonight", "now", "then", "here", "there", "once", "twice"}) &&
                        !isSym(t, end + 2, "-");  // ("a $2.6 billion then-record fine": a compound's first word)
    // A singular determiner takes no plural noun, so a word in -s after it is the amount's verb: "says
    // that $1 billion sits idle", "a 2 km stretch" but "each $5 note helps". ("a $5 bus", "a $2 million
    // series", "a $3 billion analysis" end in -s and are singular nouns.)
    const bool singularDeterminer = isWordIn(t, start - 2, {"a", "an", "that", "this", "another", "each", "every"});
    const bool verbInS = (singularDeterminer && inS(w)) || verbWithObjectAfter(t, end);
    // (A compound's first part is no function word: "a £200m near-record profit", "the $30 must-have gadget".)
    const bool compound = isSym(t, end + 2, "-") && isKind(t, end + 3, Kind::Word);
    return !participle && !adverb && !verbInS && (!isFunctionWord(w) || compound);
}

// The subject of a clause that the amount is the object of: "the $7.6 billion analysts expected".
static bool subjectOfClauseAfter(const Tokens& t, std::size_t end) {
    if (!isKind(t, end, Kind::Space) || !isKind(t, end + 1, Kind::Word)) return false;
    const std::string& w = t[end + 1].text;
    return w.size() > 3 && w.back() == 's' && isKind(t, end + 2, Kind::Space) &&
           isWordIn(t, end + 3, {"expected", "forecast", "forecasted", "estimated", "predicted", "projected", "had", "have",
                                 "anticipated", "saw", "polled", "surveyed", "wanted", "sought", "feared"});
}

// "face $250,000 fines", "a $99 mouse", "The $1,000 Meta Quest Pro": an amount that describes what
// follows it takes the singular unit.
bool describesNoun(const Tokens& t, std::size_t start, std::size_t end) {
    if (subjectOfClauseAfter(t, end)) return false;
    if (beforeNoun(t, start, end)) return true;
    // ("£240m Coastal Resilience Fund to deliver …": opening a headline or a bullet, an amount before a fund's or a
    // scheme's name in capitals, the name's last word what money is given as.)
    if (start == 0) {
        std::size_t k = end;
        for (int words = 0; words < 5 && isKind(t, k, Kind::Space) && isKind(t, k + 1, Kind::Word) && isCapitalized(t[k + 1].text); ++words) {
            k += 2;
            if (isWordIn(t, k - 1, {"fund", "programme", "program", "scheme", "package", "plan", "project", "deal", "contract", "facility",
                                    "grant", "investment", "budget", "bond", "loan", "initiative", "levy", "settlement", "bailout", "bid"}) &&
                !isKind(t, k, Kind::Word)) {
                return true;
            }
        }
    }
    if (!isKind(t, end, Kind::Space) || !isKind(t, end + 1, Kind::Word)) return false;
    const std::string& w = t[end + 1].text;
    // A possessive determines as "the" does: "the company's $2 billion loss", "Nyong'o's $150,000 dress".
    const bool possessive = start >= 2 && isKind(t, start - 1, Kind::Space) && isKind(t, start - 2, Kind::Word) &&
                            isPossessive(t[start - 2].text);
    const auto determinerAt = [&](std::size_t k) {
        return isWordIn(t, k, {"a", "an", "the", "this", "that", "its", "his", "her", "their", "our"});
    };
    // (An adjective between, "the highest 40 mg dose", "the same 70Wh battery": a superlative or one of a few.)
    const auto adjectiveAt = [&](std::size_t k) {
        if (!isKind(t, k, Kind::Word)) return false;
        const std::string& a = t[k].text;
        return (a.size() > 4 && a.ends_with("est")) ||
               isWordIn(t, k, {"best", "worst", "same", "new", "standard", "usual", "recommended", "maximum", "minimum", "extra", "additional", "full",
                               "initial", "final", "higher", "lower", "larger", "smaller", "bigger", "single", "daily", "weekly", "monthly",
                               "yearly", "annual", "nightly", "typical", "average", "starting", "oral", "injected", "booster"});
    };
    const bool determiner = possessive || (start >= 2 && isKind(t, start - 1, Kind::Space) &&
                                           (determinerAt(start - 2) || (start >= 4 && adjectiveAt(start - 2) && isKind(t, start - 3, Kind::Space) &&
                                                                        determinerAt(start - 4))));
    if (determiner && isCapitalized(w) && w != "I") return true;  // a product's price: "the $279 Xbox One S" ("the worst £20 I spent")
    // A headline in title case capitalizes the noun too: "Opens $410 Million Solar Panel Factory".
    if (isCapitalized(w) && isTitleCased(t, 4) && !isWordIn(t, end + 1, {"million", "billion", "trillion"})) return true;
    // After a possessive, a lower-case noun too: "the company's $2 billion loss" (not "$5 in fees").
    if (possessive && std::islower(static_cast<unsigned char>(w[0])) && w.size() >= 3 && !verbWithObjectAfter(t, end) &&
        !isWordIn(t, end + 1, {"in", "for", "to", "of", "from", "on", "at", "and", "or", "per", "a", "an", "the", "was",
                               "is", "were", "are", "will", "would", "has", "had", "have", "that", "which", "with"})) {
        return true;
    }
    // Without a determiner, as headlines write it, a noun that amounts describe: "approves $4.2M bond",
    // "signs $130 million deal".
    const auto amountNoun = [&](std::size_t k) {
        return isWordIn(t, k, {"bond", "fee", "fine", "deal", "loan", "grant", "budget", "contract", "package", "settlement",
                              "penalty", "payout", "bonus", "salary", "stake", "acquisition", "takeover", "buyout",
                              "bailout", "investment", "upgrade", "renovation", "expansion", "project", "plan", "program",
                              "programme", "scheme", "fund", "lawsuit", "suit", "verdict", "award", "prize", "jackpot",
                              "donation", "gift", "ticket", "bill", "levy", "tax", "tariff", "subsidy", "rebate",
                              "deficit", "surplus", "loss", "profit", "windfall", "stimulus", "facility", "campus",
                              "stadium", "arena", "hospital", "bridge", "overhaul", "refit", "makeover", "fix", "repair",
                              "rebuild", "bid", "offer", "purchase", "sale", "order", "raise", "hike", "boost", "request",
                              "payment", "cheque", "check", "donation", "bet", "wager", "mansion", "home", "house", "gap",
                              "shortfall", "overspend", "hole", "extension", "redevelopment", "development", "regeneration",
                              "refurbishment", "programme", "centre", "center", "scheme", "pipeline", "bypass",
                              "tunnel", "plant", "factory", "terminal", "project",
                              // what a headline says money builds, buys or starts: "OKs $4.3M fire station", "$4.2b housing push"
                              "station", "push", "revamp", "hub", "school", "library", "pool", "park", "road", "highway",
                              "airport", "port", "museum", "theater", "theatre", "mall", "complex", "tower", "building",
                              "wing", "ward", "clinic", "jail", "prison", "courthouse", "hall", "headquarters", "lab",
                              "laboratory", "mine", "refinery", "dam", "reservoir", "railway", "network", "merger",
                              "injection", "increase", "splurge", "claim", "fraud", "scam", "heist", "robbery",
                              "theft", "war", "rescue", "lifeline", "relief", "aid", "incentive", "credit", "refund"});
    };
    // (Not an amount added or left out, "$1,499 plus $212.37 tax", "excluding £40 delivery": so much of it.)
    const bool added = start >= 2 && isKind(t, start - 1, Kind::Space) &&
                       isWordIn(t, start - 2, {"plus", "including", "excluding", "incl", "excl", "inc", "before", "after", "minus"});
    if (amountNoun(end + 1) && !added && !isKind(t, end + 2, Kind::Word) &&
        !(isKind(t, end + 2, Kind::Space) && isKind(t, end + 3, Kind::Word) && isWordIn(t, end + 3, {"of", "from", "to"}))) {
        return true;
    }
    // The same noun after words that name what it is for: "approves $48 million reservoir expansion", "€4.2m
    // flood relief scheme", "$86 million light-rail extension" (a word joined by hyphens counts as one).
    {
        std::size_t k = end + 1;
        for (int modifiers = 0; modifiers < 2; ++modifiers) {
            if (!isKind(t, k, Kind::Word) || !std::islower(static_cast<unsigned char>(t[k].text[0])) || isFunctionWord(t[k].text) ||
                isWordIn(t, k, {"last", "next", "this", "a", "an", "per", "each", "every", "more", "less", "over", "under"})) {
                break;
            }
            while (isSym(t, k + 1, "-") && isKind(t, k + 2, Kind::Word)) k += 2;
            if (!isKind(t, k + 1, Kind::Space)) break;
            if (amountNoun(k + 2) && !isKind(t, k + 3, Kind::Word) && !isSym(t, k + 3, "-")) return true;
            k += 2;
        }
    }
    // Without a determiner, a lower-case plural noun: "$20 bills", "$250,000 fines". (Not a sum in
    // millions after "of" or "worth": "a budget of $2.3B covers", where the word after it is the verb.)
    bool millions = false;
    for (std::size_t k = start; k < end; ++k) millions = millions || isKind(t, k, Kind::Word);
    if (millions && start >= 2 && isKind(t, start - 1, Kind::Space) &&
        isWordIn(t, start - 2, {"of", "than", "worth", "totaling", "totalling", "costing", "by", "at"})) {
        return false;
    }
    // (Nor a pronoun's contraction in "'s": "At $999 it's the longest-lasting"; "a $2 coin's" is the noun's.)
    const std::size_t apostrophe = std::min(w.find('\''), w.find("\xE2\x80\x99"));
    const std::string stem = apostrophe == std::string::npos ? "" : w.substr(0, apostrophe);
    const bool contraction = stem == "it" || stem == "that" || stem == "there" || stem == "he" || stem == "she" || stem == "what" ||
                             stem == "who" || stem == "here";
    if (!std::islower(static_cast<unsigned char>(w[0])) || w.size() < 4 || w.back() != 's' || w.compare(w.size() - 2, 2, "ss") == 0 || contraction) {
        return false;
    }
    for (const char* f : {"dollars", "euros", "pounds", "plus", "less", "was", "is", "has", "this", "its", "his",
                          "thus", "yes", "always", "sometimes", "perhaps", "besides", "towards", "afterwards", "across",
                          "does", "goes", "remains", "seems", "means", "makes", "takes", "costs", "lies", "runs",
                          "comes", "covers", "includes", "represents", "brings", "puts", "pays", "buys", "gets", "needs",
                          "equals", "exceeds", "adds", "follows", "marks", "stays", "sits", "helps", "allows", "becomes",
                          // a product's verbs in a review: "the X7 at £699 keeps the same battery"
                          "keeps", "offers", "starts", "lands", "sells", "looks", "feels", "matches", "beats", "undercuts", "ships",
                          "arrives", "gives", "delivers", "packs", "features", "provides", "retains", "loses", "drops", "gains",
                          "makes", "lacks", "misses", "ranks", "sounds", "works", "runs", "shows", "seems", "remains",
                          // what an amount does as a sentence's subject: "the rebate of up to $50,000 applies", "₹55 appears"
                          "applies", "appears", "stands", "matters", "happens", "occurs", "exists", "belongs", "depends",
                          "varies", "differs", "qualifies", "suffices"}) {
        if (w == f) return false;
    }
    return true;
}

namespace {

// An amount that could only be money: thousands separators ("5,000") or cents ("35.50").
}  // namespace

bool fareAfter(const Tokens& t, std::size_t k) {
    // (A road's return leg or its morning is no fare: "the R45 return leg", "the R45 each morning".)
    if (isWordIn(t, k, {"each", "apiece"})) return !isKind(t, skip(t, k + 1), Kind::Word);
    return isWordIn(t, k, {"return", "one-way"}) &&
           !isWordIn(t, skip(t, k + 1), {"leg", "legs", "journey", "journeys", "trip", "trips", "route", "road", "lane", "lanes", "ramp", "loop"});
}

bool aboutPrices(const Tokens& t) {
    return anyWordIn(t, {"cost", "costs", "costing", "fare", "fares", "price", "prices", "priced", "pay", "pays", "paid",
                         "charge", "charges", "charged", "ticket", "tickets", "fee", "fees", "fine", "fined", "spend",
                         "spent", "buy", "bought", "sell", "sold", "salary", "wage", "wages", "tariff", "toll", "tolls",
                         "rent", "afford", "cheaper", "dearer", "shillings", "rand", "pesos", "levy", "refund"});
}

bool aboutPrices(const Tokens& t, const std::string& sign) {
    if (aboutPrices(t)) return true;
    // "fell R112/t to R4 250/t": an amount of the sign priced per unit, or written with its thousands or its cents, makes the
    // sentence's other amounts after the sign money too ("down R87").
    for (std::size_t k = 0; k + 3 < t.size(); ++k) {
        if (t[k].text != sign || !isKind(t, k + 1, Kind::Number)) continue;
        const std::string& n = t[k + 1].text;
        if (n.find(',') != std::string::npos || n.find('.') != std::string::npos) return true;
        if (isSym(t, k + 2, "/") && isKind(t, k + 3, Kind::Word) && findUnit(t[k + 3].text) != nullptr) return true;
        if (isKind(t, k + 2, Kind::Space) && isKind(t, k + 3, Kind::Number) && t[k + 3].text.size() == 3 && n.size() <= 3 &&
            isSym(t, k + 4, "/")) {
            return true;
        }
    }
    // "Sh1 in every Sh3 collected": letters of two or more glued to two amounts in one sentence are their
    // currency's (a road's letter is one, "the R1 and R3").
    if (sign.size() < 2) return false;
    int amounts = 0;
    for (std::size_t k = 0; k + 1 < t.size(); ++k) amounts += t[k].text == sign && isKind(t, k + 1, Kind::Number) ? 1 : 0;
    // (With a word of money about them: "Gene variants Sh2 and Sh3" are labels.)
    return amounts >= 2 && anyWordIn(t, {"payments", "payment", "interest", "revenue", "revenues", "tax", "taxes", "debt", "budget",
                                         "collected", "spending", "loan", "loans", "profit", "earn", "earns", "cents", "wage", "bill"});
}

bool grantPaid(const Tokens& t, std::size_t end) {
    const std::initializer_list<const char*> kPaid{"grant", "grants", "pension", "pensions", "allowance", "allowances", "stipend", "stipends",
                                                   "subsidy", "subsidies"};
    return anyWordIn(t, kPaid) && !isWordIn(t, skip(t, end), kPaid);
}

namespace {

bool moneyShaped(const std::string& written, const Num& amount) {
    return written.find(',') != std::string::npos || amount.fraction.size() == 2;
}

// "300 USD", "2.5 billion EUR": an ISO code after the amount.
std::optional<Match> codeAfterAmount(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Number)) return std::nullopt;
    const Num amount = parseNumber(t[i].text);
    if (!amount.valid) return std::nullopt;
    std::size_t k = skip(t, i + 1);
    std::string magnitude;
    if (isKind(t, k, Kind::Word)) {
        const auto m = magnitudes().find(lowerAscii(t[k].text));
        if (m != magnitudes().end() && (m->first == m->second || k == i + 1)) {
            magnitude = " " + m->second;
            k = skip(t, k + 1);
        }
    }
    // "4,500 zł", "3 000 Kč": a currency's sign after the amount, as Poles and Czechs write it.
    static const std::unordered_map<std::string, Currency> kSuffixSigns{
        {"z\xC5\x82", {"zloty", "zlotys", "", ""}}, {"K\xC4\x8D", {"koruna", "korunas", "", ""}}};
    // ("55 kr": crowns, Norway's and Denmark's "kroner" where the sentence names them, else Sweden's "kronor".)
    if (isKind(t, k, Kind::Word) && t[k].text == "kr" && !isKind(t, k + 1, Kind::Word)) {
        const bool kroner = anyWordIn(t, {"norway", "norwegian", "oslo", "denmark", "danish", "copenhagen", "bergen", "aarhus"});
        const bool one = isOne(amount) && magnitude.empty();
        return Match{k + 1 - i, numberWords(amount) + magnitude + " " + (one ? (kroner ? "krone" : "krona") : (kroner ? "kroner" : "kronor")),
                     "money"};
    }
    if (isKind(t, k, Kind::Word) && kSuffixSigns.count(t[k].text) != 0 && !isKind(t, k + 1, Kind::Word)) {
        const Currency& c = kSuffixSigns.at(t[k].text);
        const bool one = isOne(amount) && magnitude.empty();
        return Match{k + 1 - i, numberWords(amount) + magnitude + " " + (one ? c.one : c.many), "money"};
    }
    if (!isKind(t, k, Kind::Word) || t[k].text.size() != 3) return std::nullopt;
    const auto cur = prefixCurrencies().find(t[k].text);
    if (cur == prefixCurrencies().end()) return std::nullopt;
    // ("Tickets cost 200 CVE each": the escudo in a sentence about prices; "a 9.8 CVE", a flaw's score, in none.)
    if (currencyNeedsMoneyShape(cur->first) && magnitude.empty() && !moneyShaped(t[i].text, amount) &&
        !(cur->first == "CVE" && aboutPrices(t) && amount.fraction.size() != 1)) {
        return std::nullopt;
    }
    const bool one = isOne(amount) && magnitude.empty();
    return Match{k + 1 - i, numberWords(amount) + magnitude + " " + (one ? cur->second.one : cur->second.many), "money"};
}

}  // namespace

bool opensMoneyRange(const Tokens& t, std::size_t end, const std::string& sign) {
    const std::size_t dash = end + 1;
    // (Or "to": "increase by R130 to R2,315".)
    return isKind(t, end, Kind::Space) && (isSym(t, dash, "-") || isSym(t, dash, "\xE2\x80\x93") || isWordIn(t, dash, {"to"})) &&
           isKind(t, dash + 1, Kind::Space) &&
           dash + 3 < t.size() && t[dash + 2].text == sign && isKind(t, dash + 3, Kind::Number) &&
           (moneyShaped(t[dash + 3].text, parseNumber(t[dash + 3].text)) ||
            (t[dash + 3].text.size() <= 3 && isKind(t, dash + 4, Kind::Space) && isKind(t, dash + 5, Kind::Number) && t[dash + 5].text.size() == 3 &&
             digitsOnly(t[dash + 5].text)));
}

namespace {

// "$15/mo", "€8/wk", "$3/day", "$2,000/month": a rate after an amount.
std::optional<std::pair<std::string, std::size_t>> rateAfter(const Tokens& t, std::size_t i) {
    // "£2,633 pcm", "£450 pw": a British let's rent, per calendar month or per week.
    if (isKind(t, i, Kind::Space) && isWordIn(t, i + 1, {"pcm", "pw"}) && !isKind(t, i + 2, Kind::Word) && !isSym(t, i + 2, "'")) {
        return std::make_pair(std::string(lowerAscii(t[i + 1].text) == "pw" ? "a week" : "a month"), i + 2);
    }
    // "$79 pp", "£45 pppn", "£1,299pp": a price per person (and night), as travel and dining pages write it, apart or glued.
    if (isKind(t, i, Kind::Space) && isWordIn(t, i + 1, {"pp", "pppn"}) && !isKind(t, i + 2, Kind::Word) && !isSym(t, i + 2, "'")) {
        return std::make_pair(std::string(lowerAscii(t[i + 1].text) == "pp" ? "per person" : "per person per night"), i + 2);
    }
    if (isWordIn(t, i, {"pp", "pppn"}) && !isKind(t, i + 1, Kind::Word) && !isSym(t, i + 1, "'")) {
        return std::make_pair(std::string(lowerAscii(t[i].text) == "pp" ? "per person" : "per person per night"), i + 1);
    }
    // "$68.72 a bbl", "$2.10 per lb": a unit written short after "a" or "per".
    if (isKind(t, i, Kind::Space) && isWordIn(t, i + 1, {"a", "per"}) && isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Word) &&
        !isKind(t, i + 4, Kind::Word) && !isSym(t, i + 4, "'")) {
        static const std::pair<const char*, const char*> kShort[] = {{"bbl", "a barrel"}, {"lb", "a pound"}, {"oz", "an ounce"},
                                                                     {"gal", "a gallon"}, {"kg", "a kilogram"}, {"hd", "a head"},
                                                                     {"bu", "a bushel"}, {"cwt", "a hundredweight"}, {"MWh", "a megawatt hour"},
                                                                     {"kWh", "a kilowatt hour"}};
        for (const auto& [written, said] : kShort) {
            if (t[i + 3].text != written) continue;
            // ("per cwt" stays "per": "per hundredweight".)
            std::string rate = said;
            if (isWordIn(t, i + 1, {"per"})) rate = "per " + rate.substr(rate.find(' ') + 1);
            return std::make_pair(rate, i + 4);
        }
    }
    // "$0.075/1M tokens": a price per a million (or a thousand) of what follows.
    if (isSym(t, i, "/") && isKind(t, i + 1, Kind::Number) && t[i + 1].text == "1" && isKind(t, i + 2, Kind::Word) &&
        magnitudes().count(lowerAscii(t[i + 2].text)) != 0 && !isKind(t, i + 3, Kind::Word)) {
        return std::make_pair("per " + magnitudes().at(lowerAscii(t[i + 2].text)), i + 3);
    }
    if (!isSym(t, i, "/") || !isKind(t, i + 1, Kind::Word)) return std::nullopt;
    const std::string w = lowerAscii(t[i + 1].text);
    static const std::pair<const char*, const char*> kRates[] = {
        {"mo", "a month"}, {"mth", "a month"}, {"month", "a month"}, {"wk", "a week"}, {"week", "a week"},
        {"day", "a day"}, {"d", "a day"}, {"hr", "an hour"}, {"h", "an hour"}, {"hour", "an hour"}, {"yr", "a year"},
        {"year", "a year"}, {"y", "a year"}, {"night", "a night"}, {"person", "a person"}, {"head", "a head"}, {"hd", "a head"},
        {"lb", "a pound"}, {"kg", "a kilogram"}, {"gal", "a gallon"}, {"gallon", "a gallon"}, {"share", "a share"},
        {"barrel", "a barrel"}, {"bbl", "a barrel"}, {"oz", "an ounce"}, {"ton", "a ton"}, {"tonne", "a tonne"},
        {"l", "a liter"}, {"ltr", "a liter"}, {"litre", "a liter"}, {"liter", "a liter"}, {"t", "a tonne"}, {"\xE2\x84\x93", "a liter"}};
    for (const auto& [written, said] : kRates) {
        if (w == written && !isKind(t, i + 2, Kind::Word)) return std::make_pair(std::string(said), i + 2);
    }
    // "RM500/sq ft", "$30/sq. m": a price for each square foot or meter of a flat or of land.
    if (w == "sq") {
        const std::size_t k = isSym(t, i + 2, ".") ? i + 3 : i + 2;
        if (isKind(t, k, Kind::Space) && isWordIn(t, k + 1, {"ft", "m", "km", "mi", "yd"}) && !isKind(t, k + 2, Kind::Word)) {
            const std::string& u = t[k + 1].text;
            return std::make_pair(std::string(u == "ft" ? "per square foot" : u == "m" ? "per square meter" : u == "km" ? "per square kilometer"
                                              : u == "mi"                    ? "per square mile"
                                                                             : "per square yard"),
                                  k + 2);
        }
    }
    // Any other unit of measure: "$2.41/MMBtu", "$3/kWh" ("per million British thermal units").
    if (const auto* unit = findUnit(t[i + 1].text); unit != nullptr && t[i + 1].text.size() >= 2 && !isKind(t, i + 2, Kind::Word)) {
        return std::make_pair(std::string("per ") + unit->second.one, i + 2);
    }
    // "$3,050/FEU", "$1,200/TEU": a freight rate per container, its initials spelled.
    if (const std::string& u = t[i + 1].text; (u == "FEU" || u == "TEU") && !isKind(t, i + 2, Kind::Word) && !isKind(t, i + 2, Kind::Number)) {
        return std::make_pair("per " + u, i + 2);
    }
    // "$89/tire", "$20/ticket": a price for each of a thing named in small letters, a noun alone after the slash (not the
    // other half of a pair of words, "$5/and").
    if (const std::string& u = t[i + 1].text; u.size() >= 3 && !isKind(t, i + 2, Kind::Word) && !isSym(t, i + 2, "/") &&
                                              std::all_of(u.begin(), u.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }) &&
                                              !isFunctionWord(u)) {
        return std::make_pair("per " + u, i + 2);
    }
    return std::nullopt;
}


}  // namespace

// A frame rate, "24p", "60p", in a sentence about video: one that names a resolution ("4K", "8K", "1080p") or frames, or after
// "shot in"/"filmed in". (A British price in pence, "a 50p chocolate bar", "CCTV footage of a 30p theft", has none of them.)
bool isVideoFrameRate(const Tokens& t, std::size_t i) {
    static constexpr std::string_view kRates[] = {"24", "25", "30", "48", "50", "60", "100", "120", "240"};
    if (std::find(std::begin(kRates), std::end(kRates), t[i].text) == std::end(kRates)) return false;
    // (Not in a sentence of prices, "a 4K TV fell, while a Mars bar rose to 60p".)
    if (anyWordIn(t, {"price", "prices", "priced", "cost", "costs", "pence", "pound", "pounds", "paid", "pay", "sells", "sold", "cheaper", "dearer",
                      "rose", "fell", "bar", "pint", "stamp", "stamps", "fare", "fares"})) {
        return false;
    }
    for (const Token& token : t) {
        if (token.kind == Kind::Symbol && token.text == "\xC2\xA3") return false;
    }
    if (anyWordIn(t, {"fps", "frame", "frames", "framerate"})) return true;
    if (i >= 4 && isWordIn(t, i - 2, {"in", "at"}) && isWordIn(t, i - 4, {"shot", "filmed", "shoots", "shooting", "recorded", "records", "recording", "captured"})) {
        return true;
    }
    for (std::size_t k = 0; k + 1 < t.size(); ++k) {
        // ("4K", "8K", "6.2K": a resolution; "1080p", "2160p": one by its lines.)
        if (isKind(t, k, Kind::Number) && isKind(t, k + 1, Kind::Word) && t[k + 1].text == "K" && t[k].text.size() <= 3) return true;
        if (isKind(t, k, Kind::Number) && (t[k].text == "720" || t[k].text == "1080" || t[k].text == "1440" || t[k].text == "2160") &&
            isKind(t, k + 1, Kind::Word) && t[k + 1].text == "p") {
            return true;
        }
    }
    return false;
}

// Britain's money before 1971, pounds, shillings and pence: "£20 10s" "twenty pounds ten shillings", "£3 4s 6d", "10s 6d" "ten
// shillings and six pence". (Shillings under twenty, pence under twelve; a lone "10s" stays the decade's.)
static std::optional<Match> shillingsRule(const Tokens& t, std::size_t i) {
    const auto count = [&](std::size_t k, int most) {
        return isKind(t, k, Kind::Number) && digitsOnly(t[k].text) && t[k].text.size() <= 2 && toInt(t[k].text) <= most;
    };
    const auto pence = [&](std::size_t k) { return count(k, 11) && isWordIn(t, k + 1, {"d"}) && !isKind(t, k + 2, Kind::Word); };
    const auto said = [](const std::string& n, const char* one, const char* many) { return wholeWords(n) + " " + (n == "1" ? one : many); };
    std::size_t k = i;
    std::string spoken;
    const bool pounds = isSym(t, i, "\xC2\xA3") && isKind(t, i + 1, Kind::Number) && digitsOnly(t[i + 1].text) && isKind(t, i + 2, Kind::Space);
    if (pounds) {
        spoken = said(t[i + 1].text, "pound", "pounds") + " ";
        k = i + 3;
    }
    if (!count(k, 19) || !isWordIn(t, k + 1, {"s"}) || isKind(t, k + 2, Kind::Word)) return std::nullopt;
    const bool withPence = isKind(t, k + 2, Kind::Space) && pence(k + 3);
    if (!pounds && !withPence) return std::nullopt;
    spoken += said(t[k].text, "shilling", "shillings");
    if (!withPence) return Match{k + 2 - i, spoken, "money"};
    return Match{k + 5 - i, spoken + " and " + said(t[k + 3].text, "penny", "pence"), "money"};
}

std::optional<Match> moneyRule(const Tokens& t, std::size_t i) {
    if (auto code = codeAfterAmount(t, i)) return code;
    // "in the low $80s", "the high £300s": prices in a band of tens, "the low eighty-dollar range" (the plural glued to the
    // amount was left over, "eighty dollars s").
    if ((isSym(t, i, "$") || isSym(t, i, "\xC2\xA3") || isSym(t, i, "\xE2\x82\xAC")) && isKind(t, i + 1, Kind::Number) && digitsOnly(t[i + 1].text) &&
        t[i + 1].text.size() >= 2 && t[i + 1].text.size() <= 3 && t[i + 1].text.back() == '0' && isWordIn(t, i + 2, {"s"}) &&
        t[i + 2].text == "s" && !isKind(t, i + 3, Kind::Word) && !isKind(t, i + 3, Kind::Number)) {
        const char* currency = isSym(t, i, "$") ? "dollar" : isSym(t, i, "\xC2\xA3") ? "pound" : "euro";
        return Match{3, wholeWords(t[i + 1].text) + "-" + currency + " range", "money"};
    }
    if (auto old = shillingsRule(t, i)) return old;
    // "settled at $4.31 1/4": a grain future's price to the quarter or the eighth of a cent, "four dollars and thirty-one and a
    // quarter cents" (the fraction is the cent's, no quarter of anything else).
    if (isSym(t, i, "$") && isKind(t, i + 1, Kind::Number) && isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Number) &&
        isSym(t, i + 4, "/") && isKind(t, i + 5, Kind::Number) && !isKind(t, i + 6, Kind::Number) && !isKind(t, i + 6, Kind::Word)) {
        const std::string& amount = t[i + 1].text;
        const std::size_t dot = amount.find('.');
        static const std::map<std::string, const char*> kEighths{{"1/8", "an eighth"}, {"1/4", "a quarter"}, {"3/8", "three eighths"},
                                                                 {"1/2", "a half"}, {"5/8", "five eighths"}, {"3/4", "three quarters"},
                                                                 {"7/8", "seven eighths"}};
        const auto fraction = kEighths.find(t[i + 3].text + "/" + t[i + 5].text);
        if (dot != std::string::npos && amount.size() == dot + 3 && digitsOnly(amount.substr(0, dot)) && digitsOnly(amount.substr(dot + 1)) &&
            dot <= 3 && fraction != kEighths.end()) {
            const std::string dollars = amount.substr(0, dot);
            const std::string cents = std::to_string(std::atoi(amount.substr(dot + 1).c_str()));
            // ("$4.00 3/4": no cents but the fraction, "four dollars and three quarters of a cent".)
            std::string said = wholeWords(dollars) + (dollars == "1" ? " dollar" : " dollars") + " and " +
                               (cents == "0" ? std::string(fraction->second) + " of a cent" : wholeWords(cents) + " and " + fraction->second + " cents");
            return Match{6, said, "money"};
        }
    }
    // "Brent crude ($/bbl)", "€/MWh": a table's unit, the currency for each unit of what is priced, no amount before it.
    if (isKind(t, i, Kind::Symbol) && isSym(t, i + 1, "/") && !(i >= 1 && isKind(t, i - 1, Kind::Number))) {
        if (const auto currency = prefixCurrencies().find(t[i].text); currency != prefixCurrencies().end()) {
            if (const auto rate = rateAfter(t, i + 1)) return Match{rate->second - i, std::string(currency->second.many) + " " + rate->first, "money"};
        }
    }
    // "64p of every £1", "for each $1 spent": one of the currency after "every" or "each" is the currency's name alone.
    // (Not "every $1 billion", "each £1 m": an amount's magnitude after it.)
    const bool magnitudeAfter = isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Word) &&
                                (magnitudes().count(lowerAscii(t[i + 3].text)) != 0 || findUnit(t[i + 3].text) != nullptr);
    if (isKind(t, i, Kind::Symbol) && isKind(t, i + 1, Kind::Number) && t[i + 1].text == "1" && !isKind(t, i + 2, Kind::Word) &&
        !isSym(t, i + 2, ".") && !magnitudeAfter && i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"every", "each"})) {
        if (const auto currency = prefixCurrencies().find(t[i].text); currency != prefixCurrencies().end()) {
            return Match{2, currency->second.one, "money"};
        }
    }
    // "$1,000s worse off", "£10,000s a year": a round sum in the plural, "thousands of dollars", "tens of thousands of pounds".
    if (isKind(t, i, Kind::Symbol) && isKind(t, i + 1, Kind::Number) && isKind(t, i + 2, Kind::Word) && t[i + 2].text == "s" &&
        !isKind(t, i + 3, Kind::Word) && !isKind(t, i + 3, Kind::Number)) {
        // (Not "$100s", a hundred-dollar bill's plural as often, nor a price in the hundreds: "oil back into the $100s".)
        static const std::pair<const char*, const char*> kRound[] = {{"1,000", "thousands"}, {"1000", "thousands"},
                                                                     {"10,000", "tens of thousands"}, {"100,000", "hundreds of thousands"},
                                                                     {"1,000,000", "millions"}};
        const auto currency = prefixCurrencies().find(t[i].text);
        for (const auto& [written, said] : kRound) {
            if (currency != prefixCurrencies().end() && t[i + 1].text == written) {
                return Match{3, std::string(said) + " of " + currency->second.many, "money"};
            }
        }
    }
    // "$(2.41) per share", "$(12.5) million": an accountant's negative amount in brackets. In a sentence
    // about a loss the amount alone says it ("Net loss was … or $(2.41) per share"); elsewhere "minus".
    if (isKind(t, i, Kind::Symbol) && prefixCurrencies().count(t[i].text) != 0 && isSym(t, i + 1, "(") && isKind(t, i + 2, Kind::Number) &&
        isSym(t, i + 3, ")")) {
        Tokens bare{t[i], t[i + 2]};
        bare.insert(bare.end(), t.begin() + static_cast<std::ptrdiff_t>(i + 4), t.end());
        if (auto m = moneyRule(bare, 0); m && m->length >= 2) {
            // (A report's label "Net income (loss)" names the row whichever way it goes: the brackets say it went down.)
            bool loss = false;
            for (std::size_t k = 0; k < t.size(); ++k) {
                loss = loss || (isWordIn(t, k, {"loss", "losses", "deficit"}) && !(k >= 1 && isSym(t, k - 1, "(") && isSym(t, k + 1, ")")));
            }
            return Match{m->length + 2, (loss ? "" : "minus ") + m->spoken, "money"};
        }
    }
    // "The rupee closed at 84.39/$": a rate of exchange, so many to the dollar.
    if (isKind(t, i, Kind::Number) && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Symbol) && !isKind(t, i + 3, Kind::Number) &&
        !isKind(t, i + 3, Kind::Word)) {
        if (const auto currency = prefixCurrencies().find(t[i + 2].text); currency != prefixCurrencies().end()) {
            const Num rate = parseNumber(t[i].text);
            if (rate.valid) return Match{3, numberWords(rate) + " to the " + currency->second.one, "money"};
        }
    }
    // "(HK$ million)", "(£m)", "€ bn": a table's unit, a currency's magnitude with no figure: "millions of
    // Hong Kong dollars".
    if (!(i >= 1 && isKind(t, i - 1, Kind::Number))) {
        std::string sign;
        std::size_t k = i;
        if (isKind(t, i, Kind::Word) && t[i].text.size() <= 3 && isUpperWord(t[i].text) && isSym(t, i + 1, "$")) {
            sign = t[i].text + "$";
            k = i + 2;
        } else if (isKind(t, i, Kind::Symbol)) {
            sign = t[i].text;
            k = i + 1;
        }
        const auto currency = sign.empty() ? prefixCurrencies().end() : prefixCurrencies().find(sign);
        const std::size_t word = isKind(t, k, Kind::Space) ? k + 1 : k;
        if (currency != prefixCurrencies().end() && isKind(t, word, Kind::Word) && !isKind(t, word + 1, Kind::Number) &&
            !(isKind(t, word + 1, Kind::Space) && isKind(t, word + 2, Kind::Number))) {
            const auto magnitude = magnitudes().find(lowerAscii(t[word].text));
            // (Spaced, only a word: "€ bn", "HK$ million"; a letter is a magnitude glued to its sign, "£m".)
            if (magnitude != magnitudes().end() && (word == k || t[word].text.size() > 1)) {
                return Match{word + 1 - i, magnitude->second + "s of " + currency->second.many, "money"};
            }
        }
    }
    // "the A$ fell", "against the NZ$": a currency named by its sign and its country's letters, alone.
    if (isKind(t, i, Kind::Word) && t[i].text.size() <= 3 && isUpperWord(t[i].text) && isSym(t, i + 1, "$") &&
        !isKind(t, i + 2, Kind::Number) && !(isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Number))) {
        if (const auto currency = prefixCurrencies().find(t[i].text + "$"); currency != prefixCurrencies().end()) {
            return Match{2, currency->second.one, "money"};
        }
    }
    // "flows of -$187.4 million": a negative amount, "minus".
    if ((isSym(t, i, "-") || isSym(t, i, "\xE2\x88\x92")) && (i == 0 || isKind(t, i - 1, Kind::Space) || isSym(t, i - 1, "(")) &&
        isKind(t, i + 1, Kind::Symbol) && prefixCurrencies().count(t[i + 1].text) != 0 && isKind(t, i + 2, Kind::Number)) {
        if (auto m = moneyRule(t, i + 1)) return Match{m->length + 1, "minus " + m->spoken, "money"};
    }
    // ("(Q3 2023: -US$144m)": the same before a country's dollar.)
    if ((isSym(t, i, "-") || isSym(t, i, "\xE2\x88\x92")) && (i == 0 || isKind(t, i - 1, Kind::Space) || isSym(t, i - 1, "(")) &&
        isKind(t, i + 1, Kind::Word) && isSym(t, i + 2, "$") && prefixCurrencies().count(t[i + 1].text + "$") != 0 && isKind(t, i + 3, Kind::Number)) {
        if (auto m = moneyRule(t, i + 1)) return Match{m->length + 1, "minus " + m->spoken, "money"};
    }
    // "fell 8¢", "65.5¢": cents by their sign. ("381.4 US¢/lb": a country's cents, its letters before the sign.)
    const bool country = isKind(t, i, Kind::Number) && isKind(t, i + 1, Kind::Space) && isWordIn(t, i + 2, {"us", "a", "nz", "c"}) &&
                         isUpperWord(t[i + 2].text) && isSym(t, i + 3, "\xC2\xA2");
    if (isKind(t, i, Kind::Number) && (isSym(t, i + 1, "\xC2\xA2") || country)) {
        const Num n = parseNumber(t[i].text);
        if (n.valid) {
            const std::size_t sign = country ? i + 3 : i + 1;
            std::string spoken = numberWords(n) + (country ? " " + t[i + 2].text : std::string()) + (t[i].text == "1" ? " cent" : " cents");
            // ("17.47¢/kWh": a price per measure.)
            if (isSym(t, sign + 1, "/") && isKind(t, sign + 2, Kind::Word) && !isKind(t, sign + 3, Kind::Word)) {
                if (const auto* unit = findUnit(t[sign + 2].text)) return Match{sign + 3 - i, spoken + " per " + unit->second.one, "money"};
            }
            return Match{sign + 1 - i, spoken, "money"};
        }
    }
    // Pence and cents written after the number: "20p", "50c"
    // ("187.6p": a share price in pence has decimals; "145.3p/litre": a price per measure.)
    // ("US65.2c": the Australian dollar's value in US cents, to a tenth.)
    // (Or by their sign, "US65.6¢".)
    if (isKind(t, i, Kind::Word) && (t[i].text == "US" || t[i].text == "NZ") && isKind(t, i + 1, Kind::Number) &&
        ((isKind(t, i + 2, Kind::Word) && t[i + 2].text == "c") || isSym(t, i + 2, "\xC2\xA2")) && !isKind(t, i + 3, Kind::Word)) {
        const Num n = parseNumber(t[i + 1].text);
        if (n.valid && n.fraction.size() <= 2) return Match{3, numberWords(n) + " " + t[i].text + " cents", "money"};
    }
    // ("Diesel: -47c/l", "−3p": a fall in cents or pence, the minus before the price.)
    if (isMinusSignAt(t, i) && isKind(t, i + 1, Kind::Number) && isKind(t, i + 2, Kind::Word) && (t[i + 2].text == "p" || t[i + 2].text == "c")) {
        if (auto fall = moneyRule(t, i + 1); fall && std::string(fall->rule) == "money") return Match{fall->length + 1, "minus " + fall->spoken, "money"};
    }
    if (isKind(t, i, Kind::Number) && isKind(t, i + 1, Kind::Word) && (t[i + 1].text == "p" || t[i + 1].text == "c") &&
        !isKind(t, i + 2, Kind::Word)) {
        const Num n = parseNumber(t[i].text);
        // "8K 24p", "4K at up to 60p": in a sentence about video, a frame rate, "twenty-four p", no pence.
        if (t[i + 1].text == "p" && isVideoFrameRate(t, i)) return Match{2, numberWords(n) + " p", "code"};
        // ("189.9c/L": cents with a decimal, as fuel is priced per litre.)
        // ("199.9c a litre", "145.3p per litre": the same price with words.)
        const bool perWords = isKind(t, i + 2, Kind::Space) && isWordIn(t, i + 3, {"a", "per"}) && isKind(t, i + 4, Kind::Space) &&
                              isWordIn(t, i + 5, {"litre", "liter", "gallon", "kwh", "unit", "share"});
        const bool perMeasure = (isSym(t, i + 2, "/") && isKind(t, i + 3, Kind::Word)) || perWords;
        // ("rose 9.5c to 412c/kg": another price in cents in the sentence says what the "c" is.)
        bool otherCents = false;
        for (std::size_t k = 0; k + 1 < t.size() && !otherCents; ++k) {
            otherCents = k != i && isKind(t, k, Kind::Number) && isKind(t, k + 1, Kind::Word) && t[k + 1].text == "c";
        }
        const bool currency = t[i + 1].text == "c" &&
                              (otherCents || anyWordIn(t, {"dollar", "dollars", "aussie", "kiwi", "loonie", "currency", "cents"}));
        if (n.valid && (digitsOnly(t[i].text) || ((t[i + 1].text == "p" || perMeasure || currency) && n.fraction.size() <= 2))) {
            const bool one = t[i].text == "1";
            std::string spoken = numberWords(n) + (t[i + 1].text == "p" ? (one ? " penny" : " pence") : (one ? " cent" : " cents"));
            std::size_t end = i + 2;
            if (isSym(t, end, "/") && isKind(t, end + 1, Kind::Word) && !isKind(t, end + 2, Kind::Word)) {
                const auto* unit = findUnit(t[end + 1].text);
                const std::string per = unit != nullptr ? unit->second.one : lowerAscii(t[end + 1].text);
                if (unit != nullptr || isWordIn(t, end + 1, {"litre", "liter", "gallon", "kwh", "unit", "share"})) {
                    spoken += " a " + per;
                    end += 2;
                } else if (const auto rate = rateAfter(t, end)) {
                    // ("53.80p/day": a standing charge, per day.)
                    spoken += " " + rate->first;
                    end = rate->second;
                }
            }
            return Match{end - i, spoken, "money"};
        }
    }
    // A currency pair and its rate: "EUR/USD 1.0850" is "the euro-dollar rate, one point zero eight five
    // zero" (no currency after the rate; eSpeak NG would say "EUR" as a word).
    if (isKind(t, i, Kind::Word) && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Word)) {
        static const std::unordered_map<std::string, const char*> kPairNames{
            {"EUR", "euro"}, {"USD", "dollar"}, {"GBP", "sterling"}, {"JPY", "yen"}, {"CHF", "Swiss franc"},
            {"AUD", "Australian dollar"}, {"CAD", "Canadian dollar"}, {"NZD", "New Zealand dollar"}, {"CNY", "yuan"},
            {"CNH", "offshore yuan"}, {"INR", "rupee"}, {"KRW", "won"}, {"HKD", "Hong Kong dollar"}, {"SEK", "Swedish crown"},
            {"NOK", "Norwegian crown"}, {"MXN", "peso"}, {"BRL", "real"}, {"ZAR", "rand"}, {"TRY", "lira"}};
        // ("EUR/USD's lowest close": the pair in the possessive.)
        std::string quoteCode = t[i + 2].text;
        const bool possessive = dropPossessive(quoteCode);
        const auto base = kPairNames.find(t[i].text), quote = kPairNames.find(quoteCode);
        if (base != kPairNames.end() && quote != kPairNames.end()) {
            // "AUD/USD": the Australian dollar against the US one, not "dollar-dollar".
            const std::string baseName = base->second, quoteName = quote->second;
            const bool twoDollars = baseName.find("dollar") != std::string::npos && quoteName.find("dollar") != std::string::npos;
            std::string spoken = baseName + "-" + (twoDollars && quoteCode == "USD" ? "US dollar" : quoteName);
            std::size_t end = i + 3;
            if (possessive) return Match{end - i, spoken + "'s", "money"};
            if (isKind(t, end, Kind::Space) && isKind(t, end + 1, Kind::Number)) {
                const Num rateValue = parseNumber(t[end + 1].text);
                if (rateValue.valid) {
                    spoken += ", " + numberWords(rateValue);
                    end += 2;
                }
            }
            return Match{end - i, spoken, "money"};
        }
    }
    // Prefix: "$", "US$", "€", "CHF 100", "USD 5", "Rs. 500"
    std::size_t j = i;
    std::string symbol;
    // A country's letters glued to a sign: "US$", "AU$", "HK$", "R$", "GH¢", "E£".
    if (isKind(t, j, Kind::Word) && t[j].text.size() <= 4 && isKind(t, j + 1, Kind::Symbol) &&
        prefixCurrencies().count(t[j].text + t[j + 1].text) != 0) {
        symbol = t[j].text + t[j + 1].text;
        j += 2;
        // ("US$ 2.3 million": set apart from its figure by a space, as Latin American and African copy does.)
        if (isKind(t, j, Kind::Space) && isKind(t, j + 1, Kind::Number)) ++j;
    } else if (isSym(t, j, "$") && isKind(t, j + 1, Kind::Word) && isKind(t, j + 2, Kind::Number) &&
               prefixCurrencies().count(t[j + 1].text + "$") != 0) {
        // ("$A12.3m", "$US5m", "$NZ3m": the letters after the sign, as Australian and New Zealand papers write them.)
        symbol = t[j + 1].text + "$";
        j += 2;
    } else if (isKind(t, j, Kind::Symbol) || (isKind(t, j, Kind::Word) && std::isupper(static_cast<unsigned char>(t[j].text[0])))) {
        // (A currency's code or abbreviation starts with a capital: "USD 5", "Rs. 500"; other words leave.)
        symbol = t[j].text;
        ++j;
        if (isKind(t, j - 1, Kind::Word)) {
            if (isSym(t, j, ".")) ++j;  // "Rs. 500"
            j = skip(t, j);             // "CHF 100"
        }
    }
    const auto cur = prefixCurrencies().find(symbol);
    if (cur == prefixCurrencies().end() || !isKind(t, j, Kind::Number)) return std::nullopt;
    // ("quoting CAD 5523/14JUN": letters and a figure with a slash and a day after it, a police log's reference,
    // are no money; a rate of exchange, "N1,450/$1", has a sign after its slash.)
    if (isKind(t, j - 1, Kind::Space) && isKind(t, j - 2, Kind::Word) && isSym(t, j + 1, "/") &&
        isKind(t, j + 2, Kind::Number) && digitsOnly(t[j].text) && t[j].text.size() >= 3) {
        return std::nullopt;
    }
    Num amount = parseNumber(t[j].text);
    // "R150 000", "€1 500 000": thousands set apart by spaces, as South African and European copy writes them.
    std::size_t grouped = j;
    if (amount.valid && amount.fraction.empty() && digitsOnly(t[j].text) && t[j].text.size() <= 3) {
        std::string digits = t[j].text;
        while (isKind(t, grouped + 1, Kind::Space) && isKind(t, grouped + 2, Kind::Number) && t[grouped + 2].text.size() == 3 &&
               digitsOnly(t[grouped + 2].text)) {
            digits += t[grouped + 2].text;
            grouped += 2;
        }
        // ("£100 200 times": one group before a counted noun is a second number.)
        if (grouped == j + 2 && isKind(t, grouped + 1, Kind::Space) && isPluralNounAt(t, grouped + 2)) grouped = j;
        if (grouped != j) amount = parseNumber(digits);
    }
    if (!amount.valid) {
        // "Rs 12,50,000 crore": Indian grouping, in lakhs and crores as it is written.
        const auto indian = indianGrouped(t[j].text);
        if (!indian) return std::nullopt;
        std::size_t end = j + 1;
        std::string words = *indian;
        // (Or written short, "₹1,13,575 cr": a table's crores.)
        if (isKind(t, end, Kind::Space) && isWordIn(t, end + 1, {"crore", "lakh", "cr", "crores", "lakhs"})) {
            words += isWordIn(t, end + 1, {"lakh", "lakhs"}) ? " lakh" : " crore";
            end += 2;
            if (isSym(t, end, ".") && lowerAscii(t[end - 1].text) == "cr" && end + 1 < t.size()) ++end;
        }
        return Match{end - i, words + " " + cur->second.many, "money"};
    }
    std::size_t end = grouped + 1;
    // Optional range: "$5-10 million", "£15-£20"
    std::optional<Num> upper;
    if (isDash(t, end) && isKind(t, end + 1, Kind::Number)) {
        upper = parseNumber(t[end + 1].text);
        end += 2;
    } else if (isDash(t, end) && isKind(t, end + 1, Kind::Symbol) && t[end + 1].text == symbol &&
               isKind(t, end + 2, Kind::Number)) {
        upper = parseNumber(t[end + 2].text);
        end += 3;
    }
    // Optional magnitude, attached ("3.5bn", "5m", "150K"), spaced ("2.5 billion", "40 b", "5 crore") or
    // hyphenated before a noun it describes ("a $4.7-billion budget", as Canadian papers write it).
    std::string magnitude;
    bool hyphenated = false;
    if (!upper && isSym(t, end, "-") && isKind(t, end + 1, Kind::Word)) {
        const auto m = magnitudes().find(lowerAscii(t[end + 1].text));
        // (Or its capital alone, as Philippine papers write it: "P2.3-M", "P500-K", "P1.2-B".)
        const bool capital = t[end + 1].text == "M" || t[end + 1].text == "B" || t[end + 1].text == "K";
        hyphenated = m != magnitudes().end() && (m->first == m->second || capital) && !isKind(t, end + 2, Kind::Word) && !isSym(t, end + 2, "-");
    }
    std::size_t k = hyphenated ? end + 1 : isKind(t, end, Kind::Word) ? end : skip(t, end);
    if (isKind(t, k, Kind::Word)) {
        const auto m = magnitudes().find(lowerAscii(t[k].text));
        const bool spelled = m != magnitudes().end() && m->first == m->second;
        // ("$3.5T" is trillions only glued: "$5 T-shirts".)
        // ("$612 mln", "$1.71 bln": wire copy's abbreviations apart from the amount; "RM84.7 mil", Malaysia's.)
        const bool letter = m != magnitudes().end() &&
                            (k == end || (m->first.size() <= 2 && m->first != "t") || m->first == "mln" || m->first == "bln" || m->first == "mil" ||
                             m->first == "bil" ||
                             m->first == "trn" || m->first == "trln" || m->first == "tril" || m->first == "ribu" || m->first == "juta" ||
                             m->first == "miliar" || m->first == "milyar" || m->first == "triliun") &&
                            !isKind(t, k + 1, Kind::Word) && !isSym(t, k + 1, "'");
        if (m != magnitudes().end() && (spelled || letter)) {
            magnitude = m->second;
            end = k + 1;
            // ("¥115.5 tril. budget": its abbreviation's dot, where the sentence goes on in small letters.)
            if ((m->first == "tril" || m->first == "bil" || m->first == "mil") && isSym(t, end, ".") && isKind(t, end + 1, Kind::Space) &&
                isKind(t, end + 2, Kind::Word) && std::islower(static_cast<unsigned char>(t[end + 2].text[0]))) {
                ++end;
            }
            // "2.5 lakh crore", "3 thousand crore": a magnitude of a magnitude.
            const std::size_t k2 = skip(t, end);
            if (k2 > end && isKind(t, k2, Kind::Word)) {
                const auto m2 = magnitudes().find(lowerAscii(t[k2].text));
                // ("Rs 1.84 lakh cr": crores written short after the lakh.)
                if (m2 != magnitudes().end() && (m2->first == m2->second || m2->first == "cr")) {
                    magnitude += " " + m2->second;
                    end = k2 + 1;
                }
            }
        }
    }
    // ("£1.5m–2m", "$3bn-4bn": a range's second figure with the same magnitude glued and no sign, "one point five to two
    // million pounds".)
    if (!upper && !magnitude.empty() && isDash(t, end) && isKind(t, end + 1, Kind::Number) && isKind(t, end + 2, Kind::Word) &&
        !isKind(t, end + 3, Kind::Word) && !isKind(t, end + 3, Kind::Number) && lowerAscii(t[end + 2].text) == lowerAscii(t[end - 1].text)) {
        upper = parseNumber(t[end + 1].text);
        end += 3;
    }
    // ("R15 per kilometre": a price by its rate.)
    // ("at R650 return", "R120 one-way", "R80 each": a fare by its kind, or a price by the head.)
    const bool pricePer = isKind(t, end, Kind::Space) &&
                          ((isWordIn(t, end + 1, {"per"}) && !isWordIn(t, end + 3, {"se"})) ||
                           fareAfter(t, end + 1));
    // (Thousands set apart by spaces, "R150 000", are money's shape too; "A ticket costs R99", "fares rose to
    // Sh50": a sentence about prices says what the letters are, read last, for it reads the whole sentence.)
    // ("now at Sh150", "by Sh10": East Africa's shillings glued to a figure of two digits or more are money whatever the
    // sentence says; "Sh2", a gene's variant, has one.)
    const bool shillings = (symbol == "Sh" || symbol == "Shs") && j == i + 1 && t[j].text.size() >= 2;
    const bool rangeToMoney = opensMoneyRange(t, end, symbol);
    // ("TSMC's 3nm N3B node", "the R2D unit": a letter, one figure and one capital glued is a code, where the sentence says
    // nothing of prices.)
    // (A magnitude's letter, "R5B", "N9T", is money's unless the sentence is a chip's: "3nm N3B node".)
    const bool magnitudeLetter = isKind(t, j + 1, Kind::Word) && (t[j + 1].text == "B" || t[j + 1].text == "M" || t[j + 1].text == "T" || t[j + 1].text == "K");
    if (currencyNeedsMoneyShape(symbol) && symbol.size() == 1 && j == i + 1 && t[j].text.size() == 1 && isKind(t, j + 1, Kind::Word) &&
        t[j + 1].text.size() == 1 && std::isupper(static_cast<unsigned char>(t[j + 1].text[0])) && !aboutPrices(t, symbol) && !rangeToMoney &&
        (!magnitudeLetter || anyWordIn(t, {"node", "nodes", "process", "nm", "chip", "chips", "wafer", "wafers", "foundry", "lithography"}) ||
         // ("a Rivian R1T": after a maker's capitalized name the letters are its model's; a trillion's "T" only, which no one
         // writes glued after a place's or a body's name, where "the Lagos N2B flyover" is money.)
         (i >= 3 && t[j + 1].text == "T" && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text) && !isUpperWord(t[i - 2].text) &&
          !isSym(t, i - 3, ".") && !isSym(t, i - 3, ":") &&
          // (Not an amount before what it pays for, "The Senate P5T budget", "the Pasig P2B bridge".)
          !anyWordIn(t, {"budget", "budgets", "bridge", "building", "project", "projects", "deal", "loss", "losses", "debt", "fund", "funds",
                         "funding", "package", "plan", "investment", "investments", "spending", "allocation", "contract", "worth", "cost",
                         "costs", "revenue", "profit", "bill", "program", "programme", "scheme", "loan", "loans", "bailout", "stimulus"})))) {
        return std::nullopt;
    }
    if (currencyNeedsMoneyShape(symbol) && magnitude.empty() && !pricePer && !moneyShaped(t[j].text, amount) && grouped == j &&
        !aboutPrices(t, symbol) && !shillings && !rangeToMoney && !grantPaid(t, end)) {
        return std::nullopt;
    }
    // ("gasoline (RON 91)", "RON 95 petrol": petrol's octane rating, in a story about its price too; no lei.)
    if (symbol == "RON" && magnitude.empty() && digitsOnly(t[j].text) && (t[j].text == "100" || t[j].text == "102" || (t[j].text.size() == 2 && t[j].text >= "87")) &&
        !isWordIn(t, i >= 2 ? i - 2 : t.size(), {"fined", "fine", "paid", "pay", "cost", "costs", "charged", "of", "for", "earned", "earns"}) &&
        anyWordIn(t, {"petrol", "fuel", "fuels", "gasoline", "pump", "pumps", "litre", "liter", "octane", "diesel", "unleaded", "kerosene"})) {
        return Match{end - i, "R O N " + wholeWords(t[j].text), "code"};
    }
    // (A code only ICU names, in a sentence about prices, is a currency's before no noun: "MOP 15 was charged", not
    // "The AMD 7000 series costs …", a maker's model.)
    if (currencyNeedsMoneyShape(symbol) && !listedCurrency(symbol) && magnitude.empty() && !moneyShaped(t[j].text, amount) &&
        isKind(t, skip(t, end), Kind::Word) &&
        !isWordIn(t, skip(t, end), {"a", "an", "and", "or", "to", "for", "each", "per", "was", "is", "were", "are", "will", "in", "on",
                                    "at", "from", "with", "by", "after", "before", "than", "but", "while", "as", "last", "this"})) {
        return std::nullopt;
    }
    // ("night bus N29", "the N29 night bus", "Route R61": a route's letter, whatever the sentence says of fares; "a N50
    // service fee", "N100 bus fare" are prices.)
    // (Or one of a list of routes after the word: "Bus routes 25, 73, N29 and 139".)
    const auto routeListed = [&] {
        std::size_t k = i;
        bool bare = false;  // a route's number in the list without a letter, "routes 87, 156 and N87"
        while (k > 0 && (isKind(t, k - 1, Kind::Space) || isKind(t, k - 1, Kind::Number) || isSym(t, k - 1, ",") ||
                         isWordIn(t, k - 1, {"and", "or"}) || (isKind(t, k - 1, Kind::Word) && t[k - 1].text.size() == 1 && isKind(t, k, Kind::Number)))) {
            bare = bare || (isKind(t, k - 1, Kind::Number) && (k < 2 || !isKind(t, k - 2, Kind::Word)));
            --k;
        }
        // (Not fares by their routes: "fares on the three busiest routes, R18, R22 and R25"; where the list's other numbers
        // carry no currency's letter they are routes whatever the sentence says of tickets.)
        // (The letter's figure the list's last, after its "and": "routes 87, 156 and N87"; "routes 3 and 4 R15", "lines 7 and 8, N200"
        // give a fare after the list.)
        const bool last = i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"and", "or"});
        return k > 0 && k + 24 >= i && isWordIn(t, k - 1, {"routes", "buses", "lines", "services"}) &&
               ((bare && last) || !anyWordIn(t, {"fare", "fares", "cost", "costs", "price", "prices", "pay", "pays", "ticket", "tickets", "charge", "charges"}));
    };
    if (currencyNeedsMoneyShape(symbol) && symbol.size() == 1 && magnitude.empty() &&
        (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"bus", "buses", "route", "routes", "road", "highway", "motorway", "line"}) || routeListed() ||
         (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"the"}) && isWordIn(t, skip(t, end), {"bus", "night", "route"})))) {
        return std::nullopt;
    }
    // ("Cinebench R23", "the Huawei P30 priced at …": a letter and figure after a capitalized word inside the sentence are
    // a product's model or version, whatever the sentence says of prices.)
    if (currencyNeedsMoneyShape(symbol) && symbol.size() == 1 && magnitude.empty() && !moneyShaped(t[j].text, amount) && i >= 3 &&
        isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text) && !isUpperWord(t[i - 2].text) &&
        !isSym(t, i - 3, ".") && !isSym(t, i - 3, ":") && !(i >= 4 && isSym(t, i - 4, ".")) && t[j].text.size() <= 3 &&
        // (Not money paid to someone named: "Motorists pay Sanral R65", "ordered to pay Dlamini R800".)
        !isWordIn(t, i >= 4 ? i - 4 : t.size(), {"pay", "pays", "paid", "paying", "owe", "owes", "owed", "charge", "charges", "charged", "give",
                                                 "gave", "given", "cost", "costs", "fined", "award", "awarded", "refund", "refunded", "lend", "lent",
                                                 "offer", "offered", "bill", "billed", "earn", "earns", "earned"})) {
        return std::nullopt;
    }
    // ("R 350" apart is not the rand's way of writing: "Route R 350".)
    if (currencyNeedsMoneyShape(symbol) && symbol.size() == 1 && j != i + 1) return std::nullopt;
    // (A "P" is the peso with a magnitude or where the sentence names the peso or its country: "finished P3", "his P45",
    // "the Huawei P30" are none.)
    if (symbol == "P" && magnitude.empty() && !anyWordIn(t, {"peso", "pesos", "philippine", "philippines", "filipino", "filipinos", "manila"})) {
        return std::nullopt;
    }
    const Currency& c = cur->second;
    // "$16-something", "$40-odd", "$5-plus": a rough amount, said before the currency ("sixteen-something
    // dollars"); "$119-a-year" describes what follows ("a one hundred nineteen dollar a year plan").
    if (magnitude.empty() && !upper && isDash(t, end) && isKind(t, end + 1, Kind::Word)) {
        const std::string rough = lowerAscii(t[end + 1].text);
        if ((rough == "something" || rough == "odd" || rough == "plus" || rough == "ish") && !isKind(t, end + 2, Kind::Word)) {
            const bool before = describesNoun(t, i, end + 2);
            return Match{end + 2 - i, numberWords(amount) + "-" + rough + " " + (before ? c.one : c.many), "money"};
        }
        // ("a $1.25-an-hour dispatcher": an hour's pay too.)
        if ((rough == "a" || rough == "an") && isDash(t, end + 2) && isKind(t, end + 3, Kind::Word)) {
            const std::string per = lowerAscii(t[end + 3].text);
            if ((rough == "a" && (per == "year" || per == "month" || per == "week" || per == "day" || per == "night" || per == "head")) ||
                (rough == "an" && per == "hour")) {
                // "$4.99-a-month" as a price is said, "four dollars ninety-nine a month", "£3.99-a-month"
                // "three pounds ninety-nine a month"; "$119-a-year" "one hundred nineteen dollar a year".
                if (amount.fraction.size() == 2 && !amount.whole.empty() && amount.whole != "0") {
                    const unsigned cents = static_cast<unsigned>(toInt(amount.fraction));
                    const std::string units = wholeWords(amount.whole) + " " + (amount.whole == "1" ? c.one : c.many);
                    const std::string centWords = cents == 0 ? "" : cents < 10 ? " oh " + cardinalWords(cents) : " " + cardinalWords(cents);
                    return Match{end + 4 - i, units + centWords + " " + rough + " " + per, "money"};
                }
                return Match{end + 4 - i, numberWords(amount) + " " + c.one + " " + rough + " " + per, "money"};
            }
        }
    }
    // "$4.38¼ a bushel": a grain price to the fraction of a cent, as the futures pits quote it, "four dollars and
    // thirty-eight and a quarter cents".
    if (amount.fraction.size() == 2 && !upper && *c.cent_one != '\0' && end < t.size()) {
        if (const auto f = vulgarFraction(t[end].text)) {
            std::string said = amount.whole.empty() || amount.whole == "0"
                                   ? std::string()
                                   : wholeWords(amount.whole) + " " + (amount.whole == "1" ? c.one : c.many) + " and ";
            said += cardinalWords(static_cast<unsigned>(toInt(amount.fraction))) + " and " + fractionWords(f->first, f->second, true) + " " + c.cent_many;
            return Match{end + 1 - i, said, "money"};
        }
    }
    // "$35 USD": the code repeats the sign.
    std::size_t afterCode = end;
    if (isKind(t, skip(t, end), Kind::Word) && prefixCurrencies().count(t[skip(t, end)].text) != 0 &&
        t[skip(t, end)].text.size() == 3) {
        afterCode = skip(t, end) + 1;
    }
    const auto rate = rateAfter(t, end);
    std::size_t last = rate ? rate->second : afterCode;
    // "$3.45/gal. nationwide": the rate's abbreviation takes its dot, unless the dot ends the sentence.
    if (rate && isSym(t, last, ".") && last + 1 < t.size() && isKind(t, last + 1, Kind::Space) && isKind(t, last + 2, Kind::Word) &&
        std::islower(static_cast<unsigned char>(t[last + 2].text[0]))) {
        ++last;
    }
    const std::string perRate = rate ? " " + rate->first : "";
    std::string spoken = numberWords(amount);
    if (upper && upper->valid) spoken += rangeJoiner(t, i) + numberWords(*upper);
    // (The second amount of a range is as adjective as the two: "a $130 million to $140 million start".)
    const bool adjective = !rate && describesNoun(t, rangeFirstStart(t, i, symbol), last);
    // ("a $10 to $20 fee", "a $130 million to $140 million start": the first amount of a range before the noun the two
    // describe says no currency, which comes once, after the second.)
    const std::size_t second = upper || rate ? 0 : rangeSecondEnd(t, last, symbol);
    const bool rangeBeforeNoun = second != 0 && describesNoun(t, i, second);
    // "between $400 and $500 billion": the first amount shares the second's magnitude and currency.
    if (magnitude.empty() && !upper && !rate && sharesMagnitude(t, last, symbol, amount)) return Match{last - i, spoken, "money"};
    if (magnitude.empty() && amount.fraction.empty() && rangeBeforeNoun) return Match{last - i, spoken, "money"};
    if (!magnitude.empty()) {
        // ("$7.50 bln": before a magnitude the places are no cents, and their last zeros are not said.)
        const auto trimmed = [](Num n) {
            while (n.fraction.size() > 1 && n.fraction.back() == '0') n.fraction.pop_back();
            if (n.fraction == "0") n.fraction.clear();
            return numberWords(n);
        };
        spoken = trimmed(amount);
        if (upper && upper->valid) spoken += rangeJoiner(t, i) + trimmed(*upper);
        if (rangeBeforeNoun) return Match{last - i, spoken + " " + magnitude, "money"};
        // ("$1.5K": thousands with a fraction said whole, "one thousand five hundred dollars".)
        if (magnitude == "thousand" && !upper) {
            if (const auto full = thousandsInFull(amount)) return Match{last - i, *full + " " + (adjective ? c.one : c.many) + perRate, "money"};
        }
        return Match{last - i, spoken + " " + magnitude + " " + (adjective ? c.one : c.many) + perRate, "money"};
    }
    // $3.50: dollars and cents; $0.99 and $.25: cents alone.
    const auto withCents = [&](const Num& value) {
        const unsigned cents = static_cast<unsigned>(toInt(value.fraction));
        const std::string centWords = cardinalWords(cents) + " " + (cents == 1 ? c.cent_one : c.cent_many);
        // ("EC$0.95", "US$0.99": cents alone keep the country their dollar had, "ninety-five Eastern Caribbean cents".)
        const std::string many = c.many;
        const std::size_t country = many.rfind(' ');
        if ((value.whole.empty() || value.whole == "0") && country != std::string::npos) {
            return cardinalWords(cents) + " " + many.substr(0, country) + " " + (cents == 1 ? c.cent_one : c.cent_many);
        }
        if (value.whole.empty() || value.whole == "0") return centWords;
        const std::string units = wholeWords(value.whole) + " " + (value.whole == "1" ? c.one : c.many);
        return cents == 0 ? units : units + " and " + centWords;
    };
    // ("a $0.89 avocado", "a $49.99 extra": before a noun, "an eighty-nine cent avocado", "a forty-nine dollar
    // ninety-nine extra", as a price is said.)
    if (amount.fraction.size() == 2 && !upper && *c.cent_one != '\0' && adjective) {
        const unsigned cents = static_cast<unsigned>(toInt(amount.fraction));
        if (amount.whole.empty() || amount.whole == "0") return Match{last - i, cardinalWords(cents) + " " + c.cent_one, "money"};
        const std::string centWords = cents == 0 ? "" : cents < 10 ? " oh " + cardinalWords(cents) : " " + cardinalWords(cents);
        return Match{last - i, wholeWords(amount.whole) + " " + c.one + centWords, "money"};
    }
    if (amount.fraction.size() == 2 && !upper && *c.cent_one != '\0') return Match{last - i, withCents(amount) + perRate, "money"};
    // "$4.10-$4.25 per share": a range of prices with cents, each said as a price.
    // ("$1–$8.50 an hour": one of them with its cents, the other whole, each said as a price too.)
    if (upper && upper->valid && *c.cent_one != '\0' && (amount.fraction.size() == 2 || upper->fraction.size() == 2) &&
        (amount.fraction.empty() || amount.fraction.size() == 2) && (upper->fraction.empty() || upper->fraction.size() == 2) &&
        magnitude.empty()) {
        return Match{last - i, withCents(amount) + rangeJoiner(t, i) + withCents(*upper) + perRate, "money"};
    }
    // ("INR 12.50", "MOP 12.50": a currency whose small coin has no name here says its two decimals after it, "twelve
    // rupees fifty", not "twelve point five zero".)
    // (Not the yen's or the won's, whose hundredths no price has: "the pound traded at ¥191.40" is an exchange rate,
    // "one hundred and ninety-one point four yen".)
    const bool noHundredths = std::string_view(c.one) == "yen" || std::string_view(c.one) == "won";
    if (amount.fraction.size() == 2 && !upper && !adjective && !amount.whole.empty() && !noHundredths) {
        const unsigned cents = static_cast<unsigned>(toInt(amount.fraction));
        const std::string after = cents == 0 ? "" : cents < 10 ? " oh " + cardinalWords(cents) : " " + cardinalWords(cents);
        return Match{last - i, wholeWords(amount.whole) + " " + (amount.whole == "1" ? c.one : c.many) + after + perRate, "money"};
    }
    const Num& top = upper && upper->valid ? *upper : amount;
    return Match{last - i, spoken + " " + (isOne(top) || adjective ? c.one : c.many) + perRate, "money"};
}

std::optional<Match> percentRule(const Tokens& t, std::size_t i) {
    // "(3)%", "(0.4)%": an accounts table's fall, its figure in brackets and the sign outside them, "minus three percent".
    if (isSym(t, i, "(") && isKind(t, i + 1, Kind::Number) && isSym(t, i + 2, ")") && isSym(t, i + 3, "%") && !isKind(t, i + 4, Kind::Word)) {
        const Num n = parseNumber(t[i + 1].text);
        if (n.valid) return Match{4, "minus " + numberWords(n) + " percent", "percent"};
    }
    // "Debt (% GDP)", "Change (%)": a table's column in percent, the sign with no figure before it (eSpeak NG says nothing
    // for it at a line's end). "percent of" before what it is a share of, "in percent" alone.
    if (isSym(t, i, "%") && (i == 0 || (!isKind(t, i - 1, Kind::Number) && !isKind(t, i - 1, Kind::Word)))) {
        const std::size_t next = skip(t, i + 1);
        // ("What % of voters", "% change": the word alone before a small word.)
        if (next > i + 1 && isKind(t, next, Kind::Word)) {
            return Match{1, isUpperWord(t[next].text) && t[next].text.size() >= 2 ? "percent of" : "percent", "percent"};
        }
        if (next >= t.size() || isSym(t, next, ")") || isSym(t, next, ":") || isSym(t, next, ",")) return Match{1, "in percent", "percent"};
    }
    // "jumped +5.2%", "fell -1.1%": the sign repeats what the verb says, and a newsreader leaves it unsaid.
    const bool plus = isSym(t, i, "+");
    const bool minus = isMinusSignAt(t, i);
    if ((plus || minus) && isKind(t, i + 1, Kind::Number) && i >= 2 && isKind(t, i - 1, Kind::Space) && (isSym(t, i + 2, "%") || isSym(t, i + 2, "\xE2\x80\xB0"))) {
        const bool up = isWordIn(t, i - 2, {"rose", "jumped", "gained", "climbed", "added", "surged", "soared", "advanced", "increased",
                                            "grew", "rallied", "spiked", "rise", "rises", "gains", "gain", "jump", "jumps", "gaining", "rising", "climbing",
                                            "adding", "advancing", "jumping", "up", "higher"});
        const bool down = isWordIn(t, i - 2, {"fell", "dropped", "lost", "declined", "slid", "slipped", "shed", "tumbled", "plunged",
                                              "sank", "decreased", "retreated", "slumped", "dipped", "fall", "falls", "drop", "drops",
                                              "decline", "declines", "loss", "losses", "losing", "falling", "dropping", "shedding",
                                              "sliding", "slipping", "down", "lower"});
        if ((plus && up) || (minus && down)) {
            if (auto m = percentRule(t, i + 1)) return Match{m->length + 1, m->spoken, "percent"};
        }
        // "London's FTSE 100 +0.5%", "Apple +1.2%", "the Nikkei ended -0.45%": a market's or a share's move after its name or a
        // closing's verb, said as a markets report says it, "up", "down" (after "of", "was", a growth's "-0.3%" is minus).
        // (In a sentence about markets only: "Harris +3.5% among women" is a poll's lead, "Paris +18% more expensive" a
        // comparison. And a word after it that says the way, "ended -3% lower", leaves the sign unsaid.)
        const bool moved = (isKind(t, i - 2, Kind::Word) && (isCapitalized(t[i - 2].text) || isUpperWord(t[i - 2].text))) ||
                           (isKind(t, i - 2, Kind::Number) && i >= 4 && isKind(t, i - 4, Kind::Word) && isCapitalized(t[i - 4].text)) ||
                           isWordIn(t, i - 2, {"ended", "closed", "finished", "settled", "traded", "trading"});
        const std::size_t next = skip(t, i + 3);
        const bool way = isWordIn(t, next, {"lower", "higher", "down", "up", "below", "above"});
        const auto markets = [&] {
            return anyWordIn(t, {"shares", "stocks", "stock", "index", "indices", "indexes", "markets", "market", "bourse", "futures",
                                 "Nasdaq", "Dow", "FTSE", "Nikkei", "DAX", "CAC", "Hang", "Sensex", "Nifty", "ASX", "TSX", "Stoxx",
                                 "STOXX", "KOSPI", "Kospi", "closed", "trading", "traded", "session", "ended", "finished", "settled",
                                 "benchmark", "points", "yield", "yields", "bond", "bonds", "currency", "currencies"}) &&
                   !isWordIn(t, next, {"more", "less", "among", "than", "of", "in", "on"});
        };
        if (moved && !up && !down && (way || markets())) {
            if (auto m = percentRule(t, i + 1)) return Match{m->length + 1, way ? m->spoken : (plus ? "up " : "down ") + m->spoken, "percent"};
        }
    }
    // "fell -1%": a negative change, "minus one percent".
    if (isMinusSignAt(t, i) && (isSym(t, i + 2, "%") || isSym(t, i + 2, "\xE2\x80\xB0"))) {
        if (auto m = percentRule(t, i + 1)) return Match{m->length + 1, "minus " + m->spoken, "percent"};
    }
    if (!isKind(t, i, Kind::Number)) return std::nullopt;
    const Num n = parseNumber(t[i].text);
    if (!n.valid) return std::nullopt;
    std::size_t j = i + 1;
    std::optional<Num> upper;
    // ("18-19pc": a range of rates, the abbreviation after the second.)
    if (isDash(t, j) && isKind(t, j + 1, Kind::Number) &&
        (isSym(t, j + 2, "%") || isSym(t, j + 2, "\xE2\x80\xB0") || (isWordIn(t, j + 2, {"pct", "pc"}) && !isKind(t, j + 3, Kind::Word)))) {
        upper = parseNumber(t[j + 1].text);
        j += 2;
    }
    std::size_t k = skip(t, j);
    const char* word = isSym(t, k, "%") ? "percent" : isSym(t, k, "\xE2\x80\xB0") ? "per mille" : nullptr;
    // "67 pct", "4.5pc", "3 per cent": the abbreviations of wire and British copy.
    // ("1,458 pc cm−3": parsecs, the unit of a dispersion measure.)
    if (word == nullptr && isWordIn(t, k, {"pct", "pc"}) && !isKind(t, k + 1, Kind::Word) && !perPowerAt(t, k + 1)) word = "percent";
    // "3.60 per cent", "2.50 percent": the words after a rate, whose trailing zeros are not said either.
    bool spelled = false;
    if (word == nullptr && !n.fraction.empty() && n.fraction.back() == '0' && k > j && isWordIn(t, k, {"per"}) && isKind(t, k + 1, Kind::Space) &&
        isWordIn(t, k + 2, {"cent"})) {
        word = "per cent";
        k += 2;
        spelled = true;
    } else if (word == nullptr && !n.fraction.empty() && n.fraction.back() == '0' && k > j && isWordIn(t, k, {"percent"})) {
        word = "percent";
        spelled = true;
    }
    // "rose 1.6pp", "a 3 ppt lead": percentage points, where a share or a rate moves ("a 24pp supplement" has pages;
    // a part of a page never has them: "adds 1.25pp to contributions").
    // (A "ppt" of a chemical in water is parts per trillion, whatever rises or falls: "above the 4.0 ppt limit".)
    // (Named by the chemical or its contamination: "toxic loans", "market concentration", "1.2 trillion yuan" are a rate's.)
    const bool trace = isWordIn(t, k, {"ppt"}) && anyWordIn(t, {"pfas", "pfoa", "pfos", "chemicals", "chemical", "contamination", "contaminated",
                                                                 "contaminant", "contaminants", "groundwater", "toxin", "toxins", "dioxin", "dioxins"});
    if (word == nullptr && !trace && isWordIn(t, k, {"pp", "ppt", "ppts"}) && !isKind(t, k + 1, Kind::Word) &&
        (!n.fraction.empty() ||
         anyWordIn(t, {"rose", "fell", "up", "down", "share", "lead", "gap", "swing", "rate", "rates", "points", "cut", "rise",
                       "fall", "narrowed", "widened", "increase", "decrease", "jumped", "dropped", "vote", "poll", "polls",
                       "margin", "percentage", "inflation", "unemployment", "growth", "yield", "adds", "added", "higher",
                       "lower", "hike", "raised", "levy", "tax", "contributions", "premium", "spread", "support", "approval",
                       "margins", "improved", "bps", "basis", "yoy"}))) {
        word = isOne(n) && !upper ? "percentage point" : "percentage points";
    }
    if (word == nullptr) return std::nullopt;
    // "5.25%-5.5%": both ends carry the sign
    if (!upper && !spelled && isDash(t, k + 1) && isKind(t, k + 2, Kind::Number) && isSym(t, k + 3, t[k].text.c_str())) {
        upper = parseNumber(t[k + 2].text);
        k += 3;
    }
    // ("26% – 28%": spaced, as a release's table of guidance sets the range; the second end rising.)
    if (!upper && !spelled && isKind(t, k + 1, Kind::Space) && isDash(t, k + 2) && isKind(t, k + 3, Kind::Space) && isKind(t, k + 4, Kind::Number) &&
        isSym(t, k + 5, t[k].text.c_str())) {
        if (const Num high = parseNumber(t[k + 4].text);
            high.valid && n.valid && std::strtod(t[k + 4].text.c_str(), nullptr) > std::strtod(t[i].text.c_str(), nullptr)) {
            upper = high;
            k += 5;
        }
    }
    // "5.50%" is "five point five percent": a rate's trailing zeros are not said ("5.00%" is five).
    const auto rate = [](Num v) {
        while (!v.fraction.empty() && v.fraction.back() == '0') v.fraction.pop_back();
        return numberWords(v);
    };
    std::string spoken = rate(n);
    if (upper && upper->valid) spoken += rangeJoiner(t, i) + rate(*upper);
    // "3.5% p.a.": a yearly rate.
    std::size_t end = k + 1;
    if (isKind(t, skip(t, end), Kind::Word) && lowerAscii(t[skip(t, end)].text) == "p.a.") {
        spoken += std::string(" ") + word + " per annum";
        return Match{skip(t, end) + 1 - i, spoken, "percent"};
    }
    return Match{end - i, spoken + " " + word, "percent"};
}

}  // namespace readcast::english
