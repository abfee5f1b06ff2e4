#pragma once

#include "critique/rule.h"

namespace archboard {

class MultiRegionStrongRule final : public Rule {
public:
    MultiRegionStrongRule()
        : Rule("data.multi-region-strong", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
