#pragma once

#include "critique/rule.h"

namespace archboard {

class QueueLagRule final : public Rule {
public:
    QueueLagRule()
        : Rule("observe.queue-lag", Severity::Info) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
