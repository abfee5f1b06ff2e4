#pragma once

#include "designargument.h"
#include "sourceddesign.h"

#include <cstddef>
#include <filesystem>
#include <span>
#include <string_view>

namespace archboard::source {

// One kind of file a design can be read from: how to recognise it by its
// first bytes and how to read it. The door (designsource.h) picks the
// reader; readers never call each other.
struct DesignFormat {
    SourceFormat id;
    std::string_view noun;      // for messages: "a JSON design has no versions"
    std::string_view extension; // the usual one, for file dialogs
    bool hasVersions;
    // True when a file beginning with `head` (its first kHeadBytes, fewer
    // for a shorter file) is in this format.
    bool (*recognises)(std::string_view head);
    // Reads a regular file. `argument.version` is set only when hasVersions.
    SourcedDesign (*read)(const DesignArgument& argument, const ReadOptions& options);
};

inline constexpr std::size_t kHeadBytes = 16;

// Every format, in the order they are asked; the last one takes any file.
std::span<const DesignFormat> designFormats();

// The format of the file at `path`, by content: the last one for a file no
// other claims, or that is not a regular, readable file.
const DesignFormat& recogniseFormat(const std::filesystem::path& path);

} // namespace archboard::source
