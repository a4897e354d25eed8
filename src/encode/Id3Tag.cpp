#include "encode/Id3Tag.hpp"

#include <taglib/commentsframe.h>
#include <taglib/id3v2tag.h>
#include <taglib/textidentificationframe.h>
#include <taglib/urllinkframe.h>

namespace readcast {
namespace {

TagLib::String utf8(const std::string& s) { return TagLib::String(s, TagLib::String::UTF8); }

void addText(TagLib::ID3v2::Tag& tag, const char* id, const std::string& value) {
    if (value.empty()) return;
    auto* frame = new TagLib::ID3v2::TextIdentificationFrame(id, TagLib::String::UTF8);
    frame->setText(utf8(value));
    tag.addFrame(frame);  // the tag owns its frames
}

}  // namespace

std::string renderId3v2(const AudioTags& tags) {
    TagLib::ID3v2::Tag tag;
    addText(tag, "TIT2", tags.title);
    addText(tag, "TPE1", tags.artist);
    addText(tag, "TALB", tags.album);
    addText(tag, "TDRC", tags.date);
    addText(tag, "TCON", tags.genre);
    addText(tag, "TLAN", tags.language);
    addText(tag, "TSSE", tags.encoder);
    if (!tags.comment.empty()) {
        auto* comment = new TagLib::ID3v2::CommentsFrame(TagLib::String::UTF8);
        comment->setLanguage("eng");
        comment->setText(utf8(tags.comment));
        tag.addFrame(comment);
    }
    if (!tags.url.empty()) {
        auto* source = new TagLib::ID3v2::UrlLinkFrame("WOAS");
        source->setUrl(utf8(tags.url));
        tag.addFrame(source);
    }
    const TagLib::ByteVector bytes = tag.render();
    return std::string(bytes.data(), bytes.size());
}

}  // namespace readcast
