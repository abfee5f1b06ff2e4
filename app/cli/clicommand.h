#pragma once

#include "cliargs.h"
#include "cliio.h"

#include <string_view>
#include <vector>

namespace archboard::cli {

// One subcommand: what --help says about it, what it accepts, and what it does.
// Each lives in its own file under commands/ and is listed in commandtable.cpp.
struct CliCommand {
    std::string_view name;
    std::string_view summary;     // one line for `archboard-cli --help`
    std::string_view description; // paragraphs for `archboard-cli NAME --help`
    PositionalSpec positionals;
    std::vector<OptionSpec> options; // besides --help and --version, which every command has
    std::string_view exitStatus;     // "CODE  MEANING" lines for --help
    int (*run)(const CliArgs& args, CliIo& io);
};

} // namespace archboard::cli
