#pragma once

#include "critique/rule.h"

namespace archboard {

class DeliveryMismatchRule final : public Rule {
public:
    DeliveryMismatchRule()
        : Rule("data.delivery-mismatch", Severity::Error) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
