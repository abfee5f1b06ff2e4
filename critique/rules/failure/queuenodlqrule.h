#pragma once

#include "critique/rule.h"

namespace archboard {

class QueueNoDlqRule final : public Rule {
public:
    QueueNoDlqRule()
        : Rule("failure.queue-no-dlq", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
