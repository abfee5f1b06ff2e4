#include "designargument.h"

#include <charconv>
#include <filesystem>
#include <string_view>
#include <system_error>

namespace archboard::source {

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

} // namespace archboard::source
