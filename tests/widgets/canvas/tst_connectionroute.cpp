// Orthogonal routes between cards: they start and end on the cards'
// borders, turn only at right angles, never pass through a card, a badge or
// a label, and never run along another route.
#include "routechecks.h"
#include "widgets/canvas/cardgeometry.h"
#include "widgets/canvas/connectionrouter.h"

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

// A router over cards at the given centres (ids "c0", "c1", …), optionally
// with badges, and what it drew, in the form the checks read.
class Board {
public:
    QString add(const QPointF& centre, bool badges = false) {
        const QString id = QStringLiteral("c%1").arg(m_cards.size());
        const Position p{centre.x(), centre.y()};
        const QRectF body = cardSceneRect(p);
        const QRectF zone = badges ? cardBadgeZone(p) : QRectF();
        router.setCard(id.toStdString(), body, zone);
        m_cards.push_back({id, badges ? body.united(zone) : body});
        return id;
    }
    const ConnectionRoute& connect(const QString& from, const QString& to,
                                   const QSizeF& label = {}) {
        const QString id = QStringLiteral("r%1").arg(m_next++);
        const ConnectionRoute& r =
            router.route(id.toStdString(), from.toStdString(), to.toStdString(), label);
        m_routes.push_back({id, from, to, r.points, r.label});
        return r;
    }
    QStringList problems() const { return routechecks::problems(m_cards, m_routes); }

    ConnectionRouter router;

private:
    std::vector<routechecks::Card> m_cards;
    std::vector<routechecks::Route> m_routes;
    int m_next = 0;
};

} // namespace

class tst_ConnectionRoute : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void routesAroundBothCards_data();
    void routesAroundBothCards();
    void fanOutSpreadsEnds();
    void goesAroundCardsInBetween();
    void fanOutRunsApart();
    void keepsClearOfBadgesAndLabels();
    void manyConnectionsBetweenNeighbours();
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
    Board board;
    const QString a = board.add(from);
    const QString b = board.add(to);
    const QRectF ra = cardSceneRect({from.x(), from.y()});
    const QRectF rb = cardSceneRect({to.x(), to.y()});
    const QPolygonF route = board.connect(a, b).points;
    QVERIFY(route.size() >= 2);
    QVERIFY2(onBorder(ra, route.first()), "starts on the source card's border");
    QVERIFY2(onBorder(rb, route.last()), "ends on the target card's border");
    for (qsizetype i = 1; i < route.size(); ++i) {
        const QPointF p = route[i - 1];
        const QPointF q = route[i];
        QVERIFY2(qFuzzyCompare(p.x() + 1, q.x() + 1) || qFuzzyCompare(p.y() + 1, q.y() + 1),
                 "segments are horizontal or vertical");
        if (!QTest::currentDataTag() || QByteArray(QTest::currentDataTag()) != "overlapping") {
            QVERIFY2(!crosses(ra, p, q),
                     qPrintable(QStringLiteral("segment %1 crosses the source").arg(i)));
            QVERIFY2(!crosses(rb, p, q),
                     qPrintable(QStringLiteral("segment %1 crosses the target").arg(i)));
        }
    }
}

void tst_ConnectionRoute::fanOutSpreadsEnds() {
    // Three targets below one card: three different exit points.
    Board board;
    const QString source = board.add({400, 0});
    QSet<double> exits;
    for (const double x : {0.0, 400.0, 800.0})
        exits.insert(board.connect(source, board.add({x, 200})).points.first().x());
    QCOMPARE(exits.size(), 3);
}

void tst_ConnectionRoute::goesAroundCardsInBetween() {
    // Users, DNS and the load balancer in a row: Users → LB must not pass
    // behind DNS, or the picture would show a call through it.
    Board board;
    const QString users = board.add({0, 0});
    const QString dns = board.add({240, 0});
    const QString lb = board.add({480, 0}, true);
    board.connect(users, dns);
    board.connect(dns, lb);
    board.connect(users, lb);
    QCOMPARE(board.problems(), QStringList());
}

void tst_ConnectionRoute::fanOutRunsApart() {
    // One service calling four stores below it, and two more services
    // calling the same stores: every run is its own.
    Board board;
    const QString api = board.add({400, 0}, true);
    const QString worker = board.add({0, 0});
    const QString admin = board.add({800, 0}, true);
    QStringList stores;
    for (int i = 0; i < 4; ++i)
        stores << board.add({100.0 + 200 * i, 240}, i % 2 == 0);
    for (const QString& s : stores)
        board.connect(api, s);
    for (const QString& s : stores)
        board.connect(worker, s);
    board.connect(admin, stores[0]);
    board.connect(admin, stores[3]);
    QCOMPARE(board.problems(), QStringList());
}

void tst_ConnectionRoute::keepsClearOfBadgesAndLabels() {
    Board board;
    const QString top = board.add({0, 0});
    const QString bottom = board.add({0, 200}, true);
    const QString side = board.add({300, 100});
    const QRectF badges = cardBadgeZone({0, 200});
    const QPolygonF down = board.connect(top, bottom, QSizeF(80, 18)).points;
    // The arrowhead lands clear of the badges.
    QVERIFY(down.last().x() < badges.left());
    board.connect(side, bottom, QSizeF(60, 18));
    board.connect(side, top, QSizeF(60, 18));
    QCOMPARE(board.problems(), QStringList());
}

void tst_ConnectionRoute::manyConnectionsBetweenNeighbours() {
    // A grid of cards, each connected to its right and lower neighbours and
    // diagonally: dense, but nothing is drawn through anything.
    Board board;
    QString ids[4][4];
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 4; ++c)
            ids[r][c] = board.add({c * 260.0, r * 160.0}, (r + c) % 3 == 0);
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 4; ++c) {
            if (c + 1 < 4)
                board.connect(ids[r][c], ids[r][c + 1], QSizeF(40, 16));
            if (r + 1 < 4)
                board.connect(ids[r][c], ids[r + 1][c]);
            if (r + 1 < 4 && c + 2 < 4)
                board.connect(ids[r][c], ids[r + 1][c + 2]);
        }
    QCOMPARE(board.problems(), QStringList());
}

QTEST_APPLESS_MAIN(tst_ConnectionRoute)
#include "tst_connectionroute.moc"
