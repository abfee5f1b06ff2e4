#pragma once

#include "critique/rule.h"

namespace archboard {

// No loss is required, but the only copy in another region is asynchronous.
class RecoveryPointRule final : public Rule {
public:
    RecoveryPointRule()
        : Rule("data.recovery-point", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
