#pragma once

#include "critique/rules/observe/missingsignalrule.h"

namespace archboard {

class NoAlertsRule final : public MissingSignalRule {
public:
    NoAlertsRule();
};

} // namespace archboard
