#pragma once

#include "critique/rule.h"

namespace archboard {

class KindMismatchRule final : public Rule {
public:
    KindMismatchRule()
        : Rule("justify.kind-mismatch", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
