// Orthogonal routes between two cards: they start and end on the cards'
// borders, turn only at right angles, and never pass through either card.
#include "widgets/canvas/cardgeometry.h"
#include "widgets/canvas/connectionroute.h"

#include <QtTest>

using namespace archboard;

namespace {

bool onBorder(const QRectF& rect, const QPointF& p) {
    const bool inside = rect.adjusted(-0.01, -0.01, 0.01, 0.01).contains(p);
    const bool strictlyInside = rect.adjusted(0.01, 0.01, -0.01, -0.01).contains(p);
    return inside && !strictlyInside;
}

// True when the segment passes through the rect's interior.
bool crosses(const QRectF& rect, const QPointF& a, const QPointF& b) {
    const QRectF interior = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    constexpr int kSteps = 200;
    for (int i = 1; i < kSteps; ++i)
        if (interior.contains(a + (b - a) * (static_cast<double>(i) / kSteps)))
            return true;
    return false;
}

} // namespace

class tst_ConnectionRoute : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void routesAroundBothCards_data();
    void routesAroundBothCards();
    void fanOutSpreadsEnds();
};

void tst_ConnectionRoute::routesAroundBothCards_data() {
    QTest::addColumn<QPointF>("from");
    QTest::addColumn<QPointF>("to");
    QTest::newRow("right-same-row") << QPointF(0, 0) << QPointF(200, 0);
    QTest::newRow("left-same-row") << QPointF(200, 0) << QPointF(0, 0);
    QTest::newRow("down-same-column") << QPointF(0, 0) << QPointF(0, 160);
    QTest::newRow("up-diagonal") << QPointF(400, 320) << QPointF(0, 0);
    QTest::newRow("down-diagonal-far") << QPointF(0, 0) << QPointF(1000, 480);
    QTest::newRow("slightly-offset-row") << QPointF(0, 0) << QPointF(220, 30);
    QTest::newRow("overlapping") << QPointF(0, 0) << QPointF(40, 20);
    QTest::newRow("touching-column") << QPointF(0, 0) << QPointF(0, 80);
}

void tst_ConnectionRoute::routesAroundBothCards() {
    QFETCH(QPointF, from);
    QFETCH(QPointF, to);
    const QRectF a = cardSceneRect({from.x(), from.y()});
    const QRectF b = cardSceneRect({to.x(), to.y()});
    const ConnectionRoute route = routeConnection(a, b);
    QVERIFY(route.points.size() >= 2);
    QVERIFY2(onBorder(a, route.points.first()), "starts on the source card's border");
    QVERIFY2(onBorder(b, route.points.last()), "ends on the target card's border");
    for (qsizetype i = 1; i < route.points.size(); ++i) {
        const QPointF p = route.points[i - 1];
        const QPointF q = route.points[i];
        QVERIFY2(qFuzzyCompare(p.x() + 1, q.x() + 1) || qFuzzyCompare(p.y() + 1, q.y() + 1),
                 "segments are horizontal or vertical");
        if (!QTest::currentDataTag() || QByteArray(QTest::currentDataTag()) != "overlapping") {
            QVERIFY2(!crosses(a, p, q),
                     qPrintable(QStringLiteral("segment %1 crosses the source").arg(i)));
            QVERIFY2(!crosses(b, p, q),
                     qPrintable(QStringLiteral("segment %1 crosses the target").arg(i)));
        }
    }
}

void tst_ConnectionRoute::fanOutSpreadsEnds() {
    // Three targets below one card: three different exit points.
    const QRectF source = cardSceneRect({400, 0});
    QSet<double> exits;
    for (const double x : {0.0, 400.0, 800.0})
        exits.insert(routeConnection(source, cardSceneRect({x, 200})).points.first().x());
    QCOMPARE(exits.size(), 3);
}

QTEST_APPLESS_MAIN(tst_ConnectionRoute)
#include "tst_connectionroute.moc"
