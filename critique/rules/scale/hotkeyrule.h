#pragma once

#include "critique/rule.h"

namespace archboard {

// Writes that a partitioned store, stream or cache cannot spread: no key,
// a key with few values, or one structure that takes them all.
class HotKeyRule final : public Rule {
public:
    HotKeyRule()
        : Rule("scale.hot-key", Severity::Warning) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;
};

} // namespace archboard
