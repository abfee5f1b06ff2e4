#pragma once

#include "critique/rule.h"

namespace archboard {

class StoreNoBackupsRule final : public Rule {
public:
    StoreNoBackupsRule()
        : Rule("failure.store-no-backups", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
