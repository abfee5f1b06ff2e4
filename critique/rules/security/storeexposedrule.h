#pragma once

#include "critique/rule.h"

namespace archboard {

class StoreExposedRule final : public Rule {
public:
    StoreExposedRule()
        : Rule("security.store-exposed", Severity::Error) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
