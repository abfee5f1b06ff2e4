#pragma once

// Checks of drawn routes shared by the routing suites: what a route may not
// touch, and which pairs of routes run along one line.

#include "widgets/canvas/connectionroute.h"

#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <vector>

namespace routechecks {

struct Card {
    QString id;
    QRectF outline; // body and badges
};

struct Route {
    QString id, from, to;
    QPolygonF points;
    QRectF label;
};

// Every problem found, one line each: a segment entering a card that is not
// one of its ends (or a badge or the middle of its own ends), another
// route's label, or running along another route; a turn that is not a right
// angle.
inline QStringList problems(const std::vector<Card>& cards, const std::vector<Route>& routes) {
    using namespace archboard;
    QStringList out;
    for (const Route& r : routes) {
        const qsizetype last = r.points.size() - 2;
        for (qsizetype i = 0; i <= last; ++i) {
            const QPointF a = r.points[i];
            const QPointF b = r.points[i + 1];
            if (std::abs(a.x() - b.x()) > 0.01 && std::abs(a.y() - b.y()) > 0.01)
                out << QStringLiteral("%1: segment %2 is not orthogonal").arg(r.id).arg(i);
            for (const Card& c : cards) {
                const bool end = c.id == r.from || c.id == r.to;
                // Its first and last segments leave and enter its own ends.
                if (end && (i == 0 || i == last) &&
                    (c.outline.contains(a) || c.outline.contains(b)))
                    continue;
                if (segmentEntersRect(a, b, c.outline))
                    out << QStringLiteral("%1: segment %2 passes through card %3")
                               .arg(r.id)
                               .arg(i)
                               .arg(c.id);
            }
            for (const Route& other : routes) {
                if (other.id == r.id)
                    continue;
                if (!other.label.isEmpty() && segmentEntersRect(a, b, other.label))
                    out << QStringLiteral("%1: segment %2 passes through the label of %3")
                               .arg(r.id)
                               .arg(i)
                               .arg(other.id);
                if (other.id < r.id)
                    continue;
                for (qsizetype j = 0; j + 1 < other.points.size(); ++j)
                    if (segmentsRunTogether(QLineF(a, b),
                                            QLineF(other.points[j], other.points[j + 1])))
                        out << QStringLiteral("%1 and %2 share a run (segments %3 and %4)")
                                   .arg(r.id, other.id)
                                   .arg(i)
                                   .arg(j);
            }
        }
        for (const Card& c : cards)
            if (!r.label.isEmpty() && r.label.intersects(c.outline))
                out << QStringLiteral("%1: its label covers card %2").arg(r.id, c.id);
    }
    return out;
}

} // namespace routechecks
