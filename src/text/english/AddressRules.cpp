// Addresses as Americans read them: house numbers in pairs ("4512 N. Oak St." is "forty-five twelve
// North Oak Street"), directions and street types expanded, a state abbreviated after its city said in
// full ("Fresno, Calif." is "Fresno, California"), and a ZIP code digit by digit.

#include <cctype>
#include <map>
#include <set>

#include "text/NumberWords.hpp"
#include "core/WordSet.hpp"
#include "core/Text.hpp"
#include "text/english/NumberReading.hpp"
#include "core/Ascii.hpp"
#include "text/english/Rules.hpp"
#include "text/english/Tables.hpp"

namespace readcast::english {
namespace {

// "the 1st century B.C.", "the third millennium B.C.": the era after a century, no province (after a year, "300 B.C.", the
// callers see the figure).
bool isEraAfterCentury(const Tokens& t, std::size_t i) {
    // (Not the province's utility or its bodies after the century's word: "a century B.C. Hydro has …".)
    // (The century counted, "the 1st century", "the fifth century": "in the past century B.C. has grown" is the province's.)
    const bool counted = i >= 4 && (isWordIn(t, i - 4, {"st", "nd", "rd", "th", "first", "second", "third", "fourth", "fifth", "sixth",
                                                        "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"}) ||
                                    isKind(t, i - 4, Kind::Number));
    return t[i].text == "B.C." && counted && isWordIn(t, i - 2, {"century", "centuries", "millennium", "millennia"}) &&
           !(isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) && isCapitalized(t[i + 2].text));
}

// A state or province written short and followed by its dot ("Pa.", "Calif."), or in dotted letters
// ("N.J.", "B.C."): its name and the tokens it covers.
std::optional<std::pair<std::string, std::size_t>> shortStateAt(const Tokens& t, std::size_t i) {
    // (A dot after it or inside it, before the table is looked in: this is tried at every word.)
    if (!isKind(t, i, Kind::Word) || !std::isupper(static_cast<unsigned char>(t[i].text[0])) ||
        !(isSym(t, i + 1, ".") || t[i].text.find('.') != std::string::npos)) {
        return std::nullopt;
    }
    const auto state = states().find(t[i].text);
    if (state == states().end() || state->first == "D.C.") return std::nullopt;
    // ("300 B.C.": after a year, the era.)
    if (i >= 2 && isKind(t, i - 2, Kind::Number)) return std::nullopt;
    if (isEraAfterCentury(t, i)) return std::nullopt;
    const bool dotted = t[i].text.size() >= 4 && t[i].text[1] == '.' && t[i].text.back() == '.';
    if (dotted) return std::make_pair(state->second, std::size_t{1});
    const bool written = t[i].text.size() >= 2 && std::islower(static_cast<unsigned char>(t[i].text[1]));  // not a postal code
    if (written && isSym(t, i + 1, ".")) return std::make_pair(state->second, std::size_t{2});
    return std::nullopt;
}

// A house's number in pairs, as Americans say it ("1820" "eighteen twenty", "12345" "one twenty-three forty-five"); a
// round thousand whole ("30000" "thirty thousand", where the pairs said "three oh zero hundred").
std::string houseNumberWords(const std::string& digits) {
    if (digits.size() == 5 && digits.compare(2, 3, "000") == 0) return wholeWords(digits);
    return digits.size() == 5 ? wholeWords(digits.substr(0, 1)) + " " + pairWords(digits.substr(1)) : pairWords(digits);
}

// Whether a short state ends at token k: "Pa." (its dot at k) or "N.J." (at k).
bool isStateEnd(const Tokens& t, std::size_t k) {
    if (isKind(t, k, Kind::Word)) {
        const auto state = shortStateAt(t, k);
        return state && state->second == 1;
    }
    return k >= 1 && isSym(t, k, ".") && shortStateAt(t, k - 1).has_value();
}

bool capitalized(const Tokens& t, std::size_t i) { return isKind(t, i, Kind::Word) && isCapitalized(t[i].text); }

// A direction at i ("N", "N.", "NE", "N.E."): its words and the tokens it takes.
std::optional<std::pair<std::string, std::size_t>> directionAt(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Word)) return std::nullopt;
    const auto d = directions().find(t[i].text);
    if (d == directions().end()) return std::nullopt;
    const std::size_t used = isSym(t, i + 1, ".") && t[i].text.find('.') == std::string::npos ? 2 : 1;
    return std::make_pair(d->second, used);
}

// A street type at i ("St", "Ave.", "Pkwy"): its word and the tokens it takes.
std::optional<std::pair<std::string, std::size_t>> streetTypeAt(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Word)) return std::nullopt;
    const std::size_t used = isSym(t, i + 1, ".") ? 2 : 1;
    const std::string& w = t[i].text;
    if (const auto s = streetTypes().find(w); s != streetTypes().end()) return std::make_pair(s->second, used);
    // "1st and 2nd Aves.", "Main and Elm Sts.": two streets of a type, named once.
    if (std::string plural = streetTypePlural(w); !plural.empty()) return std::make_pair(std::move(plural), used);
    return std::nullopt;
}

// A street type written out ("Road", "Avenue"), which ends a street's name as its short form does.
bool spelledStreetTypeAt(const Tokens& t, std::size_t k) {
    return isWordIn(t, k, {"street", "avenue", "road", "boulevard", "drive", "lane", "place", "court", "way", "highway", "parkway",
                           "square", "terrace"});
}

// "Oak St.", "57th St.", "Pennsylvania Ave. NW", "Fifth Avenue": a street after a house number.
// Returns the spoken street and the token after it, or nothing when what follows is no street.
std::optional<std::pair<std::string, std::size_t>> streetAt(const Tokens& t, std::size_t i) {
    std::string spoken;
    std::size_t k = i;
    if (auto d = directionAt(t, k); d && isKind(t, k + d->second, Kind::Space)) {
        spoken = d->first;
        k += d->second + 1;
    }
    const bool afterDirection = !spoken.empty();
    std::size_t names = 0;
    while (names < 4) {
        // "Mt. Pleasant", "Ft. Worth", "St. Charles", "Martin Luther King Jr.": abbreviations inside the
        // street's name, told from a street type by the capitalized name after them.
        static const std::map<std::string, std::string> kInName{
            {"Mt", "Mount"}, {"Ft", "Fort"}, {"St", "Saint"}, {"Ste", "Sainte"}, {"Jr", "Junior"}, {"Sr", "Senior"}};
        const auto inName = isKind(t, k, Kind::Word) ? kInName.find(t[k].text) : kInName.end();
        const std::size_t afterDot = isSym(t, k + 1, ".") ? k + 2 : k + 1;
        if (inName != kInName.end() && isKind(t, afterDot, Kind::Space) &&
            (capitalized(t, afterDot + 1) && (!streetTypeAt(t, afterDot + 1) || inName->first == "Jr" || inName->first == "Sr"))) {
            spoken += (spoken.empty() ? "" : " ") + inName->second;
            k = afterDot + 1;
            ++names;
            if (streetTypeAt(t, k)) break;
            continue;
        }
        if (capitalized(t, k) && !streetTypeAt(t, k)) {
            spoken += (spoken.empty() ? "" : " ") + t[k].text;
        } else if (isKind(t, k, Kind::Number) && isKind(t, k + 1, Kind::Word) &&
                   (t[k + 1].text == "st" || t[k + 1].text == "nd" || t[k + 1].text == "rd" || t[k + 1].text == "th")) {
            std::string ordinal = ordinalWords(static_cast<unsigned>(toInt(t[k].text)));
            ordinal[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(ordinal[0])));
            spoken += (spoken.empty() ? "" : " ") + ordinal;
            ++k;
        } else {
            break;
        }
        ++names;
        ++k;
        if (!isKind(t, k, Kind::Space)) break;
        // ("2552 Maple Road": the type written out ends the name too.)
        if (streetTypeAt(t, k + 1) || spelledStreetTypeAt(t, k + 1)) {
            ++k;
            break;
        }
        // ("3443 S. 129th E. Ave.": a quarter between the name and its type.)
        if (const auto d = directionAt(t, k + 1); d && isKind(t, k + 1 + d->second, Kind::Space) && streetTypeAt(t, k + 2 + d->second)) {
            spoken += " " + d->first;
            k += 2 + d->second;
            break;
        }
        ++k;
    }
    const auto type = streetTypeAt(t, k);
    const bool spelledType = spelledStreetTypeAt(t, k);
    // "1234 S. Broadway": a direction before a single name is enough to make it a street.
    const bool clauseEnd = k >= t.size() || isSym(t, k, ".") || isSym(t, k, ",") || isSym(t, k, ";");
    if (names == 1 && afterDirection && !type && !spelledType && clauseEnd) return std::make_pair(spoken, k);
    // ("1407 Broadway": the streets named without a type, in many a city.)
    // (Not before what a figure counts: "150 Broadway actors".)
    if (names == 1 && !afterDirection && !type && !spelledType && (spoken == "Broadway" || spoken == "Bowery") &&
        !isPluralNounAt(t, k) && !(isKind(t, k, Kind::Space) && isPluralNounAt(t, k + 1))) {
        return std::make_pair(spoken, k);
    }
    // "410 N.E. Ave. A", "N. St. 5": a direction and a type, the street's name after them, one letter or a figure.
    if (names == 0 && afterDirection && type && isKind(t, k + type->second, Kind::Space)) {
        const std::size_t n = k + type->second + 1;
        const bool letter = isKind(t, n, Kind::Word) && t[n].text.size() == 1 && std::isupper(static_cast<unsigned char>(t[n].text[0])) &&
                            !isSym(t, n + 1, ".");
        if (letter || (isKind(t, n, Kind::Number) && t[n].text.size() <= 3 && !isKind(t, n + 1, Kind::Word))) {
            return std::make_pair(spoken + " " + type->first + " " + t[n].text, n + 1);
        }
    }
    if (names == 0 || (!type && !spelledType)) return std::nullopt;
    spoken += " " + (type ? type->first : t[k].text);
    k += type ? type->second : 1;
    if (k >= t.size() && isSym(t, k - 1, ".")) spoken += '.';  // "Ave." also ended the sentence
    // "Pennsylvania Ave. NW": a quadrant after the street.
    if (isKind(t, k, Kind::Space)) {
        // ("Front St. W., Toronto", "King St. W. in Toronto": a single letter with its dot, before a comma,
        // the end or a word in lower case; "King St. W. Smith" would be a name's initial.)
        const bool letterQuarter = isSym(t, k + 2, ".") && (isSym(t, k + 3, ",") || k + 3 >= t.size() ||
                                                             (isKind(t, k + 3, Kind::Space) && isKind(t, k + 4, Kind::Word) &&
                                                              std::islower(static_cast<unsigned char>(t[k + 4].text[0]))));
        if (auto d = directionAt(t, k + 1); d && (t[k + 1].text.size() >= 2 || letterQuarter)) {
            spoken += " " + d->first;
            k += 1 + d->second;
            if (k >= t.size() && isSym(t, k - 1, ".")) spoken += '.';
        }
    }
    return std::make_pair(spoken, k);
}

// "Katie Allen, MD, PhD", "Dr. Jane Roe, MD": a degree after a person's name, not Maryland. Known by
// another degree after it, or by a "Dr." or a verb of saying before the name.
bool isDegreeAfterName(const Tokens& t, std::size_t i) {
    static const char* const kDegrees[] = {"PhD", "Ph.D.", "MPH", "MS", "MSc", "MBA", "FACS", "FACP", "FRCP", "FAAP",
                                           "RN", "JD", "DDS", "DMD", "DO", "MD", "MA", "BSN", "MSN", "DrPH", "ScD",
                                           // a physician's fellowships: "MD, FESC", "MD, FACC"
                                           "FESC", "FACC", "FRCS", "FRCPC", "FAHA", "FHRS", "FRACP", "FRCPath", "FMedSci",
                                           // a British or a Commonwealth doctor's: "MBBS, MRCP", "MBChB"
                                           "MBBS", "MBChB", "MRCP", "MRCS", "FRCOG", "MRCGP", "FRCGP", "FRANZCP",
                                           // a clinician's master's and more fellowships: "MD, MHS", "MD, MSCE", "MD, FSCAI"
                                           "MHS", "MPhil", "MSCE", "MSCR", "MMSc", "MSPH", "MHA", "FSCAI", "FASE", "FAAN", "FACEP",
                                           "FAAFP", "FCCP", "FIDSA", "FASCO", "FACOG", "FAANS", "DM", "DNB"};
    const std::string& w = t[i].text;
    if (w != "MD" && w != "DO" && w != "PA" && w != "MA" && w != "MS") return false;
    // ("of Frederick, MD.", "practices in Rockville, MD": a town after a preposition, its state after the comma.)
    if (i >= 4 && isSym(t, i - 2, ",")) {
        std::size_t k = i - 3;
        while (k >= 2 && isKind(t, k, Kind::Word) && isCapitalized(t[k].text) && isKind(t, k - 1, Kind::Space) && isKind(t, k - 2, Kind::Word) &&
               isCapitalized(t[k - 2].text)) {
            k -= 2;
        }
        if (k >= 2 && isKind(t, k - 1, Kind::Space) && isWordIn(t, k - 2, {"of", "in", "from", "near", "outside"})) return false;
    }
    // ("Siobhan O'Rourke, PhD; Tomasz Nowak, MD; Ayesha Siddiqui, MBBS": a list of authors, each with their degrees, one of
    // them a degree no state has for its letters.)
    for (std::size_t k = 0; k < t.size(); ++k) {
        if (k == i || !isKind(t, k, Kind::Word) || !(k >= 2 && isSym(t, k - 2, ","))) continue;
        for (const char* degree : kDegrees) {
            const std::string_view d = degree;
            if (t[k].text == d && d != "MD" && d != "DO" && d != "MA" && d != "MS" && d != "JD") return true;
        }
    }
    const std::size_t after = skip(t, i + 1 + (isSym(t, i + 1, ".") ? 1 : 0));
    if (isSym(t, i + 1, ",") || isSym(t, after, ",")) {
        const std::size_t next = skip(t, isSym(t, i + 1, ",") ? i + 2 : after + 1);
        for (const char* degree : kDegrees) {
            if (isKind(t, next, Kind::Word) && t[next].text == degree) return true;
        }
    }
    // "Dr. Jane Roe, MD", "says Stephen Calderwood, MD": a title or a verb of saying before a name of one to
    // three words (a city follows "in", "from", "near").
    if (i < 3 || !isSym(t, i - 2, ",")) return false;
    std::size_t first = i - 3, words = 0;
    while (words < 3 && isKind(t, first, Kind::Word) && isCapitalized(t[first].text)) {
        ++words;
        if (first < 2 || !isKind(t, first - 1, Kind::Space) || !isKind(t, first - 2, Kind::Word) || !isCapitalized(t[first - 2].text)) break;
        first -= 2;
    }
    if (words == 0 || first < 2 || !isKind(t, first - 1, Kind::Space)) return false;
    const std::size_t cue = first - 2;
    if (isSym(t, cue, ".") && cue > 0 && isWordIn(t, cue - 1, {"dr"})) return true;
    if (isWordIn(t, cue, {"says", "said", "explains", "explained", "adds", "added", "notes", "noted", "told", "tells",
                          "writes", "wrote", "by"})) {
        return true;
    }
    return isWordIn(t, cue, {"to"}) && cue >= 2 && isWordIn(t, cue - 2, {"according"});
}

}  // namespace

namespace {

// The letters and digits of the tokens from i up to a space or a sign, and where they end.
std::string gluedRun(const Tokens& t, std::size_t i, std::size_t& end) {
    std::string run;
    for (end = i; end < t.size() && (isKind(t, end, Kind::Word) || isKind(t, end, Kind::Number)) && run.size() < 8; ++end) run += t[end].text;
    return run;
}

// A capital letter said alone: an A is "eh" (a lone "A" is the article "uh" to eSpeak NG).
std::string letterSaid(char c) { return c == 'A' ? std::string("eh") : std::string(1, c); }

std::optional<Match> ukPostcodeAt(const Tokens& t, std::size_t i) {
    std::size_t outEnd = 0;
    const std::string outward = gluedRun(t, i, outEnd);
    if (!isKind(t, outEnd, Kind::Space)) return std::nullopt;
    std::size_t inEnd = 0;
    const std::string inward = gluedRun(t, outEnd + 1, inEnd);
    // Outward: one or two letters, one or two digits or a digit and a letter; inward: a digit, two letters.
    std::size_t k = 0;
    while (k < outward.size() && k < 2 && std::isupper(static_cast<unsigned char>(outward[k]))) ++k;
    const std::size_t letters = k;
    while (k < outward.size() && std::isdigit(static_cast<unsigned char>(outward[k]))) ++k;
    const std::size_t digits = k - letters;
    const bool tail = k + 1 == outward.size() && std::isupper(static_cast<unsigned char>(outward[k]));
    if (letters == 0 || digits == 0 || digits > 2 || (k != outward.size() && !tail) || inward.size() != 3 ||
        !std::isdigit(static_cast<unsigned char>(inward[0])) || !std::isupper(static_cast<unsigned char>(inward[1])) ||
        !std::isupper(static_cast<unsigned char>(inward[2])) || isKind(t, inEnd, Kind::Word) || isKind(t, inEnd, Kind::Number) ||
        inward.compare(1, 2, "AM") == 0 || inward.compare(1, 2, "PM") == 0) {  // "M25 2PM": a road, then a time
        return std::nullopt;
    }
    // (No postcode area begins with Q, V or X: "X9 8GB" is a phone and its memory. Nor does a postcode run on into a word
    // where its last letters are a size: "8GB LPDDR5X".)
    if (outward[0] == 'Q' || outward[0] == 'V' || outward[0] == 'X' ||
        ((inward.compare(1, 2, "GB") == 0 || inward.compare(1, 2, "MB") == 0 || inward.compare(1, 2, "TB") == 0 ||
          inward.compare(1, 2, "KB") == 0) &&
         isKind(t, inEnd, Kind::Space) && isKind(t, inEnd + 1, Kind::Word))) {
        return std::nullopt;
    }
    std::string spoken;
    for (std::size_t c = 0; c < letters; ++c) spoken += (spoken.empty() ? "" : " ") + letterSaid(outward[c]);
    spoken += " " + wholeWords(outward.substr(letters, digits));
    if (tail) spoken += " " + letterSaid(outward.back());
    spoken += ", " + wholeWords(inward.substr(0, 1)) + " " +
              (inward[1] == inward[2] ? "double " + letterSaid(inward[1]) : letterSaid(inward[1]) + " " + letterSaid(inward[2]));
    return Match{inEnd - i, spoken, "address"};
}

// Canada's postal code, "M5V 3L9": letter, digit, letter, then digit, letter, digit, each said alone
// ("M five V, three L nine": the L is no litre).
std::optional<Match> canadianPostcodeAt(const Tokens& t, std::size_t i) {
    std::size_t firstEnd = 0, secondEnd = 0;
    const std::string first = gluedRun(t, i, firstEnd);
    if (first.size() != 3 || !isKind(t, firstEnd, Kind::Space)) return std::nullopt;
    const std::string second = gluedRun(t, firstEnd + 1, secondEnd);
    const auto letter = [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; };
    const auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    if (second.size() != 3 || !letter(first[0]) || !digit(first[1]) || !letter(first[2]) || !digit(second[0]) || !letter(second[1]) ||
        !digit(second[2]) || isKind(t, secondEnd, Kind::Word) || isKind(t, secondEnd, Kind::Number)) {
        return std::nullopt;
    }
    const std::string spoken = letterSaid(first[0]) + " " + wholeWords(first.substr(1, 1)) + " " + letterSaid(first[2]) + ", " +
                               wholeWords(second.substr(0, 1)) + " " + letterSaid(second[1]) + " " + wholeWords(second.substr(2, 1));
    return Match{secondEnd - i, spoken, "address"};
}

}  // namespace

std::optional<Match> australianPostcodeAt(const Tokens& t, std::size_t i) {
    // ("NSW" in the lexicon is "New South Wales": this is asked before it stands in for the letters.)
    static const std::pair<std::vector<std::string>, const char*> kStates[] = {
        {{"NSW"}, "New South Wales"}, {{"VIC"}, "Victoria"},  {{"QLD"}, "Queensland"}, {{"TAS"}, "Tasmania"},
        {{"SA"}, "SA"},               {{"WA"}, "WA"},         {{"NT"}, "NT"},          {{"ACT"}, "ACT"},
        {{"New", "South", "Wales"}, "New South Wales"},       {{"Victoria"}, "Victoria"}, {{"Queensland"}, "Queensland"},
        {{"Tasmania"}, "Tasmania"},   {{"South", "Australia"}, "South Australia"}, {{"Western", "Australia"}, "Western Australia"},
        {{"Northern", "Territory"}, "Northern Territory"}};
    // (After the suburb, or its comma: "Sydney, NSW 2000".)
    const std::size_t town = i >= 3 && isSym(t, i - 2, ",") ? i - 3 : i - 2;
    if (!isKind(t, i, Kind::Word) || i < 2 || !capitalized(t, town) || !isKind(t, i - 1, Kind::Space) ||
        isWordIn(t, town, {"the", "a", "an", "in", "of", "for", "wins", "win", "won"}) || isPossessive(t[town].text)) {
        return std::nullopt;
    }
    for (const auto& [words, name] : kStates) {
        std::size_t k = i;
        bool named = true;
        for (const std::string& word : words) {
            named = named && isKind(t, k, Kind::Word) && (words.size() == 1 && isUpperWord(word) ? lowerAscii(t[k].text) == lowerAscii(word)
                                                                                                  : t[k].text == word) &&
                    isKind(t, k + 1, Kind::Space);
            k += 2;
        }
        // (The letters in capitals, "VIC 3065"; "Vic" with no postcode is the lexicon's.)
        if (!named || (isUpperWord(words[0]) && !std::isupper(static_cast<unsigned char>(t[i].text.back())))) continue;
        if (!isKind(t, k, Kind::Number) || t[k].text.size() != 4 || !digitsOnly(t[k].text) || isKind(t, k + 1, Kind::Word) ||
            (isKind(t, k + 1, Kind::Space) && capitalized(t, k + 2))) {
            return std::nullopt;
        }
        // (Under the state's full name, a figure a year could be is one: "The New South Wales 2023 election", "Young
        // Australian of the Year Tasmania 2024.")
        const int code = std::stoi(t[k].text);
        // (Unless the town and its comma stand before it: "Sydney, New South Wales 2000.")
        if (code >= 1800 && code <= 2099 && !isUpperWord(words[0]) && town != i - 3) return std::nullopt;
        return Match{k + 1 - i, std::string(name) + " " + digitWords(t[k].text), "address"};
    }
    return std::nullopt;
}

std::optional<Match> addressRule(const Tokens& t, std::size_t i) {
    // "N. Ireland": Northern Ireland, as headlines shorten it (not a street's north).
    if (isKind(t, i, Kind::Word) && t[i].text == "N" && isSym(t, i + 1, ".") && isKind(t, i + 2, Kind::Space) && isWordIn(t, i + 3, {"ireland"})) {
        return Match{2, "Northern", "address"};
    }
    // A house number and its street.
    // (Not a count of what is on the street: "cut 1275 Wall Street jobs", "some 2552 Maple Road residents".)
    const bool countOfStreet = isWordIn(t, i >= 2 ? i - 2 : t.size(), {"about", "some", "nearly", "than", "around", "approximately", "roughly",
                                                                       "almost", "over", "cut", "cuts", "employs", "employ", "hired", "all",
                                                                       "those", "these", "another"});
    if (isKind(t, i, Kind::Number) && t[i].text.find_first_not_of("0123456789") == std::string::npos &&
        t[i].text.size() <= 5 && isKind(t, i + 1, Kind::Space) && !countOfStreet) {
        if (auto street = streetAt(t, i + 2); street && !(isKind(t, street->second, Kind::Space) && isPluralNounAt(t, street->second + 1))) {
            const std::string& digits = t[i].text;
            return Match{street->second - i, houseNumberWords(digits) + " " + street->first, "address"};
        }
        // ("1820 Hwy. 30 W.", "455 Rte. 35", "12 County Road 524": a house on a numbered road, its number in pairs;
        // the road's is its own rule's.)
        const std::size_t road = i + 2;
        const std::size_t afterRoad = isSym(t, road + 1, ".") ? road + 2 : road + 1;
        // (Not a count of what is on the road: "About 325 Route 9 homes", "the 450 Highway 1 residents".)
        const bool count = isWordIn(t, i >= 2 ? i - 2 : t.size(), {"about", "some", "nearly", "over", "than", "around", "approximately",
                                                                   "roughly", "the", "all", "those", "these"}) ||
                           (isKind(t, afterRoad + 2, Kind::Space) && isPluralNounAt(t, afterRoad + 3));
        if (t[i].text.size() >= 3 && t[i].text[0] != '0' && isWordIn(t, road, {"hwy", "highway", "rte", "route", "sr"}) && isCapitalized(t[road].text) &&
            isKind(t, afterRoad, Kind::Space) && isKind(t, afterRoad + 1, Kind::Number) && !count) {
            const std::string& digits = t[i].text;
            return Match{1, houseNumberWords(digits), "address"};
        }
    }
    // "the 1400 block of N. Main St.": a block of a street is named by its house numbers, in pairs
    // ("fourteen hundred block"), and so is its street after it.
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() >= 3 && t[i].text.size() <= 5 &&
        isKind(t, i + 1, Kind::Space) && (isWordIn(t, i + 2, {"block"}) || (isWordIn(t, i + 2, {"blk"}) && isWordIn(t, skip(t, i + 3), {"of"})))) {
        const std::string& digits = t[i].text;
        const std::string number = digits.size() == 5 ? wholeWords(digits.substr(0, 2)) + " " + pairWords(digits.substr(2))
                                                      : pairWords(digits);
        return Match{3, number + " block", "address"};
    }
    // "block of N. Main St.", "on W. Oak Ave.": a direction before a street's name, after a word that
    // places it ("Ibrahim S. Bangura" is a name's initial).
    const bool placed = i >= 2 && isKind(t, i - 1, Kind::Space) &&
                        isWordIn(t, i - 2, {"on", "of", "at", "along", "off", "from", "to", "near", "onto", "into", "down", "up",
                                            "across", "via", "and", "in", "by", "past", "toward", "towards", "between",
                                            "closed", "blocked", "crossing", "outside", "opposite", "with", "beyond", "behind"}) &&
                        // (A byline's "By S. Vijayalakshmi" names its writer by an initial.)
                        !(i == 2 && t[0].text == "By");
    // (Or a log's place after its comma or dash, or opening the sentence, where a street's type follows: "Vehicle crash, E.
    // Jefferson Ave. and…"; "Robert E. Lee Ave." keeps the general's initial.)
    const bool listed = i == 0 || (i >= 2 && isKind(t, i - 1, Kind::Space) && (isSym(t, i - 2, ",") || isSym(t, i - 2, ":") || isDash(t, i - 2)));
    if (isKind(t, i, Kind::Word) && t[i].text.size() <= 2 && t[i].text.find_first_not_of("NSEW") == std::string::npos &&
        isSym(t, i + 1, ".") && (placed || listed)) {
        if (const auto d = directionAt(t, i); d && d->second == 2) {
            if (const auto street = streetAt(t, i); street && street->second > i + d->second + 1) {
                // (After a comma, a street's type must close it: "The author, E. Jefferson, said" names a writer.)
                std::size_t last = street->second - 1;
                if (isSym(t, last, ".") && last > i) --last;
                if (!placed && streetTypes().count(t[last].text) == 0 &&
                    !isWordIn(t, last, {"street", "road", "avenue", "lane", "drive", "boulevard", "highway", "place", "court", "way"})) {
                    return std::nullopt;
                }
                return Match{street->second - i, street->first, "address"};
            }
        }
    }
    // "P.O. Box 4410": letters, then the box number in pairs.
    if (isKind(t, i, Kind::Word) && (t[i].text == "P.O." || t[i].text == "PO") && isKind(t, i + 1, Kind::Space) &&
        isWordIn(t, i + 2, {"box"}) && isKind(t, i + 3, Kind::Space) && isKind(t, i + 4, Kind::Number)) {
        // (A number of five digits or more is said digit by digit, and a postcode joined to it by a dash,
        // "P.O. Box 41842-00100", follows after a pause.)
        const std::string& box = t[i + 4].text;
        const bool long_box = digitsOnly(box) && box.size() >= 5;
        std::string spoken = "P O Box " + (long_box ? digitWords(box) : pairWords(box));
        if (digitsOnly(box) && isDash(t, i + 5) && isKind(t, i + 6, Kind::Number) && digitsOnly(t[i + 6].text) && t[i + 6].text.size() >= 3) {
            return Match{7, spoken + ", " + digitWords(t[i + 6].text), "address"};
        }
        return Match{5, spoken, "address"};
    }
    // A state or province in brackets after its city, written short with its dot: "Montréal (Que.)", "Portland (Ore.)".
    if (isKind(t, i, Kind::Word) && i >= 3 && isSym(t, i - 1, "(") && isKind(t, i - 2, Kind::Space) && capitalized(t, i - 3)) {
        const auto state = states().find(t[i].text);
        const bool dotted = t[i].text.find('.') != std::string::npos;
        // (Not "(Ind.)" after a senator's name: an independent.)
        if (state != states().end() && state->first != "D.C." && state->first != "Ind" &&
            ((dotted && isSym(t, i + 1, ")")) || (!dotted && isSym(t, i + 1, ".") && isSym(t, i + 2, ")")))) {
            return Match{dotted ? 1u : 2u, state->second, "address"};
        }
    }
    // A state after its city: "Fresno, Calif.", "Santa Fe, N.M.", "Orlando, FL 32801".
    if (isKind(t, i, Kind::Word) && i >= 3 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ",") &&
        capitalized(t, i - 3)) {
        const auto state = states().find(t[i].text);
        // ("Dr. Peter Kaluma, SC, argued": a Senior Counsel after an advocate's name, in a court's story.)
        // (Or a hyphenated surname, "Kamla Persad-Bissessar, SC, told the court"; where a court, a lawyer or an argument is spoken of.)
        // (A court's words make it one after a hyphenated surname only: "Rock Hill, SC" is a town in a court's story too.)
        const bool hyphenated = i >= 5 && isSym(t, i - 4, "-") && isCapitalized(t[i - 5].text);
        if (t[i].text == "SC" && (isSym(t, i + 1, ",") || isSym(t, i + 1, ".") || isSym(t, i + 1, ")")) &&
            (anyWordIn(t, {"advocate", "advocates", "counsel", "petitioner", "petitioners", "submissions", "learned"}) ||
             (hyphenated && anyWordIn(t, {"court", "judge", "justice", "lawyer", "lawyers", "attorney", "barrister", "argued", "represented",
                                          "representing", "appeared"}))) &&
            i >= 5 && ((isKind(t, i - 5, Kind::Word) && isCapitalized(t[i - 5].text)) || hyphenated)) {
            return Match{1, "Senior Counsel", "address"};
        }
        if (state != states().end() && !isDegreeAfterName(t, i)) {
            const bool dotted = t[i].text.find('.') != std::string::npos;
            const bool abbreviatedWithDot = !dotted && isSym(t, i + 1, ".");
            const bool postal = !dotted && !abbreviatedWithDot && t[i].text.size() == 2 &&
                                std::isupper(static_cast<unsigned char>(t[i].text[1]));
            std::size_t end = i + 1 + (abbreviatedWithDot ? 1 : 0);
            // A postal code is a state only before a ZIP code or at the end of the clause.
            const std::size_t after = skip(t, end);
            const bool zip = isKind(t, after, Kind::Number) && t[after].text.size() == 5 &&
                             t[after].text.find_first_not_of("0123456789") == std::string::npos;
            // "Toronto, ON M5V 3G5": a province before Canada's postal code (read by its own rule).
            const auto letterAt = [&](std::size_t k) { return isKind(t, k, Kind::Word) && t[k].text.size() == 1 && std::isupper(static_cast<unsigned char>(t[k].text[0])); };
            const auto digitAt = [&](std::size_t k) { return isKind(t, k, Kind::Number) && t[k].text.size() == 1; };
            const bool canadianCode = letterAt(after) && digitAt(after + 1) && letterAt(after + 2) && isKind(t, after + 3, Kind::Space) &&
                                      digitAt(after + 4) && letterAt(after + 5) && digitAt(after + 6);
            const bool clauseEnd = end >= t.size() || isSym(t, end, ",") || isSym(t, end, ".") || isSym(t, end, ";") ||
                                   isSym(t, end, ")");
            if ((dotted || abbreviatedWithDot) || (postal && (zip || clauseEnd || canadianCode))) {
                std::string spoken = state->second;
                if (zip) {
                    spoken += " " + digitWords(t[after].text);
                    end = after + 1;
                }
                // The state's own dot was also the sentence's full stop.
                if ((abbreviatedWithDot || dotted) && end >= t.size()) spoken += '.';
                return Match{end - i, spoken, "address"};
            }
        }
    }
    // "PIN code 110001": India's postal codes, six digits, said digit by digit.
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() == 6 &&
        (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"code", "pincode", "pin", "pin-code"}) || (i >= 4 && isWordIn(t, i - 2, {"is", "was"}))) &&
        anyWordIn(t, {"pin", "pincode", "pin-code", "postal"})) {
        return Match{1, digitWords(t[i].text), "address"};
    }
    // "ZIP codes 30301 and 30303", "postcode 2026": codes, said digit by digit.
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && (t[i].text.size() == 5 || t[i].text.size() == 4) &&
        (i == 0 || !isKind(t, i - 1, Kind::Symbol)) && !isSym(t, i + 1, "-") &&
        // (the word before first: a year is a number of four digits too, and most are not codes)
        (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"zip", "code", "codes", "zipcode", "zipcodes", "postcode", "postcodes"}) ||
         // "the 90210 zip code"
         (isKind(t, i + 1, Kind::Space) && isWordIn(t, i + 2, {"zip", "zipcode", "postcode"})) ||
         // "The ZIP code is 90210"
         (i >= 4 && isWordIn(t, i - 2, {"is", "was"}) && isWordIn(t, i - 4, {"code", "zipcode", "postcode"})) ||
         // the next in a list: "30301 and 30303", "2026, 2027"
         (i >= 4 && (isWordIn(t, i - 2, {"and", "or"}) || isSym(t, i - 2, ",")) &&
          isKind(t, isSym(t, i - 2, ",") ? i - 3 : i - 4, Kind::Number) &&
          t[isSym(t, i - 2, ",") ? i - 3 : i - 4].text.size() == t[i].text.size())) &&
        (t[i].text.size() == 5 ? anyWordIn(t, {"zip", "zipcode", "zipcodes"}) : anyWordIn(t, {"postcode", "postcodes"}))) {
        return Match{1, digitWords(t[i].text), "address"};
    }
    // An Eircode, "D02 X285": a letter and two digits, then four letters and digits, each said alone.
    if (isKind(t, i, Kind::Word) && t[i].text.size() == 1 && std::isupper(static_cast<unsigned char>(t[i].text[0])) &&
        isKind(t, i + 1, Kind::Number) && t[i + 1].text.size() == 2 && digitsOnly(t[i + 1].text) && isKind(t, i + 2, Kind::Space) &&
        anyWordIn(t, {"eircode", "eircodes"})) {
        std::size_t end = 0;
        const std::string unique = gluedRun(t, i + 3, end);
        if (unique.size() == 4 && !isKind(t, end, Kind::Word) && !isKind(t, end, Kind::Number)) {
            std::string spoken = letterSaid(t[i].text[0]) + " " + digitWords(t[i + 1].text) + ",";
            for (char c : unique) spoken += " " + (std::isdigit(static_cast<unsigned char>(c)) ? digitWords(std::string(1, c)) : letterSaid(c));
            return Match{end - i, spoken, "address"};
        }
    }
    // A British postcode, "S10 2HE", "SW1A 1AA": the district as letters and its number, the rest letter by
    // letter ("S ten, two H E"). eSpeak NG read "2HE" as "two he".
    if (isKind(t, i, Kind::Word) && std::isupper(static_cast<unsigned char>(t[i].text[0])) && (i == 0 || !isKind(t, i - 1, Kind::Word))) {
        if (auto code = ukPostcodeAt(t, i)) return code;
        if (auto code = canadianPostcodeAt(t, i)) return code;
    }
    // A state's dotted letters anywhere else: "the Southern District of N.Y.", "moved to N.J. last year"
    // (not a person's initials, "N.C. Wyeth", before a name).
    if (isKind(t, i, Kind::Word) && t[i].text.size() >= 4 && t[i].text[1] == '.' && t[i].text.back() == '.' &&
        !(isKind(t, i + 1, Kind::Space) && capitalized(t, i + 2)) && !(i >= 2 && isKind(t, i - 2, Kind::Number)) && !isEraAfterCentury(t, i)) {
        if (const auto state = states().find(t[i].text); state != states().end() && state->first != "D.C.") {
            return Match{1, state->second + (i + 1 >= t.size() ? "." : ""), "address"};
        }
    }
    // A state's laws cited short: "Minn. Stat. § 142D.21" is "Minnesota Statutes section …", "Ariz. Rev. Stat." "Arizona
    // Revised Statutes", "Tex. Penal Code" "Texas Penal Code".
    if (const auto here = shortStateAt(t, i)) {
        static const std::map<std::string, std::string> kLawWords{
            {"Stat", "Statutes"}, {"Stats", "Statutes"}, {"Rev", "Revised"}, {"Ann", "Annotated"}, {"Admin", "Administrative"},
            {"Gen", "General"},   {"Comp", "Compiled"},  {"Const", "Constitution"}, {"Code", "Code"}, {"Penal", "Penal"},
            {"Laws", "Laws"},     {"Civ", "Civil"},      {"Crim", "Criminal"},  {"Fam", "Family"}};
        std::string spoken = here->first;
        std::size_t end = i + here->second;
        bool book = false;
        while (isKind(t, end, Kind::Space) && isKind(t, end + 1, Kind::Word)) {
            const auto law = kLawWords.find(t[end + 1].text);
            if (law == kLawWords.end()) break;
            const bool dotted = isSym(t, end + 2, ".");
            // (A word said whole, "Code", "Laws", has no dot; a shortened one has.)
            if (dotted == (law->first == law->second)) break;
            spoken += " " + law->second;
            book = book || law->second == "Statutes" || law->second == "Code" || law->second == "Laws" || law->second == "Constitution";
            end += dotted ? 3 : 2;
        }
        if (book) return Match{end - i, spoken + (end >= t.size() ? "." : ""), "address"};
    }
    // A state written short with its dot elsewhere: "trailed in Pa. and in Wis.", "Gov. Newsom of Calif.", "from
    // Mass. to Pa.", "B.C. and Ont. will": after a preposition, or beside another state. An abbreviation that
    // is a word too ("Man.", "Mass.", "Ill.", "Ind.", "Miss.": "the Isle of Man.", "went to Mass.") only beside
    // another state.
    if (const auto here = shortStateAt(t, i)) {
        static constexpr WordSet kWordsToo({"Man", "Mass", "Miss", "Ill", "Ind", "Del", "La", "Mo", "Ga", "Ore",
                                                     "Wash", "Cal", "Col", "Mont", "Tex", "Kan", "Md", "Va"});
        const std::size_t end = i + here->second;
        const bool before = i >= 2 && isKind(t, i - 1, Kind::Space) &&
                            isWordIn(t, i - 2, {"in", "of", "from", "to", "across", "near", "outside", "and", "or", "through"});
        const bool stateBefore = i >= 4 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"and", "or", "to"}) &&
                                 isKind(t, i - 3, Kind::Space) && isStateEnd(t, i - 4);
        const bool stateAfter = isKind(t, end, Kind::Space) && isWordIn(t, end + 1, {"and", "or", "to"}) && isKind(t, end + 2, Kind::Space) &&
                                shortStateAt(t, end + 3).has_value();
        // ("Minn. Gov. Tim Walz", "Calif. Senate Democrats": before the state's office or house, any state.)
        const bool office = isKind(t, end, Kind::Space) &&
                            isWordIn(t, end + 1, {"gov", "sen", "rep", "lt", "atty", "governor", "senator", "representative",
                                                  "attorney", "secretary", "house", "senate", "assembly", "legislature", "supreme",
                                                  "democrats", "republicans", "democratic", "republican", "gop", "government",
                                                  "premier", "minister", "ministry", "mla", "mlas", "mpp", "mpps", "ndp", "liberals",
                                                  "conservatives", "hydro", "wildfire", "ferries", "coroners", "ombudsperson"});
        // ("eastern Ont.", "rural Sask.", "a Calif. pastor", "Calif. pastor, 71, charged": after a region's
        // adjective, or as a noun's adjective after an article or at a headline's start, a state not also a word.)
        const bool region = i >= 2 && isKind(t, i - 1, Kind::Space) &&
                            isWordIn(t, i - 2, {"eastern", "western", "northern", "southern", "central", "rural", "suburban", "upstate",
                                                "downstate", "coastal", "northeastern", "northwestern", "southeastern", "southwestern",
                                                "northwest", "southwest", "northeast", "southeast"});
        const bool adjective = (i == 0 || isWordIn(t, i >= 2 ? i - 2 : t.size(), {"a", "an", "the"})) && isKind(t, end, Kind::Space) &&
                               isKind(t, end + 1, Kind::Word) && std::islower(static_cast<unsigned char>(t[end + 1].text[0]));
        // (One that is also a word, before a person: "A Mass. man", "a Miss. teen".)
        const bool person = adjective && isWordIn(t, end + 1, {"man", "woman", "men", "women", "boy", "girl", "teen", "teenager", "couple",
                                                               "family", "mother", "father", "resident", "residents", "pastor", "lawmaker",
                                                               "judge", "official", "officials", "doctor", "nurse", "teacher", "student"});
        if (stateBefore || stateAfter || office || person || region || ((before || adjective) && kWordsToo.count(t[i].text) == 0)) {
            return Match{here->second, here->first + (end >= t.size() ? "." : ""), "address"};
        }
    }
    // A US state's postal letters in a list of them, "states like FL, TX and CA", or after a region's
    // adjective, "eastern OK": the state's name ("OK", "PA", "IN" alone are other words).
    {
        const auto postal = [&](std::size_t k) -> const std::string* {
            if (!isKind(t, k, Kind::Word) || t[k].text.size() != 2 || !isUpperWord(t[k].text)) return nullptr;
            static constexpr WordSet kUs({"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
                                                   "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
                                                   "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
                                                   "VA", "WA", "WV", "WI", "WY"});
            if (kUs.count(t[k].text) == 0) return nullptr;
            const auto state = states().find(t[k].text);
            return state == states().end() ? nullptr : &state->second;
        };
        // Where the next member of a list after k stands: ", XX", " and XX", " or XX", ", and XX" (0 for none).
        const auto memberAfter = [&](std::size_t k) -> std::size_t {
            std::size_t n = k + 1;
            if (isSym(t, n, ",")) ++n;
            if (!isKind(t, n, Kind::Space)) return 0;
            ++n;
            if (isWordIn(t, n, {"and", "or"}) && isKind(t, n + 1, Kind::Space)) n += 2;
            return n > k + 2 ? n : 0;
        };
        // The next member that is a state's letters.
        const auto nextMember = [&](std::size_t k) -> std::size_t {
            const std::size_t n = memberAfter(k);
            return n != 0 && postal(n) != nullptr ? n : 0;
        };
        const auto previousMember = [&](std::size_t k) {
            for (std::size_t back = 2; back <= 5 && back <= k; ++back) {
                if (postal(k - back) != nullptr && nextMember(k - back) == k) return true;
            }
            return false;
        };
        // (Every member of the list a state's: "the CA, LA and DG postcode areas" are Britain's, "DG" none of America's.)
        const auto capitalPair = [&](std::size_t k) { return isKind(t, k, Kind::Word) && t[k].text.size() == 2 && isUpperWord(t[k].text); };
        const auto followingPair = [&](std::size_t k) -> std::size_t {
            const std::size_t n = memberAfter(k);
            return n != 0 && capitalPair(n) ? n : 0;
        };
        // (America's other places of its postal letters stand in such lists too: "MD, VA and DC", "NY, NJ and PR".)
        const auto american = [&](std::size_t k) { return postal(k) != nullptr || isWordIn(t, k, {"dc", "pr", "gu", "vi"}); };
        // (A list right before or after the word "postcode": Britain's areas, "the CA, LA and DG postcode areas".)
        const auto postcodeList = [&](std::size_t first) {
            std::size_t last = first;
            for (std::size_t n = followingPair(first); n != 0; n = followingPair(n)) last = n;
            return last != first && ((isKind(t, last + 1, Kind::Space) && isWordIn(t, last + 2, {"postcode", "postcodes"})) ||
                                     (first >= 2 && isKind(t, first - 1, Kind::Space) && isWordIn(t, first - 2, {"postcode", "postcodes"})));
        };
        const auto allStates = [&]() {
            for (std::size_t k = 0; k < t.size(); ++k) {
                if (!capitalPair(k)) continue;
                if (postcodeList(k)) return false;
                for (std::size_t n = followingPair(k); n != 0; n = followingPair(n)) {
                    if (american(k) != american(n)) return false;
                }
            }
            return true;
        };
        // (Britain's postcode areas so listed are spelled: "the CA, LA and DG postcode areas", where eSpeak NG says "car".)
        if (capitalPair(i) && anyWordIn(t, {"postcode", "postcodes"}) && [&] {
                // (The list's first member, then the list beside the word.)
                std::size_t first = i;
                for (bool moved = true; moved;) {
                    moved = false;
                    for (std::size_t k = first >= 5 ? first - 5 : 0; k < first; ++k) {
                        if (capitalPair(k) && followingPair(k) == first) {
                            first = k;
                            moved = true;
                            break;
                        }
                    }
                }
                return postcodeList(first);
            }()) {
            return Match{1, std::string(1, t[i].text[0]) + "." + t[i].text[1], "initialism"};
        }
        if (const std::string* state = postal(i)) {
            const bool region = i >= 2 && isKind(t, i - 1, Kind::Space) &&
                                isWordIn(t, i - 2, {"eastern", "western", "northern", "southern", "central", "rural", "upstate", "downstate",
                                                    "northeastern", "northwestern", "southeastern", "southwestern", "northwest", "southwest",
                                                    "northeast", "southeast", "coastal"});
            if (region || ((nextMember(i) != 0 || previousMember(i)) && allStates())) return Match{1, *state, "address"};
        }
    }
    // A Singapore address's six-digit postcode, "Singapore 238801", said digit by digit.
    if (isWordIn(t, i, {"singapore"}) && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Number) && t[i + 2].text.size() == 6 &&
        digitsOnly(t[i + 2].text) && !isKind(t, i + 3, Kind::Word) && std::isupper(static_cast<unsigned char>(t[i].text[0]))) {
        return Match{3, t[i].text + " " + digitWords(t[i + 2].text), "address"};
    }
    // An Indian PIN code after its town and a dash, "Mumbai - 400001", "Pune-411014": six digits said one
    // by one.
    const auto clauseEndsAt = [&](std::size_t k) {
        return k >= t.size() || isSym(t, k, ".") || isSym(t, k, ",") || isSym(t, k, ";") || isSym(t, k, ")");
    };
    // (Not a tally's "Modi - 612970, Rai - 460457": figures after dashes from regions apart, or a name straight
    // after a colon, "Crowd figures: MCG - 100024".)
    const auto tally = [&] {
        std::string region;
        for (std::size_t k = 0; k + 2 < t.size(); ++k) {
            if (!isDash(t, k) || !isKind(t, k + 1, Kind::Space) || !isKind(t, k + 2, Kind::Number) || t[k + 2].text.size() != 6) continue;
            if (!region.empty() && region != t[k + 2].text.substr(0, 2)) return true;
            region = t[k + 2].text.substr(0, 2);
        }
        std::size_t name = i - 1;
        if (isKind(t, name, Kind::Space)) --name;
        if (isDash(t, name)) --name;
        if (isKind(t, name, Kind::Space)) --name;
        return name >= 2 && isKind(t, name - 1, Kind::Space) && isSym(t, name - 2, ":");
    };
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && t[i].text.size() == 6 && t[i].text[0] != '0' && i >= 2 && clauseEndsAt(i + 1) &&
        !tally()) {
        std::size_t k = i - 1;
        if (isKind(t, k, Kind::Space)) --k;
        if (k >= 1 && isSym(t, k, "-")) {
            --k;
            if (isKind(t, k, Kind::Space) && k >= 1) --k;
            if (capitalized(t, k)) return Match{1, digitWords(t[i].text), "address"};
        }
    }
    // A postcode after the town that ends an address: "PO Box 1234, Wellington 6140", "12 Kent Road,
    // Palmerston North 4410", "Sector 5, Pune 411014" (New Zealand's, South Africa's, Denmark's in English
    // copy, four digits, and India's, six: said one by one, not a year or an amount).
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && (t[i].text.size() == 4 || t[i].text.size() == 6) && i >= 4 &&
        isKind(t, i - 1, Kind::Space) &&
        capitalized(t, i - 2) && (i + 1 >= t.size() || isSym(t, i + 1, ".") || isSym(t, i + 1, ",") || isSym(t, i + 1, ";") ||
                                  isSym(t, i + 1, ")"))) {
        std::size_t k = i - 2;
        while (k >= 2 && isKind(t, k - 1, Kind::Space) && capitalized(t, k - 2)) k -= 2;
        bool address = false;
        // ("250 W. 57th St., Suite 1200": a suite's, a floor's or a room's number is no postcode.)
        const bool unit = isWordIn(t, i - 2, {"suite", "ste", "apt", "apartment", "unit", "room", "floor", "level", "flat",
                                              "office", "building", "bldg", "box", "bag", "gate", "pier", "platform", "block",
                                              "lot", "shop", "stall", "bay", "dock", "hangar", "studio", "no"});
        if (!unit && k >= 2 && isKind(t, k - 1, Kind::Space) && isSym(t, k - 2, ",")) {
            for (std::size_t j = 0; j + 2 < k && !address; ++j) {
                address = (isWordIn(t, j, {"box", "bag"}) && isKind(t, j + 1, Kind::Space) && isKind(t, j + 2, Kind::Number)) ||
                          ((streetTypes().count(t[j].text) != 0 ||
                            isWordIn(t, j, {"street", "road", "avenue", "parade", "terrace", "lane", "drive", "crescent", "place",
                                            "highway", "boulevard", "quay", "way", "sector", "nagar", "marg", "colony", "chowk"})) &&
                           (isSym(t, j + 1, ",") || (isSym(t, j + 1, ".") && isSym(t, j + 2, ",")) ||
                            // ("Sector 5, Pune 411014": a numbered sector or phase before the town.)
                            (isKind(t, j + 1, Kind::Space) && isKind(t, j + 2, Kind::Number) && isSym(t, j + 3, ","))));
            }
        }
        if (address) return Match{1, digitWords(t[i].text), "address"};
    }
    // A unit and its street number: "3/17 Beach Rd", "Shop 12/45 Smith St" ("three, seventeen Beach Road").
    if (isKind(t, i, Kind::Number) && digitsOnly(t[i].text) && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Number) &&
        digitsOnly(t[i + 2].text) && isKind(t, i + 3, Kind::Space) && capitalized(t, i + 4)) {
        std::size_t k = i + 4;
        while (capitalized(t, k) && isKind(t, k + 1, Kind::Space) && capitalized(t, k + 2)) k += 2;
        if (streetTypes().count(t[k].text) != 0 || isWordIn(t, k, {"street", "road", "avenue", "parade", "terrace", "lane",
                                                                 "drive", "crescent", "place", "highway", "boulevard"})) {
            return Match{3, wholeWords(t[i].text) + ", " + wholeWords(t[i + 2].text), "address"};
        }
    }
    return std::nullopt;
}

}  // namespace readcast::english
