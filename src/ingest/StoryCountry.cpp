#include "ingest/StoryCountry.hpp"

#include <cctype>
#include <string_view>
#include <vector>

#include "core/Ascii.hpp"
#include "core/LanguageTag.hpp"
#include "core/Text.hpp"

namespace readcast {
namespace {

struct Cues {
    const char* country;
    std::vector<std::string_view> names;  // the country, its people, its capital and big towns, its institutions, its money
};

// (No name two countries share: "Córdoba", "Valencia", "Santiago", "Cartagena" and "San José" are in Spain
// and in the Americas.)
const std::vector<Cues>& spanishCues() {
    static const std::vector<Cues> kCues{
        {"MX", {"M\xc3\xa9xico", "mexicano", "mexicana", "mexicanos", "mexicanas", "CDMX", "Ciudad de M\xc3\xa9xico", "Monterrey", "Jalisco", "Nuevo Le\xc3\xb3n", "Puebla", "Tijuana", "Veracruz", "Oaxaca", "alcald\xc3\xad" "a", "alcald\xc3\xad" "as", "Banxico", "INEGI", "IMSS", "Pemex", "Edomex", "Estado de M\xc3\xa9xico", "MXN"}},
        {"AR", {"Argentina", "argentino", "argentina", "argentinos", "argentinas", "Buenos Aires", "Rosario", "Mendoza", "porte\xc3\xb1o", "porte\xc3\xb1os", "bonaerense", "INDEC", "Indec", "BCRA", "AFIP", "ARCA", "ANSES", "Casa Rosada", "porte\xc3\xb1" "a", "CABA", "conurbano",
                // (its provinces and cities that name nowhere else, and are no common noun: not "Corrientes", currents, nor
                // "Resistencia")
                "Chaco", "S\xc3\xa1" "enz Pe\xc3\xb1" "a", "chaque\xc3\xb1o", "chaque\xc3\xb1os", "Tucum\xc3\xa1n", "tucumano", "Jujuy", "Neuqu\xc3\xa9n", "Chubut",
                "Entre R\xc3\xados", "Santiago del Estero", "Tierra del Fuego", "Mar del Plata", "Bah\xc3\xad" "a Blanca", "salte\xc3\xb1o",
                "mendocino", "rosarino", "santafesino", "cordob\xc3\xa9s"}},
        {"CO", {"Colombia", "colombiano", "colombiana", "colombianos", "colombianas", "Bogot\xc3\xa1", "Medell\xc3\xadn", "Barranquilla", "Antioquia", "DANE", "Dimayor", "Registradur\xc3\xad" "a", "Cundinamarca", "Banco de la Rep\xc3\xba" "blica"}},
        {"CL", {"Chile", "chileno", "chilena", "chilenos", "chilenas", "Santiago de Chile", "Valpara\xc3\xadso", "Carabineros", "La Moneda", "CLP",
                // (Its unit of account and its capital's communes: Santiago's papers name no country.)
                "UF", "Unidad de Fomento", "\xc3\x91u\xc3\xb1oa", "Las Condes", "Vitacura", "Maip\xc3\xba", "Puente Alto", "Vi\xc3\xb1" "a del Mar",
                "Antofagasta", "Temuco", "Biob\xc3\xado", "Regi\xc3\xb3n Metropolitana", "Codelco", "Fonasa", "Isapre", "Isapres", "Sernac"}},
        {"UY", {"Uruguay", "uruguayo", "uruguaya", "uruguayos", "Montevideo"}},
        {"PE", {"Per\xc3\xba", "peruano", "peruana", "peruanos", "peruanas", "Lima", "Arequipa", "Cusco", "INEI", "BCRP", "Indecopi"}},
        {"VE", {"Venezuela", "venezolano", "venezolana", "venezolanos", "Caracas", "Maracaibo"}},
        {"EC", {"Ecuador", "ecuatoriano", "ecuatoriana", "ecuatorianos", "Quito", "Guayaquil"}},
        {"BO", {"Bolivia", "boliviano", "boliviana", "bolivianos", "La Paz", "Santa Cruz de la Sierra", "Cochabamba"}},
        {"PY", {"Paraguay", "paraguayo", "paraguaya", "paraguayos", "Asunci\xc3\xb3n"}},
        {"DO", {"Rep\xc3\xba" "blica Dominicana", "dominicano", "dominicana", "dominicanos", "Santo Domingo"}},
        {"CU", {"Cuba", "cubano", "cubana", "cubanos", "La Habana"}},
        {"GT", {"Guatemala", "guatemalteco", "guatemalteca", "guatemaltecos"}},
        {"CR", {"Costa Rica", "costarricense", "costarricenses"}},
        {"PA", {"Panam\xc3\xa1", "paname\xc3\xb1o", "paname\xc3\xb1" "a", "paname\xc3\xb1os"}},
        {"HN", {"Honduras", "hondure\xc3\xb1o", "hondure\xc3\xb1" "a", "hondure\xc3\xb1os", "Tegucigalpa"}},
        {"SV", {"El Salvador", "salvadore\xc3\xb1o", "salvadore\xc3\xb1" "a", "salvadore\xc3\xb1os"}},
        {"NI", {"Nicaragua", "nicarag\xc3\xbc" "ense", "nicarag\xc3\xbc" "enses", "Managua"}},
        {"US", {"Estados Unidos", "EE.UU.", "EEUU", "EE. UU.", "estadounidense", "estadounidenses", "Washington", "Miami", "Nueva York", "Los \xc3\x81ngeles", "Texas", "California", "d\xc3\xb3lares"}},
        {"ES", {"Espa\xc3\xb1" "a", "espa\xc3\xb1ol", "espa\xc3\xb1ola", "espa\xc3\xb1oles", "espa\xc3\xb1olas", "Madrid", "Barcelona", "Sevilla", "Andaluc\xc3\xad" "a", "Catalu\xc3\xb1" "a", "Galicia", "Moncloa", "Comunidad Valenciana", "Generalitat", "Congreso de los Diputados", "euros", "\xe2\x82\xac", "BOE", "Xunta", "Junta de Andaluc\xc3\xad" "a", "comunidad aut\xc3\xb3noma"}},
    };
    return kCues;
}

// Thousands grouped with a comma ("1,284", "25,000") and with a point ("1.284", "828.158").
void countGroupings(const std::string& text, std::size_t& comma, std::size_t& point) {
    for (std::size_t i = 1; i + 3 < text.size(); ++i) {
        const char mark = text[i];
        if ((mark != ',' && mark != '.') || !isAsciiDigit(text[i - 1]) || !isAsciiDigit(text[i + 1]) || !isAsciiDigit(text[i + 2]) ||
            !isAsciiDigit(text[i + 3]) || (i + 4 < text.size() && isAsciiDigit(text[i + 4]))) {
            continue;
        }
        std::size_t start = i - 1;
        while (start > 0 && isAsciiDigit(text[start - 1])) --start;
        if (i - start > 3) continue;  // "2024.123" is no thousands
        (mark == ',' ? comma : point) += 1;
    }
}

// Both "US$" (or "U$S", "USD") and a "$" that no letter opens: the text's "$" is not the dollar.
bool hasLocalDollar(const std::string& text) {
    const bool dollar = text.find("US$") != std::string::npos || text.find("U$S") != std::string::npos || text.find("u$s") != std::string::npos ||
                        text.find("USD") != std::string::npos;
    if (!dollar) return false;
    for (std::size_t at = text.find('$'); at != std::string::npos; at = text.find('$', at + 1)) {
        const bool lettered = at > 0 && (std::isalpha(static_cast<unsigned char>(text[at - 1])) != 0);
        const bool figure = at + 1 < text.size() && (isAsciiDigit(text[at + 1]) || (text[at + 1] == ' ' && at + 2 < text.size() && isAsciiDigit(text[at + 2])));
        if (!lettered && figure) return true;
    }
    return false;
}

}  // namespace

std::string withStoryCountry(const std::string& language, const std::string& text) {
    const std::string lang = lowerAscii(language);
    if (lang != "es") return language;
    const std::vector<Cues>& cues = spanishCues();
    const std::string home = "ES";
    MostCounted most;
    std::size_t homeCount = 0;
    for (const Cues& c : cues) {
        std::size_t count = 0;
        for (std::string_view name : c.names) {
            count += name == "\xE2\x82\xAC" ? occurrences(text, name) : occurrencesAsWord(text, name);
            // (A dateline says where the story was written: "Buenos Aires, 14/05/2024", "Bogot\xC3\xA1, 16 de marzo".)
            if (const std::size_t at = text.find(name); at != std::string::npos && at < 600 && (at == 0 || text[at - 1] == '\n') &&
                at + name.size() < text.size() && (text[at + name.size()] == ',' || text[at + name.size()] == ' ' || text[at + name.size()] == '.')) {
                count += 2;
            }
        }
        if (c.country == home) {
            homeCount = count;
            continue;
        }
        most.offer(c.country, count);
    }
    const std::string& best = most.name;
    // (A story that writes the dollar as "US$" beside a bare "$" counts in a peso of the Americas: "$ 2.500 millones (unos US$ 600
    // millones)". Then the one country it names is its own.)
    // (Twice at least, and no other country named: one passing mention of Mexico in a story from Houston names no peso.)
    const bool localDollar = best != "US" && best != "" && most.count >= 2 && most.second == 0 && homeCount == 0 && hasLocalDollar(text);
    // Named three times at least, more than twice as often as any other country, Spain and the United States included.
    if (!localDollar && (most.count < 3 || most.count <= 2 * most.second || most.count <= 2 * homeCount)) return language;
    // (A story about Mexico written in Spain groups thousands with a point, as Spain does: its figures, not its
    // subject, say how they are to be read; and the other way round for a story about Argentina written in the
    // United States.)
    std::size_t comma = 0, point = 0;
    countGroupings(text, comma, point);
    const bool commaCountry = best == "MX" || best == "US" || best == "DO" || best == "GT" || best == "HN" || best == "NI" || best == "PA" ||
                              best == "SV" || best == "CU";
    if (commaCountry ? point > comma : comma > point) return language;
    return language + "-" + best;
}

}  // namespace readcast
