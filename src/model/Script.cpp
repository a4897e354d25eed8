#include "model/Script.hpp"

namespace readcast {

const char* toString(Role role) {
    switch (role) {
        case Role::Title: return "title";
        case Role::Intro: return "intro";
        case Role::Outro: return "outro";
        case Role::Heading: return "heading";
        case Role::Body: return "body";
        case Role::Quote: return "quote";
        case Role::ListItem: return "list-item";
        case Role::Caption: return "caption";
    }
    return "body";
}

}  // namespace readcast
