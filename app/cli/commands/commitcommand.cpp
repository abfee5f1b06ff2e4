#include "../clicommand.h"
#include "../designinput.h"
#include "../exitcode.h"
#include "model/store/document.h"

#include <filesystem>
#include <string>
#include <system_error>

namespace archboard::cli {

namespace {

int runCommit(const CliArgs& args, CliIo& io) {
    const std::string& documentPath = args.positionals()[0];
    const std::string& designArgument = args.positionals()[1];
    // An invalid design leaves the document untouched: read it first.
    const std::optional<DesignData> design = readDesignInput(io, designArgument);
    if (!design)
        return Exit::Failure;
    const store::CommitInfo info{
        .author = std::string(args.valueOr("--author", store::defaultAuthor())),
        .message = std::string(args.valueOr("-m", "")),
    };
    try {
        std::error_code error;
        if (!std::filesystem::exists(documentPath, error)) {
            store::Document::createWithVersion(documentPath, *design, info);
            io.out << documentPath << "@1\n";
            return Exit::Ok;
        }
        const auto document = store::Document::open(documentPath, store::Document::Mode::ReadWrite);
        if (document->isReadOnly()) {
            io.err << documentPath << ": the document is read-only; nothing was stored\n";
            return Exit::Failure;
        }
        // Unsaved work of someone editing the document in the app stays.
        const store::CommitResult result =
            document->commit(*design, info, store::WorkingCopyPolicy::KeepUnsaved);
        io.out << documentPath << '@' << result.number << (result.unchanged ? " unchanged" : "")
               << '\n';
        return Exit::Ok;
    } catch (const store::StoreError& error) {
        io.err << documentPath << ": " << error.what() << '\n';
        return Exit::Failure;
    }
}

} // namespace

extern const CliCommand commitCommand{
    .name = "commit",
    .summary = "store a design as the next version of a document",
    .description =
        "Stores DESIGN (a JSON design, a document, or DOC.archboard@N) as the next version\n"
        "of the document DOC, creating DOC when it does not exist, and prints DOC@N for\n"
        "the new version. When DESIGN equals the latest version nothing is stored and it\n"
        "prints 'DOC@N unchanged'. An invalid DESIGN leaves DOC untouched.\n"
        "\n"
        "The author defaults to $ARCHBOARD_AUTHOR, else the login name; the message to\n"
        "none. Unsaved work in DOC's working copy (from the app) is kept.\n",
    .positionals = {.names = {"DOC", "DESIGN"}},
    .options = {{.name = "-m",
                 .alias = "--message",
                 .valueName = "MESSAGE",
                 .help = "what changed in this version"},
                {.name = "--author", .valueName = "NAME", .help = "who made this version"}},
    .exitStatus = "  0  the version was stored, or DESIGN equals the latest version\n"
                  "  2  bad usage, an invalid or unreadable DESIGN, or DOC could not be written\n",
    .run = runCommit,
};

} // namespace archboard::cli
