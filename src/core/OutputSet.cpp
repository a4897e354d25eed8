#include "core/OutputSet.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <mutex>

#include "core/Error.hpp"

namespace readcast {
namespace {

// Temporaries being written, for the signal handler: Ctrl-C or a batch scheduler's SIGTERM must not
// leave a hidden half-written file behind. A fixed table, so the handler touches no allocator.
constexpr std::size_t kSlots = 64;
struct PendingSlot {
    char path[4096];
    volatile std::sig_atomic_t used;
};
std::array<PendingSlot, kSlots> g_pending{};
std::mutex g_pending_mutex;

extern "C" void removePendingAndDie(int sig) {
    for (PendingSlot& slot : g_pending) {
        if (slot.used != 0) ::unlink(slot.path);  // async-signal-safe
    }
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

void installHandlers() {
    static const bool installed = [] {
        for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) {
            // A signal the parent ignores (nohup's SIGHUP) stays ignored.
            struct sigaction current {};
            if (::sigaction(sig, nullptr, &current) == 0 && current.sa_handler == SIG_IGN) continue;
            std::signal(sig, removePendingAndDie);
        }
        return true;
    }();
    (void)installed;
}

int trackPending(const std::string& temp) {
    installHandlers();
    std::lock_guard lock(g_pending_mutex);
    if (temp.size() >= sizeof g_pending[0].path) return -1;
    for (std::size_t i = 0; i < kSlots; ++i) {
        if (g_pending[i].used == 0) {
            std::memcpy(g_pending[i].path, temp.c_str(), temp.size() + 1);
            g_pending[i].used = 1;
            return static_cast<int>(i);
        }
    }
    return -1;  // more than kSlots files at once: still removed on errors, not on signals
}

void untrack(int& slot) {
    if (slot < 0) return;
    std::lock_guard lock(g_pending_mutex);
    g_pending[static_cast<std::size_t>(slot)].used = 0;
    slot = -1;
}

std::string folderOf(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string fileNameOf(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

Error cannotWrite(const std::string& path, int errnum) {
    return Error(ExitCode::Output, "cannot write " + (path == "-" ? std::string("to stdout") : path) + ": " +
                                       std::strerror(errnum));
}

}  // namespace

OutputFile::OutputFile(const std::string& path, bool overwrite) : path_(path), overwrite_(overwrite) {
    if (isStdout()) {
        fd_ = STDOUT_FILENO;
        // Patching bytes later is right only for a regular file that this run writes from its start
        // (not `>> file`, where offsets are not ours).
        struct stat st {};
        seekable_ = ::fstat(fd_, &st) == 0 && S_ISREG(st.st_mode) && ::lseek(fd_, 0, SEEK_CUR) == 0 &&
                    (::fcntl(fd_, F_GETFL) & O_APPEND) == 0;
        return;
    }
    if (path.empty()) throw Error(ExitCode::Usage, "the output's name is empty");
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) throw Error(ExitCode::Output, "cannot write " + path + ": it is a folder");
        // A device or a pipe is never replaced by a file, --force or not (-o /dev/null as root would
        // replace the system's /dev/null); stdout is "-".
        if (!S_ISREG(st.st_mode)) {
            throw Error(ExitCode::Output, "cannot write " + path + ": it is a device, a pipe or a socket, not a file (use -o - for stdout)");
        }
        if (!overwrite) throw Error(ExitCode::Output, "cannot write " + path + ": the file exists (use --force to replace it)");
    } else if (::lstat(path.c_str(), &st) == 0 && !overwrite) {
        throw Error(ExitCode::Output, "cannot write " + path + ": a broken symbolic link has that name (use --force to replace it)");
    }
    const std::string folder = folderOf(path);
    struct stat dirStat {};
    if (::stat(folder.c_str(), &dirStat) != 0 || !S_ISDIR(dirStat.st_mode)) {
        throw Error(ExitCode::Output, "cannot write " + path + ": the folder " + folder + " does not exist");
    }
    seekable_ = true;
    // An unnamed file in the target's folder, given its name only at commit: a process killed at any
    // moment (kill -9 included) leaves nothing behind. Where the filesystem cannot (NFS, some FUSE),
    // a hidden temporary name, removed on errors and on catchable signals.
    fd_ = ::open(folder.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0666);
    if (fd_ >= 0) {
        anonymous_ = true;
        temp_path_ = "/proc/self/fd/" + std::to_string(fd_);
        return;
    }
    std::string temp = folder + "/." + fileNameOf(path) + ".readcast-XXXXXX";
    fd_ = ::mkstemp(temp.data());
    if (fd_ < 0) throw cannotWrite(path, errno);
    temp_path_ = temp;
    slot_ = trackPending(temp_path_);
    // mkstemp creates the file 0600; give the result the permissions any new file would get.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    if (::fchmod(fd_, 0666 & ~mask) != 0) throw cannotWrite(path, errno);
}

OutputFile::~OutputFile() {
    if (!isStdout() && fd_ >= 0) ::close(fd_);
    if (!anonymous_ && !placed_ && !temp_path_.empty()) ::unlink(temp_path_.c_str());
    untrack(slot_);
}

void OutputFile::write(const void* data, std::size_t size) {
    const auto* p = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t n = ::write(fd_, p, size);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw cannotWrite(path_, errno);
        }
        p += n;
        size -= static_cast<std::size_t>(n);
        size_ += static_cast<std::uint64_t>(n);
    }
}

void OutputFile::restart() {
    if (!seekable_) throw Error(ExitCode::Failure, "internal error: restarting " + path_ + ", which cannot seek");
    if (::ftruncate(fd_, 0) != 0 || ::lseek(fd_, 0, SEEK_SET) != 0) throw cannotWrite(path_, errno);
    size_ = 0;
}

void OutputFile::writeAt(std::uint64_t offset, const void* data, std::size_t size) {
    if (!seekable_) throw Error(ExitCode::Failure, "internal error: patching " + path_ + ", which cannot seek");
    if (::pwrite(fd_, data, size, static_cast<off_t>(offset)) != static_cast<ssize_t>(size)) throw cannotWrite(path_, errno);
}

void OutputFile::finish() {
    if (isStdout()) return;
    if (::fsync(fd_) != 0) throw cannotWrite(path_, errno);
    if (anonymous_) return;  // its descriptor is how it gets its name
    const bool closed = ::close(fd_) == 0;
    fd_ = -1;
    if (!closed) throw cannotWrite(path_, errno);
}

void OutputFile::placeAnonymous() {
    const std::string self = "/proc/self/fd/" + std::to_string(fd_);
    if (!overwrite_) {
        // linkat fails if the name exists: the check and the naming are one step.
        if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, path_.c_str(), AT_SYMLINK_FOLLOW) != 0) {
            if (errno == EEXIST) {
                throw Error(ExitCode::Output, "cannot write " + path_ + ": the file appeared while rendering (use --force to replace it)");
            }
            throw cannotWrite(path_, errno);
        }
    } else {
        // A name of its own first, then renamed over the old file at once.
        std::string temp;
        for (int attempt = 0;; ++attempt) {
            temp = folderOf(path_) + "/." + fileNameOf(path_) + ".readcast-" + std::to_string(::getpid()) + "-" +
                   std::to_string(attempt);
            if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, temp.c_str(), AT_SYMLINK_FOLLOW) == 0) break;
            if (errno != EEXIST || attempt > 100) throw cannotWrite(path_, errno);
        }
        if (::rename(temp.c_str(), path_.c_str()) != 0) {
            const int err = errno;
            ::unlink(temp.c_str());
            throw cannotWrite(path_, err);
        }
    }
    ::close(fd_);
    fd_ = -1;
    placed_ = true;
}

void OutputFile::place() {
    if (isStdout()) return;
    if (anonymous_) {
        placeAnonymous();
        return;
    }
    int result = 0;
    if (overwrite_) {
        result = ::rename(temp_path_.c_str(), path_.c_str());
    } else {
        // Without --force the name must still be free now, not only when the render started.
        result = ::renameat2(AT_FDCWD, temp_path_.c_str(), AT_FDCWD, path_.c_str(), RENAME_NOREPLACE);
        if (result != 0 && errno == EEXIST) {
            throw Error(ExitCode::Output, "cannot write " + path_ + ": the file appeared while rendering (use --force to replace it)");
        }
    }
    if (result != 0) throw cannotWrite(path_, errno);
    placed_ = true;
    untrack(slot_);
}

void OutputFile::discard() {
    if (isStdout()) return;
    if (placed_ || !anonymous_) ::unlink((placed_ ? path_ : temp_path_).c_str());
    placed_ = false;
    temp_path_.clear();
}

OutputSet::~OutputSet() {
    if (committed_) return;
    for (auto& f : files_) {
        if (f->placed_) f->discard();
    }
}

OutputFile& OutputSet::add(const std::string& path) {
    for (const auto& f : files_) {
        if (f->path() == path) throw Error(ExitCode::Output, "cannot write " + path + " twice in one render");
    }
    files_.push_back(std::make_unique<OutputFile>(path, overwrite_));
    return *files_.back();
}

void OutputSet::commit() {
    for (auto& f : files_) f->finish();
    try {
        for (auto& f : files_) f->place();
    } catch (...) {
        for (auto& f : files_) {
            if (f->placed_) f->discard();
        }
        throw;
    }
    committed_ = true;
}

}  // namespace readcast
