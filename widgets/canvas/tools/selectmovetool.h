#pragma once

#include "canvastool.h"
#include "model/design.h"

#include <memory>

namespace archboard {

class CanvasItem;
class CanvasScene;

// A press on an element selects it (Ctrl or Shift toggles it); dragging
// then moves the selection, groups with their members. The pressed element
// lands on the grid and the rest keep their offsets; every step of one drag
// merges into one undo step.
class SelectMoveTool final : public CanvasTool {
public:
    // Selects as the press asks; a tool when there is something to move.
    static std::unique_ptr<SelectMoveTool> press(CanvasScene& scene, CanvasItem& item,
                                                 const CanvasEvent& event);

    void move(const CanvasEvent& event) override;
    void release(const CanvasEvent&) override {}

private:
    SelectMoveTool(CanvasScene& scene, const CanvasItem& item, const CanvasEvent& event);

    CanvasScene& m_scene;
    QPointF m_pressPos;
    int m_mergeKey;
    Position m_anchorStart; // where the pressed element was
    QPointF m_lastDelta;
    std::vector<Placement> m_from;
};

} // namespace archboard
