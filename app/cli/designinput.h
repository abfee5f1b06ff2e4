#pragma once

#include "cliio.h"
#include "model/designdata.h"
#include "model/problem.h"
#include "model/source/sourceddesign.h"

#include <optional>
#include <string>

namespace archboard::cli {

// Prints each problem as `FILE: WHERE: WHAT` on stderr (never nothing).
void printProblems(CliIo& io, const std::string& file, const Problems& problems);

// Reads a design argument (cli.md, "Design arguments") through the model's
// one door. On failure prints the problems and returns nothing.
std::optional<DesignData> readDesignInput(CliIo& io, const std::string& argument,
                                          const source::ReadOptions& options = {});

// Writes `text` to `path` completely or not at all; prints `PATH: WHAT` and
// returns false on failure.
bool writeTextFile(CliIo& io, const std::string& path, const std::string& text);

} // namespace archboard::cli
