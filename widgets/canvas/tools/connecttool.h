#pragma once

#include "canvastool.h"
#include "model/design.h"

#include <QMenu> // complete type for QPointer
#include <QPointer>

class QGraphicsPathItem;

namespace archboard {

class CanvasScene;

// Dragging from a card's border draws a dashed line to the pointer and
// highlights the card under it; releasing there asks for the connection's
// kind in a popup, which adds the connection. A click on the border without
// a drag selects the card, as anywhere else on it.
class ConnectTool final : public CanvasTool {
public:
    // `kindMenu` keeps the popup, which outlives the gesture.
    ConnectTool(CanvasScene& scene, ElementId from, QPointer<QMenu>& kindMenu);
    ~ConnectTool() override;

    void move(const CanvasEvent& event) override;
    void release(const CanvasEvent& event) override;

    // The kind a new connection between these components most likely has.
    static ConnectionKind suggestedKind(const Design& design, const ElementId& from,
                                        const ElementId& to);

private:
    void setTarget(const ElementId& target);
    void removeLine();
    void showKindMenu(const ElementId& to, const QPoint& screenPos);

    CanvasScene& m_scene;
    ElementId m_from;
    ElementId m_target; // the card under the pointer, if any
    bool m_dragged = false;
    QGraphicsPathItem* m_line = nullptr;
    QPointer<QMenu>& m_kindMenu;
};

} // namespace archboard
