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
#include "widgets/document/filewatcher.h"

#include <functional>
#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>
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
    void saveAfterCliCommitAsks_data();
    void saveAfterCliCommitAsks();
    void cliCommitIsNoticedWhileEditing();
    void cliCommitWithoutEditsIsShown();

private:
    // `archboard-cli commit DOC design.json -m MESSAGE` with the first
    // component renamed to `name`, as another program would run it.
    void cliCommit(const QString& path, const std::string& name, const QString& message);
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
    // Called by its (current) name, not its id.
    QCOMPARE(dialog.differences()->toPlainText(),
             QString::fromStdString("Changed \u201cSecond name\u201d: name \"" + firstName +
                                    "\" \u2192 \"Second name\""));

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

void tst_VersionActions::cliCommit(const QString& path, const std::string& name,
                                   const QString& message) {
    LoadResult loaded =
        source::readDesignFile(caseFile(QStringLiteral("url-shortener-solid")).toStdString());
    loaded.design->components.front().name = name;
    const QString json = m_dir->filePath(QStringLiteral("design.json"));
    QFile file(json);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(writeDesignJson(*loaded.design)));
    file.close();
    QProcess cli;
    cli.start(QStringLiteral(ARCHBOARD_CLI_PATH),
              {QStringLiteral("commit"), path, json, QStringLiteral("-m"), message});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
}

void tst_VersionActions::saveAfterCliCommitAsks_data() {
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("versions");
    QTest::addColumn<std::string>("shown");
    QTest::newRow("keep mine") << QStringLiteral("keepMineButton") << 3 << std::string("Mine");
    QTest::newRow("reload") << QStringLiteral("reloadButton") << 2 << std::string("Theirs");
    QTest::newRow("decide later") << QStringLiteral("decideLaterButton") << 2
                                  << std::string("Mine");
}

// Open, edit, `archboard-cli commit`, then Save: the user is asked, and
// version 2 stays in the log with its content whatever they choose.
void tst_VersionActions::saveAfterCliCommitAsks() {
    QFETCH(QString, button);
    QFETCH(int, versions);
    QFETCH(std::string, shown);
    const QString path = newDocument();
    MainWindow window;
    QVERIFY(window.openFile(path));
    DesignDocument& document = *window.document();
    renameFirst(document, "Mine");
    cliCommit(path, "Theirs", QStringLiteral("from CI"));

    QString told;
    // The question, then the message for the version (keep) or the
    // confirmation that unsaved changes are dropped (reload).
    answerNextDialog([&](QWidget* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("outsideVersionsDialog"));
        told = qobject_cast<QMessageBox*>(dialog)->text();
        if (button != QStringLiteral("decideLaterButton"))
            answerNextDialog([](QWidget* next) {
                if (auto* input = qobject_cast<QInputDialog*>(next)) {
                    input->setTextValue(QStringLiteral("mine on top"));
                    input->accept();
                } else {
                    QCOMPARE(next->objectName(), QStringLiteral("confirmReloadDialog"));
                    qobject_cast<QMessageBox*>(next)->button(QMessageBox::Discard)->click();
                }
            });
        dialog->findChild<QPushButton*>(button)->click();
    });
    window.actions()->save()->trigger();
    QTRY_VERIFY(!told.isEmpty());
    QVERIFY2(told.contains(QStringLiteral("version 2")) && told.contains(QStringLiteral("from CI")),
             qPrintable(told));
    QTRY_COMPARE(document.design().components().front().name, shown);
    QTRY_COMPARE(int(document.versions().size()), versions);
    QTest::qWait(2 * FileWatcher::kSettleMs); // no second question comes
    QVERIFY(!QApplication::activeModalWidget());

    const auto store = store::Document::open(path.toStdString(), store::Document::Mode::ReadOnly);
    const auto log = store->versions();
    QCOMPARE(int(log.size()), versions);
    QCOMPARE(log[1].message, std::string("from CI"));
    QCOMPARE(store->readVersion(2).components.front().name, std::string("Theirs"));
    if (versions == 3) {
        QCOMPARE(log[2].message, std::string("mine on top"));
        QCOMPARE(store->readVersion(3).components.front().name, std::string("Mine"));
        QVERIFY(!document.isModified());
    }
    QCOMPARE(document.isModified(), button == QStringLiteral("decideLaterButton"));
}

void tst_VersionActions::cliCommitIsNoticedWhileEditing() {
    const QString path = newDocument();
    MainWindow window;
    QVERIFY(window.openFile(path));
    renameFirst(*window.document(), "Mine");
    bool asked = false;
    answerNextDialog([&](QWidget* dialog) {
        asked = dialog->objectName() == QStringLiteral("outsideVersionsDialog");
        dialog->findChild<QPushButton*>(QStringLiteral("decideLaterButton"))->click();
    });
    // Without Save: the file watcher tells, even when the autosave due for
    // the rename reaches the file before the watcher has looked.
    cliCommit(path, "Theirs", QStringLiteral("from CI"));
    QVERIFY(window.document()->flushAutosave().isEmpty());
    QTRY_VERIFY(asked);
    QCOMPARE(window.document()->design().components().front().name, std::string("Mine"));
    QVERIFY(window.document()->isModified());
}

void tst_VersionActions::cliCommitWithoutEditsIsShown() {
    const QString path = newDocument();
    MainWindow window;
    QVERIFY(window.openFile(path));
    // Nothing unsaved, nothing to lose: the new version is shown, and said so.
    cliCommit(path, "Theirs", QStringLiteral("from CI"));
    QTRY_COMPARE(window.document()->design().components().front().name, std::string("Theirs"));
    QVERIFY(!window.document()->isModified());
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("version 2")));
    QCOMPARE(window.document()->versions().size(), std::size_t(2));
}

QTEST_MAIN(tst_VersionActions)
#include "tst_versionactions.moc"
