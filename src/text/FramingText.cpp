#include "text/FramingText.hpp"

#include <unicode/datefmt.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <cstring>
#include <memory>
#include <vector>

#include "text/Spellout.hpp"

namespace readcast {
namespace {

std::vector<std::string> sentences(const std::string& text) {
    std::vector<std::string> out;
    std::string current;
    for (std::size_t i = 0; i < text.size(); ++i) {
        current += text[i];
        const bool latinEnd = (text[i] == '.' || text[i] == '!' || text[i] == '?') && (i + 1 == text.size() || text[i + 1] == ' ');
        const bool cjkEnd = i >= 2 && text.compare(i - 2, 3, "\xE3\x80\x82") == 0;  // 。
        if (latinEnd || cjkEnd) {
            out.push_back(current);
            current.clear();
            while (i + 1 < text.size() && text[i + 1] == ' ') ++i;
        }
    }
    if (!current.empty()) out.push_back(current);
    return out;
}

}  // namespace

std::string fillTemplate(const std::string& tmpl, const std::map<std::string, std::string>& values) {
    std::string out;
    for (const std::string& sentence : sentences(tmpl)) {
        std::string filled;
        bool complete = true;
        for (std::size_t i = 0; i < sentence.size();) {
            const std::size_t open = sentence.find('{', i);
            const std::size_t close = open == std::string::npos ? std::string::npos : sentence.find('}', open);
            if (close == std::string::npos) {
                filled += sentence.substr(i);
                break;
            }
            filled += sentence.substr(i, open - i);
            const auto value = values.find(sentence.substr(open + 1, close - open - 1));
            if (value == values.end() || value->second.empty()) complete = false;
            i = close + 1;
            if (value != values.end()) {
                filled += value->second;
                // (A value's own stop before the template's: "By Acme Co." and "." make one full stop, not two.)
                if (!value->second.empty() && value->second.back() == '.' && i < sentence.size() && sentence[i] == '.') ++i;
            }
        }
        if (!complete) continue;
        const bool cjk = filled.size() >= 3 && filled.compare(filled.size() - 3, 3, "\xE3\x80\x82") == 0;
        out += (out.empty() || cjk ? "" : " ") + filled;
    }
    return out;
}

namespace {

// A day of the month as Polish, Czech, Slovak and Ukrainian say it in a date, the ordinal in the genitive ("18
// września" is "osiemnastego września", "3. června" "třetího června", "5 травня" "п'ятого травня"): ICU's spell-out
// has no ordinals for them. Units 1–19 (index 0 unused), then the tens twenty and thirty, and the tens before a unit
// where they are not those ordinals (Ukrainian's "двадцять першого", a count before the ordinal).
struct GenitiveDays {
    const char* name;
    const char* units[20];
    const char* twenty;
    const char* thirty;
    const char* twentyBeforeUnit = nullptr;
    const char* thirtyBeforeUnit = nullptr;
};

constexpr GenitiveDays kGenitiveDays[] = {
    {"polish-genitive",
     {"", "pierwszego", "drugiego", "trzeciego", "czwartego", "pi\xC4\x85tego", "sz\xC3\xB3stego", "si\xC3\xB3" "dmego", "\xC3\xB3smego",
      "dziewi\xC4\x85tego", "dziesi\xC4\x85tego", "jedenastego", "dwunastego", "trzynastego", "czternastego", "pi\xC4\x99tnastego",
      "szesnastego", "siedemnastego", "osiemnastego", "dziewi\xC4\x99tnastego"},
     "dwudziestego", "trzydziestego"},
    {"czech-genitive",
     {"", "prvn\xC3\xADho", "druh\xC3\xA9ho", "t\xC5\x99" "et\xC3\xADho", "\xC4\x8Dtvrt\xC3\xA9ho", "p\xC3\xA1t\xC3\xA9ho",
      "\xC5\xA1" "est\xC3\xA9ho", "sedm\xC3\xA9ho", "osm\xC3\xA9ho", "dev\xC3\xA1t\xC3\xA9ho", "des\xC3\xA1t\xC3\xA9ho",
      "jeden\xC3\xA1" "ct\xC3\xA9ho", "dvan\xC3\xA1" "ct\xC3\xA9ho", "t\xC5\x99in\xC3\xA1" "ct\xC3\xA9ho",
      "\xC4\x8Dtrn\xC3\xA1" "ct\xC3\xA9ho", "patn\xC3\xA1" "ct\xC3\xA9ho", "\xC5\xA1" "estn\xC3\xA1" "ct\xC3\xA9ho",
      "sedmn\xC3\xA1" "ct\xC3\xA9ho", "osmn\xC3\xA1" "ct\xC3\xA9ho", "devaten\xC3\xA1" "ct\xC3\xA9ho"},
     "dvac\xC3\xA1t\xC3\xA9ho", "t\xC5\x99ic\xC3\xA1t\xC3\xA9ho"},
    {"slovak-genitive",
     {"", "prv\xC3\xA9ho", "druh\xC3\xA9ho", "tretieho", "\xC5\xA1tvrt\xC3\xA9ho", "piateho", "\xC5\xA1iesteho", "siedmeho",
      "\xC3\xB4smeho", "deviateho", "desiateho", "jeden\xC3\xA1steho", "dvan\xC3\xA1steho", "trin\xC3\xA1steho",
      "\xC5\xA1trn\xC3\xA1steho", "p\xC3\xA4tn\xC3\xA1steho", "\xC5\xA1" "estn\xC3\xA1steho", "sedemn\xC3\xA1steho",
      "osemn\xC3\xA1steho", "dev\xC3\xA4tn\xC3\xA1steho"},
     "dvadsiateho", "tridsiateho"},
    {"ukrainian-genitive",
     {"", "\xD0\xBF\xD0\xB5\xD1\x80\xD1\x88\xD0\xBE\xD0\xB3\xD0\xBE", "\xD0\xB4\xD1\x80\xD1\x83\xD0\xB3\xD0\xBE\xD0\xB3\xD0\xBE",
      "\xD1\x82\xD1\x80\xD0\xB5\xD1\x82\xD1\x8C\xD0\xBE\xD0\xB3\xD0\xBE", "\xD1\x87\xD0\xB5\xD1\x82\xD0\xB2\xD0\xB5\xD1\x80\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE",
      "\xD0\xBF'\xD1\x8F\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE", "\xD1\x88\xD0\xBE\xD1\x81\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE",
      "\xD1\x81\xD1\x8C\xD0\xBE\xD0\xBC\xD0\xBE\xD0\xB3\xD0\xBE", "\xD0\xB2\xD0\xBE\xD1\x81\xD1\x8C\xD0\xBC\xD0\xBE\xD0\xB3\xD0\xBE",
      "\xD0\xB4\xD0\xB5\xD0\xB2'\xD1\x8F\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE", "\xD0\xB4\xD0\xB5\xD1\x81\xD1\x8F\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE",
      "\xD0\xBE\xD0\xB4\xD0\xB8\xD0\xBD\xD0\xB0\xD0\xB4\xD1\x86\xD1\x8F\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE",
      "\xD0\xB4\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xB0\xD0\xB4\xD1\x86\xD1\x8F\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE",
      "\xD1\x82\xD1\x80\xD0\xB8\xD0\xBD\xD0\xB0\xD0\xB4\xD1\x86\xD1\x8F\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE",
      "\xD1\x87\xD0\xBE\xD1\x82\xD0\xB8\xD1\x80\xD0\xBD\xD0\xB0\xD0\xB4\xD1\x86\xD1\x8F\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE",
      "\xD0\xBF'\xD1\x8F\xD1\x82\xD0\xBD\xD0\xB0\xD0\xB4\xD1\x86\xD1\x8F\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE",
      "\xD1\x88\xD1\x96\xD1\x81\xD1\x82\xD0\xBD\xD0\xB0\xD0\xB4\xD1\x86\xD1\x8F\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE",
      "\xD1\x81\xD1\x96\xD0\xBC\xD0\xBD\xD0\xB0\xD0\xB4\xD1\x86\xD1\x8F\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE",
      "\xD0\xB2\xD1\x96\xD1\x81\xD1\x96\xD0\xBC\xD0\xBD\xD0\xB0\xD0\xB4\xD1\x86\xD1\x8F\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE",
      "\xD0\xB4\xD0\xB5\xD0\xB2'\xD1\x8F\xD1\x82\xD0\xBD\xD0\xB0\xD0\xB4\xD1\x86\xD1\x8F\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE"},
     "\xD0\xB4\xD0\xB2\xD0\xB0\xD0\xB4\xD1\x86\xD1\x8F\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE", "\xD1\x82\xD1\x80\xD0\xB8\xD0\xB4\xD1\x86\xD1\x8F\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE",
     "\xD0\xB4\xD0\xB2\xD0\xB0\xD0\xB4\xD1\x86\xD1\x8F\xD1\x82\xD1\x8C", "\xD1\x82\xD1\x80\xD0\xB8\xD0\xB4\xD1\x86\xD1\x8F\xD1\x82\xD1\x8C"},
};


}  // namespace

std::string genitiveDay(int day, const std::string& rule) {
    // Hungarian's day of a date, its ordinal with the possessive ending, one word ("április tizennegyedike"; eSpeak NG said
    // the figure before the date's dot as a count, "tizennégy").
    if (rule == "hungarian-day") {
        static const char* const kDays[] = {
            "", "elseje", "m\xC3\xA1sodika", "harmadika", "negyedike", "\xC3\xB6t\xC3\xB6" "dike", "hatodika", "hetedike", "nyolcadika",
            "kilencedike", "tizedike", "tizenegyedike", "tizenkettedike", "tizenharmadika", "tizennegyedike", "tizen\xC3\xB6t\xC3\xB6" "dike",
            "tizenhatodika", "tizenhetedike", "tizennyolcadika", "tizenkilencedike", "huszadika", "huszonegyedike", "huszonkettedike",
            "huszonharmadika", "huszonnegyedike", "huszon\xC3\xB6t\xC3\xB6" "dike", "huszonhatodika", "huszonhetedike", "huszonnyolcadika",
            "huszonkilencedike", "harmincadika", "harmincegyedike"};
        return day >= 1 && day <= 31 ? kDays[day] : "";
    }
    for (const GenitiveDays& table : kGenitiveDays) {
        if (rule != table.name || day < 1 || day > 31) continue;
        if (day < 20) return table.units[day];
        if (day % 10 == 0) return day < 30 ? table.twenty : table.thirty;
        const char* before = day < 30 ? table.twentyBeforeUnit : table.thirtyBeforeUnit;
        return std::string(before != nullptr ? before : day < 30 ? table.twenty : table.thirty) + " " + table.units[day % 10];
    }
    return "";
}

std::string writtenDate(const DateTime& date, const std::string& language, const std::string& day_rule) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = icu::Locale::forLanguageTag(language.empty() ? "en" : language, status);
    std::unique_ptr<icu::DateFormat> format(icu::DateFormat::createDateInstance(icu::DateFormat::kLong, locale));
    if (format == nullptr || U_FAILURE(status)) return date.dateIso();
    // The date as the article names it: no time zone may move it to the day before.
    format->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
    icu::GregorianCalendar calendar(*icu::TimeZone::getGMT(), status);
    calendar.clear();
    calendar.set(date.year, date.month - 1, date.day, 12, 0, 0);
    const UDate when = calendar.getTime(status);
    if (U_FAILURE(status)) return date.dateIso();
    icu::UnicodeString text;
    icu::FieldPosition day(UDAT_DATE_FIELD);
    format->format(when, text, day);
    // "8. April": eSpeak NG reads the number as a count and the dot as the end of a sentence. The day
    // is spelled with the language's ordinal rule instead, and the dot goes. ("11 mars": where the date
    // is written without the dot and said as an ordinal, "den elfte mars", the same.)
    if (!day_rule.empty() && day.getEndIndex() > day.getBeginIndex()) {
        const bool dot = day.getEndIndex() < text.length() && text[day.getEndIndex()] == u'.';
        const std::string table = genitiveDay(date.day, day_rule);
        const std::string words = !table.empty() ? table : Spellout(language).say(date.day, day_rule);
        if (!words.empty()) {
            text.replace(day.getBeginIndex(), day.getEndIndex() + (dot ? 1 : 0) - day.getBeginIndex(), icu::UnicodeString::fromUTF8(words));
        }
    }
    std::string out;
    text.toUTF8String(out);
    // ("1 novembre 2023": French says the first of a month as an ordinal, "1er novembre", the others as counts.)
    if (language.rfind("fr", 0) == 0 && date.day == 1 && out.rfind("1 ", 0) == 0) out = "1er" + out.substr(1);
    // "18 сентября 2024 г.": the year's abbreviated word, said in full ("года"), and no dot left to
    // double the sentence's own. ICU sets a (narrow) no-break space before it.
    // (Bulgarian's "г." is "година".)
    const bool bulgarian = language.rfind("bg", 0) == 0;
    static const std::pair<const char*, const char*> kYearWords[] = {
        {"\xD0\xB3.", "\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0"},   // г. -> года
        {"\xD1\x80.", "\xD1\x80\xD0\xBE\xD0\xBA\xD1\x83"}};  // р. -> року
    for (auto [written, said] : kYearWords) {
        if (bulgarian) said = "\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB8\xD0\xBD\xD0\xB0";
        const std::size_t n = std::strlen(written);
        if (out.size() <= n || out.compare(out.size() - n, n, written) != 0) continue;
        std::size_t cut = out.size() - n;
        for (const char* space : {" ", "\xC2\xA0", "\xE2\x80\xAF"}) {
            const std::size_t k = std::strlen(space);
            if (cut >= k && out.compare(cut - k, k, space) == 0) {
                out = out.substr(0, cut - k) + " " + said;
                break;
            }
        }
    }
    return out;
}

}  // namespace readcast
