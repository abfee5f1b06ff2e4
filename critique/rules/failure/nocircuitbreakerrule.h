#pragma once

#include "critique/rule.h"

namespace archboard {

class NoCircuitBreakerRule final : public Rule {
public:
    NoCircuitBreakerRule()
        : Rule("failure.no-circuit-breaker", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
