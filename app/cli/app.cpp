#include "app.h"

#include "clihelp.h"
#include "commandtable.h"
#include "exitcode.h"

#include <exception>
#include <new>
#include <string_view>

namespace archboard::cli {

namespace {

int runCommand(const CliCommand& command, std::span<const std::string> words, CliIo& io) {
    const ParseResult parsed = parseArgs(command.options, command.positionals, words);
    switch (parsed.request) {
    case ParseResult::Request::Help:
        io.out << commandHelp(command);
        return Exit::Ok;
    case ParseResult::Request::Version:
        io.out << versionText();
        return Exit::Ok;
    case ParseResult::Request::Run:
        break;
    }
    if (!parsed.ok())
        return usageError(io, command.name, parsed.error);
    return command.run(parsed.args, io);
}

int dispatch(std::span<const std::string> args, CliIo& io) {
    if (args.empty()) {
        io.err << generalHelp();
        return Exit::Failure;
    }
    const std::string_view first = args.front();
    if (first == "--help") {
        // `--help COMMAND` is the same as `COMMAND --help`.
        if (args.size() == 1) {
            io.out << generalHelp();
            return Exit::Ok;
        }
        const CliCommand* const command = findCommand(args[1]);
        if (command == nullptr)
            return usageError(io, {}, "unknown command \"" + args[1] + "\"");
        if (args.size() > 2)
            return usageError(io, {}, "unexpected argument \"" + args[2] + "\"");
        io.out << commandHelp(*command);
        return Exit::Ok;
    }
    if (first == "--version") {
        if (args.size() > 1)
            return usageError(io, {}, "unexpected argument \"" + args[1] + "\"");
        io.out << versionText();
        return Exit::Ok;
    }
    if (first.size() > 1 && first.front() == '-')
        return usageError(io, {}, "unknown option \"" + args.front() + "\"");
    const CliCommand* const command = findCommand(first);
    if (command == nullptr)
        return usageError(io, {}, "unknown command \"" + args.front() + "\"");
    return runCommand(*command, args.subspan(1), io);
}

} // namespace

int runCli(std::span<const std::string> args, CliIo& io) {
    int code = Exit::Failure;
    // A command that throws (out of memory, a bug) must still end with an exit
    // code from the contract, never with an abort.
    try {
        code = dispatch(args, io);
    } catch (const std::bad_alloc&) {
        io.err << kProgramName << ": out of memory\n";
        code = Exit::Failure;
    } catch (const std::exception& error) {
        io.err << kProgramName << ": " << error.what() << "\n";
        code = Exit::Failure;
    }
    io.out.flush();
    if (!io.out) {
        // Results that did not reach stdout (a full disk, a closed pipe) are a
        // failure to write, not a success.
        io.err << kProgramName << ": cannot write to standard output\n";
        code = Exit::Failure;
    }
    io.err.flush();
    return code;
}

} // namespace archboard::cli
