#include "encode/Id3Tag.hpp"

#include <algorithm>

#include "core/Error.hpp"
#include "encode/TagLibText.hpp"

#include <taglib/attachedpictureframe.h>
#include <taglib/chapterframe.h>
#include <taglib/commentsframe.h>
#include <taglib/tableofcontentsframe.h>
#include <taglib/id3v2tag.h>
#include <taglib/textidentificationframe.h>
#include <taglib/urllinkframe.h>

namespace readcast {
namespace {

constexpr std::size_t kHeaderBytes = 10;

std::size_t synchsafe(const std::string& b, std::size_t at) {
    std::size_t v = 0;
    for (std::size_t i = 0; i < 4; ++i) v = (v << 7) | (static_cast<unsigned char>(b[at + i]) & 0x7F);
    return v;
}

// Where the frames of a rendered v2.4 tag end and its padding (zero bytes) begins.
std::size_t framesEnd(const std::string& tag) {
    const std::size_t end = std::min(tag.size(), kHeaderBytes + synchsafe(tag, 6));
    std::size_t at = kHeaderBytes;
    while (at + 10 <= end && tag[at] != '\0') at += 10 + synchsafe(tag, at + 4);
    return std::min(at, end);
}

void addText(TagLib::ID3v2::Tag& tag, const char* id, const std::string& value) {
    if (value.empty()) return;
    auto* frame = new TagLib::ID3v2::TextIdentificationFrame(id, TagLib::String::UTF8);
    frame->setText(utf8(value));
    tag.addFrame(frame);  // the tag owns its frames
}

}  // namespace

std::string renderId3v2(const AudioTags& tags, std::size_t size) {
    TagLib::ID3v2::Tag tag;
    addText(tag, "TIT2", tags.title);
    addText(tag, "TPE1", tags.artist);
    addText(tag, "TALB", tags.album);
    addText(tag, "TDRC", tags.date);
    addText(tag, "TCON", tags.genre);
    addText(tag, "TLAN", tags.language);
    addText(tag, "TSSE", tags.encoder);
    if (tags.length_ms >= 0) addText(tag, "TLEN", std::to_string(tags.length_ms));
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
    addText(tag, "TRCK", tags.track);
    if (!tags.cover.empty()) {
        auto* picture = new TagLib::ID3v2::AttachedPictureFrame;
        picture->setMimeType(tags.cover_mime);
        picture->setType(TagLib::ID3v2::AttachedPictureFrame::FrontCover);
        picture->setDescription("Cover");
        picture->setPicture(TagLib::ByteVector(tags.cover.data(), static_cast<unsigned int>(tags.cover.size())));
        tag.addFrame(picture);
    }
    // Chapters (ID3v2 Chapter Frame Addendum): a CHAP frame each, with its title, and a top-level CTOC
    // listing them in order, so players show them as a table of contents. Level 1 chapters go in a table
    // of their own after the level 0 chapter they belong to ("toc3": the headings of chapter 3).
    if (!tags.chapters.empty()) {
        const auto titled = [&](const std::string& text) {
            auto* title = new TagLib::ID3v2::TextIdentificationFrame("TIT2", TagLib::String::UTF8);
            title->setText(utf8(text));
            TagLib::ID3v2::FrameList embedded;
            embedded.append(title);
            return embedded;
        };
        TagLib::ByteVectorList top;
        TagLib::ByteVectorList nested;
        std::size_t parent = 0;
        const auto closeNested = [&] {
            if (nested.isEmpty()) return;
            const TagLib::ByteVector id(("toc" + std::to_string(parent)).c_str());
            auto* sub = new TagLib::ID3v2::TableOfContentsFrame(id, nested, titled(tags.chapters[parent].title));
            sub->setIsOrdered(true);
            tag.addFrame(sub);
            top.append(id);
            nested.clear();
        };
        for (std::size_t i = 0; i < tags.chapters.size(); ++i) {
            const ChapterMark& c = tags.chapters[i];
            const TagLib::ByteVector id(("chp" + std::to_string(i)).c_str());
            // Byte offsets 0xFFFFFFFF: "not given", the times are what counts.
            tag.addFrame(new TagLib::ID3v2::ChapterFrame(id, static_cast<unsigned int>(c.start_ms), static_cast<unsigned int>(c.end_ms),
                                                         0xFFFFFFFF, 0xFFFFFFFF, titled(c.title)));
            if (c.level > 0 && i > 0) {
                nested.append(id);
                continue;
            }
            closeNested();
            parent = i;
            top.append(id);
        }
        closeNested();
        auto* toc = new TagLib::ID3v2::TableOfContentsFrame("toc", top);
        toc->setIsTopLevel(true);
        toc->setIsOrdered(true);
        tag.addFrame(toc);
    }
    const TagLib::ByteVector bytes = tag.render();
    std::string out(bytes.data(), bytes.size());
    if (size == 0) return out;
    const std::size_t used = framesEnd(out);
    if (used > size) {
        throw Error(ExitCode::Failure, "internal error: the final ID3 tag needs " + std::to_string(used) +
                                           " bytes, more than the " + std::to_string(size) + " reserved");
    }
    out.resize(used);
    out.resize(size, '\0');  // padding: zero bytes after the last frame
    const std::size_t body = size - kHeaderBytes;
    for (int i = 0; i < 4; ++i) out[static_cast<std::size_t>(6 + i)] = static_cast<char>((body >> (7 * (3 - i))) & 0x7F);
    return out;
}

}  // namespace readcast
