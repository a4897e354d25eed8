#include "core/NewsAgencies.hpp"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "core/Text.hpp"

namespace readcast {

std::string newsAgencyName(const std::string& written) {
    static const std::vector<std::pair<std::string_view, std::string_view>> kAgencies{
        {"ap", "the Associated Press"}, {"associated press", "the Associated Press"},
        {"the associated press", "the Associated Press"}, {"reuters", "Reuters"}, {"thomson reuters", "Reuters"},
        {"afp", "AFP"}, {"agence france-presse", "AFP"}, {"agence france presse", "AFP"}, {"bloomberg", "Bloomberg"},
        {"bloomberg news", "Bloomberg"}, {"yonhap", "Yonhap"}, {"yonhap news", "Yonhap"},
        {"yonhap news agency", "Yonhap"}, {"pa", "PA Media"}, {"pa media", "PA Media"},
        {"press association", "the Press Association"}, {"dpa", "dpa"}, {"efe", "EFE"}, {"ansa", "ANSA"},
        {"xinhua", "Xinhua"}, {"kyodo", "Kyodo News"}, {"kyodo news", "Kyodo News"}, {"ani", "ANI"},
        {"pti", "the Press Trust of India"}, {"press trust of india", "the Press Trust of India"}, {"ians", "IANS"},
        {"upi", "UPI"}, {"aap", "AAP"}, {"australian associated press", "AAP"}, {"the canadian press", "The Canadian Press"},
        {"canadian press", "The Canadian Press"}, {"anadolu", "Anadolu"}, {"anadolu agency", "Anadolu"},
        {"tass", "TASS"}, {"interfax", "Interfax"}, {"europa press", "Europa Press"}, {"lusa", "Lusa"},
        // Europe's national agencies, as their own copy writes them.
        {"anp", "ANP"}, {"belga", "Belga"}, {"apa", "APA"}, {"sda", "SDA"}, {"keystone-sda", "Keystone-SDA"},
        // (Keystone-SDA's French service signs "Keystone-ATS", or "ATS"; its Italian one "Keystone-ATS" too.)
        // ("ATS" alone names air traffic services and tracking systems as often.)
        {"keystone-ats", "Keystone-ATS"}, {"sda/ats", "Keystone-ATS"},
        // (Not those that are also given names or words, "Mena", "Hina", "Sta": a letter's signature is no agency.)
        {"kna", "KNA"}, {"epd", "epd"}, {"ntb", "NTB"}, {"tt", "TT"}, {"ritzau", "Ritzau"},
        {"stt", "STT"}, {"pap", "PAP"}, {"\xC4\x8Dtk", "\xC4\x8CTK"}, {"tasr", "TASR"}, {"mti", "MTI"}, {"bta", "BTA"},
        {"agerpres", "Agerpres"}, {"ana-mpa", "ANA-MPA"}, {"dpa-afx", "dpa-AFX"}, {"ntb nyheter", "NTB"},
        {"adnkronos", "Adnkronos"}, {"askanews", "askanews"}, {"ukrinform", "Ukrinform"}, {"ria novosti", "RIA Novosti"},
        {"antara", "Antara"}, {"bernama", "Bernama"}, {"jiji press", "Jiji Press"}, {"jiji", "Jiji Press"}, {"apa-ots", "APA-OTS"},
        // Russian agencies as Russian copy writes them: "Интерфакс", "ТАСС", "РИА Новости".
        {"\xD0\xB8\xD0\xBD\xD1\x82\xD0\xB5\xD1\x80\xD1\x84\xD0\xB0\xD0\xBA\xD1\x81", "\xD0\x98\xD0\xBD\xD1\x82\xD0\xB5\xD1\x80\xD1\x84\xD0\xB0\xD0\xBA\xD1\x81"},
        {"\xD1\x82\xD0\xB0\xD1\x81\xD1\x81", "\xD0\xA2\xD0\x90\xD0\xA1\xD0\xA1"},
        {"\xD1\x80\xD0\xB8\xD0\xB0 \xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8", "\xD0\xA0\xD0\x98\xD0\x90 \xD0\x9D\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8"},
        // Korean agencies as Korean copy writes them: "연합뉴스", "뉴시스", "뉴스1".
        {"\xEC\x97\xB0\xED\x95\xA9\xEB\x89\xB4\xEC\x8A\xA4", "\xEC\x97\xB0\xED\x95\xA9\xEB\x89\xB4\xEC\x8A\xA4"},
        {"\xEB\x89\xB4\xEC\x8B\x9C\xEC\x8A\xA4", "\xEB\x89\xB4\xEC\x8B\x9C\xEC\x8A\xA4"},
        {"\xEB\x89\xB4\xEC\x8A\xA4" "1", "\xEB\x89\xB4\xEC\x8A\xA4" "1"},
        {"news agencies", "news agencies"}, {"agencies", "news agencies"}, {"wire services", "wire services"},
        {"news wires", "news wires"}, {"wires", "news wires"}};
    std::string lower = lowerUtf8(collapseWhitespace(written));
    if (lower.size() > 6 && lower.compare(lower.size() - 6, 6, " staff") == 0) lower.erase(lower.size() - 6);
    for (const auto& [name, said] : kAgencies) {
        if (lower == name) return std::string(said);
    }
    // "dpa/lni", "dpa/lby", "afp/apa": an agency with its regional service's or partner's code after a slash, as its
    // dateline writes it, "Osnabrück (dpa/lni) -".
    if (const std::size_t slash = lower.find('/'); slash != std::string::npos && slash > 0 && lower.size() - slash - 1 >= 2 &&
                                                   lower.size() - slash - 1 <= 4 && lower.find('/', slash + 1) == std::string::npos) {
        const std::string code = lower.substr(slash + 1);
        if (std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return newsAgencyName(lower.substr(0, slash));
    }
    return "";
}

std::string agencyRegion(const std::string& agency, const std::string& primary) {
    static const std::vector<std::pair<std::string_view, std::string_view>> kCountries{
        {"Belga", "BE"}, {"Keystone-SDA", "CH"}, {"SDA", "CH"}, {"Keystone-ATS", "CH"}, {"APA", "AT"}, {"APA-OTS", "AT"}, {"Lusa", "PT"},
        {"Europa Press", "ES"}, {"ANP", "NL"}, {"PA Media", "GB"}, {"the Press Association", "GB"}, {"AAP", "AU"},
        {"The Canadian Press", "CA"}, {"the Press Trust of India", "IN"}, {"IANS", "IN"}, {"ANI", "IN"}, {"Bernama", "MY"}};
    // (Not EFE: it writes for the whole Spanish-speaking world, "MÉXICO, 3 mar (EFE)" as much as from Madrid.)
    // (The languages each country's agency writes in: Belga in French and Dutch, Keystone-SDA in German,
    // French and Italian.)
    static const std::vector<std::pair<std::string_view, std::string_view>> kLanguages{
        {"BE", "fr nl"}, {"CH", "de fr it"}, {"AT", "de"}, {"PT", "pt"}, {"ES", "es"}, {"NL", "nl"}, {"GB", "en"}, {"AU", "en"},
        {"CA", "en fr"}, {"IN", "en"}, {"MY", "en ms"}};
    const std::string name = newsAgencyName(agency);
    for (const auto& [known, country] : kCountries) {
        if (name != known) continue;
        for (const auto& [c, languages] : kLanguages) {
            if (c != country) continue;
            for (const std::string& l : splitWords(std::string(languages))) {
                if (l == primary) return primary + "-" + std::string(country);
            }
        }
    }
    return "";
}

}  // namespace readcast
