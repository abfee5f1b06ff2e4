#pragma once

#include "critique/rule.h"

namespace archboard {

class SyncNoTimeoutRule final : public Rule {
public:
    SyncNoTimeoutRule()
        : Rule("failure.sync-no-timeout", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
