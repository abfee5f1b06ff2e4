#pragma once

#include "critique/rule.h"

namespace archboard {

class SingleRegionRule final : public Rule {
public:
    SingleRegionRule()
        : Rule("spof.single-region", Severity::Error) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
