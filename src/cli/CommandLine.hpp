#pragma once
// The whole command line: CLI11 definitions of every subcommand, their validators and the rules
// between options. parseAndRun() is all main() calls.
//
//   return parseAndRun(argc, argv);   // exit code

namespace readcast {

int parseAndRun(int argc, char** argv);

}  // namespace readcast
