#include "text/SpokenAddress.hpp"

#include <cctype>

namespace readcast {

std::size_t spokenAddressAt(const std::string& text, std::size_t i, const AddressWords& words, std::string& spoken) {
    static const char* const kDomains[] = {"de", "at", "ch", "com", "org", "net", "eu", "info", "io", "fr", "be", "lu", "es", "it",
                                           "pt", "br", "ar", "mx", "cl", "co", "pe", "nl", "uk", "gov", "edu", "int", "se", "no", "dk", "fi",
                                           "pl", "cz", "sk", "hu", "ro", "gr", "ie", "ca", "au", "nz", "za"};
    if (i >= text.size() || !std::islower(static_cast<unsigned char>(text[i])) || (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1])))) {
        return i;
    }
    std::size_t e = i;
    while (e < text.size() && (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '.' || text[e] == '-' || text[e] == '_' || text[e] == '@')) ++e;
    while (e > i && text[e - 1] == '.') --e;
    const std::string word = text.substr(i, e - i);
    const std::size_t dot = word.rfind('.');
    if (dot == std::string::npos || dot == 0 || (e < text.size() && static_cast<unsigned char>(text[e]) >= 0x80)) return i;
    const std::string tld = word.substr(dot + 1);
    bool known = false;
    for (const char* d : kDomains) known = known || tld == d;
    if (!known || word.find("..") != std::string::npos) return i;
    spoken.clear();
    for (char c : word) {
        if (c == '.') {
            spoken += " " + std::string(words.dot) + " ";
        } else if (c == '@') {
            spoken += " " + std::string(words.at) + " ";
        } else {
            spoken += c;
        }
    }
    return e;
}

std::size_t appendSpokenAddress(const std::string& text, std::size_t i, const AddressWords& words, std::string& out,
                                std::vector<Rewrite>* log) {
    std::string spoken;
    const std::size_t end = spokenAddressAt(text, i, words, spoken);
    if (end == i) return i;
    if (log != nullptr) log->push_back({text.substr(i, end - i), spoken, "url"});
    out += spoken;
    return end;
}

}  // namespace readcast
