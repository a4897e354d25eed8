#include "ingest/EnglishRegion.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "core/Ascii.hpp"
#include "core/Months.hpp"
#include "core/Text.hpp"

namespace readcast {
namespace {

// Words spelled one way in Britain and the Commonwealth and another in the United States, both ways.
// (Only words news copy uses, and none whose other spelling is a word of its own: "tire", "meter",
// "program" and the "-ize" of Oxford spelling say nothing.)
struct Pair {
    std::string_view commonwealth, american;
};
constexpr std::array<Pair, 53> kPairs{{
    {"colour", "color"},         {"colours", "colors"},         {"favour", "favor"},         {"favourite", "favorite"},
    {"honour", "honor"},         {"labour", "labor"},           {"neighbour", "neighbor"},   {"neighbours", "neighbors"},
    {"neighbourhood", "neighborhood"}, {"behaviour", "behavior"}, {"centre", "center"},     {"centres", "centers"},
    {"theatre", "theater"},      {"programme", "program"},      {"programmes", "programs"},  {"organisation", "organization"},
    {"organisations", "organizations"}, {"organised", "organized"}, {"recognised", "recognized"}, {"realised", "realized"},
    {"criticised", "criticized"}, {"apologised", "apologized"}, {"defence", "defense"},      {"offence", "offense"},
    {"offences", "offenses"},    {"travelled", "traveled"},     {"travelling", "traveling"}, {"cancelled", "canceled"},
    {"modelling", "modeling"},   {"labelled", "labeled"},       {"fuelled", "fueled"},       {"jewellery", "jewelry"},
    {"catalogue", "catalog"},    {"analyse", "analyze"},        {"paediatric", "pediatric"}, {"aluminium", "aluminum"},
    {"whilst", ""},              {"amongst", ""},               {"kerb", ""},                {"licence", "license"},
    // (The metric units' British spelling: their American one is also a word of its own, "a parking meter".)
    {"metres", ""},              {"kilometres", ""},            {"litres", ""},              {"authorised", "authorized"},
    // (Words only the Commonwealth uses; America says "gas", "truck", "check", which are words of every English.)
    {"fortnight", ""},           {"lorry", ""},                 {"lorries", ""},             {"petrol", ""},
    {"motorway", ""},            {"postcode", ""},              {"tyres", ""},               {"cheque", ""},
    {"pyjamas", "pajamas"},
}};

bool isWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// How often `word` stands in `text` as a word of its own, as written (a common noun in small letters: "Labour"
// and "Labor", parties, and "Center" in a name say nothing of the writer's spelling).
std::size_t count(const std::string& text, std::string_view word) { return occurrencesAsWord(text, word); }

// A month's full name, capitalized, is the word of `text` from `at` to `end` ("25 may have been" is no date).
bool monthWord(const std::string& text, std::size_t at, std::size_t end) {
    if (end <= at) return false;
    const std::string word = text.substr(at, end - at);
    const int month = monthFromName(word);
    if (month == 0) return false;
    // (In capitals too, "5 MARCH 2025", and cut to its first three letters, "22 Sep 2024", as a page's date line sets it.)
    const std::string full = monthName(month);
    return full == word || upperAscii(full) == word || (word.size() == 3 && full.compare(0, 3, word) == 0) || word == "Sept";
}

// Words spelled as only the Commonwealth spells them, by their endings, beyond the pairs above, written small: "popularised",
// "prioritising", "modernisation", "paralysed", "rigour", "odours", "sombre", "kilometres". (Each ending is
// one America writes with "z", without "u" or as "-er"; the words America spells so too are left out: "arise",
// "devour", "glamour", "flour"; and "-re" after the stems of Britain's own words only, as French writes "entre".)
std::size_t commonwealthEndings(const std::string& text) {
    // Each stem with the endings it takes: "-ise", "-ised", "-ises", "-ising", "-isation(s)"; "-our", "-ours", "-oured",
    // "-ouring", "-ourite", "-ourable"; "-re", "-res". Built once: this runs over every English text.
    static const std::vector<std::string> kEndings = [] {
        static const char* const kStems[] = {"alis", "aris", "eris", "icis", "itis", "ilis", "imis", "atis", "ernis", "gnis", "anis", "ys",
                                             "lour", "vour", "iour", "bour", "mour", "dour", "gour", "apour", "nour",
                                             "centr", "metr", "litr", "fibr", "calibr", "sombr", "meagr", "lustr", "spectr", "theatr", "sabr"};
        static const std::vector<std::string> kIse{"e", "ed", "es", "ing", "ation", "ations"};
        static const std::vector<std::string> kOur{"", "s", "ed", "ing", "ite", "ites", "able"};
        static const std::vector<std::string> kRe{"e", "es"};
        std::vector<std::string> endings;
        for (const std::string stem : kStems) {
            const bool ise = stem.back() == 's';
            const bool our = stem.size() >= 4 && stem.compare(stem.size() - 3, 3, "our") == 0;
            for (const std::string& e : ise ? kIse : our ? kOur : kRe) endings.push_back(stem + e);
        }
        return endings;
    }();
    // (And "analyses", the plural of "analysis" everywhere; "treatise", "dour".)
    static const char* const kAmerican[] = {"arise", "arises", "arising", "devour", "devoured", "devours", "devouring", "glamour", "paramour",
                                            "flour", "flours", "velour", "troubadour", "troubadours", "analyses", "treatise", "treatises", "dour"};
    std::size_t n = 0;
    for (std::size_t at = 0; at < text.size();) {
        if (!std::isalpha(static_cast<unsigned char>(text[at]))) {
            ++at;
            continue;
        }
        std::size_t end = at;
        while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
        const std::string_view word(text.data() + at, end - at);
        at = end;
        // (Written small, as the pairs above are counted: a name says nothing of the writer's spelling, "Harbour Times",
        // "Sydney Harbour", "Labour".)
        if (word.size() < 4 || std::isupper(static_cast<unsigned char>(word[0]))) continue;
        const bool ending = std::any_of(kEndings.begin(), kEndings.end(), [&](const std::string& e) {
            return word.size() >= e.size() && word.compare(word.size() - e.size(), e.size(), e) == 0;
        });
        if (!ending) continue;
        bool american = false;
        for (const char* w : kAmerican) american = american || word == w;
        for (const Pair& p : kPairs) american = american || word == p.commonwealth;
        n += !american;
    }
    return n;
}

// Dates written day first, "14 March", and month first, "March 14".
void countDates(const std::string& text, std::size_t& dayFirst, std::size_t& monthFirst) {
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (!std::isdigit(static_cast<unsigned char>(text[at])) || (at > 0 && isWordChar(text[at - 1]))) continue;
        std::size_t end = at;
        while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
        if (end - at <= 2 && (end >= text.size() || !isWordChar(text[end]) )) {
            if (end + 1 < text.size() && text[end] == ' ') {
                std::size_t wordEnd = end + 1;
                while (wordEnd < text.size() && std::isalpha(static_cast<unsigned char>(text[wordEnd]))) ++wordEnd;
                if (monthWord(text, end + 1, wordEnd)) ++dayFirst;
            }
            if (at >= 2 && text[at - 1] == ' ') {
                std::size_t start = at - 1;
                while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1]))) --start;
                if (monthWord(text, start, at - 1)) ++monthFirst;
            }
        }
        at = end;
    }
}

// Clocks written with a dot before "am" or "pm", "2.47am", "6.15 pm", as the Commonwealth's papers write them; America's
// write "2:47 a.m.".
std::size_t dottedClocks(const std::string& text) {
    std::size_t n = 0;
    for (std::size_t at = text.find('.'); at != std::string::npos; at = text.find('.', at + 1)) {
        if (at == 0 || !std::isdigit(static_cast<unsigned char>(text[at - 1])) || at + 3 >= text.size() ||
            !std::isdigit(static_cast<unsigned char>(text[at + 1])) || !std::isdigit(static_cast<unsigned char>(text[at + 2]))) {
            continue;
        }
        std::size_t k = at + 3;
        if (k < text.size() && text[k] == ' ') ++k;
        const bool meridiem = k + 1 < text.size() && (text[k] == 'a' || text[k] == 'p') && text[k + 1] == 'm' &&
                              (k + 2 >= text.size() || !isWordChar(text[k + 2]));
        // (An hour of one or two figures before the dot, "12.30pm".)
        std::size_t hour = at;
        while (hour > 0 && std::isdigit(static_cast<unsigned char>(text[hour - 1]))) --hour;
        n += meridiem && at - hour <= 2 && (hour == 0 || !isWordChar(text[hour - 1]));
    }
    return n;
}

}  // namespace

std::string withEnglishRegion(const std::string& language, const std::string& text) {
    // (A page that declares "en-US" may only have kept its publishing tool's default, as WordPress sets it: a story whose
    // country the text shows beyond doubt takes that country's English even so.)
    const bool declaredAmerican = lowerAscii(language) == "en-us";
    if (lowerAscii(language) != "en" && !declaredAmerican) return language;
    const std::string lower = lowerAscii(text);
    std::size_t commonwealth = 0, american = 0;
    for (const Pair& p : kPairs) {
        commonwealth += count(text, p.commonwealth);
        // (An American name counts for the United States, "Department of Defense", "Rockefeller Center"; a
        // party's does not, Australia's "Labor".)
        american += p.american == "labor" ? count(text, p.american) : count(lower, p.american);
    }
    commonwealth += count(text, "per cent") + commonwealthEndings(text);
    american += count(text, "percent");
    // (How the words alone are spelled, before the dates: Australia's papers write "March 3" as America's do,
    // and its "program" is America's spelling.)
    const std::size_t commonwealthSpelling = commonwealth;
    const std::size_t americanSpelling = american - std::min(american, count(lower, "program") + count(lower, "programs"));
    // (Its clocks with a dot, "2.47am", where nothing is spelled as America spells: "center" and "harbor" beside "10.30am" are an
    // American page's.)
    if (americanSpelling == 0) commonwealth += std::min<std::size_t>(dottedClocks(text), 3);
    std::size_t dayFirst = 0, monthFirst = 0;
    countDates(text, dayFirst, monthFirst);
    commonwealth += dayFirst;
    american += monthFirst;
    // Which country: its money and its clocks, which count for the Commonwealth's writing too.
    const auto signs = [&](std::string_view sign) { return occurrences(text, sign); };
    // ("A$" as written alone: "CA$2.1 billion" is Canada's.)
    std::size_t aud = 0;
    for (std::size_t at = text.find("A$"); at != std::string::npos; at = text.find("A$", at + 2)) aud += at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
    // (Or its states, cities and exchange, two at least and where no pound is written: a British story may
    // name Sydney, and Perth is Scotland's too.)
    std::size_t australianPlaces = 0;
    for (const char* place : {"NSW", "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Canberra", "Hobart", "Queensland",
                              "Tasmania", "Western Australia", "South Australia", "ASX", "WA Police", "NSW Police", "Victoria Police"}) {
        australianPlaces += count(text, place);
    }
    const std::size_t australia = aud + signs("AU$") + count(lower, "aest") + count(lower, "aedt") + count(lower, "awst") + count(lower, "acst") +
                                  (australianPlaces >= 2 && signs("\xC2\xA3") == 0 ? australianPlaces : 0);
    const std::size_t zealand = signs("NZ$") + count(lower, "nzst") + count(lower, "nzdt");
    const std::size_t india = signs("\xE2\x82\xB9") + count(lower, "crore") + count(lower, "lakh");
    // (And its web addresses, "lumencoffee.co.uk", or said as a podcast's host says them, "dot co dot uk".)
    const std::size_t britain = signs("\xC2\xA3") + count(lower, "bst") + signs(".co.uk") + signs(".org.uk") + signs(".gov.uk") +
                                occurrences(lower, "dot co dot uk");
    // (Its institutions, which no other country's copy names as often: "FTSE", "NHS", "A&E", "Crown Court".)
    std::size_t institutions = 0;
    for (const char* name : {"FTSE", "NHS", "Whitehall", "Westminster", "Downing Street", "Bank of England", "Ofcom", "Ofgem", "Ofsted", "HMRC",
                             "A&E", "Crown Court", "council tax", "Met Office", "MPs", "Met \xC3\x89ireann", "Garda\xC3\xAD", "D\xC3\xA1il",
                             // (a court report's: "Harrogate Magistrates' Court", "the DVLA", "the Crown Prosecution Service")
                             "Magistrates' Court", "Magistrates\xE2\x80\x99 Court", "Magistrates Court", "DVLA", "Crown Prosecution Service",
                             "Sheriff Court",
                             "Taoiseach", "T\xC3\xA1naiste", "TDs"}) {
        institutions += count(text, name);
    }
    // (Or Nigeria, Kenya, Ghana, Uganda or South Africa, by their money and their cities, two at least: their papers
    // read numbers as Britain's do. The money in small letters, as written: "Ayn Rand" and "the RAND Corporation" are
    // no rands.)
    // (A dateline sets the place in capitals, "SINGAPORE - A former director…": that counts too.)
    const auto named = [&](std::initializer_list<const char*> names) {
        std::size_t n = 0;
        for (const char* name : names) {
            n += count(text, name);
            if (const std::string shouted = upperAscii(name); shouted != name) n += count(text, shouted);
        }
        return n;
    };
    const std::size_t nigeriaNames = named({"Lagos", "Abuja", "Kano", "Ibadan", "Port Harcourt", "Nigeria", "Nigerian", "Nigerians", "Tinubu"});
    // (Its papers write the naira as a capital N before the figure, "N54.99tn": counted where the country is named.)
    std::size_t nairaLetters = 0;
    for (std::size_t at = text.find('N'); nigeriaNames > 0 && at != std::string::npos; at = text.find('N', at + 1)) {
        nairaLetters += (at == 0 || text[at - 1] == ' ' || text[at - 1] == '(') && at + 1 < text.size() &&
                        std::isdigit(static_cast<unsigned char>(text[at + 1])) != 0;
    }
    const std::size_t nigeria = signs("\xE2\x82\xA6") + count(text, "naira") + nigeriaNames + std::min<std::size_t>(nairaLetters, 3);
    // (And the rand as its letter before the figure, "R1.2 million", "R25 532": counted where the country is named, two at most.)
    std::size_t randLetters = 0;
    for (std::size_t at = text.find('R'); at != std::string::npos; at = text.find('R', at + 1)) {
        randLetters += (at == 0 || text[at - 1] == ' ' || text[at - 1] == '(') && at + 1 < text.size() &&
                       std::isdigit(static_cast<unsigned char>(text[at + 1])) != 0;
    }
    const std::size_t kenya = signs("KSh") + signs("Ksh") + named({"Nairobi", "Mombasa", "Kisumu", "Eldoret", "Kenya", "Kenyan", "Kenyans"});
    const std::size_t southAfrica = count(text, "rand") + named({"South Africa", "South African", "South Africans", "Johannesburg", "Joburg", "Pretoria", "Cape Town", "Durban",
                                                                     "Soweto", "Gauteng", "Springboks", "Proteas", "Bafana Bafana", "Eskom", "Ramaphosa",
                                                                     "KwaZulu-Natal", "Limpopo", "Mpumalanga", "Western Cape", "Eastern Cape", "SANParks",
                                                                     "Kruger National Park", "Tshwane", "Gqeberha", "Stellenbosch", "Bloemfontein"});
    const std::size_t southAfricaWithRand = southAfrica + (southAfrica > 0 ? std::min<std::size_t>(randLetters, 2) : 0);
    // (The cedi as its sign, "GH\u20B5", and as a word, one or many.)
    const std::size_t ghana = count(text, "cedis") + count(text, "cedi") + signs("GH\xE2\x82\xB5") + signs("GH\xC2\xA2") +
                              named({"Accra", "Kumasi", "Ghana", "Ghanaian", "Ghanaians"});
    const std::size_t uganda = named({"Kampala", "Entebbe", "Uganda", "Ugandan"});
    const std::size_t africa = nigeria + kenya + southAfricaWithRand + ghana + uganda;
    // (And the sports only the Commonwealth plays or writes so: a cricket Test's wickets and stumps, rugby's tries at
    // half-time, a racecard's furlongs; "innings" is baseball's too.)
    const std::size_t sport = named({"wicket", "wickets", "stumps", "ODI", "T20", "all out", "half-time", "furlong", "furlongs", "netball",
                                     "rugby", "fixture", "fixtures", "footballer", "footballers"});
    // Canada spells as the Commonwealth does and reads its numbers as the United States does.
    // (Not the Eastern Caribbean's "EC$", nor another "…C$" after a letter.)
    std::size_t canada = signs("CA$") + signs("CAD");
    for (std::size_t at = text.find("C$"); at != std::string::npos; at = text.find("C$", at + 2)) {
        canada += at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
    }
    for (const char* province : {"Ontario", "Quebec", "Alberta", "British Columbia", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick",
                                 "Newfoundland", "Ottawa", "Toronto", "Montreal", "Vancouver", "Calgary", "Edmonton", "Winnipeg"}) {
        canada += count(text, province);
        // (Not a treaty named after the city where it was signed: "the Montreal Protocol", "the Ottawa Convention".)
        for (const char* treaty : {" Protocol", " Convention", " Accord", " Agreement", " Declaration", " Treaty"}) {
            canada -= count(text, std::string(province) + treaty);
        }
    }
    // (The money and the clocks say which country more than how the text is written: two at most, where a
    // story from elsewhere may quote a price, "£50 million"; India's crores and lakhs, never written elsewhere,
    // count whole.)
    // (The institutions count apart from the money, two at most too; a speed in km/h, never America's, once.)
    commonwealth += std::min<std::size_t>(australia + zealand + britain, 2) + india + std::min<std::size_t>(institutions, 2) +
                    std::min<std::size_t>(count(text, "km/h"), 1) + (africa >= 2 ? std::min<std::size_t>(africa, 2) : 0) +
                    std::min<std::size_t>(sport, 2);
    // (Britain's money and two of its institutions name the country whatever the spelling: a London wire
    // writes "percent" and "March 4" as American copy does.)
    // (Or four of them without a price: "the Bank of England", "MPs", "Ofgem", "the NHS".)
    // (Or one of them with four of its nations' and cities' names, none of America's spelling and the United States named
    // less often: the Manchester Evening News's storm warning, "Met Office", "UK", "Greater Manchester", "Pennines".)
    const std::size_t britishPlaces = named({"UK", "Britain", "England", "Scotland", "Wales", "Northern Ireland", "London", "Manchester",
                                             "Birmingham", "Liverpool", "Leeds", "Glasgow", "Edinburgh", "Cardiff", "Belfast", "Bristol",
                                             "Sheffield", "Newcastle", "Nottingham", "Yorkshire", "Lancashire", "Pennines", "Merseyside"});
    const std::size_t americaNamed = named({"US", "U.S.", "America", "American", "Americans", "Washington"});
    const bool britishStory = (britain >= 1 && institutions >= 2) || institutions >= 4 ||
                              (institutions >= 1 && britishPlaces >= 4 && britishPlaces > americaNamed && americanSpelling == 0);
    // (Three signs of Australia, its money, clocks or places, and a spelling that is not America's: an AAP story
    // dated "March 3".)
    // (Or four, with nothing spelled as America spells: a WA Police story from Perth dated "November 14".)
    const bool australianStory = (australia >= 3 && commonwealthSpelling > americanSpelling) || (australia >= 4 && americanSpelling == 0);
    // (Three signs of an African country and nothing American, no spelling and no date month first: a wire from
    // Washington about Nairobi writes "percent" or "March 3".)
    // (Nor one about America that names an African country on the way: the BBC's interview with a president before his
    // visit to Kenya.)
    // (Not the dollar's "US$", which a paper anywhere writes for a price in the American currency.)
    const std::size_t americaOrDollars = named({"US", "U.S.", "America", "American", "Americans", "Washington"});
    const std::size_t america = americaOrDollars - std::min(americaOrDollars, signs("US$"));
    // (Month-first dates alone, as Nigeria's papers write them too, do not count where nothing else is American.)
    // (Or its names twice as many as America's, and spelled as the Commonwealth spells at least as often as America does:
    // Accra's business desk on its central bank, "28 percent" once and "per cent" once, the dollar named "US".)
    const bool africanStory = (africa >= 3 && africa > america && (american == 0 || (americanSpelling == 0 && america == 0))) ||
                              (africa >= 5 && africa >= 2 * america && commonwealthSpelling >= americanSpelling && commonwealthSpelling > 0);
    // (So too a story about New Zealand or Ireland, three of its names and nothing American: the Guardian's report of
    // whale strandings in Aotearoa, which spells no word either way.)
    // (And its institutions' letters, "NZ", "RBNZ", "REINZ": an Auckland property story dated "November 27".)
    const std::size_t zealandNames = named({"New Zealand", "Aotearoa", "M\xC4\x81ori", "Auckland", "Christchurch", "Dunedin", "Tauranga", "Waikato", "Rotorua",
                                            "NZ", "RBNZ", "REINZ", "Kiwibank", "Taranaki", "Wairarapa", "Hawke's Bay", "Bay of Plenty",
                                            "Whang\xC4\x81rei", "\xC5\x8Ctautahi"});
    std::size_t ireland = 0;
    for (const char* name : {"Ireland", "Irish", "Dublin", "Cork", "Galway", "Limerick", "Taoiseach", "D\xC3\xA1il", "Garda\xC3\xAD", "Garda",
                             "Oireachtas", "Seanad", "Fianna F\xC3\xA1il", "Fine Gael", "An Bord Plean\xC3\xA1la", "IEHC", "IESC", "IECA", "HSE",
                             // (Not "Kerry" nor "Mayo": John Kerry, the Mayo Clinic.)
                             "Donegal", "Wexford", "Kilkenny", "Tipperary", "Sligo", "Athlone"}) {
        ireland += count(text, name);
    }
    // ("Ballyhaunis, Co Mayo": a county named after "Co" as only Ireland writes it counts twice; not in a story from
    // Northern Ireland, whose six counties are written so too.)
    bool north = count(text, "Northern Ireland") > 0;
    for (const char* six : {"Antrim", "Armagh", "Down", "Fermanagh", "Londonderry", "Derry", "Tyrone"}) {
        north = north || count(text, std::string("Co ") + six) > 0 || count(text, std::string("Co. ") + six) > 0;
    }
    for (const char* county : {"Carlow", "Cavan", "Clare", "Cork", "Donegal", "Dublin", "Galway", "Kerry", "Kildare", "Kilkenny", "Laois",
                               "Leitrim", "Limerick", "Longford", "Louth", "Mayo", "Meath", "Monaghan", "Offaly", "Roscommon", "Sligo",
                               "Tipperary", "Waterford", "Westmeath", "Wexford", "Wicklow"}) {
        if (!north) ireland += 2 * (count(text, std::string("Co ") + county) + count(text, std::string("Co. ") + county));
    }
    // (Nothing spelled as America spells and the country's names more often than America's; dates month first do not
    // count against it, as the Irish Times dates its stories "Thu Mar 13 2025" and New Zealand's papers "Nov 25".)
    // (With dates month first, five of its names at least: an American story that names Dublin, Ireland and the Irish is
    // American still.)
    const bool zealandStory = zealandNames >= (monthFirst > 0 ? 5u : 3u) && americanSpelling == 0 && zealandNames > america && monthFirst <= dayFirst + 2;
    const bool irishStory = ireland >= (monthFirst > 0 ? 5u : 3u) && americanSpelling == 0 && ireland > america && monthFirst <= dayFirst + 2;
    // (And Pakistan, by its cities, its exchange and its central bank, more than India: Dawn's "12pc" and "Rs".)
    const std::size_t pakistan = named({"Pakistan", "Pakistani", "Karachi", "Lahore", "Islamabad", "Rawalpindi", "Peshawar", "Quetta", "Faisalabad",
                                        "Multan", "PSX", "SBP", "KSE-100"});
    const std::size_t indiaNames = named({"India", "Indian", "Delhi", "New Delhi", "Mumbai", "Modi", "Sensex", "Nifty"});
    // (Its papers date stories month first as America's do: the spelling alone must not be America's.)
    // (Not a South African paper's report of a match against Pakistan: the home side's names outnumber the visitors'.)
    const bool pakistanStory = pakistan >= 3 && americanSpelling == 0 && pakistan > america && pakistan > indiaNames && pakistan > africa;
    // (So too Malaysia, Singapore, Hong Kong, Sri Lanka and Bangladesh, whose papers write Britain's English: three of
    // the country's names, cities, exchange or money, none of America's spelling, the United States named less often.)
    struct AsianEnglish {
        const char* region;
        std::initializer_list<const char*> names;
        const char* money = nullptr;  // its money's letters, written before the figure: "RM2.4mil"
    };
    // (How often `letters` stand before a figure and after no letter: "RM2.4mil", not "FIRM2".)
    const auto before = [&](const char* letters) {
        std::size_t n = 0;
        const std::string_view sign = letters;
        for (std::size_t at = text.find(sign); at != std::string::npos; at = text.find(sign, at + 1)) {
            const std::size_t end = at + sign.size();
            n += (at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]))) && end < text.size() &&
                 std::isdigit(static_cast<unsigned char>(text[end])) != 0;
        }
        return n;
    };
    static const AsianEnglish kAsia[] = {
        // (Sarawak's papers name their state more than the country; not "Sabah", a Kuwaiti emir's name too.)
        {"en-MY", {"Malaysia", "Malaysian", "Malaysians", "Kuala Lumpur", "Bursa Malaysia", "ringgit", "Penang", "Johor", "Selangor", "Putrajaya",
                   "Sarawak", "Kuching", "Kota Kinabalu", "Ipoh", "Melaka"}, "RM"},
        {"en-SG", {"Singapore", "Singaporean", "Singaporeans", "SGX", "HDB", "Straits Times"}},
        {"en-HK", {"Hong Kong", "Kowloon", "HKEX", "Hang Seng", "Legco", "LegCo"}},
        {"en-LK", {"Sri Lanka", "Sri Lankan", "Colombo", "Kandy"}},
        {"en-BD", {"Bangladesh", "Bangladeshi", "Dhaka", "Chittagong", "taka"}},
        // (and Jamaica's, by its names, its capital and its exchange)
        {"en-JM", {"Jamaica", "Jamaican", "Jamaicans", "Kingston", "Montego Bay", "JSE", "J$"}},
        // (and the Caribbean's, the Pacific's and the Mediterranean's other Englishes, each by its names and its money)
        {"en-TT", {"Trinidad", "Tobago", "Trinidadian", "Trinidadians", "Port of Spain", "Chaguanas", "San Fernando", "Petrotrin"}, "TT$"},
        {"en-BB", {"Barbados", "Barbadian", "Barbadians", "Bajan", "Bridgetown"}, "BDS$"},
        {"en-BS", {"Bahamas", "Bahamian", "Bahamians", "Nassau", "Grand Bahama"}, "B$"},
        {"en-BM", {"Bermuda", "Bermudian", "Bermudians", "Royal Gazette"}},
        {"en-AG", {"Antigua", "Barbuda", "Antiguan", "Antiguans"}, "EC$"},
        {"en-GY", {"Guyana", "Guyanese", "Georgetown"}, "G$"},
        {"en-BZ", {"Belize", "Belizean", "Belizeans", "Belmopan"}, "BZ$"},
        {"en-FJ", {"Fiji", "Fijian", "Fijians", "Suva", "Nadi", "Lautoka", "Labasa"}, "FJ$"},
        {"en-PG", {"Papua New Guinea", "PNG", "Port Moresby", "Lae", "Bougainville", "kina"}},
        {"en-MT", {"Malta", "Maltese", "Valletta", "Gozo", "Sliema", "Birkirkara"}},
        {"en-CY", {"Cyprus", "Cypriot", "Cypriots", "Nicosia", "Limassol", "Larnaca", "Paphos", "Famagusta"}}};
    std::string asianRegion;
    for (const AsianEnglish& a : kAsia) {
        const std::size_t n = named(a.names) + (a.money != nullptr ? before(a.money) : 0);
        if (n >= 3 && americanSpelling == 0 && n > america && n > indiaNames) asianRegion = a.region;
    }
    // (And only where the text is written as that country writes, "per cent", "12pc": an AP story from Peshawar in a page
    // that declares its American English keeps it, and its dates month first.)
    if (declaredAmerican && (commonwealthSpelling == 0 ||
                             (!britishStory && !australianStory && !africanStory && !zealandStory && !irishStory && !pakistanStory &&
                              asianRegion.empty()))) {
        return language;
    }
    if (pakistanStory && britain == 0) return "en-PK";
    if (!asianRegion.empty() && britain == 0 && canada == 0 && australia == 0) return asianRegion;
    // (India's copy by its rupees, its clock and its places, three at least: a recipe's "Rs 180–220", "₹2,500", "14:32 IST", "New
    // Delhi".)
    const bool indianStory = india + count(text, "Rs") + count(text, "IST") + indiaNames >= 3 && india + count(text, "Rs") >= 1 &&
                             americanSpelling == 0 && pakistan <= indiaNames;
    if (!britishStory && !australianStory && !africanStory && !zealandStory && !irishStory && !pakistanStory && !indianStory && asianRegion.empty() &&
        (commonwealth < 3 || commonwealth < 2 * american)) {
        return language;
    }
    // (Or the country named twice where no pound is: a CBC story about Ottawa's budget that names no province.)
    const std::size_t canadaNamed = named({"Canada", "Canadian", "Canadians"});
    if (canada >= 2 || (canada >= 1 && britain == 0) || (canadaNamed >= 2 && britain == 0 && australia == 0 && britishPlaces < 2)) return "en-CA";
    if (australia > 0) return "en-AU";
    if (zealand > 0 || (zealandStory && britain == 0)) return "en-NZ";
    // (Not a South African story that compares a case in India once: "Rs 4.5 lakh" in a paragraph of a Tshwane judgment.)
    if ((india > 0 || indianStory) && !(africa >= 4 && africa > india + indiaNames)) return "en-IN";
    // (The African country named most, twice at least.)
    {
        MostCounted most;
        most.offer("en-NG", nigeria);
        most.offer("en-KE", kenya);
        most.offer("en-ZA", southAfricaWithRand);
        most.offer("en-GH", ghana);
        most.offer("en-UG", uganda);
        if (most.count >= 2 && most.count > most.second && most.count > america && britain == 0) return most.name;
    }
    if (britain == 0 && ireland >= 2) return "en-IE";
    return "en-GB";
}

}  // namespace readcast
