#include "encode/XiphTags.hpp"

#include <taglib/flacfile.h>
#include <taglib/flacpicture.h>
#include <taglib/opusfile.h>
#include <taglib/vorbisfile.h>
#include <taglib/xiphcomment.h>

#include <cstdio>
#include <memory>

#include "core/Error.hpp"
#include "encode/TagLibText.hpp"

namespace readcast {
namespace {

std::string chapterTime(long long ms) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld.%03lld", ms / 3600000, ms / 60000 % 60, ms / 1000 % 60, ms % 1000);
    return buf;
}

void fill(TagLib::Ogg::XiphComment& c, const AudioTags& tags) {
    const std::pair<const char*, const std::string*> fields[] = {
        {"TITLE", &tags.title},   {"ARTIST", &tags.artist},     {"ALBUM", &tags.album},   {"DATE", &tags.date},
        {"GENRE", &tags.genre},   {"COMMENT", &tags.comment},   {"LANGUAGE", &tags.language},
        {"TRACKNUMBER", &tags.track}, {"ENCODER", &tags.encoder}, {"CONTACT", &tags.url}};
    for (const auto& [key, value] : fields) {
        if (!value->empty()) c.addField(key, utf8(*value), true);
    }
    if (tags.length_ms >= 0) c.addField("LENGTH", std::to_string(tags.length_ms), true);
    for (std::size_t i = 0; i < tags.chapters.size(); ++i) {
        char key[32];
        std::snprintf(key, sizeof key, "CHAPTER%03zu", i + 1);
        c.addField(key, chapterTime(tags.chapters[i].start_ms), true);
        c.addField(std::string(key) + "NAME", utf8(tags.chapters[i].title), true);
    }
}

TagLib::FLAC::Picture* picture(const AudioTags& tags) {
    auto* p = new TagLib::FLAC::Picture;
    p->setType(TagLib::FLAC::Picture::FrontCover);
    p->setMimeType(tags.cover_mime);
    p->setDescription("Cover");
    p->setData(TagLib::ByteVector(tags.cover.data(), static_cast<unsigned int>(tags.cover.size())));
    return p;
}

}  // namespace

void writeXiphTags(const std::string& path, AudioFormat format, const AudioTags& tags, const std::string& shown) {
    bool saved = false;
    if (format == AudioFormat::Flac) {
        TagLib::FLAC::File f(path.c_str(), false);
        if (f.isValid()) {
            fill(*f.xiphComment(true), tags);
            if (!tags.cover.empty()) f.addPicture(picture(tags));  // the file owns it
            saved = f.save();
        }
    } else {
        std::unique_ptr<TagLib::Ogg::File> f;
        TagLib::Ogg::XiphComment* comment = nullptr;
        if (format == AudioFormat::Opus) {
            auto* opus = new TagLib::Ogg::Opus::File(path.c_str(), false);
            f.reset(opus);
            comment = opus->tag();
        } else {
            auto* vorbis = new TagLib::Ogg::Vorbis::File(path.c_str(), false);
            f.reset(vorbis);
            comment = vorbis->tag();
        }
        if (f->isValid() && comment != nullptr) {
            fill(*comment, tags);
            if (!tags.cover.empty()) comment->addPicture(picture(tags));
            saved = f->save();
        }
    }
    if (!saved) throw Error(ExitCode::Output, "cannot write the tags of " + shown);
}

}  // namespace readcast
