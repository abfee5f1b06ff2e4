// The critic on the canvas: badges per element, a finding made current by a
// click selects, centres and highlights its targets, the dock narrows to the
// selection, one cause is one expandable row, and accepted findings lose
// their badge.

#include "critique/critic.h"
#include "findingrows.h"
#include "model/design.h"
#include "support/testsupport.h"
#include "widgets/canvas/canvasitem.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/cardgeometry.h"
#include "widgets/canvas/connectionitem.h"
#include "widgets/canvas/connectionroute.h"
#include "widgets/critique/critiquecanvaslink.h"
#include "widgets/critique/critiquedock.h"
#include "widgets/critique/findingsmodel.h"
#include "widgets/document/designdocument.h"

#include <map>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

using namespace archboard;

namespace {

QString fanOutFile() {
    return QStringLiteral(ARCHBOARD_FIXTURES "/critique/checkout-fanout.archboard.json");
}

// The app's arrangement: canvas and Critique dock side by side, linked.
struct Workbench {
    DesignDocument document;
    QWidget window;
    CanvasScene* scene = nullptr;
    CanvasView* view = nullptr;
    CritiqueDock* dock = nullptr;

    explicit Workbench(const QString& file) {
        QVERIFY(document.load(file));
        scene = new CanvasScene(&document, &window);
        view = new CanvasView(scene, &window);
        dock = new CritiqueDock(&document, &window);
        new CritiqueCanvasLink(document.critiqueSession(), dock, scene, view, &window);
        auto* layout = new QHBoxLayout(&window);
        layout->addWidget(view, 2);
        layout->addWidget(dock, 1);
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        dock->tree()->expandAll();
    }

    // Clicks a row as a user would.
    void click(const QModelIndex& index) {
        QTreeView* tree = dock->tree();
        tree->scrollTo(index);
        const QRect rect = tree->visualRect(index);
        QVERIFY2(rect.isValid(), "the row is not on screen");
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    }
};

// Open findings per target, as the critic reports them.
std::map<std::string, int> openCounts(const std::vector<Finding>& findings) {
    std::map<std::string, int> counts;
    for (const Finding& finding : findings)
        if (!finding.accepted && !finding.target.empty())
            ++counts[finding.target];
    return counts;
}

std::vector<ElementId> sorted(std::vector<ElementId> ids) {
    std::sort(ids.begin(), ids.end());
    return ids;
}

const std::vector<ElementId> kCalls{"call-email",    "call-fraud",   "call-inventory",
                                    "call-payments", "call-pricing", "call-shipping",
                                    "call-tax"};

} // namespace

class tst_CritiqueCanvas : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        testsupport::useThrowawaySettings(m_settingsDir, QStringLiteral("tst_critiquecanvas"));
    }

    void everyItemCarriesItsCount() {
        Workbench bench(fanOutFile());
        const auto expected = openCounts(bench.dock->findings());
        QVERIFY(expected.size() > 10);
        for (const auto& [id, count] : expected) {
            const FindingMark* mark = bench.scene->findingMarks().mark(id);
            QVERIFY2(mark, id.c_str());
            QCOMPARE(mark->count, count);
            QCOMPARE(mark->lines.size(), count);
            // Hovering shows the findings by title.
            QVERIFY(bench.scene->itemFor(id)->toolTip().contains(mark->lines.front()));
        }
        // A badge takes the colour of the worst: the call's is a warning, the
        // single Payments instance an error above its warning and info.
        QVERIFY(bench.scene->findingMarks().mark("call-tax")->worst == Severity::Warning);
        QVERIFY(bench.scene->findingMarks().mark("payments")->worst == Severity::Error);
        QCOMPARE(bench.scene->findingMarks().mark("payments")->count, 3);
        // Elements with nothing open carry nothing.
        QVERIFY(!bench.scene->findingMarks().mark("reconcile"));
    }

    void badgesLeaveLinesAndArrowheadsInSight_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("marked");
        QTest::newRow("fan-out") << fanOutFile() << 7;
        // Cards close together: connections shorter than a badge is wide.
        QTest::newRow("naive URL shortener")
            << QStringLiteral(ARCHBOARD_FIXTURES "/cases/url-shortener-naive.archboard.json") << 2;
    }

    void badgesLeaveLinesAndArrowheadsInSight() {
        QFETCH(QString, file);
        QFETCH(int, marked);
        Workbench bench(file);
        int checked = 0;
        for (const Connection& c : bench.document.design().connections()) {
            const FindingMark* mark = bench.scene->findingMarks().mark(c.id);
            if (!mark)
                continue;
            const auto* item = dynamic_cast<ConnectionItem*>(bench.scene->itemFor(c.id));
            QVERIFY(item);
            const QRectF badge = item->findingBadgeRect(mark->count);
            const QPolygonF& route = item->route();
            const QPointF tip = route.last();
            QVERIFY2(!badge.intersects(QRectF(tip - QPointF(6, 6), QSizeF(12, 12))), c.id.c_str());
            for (qsizetype i = 1; i < route.size(); ++i)
                QVERIFY2(!segmentEntersRect(route[i - 1], route[i], badge), c.id.c_str());
            // Nor over its cards.
            for (const ElementId& end : {c.from, c.to})
                QVERIFY2(!cardSceneRect(bench.document.design().component(end)->position)
                              .intersects(badge),
                         c.id.c_str());
            ++checked;
        }
        QVERIFY(checked >= marked);
    }

    void badgesFollowEdits() {
        Workbench bench(fanOutFile());
        QVERIFY(bench.scene->findingMarks().mark("call-tax"));
        Connection call = *bench.document.design().connection("call-tax");
        call.props.timeoutMs = 800;
        bench.document.design().replace(call);
        QTRY_VERIFY(!bench.scene->findingMarks().mark("call-tax"));
    }

    void clickingAFindingSelectsCentresAndHighlights() {
        Workbench bench(fanOutFile());
        const QModelIndex row =
            bench.dock->model()->indexOf("failure.store-no-backups", "ledgerdb");
        QVERIFY(row.isValid());
        bench.view->centerOn(-2000, -2000);
        bench.click(row);
        QCOMPARE(bench.dock->currentFinding()->target, "ledgerdb");
        QCOMPARE(bench.scene->selectedIds(), std::vector<ElementId>{"ledgerdb"});
        QVERIFY(bench.scene->findingMarks().isHighlighted("ledgerdb"));
        const QPointF centre = bench.view->mapToScene(bench.view->viewport()->rect().center());
        const QPointF card = bench.scene->itemFor("ledgerdb")->sceneBoundingRect().center();
        QVERIFY2(QLineF(centre, card).length() < 4, "the target is not centred");
        QVERIFY(bench.dock->findChild<QTextBrowser*>()->toPlainText().contains(
            QStringLiteral("\"Ledger DB\"")));

        // A heading is no finding: the highlight goes, the selection stays.
        bench.click(bench.dock->model()->index(0, 0));
        QVERIFY(bench.scene->findingMarks().highlighted().empty());
        QCOMPARE(bench.scene->selectedIds(), std::vector<ElementId>{"ledgerdb"});
    }

    void oneCauseIsOneExpandableRow() {
        Workbench bench(fanOutFile());
        FindingsModel* model = bench.dock->model();
        const QModelIndex cause = model->indexOf("failure.sync-no-timeout", "call-tax", true);
        QVERIFY(model->isCauseRow(cause));
        QCOMPARE(model->rowCount(cause), 7);
        QVERIFY(cause.data().toString().endsWith(QStringLiteral("(7)")));
        QCOMPARE(model->index(cause.row(), FindingsModel::TargetColumn, cause.parent())
                     .data()
                     .toString(),
                 QStringLiteral("Orders API"));
        // Every finding is still a row, under its cause.
        QCOMPARE(findingRows(model), static_cast<int>(bench.dock->findings().size()));

        bench.dock->tree()->collapse(cause);
        QVERIFY(!bench.dock->tree()->isExpanded(cause));
        bench.dock->tree()->expand(cause);
        QVERIFY(bench.dock->tree()->isExpanded(cause));
        const QModelIndex tax = model->indexOf("failure.sync-no-timeout", "call-tax");
        QCOMPARE(tax.parent(), cause);

        // An edit elsewhere re-runs the critic; the open cause stays open.
        const int runs = bench.dock->runCount();
        Component db = *bench.document.design().component("ledgerdb");
        db.tech = "MySQL";
        bench.document.design().replace(db);
        QTRY_VERIFY(bench.dock->runCount() > runs);
        QVERIFY(bench.dock->tree()->isExpanded(
            model->indexOf("failure.sync-no-timeout", "call-tax", true)));

        // Clicking the cause selects and highlights all seven calls.
        const QModelIndex again = model->indexOf("failure.sync-no-timeout", "call-tax", true);
        bench.click(again);
        QCOMPARE(sorted(bench.scene->selectedIds()), kCalls);
        for (const ElementId& id : kCalls)
            QVERIFY(bench.scene->findingMarks().isHighlighted(id));
        const QString details = bench.dock->findChild<QTextBrowser*>()->toPlainText();
        QVERIFY(details.contains(QStringLiteral("Orders API")));
        QVERIFY(details.contains(QStringLiteral("Receipts")));

        // One of them alone.
        bench.click(model->indexOf("failure.sync-no-timeout", "call-tax"));
        QCOMPARE(bench.scene->selectedIds(), std::vector<ElementId>{"call-tax"});
        QVERIFY(!bench.scene->findingMarks().isHighlighted("call-fraud"));
    }

    void selectionNarrowsTheDock() {
        Workbench bench(fanOutFile());
        const int all = findingRows(bench.dock->model());
        QVERIFY(!bench.dock->narrowsToSelection());
        const std::vector<ElementId> ledger{"ledgerdb"};
        bench.scene->selectIds(ledger);
        QCOMPARE(findingRows(bench.dock->model()), all); // not narrowing yet

        QTest::mouseClick(bench.dock->narrowToggle(), Qt::LeftButton);
        QVERIFY(bench.dock->narrowsToSelection());
        const auto counts = openCounts(bench.dock->findings());
        QCOMPARE(findingRows(bench.dock->model()), counts.at("ledgerdb"));

        // The dock follows the canvas's selection.
        const std::vector<ElementId> api{"api"};
        bench.scene->selectIds(api);
        // The api's own findings and the seven calls it causes.
        QCOMPARE(findingRows(bench.dock->model()), counts.at("api") + 7);
        bench.scene->clearSelection();
        QCOMPARE(findingRows(bench.dock->model()), all);

        bench.scene->selectIds(ledger);
        QTest::mouseClick(bench.dock->narrowToggle(), Qt::LeftButton);
        QCOMPARE(findingRows(bench.dock->model()), all);
    }

    void acceptedFindingsLoseTheirBadge() {
        Workbench bench(fanOutFile());
        QCOMPARE(bench.scene->findingMarks().mark("call-tax")->count, 1);
        QVERIFY(bench.dock->selectFinding("failure.sync-no-timeout", "call-tax"));
        QVERIFY(bench.dock->acceptCurrent(QStringLiteral("Tax is cached locally")));
        QTRY_VERIFY(!bench.scene->findingMarks().mark("call-tax"));
        QVERIFY(bench.scene->findingMarks().mark("call-fraud"));

        // Accepting a cause accepts each of its findings.
        QVERIFY(bench.dock->selectFinding("failure.sync-no-timeout", "call-fraud", true));
        QCOMPARE(bench.dock->currentFindings().size(), 6u);
        QVERIFY(bench.dock->acceptCurrent(QStringLiteral("Budgets come in the next sprint")));
        QTRY_VERIFY(!bench.scene->findingMarks().mark("call-fraud"));
        QCOMPARE(bench.document.design().critique().suppressions.size(), 7u);

        bench.document.undoStack()->undo();
        QTRY_VERIFY(bench.scene->findingMarks().mark("call-fraud"));
        QVERIFY(!bench.scene->findingMarks().mark("call-tax"));
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(tst_CritiqueCanvas)
#include "tst_critiquecanvas.moc"
