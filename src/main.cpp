// readcast: parse the command line, run one command, turn any error into one line and an exit code.

#include <exception>
#include <iostream>

#include "cli/CommandLine.hpp"
#include "core/Error.hpp"
#include "core/Text.hpp"

int main(int argc, char** argv) {
    try {
        return readcast::parseAndRun(argc, argv);
    } catch (const readcast::Error& e) {
        // One line, and nothing a file name or an article holds may act on the terminal.
        std::cerr << "readcast: error: " << readcast::printable(e.what()) << '\n';
        return static_cast<int>(e.code());
    } catch (const std::exception& e) {
        std::cerr << "readcast: error: " << readcast::printable(e.what()) << '\n';
        return static_cast<int>(readcast::ExitCode::Failure);
    }
}
