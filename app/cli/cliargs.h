#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace archboard::cli {

// One option a command accepts. `name` is spelled as typed: "--format" (also
// accepted as "--format=VALUE") or a single letter "-m" (also "-mVALUE").
struct OptionSpec {
    std::string_view name;
    std::string_view alias = {};             // another spelling, e.g. "--message" for "-m"
    std::string_view valueName = {};         // empty: a flag without value; else e.g. "FILE"
    std::vector<std::string_view> allowed{}; // empty: any value; else exactly one of these
    bool required = false;
    std::string_view help = {}; // one line for --help

    bool takesValue() const { return !valueName.empty() || !allowed.empty(); }
};

// The positional arguments, all required, named for messages and --help.
struct PositionalSpec {
    std::vector<std::string_view> names{};
    bool lastRepeats = false; // "FILE...": the last one may be given any number of times
};

struct ParseResult;

// What a command was given, after parsing against its specs.
class CliArgs {
public:
    const std::vector<std::string>& positionals() const { return positionals_; }

    // By the option's `name` as declared (not its alias).
    bool has(std::string_view option) const;
    std::optional<std::string_view> value(std::string_view option) const;
    std::string_view valueOr(std::string_view option, std::string_view fallback) const;

private:
    friend ParseResult parseArgs(std::span<const OptionSpec>, const PositionalSpec&,
                                 std::span<const std::string>);

    std::vector<std::string> positionals_;
    std::map<std::string, std::string, std::less<>> options_; // flags map to ""
};

struct ParseResult {
    enum class Request { Run, Help, Version };

    Request request = Request::Run;
    CliArgs args;
    std::string error; // set: a usage error, one line without a prefix

    bool ok() const { return error.empty(); }
};

// Parses a command's arguments (the words after the command's name). Options
// may come before or after positionals; "--" ends the options; an option given
// twice is an error rather than a silent choice. Every command also accepts
// --help and --version; they win over any usage error (--help over --version)
// so that help is always reachable.
ParseResult parseArgs(std::span<const OptionSpec> options, const PositionalSpec& positionals,
                      std::span<const std::string> words);

} // namespace archboard::cli
