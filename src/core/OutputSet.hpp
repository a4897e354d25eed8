#pragma once
// The files one render writes — the audio and its sidecars — as one unit: each is written to an unnamed
// file in its target's folder (O_TMPFILE), and commit() names them all, or none; a process killed at any
// point leaves nothing. Where the filesystem has no unnamed files, a hidden temporary name instead,
// removed on errors and on SIGINT/SIGTERM/SIGHUP. "-" is stdout, written directly.
//
//   OutputSet outputs(/*overwrite=*/false);
//   OutputFile& audio = outputs.add("story.mp3");   // throws if story.mp3 exists or cannot be written
//   audio.write(bytes, n);
//   outputs.commit();                               // without it the destructor deletes the temporaries

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

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
    // Writes can be patched later (writeAt): a regular file written from its start.
    bool seekable() const { return seekable_; }
    std::uint64_t size() const { return size_; }

    // Where the bytes written so far can be read back before commit (a rendered file measured as a
    // player decodes it); empty for stdout.
    const std::string& writtenPath() const { return temp_path_; }
    // Starts the file over, empty (a second encoding with corrected settings); only when seekable().
    void restart();

    void write(const void* data, std::size_t size);
    // Overwrites bytes already written (the MP3 info frame, a finished tag); only when seekable().
    void writeAt(std::uint64_t offset, const void* data, std::size_t size);

private:
    friend class OutputSet;
    void finish();      // flush and close; throws on a write error the close reports
    void place();       // name the file: link the unnamed one, or rename the temporary over the target
    void placeAnonymous();
    void discard();     // remove the temporary (or the placed file, when rolling back)

    std::string path_;
    std::string temp_path_;
    bool overwrite_ = false;
    int fd_ = -1;
    int slot_ = -1;     // in the signal handler's table of temporaries
    bool seekable_ = false;
    bool placed_ = false;
    bool anonymous_ = false;  // O_TMPFILE: no name until placed
    std::uint64_t size_ = 0;
};

class OutputSet {
public:
    explicit OutputSet(bool overwrite) : overwrite_(overwrite) {}
    ~OutputSet();
    OutputSet(const OutputSet&) = delete;
    OutputSet& operator=(const OutputSet&) = delete;

    // Checks the target (not a folder, not existing unless overwriting, its folder writable) and opens
    // a temporary for it. The same path twice is an error.
    OutputFile& add(const std::string& path);
    // Every file flushed and closed first, then all renamed into place; if one cannot be, the ones
    // already placed are removed again and Error is thrown.
    void commit();
    const std::vector<std::unique_ptr<OutputFile>>& files() const { return files_; }

private:
    bool overwrite_;
    bool committed_ = false;
    std::vector<std::unique_ptr<OutputFile>> files_;
};

}  // namespace readcast
