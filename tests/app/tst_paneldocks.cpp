#include "app/mainwindow.h"
#include "model/design.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/document/designdocument.h"
#include "widgets/palette/palettedock.h"
#include "widgets/properties/propertiesdock.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>
#include <QUndoStack>

using namespace archboard;

// The palette and the properties dock in the main window, wired to the canvas.
class tst_PanelDocks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void docksAreInTheWindow();
    void paletteAddsAtTheCentre_data();
    void paletteAddsAtTheCentre();
    void canvasSelectionReachesProperties();
    void propertiesEditShowsOnTheCanvasAndUndoes();
};

void tst_PanelDocks::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ArchboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_paneldocks"));
}

void tst_PanelDocks::docksAreInTheWindow() {
    MainWindow window;
    auto* palette = window.findChild<PaletteDock*>();
    auto* properties = window.findChild<PropertiesDock*>();
    QVERIFY(palette);
    QVERIFY(properties);
    QCOMPARE(window.dockWidgetArea(palette), Qt::LeftDockWidgetArea);
    QCOMPARE(window.dockWidgetArea(properties), Qt::RightDockWidgetArea);

    auto* view = window.findChild<QMenu*>(QStringLiteral("viewMenu"));
    QVERIFY(view);
    auto* togglePalette = window.findChild<QAction*>(QStringLiteral("togglePaletteAction"));
    auto* toggleProperties = window.findChild<QAction*>(QStringLiteral("togglePropertiesAction"));
    QVERIFY(togglePalette && toggleProperties);
    QVERIFY(view->actions().contains(togglePalette));
    QVERIFY(view->actions().contains(toggleProperties));
    window.show();
    QVERIFY(properties->isVisible());
    toggleProperties->trigger();
    QVERIFY(!properties->isVisible());
}

void tst_PanelDocks::paletteAddsAtTheCentre_data() {
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("type");
    QTest::newRow("component") << QStringLiteral("cache") << int(ElementType::Component);
    QTest::newRow("group") << QStringLiteral("group:zone") << int(ElementType::Group);
    QTest::newRow("note") << QStringLiteral("note") << int(ElementType::Note);
}

void tst_PanelDocks::paletteAddsAtTheCentre() {
    QFETCH(QString, token);
    QFETCH(int, type);
    MainWindow window;
    window.show();
    const Design& design = window.document()->design();
    auto* palette = window.findChild<PaletteDock*>();
    QSignalSpy changed(window.document(), &DesignDocument::changed);
    Q_EMIT palette->addRequested(*paletteKindFromToken(token));
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QVERIFY(!changed.isEmpty());
    const auto added = changed.first().first().value<DesignChange>().added;
    QCOMPARE(added.size(), std::size_t(1));
    QCOMPARE(int(design.find(added.front())->type), type);
    window.document()->undoStack()->undo();
    QVERIFY(!design.contains(added.front()));
}

void tst_PanelDocks::canvasSelectionReachesProperties() {
    MainWindow window;
    QVERIFY(window.openFile(
        QStringLiteral(ARCHBOARD_FIXTURES "/cases/url-shortener-solid.archboard.json")));
    auto* properties = window.findChild<PropertiesDock*>();
    QVERIFY(properties->currentPage() == PropertiesDock::Page::Design);
    const std::vector<ElementId> lb{"lb"};
    window.canvasScene()->selectIds(lb);
    QCOMPARE(properties->selection(), lb);
    QVERIFY(properties->currentPage() == PropertiesDock::Page::Component);
    const std::vector<ElementId> two{"lb", "cache"};
    window.canvasScene()->selectIds(two);
    QVERIFY(properties->currentPage() == PropertiesDock::Page::Summary);
    window.canvasScene()->clearSelection();
    QVERIFY(properties->currentPage() == PropertiesDock::Page::Design);
}

void tst_PanelDocks::propertiesEditShowsOnTheCanvasAndUndoes() {
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(
        QStringLiteral(ARCHBOARD_FIXTURES "/cases/url-shortener-solid.archboard.json")));
    const std::vector<ElementId> lb{"lb"};
    window.canvasScene()->selectIds(lb);
    auto* properties = window.findChild<PropertiesDock*>();
    auto* name = properties->pageWidget(PropertiesDock::Page::Component)
                     ->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("Edge LB"));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Front door"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(window.document()->design().component("lb")->name, std::string("Front door"));
    QVERIFY(window.isWindowModified());
    // The window's Undo undoes it.
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->design().component("lb")->name, std::string("Edge LB"));
    QCOMPARE(name->text(), QStringLiteral("Edge LB"));
    // The selection stays on the component through the edit and its undo.
    QCOMPARE(properties->selection(), lb);
    // The window closes with the component still selected.
}

QTEST_MAIN(tst_PanelDocks)
#include "tst_paneldocks.moc"
