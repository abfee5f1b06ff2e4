#pragma once

#include "designargument.h"
#include "sourceddesign.h"

#include <filesystem>
#include <string>

namespace archboard::source {

// The one door for designs: "JSON file, document or DOC@N?" is decided
// here, once, by content (designformat.h). The app, the CLI and the tests
// read designs only through it.

// Reads what a design argument names (`FILE`, `DOC`, `DOC@N`).
SourcedDesign readDesign(const DesignArgument& argument, const ReadOptions& options = {});
SourcedDesign readDesignArgument(const std::string& argument, const ReadOptions& options = {});

// The design in the file at `path`, whatever its format (a document's
// latest version). The name is the file's even when it ends in `@N`.
LoadResult readDesignFile(const std::filesystem::path& path);

// What the file at `path` holds, by content (Json for a file that no other
// format claims, or that cannot be read).
SourceFormat formatOf(const std::filesystem::path& path);

} // namespace archboard::source
