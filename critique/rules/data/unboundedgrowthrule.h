#pragma once

#include "critique/rule.h"

namespace archboard {

// A store of record that keeps every write for ever at a rate that makes
// that a problem within a year.
class UnboundedGrowthRule final : public Rule {
public:
    UnboundedGrowthRule()
        : Rule("data.unbounded-growth", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
