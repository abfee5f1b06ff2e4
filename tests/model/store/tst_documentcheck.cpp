// Documents that tell the truth: every stored version and the working copy
// carry a checksum; a damaged document says what is damaged and which
// versions still read, and is never listed or appended to as if it were
// whole; a failed commit leaves it as readable as before.
#include "model/json/designjson.h"
#include "model/source/designsource.h"
#include "model/store/document.h"
#include "model/store/storedrow.h"
#include "support/fullfolder.h"
#include "support/storetestsupport.h"

#include <functional>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace archboard;
using namespace archboard::store;
using storetest::loadCase;
using storetest::openWritable;
using storetest::readAll;
using storetest::renamed;
using storetest::storeErrorOf;

namespace {

std::unique_ptr<Document> openReadOnly(const QString& path) {
    return Document::open(path.toStdString(), Document::Mode::ReadOnly);
}

// A name that only version 2's stored bytes hold.
constexpr const char* kProbe = "ChecksumProbeName";

// Versions 1–3 where version 2 alone stores kProbe; 3 renames it again.
void writeThreeVersions(const QString& doc) {
    const DesignData design = loadCase(QStringLiteral("url-shortener-solid"));
    Document::createWithVersion(doc.toStdString(), design, {"Ann", "first"});
    const auto document = openWritable(doc);
    document->commit(renamed(design, 0, kProbe), {"Ann", "second"});
    document->commit(renamed(design, 0, "Third"), {"Ann", "third"});
}

// Changes one byte of the file where `text` is stored, as a bad sector or a
// bad copy would: the database stays well-formed, the design does not.
bool flipByteOf(const QString& doc, const QByteArray& text) {
    QByteArray bytes = readAll(doc);
    const qsizetype at = bytes.indexOf(text);
    if (at < 0 || bytes.indexOf(text, at + 1) >= 0)
        return false;
    bytes[at + 3] = char(bytes[at + 3] ^ 0x01);
    return storetest::writeAll(doc, bytes);
}

// The document reads back as `design` by a program that opens it read-only,
// and nothing lies beside it.
void expectReadsAsBefore(const QString& folder, const QString& doc, const DesignData& design) {
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             (QStringList{QStringLiteral(".filler"), QStringLiteral("doc.archboard")}));
    const source::SourcedDesign read =
        source::readDesignArgument(doc.toStdString(), {.checkIntegrity = CheckDepth::Deep});
    QVERIFY2(read.load.ok(), read.load.problems.empty() ? "" : read.load.problems[0].what.c_str());
    QCOMPARE(writeDesignJson(*read.load.design), writeDesignJson(design));
}

} // namespace

class tst_DocumentCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void intactDocumentPassesEveryCheck();
    void flippedByteIsReportedNotRead();
    void damagedDocumentIsNeitherListedNorAppendedTo();
    void undecodableVersionFailsOnlyTheDeepCheck();
    void workingCopyIsChecked();
    void olderDocumentGainsChecksums();
    void messagesAreOneLine();
    void inputsThatOnceFailedTheFuzzerAreRefusedCleanly();
    void failedCommitOnFullDiskLeavesNoStrayFiles_data();
    void failedCommitOnFullDiskLeavesNoStrayFiles();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void tst_DocumentCheck::intactDocumentPassesEveryCheck() {
    const QString doc = path(QStringLiteral("intact.archboard"));
    writeThreeVersions(doc);
    const auto document = openReadOnly(doc);
    for (const CheckDepth depth : {CheckDepth::Quick, CheckDepth::Deep}) {
        const DocumentHealth health = document->check(depth);
        QVERIFY2(health.ok(), health.summary().c_str());
        QCOMPARE(health.readable, (std::vector<int>{1, 2, 3}));
        QCOMPARE(health.versionCount, 3);
    }
    QCOMPARE(document->versions().size(), std::size_t(3));
}

void tst_DocumentCheck::flippedByteIsReportedNotRead() {
    const QString doc = path(QStringLiteral("flipped.archboard"));
    writeThreeVersions(doc);
    QVERIFY(flipByteOf(doc, kProbe));
    const auto document = openReadOnly(doc);
    // The altered name never comes back as if it had been saved.
    QCOMPARE(storeErrorOf([&] { document->readVersion(2); }),
             QStringLiteral("the document is damaged (version 2 fails its checksum)"));
    // Version 3 is stored against version 2, so it goes with it.
    QCOMPARE(storeErrorOf([&] { document->readVersion(3); }),
             QStringLiteral("the document is damaged (version 2 fails its checksum)"));
    QCOMPARE(document->readVersion(1).components[0].name,
             loadCase(QStringLiteral("url-shortener-solid")).components[0].name);
    const DocumentHealth health = document->check();
    QVERIFY(!health.ok());
    QCOMPARE(health.readable, std::vector<int>{1});
    QCOMPARE(QString::fromStdString(health.summary()),
             QStringLiteral("the document is damaged (version 2 fails its checksum); version 1 "
                            "is still readable"));
    // Through the door every command reads by, with the check asked for.
    const source::SourcedDesign read =
        source::readDesignArgument(doc.toStdString() + "@1", {.checkIntegrity = CheckDepth::Quick});
    QVERIFY(!read.load.ok());
    QCOMPARE(QString::fromStdString(read.load.problems.at(0).what),
             QString::fromStdString(health.summary()));
    // Without it, the versions that are intact still read: they can be saved elsewhere.
    QVERIFY(source::readDesignArgument(doc.toStdString() + "@1").load.ok());
}

void tst_DocumentCheck::damagedDocumentIsNeitherListedNorAppendedTo() {
    const QString doc = path(QStringLiteral("append.archboard"));
    writeThreeVersions(doc);
    QVERIFY(flipByteOf(doc, kProbe));
    const QByteArray before = readAll(doc);
    const QString expected = QStringLiteral(
        "the document is damaged (version 2 fails its checksum); version 1 is still readable");
    {
        const auto document = openWritable(doc);
        QCOMPARE(storeErrorOf([&] { document->versions(); }), expected);
        QCOMPARE(
            storeErrorOf([&] {
                document->commit(loadCase(QStringLiteral("url-shortener-naive")), {"Ann", "more"});
            }),
            expected);
        QCOMPARE(storeErrorOf([&] { document->restore(1, {"Ann", ""}); }), expected);
        QCOMPARE(document->latestVersion(), 3);
    }
    QCOMPARE(readAll(doc), before);
}

void tst_DocumentCheck::undecodableVersionFailsOnlyTheDeepCheck() {
    const QString doc = path(QStringLiteral("undecodable.archboard"));
    writeThreeVersions(doc);
    // A program that writes the table itself, checksum and all, stores bytes
    // that are no design: only decoding finds it.
    {
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(doc.toUtf8().constData(), &db), SQLITE_OK);
        sqlite3_stmt* read = nullptr;
        sqlite3_prepare_v2(
            db,
            (std::string("SELECT ") + kVersionColumns + " FROM version WHERE number = 3").c_str(),
            -1, &read, nullptr);
        QCOMPARE(sqlite3_step(read), SQLITE_ROW);
        VersionRow row;
        row.number = 3;
        row.created = reinterpret_cast<const char*>(sqlite3_column_text(read, 1));
        row.author = reinterpret_cast<const char*>(sqlite3_column_text(read, 2));
        row.message = reinterpret_cast<const char*>(sqlite3_column_text(read, 3));
        row.components = sqlite3_column_int64(read, 4);
        row.connections = sqlite3_column_int64(read, 5);
        row.base = sqlite3_column_int64(read, 7);
        sqlite3_finalize(read);
        row.content = std::string("\xc1\xc1\xc1", 3); // not MessagePack
        sqlite3_stmt* write = nullptr;
        sqlite3_prepare_v2(db, "UPDATE version SET content = ?1, checksum = ?2 WHERE number = 3",
                           -1, &write, nullptr);
        sqlite3_bind_blob(write, 1, row.content.data(), int(row.content.size()), SQLITE_STATIC);
        sqlite3_bind_int64(write, 2, checksumOf(row));
        QCOMPARE(sqlite3_step(write), SQLITE_DONE);
        sqlite3_finalize(write);
        sqlite3_close(db);
    }
    const auto document = openReadOnly(doc);
    QVERIFY(document->check(CheckDepth::Quick).ok());
    const DocumentHealth deep = document->check(CheckDepth::Deep);
    QCOMPARE(QString::fromStdString(deep.summary()),
             QStringLiteral("the document is damaged (version 3 cannot be decoded); versions "
                            "1-2 are still readable"));
}

void tst_DocumentCheck::workingCopyIsChecked() {
    const QString doc = path(QStringLiteral("working.archboard"));
    const DesignData design = loadCase(QStringLiteral("url-shortener-solid"));
    Document::createWithVersion(doc.toStdString(), design, {"Ann", ""});
    openWritable(doc)->saveWorkingCopy(renamed(design, 0, "UnsavedProbeName"));
    QVERIFY(flipByteOf(doc, "UnsavedProbeName"));
    const auto document = openReadOnly(doc);
    QCOMPARE(storeErrorOf([&] { document->readWorkingCopy(); }),
             QStringLiteral("the document is damaged (the working copy fails its checksum)"));
    QCOMPARE(QString::fromStdString(document->check().summary()),
             QStringLiteral("the document is damaged (the working copy fails its checksum); "
                            "every version is still readable"));
    // The committed version is untouched by the damage.
    QCOMPARE(writeDesignJson(document->readVersion(1)), writeDesignJson(design));
}

void tst_DocumentCheck::olderDocumentGainsChecksums() {
    const QString copy = path(QStringLiteral("schema-1.archboard"));
    QVERIFY(QFile::copy(storetest::fixture(QStringLiteral("store/schema-1.archboard")), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const int versions = openWritable(copy)->latestVersion();
    QVERIFY(versions > 0);
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(copy.toUtf8().constData(), &db), SQLITE_OK);
    sqlite3_stmt* count = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM version WHERE checksum IS NOT NULL", -1, &count,
                       nullptr);
    QCOMPARE(sqlite3_step(count), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(count, 0), versions); // migrated: every version has one
    sqlite3_finalize(count);
    sqlite3_close(db);
    QVERIFY(openReadOnly(copy)->check(CheckDepth::Deep).ok());
}

void tst_DocumentCheck::messagesAreOneLine() {
    const QString doc = path(QStringLiteral("noise.archboard"));
    Document::createWithVersion(doc.toStdString(), loadCase(QStringLiteral("checkout-flash-sale")),
                                {"Ann", ""});
    QByteArray bytes = readAll(doc);
    for (qsizetype i = 4096 + 200; i < bytes.size(); i += 97)
        bytes[i] = char(bytes[i] ^ 0x5a);
    QVERIFY(storetest::writeAll(doc, bytes));
    const source::SourcedDesign read =
        source::readDesignArgument(doc.toStdString(), {.checkIntegrity = CheckDepth::Deep});
    QVERIFY(!read.load.ok());
    for (const Problem& problem : read.load.problems) {
        QVERIFY2(problem.what.find('\n') == std::string::npos, problem.what.c_str());
        QVERIFY2(problem.what.starts_with("the document is damaged"), problem.what.c_str());
    }
}

void tst_DocumentCheck::failedCommitOnFullDiskLeavesNoStrayFiles_data() {
    QTest::addColumn<QString>("diskSize");
    QTest::addColumn<int>("freeKiB");
    QTest::addColumn<int>("bulkComponents"); // added to make the commit large
    // The disk fills at different steps: the journal or log, the log's
    // index, the copy back.
    for (const int free : {0, 4, 8, 16, 24, 32, 48})
        QTest::addRow("%d KiB free", free) << QStringLiteral("256k") << free << 100;
    // Room enough to start the log, not for what the commit writes.
    QTest::addRow("log fills up") << QStringLiteral("16m") << 5 * 1024 << 8000;
}

// Every database image that once crashed the document fuzz target reads as a
// design that writes back, or is refused with a one-line message.
void tst_DocumentCheck::inputsThatOnceFailedTheFuzzerAreRefusedCleanly() {
    const QDir dir(storetest::fixture(QStringLiteral("fuzz/document")));
    const QStringList inputs = dir.entryList(QDir::Files | QDir::NoDotAndDotDot);
    QVERIFY(!inputs.isEmpty());
    for (const QString& name : inputs) {
        const QString copy = path(QStringLiteral("fuzz-") + name);
        QVERIFY(QFile::copy(dir.filePath(name), copy));
        const QByteArray label = name.toUtf8();
        const source::SourcedDesign read =
            source::readDesignArgument(copy.toStdString(), {.checkIntegrity = CheckDepth::Deep});
        if (read.load.ok()) {
            QVERIFY2(!writeDesignJson(*read.load.design).empty(), label.constData());
            continue;
        }
        for (const Problem& problem : read.load.problems)
            QVERIFY2(problem.what.find('\n') == std::string::npos, label.constData());
        // Each version on its own, as `DOC@N` reads it.
        try {
            const auto document = openReadOnly(copy);
            for (int v = 1; v <= document->latestVersion(); ++v) {
                try {
                    QVERIFY(!writeDesignJson(document->readVersion(v)).empty());
                } catch (const StoreError& error) {
                    QVERIFY2(std::string(error.what()).starts_with("the document is damaged"),
                             error.what());
                }
            }
        } catch (const StoreError&) {
        }
    }
}

// A commit that runs out of room fails, and afterwards the document reads
// exactly as before, by this program and any other, with nothing beside it.
void tst_DocumentCheck::failedCommitOnFullDiskLeavesNoStrayFiles() {
    QFETCH(QString, diskSize);
    QFETCH(int, freeKiB);
    QFETCH(int, bulkComponents);
    const QString folder = path(QStringLiteral("full-%1-%2").arg(diskSize).arg(freeKiB));
    QVERIFY(QDir().mkpath(folder));
    const fullfolder::TinyTmpfs disk(folder, diskSize);
    if (!disk.mounted())
        QSKIP(fullfolder::notMounted(disk).constData());
    const QString doc = QDir(folder).filePath(QStringLiteral("doc.archboard"));
    const DesignData small = loadCase(QStringLiteral("url-shortener-naive"));
    Document::createWithVersion(doc.toStdString(), small, {"Ann", ""});
    QVERIFY(disk.fill());
    QFile filler(QDir(folder).filePath(QStringLiteral(".filler")));
    QVERIFY(filler.resize(std::max<qint64>(0, filler.size() - freeKiB * 1024)));
    {
        const auto document = openWritable(doc);
        DesignData large = loadCase(QStringLiteral("checkout-flash-sale"));
        for (int i = 0; i < bulkComponents; ++i) {
            Component bulk = large.components.front();
            bulk.id = ElementId("bulk-" + std::to_string(i));
            // Bytes that do not repeat, as real text does not.
            bulk.justification = std::string(1000, char('a' + i % 26)) + std::to_string(i);
            large.components.push_back(std::move(bulk));
        }
        const QString error = storeErrorOf([&] { document->commit(large, {"Ann", "big"}); });
        QCOMPARE(error, QStringLiteral("the disk is full; nothing was changed"));
        // While the app still has it open, others read it as it was.
        expectReadsAsBefore(folder, doc, small);
    }
    expectReadsAsBefore(folder, doc, small);
    const auto document = openReadOnly(doc);
    QCOMPARE(document->versions().size(), std::size_t(1));
    QVERIFY(!document->hasUnsavedWork());
}

QTEST_GUILESS_MAIN(tst_DocumentCheck)
#include "tst_documentcheck.moc"
