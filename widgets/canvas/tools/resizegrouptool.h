#pragma once

#include "canvastool.h"
#include "model/design.h"

namespace archboard {

class CanvasScene;

// Dragging a selected group's corner handle resizes it, snapped to the grid
// and never below a minimum size; one drag is one undo step.
class ResizeGroupTool final : public CanvasTool {
public:
    static constexpr double kMinWidth = 120;
    static constexpr double kMinHeight = 80;

    ResizeGroupTool(CanvasScene& scene, const Group& group, const CanvasEvent& press);

    void move(const CanvasEvent& event) override;
    void release(const CanvasEvent&) override {}

private:
    CanvasScene& m_scene;
    ElementId m_group;
    Rect m_from;
    QPointF m_pressPos;
    int m_mergeKey;
};

} // namespace archboard
