// The Critique dock's quick fix: a click on Fix… previews the changes in the
// design's own names, Apply makes them as one undo step and Cancel makes
// none; rows without a mechanical fix offer none.

#include "previewanswer.h"
#include "support/testsupport.h"
#include "widgets/critique/critiquedock.h"
#include "widgets/critique/critiquepreferences.h"
#include "widgets/document/designdocument.h"

#include <functional>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace archboard;
using quickfixtest::PreviewAnswer;
using testsupport::caseFile;

namespace {

bool hasFinding(const CritiqueDock& dock, std::string_view rule, std::string_view target) {
    return std::any_of(dock.findings().begin(), dock.findings().end(),
                       [&](const Finding& f) { return f.rule == rule && f.target == target; });
}

} // namespace

class tst_QuickFixDock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        testsupport::useThrowawaySettings(m_settingsDir, QStringLiteral("tst_quickfixdock"));
    }
    void cleanup() { CritiquePreferences::instance().reset(); }

    void applyIsOneUndoableStep();
    void addedComponentComesAndGoes();
    void cancelChangesNothing();
    void rowMenuOffersTheFix();
    void findingsWithoutAFixOfferNone();

private:
    QTemporaryDir m_settingsDir;
};

void tst_QuickFixDock::applyIsOneUndoableStep() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-naive"))));
    CritiqueDock dock(&document);
    dock.show();
    QVERIFY(dock.selectFinding("spof.single-instance", "db"));
    QVERIFY(dock.fixButton()->isEnabled());
    QCOMPARE(dock.fixButton()->accessibleName(), QStringLiteral("Preview and apply the quick fix"));

    QSignalSpy highlights(&dock, &CritiqueDock::highlightChanged);
    QStringList highlightedInPreview;
    const PreviewAnswer answer(PreviewAnswer::Answer::Apply, [&](QuickFixDialog&) {
        highlightedInPreview =
            highlights.isEmpty() ? QStringList() : highlights.last().first().toStringList();
    });
    QTest::mouseClick(dock.fixButton(), Qt::LeftButton);
    QVERIFY(answer.answered());
    QCOMPARE(answer.title(), QStringLiteral("Quick Fix"));
    QVERIFY(answer.changes().contains(QStringLiteral("Run “URL table” as 2 replicas")));
    QCOMPARE(highlightedInPreview, QStringList{QStringLiteral("db")}); // what it changes

    const Component& db = *document.design().component("db");
    QCOMPARE(db.replicas, std::int64_t{2});
    QVERIFY(db.props.failover == Failover::Automatic);
    QUndoStack* stack = document.undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Add Replica to “URL table”"));
    QTRY_VERIFY(!hasFinding(dock, "spof.single-instance", "db"));

    stack->undo();
    QCOMPARE(document.design().component("db")->replicas, std::int64_t{1});
    QVERIFY(!document.design().component("db")->props.failover);
    QTRY_VERIFY(hasFinding(dock, "spof.single-instance", "db"));
    stack->redo();
    QCOMPARE(document.design().component("db")->replicas, std::int64_t{2});
    QTRY_VERIFY(!hasFinding(dock, "spof.single-instance", "db"));
}

void tst_QuickFixDock::addedComponentComesAndGoes() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-naive"))));
    CritiqueDock dock(&document);
    dock.show();
    QVERIFY(dock.selectFinding("observe.none", ""));
    const PreviewAnswer answer(PreviewAnswer::Answer::Apply);
    QVERIFY(dock.fixCurrent());
    QVERIFY(answer.changes().contains(QStringLiteral("Add the observability component")));
    const Component* observer = document.design().component("observability");
    QVERIFY(observer);
    QVERIFY(observer->kind == ComponentKind::Observability);
    QTRY_VERIFY(!hasFinding(dock, "observe.none", ""));

    document.undoStack()->undo();
    QVERIFY(!document.design().component("observability"));
    QTRY_VERIFY(hasFinding(dock, "observe.none", ""));
    document.undoStack()->redo();
    QVERIFY(document.design().component("observability"));
    QTRY_VERIFY(!hasFinding(dock, "observe.none", ""));
}

void tst_QuickFixDock::cancelChangesNothing() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-naive"))));
    CritiqueDock dock(&document);
    dock.show();
    const DesignData before = document.design().data();
    QVERIFY(dock.selectFinding("failure.sync-no-timeout", "e2"));
    QSignalSpy highlights(&dock, &CritiqueDock::highlightChanged);
    const PreviewAnswer answer(PreviewAnswer::Answer::Cancel);
    QTest::mouseClick(dock.fixButton(), Qt::LeftButton);
    QVERIFY(answer.answered());
    QVERIFY(answer.changes().contains(QStringLiteral("“Shortener API → URL table”")));
    QVERIFY(document.design().data() == before);
    QCOMPARE(document.undoStack()->count(), 0);
    // The finding's own targets are highlighted again.
    QVERIFY(!highlights.isEmpty());
    QCOMPARE(highlights.last().first().toStringList(), QStringList{QStringLiteral("e2")});
}

void tst_QuickFixDock::rowMenuOffersTheFix() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-naive"))));
    CritiqueDock dock(&document);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QVERIFY(dock.selectFinding("failure.store-no-backups", "db"));
    const PreviewAnswer answer(PreviewAnswer::Answer::Apply);
    // Picks Fix… from the row's context menu once it shows.
    QStringList offered;
    std::function<void(int)> pick = [&offered, &pick](int triesLeft) {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu) {
            if (triesLeft > 0)
                QTimer::singleShot(10, [&pick, triesLeft] { pick(triesLeft - 1); });
            return;
        }
        for (QAction* action : menu->actions())
            offered.append(action->text());
        for (QAction* action : menu->actions())
            if (action->text() == QStringLiteral("Fix…")) {
                menu->setActiveAction(action);
                QTest::keyClick(menu, Qt::Key_Return);
                return;
            }
        menu->close();
    };
    QTimer::singleShot(0, [&pick] { pick(100); });
    QTreeView* tree = dock.tree();
    const QRect row = tree->visualRect(tree->currentIndex());
    QVERIFY(!row.isEmpty());
    Q_EMIT tree->customContextMenuRequested(row.center());
    QCOMPARE(offered.value(0), QStringLiteral("Fix…"));
    QVERIFY(answer.answered());
    QCOMPARE(document.design().component("db")->props.backups, std::optional(true));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Add Backups to “URL table”"));
}

void tst_QuickFixDock::findingsWithoutAFixOfferNone() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-naive"))));
    CritiqueDock dock(&document);
    QVERIFY(dock.selectFinding("scale.availability-budget", "db"));
    QVERIFY(!dock.fixButton()->isEnabled());
    QVERIFY(!dock.fixCurrent());
    QCOMPARE(document.undoStack()->count(), 0);
    // An accepted finding is not fixed: reopen it first.
    QVERIFY(dock.selectFinding("failure.store-no-backups", "db"));
    QVERIFY(dock.fixButton()->isEnabled());
    QVERIFY(dock.acceptCurrent(QStringLiteral("Restored from the upstream export")));
    QTRY_VERIFY(dock.currentFinding() && dock.currentFinding()->accepted);
    QVERIFY(!dock.fixButton()->isEnabled());
}

QTEST_MAIN(tst_QuickFixDock)
#include "tst_quickfixdock.moc"
