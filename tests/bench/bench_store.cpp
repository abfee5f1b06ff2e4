// The `.archboard` document's size and speed: what a small edit adds to the
// file, how long a commit takes, and how long reading a version takes, on
// layered designs (layereddesign.cpp).
#include "layereddesign.h"
#include "model/json/designjson.h"
#include "model/store/document.h"

#include <ctime>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace archboard;

namespace {

bool quick() {
    return qEnvironmentVariableIsSet("ARCHBOARD_BENCH_QUICK");
}

DesignData renamed(DesignData design, int edit) {
    auto& component = design.components[std::size_t(edit * 7919) % design.components.size()];
    component.name = "renamed " + std::to_string(edit);
    return design;
}

double processCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

qint64 fileSize(const std::string& path) {
    return QFileInfo(QString::fromStdString(path)).size();
}

} // namespace

class bench_Store : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Size: what versions that each rename one component add to the file.
    void renameVersionsSize() {
        const std::size_t components = quick() ? 200 : 2000;
        const int versions = quick() ? 10 : 100;
        const std::string path = m_dir.filePath(QStringLiteral("size.archboard")).toStdString();
        DesignData design = bench::layeredDesign(components);
        const std::size_t jsonBytes = writeDesignJson(design).size();
        store::Document::createWithVersion(path, design, {"bench", ""});
        const qint64 oneCopy = fileSize(path);
        // Each version as a script adds it: open, commit, close. A closed
        // document is one file (its write-ahead log copied in), so its size
        // is what the version costs.
        qint64 largestStep = 0;
        for (int edit = 1; edit < versions; ++edit) {
            const qint64 before = fileSize(path);
            design = renamed(std::move(design), edit);
            QVERIFY(!store::Document::open(path, store::Document::Mode::ReadWrite)
                         ->commit(design, {"bench", "rename"})
                         .unchanged);
            QVERIFY(!QFileInfo::exists(QString::fromStdString(path + "-wal")));
            largestStep = std::max(largestStep, fileSize(path) - before);
        }
        const qint64 total = fileSize(path);
        const double average = double(total - oneCopy) / (versions - 1);
        qInfo("%zu components: JSON %zu bytes; document with 1 version %lld bytes; with %d "
              "versions %lld bytes (%.2fx); %.0f bytes per version on average, at most %lld",
              components, jsonBytes, oneCopy, versions, total, double(total) / oneCopy, average,
              largestStep);
        QVERIFY(average < 4096);
        QVERIFY(total < 3 * oneCopy);
    }

    // Speed: committing a version that renames one component.
    void commitRename() {
        const std::size_t components = quick() ? 200 : 2000;
        // QBENCHMARK may run this more than once: a new document each time.
        const std::string path =
            m_dir.filePath(QStringLiteral("commit%1.archboard").arg(++m_runs)).toStdString();
        DesignData design = bench::layeredDesign(components);
        store::Document::createWithVersion(path, design, {"bench", ""});
        const auto document = store::Document::open(path, store::Document::Mode::ReadWrite);
        int edit = 0;
        QBENCHMARK {
            design = renamed(std::move(design), ++edit);
            document->commit(design, {"bench", "rename"});
        }
        QVERIFY(document->latestVersion() > 1);
    }

    // Speed: reading a version through a fresh connection, as opening does.
    void readVersion_data() {
        QTest::addColumn<int>("version");
        QTest::newRow("latest") << 0;
        QTest::newRow("first") << 1;
        QTest::newRow("middle") << (quick() ? 5 : 50);
        QTest::newRow("one before latest") << -1;
    }
    void readVersion() {
        QFETCH(int, version);
        const std::string path = historyDocument();
        const int latest =
            store::Document::open(path, store::Document::Mode::ReadOnly)->latestVersion();
        const int number = version == 0 ? latest : version < 0 ? latest + version : version;
        std::size_t components = 0;
        // Processor time too: on a machine shared with other work, wall time
        // includes waiting for a core.
        const double cpuBefore = processCpuMs();
        int runs = 0;
        QBENCHMARK {
            const auto document = store::Document::open(path, store::Document::Mode::ReadOnly);
            components = document->readVersion(number).components.size();
            ++runs;
        }
        qInfo("version %d of %d: %.1f ms of processor time per read", number, latest,
              (processCpuMs() - cpuBefore) / runs);
        QVERIFY(components > 0);
    }

private:
    // 10,000 components (200 when quick) with 100 versions (10), made once.
    std::string historyDocument() {
        const std::string path = m_dir.filePath(QStringLiteral("history.archboard")).toStdString();
        if (QFileInfo::exists(QString::fromStdString(path)))
            return path;
        DesignData design = bench::layeredDesign(quick() ? 200 : 10'000);
        store::Document::createWithVersion(path, design, {"bench", ""});
        const auto document = store::Document::open(path, store::Document::Mode::ReadWrite);
        for (int edit = 1; edit < (quick() ? 10 : 100); ++edit) {
            design = renamed(std::move(design), edit);
            document->commit(design, {"bench", "rename"});
        }
        return path;
    }

    QTemporaryDir m_dir;
    int m_runs = 0;
};

QTEST_APPLESS_MAIN(bench_Store)
#include "bench_store.moc"
