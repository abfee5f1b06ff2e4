#include "groupitem.h"

#include "canvasscene.h"
#include "findingbadge.h"
#include "findingmarks.h"
#include "model/design.h"
#include "widgets/kindnames.h"
#include "widgets/stringconvert.h"

#include <QPainter>
#include <QPainterPathStroker>

namespace archboard {

namespace {
constexpr double kFrameHit = 8;
constexpr double kRadius = 14;
} // namespace

GroupItem::GroupItem(CanvasScene& scene, ElementId id)
    : CanvasItem(scene, std::move(id)) {
    setZValue(zorder::kGroup);
}

void GroupItem::syncFromModel() {
    const Group* group = canvas().design().group(elementId());
    if (!group)
        return;
    prepareGeometryChange();
    setPos(group->rect.x, group->rect.y);
    m_size = QSizeF(group->rect.w, group->rect.h);
    m_kind = group->kind;
    m_name = toQString(group->name);
    const QString kind = kindDisplayName(group->kind).toUpper();
    m_header = m_name.isEmpty() ? kind : QObject::tr("%1 \u00b7 %2").arg(kind, m_name);
    // Larger groups below smaller ones, so nested zones stay clickable.
    setZValue(zorder::kGroup - std::min(50.0, m_size.width() * m_size.height() / 1e6));
    setToolTip(toolTipText());
    update();
}

QString GroupItem::description() const {
    const Group* group = canvas().design().group(elementId());
    if (!group)
        return {};
    return QObject::tr("%1 %2, %n member(s)", nullptr, static_cast<int>(group->members.size()))
        .arg(kindDisplayName(group->kind), m_name);
}

QRectF GroupItem::resizeHandle() const {
    return QRectF(m_size.width() - kHandleSize, m_size.height() - kHandleSize, kHandleSize,
                  kHandleSize);
}

QRectF GroupItem::findingBadgeRect(int count) const {
    // At the header's right end, inside the frame.
    QRectF badge =
        findingbadge::rect(QPointF(0, 4 + (kHeaderHeight - 4) / 2), count, canvas().style());
    badge.moveRight(m_size.width() - 12);
    return badge;
}

QRectF GroupItem::boundingRect() const {
    return QRectF(QPointF(0, 0), m_size).adjusted(-4, -4, 4, 4);
}

QPainterPath GroupItem::shape() const {
    const QRectF rect(QPointF(0, 0), m_size);
    QPainterPath frame;
    frame.addRoundedRect(rect, kRadius, kRadius);
    QPainterPathStroker stroker;
    stroker.setWidth(kFrameHit * 2);
    QPainterPath hit = stroker.createStroke(frame);
    hit.addRect(QRectF(0, 0, m_size.width(), std::min(kHeaderHeight, m_size.height())));
    if (isSelected())
        hit.addRect(resizeHandle().adjusted(-4, -4, 4, 4));
    return hit;
}

void GroupItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const CanvasStyle& style = canvas().style();
    const QRectF rect(QPointF(0, 0), m_size);
    const QColor tint = style.groupColor(m_kind);
    QColor fill = tint;
    fill.setAlpha(style.dark ? 22 : 14);
    QColor line = tint;
    line.setAlpha(170);
    QPen pen(isSelected() ? style.selection : line, isSelected() ? 2.5 : 1.5);
    if (isHighlighted() && !isSelected())
        pen = QPen(style.findingHighlight, 3);
    if (m_kind == GroupKind::Zone)
        pen.setDashPattern({6, 4});
    else if (m_kind == GroupKind::Boundary)
        pen.setDashPattern({10, 4, 2, 4});
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRoundedRect(rect, kRadius, kRadius);

    const double lod = canvas().isExporting() ? 1.0 : levelOfDetail(option, painter);
    const FindingMark* mark = findingMark();
    const QRectF badge = mark ? findingBadgeRect(mark->count) : QRectF();
    if (lod * style.groupFont.pixelSize() >= 5) {
        painter->setFont(style.groupFont);
        painter->setPen(style.dark ? tint.lighter(120) : tint.darker(130));
        // The header gives way to the badge on its right.
        const double right = mark ? badge.left() - 6 : m_size.width() - 14;
        painter->drawText(QRectF(14, 4, std::max(0.0, right - 14), kHeaderHeight - 4),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m_header);
    }
    if (mark)
        findingbadge::paint(*painter, badge, *mark, style);
    if (isSelected()) {
        painter->setPen(QPen(style.selection, 1));
        painter->setBrush(style.cardFill);
        painter->drawRect(resizeHandle());
    }
}

} // namespace archboard
