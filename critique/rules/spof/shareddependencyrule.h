#pragma once

#include "critique/rule.h"

namespace archboard {

class SharedDependencyRule final : public Rule {
public:
    SharedDependencyRule()
        : Rule("spof.shared-dependency", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
