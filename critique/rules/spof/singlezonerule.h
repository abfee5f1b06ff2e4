#pragma once

#include "critique/rule.h"

namespace archboard {

class SingleZoneRule final : public Rule {
public:
    SingleZoneRule()
        : Rule("spof.single-zone", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
