#pragma once

#include <QColor>
#include <QPointF>
#include <QRectF>

class QPainter;

namespace archboard {

// The canvas's grid: its spacing, whether its dots are drawn and whether
// moved and added elements land on it. A user preference (Edit ▸
// Preferences ▸ Canvas); the scene draws and snaps by whatever it is given.
struct CanvasGrid {
    static constexpr double kDefaultSize = 20; // scene units (pixels at 100 %)
    static constexpr double kMinSize = 5;
    static constexpr double kMaxSize = 100;

    double size = kDefaultSize;
    bool visible = true;
    bool snap = true;

    // `point` on the nearest grid point, or as it is when snapping is off.
    QPointF snapped(const QPointF& point) const;
    // Draws the dots that fall in `rect` (scene coordinates); nothing when
    // hidden, or when they would be too many to tell apart.
    void paint(QPainter& painter, const QRectF& rect, const QColor& dot) const;

    bool operator==(const CanvasGrid&) const = default;
};

} // namespace archboard
