#pragma once

#include "model/designdata.h"
#include "model/diff/designdiff.h"

#include <QString>

namespace archboard {

// Version History's account of what changed between two designs, one line
// per change, each element called by its name ("Changed “Shortener API”:
// position.x 300 → 420"), a connection by its ends; the id only where an
// element has no name or shares it with another.
QString versionDiffText(const DesignDiff& diff, const DesignData& from, const DesignData& to);

} // namespace archboard
