#pragma once

#include "model/geometry.h"

#include <array>
#include <QRectF>

namespace archboard {

// The fixed layout of a component card, in item coordinates (origin at the
// card's centre, the component's position). Plain values that tests can
// check without a window.
namespace card {
inline constexpr double kWidth = 176;
inline constexpr double kHeight = 76;
inline constexpr double kRadius = 10;
inline constexpr double kIconSize = 30;
inline constexpr double kPadding = 10;
// A press this close inside the border starts a connection, not a move.
inline constexpr double kConnectZone = 9;
// Badges sit on the top edge and stick out above it by this much.
inline constexpr double kBadgeHeight = 16;
// Badges are right-aligned on the top edge within this width (the widest
// pair, "×12" and "12 AZ", fits); routes keep out of it.
inline constexpr double kBadgeZoneWidth = 92;
// The connection handles shown on hover: a dot on the middle of each side,
// and how far from its centre a press still takes it.
inline constexpr double kHandleRadius = 4.5;
inline constexpr double kHandleHitRadius = 9;
} // namespace card

struct CardGeometry {
    QRectF body;      // the card itself
    QRectF bounds;    // body plus badges, shadow and selection outline
    QRectF iconFrame; // the tinted square behind the icon
    QRectF icon;
    QRectF text; // title and technology, stacked

    static const CardGeometry& standard();
};

// The card of a component at `centre`, in scene coordinates.
QRectF cardSceneRect(const Position& centre);
// Where the badges of a card at `centre` may sit, in scene coordinates: on
// its top edge, sticking out above it.
QRectF cardBadgeZone(const Position& centre);
// True when `local` (item coordinates) is on the card but close to its border.
bool inConnectZone(const QPointF& local);
// The centres of the connection handles (top, right, bottom, left), in item
// coordinates.
std::array<QPointF, 4> connectHandleCentres();
// True when `local` (item coordinates) is on one of the connection handles.
bool onConnectHandle(const QPointF& local);

} // namespace archboard
