// The app's side of the history: Save Version (Ctrl+S) with a message, the
// recovery offer when a document opens with unsaved work, and the history
// dialog's comparison and restore.
#include "app/historydialog.h"
#include "app/mainactions.h"
#include "app/mainwindow.h"
#include "app/versionactions.h"
#include "model/json/designjson.h"
#include "model/source/designsource.h"
#include "model/store/document.h"
#include "support/testsupport.h"
#include "widgets/document/designdocument.h"

#include <functional>
#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace archboard;
using testsupport::caseFile;

namespace {

// Runs `answer` on the next modal dialog, once it is shown.
void answerNextDialog(std::function<void(QWidget*)> answer) {
    auto* poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer] {
        if (QWidget* dialog = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            answer(dialog);
        }
    });
    poll->start(10);
}

void renameFirst(DesignDocument& document, const std::string& name) {
    Component component = document.design().components().front();
    component.name = name;
    document.design().replace(component);
}

} // namespace

class tst_VersionActions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void saveVersionAsksForAMessage();
    void saveVersionCanBeCancelled();
    void recoveryIsOfferedOnOpen_data();
    void recoveryIsOfferedOnOpen();
    void historyComparesAndRestores();
    void historyIsOnlyForDocuments();

private:
    QString newDocument();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_VersionActions::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString tst_VersionActions::newDocument() {
    const QString path = m_dir->filePath(QStringLiteral("design.archboard"));
    const LoadResult loaded =
        source::readDesignFile(caseFile(QStringLiteral("url-shortener-solid")).toStdString());
    store::Document::createWithVersion(path.toStdString(), *loaded.design, {"Ann", "first"});
    return path;
}

void tst_VersionActions::saveVersionAsksForAMessage() {
    MainWindow window;
    QVERIFY(window.openFile(newDocument()));
    renameFirst(*window.document(), "Renamed");
    // File > Save (Ctrl+S) on a document saves a version.
    QAction* save = window.actions()->save();
    QCOMPARE(save->shortcut(), QKeySequence(QKeySequence::Save));
    QVERIFY(save->isEnabled());
    answerNextDialog([](QWidget* dialog) {
        auto* input = qobject_cast<QInputDialog*>(dialog);
        QVERIFY(input);
        input->setTextValue(QStringLiteral("Renamed the entry point"));
        input->accept();
    });
    save->trigger();
    const auto versions = window.document()->versions();
    QCOMPARE(versions.size(), std::size_t(2));
    QCOMPARE(versions.back().message, std::string("Renamed the entry point"));
    QVERIFY(!window.document()->isModified());
}

void tst_VersionActions::saveVersionCanBeCancelled() {
    MainWindow window;
    QVERIFY(window.openFile(newDocument()));
    renameFirst(*window.document(), "Renamed");
    answerNextDialog([](QWidget* dialog) { qobject_cast<QDialog*>(dialog)->reject(); });
    window.versionActions()->saveVersion()->trigger();
    QCOMPARE(window.document()->versions().size(), std::size_t(1));
    QVERIFY(window.document()->isModified());
}

void tst_VersionActions::recoveryIsOfferedOnOpen_data() {
    QTest::addColumn<QString>("button");
    QTest::addColumn<std::string>("expectedName");
    QTest::newRow("recover") << QStringLiteral("recoverButton") << std::string("Unsaved edit");
    QTest::newRow("discard") << QStringLiteral("discardButton") << std::string();
}

void tst_VersionActions::recoveryIsOfferedOnOpen() {
    QFETCH(QString, button);
    QFETCH(std::string, expectedName);
    const QString path = newDocument();
    std::string savedName;
    {
        DesignDocument document;
        QVERIFY(document.load(path));
        savedName = document.design().components().front().name;
        renameFirst(document, "Unsaved edit");
        // Closed without saving a version: the edit is in the working copy.
    }
    if (expectedName.empty())
        expectedName = savedName;

    MainWindow window;
    bool offered = false;
    answerNextDialog([&](QWidget* dialog) {
        offered = dialog->objectName() == QStringLiteral("recoveryDialog");
        auto* choice = dialog->findChild<QPushButton*>(button);
        QVERIFY(choice);
        choice->click();
    });
    QVERIFY(window.openFile(path));
    QTRY_VERIFY(offered);
    QTRY_VERIFY(!window.document()->hasRecoverableWork());
    QCOMPARE(window.document()->design().components().front().name, expectedName);
    QCOMPARE(window.document()->versions().size(), std::size_t(1));
}

void tst_VersionActions::historyComparesAndRestores() {
    MainWindow window;
    QVERIFY(window.openFile(newDocument()));
    DesignDocument& document = *window.document();
    const std::string firstName = document.design().components().front().name;
    const std::string id = document.design().components().front().id;
    renameFirst(document, "Second name");
    QCOMPARE(document.saveVersion(QStringLiteral("second")), QString());

    HistoryDialog dialog(&document, &window);
    QTreeWidget* list = dialog.versionList();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("2")); // newest first
    QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("second"));
    QCOMPARE(dialog.selectedVersion(), 2);
    QCOMPARE(dialog.differences()->toPlainText(), QString());
    dialog.selectVersion(1);
    QCOMPARE(dialog.differences()->toPlainText(),
             QString::fromStdString("~ component " + id + " name: \"" + firstName +
                                    "\" -> \"Second name\"\n"));

    QCOMPARE(dialog.restoreSelected(), QString());
    QCOMPARE(document.design().components().front().name, firstName);
    QCOMPARE(list->topLevelItemCount(), 3); // the list follows the new version
    QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("Restore version 1"));
}

void tst_VersionActions::historyIsOnlyForDocuments() {
    MainWindow window;
    QVERIFY(window.openFile(caseFile(QStringLiteral("url-shortener-solid"))));
    QVERIFY(!window.versionActions()->history()->isEnabled());
    QVERIFY(window.versionActions()->saveVersion()->isEnabled());
    QVERIFY(window.openFile(newDocument()));
    QVERIFY(window.versionActions()->history()->isEnabled());
}

QTEST_MAIN(tst_VersionActions)
#include "tst_versionactions.moc"
