// Nothing the user needs is clipped: long card names wrap and elide with the
// full name at hand, columns show their headers at the default window size,
// Undo and Redo keep their width, the palette fits, and cards offer
// connection handles under the pointer.
#include "app/historydialog.h"
#include "app/mainactions.h"
#include "app/mainwindow.h"
#include "model/design.h"
#include "model/source/designsource.h"
#include "model/store/document.h"
#include "support/testsupport.h"
#include "widgets/canvas/canvasedits.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvastestsupport.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/cardgeometry.h"
#include "widgets/canvas/componentitem.h"
#include "widgets/canvas/connectionitem.h"
#include "widgets/critique/critiquedock.h"
#include "widgets/document/designdocument.h"
#include "widgets/export/designexport.h"
#include "widgets/outline/outlinedock.h"
#include "widgets/palette/palettedock.h"
#include "widgets/properties/propertiesdock.h"

#include <QAction>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>
#include <QUndoStack>

using namespace archboard;
using namespace canvastest;

namespace {

const QString kLongName =
    QStringLiteral("Customer notification preference reconciliation service for every region");
const QString kLongWord = QStringLiteral("Supercalifragilisticexpialidociousdatabaseinstance");

QByteArray longNamesDesign() {
    return QStringLiteral(R"({"format": "archboard", "version": 1,
 "design": {"id": "long", "title": "Long names", "prompt": "", "requirements": {}},
 "components": [
  {"id": "a", "kind": "service", "name": "%1", "tech": "Kotlin",
   "replicas": 1, "zones": 1, "props": {}, "position": {"x": 0, "y": 0}},
  {"id": "b", "kind": "sql_store", "name": "%2", "tech": "PostgreSQL",
   "replicas": 1, "zones": 1, "props": {}, "position": {"x": 300, "y": 0}}],
 "connections": [], "groups": [], "notes": []})")
        .arg(kLongName, kLongWord)
        .toUtf8();
}

QToolButton* buttonFor(QToolBar* bar, QAction* action) {
    return qobject_cast<QToolButton*>(bar->widgetForAction(action));
}

// Every visible column at least as wide as its header asks.
void verifyHeadersFit(const QTreeView* view) {
    const QHeaderView* header = view->header();
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const QString text = view->model()->headerData(column, Qt::Horizontal).toString();
        const double needed = QFontMetricsF(header->font()).horizontalAdvance(text);
        QVERIFY2(header->sectionSize(column) >= needed,
                 qPrintable(QStringLiteral("%1: %2 < %3")
                                .arg(text)
                                .arg(header->sectionSize(column))
                                .arg(needed)));
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column), qPrintable(text));
    }
    QVERIFY(header->length() <= view->viewport()->width() + 1);
}

// Whether a pixel of `image` is within a small distance of `colour`.
bool hasColour(const QImage& image, const QColor& colour) {
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200 && std::abs(c.red() - colour.red()) < 24 &&
                std::abs(c.green() - colour.green()) < 24 &&
                std::abs(c.blue() - colour.blue()) < 24)
                return true;
        }
    return false;
}

} // namespace

class tst_NothingClipped : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void longNamesWrapThenElide();
    void exportKeepsTheFullName();
    void columnsFitTheirHeaders();
    void historyColumnsFit();
    void propertiesHeadingWraps();
    void undoRedoKeepTheirWidth();
    void paletteFitsAndFolds();
    void paletteFilterUnfolds();
    void hoverShowsConnectHandles();
    void draggingFromAHandleConnects();

private:
    void openLongNames();

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void tst_NothingClipped::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    testsupport::useThrowawaySettings(m_dir, QStringLiteral("tst_nothingclipped"));
}

void tst_NothingClipped::init() {
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    // The window's size on a first run (the test screen is smaller).
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_NothingClipped::cleanup() {
    if (m_window)
        m_window->document()->setModified(false); // no prompt on close
    m_window.reset();
}

void tst_NothingClipped::openLongNames() {
    const QString path =
        testsupport::writeFile(m_dir, QStringLiteral("long.archboard.json"), longNamesDesign());
    QVERIFY(!path.isEmpty());
    QVERIFY(m_window->openFile(path));
    m_window->canvasView()->resetZoom();
    m_window->canvasView()->centerOn(150, 0);
}

void tst_NothingClipped::longNamesWrapThenElide() {
    openLongNames();
    const QFontMetricsF title(m_window->canvasScene()->style().titleFont);
    const double width = CardGeometry::standard().text.width();
    for (const auto& [id, name] : {std::pair{"a", kLongName}, std::pair{"b", kLongWord}}) {
        auto* card = dynamic_cast<ComponentItem*>(m_window->canvasScene()->itemFor(id));
        QVERIFY(card);
        const QStringList lines = card->titleLines();
        QCOMPARE(lines.size(), 2);
        for (const QString& line : lines)
            QVERIFY2(title.horizontalAdvance(line) <= width + 0.5, qPrintable(line));
        QVERIFY(lines.last().endsWith(QChar(0x2026))); // elided
        QVERIFY(name.startsWith(lines.first()));
        // The card keeps its size; the tooltip has the whole name.
        QCOMPARE(card->boundingRect(), CardGeometry::standard().bounds);
        QVERIFY(card->toolTip().contains(name));
    }
}

void tst_NothingClipped::exportKeepsTheFullName() {
    openLongNames();
    const QString path = m_dir.filePath(QStringLiteral("long.svg"));
    QCOMPARE(exportDesign(m_window->document()->design(), path), QString());
    const QString svg = QString::fromUtf8(testsupport::readAll(path));
    const qsizetype group = svg.indexOf(QStringLiteral("data-id=\"a\""));
    QVERIFY(group > 0);
    const qsizetype titleAt = svg.indexOf(QStringLiteral("<title>"), group);
    QVERIFY(titleAt > group);
    QVERIFY(svg.mid(titleAt, 200).contains(kLongName));
    QVERIFY(svg.contains(QStringLiteral("<title>") + kLongWord));
}

void tst_NothingClipped::columnsFitTheirHeaders() {
    // The default window size, with a design whose names are long.
    QVERIFY(m_window->openFile(testsupport::caseFile(QStringLiteral("checkout-flash-sale"))));
    QTest::qWait(0); // the columns fit once the rows are in
    QCoreApplication::processEvents();
    verifyHeadersFit(m_window->outlineDock()->tree());
    verifyHeadersFit(m_window->critiqueDock()->tree());
    // The critique's one-line summary shows whole.
    const QLabel* summary = nullptr;
    for (const QLabel* label : m_window->critiqueDock()->findChildren<QLabel*>())
        if (label->accessibleName() == QStringLiteral("Critique summary"))
            summary = label;
    QVERIFY(summary);
    QVERIFY(!summary->text().isEmpty());
    QVERIFY2(summary->sizeHint().width() <= summary->width(), qPrintable(summary->text()));
    // Names get room before kinds and technologies.
    const QHeaderView* outline = m_window->outlineDock()->tree()->header();
    QVERIFY(outline->sectionSize(0) >= outline->sectionSize(1));
    QVERIFY(outline->sectionSize(0) >= outline->sectionSize(2));
    // A column the user sizes keeps its width when the dock changes.
    QHeaderView* critique = m_window->critiqueDock()->tree()->header();
    critique->resizeSection(1, 150);
    m_window->resize(1400, 900);
    QTRY_COMPARE(m_window->size(), QSize(1400, 900));
    QCoreApplication::processEvents();
    QCOMPARE(critique->sectionSize(1), 150);
    verifyHeadersFit(m_window->critiqueDock()->tree());
}

void tst_NothingClipped::historyColumnsFit() {
    // A document with two versions, one with a long message.
    const QString path = m_dir.filePath(QStringLiteral("history.archboard"));
    QFile::remove(path);
    const LoadResult loaded = source::readDesignFile(
        testsupport::caseFile(QStringLiteral("checkout-flash-sale")).toStdString());
    QVERIFY(loaded.design);
    store::Document::createWithVersion(path.toStdString(), *loaded.design,
                                       {"Ann Example", "first"});
    QVERIFY(m_window->openFile(path));
    DesignDocument& document = *m_window->document();
    Component renamed = document.design().components().front();
    renamed.name = "Web, mobile and partner apps";
    document.design().replace(renamed);
    QCOMPARE(document.saveVersion(QStringLiteral("Split the checkout orchestrator into "
                                                 "payment and order services")),
             QString());
    HistoryDialog history(&document, m_window.get());
    history.show();
    QVERIFY(QTest::qWaitForWindowExposed(&history));
    QTreeWidget* list = history.versionList();
    QCOMPARE(list->topLevelItemCount(), 2);
    verifyHeadersFit(list);
    // Every column but the message shows its text whole; the message's
    // tooltip has it.
    QCOMPARE(list->topLevelItem(0)->toolTip(list->columnCount() - 1),
             QStringLiteral("Split the checkout orchestrator into payment and order services"));
    const QFontMetrics metrics(list->font());
    for (int column = 0; column < list->columnCount() - 1; ++column)
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            const QString text = list->topLevelItem(row)->text(column);
            QVERIFY2(list->header()->sectionSize(column) >= metrics.horizontalAdvance(text),
                     qPrintable(text));
        }
}

void tst_NothingClipped::propertiesHeadingWraps() {
    openLongNames();
    auto* properties = m_window->findChild<PropertiesDock*>();
    QVERIFY(properties);
    const int dockWidth = properties->width();
    addConnection(*m_window->canvasScene(), "a", "b", ConnectionKind::Sync);
    const ElementId id = m_window->document()->design().connections().front().id;
    m_window->canvasScene()->clearSelection();
    m_window->canvasScene()->itemFor(id)->setSelected(true);
    QWidget* page = properties->pageWidget(PropertiesDock::Page::Connection);
    QVERIFY(page);
    auto* title = page->findChild<QLabel*>(QStringLiteral("headingTitle"));
    QVERIFY(title);
    QTRY_VERIFY(title->isVisible());
    // The heading wraps inside the dock, even the one-word name, and the
    // dock keeps its width; the tooltip has the heading whole.
    const QString whole = kLongName + QStringLiteral(" \u2192 ") + kLongWord;
    QCOMPARE(title->toolTip(), whole);
    QCOMPARE(QString(title->text()).remove(QChar(0x200b)), whole);
    QCOMPARE(properties->width(), dockWidth);
    QVERIFY(title->geometry().right() <= page->width());
    QVERIFY(title->minimumSizeHint().width() < properties->width() / 2);
}

void tst_NothingClipped::undoRedoKeepTheirWidth() {
    QToolBar* bar = m_window->mainToolBar();
    QToolButton* undo = buttonFor(bar, m_window->actions()->undo());
    QToolButton* redo = buttonFor(bar, m_window->actions()->redo());
    QVERIFY(undo && redo);
    const int undoWidth = undo->width();
    const int redoWidth = redo->width();
    openLongNames(); // names long enough to widen a label that carried them
    auto* card = m_window->canvasScene()->itemFor("a");
    QVERIFY(card);
    m_window->canvasScene()->clearSelection();
    card->setSelected(true);
    m_window->actions()->deleteSelection()->trigger();
    QVERIFY(m_window->document()->undoStack()->canUndo());
    QCoreApplication::processEvents();
    QCOMPARE(undo->width(), undoWidth);
    QVERIFY(m_window->actions()->undo()->toolTip().contains(
        m_window->document()->undoStack()->undoText()));
    m_window->actions()->undo()->trigger();
    QCoreApplication::processEvents();
    QVERIFY(m_window->document()->undoStack()->canRedo());
    QCOMPARE(undo->width(), undoWidth);
    QCOMPARE(redo->width(), redoWidth);
}

void tst_NothingClipped::paletteFitsAndFolds() {
    m_window->resize(1600, 1000);
    QTRY_COMPARE(m_window->size(), QSize(1600, 1000));
    auto* palette = m_window->findChild<PaletteDock*>();
    QVERIFY(palette);
    QTreeWidget* tree = palette->tree();
    // Every entry shows without scrolling, the last one inside the view.
    QTRY_COMPARE(tree->verticalScrollBar()->maximum(), 0);
    QTreeWidgetItem* last = palette->itemFor(NoteKind{});
    QVERIFY(tree->viewport()->rect().contains(tree->visualItemRect(last)));
    QVERIFY(palette->geometry().bottom() < 1000);

    // A click on a section's row folds it, another unfolds it.
    QTreeWidgetItem* compute = palette->section(QStringLiteral("Compute"));
    QVERIFY(compute);
    QVERIFY(compute->isExpanded());
    const QRect lastShown = tree->visualItemRect(last);
    const QPoint at = tree->visualItemRect(compute).center();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
    QVERIFY(!compute->isExpanded());
    QTRY_VERIFY(tree->visualItemRect(last).top() < lastShown.top()); // the rest moved up
    QVERIFY(tree->visualItemRect(palette->itemFor(ComponentKind::Worker)).isEmpty());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
    QVERIFY(compute->isExpanded());
    QTRY_COMPARE(tree->visualItemRect(last).top(), lastShown.top());
}

void tst_NothingClipped::paletteFilterUnfolds() {
    auto* palette = m_window->findChild<PaletteDock*>();
    QVERIFY(palette);
    QTreeWidgetItem* data = palette->section(QStringLiteral("Data"));
    QVERIFY(data);
    palette->setSectionExpanded(data, false);
    // A match in a folded section shows; the fold comes back after the search.
    palette->setFilterText(QStringLiteral("cache"));
    QCOMPARE(palette->visibleTokens(), QStringList{QStringLiteral("cache")});
    QVERIFY(data->isExpanded());
    QVERIFY(palette->section(QStringLiteral("Compute"))->isHidden());
    palette->setFilterText(QString());
    QVERIFY(!data->isExpanded());
    QVERIFY(palette->section(QStringLiteral("Compute"))->isExpanded());
}

void tst_NothingClipped::hoverShowsConnectHandles() {
    openLongNames();
    CanvasView* view = m_window->canvasView();
    auto* card = dynamic_cast<ComponentItem*>(m_window->canvasScene()->itemFor("b"));
    QVERIFY(card);
    QVERIFY(!card->showsConnectHandles());
    mouse(*view, QEvent::MouseMove, {300, 10}, Qt::NoButton, Qt::NoButton);
    QTRY_VERIFY(card->showsConnectHandles());
    // The handles stick out of the card, and presses there reach it.
    const QPointF leftHandle = QPointF(300 - card::kWidth / 2 - card::kHandleRadius, 0);
    QVERIFY(card->sceneBoundingRect().contains(leftHandle));
    QVERIFY(card->shape().contains(card->mapFromScene(leftHandle)));

    // Drawn in the view, never in an export.
    const QColor accent = m_window->canvasScene()->style().selection;
    const QRectF around(leftHandle - QPointF(8, 8), QSizeF(16, 16));
    QVERIFY(hasColour(view->viewport()->grab(view->mapFromScene(around).boundingRect()).toImage(),
                      accent));
    QImage exported(32, 32, QImage::Format_ARGB32);
    exported.fill(Qt::transparent);
    m_window->canvasScene()->setExporting(true);
    {
        QPainter painter(&exported);
        m_window->canvasScene()->render(&painter, QRectF(0, 0, 32, 32), around);
    }
    m_window->canvasScene()->setExporting(false);
    QVERIFY(!hasColour(exported, accent));

    mouse(*view, QEvent::MouseMove, {150, 200}, Qt::NoButton, Qt::NoButton);
    QTRY_VERIFY(!card->showsConnectHandles());
    QCOMPARE(card->boundingRect(), CardGeometry::standard().bounds);
}

void tst_NothingClipped::draggingFromAHandleConnects() {
    openLongNames();
    CanvasView* view = m_window->canvasView();
    // Over the card, then onto its right handle, outside the card's border.
    const QPointF handle(card::kWidth / 2 + card::kHandleRadius, 0);
    mouse(*view, QEvent::MouseMove, {0, 0}, Qt::NoButton, Qt::NoButton);
    mouse(*view, QEvent::MouseMove, handle, Qt::NoButton, Qt::NoButton);
    QVERIFY(!cardSceneRect(Position{0, 0}).contains(handle));
    const int before = m_window->document()->undoStack()->count();
    drag(*view, handle, {300, 10});
    QVERIFY(pickConnectionKind(*m_window->canvasScene(), QStringLiteral("connect_sync")));

    const Design& design = m_window->document()->design();
    QCOMPARE(design.connections().size(), std::size_t(1));
    QCOMPARE(design.connections().front().from, ElementId("a"));
    QCOMPARE(design.connections().front().to, ElementId("b"));
    QCOMPARE(m_window->document()->undoStack()->count(), before + 1);
    m_window->actions()->undo()->trigger();
    QVERIFY(design.connections().empty());
}

QTEST_MAIN(tst_NothingClipped)
#include "tst_nothingclipped.moc"
