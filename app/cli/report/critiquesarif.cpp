#include "critique/findinggroups.h"
#include "critique/rulecatalogue.h"
#include "critique/ruleregistry.h"
#include "critiquereport.h"
#include "model/json.h"

#include <algorithm>
#include <cstdio>

namespace archboard::cli {

namespace {

std::string_view sarifLevel(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        break;
    }
    return "note";
}

Json driverRules() {
    Json rules = Json::array();
    for (const Rule* rule : allRules()) {
        const RuleText* text = RuleCatalogue::builtIn().text(rule->id());
        Json object = Json::object();
        object["id"] = rule->id();
        object["shortDescription"] = {{"text", rule->title()}};
        object["fullDescription"] = {{"text", text ? text->why : std::string()}};
        object["help"] = {{"text", text ? text->fix : std::string()}};
        object["defaultConfiguration"] = {{"level", sarifLevel(rule->defaultSeverity())}};
        object["properties"] = {{"category", rule->category()}};
        rules.push_back(std::move(object));
    }
    return rules;
}

std::size_t ruleIndex(std::string_view id) {
    const auto rules = allRules();
    const auto it = std::find_if(rules.begin(), rules.end(),
                                 [id](const Rule* rule) { return rule->id() == id; });
    return static_cast<std::size_t>(it - rules.begin());
}

Json location(const CritiqueInput& input, const Finding& finding) {
    int line = 1;
    if (!finding.target.empty())
        if (const auto it = input.elementLines.find(finding.target); it != input.elementLines.end())
            line = it->second;
    Json physical = Json::object();
    physical["artifactLocation"] = {{"uri", fileUri(input.artifact)}};
    physical["region"] = {{"startLine", line}};
    Json result = Json::object();
    result["physicalLocation"] = std::move(physical);
    if (const ElementId& target = finding.target; !target.empty()) {
        const auto type = input.targetTypes.find(target);
        const std::string kind(
            toString(type == input.targetTypes.end() ? ElementType::Component : type->second));
        Json object = Json::object();
        object["name"] = target;
        object["fullyQualifiedName"] = kind + "s/" + target;
        object["kind"] = kind;
        result["logicalLocations"] = Json::array({std::move(object)});
    }
    return result;
}

Json sarifResult(const CritiqueInput& input, const Finding& finding) {
    const std::string fingerprint = std::string(finding.rule) + ":" + finding.target;
    Json suppressions = Json::array();
    if (finding.accepted)
        suppressions.push_back(
            {{"kind", "inSource"}, {"status", "accepted"}, {"justification", finding.reason}});
    Json properties = Json::object();
    properties["category"] = finding.category();
    properties["title"] = finding.title();
    properties["fix"] = finding.fix();
    properties["targets"] = targetList(finding);
    properties["cause"] = finding.cause;
    properties["group"] = groupKey(finding);

    Json result = Json::object();
    result["ruleId"] = finding.rule;
    result["ruleIndex"] = ruleIndex(finding.rule);
    result["level"] = sarifLevel(finding.severity);
    result["message"] = {{"text", finding.message}};
    result["locations"] = Json::array({location(input, finding)});
    result["partialFingerprints"] = {{"archboardFinding/v1", fingerprint}};
    result["suppressions"] = std::move(suppressions);
    result["properties"] = std::move(properties);
    return result;
}

bool isUnreserved(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

} // namespace

std::string fileUri(const std::string& path) {
    std::string encoded;
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        if (isUnreserved(byte) || c == '/') {
            encoded += c;
        } else if (c == '\\') {
            encoded += '/';
        } else {
            char escape[4];
            std::snprintf(escape, sizeof escape, "%%%02X", byte);
            encoded += escape;
        }
    }
    return !path.empty() && path.front() == '/' ? "file://" + encoded : encoded;
}

std::string critiqueSarif(const std::vector<CritiqueInput>& inputs) {
    Json results = Json::array();
    for (const CritiqueInput& input : inputs)
        for (const Finding& finding : input.findings)
            results.push_back(sarifResult(input, finding));

    Json driver = Json::object();
    driver["name"] = "archboard";
    driver["version"] = ARCHBOARD_VERSION;
    driver["rules"] = driverRules();
    Json run = Json::object();
    run["tool"] = {{"driver", std::move(driver)}};
    run["results"] = std::move(results);

    Json root = Json::object();
    root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    root["version"] = "2.1.0";
    root["runs"] = Json::array({std::move(run)});
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace archboard::cli
