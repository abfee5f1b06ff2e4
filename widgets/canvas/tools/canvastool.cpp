#include "canvastool.h"

#include "widgets/canvas/canvasitem.h"

#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>

namespace archboard {

CanvasItem* elementItemAt(const QGraphicsScene& scene, const QPointF& scenePos,
                          const QGraphicsItem* except) {
    const QGraphicsView* view = scene.views().isEmpty() ? nullptr : scene.views().first();
    const QTransform transform = view ? view->transform() : QTransform();
    for (QGraphicsItem* item :
         scene.items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder, transform))
        if (auto* element = dynamic_cast<CanvasItem*>(item); element && element != except)
            return element;
    return nullptr;
}

CanvasEvent CanvasEvent::of(const QGraphicsSceneMouseEvent& event) {
    return {event.scenePos(), event.screenPos(), event.modifiers()};
}

} // namespace archboard
