#pragma once

#include "model/design.h"
#include "widgets/palette/palettekind.h"

#include <QPointF>
#include <vector>

namespace archboard {

class CanvasScene;

// Edits made on the canvas by hand: by the mouse tools, the keyboard and the
// palette. Each builds one undo command and pushes it through
// CanvasScene::push, which records the selection; none does anything on a
// read-only scene.

// Where the selection is: selected components, groups, notes, and the
// members of selected groups, each once.
std::vector<Placement> selectionPlacements(const CanvasScene& scene);
// The placements moved by `delta`.
std::vector<Placement> shiftedPlacements(std::vector<Placement> placements, const QPointF& delta);
// Moves the selection (groups with their members); commands with the same
// merge key become one undo step.
void moveSelection(CanvasScene& scene, const QPointF& delta, int mergeKey);
// Adds one element of the kind at `at` (snapped); false if read-only.
bool addElement(CanvasScene& scene, const PaletteKind& kind, const QPointF& at);
void addConnection(CanvasScene& scene, const ElementId& from, const ElementId& to,
                   ConnectionKind kind);

} // namespace archboard
