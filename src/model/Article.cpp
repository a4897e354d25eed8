#include "model/Article.hpp"

namespace readcast {

const char* toString(BlockKind kind) {
    switch (kind) {
        case BlockKind::Heading: return "heading";
        case BlockKind::Paragraph: return "paragraph";
        case BlockKind::Quote: return "quote";
        case BlockKind::ListItem: return "list-item";
        case BlockKind::Caption: return "caption";
        case BlockKind::Credit: return "credit";
    }
    return "paragraph";
}

bool isBodyKind(BlockKind kind) {
    return kind == BlockKind::Paragraph || kind == BlockKind::Quote || kind == BlockKind::ListItem;
}

bool Article::hasReadableBody() const {
    for (const Block& b : blocks) {
        if (isBodyKind(b.kind)) return true;
    }
    return false;
}

}  // namespace readcast
