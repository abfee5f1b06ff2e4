#include "canvasinteraction.h"

#include "connecttool.h"
#include "resizegrouptool.h"
#include "selectmovetool.h"
#include "widgets/canvas/canvasedits.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/cardgeometry.h"
#include "widgets/canvas/componentitem.h"
#include "widgets/canvas/groupitem.h"
#include "widgets/palette/palettekind.h"

#include <QApplication>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>

namespace archboard {

CanvasInteraction::CanvasInteraction(CanvasScene& scene)
    : m_scene(scene) {
}

CanvasInteraction::~CanvasInteraction() = default;

bool CanvasInteraction::press(QGraphicsSceneMouseEvent& event) {
    if (event.button() != Qt::LeftButton)
        return false;
    CanvasItem* item = elementItemAt(m_scene, event.scenePos());
    if (!item)
        return false;
    m_tool.reset();
    m_pressScreenPos = event.screenPos();
    m_started = false;
    event.accept();

    const CanvasEvent at = CanvasEvent::of(event);
    const QPointF local = item->mapFromScene(event.scenePos());
    const bool editable = m_scene.isEditable();
    const auto* card =
        item->type() == ComponentItem::Type ? static_cast<ComponentItem*>(item) : nullptr;
    if (editable && card &&
        (inConnectZone(local) || (card->showsConnectHandles() && onConnectHandle(local)))) {
        m_tool = std::make_unique<ConnectTool>(m_scene, item->elementId(), m_kindMenu);
    } else if (auto* group = dynamic_cast<GroupItem*>(item);
               editable && group && group->isSelected() && group->resizeHandle().contains(local)) {
        m_tool = std::make_unique<ResizeGroupTool>(m_scene,
                                                   *m_scene.design().group(group->elementId()), at);
    } else {
        m_tool = SelectMoveTool::press(m_scene, *item, at);
    }
    return true;
}

bool CanvasInteraction::move(QGraphicsSceneMouseEvent& event) {
    if (!m_tool)
        return false;
    event.accept();
    if (!m_started) {
        if ((event.screenPos() - m_pressScreenPos).manhattanLength() <
            QApplication::startDragDistance())
            return true;
        m_started = true;
    }
    m_tool->move(CanvasEvent::of(event));
    return true;
}

bool CanvasInteraction::release(QGraphicsSceneMouseEvent& event) {
    const std::unique_ptr<CanvasTool> tool = std::move(m_tool);
    if (!tool)
        return false;
    event.accept();
    tool->release(CanvasEvent::of(event));
    return true;
}

void CanvasInteraction::cancel() {
    m_tool.reset();
}

bool CanvasInteraction::acceptsDrag(const QGraphicsSceneDragDropEvent& event) const {
    return m_scene.isEditable() && isPaletteDrag(event.mimeData());
}

void CanvasInteraction::dragEnter(QGraphicsSceneDragDropEvent& event) const {
    if (acceptsDrag(event))
        event.acceptProposedAction();
    else
        event.ignore();
}

void CanvasInteraction::drop(QGraphicsSceneDragDropEvent& event) const {
    if (acceptsDrag(event))
        if (const auto kind = paletteKindFromMimeData(event.mimeData());
            kind && addElement(m_scene, *kind, event.scenePos())) {
            event.acceptProposedAction();
            return;
        }
    event.ignore();
}

} // namespace archboard
