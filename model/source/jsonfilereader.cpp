#include "jsonfilereader.h"

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

namespace archboard::source {

namespace {

LoadResult failure(std::string what) {
    LoadResult result;
    result.problems.push_back({"", std::move(what)});
    return result;
}

// What the last failed call said, as strerror does.
std::string lastError() {
    const int error = errno;
    return error != 0 ? std::generic_category().message(error) : std::string("unknown error");
}

LoadResult readFile(const std::filesystem::path& path) {
    errno = 0;
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return failure("cannot open: " + lastError());
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error)
        return failure("cannot read: " + error.message());
    if (size > limits::kMaxFileBytes)
        return failure("file is too large: " + std::to_string(size) +
                       " bytes; designs are at most 256 MiB (268435456 bytes)");
    std::string bytes(static_cast<std::size_t>(size), '\0');
    errno = 0;
    file.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (file.bad())
        return failure("cannot read: " + lastError());
    bytes.resize(static_cast<std::size_t>(file.gcount()));
    return readDesignJson(bytes);
}

} // namespace

SourcedDesign readJsonFile(const DesignArgument& argument, const ReadOptions& /*options*/) {
    SourcedDesign result;
    result.load = readFile(argument.path);
    return result;
}

bool mayBeJson(std::string_view /*head*/) {
    return true;
}

} // namespace archboard::source
