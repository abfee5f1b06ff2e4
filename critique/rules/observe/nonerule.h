#pragma once

#include "critique/rule.h"

namespace archboard {

// No observability component at all in a design of some size.
class NoneRule final : public Rule {
public:
    NoneRule()
        : Rule("observe.none", Severity::Error) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
