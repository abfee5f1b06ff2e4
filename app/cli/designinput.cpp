#include "designinput.h"

#include "model/json/designjson.h"

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
                                          const store::ReadOptions& options) {
    LoadResult result = store::readDesignArgument(argument, options);
    if (!result.ok()) {
        printProblems(io, argument, result.problems);
        return std::nullopt;
    }
    return std::move(*result.design);
}

bool writeTextFile(CliIo& io, const std::string& path, const std::string& text) {
    const std::string error = saveFileAtomically(text, path);
    if (error.empty())
        return true;
    io.err << path << ": " << error << '\n';
    return false;
}

} // namespace archboard::cli
