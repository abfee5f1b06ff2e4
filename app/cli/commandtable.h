#pragma once

#include "clicommand.h"

#include <span>
#include <string_view>

namespace archboard::cli {

// Every command, in the order `archboard-cli --help` lists them.
std::span<const CliCommand* const> cliCommands();

// nullptr when there is no command of that name.
const CliCommand* findCommand(std::string_view name);

} // namespace archboard::cli
