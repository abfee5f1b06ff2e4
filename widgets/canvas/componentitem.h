#pragma once

#include "canvasitem.h"

#include <QList>
#include <QStaticText>
#include <QStringList>

namespace archboard {

// A component as a rounded card: kind icon, name, technology line, and
// badges for replicas and zones.
class ComponentItem : public CanvasItem {
public:
    enum { Type = UserType + 1 };

    ComponentItem(CanvasScene& scene, ElementId id);

    int type() const override { return Type; }
    ElementType elementType() const override { return ElementType::Component; }
    void syncFromModel() override;
    QString description() const override;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // Highlighted as the end of a connection being drawn.
    void setConnectTarget(bool target);
    const QString& title() const { return m_name; }
    // The name as the card shows it: one or two lines, the last elided when
    // the name needs more room.
    QStringList titleLines() const;
    // The pointer is over the card of an editable design: its connection
    // handles show, and a press on one starts a connection.
    bool showsConnectHandles() const;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    void paintDetailed(QPainter& painter);
    void paintName(QPainter& painter, double lod);
    void paintBadges(QPainter& painter);
    void paintConnectHandles(QPainter& painter);
    void setHovered(bool hovered, const QPointF& local);
    QRectF findingBadgeRect(int count) const;

    ComponentKind m_kind = ComponentKind::Service;
    QString m_name;
    QString m_kindName;
    // Laid out once per change, not on every paint.
    QList<QStaticText> m_titleLines; // elided to the card
    QStaticText m_techLine;
    QStringList m_farLines; // the name zoomed out, in a font of m_farPixelSize
    int m_farPixelSize = 0;
    QStringList m_badges;
    bool m_connectTarget = false;
    bool m_hovered = false;
    int m_activeHandle = -1; // the handle under the pointer, if any
};

} // namespace archboard
