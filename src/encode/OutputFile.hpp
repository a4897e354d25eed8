#pragma once
// Where encoded audio goes: stdout ("-"), or a temporary file beside the target that is renamed over
// it only when the whole render succeeded. A render that fails or is interrupted by an exception
// leaves nothing behind and never a half-written file.
//
//   OutputFile out("story.mp3", /*overwrite=*/false);  // throws if story.mp3 exists or the folder is not writable
//   out.write(bytes, n);
//   out.commit();                                      // rename; without it the destructor deletes the temp file

#include <cstddef>
#include <cstdint>
#include <string>

namespace readcast {

class OutputFile {
public:
    OutputFile(const std::string& path, bool overwrite);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    const std::string& path() const { return path_; }
    int fd() const { return fd_; }
    bool isStdout() const { return path_ == "-"; }
    bool seekable() const { return seekable_; }

    void write(const void* data, std::size_t size);
    // Overwrites bytes already written (the MP3 info frame); only for seekable outputs.
    void writeAt(std::uint64_t offset, const void* data, std::size_t size);
    void commit();

private:
    std::string path_;
    std::string temp_path_;
    int fd_ = -1;
    bool seekable_ = false;
    bool committed_ = false;
};

}  // namespace readcast
