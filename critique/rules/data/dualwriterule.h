#pragma once

#include "critique/rule.h"

namespace archboard {

class DualWriteRule final : public Rule {
public:
    DualWriteRule()
        : Rule("data.dual-write", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
