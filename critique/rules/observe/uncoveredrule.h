#pragma once

#include "critique/rule.h"

namespace archboard {

class UncoveredRule final : public Rule {
public:
    UncoveredRule()
        : Rule("observe.uncovered", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
