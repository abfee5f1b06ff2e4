#include "cliargs.h"

#include <algorithm>

namespace archboard::cli {

bool CliArgs::has(std::string_view option) const {
    return options_.find(option) != options_.end();
}

std::optional<std::string_view> CliArgs::value(std::string_view option) const {
    const auto it = options_.find(option);
    if (it == options_.end())
        return std::nullopt;
    return std::string_view(it->second);
}

std::string_view CliArgs::valueOr(std::string_view option, std::string_view fallback) const {
    return value(option).value_or(fallback);
}

namespace {

constexpr std::string_view kHelp = "--help";
constexpr std::string_view kVersion = "--version";

const OptionSpec* findOption(std::span<const OptionSpec> options, std::string_view spelling) {
    const auto it = std::find_if(options.begin(), options.end(), [&](const OptionSpec& o) {
        return o.name == spelling || (!o.alias.empty() && o.alias == spelling);
    });
    return it == options.end() ? nullptr : &*it;
}

std::string quoted(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

std::string joined(const std::vector<std::string_view>& words, std::string_view separator) {
    std::string result;
    for (const std::string_view word : words) {
        if (!result.empty())
            result += separator;
        result += word;
    }
    return result;
}

// One word split into the option's spelling and, when attached, its value:
// "--format=json" and "-mtext" carry one, "--format" and "-m" do not.
struct OptionWord {
    std::string_view spelling;
    std::optional<std::string_view> attached;
};

OptionWord splitOptionWord(std::string_view word) {
    if (word.starts_with("--")) {
        const std::size_t eq = word.find('=');
        if (eq == std::string_view::npos)
            return {word, std::nullopt};
        return {word.substr(0, eq), word.substr(eq + 1)};
    }
    if (word.size() > 2)
        return {word.substr(0, 2), word.substr(2)};
    return {word, std::nullopt};
}

bool looksLikeOption(std::string_view word) {
    // "-" alone is an ordinary argument (conventionally standard input).
    return word.size() > 1 && word.front() == '-';
}

} // namespace

ParseResult parseArgs(std::span<const OptionSpec> options, const PositionalSpec& positionals,
                      std::span<const std::string> words) {
    ParseResult result;
    bool help = false;
    bool version = false;
    // Only the first error is reported: later ones are often its consequences.
    const auto fail = [&result](std::string message) {
        if (result.error.empty())
            result.error = std::move(message);
    };

    bool optionsEnded = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (optionsEnded || !looksLikeOption(word)) {
            result.args.positionals_.push_back(word);
            continue;
        }
        if (word == "--") {
            optionsEnded = true;
            continue;
        }
        const OptionWord split = splitOptionWord(word);
        if (split.spelling == kHelp || split.spelling == kVersion) {
            if (split.attached)
                fail("option " + std::string(split.spelling) + " takes no value");
            (split.spelling == kHelp ? help : version) = true;
            continue;
        }
        const OptionSpec* const spec = findOption(options, split.spelling);
        if (spec == nullptr) {
            fail("unknown option " + quoted(word));
            continue;
        }
        const std::string name(spec->name);
        if (result.args.options_.contains(name))
            fail("option " + name + " is given more than once");
        if (!spec->takesValue()) {
            if (split.attached)
                fail("option " + name + " takes no value");
            result.args.options_[name];
            continue;
        }
        std::string value;
        if (split.attached) {
            value = std::string(*split.attached);
        } else if (i + 1 < words.size()) {
            value = words[++i];
        } else {
            fail("option " + name + " needs a value");
            continue;
        }
        if (!spec->allowed.empty() &&
            std::find(spec->allowed.begin(), spec->allowed.end(), value) == spec->allowed.end())
            fail("option " + name + " does not accept " + quoted(value) + " (use " +
                 joined(spec->allowed, ", ") + ")");
        result.args.options_[name] = std::move(value);
    }

    for (const OptionSpec& spec : options) {
        if (spec.required && !result.args.has(spec.name))
            fail("missing option " + std::string(spec.name));
    }
    const std::size_t given = result.args.positionals_.size();
    const std::size_t needed = positionals.names.size();
    if (given < needed)
        fail("missing " + std::string(positionals.names[given]));
    else if (given > needed && !(positionals.lastRepeats && needed > 0))
        fail("unexpected argument " + quoted(result.args.positionals_[needed]));

    if (help || version) {
        result.request = help ? ParseResult::Request::Help : ParseResult::Request::Version;
        result.error.clear();
    }
    return result;
}

} // namespace archboard::cli
