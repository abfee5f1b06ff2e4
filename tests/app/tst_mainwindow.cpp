#include "support/fullfolder.h"
#include "app/mainactions.h"
#include "app/mainwindow.h"
#include "app/recentfiles.h"
#include "model/design.h"
#include "support/testsupport.h"
#include "widgets/document/designdocument.h"
#include "widgets/outline/outlinedock.h"
#include "widgets/outline/outlinemodel.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeView>
#include <QtTest>

using namespace archboard;
using testsupport::caseFile;
using testsupport::childByText;

namespace {

QString solid() {
    return caseFile(QStringLiteral("url-shortener-solid"));
}

QString componentsSection(const MainWindow& window) {
    return window.outlineDock()->sectionIndex(ElementType::Component).data().toString();
}

QString statusText(const MainWindow& window) {
    const auto* label = window.findChild<QLabel*>(QStringLiteral("statusSummary"));
    return label ? label->text() : QString();
}

} // namespace

class tst_MainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void opensDesignIntoOutline();
    void failedOpenKeepsDesign_data();
    void failedOpenKeepsDesign();
    void longProblemListsAreCut();
    void recentFilesFollowOpens();
    void outlineFollowsModelChanges();
    void droppedFileOpens();
    void closeReturnsToEmptyWindow();
    void viewMenuTogglesOutline();
    void windowLayoutPersists();
    void failedWriteKeepsEarlierFile_data();
    void failedWriteKeepsEarlierFile();

private:
    QTemporaryDir m_dir;
};

void tst_MainWindow::initTestCase() {
    // Keep the user's settings out of it.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ArchboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_dir.isValid());
}

void tst_MainWindow::init() {
    QSettings().clear();
}

void tst_MainWindow::opensDesignIntoOutline() {
    MainWindow window;
    window.show();
    QSignalSpy opened(&window, &MainWindow::fileOpened);
    QVERIFY(window.openFile(solid()));
    QCOMPARE(opened.count(), 1);
    QVERIFY(!window.lastErrorDialog());

    QCOMPARE(componentsSection(window), QStringLiteral("Components (8)"));
    const QModelIndex lb = childByText(window.outlineDock()->sectionIndex(ElementType::Component),
                                       QStringLiteral("Edge LB"));
    QVERIFY(lb.isValid());
    QCOMPARE(lb.siblingAtColumn(OutlineModel::KindColumn).data().toString(),
             QStringLiteral("load balancer"));
    QCOMPARE(lb.siblingAtColumn(OutlineModel::TechnologyColumn).data().toString(),
             QStringLiteral("AWS ALB"));
    QCOMPARE(window.outlineDock()->model()->rowCount(
                 window.outlineDock()->sectionIndex(ElementType::Connection)),
             6);

    QVERIFY2(window.windowTitle().contains(QStringLiteral("url-shortener-solid.archboard.json")),
             qPrintable(window.windowTitle()));
    QVERIFY(window.windowTitle().contains(QStringLiteral("URL shortener (reviewed)")));
    QCOMPARE(window.windowFilePath(), QFileInfo(solid()).absoluteFilePath());
    QVERIFY(!window.isWindowModified());
    QCOMPARE(statusText(window), QStringLiteral("8 components, 6 connections"));
}

void tst_MainWindow::failedOpenKeepsDesign_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedProblem");
    QTest::newRow("dangling-connection-target")
        << testsupport::danglingConnectionDesign()
        << QStringLiteral("connections[0].to: no component \"zz\"");
    QTest::newRow("invalid-json") << QByteArray("{\n  \"format\": \"archboard\",\n  oops\n}")
                                  << QStringLiteral("line 3");
}

void tst_MainWindow::failedOpenKeepsDesign() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedProblem);
    const QString bad =
        testsupport::writeFile(m_dir, QStringLiteral("broken.archboard.json"), bytes);
    QVERIFY(!bad.isEmpty());

    MainWindow window;
    window.show();
    QVERIFY(window.openFile(solid()));
    const QString titleBefore = window.windowTitle();
    QSignalSpy failed(&window, &MainWindow::openFailed);

    QVERIFY(!window.openFile(bad));

    QCOMPARE(failed.count(), 1);
    QMessageBox* box = window.lastErrorDialog();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->icon(), QMessageBox::Warning);
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    QVERIFY2(box->text().contains(QStringLiteral("broken.archboard.json")),
             qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(expectedProblem), qPrintable(box->informativeText()));

    // The window keeps the design it had.
    QCOMPARE(window.windowTitle(), titleBefore);
    QCOMPARE(window.windowFilePath(), QFileInfo(solid()).absoluteFilePath());
    QCOMPARE(componentsSection(window), QStringLiteral("Components (8)"));
    QCOMPARE(statusText(window), QStringLiteral("8 components, 6 connections"));
    QVERIFY(!window.recentFiles()->files().contains(QFileInfo(bad).absoluteFilePath()));

    box->close();
    QTRY_VERIFY(!window.lastErrorDialog());
}

void tst_MainWindow::longProblemListsAreCut() {
    constexpr int broken = 30;
    const QString bad = testsupport::writeFile(m_dir, QStringLiteral("many.archboard.json"),
                                               testsupport::manyDanglingConnectionsDesign(broken));
    QVERIFY(!bad.isEmpty());

    MainWindow window;
    window.show();
    QSignalSpy failed(&window, &MainWindow::openFailed);
    QVERIFY(!window.openFile(bad));
    const QStringList problems = failed.at(0).at(1).toStringList();
    QVERIFY2(problems.size() >= broken, qPrintable(problems.join(QLatin1Char('\n'))));

    QMessageBox* box = window.lastErrorDialog();
    QVERIFY(box);
    const QStringList lines = box->informativeText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), MainWindow::kMaxListedProblems + 1);
    QVERIFY2(
        lines.last().contains(
            QStringLiteral("and %1 more").arg(problems.size() - MainWindow::kMaxListedProblems)),
        qPrintable(lines.last()));
    QVERIFY(box->detailedText().contains(problems.last()));
}

void tst_MainWindow::recentFilesFollowOpens() {
    const QString ticket = caseFile(QStringLiteral("ticket-booking-two-regions"));
    {
        MainWindow window;
        QVERIFY(window.openFile(solid()));
        QVERIFY(window.openFile(ticket));
        const QStringList recent = window.recentFiles()->files();
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent.at(0), QFileInfo(ticket).absoluteFilePath());
        QCOMPARE(recent.at(1), QFileInfo(solid()).absoluteFilePath());

        // The menu lists them, and choosing one opens it.
        auto* menu = window.findChild<QMenu*>(QStringLiteral("recentMenu"));
        QVERIFY(menu);
        QVERIFY(menu->isEnabled());
        QAction* solidEntry = nullptr;
        for (QAction* action : menu->actions())
            if (action->text().contains(QStringLiteral("url-shortener-solid.archboard.json")))
                solidEntry = action;
        QVERIFY(solidEntry);
        solidEntry->trigger();
        QCOMPARE(window.document()->filePath(), QFileInfo(solid()).absoluteFilePath());
        QCOMPARE(window.recentFiles()->files().at(0), QFileInfo(solid()).absoluteFilePath());
    }

    // The list outlives the window and keeps the newest entries only.
    MainWindow window;
    QCOMPARE(window.recentFiles()->files().size(), 2);
    for (int i = 0; i < RecentFiles::kMaxEntries + 2; ++i)
        window.recentFiles()->add(m_dir.filePath(QStringLiteral("d%1.archboard.json").arg(i)));
    QCOMPARE(window.recentFiles()->files().size(), RecentFiles::kMaxEntries);
    QVERIFY(window.recentFiles()->files().at(0).endsWith(
        QStringLiteral("d%1.archboard.json").arg(RecentFiles::kMaxEntries + 1)));

    // An entry whose file has gone is dropped when it fails to open.
    const QString gone =
        m_dir.filePath(QStringLiteral("d%1.archboard.json").arg(RecentFiles::kMaxEntries + 1));
    QVERIFY(!window.openFile(gone));
    QVERIFY(!window.recentFiles()->files().contains(gone));

    window.actions()->clearRecent()->trigger();
    QVERIFY(window.recentFiles()->files().isEmpty());
}

void tst_MainWindow::outlineFollowsModelChanges() {
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(solid()));

    Component search;
    search.id = "search";
    search.kind = ComponentKind::SearchIndex;
    search.name = "Link search";
    search.tech = "OpenSearch";
    window.document()->design().insert(search);

    QCOMPARE(componentsSection(window), QStringLiteral("Components (9)"));
    const QModelIndex row = childByText(window.outlineDock()->sectionIndex(ElementType::Component),
                                        QStringLiteral("Link search"));
    QVERIFY(row.isValid());
    QCOMPARE(row.siblingAtColumn(OutlineModel::KindColumn).data().toString(),
             QStringLiteral("search index"));
    QCOMPARE(statusText(window), QStringLiteral("9 components, 6 connections"));
    QVERIFY(window.isWindowModified());
}

void tst_MainWindow::droppedFileOpens() {
    MainWindow window;
    window.show();
    QVERIFY(window.acceptDrops());

    QMimeData remote;
    remote.setUrls({QUrl(QStringLiteral("https://example.com/design.archboard.json"))});
    QDragEnterEvent remoteEnter(QPoint(20, 20), Qt::CopyAction, &remote, Qt::LeftButton,
                                Qt::NoModifier);
    remoteEnter.ignore();
    QApplication::sendEvent(&window, &remoteEnter);
    QVERIFY(!remoteEnter.isAccepted());

    QMimeData local;
    local.setUrls({QUrl::fromLocalFile(solid())});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &local, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &local, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);

    QCOMPARE(window.document()->filePath(), QFileInfo(solid()).absoluteFilePath());
    QCOMPARE(componentsSection(window), QStringLiteral("Components (8)"));
}

void tst_MainWindow::closeReturnsToEmptyWindow() {
    MainWindow window;
    window.show();
    QVERIFY(!window.actions()->closeDesign()->isEnabled());
    QVERIFY(window.openFile(solid()));
    QVERIFY(window.actions()->closeDesign()->isEnabled());

    window.actions()->closeDesign()->trigger();
    QVERIFY(window.document()->filePath().isEmpty());
    QVERIFY(window.document()->design().components().empty());
    QVERIFY(!window.windowTitle().contains(QStringLiteral("url-shortener")));
    QVERIFY(!window.outlineDock()->tree()->isVisible());
    QVERIFY(statusText(window).isEmpty());
    QVERIFY(!window.actions()->closeDesign()->isEnabled());
}

void tst_MainWindow::viewMenuTogglesOutline() {
    MainWindow window;
    window.show();
    QVERIFY(window.outlineDock()->isVisible());
    QAction* toggle = window.outlineDock()->toggleViewAction();
    auto* view = window.findChild<QMenu*>(QStringLiteral("viewMenu"));
    QVERIFY(view);
    QVERIFY(view->actions().contains(toggle));
    toggle->trigger();
    QVERIFY(!window.outlineDock()->isVisible());
    toggle->trigger();
    QVERIFY(window.outlineDock()->isVisible());
}

void tst_MainWindow::windowLayoutPersists() {
    const QSize size(900, 640);
    {
        MainWindow window;
        window.restoreWindowState();
        window.show();
        window.resize(size);
        window.outlineDock()->hide();
        QTRY_COMPARE(window.size(), size);
        window.close();
    }
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));

    MainWindow window;
    window.restoreWindowState();
    QCOMPARE(window.size(), size);
    QVERIFY(window.outlineDock()->isHidden());
}

void tst_MainWindow::failedWriteKeepsEarlierFile_data() {
    fullfolder::addRows({"design.svg", "design.png", "design.pdf", "design.archboard.json"});
}

// Export and Save As on a full disk: an error dialog, and an earlier file of
// that name exactly as it was, with no temporary beside it.
void tst_MainWindow::failedWriteKeepsEarlierFile() {
    QFETCH(QString, name);
    QFETCH(bool, tmpfs);
    const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(QDir().mkpath(folder));
    std::optional<fullfolder::TinyTmpfs> disk;
    if (tmpfs) {
        disk.emplace(folder);
        if (!disk->mounted())
            QSKIP(fullfolder::notMounted(*disk).constData());
    }
    const QString path = QDir(folder).filePath(name);
    const QByteArray old(100, 'o');
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(old), old.size());
    }
    if (tmpfs)
        QVERIFY(disk->fill());

    MainWindow window;
    QVERIFY(window.openFile(solid()));
    bool written = true;
    {
        std::optional<fullfolder::FileSizeLimit> limit;
        if (!tmpfs)
            limit.emplace(1024);
        written =
            name.endsWith(QStringLiteral(".json")) ? window.saveTo(path) : window.exportTo(path);
    }
    QVERIFY(!written);
    QVERIFY(window.lastErrorDialog());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), old);
    QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    files.removeAll(QStringLiteral(".filler"));
    QCOMPARE(files, QStringList{name});
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
