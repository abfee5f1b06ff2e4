#pragma once

#include "critique/rules/observe/missingsignalrule.h"

namespace archboard {

class NoTracingRule final : public MissingSignalRule {
public:
    NoTracingRule();

protected:
    bool applies(const GraphIndex& graph) const override;
};

} // namespace archboard
