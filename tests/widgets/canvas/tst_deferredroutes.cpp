// A large design opens at once and its connections are routed afterwards, a
// slice per turn of the event loop, those in view first; edits meanwhile,
// exports and screenshots see every route.
#include "bench/layereddesign.h"
#include "model/source/savedesign.h"
#include "widgets/canvas/canvasedits.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/cardgeometry.h"
#include "widgets/canvas/connectionitem.h"
#include "widgets/commands/designcommand.h"
#include "widgets/document/designdocument.h"

#include <algorithm>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace archboard;

namespace {

// Above CanvasScene::kRoutedAtOnce connections (twice as many as components).
constexpr std::size_t kComponents = 600;

const ConnectionItem* connectionItem(const CanvasScene& scene, const ElementId& id) {
    return dynamic_cast<const ConnectionItem*>(scene.itemFor(id));
}

int unrouted(const CanvasScene& scene) {
    int count = 0;
    for (const Connection& c : scene.design().connections())
        count += connectionItem(scene, c.id)->route().isEmpty() ? 1 : 0;
    return count;
}

struct OpenDesign {
    QTemporaryDir dir;
    DesignDocument document;
    CanvasScene scene{&document};
    CanvasView view{&scene};

    OpenDesign() {
        const QString path = dir.filePath(QStringLiteral("large.archboard.json"));
        QVERIFY(saveDesignFile(bench::layeredDesign(kComponents), path.toStdString()).empty());
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(document.load(path));
        QVERIFY(document.design().connections().size() > CanvasScene::kRoutedAtOnce);
    }
};

} // namespace

class tst_DeferredRoutes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void opensFirstAndRoutesAfter() {
        OpenDesign open;
        CanvasScene& scene = open.scene;
        // Opened with no route yet: every connection waits for the event loop.
        QVERIFY(scene.hasPendingRoutes());
        QCOMPARE(unrouted(scene), int(open.document.design().connections().size()));
        QSignalSpy settled(&scene, &CanvasScene::routesSettled);
        QTRY_VERIFY(!scene.hasPendingRoutes());
        QCOMPARE(settled.count(), 1);
        QCOMPARE(unrouted(scene), 0);
    }

    void routesInViewComeFirst() {
        OpenDesign open;
        CanvasScene& scene = open.scene;
        CanvasView& view = open.view;
        // At 100 % on one corner of the design, far from the first components.
        view.resetZoom();
        const Component& last = open.document.design().components().back();
        view.centerOn(last.position.x, last.position.y);
        const QRectF shown = view.mapToScene(view.viewport()->rect()).boundingRect();
        std::vector<ElementId> inView;
        for (const Connection& c : open.document.design().connections())
            for (const ElementId& end : {c.from, c.to})
                if (cardSceneRect(open.document.design().component(end)->position)
                        .intersects(shown)) {
                    inView.push_back(c.id);
                    break;
                }
        QVERIFY(!inView.empty());
        QVERIFY(inView.size() < 100); // a slice routes them all
        // Turn by turn until those in view have their routes: by then most
        // of the others still wait.
        const auto inViewRouted = [&] {
            return std::all_of(inView.begin(), inView.end(), [&](const ElementId& id) {
                return !connectionItem(scene, id)->route().isEmpty();
            });
        };
        while (!inViewRouted() && scene.hasPendingRoutes())
            QCoreApplication::processEvents();
        QVERIFY(inViewRouted());
        QVERIFY(unrouted(scene) > int(open.document.design().connections().size()) / 2);
    }

    void editsWhileRoutingKeepEveryRouteRight() {
        OpenDesign open;
        CanvasScene& scene = open.scene;
        // Move a card whose connections have no route yet, through the
        // command the canvas uses for a drag.
        const Component card = open.document.design().components()[kComponents / 2];
        const auto before =
            connectionItem(
                scene,
                open.document.design()
                    .connections()
                        [open.document.design().connectionsOf(card.id, Direction::Outgoing).front()]
                    .id)
                ->route();
        QVERIFY(before.isEmpty());
        scene.selectIds(std::span(&card.id, 1));
        moveSelection(scene, QPointF(3 * CanvasScene::kGridSize, 0), DesignCommand::newMergeKey());
        const Connection& moved =
            open.document.design().connections()
                [open.document.design().connectionsOf(card.id, Direction::Outgoing).front()];
        const QPolygonF route = connectionItem(scene, moved.id)->route();
        QVERIFY(!route.isEmpty()); // routed with the move, from where the card is now
        const QRectF body = cardSceneRect(open.document.design().component(card.id)->position);
        QVERIFY(body.adjusted(-1, -1, 1, 1).contains(route.first()));
        // Undo during routing too; then everything settles.
        open.document.undoStack()->undo();
        QTRY_VERIFY(!scene.hasPendingRoutes());
        QCOMPARE(unrouted(scene), 0);
    }

    void finishRoutesRoutesEverythingNow() {
        OpenDesign open;
        QSignalSpy settled(&open.scene, &CanvasScene::routesSettled);
        open.scene.finishRoutes();
        QVERIFY(!open.scene.hasPendingRoutes());
        QCOMPARE(unrouted(open.scene), 0);
        QCOMPARE(settled.count(), 1);
    }

    void exportScenesRouteAtOnce() {
        // A read-only scene (exports) has every route when it is built.
        const DesignData data = bench::layeredDesign(kComponents);
        Design design;
        design.reset(data);
        CanvasScene scene(design, CanvasStyle::light());
        QVERIFY(!scene.hasPendingRoutes());
        QCOMPARE(unrouted(scene), 0);
    }
};

QTEST_MAIN(tst_DeferredRoutes)
#include "tst_deferredroutes.moc"
