// The critic on the canvas in the main window, light and dark: the window
// wires the Critique dock to the canvas, and pictures of the badges, a
// selected finding, an expanded cause and a quick fix's preview are taken for
// review (into $ARCHBOARD_SCREENSHOT_DIR when set).

#include "app/appearance.h"
#include "app/mainwindow.h"
#include "support/testsupport.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/critique/critiquedock.h"
#include "widgets/critique/findingsmodel.h"
#include "widgets/document/designdocument.h"
#include "widgets/quickfix/previewanswer.h"

#include <QPainter>
#include <QTest>
#include <QTreeView>

using namespace archboard;
using quickfixtest::PreviewAnswer;

namespace {

// The window with the dialog drawn over it where it sits on screen: an
// offscreen grab of the window alone leaves the dialog out.
QPixmap windowWithDialog(QWidget& window, QWidget& dialog) {
    QPixmap picture = window.grab();
    QPainter painter(&picture);
    const QPoint at = window.mapFromGlobal(dialog.mapToGlobal(QPoint(0, 0)));
    const QPoint centred((picture.width() - dialog.width()) / 2,
                         (picture.height() - dialog.height()) / 2);
    const QPoint topLeft = window.rect().contains(at) ? at : centred;
    painter.drawPixmap(topLeft, dialog.grab());
    // The frame a window manager would draw.
    painter.setPen(dialog.palette().color(QPalette::Mid));
    painter.drawRect(QRect(topLeft, dialog.size()).adjusted(0, 0, -1, -1));
    return picture;
}

// Shows a fixture in the window at the size of the pictures, all of it in view.
bool showDesign(MainWindow& window, const QString& fixture) {
    if (!window.document()->load(QStringLiteral(ARCHBOARD_FIXTURES) + fixture))
        return false;
    window.resize(1440, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.canvasView()->zoomToFit();
    return true;
}

QString suffixFor(bool dark) {
    return dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
}

} // namespace

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
        QVERIFY(showDesign(window, QStringLiteral("/critique/checkout-fanout.archboard.json")));
        const QString suffix = suffixFor(dark);
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

    // The preview over the window, with what it edits highlighted on the
    // canvas, and the drawing after Apply.
    void quickFixPreview_data() { pictures_data(); }

    void quickFixPreview() {
        QFETCH(bool, dark);
        applyAppearance(dark ? Appearance::Dark : Appearance::Light);
        MainWindow window;
        QVERIFY(showDesign(window, QStringLiteral("/cases/notification-fanout.archboard.json")));
        const QString suffix = suffixFor(dark);

        CritiqueDock* dock = window.critiqueDock();
        QVERIFY(dock->selectFinding("failure.queue-no-dlq", "q"));
        bool highlighted = false;
        bool saved = false;
        const PreviewAnswer answer(PreviewAnswer::Answer::Apply, [&](QuickFixDialog& dialog) {
            highlighted = window.canvasScene()->findingMarks().isHighlighted("q");
            saved = windowWithDialog(window, dialog)
                        .save(m_out + QStringLiteral("/quickfix-preview") + suffix);
        });
        QTest::mouseClick(dock->fixButton(), Qt::LeftButton);
        QVERIFY(answer.answered());
        QVERIFY(highlighted);
        QVERIFY(saved);
        QVERIFY(window.document()->design().component("q-dlq"));
        QTRY_VERIFY(!dock->currentFinding() ||
                    dock->currentFinding()->rule != "failure.queue-no-dlq");
        window.canvasView()->zoomToFit();
        QVERIFY(window.grab().save(m_out + QStringLiteral("/quickfix-applied") + suffix));
    }

private:
    QTemporaryDir m_settingsDir;
    QString m_out;
};

QTEST_MAIN(tst_CritiqueScreens)
#include "tst_critiquescreens.moc"
