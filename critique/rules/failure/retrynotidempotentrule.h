#pragma once

#include "critique/rule.h"

namespace archboard {

class RetryNotIdempotentRule final : public Rule {
public:
    RetryNotIdempotentRule()
        : Rule("failure.retry-not-idempotent", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
