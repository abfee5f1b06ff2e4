#pragma once

#include "critique/finding.h"
#include "model/kinds.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace archboard::cli {

// One design's findings, as `critique` reports them.
struct CritiqueInput {
    std::string file;     // the argument as given
    std::string artifact; // the file it names: DOC for DOC@N
    std::string title;    // the design's title
    std::vector<Finding> findings;
    // For each target: its element type, its name, and the line where its
    // object begins in a JSON input (absent for a document).
    std::unordered_map<std::string, ElementType> targetTypes;
    std::unordered_map<std::string, std::string> targetNames;
    std::unordered_map<std::string, int> elementLines;
};

// For people: grouped by severity, one block per finding, targets by name
// and id; ANSI colour only when `colour` is set.
std::string critiqueText(const std::vector<CritiqueInput>& inputs, bool colour);
// cli.md "critique --format json".
std::string critiqueJson(const std::vector<CritiqueInput>& inputs);
// cli.md "critique --format sarif": one SARIF 2.1.0 run over every input.
std::string critiqueSarif(const std::vector<CritiqueInput>& inputs);

// A finding's `targets` as the outputs write them: none, or its one target.
inline std::vector<std::string> targetList(const Finding& finding) {
    if (finding.target.empty())
        return {};
    return {finding.target};
}

// The file argument as a URI reference: relative paths percent-encoded with
// `/` separators, absolute paths as file:// URIs.
std::string fileUri(const std::string& path);

} // namespace archboard::cli
