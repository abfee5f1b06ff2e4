#pragma once

#include "model/design.h"
#include "widgets/palette/palettekind.h"

namespace archboard {

// A new element of a palette kind: a component, a group or a note, centred
// on `at`, with a fresh id and a default name.
AnyElement newElement(const Design& design, const PaletteKind& kind, Position at);

// Default size of a new group.
inline constexpr double kNewGroupWidth = 400;
inline constexpr double kNewGroupHeight = 240;

} // namespace archboard
