#include "noteitem.h"

#include "canvasscene.h"
#include "model/design.h"
#include "widgets/stringconvert.h"

#include <QFontMetricsF>
#include <QPainter>

namespace archboard {

namespace {
constexpr double kPadding = 12;
constexpr double kMinHeight = 56;
constexpr double kMaxHeight = 320;
constexpr double kFold = 14;
constexpr int kTextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
} // namespace

NoteItem::NoteItem(CanvasScene& scene, ElementId id)
    : CanvasItem(scene, std::move(id)) {
    setZValue(zorder::kNote);
}

void NoteItem::syncFromModel() {
    const Note* note = canvas().design().note(elementId());
    if (!note)
        return;
    prepareGeometryChange();
    setPos(note->position.x, note->position.y);
    m_text = toQString(note->text);
    const QFontMetricsF metrics(canvas().style().noteFont);
    const QRectF text =
        metrics.boundingRect(QRectF(0, 0, kWidth - 2 * kPadding, kMaxHeight), kTextFlags, m_text);
    const double height = std::clamp(text.height() + 2 * kPadding, kMinHeight, kMaxHeight);
    m_body = QRectF(-kWidth / 2, -height / 2, kWidth, height);
    setToolTip(description());
    update();
}

QString NoteItem::description() const {
    return QObject::tr("Note: %1").arg(m_text);
}

QRectF NoteItem::boundingRect() const {
    return m_body.adjusted(-3, -3, 3, 5);
}

void NoteItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const CanvasStyle& style = canvas().style();
    QPolygonF outline;
    outline << m_body.topLeft() << m_body.topRight() << m_body.bottomRight() - QPointF(0, kFold)
            << m_body.bottomRight() - QPointF(kFold, 0) << m_body.bottomLeft();
    painter->setPen(Qt::NoPen);
    painter->setBrush(style.cardShadow);
    painter->drawPolygon(outline.translated(0, 2));
    painter->setPen(
        QPen(isSelected() ? style.selection : style.noteBorder, isSelected() ? 2.5 : 1));
    painter->setBrush(style.noteFill);
    painter->drawPolygon(outline);
    painter->setBrush(style.noteBorder);
    painter->drawPolygon(QPolygonF{m_body.bottomRight() - QPointF(0, kFold),
                                   m_body.bottomRight() - QPointF(kFold, kFold),
                                   m_body.bottomRight() - QPointF(kFold, 0)});
    painter->setPen(style.noteText);
    painter->setFont(style.noteFont);
    painter->drawText(m_body.adjusted(kPadding, kPadding, -kPadding, -kPadding), kTextFlags,
                      m_text);
}

} // namespace archboard
