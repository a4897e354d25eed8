// A US politician's party and state as wire copy writes them after the name: "Sen. Elizabeth Warren
// (D-Mass.) said", "Rep. Chip Roy, R-Texas, said", "(I-Vt.)", "(D-N.Y.)", "(R-FL)". A newsreader says
// "Senator Elizabeth Warren, Democrat of Massachusetts, said"; eSpeak NG would say "D mass".

#include <algorithm>
#include <cctype>

#include "core/Text.hpp"
#include "text/NumberWords.hpp"
#include "text/english/NumberReading.hpp"
#include "text/english/Rules.hpp"
#include "text/english/Tables.hpp"

namespace readcast::english {
namespace {

const char* partyName(const std::string& letter) {
    if (letter == "D") return "Democrat";
    if (letter == "R") return "Republican";
    if (letter == "I") return "independent";
    return nullptr;
}

// The state written after "D-": AP's abbreviations ("Mass.", "N.Y."), postal codes ("FL"), or the eight
// states AP writes in full. Returns the state's name and the token after it (past an abbreviation's dot).
std::optional<std::pair<std::string, std::size_t>> stateAt(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Word)) return std::nullopt;
    const std::string& w = t[i].text;
    static const char* const kWritten[] = {"Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah"};
    for (const char* s : kWritten) {
        if (w == s) return std::make_pair(w, i + 1);
    }
    // "W.Va.", however the tokens split it ("W" "." "Va" ".", or "W.Va" ".").
    if (w == "W.Va" || w == "W.Va.") return std::make_pair(std::string("West Virginia"), isSym(t, i + 1, ".") ? i + 2 : i + 1);
    if (w == "W" && isSym(t, i + 1, ".") && isKind(t, i + 2, Kind::Word) && t[i + 2].text == "Va") {
        return std::make_pair(std::string("West Virginia"), isSym(t, i + 3, ".") ? i + 4 : i + 3);
    }
    const auto state = states().find(w);
    if (state == states().end() || state->first == "D.C." || state->first == "DC") return std::nullopt;
    const bool dotted = isSym(t, i + 1, ".");
    const bool postal = w.size() == 2 && std::isupper(static_cast<unsigned char>(w[1]));
    // "Mass" must carry its dot; "N.Y." carries its own; a postal code carries none.
    if (!postal && w.back() != '.' && !dotted) return std::nullopt;
    return std::make_pair(state->second, dotted ? i + 2 : i + 1);
}

// A British, Irish or Australian party written short, as a council's results or Hansard write it.
const std::pair<const char*, const char*> kParties[] = {
    {"Lab", "Labour"}, {"Con", "Conservative"}, {"Ind", "Independent"}, {"LD", "Liberal Democrat"},
    {"Grn", "Green"}, {"Ref", "Reform"}, {"Lib", "Liberal"}, {"Dem", "Democrat"}, {"Rep", "Republican"},
    // Ireland's: "Holly Ní Dhonnabháin (FF)", "Pádraig Ó Sé (SF)", said as Ireland says them (eSpeak NG reads "Fine Gael"
    // "fyne gale", "Sinn Féin" "sin fay-in"; the lexicon has the same for the names written out).
    {"FF", "Feena Foyle"}, {"FG", "Finna Gale"}, {"SF", "Shin Fane"}, {"SD", "Social Democrats"},
    {"PBP", "People Before Profit"},
    // the Commons' other benches
    {"SNP", "Scottish National Party"}, {"DUP", "Democratic Unionist"}, {"PC", "Plaid Cymru"}, {"UUP", "Ulster Unionist"}};

// (In capitals too, as a results table sets its cells: "LAB", "IND".)
const char* shortPartyName(const std::string& written, bool capitals = false) {
    for (const auto& [abbreviation, name] : kParties) {
        if (written == abbreviation || (capitals && written.size() == 3 && written == upperAscii(abbreviation))) return name;
    }
    return nullptr;
}

}  // namespace

std::optional<Match> partyLabelRule(const Tokens& t, std::size_t i) {
    // "party Lab, votes 1,274": a results table's party column, its cell after the column's word (HtmlBlocks), or a
    // line pasted from one. ("party D" too: a US table's letter.)
    // (A row's field, after the comma before it or opening the line: "At the party I, like everyone …" is prose.)
    if (t[i].text.size() == 5 && (t[i].text == "party" || t[i].text == "Party") && (i == 0 || (i >= 2 && isSym(t, i - 2, ","))) &&
        isKind(t, i + 1, Kind::Space) &&
        isKind(t, i + 2, Kind::Word) && (i + 3 >= t.size() || isSym(t, i + 3, ",") || isSym(t, i + 3, ";") || (isSym(t, i + 3, ".") && i + 4 >= t.size()))) {
        const char* party = shortPartyName(t[i + 2].text, true);
        if (party == nullptr) party = partyName(t[i + 2].text);
        if (party != nullptr) return Match{3, t[i].text + " " + party, "party"};
    }
    // Tried at every token: most leave at their first character.
    const std::string& first = t[i].text;
    if (first.size() != 1 || (first[0] != '(' && first[0] != 'D' && first[0] != 'R' && first[0] != 'I')) return std::nullopt;
    const bool bracketed = first[0] == '(';
    // "Smith (R) won": the party alone, in brackets after a capitalized name.
    if (bracketed && isKind(t, i + 1, Kind::Word) && t[i + 1].text.size() == 1 && isSym(t, i + 2, ")") && i >= 2 &&
        isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text)) {
        if (const char* party = partyName(t[i + 1].text)) return Match{3, std::string(", ") + party + ",", "party"};
    }
    // "Jeremy Corbyn (Ind)", "Cllr Sarah Jones (Lab, Riverside ward)": a British party written short.
    // ("Mel Stride (Central Devon) (Con):": after the member's seat in brackets too, as Hansard names a speaker.)
    if (bracketed && isKind(t, i + 1, Kind::Word) && (isSym(t, i + 2, ")") || isSym(t, i + 2, ",")) && i >= 2 &&
        isKind(t, i - 1, Kind::Space) && ((isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text)) || isSym(t, i - 2, ")"))) {
        // "(Ind, Vic)", "(Lib, NSW)": an Australian senator's party and state.
        static const std::pair<const char*, const char*> kStates[] = {
            {"Vic", "Victoria"}, {"NSW", "New South Wales"}, {"Qld", "Queensland"}, {"SA", "South Australia"},
            {"WA", "Western Australia"}, {"Tas", "Tasmania"}, {"NT", "Northern Territory"}, {"ACT", "the A.C.T"}};
        // ("The Tories (Con)", "the Greens (Grn)", "the Lib Dems (LD)": the party named already before its label; the label
        // is not said again.)
        static const std::pair<const char*, const char*> kNamed[] = {
            {"Con", "Tories"}, {"Con", "Tory"}, {"Con", "Conservatives"}, {"Lab", "Labour"}, {"Grn", "Greens"}, {"Grn", "Green"},
            {"LD", "Dems"}, {"LD", "Democrats"}, {"Ref", "Reform"}, {"Ind", "Independents"}, {"SF", "F\xC3\xA9in"}};
        for (const auto& [written, before] : kNamed) {
            if (t[i + 1].text == written && isSym(t, i + 2, ")") && t[i - 2].text == before) return Match{3, "", "party"};
        }
        if (const char* name = shortPartyName(t[i + 1].text)) {
            if (isSym(t, i + 2, ",") && isKind(t, i + 3, Kind::Space) && isKind(t, i + 4, Kind::Word) && isSym(t, i + 5, ")")) {
                for (const auto& [abbreviation, state] : kStates) {
                    if (t[i + 4].text == abbreviation) return Match{6, std::string(", ") + name + ", " + state + ",", "party"};
                }
            }
            return Match{2, std::string(", ") + name, "party"};
        }
    }
    const std::size_t p = bracketed ? i + 1 : i;
    if (!isKind(t, p, Kind::Word) || !isSym(t, p + 1, "-")) return std::nullopt;
    const char* party = partyName(t[p].text);
    if (party == nullptr) return std::nullopt;
    // "Rasheen Aldridge (D-14th Ward)", "(R-3rd District)": a city councillor's ward or district by its ordinal, "Democrat of
    // the fourteenth Ward".
    if (bracketed && isKind(t, p + 2, Kind::Number) && digitsOnly(t[p + 2].text) && t[p + 2].text.size() <= 2 &&
        isWordIn(t, p + 3, {"st", "nd", "rd", "th"}) && i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) &&
        isCapitalized(t[i - 2].text)) {
        const std::string ordinal = ordinalWords(static_cast<unsigned>(toInt(t[p + 2].text)));
        if (isKind(t, p + 4, Kind::Space) && isWordIn(t, p + 5, {"ward", "district"}) && isSym(t, p + 6, ")")) {
            return Match{p + 7 - i, std::string(", ") + party + " of the " + ordinal + " " + t[p + 5].text + ",", "party"};
        }
    }
    auto state = stateAt(t, p + 2);
    // (Or a state legislator's home town, "R-Roseville", "D-San Francisco", or a council's district, "(D-District
    // 7)", as AP writes them: "Republican of Roseville", "Democrat of District seven".)
    // (After a name: "The landings (D-Day)" is no party's.)
    const bool afterName = i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text);
    const bool afterComma = i >= 2 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ",");
    if (!state && (bracketed ? afterName : afterComma) && isKind(t, p + 2, Kind::Word) && isCapitalized(t[p + 2].text) &&
        t[p + 2].text.size() >= 3 && t[p + 2].text != "Day") {
        std::string place = t[p + 2].text;
        std::size_t k = p + 3;
        for (int words = 1; words < 3 && isKind(t, k, Kind::Space) && isKind(t, k + 1, Kind::Word) && isCapitalized(t[k + 1].text); ++words) {
            place += " " + t[k + 1].text;
            k += 2;
        }
        if (place == "District" && isKind(t, k, Kind::Space) && isKind(t, k + 1, Kind::Number) && digitsOnly(t[k + 1].text)) {
            place += " " + wholeWords(t[k + 1].text);
            k += 2;
        }
        // (Unbracketed, also at the sentence's end: "said Ana Flores, D-Austin.")
        if (isSym(t, k, ")") || isSym(t, k, ",") || (!bracketed && (k >= t.size() || (isSym(t, k, ".") && k + 1 >= t.size())))) {
            state = std::make_pair(place, k);
        }
    }
    if (!state) return std::nullopt;
    std::size_t end = state->second;
    // "(D-OH 9th)", "(R-TX-23)": a House member's district after the state, "Democrat of Ohio's ninth district".
    if (bracketed && !isSym(t, end, ")")) {
        std::size_t k = end;
        if (isKind(t, k, Kind::Space) || isSym(t, k, "-")) ++k;
        if (isKind(t, k, Kind::Number) && digitsOnly(t[k].text) && t[k].text.size() <= 2) {
            const std::size_t close = isWordIn(t, k + 1, {"st", "nd", "rd", "th"}) ? k + 2 : k + 1;
            if (isSym(t, close, ")")) {
                return Match{close + 1 - i,
                             std::string(", ") + party + " of " + state->first + "'s " + ordinalWords(static_cast<unsigned>(toInt(t[k].text))) +
                                 " district,",
                             "party"};
            }
        }
    }
    if (bracketed) {
        if (!isSym(t, end, ")")) return std::nullopt;
        return Match{end + 1 - i, std::string(", ") + party + " of " + state->first + ",", "party"};
    }
    // Unbracketed, it stands between commas after the name: "Chip Roy, R-Texas, said".
    if (i < 2 || !isKind(t, i - 1, Kind::Space) || !isSym(t, i - 2, ",")) return std::nullopt;
    if (!(isSym(t, end, ",") || isSym(t, end, ";") || end >= t.size() || (isSym(t, end, ".") && end + 1 >= t.size()))) {
        return std::nullopt;
    }
    return Match{end - i, std::string(party) + " of " + state->first, "party"};
}

// A British result's shorthand: "Lab 24, Con 17, LD 6", "Reform gain from Con", "Lab hold", "Maj 1,008".
// eSpeak NG says "lab", "con", "madge"; a newsreader says the party, and "majority". Only where a count,
// "hold" or "gain" follows, or "gain from" comes before: "Con" and "Lab" are words elsewhere.
std::optional<Match> resultShorthandRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Word)) return std::nullopt;
    const std::string& w = t[i].text;
    // "Zhao Xintong bt Mark Williams 18-12", "(1) J. Sinner (ITA) d (12) B. Shelton (USA) 6-4": a results line's "beat",
    // between the winner's name and the loser's ("d" only before the loser's seed or name, with a score in the line).
    const bool seed = isSym(t, i + 2, "(") && isKind(t, i + 3, Kind::Number) && isSym(t, i + 4, ")");
    const bool defeated = w == "d" && isKind(t, i + 1, Kind::Space) && (seed || (isKind(t, i + 2, Kind::Word) && isCapitalized(t[i + 2].text))) &&
                          std::any_of(t.begin(), t.end(), [&](const Token& n) {
                              const std::size_t k = static_cast<std::size_t>(&n - t.data());
                              return k > i && n.kind == Kind::Number && isDash(t, k + 1) && isKind(t, k + 2, Kind::Number);
                          });
    if ((w == "bt" || defeated) && i >= 2 && isKind(t, i - 1, Kind::Space) && ((isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text)) || isSym(t, i - 2, ")")) &&
        isKind(t, i + 1, Kind::Space) && ((isKind(t, i + 2, Kind::Word) && isCapitalized(t[i + 2].text)) || seed)) {
        return Match{1, "beat", "abbreviation"};
    }
    static const std::pair<const char*, const char*> kParties[] = {
        {"Lab", "Labour"}, {"Con", "Conservative"}, {"Ind", "Independent"}, {"Grn", "Green"}, {"LD", "Lib Dem"},
        {"LDem", "Lib Dem"}, {"Ref", "Reform"}, {"Maj", "majority"}};
    const char* spoken = nullptr;
    for (const auto& [written, said] : kParties) {
        if (w == written) spoken = said;
    }
    if (spoken == nullptr) return std::nullopt;
    // (A count in a list, "Lab 24, Con 17.": not "the Lab 3 building".)
    const bool listed = (i == 0 || (i >= 2 && isKind(t, i - 1, Kind::Space) &&
                                    (isSym(t, i - 2, ",") || isSym(t, i - 2, ":") || isSym(t, i - 2, ";") || isSym(t, i - 2, ".")))) &&
                        (i + 3 >= t.size() || isSym(t, i + 3, ",") || isSym(t, i + 3, ".") || isSym(t, i + 3, ";") || isSym(t, i + 3, ")"));
    // (And among other parties: "Ind 245, Aus 300" is India's innings, "Room numbers: Lab 3, Lab 4" rooms.)
    bool others = false;
    for (std::size_t k = 0; k < t.size() && !others; ++k) {
        others = k != i && isKind(t, k, Kind::Word) && t[k].text != w &&
                 (t[k].text == "Lab" || t[k].text == "Con" || t[k].text == "LD" || t[k].text == "LDem" || t[k].text == "Grn" ||
                  t[k].text == "Reform" || t[k].text == "Green" || t[k].text == "SNP" || t[k].text == "Plaid" || t[k].text == "Ind");
    }
    const bool numbered = listed && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Number);
    const bool counted = numbered && others;
    // ("Maj: 1,847", a result's field: its colon before the count.)
    if (w == "Maj" && isSym(t, i + 1, ":") && isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Number) &&
        (i == 0 || (i >= 2 && (isSym(t, i - 2, ".") || isSym(t, i - 2, ";"))))) {
        return Match{2, i == 0 || isSym(t, i - 2, ".") ? "Majority:" : "majority:", "party"};
    }
    if (w == "Maj") {
        if (!numbered) return std::nullopt;
        // (With its count, which another rule would read as a code's after a capital: "three eighty-seven".)
        const Num count = parseNumber(t[i + 2].text);
        if (!count.valid || !count.fraction.empty()) return std::nullopt;
        return Match{3, std::string(i == 0 || (i >= 2 && isSym(t, i - 2, ".")) ? "Majority" : spoken) + " " + numberWords(count), "party"};
    }
    // A tally's line of its own, the seats and their change signed in brackets: "Lab 298 (-113)", "Con 211 (+90)", said
    // "Labour two hundred and ninety-eight, down one hundred and thirteen".
    if (w != "Maj" && i == 0 && isKind(t, 1, Kind::Space) && isKind(t, 2, Kind::Number) && isKind(t, 3, Kind::Space) && isSym(t, 4, "(")) {
        const bool plus = isSym(t, 5, "+");
        const bool signedDown = isSym(t, 5, "-") || isSym(t, 5, "\xE2\x88\x92") || isSym(t, 5, "\xE2\x80\x93");
        const std::size_t figure = plus || signedDown ? 6 : 5;
        const std::string& change = isKind(t, figure, Kind::Number) ? t[figure].text : std::string();
        const bool minus = signedDown || (!plus && !change.empty() && change[0] == '-');
        const Num seats = parseNumber(t[2].text);
        const Num by = parseNumber(!change.empty() && change[0] == '-' ? change.substr(1) : change);
        if ((plus || minus) && isSym(t, figure + 1, ")") && figure + 2 >= t.size() && seats.valid && by.valid && seats.fraction.empty() &&
            by.fraction.empty()) {
            return Match{figure + 2, std::string(spoken) + " " + numberWords(seats) + (plus ? ", up " : ", down ") + numberWords(by), "party"};
        }
    }
    const bool heldOrGained = isKind(t, i + 1, Kind::Space) && isWordIn(t, i + 2, {"hold", "gain", "gains", "holds"});
    const bool gainedFrom = i >= 4 && isWordIn(t, i - 2, {"from"}) && isWordIn(t, i - 4, {"gain", "gains", "gained"});
    // ("the swing from Con to Lab", "Lab to Reform": one party's label to another's, a swing or a switch.)
    const auto label = [&](std::size_t k) {
        return isKind(t, k, Kind::Word) && k != i &&
               std::any_of(std::begin(kParties), std::end(kParties), [&](const auto& p) { return t[k].text == p.first && t[k].text != "Maj"; });
    };
    const bool swung = w != "Maj" && ((isKind(t, i + 1, Kind::Space) && isWordIn(t, i + 2, {"to"}) && isKind(t, i + 3, Kind::Space) && label(i + 4)) ||
                                      (i >= 4 && isWordIn(t, i - 2, {"to"}) && label(i - 4)));
    if (!(counted || heldOrGained || gainedFrom || swung)) return std::nullopt;
    return Match{1, spoken, "party"};
}

}  // namespace readcast::english
