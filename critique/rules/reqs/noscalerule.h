#pragma once

#include "critique/rule.h"

namespace archboard {

class NoScaleRule final : public Rule {
public:
    NoScaleRule()
        : Rule("reqs.no-scale", Severity::Info) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
