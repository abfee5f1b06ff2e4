#pragma once

#include "critique/rule.h"

namespace archboard {

class UnknownTechRule final : public Rule {
public:
    UnknownTechRule()
        : Rule("justify.unknown-tech", Severity::Info) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
