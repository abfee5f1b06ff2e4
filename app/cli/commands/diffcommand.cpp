#include "../clicommand.h"
#include "../designinput.h"
#include "../exitcode.h"
#include "model/diff/designdiff.h"
#include "model/json/designjson.h"

#include <string>

namespace archboard::cli {

namespace {

int runDiff(const CliArgs& args, CliIo& io) {
    const std::string& nameA = args.positionals()[0];
    const std::string& nameB = args.positionals()[1];
    // Both read before giving up, so every problem is reported at once.
    const std::optional<DesignData> a = readDesignInput(io, nameA);
    const std::optional<DesignData> b = readDesignInput(io, nameB);
    if (!a || !b)
        return Exit::Failure;
    const DesignDiff diff = diffDesigns(*a, *b);
    if (args.valueOr("--format", "text") == "json")
        io.out << writeJsonText(diffToJson(diff, nameA, nameB));
    else
        io.out << diffToText(diff, *a, *b);
    return designsEqual(*a, *b) ? Exit::Ok : Exit::Findings;
}

} // namespace

extern const CliCommand diffCommand{
    .name = "diff",
    .summary = "show what changed between two designs",
    .description =
        "Compares the designs A and B (JSON designs, documents, or DOC.archboard@N):\n"
        "elements matched by id, objects key by key, any other value whole.\n"
        "\n"
        "Text: one line per difference, in the order design fields, added, removed,\n"
        "changed (each by type, then id): '~ design PATH: OLD -> NEW', '+ TYPE \"NAME\"',\n"
        "'- TYPE \"NAME\"', '~ TYPE \"NAME\" PATH: OLD -> NEW'; NAME is the element's name\n"
        "(a connection's: FROM \u2192 TO), its id where it has none or shares it; values\n"
        "as compact JSON and '(absent)' for a missing side. JSON: {\"a\", \"b\", \"design\", "
        "\"added\", \"removed\",\n"
        "\"changed\"}.\n",
    .positionals = {.names = {"A", "B"}},
    .options = {{.name = "--format",
                 .allowed = {"text", "json"},
                 .help = "how to print the differences (default text)"}},
    .exitStatus = "  0  the designs are equal\n"
                  "  1  the designs differ\n"
                  "  2  bad usage, or A or B is unreadable, invalid or too new\n",
    .run = runDiff,
};

} // namespace archboard::cli
