#pragma once

#include "canvasitem.h"

namespace archboard {

// A sticky note with its text wrapped to a fixed width.
class NoteItem : public CanvasItem {
public:
    enum { Type = UserType + 4 };
    static constexpr double kWidth = 180;

    NoteItem(CanvasScene& scene, ElementId id);

    int type() const override { return Type; }
    ElementType elementType() const override { return ElementType::Note; }
    void syncFromModel() override;
    QString description() const override;
    const QString& text() const { return m_text; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString m_text;
    QRectF m_body;
};

} // namespace archboard
