// DesignDocument with `.archboard` documents: edits reach the working copy
// within a second, unsaved work is offered for recovery, Save Version adds a
// version, restoring adds one more.
#include "model/json/designjson.h"
#include "model/source/designsource.h"
#include "model/store/document.h"
#include "support/testsupport.h"
#include "widgets/document/designdocument.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace archboard;
using testsupport::caseFile;

namespace {

DesignData loadCase(const QString& name) {
    const LoadResult result = source::readDesignFile(caseFile(name).toStdString());
    return result.ok() ? *result.design : DesignData{};
}

// Renames the first component, as an edit in the app would.
void renameFirst(DesignDocument& document, const std::string& name) {
    Component component = document.design().components().front();
    component.name = name;
    document.design().replace(component);
}

std::string workingCopyName(const QString& path) {
    const auto store = store::Document::open(path.toStdString(), store::Document::Mode::ReadOnly);
    return store->readWorkingCopy().components.front().name;
}

DesignData renamedFirstOf(const QString& path, const std::string& name) {
    const auto store = store::Document::open(path.toStdString(), store::Document::Mode::ReadOnly);
    DesignData design = store->readLatest();
    design.components.front().name = name;
    return design;
}

} // namespace

class tst_DocumentHistory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void saveAsArchboardCreatesFirstVersion();
    void editIsAutosavedWithinASecond();
    void unsavedWorkIsOfferedOnReopen();
    void discardedWorkIsGone();
    void saveVersionAddsAVersion();
    void restoreAddsAVersionAndKeepsEdits();
    void readOnlyDocumentIsShownNotWritten();
    void saveVersionNeedsADocument();
    void closingSavesPendingEdits();
    void outsideCommitIsNoticedNotReverted();
    void reloadShowsTheOutsideVersion();

private:
    QString newDocument(const QString& name);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_DocumentHistory::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString tst_DocumentHistory::newDocument(const QString& name) {
    const QString path = m_dir->filePath(name);
    store::Document::createWithVersion(
        path.toStdString(), loadCase(QStringLiteral("url-shortener-solid")), {"Ann", "first"});
    return path;
}

void tst_DocumentHistory::saveAsArchboardCreatesFirstVersion() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-solid"))));
    QVERIFY(!document.isStoreDocument());
    QSignalSpy versionsChanged(&document, &DesignDocument::versionsChanged);
    const QString path = m_dir->filePath(QStringLiteral("new.archboard"));
    QCOMPARE(document.saveAs(path), QString());
    QVERIFY(document.isStoreDocument());
    QCOMPARE(document.filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(document.versions().size(), std::size_t(1));
    QVERIFY(versionsChanged.count() >= 1);
    // An existing document is never replaced.
    DesignDocument other;
    QVERIFY(other.load(caseFile(QStringLiteral("url-shortener-naive"))));
    const QString error = other.saveAs(path);
    QVERIFY2(error.startsWith(QStringLiteral("already exists")), qPrintable(error));
    QCOMPARE(document.versions().size(), std::size_t(1));
}

void tst_DocumentHistory::editIsAutosavedWithinASecond() {
    const QString path = newDocument(QStringLiteral("autosave.archboard"));
    DesignDocument document;
    QVERIFY(document.load(path));
    QVERIFY(!document.isModified());
    QElapsedTimer timer;
    timer.start();
    renameFirst(document, "Edited in the app");
    QVERIFY(document.isModified());
    // No version yet; the working copy has the edit within a second.
    QTRY_COMPARE_WITH_TIMEOUT(workingCopyName(path), std::string("Edited in the app"), 1000);
    QVERIFY(timer.elapsed() < 1000);
    QCOMPARE(document.versions().size(), std::size_t(1));
}

void tst_DocumentHistory::unsavedWorkIsOfferedOnReopen() {
    const QString path = newDocument(QStringLiteral("recover.archboard"));
    {
        DesignDocument document;
        QVERIFY(document.load(path));
        renameFirst(document, "Not yet a version");
        QTRY_COMPARE_WITH_TIMEOUT(workingCopyName(path), std::string("Not yet a version"), 1000);
        // Then the app goes away without saving a version.
    }
    DesignDocument reopened;
    QVERIFY(reopened.load(path));
    QVERIFY(reopened.hasRecoverableWork());
    QVERIFY(!reopened.recoverableWorkSaved().isEmpty());
    // It opens at the latest version until the user decides.
    QCOMPARE(reopened.design().components().front().name,
             loadCase(QStringLiteral("url-shortener-solid")).components.front().name);
    reopened.recoverWork();
    QVERIFY(!reopened.hasRecoverableWork());
    QCOMPARE(reopened.design().components().front().name, std::string("Not yet a version"));
    QVERIFY(reopened.isModified());
    QCOMPARE(reopened.saveVersion(QStringLiteral("recovered")), QString());
    QCOMPARE(reopened.versions().size(), std::size_t(2));
    QCOMPARE(reopened.versions().back().message, std::string("recovered"));
    DesignDocument third;
    QVERIFY(third.load(path));
    QVERIFY(!third.hasRecoverableWork());
}

void tst_DocumentHistory::discardedWorkIsGone() {
    const QString path = newDocument(QStringLiteral("discard.archboard"));
    {
        DesignDocument document;
        QVERIFY(document.load(path));
        renameFirst(document, "Throw away");
        QCOMPARE(document.flushAutosave(), QString());
    }
    DesignDocument reopened;
    QVERIFY(reopened.load(path));
    QVERIFY(reopened.hasRecoverableWork());
    reopened.discardRecoverableWork();
    QVERIFY(!reopened.hasRecoverableWork());
    QVERIFY(!reopened.isModified());
    DesignDocument third;
    QVERIFY(third.load(path));
    QVERIFY(!third.hasRecoverableWork());
    QCOMPARE(third.versions().size(), std::size_t(1));
}

void tst_DocumentHistory::saveVersionAddsAVersion() {
    const QString path = newDocument(QStringLiteral("version.archboard"));
    DesignDocument document;
    QVERIFY(document.load(path));
    renameFirst(document, "Second");
    QSignalSpy versionsChanged(&document, &DesignDocument::versionsChanged);
    QCOMPARE(document.saveVersion(QStringLiteral("Renamed the entry")), QString());
    QCOMPARE(versionsChanged.count(), 1);
    QVERIFY(!document.isModified());
    const auto versions = document.versions();
    QCOMPARE(versions.size(), std::size_t(2));
    QCOMPARE(versions[1].message, std::string("Renamed the entry"));
    const std::optional<DesignData> second = document.readVersion(2);
    QVERIFY(second);
    QVERIFY(*second == document.design().data());
    QString error;
    QVERIFY(!document.readVersion(7, &error));
    QCOMPARE(error, QStringLiteral("no version 7 (the document has 2)"));
    // save() on a document is Save Version without a message.
    renameFirst(document, "Third");
    QCOMPARE(document.save(), QString());
    QCOMPARE(document.versions().size(), std::size_t(3));
}

void tst_DocumentHistory::restoreAddsAVersionAndKeepsEdits() {
    const QString path = newDocument(QStringLiteral("restore.archboard"));
    DesignDocument document;
    QVERIFY(document.load(path));
    const DesignData first = document.design().data();
    renameFirst(document, "Second");
    QCOMPARE(document.saveVersion(QString()), QString());
    renameFirst(document, "Unsaved edit");
    QCOMPARE(document.restoreVersion(1), QString());
    QVERIFY(document.design().data() == first);
    QVERIFY(!document.isModified());
    const auto versions = document.versions();
    // 1, 2, the unsaved edit kept as 3, the restored 1 as 4.
    QCOMPARE(versions.size(), std::size_t(4));
    QCOMPARE(document.readVersion(3)->components.front().name, std::string("Unsaved edit"));
    QCOMPARE(versions[3].restoredFrom, std::optional<int>(1));
    QCOMPARE(QString::fromStdString(versions[3].message), QStringLiteral("Restore version 1"));
}

void tst_DocumentHistory::readOnlyDocumentIsShownNotWritten() {
    const QString path = newDocument(QStringLiteral("readonly.archboard"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    const QByteArray before = testsupport::readAll(path);
    DesignDocument document;
    QVERIFY(document.load(path));
    QVERIFY(document.isReadOnly());
    renameFirst(document, "Edit");
    QTest::qWait(DesignDocument::kAutosaveDelayMs + 200);
    QCOMPARE(document.saveVersion(QString()), QStringLiteral("The document is read-only."));
    QCOMPARE(document.restoreVersion(1), QStringLiteral("The document is read-only."));
    QCOMPARE(testsupport::readAll(path), before);
}

void tst_DocumentHistory::saveVersionNeedsADocument() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-solid"))));
    QVERIFY(!document.saveVersion(QString()).isEmpty());
    QVERIFY(document.versions().empty());
}

void tst_DocumentHistory::closingSavesPendingEdits() {
    const QString path = newDocument(QStringLiteral("close.archboard"));
    {
        DesignDocument document;
        QVERIFY(document.load(path));
        renameFirst(document, "Just before closing");
        // Destroyed before the autosave timer fires.
    }
    QCOMPARE(workingCopyName(path), std::string("Just before closing"));
    // A closed document is one file.
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

// Another program commits while the design is edited: the watcher tells,
// Save refuses to store the edits over it until the user keeps them on top.
void tst_DocumentHistory::outsideCommitIsNoticedNotReverted() {
    const QString path = newDocument(QStringLiteral("outside.archboard"));
    DesignDocument document;
    QVERIFY(document.load(path));
    QSignalSpy added(&document, &DesignDocument::outsideVersionsAdded);
    renameFirst(document, "Mine");
    QVERIFY(document.flushAutosave().isEmpty());
    {
        auto other = store::Document::open(path.toStdString(), store::Document::Mode::ReadWrite);
        DesignData theirs = other->readLatest();
        theirs.components.front().name = "Theirs";
        other->commit(theirs, {"ci", "from CI"}, store::WorkingCopyPolicy::KeepUnsaved);
    }
    QTRY_COMPARE(added.count(), 1);
    QCOMPARE(document.outsideVersions().size(), std::size_t(1));
    QCOMPARE(document.outsideVersions().front().message, std::string("from CI"));

    QVERIFY(!document.saveVersion(QStringLiteral("mine")).isEmpty());
    QCOMPARE(document.versions().size(), std::size_t(2));
    QVERIFY(document.isModified());
    // Autosave keeps the edits as edits of version 1, not of version 2.
    renameFirst(document, "Mine, later");
    QVERIFY(document.flushAutosave().isEmpty());
    {
        const auto reader =
            store::Document::open(path.toStdString(), store::Document::Mode::ReadOnly);
        QCOMPARE(reader->workingCopyInfo()->base, std::optional<int>(1));
        QCOMPARE(reader->readVersion(2).components.front().name, std::string("Theirs"));
    }
    QCOMPARE(workingCopyName(path), std::string("Mine, later"));

    document.keepDesignOnLatest();
    QVERIFY(document.outsideVersions().empty());
    QCOMPARE(document.saveVersion(QStringLiteral("mine")), QString());
    const auto versions = document.versions();
    QCOMPARE(versions.size(), std::size_t(3));
    QCOMPARE(versions[1].message, std::string("from CI"));
    QCOMPARE(document.readVersion(2)->components.front().name, std::string("Theirs"));
    QCOMPARE(document.readVersion(3)->components.front().name, std::string("Mine, later"));
}

void tst_DocumentHistory::reloadShowsTheOutsideVersion() {
    const QString path = newDocument(QStringLiteral("reload.archboard"));
    DesignDocument document;
    QVERIFY(document.load(path));
    renameFirst(document, "Mine");
    store::Document::open(path.toStdString(), store::Document::Mode::ReadWrite)
        ->commit(renamedFirstOf(path, "Theirs"), {"ci", ""}, store::WorkingCopyPolicy::KeepUnsaved);
    QCOMPARE(document.reloadLatest(), QString());
    QCOMPARE(document.design().components().front().name, std::string("Theirs"));
    QVERIFY(!document.isModified());
    QVERIFY(document.outsideVersions().empty());
    QCOMPARE(workingCopyName(path), std::string("Theirs"));
    // Saving now is as before: a version on top of version 2.
    renameFirst(document, "Edited after reload");
    QCOMPARE(document.saveVersion(QString()), QString());
    QCOMPARE(document.versions().size(), std::size_t(3));
    QCOMPARE(document.readVersion(2)->components.front().name, std::string("Theirs"));
}

QTEST_MAIN(tst_DocumentHistory)
#include "tst_documenthistory.moc"
