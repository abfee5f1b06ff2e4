#pragma once

#include "../json/designjson.h"

#include <filesystem>
#include <optional>
#include <string>

namespace archboard::store {

// A design argument as cli.md defines it: a JSON design, a document (its
// latest version, or its working copy before the first version), or
// `DOC.archboard@N`, version N of a document.
struct DesignArgument {
    std::string path;
    std::optional<int> version;
};

// "DOC@N" is version N of DOC, unless a file has the whole name.
DesignArgument parseDesignArgument(const std::string& argument);

struct ReadOptions {
    bool checkIntegrity = false; // also run PRAGMA quick_check on a document
};

// Reads the design an argument names, never modifying a document. Problems
// with the file as a whole have an empty WHERE.
LoadResult readDesignArgument(const std::string& argument, const ReadOptions& options = {});

// The latest design of a document (readDesignFile's path for SQLite files).
LoadResult readDocumentDesign(const std::filesystem::path& path,
                              std::optional<int> version = std::nullopt,
                              const ReadOptions& options = {});

// True when the file begins with the SQLite header (a document, or some
// other database); false for anything else, unreadable files included.
bool looksLikeDocument(const std::filesystem::path& path);

} // namespace archboard::store
