#include "designargument.h"

#include "document.h"

#include <charconv>
#include <fstream>
#include <system_error>

namespace archboard::store {

namespace {

LoadResult failure(std::string what) {
    LoadResult result;
    result.problems.push_back({"", std::move(what)});
    return result;
}

} // namespace

DesignArgument parseDesignArgument(const std::string& argument) {
    std::error_code error;
    const std::size_t at = argument.rfind('@');
    if (at == std::string::npos || at == 0 || at + 1 == argument.size() ||
        std::filesystem::exists(argument, error))
        return {argument, std::nullopt};
    const std::string_view digits = std::string_view(argument).substr(at + 1);
    int number = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
    if (ec != std::errc() || end != digits.data() + digits.size() || digits.front() == '+' ||
        digits.front() == '-')
        return {argument, std::nullopt};
    return {argument.substr(0, at), number};
}

bool looksLikeDocument(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    char header[16] = {};
    file.read(header, sizeof header);
    return file.gcount() == sizeof header &&
           std::string_view(header, sizeof header) == std::string_view("SQLite format 3\0", 16);
}

LoadResult readDocumentDesign(const std::filesystem::path& path, std::optional<int> version,
                              const ReadOptions& options) {
    try {
        const auto document = Document::open(path.string(), Document::Mode::ReadOnly);
        if (options.checkIntegrity) {
            if (const std::string found = document->quickCheck(); !found.empty())
                return failure("the document is damaged (" + found + ")");
        }
        LoadResult result;
        result.design = version ? document->readVersion(*version) : document->readLatest();
        return result;
    } catch (const StoreError& error) {
        return failure(error.what());
    }
}

LoadResult readDesignArgument(const std::string& argument, const ReadOptions& options) {
    const DesignArgument parsed = parseDesignArgument(argument);
    if (!parsed.version)
        return options.checkIntegrity && looksLikeDocument(parsed.path)
                   ? readDocumentDesign(parsed.path, std::nullopt, options)
                   : readDesignFile(parsed.path);
    std::error_code error;
    if (!std::filesystem::exists(parsed.path, error))
        return readDesignFile(parsed.path); // says why it cannot be opened
    if (!looksLikeDocument(parsed.path))
        return failure("version " + std::to_string(*parsed.version) + " of " + parsed.path +
                       ": a JSON design has no versions");
    return readDocumentDesign(parsed.path, parsed.version, options);
}

} // namespace archboard::store
