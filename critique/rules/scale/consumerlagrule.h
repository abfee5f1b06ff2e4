#pragma once

#include "critique/rule.h"

namespace archboard {

// Consumers that fall behind their producers, or a queue that drops what an
// outage leaves unread.
class ConsumerLagRule final : public Rule {
public:
    ConsumerLagRule()
        : Rule("scale.consumer-lag", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
