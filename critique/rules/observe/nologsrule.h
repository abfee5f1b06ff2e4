#pragma once

#include "critique/rules/observe/missingsignalrule.h"

namespace archboard {

class NoLogsRule final : public MissingSignalRule {
public:
    NoLogsRule();
};

} // namespace archboard
