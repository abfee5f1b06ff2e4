#pragma once

#include <optional>
#include <string_view>

namespace archboard::cli {

// What a command writes, from OUT's extension (cli.md, "Writing files").
enum class OutputKind { Json, Document, Svg, Png, Pdf, Markdown, Html, Mermaid, DrawIo };

struct OutputFormat {
    OutputKind kind;
    std::string_view extension; // as --help and messages spell it: ".svg"
};

// By extension, compared case-insensitively; nothing for any other name.
std::optional<OutputFormat> outputFormatOf(std::string_view path);

// True when `path` ends with `extension`, ignoring ASCII case.
bool hasExtension(std::string_view path, std::string_view extension);

} // namespace archboard::cli
