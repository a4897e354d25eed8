// An airport's coded weather report, a METAR, quoted in an aviation story: "EINN 031300Z 23014KT 9999 FEW025 SCT040
// 14/09 Q1011 NOSIG". eSpeak NG reads its groups as figures and words ("twenty-three thousand and fourteen kilotons");
// a newsreader says what they code: "E I N N, at 13:00 UTC on the 3rd: wind from 230 degrees at 14 knots, visibility
// 10 kilometres or more, few clouds at 2,500 feet, …". Only a run that opens on a station, its time and its wind is a
// METAR; the groups are said up to the first one that is not a METAR's, its remarks ("RMK …") left out.

#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

#include "core/Ascii.hpp"
#include "text/english/NumberReading.hpp"
#include "text/english/Rules.hpp"

namespace readcast::english {
namespace {

bool allDigits(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return isAsciiDigit(c); }); }
bool allUpper(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; });
}

// "M05" is minus five.
std::string temperature(std::string_view t) {
    const bool minus = !t.empty() && t[0] == 'M';
    const std::string digits(minus ? t.substr(1) : t);
    return (minus ? "minus " : "") + std::to_string(std::stoi(digits));
}

// "23014KT", "VRB03KT", "27015G28KT", "00000KT", "18008MPS": the wind, or "" when `g` is no wind group.
std::string wind(std::string_view g) {
    std::string_view unit;
    for (std::string_view u : {"KT", "MPS", "KMH"}) {
        if (g.size() > u.size() && g.substr(g.size() - u.size()) == u) unit = u;
    }
    if (unit.empty()) return "";
    g.remove_suffix(unit.size());
    const std::size_t gust = g.find('G');
    const std::string_view steady = g.substr(0, gust);
    if (steady.size() < 5 || steady.size() > 6 || !allDigits(steady.substr(3)) || (steady.substr(0, 3) != "VRB" && !allDigits(steady.substr(0, 3)))) {
        return "";
    }
    if (gust != std::string_view::npos && (g.size() - gust - 1 < 2 || g.size() - gust - 1 > 3 || !allDigits(g.substr(gust + 1)))) return "";
    const std::string units = unit == "KT" ? " knots" : unit == "MPS" ? " metres per second" : " kilometres per hour";
    const int speed = std::stoi(std::string(steady.substr(3)));
    if (speed == 0 && gust == std::string_view::npos) return "wind calm";
    std::string said = steady.substr(0, 3) == "VRB" ? "wind variable" : "wind from " + std::to_string(std::stoi(std::string(steady.substr(0, 3)))) + " degrees";
    said += " at " + std::to_string(speed) + units;
    if (gust != std::string_view::npos) said += ", gusting " + std::to_string(std::stoi(std::string(g.substr(gust + 1))));
    return said;
}

// "-SHRA", "+TSRA", "BR", "VCSH", "FZFG": present weather, or "".
std::string weather(std::string_view g) {
    static constexpr std::pair<std::string_view, std::string_view> kKinds[] = {
        {"DZ", "drizzle"}, {"RA", "rain"},  {"SN", "snow"},         {"SG", "snow grains"}, {"IC", "ice crystals"}, {"PL", "ice pellets"},
        {"GR", "hail"},    {"GS", "small hail"}, {"UP", "precipitation"}, {"BR", "mist"}, {"FG", "fog"}, {"FU", "smoke"}, {"VA", "volcanic ash"},
        {"DU", "dust"},    {"SA", "sand"},  {"HZ", "haze"},         {"PO", "dust whirls"}, {"SQ", "squalls"}, {"FC", "funnel cloud"},
        {"SS", "sandstorm"}, {"DS", "duststorm"}};
    std::string intensity;
    if (!g.empty() && (g[0] == '-' || g[0] == '+')) {
        intensity = g[0] == '-' ? "light " : "heavy ";
        g.remove_prefix(1);
    }
    const bool vicinity = g.substr(0, 2) == "VC";
    if (vicinity) g.remove_prefix(2);
    std::string_view descriptor;
    for (std::string_view d : {"MI", "PR", "BC", "DR", "BL", "SH", "TS", "FZ"}) {
        if (g.substr(0, 2) == d) descriptor = d;
    }
    if (!descriptor.empty()) g.remove_prefix(2);
    std::vector<std::string> kinds;
    while (!g.empty()) {
        bool known = false;
        for (const auto& [code, name] : kKinds) {
            if (g.substr(0, 2) == code) {
                kinds.emplace_back(name);
                known = true;
            }
        }
        if (!known) return "";
        g.remove_prefix(2);
    }
    if (kinds.empty() && descriptor != "TS" && descriptor != "SH") return "";
    std::string what;
    for (std::size_t k = 0; k < kinds.size(); ++k) what += (k == 0 ? "" : k + 1 == kinds.size() ? " and " : ", ") + kinds[k];
    if (descriptor == "TS") what = kinds.empty() ? "thunderstorm" : "thunderstorm with " + what;
    else if (descriptor == "SH") what = kinds.empty() ? "showers" : what + " showers";
    else if (descriptor == "FZ") what = "freezing " + what;
    else if (descriptor == "MI") what = "shallow " + what;
    else if (descriptor == "PR") what = "partial " + what;
    else if (descriptor == "BC") what = "patches of " + what;
    else if (descriptor == "DR") what = "low drifting " + what;
    else if (descriptor == "BL") what = "blowing " + what;
    return intensity + what + (vicinity ? " in the vicinity" : "");
}

// "FEW025", "BKN008CB", "OVC///", "VV002", "NSC": cloud, or "".
std::string cloud(std::string_view g) {
    if (g == "NSC") return "no significant cloud";
    if (g == "NCD" || g == "SKC" || g == "CLR") return "no cloud";
    if (g == "CAVOK") return "ceiling and visibility OK";
    if (g.size() == 5 && g.substr(0, 2) == "VV" && allDigits(g.substr(2))) return "vertical visibility " + std::to_string(std::stoi(std::string(g.substr(2))) * 100) + " feet";
    static constexpr std::pair<std::string_view, std::string_view> kCovers[] = {
        {"FEW", "few clouds"}, {"SCT", "scattered clouds"}, {"BKN", "broken clouds"}, {"OVC", "overcast"}};
    for (const auto& [code, name] : kCovers) {
        if (g.size() < 6 || g.substr(0, 3) != code || !allDigits(g.substr(3, 3))) continue;
        const std::string_view type = g.substr(6);
        if (!type.empty() && type != "CB" && type != "TCU") return "";
        const int feet = std::stoi(std::string(g.substr(3, 3))) * 100;
        const std::string height = feet == 0 ? "at the surface" : "at " + std::to_string(feet) + " feet";
        return std::string(name) + " " + height + (type == "CB" ? ", cumulonimbus" : type == "TCU" ? ", towering cumulus" : "");
    }
    return "";
}

// "9999", "0800", "10SM", "P6SM", "1/2SM": visibility, or "".
std::string visibility(std::string_view g) {
    if (g.size() == 4 && allDigits(g)) {
        if (g == "9999") return "visibility 10 kilometres or more";
        const int metres = std::stoi(std::string(g));
        return metres >= 5000 && metres % 1000 == 0 ? "visibility " + std::to_string(metres / 1000) + " kilometres"
                                                    : "visibility " + std::to_string(metres) + " metres";
    }
    if (g.size() >= 3 && g.substr(g.size() - 2) == "SM") {
        std::string_view miles = g.substr(0, g.size() - 2);
        const bool more = !miles.empty() && miles[0] == 'P';
        if (more) miles.remove_prefix(1);
        const std::size_t slash = miles.find('/');
        if (slash != std::string_view::npos && allDigits(miles.substr(0, slash)) && allDigits(miles.substr(slash + 1)) && miles.size() <= 5) {
            return "visibility " + std::string(miles) + " of a statute mile";
        }
        if (!allDigits(miles) || miles.size() > 2) return "";
        return std::string("visibility ") + (more ? "more than " : "") + std::to_string(std::stoi(std::string(miles))) + " statute miles";
    }
    return "";
}

}  // namespace

std::string withMetarsSaid(const std::string& text, std::vector<Rewrite>* log) {
    // (Most sentences hold no wind group: "KT", "MPS" after figures.)
    if (text.find("KT") == std::string::npos && text.find("MPS") == std::string::npos) return text;
    // The words between spaces, with where each starts.
    std::vector<std::pair<std::size_t, std::string_view>> words;
    for (std::size_t i = 0; i < text.size();) {
        while (i < text.size() && text[i] == ' ') ++i;
        const std::size_t start = i;
        while (i < text.size() && text[i] != ' ') ++i;
        if (i > start) words.emplace_back(start, std::string_view(text).substr(start, i - start));
    }
    std::string out;
    std::size_t copied = 0;
    for (std::size_t w = 0; w + 2 < words.size(); ++w) {
        // The station ("EINN", "KBOS"), its day and time ("031300Z"), then the wind.
        const std::string_view station = words[w].second, time = words[w + 1].second;
        if (station.size() != 4 || !allUpper(station) || time.size() != 7 || time[6] != 'Z' || !allDigits(time.substr(0, 6))) continue;
        std::size_t k = w + 2;
        for (; k < words.size() && (words[k].second == "AUTO" || words[k].second == "COR"); ++k) {}
        if (k >= words.size() || wind(words[k].second).empty()) continue;
        const int day = std::stoi(std::string(time.substr(0, 2))), hour = std::stoi(std::string(time.substr(2, 2)));
        const int minute = std::stoi(std::string(time.substr(4, 2)));
        if (day < 1 || day > 31 || hour > 23 || minute > 59) continue;
        std::vector<std::string> parts{wind(words[k].second)};
        std::size_t end = k + 1;
        // (A group with the sentence's stop or comma after it ends the report there: "… Q1011 NOSIG.")
        std::string_view tail;
        bool remarks = false;
        for (; end < words.size(); ++end) {
            std::string_view g = words[end].second;
            std::size_t cut = g.size();
            while (cut > 0 && (g[cut - 1] == '.' || g[cut - 1] == ',' || g[cut - 1] == ';' || g[cut - 1] == '=' || g[cut - 1] == ')')) --cut;
            const std::string_view after = g.substr(cut);
            g = g.substr(0, cut);
            std::string said;
            if (remarks) {
                if (!std::all_of(g.begin(), g.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0 || isAsciiDigit(c) || c == '/'; })) break;
            } else if (g == "RMK") {
                remarks = true;
            } else if (g.size() == 7 && g[3] == 'V' && allDigits(g.substr(0, 3)) && allDigits(g.substr(4))) {
                said = "varying between " + std::to_string(std::stoi(std::string(g.substr(0, 3)))) + " and " + std::to_string(std::stoi(std::string(g.substr(4)))) + " degrees";
            } else if (const auto degrees = [](std::string_view d) { return (d.size() == 2 && allDigits(d)) || (d.size() == 3 && d[0] == 'M' && allDigits(d.substr(1))); };
                       g.find('/') != std::string_view::npos && degrees(g.substr(0, g.find('/'))) && degrees(g.substr(g.find('/') + 1))) {
                said = "temperature " + temperature(g.substr(0, g.find('/'))) + ", dew point " + temperature(g.substr(g.find('/') + 1));
            } else if (g.size() == 5 && g[0] == 'Q' && allDigits(g.substr(1))) {
                // ("1,011": a quantity, not a year's "ten eleven".)
                const int pressure = std::stoi(std::string(g.substr(1)));
                said = "pressure " + (pressure >= 1000 ? std::to_string(pressure / 1000) + "," + std::string(g.substr(2)) : std::to_string(pressure)) +
                       " hectopascals";
            } else if (g.size() == 5 && g[0] == 'A' && allDigits(g.substr(1))) {
                said = "altimeter " + std::string(g.substr(1, 2)) + "." + std::string(g.substr(3, 2)) + " inches";
            } else if (g == "NOSIG") {
                said = "no significant change";
            } else if (g == "BECMG" || g == "TEMPO") {
                said = g == "BECMG" ? "becoming" : "at times";
            } else if (g == "NDV" || g == "NIL") {
                said = "";
            } else if (g.size() >= 8 && g[0] == 'R' && g.find('/') != std::string_view::npos) {
                // A runway's visual range, "R24/P2000N": said by its runway and metres alone.
                const std::string_view runway = g.substr(1, g.find('/') - 1);
                const char side = runway.size() == 3 ? runway[2] : ' ';
                std::string_view range = g.substr(g.find('/') + 1);
                if (!range.empty() && (range[0] == 'P' || range[0] == 'M')) range.remove_prefix(1);
                if (runway.size() < 2 || !allDigits(runway.substr(0, 2)) || range.size() < 4 || !allDigits(range.substr(0, 4))) break;
                said = "runway visual range on runway " + digitWords(std::string(runway.substr(0, 2))) +
                       (side == 'L' ? " left" : side == 'R' ? " right" : side == 'C' ? " center" : "") + ", " +
                       std::to_string(std::stoi(std::string(range.substr(0, 4)))) + " metres";
            } else if (!(said = visibility(g)).empty() || !(said = cloud(g)).empty() || !(said = weather(g)).empty()) {
            } else {
                break;
            }
            if (!said.empty()) parts.push_back(said);
            if (!after.empty()) {
                tail = after;
                ++end;
                break;
            }
        }
        // (Too short a run is a figure and a unit in a sentence, not a report.)
        if (parts.size() < 2) continue;
        const std::string ordinal = std::to_string(day) + (day % 10 == 1 && day != 11 ? "st" : day % 10 == 2 && day != 12 ? "nd" : day % 10 == 3 && day != 13 ? "rd" : "th");
        // ("13 hundred UTC", as a time on the hour is said on the radio; "13:00 UTC" would be "one PM".)
        const std::string clock = minute != 0 ? std::string(time.substr(2, 2)) + ":" + std::string(time.substr(4, 2))
                                  : hour == 0 ? std::string("midnight")
                                              : (hour < 10 ? "oh " : "") + std::to_string(hour) + " hundred";
        std::string said = spell(std::string(station), false) + ", at " + clock + " UTC on the " + ordinal + ": ";
        for (std::size_t p = 0; p < parts.size(); ++p) said += (p == 0 ? "" : ", ") + parts[p];
        // (Its stop kept; a bracket or a comma closing it too.)
        std::string close(tail);
        if (close.find('=') != std::string::npos) close.erase(close.find('='), 1);
        const std::size_t from = words[w].first;
        const std::size_t to = words[end - 1].first + words[end - 1].second.size();
        out += text.substr(copied, from - copied) + said + close;
        if (log != nullptr) log->push_back({text.substr(from, to - from), said, "code"});
        copied = to;
        w = end - 1;
    }
    if (copied == 0) return text;
    return out + text.substr(copied);
}

}  // namespace readcast::english
