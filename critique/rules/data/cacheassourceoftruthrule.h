#pragma once

#include "critique/rule.h"

namespace archboard {

class CacheAsSourceOfTruthRule final : public Rule {
public:
    CacheAsSourceOfTruthRule()
        : Rule("data.cache-as-source-of-truth", Severity::Error) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
