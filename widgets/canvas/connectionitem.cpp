#include "connectionitem.h"

#include "canvasscene.h"
#include "cardgeometry.h"
#include "connectionroute.h"
#include "model/design.h"
#include "widgets/kindnames.h"
#include "widgets/stringconvert.h"

#include <cmath>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>

namespace archboard {

namespace {

constexpr double kSimpleBelow = 0.3;
constexpr double kLabelBelow = 0.55;
constexpr double kArrowLength = 10;
constexpr double kArrowHalfWidth = 5;
constexpr double kHitWidth = 10;

QPolygonF arrowHead(const QPointF& from, const QPointF& tip) {
    const QLineF line(from, tip);
    if (line.length() <= 0)
        return {};
    const QPointF unit = (tip - from) / line.length();
    const QPointF normal(-unit.y(), unit.x());
    const QPointF base = tip - unit * kArrowLength;
    return {tip, base + normal * kArrowHalfWidth, base - normal * kArrowHalfWidth};
}

} // namespace

ConnectionItem::ConnectionItem(CanvasScene& scene, ElementId id)
    : CanvasItem(scene, std::move(id)) {
    setZValue(zorder::kConnection);
    setFlag(ItemIsFocusable, false);
}

void ConnectionItem::syncFromModel() {
    const Connection* connection = canvas().design().connection(elementId());
    if (!connection)
        return;
    m_kind = connection->kind;
    m_label = toQString(connection->label.empty() ? connection->protocol : connection->label);
    reroute();
    setToolTip(description());
}

QString ConnectionItem::description() const {
    const Design& design = canvas().design();
    const Connection* connection = design.connection(elementId());
    if (!connection)
        return {};
    const Component* from = design.component(connection->from);
    const Component* to = design.component(connection->to);
    QString text =
        QObject::tr("%1 connection from %2 to %3")
            .arg(kindDisplayName(connection->kind), toQString(from ? from->name : connection->from),
                 toQString(to ? to->name : connection->to));
    if (!m_label.isEmpty())
        text += QObject::tr(", %1").arg(m_label);
    return text;
}

void ConnectionItem::reroute() {
    const Design& design = canvas().design();
    const Connection* connection = design.connection(elementId());
    const Component* from = connection ? design.component(connection->from) : nullptr;
    const Component* to = connection ? design.component(connection->to) : nullptr;
    if (!from || !to)
        return;
    canvas().countReroute();
    prepareGeometryChange();
    const ConnectionRoute route =
        routeConnection(cardSceneRect(from->position), cardSceneRect(to->position));
    m_route = route.points;
    m_arrow = arrowHead(m_route[m_route.size() - 2], m_route.last());
    m_labelRect = QRectF();
    if (!m_label.isEmpty()) {
        const QFontMetricsF metrics(canvas().style().labelFont);
        const QSizeF size(metrics.horizontalAdvance(m_label) + 10, metrics.height() + 4);
        m_labelRect =
            QRectF(route.labelAnchor - QPointF(size.width() / 2, size.height() / 2), size);
    }
    m_bounds = m_route.boundingRect()
                   .united(m_arrow.boundingRect())
                   .adjusted(-kHitWidth, -kHitWidth, kHitWidth, kHitWidth)
                   .united(m_labelRect);
    m_shape = QPainterPath();
    update();
}

QRectF ConnectionItem::boundingRect() const {
    return m_bounds;
}

QPainterPath ConnectionItem::shape() const {
    if (m_shape.isEmpty() && !m_route.isEmpty()) {
        QPainterPath line;
        line.addPolygon(m_route);
        QPainterPathStroker stroker;
        stroker.setWidth(kHitWidth);
        m_shape = stroker.createStroke(line);
        if (!m_labelRect.isNull())
            m_shape.addRect(m_labelRect);
    }
    return m_shape;
}

QPen ConnectionItem::pen(double lod) const {
    const CanvasStyle& style = canvas().style();
    QPen pen(style.edgeColor(m_kind), 1.6);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::FlatCap);
    switch (m_kind) {
    case ConnectionKind::Sync:
        break;
    case ConnectionKind::Async:
        pen.setDashPattern({5, 3});
        break;
    case ConnectionKind::Replication:
        pen.setWidthF(1.8);
        pen.setDashPattern({1, 2.5});
        break;
    case ConnectionKind::Telemetry:
        pen.setWidthF(1.0);
        break;
    }
    if (lod < kSimpleBelow) {
        pen.setWidth(0); // cosmetic hairline, the fastest to draw
        pen.setStyle(Qt::SolidLine);
    }
    return pen;
}

void ConnectionItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    if (m_route.size() < 2)
        return;
    const CanvasStyle& style = canvas().style();
    const double lod = canvas().isExporting() ? 1.0 : levelOfDetail(option, painter);
    if (lod < kSimpleBelow) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(pen(lod));
        painter->drawPolyline(m_route);
        return;
    }
    if (isSelected()) {
        QColor halo = style.selection;
        halo.setAlpha(90);
        painter->setPen(QPen(halo, 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPolyline(m_route);
    }
    const QPen linePen = pen(lod);
    painter->setPen(linePen);
    painter->setBrush(Qt::NoBrush);
    // Stop the line at the arrow's base so the tip stays sharp.
    QPolygonF line = m_route;
    if (!m_arrow.isEmpty())
        line.last() = (m_arrow[1] + m_arrow[2]) / 2;
    painter->drawPolyline(line);

    QPen arrowPen = linePen;
    arrowPen.setStyle(Qt::SolidLine);
    arrowPen.setWidthF(1.2);
    painter->setPen(arrowPen);
    painter->setBrush(m_kind == ConnectionKind::Async ? style.background : linePen.color());
    painter->drawPolygon(m_arrow);

    if (!m_labelRect.isNull() && lod >= kLabelBelow) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(style.labelFill);
        painter->drawRoundedRect(m_labelRect, 4, 4);
        painter->setPen(style.labelText);
        painter->setFont(style.labelFont);
        painter->drawText(m_labelRect, Qt::AlignCenter, m_label);
    }
}

} // namespace archboard
