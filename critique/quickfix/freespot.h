#pragma once

#include "model/design.h"

#include <span>

namespace archboard {

// Where a card a fix adds can go: `anchor` itself when free, else the
// nearest place to it on a grid of card-sized steps around it (below, right,
// above and left first) that overlaps no card or note of the design and none
// of `taken` (centres of cards the same fix adds). Sizes are the canvas's
// defaults (model/layout/flowlayout.h), with a margin for labels.
Position freeSpotNear(const Design& design, Position anchor, std::span<const Position> taken = {});

// Below the bottom of the drawing, at its horizontal centre: where a card
// that belongs to no one component goes (the origin for an empty design).
Position belowDrawing(const Design& design);

} // namespace archboard
