#pragma once

#include "critique/rule.h"

namespace archboard {

class SingleInstanceRule final : public Rule {
public:
    SingleInstanceRule()
        : Rule("spof.single-instance", Severity::Error) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
