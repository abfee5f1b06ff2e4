#pragma once

#include "critique/rule.h"

namespace archboard {

class NoFailoverRule final : public Rule {
public:
    NoFailoverRule()
        : Rule("spof.no-failover", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
