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

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    void paintDetailed(QPainter& painter);
    void paintName(QPainter& painter, double lod);
    void paintBadges(QPainter& painter);
    QRectF findingBadgeRect(int count) const;

    ComponentKind m_kind = ComponentKind::Service;
    QString m_name;
    QString m_kindName;
    // Laid out once per change, not on every paint.
    QList<QStaticText> m_titleLines; // elided to the card
    QStaticText m_techLine;
    QStringList m_badges;
    bool m_connectTarget = false;
};

} // namespace archboard
