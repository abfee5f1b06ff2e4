#pragma once

#include "critique/rule.h"

namespace archboard {

class ConsumerNotIdempotentRule final : public Rule {
public:
    ConsumerNotIdempotentRule()
        : Rule("failure.consumer-not-idempotent", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
