#pragma once

#include "canvasitem.h"

namespace archboard {

// A region, zone or boundary: a labelled translucent container. It is
// picked by its header and frame, so a press inside it can still start a
// rubber band; a selected group shows a resize handle at its bottom right.
class GroupItem : public CanvasItem {
public:
    enum { Type = UserType + 3 };
    static constexpr double kHeaderHeight = 28;
    static constexpr double kHandleSize = 12;

    GroupItem(CanvasScene& scene, ElementId id);

    int type() const override { return Type; }
    ElementType elementType() const override { return ElementType::Group; }
    void syncFromModel() override;
    QString description() const override;

    // The handle, in item coordinates.
    QRectF resizeHandle() const;
    const QString& title() const { return m_name; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    QRectF findingBadgeRect(int count) const;

private:
    GroupKind m_kind = GroupKind::Boundary;
    QString m_name;
    QString m_header;
    QSizeF m_size;
};

} // namespace archboard
