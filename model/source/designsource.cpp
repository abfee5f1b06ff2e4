#include "designsource.h"

#include "designformat.h"

#include <optional>
#include <system_error>

namespace archboard::source {

namespace {

// Why a file cannot be read at all, with the words of the C library.
std::optional<std::string> fileProblem(const std::filesystem::file_status& status,
                                       std::error_code error) {
    if (!error && !std::filesystem::exists(status))
        error = std::make_error_code(std::errc::no_such_file_or_directory);
    if (error)
        return "cannot open: " + error.message();
    if (std::filesystem::is_directory(status))
        return "cannot open: is a directory";
    if (!std::filesystem::is_regular_file(status))
        return "cannot open: not a regular file";
    return std::nullopt;
}

} // namespace

SourcedDesign readDesign(const DesignArgument& argument, const ReadOptions& options) {
    std::error_code error;
    const std::filesystem::file_status status = std::filesystem::status(argument.path, error);
    const DesignFormat& format = recogniseFormat(argument.path);
    const DesignSource source{format.id, argument.path, argument.version};
    const auto failure = [&source](std::string what) {
        SourcedDesign result;
        result.load.problems.push_back({"", std::move(what)});
        result.source = source;
        return result;
    };
    // `FILE@N` for a file that exists but has no versions says so first.
    if (argument.version && std::filesystem::exists(status) && !format.hasVersions)
        return failure("version " + std::to_string(*argument.version) + " of " + argument.path +
                       ": a " + std::string(format.noun) + " has no versions");
    if (const std::optional<std::string> problem = fileProblem(status, error))
        return failure(*problem);
    SourcedDesign result = format.read(argument, options);
    result.source = source;
    return result;
}

SourcedDesign readDesignArgument(const std::string& argument, const ReadOptions& options) {
    return readDesign(parseDesignArgument(argument), options);
}

LoadResult readDesignFile(const std::filesystem::path& path) {
    return readDesign({path.string(), std::nullopt}).load;
}

SourceFormat formatOf(const std::filesystem::path& path) {
    return recogniseFormat(path).id;
}

} // namespace archboard::source
