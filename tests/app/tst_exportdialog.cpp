// File ▸ Export ▸ PNG asks for the file, the scale and the background in
// one dialog, and the picture follows what was chosen.
#include "app/exportdialog.h"
#include "app/mainactions.h"
#include "app/mainwindow.h"
#include "support/testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

using namespace archboard;
using testsupport::caseFile;

class tst_ExportDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pngAsksForScaleAndBackground();
    void otherFormatsAskOnlyForTheFile();
    void exportsTransparentPngInOneStep();

private:
    QTemporaryDir m_dir;
};

void tst_ExportDialog::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ArchboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void tst_ExportDialog::pngAsksForScaleAndBackground() {
    ExportDialog dialog(nullptr, QStringLiteral("png"), QStringLiteral("PNG (*.png)"),
                        m_dir.filePath(QStringLiteral("a.png")));
    QVERIFY(dialog.scaleField());
    QVERIFY(dialog.backgroundField());
    QCOMPARE(dialog.options().scale, 2.0);
    QVERIFY(!dialog.options().transparent);
    dialog.scaleField()->setValue(3);
    dialog.backgroundField()->setCurrentIndex(1);
    QCOMPARE(dialog.options().scale, 3.0);
    QVERIFY(dialog.options().transparent);
}

void tst_ExportDialog::otherFormatsAskOnlyForTheFile() {
    ExportDialog dialog(nullptr, QStringLiteral("svg"), QStringLiteral("SVG (*.svg)"),
                        m_dir.filePath(QStringLiteral("a.svg")));
    QVERIFY(!dialog.scaleField());
    QVERIFY(!dialog.backgroundField());
    QCOMPARE(dialog.options().scale, 1.0);
}

void tst_ExportDialog::exportsTransparentPngInOneStep() {
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(caseFile(QStringLiteral("url-shortener-solid"))));
    const QString path = m_dir.filePath(QStringLiteral("shot.png"));
    int dialogs = 0;
    // The only modal dialog: fill it in and accept it as a person would.
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<ExportDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        ++dialogs;
        dialog->scaleField()->setValue(1);
        dialog->backgroundField()->setCurrentIndex(1);
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept checks the name
    });
    window.actions()->exportPng()->trigger();
    QCOMPARE(dialogs, 1);
    QVERIFY(!QApplication::activeModalWidget()); // no second modal asked for the scale
    const QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(image.hasAlphaChannel());
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
