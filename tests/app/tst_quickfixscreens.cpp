// Quick fixes in the main window, light and dark: the preview over the
// window while the canvas highlights what the fix edits, and the drawing
// after Apply. Pictures go into $ARCHBOARD_SCREENSHOT_DIR when set.

#include "app/appearance.h"
#include "app/mainwindow.h"
#include "support/testsupport.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/critique/critiquedock.h"
#include "widgets/document/designdocument.h"
#include "widgets/quickfix/previewanswer.h"

#include <QPainter>
#include <QTest>

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

} // namespace

class tst_QuickFixScreens : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        testsupport::useThrowawaySettings(m_settingsDir, QStringLiteral("tst_quickfixscreens"));
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
            QStringLiteral(ARCHBOARD_FIXTURES "/cases/notification-fanout.archboard.json")));
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.canvasView()->zoomToFit();
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");

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

QTEST_MAIN(tst_QuickFixScreens)
#include "tst_quickfixscreens.moc"
