#pragma once

#include "critique/rule.h"

namespace archboard {

class ConsistencyMismatchRule final : public Rule {
public:
    ConsistencyMismatchRule()
        : Rule("justify.consistency-mismatch", Severity::Error) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
