#pragma once

#include "critique/rule.h"

namespace archboard {

class ExternalOnCriticalPathRule final : public Rule {
public:
    ExternalOnCriticalPathRule()
        : Rule("failure.external-on-critical-path", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
