#include "critique/critic.h"
#include "critique/findinggroups.h"
#include "critiquereport.h"
#include "model/json.h"

namespace archboard::cli {

std::string critiqueJson(const std::vector<CritiqueInput>& inputs) {
    Json results = Json::array();
    for (const CritiqueInput& input : inputs) {
        Json findings = Json::array();
        for (const Finding& finding : input.findings) {
            Json object = Json::object();
            object["rule"] = finding.rule;
            object["category"] = finding.category();
            object["severity"] = toString(finding.severity);
            object["targets"] = targetList(finding);
            object["title"] = finding.title();
            object["message"] = finding.message;
            object["fix"] = finding.fix();
            object["accepted"] = finding.accepted;
            object["reason"] = finding.reason;
            object["cause"] = finding.cause;
            object["group"] = groupKey(finding);
            findings.push_back(std::move(object));
        }
        const CritiqueSummary counts = summarize(input.findings);
        Json summary = Json::object();
        summary["error"] = counts.errors;
        summary["warning"] = counts.warnings;
        summary["info"] = counts.infos;
        summary["accepted"] = counts.accepted;

        Json result = Json::object();
        result["file"] = input.file;
        result["design"] = input.title;
        result["findings"] = std::move(findings);
        result["summary"] = std::move(summary);
        results.push_back(std::move(result));
    }
    Json root = Json::object();
    root["tool"] = "archboard";
    root["tool_version"] = ARCHBOARD_VERSION;
    root["results"] = std::move(results);
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace archboard::cli
