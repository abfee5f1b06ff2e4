// Arrange ▸ Tidy Layout in the main window: one undo step that lays the open
// design out along its flow, driven from the menu and from the keyboard.
#include "app/mainactions.h"
#include "app/mainwindow.h"
#include "model/design.h"
#include "support/testsupport.h"
#include "widgets/canvas/canvasitem.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/cardgeometry.h"
#include "widgets/document/designdocument.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>
#include <QUndoStack>

using namespace archboard;
using testsupport::caseFile;

namespace {

QRectF cardOf(const Design& design, const ElementId& id) {
    return cardSceneRect(design.component(id)->position);
}

} // namespace

class tst_TidyLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void menuOffersTidyLayout();
    void tidiesAsOneUndoStep_data();
    void tidiesAsOneUndoStep();
    void keyboardShortcutTidies();
    void emptyDesignIsLeftAlone();
};

void tst_TidyLayout::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ArchboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_tidylayout"));
}

void tst_TidyLayout::init() {
    QSettings().clear();
}

void tst_TidyLayout::menuOffersTidyLayout() {
    MainWindow window;
    auto* arrange = window.menuBar()->findChild<QMenu*>(QStringLiteral("arrangeMenu"));
    QVERIFY(arrange);
    QVERIFY(arrange->actions().contains(window.actions()->tidyLayout()));
    QCOMPARE(window.actions()->tidyLayout()->text().remove(u'&'), QStringLiteral("Tidy Layout"));
}

void tst_TidyLayout::tidiesAsOneUndoStep_data() {
    QTest::addColumn<QString>("name");
    for (const char* name :
         {"url-shortener-solid", "ticket-booking-two-regions", "two-regions-on-paper",
          "ride-hailing-dispatch", "notification-fanout"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_TidyLayout::tidiesAsOneUndoStep() {
    QFETCH(QString, name);
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(caseFile(name)));
    DesignDocument* document = window.document();
    const DesignData before = document->design().data();
    const int steps = document->undoStack()->count();

    window.actions()->tidyLayout()->trigger();

    const Design& design = document->design();
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Tidy Layout"));
    QVERIFY(document->isModified());
    // Entries left of stores, members inside their containers, no overlaps:
    // read back from the canvas's own geometry.
    for (const Component* entry : design.entries())
        for (const Component& store : design.components())
            if (isStoreOfRecord(store.kind))
                QVERIFY(cardOf(design, entry->id).right() < cardOf(design, store.id).left());
    for (const Group& group : design.groups()) {
        const QRectF rect(group.rect.x, group.rect.y, group.rect.w, group.rect.h);
        for (const ElementId& member : group.members)
            QVERIFY2(rect.contains(cardOf(design, member)), member.c_str());
    }
    const auto& components = design.components();
    for (std::size_t i = 0; i < components.size(); ++i)
        for (std::size_t j = i + 1; j < components.size(); ++j)
            QVERIFY2(!cardOf(design, components[i].id).intersects(cardOf(design, components[j].id)),
                     (components[i].id + " / " + components[j].id).c_str());
    // The canvas followed the model.
    const QRectF shown = window.canvasScene()->itemFor(components.front().id)->sceneBoundingRect();
    QVERIFY(shown.contains(cardOf(design, components.front().id).center()));

    document->undoStack()->undo();
    QVERIFY(document->design().data() == before);
    document->undoStack()->redo();
    QVERIFY(!(document->design().data() == before));
}

void tst_TidyLayout::keyboardShortcutTidies() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(caseFile(QStringLiteral("url-shortener-naive"))));
    const DesignData before = window.document()->design().data();
    window.canvasView()->setFocus();
    QTest::keyClick(window.canvasView()->viewport(), Qt::Key_L,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!(window.document()->design().data() == before));
    QTest::keyClick(window.canvasView()->viewport(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(window.document()->design().data() == before);
}

void tst_TidyLayout::emptyDesignIsLeftAlone() {
    MainWindow window;
    window.actions()->tidyLayout()->trigger();
    QCOMPARE(window.document()->undoStack()->count(), 0);
    QVERIFY(!window.document()->isModified());
}

QTEST_MAIN(tst_TidyLayout)
#include "tst_tidylayout.moc"
