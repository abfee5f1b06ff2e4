// The canvas on large layered designs (N components, 2N connections): open
// and first paint, repaints after pan and zoom with everything in view and
// at 100 %, what one card's drag touches (re-routing its connections and
// those passing where it was or now is), and memory. Prints one line per
// figure; docs/benchmarks.md records them.
#include "layereddesign.h"
#include "model/json/designjson.h"
#include "model/source/savedesign.h"
#include "widgets/canvas/canvasedits.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/connectionitem.h"
#include "widgets/commands/designcommand.h"
#include "widgets/document/designdocument.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace archboard;

namespace {

constexpr QSize kViewport(1280, 800);

double residentMiB() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    return 0;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// Counts the view's paints, so that each frame is known to paint exactly once.
class PaintCounter : public QObject {
public:
    int paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// One frame, as the app gets it: a change (a pan, a zoom, a drag step), then
// the event loop, which runs what the change left for it (the scene
// re-indexes items whose geometry or flags changed) and repaints the whole
// view once. Painting without the event loop would leave the index stale,
// and every later paint would scan what it holds back.
double frameMs(CanvasView& view, const std::function<void()>& change) {
    QElapsedTimer timer;
    timer.start();
    change();
    view.viewport()->update();
    QCoreApplication::processEvents();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

class bench_Canvas : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void canvas_data();
    void canvas();
};

void bench_Canvas::canvas_data() {
    QTest::addColumn<int>("components");
    const bool quick = qEnvironmentVariableIsSet("ARCHBOARD_BENCH_QUICK");
    for (const int n : {1'000, 5'000, 10'000})
        if (!quick || n <= 1'000)
            QTest::newRow(qPrintable(QString::number(n))) << n;
}

void bench_Canvas::canvas() {
    QFETCH(int, components);
    const int frames = qEnvironmentVariableIsSet("ARCHBOARD_BENCH_QUICK") ? 5 : 41;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("layered.archboard.json"));
    QVERIFY(saveDesignFile(bench::layeredDesign(static_cast<std::size_t>(components)),
                           path.toStdString())
                .empty());
    const double rssBefore = residentMiB();

    // Open and first paint: read, build every item, fit, paint once.
    DesignDocument document;
    CanvasScene scene(&document);
    CanvasView view(&scene);
    view.resize(kViewport);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.show();
    QCoreApplication::processEvents();
    PaintCounter counter;
    view.viewport()->installEventFilter(&counter);
    const double openMs = frameMs(view, [&] {
        QVERIFY(document.load(path));
        view.zoomToFit();
    });
    QVERIFY(counter.paints > 0);
    // A large design's routes come in after the first paint, a slice per
    // turn of the event loop, while the window takes input: how long each
    // turn takes is how long input waits at most.
    QElapsedTimer routing;
    routing.start();
    int slices = 0;
    std::vector<double> sliceFrames;
    while (scene.hasPendingRoutes()) {
        QElapsedTimer turn;
        turn.start();
        QCoreApplication::processEvents();
        sliceFrames.push_back(static_cast<double>(turn.nsecsElapsed()) / 1e6);
        ++slices;
    }
    const double routedMs = openMs + static_cast<double>(routing.nsecsElapsed()) / 1e6;
    QVERIFY(components <= 200 || slices > 0);
    for (const Connection& c : document.design().connections())
        QVERIFY(!dynamic_cast<ConnectionItem*>(scene.itemFor(c.id))->route().isEmpty());
    const double rssAfter = residentMiB();

    // Everything in view: pan a little, zoom a little, a frame each time.
    const auto pan = [&view](int by) {
        return [&view, by] {
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + by);
        };
    };
    std::vector<double> fitPan, fitZoom, fullPan, fullZoom;
    int paints = counter.paints;
    for (int i = 0; i < frames; ++i) {
        fitPan.push_back(frameMs(view, pan(i % 2 ? 12 : -12)));
        fitZoom.push_back(
            frameMs(view, [&] { view.setZoom(view.zoom() * (i % 2 ? 1.05 : 1 / 1.05)); }));
    }
    QCOMPARE(counter.paints - paints, 2 * frames);
    const double fitScale = view.zoom();
    // At 100 %, in the middle of the design. The first frame there crosses
    // the zoom below which the scene draws connections itself, and every
    // connection item changes how it paints.
    const double crossingMs = frameMs(view, [&] {
        view.resetZoom();
        view.centerOn(scene.contentRect().center());
    });
    paints = counter.paints;
    for (int i = 0; i < frames; ++i) {
        fullPan.push_back(frameMs(view, pan(i % 2 ? 40 : -40)));
        fullZoom.push_back(frameMs(view, [&] { view.setZoom(i % 2 ? 1.0 : 1.1); }));
    }
    QCOMPARE(counter.paints - paints, 2 * frames);

    // Drag one card across 20 steps: what each step touches, and its cost.
    view.resetZoom();
    const Component& card =
        document.design().components()[document.design().components().size() / 2];
    const ElementId id = card.id;
    const std::size_t degree = document.design().connectionsOf(id, Direction::Outgoing).size() +
                               document.design().connectionsOf(id, Direction::Incoming).size();
    scene.selectIds(std::span(&id, 1));
    view.centerOn(card.position.x, card.position.y);
    scene.resetStats();
    const int drag = DesignCommand::newMergeKey();
    std::vector<double> steps;
    constexpr int kSteps = 20;
    for (int i = 1; i <= kSteps; ++i) {
        steps.push_back(
            frameMs(view, [&] { moveSelection(scene, QPointF(CanvasScene::kGridSize, 0), drag); }));
    }
    QCOMPARE(scene.stats().itemsSynced, kSteps);
    // Its own connections, and the few whose routes pass where it was or
    // now is: never a whole-design re-route.
    QVERIFY(scene.stats().connectionsRerouted >= static_cast<qint64>(kSteps * degree));
    QVERIFY(scene.stats().connectionsRerouted <
            static_cast<qint64>(kSteps * document.design().connections().size() / 10));
    QCOMPARE(document.undoStack()->count(), 1);

    qInfo("components=%d open+first-paint=%.0f ms, all routed %.0f ms (%d turns of the event "
          "loop, median %.1f ms) | fit: pan %.1f ms, zoom %.1f ms (median, "
          "zoom %.0f %%) | 100%%: pan %.1f ms, zoom %.1f ms (first frame there %.1f ms) | drag "
          "step %.2f ms (slowest %.2f ms), per step "
          "%lld item + %.1f connections re-routed (%zu its own) | memory %.0f MiB (+%.0f for the "
          "design and canvas)",
          components, openMs, routedMs, slices, median(sliceFrames), median(fitPan),
          median(fitZoom), 100 * fitScale, median(fullPan), median(fullZoom), crossingMs,
          median(steps), *std::max_element(steps.begin(), steps.end()),
          scene.stats().itemsSynced / kSteps,
          static_cast<double>(scene.stats().connectionsRerouted) / kSteps, degree, rssAfter,
          rssAfter - rssBefore);
}

QTEST_MAIN(bench_Canvas)
#include "bench_canvas.moc"
