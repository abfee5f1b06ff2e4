#pragma once

#include "clicommand.h"
#include "cliio.h"

#include <string>
#include <string_view>

namespace archboard::cli {

inline constexpr std::string_view kProgramName = "archboard-cli";

// `archboard-cli --help`: how to call it and the list of commands.
std::string generalHelp();

// `archboard-cli NAME --help`: the usage line, description, options, exit codes.
std::string commandHelp(const CliCommand& command);

// `archboard-cli VERSION` and a line end.
std::string versionText();

// Writes `archboard-cli: [COMMAND: ]MESSAGE` and where to find help to stderr;
// returns Exit::Failure. `command` is empty for a problem before any command.
int usageError(CliIo& io, std::string_view command, std::string_view message);

} // namespace archboard::cli
