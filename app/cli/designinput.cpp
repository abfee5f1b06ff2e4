#include "designinput.h"

#include "model/io/atomicfile.h"
#include "model/json/designjson.h"
#include "model/source/designsource.h"

namespace archboard::cli {

void printProblems(CliIo& io, const std::string& file, const Problems& problems) {
    // Keep results and problems in order when both go to one place.
    io.out.flush();
    for (const Problem& problem : problems)
        io.err << file << ": " << problem.toString() << '\n';
    if (problems.empty())
        io.err << file << ": not a valid design\n";
    io.err.flush();
}

std::optional<DesignData> readDesignInput(CliIo& io, const std::string& argument,
                                          const source::ReadOptions& options) {
    source::SourcedDesign read = source::readDesignArgument(argument, options);
    if (!read.load.ok()) {
        printProblems(io, argument, read.load.problems);
        return std::nullopt;
    }
    return std::move(*read.load.design);
}

bool writeTextFile(CliIo& io, const std::string& path, const std::string& text) {
    const std::string error = saveFileAtomically(text, path);
    if (error.empty())
        return true;
    io.err << path << ": " << error << '\n';
    return false;
}

} // namespace archboard::cli
