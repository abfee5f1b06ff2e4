// The one door for designs (model/source): what a design argument names,
// which format reads it, and the one-line `WHAT` for every file it refuses.
#include "model/json/designjson.h"
#include "model/source/designformat.h"
#include "model/source/designsource.h"
#include "model/store/document.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace archboard;
using namespace archboard::source;

namespace {

QString fixture(const QString& relative) {
    return QStringLiteral(ARCHBOARD_FIXTURES "/") + relative;
}

QString caseFile(const char* name) {
    return fixture(QStringLiteral("cases/%1.archboard.json").arg(QLatin1String(name)));
}

// The design's title, else its first problem as `WHERE: WHAT`.
QString outcome(const SourcedDesign& read) {
    return read.load.ok() ? QString::fromStdString(read.load.design->info.title)
                          : QString::fromStdString(read.load.problems.at(0).toString());
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class tst_DesignSource : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void argumentGrammar_data();
    void argumentGrammar();
    void jsonFile();
    void documentLatest();
    void documentVersion();
    void workingCopyBeforeFirstVersion();
    void refusals_data();
    void refusals();
    void fileNamedLikeAVersion();
    void pipeIsRefusedWithoutWaiting();
    void foreignFiles();
    void formatsByContent();
    void documentKeptOpenForEditing();
    void readOnlyDocumentKeptOpenReadOnly();
    void integrityCheck();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_doc; // two versions: the naive sketch, then the reviewed design
};

void tst_DesignSource::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_doc = path(QStringLiteral("history.archboard"));
    const LoadResult first = readDesignFile(caseFile("url-shortener-naive").toStdString());
    const LoadResult second = readDesignFile(caseFile("url-shortener-solid").toStdString());
    QVERIFY(first.ok() && second.ok());
    store::Document::createWithVersion(m_doc.toStdString(), *first.design, {"Ann", ""});
    store::Document::open(m_doc.toStdString(), store::Document::Mode::ReadWrite)
        ->commit(*second.design, {"Ann", ""});
}

void tst_DesignSource::argumentGrammar_data() {
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("version"); // -1: none
    QTest::newRow("plain") << "a.archboard"
                           << "a.archboard" << -1;
    QTest::newRow("version") << "a.archboard@12"
                             << "a.archboard" << 12;
    QTest::newRow("zero, refused by the document") << "a.archboard@0"
                                                   << "a.archboard" << 0;
    QTest::newRow("empty") << "a.archboard@"
                           << "a.archboard@" << -1;
    QTest::newRow("negative") << "a.archboard@-1"
                              << "a.archboard@-1" << -1;
    QTest::newRow("plus") << "a.archboard@+1"
                          << "a.archboard@+1" << -1;
    QTest::newRow("letters") << "a.archboard@1a"
                             << "a.archboard@1a" << -1;
    QTest::newRow("no name") << "@3"
                             << "@3" << -1;
}

void tst_DesignSource::argumentGrammar() {
    QFETCH(QString, argument);
    QFETCH(QString, path);
    QFETCH(int, version);
    const DesignArgument parsed = parseDesignArgument(argument.toStdString());
    QCOMPARE(QString::fromStdString(parsed.path), path);
    QCOMPARE(parsed.version, version >= 0 ? std::optional<int>(version) : std::nullopt);
}

void tst_DesignSource::jsonFile() {
    const std::string file = caseFile("url-shortener-solid").toStdString();
    const SourcedDesign read = readDesignArgument(file);
    QCOMPARE(outcome(read), QStringLiteral("URL shortener (reviewed)"));
    QVERIFY(read.source.format == SourceFormat::Json);
    QCOMPARE(read.source.path, file);
    QCOMPARE(read.source.version, std::nullopt);
    QVERIFY(!read.document);
    QVERIFY(!read.load.elementLines.empty()); // JSON knows where each element is
}

void tst_DesignSource::documentLatest() {
    const SourcedDesign read = readDesignArgument(m_doc.toStdString());
    QCOMPARE(outcome(read), QStringLiteral("URL shortener (reviewed)"));
    QVERIFY(read.source.format == SourceFormat::Document);
    QCOMPARE(read.source.path, m_doc.toStdString());
    QCOMPARE(read.source.version, std::nullopt);
    QVERIFY(!read.document); // read-only, and closed again
}

void tst_DesignSource::documentVersion() {
    const SourcedDesign read = readDesignArgument(m_doc.toStdString() + "@1");
    QCOMPARE(outcome(read), QStringLiteral("URL shortener (first sketch)"));
    QVERIFY(read.source.format == SourceFormat::Document);
    QCOMPARE(read.source.path, m_doc.toStdString());
    QCOMPARE(read.source.version, std::optional<int>(1));
}

void tst_DesignSource::workingCopyBeforeFirstVersion() {
    const QString doc = path(QStringLiteral("fresh.archboard"));
    const LoadResult design = readDesignFile(caseFile("url-shortener-solid").toStdString());
    store::Document::create(doc.toStdString())->saveWorkingCopy(*design.design);
    QCOMPARE(outcome(readDesignArgument(doc.toStdString())),
             QStringLiteral("URL shortener (reviewed)"));
    QCOMPARE(writeDesignJson(*readDesignFile(doc.toStdString()).design),
             writeDesignJson(*design.design));
}

void tst_DesignSource::refusals_data() {
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("what");
    const QString doc = m_doc;
    const QString json = caseFile("url-shortener-solid");
    const QString missing = path(QStringLiteral("missing.archboard"));
    QTest::newRow("missing file") << missing
                                  << QStringLiteral("cannot open: No such file or directory");
    QTest::newRow("missing file, version")
        << missing + QStringLiteral("@2")
        << QStringLiteral("cannot open: No such file or directory");
    QTest::newRow("no such version")
        << doc + QStringLiteral("@3") << QStringLiteral("no version 3 (the document has 2)");
    QTest::newRow("version 0") << doc + QStringLiteral("@0")
                               << QStringLiteral("no version 0 (versions count from 1)");
    QTest::newRow("version of JSON")
        << json + QStringLiteral("@1")
        << QStringLiteral("version 1 of %1: a JSON design has no versions").arg(json);
    QTest::newRow("directory") << m_dir.path() << QStringLiteral("cannot open: is a directory");
    QTest::newRow("version of a directory")
        << m_dir.path() + QStringLiteral("@1")
        << QStringLiteral("version 1 of %1: a JSON design has no versions").arg(m_dir.path());
}

void tst_DesignSource::refusals() {
    QFETCH(QString, argument);
    QFETCH(QString, what);
    const SourcedDesign read = readDesignArgument(argument.toStdString());
    QVERIFY(!read.load.ok());
    QCOMPARE(read.load.problems.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(read.load.problems[0].where), QString());
    QCOMPARE(QString::fromStdString(read.load.problems[0].what), what);
}

void tst_DesignSource::fileNamedLikeAVersion() {
    const QString odd = path(QStringLiteral("odd.archboard@1"));
    QVERIFY(QFile::copy(m_doc, odd));
    const SourcedDesign read = readDesignArgument(odd.toStdString());
    QCOMPARE(outcome(read), QStringLiteral("URL shortener (reviewed)"));
    QCOMPARE(read.source.path, odd.toStdString());
    QCOMPARE(read.source.version, std::nullopt);
    // A path is never an argument: no `@N` is taken from it.
    QCOMPARE(QString::fromStdString(
                 readDesignFile(m_doc.toStdString() + "@1").problems.at(0).toString()),
             QStringLiteral("cannot open: No such file or directory"));
}

void tst_DesignSource::pipeIsRefusedWithoutWaiting() {
    const QString pipe = path(QStringLiteral("pipe.archboard.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    QCOMPARE(outcome(readDesignArgument(pipe.toStdString())),
             QStringLiteral("cannot open: not a regular file"));
    QVERIFY(formatOf(pipe.toStdString()) == SourceFormat::Json);
}

void tst_DesignSource::foreignFiles() {
    // A SQLite database that is no document is refused by the document
    // reader (tst_designjson: "not an Archboard document"), never read as JSON.
    const QString database = path(QStringLiteral("other.archboard"));
    QVERIFY(writeFile(database, QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\0')));
    const SourcedDesign sqlite = readDesignArgument(database.toStdString());
    QVERIFY(sqlite.source.format == SourceFormat::Document);
    QVERIFY(!sqlite.load.ok());
    // Any other file is read as JSON, and the JSON reader says what is wrong.
    const QString text = path(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(text, "just some notes\n"));
    const SourcedDesign notes = readDesignArgument(text.toStdString());
    QVERIFY(notes.source.format == SourceFormat::Json);
    QVERIFY(!notes.load.ok());
    QVERIFY(notes.load.problems.at(0).where.starts_with("line 1"));
    const QString empty = path(QStringLiteral("empty.archboard.json"));
    QVERIFY(writeFile(empty, {}));
    QCOMPARE(outcome(readDesignArgument(empty.toStdString())), QStringLiteral("file is empty"));
}

void tst_DesignSource::formatsByContent() {
    const auto formats = designFormats();
    QVERIFY(!formats.empty());
    QVERIFY(formats.back().id == SourceFormat::Json); // the last takes any file
    QVERIFY(formats.back().recognises(""));
    QVERIFY(formatOf(m_doc.toStdString()) == SourceFormat::Document);
    QVERIFY(formatOf(caseFile("url-shortener-solid").toStdString()) == SourceFormat::Json);
    // The SQLite header, not the name, makes a document.
    const QString named = path(QStringLiteral("named.archboard"));
    QVERIFY(writeFile(named, "SQLite format 3")); // one byte short of the header
    QVERIFY(formatOf(named.toStdString()) == SourceFormat::Json);
    const QString renamed = path(QStringLiteral("renamed.json"));
    QVERIFY(QFile::copy(m_doc, renamed));
    QVERIFY(formatOf(renamed.toStdString()) == SourceFormat::Document);
    QVERIFY(formatOf(path(QStringLiteral("missing")).toStdString()) == SourceFormat::Json);
}

void tst_DesignSource::documentKeptOpenForEditing() {
    const QString doc = path(QStringLiteral("edit.archboard"));
    QVERIFY(QFile::copy(m_doc, doc));
    QVERIFY(QFile::setPermissions(doc, QFile::ReadOwner | QFile::WriteOwner));
    SourcedDesign read = readDesign({doc.toStdString(), std::nullopt}, {.keepDocumentOpen = true});
    QCOMPARE(outcome(read), QStringLiteral("URL shortener (reviewed)"));
    QVERIFY(read.document);
    QVERIFY(!read.document->isReadOnly());
    QCOMPARE(read.document->latestVersion(), 2);
    // A JSON design has no document to keep.
    const SourcedDesign json = readDesign(
        {caseFile("url-shortener-solid").toStdString(), std::nullopt}, {.keepDocumentOpen = true});
    QVERIFY(json.load.ok());
    QVERIFY(!json.document);
}

void tst_DesignSource::readOnlyDocumentKeptOpenReadOnly() {
    const QString doc = path(QStringLiteral("readonly.archboard"));
    QVERIFY(QFile::copy(m_doc, doc));
    QVERIFY(QFile::setPermissions(doc, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const SourcedDesign read =
        readDesign({doc.toStdString(), std::nullopt}, {.keepDocumentOpen = true});
    QVERIFY(read.load.ok());
    QVERIFY(read.document);
    QVERIFY(read.document->isReadOnly());
}

void tst_DesignSource::integrityCheck() {
    QVERIFY(readDesignArgument(m_doc.toStdString(), {.checkIntegrity = store::CheckDepth::Quick}).load.ok());
    const QString doc = path(QStringLiteral("cut.archboard"));
    QFile original(m_doc);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QVERIFY(writeFile(doc, original.readAll().left(100)));
    const SourcedDesign read = readDesignArgument(doc.toStdString(), {.checkIntegrity = store::CheckDepth::Quick});
    QVERIFY(!read.load.ok());
    QVERIFY2(read.load.problems.at(0).what.starts_with("the document is damaged"),
             read.load.problems.at(0).what.c_str());
}

QTEST_GUILESS_MAIN(tst_DesignSource)
#include "tst_designsource.moc"
