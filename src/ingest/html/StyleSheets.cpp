#include "ingest/html/StyleSheets.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/Ascii.hpp"
#include "core/Text.hpp"

namespace readcast {
namespace {

std::string withoutSpaces(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c != ' ' && c != '\n' && c != '\t' && c != '\r') out += c;
    }
    return out;
}

// What a rule's declarations say of showing, property by property ("backface-visibility: hidden" hides
// nothing): hidden, shown ("display:block" after a rule that hid), or neither; and whether it said so
// !important.
enum class Shows { Neither, Hidden, Shown };

std::pair<Shows, bool> showing(const std::string& declarations) {
    const std::string d = lowerAscii(withoutSpaces(declarations));
    std::pair<Shows, bool> said{Shows::Neither, false};
    std::size_t start = 0;
    while (start < d.size()) {
        std::size_t end = d.find(';', start);
        if (end == std::string::npos) end = d.size();
        std::string one = d.substr(start, end - start);
        bool important = false;
        if (const std::size_t at = one.find("!important"); at != std::string::npos) {
            one.erase(at);
            important = true;
        }
        if (one == "display:none" || one == "visibility:hidden" || one == "speak:never" || one == "speak:none") {
            said = {Shows::Hidden, important};
        } else if ((one.rfind("display:", 0) == 0 && one != "display:contents") || one == "visibility:visible") {
            said = {Shows::Shown, important};
        }
        start = end + 1;
    }
    return said;
}

// ".name" alone: a compound or descendant selector hides only in some places.
std::vector<std::string> simpleClasses(const std::string& selectors) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= selectors.size()) {
        std::size_t end = selectors.find(',', start);
        if (end == std::string::npos) end = selectors.size();
        const std::string s = collapseWhitespace(selectors.substr(start, end - start));
        if (s.size() > 1 && s[0] == '.' && s.find_first_of(" .#:[>+~*", 1) == std::string::npos) out.push_back(s.substr(1));
        start = end + 1;
    }
    return out;
}

}  // namespace

std::unordered_set<std::string> hiddenClassesIn(const std::string& text) {
    std::string css;
    css.reserve(text.size());
    // Comments and the CDATA wrapper some pages put around a style sheet. (A page's sheets may run to hundreds of kilobytes:
    // the text between the marks is copied a run at a time.)
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t mark = text.find_first_of("/<]", i);
        if (mark == std::string::npos) {
            css.append(text, i, std::string::npos);
            break;
        }
        css.append(text, i, mark - i);
        i = mark;
        if (text.compare(i, 2, "/*") == 0) {
            const std::size_t end = text.find("*/", i + 2);
            i = end == std::string::npos ? text.size() : end + 2;
        } else if (text.compare(i, 9, "<![CDATA[") == 0) {
            i += 9;
        } else if (text.compare(i, 3, "]]>") == 0) {
            i += 3;
        } else {
            css += text[i++];
        }
    }
    // As the cascade has it: of two rules for one class, the later wins ("display:block" after
    // "display:none" shows), unless only the earlier is !important.
    std::unordered_map<std::string, bool> hiddenImportant;  // the classes hidden so far, and how
    std::size_t i = 0;
    while (i < css.size()) {
        const std::size_t open = css.find('{', i);
        if (open == std::string::npos) break;
        if (std::string_view(css).substr(i, open - i).find('@') != std::string_view::npos) {
            // An at-rule's block (@media, @supports, @font-face): skipped whole, nested braces too.
            int depth = 0;
            std::size_t k = open;
            for (; k < css.size(); ++k) {
                if (css[k] == '{') ++depth;
                if (css[k] == '}' && --depth == 0) break;
            }
            i = k + 1;
            continue;
        }
        const std::size_t close = css.find('}', open);
        if (close == std::string::npos) break;
        // (Most rules say nothing of showing: only those that name its properties are read.)
        const std::string_view block = std::string_view(css).substr(open + 1, close - open - 1);
        // (In any case of letters: "DisPlay: None" hides as well.)
        const auto holds = [&](std::string_view word) {
            return std::search(block.begin(), block.end(), word.begin(), word.end(), [](char a, char b) {
                       return std::tolower(static_cast<unsigned char>(a)) == b;
                   }) != block.end();
        };
        const bool names = holds("display") || holds("visibility") || holds("speak");
        const auto [shows, important] = names ? showing(std::string(block)) : std::pair<Shows, bool>{Shows::Neither, false};
        if (shows != Shows::Neither) {
            for (const std::string& name : simpleClasses(css.substr(i, open - i))) {
                const auto it = hiddenImportant.find(name);
                if (shows == Shows::Hidden && (it == hiddenImportant.end() || important || !it->second)) {
                    hiddenImportant[name] = important || (it != hiddenImportant.end() && it->second);
                } else if (shows == Shows::Shown && it != hiddenImportant.end() && (important || !it->second)) {
                    hiddenImportant.erase(it);
                }
            }
        }
        i = close + 1;
    }
    std::unordered_set<std::string> out;
    for (const auto& [name, important] : hiddenImportant) out.insert(name);
    return out;
}

std::unordered_set<std::string> hiddenClasses(const GumboNode* root) {
    // The page's style sheets one after the other, as the cascade reads them.
    std::string text;
    for (const GumboNode* style : elementsByTag(root, GUMBO_TAG_STYLE)) {
        const GumboVector& children = style->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto* c = static_cast<const GumboNode*>(children.data[i]);
            if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA || c->type == GUMBO_NODE_WHITESPACE) text += c->v.text.text;
        }
        text += '\n';
    }
    return hiddenClassesIn(text);
}

}  // namespace readcast
