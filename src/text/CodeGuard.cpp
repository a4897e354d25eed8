#include "text/CodeGuard.hpp"

#include <cctype>
#include <string_view>

namespace readcast {
namespace {

bool isIdentChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$'; }

// Occurrences of `needle` in `s`.
std::size_t count(std::string_view s, std::string_view needle) {
    std::size_t n = 0;
    for (std::size_t at = s.find(needle); at != std::string_view::npos; at = s.find(needle, at + needle.size())) ++n;
    return n;
}

// "var x =", "let total=", "const f =": a declaration with an assignment.
bool hasDeclaration(std::string_view s) {
    for (std::string_view keyword : {"var ", "let ", "const "}) {
        for (std::size_t at = s.find(keyword); at != std::string_view::npos; at = s.find(keyword, at + 1)) {
            if (at > 0 && isIdentChar(s[at - 1])) continue;
            std::size_t i = at + keyword.size();
            const std::size_t nameStart = i;
            while (i < s.size() && isIdentChar(s[i])) ++i;
            if (i == nameStart) continue;
            while (i < s.size() && s[i] == ' ') ++i;
            if (i < s.size() && s[i] == '=' && (i + 1 >= s.size() || s[i + 1] != '=')) return true;
        }
    }
    return false;
}

// "function(e) {", "function () {", "function handle(a, b)": a function literal, its parameters names
// separated by commas and its brackets closed before a brace or at the end. Prose's "the initial mass
// function (IMF) could" holds an initialism and goes on with words.
bool hasFunctionLiteral(std::string_view s) {
    for (std::size_t at = s.find("function"); at != std::string_view::npos; at = s.find("function", at + 8)) {
        if (at > 0 && isIdentChar(s[at - 1])) continue;
        std::size_t i = at + 8;
        while (i < s.size() && s[i] == ' ') ++i;
        while (i < s.size() && isIdentChar(s[i])) ++i;  // a named function
        while (i < s.size() && s[i] == ' ') ++i;
        if (i >= s.size() || s[i] != '(') continue;
        const std::size_t close = s.find(')', i);
        if (close == std::string_view::npos) continue;
        bool parameters = true;
        for (std::size_t k = i + 1; k < close; ++k) {
            const char c = s[k];
            parameters = parameters && (std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) ||
                                        c == '_' || c == '$' || c == ',' || c == ' ' ||
                                        (std::isupper(static_cast<unsigned char>(c)) && k > i + 1 && isIdentChar(s[k - 1])));
        }
        std::size_t after = close + 1;
        while (after < s.size() && s[after] == ' ') ++after;
        if (parameters && (after >= s.size() || s[after] == '{')) return true;
    }
    return false;
}

// "<div class=...>", "</p>", "<br/>": markup, not a "less than" in prose ("a < b").
std::size_t tagCount(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t at = s.find('<'); at != std::string_view::npos; at = s.find('<', at + 1)) {
        std::size_t i = at + 1;
        if (i < s.size() && (s[i] == '/' || s[i] == '!')) ++i;
        const std::size_t name = i;
        while (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
        if (i == name) continue;
        const std::size_t close = s.find('>', i);
        if (close != std::string_view::npos && close - at < 200 && (s[i] == '>' || s[i] == ' ' || s[i] == '/')) ++n;
    }
    return n;
}

// "{ "name": "x" }", "{a: 1, b: 2}", "{ color: red; }": braces holding pairs or statements.
bool hasStructuredBraces(std::string_view s) {
    for (std::size_t open = s.find('{'); open != std::string_view::npos; open = s.find('{', open + 1)) {
        const std::size_t close = s.find('}', open);
        const std::string_view inside = s.substr(open + 1, close == std::string_view::npos ? std::string_view::npos : close - open - 1);
        if (inside.find(':') != std::string_view::npos || inside.find('=') != std::string_view::npos ||
            inside.find(';') != std::string_view::npos || inside.find('(') != std::string_view::npos) {
            return true;
        }
    }
    return false;
}

// Calls ended by a semicolon, "f(x);", "f ( x ) ;": the bracket opens on a name. Prose's brackets open
// after a space, "Wichita, Kansas (62%); Fort Worth, Texas (21%); and …", a list split by semicolons.
std::size_t callsTerminated(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t close = s.find(')'); close != std::string_view::npos; close = s.find(')', close + 1)) {
        std::size_t after = close + 1;
        while (after < s.size() && s[after] == ' ') ++after;
        if (after >= s.size() || s[after] != ';') continue;
        int depth = 0;
        std::size_t open = close;
        for (std::size_t k = close + 1; k-- > 0;) {
            depth += s[k] == ')' ? 1 : s[k] == '(' ? -1 : 0;
            if (depth == 0) {
                open = k;
                break;
            }
        }
        if (open == close) {
            ++n;  // ("});": a block's end)
            continue;
        }
        std::size_t name = open;
        while (name > 0 && s[name - 1] == ' ') --name;
        // (A space between the name and its bracket is code's too, "f ( x ) ;", but then the bracket holds
        // code's spacing; prose's bracket is glued to what it holds, "(62%)".)
        const bool spacedCall = name < open && open + 1 < s.size() && s[open + 1] == ' ';
        // (Or a name code's shape, "Serial.begin (9600);", "pinMode (13, OUTPUT);", or empty brackets, "setup ();".)
        std::size_t word = name;
        while (word > 0 && (std::isalnum(static_cast<unsigned char>(s[word - 1])) || s[word - 1] == '_' || s[word - 1] == '.')) --word;
        const std::string_view callee = s.substr(word, name - word);
        bool camel = false;
        for (std::size_t k = 1; k < callee.size(); ++k) {
            camel = camel || (std::islower(static_cast<unsigned char>(callee[k - 1])) && std::isupper(static_cast<unsigned char>(callee[k])));
        }
        const bool codeName = callee.find('.') != std::string_view::npos || callee.find('_') != std::string_view::npos || camel ||
                              close == open + 1;
        if (name > 0 && (std::isalnum(static_cast<unsigned char>(s[name - 1])) || s[name - 1] == '_' || s[name - 1] == ')' ||
                         s[name - 1] == '$') &&
            (name == open || spacedCall || codeName)) {
            ++n;
        }
    }
    return n;
}

}  // namespace

std::string withoutTagResidue(const std::string& text) {
    if (text.find('<') == std::string::npos) return text;
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '<') {
            std::size_t k = i + 1;
            if (k < text.size() && (text[k] == '/' || text[k] == '!')) ++k;
            const std::size_t name = k;
            while (k < text.size() && std::isalpha(static_cast<unsigned char>(text[k]))) ++k;
            const std::size_t close = text.find('>', k);
            // A bare element name standing as a word ("the <img> element", "Single <img>") is a mention
            // of the tag in a text about markup, said as its name; one glued to text is residue.
            const bool bare = text[i + 1] != '/' && text[i + 1] != '!' && k < text.size() && text[k] == '>';
            const bool mention = bare && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '(') &&
                                 (k + 1 >= text.size() || text[k + 1] == ' ' || text[k + 1] == '.' || text[k + 1] == ',' ||
                                  text[k + 1] == ')' || text[k + 1] == ':');
            if (k > name && close != std::string::npos && close - i <= 200 && !mention &&
                (text[k] == '>' || text[k] == ' ' || text[k] == '/') && text.find('<', k) >= close) {
                out += ' ';
                i = close + 1;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

namespace {

// "i++", "++count", "g++": an increment or a compiler. Not a name's pluses after its capital: "C++23", a sunscreen's "PA++++",
// a rating's "A+++".
std::size_t increments(const std::string& s) {
    std::size_t n = 0;
    for (std::size_t at = s.find("++"); at != std::string::npos;) {
        std::size_t end = at;
        while (end < s.size() && s[end] == '+') ++end;
        const bool run = end - at == 2;
        // (A compiler's name in small letters, "g++", "clang++", is a command's word.)
        const bool afterName = at > 0 && std::isupper(static_cast<unsigned char>(s[at - 1]));
        if (run && !afterName) ++n;
        at = s.find("++", end);
    }
    return n;
}

}  // namespace

bool looksLikeCode(const std::string& text) {
    const std::string_view s = text;
    int signs = 0;
    if (hasStructuredBraces(s)) signs += 2;
    if (hasDeclaration(s)) signs += 2;
    if (s.find("=>") != std::string_view::npos) signs += 2;
    if (s.find("\\/") != std::string_view::npos) signs += 2;
    if (hasFunctionLiteral(s)) signs += 2;
    const std::size_t tags = tagCount(s);
    signs += tags >= 2 ? 2 : static_cast<int>(tags);
    // Code is often spaced out ("f ( x ) ;"): the remaining signs are read with the spaces taken out.
    std::string compact;
    for (char c : s) {
        if (c != ' ') compact += c;
    }
    // "key": pairs of serialized data.
    if (count(compact, "\":") >= 2) signs += 2;
    // Call-and-terminate: "f(x);", "});", comparisons and increments. A call alone ("the fetch()
    // function") is prose naming a function.
    const std::size_t statements = callsTerminated(s) + count(compact, "};") +
                                   count(compact, "==") + count(compact, "<=") + count(compact, ">=") +
                                   count(compact, "&&") + count(compact, "||") +
                                   count(compact, "!=") + increments(compact);
    signs += statements >= 2 ? 2 : static_cast<int>(statements);
    // Chained calls "$('#a').toggle(", "x.then(f).catch(": a call's result used at once.
    // ("$(2.41)" is an accounting loss, not jQuery.)
    std::size_t chains = 0;
    for (std::size_t at = compact.find("$("); at != std::string::npos; at = compact.find("$(", at + 2)) {
        if (at + 2 >= compact.size() || !std::isdigit(static_cast<unsigned char>(compact[at + 2]))) ++chains;
    }
    for (std::size_t at = compact.find(")."); at != std::string::npos; at = compact.find(").", at + 2)) {
        if (at + 2 < compact.size() && std::isalpha(static_cast<unsigned char>(compact[at + 2]))) ++chains;
    }
    signs += chains >= 2 ? 2 : static_cast<int>(chains);
    // A statement and its line comment: "x.get("Date"); // null".
    if (compact.find(";//") != std::string::npos) signs += 2;
    // A query: "SELECT fulltext FROM standard WHERE type = 'disclaimer';".
    if (s.find("SELECT ") != std::string_view::npos && s.find(" FROM ") != std::string_view::npos &&
        (s.find(" WHERE ") != std::string_view::npos || s.find(';') != std::string_view::npos)) {
        signs += 2;
    }
    // A module's import: "import Callout from '../components/Callout.astro';", "import { x } from "y"".
    if (s.rfind("import ", 0) == 0 && (s.find(" from '") != std::string_view::npos || s.find(" from \"") != std::string_view::npos)) {
        signs += 2;
    }
    // Preprocessor lines and scoped names: "#include <x>", "use Standard::Disclaimer;".
    if (s.find("#include") != std::string_view::npos || s.find("#define") != std::string_view::npos) signs += 2;
    for (std::size_t at = s.find("::"); at != std::string_view::npos; at = s.find("::", at + 2)) {
        if (at > 0 && isIdentChar(s[at - 1]) && at + 2 < s.size() && isIdentChar(s[at + 2])) {
            ++signs;
            break;
        }
    }
    // Python's definitions and returns: "def precincts(row):", "class Feed(Base):", "return int(row.get(…".
    for (std::string_view keyword : {"def ", "class "}) {
        const std::size_t at = s.find(keyword);
        if (at == std::string_view::npos || (at > 0 && isIdentChar(s[at - 1]))) continue;
        std::size_t i = at + keyword.size();
        const std::size_t name = i;
        while (i < s.size() && isIdentChar(s[i])) ++i;
        if (i > name && i < s.size() && s[i] == '(' && s.find("):", i) != std::string_view::npos) signs += 2;
    }
    // A method called on a name: "row.get(", "df.groupby(" (no space, lower case on both sides of the dot).
    std::size_t methods = 0;
    for (std::size_t at = s.find('.'); at != std::string_view::npos; at = s.find('.', at + 1)) {
        if (at == 0 || !std::islower(static_cast<unsigned char>(s[at - 1]))) continue;
        std::size_t i = at + 1;
        while (i < s.size() && (std::islower(static_cast<unsigned char>(s[i])) || s[i] == '_')) ++i;
        if (i > at + 1 && i < s.size() && s[i] == '(') ++methods;
    }
    signs += methods >= 2 ? 2 : static_cast<int>(methods);
    if ((s.rfind("return ", 0) == 0 || s.find(" return ") != std::string_view::npos) && methods > 0) ++signs;
    if (signs >= 2) return true;
    // A run of symbols no sentence has: more than a quarter of the non-space characters.
    std::size_t symbols = 0, visible = 0;
    for (char c : s) {
        if (c == ' ') continue;
        ++visible;
        if (std::string_view("{}[]<>=;|\\^~`$").find(c) != std::string_view::npos) ++symbols;
    }
    return visible >= 12 && symbols * 4 > visible;
}

}  // namespace readcast
