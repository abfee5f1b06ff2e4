#include "resizegrouptool.h"

#include "widgets/canvas/canvasscene.h"
#include "widgets/commands/resizegroupcommand.h"
#include "widgets/document/designdocument.h"

#include <algorithm>

namespace archboard {

ResizeGroupTool::ResizeGroupTool(CanvasScene& scene, const Group& group, const CanvasEvent& press)
    : m_scene(scene)
    , m_group(group.id)
    , m_from(group.rect)
    , m_pressPos(press.scenePos)
    , m_mergeKey(DesignCommand::newMergeKey()) {
}

void ResizeGroupTool::move(const CanvasEvent& event) {
    const QPointF corner = m_scene.snapped(QPointF(m_from.x + m_from.w, m_from.y + m_from.h) +
                                           event.scenePos - m_pressPos);
    const Rect to{m_from.x, m_from.y, std::max(kMinWidth, corner.x() - m_from.x),
                  std::max(kMinHeight, corner.y() - m_from.y)};
    m_scene.push(
        new ResizeGroupCommand(m_scene.document()->design(), m_group, m_from, to, m_mergeKey));
}

} // namespace archboard
