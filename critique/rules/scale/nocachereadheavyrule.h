#pragma once

#include "critique/rule.h"

namespace archboard {

class NoCacheReadHeavyRule final : public Rule {
public:
    NoCacheReadHeavyRule()
        : Rule("scale.no-cache-read-heavy", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
