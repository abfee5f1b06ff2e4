#pragma once

#include "critique/rule.h"

namespace archboard {

class UnreachableRule final : public Rule {
public:
    UnreachableRule()
        : Rule("structure.unreachable", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
