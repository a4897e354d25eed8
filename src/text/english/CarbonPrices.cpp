// Carbon's price per tonne emitted as trading desks write it, "$6.40/tCO2e", "€85/tCO2": said per tonne before the lexicon
// stands in for the emissions' own short form, which it reads as a quantity ("five tonnes of CO2 equivalent").

#include <cctype>
#include <string>
#include <vector>

#include "text/english/Rules.hpp"

namespace readcast::english {

// "$6.40/tCO2e", "€85/tCO2": carbon's price per tonne emitted, said before the lexicon reads the emissions' own
// "tCO2e" as a quantity ("five tonnes of CO2 equivalent") and leaves the slash.
std::string withCarbonPerTonne(const std::string& text, std::vector<Rewrite>* log) {
    if (text.find("/tCO2") == std::string::npos) return text;
    std::string out;
    std::size_t at = 0;
    for (std::size_t pos = text.find("/tCO2"); pos != std::string::npos; pos = text.find("/tCO2", pos + 1)) {
        const bool equivalent = pos + 5 < text.size() && text[pos + 5] == 'e';
        const std::size_t end = pos + (equivalent ? 6 : 5);
        const bool afterFigure = pos > 0 && std::isdigit(static_cast<unsigned char>(text[pos - 1]));
        if (!afterFigure || (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '/'))) continue;
        const std::string spoken = equivalent ? " per tonne of CO2 equivalent" : " per tonne of CO2";
        if (log != nullptr) log->push_back({text.substr(pos, end - pos), spoken.substr(1), "unit"});
        out += text.substr(at, pos - at) + spoken;
        at = end;
    }
    return out + text.substr(at);
}

}  // namespace readcast::english
