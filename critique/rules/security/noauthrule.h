#pragma once

#include "critique/rule.h"

namespace archboard {

class NoAuthRule final : public Rule {
public:
    NoAuthRule()
        : Rule("security.no-auth", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
