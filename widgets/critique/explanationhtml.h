#pragma once

#include "critique/explanation.h"

#include <QString>
#include <span>

namespace archboard {

class Design;

// What the Critique dock shows about the current row: the finding explained
// in the design's own names (critique/explanation.h), or for a cause with
// several targets, the cause, each target's message, and the explanation.
QString explanationHtml(std::span<const Finding* const> findings, const Design& design);

// An element's name as findings show it: a component's or group's name, a
// connection's label (else "From → To"), else its id.
std::string findingNameOf(const Design& design, std::string_view id);

} // namespace archboard
