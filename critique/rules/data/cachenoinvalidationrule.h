#pragma once

#include "critique/rule.h"

namespace archboard {

class CacheNoInvalidationRule final : public Rule {
public:
    CacheNoInvalidationRule()
        : Rule("data.cache-no-invalidation", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
