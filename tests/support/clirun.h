#pragma once

// Runs archboard-cli in-process and keeps what it printed, for the CLI suites.

#include "app/cli/app.h"
#include "app/cli/cliio.h"

#include <sstream>
#include <string>
#include <vector>

namespace clitest {

struct CliRun {
    int code = -1;
    std::string out;
    std::string err;
};

// `terminal`: as if stdout were a terminal.
inline CliRun runCliWith(const std::vector<std::string>& args, bool terminal = false) {
    std::ostringstream out;
    std::ostringstream err;
    archboard::cli::CliIo io{out, err, terminal};
    CliRun run;
    run.code = archboard::cli::runCli(args, io);
    run.out = out.str();
    run.err = err.str();
    return run;
}

} // namespace clitest
