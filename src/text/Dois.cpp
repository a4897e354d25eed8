#include "text/Dois.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace readcast {

namespace {

// "arXiv:2605.01234", "arXiv:2605.01234v2", "arXiv:hep-th/9901001": its figures were read as a decimal.
std::string withoutArxivNumbers(const std::string& text, std::vector<Rewrite>* log) {
    std::string out;
    std::size_t at = 0;
    for (std::size_t found = text.find("arXiv:"); found != std::string::npos; found = text.find("arXiv:", found + 6)) {
        if (found < at) continue;
        std::size_t end = found + 6;
        // (Up to a space or a list's comma: "arXiv:2401.00001,arXiv:2401.00002".)
        while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])) && text[end] != ',' && text[end] != ';') ++end;
        while (end > found + 6 && std::strchr(".,;:)", text[end - 1]) != nullptr) --end;
        const std::string key = text.substr(found + 6, end - found - 6);
        const std::size_t digits = static_cast<std::size_t>(std::count_if(key.begin(), key.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }));
        if (digits < 7) continue;
        std::size_t from = found + 5;  // the colon: the name stays
        // (Alone in its brackets, the brackets and the name go too: "the report (arXiv:2605.01234) says".)
        const bool bracketed = found >= 1 && text[found - 1] == '(' && end < text.size() && text[end] == ')';
        if (bracketed) {
            from = found - 1;
            while (from > at && text[from - 1] == ' ') --from;
            ++end;
        }
        if (log != nullptr) log->push_back({text.substr(from, end - from), "", "code"});
        out.append(text, at, from - at);
        at = end;
    }
    if (at == 0) return text;
    out.append(text, at, std::string::npos);
    return out;
}

// "the SHA-256 hash 9f86d081884c7d65…": thirty-two hexadecimal figures or more, letters and digits both.
std::string withoutHashes(const std::string& text, std::vector<Rewrite>* log) {
    std::string out;
    std::size_t at = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (!std::isxdigit(static_cast<unsigned char>(text[i])) || (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1])))) {
            ++i;
            continue;
        }
        std::size_t end = i;
        bool letter = false, digit = false;
        while (end < text.size() && std::isxdigit(static_cast<unsigned char>(text[end]))) {
            (std::isdigit(static_cast<unsigned char>(text[end])) ? digit : letter) = true;
            ++end;
        }
        if (end - i >= 32 && letter && digit && (end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end])))) {
            std::size_t from = i;
            while (from > at && text[from - 1] == ' ') --from;
            if (log != nullptr) log->push_back({text.substr(i, end - i), "", "code"});
            out.append(text, at, from - at);
            at = end;
        }
        i = end;
    }
    if (at == 0) return text;
    out.append(text, at, std::string::npos);
    return out;
}

}  // namespace

// (Its figures were read as decimals, "ten point one zero one six".)
std::string withoutDois(const std::string& written, std::vector<Rewrite>* log) {
    const std::string text = withoutHashes(written.find("arXiv:") == std::string::npos ? written : withoutArxivNumbers(written, log), log);
    if (text.find("10.") == std::string::npos) return text;
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const bool start = text.compare(i, 3, "10.") == 0 && (i == 0 || !std::isalnum(static_cast<unsigned char>(text[i - 1])));
        std::size_t k = i + 3;
        while (start && k < text.size() && std::isdigit(static_cast<unsigned char>(text[k]))) ++k;
        if (!start || k - i - 3 < 4 || k - i - 3 > 9 || k >= text.size() || text[k] != '/') {
            out += text[i++];
            continue;
        }
        std::size_t end = k + 1;
        while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end]))) ++end;
        while (end > k + 1 && std::strchr(".,;:)", text[end - 1]) != nullptr) --end;
        // (A key of five characters at least after the slash: "10.12345/5" may be anything.)
        if (end < k + 6) {
            out += text[i++];
            continue;
        }
        // (Its label or its address before it: "doi: ", "DOI:", "https://doi.org/".)
        std::string label;
        for (const char* before : {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi.org/", "doi: ", "DOI: ", "doi:", "DOI:", "DOI ", "doi "}) {
            const std::size_t n = std::strlen(before);
            if (label.empty() && out.size() >= n && out.compare(out.size() - n, n, before) == 0) label = before;
        }
        out.resize(out.size() - label.size());
        if (log != nullptr) log->push_back({label + text.substr(i, end - i), "", "code"});
        // (The word that pointed to it goes with it where it ended a clause: "The data are available at doi:10.…." would
        // leave "available at.".)
        if (end >= text.size() || std::strchr(".,;:)", text[end]) != nullptr) {
            for (const char* pointer : {" at ", " from ", " via ", " under ", " unter ", " auf ", " sur ", " p\xC3\xA5 "}) {
                const std::size_t n = std::strlen(pointer);
                if (out.size() >= n && out.compare(out.size() - n, n, pointer) == 0) {
                    out.resize(out.size() - n + 1);
                    break;
                }
            }
        }
        while (!out.empty() && out.back() == ' ' && end < text.size() && std::strchr(".,;)", text[end]) != nullptr) out.pop_back();
        // (Set off by commas, "El estudio, DOI 10.1126/…, lo confirma": one of them stays.)
        if (!out.empty() && out.back() == ',' && end < text.size() && text[end] == ',') ++end;
        // (Alone in its brackets: the brackets go too, "The study (doi: …) found".)
        if (!out.empty() && out.back() == '(' && end < text.size() && text[end] == ')') {
            out.pop_back();
            while (!out.empty() && out.back() == ' ') out.pop_back();
            ++end;
        }
        i = end;
    }
    return out;
}

}  // namespace readcast
