#pragma once

#include <QPoint>
#include <QPointF>

class QGraphicsItem;
class QGraphicsScene;
class QGraphicsSceneMouseEvent;

namespace archboard {

class CanvasItem;

// The topmost element item at a scene point, other than `except`, as the
// first view shows it (cosmetic shapes depend on its zoom).
CanvasItem* elementItemAt(const QGraphicsScene& scene, const QPointF& scenePos,
                          const QGraphicsItem* except = nullptr);

// Where the pointer is in a mouse gesture on the canvas.
struct CanvasEvent {
    QPointF scenePos;
    QPoint screenPos;
    Qt::KeyboardModifiers modifiers;

    static CanvasEvent of(const QGraphicsSceneMouseEvent& event);
};

// One mouse gesture on the canvas, from the press that made it to the
// release. A tool is made for each press, so its state lives exactly as
// long as the gesture; CanvasInteraction forwards the pointer to it.
class CanvasTool {
public:
    virtual ~CanvasTool() = default;
    // The pointer moved, once it is past the drag distance.
    virtual void move(const CanvasEvent& event) = 0;
    // The button went up: the gesture ends, having pushed its commands.
    virtual void release(const CanvasEvent& event) = 0;
};

} // namespace archboard
