#pragma once

#include "critique/rule.h"

namespace archboard {

class NoRateLimitRule final : public Rule {
public:
    NoRateLimitRule()
        : Rule("scale.no-rate-limit", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
