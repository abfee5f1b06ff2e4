#include "freespot.h"

#include "model/layout/flowlayout.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace archboard {

namespace {

constexpr double kMargin = 24; // clear of neighbours' borders and arrowheads
constexpr int kRings = 12;     // how far out to look before giving up

struct Box {
    Position centre;
    double w = 0;
    double h = 0;
};

bool overlaps(const Box& a, const Box& b) {
    return std::abs(a.centre.x - b.centre.x) < (a.w + b.w) / 2 + kMargin &&
           std::abs(a.centre.y - b.centre.y) < (a.h + b.h) / 2 + kMargin;
}

} // namespace

Position freeSpotNear(const Design& design, Position anchor, std::span<const Position> taken) {
    const LayoutSizes sizes;
    std::vector<Box> boxes;
    boxes.reserve(design.components().size() + design.notes().size() + taken.size());
    for (const Component& c : design.components())
        boxes.push_back({c.position, sizes.cardWidth, sizes.cardHeight});
    for (const Note& n : design.notes())
        boxes.push_back({n.position, sizes.noteWidth, sizes.noteHeight});
    for (const Position& p : taken)
        boxes.push_back({p, sizes.cardWidth, sizes.cardHeight});
    const double stepX = sizes.cardWidth + sizes.rankGap;
    const double stepY = sizes.cardHeight + sizes.nodeGap + kMargin;
    const auto isFree = [&](Position p) {
        const Box box{p, sizes.cardWidth, sizes.cardHeight};
        return std::none_of(boxes.begin(), boxes.end(),
                            [&](const Box& other) { return overlaps(box, other); });
    };
    if (isFree(anchor))
        return anchor;
    // Ring by ring, the four sides first, then the corners and in between.
    constexpr std::array<std::array<int, 2>, 4> sides{{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}};
    for (int ring = 1; ring <= kRings; ++ring) {
        for (const auto& [dx, dy] : sides) {
            const Position p{anchor.x + dx * ring * stepX, anchor.y + dy * ring * stepY};
            if (isFree(p))
                return p;
        }
        Position best{};
        double bestDistance = std::numeric_limits<double>::max();
        for (int dx = -ring; dx <= ring; ++dx)
            for (int dy = -ring; dy <= ring; ++dy) {
                if (std::max(std::abs(dx), std::abs(dy)) != ring)
                    continue;
                const Position p{anchor.x + dx * stepX, anchor.y + dy * stepY};
                const double distance = std::hypot(p.x - anchor.x, p.y - anchor.y);
                if (distance < bestDistance && isFree(p)) {
                    best = p;
                    bestDistance = distance;
                }
            }
        if (bestDistance < std::numeric_limits<double>::max())
            return best;
    }
    return {anchor.x, anchor.y + (kRings + 1) * stepY};
}

Position belowDrawing(const Design& design) {
    const auto& components = design.components();
    if (components.empty())
        return {};
    double left = std::numeric_limits<double>::max();
    double right = std::numeric_limits<double>::lowest();
    double bottom = std::numeric_limits<double>::lowest();
    for (const Component& c : components) {
        left = std::min(left, c.position.x);
        right = std::max(right, c.position.x);
        bottom = std::max(bottom, c.position.y);
    }
    const LayoutSizes sizes;
    return {(left + right) / 2, bottom + sizes.cardHeight + sizes.nodeGap + kMargin};
}

} // namespace archboard
