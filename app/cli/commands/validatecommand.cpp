#include "../clicommand.h"
#include "../designinput.h"
#include "../exitcode.h"

#include <string>

namespace archboard::cli {

namespace {

int runValidate(const CliArgs& args, CliIo& io) {
    bool allValid = true;
    for (const std::string& file : args.positionals()) {
        const store::CheckDepth depth =
            args.has("--deep") ? store::CheckDepth::Deep : store::CheckDepth::Quick;
        if (readDesignInput(io, file, {.checkIntegrity = depth})) {
            io.out << file << ": ok\n";
            continue;
        }
        allValid = false;
    }
    return allValid ? Exit::Ok : Exit::Failure;
}

} // namespace

extern const CliCommand validateCommand{
    .name = "validate",
    .summary = "check files against the Archboard design format",
    .description = "Checks each FILE against the Archboard design format, version 1. FILE is a\n"
                   "JSON design (.archboard.json, or any name: files are recognised by content),\n"
                   "an .archboard document (its latest version) or DOC.archboard@N (version N);\n"
                   "a document must also open, be an Archboard document of a supported schema,\n"
                   "pass SQLite's quick check, and every stored version and the working copy\n"
                   "must match their checksums. With --deep, SQLite's full integrity check runs\n"
                   "instead, and every version must also decode to a valid design.\n"
                   "\n"
                   "Prints 'FILE: ok' on stdout for each valid file, in argument order. For the\n"
                   "others, prints each problem on stderr, one line each: 'FILE: WHERE: WHAT',\n"
                   "where WHERE is the JSON path of the offending value or 'line L, column C',\n"
                   "or 'FILE: WHAT' for a problem with the file as a whole.\n",
    .positionals = {.names = {"FILE"}, .lastRepeats = true},
    .options = {{.name = "--deep",
                 .help = "check documents fully: SQLite's integrity check and every version "
                         "decoded"}},
    .exitStatus = "  0  every FILE is valid\n"
                  "  2  bad usage, or a FILE is unreadable, invalid or too new\n",
    .run = runValidate,
};

} // namespace archboard::cli
