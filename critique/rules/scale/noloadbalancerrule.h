#pragma once

#include "critique/rule.h"

namespace archboard {

class NoLoadBalancerRule final : public Rule {
public:
    NoLoadBalancerRule()
        : Rule("scale.no-load-balancer", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
