#include "designformat.h"

#include "documentreader.h"
#include "jsonfilereader.h"

#include <array>
#include <fstream>
#include <string>
#include <system_error>

namespace archboard::source {

namespace {

// A document first, as its header is exact; JSON last, as it takes any
// file. An importer is one more entry before JSON.
constexpr std::array<DesignFormat, 2> kFormats{{
    {.id = SourceFormat::Document,
     .noun = "document",
     .extension = ".archboard",
     .hasVersions = true,
     .recognises = isSqliteFile,
     .read = readDocument},
    {.id = SourceFormat::Json,
     .noun = "JSON design",
     .extension = ".archboard.json",
     .hasVersions = false,
     .recognises = mayBeJson,
     .read = readJsonFile},
}};

} // namespace

std::span<const DesignFormat> designFormats() {
    return kFormats;
}

const DesignFormat& recogniseFormat(const std::filesystem::path& path) {
    std::string head;
    std::error_code error;
    // Only a regular file is opened: opening a pipe would wait for a writer.
    if (std::filesystem::is_regular_file(path, error)) {
        std::ifstream file(path, std::ios::binary);
        head.resize(kHeadBytes);
        file.read(head.data(), static_cast<std::streamsize>(head.size()));
        head.resize(static_cast<std::size_t>(file.gcount()));
    }
    for (const DesignFormat& format : kFormats)
        if (format.recognises(head))
            return format;
    return kFormats.back();
}

} // namespace archboard::source
