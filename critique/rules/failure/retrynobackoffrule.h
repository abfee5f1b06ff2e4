#pragma once

#include "critique/rule.h"

namespace archboard {

class RetryNoBackoffRule final : public Rule {
public:
    RetryNoBackoffRule()
        : Rule("failure.retry-no-backoff", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
