#include "clihelp.h"

#include "commandtable.h"
#include "exitcode.h"

#include <algorithm>
#include <utility>
#include <vector>

#ifndef ARCHBOARD_VERSION
#error "ARCHBOARD_VERSION must be defined by the build"
#endif

namespace archboard::cli {

namespace {

using Row = std::pair<std::string, std::string_view>; // label, explanation

// Two columns, the second aligned, as in most Unix tools' --help.
std::string table(const std::vector<Row>& rows) {
    std::size_t width = 0;
    for (const Row& row : rows)
        width = std::max(width, row.first.size());
    std::string text;
    for (const auto& [label, explanation] : rows) {
        text += "  " + label;
        if (!explanation.empty())
            text += std::string(width - label.size() + 2, ' ') + std::string(explanation);
        text += '\n';
    }
    return text;
}

std::string valuePlaceholder(const OptionSpec& option) {
    if (option.allowed.empty())
        return std::string(option.valueName);
    std::string choices;
    for (const std::string_view value : option.allowed) {
        if (!choices.empty())
            choices += '|';
        choices += value;
    }
    return choices;
}

// "--format text|json" or "-m MESSAGE": how an option is typed.
std::string optionSynopsis(const OptionSpec& option) {
    if (!option.takesValue())
        return std::string(option.name);
    return std::string(option.name) + " " + valuePlaceholder(option);
}

std::string optionLabel(const OptionSpec& option) {
    std::string label(option.name);
    if (!option.alias.empty())
        label += ", " + std::string(option.alias);
    if (option.takesValue())
        label += " " + valuePlaceholder(option);
    return label;
}

std::string usageLine(const CliCommand& command) {
    std::string line = "Usage: " + std::string(kProgramName) + " " + std::string(command.name);
    for (const std::string_view name : command.positionals.names)
        line += " " + std::string(name);
    if (command.positionals.lastRepeats && !command.positionals.names.empty())
        line += "...";
    for (const OptionSpec& option : command.options) {
        if (option.required)
            line += " " + optionSynopsis(option);
    }
    for (const OptionSpec& option : command.options) {
        if (!option.required)
            line += " [" + optionSynopsis(option) + "]";
    }
    return line + '\n';
}

} // namespace

std::string generalHelp() {
    const std::string program(kProgramName);
    std::string text = "Usage: " + program + " COMMAND [ARGUMENT]...\n" + "       " + program +
                       " COMMAND --help\n" + "       " + program + " --help | --version\n" +
                       "\n"
                       "Works with Archboard designs without a display: for scripts, continuous\n"
                       "integration of design repositories, and people who live in a terminal.\n"
                       "Reads .archboard documents and .archboard.json files alike, recognised\n"
                       "by their content.\n"
                       "\n"
                       "Commands:\n";
    std::vector<Row> commands;
    for (const CliCommand* command : cliCommands())
        commands.emplace_back(std::string(command->name), command->summary);
    text += table(commands);
    text += "\n"
            "Options:\n";
    text +=
        table({{"--help", "show this help and exit"}, {"--version", "show the version and exit"}});
    text += "\n"
            "Run '" +
            program +
            " COMMAND --help' for a command's arguments and options.\n"
            "\n"
            "Exit status:\n";
    text += table({{"0", "success"},
                   {"1", "a negative answer, as the command's help describes"},
                   {"2", "bad usage; an unreadable, invalid or too new input; a failure to"},
                   {"", "write (one line per problem on stderr)"}});
    return text;
}

std::string commandHelp(const CliCommand& command) {
    std::string text = usageLine(command);
    text += "\n";
    text += command.description;
    text += "\n"
            "Options:\n";
    std::vector<Row> options;
    for (const OptionSpec& option : command.options)
        options.emplace_back(optionLabel(option), option.help);
    options.emplace_back("--help", "show this help and exit");
    options.emplace_back("--version", "show the version and exit");
    text += table(options);
    text += "\n"
            "Exit status:\n";
    text += command.exitStatus;
    return text;
}

std::string versionText() {
    return std::string(kProgramName) + " " + ARCHBOARD_VERSION + "\n";
}

int usageError(CliIo& io, std::string_view command, std::string_view message) {
    const std::string program(kProgramName);
    const std::string helpCommand =
        command.empty() ? program + " --help" : program + " " + std::string(command) + " --help";
    io.err << program << ": ";
    if (!command.empty())
        io.err << command << ": ";
    io.err << message << "\n"
           << "Run '" << helpCommand << "' for usage.\n";
    return Exit::Failure;
}

} // namespace archboard::cli
