// A design is always open and says so: the untitled design in the title bar
// and the Outline, the empty canvas's hint, Paste only with something to
// paste, Zoom to Fit, the connection kinds explained, names in undo text,
// and `archboard --help` without a display.
#include "app/mainactions.h"
#include "app/mainwindow.h"
#include "model/design.h"
#include "support/testsupport.h"
#include "widgets/canvas/canvasedits.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/commands/renameelementcommand.h"
#include "widgets/document/designdocument.h"
#include "widgets/outline/outlinedock.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QToolBar>
#include <QtTest>
#include <QUndoStack>

using namespace archboard;
using testsupport::caseFile;

class tst_DesignOpen : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void startNewAndCloseGiveAnUntitledDesign();
    void emptyCanvasSaysHowToBegin();
    void pasteNeedsSomethingToPaste();
    void zoomToFitFillsTheView();
    void connectionKindsAreExplained();
    void undoTextNamesElements();
    void undoRedoKeepTheirSize();
    void helpWorksWithoutADisplay();
};

void tst_DesignOpen::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ArchboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_designopen"));
}

void tst_DesignOpen::init() {
    QSettings().clear();
    QApplication::clipboard()->clear();
}

void tst_DesignOpen::startNewAndCloseGiveAnUntitledDesign() {
    MainWindow window;
    const auto* heading = window.outlineDock()->heading();
    const auto untitled = QStringLiteral("Untitled design");
    QVERIFY2(window.windowTitle().startsWith(untitled), qPrintable(window.windowTitle()));
    QCOMPARE(heading->text(), untitled);

    QVERIFY(window.openFile(caseFile(QStringLiteral("url-shortener-solid"))));
    QCOMPARE(heading->text(), QStringLiteral("URL shortener (reviewed)"));
    window.actions()->closeDesign()->trigger();
    QVERIFY(window.windowTitle().startsWith(untitled));
    QCOMPARE(heading->text(), untitled);

    QVERIFY(window.openFile(caseFile(QStringLiteral("url-shortener-solid"))));
    window.actions()->newDesign()->trigger();
    QVERIFY(window.windowTitle().startsWith(untitled));
    QCOMPARE(heading->text(), untitled);
    // A title typed into the design names it everywhere at once.
    DesignInfo info = window.document()->design().info();
    info.title = "Chat";
    window.document()->design().setInfo(info);
    QCOMPARE(heading->text(), QStringLiteral("Chat"));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Chat")));
}

void tst_DesignOpen::emptyCanvasSaysHowToBegin() {
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CanvasView* view = window.canvasView();
    const QImage empty = view->viewport()->grab().toImage();
    // Something is drawn in the middle of an empty canvas: the hint.
    const QRect middle(view->viewport()->width() / 4, view->viewport()->height() / 2 - 30,
                       view->viewport()->width() / 2, 60);
    QVERIFY(addElement(*window.canvasScene(), ComponentKind::Cache, view->mapToScene(0, 0)));
    QCoreApplication::processEvents();
    const QImage withCard = view->viewport()->grab().toImage();
    int differing = 0;
    for (int y = middle.top(); y < middle.bottom(); ++y)
        for (int x = middle.left(); x < middle.right(); ++x)
            differing += empty.pixel(x, y) != withCard.pixel(x, y);
    QVERIFY2(differing > 200, qPrintable(QString::number(differing)));
}

void tst_DesignOpen::pasteNeedsSomethingToPaste() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction* paste = window.actions()->paste();
    QVERIFY(!paste->isEnabled());
    QVERIFY(window.openFile(caseFile(QStringLiteral("url-shortener-solid"))));
    // Select everything and copy it with the keyboard, as a person would.
    window.canvasView()->setFocus();
    QTest::keyClick(window.canvasView()->viewport(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(window.canvasView()->viewport(), Qt::Key_C, Qt::ControlModifier);
    QTRY_VERIFY(paste->isEnabled());
    QApplication::clipboard()->setText(QStringLiteral("not a design"));
    QTRY_VERIFY(!paste->isEnabled());
}

void tst_DesignOpen::zoomToFitFillsTheView() {
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(caseFile(QStringLiteral("client-talks-to-db"))));
    window.actions()->zoomToFit()->trigger();
    const CanvasView* view = window.canvasView();
    const QRectF content = view->mapFromScene(window.canvasScene()->contentRect()).boundingRect();
    const QRect viewport = view->viewport()->rect();
    QVERIFY(viewport.contains(content.toRect()));
    // Small designs are enlarged until one side nearly fills the view.
    QVERIFY2(content.width() > 0.6 * viewport.width() || content.height() > 0.6 * viewport.height(),
             qPrintable(QStringLiteral("%1x%2 in %3x%4")
                            .arg(content.width())
                            .arg(content.height())
                            .arg(viewport.width())
                            .arg(viewport.height())));
}

void tst_DesignOpen::connectionKindsAreExplained() {
    MainWindow window;
    for (QAction* action : window.actions()->connectActions())
        QVERIFY2(action->toolTip().contains(QLatin1Char(':')), qPrintable(action->toolTip()));
    QVERIFY(window.actions()
                ->connectAction(ConnectionKind::Sync)
                ->toolTip()
                .contains(QStringLiteral("waits")));
    auto* connectMenu = window.menuBar()->findChild<QMenu*>(QStringLiteral("connectMenu"));
    QVERIFY(connectMenu && connectMenu->toolTipsVisible());
}

void tst_DesignOpen::undoTextNamesElements() {
    MainWindow window;
    CanvasScene& scene = *window.canvasScene();
    QUndoStack* stack = window.document()->undoStack();
    Design& design = window.document()->design();
    QVERIFY(addElement(scene, ComponentKind::Cache, {0, 0}));
    QCOMPARE(stack->undoText(), QStringLiteral("Add \u201cCache\u201d"));
    QVERIFY(design.component("cache"));
    scene.push(new RenameElementCommand(design, "cache", "Session cache"));
    QCOMPARE(stack->undoText(),
             QStringLiteral("Rename \u201cCache\u201d to \u201cSession cache\u201d"));
    // The id is readable and stays as it was; the next cache is numbered.
    QCOMPARE(design.component("cache")->name, std::string("Session cache"));
    QVERIFY(addElement(scene, ComponentKind::Cache, {400, 0}));
    QVERIFY(design.component("cache-2"));
    addConnection(scene, "cache", "cache-2", ConnectionKind::Replication);
    QCOMPARE(stack->undoText(), QStringLiteral("Connect \u201cSession cache \u2192 Cache\u201d"));
    scene.selectIds(std::vector<ElementId>{"cache"});
    window.actions()->deleteSelection()->trigger();
    QCOMPARE(stack->undoText(), QStringLiteral("Delete \u201cSession cache\u201d"));
}

void tst_DesignOpen::undoRedoKeepTheirSize() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QWidget* undoButton = window.mainToolBar()->widgetForAction(window.actions()->undo());
    QVERIFY(undoButton);
    const QSize before = undoButton->sizeHint();
    QVERIFY(addElement(*window.canvasScene(), ComponentKind::LoadBalancer, {0, 0}));
    QCOMPARE(window.actions()->undo()->text().remove(u'&'), QStringLiteral("Undo"));
    QCOMPARE(window.actions()->undo()->toolTip(),
             QStringLiteral("Undo Add \u201cLoad balancer\u201d"));
    QCOMPARE(undoButton->sizeHint(), before);
    window.actions()->undo()->trigger();
    QCOMPARE(window.actions()->redo()->toolTip(),
             QStringLiteral("Redo Add \u201cLoad balancer\u201d"));
    QCOMPARE(window.actions()->undo()->toolTip(), QStringLiteral("Undo the last edit"));
}

void tst_DesignOpen::helpWorksWithoutADisplay() {
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(ARCHBOARD_APP_PATH), {QStringLiteral("--help")});
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    const QString out = QString::fromUtf8(app.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("--screenshot")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("--tidy")));
}

QTEST_MAIN(tst_DesignOpen)
#include "tst_designopen.moc"
