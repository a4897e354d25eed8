#include "ingest/html/NestingLimit.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
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

// Elements whose start closes an open element of the same kind (HTML's optional end tags).
bool closesItsSibling(const std::string& name) {
    return oneOf(name, {"p", "li", "dt", "dd", "option", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp", "optgroup"});
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
        const bool heading = isHeading(name);
        if (!stack_.empty() && ((closesItsSibling(name) && stack_.back().name == name) ||
                                (closesParagraph(name) && stack_.back().name == "p") || (heading && isHeading(stack_.back().name)))) {
            stack_.pop_back();
        }
        // Paragraphs and headings are kept at any depth, so that the text keeps its shape: they hold
        // only text, and each closes the one before, so they add one level at most.
        const bool kept = stack_.size() < max_ || name == "p" || heading;
        stack_.push_back({name, kept});
        deepest_ = std::max(deepest_, stack_.size());
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
        for (; p < html_.size(); ++p) {
            const char c = html_[p];
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return p + 1;
            }
        }
        return html_.size();
    }

    void close(const std::string& name, std::size_t lt, std::size_t end) {
        // The nearest open element of that name, looked for among the last few only: a stray end tag
        // must not make the pass quadratic.
        for (std::size_t k = 0; k < stack_.size() && k < 16; ++k) {
            const std::size_t at = stack_.size() - 1 - k;
            if (stack_[at].name != name) continue;
            const bool kept = stack_[at].kept;
            stack_.resize(at);
            if (kept) emit(lt, end);
            return;
        }
        emit(lt, end);
    }

    const std::string& html_;
    const std::size_t max_;
    const bool write_;
    std::vector<Open> stack_;
    std::size_t deepest_ = 0;
    std::string out_;
};

}  // namespace

std::string limitNesting(const std::string& html, std::size_t max_depth) {
    if (Flattener(html, max_depth, false).run() <= max_depth) return html;
    Flattener f(html, max_depth, true);
    f.run();
    return f.take();
}

}  // namespace readcast
