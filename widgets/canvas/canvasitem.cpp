#include "canvasitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace archboard {

CanvasItem::CanvasItem(CanvasScene& scene, ElementId id)
    : m_canvas(scene)
    , m_id(std::move(id)) {
    setFlag(ItemIsSelectable);
    setFlag(ItemIsFocusable);
}

double CanvasItem::levelOfDetail(const QStyleOptionGraphicsItem* option, const QPainter* painter) {
    return option->levelOfDetailFromTransform(painter->worldTransform());
}

} // namespace archboard
