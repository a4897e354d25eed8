#include "ingest/html/StyleSheets.hpp"

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

// Declarations, property by property ("backface-visibility: hidden" hides nothing).
bool hides(const std::string& declarations) {
    const std::string d = lowerAscii(withoutSpaces(declarations));
    std::size_t start = 0;
    while (start < d.size()) {
        std::size_t end = d.find(';', start);
        if (end == std::string::npos) end = d.size();
        std::string one = d.substr(start, end - start);
        if (const std::size_t important = one.find("!important"); important != std::string::npos) one.erase(important);
        if (one == "display:none" || one == "visibility:hidden" || one == "speak:never" || one == "speak:none") return true;
        start = end + 1;
    }
    return false;
}

// ".name" alone: a compound or descendant selector hides only in some places.
void addSimpleClasses(const std::string& selectors, std::unordered_set<std::string>& out) {
    std::size_t start = 0;
    while (start <= selectors.size()) {
        std::size_t end = selectors.find(',', start);
        if (end == std::string::npos) end = selectors.size();
        const std::string s = collapseWhitespace(selectors.substr(start, end - start));
        if (s.size() > 1 && s[0] == '.' && s.find_first_of(" .#:[>+~*", 1) == std::string::npos) out.insert(s.substr(1));
        start = end + 1;
    }
}

}  // namespace

std::unordered_set<std::string> hiddenClassesIn(const std::string& text) {
    std::string css;
    // Comments and the CDATA wrapper some pages put around a style sheet.
    for (std::size_t i = 0; i < text.size();) {
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
    std::unordered_set<std::string> out;
    std::size_t i = 0;
    while (i < css.size()) {
        const std::size_t open = css.find('{', i);
        if (open == std::string::npos) break;
        const std::string selectors = css.substr(i, open - i);
        if (selectors.find('@') != std::string::npos) {
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
        if (hides(css.substr(open + 1, close - open - 1))) addSimpleClasses(selectors, out);
        i = close + 1;
    }
    return out;
}

std::unordered_set<std::string> hiddenClasses(const GumboNode* root) {
    std::unordered_set<std::string> out;
    for (const GumboNode* style : elementsByTag(root, GUMBO_TAG_STYLE)) {
        std::string text;
        const GumboVector& children = style->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto* c = static_cast<const GumboNode*>(children.data[i]);
            if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA || c->type == GUMBO_NODE_WHITESPACE) text += c->v.text.text;
        }
        for (const std::string& name : hiddenClassesIn(text)) out.insert(name);
    }
    return out;
}

}  // namespace readcast
