// Words and signs: abbreviations read by context, Roman numerals, symbols, and spans in other scripts.

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <string_view>

#include "core/Ascii.hpp"
#include "core/WordSet.hpp"
#include "core/Months.hpp"
#include "core/Text.hpp"
#include "text/english/NumberReading.hpp"
#include "core/Utf8.hpp"
#include "text/NumberWords.hpp"
#include "text/english/Rules.hpp"
#include "text/english/Initialisms.hpp"
#include "text/english/Tables.hpp"
#include "text/RomanNumerals.hpp"

namespace readcast::english {

// Abbreviations, read by what is around them; with their dot ("Gov.", "Apr."), or without it as British
// and wire copy writes them ("Mr Smith", "Cllr Hughes", "Blue Ltd", "Sat 12 Oct").
namespace {

// Without a dot, only the unmistakable ones: a company's suffix after its name ("Blue Ltd", "Acme Inc"),
// and words written the same in any position ("approx 3 hours", "incl VAT", "the Govt said").
const std::unordered_map<std::string, std::string> kBareAfterName{
    {"Ltd", "Limited"}, {"Inc", "Incorporated"}, {"Corp", "Corporation"}, {"Bros", "Brothers"}, {"Jct", "Junction"},
    {"Jr", "Junior"},   {"Sr", "Senior"}};  // ("Ronald Thwaites Jr said": a son after his name.)
const std::unordered_map<std::string, std::string> kBareAnywhere{
    {"vs", "versus"},         {"etc", "et cetera"},    {"approx", "approximately"},
    {"hrs", "hours"},
    {"incl", "including"},    {"Govt", "Government"},  {"govt", "government"}, {"Qld", "Queensland"},
    {"avg", "average"},       {"Avg", "Average"},      {"bdrm", "bedroom"},     {"bdrms", "bedrooms"},
    {"edn", "edition"},       {"Ors", "Others"},       // ("3rd edn"; a case's "& Ors", and "& Anor", another party)
    {"Anor", "another"},
    {"psf", "per square foot"},                        // a property's price, "RM1,297 psf"
    {"gov't", "government"},  {"Gov't", "Government"}, {"gov\xE2\x80\x99t", "government"}, {"Gov\xE2\x80\x99t", "Government"}};

// Dotted, these are abbreviations wherever they stand (with the checks below for the ambiguous ones).
const std::unordered_map<std::string, std::string> kAlways{
    {"vs", "versus"},          {"etc", "et cetera"},     {"approx", "approximately"}, {"Approx", "Approximately"},
    {"Vs", "Versus"},          {"VS", "versus"},
    {"Jr", "Junior"},          {"Sr", "Senior"},         {"Inc", "Incorporated"},     {"Corp", "Corporation"},
    {"Adj", "Adjusted"},
    {"Ltd", "Limited"},        {"Co", "Company"},        {"Dept", "Department"},      {"Univ", "University"},
    {"Assn", "Association"},   {"Bros", "Brothers"},     {"est", "estimated"},        {"Jan", "January"},
    {"Feb", "February"},       {"Aug", "August"},        {"Sept", "September"},       {"Oct", "October"},
    {"Nov", "November"},       {"Dec", "December"},      {"v", "versus"},             {"pp", "pages"},
    {"p", "page"},             {"Pp", "Pages"},           {"P", "Page"},           {"INC", "Incorporated"}, {"ext", "extension"},     {"Ext", "extension"},        {"Fig", "Figure"},
    {"fig", "figure"},         {"Vol", "Volume"},        {"vol", "volume"},           {"Ch", "Chapter"},
    {"ch", "chapter"},         {"Sec", "Section"},       {"approx", "approximately"}, {"Gov", "Governor"},
    {"Govt", "Government"},    {"govt", "government"},   {"Intl", "International"},   {"Natl", "National"},
    {"Ph.D", "P H D"},         {"Mt", "Mount"},          {"Ft", "Fort"},              {"Pt", "Point"},
    {"adj", "adjusted"},       {"incl", "including"},    {"Atty", "Attorney"},        {"Ops", "Operations"},
    {"Rt", "Route"},           {"mil", "million"},
    // before a year only (see below): "(b. 1941, d. 2024)"
    {"b", "born"},             {"d", "died"},
    // before a number only (see below): "Art. 50", "reg. 4", "Ep. 4", "s.18", "ss. 3-5"
    {"Art", "Article"},        {"art", "article"},       {"reg", "regulation"},       {"Reg", "Regulation"},
    {"Arts", "Articles"},      {"arts", "articles"},     {"nos", "numbers"},       {"Ors", "Others"},            {"Anor", "another"},      {"Anr", "another"},
    {"Ep", "Episode"},         {"ep", "episode"},        {"s", "section"},            {"ss", "sections"},
    {"Para", "Paragraph"},     {"para", "paragraph"},    {"paras", "paragraphs"},     {"Sch", "Schedule"},         {"sch", "schedule"},
    {"r", "rule"},             {"rr", "rules"},
    {"Dist", "District"},      {"dist", "district"},      {"Prop", "Proposition"},
    // "c. 1850", "ca. 1900": about that year
    {"c", "circa"},            {"ca", "circa"},          {"agg", "aggregate"},
    {"Org", "Organization"},   {"hrs", "hours"},
    // a composer's work by its number: "Op. 125"
    {"Op", "opus"},            {"op", "opus"},
    // a congressional report, a county and its road: "H. Rept. 119-412", "Cty. Rd. 524"
    {"Rept", "Report"},        {"Cty", "County"},
    // a council's papers before their number's sign (see below): "(Res. No. 25-014)", "Ord. No. 3127"
    {"Res", "Resolution"},     {"Ord", "Ordinance"},
    // a Kenyan or an Indian act by its chapter in the laws (before a number only): "the Land Act, Cap. 280"
    {"Cap", "Chapter"},        {"Rm", "Room"},
    };

// Every word the rule below reads as an abbreviation beyond its first checks: any other word leaves at
// once (the rule is tried at every word of every sentence).
bool isListedAbbreviation(const std::string& w) {
    // One lookup in the union of the lists, built once.
    static const std::unordered_set<std::string> kListed = [] {
        std::unordered_set<std::string> all{"Cllr", "St", "Dr", "No", "Nos", "no", "wk", "Wk", "mths", "mth", "Rt", "FT", "HT", "Co", "Cos", "Cr", "CR", "Att", "d", "s", "Del", "nee", "inns", "inn", "Cat", "cat",
                                            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
                                            "jn", "jct", "Jct", "jctn", "Jctn"};
        for (const auto* table : {&titleAbbreviations(), &streetTypes(), &directions(), &weekdays(), &kBareAfterName,
                                  &kBareAnywhere, &kAlways}) {
            for (const auto& [written, spoken] : *table) all.insert(written);
        }
        for (const auto& [written, spoken] : streetTypes()) all.insert(written + "s");  // "Aves", "Sts"
        return all;
    }();
    return kListed.count(w) != 0;
}

}  // namespace

std::optional<Match> scriptureRule(const Tokens& t, std::size_t i) {
    // "Matthew 5:3–12", "1 Corinthians 13:4", "Psalm 23:1": a book of the Bible, its chapter and verses
    // ("five, verses three to twelve"; eSpeak NG would read a time, "five to three").
    // ("1 Cor. 13:4-7", "Ps. 23": the book shortened with its dot, "First Corinthians thirteen, verses four to seven",
    // "Psalm twenty-three"; a shortened book only before its chapter and verse, "Gen. Smith", "Rev. 21" being others.)
    static const std::unordered_set<std::string> kBooks{
        "Genesis", "Exodus", "Leviticus", "Numbers", "Deuteronomy", "Joshua", "Judges", "Ruth", "Samuel", "Kings", "Chronicles", "Ezra",
        "Nehemiah", "Esther", "Job", "Psalm", "Psalms", "Proverbs", "Ecclesiastes", "Isaiah", "Jeremiah", "Lamentations", "Ezekiel",
        "Daniel", "Hosea", "Joel", "Amos", "Obadiah", "Jonah", "Micah", "Nahum", "Habakkuk", "Zephaniah", "Haggai", "Zechariah",
        "Malachi", "Matthew", "Mark", "Luke", "John", "Acts", "Romans", "Corinthians", "Galatians", "Ephesians", "Philippians",
        "Colossians", "Thessalonians", "Timothy", "Titus", "Philemon", "Hebrews", "James", "Peter", "Jude", "Revelation",
        // the books of the Catholic and Orthodox canons, and the Quran's chapters by their name, "Surah 2:255"
        "Sirach", "Tobit", "Judith", "Wisdom", "Baruch", "Maccabees", "Ecclesiasticus", "Surah", "Sura", "Quran", "Koran"};
    // (The books that come in parts, "1 Samuel" to "3 John": their number is an ordinal.)
    static const std::unordered_set<std::string> kParts{"Samuel", "Kings", "Chronicles", "Corinthians", "Thessalonians", "Timothy", "Peter", "John"};
    if (!isKind(t, i, Kind::Word) && !isKind(t, i, Kind::Number)) return std::nullopt;
    std::size_t k = i;
    std::string ordinal;
    if (isKind(t, i, Kind::Number) && (t[i].text == "1" || t[i].text == "2" || t[i].text == "3") && isKind(t, i + 1, Kind::Space) &&
        isKind(t, i + 2, Kind::Word)) {
        ordinal = t[i].text == "1" ? "First " : t[i].text == "2" ? "Second " : "Third ";
        k = i + 2;
    }
    // (Its shape first, a capitalized word, then the lists: this is tried at every word.)
    if (!isKind(t, k, Kind::Word) || !std::isupper(static_cast<unsigned char>(t[k].text[0]))) return std::nullopt;
    std::string book;
    std::size_t at = k + 1;
    bool shortened = false;
    if (kBooks.count(t[k].text) != 0) {
        book = t[k].text;
    } else if (const auto found = bibleBookAbbreviations().find(t[k].text); found != bibleBookAbbreviations().end() && isSym(t, k + 1, ".")) {
        book = found->second;
        shortened = true;
        at = k + 2;
    } else if (found != bibleBookAbbreviations().end() && isKind(t, k + 1, Kind::Space) && isKind(t, k + 2, Kind::Number) && isSym(t, k + 3, ":") &&
               isKind(t, k + 4, Kind::Number) && !isKind(t, k + 5, Kind::Word) && !isSym(t, k + 5, ":") &&
               // (In a sentence about scripture: "Blue Bar 7:30pm", "by Phil 10:45" are a place's and a man's times.)
               anyWordIn(t, {"reading", "readings", "gospel", "scripture", "scriptures", "bible", "verse", "verses", "psalm", "lectionary",
                             "passage", "homily", "sermon", "mass", "epistle", "testament", "lord", "god", "jesus", "christ", "prophet",
                             "pope", "church", "catechesis", "catecheses", "beatitudes", "bishop", "priest", "pastor", "parish"})) {
        // ("Mt 5:3-12", "Sir 3:2-6": a lectionary's books shortened without their dot, known by the chapter and verse after them.)
        book = found->second;
    } else if (t[k].text == "Qur'an" || t[k].text == "Qur\xE2\x80\x99" "an") {
        book = "Quran";  // "Qur'an 2:183"
    } else {
        return std::nullopt;
    }
    if (!ordinal.empty() && kParts.count(book) == 0) return std::nullopt;
    if (!isKind(t, at, Kind::Space) || !isKind(t, at + 1, Kind::Number) || !digitsOnly(t[at + 1].text)) return std::nullopt;
    const std::size_t chapter = at + 1;
    // ("Ps. 23": a psalm by its number alone.)
    if (!isSym(t, chapter + 1, ":")) {
        if (!shortened || book != "Psalm" || isKind(t, chapter + 1, Kind::Word) || isKind(t, chapter + 1, Kind::Number)) return std::nullopt;
        return Match{chapter + 1 - i, ordinal + book + " " + wholeWords(t[chapter].text), "abbreviation"};
    }
    if (!isKind(t, chapter + 2, Kind::Number) || !digitsOnly(t[chapter + 2].text) || t[chapter + 2].text.size() > 3) return std::nullopt;
    if (isKind(t, chapter + 3, Kind::Space) && isWordIn(t, chapter + 4, {"am", "pm", "a.m.", "p.m."})) return std::nullopt;
    std::string spoken = ordinal + book + " " + wholeWords(t[chapter].text) + ", verse";
    std::size_t end = chapter + 3;
    if (isDash(t, end) && isKind(t, end + 1, Kind::Number) && digitsOnly(t[end + 1].text)) {
        spoken += "s " + wholeWords(t[chapter + 2].text) + " to " + wholeWords(t[end + 1].text);
        end += 2;
    } else {
        spoken += " " + wholeWords(t[chapter + 2].text);
    }
    return Match{end - i, spoken, "abbreviation"};
}

std::optional<Match> chamberPaperRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Word)) return std::nullopt;
    const std::string& w = t[i].text;
    // "H. Rept. 119-412", "S. Res. 12", "H. Doc.": a report, a resolution or a document of the House or the Senate.
    if ((w == "H" || w == "S") && isSym(t, i + 1, ".") && isKind(t, i + 2, Kind::Space) && isWordIn(t, i + 3, {"rept", "res", "doc", "con"}) &&
        isSym(t, i + 4, ".") && isKind(t, i + 5, Kind::Space) && isKind(t, i + 6, Kind::Number)) {
        static const std::unordered_map<std::string, std::string> kPapers{{"rept", "Report"}, {"res", "Resolution"}, {"doc", "Document"},
                                                                          {"con", "Concurrent"}};
        return Match{5, std::string(w == "H" ? "House " : "Senate ") + kPapers.at(lowerAscii(t[i + 3].text)), "abbreviation"};
    }
    return std::nullopt;
}

namespace {

// A title in capitals, its dot, then a name in capitals, "SEN. MARIA CANTWELL": the title spoken, else null.
const std::string* capitalTitleBeforeCapitalName(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Word) || !isSym(t, i + 1, ".") || !isKind(t, i + 2, Kind::Space) || !isKind(t, i + 3, Kind::Word) ||
        t[i + 3].text.size() < 2 || !isUpperWord(t[i + 3].text)) {
        return nullptr;
    }
    return titleWrittenInCapitals(t[i].text);
}

}  // namespace

std::optional<Match> abbreviationRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Word)) return std::nullopt;
    const std::string& w = t[i].text;
    const std::string lw = lowerAscii(w);
    // "The trial enrolled n=4,512 adults", "(n=212)": a study's count of its subjects, written for the eye; the count is
    // said alone ("n equals" is no newsreader's).
    if ((w == "n" || w == "N") && isSym(t, i + 1, "=") && isKind(t, i + 2, Kind::Number) && (i == 0 || isKind(t, i - 1, Kind::Space) || isSym(t, i - 1, "("))) {
        // (Alone in its brackets, "The trial (n=1,204) showed", the count needs its word: "a sample of one thousand …".)
        if (isSym(t, i - 1, "(") && isSym(t, i + 3, ")") && t[i + 2].text.size() >= 2) return Match{2, "a sample of ", "abbreviation"};
        return Match{2, "", "abbreviation"};
    }
    // "criteria, ie it was less", "(eg a pothole)": "i.e." and "e.g." as a house style writes them, without dots, in small
    // letters after a comma or a bracket, before a word; said as the dotted ones are ("IE", "EG" in capitals are names).
    if ((w == "ie" || w == "eg") && i >= 1 && (isSym(t, i - 1, "(") || (i >= 2 && isKind(t, i - 1, Kind::Space) && (isSym(t, i - 2, ",") || isSym(t, i - 2, ";")))) &&
        isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) && std::islower(static_cast<unsigned char>(t[i + 2].text[0]))) {
        return Match{1, w == "ie" ? "that is" : "for example", "abbreviation"};
    }
    // "mpox clade Ib", "clade IIb": a virus's clade by its Roman numeral and its letter, "clade one b".
    if (i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"clade", "clades", "subclade", "subclades"}) &&
        !(w == "I" && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) && std::islower(static_cast<unsigned char>(t[i + 2].text[0])))) {
        static constexpr WordSet kClades({"I", "Ia", "Ib", "II", "IIa", "IIb", "III"});
        if (kClades.count(w) != 0) {
            const std::size_t ones = w.find_first_not_of('I');
            const std::string number = ones == std::string::npos ? w : w.substr(0, ones);
            const char* said = number == "I" ? "one" : number == "II" ? "two" : "three";
            return Match{1, ones == std::string::npos ? std::string(said) : std::string(said) + " " + w.substr(ones), "abbreviation"};
        }
    }
    // (Spaced too: "enrolled n = 8,412 patients", "(n = 1,204)".)
    // (Not a sum's unknown: "If n = 5 then …".)
    if ((w == "n" || w == "N") && isKind(t, i + 1, Kind::Space) && isSym(t, i + 2, "=") && isKind(t, i + 3, Kind::Space) && isKind(t, i + 4, Kind::Number) &&
        (i == 0 || isKind(t, i - 1, Kind::Space) || isSym(t, i - 1, "(")) && !isWordIn(t, i >= 2 ? i - 2 : t.size(), {"if", "when", "where", "let", "for", "with"})) {
        return Match{4, "", "abbreviation"};
    }
    // "Darrell Watson (inc.)": a results table's incumbent, in brackets after the candidate's name.
    if (w == "inc" && i >= 1 && isSym(t, i - 1, "(") && isSym(t, i + 1, ".") && isSym(t, i + 2, ")")) return Match{2, "incumbent", "abbreviation"};
    // "Roofs must carry 30 psf": a load in pounds per square foot after a bare figure; after a price, "RM1,297 psf", the price
    // per square foot (the table's reading).
    if (w == "psf" && i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Number) && (i < 3 || isKind(t, i - 3, Kind::Space))) {
        return Match{1, "pounds per square foot", "abbreviation"};
    }
    // "Chiwetalu & Sons Nig. Ltd", "Dangote Cement Nig. Plc": Nigeria's short form before a company's legal form.
    if (w == "Nig" && isSym(t, i + 1, ".") && isKind(t, i + 2, Kind::Space) && isWordIn(t, i + 3, {"ltd", "limited", "plc"})) {
        return Match{2, "Nigeria", "abbreviation"};
    }
    // "in QLD, SA and VIC": Australia's states written short, among the others ("NSW" in the lexicon) or, for Western
    // Australia, beside its capital or its university; "SA" alone stays South Africa's letters, "WA" Washington's.
    if (w == "NSW") return Match{1, "New South Wales", "abbreviation"};
    if (w == "QLD" || w == "Qld" || w == "VIC" || w == "Vic" || w == "TAS" || w == "Tas" || w == "SA" || w == "WA" || w == "NT") {
        // (A state's letters beside another's in a list, "QLD, SA and VIC", "the NT and SA", "Qld/NSW": "from SA to Sydney,
        // NSW", "SA Health", "Windows NT", "Vic, a carpenter" are none.)
        static constexpr WordSet kLetters({"NSW", "QLD", "Qld", "VIC", "Vic", "TAS", "Tas", "SA", "WA", "NT", "ACT"});
        // (Or one said already, the words before it rewritten: "Queensland, South Australia and VIC".)
        const auto stateAt = [&](std::size_t k) {
            if (k >= t.size() || t[k].kind != Kind::Word) return false;
            if (kLetters.count(t[k].text) != 0 || t[k].text == "Queensland" || t[k].text == "Victoria" || t[k].text == "Tasmania" ||
                t[k].text == "Territory") {
                return true;
            }
            return k >= 2 && ((t[k].text == "Australia" && (t[k - 2].text == "South" || t[k - 2].text == "Western")) ||
                              (t[k].text == "Wales" && t[k - 2].text == "South"));
        };
        const auto listed = [&](bool forward) {
            std::size_t k = i;
            for (int steps = 0; steps < 4; ++steps) {
                if (forward ? k + 1 >= t.size() : k == 0) return false;
                k = forward ? k + 1 : k - 1;
                if (isKind(t, k, Kind::Space) || isSym(t, k, ",") || isSym(t, k, "/") || isSym(t, k, "&") || isWordIn(t, k, {"and", "or", "the"})) continue;
                return stateAt(k);
            }
            return false;
        };
        const bool inList = listed(false) || listed(true);
        const bool perth = std::any_of(t.begin(), t.end(), [](const Token& k) { return k.text == "Perth" || k.text == "Fremantle"; });
        const bool west = w == "WA" && (perth || (i >= 2 && isWordIn(t, i - 2, {"of"}) && i >= 4 && isWordIn(t, i - 4, {"university"})));
        static const std::pair<const char*, const char*> kStates[] = {{"QLD", "Queensland"}, {"Qld", "Queensland"}, {"VIC", "Victoria"},
                                                                      {"Vic", "Victoria"}, {"TAS", "Tasmania"}, {"Tas", "Tasmania"},
                                                                      {"SA", "South Australia"}, {"WA", "Western Australia"},
                                                                      {"NT", "the Northern Territory"}};
        for (const auto& [written, said] : kStates) {
            if (w == written && (inList || west || w == "QLD" || w == "Qld")) {
                return Match{1, std::string(said).rfind("the ", 0) == 0 && i >= 2 && isWordIn(t, i - 2, {"the"}) ? std::string(said).substr(4) : said,
                             "abbreviation"};
            }
        }
    }
    // "(95% CI 1.2–1.8)": a study's confidence interval, after the share it is drawn at.
    if (w == "CI" && i >= 2 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, "%")) return Match{1, "confidence interval", "abbreviation"};
    // ("hazard ratio [HR] 0.68": the letters glossing the words just said are not said again; their brackets are gone by
    // now, "hazard ratio HR 0.68".)
    if (((w == "HR" && isWordIn(t, i >= 2 ? i - 2 : t.size(), {"ratio"})) || (w == "CI" && isWordIn(t, i >= 2 ? i - 2 : t.size(), {"interval"}))) &&
        isKind(t, i - 1, Kind::Space)) {
        return Match{1, "", "abbreviation"};
    }
    // "(HR 0.86; 95% CI 0.77-0.96)", "an HR of 0.78": a study's hazard ratio, before its decimal, where the sentence
    // gives a study's figures (a confidence interval, a risk); "His HR dept", "hit a HR" are not.
    const auto hazardRatioAt = [&](std::size_t k) {
        return isKind(t, k, Kind::Word) && (t[k].text == "HR" || t[k].text == "aHR") &&
               ((isKind(t, k + 1, Kind::Space) && isKind(t, k + 2, Kind::Number) && t[k + 2].text.find('.') != std::string::npos) ||
                (isKind(t, k + 1, Kind::Space) && isWordIn(t, k + 2, {"of"}) && isKind(t, k + 4, Kind::Number) &&
                 t[k + 4].text.find('.') != std::string::npos)) &&
               anyWordIn(t, {"CI", "confidence", "risk", "hazard", "trial", "study", "patients", "placebo", "mortality", "events"});
    };
    if (hazardRatioAt(i)) return Match{1, w == "aHR" ? "adjusted hazard ratio" : "hazard ratio", "abbreviation"};
    // (Its article with it, as the words take one: "an HR of 1.21" is "a hazard ratio"; "an aHR", "an adjusted hazard ratio".)
    if (w == "an" && isKind(t, i + 1, Kind::Space) && hazardRatioAt(i + 2)) {
        return Match{3, t[i + 2].text == "aHR" ? "an adjusted hazard ratio" : "a hazard ratio", "abbreviation"};
    }
    // "JD(S) MLA", "CPI(M)": a party's letters with one more in brackets, spelled as one name.
    if (isUpperWord(w) && w.size() >= 2 && w.size() <= 4 && isSym(t, i + 1, "(") && isKind(t, i + 2, Kind::Word) && t[i + 2].text.size() == 1 &&
        isUpperWord(t[i + 2].text) && isSym(t, i + 3, ")") && (i == 0 || !isKind(t, i - 1, Kind::Word))) {
        return Match{4, spell(w + t[i + 2].text, false), "abbreviation"};
    }
    // "Q: How did it start?" "A: Prices, for one.": an interview's question and answer, as its transcript marks
    // them at the start of a line ("Q" is "queue", "A" the article, to eSpeak NG).
    if (i == 0 && (w == "Q" || w == "A") && isSym(t, 1, ":") && isKind(t, 2, Kind::Space)) {
        // (A box score's "A: 47,744 (40,209)", a crowd's count in thousands, is its attendance.)
        // (With the ground's capacity in brackets after it, as a box score gives it: "A: 12,500." alone may be an answer.)
        if (w == "A" && isKind(t, 3, Kind::Number) && t[3].text.find(',') != std::string::npos && isSym(t, skip(t, 4), "(") &&
            isKind(t, skip(t, 4) + 1, Kind::Number)) {
            return Match{1, "Attendance", "abbreviation"};
        }
        return Match{1, w == "Q" ? "Question" : "Answer", "abbreviation"};
    }
    // "Dep. Heuston 06:00, Arr. Cork 08:22": a timetable's departure and arrival before a station and its time ("Dep." is a
    // Deputy before a name alone).
    if ((w == "Dep" || w == "Arr" || w == "dep" || w == "arr") && isSym(t, i + 1, ".") && isKind(t, i + 2, Kind::Space) &&
        [&] {
            for (std::size_t k = i + 3; k < t.size() && k <= i + 9; ++k) {
                if (isKind(t, k, Kind::Number)) {
                    return t[k].text.find(':') != std::string::npos || t[k].text.find('.') != std::string::npos ||
                           (isSym(t, k + 1, ":") && isKind(t, k + 2, Kind::Number));
                }
                if (!(isKind(t, k, Kind::Word) && isCapitalized(t[k].text)) && !isKind(t, k, Kind::Space)) return false;
            }
            return false;
        }()) {
        return Match{2, lw == "dep" ? "departs" : "arrives", "abbreviation"};
    }
    // "about 44 deg C", "40 degrees F": a temperature's scale after its degrees, said whole ("deg" alone is degrees).
    if ((w == "deg" || w == "degs" || w == "degrees") && i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Number)) {
        if (isKind(t, i + 1, Kind::Space) && isWordIn(t, i + 2, {"c", "f"}) && t[i + 2].text.size() == 1 && std::isupper(static_cast<unsigned char>(t[i + 2].text[0])) &&
            !isKind(t, i + 3, Kind::Word) && !isSym(t, i + 3, "'")) {
            return Match{3, t[i + 2].text == "C" ? "degrees Celsius" : "degrees Fahrenheit", "abbreviation"};
        }
        if (w != "degrees") return Match{1, t[i - 2].text == "1" ? "degree" : "degrees", "abbreviation"};
    }
    // "(KO 2.15pm GMT)", "KO 3pm": a match's kick-off before its time ("by KO 4:21 into the fifth round" is a knockout).
    if (w == "KO" && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Number) &&
        !anyWordIn(t, {"round", "rounds", "fight", "fights", "bout", "boxing", "boxer", "knockout", "ufc", "mma", "into", "stoppage"}) &&
        (t[i + 2].text.find(':') != std::string::npos || t[i + 2].text.find('.') != std::string::npos || isSym(t, i + 3, ":") ||
         isWordIn(t, i + 3, {"am", "pm", "a", "p"}) || (isKind(t, i + 3, Kind::Space) && isWordIn(t, i + 4, {"am", "pm", "a", "p"})))) {
        return Match{1, "kick-off", "abbreviation"};
    }
    // Dotted forms first: "e.g.", "i.e.", "p.a." as words of their own
    if (lw == "e.g.") return Match{1, "for example", "abbreviation"};
    if (lw == "i.e.") return Match{1, "that is", "abbreviation"};
    if (lw == "p.a.") return Match{1, "per annum", "abbreviation"};
    // ("£200,000 p/w": a wage per week, as British football copy writes it, after a sum.)
    if (lw == "p" && isSym(t, i + 1, "/") && isWordIn(t, i + 2, {"w"}) && !isKind(t, i + 3, Kind::Word) && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        isKind(t, i - 2, Kind::Number)) {
        return Match{3, "a week", "abbreviation"};
    }
    // ("w.e.f. 1 April": with effect from, as Indian and Pakistani notices write it.)
    if (lw == "w.e.f." || (lw == "w.e.f" && !isKind(t, i + 1, Kind::Word))) return Match{1, "with effect from", "abbreviation"};
    if (lw == "a.k.a." || lw == "a.k.a") return Match{1, "also known as", "abbreviation"};
    // A prescription's times a day, "5 mg b.i.d.", "t.i.d.", "q.d.", "q.i.d.", "p.r.n." (as needed).
    // (And Britain's: "b.d.", "t.d.s.", "q.d.s.", "o.d."; a weekly dose, "q.w."; under the skin, "s.c.".)
    for (const auto& [written, said] : {std::pair<const char*, const char*>{"b.i.d.", "twice a day"}, {"t.i.d.", "three times a day"},
                                        {"q.i.d.", "four times a day"}, {"q.d.", "once a day"}, {"p.r.n.", "as needed"},
                                        {"q.h.s.", "at bedtime"}, {"b.d.", "twice a day"}, {"t.d.s.", "three times a day"},
                                        {"q.d.s.", "four times a day"}, {"o.d.", "once a day"}, {"q.w.", "once a week"},
                                        {"s.c.", "under the skin"}}) {
        // (In small letters after a dose: "S.C. Johnson", "B.D. Wong" and an "O.D." are names and an overdose.)
        if (w == written && i >= 2 && (isKind(t, i - 2, Kind::Number) || isWordIn(t, i - 2, {"mg", "mcg", "g", "ml", "units", "iu", "tablets",
                                                                                              "tablet", "capsules", "capsule", "puffs", "drops"}) ||
                                       isSym(t, i - 2, ".") || (isKind(t, i - 2, Kind::Word) && t[i - 2].text.size() >= 3 && t[i - 2].text[1] == '.' &&
                                                                std::islower(static_cast<unsigned char>(t[i - 2].text[0]))))) {
            return Match{1, said, "abbreviation"};
        }
    }
    // "3:52.15 MR", "a new WR of 52.10": a result's record or best after the time it names, as athletics and swimming
    // results write them (no "mister" there).
    {
        static const std::pair<const char*, const char*> kMarks[] = {{"MR", "meet record"}, {"WR", "world record"}, {"NR", "national record"},
                                                                     {"CR", "championship record"}, {"PB", "personal best"}, {"SB", "season's best"},
                                                                     {"AR", "area record"}, {"OR", "Olympic record"}};
        for (const auto& [mark, said] : kMarks) {
            if (w != mark || isKind(t, i + 1, Kind::Word)) continue;
            // (At the end of its result, "54.21 MR.", "3:52.15 MR |": "a 2.0 AR headset" and "one 4.38 WR ran" go on with words.)
            // ("2:08:41 CR": a clock's last figure after its colon.)
            const bool afterTime = i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Number) &&
                                   (t[i - 2].text.find('.') != std::string::npos || t[i - 2].text.find(':') != std::string::npos ||
                                    (i >= 4 && isSym(t, i - 3, ":") && isKind(t, i - 4, Kind::Number))) &&
                                   !(isKind(t, i + 1, Kind::Space) && (isKind(t, i + 2, Kind::Word) || isKind(t, i + 2, Kind::Number)));
            const bool named = i >= 2 && isWordIn(t, i - 2, {"new", "a", "another", "his", "her", "their", "equalled", "equaled", "broke", "set"}) &&
                               (isKind(t, i + 1, Kind::Space) ? isWordIn(t, i + 2, {"of", "in", "at", "and", "for", "with"}) || isKind(t, i + 2, Kind::Number)
                                                              : true);
            if (afterTime || (named && (std::string_view(mark) != "OR" && std::string_view(mark) != "AR"))) {
                // (A road race's "CR" is its course's record: "2:04:12 CR" in a marathon.)
                // (So is one after a time in hours, "1. Amos Kipruto (KEN) 2:04:37 CR": no championship's track race runs so long.)
                const bool hours = afterTime && i >= 6 && isSym(t, i - 3, ":") && isSym(t, i - 5, ":") && isKind(t, i - 6, Kind::Number);
                const std::string what =
                    w == "CR" && (hours || anyWordIn(t, {"marathon", "half-marathon", "course", "road", "cross-country", "km", "10k", "parkrun"}))
                        ? std::string("course record")
                        : std::string(said);
                // (After its time the mark is what the time was: "in 2:08:41 CR" is "…forty-one seconds, a course record".)
                if (afterTime && !named) return Match{1, std::string(", ") + (what[0] == 'O' ? "an " : "a ") + what, "abbreviation"};
                return Match{1, what, "abbreviation"};
            }
        }
    }
    // "Women's 400m H", "the 110m H": hurdles, after a race's distance.
    if (w == "H" && i >= 3 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && t[i - 2].text == "m" && isKind(t, i - 3, Kind::Number) &&
        !isKind(t, i + 1, Kind::Word) && !isKind(t, i + 1, Kind::Number)) {
        return Match{1, "hurdles", "abbreviation"};
    }
    // "in w/c 6 Jan": the week commencing, as British planners write it.
    if (lw == "w" && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Word) && lowerAscii(t[i + 2].text) == "c" && isKind(t, i + 3, Kind::Space) &&
        isKind(t, i + 4, Kind::Number)) {
        return Match{3, "the week commencing", "abbreviation"};
    }
    // A cricket scorecard's dismissal: "Woakes c Pant b Siraj 18", "lbw b Bumrah", "st Carey b Lyon": caught, bowled, stumped.
    // (Or a table's cell after the batter's, "S Konstas, c Jaiswal b Bumrah": the fielder, then "b" and the bowler.)
    if ((w == "c" || w == "b" || w == "st") && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) && isCapitalized(t[i + 2].text) &&
        // (After a captain's mark too: "Buttler (c) c Rahul b Bumrah".)
        i >= 2 && isKind(t, i - 1, Kind::Space) && (isKind(t, i - 2, Kind::Word) || (w != "b" && (isSym(t, i - 2, ",") || isSym(t, i - 2, ")"))))) {
        const bool dismissal = w == "b" ? (isCapitalized(t[i - 2].text) || isWordIn(t, i - 2, {"lbw"}))
                                        : ((isSym(t, i - 2, ",") || isSym(t, i - 2, ")") || isCapitalized(t[i - 2].text)) && isWordIn(t, i + 4, {"b"}) &&
                                           isKind(t, i + 3, Kind::Space) && isKind(t, i + 6, Kind::Word) && isCapitalized(t[i + 6].text) &&
                                           t[i + 2].text.size() >= 2 && t[i + 6].text.size() >= 2);
        if (dismissal) return Match{1, w == "c" ? "caught" : w == "b" ? "bowled" : "stumped", "abbreviation"};
    }
    // "Muthu a/l Rajan", "Devi a/p Subramaniam": the Malay "anak lelaki" and "anak perempuan", son of and daughter of, between
    // two capitalized names.
    if (w == "a" && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Word) && (t[i + 2].text == "l" || t[i + 2].text == "p") && i >= 2 &&
        isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text) && isKind(t, i + 3, Kind::Space) &&
        isKind(t, i + 4, Kind::Word) && isCapitalized(t[i + 4].text)) {
        return Match{3, t[i + 2].text == "l" ? "son of" : "daughter of", "abbreviation"};
    }
    // "CV death, MI, or stroke": a myocardial infarction in a sentence about the heart, its letters (eSpeak NG says "my"; a
    // Michigan address is the address rules').
    if (w == "MI" && !isKind(t, i + 1, Kind::Number) &&
        anyWordIn(t, {"infarction", "myocardial", "cardiac", "cardiovascular", "heart", "stroke", "strokes", "cv", "mace", "angina", "coronary"})) {
        return Match{1, "M I", "abbreviation"};
    }
    // "won via KO", "by TKO": a knockout after the way a fight was won, its letters (eSpeak NG says "KO" as "koh"; a kick-off
    // is the match's, "3pm KO").
    if ((w == "KO" || w == "TKO") && i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"via", "by"})) {
        return Match{1, w == "KO" ? "K O" : "T K O", "abbreviation"};
    }
    // "w/ two lawyers", "w/o sugar"
    if (lw == "w" && isSym(t, i + 1, "/")) {
        // ("W/O Johan van der Westhuizen": a warrant officer's rank before the name, in capitals, as police copy writes it.)
        // (Not in a line of title case, "Prices Shown W/O Tax"; a name the lexicon stood in for, "W/O Sipho Dlamini", is one.)
        if (t[i].text == "W" && isKind(t, i + 2, Kind::Word) && t[i + 2].text == "O" && isKind(t, i + 3, Kind::Space) && isKind(t, i + 4, Kind::Word) &&
            (isLexiconPlaceholder(t[i + 4].text) ||
             (isCapitalized(t[i + 4].text) && t[i + 4].text.size() >= 2 && std::islower(static_cast<unsigned char>(t[i + 4].text[1])))) &&
            !isTitleCased(t, 2)) {
            return Match{3, "Warrant Officer", "abbreviation"};
        }
        if (isKind(t, i + 2, Kind::Word) && lowerAscii(t[i + 2].text) == "o") return Match{3, "without", "abbreviation"};
        if (isKind(t, i + 2, Kind::Space)) return Match{2, "with", "abbreviation"};
    }
    // Change over a period as markets write it: "2.9% y/y", "YoY", "q/q", "m/m" (rule "change": North American
    // English says "year over year", the caller makes it so).
    if ((lw == "y" || lw == "q" || lw == "m" || lw == "w") && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Word) &&
        lowerAscii(t[i + 2].text) == lw && !isSym(t, i + 3, "/")) {
        return Match{3, lw == "y" ? "year on year" : lw == "q" ? "quarter on quarter" : lw == "w" ? "week on week" : "month on month",
                     "change"};
    }
    // ("yr/yr", "mth/mth": the same with the periods written short.)
    if ((lw == "yr" || lw == "mth" || lw == "mo") && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Word) &&
        lowerAscii(t[i + 2].text) == lw && !isSym(t, i + 3, "/")) {
        return Match{3, lw == "yr" ? "year on year" : "month on month", "change"};
    }
    // "y-o-y", "q-o-q": the same with hyphens.
    if ((lw == "y" || lw == "q") && isSym(t, i + 1, "-") && isWordIn(t, i + 2, {"o"}) && isSym(t, i + 3, "-") &&
        isKind(t, i + 4, Kind::Word) && lowerAscii(t[i + 4].text) == lw) {
        return Match{5, lw == "y" ? "year on year" : "quarter on quarter", "change"};
    }
    // ("WoW", written so, week on week; "WOW" and "wow" are exclamations.)
    if (w == "WoW" && i >= 2 && isKind(t, i - 1, Kind::Space) && (isSym(t, i - 2, "%") || isKind(t, i - 2, Kind::Number) ||
                                                                  isWordIn(t, i - 2, {"percent", "pct", "up", "down", "rose", "fell"}))) {
        return Match{1, "week on week", "change"};  // (after a change: "World of Warcraft (WoW)" is the game)
    }
    // ("MoM" is month on month but as a name: a gloss in brackets after its capitalized words, "the Mirage or
    // Miracle (MoM) survey", a designation joined by a hyphen, "MoM-z14", or a name's word after an article before
    // a noun no change is measured in, "the MoM galaxy".)
    const bool gloss = i >= 2 && isSym(t, i - 1, "(") && isKind(t, i - 2, Kind::Space) && i >= 3 && isKind(t, i - 3, Kind::Word) &&
                       isCapitalized(t[i - 3].text);
    const bool momName = i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"the", "a", "an"}) && isKind(t, i + 1, Kind::Space) &&
                       isKind(t, i + 2, Kind::Word) &&
                       !isWordIn(t, i + 2, {"basis", "growth", "change", "changes", "increase", "decline", "decrease", "gain", "rise", "drop",
                                            "fall", "terms", "comparison", "figures", "figure", "data", "rate", "reading", "print"});
    if (lw == "yoy" || lw == "qoq" || lw == "mom") {
        if (lw != "mom" || (w == "MoM" && !gloss && !momName && !isSym(t, i + 1, "-"))) {
            return Match{1, lw == "yoy" ? "year on year" : lw == "qoq" ? "quarter on quarter" : "month on month", "change"};
        }
    }
    // Credit ratings and batteries: "AAA" is "triple-A", "AA+" "double-A plus", "BBB-" "triple-B minus".
    if (w.size() <= 3 && (w[0] == 'A' || w[0] == 'B' || w[0] == 'C') &&
        (w == "AAA" || w == "AA" || w == "BBB" || w == "BB" || w == "CCC" || w == "CC") && !isKind(t, i + 1, Kind::Number)) {
        const bool sign = isSym(t, i + 1, "+") || (isSym(t, i + 1, "-") && !isKind(t, i + 2, Kind::Word));
        // "AA" alone is the battery or the motoring club before a noun or after "the"; not a product of matrices.
        const bool aaWord = w == "AA" && (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"the", "an"}) ||
                                          (isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) &&
                                           std::islower(static_cast<unsigned char>(t[i + 2].text[0]))));
        if (w.size() == 3 || aaWord || sign) {
            // ("eh": eSpeak NG says a lone "A" as the article, even after "triple-".)
            std::string spoken = std::string(w.size() == 3 ? "triple-" : "double-") + (w[0] == 'A' ? std::string("eh") : std::string(1, w[0]));
            if (sign) spoken += t[i + 1].text == "+" ? " plus" : " minus";
            return Match{sign ? std::size_t{2} : std::size_t{1}, spoken, "abbreviation"};
        }
    }
    // Moody's best grade: "Aaa", "triple-A" (the others carry a figure: see codeRule).
    if (w == "Aaa" && !isKind(t, i + 1, Kind::Number)) return Match{1, "triple-eh", "abbreviation"};
    // "n/a", "N/A": not available.
    if (lw == "n" && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Word) && lowerAscii(t[i + 2].text) == "a" &&
        !isKind(t, i + 3, Kind::Word)) {
        return Match{3, "not available", "abbreviation"};
    }
    // "n/m", "N/M", "nm" in a results table: not meaningful (a change between a loss and a profit).
    if (lw == "n" && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Word) && lowerAscii(t[i + 2].text) == "m" && !isKind(t, i + 3, Kind::Word) &&
        !(isKind(t, i + 3, Kind::Space) && isKind(t, i + 4, Kind::Word)) &&
        !isKind(t, i + 3, Kind::Number) && !(i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Number)) && !(i >= 1 && isKind(t, i - 1, Kind::Number))) {
        return Match{3, "not meaningful", "abbreviation"};
    }
    // "and/or"
    if (lw == "and" && isSym(t, i + 1, "/") && isWordIn(t, i + 2, {"or"})) return Match{3, "and or", "abbreviation"};
    // "a 50 MP ultrawide": a camera's megapixels with a space before the letters (a number of MPs is "50 MPs").
    if (w == "MP" && i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Number) &&
        anyWordIn(t, {"camera", "cameras", "sensor", "sensors", "lens", "ultrawide", "ultra-wide", "telephoto", "selfie", "periscope",
                      "megapixel", "megapixels", "main", "rear", "front", "macro", "photos", "zoom"})) {
        return Match{1, "megapixel", "unit"};
    }
    // "a 27-year-old Lt. in the army", "the Sgt. on duty": a rank named as a noun, no name after it, said as its word.
    if ((w == "Lt" || w == "Sgt" || w == "Capt" || w == "Col" || w == "Maj" || w == "Cpl" || w == "Cmdr" || w == "Insp" || w == "Supt" ||
         w == "Lieut") &&
        isSym(t, i + 1, ".") && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        (isWordIn(t, i - 2, {"a", "the", "one", "another", "each", "former", "retired", "serving"}) ||
         (isKind(t, i - 2, Kind::Word) && lowerAscii(t[i - 2].text) == "old" && i >= 3 && isSym(t, i - 3, "-"))) &&
        !(isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Word) && isCapitalized(t[i + 3].text))) {
        const std::string word = lowerAscii(titleAbbreviations().at(w == "Lieut" ? "Lt" : w));
        return Match{isKind(t, i + 2, Kind::Space) ? std::size_t{2} : std::size_t{1}, word, "abbreviation"};
    }
    // "S. 2290", "S.B. 1047", "H.B. 2": a Senate's or a House's bill by its number, said in pairs as "H.R. 4821" is,
    // where the sentence speaks of bills.
    if ((w == "S" || w == "SB" || w == "HB" || w == "AB" || w == "S.B" || w == "H.B" || w == "A.B") && isSym(t, i + 1, ".") &&
        isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Number) && digitsOnly(t[i + 3].text) && t[i + 3].text.size() <= 4 &&
        !isKind(t, i + 4, Kind::Word) &&
        anyWordIn(t, {"bill", "bills", "measure", "senate", "senator", "sen", "legislation", "act", "passed", "sponsored", "committee",
                      "lawmakers", "legislature", "amendment", "house", "assembly", "chamber", "vote", "veto", "vetoed", "signed"})) {
        const std::string& n = t[i + 3].text;
        return Match{4, w + " " + (n.size() >= 3 ? pairWords(n) : cardinalWords(static_cast<unsigned>(toInt(n)))), "code"};
    }
    // "1400-1420 N. Broadway", "a fire on S. Main": a compass letter after a house number, or after the
    // preposition a street takes, before a capitalized name is the street's quarter, not an initial
    // (the address rule wants a street type after the name; many streets have none).
    if ((w == "N" || w == "S" || w == "E" || w == "W") && isSym(t, i + 1, ".") && isKind(t, i + 2, Kind::Space) &&
        isKind(t, i + 3, Kind::Word) && isCapitalized(t[i + 3].text) && t[i + 3].text.size() > 2 && i >= 2 &&
        lowerAscii(t[i + 3].text) != "coli" &&  // (the germ: "12 E. Coli cases")
        isKind(t, i - 1, Kind::Space) &&
        ((isKind(t, i - 2, Kind::Number) && digitsOnly(t[i - 2].text) && t[i - 2].text.size() >= 2) ||
         isWordIn(t, i - 2, {"on", "along", "off", "at"})) &&
        // (A name has more of itself after it: "on J. Edgar Hoover", "at N. Smith & Co" are not streets.)
        !(isKind(t, i + 4, Kind::Space) && isKind(t, i + 5, Kind::Word) && isCapitalized(t[i + 5].text) &&
          streetTypes().count(t[i + 5].text) == 0 &&
          !isWordIn(t, i + 5, {"street", "avenue", "road", "boulevard", "drive", "lane", "place", "way"}))) {
        return Match{2, directions().at(w), "abbreviation"};
    }
    // "the 900 block of NW Wall St.", "on SW Canal Blvd.": a city's quadrant before its street's name and type, as Portland,
    // Bend and Washington write their addresses (eSpeak NG spells "NW").
    if ((w == "NE" || w == "NW" || w == "SE" || w == "SW") && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        (isWordIn(t, i - 2, {"of", "on", "at", "along", "off", "near", "to", "from", "onto", "and"}) || isKind(t, i - 2, Kind::Number)) &&
        isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) && isCapitalized(t[i + 2].text)) {
        for (std::size_t k = i + 2; k <= i + 6 && k < t.size(); k += 2) {
            if (!isKind(t, k, Kind::Word) || (k > i + 2 && !isKind(t, k - 1, Kind::Space))) break;
            if (k > i + 2 && streetTypes().count(t[k].text) != 0) return Match{1, directions().at(w), "abbreviation"};
            if (!isCapitalized(t[k].text)) break;
        }
    }
    // "121st St. S. near the school", "129th E. Ave.": a compass letter after a street's type and its dot, before what is no
    // name (a word in small letters, a comma, the end), or before a street's type, is the street's quarter.
    if ((w == "N" || w == "S" || w == "E" || w == "W") && isSym(t, i + 1, ".") && i >= 2 && isKind(t, i - 1, Kind::Space)) {
        const bool afterType = i >= 3 && isSym(t, i - 2, ".") && isKind(t, i - 3, Kind::Word) && streetTypes().count(t[i - 3].text) != 0;
        const bool afterOrdinal = isKind(t, i - 2, Kind::Word) && (t[i - 2].text == "st" || t[i - 2].text == "nd" || t[i - 2].text == "rd" ||
                                                                   t[i - 2].text == "th") && i >= 3 && isKind(t, i - 3, Kind::Number);
        const bool end = i + 2 >= t.size() || isSym(t, i + 2, ",") || isSym(t, i + 2, ";") ||
                         (isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Word) && std::islower(static_cast<unsigned char>(t[i + 3].text[0])));
        const bool typeNext = isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Word) && streetTypes().count(t[i + 3].text) != 0 &&
                              isSym(t, i + 4, ".");
        if ((afterType && end) || (afterOrdinal && typeNext)) return Match{2, directions().at(w), "abbreviation"};
    }
    // An initial or initialism inside a sentence ("Nelson D. Schwartz", "the U.S. Embassy"): its last dot
    // would make eSpeak NG end a clause there, so it goes ("U.S" is still said "U S").
    // (Not before a word that only starts a sentence: "moved to the U.S. It now employs…" ends one there.)
    const bool initialism = w.size() >= 3 && w.back() == '.' && w.find('.') < w.size() - 1;
    const bool nextStarts = isWordIn(t, i + 2, {"it", "he", "she", "they", "we", "the", "this", "these", "those", "there", "but", "its",
                                                "his", "their", "our", "however", "meanwhile"}) &&
                            isCapitalized(t[i + 2].text) && t[i + 2].text.size() > 1 && std::islower(static_cast<unsigned char>(t[i + 2].text[1]));
    if (initialism && !nextStarts && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) && isCapitalized(t[i + 2].text)) {
        return Match{1, w.substr(0, w.size() - 1), "initials"};
    }
    if (w.size() == 1 && std::isupper(static_cast<unsigned char>(w[0])) && isSym(t, i + 1, ".") &&
        isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Word) && isCapitalized(t[i + 3].text) &&
        titleAbbreviations().count(w) == 0 && !(w == "X" && isWordIn(t, i >= 2 ? i - 2 : t.size(), {"on", "via"}))) {
        // (An "A" alone is the article "uh" to eSpeak NG: "Grace A. Smith" is the letter, "eh".)
        return Match{2, w == "A" ? std::string("eh") : w, "initials"};
    }
    // "Col. (ret.) Ann Wright", "Brig (retd) Ahmed": a rank held until retirement.
    if ((lw == "ret" || lw == "retd" || lw == "rtd") && i >= 1 && isSym(t, i - 1, "(") &&
        (isSym(t, i + 1, ")") || (isSym(t, i + 1, ".") && isSym(t, i + 2, ")")))) {
        return Match{isSym(t, i + 1, ".") ? std::size_t{2} : std::size_t{1}, "retired", "abbreviation"};
    }
    // "Dr. (Prof.) Anil Deshmukh": a second title in brackets after the first, before the name.
    if (const auto title = titleAbbreviations().find(w); title != titleAbbreviations().end() && i >= 4 && isSym(t, i - 1, "(") &&
                                                         isSym(t, i + 1, ".") && isSym(t, i + 2, ")") && isKind(t, i - 2, Kind::Space) &&
                                                         isSym(t, i - 3, ".") && isKind(t, i - 4, Kind::Word) &&
                                                         titleAbbreviations().count(t[i - 4].text) != 0) {
        return Match{2, title->second, "abbreviation"};
    }
    // "Maj. (res.) Tal Shaulov", "Brigadier general, res. Amir Avivi": a reservist's rank, as Israel's press writes it.
    if (w == "res" && isSym(t, i + 1, ".") && i >= 2 &&
        ((isSym(t, i - 1, "(") && isSym(t, i + 2, ")")) ||
         (isKind(t, i - 1, Kind::Space) && (isSym(t, i - 2, ".") || isSym(t, i - 2, ",")) && isKind(t, i + 2, Kind::Space) &&
          isKind(t, i + 3, Kind::Word) && isCapitalized(t[i + 3].text)))) {
        return Match{2, isSym(t, i - 1, "(") ? "reserve" : "reserve,", "abbreviation"};
    }
    // "the 1st Bn, 3rd Marines", "4th Bde": a unit of an army after its number.
    if ((w == "Bn" || w == "Bde" || w == "Regt" || w == "Coy") && i >= 3 && isKind(t, i - 1, Kind::Space) &&
        isWordIn(t, i - 2, {"st", "nd", "rd", "th"}) && isKind(t, i - 3, Kind::Number)) {
        const bool dot = isSym(t, i + 1, ".") && i + 2 < t.size();
        return Match{dot ? std::size_t{2} : std::size_t{1},
                     w == "Bn" ? "Battalion" : w == "Bde" ? "Brigade" : w == "Regt" ? "Regiment" : "Company", "abbreviation"};
    }
    // "my right hon. Friend", "I remind hon. Members", "the hon. and learned Gentleman": Parliament's honourable, written small.
    if (w == "hon" && isSym(t, i + 1, ".") && isKind(t, i + 2, Kind::Space) &&
        isWordIn(t, i + 3, {"member", "members", "friend", "friends", "gentleman", "gentlemen", "lady", "ladies", "and", "colleague", "colleagues"})) {
        return Match{2, "honourable", "abbreviation"};
    }
    // "Collingwood 12.10 (82) def Carlton", "Sinner def. Alcaraz": a result's "defeated".
    // ("Carlos Alcaraz (3), Spain, def. Holger Rune": after the winner's country, in a results list.)
    if (w == "def" && i >= 2 && (isSym(t, i - 2, ")") || isSym(t, i - 2, ",") || isKind(t, i - 2, Kind::Number) ||
                                 (isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text)))) {
        const std::size_t dot = isSym(t, i + 1, ".") ? 1 : 0;
        if (isKind(t, i + 1 + dot, Kind::Space) && isKind(t, i + 2 + dot, Kind::Word) && isCapitalized(t[i + 2 + dot].text)) {
            return Match{1 + dot, "defeated", "abbreviation"};
        }
    }
    // "near Km 43": a road's kilometre marker.
    if ((w == "Km" || w == "KM") && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Number) && (i == 0 || !isKind(t, i - 2, Kind::Number))) {
        return Match{1, "kilometer", "abbreviation"};
    }
    // "(est. 1999)", "Est. 1887": a firm's founding year, "established"; before an amount it is "estimated".
    if ((w == "est" || w == "Est") && isSym(t, i + 1, ".") && isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Number) &&
        t[i + 3].text.size() == 4 && digitsOnly(t[i + 3].text) && !isPluralNounAt(t, skip(t, i + 4)) && !isSym(t, i + 4, ",") &&
        toInt(t[i + 3].text) >= 1000 && toInt(t[i + 3].text) <= 2100) {
        return Match{2, "established", "abbreviation"};
    }
    // "Pub. L. 117-169": a United States public law.
    if (w == "Pub" && isSym(t, i + 1, ".") && isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Word) && t[i + 3].text == "L" &&
        isSym(t, i + 4, ".")) {
        return Match{5, "Public Law", "abbreviation"};
    }
    // "ex-gov. Jones", "Ex-sen. Smith": a former title, in lower case after its hyphen.
    if (i >= 1 && isSym(t, i - 1, "-") && isSym(t, i + 1, ".") && isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Word) &&
        isCapitalized(t[i + 3].text)) {
        if (const std::string* title = titleWrittenSmall(w)) return Match{2, lowerAscii(*title), "abbreviation"};
    }
    // "at km 62", "between km 122 and km 132": a point on a route named by its distance from the start, "kilometer
    // sixty-two" (after a figure, "62 km", it is a length).
    if ((w == "km" || w == "KM") && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Number) && digitsOnly(t[i + 2].text) &&
        !(i >= 2 && isKind(t, i - 2, Kind::Number))) {
        return Match{1, "kilometer", "abbreviation"};
    }
    // "Bloor St. E. between", "Queen St W,": a city's quarter after a street's type, with no house number before it.
    // (A subway's lettered line after a station's street is no quarter: "the 8th Ave E train", "4th Ave N and R trains".)
    const auto lineLetter = [&] {
        if (w.size() != 1) return false;
        const std::size_t k = skip(t, i + (isSym(t, i + 1, ".") ? 2 : 1));
        return isWordIn(t, k, {"train", "trains", "line", "lines", "service", "services", "shuttle", "platform", "platforms"}) ||
               (isWordIn(t, k, {"and", "or"}) && isKind(t, skip(t, k + 1), Kind::Word) && t[skip(t, k + 1)].text.size() == 1) ||
               (isSym(t, k, ",") && isKind(t, skip(t, k + 1), Kind::Word) && t[skip(t, k + 1)].text.size() == 1);
    };
    if (const auto d = directions().find(w); d != directions().end() && w.size() <= 2 && i >= 2 && isKind(t, i - 1, Kind::Space) &&
                                             !isKind(t, i + 1, Kind::Word) && !isKind(t, i + 1, Kind::Number) && !isSym(t, i + 1, "-") &&
                                             !isSym(t, i + 1, "'") && !lineLetter()) {
        const std::size_t type = isSym(t, i - 2, ".") && i >= 3 ? i - 3 : i - 2;
        // (Not an initial before a name: "Minister Dr S Jaishankar".)
        const std::size_t following = skip(t, i + (isSym(t, i + 1, ".") ? 2 : 1));
        const bool nameAfter = isKind(t, following, Kind::Word) && isCapitalized(t[following].text);
        // (Or a numbered street's, "3rd St. NW", "14th Ave E".)
        const bool numbered = type >= 3 && isWordIn(t, type - 2, {"st", "nd", "rd", "th"}) && isKind(t, type - 3, Kind::Number);
        if (isKind(t, type, Kind::Word) && streetTypes().count(t[type].text) != 0 && type >= 2 && isKind(t, type - 1, Kind::Space) &&
            isKind(t, type - 2, Kind::Word) && (isCapitalized(t[type - 2].text) || numbered) && !nameAfter && t[type].text != "Dr") {
            // (Its dot stays where it ends the sentence.)
            const bool dot = isSym(t, i + 1, ".") && i + 2 < t.size();
            return Match{dot ? std::size_t{2} : std::size_t{1}, d->second, "abbreviation"};
        }
    }
    // A transcript's speaker in capitals, its title too: "SEN. MARIA CANTWELL (D-Wash.):", "REP. JIM JORDAN:".
    if (const std::string* title = capitalTitleBeforeCapitalName(t, i)) return Match{2, *title, "abbreviation"};
    // "2hrs 40mins (inc. one interval)", "£25 inc. VAT": including, in small letters before what it includes ("Acme Inc." is
    // incorporated).
    // ("his marginal inc. tax bracket" is income's.)
    if (w == "inc" && isSym(t, i + 1, ".") && isKind(t, i + 2, Kind::Space) && !(i >= 2 && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text)) &&
        !isWordIn(t, i + 3, {"tax", "taxes", "support", "protection"}) &&
        ((isKind(t, i + 3, Kind::Number) && !(t[i + 3].text.size() == 4 && (t[i + 3].text.rfind("19", 0) == 0 || t[i + 3].text.rfind("20", 0) == 0))) ||
         (isKind(t, i + 3, Kind::Word) && (std::islower(static_cast<unsigned char>(t[i + 3].text[0])) ||
                                                                           isWordIn(t, i + 3, {"vat", "gst", "tax", "p&p"}))))) {
        return Match{2, "including", "abbreviation"};
    }
    // "Assoc Prof Md Rahman": an associate professor, and Malaysia's and Bangladesh's "Md" before a name, Mohamed.
    if ((w == "Assoc" || w == "Asso") && (isSym(t, i + 1, ".") ? isWordIn(t, i + 3, {"prof", "professor"}) : isWordIn(t, i + 2, {"prof", "professor"}))) {
        return Match{isSym(t, i + 1, ".") ? std::size_t{2} : std::size_t{1}, "Associate", "abbreviation"};
    }
    if (w == "Md" && (isSym(t, i + 1, ".") ? isKind(t, i + 3, Kind::Word) && isCapitalized(t[i + 3].text)
                                           : isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) && isCapitalized(t[i + 2].text) &&
                                                 !isUpperWord(t[i + 2].text))) {
        return Match{isSym(t, i + 1, ".") ? std::size_t{2} : std::size_t{1}, "Mohamed", "abbreviation"};
    }
    // "the $4.80 fav", "2/1 jt-fav": a race's favourite, as racing copy writes it.
    if ((w == "fav" || w == "favs") && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        (isKind(t, i - 2, Kind::Number) || isWordIn(t, i - 2, {"the", "a", "hot", "joint", "second", "clear", "odds-on", "beaten"}))) {
        return Match{isSym(t, i + 1, ".") && i + 2 < t.size() ? std::size_t{2} : std::size_t{1}, w == "fav" ? "favourite" : "favourites", "abbreviation"};
    }
    // "7 yrs' rigorous imprisonment", "aged 5 yrs": years, written short after a figure.
    // ("in yr 2", "Yr 10 pupils": a year of a course or of school by its number.)
    if ((w == "yr" || w == "Yr") && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Number) && digitsOnly(t[i + 2].text) &&
        t[i + 2].text.size() <= 2) {
        return Match{1, w == "Yr" ? "Year" : "year", "abbreviation"};
    }
    if ((w == "yrs" || w == "yr") && i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Number)) {
        return Match{1, w == "yr" && t[i - 2].text == "1" ? "year" : "years", "abbreviation"};
    }
    // "Addl. Solicitor General", "Addl. Sessions Judge": additional, in an Indian title.
    if ((w == "Addl" || w == "Addnl") && isSym(t, i + 1, ".") && isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Word) &&
        isCapitalized(t[i + 3].text)) {
        return Match{2, "Additional", "abbreviation"};
    }
    // "Rev. Proc. 2024-40", "Rev. Rul. 99-7": the tax office's Revenue Procedure and Revenue Ruling (the "Rev." below).
    if ((w == "Proc" || w == "Rul") && i >= 3 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ".") && isWordIn(t, i - 3, {"rev"}) &&
        isSym(t, i + 1, ".")) {
        return Match{i + 2 < t.size() ? std::size_t{2} : std::size_t{1}, w == "Proc" ? "Procedure" : "Ruling", "abbreviation"};
    }
    if (!isListedAbbreviation(w)) return std::nullopt;
    const bool dotted = isSym(t, i + 1, ".");
    const std::size_t used = dotted ? 2 : 1;
    const std::size_t after = skip(t, i + used);
    const Token* next = tok(t, after);
    const bool spaced = isKind(t, i + used, Kind::Space);
    // (A rank's "(ret.)" or "(Dr)" stands between it and the name.)
    const bool retired = (isSym(t, after, "(") && isWordIn(t, after + 1, {"ret", "retd", "rtd", "res", "dr", "prof"}) &&
                          (isSym(t, after + 2, ".") || isSym(t, after + 2, ")"))) ||
                         (dotted && isKind(t, after, Kind::Word) && t[after].text == "res" && isSym(t, after + 1, "."));
    // (So does a rank's ordinal: "Sgt. 1st Class".)
    const bool rankOrdinal = next != nullptr && next->kind == Kind::Number && isWordIn(t, after + 1, {"st", "nd", "rd", "th"}) &&
                             isKind(t, after + 2, Kind::Space) && isKind(t, after + 3, Kind::Word) && isCapitalized(t[after + 3].text);
    const bool nextCapital = spaced && next != nullptr && ((next->kind == Kind::Word && isCapitalized(next->text)) || retired || rankOrdinal);
    const bool nextNumber = next != nullptr && next->kind == Kind::Number && (spaced || dotted);
    // "E. 42nd St.": a direction before a street named by its number ("SE 82nd Avenue" too, with the street's
    // type after it: two capitals alone are as often an initialism).
    const auto streetTypeWord = [&](std::size_t k) {
        if (!isKind(t, k, Kind::Word)) return false;
        if (streetTypes().count(t[k].text) != 0) return true;
        return std::any_of(streetTypes().begin(), streetTypes().end(), [&](const auto& entry) { return entry.second == t[k].text; });
    };
    if (const auto d = directions().find(w);
        d != directions().end() && nextNumber && isWordIn(t, after + 1, {"st", "nd", "rd", "th"}) &&
        (dotted || w.size() == 1 || (w.size() == 2 && isKind(t, after + 2, Kind::Space) && streetTypeWord(after + 3)))) {
        return Match{used, d->second, "abbreviation"};
    }
    // "Oak Ave", "AT&T Blvd", "King Jr. Blvd", "5th Ave.": a capitalized name (or an abbreviation in it,
    // or a numbered street) just before.
    const bool prevOrdinal = i >= 3 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"st", "nd", "rd", "th"}) &&
                             isKind(t, i - 3, Kind::Number);
    // A capital that only starts the sentence ("The St. Louis Cardinals", "From Co. Kerry") is no name.
    const std::string& before = previousWord(t, i);
    static const std::unordered_set<std::string> kSentenceStarters{"The", "A", "An", "In", "At", "On", "From", "To", "Of",
                                                                   "For", "By", "With", "And", "But", "Near", "Like"};
    const bool prevCapital = (isCapitalized(before) && kSentenceStarters.count(before) == 0) || prevOrdinal || (i >= 2 && isSym(t, i - 2, "&")) ||
                             (i >= 3 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ".") && isKind(t, i - 3, Kind::Word) &&
                              isCapitalized(t[i - 3].text));
    // The dot also ended the sentence when nothing follows: keep one.
    const std::string tail = dotted && i + 2 >= t.size() ? "." : "";
    // "in Oct, the plan…", "since Sept", "mid-Oct": a month written short without its dot or a day after it,
    // after a word that names a time (a name, "Jan said", stays).
    if (const int month = monthFromName(w); month != 0 && w.size() >= 3 && !dotted && !nextNumber && !nextCapital &&
                                            std::isupper(static_cast<unsigned char>(w[0])) &&
                                            // (Words that name a time only: "sold by Jan", "the death of Jan" name a man.)
                                            (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"in", "since", "until", "till", "through",
                                                                                     "last", "next", "early", "late", "mid"}) ||
                                             (i >= 2 && isSym(t, i - 1, "-") && isWordIn(t, i - 2, {"mid", "early", "late"})))) {
        return Match{1, monthName(month), "abbreviation"};
    }
    // Titles and ranks before a name, dotted or not: "Gen. Kim", "Mr Smith", "Cllr Hughes".
    // "Gen Z", "Gen X": an undotted title before a lone letter is a word of its own.
    // ("Capt K Subramaniam": an initial, a surname after it, is a name's.)
    const bool initialOfName = w != "Gen" && after + 2 < t.size() && isKind(t, after + 1, Kind::Space) && isKind(t, after + 2, Kind::Word) &&
                               isCapitalized(t[after + 2].text) && t[after + 2].text.size() >= 3;
    const bool loneLetterNext = next != nullptr && next->kind == Kind::Word && next->text.size() == 1 && !initialOfName;
    // ("Ng Eng Hen", "Er" as a word: the titles that are also names or words count only with their dot.)
    const bool dotOnly = w == "Eng" || w == "Er" || w == "Adv" || w == "Ald" || w == "Ma";
    // ("said Amartya Sen. He…", "By Meghna Sen. Published…": a surname that ends a sentence, when the next one
    // opens on a word no name is.)
    // (Only the short forms that are surnames too: "Dr. Who", "Professor Dr. Read" keep their title.)
    const bool surnameToo = w == "Sen" || w == "Gen" || w == "Col" || w == "Rep" || w == "Gov" || w == "Maj" || w == "Fr" || w == "Amb" ||
                            w == "Pres" || w == "Det" || w == "Dep" || w == "Const" || w == "Capt" || w == "Brig";
    const bool sentenceNext = surnameToo && dotted && isCapitalized(before) && kSentenceStarters.count(before) == 0 && next != nullptr &&
                              isWordIn(t, after, {"he", "she", "it", "they", "we", "the", "this", "that", "these", "those", "his", "her", "its",
                                                  "their", "our", "in", "on", "at", "but", "and", "published", "updated", "after",
                                                  "before", "when", "while", "if", "now", "then", "there", "here", "what", "who",
                                                  "from", "read", "photo", "copyright"});
    // Inside a police rank, before the rank it qualifies: "Det. Sen. Sgt Wood" is a Detective Senior Sergeant, no senator.
    if (w == "Sen" && next != nullptr && next->kind == Kind::Word &&
        (next->text == "Sgt" || next->text == "Sergeant" || next->text == "Const" || next->text == "Constable" || next->text == "Insp")) {
        return Match{used, "Senior", "abbreviation"};
    }
    // "Ohio Rev. Code", "Ariz. Rev. Stat.": a state's Revised laws; "Rev. Proc. 2024-40", "Rev. Rul.": the tax office's
    // Revenue Procedure and Ruling. No reverend is named so.
    if (w == "Rev" && next != nullptr && next->kind == Kind::Word) {
        if (next->text == "Code" || next->text == "Stat" || next->text == "Stats" || next->text == "Statutes") return Match{used, "Revised", "abbreviation"};
        if (next->text == "Proc" || next->text == "Rul") return Match{used, "Revenue", "abbreviation"};
    }
    // ("Datuk Ho Hon Sang": "Hon" undotted between a name's capitals is a name's syllable, not "the Hon John Smith".)
    // (Not after a title or a post, "Finance Minister Hon Cassiel Ato Forson", "The Rt. Hon Keir Starmer": the name's syllable
    // follows a short name, "Ho".)
    if (w == "Hon" && !dotted && prevCapital && before.size() <= 4 && !isUpperWord(before) && titleAbbreviations().count(before) == 0 &&
        before != "Rt" && before != "The" && !(i >= 3 && isSym(t, i - 2, "."))) {
        return std::nullopt;
    }
    // ("Caracas, Ven. Jose Perez said": a country written short after its city, no venerable.)
    // ("the Naval Consolidated Brig Miramar", "the Navy Brig": a military jail's name, after the navy's words; "Retired Brig John
    // Smith", "British Army Brig Amy Lee" are the rank.)
    const bool placeShort = (w == "Ven" && i >= 2 && isSym(t, i - 2, ",")) ||
                            (w == "Brig" && !dotted && (before == "Consolidated" || before == "Naval" || before == "Navy"));
    if (const auto title = titleAbbreviations().find(w);
        title != titleAbbreviations().end() && nextCapital && !sentenceNext && !placeShort && (dotted || (!loneLetterNext && !dotOnly)) &&
        !(w == "Ma" && !isMariaWrittenShort(before, next->text))) {
        return Match{used, title->second, "abbreviation"};
    }
    // "Agnes (nee Murray)": born, in the French word written without its accent ("nay"), before the maiden name.
    if (w == "nee" && nextCapital) return Match{1, "nay", "abbreviation"};
    // "trails former Del. Jay Jones": a state delegate's title, after a word in lower case and before a name
    // ("Dover, Del. The…" is Delaware's, after its town's comma).
    if (w == "Del" && dotted && nextCapital && !before.empty() && std::islower(static_cast<unsigned char>(before[0])) &&
        kSentenceStarters.count(next->text) == 0 && before != "in" && before != "of" && before != "from" && before != "to" &&
        before != "at" && before != "near") {
        return Match{used, "Delegate", "abbreviation"};
    }
    // "Priya d/o Ramasamy", "Kumar s/o Rajan": daughter of, son of, as South and Southeast Asia write a name.
    if ((w == "d" || w == "s") && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Word) && t[i + 2].text == "o" && isKind(t, i + 3, Kind::Space) &&
        isKind(t, i + 4, Kind::Word) && isCapitalized(t[i + 4].text)) {
        return Match{3, w == "d" ? "daughter of" : "son of", "abbreviation"};
    }
    // "Att: 73,412": a match's attendance under its report.
    if (w == "Att" && isSym(t, i + 1, ":") && isKind(t, skip(t, i + 2), Kind::Number)) return Match{1, "Attendance", "abbreviation"};
    // ("Cr Metcalf": Australian and New Zealand councils write it so.)
    // ("Cr. Laufiso": dotted too, the splitter having kept it with the name.)
    const bool shoutedSpeaker = w == "CR" && dotted && next != nullptr && next->text.size() >= 2 && isUpperWord(next->text);
    if ((w == "Cllr" || shoutedSpeaker || (w == "Cr" && !(dotted && next != nullptr && kSentenceStarters.count(next->text) != 0))) && nextCapital) {
        return Match{used, "Councillor", "abbreviation"};
    }
    // "1st inns", "2nd inn": a cricket scorecard's innings after its ordinal.
    if ((w == "inns" || w == "inn") && i >= 3 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"st", "nd", "rd", "th"}) &&
        isKind(t, i - 3, Kind::Number)) {
        return Match{used, "innings", "abbreviation"};
    }
    // "S/Sgt. Renée Thibodeau": a staff sergeant, as Canada's police write the rank.
    if (w == "S" && isSym(t, i + 1, "/") && isKind(t, i + 2, Kind::Word) && t[i + 2].text == "Sgt") return Match{2, "Staff ", "abbreviation"};
    // "Det.-Sgt. Ryan Kowalski", "Lt.-Col. Ana Ruiz": a rank and the rank it qualifies joined by a hyphen, as Canada's police and
    // forces write them.
    if (titleAbbreviations().count(w) != 0 && isSym(t, i + 1, ".") && isSym(t, i + 2, "-") && isKind(t, i + 3, Kind::Word) &&
        titleAbbreviations().count(t[i + 3].text) != 0) {
        return Match{3, titleAbbreviations().at(w) + " ", "abbreviation"};
    }
    // "Det Ch Insp", "Ch Supt": Chief, inside a rank.
    if (w == "Ch" && next != nullptr && next->kind == Kind::Word && titleAbbreviations().count(next->text) != 0) {
        return Match{used, "Chief", "abbreviation"};
    }
    // A rank without a name: "the Lt. Col.", "a 2nd Lt.", "the Sgt." (dotted, after an article or a rank).
    if (const auto title = titleAbbreviations().find(w); title != titleAbbreviations().end() && dotted &&
        (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"the", "a", "an", "st", "nd", "rd", "th"}) ||
         (i >= 3 && isSym(t, i - 2, ".") && (titleAbbreviations().count(t[i - 3].text) != 0 || t[i - 3].text == "Atty"))) &&
        (w == "Lt" || w == "Col" || w == "Sgt" || w == "Maj" || w == "Capt" || w == "Gen" || w == "Cpl" || w == "Adm" ||
         w == "Cmdr" || w == "Det" || w == "Insp" || w == "Supt")) {
        std::string rank = title->second;
        rank[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(rank[0])));
        return Match{used, rank + tail, "abbreviation"};
    }
    // ("Daniel St-Pierre", "Ste-Foy": a French name's saint joined to it by a hyphen.)
    // ("the George St-Park St intersection": two streets joined, each with its type.)
    if ((w == "St" || w == "Ste") && isSym(t, i + 1, "-") && isKind(t, i + 2, Kind::Word) && isCapitalized(t[i + 2].text) &&
        !(isKind(t, i + 3, Kind::Space) && isKind(t, i + 4, Kind::Word) && streetTypes().count(t[i + 4].text) != 0)) {
        return Match{1, w == "St" ? "Saint" : "Sainte", "abbreviation"};
    }
    if (w == "St" && !dotted && nextCapital && !prevCapital) return Match{1, "Saint", "abbreviation"};  // "St Paul's"
    if (w == "St" && !dotted && prevCapital && !nextCapital) return Match{1, "Street", "abbreviation"};  // "Oxford St"
    // ("Queen St W", "Bloor St East": a street's quarter after it.)
    if (w == "St" && !dotted && prevCapital && next != nullptr && next->kind == Kind::Word &&
        (directions().count(next->text) != 0 || isWordIn(t, after, {"north", "south", "east", "west"}))) {
        return Match{1, "Street", "abbreviation"};
    }
    // "To St. Brendan's", "St Mary's": a saint's church or school, whatever the headline's capitals say.
    if (w == "St" && nextCapital && next != nullptr && (isSym(t, after + 1, "'") || isSym(t, after + 1, "\xE2\x80\x99")) &&
        isWordIn(t, after + 2, {"s"})) {
        return Match{used, "Saint", "abbreviation"};
    }
    if (w == "St" && dotted) {  // "St. Louis" is a saint, "Main St." a street
        if (nextCapital && !prevCapital) return Match{2, "Saint", "abbreviation"};
        // "Fort St. John", "Port St. Lucie", "OSF St. Joseph": between capitals, a saint after the first word of
        // a place's name or a hospital's initials; after "Mount" or "Lake" only before a saint's name ("Mount St.
        // Helens"; London's "Mount St." and Minneapolis's "Lake St." are streets). After a street's name, "High
        // St. John said", the dot ends the sentence and it is a street.
        // ("Mount St. Benedict Cemetery", "Our Lady of Mount St. Mary Church": a saint's name before what a saint names.)
        // (After "Mount" or "Lake" only: "Main St. Baptist Church" is a street's church.)
        if (prevCapital && nextCapital && isKind(t, after + 1, Kind::Space) && (before == "Mount" || before == "Mt" || before == "Lake") &&
            !isWordIn(t, after, {"baptist", "elementary", "catholic", "methodist", "presbyterian", "lutheran", "episcopal", "community",
                                 "middle", "high", "junior", "senior", "public", "united", "first", "christian", "memorial", "primary"}) &&
            isWordIn(t, after + 2, {"cemetery", "church", "hospital", "school", "college", "parish", "abbey", "cathedral", "academy",
                                    "university", "chapel", "basilica", "monastery", "seminary", "priory", "convent"})) {
            return Match{2, "Saint", "abbreviation"};
        }
        if (prevCapital && nextCapital) {
            static constexpr WordSet kPlaceWords({"Fort", "Port", "Sault", "Cape", "Point", "Isle"});
            // (Saints that name a mountain or a lake alone, "Helens", "Clair"; the others only where the name
            // ends there, "Lake St. Louis.", not "Lake St. Paul said".)
            static constexpr WordSet kPlaceSaints({"Helens", "Clair"});
            static constexpr WordSet kSaints({"Lucie", "Lucia", "Kitts", "Croix", "Albans", "Catharines", "Petersburg",
                                                       "Augustine", "Cloud", "Louis", "Paul", "Joseph", "John", "Johns"});
            const bool initials = before.size() >= 2 && std::all_of(before.begin(), before.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
            const bool mountOrLake = (before == "Mount" || before == "Lake") &&
                                     (kPlaceSaints.count(next->text) != 0 || (kSaints.count(next->text) != 0 && !isKind(t, after + 1, Kind::Space)));
            // (A double-barrelled surname after a given name, "Oliver St. John-Pryce"; a surname that is a saint's
            // name after a given name, "Mary St. Clair", where no street's own word stands before it, "High St.".)
            static constexpr WordSet kSaintSurnames({"Clair", "Claire", "Pierre", "Laurent", "Germain", "Leger", "Cyr", "Denis",
                                                              "Onge", "Amand", "Aubin", "Croix", "Jean", "Hilaire", "Vincent"});
            static constexpr WordSet kStreetWords({"High", "Main", "Market", "Church", "Bridge", "Front", "King", "Queen", "Park",
                                                            "Water", "Mill", "Broad", "Station", "North", "South", "East", "West", "New",
                                                            "Old", "Grand", "Elm", "Oak", "Maple", "Pine", "Cedar"});
            const bool surname = (isSym(t, after + 1, "-") && isKind(t, after + 2, Kind::Word) && isCapitalized(t[after + 2].text)) ||
                                 (kSaintSurnames.count(next->text) != 0 && kStreetWords.count(before) == 0);
            // (A middle initial before it, "Ashley R. St. John": a surname; no street is named by an initial.)
            // (Not a lettered street after its number or before its quarter: "1200 G. St. NW".)
            const bool afterInitial = i >= 3 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ".") && isKind(t, i - 3, Kind::Word) &&
                                      t[i - 3].text.size() == 1 && std::isupper(static_cast<unsigned char>(t[i - 3].text[0])) &&
                                      !(i >= 5 && isKind(t, i - 5, Kind::Number)) &&
                                      !isWordIn(t, after, {"nw", "ne", "sw", "se", "n", "s", "e", "w"});
            // (A hyphenated given name before it, "Amon-Ra St. Brown": a person's; no street is named so.)
            // (A street's quarter after it, "Sainte-Catherine St. West", makes it a street.)
            const bool afterHyphenatedName = i >= 4 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 3, "-") && isKind(t, i - 4, Kind::Word) &&
                                             isCapitalized(t[i - 4].text) && directions().count(next->text) == 0 &&
                                             !isWordIn(t, after, {"north", "south", "east", "west", "police"});
            // ("East St. Louis", "West St. Paul", "North St. Paul": a city named by its quarter before its saint's name, the name
            // ending there.)
            const bool quarterCity = (before == "East" || before == "West" || before == "North" || before == "South") &&
                                     isWordIn(t, after, {"louis", "paul"}) && !(isKind(t, after + 2, Kind::Word) && isCapitalized(t[after + 2].text));
            if (kPlaceWords.count(before) != 0 || initials || mountOrLake || surname || afterInitial || afterHyphenatedName || quarterCity) {
                return Match{2, "Saint", "abbreviation"};
            }
        }
        if (prevCapital) return Match{2, "Street" + tail, "abbreviation"};
        if (nextCapital) return Match{2, "Saint", "abbreviation"};
    }
    // "a 19th c. chapel": a century after its ordinal.
    if ((w == "c" || w == "C") && dotted && i >= 3 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"st", "nd", "rd", "th"}) &&
        isKind(t, i - 3, Kind::Number)) {
        return Match{2, "century" + tail, "abbreviation"};
    }
    // "the 9th Cir.": a federal appeals court after its number, not a street's circle.
    if (w == "Cir" && i >= 3 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"st", "nd", "rd", "th"}) && isKind(t, i - 3, Kind::Number)) {
        return Match{used, "Circuit" + tail, "abbreviation"};
    }
    // "won in Rd 7": a round before its number, where no street's name comes before.
    if (w == "Rd" && nextNumber && spaced && !prevCapital) return Match{used, "round", "abbreviation"};
    // "Sault Ste. Marie", "Rue Ste. Catherine": a woman saint's "Sainte" before her name (a suite has a number or a letter).
    if (w == "Ste" && dotted && spaced && next != nullptr && next->kind == Kind::Word && next->text.size() >= 3 && isCapitalized(next->text) &&
        !isUpperWord(next->text)) {
        return Match{2, "Sainte", "abbreviation"};
    }
    // ("Ste. B,", "Apt. C.": a suite, a flat or a building named by its letter.)
    if ((w == "Ste" || w == "Apt" || w == "Bldg") && dotted && spaced && next != nullptr && next->kind == Kind::Word && next->text.size() == 1 &&
        std::isupper(static_cast<unsigned char>(next->text[0])) && !isKind(t, after + 1, Kind::Word) && !isKind(t, after + 1, Kind::Space)) {
        return Match{2, streetTypes().at(w), "abbreviation"};
    }
    // Street types after a street's name ("Maple Ct.", "Clay Ln", "Hwy 101", "Rte. 66").
    if (const auto street = streetTypes().find(w); street != streetTypes().end() && w != "St" && w != "Mt") {
        // (Before the city's quarter too, "Main Ave E", "14th Ave NW"; a numbered street's type after its ordinal.)
        const std::size_t afterNext = next != nullptr ? skip(t, i + (dotted ? 2 : 1)) + 1 : t.size();
        const bool quarterNext = next != nullptr && next->text.size() <= 2 && directions().count(next->text) != 0 &&
                                 !(next->text.size() == 1 && (isWordIn(t, skip(t, afterNext), {"train", "trains", "line", "lines", "service", "shuttle"}) ||
                                                              isWordIn(t, skip(t, afterNext), {"and", "or"})));
        const bool numbered = i >= 3 && isWordIn(t, i - 2, {"st", "nd", "rd", "th"}) && isKind(t, i - 3, Kind::Number);
        if ((prevCapital && (dotted || !nextCapital || quarterNext)) || (numbered && quarterNext) || nextNumber) {
            return Match{used, street->second + tail, "abbreviation"};
        }
    }
    // "1st and 2nd Aves.", "Main and Elm Sts.": two streets of a type, named once.
    if (prevCapital || (i >= 3 && isWordIn(t, i - 2, {"st", "nd", "rd", "th"}) && isKind(t, i - 3, Kind::Number))) {
        if (const std::string plural = streetTypePlural(w); !plural.empty()) return Match{used, plural + tail, "abbreviation"};
    }
    if (w == "Dr" && prevCapital && dotted) return Match{2, "Drive" + tail, "abbreviation"};
    // ("No. P-4471", "No. A12": before a code with figures in it.)
    // ("Case No. R-QZN-22-04417-CR": letters and figures between dashes, a court's docket.)
    bool docket = false;
    for (std::size_t k = after + 1; k < t.size() && k <= after + 8 && !docket && (isDash(t, k) || isKind(t, k, Kind::Number) || isKind(t, k, Kind::Word)); ++k) {
        docket = isKind(t, k, Kind::Number) && isDash(t, k - 1);
    }
    const bool codeNext = next != nullptr && next->kind == Kind::Word && spaced && std::isupper(static_cast<unsigned char>(next->text[0])) &&
                          // ("award no. DE-SC0021266": letters, a dash, then letters glued to figures.)
                          ((next->text.size() <= 3 && (isKind(t, after + 1, Kind::Number) || (isDash(t, after + 1) && isKind(t, after + 2, Kind::Number)) ||
                                                       (isDash(t, after + 1) && isKind(t, after + 2, Kind::Word) && isKind(t, after + 3, Kind::Number)))) ||
                           (isDash(t, after + 1) && docket));
    if ((w == "No" || w == "Nos" || w == "no") && (nextNumber || codeNext) && dotted) {
        return Match{2, w == "Nos" ? "numbers" : "number", "abbreviation"};
    }
    // "Cat. 4 strength", "a Cat 5 hurricane": a storm's category, a figure from one to five after it, where the sentence or the story
    // speaks of storms ("the Cat. 4 bus" is no storm's).
    // (The figure ends the phrase or a storm's word follows it: "a tabby named Cat. 3 weeks on" is a cat's name.)
    const bool stormAfter = after + 1 >= t.size() || !isKind(t, after + 1, Kind::Space) ||
                            isWordIn(t, after + 2, {"hurricane", "storm", "strength", "cyclone", "typhoon", "status", "system", "intensity",
                                                    "level", "winds", "category"});
    if ((w == "Cat" || w == "cat") && nextNumber && spaced && stormAfter && next != nullptr && next->text.size() == 1 && next->text[0] >= '1' &&
        next->text[0] <= '5' && anyWordIn(t, {"hurricane", "hurricanes", "storm", "storms", "cyclone", "typhoon", "strength", "winds", "landfall", "strengthened", "strengthens",
                      "weakened", "forecasters"})) {
        return Match{dotted ? std::size_t{2} : std::size_t{1}, w == "Cat" ? "Category" : "category", "abbreviation"};
    }
    // "your roll no., school no. and date of birth": a form's field, the number of the thing named before it.
    if (w == "no" && dotted && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        isWordIn(t, i - 2, {"roll", "school", "serial", "account", "registration", "reference", "ref", "phone", "mobile", "contact", "case", "file",
                            "flat", "house", "plot", "seat", "ticket", "policy", "application", "admission", "enrolment", "enrollment", "aadhaar",
                            "passport", "vehicle", "invoice", "order", "tracking", "batch", "lot", "model", "part", "item", "room"})) {
        return Match{2, "number", "abbreviation"};
    }
    // "No 10", "the No 1 seed": British and sports copy write it without the dot (a capital N: "no 10
    // people" is the word).
    if (w == "No" && !dotted && nextNumber && spaced) return Match{1, "Number", "abbreviation"};
    // A weekday before a date or a comma: "Sat 12 Oct", "Tue., Sept. 9"; with its dot, unless an article
    // makes it a name ("He told The Sun.", "relative to the Sun.").
    const bool named = isWordIn(t, i >= 2 ? i - 2 : t.size(), {"the", "a"});
    // After a word of time ("on Weds", "every Thurs", "Mon and Weds") it is a day too.
    const auto weekdayAt = [&](std::size_t k) { return isKind(t, k, Kind::Word) && !weekdayName(t[k].text).empty(); };
    const bool dayWordBefore = w.size() >= 3 && (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"on", "every", "next", "last", "until",
                                                                                           "from", "by"}) ||
                                                 (i >= 4 && isWordIn(t, i - 2, {"and", "or", "to"}) && weekdayAt(i - 4)) ||
                                                 (isWordIn(t, i + 2, {"and", "or", "to", "through"}) && weekdayAt(i + 4)));
    // ("Ms Christine Sun, senior vice-president": a name's last word after its first, no day.)
    // (A given name after a title or another name, "Ms Christine", "Wei Sun": not "Open Mon", "Town Hall Sat, 10am".)
    // (A time after its comma, "Sat, 10am", "Sun, 14:00"; an age is none, "Ms Christine Sun, 34,".)
    const std::size_t afterComma = skip(t, i + used + 1);
    const bool timeAfter = isSym(t, i + used, ",") && isKind(t, afterComma, Kind::Number) &&
                           (t[afterComma].text.find(':') != std::string::npos || isWordIn(t, afterComma + 1, {"am", "pm", "a", "p"}));
    const bool afterName = !timeAfter && i >= 4 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text) &&
                           isKind(t, i - 3, Kind::Space) && isKind(t, i - 4, Kind::Word) &&
                           (isCapitalized(t[i - 4].text) || isWordIn(t, i - 4, {"Ms", "Mr", "Mrs", "Dr", "Prof"})) &&
                           !isWordIn(t, i - 2, {"Open", "Opens", "Closed", "Closes", "Hall", "Centre", "Center", "Park", "Street", "Road"}) &&
                           weekdayName(t[i - 2].text).empty() && monthFromName(t[i - 2].text) == 0;
    // ("6am Thu", "07:00 Sat": after a time of day.)
    const bool afterTime = i >= 2 && isKind(t, i - 1, Kind::Space) &&
                           (isWordIn(t, i - 2, {"am", "pm"}) || (isKind(t, i - 2, Kind::Word) && (lowerAscii(t[i - 2].text).ends_with("am") ||
                                                                                                   lowerAscii(t[i - 2].text).ends_with("pm")) &&
                                                                 std::isdigit(static_cast<unsigned char>(t[i - 2].text[0]))) ||
                            (isKind(t, i - 2, Kind::Number) && t[i - 2].text.find(':') != std::string::npos));
    // ("storms Tue night", "Wed night: Clear.": before a part of the day, as forecasts write it; "Sun" and "Sat" are
    // words too, in capitals at a sentence's start, and only count dotted or otherwise.)
    // (The part of the day in lower case, not a headline's "Couple Wed Morning After …"; and no name before it, "Nguyen Thi Thu
    // overnight".)
    const bool partOfDay = spaced && next != nullptr && w != "Sun" && w != "Sat" && std::isupper(static_cast<unsigned char>(w[0])) &&
                           std::islower(static_cast<unsigned char>(next->text[0])) &&
                           !(i >= 2 && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text) && i - 2 > 0) &&
                           isWordIn(t, i + used + 1, {"night", "morning", "afternoon", "evening", "overnight", "am", "pm"});
    if (const auto day = weekdays().find(w); day != weekdays().end() &&
                                             (nextNumber || (spaced && next != nullptr && monthFromName(next->text) != 0) ||
                                              (isSym(t, i + used, ",") && !afterName && (!named || timeAfter)) ||
                                              (dotted && !named && !afterName) || dayWordBefore ||
                                              afterTime || partOfDay ||
                                              // ("Sept 25 (Wed):": alone in brackets after a date; "(Sun)" a newspaper's name too.)
                                              (i >= 1 && isSym(t, i - 1, "(") && isSym(t, i + used, ")") && w != "Sun" && w.size() >= 3))) {
        return Match{used, day->second + tail, "abbreviation"};
    }
    // "by Feb or Mar 2025", "Inflation (Oct):", "the Dec figure": a month written short without its dot or a day, beside
    // another month, alone in brackets, or after "the" before the figure it dates ("Jan Smith", "to mar" stay as written).
    if (!dotted && w.size() >= 3 && std::isupper(static_cast<unsigned char>(w[0])) && w != "May") {
        const int month = monthFromName(w);
        const bool shortForm = month != 0 && w.size() <= 4 && (w.size() == 3 || w == "Sept");
        // (Another month: "Jun-Jun" is a nickname.)
        // (Not a name: "Jan and June Roberts", the other month before a surname.)
        const auto monthWordAt = [&](std::size_t k) {
            return isKind(t, k, Kind::Word) && isCapitalized(t[k].text) && monthFromName(t[k].text) != 0 && monthFromName(t[k].text) != month &&
                   !(isKind(t, k + 1, Kind::Space) && isKind(t, k + 2, Kind::Word) && isCapitalized(t[k + 2].text) && monthFromName(t[k + 2].text) == 0);
        };
        const bool coordinated = (isKind(t, i + 1, Kind::Space) && isWordIn(t, i + 2, {"or", "and", "to"}) && isKind(t, i + 3, Kind::Space) &&
                                  monthWordAt(i + 4)) ||
                                 (isDash(t, i + 1) && monthWordAt(i + 2)) ||
                                 (i >= 4 && isWordIn(t, i - 2, {"or", "and", "to"}) && monthWordAt(i - 4)) ||
                                 (i >= 2 && isDash(t, i - 1) && monthWordAt(i - 2));
        // (A label's month in brackets before its colon or figure, "Inflation (Oct): 33.88%"; "Johannes (Jan) de Vries" is a name.)
        const bool bracketed = i >= 1 && isSym(t, i - 1, "(") && isSym(t, i + 1, ")") &&
                               (i + 2 >= t.size() || isSym(t, i + 2, ":") || isSym(t, i + 2, ",") || isSym(t, i + 2, ".") ||
                                (isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Number)));
        const bool dating = i >= 2 && isWordIn(t, i - 2, {"the"}) && isKind(t, i + 1, Kind::Space) &&
                            isWordIn(t, i + 2, {"figure", "figures", "quarter", "reading", "data", "print", "number", "numbers", "meeting",
                                                "decision", "report", "total", "level", "rate", "high", "low", "survey", "poll", "release",
                                                "estimate", "forecast", "deadline"});
        if (shortForm && (coordinated || bracketed || dating) && !(w == "Mar" && !coordinated && !bracketed)) {
            return Match{1, monthName(month), "abbreviation"};
        }
    }
    if (!dotted) {
        // "Smith v Jones", "Arsenal v Chelsea": a case or a fixture.
        if (w == "v" && prevCapital && nextCapital) return Match{1, "versus", "abbreviation"};
        // (A party's role in brackets before it: "Halvorsen Shipping Ltd (Appellant) v Commissioners for HMRC (Respondent)".)
        if (w == "v" && nextCapital && i >= 3 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ")") && isKind(t, i - 3, Kind::Word) &&
            isCapitalized(t[i - 3].text)) {
            return Match{1, "versus", "abbreviation"};
        }
        // "at wk 52", "3 mths": a week or months written short.
        if ((w == "wk" || w == "Wk") && nextNumber && spaced) return Match{1, "week", "abbreviation"};
        if ((w == "mths" || w == "mth") && i >= 2 && isKind(t, i - 2, Kind::Number)) {
            return Match{1, w == "mth" ? "month" : "months", "abbreviation"};
        }
        // "FT: Real Madrid 3-2 Barcelona", "HT: Leeds 1-0 Hull": a result's full time or half time.
        if ((w == "FT" || w == "HT") && i == 0 && isSym(t, i + 1, ":") && anyNumberDash(t)) {
            return Match{1, w == "FT" ? "Full time" : "Half time", "abbreviation"};
        }
        // "Co Cork", "Co Durham": a county of Ireland or of the north of England, undotted.
        // ("Cos Galway and Mayo", "Cos. Cork and Kerry": the plural, Counties.)
        if ((w == "Co" || w == "Cos") && spaced && next != nullptr &&
            isWordIn(t, i + 2, {"antrim", "armagh", "carlow", "cavan", "clare", "cork", "derry", "donegal", "down", "dublin", "fermanagh",
                                "galway", "kerry", "kildare", "kilkenny", "laois", "leitrim", "limerick", "longford", "louth", "mayo",
                                "meath", "monaghan", "offaly", "roscommon", "sligo", "tipperary", "tyrone", "waterford", "westmeath",
                                "wexford", "wicklow", "durham"}) &&
            isCapitalized(next->text)) {
            return Match{1, w == "Cos" ? "Counties" : "County", "abbreviation"};
        }
        // "the Jamaica Urban Transit Co (JUTC)", "the Coca-Cola Co said", "Fujian Tianma Co Ltd": a company's name ending on
        // it undotted, after the name's capital and before no other (a county's name follows "Co").
        // (Two words of the name at least, or one hyphenated: "Zaldy Co", a Filipino surname, and "Mayo Co board", "Donegal Co
        // Co", a county's, are none.)
        const bool nameOfTwo = i >= 4 && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text) && t[i - 2].text != "Co" &&
                               (isSym(t, i - 3, "-") || (isKind(t, i - 3, Kind::Space) && isKind(t, i - 4, Kind::Word) && isCapitalized(t[i - 4].text) &&
                                                         !isSym(t, i - 5, ".")));
        if (w == "Co" && spaced && nameOfTwo && isKind(t, i - 1, Kind::Space) &&
            !isSym(t, i + 1, "-") && !isSym(t, i + 1, "'") && !isSym(t, i + 1, "\xE2\x80\x99") && !isWordIn(t, i + 2, {"board", "council", "co"}) &&
            (next == nullptr || !isKind(t, i + 2, Kind::Word) || !isCapitalized(next->text) || isWordIn(t, i + 2, {"ltd", "limited", "inc", "plc", "llc"}))) {
            return Match{1, "Company", "abbreviation"};
        }
        // "the Rt Hon member": the Right Honourable; "The Rt Rev.": the Right Reverend.
        // (With its dot before the name: "the Rt Hon. Alban Bagbin".)
        if (w == "Rt" && isWordIn(t, skip(t, i + 1), {"hon", "rev", "revd"})) {
            const std::size_t title = skip(t, i + 1);
            return Match{title + (isSym(t, title + 1, ".") && title + 2 < t.size() ? 2 : 1) - i,
                         lowerAscii(t[title].text) == "hon" ? "Right Honourable" : "Right Reverend", "abbreviation"};
        }
        // (Not a web address's label, said "civildefence dot govt dot N Z": the listener types it as written.)
        const bool inAddress = isWordIn(t, i, {"govt"}) && (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"dot"}) || isWordIn(t, i + 2, {"dot"}));
        if (const auto a = kBareAnywhere.find(w); a != kBareAnywhere.end() && !inAddress) return Match{1, a->second, "abbreviation"};
        // "Sec 103 of the Act", "Art 50": undotted before their number; so is "s 474.17" of an Act or a Code
        // after "under" or "of", as Australian and British law is cited.
        if ((w == "Sec" || w == "Art") && nextNumber && spaced) return Match{1, w == "Sec" ? "Section" : "Article", "abbreviation"};
        // "between jn 27 and jn 29", "at Jct 10": a motorway's junction by its number.
        // (Capitalized "Jn 10" is John's gospel.)
        if ((w == "jn" || w == "jct" || w == "Jct" || w == "jctn" || w == "Jctn") && nextNumber && spaced && next->text.size() <= 3 &&
            digitsOnly(next->text) && !isSym(t, i + 3, ":") && !(isSym(t, i + 3, ".") && isKind(t, i + 4, Kind::Number))) {  // ("Jn 3:16": John's)
            return Match{dotted ? std::size_t{2} : std::size_t{1}, std::isupper(static_cast<unsigned char>(w[0])) ? "Junction" : "junction", "abbreviation"};
        }
        // "(paras 31-38)": a judgment's paragraphs ("para 2024" may be Spanish's "for").
        if (w == "paras" && nextNumber && spaced) return Match{1, "paragraphs", "abbreviation"};
        // "contrary to Reg 3", "para 4 of Sch 2": British regulations' parts, undotted before a small number.
        if ((w == "Reg" || w == "reg" || w == "Regs" || w == "regs" || w == "Sch" || w == "sch" || w == "para" || w == "Para") && nextNumber &&
            spaced && next->text.size() <= 3 && digitsOnly(next->text) && !isKind(t, i + 3, Kind::Word) &&
            // (Before "of" or a pause: "Para 4 athletes" are a class of sport.)
            (!isKind(t, i + 3, Kind::Space) || isWordIn(t, i + 4, {"of", "to", "and", "or", "in", "under"}))) {
            const std::string l = lowerAscii(w);
            const std::string said = l == "reg" ? "regulation" : l == "regs" ? "regulations" : l == "sch" ? "schedule" : "paragraph";
            return Match{1, std::isupper(static_cast<unsigned char>(w[0])) ? std::string(1, static_cast<char>(std::toupper(said[0]))) + said.substr(1) : said,
                         "abbreviation"};
        }
        // ("breached s 26(3) of the Constitution", "held that s 12(1)(a)": with its subsection in brackets, a section whatever
        // the sentence says.)
        const bool subsection = nextNumber && isSym(t, i + 3, "(") && isKind(t, i + 4, Kind::Number) && isSym(t, i + 5, ")");
        // (Or "s 224 of the ACL", "s 18 of the Act": a section of a law named after it.)
        const bool ofALaw = nextNumber && isKind(t, i + 3, Kind::Space) && isWordIn(t, i + 4, {"of"}) && isWordIn(t, i + 6, {"the"}) &&
                            isKind(t, i + 8, Kind::Word) && isCapitalized(t[i + 8].text);
        if ((w == "s" || w == "ss") && nextNumber && spaced &&
            (subsection || ofALaw ||
             (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"under", "of", "to", "breach", "breaching", "breached", "breaches", "contravening",
                                                      "contravened", "and", "the", "a", "in", "by"}) &&
              anyWordIn(t, {"act", "code", "law", "legislation", "regulations", "charged", "offence", "offense", "crimes", "constitution",
                            "statute", "by-law", "bylaw", "ordinance"})))) {
            return Match{1, w == "s" ? "section" : "sections", "abbreviation"};
        }
        // ("Rev Sr Francisca Okafor", "Mercy Sr Mary Brennan": a nun before her name, Sister; "Ken Griffey Sr said" a father.)
        if (w == "Sr" && nextCapital) return Match{1, "Sister", "abbreviation"};
        if (const auto a = kBareAfterName.find(w); a != kBareAfterName.end() && prevCapital && !(w == "Jr" && nextCapital)) {
            return Match{1, a->second, "abbreviation"};
        }
        return std::nullopt;
    }
    // "Ch. de Beaucastel", "Ch. la Nerthe": a wine's château, before its French name ("Ch. 5", "Ch. XII", "Ch. Seven"
    // are chapters, "Christ Ch. Cathedral" a church).
    // (Or before its name in capitals where the sentence speaks of wine: "Ch. Figeac, St-Émilion 1er Grand Cru 2019".)
    if (w == "Ch" && dotted && isKind(t, i + 2, Kind::Space) &&
        (isWordIn(t, i + 3, {"de", "du", "des", "la", "le", "les", "d"}) ||
         (isKind(t, i + 3, Kind::Word) && isCapitalized(t[i + 3].text) && romanNumeralValue(t[i + 3].text) == 0 && (i == 0 || !isSym(t, i - 1, ".")) &&
          !isWordIn(t, i + 3, {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                               "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}) &&
          anyWordIn(t, {"wine", "wines", "bordeaux", "cru", "m\xC3\xA9" "doc", "medoc", "pomerol", "margaux", "vintage", "sauternes", "pauillac",
                        "claret", "merlot", "cabernet", "sup\xC3\xA9rieur", "st-\xC3\xA9milion", "saint-\xC3\xA9milion", "graves", "abv",
                        "class\xC3\xA9", "rouge", "blanc", "vineyard", "vineyards", "winemaker", "cuv\xC3\xA9" "e"})))) {
        return Match{2, "Chateau", "abbreviation"};  // (without its circumflex eSpeak NG says "shatoh")
    }
    // "Proclamation No. 728, s. 2024", "Executive Order No. 12, s. 2025": the Philippine government's series, its year.
    if (w == "s" && dotted && spaced && nextNumber && t[after].text.size() == 4 && toInt(t[after].text) >= 1900 && toInt(t[after].text) <= 2099 &&
        i >= 3 && isSym(t, i - 2, ",") && isKind(t, i - 3, Kind::Number)) {
        return Match{2, "series of", "abbreviation"};
    }
    if (const auto a = kAlways.find(w); a != kAlways.end()) {
        // A month is the date rule's to read, where a date or a word of time is around it ("went to Jan.").
        // Dotted and left by it, it is still a month: "in Jan. and Feb.", "for Dec. delivery" ("Jan." and
        // "Mar." may be names: only after a word that a month follows).
        if (monthFromName(w) != 0) {
            const bool name = w == "Jan" || w == "Mar";
            const bool monthWordBefore = isWordIn(t, i >= 2 ? i - 2 : t.size(), {"in", "of", "for", "since", "until",
                                                                                "from", "through", "early", "late", "mid",
                                                                                "last", "next", "between"});
            // (Or before another month, "Jan. and Oct. 2024", "Jan.-March".)
            const std::size_t joiner = skip(t, i + 2);
            const bool monthAfter = (isWordIn(t, joiner, {"and", "to", "through", "or"}) && isKind(t, joiner + 1, Kind::Space) &&
                                     isKind(t, joiner + 2, Kind::Word) && monthFromName(t[joiner + 2].text) != 0) ||
                                    ((isSym(t, i + 2, "-") || isSym(t, i + 2, "\xE2\x80\x93")) && isKind(t, i + 3, Kind::Word) &&
                                     monthFromName(t[i + 3].text) != 0);
            if (!dotted || (name && !monthWordBefore && !monthAfter)) return std::nullopt;
            return Match{2, std::string(monthName(monthFromName(w))) + tail, "abbreviation"};
        }
        // ("Ruiz et al. v. City of Tucson": after the others' "al.", a case's "v" too.)
        const bool afterOthers = i >= 3 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ".") && isWordIn(t, i - 3, {"al"});
        if (w == "v" && !prevCapital && !afterOthers) return std::nullopt;
        // "300 pp. in total": pages after their count.
        if (w == "pp" && i >= 2 && isKind(t, i - 2, Kind::Number) && isKind(t, i - 1, Kind::Space) && isSym(t, i + 1, ".")) {
            return Match{2, "pages", "abbreviation"};
        }
        // "(M.G.L. c. 90, § 24)", "c. 138, § 34C": a statute's chapter before its section's sign, never "circa".
        if (w == "c" && dotted && spaced && isKind(t, after, Kind::Number) && digitsOnly(t[after].text) &&
            ((isSym(t, after + 1, ",") && (isSym(t, skip(t, after + 2), "\xC2\xA7") || isSym(t, after + 2, "\xC2\xA7"))) ||
             isSym(t, skip(t, after + 1), "\xC2\xA7"))) {
            return Match{2, "chapter", "abbreviation"};
        }
        // "c. AD 122", "ca. 300 BC": about, before a year and its era.
        if ((w == "c" || w == "ca") && dotted && spaced && isWordIn(t, after, {"ad", "bc", "ce", "bce"}) && isKind(t, after + 1, Kind::Space) &&
            isKind(t, after + 2, Kind::Number)) {
            return Match{2, "circa", "abbreviation"};
        }
        // "c.£40m", "c. $2bn": about, before an amount.
        if ((w == "c" || w == "ca") && dotted && next != nullptr && next->kind == Kind::Symbol &&
            (next->text == "\xC2\xA3" || next->text == "$" || next->text == "\xE2\x82\xAC") && isKind(t, after + 1, Kind::Number)) {
            return Match{2, "about", "abbreviation"};
        }
        // "the Tulsa Co. jail", "Harris Co. Sheriff's Office": an American county after its name, before what a county runs.
        if (w == "Co" && dotted && prevCapital &&
            !(i >= 3 && isSym(t, i - 3, "-")) && !(i >= 2 && (isSym(t, i - 2, "&") || isWordIn(t, i - 2, {"and"}))) &&
            isWordIn(t, after, {"jail", "sheriff", "sheriff's", "commissioners", "commission", "courthouse", "clerk", "deputies",
                                "deputy", "coroner", "prosecutor", "judge", "treasurer", "assessor", "detention", "elections", "election",
                                "fair", "fairgrounds", "emergency", "health", "schools", "residents", "officials", "medical"})) {
            return Match{2, "County", "abbreviation"};
        }
        // "Co. Kerry", "from Co. Antrim": an Irish county before its name; "Acme Co." a company.
        if (w == "Co" && !prevCapital && nextCapital) return Match{2, "County", "abbreviation"};
        if (w == "Co" && !prevCapital) return std::nullopt;
        // "Sr. Mary Agnes": a religious Sister before her name, where no name stands before it ("John Smith
        // Sr.") and no post follows ("Sr. Vice President", "Sr. Director").
        if (w == "Sr" && dotted && !prevCapital && nextCapital && next != nullptr && !isUpperWord(next->text) &&
            !isWordIn(t, after, {"vice", "director", "manager", "editor", "analyst", "engineer", "fellow", "counsel", "officer",
                                 "partner", "associate", "advisor", "adviser", "consultant", "producer", "writer", "reporter",
                                 "correspondent", "lecturer", "researcher", "scientist", "specialist", "executive", "member",
                                 "staff", "program", "programme", "product", "software", "research", "policy", "news",
                                 "director's", "principal", "architect", "designer", "developer", "economist", "investigator",
                                 "attorney", "counselor", "counsellor", "deputy", "assistant", "account", "accountant",
                                 "sergeant", "chief", "judge", "pastor", "minister", "high", "citizens", "citizen", "year",
                                 "class", "living", "care", "center", "centre", "league", "prom", "night", "day", "bowl",
                                 "pga", "open", "tour", "championship", "championships", "national", "nationals", "games",
                                 // a service's ranks: "Sr. Airman", "Sr. Master Sgt.", "Sr. Constable"
                                 "airman", "master", "sgt", "lt", "cpl", "capt", "trooper", "constable", "inspector", "agent",
                                 "detective", "corporal", "lieutenant", "captain", "superintendent", "commander", "private",
                                 "petty", "warden", "chaplain", "analyst", "scientist"})) {
            // A Spanish man's name after it, a surname alone or a man's given name ("Sr. Pérez", "Sr. Luis García",
            // "Sr. José Antonio Kast"): Señor. ("Sr. María Ramírez", "Sr. Inés López" are Sisters.)
            const bool senor = isKind(t, after, Kind::Word) &&
                               (t[after].text.ends_with("ez") ||
                                isWordIn(t, after, {"jos\xC3\xA9", "luis", "juan", "carlos", "jes\xC3\xBAs", "andr\xC3\xA9s", "ram\xC3\xB3n",
                                                    "mart\xC3\xADn", "joaqu\xC3\xADn", "tom\xC3\xA1s", "rub\xC3\xA9n", "\xC3\xB3scar", "juli\xC3\xA1n",
                                                    "iv\xC3\xA1n", "germ\xC3\xA1n", "adri\xC3\xA1n", "sebasti\xC3\xA1n", "nicol\xC3\xA1s", "miguel",
                                                    "pedro", "jorge", "manuel", "francisco", "antonio", "alejandro", "fernando", "ricardo",
                                                    "eduardo", "roberto", "javier", "diego", "pablo", "alberto", "enrique", "rafael"}));
            if (senor) return Match{2, "Se\xC3\xB1or", "abbreviation"};
            return Match{2, "Sister", "abbreviation"};
        }
        static const std::unordered_set<std::string> kBeforeNumber{"p", "P", "pp", "Pp", "ext", "Ext", "Art", "art", "Arts", "arts", "nos", "reg", "Reg", "Ep", "Cap", "Rm",
                                                                   "ep", "s", "ss", "Para", "para", "Sch", "sch", "c", "ca",
                                                                   "Dist", "dist", "Prop", "Op", "op", "r", "rr"};
        // "Ch. 7 Chief Meteorologist", "on Ch. 12": a television channel, where the sentence is about a station.
        // (A bankruptcy's chapter stays one: "the station chain filed for Ch. 11".)
        if ((w == "Ch" || w == "ch") && nextNumber &&
            anyWordIn(t, {"tv", "station", "meteorologist", "anchor", "broadcast", "broadcasts", "aired", "airs", "watch", "viewers",
                          "newscast", "channel", "cable", "live", "streaming", "stream", "reporter", "weather", "forecast"}) &&
            !anyWordIn(t, {"bankruptcy", "liquidation", "filed", "files", "filing", "creditors", "reorganization", "reorganisation",
                           "protection", "court", "debt", "debts", "book", "novel", "verse"})) {
            return Match{2, w == "Ch" ? "Channel" : "channel", "abbreviation"};
        }
        // "Sec. of State", "Sec. Rubio": a Secretary, where a Section would have its number.
        if (w == "Sec" && (nextCapital || isWordIn(t, after, {"of"}))) return Match{2, "Secretary", "abbreviation"};
        // A council's paper before its number's sign: "(Res. No. 25-014)"; "Res." is no resolution elsewhere.
        if (w == "Res" || w == "Ord") {
            if (spaced && isWordIn(t, after, {"no", "nos"}) && isSym(t, after + 1, ".")) return Match{2, w == "Res" ? "Resolution" : "Ordinance", "abbreviation"};
            return std::nullopt;
        }
        // "Art. II": an article numbered in Roman numerals.
        const bool romanNext = spaced && next != nullptr && next->kind == Kind::Word &&
                               next->text.find_first_not_of("IVXLC") == std::string::npos;
        // ("in Prop. S funds": a ballot measure by its letter, as a city names them.)
        const bool measureLetter = w == "Prop" && isKind(t, after, Kind::Word) && t[after].text.size() == 1 && std::isupper(static_cast<unsigned char>(t[after].text[0]));
        if (kBeforeNumber.count(w) != 0 && !nextNumber && !(romanNext && (w == "Art" || w == "art")) && !measureLetter) return std::nullopt;
        // ("Fine Arts. 2024 was …": a school's arts before the next sentence's year.)
        if ((w == "Arts" || w == "arts") && nextNumber && t[after].text.size() >= 4) return std::nullopt;
        // "(b. 1941, d. 2024)": born and died, before a year; "Rt. 9" a route before its number; "1.2 mil.
        // copies" after an amount.
        // ("b. 1941", or before a whole date: "(b. 25 Dec 1957)".)
        const bool dayThenMonth = nextNumber && !isYear(next) && isKind(t, after + 1, Kind::Space) && isKind(t, after + 2, Kind::Word) &&
                                  monthFromName(t[after + 2].text) != 0;
        if ((w == "b" || w == "d") && !(nextNumber && isYear(next)) && !dayThenMonth) return std::nullopt;
        if (w == "Rt" && !nextNumber) return std::nullopt;
        if (w == "mil" && !(i >= 2 && isKind(t, i - 2, Kind::Number))) return std::nullopt;
        // "4-3 on agg.": the aggregate score, after "on".
        if (w == "agg" && !isWordIn(t, i >= 2 ? i - 2 : t.size(), {"on"})) return std::nullopt;
        if ((w == "Mt" || w == "Ft" || w == "Pt" || w == "Gov") && !nextCapital) return std::nullopt;
        return Match{2, a->second + tail, "abbreviation"};
    }
    return std::nullopt;
}

// Roman numerals: "Henry VIII" -> "Henry the Eighth", "World War II" -> "World War Two".

namespace {

// Names that monarchs, popes and emperors carry, with an ordinal after them: "Henry V" is "Henry the
// Fifth". Given names that take a generational suffix ("Robert Hale III") are told by a given name
// two words before.
bool isRegnalName(const std::string& w) {
    static const char* const kNames[] = {
        "Henry", "Elizabeth", "George", "Edward", "William", "Charles", "James", "Richard", "John", "Louis", "Philip",
        "Philippe", "Felipe", "Carlos", "Juan", "Alfonso", "Ferdinand", "Frederick", "Friedrich", "Wilhelm", "Willem",
        "Ludwig", "Otto", "Gustav", "Gustaf", "Carl", "Christian", "Frederik", "Haakon", "Harald", "Olav", "Olaf",
        "Peter", "Ivan", "Nicholas", "Alexander", "Catherine", "Mary", "Anne", "Victoria", "Napoleon", "Leopold",
        "Albert", "Baudouin", "Umberto", "Victor", "Pius", "Benedict", "Gregory", "Leo", "Innocent", "Clement",
        "Paul", "Urban", "Boniface", "Sixtus", "Julius", "Rama", "Mohammed", "Muhammad", "Abdullah", "Hussein",
        "Constantine", "Ramesses", "Ramses", "Amenhotep", "Thutmose", "Ptolemy", "Mehmed", "Suleiman", "Selim",
        "Murad", "Sigismund", "Casimir", "Rudolf", "Maximilian", "Franz", "Joseph", "Karl", "Robert", "David",
        "Stephen", "Matilda", "Juliana", "Beatrix", "Margrethe", "Akihito", "Hirohito", "Alexios", "Basil", "Francis", "Francesco",
        "Francisco", "Darius", "Xerxes", "Cyrus", "Artaxerxes", "Antiochus", "Seleucus", "Theodosius", "Justinian", "Constantius",
        "Valentinian", "Andronikos", "Bolesław", "Władysław", "Sancho", "Afonso"};
    for (const char* n : kNames) {
        if (w == n) return true;
    }
    return false;
}

// A sentence about a reign: in it, a name and its numeral before a ruler's deed are a ruler's, "Constantius II ruled the east".
bool isReignSentence(const Tokens& t) {
    // (Its nouns: the deed's verb alone, "Led Zeppelin IV ruled the charts", makes none.)
    return anyWordIn(t, {"king", "queen", "emperor", "empress", "pope", "tsar", "czar", "sultan", "pharaoh", "reign", "ruler", "crowned",
                         "coronation", "dynasty", "throne", "monarch", "kingdom", "empire", "caliph", "shah", "khan", "duke", "elector",
                         "margrave", "regnal", "crown"});
}

// Numbered things take a cardinal: "World War II", "Part iii", "Title IX", "Class IV", "Phase III".
bool isCountedWord(const std::string& w) {
    static const char* const kCounted[] = {
        "war", "bowl", "part", "chapter", "phase", "title", "article", "volume", "vol", "act", "round", "stage", "level",
        "grade", "type", "class", "category", "book", "episode", "season", "vatican", "apollo", "gemini", "mark",
        "section", "division", "tier", "league", "schedule", "annex", "appendix", "scene", "canto", "psalm", "step",
        "form", "unit", "lot", "plate", "figure", "table", "series", "amendment", "clause", "rule", "olympiad",
        // an indictment's or a complaint's charges: "Count I", "Counts I and III"
        "count",
        // the Philippines' regions, "Region IV-A", "Regions I, II and III"
        "region"};
    const std::string lower = lowerAscii(w);
    for (const char* c : kCounted) {
        if (lower == c) return true;
    }
    return false;
}

// A counted word or its plural: "Book", "Books", "parts".
bool isCountedWordOrPlural(const std::string& w) {
    return isCountedWord(w) || (w.size() > 3 && w.back() == 's' && isCountedWord(w.substr(0, w.size() - 1)));
}

int romanValue(const std::string& written) {
    // "Liv", "Mix", "Di" are names and words; numerals are written in one case.
    const std::string lower = lowerAscii(written);
    if (lower != written && upperAscii(written) != written) return 0;
    return romanNumeralValue(upperAscii(written));
}

std::string capitalizedOrdinal(int v) {
    std::string ordinal = ordinalWords(static_cast<unsigned>(v));
    ordinal[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(ordinal[0])));
    return "the " + ordinal;
}

}  // namespace

std::optional<Match> romanRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Word)) return std::nullopt;
    const std::string& w = t[i].text;
    // "WWII", "WW2": the wars by their short names.
    if (w == "WWI" || (w == "WW" && isKind(t, i + 1, Kind::Number) && t[i + 1].text == "1")) {
        return Match{w == "WW" ? 2u : 1u, "World War One", "roman"};
    }
    if (w == "WWII" || (w == "WW" && isKind(t, i + 1, Kind::Number) && t[i + 1].text == "2")) {
        return Match{w == "WW" ? 2u : 1u, "World War Two", "roman"};
    }
    // Most words leave here: a numeral starts with one of its letters.
    if (std::string_view("ivxlcdmIVXLCDM").find(w[0]) == std::string_view::npos) return std::nullopt;
    // "Phase IIb", "Stage IIIa": a numbered phase's part, its letter after the numeral ("two B").
    if (w.size() >= 2 && w.size() <= 5 && (w.back() == 'a' || w.back() == 'b' || w.back() == 'c') && isUpperWord(w.substr(0, w.size() - 1)) &&
        isWordIn(t, i >= 2 ? i - 2 : t.size(), {"phase", "phases", "stage", "stages", "class", "type", "grade", "level", "category"})) {
        if (const int part = romanValue(w.substr(0, w.size() - 1)); part > 0 && part < 40) {
            return Match{1, cardinalWords(static_cast<unsigned>(part)) + (w.back() == 'a' ? " eh" : std::string(" ") + static_cast<char>(std::toupper(static_cast<unsigned char>(w.back())))),
                         "roman"};
        }
    }
    // "Richard III's remains": the numeral is read, the possessive kept.
    std::string numeral = w;
    const std::string possessive = dropPossessive(numeral) ? "'s" : "";
    const int v = romanValue(numeral);
    if (v == 0 || isKind(t, i + 1, Kind::Word)) return std::nullopt;
    // "a Grade II* listed building": the star of England's listed buildings.
    if (isWordIn(t, i >= 2 ? i - 2 : t.size(), {"grade"}) && isSym(t, i + 1, "*") && v <= 3) {
        return Match{2, cardinalWords(static_cast<unsigned>(v)) + " star", "roman"};
    }
    auto said = [&](std::string words) { return Match{1, words + possessive, "roman"}; };
    const bool upper = lowerAscii(numeral) != numeral;
    // "Books II–IV", "Parts I-III": a span of numbered parts, "two to four" (eSpeak NG says nothing for the dash).
    if (upper && possessive.empty() && (isSym(t, i + 1, "\xE2\x80\x93") || isSym(t, i + 1, "-")) && isKind(t, i + 2, Kind::Word) &&
        isUpperWord(t[i + 2].text) && romanValue(t[i + 2].text) > v && romanValue(t[i + 2].text) < 40 && v < 40 && i >= 2 &&
        isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && isCountedWordOrPlural(lowerAscii(t[i - 2].text))) {
        return Match{3, cardinalWords(static_cast<unsigned>(v)) + " to " + cardinalWords(static_cast<unsigned>(romanValue(t[i + 2].text))), "roman"};
    }
    // "Books V and VI", "Parts I or II": two numbered parts, both numerals.
    if (upper && possessive.empty() && v < 40 && isKind(t, i + 1, Kind::Space) && isWordIn(t, i + 2, {"and", "or"}) &&
        isKind(t, i + 3, Kind::Space) && isKind(t, i + 4, Kind::Word) && isUpperWord(t[i + 4].text) && romanValue(t[i + 4].text) > 0 &&
        romanValue(t[i + 4].text) < 40 && !isKind(t, i + 5, Kind::Word) && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        isKind(t, i - 2, Kind::Word) && lowerAscii(t[i - 2].text).back() == 's' && isCountedWordOrPlural(lowerAscii(t[i - 2].text))) {
        return Match{5, cardinalWords(static_cast<unsigned>(v)) + " " + t[i + 2].text + " " +
                            cardinalWords(static_cast<unsigned>(romanValue(t[i + 4].text))), "roman"};
    }
    const std::string prev = previousWord(t, i);
    const bool afterWord = i >= 2 && isKind(t, i - 1, Kind::Space) && !prev.empty();
    // "Series C", "Part D", "Class L": a lone letter of fifty or more is a letter, not a numeral; so is
    // an X that names a model ("Xbox Series X", "Tesla Model X").
    if (numeral.size() == 1 && v >= 50) return std::nullopt;
    // "Key CMI interest rates", "the DCL team": a short word of hundreds' letters is an initialism (a year's
    // thousands, "MMXX", "MCMXCIV", and "Super Bowl LVII", under a hundred, are numerals).
    if (v >= 100 && v < 1000 && numeral.size() <= 4) return std::nullopt;
    // (So is one of thousands in three letters or fewer: "KPA MD" its managing director, Zimbabwe's "MDC"; a year's numeral
    // has four letters at least, "MCMXLV", "MMXX".)
    if (v >= 1000 && numeral.size() <= 3) return std::nullopt;
    if (numeral == "X" && isWordIn(t, i >= 2 ? i - 2 : t.size(), {"series", "model"}) && i >= 4 && isCapitalized(t[i - 2].text) &&
        isKind(t, i - 4, Kind::Word) && isCapitalized(t[i - 4].text)) {
        return std::nullopt;
    }
    // ("the part I keep coming back to", "the level I reached": after a counted word in lower case, an "I" that a verb follows
    // is the writer.)
    // (Only words numbered in their own stories, after a determiner: "Patients with type I need insulin", "stage I have" are
    // numerals.)
    const bool pronoun = numeral == "I" && afterWord && isWordIn(t, i - 2, {"part", "war", "round", "book", "chapter", "episode", "scene", "step", "act"}) &&
                         std::islower(static_cast<unsigned char>(prev[0])) && i >= 4 &&
                         isWordIn(t, i - 4, {"the", "that", "this", "every", "which", "one", "a", "what"}) && isKind(t, i + 1, Kind::Space) &&
                         isWordIn(t, i + 2, {"keep", "kept", "think", "thought", "was", "am", "have", "had", "do", "did", "know", "knew",
                                             "want", "wanted", "love", "loved", "like", "liked", "need", "needed", "mean", "meant", "find",
                                             "found", "say", "said", "see", "saw", "read", "wrote", "write", "remember", "played", "won",
                                             "lost", "got", "get", "made", "make", "took", "take", "hate", "hated", "enjoy", "enjoyed",
                                             "can", "could", "would", "will", "should", "must", "may", "might", "also", "never", "just",
                                             "still", "really", "always", "feel", "felt", "believe", "heard", "learned", "learnt",
                                             "reached", "watched", "fought", "tried", "used", "spent", "care", "cared", "wish",
                                             "hope", "expect", "expected", "guess", "suppose", "struggle", "struggled"});
    // "Part iii", "Volume xii", "World War I", "Title IX": a cardinal, in any letter case.
    if (afterWord && isCountedWord(prev) && (upper || numeral.size() > 1) && !pronoun) return said(cardinalWords(static_cast<unsigned>(v)));
    // "Titles I and II", "Parts I, II and III": the plural before a list of numerals, "I" no pronoun there.
    if (afterWord && upper && prev.size() > 3 && prev.back() == 's' && isCountedWord(prev.substr(0, prev.size() - 1))) {
        const std::size_t next = skip(t, isSym(t, i + 1, ",") ? i + 2 : i + 1);
        const std::size_t other = isWordIn(t, next, {"and", "or", "through", "to"}) ? skip(t, next + 1) : next;
        if (isKind(t, other, Kind::Word) && romanValue(t[other].text) > 0 && isUpperWord(t[other].text)) return said(cardinalWords(static_cast<unsigned>(v)));
    }
    // (A lone "I" or "V" further down a list of numerals, "Regions I, II, III, IV-A, V and the CAR": the numeral before its
    // comma, or its letter after a hyphen, "IV-A", is one of the list's.)
    if (upper && numeral.size() == 1 && i >= 3 && isKind(t, i - 1, Kind::Space) && (isSym(t, i - 2, ",") || isWordIn(t, i - 2, {"and", "or"}))) {
        std::size_t k = isSym(t, i - 2, ",") ? i - 3 : (i >= 4 ? i - 4 : 0);
        if (isSym(t, k, ",")) --k;
        // (Past the letter of "IV-A".)
        if (k >= 2 && isKind(t, k, Kind::Word) && t[k].text.size() == 1 && isSym(t, k - 1, "-")) k -= 2;
        if (isKind(t, k, Kind::Word) && isUpperWord(t[k].text) && t[k].text.size() >= 2 && romanValue(t[k].text) > 0) {
            return said(cardinalWords(static_cast<unsigned>(v)));
        }
    }
    // (The numerals further down that list, after its comma: "Parts I, II and III".)
    if (upper && numeral.size() >= 2 && i >= 3 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ",") && isKind(t, i - 3, Kind::Word) &&
        isUpperWord(t[i - 3].text) && romanValue(t[i - 3].text) > 0 && i >= 5 && isKind(t, i - 4, Kind::Space) && isKind(t, i - 5, Kind::Word) &&
        isCountedWordOrPlural(t[i - 5].text)) {
        return said(cardinalWords(static_cast<unsigned>(v)));
    }
    // "Art. II", "Vol. XII": the same words written short.
    if (upper && i >= 3 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ".") &&
        isWordIn(t, i - 3, {"art", "vol", "ch", "pt", "sec", "para", "bk"})) {
        return said(cardinalWords(static_cast<unsigned>(v)));
    }
    if (!upper) return std::nullopt;
    // "Pixel 10 Pro XL", "a size XL": the size's letters; forty only in a Super Bowl's name (or after the words
    // that count in numerals, above).
    if (numeral == "XL" && lowerAscii(prev) != "bowl") return said("X L");
    // eSpeak NG says "Roman seven" for "VII", "II" to "XXI" and the like wherever they stand; none of them
    // may reach it as written. Where no rule below names it, a numeral between lower-case words is an
    // initialism ("IV fluids": "I V"), anywhere else a number ("Final Fantasy VII Rebirth", "the first XI").
    // (As measured with espeak-ng -x: "VI", "XXX" and "XL" are spelled or read as letters.)
    const bool espeakRoman = numeral.size() >= 2 && numeral.find_first_not_of("IVX") == std::string::npos && v >= 2 &&
                             v <= 39 && numeral != "VI" && numeral != "XXX";
    const auto unnamed = [&]() -> std::optional<Match> {
        if (!espeakRoman) return std::nullopt;
        const std::size_t after = skip(t, i + 1);
        const bool lowerNext = isKind(t, after, Kind::Word) && std::islower(static_cast<unsigned char>(t[after].text[0]));
        const bool ordinalBefore = afterWord && (isWordIn(t, i - 2, {"first", "second", "third", "fourth", "fifth"}) ||
                                                 (i >= 3 && isKind(t, i - 3, Kind::Number)));
        // ("class III or IV", "Stage III/IV": the second of two numerals is a number too; after a slash, "or four".)
        const auto numeralAt = [&](std::size_t k) {
            return k < t.size() && isKind(t, k, Kind::Word) && isUpperWord(t[k].text) && romanNumeralValue(t[k].text) != 0;
        };
        if (i >= 2 && isSym(t, i - 1, "/") && numeralAt(i - 2)) return Match{1, "or " + cardinalWords(static_cast<unsigned>(v)) + possessive, "roman"};
        if (i >= 4 && isWordIn(t, i - 2, {"or", "and", "to"}) && isKind(t, i - 3, Kind::Space) && numeralAt(i - 4)) {
            return said(cardinalWords(static_cast<unsigned>(v)));
        }
        // ("Regions I, II, III and the Cordillera": a list's numeral after a comma, the one before it a numeral too.)
        // ("Stage III/IV, IV fluids": not before a noun it is the letters of.)
        if (i >= 3 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, ",") && numeralAt(i - 3) && (!lowerNext || isWordIn(t, after, {"and", "or"}))) {
            return said(cardinalWords(static_cast<unsigned>(v)));
        }
        // ("UPA-II government": a second term's numeral after a hyphen is a number.)
        const bool hyphenated = i >= 1 && isSym(t, i - 1, "-");
        if (lowerNext && !(afterWord && isCapitalized(prev)) && !ordinalBefore && !hyphenated) {
            std::string letters;
            for (char c : numeral) letters += std::string(letters.empty() ? "" : " ") + c;
            return Match{1, letters + possessive, "roman"};
        }
        return said(cardinalWords(static_cast<unsigned>(v)));
    };
    // "dated MCMXLV", "in MMXX": a year in Roman numerals.
    if (numeral.size() >= 4 && v >= 1000 &&
        isWordIn(t, i >= 2 ? i - 2 : t.size(), {"in", "dated", "since", "from", "copyright", "year"})) {
        return said(yearWords(v));
    }
    // "Agni-V", "Prithvi-II": a model's number in Roman numerals after its name and a hyphen.
    if (i >= 2 && isSym(t, i - 1, "-") && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text) && t[i - 2].text.size() >= 3 &&
        numeral == "V" && possessive.empty()) {
        return said(cardinalWords(static_cast<unsigned>(v)));
    }
    // "the XV Olympic Winter Games", "the VII Corps": an edition or a unit named by its number, in order.
    if (espeakRoman && afterWord && lowerAscii(prev) == "the" && isKind(t, i + 1, Kind::Space) && isKind(t, skip(t, i + 1), Kind::Word) &&
        isCapitalized(t[skip(t, i + 1)].text)) {
        return said(ordinalWords(static_cast<unsigned>(v)));
    }
    // After a spelled letter ("N D T V") it is one more letter.
    if (!afterWord || !isCapitalized(prev) || prev.size() == 1) return prev.size() == 1 ? std::nullopt : unnamed();
    // "Peter I founded", "Charles I was beheaded", but "when Peter I met him" has the pronoun.
    if (numeral == "I") {
        const bool pronounNext = isWordIn(t, skip(t, i + 1), {"am", "have", "had", "think", "know", "said", "told", "want",
                                                              "will", "would", "can", "could", "do", "did", "don't",
                                                              "didn't", "feel", "believe", "guess", "mean", "love", "like",
                                                              "hope", "saw", "met", "got", "went", "should", "must", "may",
                                                              "might", "need", "see", "say", "wish", "just", "really"});
        if (!isRegnalName(prev) || pronounNext || isSym(t, i - 2, ",")) return std::nullopt;
    }
    // Monarchs and popes: "Henry V", "Louis XIV", "John Paul II", "Pope Leo XIV".
    if (isRegnalName(prev)) return said(capitalizedOrdinal(v));
    // And any name of one after a ruler's title, "Emperor Constantius II", "Pharaoh Seti I", or before what a ruler does,
    // "Constantius II ruled the east", "Tiglath-Pileser III of Assyria" ("Gladiator II", "Basel III", "Street Fighter II" are
    // titles and rules, whatever else their sentence speaks of).
    const bool rulersTitle = isWordIn(t, i >= 4 ? i - 4 : t.size(), {"king", "queen", "emperor", "empress", "pope", "tsar", "czar", "tsarina", "sultan",
                                                                     "pharaoh", "caliph", "shah", "khan", "emir", "prince", "princess", "duke",
                                                                     "elector", "margrave", "saint"});
    const bool rulersDeed = isWordIn(t, skip(t, i + 1), {"ruled", "reigned", "succeeded", "abdicated", "inherited", "conquered", "of"}) && isReignSentence(t);
    if (v >= 1 && v < 40 && std::isupper(static_cast<unsigned char>(prev[0])) && prev.size() >= 3 && !isUpperWord(prev) && !isSym(t, i + 1, "-") &&
        (rulersTitle || (rulersDeed && numeral != "I"))) {
        return said(capitalizedOrdinal(v));
    }
    // A generational suffix after a full name: "Robert Hale III".
    const std::size_t before = i >= 4 ? i - 4 : t.size();
    const bool afterTwoCapitalized = isKind(t, i - 3, Kind::Space) && before < t.size() && isKind(t, before, Kind::Word) &&
                                     isCapitalized(t[before].text);
    if (v <= 5 && afterTwoCapitalized && isRegnalName(t[before].text)) return said(capitalizedOrdinal(v));
    // Or after a name a person's by its middle initial, its title or the age after it: "Harold J. Pruitt III",
    // "The Rev. Harold Pruitt III", "Darnell Humphries III, 24," ("Grand Theft Auto IV" has none of them).
    if (v >= 2 && v <= 4 && i >= 4 && isKind(t, i - 1, Kind::Space)) {
        // (A middle initial, a given name before it: "Harold J. Pruitt III"; "T. Rex II" is a band's.)
        const bool initial = i >= 7 && isSym(t, i - 4, ".") && isKind(t, i - 5, Kind::Word) && t[i - 5].text.size() == 1 &&
                             std::isupper(static_cast<unsigned char>(t[i - 5].text[0])) && isKind(t, i - 2, Kind::Word) &&
                             isCapitalized(t[i - 2].text) && isKind(t, i - 6, Kind::Space) && isKind(t, i - 7, Kind::Word) &&
                             isCapitalized(t[i - 7].text) && t[i - 7].text.size() >= 2;
        // (Or initials joined by their dots before the surname: "J.T. Washington III".)
        const auto dottedInitials = [](std::string v) {
            if (!v.empty() && v.back() == '.') v.pop_back();
            // (A country's or a body's initials are no given names: "the U.S. Army II Corps".)
            if (v.size() < 3 || v.size() % 2 == 0 || v == "U.S" || v == "U.K" || v == "U.N" || v == "E.U") return false;
            for (std::size_t c = 0; c < v.size(); ++c) {
                if (c % 2 == 0 ? !std::isupper(static_cast<unsigned char>(v[c])) : v[c] != '.') return false;
            }
            return true;
        };
        const bool initials = isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text) && isKind(t, i - 3, Kind::Space) &&
                              ((isKind(t, i - 4, Kind::Word) && dottedInitials(t[i - 4].text)) ||
                               (i >= 5 && isSym(t, i - 4, ".") && isKind(t, i - 5, Kind::Word) && dottedInitials(t[i - 5].text)));
        if (initials) return said(capitalizedOrdinal(v));
        bool titled = false;
        for (std::size_t k = i - 2, words = 0; k > 0 && words < 4;) {
            --k;
            if (isLexiconPlaceholder(t[k].text)) titled = true;  // (a title the lexicon stood in for: "Sen.", "Rev.")
            if (!isKind(t, k, Kind::Word)) continue;
            ++words;
            if (isPossessive(t[k].text)) break;  // ("Dr. Dre's The Chronic II": the title is another's)
            if (isWordIn(t, k, {"rev", "mr", "dr", "sen", "rep", "gov", "judge", "coach", "reverend", "senator", "representative",
                                "governor", "mayor", "president", "sgt", "lt", "capt", "col", "gen", "det", "officer", "attorney",
                                // (a knight's or a peer's: "a racehorse named Sir Lancelot II")
                                "sir", "dame", "lord", "asec", "usec"})) {
                titled = true;
            }
            if (!isCapitalized(t[k].text) && t[k].text.size() > 1) break;
        }
        const bool aged = isSym(t, i + 1, ",") && isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Number) &&
                          t[i + 3].text.size() == 2 && isSym(t, i + 4, ",");
        // (Or a country's code or an age in brackets after the name, as results and court lists print them:
        // "Brandon Ashby III (USA)", "Carl Boyd III (34)".)
        // (A player's number too: "Marcus Bell III (7)".)
        // (Or an injury report's part of the body: "Kenny Moore II (ankle) was inactive".)
        const bool bracketed = isKind(t, i + 1, Kind::Space) && isSym(t, i + 2, "(") && isSym(t, i + 4, ")") &&
                               ((isKind(t, i + 3, Kind::Word) && isUpperWord(t[i + 3].text) && t[i + 3].text.size() == 3) ||
                                (isKind(t, i + 3, Kind::Number) && t[i + 3].text.size() <= 2) ||
                                isWordIn(t, i + 3, {"ankle", "knee", "hamstring", "shoulder", "concussion", "illness", "back", "hip",
                                                    "groin", "calf", "foot", "toe", "wrist", "elbow", "quad", "quadriceps", "neck",
                                                    "rib", "ribs", "thumb", "hand", "finger", "achilles", "chest", "oblique", "rest"}));
        // (Or what a person does next: "Reggie Amos III hurt his knee", "Akuffo III, who", "Bell III engineered a drive".
        // Not after what names things and their sequels: "World War II ended", "Grand Theft Auto IV sold".)
        static const std::unordered_set<std::string> kThings{
            "War", "Wars", "Auto", "Fantasy", "Fighter", "Kombat", "Story", "Trek", "Bowl", "Cup", "League", "Series", "Edition",
            "Block", "Phase", "Mark", "Type", "Class", "Part", "Chapter", "Stage", "Title", "Level", "Grade", "Act", "Round",
            "Division", "Tier", "Generation", "Model", "Version", "Volume", "Book", "Season", "Episode", "Game", "Games", "Palace",
            "Airport", "Terminal", "Tower", "Dam", "Reactor", "Unit", "Line", "Bridge", "Council", "Vatican", "Apollo", "Gemini",
            "Fund", "Funds", "Partners", "Capital", "Holdings", "Ventures", "Equity", "Trust", "Operation", "Promise", "Citation",
            "Challenger", "Gulfstream", "Minuteman", "Patriot", "Trident", "Falcon", "Titan", "Mk"};
        const auto personNext = [&] {
            std::size_t k = skip(t, i + 1);
            if (isSym(t, k, ",")) k = skip(t, k + 1);
            if (isWordIn(t, k, {"who", "whose"})) return true;
            if (isSym(t, i + 1, ",") || !isKind(t, k, Kind::Word) || isCapitalized(t[k].text)) return false;
            // (Only what a person does: an aircraft "crashed", a fund "closed", a missile "reached", an operation
            // "targeted"; a game "ran at 120 fps", a film "won three awards".)
            if (isWordIn(t, k, {"said", "says", "told", "tells", "added", "explained", "recalled", "testified", "pleaded", "resigned",
                                "retired", "died", "married", "hurt", "threw", "caught", "scored", "wrote", "spoke", "sang", "drove",
                                "rushed", "engineered", "sued", "admitted", "denied", "declined", "insisted"})) {
                return true;
            }
            for (std::size_t m = k + 1, words = 0; m < t.size() && words < 4; ++m) {
                if (!isKind(t, m, Kind::Word)) continue;
                ++words;
                if (isWordIn(t, m, {"his", "her", "he", "she", "him"})) return true;
            }
            return false;
        };
        // (A name has no article before it: "A Gulfstream IV", "The Minuteman III" are things.)
        const bool article = isWordIn(t, before, {"a", "an", "the", "its", "their", "our"}) ||
                             (before >= 2 && isKind(t, before - 1, Kind::Space) && isWordIn(t, before - 2, {"a", "an", "the"}));
        const bool acts = afterTwoCapitalized && !article && kThings.count(prev) == 0 && kThings.count(t[before].text) == 0 && personNext();
        if (initial || acts || ((titled || aged || bracketed) && afterTwoCapitalized)) return said(capitalizedOrdinal(v));
    }
    // A middle initial with its stop before a surname's particle in small letters, "Maricel V. dela Cruz": a letter, no
    // numeral. (Before a capitalized surname, "John V. Smith", the abbreviation rule has read the initial already.)
    if (numeral.size() == 1 && possessive.empty() && isSym(t, i + 1, ".") && isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Word) &&
        std::islower(static_cast<unsigned char>(t[i + 3].text[0])) &&
        isWordIn(t, i + 3, {"dela", "de", "del", "della", "delos", "van", "von", "da", "di", "du", "la", "le", "bin", "binti", "al", "el", "ter", "ten"})) {
        return std::nullopt;
    }
    // A name that goes on ("The LIV Golf tour") or a determiner before it: the letters are a name.
    const std::size_t next = skip(t, i + 1);
    const bool determined = isWordIn(t, i - 2, {"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my", "your"});
    if (isKind(t, i + 1, Kind::Space) && isKind(t, next, Kind::Word) && isCapitalized(t[next].text)) {
        return determined ? std::nullopt : unnamed();
    }
    if (determined) return unnamed();
    // Anything else named with a number is a sequel, a model or a part: "Rocky IV", "Frozen Lake II",
    // "Grand Theft Auto V". A lone letter after a single word is a letter more often ("Plan B", "Malcolm X").
    if (numeral.size() == 1 && v != 1 && !(numeral == "V" && afterTwoCapitalized)) return std::nullopt;
    return said(cardinalWords(static_cast<unsigned>(v)));
}

namespace {

// Capital letters only, at most five of them: "TCP", "HDR", "K" of "4K".
bool isCapitals(const std::string& w) {
    return !w.empty() && w.size() <= 5 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A word of two or more letters, all capitals.
bool isShouted(const Token* w) {
    return w != nullptr && w->kind == Kind::Word && w->text.size() >= 2 &&
           std::all_of(w->text.begin(), w->text.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '\''; });
}

// Only capitals around token i (up to three words each way), a word of four letters or more among them,
// make a line set in capitals: "IT SNOWED ALL NIGHT", "I AM HERE". `before` is the word right before i.
bool inShoutedLine(const Tokens& t, std::size_t i, std::string& before) {
    // A transcript's speaker in capitals before a colon, at the start: "KIM OYELOWO: Welcome back."
    {
        std::size_t k = 0;
        bool here = false;
        while (k < t.size() && (t[k].kind == Kind::Word || t[k].kind == Kind::Space) && k < 12) {
            if (t[k].kind == Kind::Word && !isShouted(&t[k])) break;
            here = here || k == i;
            ++k;
        }
        if (here && isSym(t, k, ":")) {
            // (Its word before, "LEAVE IT ALONE:", a headline's label set so.)
            for (std::size_t b = i; b-- > 0;) {
                if (t[b].kind == Kind::Word) {
                    before = t[b].text;
                    break;
                }
            }
            return true;
        }
    }
    std::size_t shouted = 0, words = 0;
    bool long_word = false;
    const auto count = [&](const Token& w) {
        const bool capitals = isShouted(&w);
        ++words;
        if (capitals || w.text == "I" || w.text == "A") ++shouted;
        long_word = long_word || (capitals && w.text.size() >= 4);
    };
    // Within the sentence: the one before may be in capitals and this one not.
    const auto ends = [&](std::size_t k) { return isSym(t, k, ".") || isSym(t, k, "!") || isSym(t, k, "?"); };
    for (std::size_t k = i, seen = 0; k-- > 0 && seen < 3 && !ends(k);) {
        if (t[k].kind != Kind::Word) continue;
        ++seen;
        count(t[k]);
        if (before.empty()) before = t[k].text;
    }
    for (std::size_t k = i + 1, seen = 0; k < t.size() && seen < 3 && !ends(k); ++k) {
        if (t[k].kind != Kind::Word) continue;
        ++seen;
        count(t[k]);
    }
    return words >= 1 && shouted == words && long_word;
}

}  // namespace

// In a line set all in capitals, "IT" and "US" may be the pronouns, which eSpeak NG would spell as the
// initialisms. A headline's "US STOCKS FALL", "WARNS US ALLIES", "NHS IT SYSTEMS" keep them: "IT" is the
// pronoun before a verb ("IT SNOWED", "IT IS") or after one or a preposition ("MADE IT", "FOR IT"), "US"
// after a verb or a preposition that takes it ("TELL US", "WITH US").
// The other way round, "WHO" in a sentence in lower case is the World Health Organization, which eSpeak
// NG would say as the pronoun; in a line in capitals it stays the pronoun ("WHO WON?").
std::optional<Match> shoutedPronounRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Word)) return std::nullopt;
    // "Thanks for the love xx": a post's kisses at its end, not said (eSpeak NG says "Roman twenty"). (Not a name's, "Jamie
    // xx", "The xx".)
    if ((t[i].text == "xx" || t[i].text == "xxx" || t[i].text == "xoxo" || t[i].text == "Xx" || t[i].text == "Xxx") && i >= 2 &&
        isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && !isCapitalized(t[i - 2].text) && !isKind(t, i + 1, Kind::Word) &&
        !isKind(t, i + 1, Kind::Number)) {
        std::size_t k = i + 1;
        while (k < t.size() && (isKind(t, k, Kind::Space) || isSym(t, k, ".") || isSym(t, k, "!") || isSym(t, k, ",") ||
                                (isKind(t, k, Kind::Symbol) && static_cast<unsigned char>(t[k].text[0]) >= 0xE2))) {
            ++k;
        }
        if (k >= t.size() || isSym(t, k, "#") || isWordIn(t, k, {"hashtag"})) return Match{1, "", "kisses"};
    }
    // "she ATE and left NO crumbs", "jam SELLS OUT in 45 minutes": a common word of three letters shouted in capitals in a
    // sentence of small letters, which eSpeak NG would spell ("A T E"); said as the word. (No body's, a ticker's or a
    // statistic's letters among them: "ACT", "SAT", "ICE", "MAN", "WAR", "TRY", "SET", "MAD", "GET" are left as they are.)
    if (t[i].text.size() == 3 && isUpperWord(t[i].text)) {
        static constexpr WordSet kShouted({"ANY", "ATE", "BAD", "BIG", "BUT", "BUY", "DAY", "DID", "EAT", "END",
                                           "FEW", "FUN", "GOT", "HAD", "HAS", "HER", "HIM", "HIS", "HOT", "LET", "LOT",
                                           "MAY", "MEN", "NEW", "NOW", "OLD", "ONE", "OUR", "OUT", "OWN", "RAN", "RED",
                                           "SAD", "SAW", "SAY", "SEE", "SHE", "SIX", "TEN", "THE", "TOO", "TOP", "TWO",
                                           "WAS", "WAY", "WHO", "WIN", "WON", "WOW", "YES", "YET"});
        // (Not part of a compound, "AND-OR arrays": a term of logic or of code.)
        const bool compound = isDash(t, i + 1) || (i > 0 && isDash(t, i - 1)) || isSym(t, i + 1, "/") || (i > 0 && isSym(t, i - 1, "/"));
        if (kShouted.count(t[i].text) != 0 && t[i].text != "WHO" && !compound) {
            std::size_t small = 0, shouted = 0;
            for (const Token& k : t) {
                if (k.kind != Kind::Word || k.text.size() < 2) continue;
                if (std::islower(static_cast<unsigned char>(k.text[0]))) ++small;
                if (isUpperWord(k.text)) ++shouted;
            }
            if (small >= 3 && small > shouted) return Match{1, lowerAscii(t[i].text), "shouted word"};
        }
    }
    std::string before;
    if (t[i].text[0] == 'W' && (t[i].text == "WHO" || t[i].text == "WHO's" || t[i].text == "WHO\xE2\x80\x99s")) {
        if (inShoutedLine(t, i, before)) return std::nullopt;
        return Match{1, "W H O" + t[i].text.substr(3), "initialism"};
    }
    if (t[i].text != "IT" && t[i].text != "US") return std::nullopt;
    // "signs that said “GIVE US BACK THE 9”", "LET US VOTE": in words shouted in capitals inside a sentence of small letters,
    // "US" after a verb or a preposition in capitals that takes it is the pronoun (eSpeak NG says "U.S."), where what follows
    // is what an object is followed by, or nothing: "SEND US TROOPS HOME", "SAVE US STEEL JOBS" are the country's.
    if (t[i].text == "US" && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        isWordIn(t, i - 2, {"give", "let", "tell", "join", "help", "save", "show", "bring", "call", "email", "text", "protect", "leave", "send",
                            "keep", "teach", "for", "with", "to", "against", "about", "from", "hear", "free", "pay", "trust", "believe"}) &&
        isUpperWord(t[i - 2].text)) {
        const std::size_t next = skip(t, i + 1);
        const bool objectEnds = next >= t.size() || !isKind(t, next, Kind::Word) || isWordIn(t, i - 2, {"let"}) ||
                                isWordIn(t, next, {"back", "home", "now", "alone", "out", "in", "up", "down", "off", "away", "free", "go", "be",
                                                   "know", "what", "why", "how", "where", "when", "the", "a", "an", "your", "our", "all", "today",
                                                   "tonight", "too", "again", "here", "there", "to", "for", "with", "and", "or", "about", "on", "at"});
        if (objectEnds) return Match{1, "us", "shouted pronoun"};
    }
    if (!inShoutedLine(t, i, before)) return std::nullopt;
    static constexpr WordSet kTakesPronoun({
        "TELL", "TELLS", "TOLD", "LET", "LETS", "GIVE", "GIVES", "GAVE", "SHOW", "SHOWED", "JOIN", "HELP", "HELPED", "LEFT",
        "MADE", "MAKE", "MAKES", "DID", "DO", "DOES", "GET", "GOT", "TAKE", "TOOK", "LOVE", "HATE", "SAW", "SEE", "KNOW",
        "LEAVE", "KEEP", "PUT", "BRING", "CALL", "STOP", "FIX", "SELL", "SOLD", "BUY", "BOUGHT", "WANT", "NEED", "LOSE", "LOST", "DROP",
        "SAY", "SAID", "BEAT", "WIN", "WON", "SCRAP", "BAN", "BLOCK", "SAVE", "SHUT", "OPEN", "BUILD", "BUILT",
        "FOR", "WITH", "TO", "OF", "ABOUT", "FROM", "BY", "AMONG", "BETWEEN", "AGAINST", "LIKE", "WITHOUT", "BEHIND", "ON", "AT"});
    const bool afterVerb = kTakesPronoun.count(before) != 0;
    bool verbNext = false;
    if (t[i].text == "IT") {
        static constexpr WordSet kAuxiliaries({"IS", "WAS", "WILL", "WOULD", "HAS", "HAD", "CAN", "COULD", "MUST",
                                                        "SHOULD", "MAY", "MIGHT", "DOES", "DID", "ISN'T", "WASN'T", "WON'T",
                                                        "SEEMS", "LOOKS", "FEELS", "TAKES", "MEANS", "GETS"});
        const std::size_t next = skip(t, i + 1);
        const std::string word = isKind(t, next, Kind::Word) ? t[next].text : "";
        verbNext = kAuxiliaries.count(word) != 0 || (word.size() > 3 && word.compare(word.size() - 2, 2, "ED") == 0) ||
                   (word.empty() && (next >= t.size() || t[next].kind == Kind::Symbol));
    }
    if (!afterVerb && !verbNext) return std::nullopt;
    return Match{1, t[i].text == "IT" ? "it" : "us", "shouted pronoun"};
}

// "an A*", "A*-G", "a C* grade": an exam's starred grade, "A-star" (the star is no footnote's, and eSpeak NG takes a
// lone "A" for the article "uh").
static std::optional<Match> starredGradeRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Word) || t[i].text.size() != 1 || t[i].text[0] < 'A' || t[i].text[0] > 'G' || !isSym(t, i + 1, "*") ||
        isKind(t, i + 2, Kind::Word) || isKind(t, i + 2, Kind::Number) || (i > 0 && !isKind(t, i - 1, Kind::Space) && !isSym(t, i - 1, "("))) {
        return std::nullopt;
    }
    // (A letter other than A is a grade only where grades are spoken of: "Group B*" marks a note.)
    // (And an A where a grade is given, after an article or a grade's word, or before a range or "or": "Team A*" marks a note.)
    const bool gradeWords = anyWordIn(t, {"grade", "grades", "gcse", "gcses", "a-level", "a-levels"});
    const bool given = i >= 2 && isWordIn(t, i - 2, {"an", "a", "grade", "grades", "and", "or", "at", "got", "get", "gets", "achieved"});
    if (!gradeWords && !(t[i].text == "A" && (given || isSym(t, i + 2, "-") || isWordIn(t, skip(t, i + 2), {"or"})))) return std::nullopt;
    // (The letter A said "eh", as the readings of letters are: "A-star" after "of" is "uh-star" to eSpeak NG.)
    std::string spoken = (t[i].text == "A" ? std::string("eh") : t[i].text) + "-star";
    // ("A*-G": the range of grades down to the last letter.)
    if (isSym(t, i + 2, "-") && isKind(t, i + 3, Kind::Word) && t[i + 3].text.size() == 1 && std::isupper(static_cast<unsigned char>(t[i + 3].text[0]))) {
        return Match{4, spoken + " to " + t[i + 3].text, "grade"};
    }
    return Match{2, spoken, "grade"};
}

// A capital "A" that labels what the word before it names, "Cat A cars", "Grade A students", "Type A
// personality": the letter, which eSpeak NG would say as the article "uh" before a word in lower case.
// Title case ("Signs A Bill") has a capital after it and stays; so do the words that take an article
// at a sentence's start ("Is A the answer", "What A day").
std::optional<Match> labelLetterRule(const Tokens& t, std::size_t i) {
    if (auto m = starredGradeRule(t, i)) return m;
    // "at A-level", "an A grade", "the A band", "A-list stars": the letter of a grade, a band or a list, "eh" (eSpeak NG says
    // the article "uh" before a word in small letters, and "a level" for "A-level").
    if (isKind(t, i, Kind::Word) && t[i].text == "A" && (i == 0 || isKind(t, i - 1, Kind::Space) || isSym(t, i - 1, "("))) {
        const bool hyphened = isSym(t, i + 1, "-") && isWordIn(t, i + 2, {"level", "levels", "list", "lister", "listers", "grade", "grades", "road", "team"});
        // (Not the article opening a sentence: "A grade is a letter.")
        const bool spaced = i > 0 && isKind(t, i + 1, Kind::Space) && isWordIn(t, i + 2, {"grade", "grades", "band", "bands", "levels"}) &&
                            std::islower(static_cast<unsigned char>(t[i + 2].text[0]));
        if (hyphened || spaced) return Match{1, "eh", "grade"};
    }
    if (!isKind(t, i, Kind::Word) || t[i].text != "A" || i < 2 || !isKind(t, i - 1, Kind::Space) || !isKind(t, i - 2, Kind::Word)) {
        return std::nullopt;
    }
    const std::string& before = t[i - 2].text;
    const bool capitalized = std::isupper(static_cast<unsigned char>(before[0])) != 0 &&
                             std::any_of(before.begin(), before.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
    static constexpr WordSet kTakesArticle({"As", "Is", "Was", "What", "Such", "Quite", "Half", "Once", "Not", "Just", "Only",
                                                     "Then", "Has", "Have", "Had", "Like", "With", "For", "In", "On", "At", "Of",
                                                     "By", "From", "To", "Into", "About", "Be", "Being", "Became", "Become", "Make",
                                                     "Take", "Give", "Get", "Find", "Hire", "Buy", "Rather", "Many", "Without", "Under",
                                                     "Over", "After", "Before", "Via", "Per", "Than", "And", "But", "Or", "Why", "How"});
    if (!capitalized || kTakesArticle.count(before) != 0) return std::nullopt;
    // (A headline's words in capitals before it, "Police Say A man was arrested", "Startup Raises A $50
    // Million Round": the article.)
    if (i >= 4 && isKind(t, i - 3, Kind::Space) && isKind(t, i - 4, Kind::Word) && std::isupper(static_cast<unsigned char>(t[i - 4].text[0]))) {
        return std::nullopt;
    }
    std::size_t next = skip(t, i + 1);
    // ("Cat A COE premiums": an initialism between it and the word in lower case.)
    if (isKind(t, next, Kind::Word) && t[next].text.size() >= 2 && isCapitals(t[next].text)) next = skip(t, next + 1);
    const bool lowerNext = isKind(t, next, Kind::Word) && std::islower(static_cast<unsigned char>(t[next].text[0])) != 0;
    // (Or a clause's end after it: "Grade A, the top mark", "Exhibit A." Not a sign, "A $50 Round".)
    const bool ends = next >= t.size() || isSym(t, next, ",") || isSym(t, next, ".") || isSym(t, next, ";") || isSym(t, next, ":") ||
                      isSym(t, next, ")");
    if (!lowerNext && !ends) return std::nullopt;
    return Match{1, "eh", "letter"};
}

namespace {

bool isVowelLetter(char c, bool first) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' || (c == 'Y' && !first); }

bool inList(std::string_view cluster, std::initializer_list<std::string_view> list) {
    for (std::string_view c : list) {
        if (cluster == c) return true;
    }
    return false;
}

bool onset(std::string_view c) {
    return c.size() <= 1 || inList(c, {"QU", "SQU", "BL", "BR", "CH", "CL", "CR", "DR", "FL", "FR", "GH", "GL", "GR", "KL", "KN", "KR", "PH", "PL",
                                       "PR", "SC", "SH", "SK", "SL", "SM", "SN", "SP", "ST", "SW", "TH", "TR", "TW", "WH", "WR",
                                       "STR", "SPR", "SCR", "SPL", "SHR", "THR", "SCH"});
}

bool coda(std::string_view c) {
    return c.size() <= 1 || inList(c, {"CK", "CT", "FT", "LD", "LF", "LK", "LL", "LM", "LN", "LP", "LT", "MB", "MP", "ND", "NG",
                                       "NK", "NT", "PS", "PT", "RB", "RC", "RD", "RF", "RG", "RK", "RL", "RM", "RN", "RP", "RS",
                                       "RT", "SH", "SK", "SP", "SS", "ST", "TH", "TS", "CH", "DS", "GS", "KS", "LS", "MS", "NS",
                                       "WS", "XT", "SM", "FF", "ZZ", "GH", "BS", "PH", "TCH", "LTH", "NTH", "RTH", "FTH", "DTH", "MPT", "MPS", "LDS",
                                       "LPS", "LTS", "LMS", "RDS", "RKS", "RLS", "RMS", "RNS", "SKS", "STS", "PTS", "CTS", "FTS",
                                       "LCH", "HN", "NGTH", "NTS", "NDS", "RTS", "RST", "NCH", "RCH", "NGS", "NKS", "CKS", "GHT",
                                       "RLD", "RLDS", "XTH", "XTS", "LFTH", "LLS", "FFS", "SSED", "LLED"});
}


}  // namespace

// A headline in title case: most of its words capitalized.
bool mostlyCapitalized(const Tokens& t) {
    std::size_t words = 0, capitals = 0;
    for (const Token& k : t) {
        if (k.kind != Kind::Word) continue;
        ++words;
        capitals += isCapitalized(k.text) ? 1 : 0;
    }
    return words >= 3 && capitals * 3 >= words * 2;
}

// Whether capitals could be said as one English word ("NATO", "NASDAQ", "UNESCO", "AIDS"): vowels
// between clusters of consonants that can begin or end a syllable. "UCSF", "NCAA", "SEIU", "NDIS" cannot,
// and eSpeak NG, which tries to say some such as words ("uksf"), must spell them.
bool sayableAsWord(const std::string& w) {
    std::size_t i = 0, vowels = 0;
    std::string_view v(w);
    bool first = true;
    while (i < v.size()) {
        std::size_t j = i;
        while (j < v.size() && !isVowelLetter(v[j], j == 0)) ++j;
        // ("QUEEN", "SQUAD": the "U" after a "Q" is the consonant's.)
        if (j > i && j < v.size() && v[j - 1] == 'Q' && v[j] == 'U') ++j;
        const std::string_view consonants = v.substr(i, j - i);
        std::size_t k = j;
        while (k < v.size() && isVowelLetter(v[k], k == 0)) ++k;
        if (k - j > 2) return false;  // "EIU"
        if (k > j) ++vowels;
        if (first) {
            if (!onset(consonants)) return false;
        } else if (k == j) {
            if (!coda(consonants)) return false;  // the word's last consonants
        } else {
            // Between two vowels: the end of one syllable and the start of the next.
            bool split = false;
            for (std::size_t cut = 0; cut <= consonants.size() && !split; ++cut) {
                split = coda(consonants.substr(0, cut)) && onset(consonants.substr(cut));
            }
            if (!split) return false;
        }
        first = false;
        i = k;
    }
    return vowels > 0;
}

namespace {

// The clause around token `i`, between two of the marks eSpeak NG pauses at (or the sentence's ends),
// holds two words at most: anything else than a space counts as one. (Brackets count as such marks: they
// are read as commas, "the occupation period (MOP) of" as "period, MOP, of".)
bool shortClause(const Tokens& t, std::size_t i) {
    const auto mark = [&](std::size_t k) {
        return isSym(t, k, ",") || isSym(t, k, ".") || isSym(t, k, ";") || isSym(t, k, ":") || isSym(t, k, "?") || isSym(t, k, "!") ||
               isSym(t, k, "(") || isSym(t, k, ")");
    };
    std::size_t words = 1;
    for (std::size_t k = i; k-- > 0 && !mark(k) && words <= 2;) words += t[k].kind != Kind::Space;
    for (std::size_t k = i + 1; k < t.size() && !mark(k) && words <= 2; ++k) words += t[k].kind != Kind::Space;
    return words <= 2;
}

// The three capitals eSpeak NG 1.51 says as a word inside a sentence (it spells all others there): its
// own words, "ALL", "WHO", "YOU", and a few short forms it expands, "ETC", "LTD", "MRS". (Found by
// having it read every three capitals in "the ___ said".)
bool saidWholeInCapitals(const std::string& w) {
    static const std::unordered_set<std::string> kWhole{
        "ABE", "ABU", "ADA", "ADD", "ADO", "AHA", "AKA", "ALE", "ALL", "ALM", "ALT", "AMO", "AND", "ANY", "APR", "ARC", "ARE",
        "ASS", "AVE", "BIO", "BOW", "BUS", "BUT", "CAN", "CHI", "CON", "DDU", "DER", "DID", "DOW", "EGG", "EID", "EKE", "ELY",
        "EMU", "ERE", "ERR", "ETA", "ETC", "EUR", "EVA", "EWE", "FAE", "FIX", "FOR", "GEO", "GET", "GIF", "GIG", "GOT", "GUI",
        "HAD", "HAS", "HEH", "HER", "HIM", "HIS", "HMM", "HOW", "HUW", "IAN", "ITS", "KYI", "LAS", "LOK", "LOS", "LTD", "MAY",
        "MEH", "MIC", "MIR", "MOI", "MRS", "NOR", "NOT", "NOW", "ONE", "OUI", "OUR", "PER", "PUD", "PUT", "QUA", "RAE", "REG",
        "REO", "RIO", "ROW", "SAN", "SCI", "SEX", "SHE", "SIR", "SKI", "SON", "SRI", "TAJ", "TEN", "THE", "THO", "THU", "THY",
        "TIS", "TON", "TWO", "TYR", "TZU", "UNO", "USE", "VEG", "VEX", "VIA", "WAS", "WHO", "WHY", "WII", "YEA", "YEO", "YER",
        "YOU", "ZOE"};
    // (And the common words a writer sets in capitals for emphasis, "Her answer: YES.", "Trump wrote: SAD!",
    // or that name an index or a talk, "the DAX,", "At TED,": eSpeak NG says them right in a short clause.)
    static const std::unordered_set<std::string> kWords{
        "ACT", "ADD", "AGE", "AGO", "AID", "AIM", "AIR", "ARM", "ART", "ASK", "ATE", "BAD", "BAG", "BAN", "BAR", "BAT", "BED", "BET", "BID",
        "BIG", "BIT", "BOX", "BOY", "BUY", "CAP", "CAR", "CAT", "COP", "COW", "CRY", "CUP", "CUT", "DAD", "DAX", "DAY", "DEN", "DIE",
        "DIG", "DOG", "DOT", "DRY", "DUE", "EAR", "EAT", "EGG", "END", "ERA", "EYE", "FAN", "FAR", "FAT", "FED", "FEE", "FEW", "FIG",
        "FIT", "FLY", "FOX", "FUN", "FUR", "GAP", "GAS", "GOD", "GUN", "GUY", "HAT", "HEY", "HID", "HIT", "HOP", "HOT", "HUG", "ICE",
        "ILL", "INK", "JAM", "JAR", "JAW", "JET", "JOB", "JOY", "KEY", "KID", "KIT", "LAB", "LAP", "LAW", "LAY", "LED", "LEG", "LET",
        "LID", "LIE", "LIP", "LIT", "LOG", "LOT", "LOW", "MAD", "MAN", "MAP", "MAX", "MEN", "MIX", "MOB", "MOM", "MUD", "MUM", "NAP",
        "NET", "NEW", "NOD", "NUT", "OAK", "ODD", "OFF", "OIL", "OLD", "OUT", "OWL", "OWN", "PAC", "PAD", "PAN", "PAY", "PEN", "PET",
        "PIE", "PIG", "PIN", "PIT", "POP", "POT", "PUB", "RAG", "RAN", "RAP", "RAT", "RAW", "RED", "RIB", "RID", "ROB", "ROD", "RUN",
        "SAD", "SAT", "SAW", "SAY", "SEA", "SEE", "SET", "SHY", "SIN", "SIP", "SIT", "SIX", "SKY", "SOB", "SPY", "SUM", "SUN", "TAB",
        "TAG", "TAN", "TAP", "TAX", "TEA", "TED", "TIE", "TIN", "TIP", "TOE", "TOO", "TOP", "TOY", "TRY", "TUB", "VAN", "VET", "WAR",
        "WAX", "WAY", "WEB", "WED", "WET", "WIN", "WON", "WOW", "YES", "YET", "ZIP", "ZOO", "ISA", "GOT", "HER", "NAB", "CAC", "MET"};
    return kWhole.count(w) != 0 || kWords.count(w) != 0;
}

// Dotted, "U.C.S.F": eSpeak NG then says the letters as it says an initialism it knows, in one breath,
// and an "A" inside as the letter. An "A" first is written as said, "eh M.D": dotted or spaced after
// "of" or "at", eSpeak NG takes it for the article "uh".
// A plural's letters dotted, "A.T.M's": before the plural eSpeak NG says a first "A" as the letter (apart, "eh
// T.M's", it said the dot).
std::string dottedPlural(const std::string& w) {
    std::string spoken(1, w[0]);
    for (std::size_t k = 1; k < w.size(); ++k) spoken += std::string(".") + w[k];
    return spoken + "'s";
}

std::string dottedLetters(const std::string& w) {
    std::string spoken = w[0] == 'A' ? std::string("eh") : std::string(1, w[0]);
    for (std::size_t k = 1; k < w.size(); ++k) spoken += std::string(k == 1 && w[0] == 'A' ? " " : ".") + w[k];
    return spoken;
}

}  // namespace

// Capitals that no English word could be made of, where eSpeak NG would try to say them as one, are
// spelled: "UCSF" is "U.C.S.F". Those that could be a word are left to eSpeak NG, which knows which of
// them to spell ("CEO") and which to say ("NATO"); in a line set all in capitals every word is left alone.
std::optional<Match> initialismRule(const Tokens& t, std::size_t i) {
    // A title in capitals before a name in capitals, "SEN. MARIA CANTWELL": the title's rule says it ("Senator").
    if (capitalTitleBeforeCapitalName(t, i) != nullptr) return std::nullopt;
    // "DA: I think the prize matters less": an interview's speaker named by two or three capitals before a colon, opening
    // the paragraph, spelled (eSpeak NG said "dah" before the colon).
    // (Not a word in capitals, a field's label: "OFF: Saka ON: Nwaneri", "NOTE:", "WHY:".)
    // ("WHO:", "ACT:" name a body and a territory: spelled.)
    static const std::unordered_set<std::string> kLabelWords{"ON", "IN", "UP", "NO", "GO", "SO", "IF", "TO", "OR", "AT", "BY", "OF", "AS", "DO",
                                                             "WE", "OK", "OFF", "OUT", "YES", "NOW", "HOW", "WHY", "AND", "BUT", "FOR", "THE"};
    if (i == 0 && isKind(t, 0, Kind::Word) && t[0].text.size() >= 2 && t[0].text.size() <= 3 && isUpperWord(t[0].text) && isSym(t, 1, ":") &&
        isKind(t, 2, Kind::Space) && kLabelWords.count(t[0].text) == 0) {
        return Match{1, dottedLetters(t[0].text), "initialism"};
    }
    // ("four hybrid ORs": operating rooms, whose plural eSpeak NG says as the word "or"; "Council OKs $4.3M" is a verb, "DOs
    // and DON'Ts", "INs and OUTs" words.)
    if (isKind(t, i, Kind::Word) && t[i].text == "ORs") return Match{1, "O R's", "initialism"};
    // "MoD", "BoE", "DoJ": a small "of" between two capitals, which eSpeak NG says as a word ("Moh Dee").
    // ("BoE's": the same with its possessive.)
    if (isKind(t, i, Kind::Word) && t[i].text.size() >= 3 && std::isupper(static_cast<unsigned char>(t[i].text[0])) &&
        (t[i].text[1] == 'o' || t[i].text[1] == 'f') && std::isupper(static_cast<unsigned char>(t[i].text[2]))) {
        std::string letters = t[i].text;
        const std::string possessive = dropPossessive(letters) ? "'s" : "";
        if (letters.size() == 3) {
            letters[1] = static_cast<char>(std::toupper(static_cast<unsigned char>(letters[1])));
            std::string spoken = dottedLetters(letters);
            if (!possessive.empty()) spoken[spoken.size() - 2] = ' ';  // "B.O E's": see the possessive below
            return Match{1, spoken + possessive, "initialism"};
        }
        // ("31 MoUs": in the plural, which eSpeak NG says as a word, "moe-us".)
        if (letters.size() == 4 && letters.back() == 's' && possessive.empty()) {
            letters[1] = static_cast<char>(std::toupper(static_cast<unsigned char>(letters[1])));
            return Match{1, dottedPlural(letters.substr(0, 3)), "initialism"};
        }
    }
    // "BofA": "of" written whole between two capitals, said as a word between the letters.
    if (isKind(t, i, Kind::Word) && t[i].text.size() >= 4 && t[i].text.compare(1, 2, "of") == 0) {
        std::string letters = t[i].text;
        const std::string possessive = dropPossessive(letters) ? "'s" : "";
        if (letters.size() == 4 && std::isupper(static_cast<unsigned char>(letters[0])) && std::isupper(static_cast<unsigned char>(letters[3]))) {
            return Match{1, std::string(1, letters[0]) + " of " + (letters[3] == 'A' ? std::string("eh") : std::string(1, letters[3])) + possessive,
                         "initialism"};
        }
    }
    // "rated A by S&P", "grade A", "Plan A": a letter as a mark or a name, not the article; and after "an", which no
    // article follows ("an A CinemaScore", "an A-minus").
    // ("an A-minus", "an A+ rating" are said as letters already, in their compound.)
    if (isKind(t, i, Kind::Word) && t[i].text == "A" && i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"an"}) &&
        (i + 1 >= t.size() || isKind(t, i + 1, Kind::Space) || isSym(t, i + 1, ",") || isSym(t, i + 1, ".")) && !mostlyCapitalized(t)) {
        return Match{1, "eh", "initialism"};
    }
    if (isKind(t, i, Kind::Word) && t[i].text == "A" && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        isWordIn(t, i - 2, {"rated", "rating", "grade", "graded", "class", "category", "type", "vitamin", "plan", "section", "option",
                            "group", "tier", "level", "exhibit", "appendix", "part", "block", "wing", "gate", "terminal",
                            "platform", "division", "bracket", "pool", "form", "schedule", "list", "series", "line", "route"}) &&
        // (In a headline in title case "A" before a capitalized word is the article: "How to Plan A Wedding".)
        !(mostlyCapitalized(t) && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) && isCapitalized(t[i + 2].text))) {
        return Match{1, "eh", "initialism"};
    }
    // "the A, C and E trains", "no A or C service", "the A and the S shuttle": a letter in a list of letters (lines,
    // blocks, options) is a letter too.
    if (isKind(t, i, Kind::Word) && t[i].text == "A" && !mostlyCapitalized(t)) {
        const auto loneLetter = [&](std::size_t k) {
            return isKind(t, k, Kind::Word) && t[k].text.size() == 1 && std::isupper(static_cast<unsigned char>(t[k].text[0])) && t[k].text != "I" &&
                   !isSym(t, k + 1, ".") && !isSym(t, k + 1, "'") && !isKind(t, k + 1, Kind::Number) && !isDash(t, k + 1) &&
                   !isSym(t, k + 1, "*") && !isSym(t, k + 1, "&") && !isSym(t, k + 1, "+");
        };
        const auto joiner = [&](std::size_t k) { return isWordIn(t, k, {"and", "or", "to", "through"}); };
        std::size_t after = i + 1;
        if (isSym(t, after, ",")) ++after;
        const bool listAfter = isKind(t, after, Kind::Space) &&
                               (loneLetter(after + 1) ||
                                (joiner(after + 1) && isKind(t, after + 2, Kind::Space) &&
                                 (loneLetter(after + 3) || (isWordIn(t, after + 3, {"the"}) && isKind(t, after + 4, Kind::Space) && loneLetter(after + 5)))));
        // (Or spelled letter by letter: "A A P L", "A B A".)
        const bool listBefore = i >= 2 && isKind(t, i - 1, Kind::Space) &&
                                ((i >= 4 && joiner(i - 2) && isKind(t, i - 3, Kind::Space) && loneLetter(i - 4)) ||
                                 (i >= 3 && isSym(t, i - 2, ",") && loneLetter(i - 3)) || loneLetter(i - 2));
        if (listAfter || listBefore) return Match{1, "eh", "initialism"};
    }
    // Most words leave here: two capitals first.
    if (!isKind(t, i, Kind::Word) || t[i].text.size() < 2 || t[i].text[0] < 'A' || t[i].text[0] > 'Z' || t[i].text[1] < 'A' ||
        t[i].text[1] > 'Z') {
        return std::nullopt;
    }
    std::string w = t[i].text;
    // "GCSEs", "ICBMs": four capitals or more that make no word, in the plural, which eSpeak NG drops or
    // says as a word ("ickbum"); dotted with "'s", it says the letters and the plural. (It reads shorter
    // plurals, "NGOs", "IEDs", right in a sentence.)
    if (w.size() >= 5 && w.size() <= 7 && w.back() == 's' &&
        std::all_of(w.begin(), w.end() - 1, [](char c) { return c >= 'A' && c <= 'Z'; }) && !sayableAsWord(w.substr(0, w.size() - 1))) {
        std::string before;
        if (!inShoutedLine(t, i, before)) return Match{1, dottedPlural(w.substr(0, w.size() - 1)), "initialism"};
    }
    // "MPs," and "MPs'": two capitals in the plural before a comma, or with the plural's possessive, which
    // eSpeak NG reads without the plural ("M P,") or with a third letter ("M P S vote"); spaced with "'s"
    // it says "M Ps".
    // (Or before the bracket or the stop that closes a clause: "electric vehicles (EVs).")
    if (w.size() == 3 && w[2] == 's' && w[1] >= 'A' && w[1] <= 'Z' && (isSym(t, i + 1, ",") || isSym(t, i + 1, "'") ||
                                                                        isSym(t, i + 1, "\xE2\x80\x99") || isSym(t, i + 1, ")") ||
                                                                        isSym(t, i + 1, ".") || isSym(t, i + 1, ";") || isSym(t, i + 1, ":"))) {
        const bool apostrophe = isSym(t, i + 1, "'") || isSym(t, i + 1, "\xE2\x80\x99");
        // (An A said by its name: "A E's" is "uh ease" to eSpeak NG.)
        return Match{apostrophe ? std::size_t{2} : std::size_t{1}, (w[0] == 'A' ? std::string("eh") : std::string(1, w[0])) + " " + w[1] + "'s",
                     "initialism"};
    }
    // "agencies, MDAs, from": three capitals in the plural as a clause of their own, which eSpeak NG reads
    // as a word or without its plural ("IEDs" as "wide", "MDAs" as "M D A"); dotted with "'s" it says the
    // letters and the plural. (In a longer clause it reads them right: "the MDAs, which".)
    if (w.size() == 4 && w[3] == 's' && std::all_of(w.begin(), w.end() - 1, [](char c) { return c >= 'A' && c <= 'Z'; }) &&
        !saidWholeInCapitals(w.substr(0, 3)) && romanNumeralValue(w.substr(0, 3)) == 0 && !mostlyCapitalized(t) &&
        // (Alone between two marks: "Web APIs:" is said right. Or a gloss after "or": "judges, or ALJs, to"; or in its brackets,
        // "EU Allowances (EUAs) for".)
        // (Not a word's capitals after the word itself: "sim cards (SIMs)".)
        std::none_of(t.begin(), t.end(), [&](const Token& k) { return k.kind == Kind::Word && k.text == lowerAscii(w.substr(0, 3)); }) &&
        i >= 1 && (isSym(t, i - 1, "(") ||
                   (i >= 2 && isKind(t, i - 1, Kind::Space) &&
                    (isSym(t, i - 2, ",") || isSym(t, i - 2, "(") ||
                     (i >= 4 && isWordIn(t, i - 2, {"or"}) && isKind(t, i - 3, Kind::Space) && isSym(t, i - 4, ","))))) &&
        (isSym(t, i + 1, ",") || isSym(t, i + 1, ")") || isSym(t, i + 1, ".") || isSym(t, i + 1, ";"))) {
        std::string before;
        if (!inShoutedLine(t, i, before)) return Match{1, dottedPlural(w.substr(0, 3)), "initialism"};
    }
    // "NCAA's": the possessive after the letters.
    const std::string possessive = dropPossessive(w) ? "'s" : "";
    if (w.size() < 2 || w.size() > 7 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
        return std::nullopt;
    }
    // "the INTO's general secretary": a body's initials that spell a small word of English, with a possessive no such word takes,
    // said letter by letter (eSpeak NG says "into's").
    // (Words no one writes in capitals with a possessive for emphasis: "WHAT's going on" is one's stress.)
    static constexpr WordSet kSmallWords({"INTO", "ONTO", "UPON", "UNTO"});
    if (!possessive.empty() && kSmallWords.count(w) != 0) return Match{1, dottedLetters(w) + possessive, "initialism"};
    // "justice AS Supehia", "Shri MR Rao": a name's initials in capitals without their dots after a title, before the surname, as
    // Indian papers write them; said letter by letter ("AS" is no "as", "MR" no "mister").
    // (Not an office's own initials, "Shri PM Modi", nor after "judge", "a judge ACT Government lawyers argued against".)
    if (w.size() >= 2 && w.size() <= 3 && possessive.empty() && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        isWordIn(t, i - 2, {"justice", "justices", "shri", "smt", "sri", "advocate", "adv"}) &&
        !isWordIn(t, i, {"pm", "cm", "mp", "mla", "mlc", "dm", "sp", "dgp", "ceo", "act"}) &&
        isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) && isCapitalized(t[i + 2].text) && !isUpperWord(t[i + 2].text) &&
        t[i + 2].text.size() >= 3 && anyWordIn(t, {"justice", "justices", "judge", "shri", "smt", "sri"})) {
        return Match{1, dottedLetters(w), "initialism"};
    }
    // A stock's ticker in brackets in market copy, "Boeing (BA)", "(TSLA)": its letters, whatever they
    // could spell (eSpeak NG says capitals between pauses as a word: "teesla").
    const bool ticker = i >= 1 && isSym(t, i - 1, "(") && isSym(t, i + 1, ")") && w.size() <= 5 && possessive.empty() &&
                        anyWordIn(t, {"shares", "share", "stock", "stocks", "nasdaq", "nyse", "traded", "trading", "rose",
                                      "fell", "jumped", "slid", "gained", "dropped", "climbed", "tumbled", "earnings",
                                      "investors", "market", "valuation"});
    if (ticker) return Match{1, dottedLetters(w), "initialism"};
    // Three capitals in a clause of two words at most, "The KRA, which", "EAC:": eSpeak NG spells them in
    // a longer one, but says them in so short a clause as a word if it can ("kra", "eek"). Dotted, they are
    // the letters it says elsewhere. (Not the words it knows whole in capitals, "ALL", "WHO", "YOU".)
    // (Not a name's part before a dot, "LWN.net"; not in a line of capitals alone, "WAR.")
    const bool dotted = isSym(t, i + 1, ".") && i + 2 < t.size() && t[i + 2].kind != Kind::Space;
    const bool small = std::any_of(t.begin(), t.end(), [](const Token& k) {
        return k.kind == Kind::Word && std::any_of(k.text.begin(), k.text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    });
    // (Two vowels likewise: "the Environment Agency, or EA, said" is "ee" to eSpeak NG; and two letters that make a
    // syllable but no English word, "The DA, the ANC's partner" ("dah"), "the BA," ("bah").)
    const bool twoVowels = w.size() == 2 && isVowelLetter(w[0], true) && isVowelLetter(w[1], true);
    static const std::unordered_set<std::string> kTwoLetterWords{"AN", "AS", "AT", "BE", "BY", "DO", "GO", "HE", "HI", "IF", "IN", "IS", "IT", "ME",
                                                                 "MY", "NO", "OF", "OH", "OK", "ON", "OR", "SO", "TO", "UP", "US", "WE", "AM",
                                                                 "AH", "OX", "OW", "AX", "ID"};
    const bool syllable = w.size() == 2 && !isVowelLetter(w[0], true) && isVowelLetter(w[1], true) && kTwoLetterWords.count(w) == 0;
    // (Not a word of a name set in capitals beside a longer one, as racecards print a horse, "RUM RUNNER (4-5) won".)
    const auto longCaps = [&](std::size_t k) {
        return isKind(t, k, Kind::Word) && t[k].text.size() >= 4 && !isLexiconPlaceholder(t[k].text) &&
               std::all_of(t[k].text.begin(), t[k].text.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
               std::any_of(t[k].text.begin(), t[k].text.end(), [](char c) { return isVowelLetter(c, false); }) && sayableAsWord(t[k].text);
    };
    const bool inCapsName = w.size() == 3 && isVowelLetter(w[1], false) && !isVowelLetter(w[0], true) && !isVowelLetter(w[2], false) &&
                            ((i >= 2 && isKind(t, i - 1, Kind::Space) && longCaps(i - 2)) || (isKind(t, i + 1, Kind::Space) && longCaps(i + 2)));
    if ((w.size() == 3 || twoVowels || syllable) && possessive.empty() && !dotted && small && !saidWholeInCapitals(w) && romanNumeralValue(w) == 0 &&
        shortClause(t, i) && !inCapsName) {
        std::string before;
        if (!inShoutedLine(t, i, before)) return Match{1, dottedLetters(w), "initialism"};
    }
    // "Auckland Transport, or AT, will run", "AT's director", "the OR nurses": two capitals that spell a small English word,
    // in a sentence of small letters, are an initialism's letters (eSpeak NG said "at", "or"). "NO", "GO", "SO", "DO" and
    // "OK" are words set in capitals for their weight ("vote YES or NO"); "IT" and "US" eSpeak NG spells itself.
    // (Those that name things often: a transport authority, Ontario, Indiana, an operating room, Islamic State, Maine,
    // Uttar Pradesh. Not beside a word in capitals, a heading's "GOVERNMENT OF Canada".)
    static const std::unordered_set<std::string> kSpelledTwo{"AT", "ON", "IN", "OR", "IS", "ME", "UP"};
    const auto shouted = [&](std::size_t k) {
        return isKind(t, k, Kind::Word) && t[k].text.size() >= 3 && std::none_of(t[k].text.begin(), t[k].text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    };
    // (Nor a label before its colon, "OFF: Saka ON: Nwaneri", or a state after the verb that has it, "the lights are ON", "left IN".)
    const bool label = isSym(t, i + 1, ":");
    const bool state = (w == "ON" || w == "IN" || w == "UP") && i >= 2 && isKind(t, i - 1, Kind::Space) &&
                       isWordIn(t, i - 2, {"is", "are", "was", "were", "be", "been", "turned", "switched", "stay", "stays", "stayed", "left", "kept",
                                           "keep", "keeps", "it", "them", "still"});
    if (w.size() == 2 && kSpelledTwo.count(w) != 0 && small && !dotted && !label && !state && !isSym(t, i + 1, "&") && !(i > 0 && isSym(t, i - 1, "&")) &&
        !(i >= 2 && shouted(i - 2)) && !shouted(i + 2)) {
        std::string before;
        if (!inShoutedLine(t, i, before)) return Match{1, dottedLetters(w) + possessive, "initialism"};
    }
    // "IRFU", "SARU", "NZRU": a rugby union's initials, which could be said as a word ("er-foo") but never are.
    // ("PERU", "GURU" are words.)
    if (w.size() >= 3 && w.size() <= 5 && (w.ends_with("RU") || w.ends_with("RFU")) && std::string_view("EIOU").find(w[w.size() - 3]) == std::string_view::npos) {
        std::string before;
        if (!inShoutedLine(t, i, before)) return Match{1, dottedLetters(w) + possessive, "initialism"};
    }
    if (w.size() < 3 || sayableAsWord(w)) return std::nullopt;
    // "JOHN O'BRIEN, Dublin 6", "SEÁN Ó BRIAIN": a name set in capitals, as a letters page signs them. A
    // word in capitals beside one that no initialism is (an apostrophe, a letter beyond ASCII, six
    // letters or more) is a word: said as one, in title case.
    if (possessive.empty() && w.size() >= 4) {
        const auto capsWord = [&](std::size_t k) {
            if (!isKind(t, k, Kind::Word) || isLexiconPlaceholder(t[k].text)) return false;
            const std::string& v = t[k].text;
            return std::none_of(v.begin(), v.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
                   std::any_of(v.begin(), v.end(), [](char c) { return (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80; });
        };
        const auto nameLike = [&](std::size_t k) {
            const std::string& v = t[k].text;
            return capsWord(k) && (v.find('\'') != std::string::npos || v.find("\xE2\x80\x99") != std::string::npos || v.size() >= 6 ||
                                   std::any_of(v.begin(), v.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
        };
        // (Over a particle: "SEÁN Ó BRIAIN", "JOHN O BRIAIN".)
        const auto particle = [&](std::size_t k) {
            return isKind(t, k, Kind::Word) && (isLexiconPlaceholder(t[k].text) || (t[k].text.size() == 1 && std::isupper(static_cast<unsigned char>(t[k].text[0]))));
        };
        const auto partner = [&](std::size_t k) { return capsWord(k) && (nameLike(k) || w.size() >= 6); };
        const bool before = i >= 2 && isKind(t, i - 1, Kind::Space) &&
                            (partner(i - 2) || (particle(i - 2) && i >= 4 && isKind(t, i - 3, Kind::Space) && partner(i - 4)));
        const bool after = isKind(t, i + 1, Kind::Space) &&
                           (partner(i + 2) || (particle(i + 2) && isKind(t, i + 3, Kind::Space) && partner(i + 4)));
        std::string wordBefore;
        if ((before || after) && !inShoutedLine(t, i, wordBefore)) {
            std::string word = lowerAscii(w);
            word[0] = w[0];
            return Match{1, word, "initialism"};
        }
    }
    // "TSMC's": four capitals or more with a possessive, which eSpeak NG drops after letters it spells;
    // dotted, it says both ("T.S.M.C's").
    if (!possessive.empty() && w.size() >= 4) {
        std::string before;
        std::string spoken = dottedLetters(w);
        if (spoken[spoken.size() - 2] == '.' && spoken.back() != 'A') spoken[spoken.size() - 2] = ' ';  // as below
        if (!inShoutedLine(t, i, before)) return Match{1, spoken + possessive, "initialism"};
    }
    // eSpeak NG spells most such capitals itself, and knows some that are said as words ("JSON",
    // "NVIDIA"). It tries to say others as words where they open with a vowel ("UCSF" as "uksf"), run
    // three vowels ("SEIU"), open with an N or a P before a consonant ("NCAA", "NDIS", "PFAS") or end
    // on consonants no word ends on ("LAFC" as "laffk"): only those are spelled here.
    const auto vowel = [](char c) { return isVowelLetter(c, true); };  // (Y counts as no vowel here)
    bool threeVowels = false;
    for (std::size_t k = 0; k + 2 < w.size(); ++k) threeVowels = threeVowels || (vowel(w[k]) && vowel(w[k + 1]) && vowel(w[k + 2]));
    const bool nasalStart = (w[0] == 'N' || w[0] == 'P') && !vowel(w[1]) && w[1] != 'V' && w[1] != 'W' && w[1] != 'H' && w[1] != 'R' &&
                            w[1] != 'L';
    std::size_t lastVowel = w.size();
    for (std::size_t k = 1; k < w.size(); ++k) lastVowel = isVowelLetter(w[k], false) ? k : lastVowel;
    // (Nor on an "H" after an "I", "U" or "E", which no word does: "CPIH" is "seepih" to eSpeak NG.)
    const bool noEnding = lastVowel + 1 < w.size() && (!coda(std::string_view(w).substr(lastVowel + 1)) ||
                                                        (lastVowel + 2 == w.size() && w.back() == 'H' && std::string_view("IUE").find(w[lastVowel]) != std::string_view::npos));
    // Three consonants or more at the start that no word starts with: "NHTSA" ("N, aitch, tsah"); or two before two
    // vowels that end it, "CCEA" ("C C", its vowels unsaid), "TFEU" ("T fyoo") ("CPU", "JSON" are said right).
    std::size_t firstVowel = 0;
    while (firstVowel < w.size() && !isVowelLetter(w[firstVowel], firstVowel == 0)) ++firstVowel;
    const bool twoBeforeTwo = firstVowel == 2 && w.size() == 4 && vowel(w[2]) && vowel(w[3]);
    const bool noBeginning = (firstVowel >= 3 || twoBeforeTwo) && firstVowel < w.size() && !onset(std::string_view(w).substr(0, firstVowel));
    if (!vowel(w[0]) && !threeVowels && !nasalStart && !noEnding && !noBeginning) return std::nullopt;
    std::string before;
    if (inShoutedLine(t, i, before)) return std::nullopt;
    // (Before a possessive the last letter stands apart: "B.C's" is "B dot C's" to eSpeak NG, "B C's" is not.)
    std::string spoken = dottedLetters(w);
    if (!possessive.empty() && spoken.size() >= 2 && spoken[spoken.size() - 2] == '.' && spoken.back() != 'A') spoken[spoken.size() - 2] = ' ';
    return Match{1, spoken + possessive, "initialism"};
}

namespace {

// Capitalized words a slash offers as alternatives: days, months, pronouns, titles, answers.
bool isAlternativeWord(const std::string& w) {
    if (monthFromName(w) != 0 || !weekdayName(w).empty()) return true;
    static const std::unordered_set<std::string> kWords{"He", "She", "They", "Him", "Her", "His", "Hers", "Them", "Mr", "Mrs",
                                                        "Ms", "Miss", "Mx", "Yes", "No", "True", "False", "Male", "Female",
                                                        "On", "Off", "In", "Out", "Up", "Down", "ON", "OFF", "IN", "OUT",
                                                        "UP", "DOWN", "YES", "NO"};
    return kWords.count(w) != 0;
}

}  // namespace

namespace {

// Whether a figure said after these words would run on into them as one number: "twenty" and "three" are heard as 23,
// "one hundred" and "five" as 105; "nineteen" and "one" are not, nor a letter and a figure.
bool mayRunOn(const std::string& before) {
    std::string last = before.substr(before.find_last_of(' ') == std::string::npos ? 0 : before.find_last_of(' ') + 1);
    if (!last.empty() && std::isdigit(static_cast<unsigned char>(last.back()))) {
        // (The provision's own number, as written: "20", "300", "320.14".)
        if (last.find('.') != std::string::npos) return true;
        const long n = std::strtol(last.c_str(), nullptr, 10);
        return n >= 20 && n % 10 == 0;
    }
    return last.ends_with("ty") || last == "hundred" || last == "thousand";
}

// A provision's subdivisions glued to its number: "section 12(3)(b)", "§ 1343(a)", "Rule 23(b)(3)",
// "Art. 5(1)(ii)". A reader says them in one breath, "twelve three b"; the brackets are no aside to pause
// around. Only with a letter among them or a provision's name before the number: a cricketer's "82(53)"
// is runs and balls.
std::optional<Match> subdivisionBrackets(const Tokens& t, std::size_t i) {
    if (!isSym(t, i, "(") || i == 0 || !(isKind(t, i - 1, Kind::Number) || isSym(t, i - 1, ")"))) return std::nullopt;
    std::size_t number = i - 1;
    while (number > 0 && isSym(t, number, ")") && number >= 3 && isSym(t, number - 2, "(")) number -= 3;
    if (!isKind(t, number, Kind::Number)) return std::nullopt;
    // (A section numbered with a point, "s. 320.14(3)", as Canada's Criminal Code is, after its word.)
    const std::string& written = t[number].text;
    const bool pointed = written.find('.') != std::string::npos && written.find('.') == written.rfind('.') && written.front() != '.' &&
                         written.back() != '.' && std::all_of(written.begin(), written.end(), [](char c) { return c == '.' || std::isdigit(static_cast<unsigned char>(c)); });
    if (!digitsOnly(written) && !(pointed && isWordIn(t, number >= 3 && isSym(t, number - 2, ".") ? number - 3 : number >= 2 ? number - 2 : t.size(),
                                                      {"section", "sections", "sec", "s", "ss"}))) {
        return std::nullopt;
    }
    std::string spoken;
    bool letter = false;
    bool previousFigure = true;  // the provision's number
    // (A section's first figure in brackets is its subsection, as lawyers read "section 285(5)": "section two eighty-five,
    // subsection five".)
    const bool section = isWordIn(t, number >= 3 && isSym(t, number - 2, ".") ? number - 3 : number >= 2 ? number - 2 : t.size(),
                                  {"section", "sections", "sec", "s", "ss"});
    // (In a list of provisions, "Articles 14, 19(1)(e) and 21", "ss 18 and 29(1)(b)", a pause inside one would make it two:
    // "nineteen one E", with a pause only where two figures would run on into one number.)
    const std::size_t before = number >= 2 ? number - 2 : t.size();
    const bool listed = isSym(t, before, ",") || (isWordIn(t, before, {"and", "or"}) && number >= 4 && isKind(t, number - 4, Kind::Number)) ||
                        isWordIn(t, before, {"articles", "sections", "ss", "rules", "paragraphs", "clauses", "regulations"});
    const auto pauseAfter = [&](const std::string& spokenSoFar) { return !listed || mayRunOn(spokenSoFar.empty() ? t[number].text : spokenSoFar); };
    std::size_t end = i;
    bool lastRoman = false;  // the last part a small Roman numeral: the parts named after it are numerals too, "(iv) or (v)"
    while (isSym(t, end, "(") && isSym(t, end + 2, ")") && (isKind(t, end + 1, Kind::Number) || isKind(t, end + 1, Kind::Word))) {
        const std::string& part = t[end + 1].text;
        lastRoman = false;
        std::string words;
        bool figure = true;  // a figure or a small Roman numeral, not a letter
        if (isKind(t, end + 1, Kind::Number)) {
            if (!digitsOnly(part) || part.size() > 3) break;
            // (A figure after a figure, "20(3)", with a pause between: "twenty three" is heard as 23.)
            words = (section && end == i ? ", subsection " : previousFigure && pauseAfter(spoken) ? ", " : "") + wholeWords(part);
        } else {
            std::string upper = part;
            for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            const bool lower = part == lowerAscii(part);
            // ("(ii)", "(iv)" under a letter are small Roman numerals; "(i)" alone, "(x)" may be letters.)
            const int roman = lower && part.size() >= 2 ? romanNumeralValue(upper) : 0;
            if (roman > 0 && roman <= 20) {
                lastRoman = true;
                words = (previousFigure && pauseAfter(spoken) ? ", " : "") + wholeWords(std::to_string(roman));
            } else if (part.size() == 1 && std::isalpha(static_cast<unsigned char>(part[0]))) {
                words = upper == "A" ? "eh" : upper;  // (a spaced "A" is the article "uh" to eSpeak NG)
                letter = true;
                figure = false;
            } else {
                break;
            }
        }
        spoken += (words.rfind(", ", 0) == 0 ? "" : " ") + words;
        previousFigure = figure;
        end += 3;
    }
    if (end == i) return std::nullopt;
    // "29(1)(b) and (g)", "8(1)(a), (c) or (d)": more of the same provision's letters, named after it.
    while ((letter || lastRoman) && (isSym(t, end, ",") || isKind(t, end, Kind::Space))) {
        std::size_t k = end;
        std::string joint = " ";
        if (isSym(t, k, ",")) {
            joint = ", ";
            ++k;
        }
        if (isKind(t, k, Kind::Space)) ++k;
        if (isWordIn(t, k, {"and", "or"}) && isKind(t, k + 1, Kind::Space)) {
            joint += t[k].text + " ";
            k += 2;
        }
        if (isSym(t, k, "(") && isKind(t, k + 1, Kind::Word) && lastRoman && t[k + 1].text.size() > 1 && isSym(t, k + 2, ")") &&
            t[k + 1].text == lowerAscii(t[k + 1].text) && romanNumeralValue(upperAscii(t[k + 1].text)) > 0) {
            spoken += (joint == " " ? std::string(" ") : joint) + wholeWords(std::to_string(romanNumeralValue(upperAscii(t[k + 1].text))));
            end = k + 3;
            continue;
        }
        if (!(isSym(t, k, "(") && isKind(t, k + 1, Kind::Word) && t[k + 1].text.size() == 1 && std::islower(static_cast<unsigned char>(t[k + 1].text[0])) &&
              isSym(t, k + 2, ")"))) {
            break;
        }
        const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(t[k + 1].text[0])));
        const int roman = lastRoman ? romanNumeralValue(std::string(1, c)) : 0;
        spoken += (joint == " " ? std::string(" ") : joint) + (roman > 0 ? wholeWords(std::to_string(roman)) : c == 'A' ? std::string("eh") : std::string(1, c));
        end = k + 3;
    }
    const bool provision = isSym(t, number >= 2 ? number - 2 : t.size(), "\xC2\xA7") || isSym(t, number >= 1 ? number - 1 : t.size(), "\xC2\xA7") ||
                           isWordIn(t, number >= 3 && isSym(t, number - 2, ".") ? number - 3 : number >= 2 ? number - 2 : t.size(),
                                    {"section", "sections", "sec", "s", "ss", "subsection", "rule", "rules", "article", "articles", "art",
                                     "paragraph", "para", "regulation", "reg", "clause", "schedule", "title", "chapter", "usc", "cfr",
                                     "u.s.c.", "c.f.r.", "code", "act", "amendment", "order"});
    if (!letter && !provision) return std::nullopt;
    return Match{end - i, spoken + (isKind(t, end, Kind::Word) || isKind(t, end, Kind::Number) ? " " : ""), "code"};
}

}  // namespace

std::optional<Match> symbolRule(const Tokens& t, std::size_t i) {
    // "its token, $KVX, rose", "$BTC dominance", "$TSLA": a cashtag, a ticker with a dollar sign before it, read as the ticker
    // (the letters are the initialism rule's); no dollar is spoken of.
    if (isSym(t, i, "$") && (i == 0 || isKind(t, i - 1, Kind::Space) || isSym(t, i - 1, "(")) && isKind(t, i + 1, Kind::Word) &&
        t[i + 1].text.size() >= 2 && t[i + 1].text.size() <= 5 && isUpperWord(t[i + 1].text) && !isKind(t, i + 2, Kind::Number) &&
        !isSym(t, i + 2, "$")) {
        return Match{1, "", "symbol"};
    }
    // "the USSD code *977#", "dial *144*1#": a phone's code, its stars and hash said, its figures one by one.
    if (isSym(t, i, "*") && isKind(t, i + 1, Kind::Number) && digitsOnly(t[i + 1].text)) {
        std::string said = "star";
        std::size_t k = i + 1;
        while (isKind(t, k, Kind::Number) && digitsOnly(t[k].text)) {
            for (char d : t[k].text) said += " " + digitWords(std::string(1, d));
            if (isSym(t, k + 1, "#")) return Match{k + 2 - i, said + " hash", "code"};
            if (!isSym(t, k + 1, "*")) break;
            said += " star";
            k += 2;
        }
    }
    if (!isKind(t, i, Kind::Symbol)) return std::nullopt;
    // "Price ££££", "$$$ · ★★★★": a price band, its signs counted, two to five of one currency's, no figure after them.
    for (const char* sign : {"\xC2\xA3", "$", "\xE2\x82\xAC"}) {
        const std::size_t width = std::strlen(sign);
        std::size_t signs = 0, end = i;
        while (end < t.size() && isKind(t, end, Kind::Symbol) && !t[end].text.empty() && t[end].text.size() % width == 0) {
            const std::string& run = t[end].text;
            bool same = true;
            for (std::size_t k = 0; k < run.size() && same; k += width) same = run.compare(k, width, sign) == 0;
            if (!same) break;
            signs += run.size() / width;
            ++end;
        }
        if (signs < 2 || signs > 5 || (i > 0 && isKind(t, i - 1, Kind::Symbol)) || isKind(t, end, Kind::Number) || isKind(t, end, Kind::Word)) continue;
        // (Only as a price's band: after its label, or in a verdict's line of parts; "tight integration or $$$" is money's slang.)
        const bool band = (i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"price", "prices", "cost", "budget", "pricing"})) ||
                          (i >= 2 && isSym(t, i - 1, ":")) || (i >= 3 && isSym(t, i - 2, ":")) ||
                          std::any_of(t.begin(), t.end(), [](const Token& k) { return k.kind == Kind::Symbol && k.text == "\xC2\xB7"; });
        if (!band) continue;
        static const char* const kCount[] = {"", "", "two", "three", "four", "five"};
        const std::string name = sign[0] == '$' ? "dollar" : sign[1] == '\xA3' ? "pound" : "euro";
        return Match{end - i, std::string(kCount[signs]) + " " + name + " signs", "symbol"};
    }
    const std::string& s = t[i].text;
    const bool spaced = (i > 0 && isKind(t, i - 1, Kind::Space)) || i == 0;
    const bool numberNext = isKind(t, i + 1, Kind::Number) || isKind(t, skip(t, i + 1), Kind::Number);
    if (s == "&") return Match{1, " and ", "symbol"};
    // "Microsoft's .NET 9": the framework, as its makers say it (eSpeak NG spells the letters after "dot").
    if (s == "." && spaced && isKind(t, i + 1, Kind::Word) && t[i + 1].text == "NET") return Match{2, "dot net", "symbol"};
    // ("High 101°F / Low 66°F": a slash set apart between two phrases parts them, a pause; eSpeak NG says "slash".)
    // (Between two phrases of a forecast's fields, the next opening in a capital; "street trading / buying from traders" has
    // the words' "or", WordSlashes.cpp.)
    if (s == "/" && i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) &&
        isCapitalized(t[i + 2].text) && !isKind(t, i - 2, Kind::Number) &&
        !(isKind(t, i - 2, Kind::Word) && std::islower(static_cast<unsigned char>(t[i - 2].text[0])))) {
        return Match{1, ",", "symbol"};
    }
    // ("the Kanien'kehá:ka Nation", "re:Invent": a colon inside a word, a vowel's length in an Indigenous language's spelling or
    // a name's mark, is silent; eSpeak NG says "colon".)
    if (s == ":" && i >= 1 && isKind(t, i - 1, Kind::Word) && isKind(t, i + 1, Kind::Word) && !t[i - 1].text.empty() && !t[i + 1].text.empty()) {
        const auto last = static_cast<unsigned char>(t[i - 1].text.back());
        const auto first = static_cast<unsigned char>(t[i + 1].text[0]);
        // (A word's syllable after it, "ka", not a label's text run on without its space, "Note:the end".)
        const bool syllable = t[i + 1].text.size() <= 3 && std::islower(first) &&
                              !isWordIn(t, i + 1, {"the", "a", "an", "in", "on", "to", "of", "is", "we", "it", "and", "for", "but", "he", "she", "you", "i"});
        // (A word spelled beyond English's letters or with its glottal stop before it, "Kanien'kehá", "Stó": "cat:dog" and "a:b"
        // are two things, and keep their colon.)
        const std::string& head = t[i - 1].text;
        const bool indigenous = head.find('\'') != std::string::npos ||
                                std::any_of(head.begin(), head.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
        if ((std::islower(last) || last >= 0x80) && ((syllable && indigenous) || isWordIn(t, i - 1, {"re"})) &&
            !isWordIn(t, i - 1, {"http", "https", "mailto", "ftp", "file", "urn", "tel", "doi", "isbn", "issn", "arxiv", "pmid"})) {
            return Match{1, "", "symbol"};
        }
    }
    // ("a 1:1 UCLK:MCLK ratio": two clocks' initials joined by a colon, one to the other; eSpeak NG says "colon".)
    // (Not an exchange before its ticker, "NYSE:TSLA".)
    if (s == ":" && i >= 1 && isKind(t, i - 1, Kind::Word) && isKind(t, i + 1, Kind::Word) && t[i - 1].text.size() >= 2 && t[i + 1].text.size() >= 2 &&
        isUpperWord(t[i - 1].text) && isUpperWord(t[i + 1].text) &&
        !isWordIn(t, i - 1, {"nyse", "nasdaq", "lse", "lon", "tsx", "asx", "hkex", "bse", "nse", "otc", "amex", "epa", "etr", "tyo"})) {
        return Match{1, anyWordIn(t, {"ratio", "ratios"}) ? " to " : ", ", "symbol"};
    }
    // "the ID.4 and the ID.7": a model's capitals and its number joined by a dot, said without it (eSpeak NG says "dot").
    if (s == "." && i >= 1 && isKind(t, i - 1, Kind::Word) && t[i - 1].text.size() >= 2 && t[i - 1].text.size() <= 3 &&
        isUpperWord(t[i - 1].text) && isKind(t, i + 1, Kind::Number) && digitsOnly(t[i + 1].text) && t[i + 1].text.size() <= 2 &&
        // (Not a number's, a volume's or a part's short form in capitals, "WORLD NO.1", "VOL.3", "PT.2".)
        !isWordIn(t, i - 1, {"no", "nos", "vol", "vols", "pt", "pts", "ch", "ep", "st", "fig", "art", "sec", "nr", "op", "pp"}) &&
        // (Or a suffix in small letters glued to the number, "ID.2all".)
        (!isKind(t, i + 2, Kind::Word) || (std::islower(static_cast<unsigned char>(t[i + 2].text[0])) && t[i + 2].text.size() <= 4)) &&
        !(isSym(t, i + 2, ".") && isKind(t, i + 3, Kind::Number)) && !(i >= 2 && isSym(t, i - 2, "."))) {
        return Match{1, " ", "symbol"};
    }
    // "an R² of 0.82", "x² + y²", "mc²": a power over a letter standing for a quantity, "squared" or "cubed" (eSpeak NG says
    // "R two"); after a figure the letter is a unit's, "40 m²", UnitRules.cpp. (Over a word or capitals, "the US²", "Plan B³", it
    // is a note's number, NoteMarks.cpp; a statistic's R² is the one capital.)
    const auto quantity = [](const std::string& w) {
        return (w.size() == 1 && (std::islower(static_cast<unsigned char>(w[0])) || w == "R")) || w == "mc";
    };
    if ((s == "\xC2\xB2" || s == "\xC2\xB3") && i >= 1 && isKind(t, i - 1, Kind::Word) && quantity(t[i - 1].text) &&
        !(i >= 2 && isKind(t, i - 2, Kind::Number)) && !(i >= 3 && isKind(t, i - 2, Kind::Space) && isKind(t, i - 3, Kind::Number)) &&
        !isKind(t, i + 1, Kind::Word) && !isKind(t, i + 1, Kind::Number) && findUnit(t[i - 1].text) == nullptr) {
        return Match{1, s == "\xC2\xB2" ? " squared" : " cubed", "symbol"};
    }
    // "Change: ▲ 9", "▼2.3%": a table's arrow before a figure says which way it moved.
    const bool up = s == "\xE2\x96\xB2" || s == "\xE2\x96\xB4" || s == "\xE2\x86\x91";      // ▲ ▴ ↑
    const bool down = s == "\xE2\x96\xBC" || s == "\xE2\x96\xBE" || s == "\xE2\x86\x93";    // ▼ ▾ ↓
    if (numberNext && (up || down)) return Match{1, up ? " up " : " down ", "symbol"};
    // "call Triple Zero (000)": Australia's emergency number said in words, its figures in brackets said once.
    if (s == "(" && i >= 4 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"zero"}) && isWordIn(t, i - 4, {"triple"}) &&
        isKind(t, i + 1, Kind::Number) && t[i + 1].text == "000" && isSym(t, i + 2, ")")) {
        return Match{3, "", "symbol"};
    }
    // "a mean grade of C+ (plus)", "got A- (minus)": the grade's sign said again in words in brackets, said once.
    if (s == "(" && i >= 3 && isKind(t, i - 1, Kind::Space) && (isSym(t, i - 2, "+") || isSym(t, i - 2, "-")) && isKind(t, i - 3, Kind::Word) &&
        t[i - 3].text.size() == 1 && isWordIn(t, i + 1, {"plus", "minus"}) && isSym(t, i + 2, ")") &&
        (t[i - 2].text == "+") == isWordIn(t, i + 1, {"plus"})) {
        return Match{3, "", "symbol"};
    }
    // "credit passes (A1–C6)": an en dash between two grades or codes, a letter and its figure each side, is "to"; so is one
    // between two places in a sentence about a route, "(Manila–Virac)", "the Hamilton–Auckland service".
    if (s == "\xE2\x80\x93" && !spaced && i >= 2 && isKind(t, i + 1, Kind::Word)) {
        const auto grade = [&](std::size_t letter, std::size_t figure) {
            return isKind(t, letter, Kind::Word) && t[letter].text.size() == 1 && std::isupper(static_cast<unsigned char>(t[letter].text[0])) &&
                   isKind(t, figure, Kind::Number) && digitsOnly(t[figure].text) && t[figure].text.size() <= 2;
        };
        if (grade(i - 2, i - 1) && grade(i + 1, i + 2) && !isKind(t, i + 3, Kind::Word) && !isKind(t, i + 3, Kind::Number)) {
            return Match{1, " to ", "range"};
        }
        const bool places = isKind(t, i - 1, Kind::Word) && isCapitalized(t[i - 1].text) && !isUpperWord(t[i - 1].text) &&
                            isCapitalized(t[i + 1].text) && !isUpperWord(t[i + 1].text);
        // (The route's word right after the pair, "the Hamilton–Auckland service", or the pair in brackets in a sentence of
        // flights, "5J 325 (Manila–Virac)"; "the Israel–Hamas ceasefire" and "the Sinner–Alcaraz final" are two sides.)
        std::size_t afterPair = i + 2;
        while (isSym(t, afterPair, "\xE2\x80\x93") && isKind(t, afterPair + 1, Kind::Word)) afterPair += 2;  // "Newbridge–Naas–Dublin"
        const bool routeAfter = isKind(t, afterPair, Kind::Space) &&
                                isWordIn(t, afterPair + 1, {"flight", "flights", "route", "routes", "service", "services", "train", "trains", "bus",
                                                            "buses", "ferry", "ferries", "sailing", "sailings", "line", "rail", "railway", "road",
                                                            "highway", "motorway", "expressway", "corridor", "link", "trip", "journey"});
        const bool bracketed = i >= 3 && isSym(t, i - 2, "(") && isSym(t, afterPair, ")") &&
                               anyWordIn(t, {"flight", "flights", "route", "routes", "service", "services", "train", "trains", "bus", "buses",
                                             "ferry", "ferries", "sailing", "sailings"});
        const bool chain = afterPair > i + 2 || (i >= 3 && isSym(t, i - 2, "\xE2\x80\x93"));
        if (places && (routeAfter || bracketed || chain)) return Match{1, " to ", "range"};
    }
    // "Metro Manila / CALABARZON", "Stewart Island / Rakiura": two places, or a place's two names, set apart by a spaced
    // slash, the pause of a comma (eSpeak NG says "slash"); alternatives of a kind, "He / She", "Yes / No", are said below.
    if (s == "/" && spaced && i >= 2 && isKind(t, i - 2, Kind::Word) && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) &&
        isCapitalized(t[i - 2].text) && std::isupper(static_cast<unsigned char>(t[i + 2].text[0])) && !isAlternativeWord(t[i - 2].text) &&
        !isAlternativeWord(t[i + 2].text) && t[i - 2].text.size() >= 3 && t[i + 2].text.size() >= 3) {
        return Match{1, ",", "symbol"};
    }
    // "Street trading / buying from street traders": two words in small letters either side of a spaced slash are
    // alternatives, "or" (eSpeak NG says "slash").
    if (s == "/" && spaced && i >= 2 && isKind(t, i - 2, Kind::Word) && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) &&
        std::islower(static_cast<unsigned char>(t[i - 2].text[0])) && std::islower(static_cast<unsigned char>(t[i + 2].text[0]))) {
        // (Several in a row, "I love it / it segfaulted / there's a problem", are a list's pauses.)
        std::size_t slashes = 0;
        for (std::size_t k = 1; k + 1 < t.size(); ++k) slashes += isSym(t, k, "/") && isKind(t, k - 1, Kind::Space) && isKind(t, k + 1, Kind::Space);
        // (Nor a verse's line break quoted in prose, "I had a little room / and in it, every night, a world": the next line opens
        // on a word no alternative does.)
        const bool lineBreak = isWordIn(t, i + 2, {"and", "but", "or", "nor", "yet", "so", "the", "a", "an", "i", "we", "you", "he", "she", "it",
                                                   "they", "my", "his", "her", "our", "their", "in", "on", "of", "to", "with", "when", "where",
                                                   "that", "which", "who", "as", "if", "for", "at", "from", "like", "then", "there", "this"});
        return Match{1, slashes >= 2 || lineBreak ? "," : "or", "symbol"};
    }
    // "2 sticks / 226g", "1 cup / 240 ml": a measure given again in other units after a spaced slash, "or" (eSpeak NG
    // says "slash"). (A rating, "4 / 5 stars", has no unit after its second figure.)
    if (s == "/" && spaced && i >= 2 && isKind(t, i - 2, Kind::Word) && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Number)) {
        const bool glued = isKind(t, i + 3, Kind::Word) && findUnit(t[i + 3].text) != nullptr;
        const bool apart = isKind(t, i + 3, Kind::Space) && isKind(t, i + 4, Kind::Word) && findUnit(t[i + 4].text) != nullptr;
        // (A power and the energy it gives, "300 MW / 1,200 MWh", a battery's two figures, or a plant's output on either
        // side of its inverters, "680 MWac / 875 MWdc", are no alternatives but two measures of one unit's kin: a pause.)
        const std::string& before = t[i - 2].text;
        const std::string after = glued ? t[i + 3].text : apart ? t[i + 4].text : std::string();
        if ((glued || apart) && before != after && before.size() >= 2 && after.size() >= 2 && before.compare(0, 2, after, 0, 2) == 0) {
            return Match{1, ",", "symbol"};
        }
        if (glued || apart) return Match{1, "or", "symbol"};
    }
    // "£499 / $499 / AU$849": the same price in other currencies after a spaced slash, "or".
    if (s == "/" && spaced && i >= 2 && isKind(t, i - 2, Kind::Number) && isKind(t, i + 1, Kind::Space)) {
        // (The amount after the sign, or after a country's letters and the dollar's sign: "AU$849".)
        const bool sign = isSym(t, i + 2, "$") || isSym(t, i + 2, "\xC2\xA3") || isSym(t, i + 2, "\xE2\x82\xAC");
        const bool lettered = isKind(t, i + 2, Kind::Word) && t[i + 2].text.size() <= 3 && isSym(t, i + 3, "$");
        if ((sign || lettered) && isKind(t, skip(t, i + (sign ? 3 : 4)), Kind::Number)) return Match{1, "or", "symbol"};
    }
    // "people aged 65+", "ages 18+": an age and those above it, "sixty-five and over".
    // ("aged 65+ years" keeps its "plus" before the noun.)
    if (s == "+" && i >= 3 && isKind(t, i - 1, Kind::Number) && isKind(t, i - 2, Kind::Space) && isWordIn(t, i - 3, {"aged", "ages", "age"}) &&
        !isKind(t, i + 1, Kind::Number) && !isWordIn(t, skip(t, i + 1), {"years", "year", "yrs", "and", "or"})) {
        return Match{1, " and over", "symbol"};
    }
    // "+ 7 years of updates": a pros list's bullet, no sum.
    // (A whole count before a word in small letters, "+ 7 years": "+ 0.5% FTSE 100" is a market's rise.)
    if (s == "+" && i == 0 && isKind(t, 1, Kind::Space) && isKind(t, 2, Kind::Number) && digitsOnly(t[2].text) && isKind(t, 3, Kind::Space) &&
        isKind(t, 4, Kind::Word) && std::islower(static_cast<unsigned char>(t[4].text[0]))) {
        return Match{2, "", "symbol"};
    }
    // "+/-3.4 points": a margin of error; "+250/-100 basis points": a span's two signed ends.
    if (s == "+" && isSym(t, i + 1, "/") && isSym(t, i + 2, "-")) return Match{3, " plus or minus ", "symbol"};
    if (s == "+/-") return Match{1, " plus or minus ", "symbol"};
    // "Rs. 5,000/-": the sign South Asian copy closes a sum of rupees with, "and no paise", never said.
    if (s == "/" && isSym(t, i + 1, "-") && i > 0 && isKind(t, i - 1, Kind::Number) && !isKind(t, i + 2, Kind::Number) && !isKind(t, i + 2, Kind::Word)) {
        return Match{2, "", "symbol"};
    }
    if (s == "/" && isSym(t, i + 1, "-") && isKind(t, i + 2, Kind::Number) && i > 0 && isKind(t, i - 1, Kind::Number)) {
        return Match{2, " and minus ", "symbol"};
    }
    // "arrives 07:05+1": a timetable's arrival the next day, "+1" glued to the clock.
    if (s == "+" && i >= 3 && isKind(t, i - 1, Kind::Number) && t[i - 1].text.size() == 2 && isSym(t, i - 2, ":") && isKind(t, i - 3, Kind::Number) &&
        isKind(t, i + 1, Kind::Number) && (t[i + 1].text == "1" || t[i + 1].text == "2") && !isKind(t, i + 2, Kind::Word) && !isKind(t, i + 2, Kind::Number)) {
        return Match{2, t[i + 1].text == "1" ? " the next day" : " two days later", "symbol"};
    }
    // ("(+0.6m/s)": a signed figure opening a bracket, a tailwind's.)
    if (s == "+" && (spaced || isKind(t, i - 1, Kind::Number) || (i > 0 && isSym(t, i - 1, "(") && isKind(t, i + 1, Kind::Number)))) {
        return Match{1, " plus ", "symbol"};
    }
    // "=215 IIT Kharagpur", "ranked =12": a place shared with another, "joint two hundred fifteenth", as tables of ranks write
    // it (no sum: nothing to its left, a word of ranking, or a cell's comma).
    // ("climbed 11 spots to =36th", "rank: =36": with its ordinal's letters, after "to" or a label's colon too.)
    const bool suffixed = isWordIn(t, i + 2, {"st", "nd", "rd", "th"}) && !isKind(t, i + 3, Kind::Word);
    if (s == "=" && isKind(t, i + 1, Kind::Number) && digitsOnly(t[i + 1].text) && t[i + 1].text.size() <= 4 && (suffixed || !isKind(t, i + 2, Kind::Word)) &&
        (i == 0 || isSym(t, i - 1, "(") ||
         (isKind(t, i - 1, Kind::Space) && i >= 2 && (isSym(t, i - 2, ",") || isSym(t, i - 2, ":") ||
                                                      isWordIn(t, i - 2, {"rank", "ranked", "placed", "place", "was", "were", "at", "is", "finished",
                                                                          "came", "tied", "to", "in"}))))) {
        std::string place = ordinalWords(static_cast<std::uint64_t>(toInt(t[i + 1].text)));
        return Match{suffixed ? std::size_t{3} : std::size_t{2}, "joint " + place, "symbol"};
    }
    if (s == "=") return Match{1, " equals ", "symbol"};
    // ("on X at @LNER": a handle after the sentence's own "at" says it once.)
    if (s == "@") return Match{1, i >= 2 && isKind(t, i - 1, Kind::Space) && isWordIn(t, i - 2, {"at"}) ? "" : " at ", "symbol"};
    // "C#", "F#", "in C# minor", "C# 13": a letter's sharp (the language and its version, the note); eSpeak NG says "hash".
    if (s == "#" && i > 0 && isKind(t, i - 1, Kind::Word) && t[i - 1].text.size() == 1 &&
        std::isupper(static_cast<unsigned char>(t[i - 1].text[0])) && !isKind(t, i + 1, Kind::Word) && !isKind(t, i + 1, Kind::Number)) {
        return Match{1, " sharp", "symbol"};
    }
    if (s == "#" && numberNext) return Match{1, " number ", "symbol"};
    if (s == "\xC2\xB1") return Match{1, " plus or minus ", "symbol"};
    if (s == "\xC3\x97") return Match{1, isKind(t, i - 1, Kind::Number) && numberNext ? " by " : " times ", "symbol"};
    if (s == "\xC2\xB0") return Match{1, " degrees ", "symbol"};
    // Before a number or an amount: "~$40", "< $20", "> 5%".
    const std::size_t n = skip(t, i + 1);
    const bool amountNext = numberNext || (isKind(t, n, Kind::Symbol) && prefixCurrencies().count(t[n].text) != 0 &&
                                           isKind(t, n + 1, Kind::Number));
    // ("the remaining ~30%", "their ~5% peak": after a determiner or an adjective, "roughly", which may stand
    // there; "about" may not.)
    if (s == "~" && amountNext && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        (isWordIn(t, i - 2, {"the", "a", "an", "their", "its", "his", "her", "our", "my", "your", "this", "that", "these", "those",
                             "remaining", "other", "another", "first", "last", "next", "some", "estimated"}) ||
         (isKind(t, i - 2, Kind::Word) && isPossessive(t[i - 2].text)))) {
        return Match{1, " roughly ", "symbol"};
    }
    if (s == "~" && amountNext) return Match{1, " about ", "symbol"};
    // "a ≥40% decline": after an article the bound follows the figure, "a forty percent or greater decline".
    if ((s == "\xE2\x89\xA5" || s == "\xE2\x89\xA4") && isKind(t, i + 1, Kind::Number) && i >= 2 && isKind(t, i - 1, Kind::Space) &&
        isWordIn(t, i - 2, {"a", "an"})) {
        const Num figure = parseNumber(t[i + 1].text);
        const bool percent = isSym(t, i + 2, "%");
        // (Before a noun only, the figure alone or with its percent: "a ≥5 mm lesion", "a ≥2-point gain" keep "at least".)
        const std::size_t after = percent ? i + 3 : i + 2;
        const bool nounNext = isKind(t, after, Kind::Space) && isKind(t, after + 1, Kind::Word) && findUnit(t[after + 1].text) == nullptr &&
                              !isKind(t, after + 2, Kind::Number);
        if (figure.valid && nounNext) {
            return Match{percent ? std::size_t{3} : std::size_t{2},
                         numberWords(figure) + (percent ? " percent" : "") + (s == "\xE2\x89\xA5" ? " or greater" : " or less"), "symbol"};
        }
    }
    if (s == "<" && amountNext) return Match{1, " less than ", "symbol"};
    if (s == ">" && amountNext) return Match{1, " more than ", "symbol"};
    if (s == "\xE2\x89\xA4" && amountNext) return Match{1, " at most ", "symbol"};
    if (s == "\xE2\x89\xA5" && amountNext) return Match{1, " at least ", "symbol"};
    // A colon run into a dash, as old texts set a lead-in ("written:-- I mean"): one pause; eSpeak NG would
    // say "colon".
    if (s == ":" && isDash(t, i + 1)) {
        std::size_t end = i + 1;
        while (isDash(t, end)) ++end;
        return Match{end - i, ", ", "pause"};
    }
    if (s == "\xE2\x80\x94" || s == "\xE2\x80\x95") return Match{1, ", ", "pause"};  // em dash
    // A spaced dash between a date's year and the next date: "(Jan. 17, 1931 – Sept. 9, 2024)" is "to";
    // and between two times: "4:00 PM - 7:00 PM".
    // (And between a date's month and the next date's weekday: "Mon 7th April – Fri 18th April".)
    const bool yearBefore = i >= 2 && isYear(tok(t, i - 2));
    // (Or a time and its day: "9pm Tue – 3pm Wed".)
    const bool timeBefore = i >= 2 && (isWordIn(t, i - 2, {"am", "pm", "a.m.", "p.m."}) ||
                                       (i >= 4 && !weekdayName(t[i - 2].text).empty() && isCapitalized(t[i - 2].text) &&
                                        isWordIn(t, i - 4, {"am", "pm", "a.m.", "p.m."})));
    const auto figureAt = [&](std::size_t k) { return k < t.size() && t[k].text.find_first_of("0123456789") != std::string::npos; };
    const bool monthBefore = i >= 4 && isKind(t, i - 2, Kind::Word) && monthFromName(t[i - 2].text) != 0 && isCapitalized(t[i - 2].text) &&
                             (figureAt(i - 4) || figureAt(i - 5));
    const bool weekdayNext = isKind(t, i + 2, Kind::Word) && isCapitalized(t[i + 2].text) && (figureAt(i + 4) || figureAt(i + 5)) &&
                             isWordIn(t, i + 2, {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday",
                                                 "wednesday", "thursday", "friday", "saturday", "sunday"});
    if ((s == "\xE2\x80\x93" || s == "-") && isKind(t, i - 1, Kind::Space) && isKind(t, i + 1, Kind::Space) &&
        ((yearBefore && isKind(t, i + 2, Kind::Word) && monthFromName(t[i + 2].text) != 0 && isCapitalized(t[i + 2].text)) ||
         (timeBefore && isKind(t, i + 2, Kind::Number)) || (monthBefore && weekdayNext))) {
        // ("Between 3 May - Sat 10 May": "between … and …", the first date's words back to it.)
        for (std::size_t k = i; k > 0 && i - k < 10;) {
            --k;
            if (isWordIn(t, k, {"between"})) return Match{1, " and ", "range"};
            const bool dateWord = t[k].kind == Kind::Space || t[k].kind == Kind::Number || isSym(t, k, ".") || isSym(t, k, ",") ||
                                  (t[k].kind == Kind::Word && (monthFromName(t[k].text) != 0 || !weekdayName(t[k].text).empty() ||
                                                               isWordIn(t, k, {"the", "of", "st", "nd", "rd", "th"})));
            if (!dateWord) break;
        }
        return Match{1, " to ", "range"};
    }
    if (s == "\xE2\x80\x93" && isKind(t, i - 1, Kind::Space)) return Match{1, ", ", "pause"};  // spaced en dash
    if (auto m = subdivisionBrackets(t, i)) return m;
    // "in Canadian dollars (C$) unless": a currency's sign alone in brackets after its name, not said again.
    // (The sign may be two tokens, a letter and "$".)
    for (std::size_t parts = 1; s == "(" && parts <= 2; ++parts) {
        if (i + parts + 1 >= t.size() || !isSym(t, i + parts + 1, ")")) continue;
        std::string sign;
        for (std::size_t k = i + 1; k <= i + parts; ++k) sign += t[k].text;
        if (prefixCurrencies().count(sign) != 0 && sign.find_first_of("$\xC2\xA3\xE2\x82\xAC\xC2\xA5") != std::string::npos) {
            return Match{parts + 2, "", "symbol"};
        }
    }
    // "90,000 barrels per day (bpd)", "general obligation (GO) bonds", "the Iowa Economic Development Authority
    // (IEDA)": an initialism in brackets after the words it stands for is a key for the reader's eye; a
    // newsreader gives the name once and goes on.
    if (s == "(" && isKind(t, i + 1, Kind::Word) && isSym(t, i + 2, ")") && glossesWordsBefore(t, i)) {
        // ("the All India Chess Federation (AICF)'s support": the possessive goes to the name, said at its last word.)
        for (const char* apostrophe : {"'", "\xE2\x80\x99"}) {
            if (isSym(t, i + 3, apostrophe) && isKind(t, i + 4, Kind::Word) && t[i + 4].text == "s") return Match{5, "\x01's", "symbol"};
        }
        return Match{3, "", "symbol"};
    }
    // "Edna (Crawford) Whitaker": a maiden name in brackets inside a name is said with it, no pause on either side.
    if (s == "(" && isKind(t, i + 1, Kind::Word) && isCapitalized(t[i + 1].text) && !isUpperWord(t[i + 1].text) && isSym(t, i + 2, ")") &&
        titleAbbreviations().count(t[i + 1].text) == 0 &&
        i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text) && !isUpperWord(t[i - 2].text) &&
        isKind(t, i + 3, Kind::Space) && isKind(t, i + 4, Kind::Word) && isCapitalized(t[i + 4].text) && !isUpperWord(t[i + 4].text) &&
        // (The surname ends the name: not "Kansas City (Missouri) Police Department", "Tom Jones (Wales) Peter Smith", "Ann
        // Smith (Labour) Thursday", "Apple (Nasdaq) Inc".)
        !(isKind(t, i + 5, Kind::Space) && isKind(t, i + 6, Kind::Word) && isCapitalized(t[i + 6].text)) && weekdayName(t[i + 4].text).empty() &&
        monthFromName(t[i + 4].text) == 0 && !isWordIn(t, i + 4, {"inc", "ltd", "corp", "co", "plc", "llc", "group"})) {
        // ("survived by her daughters, Ann (Robert) Meyer of Cedar Rapids": in an obituary's list of family, the name in
        // brackets is the spouse's, "Ann and Robert Meyer".)
        bool family = false;
        for (std::size_t k = 0; k + 2 < t.size() && !family; ++k) {
            family = (isWordIn(t, k, {"survived"}) && isWordIn(t, k + 2, {"by"})) || isWordIn(t, k, {"survivors", "predeceased"}) ||
                     (isWordIn(t, k, {"preceded"}) && isWordIn(t, k + 2, {"in"}));
        }
        // (But a wife's or a mother's name is her own, with her maiden name: "his wife of 62 years, Eleanor (Kowalski) Brennan";
        // the relation nearest before the name tells.)
        if (family) {
            for (std::size_t k = i - 2, words = 0; k-- > 0 && words < 8;) {
                if (t[k].kind != Kind::Word) continue;
                ++words;
                if (isWordIn(t, k, {"wife", "widow", "mother", "grandmother", "stepmother", "mom", "mum"})) {
                    family = false;
                    break;
                }
                if (isCapitalized(t[k].text) || isWordIn(t, k, {"son", "sons", "daughter", "daughters", "children", "sister", "sisters", "brother",
                                                                 "brothers", "grandchildren", "husband", "and"})) {
                    break;
                }
            }
        }
        // (Nor a first name's short form, "Kathleen (Kay) O'Connor", "William (Bill) Daly": the same person by her nickname.)
        if (family) {
            const std::string& given = t[i - 2].text;
            const std::string& nick = t[i + 1].text;
            static const std::pair<const char*, const char*> kNicknames[] = {
                {"Kathleen", "Kay"}, {"Katherine", "Kay"}, {"Katherine", "Kate"}, {"Catherine", "Kate"}, {"Catherine", "Cathy"},
                {"Kathleen", "Kathy"}, {"Katherine", "Kathy"}, {"Elizabeth", "Libby"}, {"William", "Liam"}, {"Margaret", "Meg"},
                {"Margaret", "Peg"}, {"Frances", "Fran"}, {"Francis", "Frank"}, {"Thomas", "Tom"}, {"Joseph", "Joe"}, {"Michael", "Mike"},
                {"William", "Bill"}, {"William", "Billy"}, {"Robert", "Bob"}, {"Robert", "Bobby"}, {"Richard", "Dick"}, {"Edward", "Ted"},
                {"Edward", "Ned"}, {"John", "Jack"}, {"Elizabeth", "Betty"}, {"Elizabeth", "Liz"}, {"Elizabeth", "Beth"}, {"Margaret", "Peggy"},
                {"Margaret", "Maggie"}, {"Mary", "Molly"}, {"Mary", "Polly"}, {"Henry", "Hank"}, {"Sarah", "Sally"}, {"Charles", "Chuck"},
                {"James", "Jim"}, {"James", "Jimmy"}, {"Anne", "Nancy"}, {"Ann", "Nancy"}, {"Patricia", "Pat"}, {"Patricia", "Trish"}};
            // (The name's own start, "Christopher (Chris)", or a pair every reader knows; "Daniel (Diane) Walsh" are two.)
            const bool shortForm = (nick.size() >= 3 && nick.size() < given.size() && given.rfind(nick, 0) == 0) ||
                                   std::any_of(std::begin(kNicknames), std::end(kNicknames),
                                               [&](const auto& p) { return given == p.first && nick == p.second; });
            family = !shortForm;
        }
        return Match{3, family ? "and " + t[i + 1].text : t[i + 1].text, "symbol"};
    }
    // "the Data (Use and Access) Bill", "the Housing (Scotland) Act 2014": a law's title with a part in brackets is one
    // name, said without a pause on either side.
    if (s == "(" && i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text)) {
        std::size_t close = i + 1;
        while (close < t.size() && close - i < 12 && !isSym(t, close, ")") && (t[close].kind == Kind::Word || t[close].kind == Kind::Space)) ++close;
        if (isSym(t, close, ")") && close > i + 1 && isKind(t, i + 1, Kind::Word) && isCapitalized(t[i + 1].text) &&
            isKind(t, close + 1, Kind::Space) && isWordIn(t, close + 2, {"act", "bill", "order", "regulations", "amendment", "rules"}) &&
            isCapitalized(t[close + 2].text)) {
            std::string inside;
            for (std::size_t k = i + 1; k < close; ++k) inside += t[k].text;
            return Match{close + 1 - i, inside, "symbol"};
        }
    }
    // "flats in Andheri (W)", "from Thane(E)": a suburb's side of the line as Mumbai's addresses write it, West and East, the
    // place after the word that names a place ("Chelsea (W) face Arsenal (W)" are women's sides, "Revenue (E)" an estimate).
    if (s == "(" && isWordIn(t, i + 1, {"w", "e"}) && isUpperWord(t[i + 1].text) && isSym(t, i + 2, ")")) {
        const std::size_t place = i >= 1 && isKind(t, i - 1, Kind::Word) ? i - 1 : i >= 2 && isKind(t, i - 1, Kind::Space) ? i - 2 : t.size();
        if (place < t.size() && isKind(t, place, Kind::Word) && isCapitalized(t[place].text) && !isUpperWord(t[place].text) && t[place].text.size() >= 3 &&
            place >= 2 && isKind(t, place - 1, Kind::Space) && isWordIn(t, place - 2, {"in", "at", "from", "near", "of", "to", "and"})) {
            return Match{3, std::string(place == i - 1 ? " " : "") + (t[i + 1].text == "W" ? "West" : "East"), "abbreviation"};
        }
    }
    // "Crystal Palace (a), then Spurs (h)": a fixture's venue after the opponent, away, at home or on neutral ground (not a
    // clause's letter, "Section 5 (a)", nor one that a sentence goes on from).
    if (s == "(" && i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text) &&
        isWordIn(t, i + 1, {"a", "h", "n"}) && isSym(t, i + 2, ")") &&
        !isWordIn(t, i - 2, {"section", "subsection", "article", "rule", "regulation", "schedule", "part", "clause", "paragraph", "appendix", "annex",
                             "plan", "option", "model", "type", "class", "group", "category", "list", "table", "figure", "step", "item", "note"}) &&
        (i + 3 >= t.size() || isSym(t, i + 3, ",") || isSym(t, i + 3, ".") || isSym(t, i + 3, ";") ||
         (isKind(t, i + 3, Kind::Space) && isWordIn(t, i + 4, {"and", "then", "on", "at"})))) {
        const std::string& v = t[i + 1].text;
        // (A sentence of fixtures, and no other letter in brackets: "London (a), Paris (b) or Rome (c)" are choices.)
        bool lettered = false;
        for (std::size_t k = 0; k + 2 < t.size(); ++k) {
            lettered = lettered || (isSym(t, k, "(") && isWordIn(t, k + 1, {"b", "c", "d", "i", "ii"}) && isSym(t, k + 2, ")"));
        }
        const bool fixtures = !lettered && anyWordIn(t, {"fixtures", "fixture", "away", "home", "play", "plays", "face", "faces", "host", "hosts",
                                                         "visit", "visits", "next", "then", "v", "vs", "against"});
        if (fixtures) return Match{3, v == "a" || v == "A" ? ", away" : v == "h" || v == "H" ? ", at home" : ", on neutral ground", "symbol"};
    }
    // "Three things: (i) publish …; (ii) cut …; and (iii) make …": a list's items numbered in small Roman numerals in
    // brackets are "one", "two", "three", as a reader counts them, where a sentence's list opens on them (after a colon, a
    // semicolon, a comma, "and" or "or") and the sentence has its "(i)" and its "(ii)". (A clause's mark glued to its
    // section, "5(1)(i)", is the law's.)
    if (s == "(" && isSym(t, i + 2, ")") && isKind(t, i + 1, Kind::Word) && isKind(t, i + 3, Kind::Space) && (i == 0 || isKind(t, i - 1, Kind::Space))) {
        static const char* const kNumerals[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"};
        std::size_t value = 0;
        for (std::size_t n = 0; n < 10; ++n) value = t[i + 1].text == kNumerals[n] ? n + 1 : value;
        const std::size_t before = i >= 2 ? i - 2 : t.size();
        const bool opens = i == 0 || isSym(t, before, ":") || isSym(t, before, ";") || isSym(t, before, ",") || isWordIn(t, before, {"and", "or"});
        bool first = false, second = false;
        for (std::size_t k = 0; k + 2 < t.size(); ++k) {
            // (The first opening the list too: "clauses (i), (ii) and (iii)" are a text's parts, named.)
            const std::size_t b = k >= 2 ? k - 2 : t.size();
            first = first || (isSym(t, k, "(") && t[k + 1].text == "i" && isSym(t, k + 2, ")") &&
                              (k == 0 || (isKind(t, k - 1, Kind::Space) && (isSym(t, b, ":") || isSym(t, b, ";") || isSym(t, b, "\xE2\x80\x94")))));
            second = second || (isSym(t, k, "(") && t[k + 1].text == "ii" && isSym(t, k + 2, ")"));
        }
        if (value != 0 && opens && first && second) return Match{3, cardinalWords(static_cast<unsigned>(value)) + ",", "list"};
    }
    if (s == "(" || s == "[" || s == "{") return Match{1, ", ", "pause"};
    if (s == ")" || s == "]" || s == "}") {
        const bool endsClause = isSym(t, i + 1, ".") || isSym(t, i + 1, ",") || isSym(t, i + 1, ";") || i + 1 >= t.size();
        return Match{1, endsClause ? "" : ", ", "pause"};
    }
    // Between two capital letters, a pair said as letters: "I/O", "A/B testing", "P/E ratio" (joined by
    // a hyphen, eSpeak NG says "A" as the letter, not the article).
    if (s == "/" && isKind(t, i - 1, Kind::Word) && isKind(t, i + 1, Kind::Word) && t[i - 1].text.size() == 1 &&
        t[i + 1].text.size() == 1 && std::isupper(static_cast<unsigned char>(t[i - 1].text[0])) &&
        std::isupper(static_cast<unsigned char>(t[i + 1].text[0]))) {
        // (An "A" after the hyphen is still the article to eSpeak NG: "F/A-18" is "F-eh-eighteen".)
        // ("F/A-18s": the plural of the whole name.)
        if (t[i + 1].text == "A" && isSym(t, i + 2, "-") && isKind(t, i + 3, Kind::Number) && digitsOnly(t[i + 3].text) &&
            t[i + 3].text.size() <= 2 && isKind(t, i + 4, Kind::Word) && t[i + 4].text == "s") {
            return Match{5, "-eh-" + wholeWords(t[i + 3].text) + "s", "symbol"};
        }
        if (t[i + 1].text == "A") return Match{2, "-eh", "symbol"};
        return Match{1, "-", "symbol"};
    }
    // Between two initialisms, one name said as a pair, not a choice: "TCP/IP", "AC/DC", "4K/HDR" (but
    // "AND/OR", "ON/OFF" are words in capitals).
    static constexpr WordSet kCapitalWords({"AND", "OR", "ON", "OFF", "IN", "OUT", "YES", "NO", "UP", "DOWN", "IF"});
    if (s == "/" && isKind(t, i - 1, Kind::Word) && isKind(t, i + 1, Kind::Word) && isCapitals(t[i - 1].text) &&
        isCapitals(t[i + 1].text) && t[i + 1].text.size() >= 2 && kCapitalWords.count(t[i - 1].text) == 0 &&
        kCapitalWords.count(t[i + 1].text) == 0) {
        return Match{1, " ", "symbol"};
    }
    // "an f/1.8 lens": a lens's aperture, "f one point eight".
    if (s == "/" && i > 0 && isKind(t, i - 1, Kind::Word) && t[i - 1].text == "f" && isKind(t, i + 1, Kind::Number) &&
        (i < 2 || !isKind(t, i - 2, Kind::Word))) {
        return Match{1, " ", "symbol"};
    }
    // "a 1/1.3in sensor", "eGFR below 30 mL/min/1.73 m²": over a figure with a decimal point, which no date
    // or fraction has, and per a measure after a unit.
    if (s == "/" && i > 0 && isKind(t, i + 1, Kind::Number) && t[i + 1].text.find('.') != std::string::npos &&
        parseNumber(t[i + 1].text).valid) {
        if (isKind(t, i - 1, Kind::Number) && digitsOnly(t[i - 1].text)) return Match{1, " over ", "symbol"};
        if (isKind(t, i - 1, Kind::Word) && findUnit(t[i - 1].text) != nullptr) return Match{1, " per ", "symbol"};
    }
    // "conference ID 8842719#": the key that ends a code typed on a telephone, not said.
    if (s == "#" && i > 0 && isKind(t, i - 1, Kind::Number) && (i + 1 >= t.size() || !isKind(t, i + 1, Kind::Word)) &&
        (i + 1 >= t.size() || !isKind(t, i + 1, Kind::Number))) {
        return Match{1, "", "symbol"};
    }
    // "vs. 210/day", "3 times/week": a count a day, after its figure ("24/7" and dates are figures on both sides).
    if (s == "/" && i > 0 && isKind(t, i - 1, Kind::Number) && isKind(t, i + 1, Kind::Word) && !isKind(t, i + 2, Kind::Word) &&
        !isSym(t, i + 2, "/") && isWordIn(t, i + 1, {"day", "week", "month", "year", "hour", "night", "person", "head", "capita"})) {
        return Match{2, " a " + lowerAscii(t[i + 1].text), "symbol"};
    }
    // "a 4-year/50,000-mile warranty": two measures of one thing, each joined to its figure, said one after the other.
    if (s == "/" && i >= 3 && isKind(t, i - 1, Kind::Word) && isSym(t, i - 2, "-") && isKind(t, i - 3, Kind::Number) &&
        isKind(t, i + 1, Kind::Number) && isSym(t, i + 2, "-") && isKind(t, i + 3, Kind::Word)) {
        return Match{1, ", ", "symbol"};
    }
    // "grade 7/A", "A/7": a grade by its number and by its old letter, one or the other.
    if (s == "/" && i > 0 && anyWordIn(t, {"grade", "grades", "gcse", "gcses"}) &&
        anyWordIn(t, {"gcse", "gcses", "pupils", "students", "entries", "awarded", "achieved", "achieving", "exam", "exams", "results"}) &&
        ((isKind(t, i - 1, Kind::Number) && digitsOnly(t[i - 1].text) && t[i - 1].text.size() == 1 && isKind(t, i + 1, Kind::Word) &&
          t[i + 1].text.size() == 1 && std::isupper(static_cast<unsigned char>(t[i + 1].text[0])) && !isKind(t, i + 2, Kind::Word)) ||
         (isKind(t, i - 1, Kind::Word) && t[i - 1].text.size() == 1 && std::isupper(static_cast<unsigned char>(t[i - 1].text[0])) &&
          isKind(t, i + 1, Kind::Number) && digitsOnly(t[i + 1].text) && t[i + 1].text.size() == 1))) {
        // (The letter after "or" said by its name: "seven or eh", where eSpeak NG would say the article "uh".)
        if (isKind(t, i + 1, Kind::Word) && t[i + 1].text == "A") return Match{2, " or eh", "symbol"};
        return Match{1, " or ", "symbol"};
    }
    if (s == "/" && isKind(t, i - 1, Kind::Word) && isKind(t, i + 1, Kind::Word)) {
        // A path or a package's name, "tests/files/bad-3-corrupt_lzma2.xz", "@solana/web3.js", ".github/workflows/ci.yml": its
        // slashes said, no alternatives (a run of small letters glued to the slash with an "@", an underscore, or a file's dot
        // after the slash).
        {
            std::size_t from = i, to = i;
            while (from > 0 && !isKind(t, from - 1, Kind::Space)) --from;
            while (to + 1 < t.size() && !isKind(t, to + 1, Kind::Space)) ++to;
            std::string run;
            for (std::size_t k = from; k <= to; ++k) run += t[k].text;
            while (!run.empty() && std::string(".,;:)\"'").find(run.back()) != std::string::npos) run.pop_back();
            const bool small = std::none_of(run.begin(), run.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; });
            const auto slashes = std::count(run.begin(), run.end(), '/');
            // (Not words in prose, "his wife/co-founder", "students/parents/teachers": a file's dot, an underscore, an "@".)
            const std::size_t fileDot = run.find('.', run.find('/'));
            const bool marked = run.find('@') != std::string::npos || run.find('_') != std::string::npos ||
                                (fileDot != std::string::npos && fileDot + 1 < run.size() && std::islower(static_cast<unsigned char>(run[fileDot + 1])));
            if (small && slashes >= 1 && marked && run.find("http") == std::string::npos) return Match{1, " slash ", "symbol"};
        }
        // A pair that names one thing: "the over/under", "a pass/fail grade", "the price/earnings ratio".
        static const std::set<std::pair<std::string, std::string>> kPairs{
            {"over", "under"}, {"pass", "fail"}, {"win", "loss"}, {"bid", "ask"}, {"risk", "reward"},
            {"price", "earnings"}, {"stop", "start"}, {"was", "now"},
            // two ends of one measure: "a 48/52 front/rear weight distribution", "the north/south divide"
            {"front", "rear"}, {"north", "south"}, {"east", "west"}, {"upstream", "downstream"},
            // a match played into the evening under lights, "the day/night Test"; a cycle, "the day/night rhythm"
            {"day", "night"}};
        if (kPairs.count({lowerAscii(t[i - 1].text), lowerAscii(t[i + 1].text)}) != 0) return Match{1, "-", "symbol"};
        // A ratio of one to the other, as analysts say it: "net debt/EBITDA", "the debt/GDP ratio", "loan/value".
        static const std::set<std::pair<std::string, std::string>> kRatios{
            {"debt", "equity"}, {"loan", "value"}, {"debt", "gdp"}, {"debt", "ebitda"}, {"debt", "ebit"}, {"price", "book"},
            {"price", "sales"}, {"debt", "income"}, {"debt", "assets"}};
        if (kRatios.count({lowerAscii(t[i - 1].text), lowerAscii(t[i + 1].text)}) != 0) return Match{1, " to ", "symbol"};
        // (So is any pair before the word: "the faculty/student ratio", "a signal/noise ratio".)
        if (isKind(t, i + 2, Kind::Space) && isWordIn(t, i + 3, {"ratio", "ratios"})) return Match{1, "-to-", "symbol"};
        // "copies/mL", "bushels/acre", "cases/day": a count per a measure.
        const bool countLeft = isPluralNounAt(t, i - 1) || findUnit(t[i - 1].text) != nullptr;
        if (!isKind(t, i + 2, Kind::Word) && countLeft && !isSym(t, i + 2, "/") && !(i >= 2 && isSym(t, i - 2, "/")) &&
            (isWordIn(t, i + 1, {"acre", "hectare", "day", "week", "month", "year", "hour", "person", "capita", "head",
                                 "night", "share", "litre", "liter", "gallon", "mile", "km", "ml", "dl"}) ||
             (findUnit(t[i + 1].text) != nullptr && t[i + 1].text.size() >= 2 && std::islower(static_cast<unsigned char>(t[i - 1].text[0]))) ||
             // ("100 particles/L": a count per litre, its capital letter alone.)
             (t[i + 1].text == "L" && isPluralNounAt(t, i - 1)))) {
            const auto* unit = findUnit(t[i + 1].text);
            return Match{2, " per " + (unit != nullptr ? unit->second.one : lowerAscii(t[i + 1].text)), "symbol"};
        }
        // ("60 µg HA/strain", "2 mg/dose": what a vaccine's or a drug's dose holds per the thing it is given in, whatever
        // stands before the slash.)
        if (!isKind(t, i + 2, Kind::Word) && !isSym(t, i + 2, "/") &&
            isWordIn(t, i + 1, {"strain", "dose", "patient", "household", "serving", "tablet", "capsule", "vial", "injection", "puff"})) {
            return Match{2, " per " + lowerAscii(t[i + 1].text), "symbol"};
        }
        // Two names joined as partners: "a NYT/Siena poll", "Pfizer/BioNTech", "CBC/Radio-Canada" (days,
        // months and pronouns are alternatives: "Monday/Tuesday", "He/She"; so are three names or more,
        // "Debian/Mandrake/Gentoo"; and in a heading set in title case, "Introductions/Shout-Outs", the
        // capitals say nothing about names).
        // ("U.S./Canada": a country written with its dots is one of two places, "U.S. or Canada".)
        // (Not before a noun they share: "the U.S./Mexico border" is one border between two.)
        if (t[i - 1].text.find('.') != std::string::npos && isCapitalized(t[i + 1].text) &&
            !(isKind(t, i + 2, Kind::Space) && isKind(t, i + 3, Kind::Word))) {
            return Match{1, " or ", "symbol"};
        }
        if (isCapitalized(t[i - 1].text) && isCapitalized(t[i + 1].text) && !isAlternativeWord(t[i - 1].text) &&
            !isAlternativeWord(t[i + 1].text) && !isTitleCased(t, 2) && !isSym(t, i + 2, "/") && !(i >= 2 && isSym(t, i - 2, "/"))) {
            return Match{1, " ", "symbol"};
        }
        return Match{1, " or ", "symbol"};
    }
    if (s == "/" && i > 0 && isKind(t, i - 1, Kind::Number) && isKind(t, i + 1, Kind::Number)) {
        // "a blood pressure of 140/90": systolic over diastolic; "readings of 140/90 or above" too, a pressure's
        // figures by their sizes (no date and no count has three figures over two smaller ones so).
        const auto value = [&](std::size_t k) { return digitsOnly(t[k].text) ? toInt(t[k].text) : -1; };
        // (And a reading's words around it: "readings of 140/90 or above"; "Law 194/78", "FIR 145/48" are numbers.)
        const bool pressureShape = t[i - 1].text.size() == 3 && t[i + 1].text.size() == 2 && value(i - 1) >= 90 && value(i - 1) <= 250 &&
                                   value(i + 1) >= 40 && value(i + 1) < value(i - 1) && !isSym(t, i + 2, "/") &&
                                   (anyWordIn(t, {"reading", "readings", "measured", "consistently"}) ||
                                    (isKind(t, i + 2, Kind::Space) && isWordIn(t, i + 3, {"or"}) &&
                                     isWordIn(t, i + 5, {"above", "higher", "more", "below", "lower", "less"})));
        if (t[i - 1].text.size() <= 3 && t[i + 1].text.size() <= 3 &&
            (pressureShape || anyWordIn(t, {"pressure", "bp", "hypertension", "systolic", "diastolic", "mmhg"}))) {
            return Match{1, " over ", "symbol"};
        }
        // "on lap 44/57", "hole 7/18", "part 2/3": the place in a count, "44 of 57".
        if (i >= 3 && isKind(t, i - 2, Kind::Space) &&
            isWordIn(t, i - 3, {"lap", "round", "hole", "stage", "leg", "game", "episode", "part", "question", "day", "week", "step",
                                "chapter", "page", "item", "set", "heat"}) &&
            !isSym(t, i + 2, "/") && digitsOnly(t[i - 1].text) && digitsOnly(t[i + 1].text)) {
            return Match{1, " of ", "symbol"};
        }
        // "a 55/45 split", "50/50": the shares of a whole are said one after the other, "fifty-five
        // forty-five", as a newsreader says them.
        if (digitsOnly(t[i - 1].text) && digitsOnly(t[i + 1].text) && t[i - 1].text.size() <= 2 && t[i + 1].text.size() <= 2 &&
            std::stoi(t[i - 1].text) + std::stoi(t[i + 1].text) == 100 && !isSym(t, i + 2, "/") && !(i >= 2 && isSym(t, i - 2, "/")) &&
            // (Named as shares: a table's "58/42" is a high and a low.)
            // ("I'd model it at roughly 55/45", "split 60/40": or after a word of splitting or of about.)
            (t[i - 1].text == t[i + 1].text ||
             isWordIn(t, skip(t, i + 2), {"split", "splits", "ratio", "mix", "division", "share", "balance", "weighting", "vote", "allocation"}) ||
             (i >= 3 && isKind(t, i - 2, Kind::Space) &&
              isWordIn(t, i - 3, {"roughly", "about", "around", "approximately", "split", "splitting", "divided", "broadly"})))) {
            return Match{1, t[i - 1].text == t[i + 1].text ? "-" : " ", "symbol"};
        }
        // "Bus Éireann: 126 (…), 120/123 (…)": two routes served together, in a sentence about routes, "120 and 123".
        if (s == "/" && i >= 1 && isKind(t, i - 1, Kind::Number) && isKind(t, i + 1, Kind::Number) && digitsOnly(t[i - 1].text) &&
            digitsOnly(t[i + 1].text) && t[i - 1].text.size() >= 2 && t[i - 1].text.size() <= 3 && t[i + 1].text.size() >= 2 &&
            t[i + 1].text.size() <= 3 && !isSym(t, i + 2, "/") && !(i >= 2 && isSym(t, i - 2, "/")) &&
            anyWordIn(t, {"route", "routes", "bus", "buses", "tram", "trams", "éireann", "services", "timetable"})) {
            return Match{1, " and ", "symbol"};
        }
        return Match{1, " slash ", "symbol"};
    }
    // "the ‘exemplary’ behaviour", "'Sea wall will not be ready'": single quotation marks, which eSpeak NG
    // pauses at on both sides, go as double ones do. (An apostrophe inside a word is the word's; one after a
    // plural, "players' union", is not heard.)
    const auto single = [&](std::size_t k) { return isSym(t, k, "\xE2\x80\x98") || isSym(t, k, "\xE2\x80\x99") || isSym(t, k, "'"); };
    const auto opening = [&](std::size_t k) {
        return single(k) && isKind(t, k + 1, Kind::Word) && (k == 0 || isKind(t, k - 1, Kind::Space) || isSym(t, k - 1, "(") ||
                                                             isSym(t, k - 1, "\"") || isSym(t, k - 1, "\xE2\x80\x9C"));
    };
    // (An opening mark set for an apostrophe, "elmo666‘s tests", is one.)
    if ((s == "\xE2\x80\x98" && !isKind(t, i + 1, Kind::Word)) || opening(i)) return Match{1, "", "quote"};
    // (Closing one opened before it: "Korea's" and "Howells' novel" keep theirs.)
    if ((s == "\xE2\x80\x99" || s == "'") && !isKind(t, i + 1, Kind::Word)) {
        std::size_t open = 0;
        for (std::size_t k = 0; k < i; ++k) {
            if (opening(k)) {
                ++open;
            } else if (open > 0 && single(k) && !isKind(t, k + 1, Kind::Word)) {
                --open;
            }
        }
        if (open > 0) return Match{1, "", "quote"};
        // (Or opened in the sentence before, the mark right after the quote's last punctuation: "… your whole
        // life,' Kowalczyk recalled" — an apostrophe follows a letter, never a comma.)
        if (i > 0 && (isSym(t, i - 1, ",") || isSym(t, i - 1, ".") || isSym(t, i - 1, "!") || isSym(t, i - 1, "?"))) return Match{1, "", "quote"};
    }
    if (s == "\"" || s == "\xE2\x80\x9C" || s == "\xE2\x80\x9D" || s == "\xC2\xAB" || s == "\xC2\xBB") {
        // ("enemies,”with Crowley": a quote set between a comma and the next word stands for their space.)
        if (i > 0 && (isSym(t, i - 1, ",") || isSym(t, i - 1, ".") || isSym(t, i - 1, "!") || isSym(t, i - 1, "?") || isSym(t, i - 1, ";")) &&
            isKind(t, i + 1, Kind::Word)) {
            return Match{1, " ", "quote"};
        }
        return Match{1, "", "quote"};
    }
    // "10 a.m. PT / 1 p.m. ET": one moment on two clocks, the slash between them the pause of a comma.
    if (s == "/" && i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Number) &&
        isKind(t, i - 2, Kind::Word) && (timeZones().count(t[i - 2].text) != 0 || isWordIn(t, i - 2, {"et", "pt", "ct", "mt", "gmt", "bst", "utc", "aest", "ist"}))) {
        return Match{1, ",", "symbol"};
    }
    // "Rs.5,000/=": South Asia's mark closing an amount (no cents), for the eye.
    if (s == "/" && isSym(t, i + 1, "=") && i >= 1 && isKind(t, i - 1, Kind::Number)) return Match{2, "", "symbol"};
    // "50%+1", "the 50% + 1 needed": a half and one more, "fifty percent plus one".
    if (s == "+" && i >= 1 && (isSym(t, i - 1, "%") || (i >= 2 && isKind(t, i - 1, Kind::Space) && isSym(t, i - 2, "%"))) &&
        (isKind(t, i + 1, Kind::Number) || (isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Number)))) {
        return Match{1, " plus ", "symbol"};
    }
    // "OPEC+", "Disney+", "C++": a plus sign that ends a name is said.
    if (s == "+" && i > 0 && isKind(t, i - 1, Kind::Word) && isCapitalized(t[i - 1].text) &&
        (i + 1 >= t.size() || isKind(t, i + 1, Kind::Space) || isSym(t, i + 1, ",") || isSym(t, i + 1, ".") || isSym(t, i + 1, "'") ||
         isSym(t, i + 1, ")"))) {
        // ("(A+)": a grade's letter is its name, "A-plus"; eSpeak NG would take a lone "A" for the article.)
        if (t[i - 1].text.size() == 1) return Match{1, "-plus", "symbol"};
        return Match{1, " plus", "symbol"};
    }
    if (s == "*" || s == "_" || s == "|" || s == "\xE2\x80\xA2" || s == "\xC2\xB7") {
        // ("London WC2 · Until 13 April · 2hrs 40mins", "3:52.15 MR | 3:53.01": set apart between items, a separator is
        // the pause of a comma between them.)
        // (Not in a formula, where "|q|" is a magnitude.)
        if (s != "*" && s != "_" && i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i + 1, Kind::Space) &&
            std::none_of(t.begin(), t.end(), [](const Token& k) { return k.kind == Kind::Symbol && (k.text == "=" || k.text == "<" || k.text == ">"); }) &&
            (isKind(t, i - 2, Kind::Word) || isKind(t, i - 2, Kind::Number) || isSym(t, i - 2, ")") || isSym(t, i - 2, "\xC2\xA3") ||
             isSym(t, i - 2, "$") || isSym(t, i - 2, "\xE2\x82\xAC")) &&
            (isKind(t, i + 2, Kind::Word) || isKind(t, i + 2, Kind::Number))) {
            return Match{1, ",", "symbol"};
        }
        return Match{1, " ", "symbol"};
    }
    if (s == "\xE2\x86\x92") return Match{1, " to ", "symbol"};                 // →
    if (s == "\xC3\xB7") {                                                     // ÷
        // Between two quantities it divides; alone it is a name's sign, told by the name in brackets that follows
        // it ("Ed Sheeran's ÷ (Divide)"), said once, or else by the sign's own word.
        const std::size_t next = isKind(t, i + 1, Kind::Space) ? i + 2 : i + 1;
        const std::size_t before = i >= 1 && isKind(t, i - 1, Kind::Space) ? i - 2 : i - 1;
        // (A quantity is a number, a bracket or a letter standing for one: "x ÷ y".)
        const auto letter = [&](std::size_t k) { return isKind(t, k, Kind::Word) && t[k].text.size() == 1; };
        const bool operandBefore = i >= 1 && before < t.size() && (isKind(t, before, Kind::Number) || isSym(t, before, ")") || letter(before));
        const bool operandAfter = isKind(t, next, Kind::Number) || isSym(t, next, "(") || letter(next);
        if (!(operandBefore && operandAfter) && isSym(t, next, "(") && isKind(t, next + 1, Kind::Word) && isSym(t, next + 2, ")")) {
            return Match{next + 3 - i, " " + t[next + 1].text, "symbol"};
        }
        return Match{1, " divided by ", "symbol"};
    }
    if (s == "\xE2\x89\x88") return Match{1, " about ", "symbol"};              // ≈
    if (s == "\xE2\x89\xA4") return Match{1, " at most ", "symbol"};            // ≤
    if (s == "\xE2\x89\xA5") return Match{1, " at least ", "symbol"};           // ≥
    // Emoji, arrows, trade marks and other pictographs: eSpeak NG would read their Unicode names
    // ("grinning face"), which no newsreader says.
    const auto c = static_cast<UChar32>(codePointAt(s, 0));
    const int8_t category = u_charType(c);
    if (category == U_OTHER_SYMBOL || category == U_MODIFIER_SYMBOL || c == 0xFE0F || c == 0x200D) {
        return Match{1, "", "symbol"};
    }
    return std::nullopt;
}

// A span in another script inside English text: kept for a voice that speaks it when it is a name,
// dropped when it is interface text stuck to digits or slashes ("(0/250자)").
bool isLatinOrCommon(const std::string& word) {
    std::size_t i = 0;
    while (i < word.size()) {
        const auto c = static_cast<UChar32>(nextCodePoint(word, i));
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(c, &status);
        if (script != USCRIPT_LATIN && script != USCRIPT_COMMON && script != USCRIPT_INHERITED) return false;
    }
    return true;
}

std::optional<Match> foreignScriptRule(const Tokens& t, std::size_t i) {
    if (!isKind(t, i, Kind::Word) || isLatinOrCommon(t[i].text)) return std::nullopt;
    // (A lexicon entry's place, held by a private-use character until its spoken form goes back in: "ACC/AHA".)
    for (std::size_t k = 0; k < t[i].text.size(); ++k) {
        if (isLexiconPlaceholderAt(t[i].text, k)) return std::nullopt;
    }
    // A Greek letter by its name, "GREEK SMALL LETTER ETA WITH TONOS" "eta" (without its accent).
    std::size_t k = 0;
    const auto c = static_cast<UChar32>(nextCodePoint(t[i].text, k));
    UErrorCode status = U_ZERO_ERROR;
    char name[128];
    const int32_t n = u_charName(c, U_UNICODE_CHAR_NAME, name, sizeof name, &status);
    const std::string full = U_SUCCESS(status) ? std::string(name, static_cast<std::size_t>(n)) : "";
    const bool small = full.rfind("GREEK SMALL LETTER ", 0) == 0;
    std::string said;
    if (small || full.rfind("GREEK CAPITAL LETTER ", 0) == 0) {
        const std::size_t letter = full.find("LETTER ") + 7;
        const std::size_t with = full.find(" WITH", letter);
        said = lowerAscii(full.substr(letter, with == std::string::npos ? std::string::npos : with - letter));
    }
    // Alone, a symbol of science ("5σ", "2σ error bars", "the α particle").
    if (!said.empty() && k == t[i].text.size()) {
        const bool afterFigure = i > 0 && isKind(t, i - 1, Kind::Number);
        // ("δ13C", "δ18O": an isotope ratio, the letter, the mass and the element's letters, "delta thirteen C".)
        if (isKind(t, i + 1, Kind::Number) && digitsOnly(t[i + 1].text) && t[i + 1].text.size() <= 3 && isKind(t, i + 2, Kind::Word) &&
            t[i + 2].text.size() <= 2 && std::isupper(static_cast<unsigned char>(t[i + 2].text[0])) && !isKind(t, i + 3, Kind::Word)) {
            return Match{3, (afterFigure ? " " : "") + said + " " + wholeWords(t[i + 1].text) + " " + spell(t[i + 2].text, false), "symbol"};
        }
        return Match{1, (afterFigure ? " " : "") + said, "symbol"};
    }
    // ("γH2AX foci", "αSyn": opening a protein's or a gene's name, the capitals after it spelled.)
    if (small && full.find(" WITH") == std::string::npos) {
        const std::string rest = t[i].text.substr(k);
        if (!rest.empty() && rest.size() <= 4 && isUpperWord(rest)) return Match{1, said + " " + spell(rest, false), "symbol"};
    }
    const bool stuckToSymbols = (i > 0 && (isKind(t, i - 1, Kind::Number) || isSym(t, i - 1, "/"))) ||
                                isKind(t, i + 1, Kind::Number) || isSym(t, i + 1, "/");
    if (stuckToSymbols) return Match{1, "", "foreign-interface"};
    return std::nullopt;
}

// "Newey LJ", "Arnold and Newey LJJ": a judge of the Court of Appeal by the letters British law reports set
// after the name, said as a newsreader says the title, before it ("Lord Justice Newey").
namespace {

// "HALVORSEN" -> "Halvorsen": a name a court's opinion sets in capitals, said as a name.
std::string nameCased(const std::string& name) {
    if (!isUpperWord(name)) return name;
    std::string out = name;
    for (std::size_t k = 1; k < out.size(); ++k) out[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[k])));
    return out;
}

// The letters of a judge's title after a name and its comma, "J.", "C. J.", "C.J.", "JJ.", dots and
// spaces between; returns them run together ("CJ") and sets `end` past the last dot, or "".
std::string titleLettersAt(const Tokens& t, std::size_t k, std::size_t& end) {
    std::string letters;
    while (k < t.size() && isKind(t, k, Kind::Word)) {
        std::string w = t[k].text;
        std::string bare;
        for (char c : w) {
            if (c != '.') bare += c;
        }
        if (bare.empty() || !isUpperWord(bare) || bare.size() > 2) break;
        letters += bare;
        ++k;
        if (w.back() != '.') {
            if (!isSym(t, k, ".")) return "";
            ++k;
        }
        end = k;
        if (isKind(t, k, Kind::Space) && isKind(t, k + 1, Kind::Word) && t[k + 1].text.size() <= 2 && isUpperWord(t[k + 1].text)) ++k;
    }
    return letters;
}

}  // namespace

std::optional<Match> judgeTitleRule(const Tokens& t, std::size_t i, bool courtStory, const std::vector<std::string>& ladyJustices) {
    if (!isKind(t, i, Kind::Word) || !isCapitalized(t[i].text) || t[i].text.size() < 2) return std::nullopt;
    // America's: "HALVORSEN, C. J., delivered", "(Fassbender, J., dissenting)", "ASHWORTH and TILLMAN, JJ.,
    // joined": the Chief Justice, a Justice, two of them, named before the letters, in a court's copy.
    {
        std::size_t k = i + 1;
        std::string second;
        if (isKind(t, k, Kind::Space) && isWordIn(t, k + 1, {"and"}) && isKind(t, k + 2, Kind::Space) && isKind(t, k + 3, Kind::Word) &&
            isCapitalized(t[k + 3].text)) {
            second = t[k + 3].text;
            k += 4;
        }
        std::size_t end = 0;
        const std::string letters = isSym(t, k, ",") && isKind(t, k + 1, Kind::Space) ? titleLettersAt(t, k + 2, end) : "";
        const bool before = i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text) &&
                            !isWordIn(t, i - 2, {"and", "in", "which", "by", "see", "the"});
        // (The sentence's words are read last: this is tried at every capitalized word.)
        if (!before && (isSym(t, end, ",") || isSym(t, end, ")") || end >= t.size()) &&
            ((second.empty() && (letters == "J" || letters == "CJ")) || (!second.empty() && letters == "JJ")) &&
            anyWordIn(t, {"court", "opinion", "dissenting", "dissented", "concurring", "concurred", "joined", "delivered", "justice",
                          "justices", "judgment", "held", "majority", "dissent"})) {
            // (A circuit's or a district's judge is "Judge": "(Fassbender, J., dissenting)" in a Ninth Circuit ruling.)
            const bool lowerCourt = anyWordIn(t, {"cir", "circuit", "district", "appeals", "appellate"}) &&
                                    !anyWordIn(t, {"supreme", "justices"});
            const std::string spoken = letters == "CJ"   ? (lowerCourt ? "Chief Judge " : "Chief Justice ") + nameCased(t[i].text)
                                       : letters == "J" ? (lowerCourt ? "Judge " : "Justice ") + nameCased(t[i].text)
                                                        : (lowerCourt ? "Judges " : "Justices ") + nameCased(t[i].text) + " and " + nameCased(second);
            // (The comma after the letters stays as the sentence's pause, but before the verb the name does:
            // "Chief Justice Halvorsen delivered".)
            if (isSym(t, end, ",") && isKind(t, end + 1, Kind::Space) &&
                isWordIn(t, end + 2, {"delivered", "joined", "filed", "wrote", "concurred", "dissented", "announced"})) {
                ++end;
            }
            return Match{end - i, spoken, "abbreviation"};
        }
    }
    // (Tried at every capitalized word: the letters after it first, the sentence's words last.)
    // (England's Lord Justice; the Commonwealth's courts write the same after the name: "Madlanga J", "Maya CJ", "Mlambo DCJ",
    // "Mocumie JA", "Goosen AJA", "Molemela P", "Gavai CJI", South Africa's, Australia's, India's.)
    static const std::unordered_map<std::string, std::string> kPosts{
        {"LJ", "Lord Justice"},      {"J", "Justice"},     {"CJ", "Chief Justice"},          {"DCJ", "Deputy Chief Justice"},
        {"JA", "Judge of Appeal"},   {"AJA", "Acting Judge of Appeal"}, {"AJ", "Acting Justice"}, {"P", "President"},
        {"DP", "Deputy President"},  {"CJI", "Chief Justice"}};
    static const std::unordered_map<std::string, std::string> kPostsOfTwo{{"LJJ", "Lords Justices"}, {"JJ", "Justices"}, {"JJA", "Judges of Appeal"}};
    const auto post = isKind(t, i + 1, Kind::Space) && isKind(t, i + 2, Kind::Word) ? kPosts.find(t[i + 2].text) : kPosts.end();
    const bool one = post != kPosts.end();
    // ("Arnold and Newey LJJ": the two of them.)
    const auto postOfTwo = isKind(t, i + 1, Kind::Space) && isWordIn(t, i + 2, {"and"}) && isKind(t, i + 3, Kind::Space) &&
                                   isKind(t, i + 4, Kind::Word) && isCapitalized(t[i + 4].text) && isKind(t, i + 5, Kind::Space) &&
                                   isKind(t, i + 6, Kind::Word)
                               ? kPostsOfTwo.find(t[i + 6].text)
                               : kPostsOfTwo.end();
    const bool two = postOfTwo != kPostsOfTwo.end();
    if (!one && !two) return std::nullopt;
    // (Not a name that goes on after it, "the LJ Hooker agency", nor a word that starts a sentence; only a
    // one-word name, "Elisabeth Laing LJ" is Lady Justice Laing; only in a court's copy, "Sawyers LJ 6.86m" is
    // a long jump.)
    // (Nor a middle initial with its dot, "Thomas J. Whitfield III".)
    const bool nameGoesOn = (isKind(t, i + 3, Kind::Space) && isKind(t, i + 4, Kind::Word) && isCapitalized(t[i + 4].text)) ||
                            (isSym(t, i + 3, ".") && isKind(t, i + 4, Kind::Space) && isKind(t, i + 5, Kind::Word) && isCapitalized(t[i + 5].text));
    if (isWordIn(t, i, {"the", "a", "an", "in", "at", "on", "by", "for", "and"})) return std::nullopt;
    const bool nameBefore = i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && isCapitalized(t[i - 2].text);
    if (nameBefore || (i >= 1 && isSym(t, i - 1, "-"))) return std::nullopt;
    // (In a court's story, whatever the sentence says: "At paras 34–36, Madlanga J said …".)
    if (!courtStory && !anyWordIn(t, {"court", "judgment", "judgement", "appeal", "appeals", "judge", "judges", "dissenting", "dissented", "tribunal",
                                      "ruling", "ruled", "held", "justice", "justices", "agreed", "concurring", "concurred", "wrote"})) {
        return std::nullopt;
    }
    // (A lone letter, "J" or "P", is a post only after a word that names no one else and before no "of": "the singer Mary J
    // said", "Section J of the form" are a name's and a part's letters.)
    if (one && t[i + 2].text.size() == 1 &&
        ((isKind(t, i + 3, Kind::Space) && isWordIn(t, i + 4, {"of"})) ||
         (i >= 2 && isKind(t, i - 1, Kind::Space) && isKind(t, i - 2, Kind::Word) && std::islower(static_cast<unsigned char>(t[i - 2].text[0])) &&
          !isWordIn(t, i - 2, {"by", "with", "and", "per", "of", "to", "from", "before", "said", "held", "that", "whom", "judge", "justice"})))) {
        return std::nullopt;
    }
    // (A lone letter after a name in a sentence of its own, "Theron J.", keeps the sentence's stop.)
    if (one && !isKind(t, i + 3, Kind::Word) && !isKind(t, i + 3, Kind::Number) && !isSym(t, i + 3, "-") && !isSym(t, i + 3, "'") && !nameGoesOn) {
        // (A judge the story calls "Lady Justice Carr" is she: "Carr LJ" is not a Lord Justice.)
        const bool lady = post->first == "LJ" && std::find(ladyJustices.begin(), ladyJustices.end(), t[i].text) != ladyJustices.end();
        return Match{3, (lady ? std::string("Lady Justice") : post->second) + " " + t[i].text, "abbreviation"};
    }
    if (two && !isKind(t, i + 7, Kind::Word) && !isSym(t, i + 7, "-")) return Match{7, postOfTwo->second + " " + t[i].text + " and " + t[i + 4].text, "abbreviation"};
    return std::nullopt;
}

}  // namespace readcast::english
