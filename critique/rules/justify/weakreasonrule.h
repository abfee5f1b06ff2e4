#pragma once

#include "critique/rule.h"

namespace archboard {

class WeakReasonRule final : public Rule {
public:
    WeakReasonRule()
        : Rule("justify.weak-reason", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
