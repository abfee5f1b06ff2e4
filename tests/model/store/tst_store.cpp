// The `.archboard` document through the model API: versions, deltas, the
// working copy, schema migrations, and every way a file can be bad.
#include "model/design.h"
#include "model/json/designjson.h"
#include "model/source/designsource.h"
#include "model/store/designdelta.h"
#include "model/store/designparts.h"
#include "model/store/document.h"
#include "support/fullfolder.h"
#include "support/storetestsupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <random>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace archboard;
using namespace archboard::store;
using storetest::fixture;
using storetest::loadCase;
using storetest::openWritable;
using storetest::readAll;
using storetest::renamed;
using storetest::storeErrorOf;

namespace {

// Runs SQL on a file with a second connection, as another program would.
void execOn(const QString& path, const char* sql) {
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    QCOMPARE(rc, SQLITE_OK);
}

} // namespace

class tst_Store : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    // Versions
    void everyCaseReadsBackByteIdentical();
    void commitListsVersionsInOrder();
    void unchangedDesignStoresNothing();
    void longHistoryReadsEveryVersionExactly();
    void restoreAddsAVersion();
    void deltaOfOneRenameIsSmall();
    void damagedDeltaIsReportedNotApplied();
    void createRefusesExistingFile();
    void createLeavesOneFile();
    void createOnFullDiskLeavesNothing_data();
    void createOnFullDiskLeavesNothing();
    void damagedStoredBytesNeverCrash();

    // Working copy
    void workingCopyKeepsUnsavedWork();
    void scriptCommitKeepsUnsavedWork();
    void latestIsWorkingCopyBeforeFirstVersion();

    // Schema
    void schemaHasIdentityAndForeignKeys();
    void missingBaseIsDamage();
    void oldSchemaFixturesReadExactly();

    // Failure behaviour
    void foreignDatabaseIsRefused();
    void jsonFileIsNotADocument();
    void corruptDatabaseIsReported();
    void truncatedDatabaseIsReported();
    void newerSchemaIsRefusedUntouched();
    void readOnlyFileOpensReadOnly();
    void lockedDatabaseTimesOut();
    void diskFullKeepsPreviousVersion();

    // Design arguments
    void designArguments();
    void readersShareADocumentOpenForWriting();

    // Two programs with one document
    void commitElsewhereIsNoticed();
    void commitElsewhereBeforeFirstWriteIsNoticed();
    void commitOnStaleBaseIsRefused();
    void autosaveOnStaleBaseKeepsOtherVersion();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    // A new document `name` holding `design` as version 1.
    QString withFirstVersion(const QString& name, const DesignData& design) const {
        const QString doc = path(name);
        Document::createWithVersion(doc.toStdString(), design, {"Ann", "first"});
        return doc;
    }
    QTemporaryDir m_dir;
};

void tst_Store::everyCaseReadsBackByteIdentical() {
    const QString doc = path(QStringLiteral("cases.archboard"));
    std::vector<std::string> expected;
    for (const QString& file : storetest::casePaths()) {
        const LoadResult loaded = source::readDesignFile(file.toStdString());
        QVERIFY2(loaded.ok(), qPrintable(file));
        expected.push_back(writeDesignJson(*loaded.design));
        if (expected.size() == 1)
            Document::createWithVersion(doc.toStdString(), *loaded.design, {"Ann", "first"});
        else
            QCOMPARE(openWritable(doc)->commit(*loaded.design, {"Ann", ""}).number,
                     int(expected.size()));
    }
    const auto document = Document::open(doc.toStdString(), Document::Mode::ReadOnly);
    QVERIFY(document->isReadOnly());
    QCOMPARE(document->latestVersion(), int(expected.size()));
    // Every version, newest first and then oldest first, through fresh caches.
    for (int n = int(expected.size()); n >= 1; --n)
        QCOMPARE(writeDesignJson(document->readVersion(n)), expected[std::size_t(n - 1)]);
    const auto again = Document::open(doc.toStdString(), Document::Mode::ReadOnly);
    for (int n = 1; n <= int(expected.size()); ++n)
        QCOMPARE(writeDesignJson(again->readVersion(n)), expected[std::size_t(n - 1)]);
    QCOMPARE(document->quickCheck(), std::string());
}

void tst_Store::commitListsVersionsInOrder() {
    const QString doc = path(QStringLiteral("log.archboard"));
    const DesignData design = loadCase(QStringLiteral("url-shortener-solid"));
    Document::createWithVersion(doc.toStdString(), design, {"Ann", "first"});
    const auto document = openWritable(doc);
    QVERIFY(!document->isReadOnly());
    const CommitResult second =
        document->commit(renamed(design, 0, "Renamed users"), {"Bob", "rename"});
    QCOMPARE(second.number, 2);
    QVERIFY(!second.unchanged);
    const std::vector<VersionInfo> versions = document->versions();
    QCOMPARE(versions.size(), std::size_t(2));
    QCOMPARE(versions[0].number, 1);
    QCOMPARE(versions[0].author, std::string("Ann"));
    QCOMPARE(versions[0].message, std::string("first"));
    QCOMPARE(versions[0].components, std::int64_t(8));
    QCOMPARE(versions[0].connections, std::int64_t(6));
    QCOMPARE(versions[1].author, std::string("Bob"));
    QCOMPARE(versions[1].message, std::string("rename"));
    QVERIFY(!versions[1].restoredFrom);
    // UTC, to the second.
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                .match(QString::fromStdString(versions[1].created))
                .hasMatch());
}

void tst_Store::unchangedDesignStoresNothing() {
    const QString doc = path(QStringLiteral("same.archboard"));
    const DesignData design = loadCase(QStringLiteral("url-shortener-solid"));
    Document::createWithVersion(doc.toStdString(), design, {"Ann", ""});
    const qint64 size = QFileInfo(doc).size();
    const CommitResult result = openWritable(doc)->commit(design, {"Ann", "again"});
    QVERIFY(result.unchanged);
    QCOMPARE(result.number, 1);
    QCOMPARE(openWritable(doc)->versions().size(), std::size_t(1));
    QCOMPARE(QFileInfo(doc).size(), size);
}

void tst_Store::longHistoryReadsEveryVersionExactly() {
    // Long enough for several snapshots between runs of deltas, with
    // additions, removals, reorders and header changes along the way.
    const QString doc = path(QStringLiteral("long.archboard"));
    DesignData design = loadCase(QStringLiteral("checkout-flash-sale"));
    std::vector<std::string> expected;
    Document::createWithVersion(doc.toStdString(), design, {"Ann", ""});
    expected.push_back(writeDesignJson(design));
    const auto document = openWritable(doc);
    for (int i = 0; i < kMaxDeltaChain + 40; ++i) {
        switch (i % 5) {
        case 0:
            design.components[std::size_t(i) % design.components.size()].name =
                "name " + std::to_string(i);
            break;
        case 1: {
            Note note;
            note.id = "n" + std::to_string(i);
            note.text = "note " + std::to_string(i);
            design.notes.insert(design.notes.begin(), note);
            break;
        }
        case 2:
            if (!design.notes.empty())
                design.notes.pop_back();
            break;
        case 3:
            std::rotate(design.notes.begin(), design.notes.begin() + (design.notes.empty() ? 0 : 1),
                        design.notes.end());
            break;
        default:
            design.info.title = "title " + std::to_string(i);
        }
        const CommitResult result = document->commit(design, {"Ann", ""});
        if (!result.unchanged)
            expected.push_back(writeDesignJson(design));
        QCOMPARE(result.number, int(expected.size()));
    }
    const auto reader = Document::open(doc.toStdString(), Document::Mode::ReadOnly);
    for (int n = 1; n <= int(expected.size()); ++n)
        QCOMPARE(writeDesignJson(reader->readVersion(n)), expected[std::size_t(n - 1)]);
    QCOMPARE(reader->integrityCheck(), std::string());
    // The history holds snapshots besides the first, each followed by deltas.
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(doc.toUtf8().constData(), &db), SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FILTER (WHERE base IS NULL), count(*) FROM version", -1,
                       &stmt, nullptr);
    QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
    const int snapshots = sqlite3_column_int(stmt, 0);
    const int versions = sqlite3_column_int(stmt, 1);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    QVERIFY2(snapshots >= 2 && snapshots * 10 < versions,
             qPrintable(QStringLiteral("%1 of %2").arg(snapshots).arg(versions)));
}

void tst_Store::restoreAddsAVersion() {
    const QString doc = path(QStringLiteral("restore.archboard"));
    const DesignData first = loadCase(QStringLiteral("url-shortener-naive"));
    const DesignData second = loadCase(QStringLiteral("url-shortener-solid"));
    Document::createWithVersion(doc.toStdString(), first, {"Ann", ""});
    const auto document = openWritable(doc);
    document->commit(second, {"Ann", ""});
    const CommitResult restored = document->restore(1, {"Bob", ""});
    QCOMPARE(restored.number, 3);
    QCOMPARE(writeDesignJson(document->readVersion(3)), writeDesignJson(first));
    // History is never rewritten.
    QCOMPARE(writeDesignJson(document->readVersion(2)), writeDesignJson(second));
    const auto versions = document->versions();
    QCOMPARE(versions[2].restoredFrom, std::optional<int>(1));
    QCOMPARE(versions[2].message, std::string("Restore version 1"));
    QCOMPARE(writeDesignJson(document->readWorkingCopy()), writeDesignJson(first));
    QVERIFY(!document->hasUnsavedWork());
    QCOMPARE(storeErrorOf([&] {
                 document->restore(9, {"Bob", ""});
             }),
             QStringLiteral("no version 9 (the document has 3)"));
}

void tst_Store::deltaOfOneRenameIsSmall() {
    const DesignData design = loadCase(QStringLiteral("checkout-flash-sale"));
    const DesignParts base = splitDesign(design);
    const DesignParts target = splitDesign(renamed(design, 3, "Renamed"));
    const std::string delta = encodeDelta(base, target);
    const std::string snapshot = encodeDelta(DesignParts{}, target);
    QVERIFY2(delta.size() * 10 < snapshot.size(),
             qPrintable(QStringLiteral("%1 vs %2").arg(delta.size()).arg(snapshot.size())));
    QVERIFY(applyDelta(base, delta) == target);
    QVERIFY(applyDelta(DesignParts{}, snapshot) == target);
    QVERIFY(applyDelta(target, encodeDelta(target, target)) == target);
}

void tst_Store::damagedDeltaIsReportedNotApplied() {
    const DesignParts base = splitDesign(loadCase(QStringLiteral("url-shortener-solid")));
    const DesignParts other = splitDesign(loadCase(QStringLiteral("url-shortener-naive")));
    // A delta made for a longer base does not fit a shorter one.
    const std::string delta = encodeDelta(base, base);
    const QString error = storeErrorOf([&] { applyDelta(other, delta); });
    QVERIFY2(error.startsWith(QStringLiteral("the document is damaged")), qPrintable(error));
    QVERIFY(storeErrorOf([&] {
                applyDelta(base, "garbage");
            }).startsWith(QStringLiteral("the document is damaged")));
}

void tst_Store::damagedStoredBytesNeverCrash() {
    const DesignParts parts = splitDesign(loadCase(QStringLiteral("checkout-flash-sale")));
    const std::string snapshot = encodeDelta(DesignParts{}, parts);
    std::mt19937 random(7);
    int refused = 0;
    for (int round = 0; round < 400; ++round) {
        std::string bytes = snapshot;
        if (round % 2 == 0) {
            bytes.resize(std::uniform_int_distribution<std::size_t>(0, bytes.size() - 1)(random));
        } else {
            for (int flip = 0; flip < 4; ++flip)
                bytes[std::uniform_int_distribution<std::size_t>(0, bytes.size() - 1)(random)] ^=
                    char(1 << (flip + round % 4));
        }
        // Either it reads as some design or it is refused as damaged.
        try {
            const LoadResult result = joinDesign(applyDelta(DesignParts{}, bytes));
            Q_UNUSED(result);
        } catch (const StoreError& error) {
            QVERIFY2(std::string(error.what()).starts_with("the document is damaged"),
                     error.what());
            ++refused;
        }
    }
    QVERIFY(refused > 200);
}

void tst_Store::createRefusesExistingFile() {
    const QString doc = path(QStringLiteral("exists.archboard"));
    QVERIFY(storetest::writeAll(doc, "keep me"));
    const QString error = storeErrorOf([&] {
        Document::createWithVersion(doc.toStdString(), DesignData{}, {"Ann", ""});
    });
    QVERIFY2(error.startsWith(QStringLiteral("already exists")), qPrintable(error));
    QCOMPARE(readAll(doc), QByteArray("keep me"));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).filter(QStringLiteral("tmp")),
             QStringList());
}

// The new document and nothing else: no temporary, log or shared memory
// file of the temporary it was built in.
void tst_Store::createLeavesOneFile() {
    const QString folder = path(QStringLiteral("create"));
    QVERIFY(QDir().mkpath(folder));
    const QString doc = QDir(folder).filePath(QStringLiteral("new.archboard"));
    Document::createWithVersion(doc.toStdString(), loadCase(QStringLiteral("url-shortener-naive")),
                                {"Ann", ""});
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("new.archboard")});
    QCOMPARE(openWritable(doc)->latestVersion(), 1);
}

void tst_Store::createOnFullDiskLeavesNothing_data() {
    QTest::addColumn<QString>("size");
    // The disk fills at different steps of the create: the temporary, its
    // log, the copy back from the log.
    for (const char* size : {"16k", "32k", "48k", "64k"})
        QTest::newRow(size) << QString::fromLatin1(size);
}

// Whatever step runs out of room: either the document alone, or nothing.
void tst_Store::createOnFullDiskLeavesNothing() {
    QFETCH(QString, size);
    const QString folder = path(QStringLiteral("full-disk-") + size);
    QVERIFY(QDir().mkpath(folder));
    const fullfolder::TinyTmpfs disk(folder, size);
    if (!disk.mounted())
        QSKIP(fullfolder::notMounted(disk).constData());
    const QString doc = QDir(folder).filePath(QStringLiteral("new.archboard"));
    const QString error = storeErrorOf([&] {
        Document::createWithVersion(doc.toStdString(),
                                    loadCase(QStringLiteral("url-shortener-naive")), {"Ann", ""});
    });
    const QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    if (error.isEmpty())
        QCOMPARE(files, QStringList{QStringLiteral("new.archboard")});
    else
        QCOMPARE(files, QStringList());
}

void tst_Store::workingCopyKeepsUnsavedWork() {
    const QString doc = path(QStringLiteral("working.archboard"));
    const DesignData design = loadCase(QStringLiteral("url-shortener-solid"));
    Document::createWithVersion(doc.toStdString(), design, {"Ann", ""});
    {
        const auto document = openWritable(doc);
        QVERIFY(!document->hasUnsavedWork());
        document->saveWorkingCopy(renamed(design, 0, "Edited"));
    }
    const auto reopened = openWritable(doc);
    QVERIFY(reopened->hasUnsavedWork());
    QCOMPARE(reopened->workingCopyInfo()->base, std::optional<int>(1));
    QCOMPARE(reopened->readWorkingCopy().components[0].name, std::string("Edited"));
    // The latest version is still what was committed.
    QCOMPARE(writeDesignJson(reopened->readLatest()), writeDesignJson(design));
    // Saving the version takes the work in.
    QCOMPARE(reopened->commit(reopened->readWorkingCopy(), {"Ann", ""}).number, 2);
    QVERIFY(!reopened->hasUnsavedWork());
    // Back to the saved design: nothing unsaved any more.
    reopened->saveWorkingCopy(renamed(design, 0, "Other"));
    QVERIFY(reopened->hasUnsavedWork());
    reopened->saveWorkingCopy(renamed(design, 0, "Edited"));
    QVERIFY(!reopened->hasUnsavedWork());
}

void tst_Store::scriptCommitKeepsUnsavedWork() {
    const QString doc = path(QStringLiteral("script.archboard"));
    const DesignData design = loadCase(QStringLiteral("url-shortener-solid"));
    Document::createWithVersion(doc.toStdString(), design, {"Ann", ""});
    const auto document = openWritable(doc);
    document->saveWorkingCopy(renamed(design, 0, "Unsaved"));
    document->commit(renamed(design, 1, "From a script"), {"ci", ""},
                     WorkingCopyPolicy::KeepUnsaved);
    QVERIFY(document->hasUnsavedWork());
    QCOMPARE(document->readWorkingCopy().components[0].name, std::string("Unsaved"));
    QCOMPARE(document->readWorkingCopy().components[1].name,
             design.components[1].name); // the work, not the script's design
}

void tst_Store::latestIsWorkingCopyBeforeFirstVersion() {
    const QString doc = path(QStringLiteral("fresh.archboard"));
    const DesignData design = loadCase(QStringLiteral("url-shortener-solid"));
    {
        const auto document = Document::create(doc.toStdString());
        QCOMPARE(document->latestVersion(), 0);
        QVERIFY(!document->hasUnsavedWork());
        QCOMPARE(writeDesignJson(document->readLatest()), writeDesignJson(DesignData{}));
        document->saveWorkingCopy(design);
        QVERIFY(document->hasUnsavedWork());
    }
    const LoadResult latest = source::readDesignFile(doc.toStdString());
    QVERIFY(latest.ok());
    QCOMPARE(writeDesignJson(*latest.design), writeDesignJson(design));
}

void tst_Store::schemaHasIdentityAndForeignKeys() {
    const QString doc = path(QStringLiteral("schema.archboard"));
    Document::createWithVersion(doc.toStdString(), DesignData{}, {"Ann", ""});
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(doc.toUtf8().constData(), &db), SQLITE_OK);
    const auto pragma = [db](const char* sql) {
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
        const int value = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : -1;
        sqlite3_finalize(stmt);
        return value;
    };
    QCOMPARE(pragma("PRAGMA application_id"), 0x41724264);
    QCOMPARE(pragma("PRAGMA user_version"), 2);
    sqlite3_stmt* check = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA foreign_key_check", -1, &check, nullptr);
    QCOMPARE(sqlite3_step(check), SQLITE_DONE); // every reference resolves
    sqlite3_finalize(check);
    sqlite3_close(db);
}

void tst_Store::missingBaseIsDamage() {
    const QString doc = path(QStringLiteral("nobase.archboard"));
    const DesignData design = loadCase(QStringLiteral("url-shortener-solid"));
    Document::createWithVersion(doc.toStdString(), design, {"Ann", ""});
    openWritable(doc)->commit(renamed(design, 0, "x"), {"Ann", ""});
    // Another program, without foreign keys, removes version 1 under version 2.
    execOn(doc, "PRAGMA foreign_keys = OFF; DELETE FROM working_copy; "
                "DELETE FROM version WHERE number = 1");
    const auto document = Document::open(doc.toStdString(), Document::Mode::ReadOnly);
    QCOMPARE(storeErrorOf([&] { document->readVersion(2); }),
             QStringLiteral("the document is damaged (version 1 is missing)"));
    // With foreign keys on, as the store runs, SQLite refuses the same removal.
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(doc.toUtf8().constData(), &db), SQLITE_OK);
    sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    QCOMPARE(sqlite3_exec(db,
                          "INSERT INTO version (number, created, author, message, components, "
                          "connections, base, content) VALUES (9, '', '', '', 0, 0, 8, x'00')",
                          nullptr, nullptr, nullptr),
             SQLITE_CONSTRAINT);
    sqlite3_close(db);
}

void tst_Store::oldSchemaFixturesReadExactly() {
    const QDir dir(fixture(QStringLiteral("store")));
    const QStringList documents =
        dir.entryList({QStringLiteral("schema-*.archboard")}, QDir::Files, QDir::Name);
    QVERIFY(!documents.isEmpty());
    for (const QString& name : documents) {
        const QString expectedDir = dir.filePath(name.chopped(QStringLiteral(".archboard").size()) +
                                                 QStringLiteral(".expected"));
        const QStringList expected =
            QDir(expectedDir)
                .entryList({QStringLiteral("*.archboard.json")}, QDir::Files, QDir::Name);
        QVERIFY(!expected.isEmpty());
        // Read-only: migrated in memory, the fixture untouched.
        const QByteArray before = readAll(dir.filePath(name));
        {
            const auto document =
                Document::open(dir.filePath(name).toStdString(), Document::Mode::ReadOnly);
            QCOMPARE(document->latestVersion(), int(expected.size()));
            for (int n = 1; n <= int(expected.size()); ++n)
                QCOMPARE(QByteArray::fromStdString(writeDesignJson(document->readVersion(n))),
                         readAll(expectedDir + QStringLiteral("/%1.archboard.json").arg(n)));
        }
        QCOMPARE(readAll(dir.filePath(name)), before);
        // Read-write, on a copy: migrated in place, and a new version fits.
        const QString copy = path(name);
        QVERIFY(QFile::copy(dir.filePath(name), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const auto document = openWritable(copy);
        QVERIFY(!document->isReadOnly());
        const DesignData latest = document->readVersion(int(expected.size()));
        QCOMPARE(document->commit(renamed(latest, 0, "after migration"), {"Ann", ""}).number,
                 int(expected.size()) + 1);
        for (int n = 1; n <= int(expected.size()); ++n)
            QCOMPARE(QByteArray::fromStdString(writeDesignJson(document->readVersion(n))),
                     readAll(expectedDir + QStringLiteral("/%1.archboard.json").arg(n)));
        QCOMPARE(document->integrityCheck(), std::string());
    }
}

void tst_Store::foreignDatabaseIsRefused() {
    const QString doc = path(QStringLiteral("foreign.archboard"));
    execOn(doc, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
    const QByteArray before = readAll(doc);
    QCOMPARE(storeErrorOf([&] { openWritable(doc); }), QStringLiteral("not an Archboard document"));
    QCOMPARE(readAll(doc), before);
}

void tst_Store::jsonFileIsNotADocument() {
    QCOMPARE(
        storeErrorOf([&] {
            Document::open(
                fixture(QStringLiteral("cases/url-shortener-solid.archboard.json")).toStdString(),
                Document::Mode::ReadOnly);
        }),
        QStringLiteral("not an Archboard document"));
    QCOMPARE(storeErrorOf([&] {
                 Document::open(path(QStringLiteral("missing.archboard")).toStdString(),
                                Document::Mode::ReadOnly);
             }),
             QStringLiteral("cannot open: No such file or directory"));
}

void tst_Store::corruptDatabaseIsReported() {
    const QString doc = path(QStringLiteral("corrupt.archboard"));
    const DesignData design = loadCase(QStringLiteral("checkout-flash-sale"));
    Document::createWithVersion(doc.toStdString(), design, {"Ann", ""});
    // Keep the header, overwrite every page after the first with noise.
    QByteArray bytes = readAll(doc);
    QVERIFY(bytes.size() > 8192);
    for (qsizetype i = 4096; i < bytes.size(); ++i)
        bytes[i] = char((i * 7919) & 0xff);
    QVERIFY(storetest::writeAll(doc, bytes));
    const LoadResult result =
        source::readDesignArgument(doc.toStdString(), {.checkIntegrity = CheckDepth::Quick}).load;
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.size(), std::size_t(1));
    QVERIFY2(result.problems[0].what.starts_with("the document is damaged"),
             result.problems[0].what.c_str());
    QCOMPARE(readAll(doc), bytes); // reading changes nothing
}

void tst_Store::truncatedDatabaseIsReported() {
    const QString doc = path(QStringLiteral("truncated.archboard"));
    Document::createWithVersion(doc.toStdString(), loadCase(QStringLiteral("checkout-flash-sale")),
                                {"Ann", ""});
    const QByteArray full = readAll(doc);
    for (const qsizetype size : {qsizetype(20), qsizetype(100), full.size() / 2}) {
        QVERIFY(storetest::writeAll(doc, full.left(size)));
        const LoadResult result =
            source::readDesignArgument(doc.toStdString(), {.checkIntegrity = CheckDepth::Quick})
                .load;
        QVERIFY2(!result.ok(), qPrintable(QString::number(size)));
        QVERIFY2(result.problems[0].what.starts_with("the document is damaged"),
                 result.problems[0].what.c_str());
    }
}

void tst_Store::newerSchemaIsRefusedUntouched() {
    const QString doc = path(QStringLiteral("newer.archboard"));
    Document::createWithVersion(doc.toStdString(), loadCase(QStringLiteral("url-shortener-solid")),
                                {"Ann", ""});
    execOn(doc, "PRAGMA user_version = 7");
    const QByteArray before = readAll(doc);
    for (const auto mode : {Document::Mode::ReadOnly, Document::Mode::ReadWrite})
        QCOMPARE(storeErrorOf([&] { Document::open(doc.toStdString(), mode); }),
                 QStringLiteral("schema version 7 is newer than this Archboard reads (2)"));
    QCOMPARE(readAll(doc), before);
}

void tst_Store::readOnlyFileOpensReadOnly() {
    const QString doc = path(QStringLiteral("readonly.archboard"));
    const DesignData design = loadCase(QStringLiteral("url-shortener-solid"));
    Document::createWithVersion(doc.toStdString(), design, {"Ann", ""});
    QVERIFY(QFile::setPermissions(doc, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = readAll(doc);
    const auto document = openWritable(doc);
    QVERIFY(document->isReadOnly());
    QCOMPARE(writeDesignJson(document->readLatest()), writeDesignJson(design));
    QCOMPARE(storeErrorOf([&] {
                 document->commit(renamed(design, 0, "x"), {"Ann", ""});
             }),
             QStringLiteral("the document is read-only"));
    QCOMPARE(storeErrorOf([&] { document->saveWorkingCopy(renamed(design, 0, "x")); }),
             QStringLiteral("the document is read-only"));
    QCOMPARE(readAll(doc), before);
}

void tst_Store::lockedDatabaseTimesOut() {
    const QString doc = path(QStringLiteral("locked.archboard"));
    const DesignData design = loadCase(QStringLiteral("url-shortener-solid"));
    Document::createWithVersion(doc.toStdString(), design, {"Ann", ""});
    const auto document = openWritable(doc, {.busyTimeoutMs = 300, .maxPageCount = {}});
    // Another program holds the write lock.
    sqlite3* other = nullptr;
    QCOMPARE(sqlite3_open(doc.toUtf8().constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    QElapsedTimer waited;
    waited.start();
    const QString error = storeErrorOf([&] {
        document->commit(renamed(design, 0, "x"), {"Ann", ""});
    });
    QVERIFY(waited.elapsed() >= 250); // it waited before giving up
    QCOMPARE(error, QStringLiteral(
                        "the document is locked by another program; try again when it is done"));
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    // Once the other program is done, the same commit goes through.
    QCOMPARE(document->commit(renamed(design, 0, "x"), {"Ann", ""}).number, 2);
}

void tst_Store::diskFullKeepsPreviousVersion() {
    const QString doc = path(QStringLiteral("full.archboard"));
    const DesignData small = loadCase(QStringLiteral("url-shortener-naive"));
    const DesignData large = loadCase(QStringLiteral("checkout-flash-sale"));
    Document::createWithVersion(doc.toStdString(), small, {"Ann", ""});
    const qint64 pages = QFileInfo(doc).size() / 4096;
    {
        const auto document = openWritable(doc, {.busyTimeoutMs = 3000, .maxPageCount = pages});
        QCOMPARE(storeErrorOf([&] {
                     document->commit(large, {"Ann", "too big"});
                 }),
                 QStringLiteral("the disk is full; nothing was changed"));
        QCOMPARE(storeErrorOf([&] { document->saveWorkingCopy(large); }),
                 QStringLiteral("the disk is full; nothing was changed"));
        // The connection stays usable.
        QCOMPARE(document->latestVersion(), 1);
    }
    const auto document = openWritable(doc);
    QCOMPARE(document->versions().size(), std::size_t(1));
    QCOMPARE(writeDesignJson(document->readVersion(1)), writeDesignJson(small));
    QVERIFY(!document->hasUnsavedWork());
    QCOMPARE(document->integrityCheck(), std::string());
    // With room again, the commit succeeds.
    QCOMPARE(document->commit(large, {"Ann", ""}).number, 2);
}

void tst_Store::designArguments() {
    const QString doc = path(QStringLiteral("args.archboard"));
    Document::createWithVersion(doc.toStdString(), loadCase(QStringLiteral("url-shortener-naive")),
                                {"Ann", ""});
    openWritable(doc)->commit(loadCase(QStringLiteral("url-shortener-solid")), {"Ann", ""});
    const auto parsed = source::parseDesignArgument((doc + QStringLiteral("@1")).toStdString());
    QCOMPARE(QString::fromStdString(parsed.path), doc);
    QCOMPARE(parsed.version, std::optional<int>(1));
    QVERIFY(!source::parseDesignArgument("x.archboard@").version);
    QVERIFY(!source::parseDesignArgument("x.archboard@-1").version);
    QVERIFY(!source::parseDesignArgument("x.archboard@1a").version);
    // A file whose whole name ends in @N is that file.
    const QString odd = path(QStringLiteral("odd.archboard@2"));
    QVERIFY(QFile::copy(doc, odd));
    QCOMPARE(source::parseDesignArgument(odd.toStdString()).version, std::nullopt);

    const auto titleOf = [](const QString& argument) {
        const LoadResult result = source::readDesignArgument(argument.toStdString()).load;
        return result.ok() ? QString::fromStdString(result.design->info.title)
                           : QString::fromStdString(result.problems.at(0).toString());
    };
    QCOMPARE(titleOf(doc), QStringLiteral("URL shortener (reviewed)"));
    QCOMPARE(titleOf(doc + QStringLiteral("@1")), QStringLiteral("URL shortener (first sketch)"));
    QCOMPARE(titleOf(odd), QStringLiteral("URL shortener (reviewed)"));
    QCOMPARE(titleOf(doc + QStringLiteral("@3")),
             QStringLiteral("no version 3 (the document has 2)"));
    QCOMPARE(titleOf(doc + QStringLiteral("@0")),
             QStringLiteral("no version 0 (versions count from 1)"));
    const QString json = fixture(QStringLiteral("cases/url-shortener-solid.archboard.json"));
    QVERIFY(titleOf(json + QStringLiteral("@1"))
                .endsWith(QStringLiteral("a JSON design has no versions")));
    QCOMPARE(titleOf(path(QStringLiteral("none.archboard@1"))),
             QStringLiteral("cannot open: No such file or directory"));
}

void tst_Store::readersShareADocumentOpenForWriting() {
    const QString doc = path(QStringLiteral("shared.archboard"));
    const DesignData design = loadCase(QStringLiteral("url-shortener-solid"));
    Document::createWithVersion(doc.toStdString(), design, {"Ann", ""});
    const auto writer = openWritable(doc); // the app, with the document open
    writer->commit(renamed(design, 0, "Second"), {"Ann", ""});
    QVERIFY(QFile::exists(doc + QStringLiteral("-wal")));
    QElapsedTimer timer;
    timer.start();
    // A script reads it meanwhile, without waiting and without disturbing it.
    const LoadResult latest = source::readDesignArgument(doc.toStdString()).load;
    QVERIFY(latest.ok());
    QCOMPARE(latest.design->components[0].name, std::string("Second"));
    QVERIFY(timer.elapsed() < 1000);
    // A script commits meanwhile and closes without waiting for the app.
    timer.restart();
    QCOMPARE(
        openWritable(doc)
            ->commit(renamed(design, 0, "By a script"), {"ci", ""}, WorkingCopyPolicy::KeepUnsaved)
            .number,
        3);
    QVERIFY(timer.elapsed() < 1000);
    QCOMPARE(writer->commit(renamed(design, 0, "Third"), {"Ann", ""}).number, 4);
    QCOMPARE(source::readDesignArgument(doc.toStdString() + "@4").load.design->components[0].name,
             std::string("Third"));
}

void tst_Store::commitElsewhereBeforeFirstWriteIsNoticed() {
    // The app opens the document and, before its first autosave, a script
    // commits. The autosave that follows switches the app's connection to
    // the write-ahead log, which is its own change; the script's is still news.
    const DesignData design = loadCase(QStringLiteral("url-shortener-solid"));
    const QString doc = withFirstVersion(QStringLiteral("late.archboard"), design);
    const auto app = openWritable(doc);
    openWritable(doc)->commit(renamed(design, 0, "Theirs"), {"ci", "from CI"},
                              WorkingCopyPolicy::KeepUnsaved);
    app->saveWorkingCopy(renamed(design, 0, "Mine"));
    QVERIFY(app->changedElsewhere());
    QCOMPARE(app->versionsAfterBase().size(), std::size_t(1));
    QVERIFY(!app->changedElsewhere());
}

void tst_Store::commitElsewhereIsNoticed() {
    const DesignData design = loadCase(QStringLiteral("url-shortener-solid"));
    const QString doc = withFirstVersion(QStringLiteral("two.archboard"), design);
    const auto app = openWritable(doc);
    app->saveWorkingCopy(renamed(design, 0, "Mine"));
    QCOMPARE(app->baseVersion(), 1);
    // Its own writes are not news to it.
    QVERIFY(!app->changedElsewhere());
    QVERIFY(app->versionsAfterBase().empty());

    openWritable(doc)->commit(renamed(design, 0, "Theirs"), {"ci", "from CI"},
                              WorkingCopyPolicy::KeepUnsaved);
    QVERIFY(app->changedElsewhere());
    QVERIFY(!app->changedElsewhere()); // once per change
    const std::vector<VersionInfo> added = app->versionsAfterBase();
    QCOMPARE(added.size(), std::size_t(1));
    QCOMPARE(added.front().number, 2);
    QCOMPARE(added.front().message, std::string("from CI"));
    QCOMPARE(app->baseVersion(), 1);
    QCOMPARE(app->latestVersion(), 2);
    app->adoptLatest();
    QCOMPARE(app->baseVersion(), 2);
    QVERIFY(app->versionsAfterBase().empty());
}

void tst_Store::commitOnStaleBaseIsRefused() {
    const DesignData design = loadCase(QStringLiteral("url-shortener-solid"));
    const QString doc = withFirstVersion(QStringLiteral("stale.archboard"), design);
    const auto app = openWritable(doc);
    QCOMPARE(app->commitOnBase(renamed(design, 0, "Second"), {"Ann", ""}).number, 2);
    openWritable(doc)->commit(renamed(design, 0, "Theirs"), {"ci", ""},
                              WorkingCopyPolicy::KeepUnsaved);
    const CommitResult refused = app->commitOnBase(renamed(design, 0, "Mine"), {"Ann", ""});
    QVERIFY(refused.baseIsStale);
    QCOMPARE(refused.number, 3);
    QCOMPARE(app->latestVersion(), 3);
    QCOMPARE(app->readVersion(3).components[0].name, std::string("Theirs"));
    // Kept as a new version on top, once the user chose so.
    app->adoptLatest();
    const CommitResult kept = app->commitOnBase(renamed(design, 0, "Mine"), {"Ann", ""});
    QVERIFY(!kept.baseIsStale);
    QCOMPARE(kept.number, 4);
    QCOMPARE(app->readVersion(3).components[0].name, std::string("Theirs"));
    QCOMPARE(app->readVersion(4).components[0].name, std::string("Mine"));
}

void tst_Store::autosaveOnStaleBaseKeepsOtherVersion() {
    const DesignData design = loadCase(QStringLiteral("url-shortener-solid"));
    const QString doc = withFirstVersion(QStringLiteral("autosave.archboard"), design);
    const auto app = openWritable(doc);
    openWritable(doc)->commit(renamed(design, 0, "Theirs"), {"ci", ""},
                              WorkingCopyPolicy::KeepUnsaved);
    // The app's edits of version 1 stay edits of version 1: the working copy
    // never makes them look like edits of the script's version.
    app->saveWorkingCopy(renamed(design, 1, "Mine"));
    const auto reader = Document::open(doc.toStdString(), Document::Mode::ReadOnly);
    QCOMPARE(reader->workingCopyInfo()->base, std::optional<int>(1));
    QVERIFY(reader->hasUnsavedWork());
    QCOMPARE(reader->readWorkingCopy().components[1].name, std::string("Mine"));
    QCOMPARE(reader->readLatest().components[0].name, std::string("Theirs"));
    // Unchanged edits of version 1 are nothing unsaved.
    app->saveWorkingCopy(design);
    QVERIFY(!reader->hasUnsavedWork());
}

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"
