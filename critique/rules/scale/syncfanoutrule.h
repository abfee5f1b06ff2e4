#pragma once

#include "critique/rule.h"

namespace archboard {

class SyncFanoutRule final : public Rule {
public:
    SyncFanoutRule()
        : Rule("scale.sync-fanout", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
