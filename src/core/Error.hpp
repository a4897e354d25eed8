#pragma once
// The one exception type of readcast. Its message is complete and names the file and the reason,
// e.g. "cannot open a.html: No such file or directory"; main() prints it once and exits with code().
//
//   throw Error(ExitCode::Input, path + ": the article is empty");

#include <stdexcept>
#include <string>

namespace readcast {

enum class ExitCode : int {
    Ok = 0,
    Failure = 1,    // anything not covered below
    Usage = 2,      // bad command line (CLI11 errors map here)
    Input = 3,      // the article cannot be read or has nothing to narrate
    Output = 4,     // the output cannot be written
    Voice = 5,      // unknown voice or broken narrator profile, or an article the voice cannot read
    Synthesis = 6,  // eSpeak NG, the resampler or an encoder failed
    Partial = 7,    // a batch finished, but some of its articles failed (see its manifest)
};

class Error : public std::runtime_error {
public:
    Error(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
    ExitCode code() const { return code_; }

private:
    ExitCode code_;
};

// "path: reason" with errno's text, for failed system calls.
std::string systemReason(const std::string& path, int errnum);

}  // namespace readcast
