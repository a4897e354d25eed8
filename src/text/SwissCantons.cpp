#include "text/SwissCantons.hpp"
#include "core/WordSet.hpp"

#include <map>
#include <set>

namespace readcast {
namespace {

struct Canton {
    std::string_view de, fr, it;
};

const std::map<std::string_view, Canton>& cantons() {
    static const std::map<std::string_view, Canton> kCantons{
        {"AG", {"Aargau", "Argovie", "Argovia"}},
        {"AI", {"Appenzell Innerrhoden", "Appenzell Rhodes-Int\xC3\xA9rieures", "Appenzello Interno"}},
        {"AR", {"Appenzell Ausserrhoden", "Appenzell Rhodes-Ext\xC3\xA9rieures", "Appenzello Esterno"}},
        {"BE", {"Bern", "Berne", "Berna"}},
        {"BL", {"Basel-Landschaft", "B\xC3\xA2le-Campagne", "Basilea Campagna"}},
        {"BS", {"Basel-Stadt", "B\xC3\xA2le-Ville", "Basilea Citt\xC3\xA0"}},
        {"FR", {"Freiburg", "Fribourg", "Friburgo"}},
        {"GE", {"Genf", "Gen\xC3\xA8ve", "Ginevra"}},
        {"GL", {"Glarus", "Glaris", "Glarona"}},
        {"GR", {"Graub\xC3\xBCnden", "Grisons", "Grigioni"}},
        {"JU", {"Jura", "Jura", "Giura"}},
        {"LU", {"Luzern", "Lucerne", "Lucerna"}},
        {"NE", {"Neuenburg", "Neuch\xC3\xA2tel", "Neuch\xC3\xA2tel"}},
        {"NW", {"Nidwalden", "Nidwald", "Nidvaldo"}},
        {"OW", {"Obwalden", "Obwald", "Obvaldo"}},
        {"SG", {"St. Gallen", "Saint-Gall", "San Gallo"}},
        {"SH", {"Schaffhausen", "Schaffhouse", "Sciaffusa"}},
        {"SO", {"Solothurn", "Soleure", "Soletta"}},
        {"SZ", {"Schwyz", "Schwyz", "Svitto"}},
        {"TG", {"Thurgau", "Thurgovie", "Turgovia"}},
        {"TI", {"Tessin", "Tessin", "Ticino"}},
        {"UR", {"Uri", "Uri", "Uri"}},
        {"VD", {"Waadt", "Vaud", "Vaud"}},
        {"VS", {"Wallis", "Valais", "Vallese"}},
        {"ZG", {"Zug", "Zoug", "Zugo"}},
        {"ZH", {"Z\xC3\xBCrich", "Zurich", "Zurigo"}},
    };
    return kCantons;
}

}  // namespace

std::string withSwissCantons(const std::string& text, std::string_view language, std::vector<Rewrite>* log) {
    if (language != "de" && language != "fr" && language != "it") return text;
    if (text.find("/") == std::string::npos || text.find('(') == std::string::npos) return text;
    std::string out;
    std::size_t from = 0;
    for (std::size_t open = text.find('('); open != std::string::npos; open = text.find('(', open + 1)) {
        const std::size_t slash = text.find('/', open + 1);
        if (slash == std::string::npos || slash - open - 1 < 1 || slash - open - 1 > 14 || slash + 3 >= text.size() || text[slash + 3] != ')') continue;
        const std::string_view code(text.data() + slash + 1, 2);
        const auto canton = cantons().find(code);
        if (canton == cantons().end()) continue;
        // (A Swiss party before the slash: "(CDU/SH)", "(Pd/GE)" are a German Land's and an Italian province's letters.)
        static constexpr WordSet kParties({"SVP", "SP", "FDP", "Mitte", "GLP", "Gr\xC3\xBCne", "EVP", "EDU", "BDP", "CVP", "MCG",
                                                         "Lega", "UDC", "PS", "PLR", "Verts", "Vert-e-s", "PVL", "PEV", "Centre", "PDC",
                                                         "PLD", "PSS", "PdA", "AL", "LDP", "PSL", "Verdi", "Centro", "UDF", "PBD"});
        const std::string party = text.substr(open + 1, slash - open - 1);
        if (kParties.count(party) == 0) continue;
        const std::string_view name = language == "de" ? canton->second.de : language == "fr" ? canton->second.fr : canton->second.it;
        out.append(text, from, slash - from);
        out += ", ";
        out += name;
        if (log != nullptr) log->push_back({text.substr(open, slash + 4 - open), party + ", " + std::string(name), "canton"});
        from = slash + 3;
    }
    out.append(text, from, std::string::npos);
    return out;
}

}  // namespace readcast
