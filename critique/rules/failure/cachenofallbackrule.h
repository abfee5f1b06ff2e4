#pragma once

#include "critique/rule.h"

namespace archboard {

class CacheNoFallbackRule final : public Rule {
public:
    CacheNoFallbackRule()
        : Rule("failure.cache-no-fallback", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
