// Fault injection at every write: a commit is run again and again, each time
// with one more of its write-side calls (writes, truncations, syncs, closing
// included) failing, as a failing disk or a full one would fail it. After
// every failure the versions already stored read back byte-identical, the new
// one is either whole or absent, and the message is one clear line.
#include "model/json/designjson.h"
#include "model/store/document.h"
#include "support/faultvfs.h"
#include "support/storetestsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace archboard;
using namespace archboard::store;
using storetest::loadCase;

class tst_FaultInjection : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commitSurvivesAFaultAtEveryWrite_data();
    void commitSurvivesAFaultAtEveryWrite();

private:
    QTemporaryDir m_dir;
    QString m_original;                  // a document with two versions
    std::vector<std::string> m_versions; // their canonical JSON
    DesignData m_next;
};

void tst_FaultInjection::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_original = m_dir.filePath(QStringLiteral("original.archboard"));
    const DesignData first = loadCase(QStringLiteral("url-shortener-naive"));
    const DesignData second = loadCase(QStringLiteral("url-shortener-solid"));
    Document::createWithVersion(m_original.toStdString(), first, {"Ann", "first"});
    Document::open(m_original.toStdString(), Document::Mode::ReadWrite)
        ->commit(second, {"Ann", "second"});
    m_versions = {writeDesignJson(first), writeDesignJson(second)};
    m_next = loadCase(QStringLiteral("checkout-flash-sale"));
    faultvfs::install();
}

void tst_FaultInjection::commitSurvivesAFaultAtEveryWrite_data() {
    QTest::addColumn<int>("code");
    QTest::addRow("I/O error") << int(SQLITE_IOERR_WRITE);
    QTest::addRow("disk full") << int(SQLITE_FULL);
}

void tst_FaultInjection::commitSurvivesAFaultAtEveryWrite() {
    QFETCH(int, code);
    const std::string next = writeDesignJson(m_next);
    int faults = 0;
    for (int n = 1;; ++n) {
        QVERIFY2(n < 5000, "the commit never finished without a fault");
        const QString doc = m_dir.filePath(QStringLiteral("doc-%1-%2.archboard").arg(code).arg(n));
        QVERIFY(QFile::copy(m_original, doc));
        QFile::setPermissions(doc, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        faultvfs::arm(n, code);
        try {
            const auto document = Document::open(doc.toStdString(), Document::Mode::ReadWrite);
            document->commit(m_next, {"Ann", "third"});
            // Closing copies the log into the file: its writes count too.
        } catch (const StoreError& e) {
            error = QString::fromStdString(e.what());
        }
        const bool fired = faultvfs::state().fired;
        faultvfs::disarm();
        const QByteArray where = QStringLiteral("fault at write-side call %1: %2")
                                     .arg(n)
                                     .arg(error.isEmpty() ? QStringLiteral("no error") : error)
                                     .toUtf8();
        if (!error.isEmpty()) {
            QVERIFY2(!error.contains(u'\n'), where.constData());
            QVERIFY2(error == QStringLiteral("the disk is full; nothing was changed") ||
                         error.startsWith(QStringLiteral("cannot read or write the document: ")),
                     where.constData());
        }
        // Another program, afterwards: what was stored is all there.
        const auto reader = Document::open(doc.toStdString(), Document::Mode::ReadOnly);
        const int latest = reader->latestVersion();
        QVERIFY2(latest == 2 || latest == 3, where.constData());
        if (error.contains(QStringLiteral("nothing was changed")))
            QVERIFY2(latest == 2, where.constData());
        for (int v = 1; v <= 2; ++v)
            QVERIFY2(writeDesignJson(reader->readVersion(v)) == m_versions[std::size_t(v - 1)],
                     where.constData());
        if (latest == 3)
            QVERIFY2(writeDesignJson(reader->readVersion(3)) == next, where.constData());
        const DocumentHealth health = reader->check(CheckDepth::Deep);
        QVERIFY2(health.ok(), (where + " / " + health.summary().c_str()).constData());
        QFile::remove(doc);
        if (!fired) {
            // Every write-side call of the commit has failed once.
            QVERIFY2(error.isEmpty(), where.constData());
            QCOMPARE(latest, 3);
            break;
        }
        ++faults;
    }
    qInfo("%d write-side calls each failed in turn", faults);
    QVERIFY(faults >= 5); // the commit writes, syncs and checkpoints
}

QTEST_GUILESS_MAIN(tst_FaultInjection)
#include "tst_faultinjection.moc"
