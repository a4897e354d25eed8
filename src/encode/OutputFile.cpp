#include "encode/OutputFile.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

#include "core/Error.hpp"

namespace readcast {
namespace {

// The temporary file being written, for the signal handler: Ctrl-C or a batch scheduler's SIGTERM
// must not leave a hidden half-written file behind either. One render writes one file at a time.
char g_pending_temp[4096];
volatile std::sig_atomic_t g_has_pending = 0;

extern "C" void removePendingAndDie(int sig) {
    if (g_has_pending != 0) ::unlink(g_pending_temp);  // async-signal-safe
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

void trackPending(const std::string& temp) {
    static const bool installed = [] {
        for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) std::signal(sig, removePendingAndDie);
        return true;
    }();
    (void)installed;
    if (temp.size() < sizeof g_pending_temp) {
        std::memcpy(g_pending_temp, temp.c_str(), temp.size() + 1);
        g_has_pending = 1;
    }
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

}  // namespace

OutputFile::OutputFile(const std::string& path, bool overwrite) : path_(path) {
    if (isStdout()) {
        fd_ = STDOUT_FILENO;
        struct stat st {};
        seekable_ = ::fstat(fd_, &st) == 0 && S_ISREG(st.st_mode);
        return;
    }
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) throw Error(ExitCode::Output, "cannot write " + path + ": it is a folder");
        if (!overwrite) throw Error(ExitCode::Output, "cannot write " + path + ": the file exists (use --force to replace it)");
    }
    const std::string folder = folderOf(path);
    struct stat dirStat {};
    if (::stat(folder.c_str(), &dirStat) != 0 || !S_ISDIR(dirStat.st_mode)) {
        throw Error(ExitCode::Output, "cannot write " + path + ": the folder " + folder + " does not exist");
    }
    // Hidden temporary name in the same folder, so the final rename is atomic.
    std::string temp = folder + "/." + fileNameOf(path) + ".readcast-XXXXXX";
    fd_ = ::mkstemp(temp.data());
    if (fd_ < 0) throw Error(ExitCode::Output, "cannot write " + path + ": " + std::strerror(errno));
    temp_path_ = temp;
    trackPending(temp_path_);
    // mkstemp creates the file 0600; give the result the permissions any new file would get.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd_, 0666 & ~mask);
    seekable_ = true;
}

OutputFile::~OutputFile() {
    g_has_pending = 0;
    if (!isStdout() && fd_ >= 0) ::close(fd_);
    if (!committed_ && !temp_path_.empty()) ::unlink(temp_path_.c_str());
}

void OutputFile::write(const void* data, std::size_t size) {
    const auto* p = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t n = ::write(fd_, p, size);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw Error(ExitCode::Output, "cannot write " + (isStdout() ? std::string("to stdout") : path_) + ": " +
                                              std::strerror(errno));
        }
        p += n;
        size -= static_cast<std::size_t>(n);
    }
}

void OutputFile::writeAt(std::uint64_t offset, const void* data, std::size_t size) {
    if (::pwrite(fd_, data, size, static_cast<off_t>(offset)) != static_cast<ssize_t>(size)) {
        throw Error(ExitCode::Output, "cannot write " + path_ + ": " + std::strerror(errno));
    }
}

void OutputFile::commit() {
    if (isStdout()) {
        committed_ = true;
        return;
    }
    if (::fsync(fd_) != 0 || ::close(fd_) != 0) {
        fd_ = -1;
        throw Error(ExitCode::Output, "cannot write " + path_ + ": " + std::strerror(errno));
    }
    fd_ = -1;
    g_has_pending = 0;
    if (::rename(temp_path_.c_str(), path_.c_str()) != 0) {
        throw Error(ExitCode::Output, "cannot write " + path_ + ": " + std::strerror(errno));
    }
    committed_ = true;
}

}  // namespace readcast
