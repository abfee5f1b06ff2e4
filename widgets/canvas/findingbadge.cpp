#include "findingbadge.h"

#include "canvasstyle.h"
#include "findingmarks.h"

#include <algorithm>
#include <QFontMetricsF>
#include <QPainter>

namespace archboard::findingbadge {

namespace {

QString countText(int count) {
    return count > 99 ? QStringLiteral("99+") : QString::number(count);
}

} // namespace

QRectF rect(const QPointF& centre, int count, const CanvasStyle& style) {
    const double text = QFontMetricsF(style.findingFont).horizontalAdvance(countText(count));
    const double width = std::max(kHeight, text + 10);
    return {centre.x() - width / 2, centre.y() - kHeight / 2, width, kHeight};
}

void paint(QPainter& painter, const QRectF& rect, const FindingMark& mark,
           const CanvasStyle& style) {
    const auto severity = static_cast<std::size_t>(mark.worst);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    // A ring in the background colour keeps it apart from borders and lines.
    painter.setPen(QPen(style.background, 1.5));
    painter.setBrush(style.findingFill[severity]);
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    painter.setPen(style.findingText[severity]);
    painter.setFont(style.findingFont);
    painter.drawText(rect, Qt::AlignCenter, countText(mark.count));
    painter.restore();
}

} // namespace archboard::findingbadge
