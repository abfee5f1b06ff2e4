#pragma once

#include <cstdint>
#include <QRectF>
#include <unordered_map>
#include <vector>

namespace archboard {

// Rectangles by key, bucketed in a uniform grid: which of them meet an area
// costs time in proportion to the area, not to how many there are. Zero
// width or height is fine (route segments are stored as such rectangles).
class RectIndex {
public:
    explicit RectIndex(double cellSize = 256)
        : m_cell(cellSize) {}

    void insert(std::uint64_t key, const QRectF& rect);
    void remove(std::uint64_t key);
    void clear();
    const QRectF* find(std::uint64_t key) const;
    // Keys whose rectangle meets `area`, edges included, each once, ascending.
    std::vector<std::uint64_t> query(const QRectF& area) const;

    // Closed-interval overlap: unlike QRectF::intersects, true for lines.
    static bool meets(const QRectF& a, const QRectF& b);

private:
    struct Span {
        int x0, y0, x1, y1;
    };
    Span spanOf(const QRectF& rect) const;
    static std::uint64_t cellKey(int x, int y);

    // A cell holds its rectangles beside their keys: a query reads each
    // cell's entries in one sweep, without looking keys up.
    struct Entry {
        std::uint64_t key;
        QRectF rect;
    };

    double m_cell;
    std::unordered_map<std::uint64_t, std::vector<Entry>> m_cells;
    std::unordered_map<std::uint64_t, QRectF> m_rects;
};

} // namespace archboard
