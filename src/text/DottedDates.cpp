#include "text/DottedDates.hpp"

#include <unicode/dtfmtsym.h>

#include <array>
#include <cstring>
#include <map>
#include <mutex>

#include "core/Ascii.hpp"
#include "core/WordSet.hpp"
#include "core/LanguageTag.hpp"
#include "text/FramingText.hpp"
#include "text/RewriteScan.hpp"

namespace readcast {
namespace {

// Whether ICU writes the language's long date with no dot, so that eSpeak NG says all of it as written.
bool writesDateWithoutDots(const std::string& language) {
    static std::mutex lock;
    static std::map<std::string, bool> known;
    const std::lock_guard<std::mutex> hold(lock);
    const auto found = known.find(language);
    if (found != known.end()) return found->second;
    const std::string sample = writtenDate(DateTime{2028, 12, 31}, language);
    // (Nor a bracket: Basque's "2028(e)ko abenduaren 31(a)" writes its endings so.)
    const bool plain = sample.find('.') == std::string::npos && sample.find('(') == std::string::npos && sample.find("31") != std::string::npos &&
                       sample.find("12") == std::string::npos;
    known.emplace(language, plain);
    return plain;
}

// The language's names of the months as its dates write them ("ianuarie" … "decembrie"), by ICU.
std::array<std::string, 12> monthNames(const std::string& language) {
    std::array<std::string, 12> names;
    UErrorCode status = U_ZERO_ERROR;
    const icu::DateFormatSymbols symbols(icu::Locale::forLanguageTag(language, status), status);
    if (U_FAILURE(status)) return names;
    int32_t count = 0;
    const icu::UnicodeString* months = symbols.getMonths(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
    for (int32_t m = 0; m < count && m < 12; ++m) months[m].toUTF8String(names[static_cast<std::size_t>(m)]);
    return names;
}

// "1 ianuarie": the first of a month, said "întâi ianuarie" in Romanian (the other days are counts, "2 ianuarie").
std::size_t romanianFirstOfMonth(const std::string& text, std::size_t i, std::string& spoken) {
    if (text[i] != '1' || (i > 0 && (isWordByte(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ',')) || i + 2 >= text.size() ||
        text[i + 1] != ' ') {
        return i;
    }
    static const std::array<std::string, 12> kMonths = monthNames("ro");
    const std::string next = lowerWordAfter(text, i + 2);
    for (const std::string& month : kMonths) {
        if (month.empty() || next != month) continue;
        // ("cu 1 mai puțin": "mai" is "more" too; May's only before its year, a sign or the sentence's end.)
        if (month == "mai") {
            std::size_t after = i + 2 + month.size();
            while (after < text.size() && text[after] == ' ') ++after;
            if (after < text.size() && (isWordByte(text[after]) && !isAsciiDigit(text[after]))) return i;
        }
        spoken = "\xC3\xAEnt\xC3\xA2i";
        return i + 1;
    }
    return i;
}

}  // namespace

std::string withDottedDatesSaid(const std::string& text, const std::string& language, std::vector<Rewrite>* log) {
    const bool romanian = primaryLanguage(language) == "ro";
    if (text.find_first_of("0123456789") == std::string::npos || (!romanian && text.find('.') == std::string::npos)) return text;
    if (!writesDateWithoutDots(language)) return text;
    return rewriteEach(text, log, [&](std::size_t i, std::string& spoken, const char*& kind) {
        if (!isAsciiDigit(text[i]) || (i > 0 && (isWordByte(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == ',' || text[i - 1] == '/'))) {
            return i;
        }
        kind = "date";
        const std::size_t dayEnd = digitsEnd(text, i);
        if (dayEnd - i > 2 || dayEnd >= text.size() || text[dayEnd] != '.') return romanian ? romanianFirstOfMonth(text, i, spoken) : i;
        const std::size_t monthEnd = digitsEnd(text, dayEnd + 1);
        if (monthEnd == dayEnd + 1 || monthEnd - dayEnd - 1 > 2 || monthEnd >= text.size() || text[monthEnd] != '.') return i;
        const std::size_t yearEnd = digitsEnd(text, monthEnd + 1);
        if (yearEnd - monthEnd - 1 != 4) return i;
        // (A version's or an address's further part is no date: "1.2.2028.4", "1.2.2028a".)
        if (yearEnd < text.size() && (isWordByte(text[yearEnd]) || ((text[yearEnd] == '.' || text[yearEnd] == ',') && yearEnd + 1 < text.size() &&
                                                                   isAsciiDigit(text[yearEnd + 1])))) {
            return i;
        }
        // (A version's number after its word: "Versiunea 2.1.2024", "sürüm 3.12.2024".)
        static constexpr WordSet kVersions({"versiunea", "versiune", "version", "versiyon", "s\xC3\xBCr\xC3\xBCm", "v", "ver",
                                            "\xCE\xAD\xCE\xBA\xCE\xB4\xCE\xBF\xCF\x83\xCE\xB7",          // έκδοση
                                            "\xD0\xB2\xD0\xB5\xD1\x80\xD1\x81\xD1\x96\xD1\x8F",          // версія
                                            "\xD0\xB2\xD0\xB5\xD1\x80\xD1\x81\xD0\xB8\xD1\x8F"});        // версия
        if (kVersions.count(lowerWordBefore(text, i)) != 0) return i;
        const int day = std::stoi(text.substr(i, dayEnd - i)), month = std::stoi(text.substr(dayEnd + 1, monthEnd - dayEnd - 1));
        const int year = std::stoi(text.substr(monthEnd + 1, 4));
        static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1] || year < 1000) return i;
        // (Ukrainian and Bulgarian say the day as an ordinal: "до тридцять першого грудня", "трийсет и първи декември".)
        const std::string primary = primaryLanguage(language);
        const char* dayRule = primary == "uk" ? "ukrainian-genitive" : primary == "bg" ? "%spellout-ordinal-masculine" : "";
        spoken = writtenDate(DateTime{year, month, day}, language, dayRule);
        if (romanian && day == 1 && spoken.starts_with("1 ")) spoken = "\xC3\xAEnt\xC3\xA2i" + spoken.substr(1);
        // ("1.03.2024 року", "21.03.2024 р.", "31.12.2028 г.": the year's word written after the date already, whole or short; said
        // once, whole.)
        std::size_t end = yearEnd;
        for (const char* written : {" \xD1\x80\xD0\xBE\xD0\xBA\xD1\x83", " \xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB8\xD0\xBD\xD0\xB0", " \xD1\x80.",
                                    " \xD0\xB3.", " \xD1\x80\xD1\x96\xD0\xBA"}) {  // року, година, р., г., рік
            const std::size_t n = std::strlen(written);
            if (text.compare(yearEnd, n, written) != 0) continue;
            const bool whole = n > 4 && (yearEnd + n >= text.size() || !isWordByte(text[yearEnd + n]));
            if (whole || n == 4) end = yearEnd + n;
            break;
        }
        // (Where ICU's date has no year word, the written one stays: Macedonian, Greek.)
        if (end != yearEnd) {
            const std::size_t space = spoken.rfind(' ');
            const bool yearWordSaid = space != std::string::npos && !isAsciiDigit(spoken[space + 1]);
            if (!yearWordSaid) end = yearEnd;
        }
        return end;
    });
}

}  // namespace readcast
