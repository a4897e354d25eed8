#include "text/CountryCues.hpp"

#include "core/LanguageTag.hpp"
#include "core/Text.hpp"

namespace readcast {
namespace {

struct Cues {
    const char* country;
    std::vector<const char*> names;  // the country, its capital and big towns, its people
};

// Only the countries whose currency letter is shared with another's.
const std::vector<Cues>& cues() {
    static const std::vector<Cues> kCues{
        {"PG", {"Papua New Guinea", "PNG", "Port Moresby", "Lae", "Bougainville", "Papua New Guinean"}},
        {"ZM", {"Zambia", "Zambian", "Zambians", "Lusaka", "Ndola", "Kitwe", "Copperbelt"}},
        {"MW", {"Malawi", "Malawian", "Malawians", "Lilongwe", "Blantyre", "Mzuzu"}},
        {"BW", {"Botswana", "Gaborone", "Francistown", "Batswana", "Motswana", "Maun"}},
        {"PH", {"Philippines", "Philippine", "Filipino", "Filipinos", "Manila", "Quezon City", "Cebu", "Davao", "Makati"}},
        {"LS", {"Lesotho", "Maseru", "Basotho", "Mosotho", "Leribe", "Mafeteng"}},
        {"GM", {"Gambia", "Gambian", "Gambians", "Banjul", "Serrekunda", "Brikama", "Barra"}},
        {"SZ", {"Eswatini", "Swaziland", "Mbabane", "Manzini", "Swazi", "emaSwati", "Lobamba"}},
    };
    return kCues;
}

}  // namespace

std::string cueText(const Article& article) {
    std::string text = article.title + "\n";
    for (const Block& b : article.blocks) {
        if (isBodyKind(b.kind) || b.kind == BlockKind::Heading) text += b.text + "\n";
    }
    return text;
}

std::string countryOfArticle(const Article& article) { return countryOfText(article.language, cueText(article)); }

std::string countryOfText(const std::string& language, const std::string& text) {
    const std::string region = regionOf(language);
    for (const Cues& c : cues()) {
        if (region == c.country) return region;
    }
    MostCounted most;
    for (const Cues& c : cues()) {
        std::size_t count = 0;
        for (const char* name : c.names) count += occurrencesAsWord(text, name);
        most.offer(c.country, count);
    }
    return most.count > most.second ? most.name : "";
}

std::vector<std::pair<char, std::string>> lettersOfCurrency(const std::string& country) {
    if (country == "PG") return {{'K', "PGK"}};
    if (country == "ZM") return {{'K', "ZMW"}};
    if (country == "MW") return {{'K', "MWK"}};
    if (country == "BW") return {{'P', "BWP"}};
    if (country == "PH") return {{'P', "\xE2\x82\xB1"}};  // the peso's own sign
    if (country == "NG") return {{'N', "\xE2\x82\xA6"}};  // the naira's, "N880 a litre"
    if (country == "LS") return {{'M', "LSL"}};  // maloti
    if (country == "GM") return {{'D', "GMD"}};  // dalasi
    if (country == "SZ") return {{'E', "SZL"}};  // emalangeni
    return {};
}

}  // namespace readcast
