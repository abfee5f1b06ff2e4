#pragma once

#include "critique/rule.h"

namespace archboard {

class OrphanRule final : public Rule {
public:
    OrphanRule()
        : Rule("structure.orphan", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
