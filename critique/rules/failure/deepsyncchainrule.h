#pragma once

#include "critique/rule.h"

namespace archboard {

class DeepSyncChainRule final : public Rule {
public:
    DeepSyncChainRule()
        : Rule("failure.deep-sync-chain", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
