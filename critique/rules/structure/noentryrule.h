#pragma once

#include "critique/rule.h"

namespace archboard {

class NoEntryRule final : public Rule {
public:
    NoEntryRule()
        : Rule("structure.no-entry", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
