#include "cardgeometry.h"

#include <algorithm>

namespace archboard {

const CardGeometry& CardGeometry::standard() {
    static const CardGeometry geometry = [] {
        CardGeometry g;
        g.body = QRectF(-card::kWidth / 2, -card::kHeight / 2, card::kWidth, card::kHeight);
        g.bounds = g.body.adjusted(-4, -card::kBadgeHeight / 2 - 4, 4, 6);
        const double frame = card::kIconSize + 8;
        g.iconFrame = QRectF(g.body.left() + card::kPadding, -frame / 2, frame, frame);
        g.icon = QRectF(0, 0, card::kIconSize, card::kIconSize);
        g.icon.moveCenter(g.iconFrame.center());
        const double textLeft = g.iconFrame.right() + card::kPadding;
        g.text = QRectF(textLeft, g.body.top() + 8, g.body.right() - card::kPadding - textLeft,
                        card::kHeight - 16);
        return g;
    }();
    return geometry;
}

QRectF cardSceneRect(const Position& centre) {
    return CardGeometry::standard().body.translated(centre.x, centre.y);
}

QRectF cardBadgeZone(const Position& centre) {
    const QRectF body = cardSceneRect(centre);
    return {body.right() - card::kPadding - card::kBadgeZoneWidth,
            body.top() - card::kBadgeHeight / 2, card::kBadgeZoneWidth, card::kBadgeHeight};
}

bool inConnectZone(const QPointF& local) {
    const QRectF body = CardGeometry::standard().body;
    if (!body.contains(local))
        return false;
    return !body.adjusted(card::kConnectZone, card::kConnectZone, -card::kConnectZone,
                          -card::kConnectZone)
                .contains(local);
}

std::array<QPointF, 4> connectHandleCentres() {
    const QRectF body = CardGeometry::standard().body;
    const QPointF c = body.center();
    return {QPointF(c.x(), body.top()), QPointF(body.right(), c.y()), QPointF(c.x(), body.bottom()),
            QPointF(body.left(), c.y())};
}

bool onConnectHandle(const QPointF& local) {
    const auto centres = connectHandleCentres();
    return std::ranges::any_of(centres, [&](const QPointF& centre) {
        const QPointF d = local - centre;
        return QPointF::dotProduct(d, d) <= card::kHandleHitRadius * card::kHandleHitRadius;
    });
}

} // namespace archboard
