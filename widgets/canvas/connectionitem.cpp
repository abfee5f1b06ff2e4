#include "connectionitem.h"

#include "canvasscene.h"
#include "connectionrouter.h"
#include "findingbadge.h"
#include "findingmarks.h"
#include "model/design.h"
#include "widgets/kindnames.h"
#include "widgets/stringconvert.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <vector>

namespace archboard {

namespace {

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

// Draws `line`, clipped to `visible` first when it reaches beyond it: Qt
// dashes a whole line before clipping, and a dashed connection across a
// large design would cost thousands of dashes that are never seen. The dash
// offset keeps the pattern where it was, so panning does not make it crawl.
void drawClipped(QPainter& painter, const QPolygonF& line, QPen pen, const QRectF& visible) {
    const QRectF area = visible.adjusted(-8, -8, 8, 8);
    if (area.contains(line.boundingRect())) {
        painter.setPen(pen);
        painter.drawPolyline(line);
        return;
    }
    const bool dashed = pen.style() != Qt::SolidLine;
    if (!dashed)
        pen.setCapStyle(Qt::SquareCap);
    double travelled = 0;
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF a = line[i - 1];
        const QPointF b = line[i];
        const double length = QLineF(a, b).length();
        // Segments are horizontal or vertical: clipping is clamping.
        const QPointF lo(std::clamp(std::min(a.x(), b.x()), area.left(), area.right()),
                         std::clamp(std::min(a.y(), b.y()), area.top(), area.bottom()));
        const QPointF hi(std::clamp(std::max(a.x(), b.x()), area.left(), area.right()),
                         std::clamp(std::max(a.y(), b.y()), area.top(), area.bottom()));
        const bool inside =
            (qFuzzyCompare(a.x(), b.x()) ? area.left() <= a.x() && a.x() <= area.right()
                                         : area.top() <= a.y() && a.y() <= area.bottom());
        if (inside && lo != hi) {
            const bool forward = a.x() < b.x() || a.y() < b.y();
            const QPointF start = forward ? lo : hi;
            const QPointF end = forward ? hi : lo;
            if (dashed)
                pen.setDashOffset((travelled + QLineF(a, start).length()) / pen.widthF());
            painter.setPen(pen);
            painter.drawLine(start, end);
        }
        travelled += length;
    }
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
    if (!canvas().routeLater(elementId()))
        reroute();
    setToolTip(toolTipText());
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
    QSizeF labelSize;
    if (!m_label.isEmpty()) {
        const QFontMetricsF metrics(canvas().style().labelFont);
        labelSize = QSizeF(metrics.horizontalAdvance(m_label) + 10, metrics.height() + 4);
    }
    const ConnectionRoute& route =
        canvas().router().route(elementId(), from->id, to->id, labelSize);
    m_route = route.points;
    m_labelAnchor = route.labelAnchor;
    m_labelRect = route.label;
    m_arrow =
        m_route.size() >= 2 ? arrowHead(m_route[m_route.size() - 2], m_route.last()) : QPolygonF();
    m_bounds = m_route.boundingRect()
                   .united(m_arrow.boundingRect())
                   .adjusted(-kHitWidth, -kHitWidth, kHitWidth, kHitWidth)
                   .united(m_labelRect);
    m_shape = QPainterPath();
    update();
}

QRectF ConnectionItem::boundingRect() const {
    if (m_route.isEmpty()) // not routed yet: nothing to draw, nowhere
        return {};
    const FindingMark* mark = findingMark();
    return mark ? m_bounds.united(findingBadgeRect(mark->count)) : m_bounds;
}

QRectF ConnectionItem::findingBadgeRect(int count) const {
    // Beside the label, else beside the line (its longest runs first), on
    // the first side where it covers neither the line nor the arrowhead, so
    // that even a short connection still shows where it goes. Before the
    // label first: towards the source, away from the arrowhead.
    const CanvasStyle& style = canvas().style();
    constexpr double kGap = kArrowHalfWidth + 2;
    std::vector<QRectF> ends;
    if (const Connection* c = canvas().design().connection(elementId()))
        for (const ElementId& end : {c->from, c->to})
            if (const auto outline = canvas().router().cardOutline(end))
                ends.push_back(*outline);
    const auto clear = [&](const QRectF& rect) {
        if (m_arrow.boundingRect().intersects(rect))
            return false;
        for (const QRectF& card : ends)
            if (card.intersects(rect))
                return false;
        for (qsizetype i = 1; i < m_route.size(); ++i)
            if (segmentEntersRect(m_route[i - 1], m_route[i], rect.adjusted(-1, -1, 1, 1)))
                return false;
        return true;
    };
    std::optional<QRectF> first;
    const auto beside = [&](const QRectF& around, double gap) -> std::optional<QRectF> {
        const QRectF badge = findingbadge::rect(around.center(), count, style);
        for (const QRectF& candidate : {
                 badge.translated(around.left() - gap - badge.right(), 0), // before
                 badge.translated(0, around.top() - gap - badge.bottom()), // above
                 badge.translated(0, around.bottom() + gap - badge.top()), // below
                 badge.translated(around.right() + gap - badge.left(), 0), // after
             }) {
            if (!first)
                first = candidate;
            if (clear(candidate))
                return candidate;
        }
        return std::nullopt;
    };
    if (!m_labelRect.isNull())
        if (const auto badge = beside(m_labelRect.adjusted(-2, -2, 2, 2), 0))
            return *badge;
    std::vector<qsizetype> runs;
    for (qsizetype i = 1; i < m_route.size(); ++i)
        runs.push_back(i);
    std::stable_sort(runs.begin(), runs.end(), [this](qsizetype a, qsizetype b) {
        return QLineF(m_route[a - 1], m_route[a]).length() >
               QLineF(m_route[b - 1], m_route[b]).length();
    });
    for (const qsizetype i : runs)
        for (const double share : {0.5, 0.3, 0.7})
            if (const auto badge = beside(
                    QRectF(QLineF(m_route[i - 1], m_route[i]).pointAt(share), QSizeF()), kGap))
                return *badge;
    return first.value_or(findingbadge::rect(m_labelAnchor, count, style));
}

void ConnectionItem::prepareFindingMarkChange() {
    prepareGeometryChange();  // the badge is part of its bounds
    m_shape = QPainterPath(); // and of what a hover finds
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
        if (const FindingMark* mark = findingMark())
            m_shape.addRect(findingBadgeRect(mark->count));
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
    Q_UNUSED(lod);
    return pen;
}

void ConnectionItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    if (m_route.size() < 2)
        return;
    const CanvasStyle& style = canvas().style();
    const double lod = canvas().isExporting() ? 1.0 : levelOfDetail(option, painter);
    if (lod < CanvasScene::kConnectionOverviewBelow) {
        // The scene has drawn it with all the others; only a selection shows here.
        if (isSelected()) {
            QPen halo(style.selection, 3);
            halo.setCosmetic(true);
            painter->setPen(halo);
            painter->drawPolyline(m_route);
        }
        return;
    }
    // A long route's bounds cover much more than its lines: skip it when no
    // segment is in view (common on large designs at 100 %).
    // What the painter's device shows, in item coordinates: cheaper than
    // having the view compute an exposed rect for each of thousands of items.
    const QRectF shown = painter->worldTransform().inverted().mapRect(
        QRectF(0, 0, painter->device()->width(), painter->device()->height()));
    const QRectF visible = shown.adjusted(-kHitWidth, -kHitWidth, kHitWidth, kHitWidth);
    const FindingMark* mark = findingMark();
    bool seen = m_labelRect.intersects(visible) ||
                (mark && findingBadgeRect(mark->count).intersects(visible));
    for (qsizetype i = 1; i < m_route.size() && !seen; ++i)
        seen = QRectF(m_route[i - 1], m_route[i])
                   .normalized()
                   .adjusted(-1, -1, 1, 1)
                   .intersects(visible);
    if (!seen)
        return;
    paintFindingTint(*painter, mark);
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
    // Routes are horizontal and vertical runs: they need no antialiasing on
    // screen, and rasterising hundreds of long lines without it is far
    // cheaper. Exports keep it, for lines drawn at any scale.
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    if (!canvas().isExporting())
        painter->setRenderHint(QPainter::Antialiasing, false);
    drawClipped(*painter, line, linePen, shown);
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
    paintEnds(*painter, lod);
}

QPen ConnectionItem::linePen() const {
    return pen(1.0);
}

void ConnectionItem::paintEnds(QPainter& painter, double lod) const {
    const CanvasStyle& style = canvas().style();
    const QPen linePen = pen(lod);
    QPen arrowPen = linePen;
    arrowPen.setStyle(Qt::SolidLine);
    arrowPen.setWidthF(1.2);
    painter.setPen(arrowPen);
    painter.setBrush(m_kind == ConnectionKind::Async ? style.background : linePen.color());
    painter.drawPolygon(m_arrow);

    if (!m_labelRect.isNull() && lod >= kLabelBelow) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.labelFill);
        painter.drawRoundedRect(m_labelRect, 4, 4);
        painter.setPen(style.labelText);
        painter.setFont(style.labelFont);
        painter.drawText(m_labelRect, Qt::AlignCenter, m_label);
    }
    if (const FindingMark* mark = findingMark())
        findingbadge::paint(painter, findingBadgeRect(mark->count), *mark, style);
}

void ConnectionItem::paintFindingTint(QPainter& painter, const FindingMark* mark) const {
    // Under the line: the worst finding's colour, and the current finding's
    // halo over it.
    const CanvasStyle& style = canvas().style();
    const auto stroke = [&](QColor colour, int alpha, double width) {
        colour.setAlpha(alpha);
        painter.setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(m_route);
    };
    if (isHighlighted())
        stroke(style.findingHighlight, 150, 9);
    if (mark)
        stroke(style.findingFill[static_cast<std::size_t>(mark->worst)], style.dark ? 110 : 80, 5);
}

} // namespace archboard
