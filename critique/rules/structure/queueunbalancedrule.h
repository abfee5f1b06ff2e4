#pragma once

#include "critique/rule.h"

namespace archboard {

class QueueUnbalancedRule final : public Rule {
public:
    QueueUnbalancedRule()
        : Rule("structure.queue-unbalanced", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
