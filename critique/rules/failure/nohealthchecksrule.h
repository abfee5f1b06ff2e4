#pragma once

#include "critique/rule.h"

namespace archboard {

class NoHealthChecksRule final : public Rule {
public:
    NoHealthChecksRule()
        : Rule("failure.no-health-checks", Severity::Info) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
