#include "canvasitem.h"

#include "canvasscene.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace archboard {

CanvasItem::CanvasItem(CanvasScene& scene, ElementId id)
    : m_canvas(scene)
    , m_id(std::move(id)) {
    setFlag(ItemIsSelectable);
    setFlag(ItemIsFocusable);
}

void CanvasItem::findingMarkChanged() {
    setToolTip(toolTipText());
    update();
}

const FindingMark* CanvasItem::findingMark() const {
    return m_canvas.findingMarks().mark(m_id);
}

bool CanvasItem::isHighlighted() const {
    return m_canvas.findingMarks().isHighlighted(m_id);
}

QString CanvasItem::toolTipText() const {
    const FindingMark* mark = findingMark();
    if (!mark)
        return description();
    QString text = description() + QStringLiteral("\n");
    for (const QString& line : mark->lines)
        text += QStringLiteral("\n\u2022 ") + line;
    return text;
}

double CanvasItem::levelOfDetail(const QStyleOptionGraphicsItem* option, const QPainter* painter) {
    return option->levelOfDetailFromTransform(painter->worldTransform());
}

} // namespace archboard
