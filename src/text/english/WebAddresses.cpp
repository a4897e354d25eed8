// URLs, e-mail addresses, handles and hashtags, read briefly.

#include <cctype>
#include <cstring>

#include "text/english/Rules.hpp"

namespace readcast::english {

namespace {

bool isUrlChar(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u < 0x7F && c != '"' && c != '<' && c != '>' && c != ')' && c != ']';
}

std::string spellHost(std::string host) {
    if (host.rfind("www.", 0) == 0) host.erase(0, 4);
    std::string out;
    for (char c : host) {
        if (c == '.') out += " dot ";
        else if (c == '-') out += " dash ";
        else if (c == '_') out += " underscore ";
        else out += c;
    }
    return out;
}

}  // namespace

// URLs, e-mail addresses, handles and hashtags, read briefly: "www.example.com/a/b" -> "example dot com".
std::string webAddresses(const std::string& text, std::vector<Rewrite>* log) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const bool wordStart = i == 0 || std::isspace(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '(';
        if (wordStart) {
            std::size_t end = i;
            while (end < text.size() && isUrlChar(text[end])) ++end;
            while (end > i && std::strchr(".,;:!?'", text[end - 1]) != nullptr) --end;
            const std::string word = text.substr(i, end - i);
            std::string spoken, rule;
            const std::size_t at = word.find('@');
            const std::size_t scheme = word.find("://");
            if (word.rfind("http://", 0) == 0 || word.rfind("https://", 0) == 0 || word.rfind("www.", 0) == 0) {
                std::string host = word.substr(scheme == std::string::npos ? 0 : scheme + 3);
                host = host.substr(0, host.find_first_of("/?#:"));
                spoken = spellHost(host);
                rule = "url";
            } else if (at != std::string::npos && at > 0 && word.find('.', at) != std::string::npos &&
                       std::isalnum(static_cast<unsigned char>(word.back()))) {
                spoken = spellHost(word.substr(0, at)) + " at " + spellHost(word.substr(at + 1));
                rule = "email";
            } else if (word.size() > 1 && word[0] == '@' && std::isalnum(static_cast<unsigned char>(word[1]))) {
                spoken = "at " + word.substr(1);
                rule = "handle";
            } else if (word.size() > 1 && word[0] == '#' && std::isalpha(static_cast<unsigned char>(word[1]))) {
                spoken = "hashtag " + word.substr(1);
                rule = "hashtag";
            }
            if (!rule.empty()) {
                if (log != nullptr) log->push_back({word, spoken, rule});
                out += spoken;
                i = end;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

}  // namespace readcast::english
