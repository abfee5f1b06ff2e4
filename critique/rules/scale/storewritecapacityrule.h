#pragma once

#include "critique/rule.h"

namespace archboard {

class StoreWriteCapacityRule final : public Rule {
public:
    StoreWriteCapacityRule()
        : Rule("scale.store-write-capacity", Severity::Error) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
