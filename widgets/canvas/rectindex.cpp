#include "rectindex.h"

#include <algorithm>
#include <cmath>

namespace archboard {

bool RectIndex::meets(const QRectF& a, const QRectF& b) {
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom() &&
           b.top() <= a.bottom();
}

RectIndex::Span RectIndex::spanOf(const QRectF& rect) const {
    const QRectF r = rect.normalized();
    return {static_cast<int>(std::floor(r.left() / m_cell)),
            static_cast<int>(std::floor(r.top() / m_cell)),
            static_cast<int>(std::floor(r.right() / m_cell)),
            static_cast<int>(std::floor(r.bottom() / m_cell))};
}

std::uint64_t RectIndex::cellKey(int x, int y) {
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(x)) << 32) |
           static_cast<std::uint32_t>(y);
}

void RectIndex::insert(std::uint64_t key, const QRectF& rect) {
    remove(key);
    const QRectF r = rect.normalized();
    m_rects.emplace(key, r);
    const Span s = spanOf(r);
    for (int x = s.x0; x <= s.x1; ++x)
        for (int y = s.y0; y <= s.y1; ++y)
            m_cells[cellKey(x, y)].push_back({key, r});
}

void RectIndex::remove(std::uint64_t key) {
    const auto it = m_rects.find(key);
    if (it == m_rects.end())
        return;
    const Span s = spanOf(it->second);
    for (int x = s.x0; x <= s.x1; ++x)
        for (int y = s.y0; y <= s.y1; ++y) {
            const auto cell = m_cells.find(cellKey(x, y));
            if (cell == m_cells.end())
                continue;
            std::erase_if(cell->second, [key](const Entry& e) { return e.key == key; });
            if (cell->second.empty())
                m_cells.erase(cell);
        }
    m_rects.erase(it);
}

void RectIndex::clear() {
    m_cells.clear();
    m_rects.clear();
}

const QRectF* RectIndex::find(std::uint64_t key) const {
    const auto it = m_rects.find(key);
    return it == m_rects.end() ? nullptr : &it->second;
}

std::vector<std::uint64_t> RectIndex::query(const QRectF& area) const {
    std::vector<std::uint64_t> keys;
    const QRectF a = area.normalized();
    const Span s = spanOf(a);
    for (int x = s.x0; x <= s.x1; ++x)
        for (int y = s.y0; y <= s.y1; ++y) {
            const auto cell = m_cells.find(cellKey(x, y));
            if (cell == m_cells.end())
                continue;
            for (const Entry& e : cell->second)
                if (meets(e.rect, a))
                    keys.push_back(e.key);
        }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

} // namespace archboard
