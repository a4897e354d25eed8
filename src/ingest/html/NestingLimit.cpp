#include "ingest/html/NestingLimit.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <unordered_map>
#include <vector>

namespace readcast {
namespace {

bool oneOf(const std::string& name, std::initializer_list<const char*> names) {
    return std::any_of(names.begin(), names.end(), [&](const char* n) { return name == n; });
}

bool isVoid(const std::string& name) {
    return oneOf(name, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
                        "wbr", "keygen", "basefont", "bgsound", "frame", "image"});
}

bool isRawText(const std::string& name) {
    return oneOf(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "template"});
}

// Block elements whose start closes an open <p>.
bool closesParagraph(const std::string& name) {
    return oneOf(name, {"address", "article", "aside", "blockquote", "div", "dl", "fieldset", "footer", "form", "h1", "h2", "h3",
                        "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul", "figure"});
}

bool isHeading(const std::string& name) { return oneOf(name, {"h1", "h2", "h3", "h4", "h5", "h6"}); }

struct Open {
    std::string name;
    bool kept;
};

// What the start of `name` closes among the open elements, as HTML's optional end tags imply: the
// element it closes, searched for among these (and not past `stop`, a table or list boundary).
struct Implied {
    std::initializer_list<const char*> closes;
    std::initializer_list<const char*> stop;
};

const Implied* impliedEnd(const std::string& name) {
    static const Implied kCell{{"td", "th"}, {"tr", "table"}};
    static const Implied kRow{{"tr"}, {"table", "tbody", "thead", "tfoot"}};
    static const Implied kSection{{"tbody", "thead", "tfoot"}, {"table"}};
    static const Implied kItem{{"li"}, {"ul", "ol", "menu"}};
    static const Implied kDefinition{{"dt", "dd"}, {"dl"}};
    static const Implied kOption{{"option"}, {"select", "datalist", "optgroup"}};
    static const Implied kRuby{{"rb", "rt", "rp", "rtc"}, {"ruby"}};
    if (name == "td" || name == "th") return &kCell;
    if (name == "tr") return &kRow;
    if (name == "tbody" || name == "thead" || name == "tfoot") return &kSection;
    if (name == "li") return &kItem;
    if (name == "dt" || name == "dd") return &kDefinition;
    if (name == "option" || name == "optgroup") return &kOption;
    if (name == "rb" || name == "rt" || name == "rp") return &kRuby;
    return nullptr;
}

class Flattener {
public:
    Flattener(const std::string& html, std::size_t max_depth, bool write) : html_(html), max_(max_depth), write_(write) {}

    // The deepest nesting seen; with `write`, the page with the tags beyond the limit left out.
    std::size_t run() {
        std::size_t i = 0;
        while (i < html_.size()) {
            const std::size_t lt = html_.find('<', i);
            if (lt == std::string::npos) {
                emit(i, html_.size());
                break;
            }
            emit(i, lt);
            i = tag(lt);
        }
        return deepest_;
    }

    std::string take() { return std::move(out_); }

private:
    void emit(std::size_t from, std::size_t to) {
        if (write_ && to > from) out_.append(html_, from, to - from);
    }

    std::size_t skipTo(std::size_t from, const char* end) {
        const std::size_t at = html_.find(end, from);
        return at == std::string::npos ? html_.size() : at + std::strlen(end);
    }

    // The tag at `lt`; returns where the text after it starts.
    std::size_t tag(std::size_t lt) {
        if (html_.compare(lt, 4, "<!--") == 0) {
            const std::size_t end = skipTo(lt + 4, "-->");
            emit(lt, end);
            return end;
        }
        const bool closing = lt + 1 < html_.size() && html_[lt + 1] == '/';
        std::size_t p = lt + (closing ? 2 : 1);
        if (p >= html_.size() || !std::isalpha(static_cast<unsigned char>(html_[p]))) {
            if (p < html_.size() && (html_[p] == '!' || html_[p] == '?')) {
                const std::size_t end = skipTo(p, ">");
                emit(lt, end);
                return end;
            }
            emit(lt, lt + 1);  // a "<" that is text
            return lt + 1;
        }
        std::string name;
        while (p < html_.size() && !std::isspace(static_cast<unsigned char>(html_[p])) && html_[p] != '>' && html_[p] != '/') {
            name += static_cast<char>(std::tolower(static_cast<unsigned char>(html_[p])));
            ++p;
        }
        const std::size_t end = tagEnd(p);
        if (closing) {
            close(name, lt, end);
            return end;
        }
        if (isVoid(name)) {
            emit(lt, end);
            return end;
        }
        // "<path/>", "<div/>": counted as closed at once (in HTML only foreign elements are, but an
        // undercount is harmless here and an overcount is not).
        if (end >= 2 && html_[end - 1] == '>' && html_[end - 2] == '/') {
            emit(lt, end);
            return end;
        }
        const bool heading = isHeading(name);
        if (const Implied* implied = impliedEnd(name)) {
            popImplied(*implied);
        } else if (heading && !stack_.empty() && isHeading(stack_.back().name)) {
            pop(stack_.size() - 1);
        }
        if (closesParagraph(name) && !stack_.empty() && stack_.back().name == "p") pop(stack_.size() - 1);
        // Paragraphs, headings and raw text (scripts, styles: never text to read) are kept at any depth,
        // so that the text keeps its shape and code stays code: they add a level or two at most.
        const bool kept = stack_.size() < max_ || name == "p" || heading || isRawText(name);
        push(name, kept);
        if (kept) emit(lt, end);
        if (!isRawText(name)) return end;
        // Raw text runs to its own end tag, whatever it holds.
        std::size_t close = end;
        while (true) {
            close = html_.find("</", close);
            if (close == std::string::npos) {
                emit(end, html_.size());
                return html_.size();
            }
            std::string word;
            for (std::size_t q = close + 2; q < html_.size() && word.size() < name.size() && std::isalpha(static_cast<unsigned char>(html_[q])); ++q) {
                word += static_cast<char>(std::tolower(static_cast<unsigned char>(html_[q])));
            }
            if (word == name) break;
            close += 2;
        }
        emit(end, close);
        return close;
    }

    // Past the ">" that ends a tag whose attributes start at `p` (quoted values may hold ">").
    std::size_t tagEnd(std::size_t p) const {
        char quote = 0;
        char before = 0;  // the last character outside quotes that is not a space
        for (; p < html_.size(); ++p) {
            const char c = html_[p];
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if ((c == '"' || c == '\'') && before == '=') {
                quote = c;
            } else if (c == '>') {
                return p + 1;
            }
            if (quote == 0 && !std::isspace(static_cast<unsigned char>(c))) before = c;
        }
        return html_.size();
    }

    void close(const std::string& name, std::size_t lt, std::size_t end) {
        // The nearest open element of that name, if there is one: what is above it closes with it (as
        // HTML's parser does for most elements). A stray end tag costs nothing.
        const auto open = counts_.find(name);
        if (open == counts_.end() || open->second == 0) {
            emit(lt, end);
            return;
        }
        std::size_t at = stack_.size();
        while (at-- > 0 && stack_[at].name != name) {
        }
        const bool kept = stack_[at].kept;
        pop(at);
        if (kept) emit(lt, end);
    }

    void push(const std::string& name, bool kept) {
        stack_.push_back({name, kept});
        ++counts_[name];
        deepest_ = std::max(deepest_, stack_.size());
    }

    // Closes the element at `at` and everything above it.
    void pop(std::size_t at) {
        while (stack_.size() > at) {
            --counts_[stack_.back().name];
            stack_.pop_back();
        }
    }

    void popImplied(const Implied& implied) {
        for (std::size_t at = stack_.size(); at-- > 0;) {
            const std::string& open = stack_[at].name;
            if (std::any_of(implied.stop.begin(), implied.stop.end(), [&](const char* n) { return open == n; })) return;
            if (std::any_of(implied.closes.begin(), implied.closes.end(), [&](const char* n) { return open == n; })) {
                pop(at);
                return;
            }
        }
    }

    const std::string& html_;
    const std::size_t max_;
    const bool write_;
    std::vector<Open> stack_;
    std::unordered_map<std::string, std::size_t> counts_;  // open elements by name
    std::size_t deepest_ = 0;
    std::string out_;
};

}  // namespace

std::string limitNesting(const std::string& html, std::size_t max_depth) {
    // Only pages deeper than the tree walkers reach are touched; the rest are returned as they are.
    if (Flattener(html, max_depth, false).run() <= kFlattenAboveDepth) return html;
    Flattener f(html, max_depth, true);
    f.run();
    return f.take();
}

}  // namespace readcast
