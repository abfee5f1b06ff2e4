#include "commandtable.h"

#include <algorithm>
#include <array>

namespace archboard::cli {

// Defined in commands/, one file each.
extern const CliCommand critiqueCommand;
extern const CliCommand rulesCommand;
extern const CliCommand validateCommand;
extern const CliCommand convertCommand;
extern const CliCommand logCommand;
extern const CliCommand diffCommand;
extern const CliCommand commitCommand;

namespace {

// The only list of commands: adding one is its file plus one line here.
const std::array commands{
    &validateCommand,
    &critiqueCommand,
    &rulesCommand,
    &convertCommand,
    &logCommand,
    &diffCommand,
    &commitCommand,
};

} // namespace

std::span<const CliCommand* const> cliCommands() {
    return commands;
}

const CliCommand* findCommand(std::string_view name) {
    const auto it =
        std::find_if(commands.begin(), commands.end(),
                     [name](const CliCommand* command) { return command->name == name; });
    return it == commands.end() ? nullptr : *it;
}

} // namespace archboard::cli
