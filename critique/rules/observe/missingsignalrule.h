#pragma once

#include "critique/rule.h"

#include <string>

namespace archboard {

// A design-wide check for one signal that no observability component collects.
class MissingSignalRule : public Rule {
public:
    MissingSignalRule(std::string_view id, Severity severity, Signal signal, std::string message)
        : Rule(id, severity)
        , m_signal(signal)
        , m_message(std::move(message)) {}
    void evaluate(const GraphIndex& graph, Reporter& reporter) const override;

protected:
    virtual bool applies(const GraphIndex&) const { return true; }

private:
    Signal m_signal;
    std::string m_message;
};

} // namespace archboard
