// The critic on the canvas in the main window, light and dark: the window
// wires the Critique dock to the canvas, and pictures of the badges, a
// selected finding and an expanded cause are taken for review (into
// $ARCHBOARD_SCREENSHOT_DIR when set).

#include "app/appearance.h"
#include "app/mainwindow.h"
#include "support/testsupport.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/critique/critiquedock.h"
#include "widgets/critique/findingsmodel.h"
#include "widgets/document/designdocument.h"

#include <QTest>
#include <QTreeView>

using namespace archboard;

class tst_CritiqueScreens : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        testsupport::useThrowawaySettings(m_settingsDir, QStringLiteral("tst_critiquescreens"));
        m_out = qEnvironmentVariable("ARCHBOARD_SCREENSHOT_DIR", m_settingsDir.path());
    }

    void pictures_data() {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void pictures() {
        QFETCH(bool, dark);
        applyAppearance(dark ? Appearance::Dark : Appearance::Light);
        MainWindow window;
        QVERIFY(window.document()->load(
            QStringLiteral(ARCHBOARD_FIXTURES "/critique/checkout-fanout.archboard.json")));
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.canvasView()->zoomToFit();
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
        QVERIFY(window.canvasScene()->findingMarks().mark("call-tax"));
        QVERIFY(window.grab().save(m_out + QStringLiteral("/critique-badges") + suffix));

        // A click on a finding in the window's own dock selects on its canvas.
        CritiqueDock* dock = window.critiqueDock();
        QTreeView* tree = dock->tree();
        const QModelIndex ledger = dock->model()->indexOf("failure.store-no-backups", "ledgerdb");
        tree->scrollTo(ledger);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(ledger).center());
        QCOMPARE(window.canvasScene()->selectedIds(), std::vector<ElementId>{"ledgerdb"});
        QVERIFY(window.canvasScene()->findingMarks().isHighlighted("ledgerdb"));
        QVERIFY(window.grab().save(m_out + QStringLiteral("/critique-selected") + suffix));

        const QModelIndex cause =
            dock->model()->indexOf("failure.sync-no-timeout", "call-tax", true);
        tree->expand(cause);
        tree->scrollTo(cause, QAbstractItemView::PositionAtTop);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(cause).center());
        QCOMPARE(window.canvasScene()->selectedIds().size(), 7u);
        window.canvasView()->zoomToFit();
        QVERIFY(window.grab().save(m_out + QStringLiteral("/critique-grouped") + suffix));
    }

private:
    QTemporaryDir m_settingsDir;
    QString m_out;
};

QTEST_MAIN(tst_CritiqueScreens)
#include "tst_critiquescreens.moc"
