// Every route of every example and fixture design, as the canvas draws it,
// against every card: none passes through or behind a card other than its
// two ends, through a badge or another connection's label, and no two run
// along one line. Dragging a card keeps all of that and re-routes only the
// connections it disturbs.
#include "model/design.h"
#include "model/source/designsource.h"
#include "routechecks.h"
#include "widgets/canvas/canvasedits.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/cardgeometry.h"
#include "widgets/canvas/connectionitem.h"
#include "widgets/canvas/rectindex.h"
#include "widgets/commands/designcommand.h"
#include "widgets/document/designdocument.h"
#include "widgets/stringconvert.h"

#include <QDirIterator>
#include <QtTest>

using namespace archboard;

namespace {

QStringList designFiles() {
    QStringList files;
    const QString fixtures = QStringLiteral(ARCHBOARD_FIXTURES);
    for (const QString& dir :
         {fixtures + QStringLiteral("/../../resources/examples"),
          fixtures + QStringLiteral("/cases"), fixtures + QStringLiteral("/layered")}) {
        QDirIterator it(dir, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.endsWith(QStringLiteral(".expected.json")))
                files << path;
        }
    }
    files.sort();
    return files;
}

std::vector<routechecks::Card> cardsOf(const Design& design) {
    std::vector<routechecks::Card> cards;
    for (const Component& c : design.components()) {
        QRectF outline = cardSceneRect(c.position);
        if (c.replicas > 1 || c.zones > 1)
            outline |= cardBadgeZone(c.position);
        cards.push_back({toQString(c.id), outline});
    }
    return cards;
}

std::vector<routechecks::Route> routesOf(const CanvasScene& scene) {
    std::vector<routechecks::Route> routes;
    for (const Connection& c : scene.design().connections()) {
        const auto* item = dynamic_cast<const ConnectionItem*>(scene.itemFor(c.id));
        if (item)
            routes.push_back({toQString(c.id), toQString(c.from), toQString(c.to), item->route(),
                              item->labelRect()});
    }
    return routes;
}

} // namespace

class tst_RoutesOnDesigns : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nothingDrawnThroughAnything_data();
    void nothingDrawnThroughAnything();
    void draggingKeepsRoutesClearAndLocal();
};

void tst_RoutesOnDesigns::nothingDrawnThroughAnything_data() {
    QTest::addColumn<QString>("path");
    const QStringList files = designFiles();
    QVERIFY(files.size() >= 20);
    for (const QString& path : files)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void tst_RoutesOnDesigns::nothingDrawnThroughAnything() {
    QFETCH(QString, path);
    LoadResult loaded = source::readDesignFile(path.toStdString());
    QVERIFY2(loaded.ok(), qPrintable(path));
    const Design design(std::move(*loaded.design));
    const CanvasScene scene(design, CanvasStyle::light());
    const auto routes = routesOf(scene);
    QCOMPARE(routes.size(), design.connections().size());
    for (const auto& r : routes)
        QVERIFY2(r.points.size() >= 2, qPrintable(r.id));
    const QStringList problems = routechecks::problems(cardsOf(design), routes);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_RoutesOnDesigns::draggingKeepsRoutesClearAndLocal() {
    DesignDocument document;
    QVERIFY(document.load(
        QStringLiteral(ARCHBOARD_FIXTURES "/cases/checkout-flash-sale.archboard.json")));
    CanvasScene scene(&document);
    const Design& design = document.design();
    const int mergeKey = DesignCommand::newMergeKey();
    // The orchestrator, with the most connections, across its row and back.
    const ElementId id = design.components()[3].id;
    scene.selectIds(std::span(&id, 1));
    const std::size_t total = design.connections().size();
    for (int step = 0; step < 12; ++step) {
        const auto before = routesOf(scene);
        const QRectF oldCard = cardsOf(design)[3].outline;
        scene.resetStats();
        moveSelection(scene, QPointF(step < 6 ? 40 : -40, step % 3 == 0 ? 20 : 0), mergeKey);
        const QRectF newCard = cardsOf(design)[3].outline;
        const auto after = routesOf(scene);
        const QStringList problems = routechecks::problems(cardsOf(design), after);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // A route that changed is the card's own or passed by where it was
        // or now is.
        QVERIFY(scene.stats().connectionsRerouted < static_cast<qint64>(total));
        const double m = route::kMargin;
        for (std::size_t i = 0; i < after.size(); ++i) {
            if (after[i].points == before[i].points)
                continue;
            const bool own = after[i].from == toQString(id) || after[i].to == toQString(id);
            bool near = false;
            for (qsizetype k = 0; k + 1 < before[i].points.size(); ++k) {
                const QRectF segment =
                    QRectF(before[i].points[k], before[i].points[k + 1]).normalized();
                for (const QRectF& card : {oldCard, newCard})
                    near = near || RectIndex::meets(segment, card.adjusted(-m, -m, m, m));
            }
            near = near || before[i].label.intersects(newCard.adjusted(-m, -m, m, m));
            QVERIFY2(own || near, qPrintable(after[i].id + QStringLiteral(" moved for nothing")));
        }
    }
}

QTEST_MAIN(tst_RoutesOnDesigns)
#include "tst_routesondesigns.moc"
