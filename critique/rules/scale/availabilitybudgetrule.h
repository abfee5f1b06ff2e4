#pragma once

#include "critique/rule.h"

namespace archboard {

class AvailabilityBudgetRule final : public Rule {
public:
    AvailabilityBudgetRule()
        : Rule("scale.availability-budget", Severity::Error) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
