// Kills `archboard-cli commit` with SIGKILL at random moments, again and
// again, and checks after each kill that the document opens, passes
// PRAGMA integrity_check and still holds every version whose commit said
// it succeeded, exactly as committed.
#include "bench/layereddesign.h"
#include "app/cli/exitcode.h"
#include "model/json/designjson.h"
#include "model/source/savedesign.h"
#include "model/store/document.h"

#include <map>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <random>
#include <sqlite3.h>

using namespace archboard;

namespace {

constexpr int kRequiredKills = 50;
constexpr int kMaxRuns = 400;

struct Committed {
    std::string json; // the canonical bytes that were committed
    std::string message;
};

// Every version's stored row (its number, base and content), in order.
std::vector<std::string> versionRows(const std::string& path) {
    std::vector<std::string> rows;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v2(db,
                           "SELECT number, ifnull(base, 0), hex(content) FROM version "
                           "ORDER BY number",
                           -1, &stmt, nullptr);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const auto* content = sqlite3_column_text(stmt, 2);
            rows.push_back(std::to_string(sqlite3_column_int(stmt, 0)) + ":" +
                           std::to_string(sqlite3_column_int(stmt, 1)) + ":" +
                           reinterpret_cast<const char*>(content));
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return rows;
}

} // namespace

class tst_CliCrash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedCommitsLoseNothingCommitted();
};

void tst_CliCrash::killedCommitsLoseNothingCommitted() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string doc = dir.filePath(QStringLiteral("crash.archboard")).toStdString();
    const std::string designPath = dir.filePath(QStringLiteral("design.json")).toStdString();
    DesignData design = bench::layeredDesign(400);

    std::map<int, Committed> committed; // version number -> what it holds
    std::vector<std::string> seenRows;  // every stored version, as last checked
    std::mt19937 random(20261124);
    int kills = 0;
    int successes = 0;
    int interrupted = 0;
    qint64 commitMs = 0; // the longest run that finished; the first one always does
    for (int run = 0; run < kMaxRuns && (kills < kRequiredKills || interrupted == 0); ++run) {
        // Each run commits a design of its own: a rename and a new note.
        design.components[std::size_t(run) % design.components.size()].name =
            "run " + std::to_string(run);
        Note note;
        note.id = "note" + std::to_string(run);
        note.text = std::string(std::size_t(run % 7) * 100, 'x');
        design.notes.push_back(note);
        QCOMPARE(saveDesignFile(design, designPath), std::string());
        const std::string message = "run " + std::to_string(run);

        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(ARCHBOARD_CLI_PATH),
                      {QStringLiteral("commit"), QString::fromStdString(doc),
                       QString::fromStdString(designPath), QStringLiteral("-m"),
                       QString::fromStdString(message)});
        QVERIFY(process.waitForStarted());
        // Anywhere from start-up to the end of the longest run so far; every
        // other run in its last fifth, where the writing happens, so that
        // kills land mid-write even where start-up dominates (sanitizers).
        const int earliest = run % 2 == 0 ? int(commitMs * 4 / 5) : 0;
        const int delay = std::uniform_int_distribution<int>(earliest, int(commitMs))(random);
        if (run > 0 && !process.waitForFinished(delay)) {
            process.kill(); // SIGKILL
            ++kills;
        }
        if (process.state() != QProcess::NotRunning)
            QVERIFY(process.waitForFinished(60000));
        // A journal or write-ahead log left behind: the kill cut a write short.
        if (QFileInfo(QString::fromStdString(doc + "-journal")).size() > 0 ||
            QFileInfo::exists(QString::fromStdString(doc + "-wal")))
            ++interrupted;
        if (process.exitStatus() == QProcess::NormalExit) {
            QCOMPARE(process.exitCode(), cli::Exit::Ok);
            commitMs = std::max(commitMs, timer.elapsed());
            const QByteArray out = process.readAllStandardOutput();
            const QByteArray prefix = QByteArray::fromStdString(doc + "@");
            QVERIFY2(out.startsWith(prefix) && out.endsWith("\n"), out.constData());
            const int number = out.mid(prefix.size()).trimmed().toInt();
            QVERIFY(number >= 1);
            committed[number] = {writeDesignJson(design), message};
            ++successes;
        }

        // After every run, whatever happened: the file opens, is intact and
        // holds every version that was reported committed.
        if (!committed.empty() || QFile::exists(QString::fromStdString(doc))) {
            const auto document = store::Document::open(doc, store::Document::Mode::ReadOnly);
            QCOMPARE(document->integrityCheck(), std::string());
            const std::vector<store::VersionInfo> versions = document->versions();
            for (const auto& [number, expected] : committed) {
                QVERIFY(number <= int(versions.size()));
                QCOMPARE(versions[std::size_t(number - 1)].message, expected.message);
            }
            // Each version is rebuilt once and compared with what was
            // committed; from then on its stored rows must never change
            // (versions are only ever appended), which is cheap to check.
            const std::vector<std::string> rows = versionRows(doc);
            for (std::size_t i = 0; i < rows.size() && i < seenRows.size(); ++i)
                QVERIFY2(rows[i] == seenRows[i], qPrintable(QString::number(i + 1)));
            for (const auto& [number, expected] : committed)
                if (std::size_t(number) > seenRows.size())
                    QCOMPARE(writeDesignJson(document->readVersion(number)), expected.json);
            seenRows = rows;
        }
    }
    qInfo("%d runs killed (%d inside a transaction), %d commits completed", kills, interrupted,
          successes);
    QVERIFY(kills >= kRequiredKills);
    QVERIFY(successes > 0);
    QVERIFY(interrupted > 0); // some kills did land in the middle of a write
    // And the document still takes new versions.
    const auto document = store::Document::open(doc, store::Document::Mode::ReadWrite);
    QVERIFY(!document->isReadOnly());
    const int latest = document->latestVersion();
    design.info.title = "after the crashes";
    QCOMPARE(document->commit(design, {"Ann", ""}).number, latest + 1);
}

QTEST_GUILESS_MAIN(tst_CliCrash)
#include "tst_clicrash.moc"
