// Files written completely or not at all (model/io/atomicfile): a new file,
// a replaced one keeping its mode, and failures (injected, a missing
// folder, a full tmpfs) that leave an existing file and no temporary.
#include "support/fullfolder.h"
#include "model/io/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace archboard;

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

std::filesystem::path fsPath(const QString& path) {
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

QStringList entries(const QString& folder) {
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

class tst_AtomicFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup() { testing::failWritesAfter(std::nullopt); }
    void writesNewFile();
    void replaceKeepsMode();
    void failedWriteKeepsExisting_data();
    void failedWriteKeepsExisting();
    void missingFolderSaysWhy();
    void fullDiskKeepsExisting();

private:
    QTemporaryDir m_dir;
};

void tst_AtomicFile::writesNewFile() {
    const QString path = m_dir.filePath(QStringLiteral("new.json"));
    QCOMPARE(saveFileAtomically("{}\n", fsPath(path)), std::string());
    QCOMPARE(readAll(path), QByteArray("{}\n"));
    QVERIFY(QFile::permissions(path).testFlag(QFile::WriteOwner));
    QCOMPARE(entries(m_dir.path()), QStringList{QStringLiteral("new.json")});
}

void tst_AtomicFile::replaceKeepsMode() {
    const QString path = m_dir.filePath(QStringLiteral("shared.json"));
    QVERIFY(writeFile(path, "old"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                            QFile::WriteGroup));
    QCOMPARE(saveFileAtomically("new", fsPath(path)), std::string());
    QCOMPARE(readAll(path), QByteArray("new"));
    QVERIFY(QFile::permissions(path).testFlag(QFile::WriteGroup));
}

void tst_AtomicFile::failedWriteKeepsExisting_data() {
    QTest::addColumn<int>("failAfter");
    QTest::newRow("first-byte") << 0;
    QTest::newRow("part-way") << 5;
}

void tst_AtomicFile::failedWriteKeepsExisting() {
    QFETCH(int, failAfter);
    const QString folder = m_dir.filePath(QStringLiteral("fail-%1").arg(failAfter));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("design.json"));
    QVERIFY(writeFile(path, "old content"));
    testing::failWritesAfter(static_cast<std::size_t>(failAfter));
    const std::string error = saveFileAtomically(std::string(100'000, 'x'), fsPath(path));
    QVERIFY2(error.find("No space left on device") != std::string::npos, error.c_str());
    QVERIFY(error.find('\n') == std::string::npos);
    QCOMPARE(readAll(path), QByteArray("old content"));
    QCOMPARE(entries(folder), QStringList{QStringLiteral("design.json")});
}

void tst_AtomicFile::missingFolderSaysWhy() {
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/design.json"));
    const std::string error = saveFileAtomically("{}", fsPath(path));
    QVERIFY2(error.find("No such file or directory") != std::string::npos, error.c_str());
    QVERIFY(!QFile::exists(path));
}

void tst_AtomicFile::fullDiskKeepsExisting() {
    const QString folder = m_dir.filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(folder));
    const fullfolder::TinyTmpfs tmpfs(folder);
    if (!tmpfs.mounted())
        QSKIP(fullfolder::notMounted(tmpfs).constData());
    const QString path = QDir(folder).filePath(QStringLiteral("design.json"));
    QVERIFY(writeFile(path, "old content"));
    QVERIFY(tmpfs.fill());
    const std::string error = saveFileAtomically(std::string(100'000, 'x'), fsPath(path));
    QVERIFY2(error.find("No space left on device") != std::string::npos, error.c_str());
    QCOMPARE(readAll(path), QByteArray("old content"));
    QCOMPARE(entries(folder),
             (QStringList{QStringLiteral(".filler"), QStringLiteral("design.json")}));
}

QTEST_GUILESS_MAIN(tst_AtomicFile)
#include "tst_atomicfile.moc"
