#pragma once

#include "critique/rules/observe/missingsignalrule.h"

namespace archboard {

class NoMetricsRule final : public MissingSignalRule {
public:
    NoMetricsRule();
};

} // namespace archboard
