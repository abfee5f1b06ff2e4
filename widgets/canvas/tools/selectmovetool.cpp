#include "selectmovetool.h"

#include "widgets/canvas/canvasedits.h"
#include "widgets/canvas/canvasitem.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/commands/moveelementscommand.h"
#include "widgets/document/designdocument.h"

namespace archboard {

std::unique_ptr<SelectMoveTool> SelectMoveTool::press(CanvasScene& scene, CanvasItem& item,
                                                      const CanvasEvent& event) {
    const bool toggle = event.modifiers & (Qt::ControlModifier | Qt::ShiftModifier);
    if (toggle) {
        item.setSelected(!item.isSelected());
        if (!item.isSelected())
            return nullptr;
    } else if (!item.isSelected()) {
        scene.clearSelection();
        item.setSelected(true);
    }
    if (item.flags().testFlag(QGraphicsItem::ItemIsFocusable))
        scene.setFocusItem(&item);
    if (!scene.isEditable())
        return nullptr;
    return std::unique_ptr<SelectMoveTool>(new SelectMoveTool(scene, item, event));
}

SelectMoveTool::SelectMoveTool(CanvasScene& scene, const CanvasItem& item, const CanvasEvent& event)
    : m_scene(scene)
    , m_pressPos(event.scenePos)
    , m_mergeKey(DesignCommand::newMergeKey())
    , m_from(selectionPlacements(scene)) {
    if (const auto position = scene.modelPosition(item.elementId()))
        m_anchorStart = *position;
}

void SelectMoveTool::move(const CanvasEvent& event) {
    if (m_from.empty())
        return;
    const QPointF anchor(m_anchorStart.x, m_anchorStart.y);
    const QPointF delta = m_scene.snapped(anchor + event.scenePos - m_pressPos) - anchor;
    if (delta == m_lastDelta)
        return;
    m_lastDelta = delta;
    m_scene.push(new MoveElementsCommand(m_scene.document()->design(), m_from,
                                         shiftedPlacements(m_from, delta), m_mergeKey));
}

} // namespace archboard
