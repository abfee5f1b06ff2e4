#pragma once

#include "critique/rule.h"

namespace archboard {

class NoAvailabilityRule final : public Rule {
public:
    NoAvailabilityRule()
        : Rule("reqs.no-availability", Severity::Info) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
