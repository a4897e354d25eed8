#include "ingest/html/ScriptDataBody.hpp"

#include <nlohmann/json.hpp>

#include "core/Ascii.hpp"
#include "ingest/html/HtmlDom.hpp"

namespace readcast {
namespace {

using Json = nlohmann::json;

// A block's text, from the field the data gives it in: "html", "text", "content" or "value".
std::string textOf(const Json& block) {
    for (const char* field : {"html", "text", "content", "value"}) {
        if (block.contains(field) && block[field].is_string()) return block[field].get<std::string>();
    }
    return "";
}

// "paragraph", "p", "core/paragraph", "text": a paragraph; "heading", "h2", "subheading", "core/heading": a heading.
enum class Kind { Other, Paragraph, Heading };
Kind kindOf(const Json& block) {
    if (!block.is_object()) return Kind::Other;
    for (const char* field : {"type", "_type", "blockType", "__typename", "name"}) {
        if (!block.contains(field) || !block[field].is_string()) continue;
        std::string type = lowerAscii(block[field].get<std::string>());
        if (const std::size_t slash = type.rfind('/'); slash != std::string::npos) type.erase(0, slash + 1);
        if (type == "paragraph" || type == "p" || type == "text" || type == "paragraphblock" || type == "textblock") return Kind::Paragraph;
        if (type == "heading" || type == "subheading" || type == "h2" || type == "h3" || type == "headingblock") return Kind::Heading;
        return Kind::Other;
    }
    return Kind::Other;
}

// (Markup's own characters in plain text escaped, so that a paragraph's "<" is read as written.)
std::string asMarkup(const std::string& text) {
    if (text.find('<') != std::string::npos && text.find('>') != std::string::npos) return text;
    std::string out;
    for (char c : text) {
        if (c == '<') out += "&lt;";
        else if (c == '&') out += "&amp;";
        else out += c;
    }
    return out;
}

void findBody(const Json& j, std::string& best, std::size_t& bestLength, int depth) {
    if (depth > 24) return;
    if (j.is_array()) {
        std::string body;
        std::size_t paragraphs = 0, length = 0;
        for (const Json& block : j) {
            const Kind kind = kindOf(block);
            if (kind == Kind::Other) continue;
            const std::string text = textOf(block);
            if (text.empty()) continue;
            paragraphs += kind == Kind::Paragraph;
            length += text.size();
            body += kind == Kind::Paragraph ? "<p>" + asMarkup(text) + "</p>" : "<h2>" + asMarkup(text) + "</h2>";
        }
        if (paragraphs >= 3 && length > bestLength) {
            best = std::move(body);
            bestLength = length;
        }
    }
    if (j.is_array() || j.is_object()) {
        for (const Json& child : j) findBody(child, best, bestLength, depth + 1);
    }
}

}  // namespace

std::string scriptDataBody(const GumboNode* root) {
    std::string best;
    std::size_t bestLength = 0;
    for (const GumboNode* script : elementsByTag(root, GUMBO_TAG_SCRIPT)) {
        const std::string written = scriptData(script, "application/json");
        if (written.empty()) continue;
        const Json data = Json::parse(written, nullptr, false);
        if (!data.is_discarded()) findBody(data, best, bestLength, 0);
    }
    return best;
}

}  // namespace readcast
