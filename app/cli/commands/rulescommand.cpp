#include "../clicommand.h"
#include "../exitcode.h"
#include "critique/ruleregistry.h"
#include "model/json.h"

#include <string>

namespace archboard::cli {

namespace {

int runRules(const CliArgs& args, CliIo& io) {
    const auto rules = allRules();
    if (args.valueOr("--format", "text") == "json") {
        Json list = Json::array();
        for (const Rule* rule : rules) {
            Json object = Json::object();
            object["id"] = rule->id();
            object["category"] = rule->category();
            object["severity"] = toString(rule->defaultSeverity());
            object["title"] = rule->title();
            list.push_back(std::move(object));
        }
        Json root = Json::object();
        root["rules"] = std::move(list);
        io.out << root.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
    } else {
        std::size_t idWidth = 0;
        for (const Rule* rule : rules)
            idWidth = std::max(idWidth, rule->id().size());
        for (const Rule* rule : rules) {
            const std::string id(rule->id());
            const std::string severity(toString(rule->defaultSeverity()));
            io.out << id << std::string(idWidth - id.size() + 2, ' ') << severity
                   << std::string(9 - severity.size(), ' ') << rule->title() << '\n';
        }
    }
    io.out.flush();
    return io.out ? Exit::Ok : Exit::Failure;
}

} // namespace

extern const CliCommand rulesCommand{
    .name = "rules",
    .summary = "list the critic's rules",
    .description = "Lists every rule of the critic, sorted by id, with its default severity and\n"
                   "title. Text: one line per rule, 'ID  SEVERITY  TITLE'. JSON:\n"
                   "{\"rules\": [{\"id\", \"category\", \"severity\", \"title\"}]}.\n",
    .positionals = {},
    .options = {{.name = "--format",
                 .allowed = {"text", "json"},
                 .help = "text (default) or json"}},
    .exitStatus = "  0  listed\n"
                  "  2  bad usage, or stdout could not be written\n",
    .run = runRules,
};

} // namespace archboard::cli
