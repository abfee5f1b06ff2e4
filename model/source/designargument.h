#pragma once

#include <optional>
#include <string>

namespace archboard::source {

// A design argument as cli.md defines it: a file (a JSON design or a
// document: its latest version, or its working copy before the first
// version), or `DOC.archboard@N`, version N of a document.
struct DesignArgument {
    std::string path;
    std::optional<int> version;
};

// "DOC@N" is version N of DOC, unless a file has the whole name.
DesignArgument parseDesignArgument(const std::string& argument);

} // namespace archboard::source
