#include "text/UkrainianSigns.hpp"

#include <regex>

namespace readcast {
namespace {

struct Forms {
    const char* one;    // 1, 21, 31 …
    const char* few;    // 2–4, 22–24 …
    const char* many;   // 0, 5–20, 25–30 …
    const char* part;   // a figure with a fraction, "2,5"
};

const Forms kPercent{"\xD0\xB2\xD1\x96\xD0\xB4\xD1\x81\xD0\xBE\xD1\x82\xD0\xBE\xD0\xBA", "\xD0\xB2\xD1\x96\xD0\xB4\xD1\x81\xD0\xBE\xD1\x82\xD0\xBA\xD0\xB8",
                     "\xD0\xB2\xD1\x96\xD0\xB4\xD1\x81\xD0\xBE\xD1\x82\xD0\xBA\xD1\x96\xD0\xB2", "\xD0\xB2\xD1\x96\xD0\xB4\xD1\x81\xD0\xBE\xD1\x82\xD0\xBA\xD0\xB0"};
const Forms kDollar{"\xD0\xB4\xD0\xBE\xD0\xBB\xD0\xB0\xD1\x80", "\xD0\xB4\xD0\xBE\xD0\xBB\xD0\xB0\xD1\x80\xD0\xB8",
                    "\xD0\xB4\xD0\xBE\xD0\xBB\xD0\xB0\xD1\x80\xD1\x96\xD0\xB2", "\xD0\xB4\xD0\xBE\xD0\xBB\xD0\xB0\xD1\x80\xD0\xB0"};
const Forms kEuro{"\xD1\x94\xD0\xB2\xD1\x80\xD0\xBE", "\xD1\x94\xD0\xB2\xD1\x80\xD0\xBE", "\xD1\x94\xD0\xB2\xD1\x80\xD0\xBE", "\xD1\x94\xD0\xB2\xD1\x80\xD0\xBE"};
const Forms kPound{"\xD1\x84\xD1\x83\xD0\xBD\xD1\x82", "\xD1\x84\xD1\x83\xD0\xBD\xD1\x82\xD0\xB8", "\xD1\x84\xD1\x83\xD0\xBD\xD1\x82\xD1\x96\xD0\xB2",
                   "\xD1\x84\xD1\x83\xD0\xBD\xD1\x82\xD0\xB0"};

const char* agreeing(const std::string& figure, const Forms& forms) {
    if (figure.find_first_of(",.") != std::string::npos) return forms.part;
    const int lastTwo = std::stoi(figure.size() > 2 ? figure.substr(figure.size() - 2) : figure);
    const int last = lastTwo % 10;
    if (lastTwo >= 11 && lastTwo <= 14) return forms.many;
    if (last == 1) return forms.one;
    if (last >= 2 && last <= 4) return forms.few;
    return forms.many;
}

// `text` with each match of `pattern` said as `words` gives it, each rewrite logged as of `kind`.
template <typename Words>
std::string withEachSaid(const std::string& text, const std::regex& pattern, const char* kind, std::vector<Rewrite>* log, Words words) {
    std::string said;
    std::size_t from = 0;
    for (auto m = std::sregex_iterator(text.begin(), text.end(), pattern); m != std::sregex_iterator(); ++m) {
        const std::string spoken = words(*m);
        said += text.substr(from, static_cast<std::size_t>(m->position()) - from) + spoken;
        from = static_cast<std::size_t>(m->position() + m->length());
        if (log != nullptr) log->push_back({m->str(), spoken, kind});
    }
    return said + text.substr(from);
}

}  // namespace

std::string withUkrainianSignsSaid(const std::string& text, std::vector<Rewrite>* log) {
    if (text.find_first_of("$%\xE2\xC2") == std::string::npos) return text;
    std::string out = text;
    // "грн/$", "гривень/$": an exchange rate's unit.
    static const std::regex kRate("(\xD0\xB3\xD1\x80\xD0\xBD|\xD0\xB3\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD0\xBD\xD1\x8C)/\\$");
    out = std::regex_replace(out, kRate, "\xD0\xB3\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD0\xBD\xD1\x8C \xD0\xB7\xD0\xB0 \xD0\xB4\xD0\xBE\xD0\xBB\xD0\xB0\xD1\x80");
    // A currency's sign before its figure, a magnitude perhaps after it: "$26 млрд", "€18 млрд", "$1,3 млрд", "$500".
    static const std::regex kMoney("(\\$|\xE2\x82\xAC|\xC2\xA3) ?([0-9]+(?:[,.][0-9]+)?)( ?(?:\xD0\xBC\xD0\xBB\xD0\xBD|\xD0\xBC\xD0\xBB\xD1\x80\xD0\xB4|"
                                   "\xD1\x82\xD1\x80\xD0\xBB\xD0\xBD|\xD1\x82\xD0\xB8\xD1\x81\\.?|\xD0\xBC\xD1\x96\xD0\xBB\xD1\x8C\xD0\xB9\xD0\xBE\xD0\xBD[^ ,.;:]*|"
                                   "\xD0\xBC\xD1\x96\xD0\xBB\xD1\x8C\xD1\x8F\xD1\x80\xD0\xB4[^ ,.;:]*))?");
    out = withEachSaid(out, kMoney, "money", log, [](const std::smatch& m) {
        const std::string sign = m[1].str(), figure = m[2].str(), magnitude = m[3].str();
        const Forms& forms = sign == "$" ? kDollar : sign == "\xE2\x82\xAC" ? kEuro : kPound;
        return figure + magnitude + " " + (magnitude.empty() ? agreeing(figure, forms) : forms.many);
    });
    // "13%", "5,1 %": the percent sign after its figure.
    static const std::regex kPercentSign("([0-9]+(?:[,.][0-9]+)?) ?%");
    return withEachSaid(out, kPercentSign, "percent", log, [](const std::smatch& m) { return m[1].str() + " " + agreeing(m[1].str(), kPercent); });
}

}  // namespace readcast
