#pragma once

#include "critique/rule.h"

namespace archboard {

// A call that can outlast its caller's own timeout, and a sync path whose
// calls together can take far longer than the p99 target.
class TimeoutBudgetRule final : public Rule {
public:
    TimeoutBudgetRule()
        : Rule("failure.timeout-budget", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
