#pragma once

#include "critique/rule.h"

namespace archboard {

class PublicNoTlsRule final : public Rule {
public:
    PublicNoTlsRule()
        : Rule("security.public-no-tls", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
