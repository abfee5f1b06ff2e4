#pragma once

#include "critique/rule.h"

namespace archboard {

// Work that no request starts (a scheduler, a poller, a batch job) with
// nothing saying what starts it: asked once, on the component that starts it,
// rather than reported as unreachable on everything behind it.
class NoTriggerRule final : public Rule {
public:
    NoTriggerRule()
        : Rule("structure.no-trigger", Severity::Info) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
