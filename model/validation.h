#pragma once

#include "designdata.h"
#include "problem.h"

namespace archboard {

// Checks what holds across elements: one id space, references that resolve,
// group and suppression constraints. Paths are the file's (`connections[0].to`).
// Elements with an empty id (a missing one already reported) are skipped.
Problems validateReferences(const DesignData& design);

} // namespace archboard
