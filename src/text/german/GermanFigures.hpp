#pragma once
// German rules that need no number names of their own: the digits stay digits (eSpeak NG says them
// in German) and the signs around them become words. Each returns whether it matched at i, and then
// sets the end of what it read and what is said instead. Internal to text/german/.

#include <cstddef>
#include <string>

namespace readcast::german {

// "18:30 Uhr", "9.30 Uhr", "um 18:30": "18 Uhr 30".
bool clockTimeAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken);
// "3:1", "(1:0)", "28:25": a result or a ratio, "3 zu 1".
bool resultAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken);
// "1:53,45 Min.": a race's time to the hundredth, "1 Minute 53,45 Sekunden" (with its "Min.").
bool raceTimeAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken);
// "12,99 €", "4,50 Euro", "1 Euro": "12 Euro 99", "4 Euro 50", "ein Euro".
bool amountAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken);
// "€ 5", "$1,5 Mrd.", "£20": the currency after the amount, "5 Euro".
bool currencyFirstAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken);
// Swiss prices, written with a point before the centimes and a dash for none: "Fr. 33.–", "28.20 Fr.",
// "CHF 12.50", "195 Fr.": "33 Franken", "28 Franken 20" ("Fr. 12.10." is a Friday's date).
bool swissFrancsAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken);
// "230 km/h", "15 °C", "1 t": "230 Kilometer pro Stunde", "15 Grad Celsius", "eine Tonne".
bool measureAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken);
// "pro m²", "pro km": "pro Quadratmeter", "pro Kilometer".
bool perUnitAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken);
// "10-15 Prozent", "2020–2024": "10 bis 15". Only the first number and the dash are read here.
bool rangeAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken);

// "80331 München" (a postcode before its town), "0711 8990-0" (a telephone number: it starts with a
// zero): digit by digit.
bool digitsSaidOneByOneAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken);
// "2/3", "1/4": "2 Drittel", "ein Viertel".
bool fractionAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken);
// "tagesschau.de", "info@stadt-ulm.de": "tagesschau Punkt de", "info at stadt-ulm Punkt de".
bool webAddressAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken);
// "Hauptstr.", "Di., 15.10.": a street and a weekday written short, in full.
bool weekdaySpanAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken);
bool shortWordAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken);

// "ARD", "EU", "AfD", "ÖPNV": letters German says one by one, "A R D". Words it says as words ("NATO",
// "DAX", "TÜV") and capitals of four letters or more with vowels to say stay.
bool initialismAt(const std::string& text, std::size_t i, std::size_t& end, std::string& spoken);
// A line set in capitals ("EILMELDUNG: ZUG ENTGLEIST"): its words are words, not initialisms.
bool isShouting(const std::string& text);

}  // namespace readcast::german
