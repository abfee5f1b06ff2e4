#pragma once

#include "critique/rule.h"

namespace archboard {

class NoReasonRule final : public Rule {
public:
    NoReasonRule()
        : Rule("justify.no-reason", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
