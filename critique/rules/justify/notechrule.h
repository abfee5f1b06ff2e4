#pragma once

#include "critique/rule.h"

namespace archboard {

class NoTechRule final : public Rule {
public:
    NoTechRule()
        : Rule("justify.no-tech", Severity::Info) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
