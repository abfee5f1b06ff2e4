#pragma once

#include "designargument.h"
#include "sourceddesign.h"

#include <string_view>

namespace archboard::source {

// A design from an `.archboard` document: version N, else the latest
// version (the working copy before the first one).
SourcedDesign readDocument(const DesignArgument& argument, const ReadOptions& options);

// Begins with the SQLite header: a document, or some other database that
// the reader refuses as "not an Archboard document".
bool isSqliteFile(std::string_view head);

} // namespace archboard::source
