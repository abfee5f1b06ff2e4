#pragma once

#include "cliio.h"

#include <span>
#include <string>

namespace archboard::cli {

// Runs archboard-cli with `args` (the words after the program name) and
// returns its exit code. Everything it prints goes through `io`.
int runCli(std::span<const std::string> args, CliIo& io);

} // namespace archboard::cli
