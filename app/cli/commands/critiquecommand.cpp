#include "../clicommand.h"
#include "../clihelp.h"
#include "../designinput.h"
#include "../exitcode.h"
#include "../report/critiquereport.h"
#include "critique/critic.h"
#include "model/source/designsource.h"

#include <cstdlib>
#include <filesystem>
#include <string>

namespace archboard::cli {

namespace {

std::vector<std::string> splitSelectors(std::string_view list) {
    std::vector<std::string> selectors;
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t end = std::min(list.find(',', start), list.size());
        selectors.emplace_back(list.substr(start, end - start));
        start = end + 1;
    }
    return selectors;
}

CritiqueInput inputFor(const std::string& file, const source::SourcedDesign& read,
                       const CritiqueOptions& options) {
    const LoadResult& loaded = read.load;
    const DesignData& design = *loaded.design;
    CritiqueInput input;
    input.file = file;
    input.artifact = read.source.path;
    input.title = design.info.title;
    input.findings = critique(design, options);
    input.elementLines = loaded.elementLines;
    const auto note = [&input](const std::string& id, ElementType type, const std::string& name) {
        input.targetTypes.emplace(id, type);
        input.targetNames.emplace(id, name);
    };
    for (const Component& c : design.components)
        note(c.id, ElementType::Component, c.name);
    for (const Connection& c : design.connections)
        note(c.id, ElementType::Connection, c.label);
    for (const Group& g : design.groups)
        note(g.id, ElementType::Group, g.name);
    return input;
}

// Open findings at or above `failOn` ("never" counts none).
bool failsOn(const std::vector<CritiqueInput>& inputs, std::string_view failOn) {
    if (failOn == "never")
        return false;
    const Severity threshold = *enumFromString<Severity>(failOn);
    for (const CritiqueInput& input : inputs)
        for (const Finding& finding : input.findings)
            if (!finding.accepted && finding.severity <= threshold)
                return true;
    return false;
}

int runCritique(const CliArgs& args, CliIo& io) {
    CritiqueOptions options;
    if (const auto rules = args.value("--rules")) {
        options.only = splitSelectors(*rules);
        for (const std::string& selector : options.only)
            if (!isKnownRuleSelector(selector))
                return usageError(io, "critique",
                                  "unknown rule or category \"" + selector +
                                      "\" (see archboard-cli rules)");
    }

    bool anyInvalid = false;
    std::vector<CritiqueInput> inputs;
    for (const std::string& file : args.positionals()) {
        const source::SourcedDesign read = source::readDesignArgument(file);
        if (!read.load.ok()) {
            anyInvalid = true;
            printProblems(io, file, read.load.problems);
            continue;
        }
        inputs.push_back(inputFor(file, read, options));
    }

    const std::string_view format = args.valueOr("--format", "text");
    if (format == "json")
        io.out << critiqueJson(inputs);
    else if (format == "sarif")
        io.out << critiqueSarif(inputs);
    else
        io.out << critiqueText(inputs, io.outIsTerminal && std::getenv("NO_COLOR") == nullptr);
    io.out.flush();
    if (!io.out)
        return Exit::Failure;
    if (anyInvalid)
        return Exit::Failure;
    return failsOn(inputs, args.valueOr("--fail-on", "error")) ? Exit::Findings : Exit::Ok;
}

} // namespace

extern const CliCommand critiqueCommand{
    .name = "critique",
    .summary = "run the critic over designs and report its findings",
    .description = "Runs the critic over each FILE (a JSON design or an .archboard document) and\n"
                   "reports its findings: what a senior reviewer would question, why it matters\n"
                   "and how to fix it. Only the design's own critique settings apply\n"
                   "(suppressions, severity overrides, disabled rules), so every machine gives\n"
                   "the same answer. Accepted findings are listed but never count toward\n"
                   "--fail-on.\n"
                   "\n"
                   "An invalid FILE has its problems printed on stderr and is left out of the\n"
                   "results; the exit code is then 2.\n",
    .positionals = {.names = {"FILE"}, .lastRepeats = true},
    .options = {{.name = "--format",
                 .allowed = {"text", "json", "sarif"},
                 .help = "text for people (default), json or sarif for tools"},
                {.name = "--fail-on",
                 .allowed = {"error", "warning", "info", "never"},
                 .help = "exit 1 when an open finding is at least this severe (default error)"},
                {.name = "--rules",
                 .valueName = "RULE,...",
                 .help =
                     "run only these rule ids or categories, e.g. spof,failure.sync-no-timeout"}},
    .exitStatus = "  0  no open finding at or above --fail-on\n"
                  "  1  open findings at or above --fail-on\n"
                  "  2  bad usage, or a FILE is unreadable, invalid or too new\n",
    .run = runCritique,
};

} // namespace archboard::cli
