#pragma once

#include "canvasitem.h"

#include <QPainterPath>
#include <QPolygonF>

namespace archboard {

// A connection: an orthogonal route between its cards, drawn by kind (sync
// solid with an arrow, async dashed, replication dotted, telemetry thin and
// grey), with its label (or protocol) on the middle segment.
class ConnectionItem : public CanvasItem {
public:
    enum { Type = UserType + 2 };

    ConnectionItem(CanvasScene& scene, ElementId id);

    int type() const override { return Type; }
    ElementType elementType() const override { return ElementType::Connection; }
    // Reads kind and label, then reroutes.
    void syncFromModel() override;
    QString description() const override;
    // Recomputes the route from the two cards' positions in the model.
    void reroute();

    const QPolygonF& route() const { return m_route; }
    const QString& labelText() const { return m_label; }
    // Where the label sits: the middle of the middle segment.
    QPointF labelAnchor() const { return m_labelAnchor; }
    // The label's box, empty without a label.
    QRectF labelRect() const { return m_labelRect; }
    ConnectionKind kind() const { return m_kind; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    void prepareFindingMarkChange() override;
    QRectF findingBadgeRect(int count) const;
    // The line's pen at full detail, and what is drawn over the line: the
    // arrowhead and the label (an SVG export writes the line as a path of
    // its own and draws these).
    QPen linePen() const;
    void paintEnds(QPainter& painter, double lod = 1.0) const;

private:
    QPen pen(double lod) const;
    void paintFindingTint(QPainter& painter, const FindingMark* mark) const;

    ConnectionKind m_kind = ConnectionKind::Sync;
    QString m_label;
    QPolygonF m_route;
    QPolygonF m_arrow;
    QRectF m_labelRect;
    QPointF m_labelAnchor;
    QRectF m_bounds;
    mutable QPainterPath m_shape; // built on first hit test
};

} // namespace archboard
