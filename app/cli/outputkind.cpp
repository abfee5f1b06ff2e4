#include "outputkind.h"

#include <array>
#include <cctype>

namespace archboard::cli {

namespace {

// Longest first: ".archboard.json" is JSON, not a document.
constexpr std::array<OutputFormat, 10> kFormats{{
    {OutputKind::Json, ".archboard.json"},
    {OutputKind::Json, ".json"},
    {OutputKind::Document, ".archboard"},
    {OutputKind::Svg, ".svg"},
    {OutputKind::Png, ".png"},
    {OutputKind::Pdf, ".pdf"},
    {OutputKind::Markdown, ".md"},
    {OutputKind::Html, ".html"},
    {OutputKind::Mermaid, ".mmd"},
    {OutputKind::DrawIo, ".drawio"},
}};

} // namespace

bool hasExtension(std::string_view path, std::string_view extension) {
    if (path.size() <= extension.size())
        return false;
    const std::string_view tail = path.substr(path.size() - extension.size());
    for (std::size_t i = 0; i < tail.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(tail[i])) !=
            std::tolower(static_cast<unsigned char>(extension[i])))
            return false;
    return true;
}

std::optional<OutputFormat> outputFormatOf(std::string_view path) {
    for (const OutputFormat& format : kFormats)
        if (hasExtension(path, format.extension))
            return format;
    return std::nullopt;
}

} // namespace archboard::cli
