// The canvas in the main window, driven as a user drives it: palette drops,
// mouse drags, keys and the menu actions, checked against the design.
#include "support/testsupport.h"
#include "app/mainactions.h"
#include "app/mainwindow.h"
#include "app/recentfiles.h"
#include "canvastestsupport.h"
#include "model/design.h"
#include "model/json/designjson.h"
#include "modelprinting.h"
#include "widgets/canvas/canvaseditor.h"
#include "widgets/canvas/canvasedits.h"
#include "widgets/canvas/canvasitem.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/cardgeometry.h"
#include "widgets/canvas/componentitem.h"
#include "widgets/canvas/connectionitem.h"
#include "widgets/document/designdocument.h"
#include "widgets/palette/palettekind.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>
#include <QUndoStack>

using namespace archboard;
using namespace canvastest;

namespace {

QMimeData* kindMime(const QByteArray& token) {
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kPaletteMimeType), token);
    return mime;
}

// Drops a palette item; returns the new element's id.
ElementId dropKind(MainWindow& window, const QByteArray& token, const QPointF& at) {
    std::unique_ptr<QMimeData> mime(kindMime(token));
    if (!drop(*window.canvasView(), mime.get(), at))
        return {};
    const std::vector<ElementId> selected = window.canvasScene()->selectedIds();
    return selected.size() == 1 ? selected.front() : ElementId();
}

Position positionOf(const MainWindow& window, const ElementId& id) {
    const Component* c = window.document()->design().component(id);
    return c ? c->position : Position{-1e9, -1e9};
}

QUndoStack* stack(const MainWindow& window) {
    return window.document()->undoStack();
}

// The right border of a card, where connections start.
QPointF rightEdge(const Position& p) {
    return {p.x + card::kWidth / 2 - 3, p.y};
}

} // namespace

class tst_Canvas : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addsEachKindWhereDropped_data();
    void addsEachKindWhereDropped();
    void refusesUnknownDrops();
    void wiresByDraggingFromTheBorder();
    void wiringToNothingAddsNothing();
    void dragMovesAsOneUndoStep();
    void movingReroutesOnlyItsConnections();
    void arrowKeysMoveTheSelection();
    void copyPastesWithNewIds();
    void duplicateAndCut();
    void deleteTakesConnectionsAndUndoReselects();
    void renamesInPlace();
    void escapeCancelsRename();
    void notesKeepLineBreaks();
    void labelsConnectionsInPlace();
    void exportsFromTheWindow();
    void savesAndReopens();
    void unsavedChangesPrompt();
    void zoomsAndFits();
    void tabWalksTheItems();
    void findSelectsByName();
    void alignsAndDistributes();
    void rubberBandSelects();
    void movingAGroupMovesItsMembers();
    void resizesAGroupByItsHandle();
    void connectActionWiresTheSelection();
    void pansWithMiddleButtonAndSpace();

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    // Two cards: "service" at (0, 0), "cache" at (300, 0).
    void twoCards();
};

void tst_Canvas::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ArchboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_canvas"));
    QVERIFY(m_dir.isValid());
}

void tst_Canvas::init() {
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->canvasView()->resetZoom();
    m_window->canvasView()->centerOn(150, 0);
}

void tst_Canvas::cleanup() {
    if (m_window)
        m_window->document()->setModified(false); // no prompt on close
    m_window.reset();
}

void tst_Canvas::twoCards() {
    QCOMPARE(dropKind(*m_window, "service", {0, 0}), ElementId("service"));
    QCOMPARE(dropKind(*m_window, "cache", {300, 0}), ElementId("cache"));
}

void tst_Canvas::addsEachKindWhereDropped_data() {
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("type");
    for (const auto token : EnumTokens<ComponentKind>::tokens)
        QTest::newRow(std::string(token).c_str())
            << QByteArray(token.data(), static_cast<qsizetype>(token.size()))
            << static_cast<int>(ElementType::Component);
    for (const char* token : {"group:region", "group:zone", "group:boundary"})
        QTest::newRow(token) << QByteArray(token) << static_cast<int>(ElementType::Group);
    QTest::newRow("note") << QByteArray("note") << static_cast<int>(ElementType::Note);
}

void tst_Canvas::addsEachKindWhereDropped() {
    QFETCH(QByteArray, token);
    QFETCH(int, type);
    // Dropped off the grid: it lands on the nearest grid point.
    const ElementId id = dropKind(*m_window, token, {103, 58});
    QVERIFY(!id.empty());
    const Design& design = m_window->document()->design();
    const auto ref = design.find(id);
    QVERIFY(ref);
    QCOMPARE(static_cast<int>(ref->type), type);
    CanvasItem* item = m_window->canvasScene()->itemFor(id);
    QVERIFY(item);
    QVERIFY(item->isSelected());
    QVERIFY(item->sceneBoundingRect().contains(QPointF(100, 60)));
    if (const Component* c = design.component(id)) {
        QCOMPARE(c->position, (Position{100, 60}));
        QVERIFY(std::string(toString<ComponentKind>(c->kind)) == token.toStdString());
    }
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(stack(*m_window)->count(), 1);
    m_window->actions()->undo()->trigger();
    QVERIFY(!design.contains(id));
    QVERIFY(!m_window->canvasScene()->itemFor(id));
    m_window->actions()->redo()->trigger();
    QVERIFY(m_window->canvasScene()->itemFor(id)->isSelected());
}

void tst_Canvas::refusesUnknownDrops() {
    std::unique_ptr<QMimeData> unknown(kindMime("teleporter"));
    QVERIFY(!drop(*m_window->canvasView(), unknown.get(), {0, 0}));
    QMimeData text;
    text.setText(QStringLiteral("cache"));
    QVERIFY(!drop(*m_window->canvasView(), &text, {0, 0}));
    QVERIFY(m_window->document()->design().components().empty());
    QCOMPARE(stack(*m_window)->count(), 0);
}

void tst_Canvas::wiresByDraggingFromTheBorder() {
    twoCards();
    drag(*m_window->canvasView(), rightEdge({0, 0}), {300, 10});
    QMenu* menu = m_window->canvasScene()->connectionKindMenu();
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    auto* async = menu->findChild<QAction*>(QStringLiteral("connect_async"));
    QVERIFY(async);
    async->trigger();
    menu->close();

    const Design& design = m_window->document()->design();
    QCOMPARE(design.connections().size(), std::size_t(1));
    const Connection& c = design.connections().front();
    QCOMPARE(c.from, ElementId("service"));
    QCOMPARE(c.to, ElementId("cache"));
    QCOMPARE(c.kind, ConnectionKind::Async);
    auto* item = dynamic_cast<ConnectionItem*>(m_window->canvasScene()->itemFor(c.id));
    QVERIFY(item);
    QCOMPARE(item->kind(), ConnectionKind::Async);
    // From the service's right side to the cache's left side.
    QCOMPARE(item->route().first().x(), card::kWidth / 2);
    QCOMPARE(item->route().last().x(), 300 - card::kWidth / 2);

    m_window->actions()->undo()->trigger();
    QVERIFY(design.connections().empty());
}

void tst_Canvas::wiringToNothingAddsNothing() {
    twoCards();
    drag(*m_window->canvasView(), rightEdge({0, 0}), {150, 200});
    QVERIFY(!m_window->canvasScene()->connectionKindMenu());
    // Onto itself neither.
    drag(*m_window->canvasView(), rightEdge({0, 0}), {0, 0});
    QVERIFY(!m_window->canvasScene()->connectionKindMenu());
    QVERIFY(m_window->document()->design().connections().empty());
}

void tst_Canvas::dragMovesAsOneUndoStep() {
    twoCards();
    const int before = stack(*m_window)->count();
    drag(*m_window->canvasView(), {10, 5}, {107, 48}, 8);
    // Snapped to the grid.
    QCOMPARE(positionOf(*m_window, "service"), (Position{100, 40}));
    QCOMPARE(m_window->canvasScene()->itemFor("service")->pos(), QPointF(100, 40));
    QCOMPARE(stack(*m_window)->count(), before + 1);

    m_window->canvasScene()->clearSelection();
    m_window->actions()->undo()->trigger();
    QCOMPARE(positionOf(*m_window, "service"), (Position{0, 0}));
    QCOMPARE(m_window->canvasScene()->selectedIds(), std::vector<ElementId>{"service"});
    m_window->actions()->redo()->trigger();
    QCOMPARE(positionOf(*m_window, "service"), (Position{100, 40}));

    // Without the grid, exactly where the mouse went.
    m_window->actions()->snapToGrid()->trigger();
    QVERIFY(!m_window->canvasScene()->snapToGrid());
    drag(*m_window->canvasView(), {100, 40}, {107, 43});
    QCOMPARE(positionOf(*m_window, "service"), (Position{107, 43}));
}

void tst_Canvas::movingReroutesOnlyItsConnections() {
    twoCards();
    QCOMPARE(dropKind(*m_window, "sql_store", {0, 300}), ElementId("sql_store"));
    QCOMPARE(dropKind(*m_window, "queue", {300, 300}), ElementId("queue"));
    CanvasScene* scene = m_window->canvasScene();
    addConnection(*scene, "service", "cache", ConnectionKind::Sync);
    addConnection(*scene, "service", "sql_store", ConnectionKind::Sync);
    addConnection(*scene, "sql_store", "queue", ConnectionKind::Async);

    scene->resetStats();
    drag(*m_window->canvasView(), {0, 0}, {0, -100}, 5);
    // Each move re-syncs one card and re-routes its two connections, never the third.
    QVERIFY(scene->stats().itemsSynced > 0);
    QCOMPARE(scene->stats().connectionsRerouted, 2 * scene->stats().itemsSynced);
    const auto* down = dynamic_cast<ConnectionItem*>(scene->itemFor("service-sql_store"));
    QVERIFY(down);
    QCOMPARE(down->route().first().y(), -100 + card::kHeight / 2);
}

void tst_Canvas::arrowKeysMoveTheSelection() {
    twoCards();
    click(*m_window->canvasView(), {0, 0});
    const int before = stack(*m_window)->count();
    QTest::keyClick(m_window->canvasView(), Qt::Key_Right);
    QTest::keyClick(m_window->canvasView(), Qt::Key_Down);
    QTest::keyClick(m_window->canvasView(), Qt::Key_Down);
    QCOMPARE(positionOf(*m_window, "service"), (Position{20, 40}));
    QCOMPARE(stack(*m_window)->count(), before + 3);
    QTest::keyClick(m_window->canvasView(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(positionOf(*m_window, "service"), (Position{19, 40}));
    m_window->actions()->undo()->trigger();
    m_window->actions()->undo()->trigger();
    QCOMPARE(positionOf(*m_window, "service"), (Position{20, 20}));
    QCOMPARE(positionOf(*m_window, "cache"), (Position{300, 0}));
}

void tst_Canvas::copyPastesWithNewIds() {
    twoCards();
    addConnection(*m_window->canvasScene(), "service", "cache", ConnectionKind::Sync);
    m_window->actions()->selectAll()->trigger();
    QCOMPARE(m_window->canvasScene()->selectedIds().size(), std::size_t(3));
    m_window->actions()->copy()->trigger();

    // The clipboard holds a design any Archboard reads.
    const QString text = QApplication::clipboard()->text();
    QVERIFY(readDesignJson(text.toStdString()).ok());

    m_window->actions()->paste()->trigger();
    const Design& design = m_window->document()->design();
    QCOMPARE(design.components().size(), std::size_t(4));
    QCOMPARE(design.connections().size(), std::size_t(2));
    const std::vector<ElementId> pasted = m_window->canvasScene()->selectedIds();
    QCOMPARE(pasted.size(), std::size_t(3));
    for (const ElementId& id : pasted)
        QVERIFY(id != "service" && id != "cache" && id != "service-cache");
    const Connection& copy = design.connections().back();
    QCOMPARE(design.component(copy.from)->position, (Position{40, 40}));
    QCOMPARE(design.component(copy.to)->position, (Position{340, 40}));

    m_window->actions()->undo()->trigger();
    QCOMPARE(design.components().size(), std::size_t(2));

    // Text that is not a design pastes nothing.
    QApplication::clipboard()->setText(QStringLiteral("not a design"));
    m_window->actions()->paste()->trigger();
    QCOMPARE(design.components().size(), std::size_t(2));
}

void tst_Canvas::duplicateAndCut() {
    twoCards();
    click(*m_window->canvasView(), {300, 0});
    m_window->actions()->duplicate()->trigger();
    const Design& design = m_window->document()->design();
    QCOMPARE(design.components().size(), std::size_t(3));
    QCOMPARE(design.components().back().kind, ComponentKind::Cache);
    QCOMPARE(design.components().back().position, (Position{340, 40}));

    click(*m_window->canvasView(), {0, 0});
    m_window->actions()->cut()->trigger();
    QVERIFY(!design.component("service"));
    m_window->actions()->paste()->trigger();
    QCOMPARE(design.components().back().kind, ComponentKind::Service);
}

void tst_Canvas::deleteTakesConnectionsAndUndoReselects() {
    twoCards();
    addConnection(*m_window->canvasScene(), "service", "cache", ConnectionKind::Sync);
    click(*m_window->canvasView(), {0, 0});
    QCOMPARE(m_window->canvasScene()->selectedIds(), std::vector<ElementId>{"service"});
    QVERIFY(m_window->actions()->deleteSelection()->isEnabled());
    m_window->actions()->deleteSelection()->trigger();
    const Design& design = m_window->document()->design();
    QVERIFY(!design.component("service"));
    QVERIFY(design.connections().empty());
    QVERIFY(!m_window->canvasScene()->itemFor("service-cache"));
    QVERIFY(!m_window->actions()->deleteSelection()->isEnabled());

    m_window->actions()->undo()->trigger();
    QVERIFY(design.component("service"));
    QCOMPARE(design.connections().size(), std::size_t(1));
    QVERIFY(m_window->canvasScene()->itemFor("service-cache"));
    QCOMPARE(m_window->canvasScene()->selectedIds(), std::vector<ElementId>{"service"});
    const auto* label = m_window->findChild<QLabel*>(QStringLiteral("selectionLabel"));
    QCOMPARE(label->text(), QStringLiteral("1 selected"));
}

void tst_Canvas::renamesInPlace() {
    twoCards();
    click(*m_window->canvasView(), {0, 0});
    m_window->actions()->rename()->trigger();
    QLineEdit* editor = m_window->canvasView()->renameEditor();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->text(), QStringLiteral("Service"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Checkout API"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(!m_window->canvasView()->renameEditor());
    const Design& design = m_window->document()->design();
    QCOMPARE(design.component("service")->name, std::string("Checkout API"));
    auto* item = dynamic_cast<ComponentItem*>(m_window->canvasScene()->itemFor("service"));
    QCOMPARE(item->title(), QStringLiteral("Checkout API"));
    m_window->actions()->undo()->trigger();
    QCOMPARE(design.component("service")->name, std::string("Service"));

    // A double-click renames too.
    QTest::mouseDClick(m_window->canvasView()->viewport(), Qt::LeftButton, {},
                       m_window->canvasView()->mapFromScene(QPointF(300, 0)));
    QTRY_VERIFY(m_window->canvasView()->renameEditor());
    QCOMPARE(m_window->canvasView()->renameEditor()->text(), QStringLiteral("Cache"));
}

void tst_Canvas::escapeCancelsRename() {
    twoCards();
    click(*m_window->canvasView(), {0, 0});
    const int before = stack(*m_window)->count();
    QTest::keyClick(m_window->canvasView(), Qt::Key_F2);
    QLineEdit* editor = m_window->canvasView()->renameEditor();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("Nope"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!m_window->canvasView()->renameEditor());
    QCOMPARE(m_window->document()->design().component("service")->name, std::string("Service"));
    QCOMPARE(stack(*m_window)->count(), before);
}

void tst_Canvas::notesKeepLineBreaks() {
    const ElementId id = dropKind(*m_window, "note", {0, 200});
    QCOMPARE(id, ElementId("note"));
    m_window->actions()->rename()->trigger();
    QPlainTextEdit* editor = m_window->canvasView()->noteEditor();
    QVERIFY(editor);
    QVERIFY(!m_window->canvasView()->renameEditor());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("first"));
    QTest::keyClick(editor, Qt::Key_Return); // a new line, not the end
    QVERIFY(m_window->canvasView()->noteEditor());
    QTest::keyClicks(editor, QStringLiteral("second"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!m_window->canvasView()->noteEditor());
    QCOMPARE(m_window->document()->design().note(id)->text, std::string("first\nsecond"));
}

void tst_Canvas::labelsConnectionsInPlace() {
    twoCards();
    addConnection(*m_window->canvasScene(), "service", "cache", ConnectionKind::Sync);
    auto* item = dynamic_cast<ConnectionItem*>(m_window->canvasScene()->itemFor("service-cache"));
    QVERIFY(item);
    click(*m_window->canvasView(), item->labelAnchor());
    QCOMPARE(m_window->canvasScene()->selectedIds(), std::vector<ElementId>{"service-cache"});
    QTest::keyClick(m_window->canvasView(), Qt::Key_F2);
    QLineEdit* editor = m_window->canvasView()->renameEditor();
    QVERIFY(editor);
    QVERIFY(editor->geometry().contains(m_window->canvasView()->mapFromScene(item->labelAnchor())));
    QTest::keyClicks(editor, QStringLiteral("reads"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(m_window->document()->design().connection("service-cache")->label,
             std::string("reads"));
    QCOMPARE(item->labelText(), QStringLiteral("reads"));
}

void tst_Canvas::exportsFromTheWindow() {
    twoCards();
    const QString svg = m_dir.filePath(QStringLiteral("window.svg"));
    QVERIFY(m_window->exportTo(svg));
    QVERIFY(testsupport::readAll(svg).contains(">Service<"));
    // A bad request is reported, not thrown away.
    QVERIFY(!m_window->exportTo(m_dir.filePath(QStringLiteral("window.gif"))));
    QVERIFY(m_window->lastErrorDialog());
    QVERIFY2(m_window->lastErrorDialog()->text().contains(QStringLiteral("unknown picture format")),
             qPrintable(m_window->lastErrorDialog()->text()));
}

void tst_Canvas::savesAndReopens() {
    twoCards();
    addConnection(*m_window->canvasScene(), "service", "cache", ConnectionKind::Sync);
    QVERIFY(m_window->isWindowModified());
    const QString path = m_dir.filePath(QStringLiteral("saved"));
    QVERIFY(m_window->saveTo(path));
    // A name without a suffix becomes a document.
    const QString saved = path + QStringLiteral(".archboard");
    QCOMPARE(m_window->document()->filePath(), saved);
    QVERIFY(m_window->document()->isStoreDocument());
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("saved.archboard")));
    QVERIFY(m_window->recentFiles()->files().contains(saved));

    MainWindow reopened;
    QVERIFY(reopened.openFile(saved));
    QCOMPARE(reopened.document()->design().data(), m_window->document()->design().data());
    QCOMPARE(reopened.canvasScene()->elementItemCount(), std::size_t(3));

    // Saving where it cannot write says so and keeps the design modified.
    addElement(*m_window->canvasScene(), ComponentKind::Queue, {0, 300});
    QVERIFY(!m_window->saveTo(m_dir.filePath(QStringLiteral("missing/dir/x.archboard.json"))));
    QVERIFY(m_window->lastErrorDialog());
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(m_window->document()->filePath(), saved);
}

void tst_Canvas::unsavedChangesPrompt() {
    twoCards();
    const auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("unsavedChangesDialog"));
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    m_window->actions()->newDesign()->trigger();
    QCOMPARE(m_window->document()->design().components().size(), std::size_t(2));
    answer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    answer(QMessageBox::Discard);
    m_window->actions()->newDesign()->trigger();
    QVERIFY(m_window->document()->design().components().empty());
    QVERIFY(!m_window->isWindowModified());
}

void tst_Canvas::zoomsAndFits() {
    twoCards();
    CanvasView* view = m_window->canvasView();
    const auto* label = m_window->findChild<QLabel*>(QStringLiteral("zoomLabel"));
    m_window->actions()->zoomIn()->trigger();
    QCOMPARE(view->zoom(), 1.2);
    QCOMPARE(label->text(), QStringLiteral("120 %"));
    m_window->actions()->zoomOut()->trigger();
    m_window->actions()->zoomOut()->trigger();
    QVERIFY(view->zoom() < 1);

    // Ctrl+wheel zooms, a plain wheel does not.
    const double before = view->zoom();
    QWheelEvent wheel(QPointF(100, 100), view->viewport()->mapToGlobal(QPointF(100, 100)), QPoint(),
                      QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(view->zoom() > before);

    QCOMPARE(dropKind(*m_window, "queue", {3000, 2000}), ElementId("queue"));
    m_window->actions()->zoomToFit()->trigger();
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(m_window->canvasScene()->contentRect()));
    QVERIFY(view->zoom() < 0.5);
    m_window->actions()->actualSize()->trigger();
    QCOMPARE(view->zoom(), 1.0);
}

void tst_Canvas::tabWalksTheItems() {
    twoCards();
    m_window->canvasScene()->clearSelection();
    m_window->canvasView()->setFocus();
    QTest::keyClick(m_window->canvasView(), Qt::Key_Tab);
    const ElementId first = m_window->canvasScene()->selectedIds().at(0);
    QTest::keyClick(m_window->canvasView(), Qt::Key_Tab);
    const ElementId second = m_window->canvasScene()->selectedIds().at(0);
    QVERIFY(first != second);
    QTest::keyClick(m_window->canvasView(), Qt::Key_Backtab);
    QCOMPARE(m_window->canvasScene()->selectedIds().at(0), first);
    // The selection is announced.
    QVERIFY2(m_window->canvasView()->accessibleDescription().contains(QStringLiteral("Service")) ||
                 m_window->canvasView()->accessibleDescription().contains(QStringLiteral("Cache")),
             qPrintable(m_window->canvasView()->accessibleDescription()));
}

void tst_Canvas::findSelectsByName() {
    twoCards();
    m_window->actions()->find()->trigger();
    QVERIFY(m_window->findField()->hasFocus());
    QTest::keyClicks(m_window->findField(), QStringLiteral("cach"));
    QCOMPARE(m_window->canvasScene()->selectedIds(), std::vector<ElementId>{"cache"});
    m_window->findField()->clear();
    QTest::keyClicks(m_window->findField(), QStringLiteral("zzz"));
    QCOMPARE(m_window->canvasScene()->selectedIds(), std::vector<ElementId>{"cache"});
}

void tst_Canvas::alignsAndDistributes() {
    twoCards();
    QCOMPARE(dropKind(*m_window, "queue", {500, 100}), ElementId("queue"));
    m_window->actions()->selectAll()->trigger();
    QAction* alignTop = m_window->findChild<QAction*>(QStringLiteral("alignTopAction"));
    QVERIFY(alignTop);
    alignTop->trigger();
    QCOMPARE(positionOf(*m_window, "queue").y, 0.0);
    QAction* distribute =
        m_window->findChild<QAction*>(QStringLiteral("distributeHorizontallyAction"));
    distribute->trigger();
    // service at 0 and queue at 500 stay; cache goes half way.
    QCOMPARE(positionOf(*m_window, "cache").x, 250.0);
    m_window->actions()->undo()->trigger();
    QCOMPARE(positionOf(*m_window, "cache").x, 300.0);
}

void tst_Canvas::rubberBandSelects() {
    twoCards();
    m_window->canvasScene()->clearSelection();
    drag(*m_window->canvasView(), {-120, -80}, {400, 80});
    QCOMPARE(m_window->canvasScene()->selectedIds(), (std::vector<ElementId>{"service", "cache"}));
    // A click on the empty canvas clears it.
    click(*m_window->canvasView(), {150, 200});
    QVERIFY(m_window->canvasScene()->selectedIds().empty());
}

void tst_Canvas::movingAGroupMovesItsMembers() {
    QVERIFY(
        m_window->openFile(testsupport::caseFile(QStringLiteral("ticket-booking-two-regions"))));
    m_window->canvasView()->resetZoom();
    m_window->canvasView()->centerOn(300, 100);
    const Design& design = m_window->document()->design();
    const Position seats = positionOf(*m_window, "seats");
    drag(*m_window->canvasView(), {300, 10}, {300, 110});
    QCOMPARE(design.group("east")->rect, (Rect{0, 100, 600, 400}));
    QCOMPARE(positionOf(*m_window, "seats"), (Position{seats.x, seats.y + 100}));
    QCOMPARE(positionOf(*m_window, "fans"), (Position{0, 0})); // not a member
    m_window->actions()->undo()->trigger();
    QCOMPARE(positionOf(*m_window, "seats"), seats);
}

void tst_Canvas::resizesAGroupByItsHandle() {
    QCOMPARE(dropKind(*m_window, "group:zone", {0, 0}), ElementId("zone"));
    const Rect before = m_window->document()->design().group("zone")->rect;
    const QPointF handle(before.x + before.w - 4, before.y + before.h - 4);
    drag(*m_window->canvasView(), handle, handle + QPointF(100, 60));
    const Rect after = m_window->document()->design().group("zone")->rect;
    QCOMPARE(after.w, before.w + 100);
    QCOMPARE(after.h, before.h + 60);
    QCOMPARE(after.x, before.x);
    m_window->actions()->undo()->trigger();
    QCOMPARE(m_window->document()->design().group("zone")->rect, before);
}

void tst_Canvas::connectActionWiresTheSelection() {
    twoCards();
    click(*m_window->canvasView(), {0, 0});
    click(*m_window->canvasView(), {300, 0}, Qt::ControlModifier);
    m_window->actions()->connectAction(ConnectionKind::Replication)->trigger();
    const Design& design = m_window->document()->design();
    QCOMPARE(design.connections().size(), std::size_t(1));
    QCOMPARE(design.connections().front().kind, ConnectionKind::Replication);
    QCOMPARE(design.connections().front().from, ElementId("service"));
    QCOMPARE(design.connections().front().to, ElementId("cache"));
}

void tst_Canvas::pansWithMiddleButtonAndSpace() {
    twoCards();
    CanvasView* view = m_window->canvasView();
    const auto centre = [view] { return view->mapToScene(view->viewport()->rect().center()); };
    const QPointF before = centre();
    const QPointF press(0, 200); // empty canvas
    mouse(*view, QEvent::MouseButtonPress, press, Qt::MiddleButton, Qt::MiddleButton);
    mouse(*view, QEvent::MouseMove, press + QPointF(100, 50), Qt::NoButton, Qt::MiddleButton);
    mouse(*view, QEvent::MouseButtonRelease, press + QPointF(100, 50), Qt::MiddleButton,
          Qt::NoButton);
    QCOMPARE(centre(), before - QPointF(100, 50));

    // Space held: a left drag pans and selects nothing, even over a card.
    const QPointF panned = centre();
    QTest::keyPress(view, Qt::Key_Space);
    const QPoint start = view->mapFromScene(QPointF(0, 0));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, start);
    QMouseEvent move(QEvent::MouseMove, QPointF(start + QPoint(-60, 0)),
                     view->viewport()->mapToGlobal(QPointF(start + QPoint(-60, 0))), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, start + QPoint(-60, 0));
    QTest::keyRelease(view, Qt::Key_Space);
    QCOMPARE(centre(), panned + QPointF(60, 0));
    QCOMPARE(positionOf(*m_window, "service"), (Position{0, 0}));
    // The drop left the cache selected; the pan over the service changed nothing.
    QCOMPARE(m_window->canvasScene()->selectedIds(), std::vector<ElementId>{"cache"});
}

QTEST_MAIN(tst_Canvas)
#include "tst_canvas.moc"
