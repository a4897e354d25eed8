#pragma once
// Vorbis comments for FLAC, Ogg Vorbis and Ogg Opus files, written by TagLib into a finished file:
// the usual fields, chapters as CHAPTERnnn=HH:MM:SS.mmm / CHAPTERnnnNAME (as ffmpeg and podcast apps
// read them) and the cover as a METADATA_BLOCK_PICTURE.
//
//   writeXiphTags(".story.flac.tmp", AudioFormat::Flac, tags, "story.flac");  // the last: for messages

#include <string>

#include "encode/EncoderSettings.hpp"
#include "model/AudioTags.hpp"

namespace readcast {

void writeXiphTags(const std::string& path, AudioFormat format, const AudioTags& tags, const std::string& shown);

}  // namespace readcast
