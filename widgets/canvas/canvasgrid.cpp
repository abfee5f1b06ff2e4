#include "canvasgrid.h"

#include <algorithm>
#include <cmath>
#include <QPainter>
#include <QPen>
#include <QPolygonF>

namespace archboard {

namespace {

// Dots closer than this on screen are a grey haze, not a grid.
constexpr double kMinDotSpacing = 9; // device pixels
constexpr qsizetype kMaxGridDots = 40'000;

double clampedSize(double size) {
    return std::clamp(size, CanvasGrid::kMinSize, CanvasGrid::kMaxSize);
}

} // namespace

QPointF CanvasGrid::snapped(const QPointF& point) const {
    if (!snap)
        return point;
    const double step = clampedSize(size);
    return {std::round(point.x() / step) * step, std::round(point.y() / step) * step};
}

void CanvasGrid::paint(QPainter& painter, const QRectF& rect, const QColor& dot) const {
    const double step = clampedSize(size);
    const double zoom = painter.worldTransform().m11();
    if (!visible || zoom * step < kMinDotSpacing)
        return;
    const double left = std::floor(rect.left() / step) * step;
    const double top = std::floor(rect.top() / step) * step;
    const auto columns = static_cast<qsizetype>(rect.width() / step) + 2;
    const auto rows = static_cast<qsizetype>(rect.height() / step) + 2;
    if (columns * rows > kMaxGridDots)
        return;
    QPolygonF dots;
    dots.reserve(columns * rows);
    for (qsizetype r = 0; r < rows; ++r)
        for (qsizetype c = 0; c < columns; ++c)
            dots.append(
                QPointF(left + static_cast<double>(c) * step, top + static_cast<double>(r) * step));
    QPen pen(dot, 2);
    pen.setCosmetic(true);
    painter.save();
    painter.setPen(pen);
    // Two-pixel dots look the same without antialiasing and cost far less.
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.drawPoints(dots);
    painter.restore();
}

} // namespace archboard
