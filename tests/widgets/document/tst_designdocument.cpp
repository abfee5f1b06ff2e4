#include "model/design.h"
#include "support/testsupport.h"
#include "widgets/document/designdocument.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace archboard;
using testsupport::caseFile;

class tst_DesignDocument : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void startsEmpty();
    void loadReplacesDesign();
    void failedLoadChangesNothing_data();
    void failedLoadChangesNothing();
    void editsReportChangesAndMarkModified();
    void saveAsWritesWhatLoadReads();
    void clearForgetsFile();

private:
    QTemporaryDir m_dir;
};

void tst_DesignDocument::startsEmpty() {
    const DesignDocument document;
    QVERIFY(document.filePath().isEmpty());
    QVERIFY(!document.isModified());
    QVERIFY(document.design().components().empty());
    QCOMPARE(document.displayName(), QStringLiteral("Untitled design"));
    QVERIFY(document.undoStack());
}

void tst_DesignDocument::loadReplacesDesign() {
    DesignDocument document;
    QSignalSpy changed(&document, &DesignDocument::changed);
    QSignalSpy pathChanged(&document, &DesignDocument::filePathChanged);

    QStringList problems;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-solid")), &problems));
    QVERIFY(problems.isEmpty());

    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.at(0).at(0).value<DesignChange>().reset);
    QCOMPARE(pathChanged.count(), 1);
    QCOMPARE(document.filePath(),
             QFileInfo(caseFile(QStringLiteral("url-shortener-solid"))).absoluteFilePath());
    QVERIFY(!document.isModified());
    QCOMPARE(document.design().components().size(), std::size_t(8));
    QCOMPARE(document.design().connections().size(), std::size_t(6));
    QCOMPARE(document.displayName(), QStringLiteral("URL shortener (reviewed)"));
}

void tst_DesignDocument::failedLoadChangesNothing_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedProblem");
    QTest::newRow("dangling-connection-target")
        << testsupport::danglingConnectionDesign()
        << QStringLiteral("connections[0].to: no component \"zz\"");
    QTest::newRow("invalid-json") << QByteArray("{ \"format\": \"archboard\", oops")
                                  << QStringLiteral("line 1");
    QTest::newRow("empty-file") << QByteArray() << QString();
}

void tst_DesignDocument::failedLoadChangesNothing() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedProblem);
    QVERIFY(m_dir.isValid());
    const QString bad = testsupport::writeFile(m_dir, QStringLiteral("bad.archboard.json"), bytes);
    QVERIFY(!bad.isEmpty());

    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-solid"))));
    const DesignData before = document.design().data();
    const QString pathBefore = document.filePath();
    QSignalSpy changed(&document, &DesignDocument::changed);
    QSignalSpy pathChanged(&document, &DesignDocument::filePathChanged);

    QStringList problems;
    QVERIFY(!document.load(bad, &problems));
    QVERIFY(!problems.isEmpty());
    if (!expectedProblem.isEmpty())
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(expectedProblem),
                 qPrintable(problems.join(QLatin1Char('\n'))));

    QCOMPARE(changed.count(), 0);
    QCOMPARE(pathChanged.count(), 0);
    QCOMPARE(document.filePath(), pathBefore);
    QVERIFY(document.design().data() == before);
    QVERIFY(!document.isModified());
}

void tst_DesignDocument::editsReportChangesAndMarkModified() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-solid"))));
    QSignalSpy changed(&document, &DesignDocument::changed);
    QSignalSpy modified(&document, &DesignDocument::modifiedChanged);

    Component cache;
    cache.id = "cache2";
    cache.kind = ComponentKind::Cache;
    cache.name = "Session cache";
    document.design().insert(cache);

    QCOMPARE(changed.count(), 1);
    const auto change = changed.at(0).at(0).value<DesignChange>();
    QVERIFY(!change.reset);
    QCOMPARE(change.added, std::vector<ElementId>{"cache2"});
    QVERIFY(document.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.at(0).at(0).toBool(), true);
}

void tst_DesignDocument::saveAsWritesWhatLoadReads() {
    QVERIFY(m_dir.isValid());
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("ticket-booking-two-regions"))));
    Component cache;
    cache.id = "cache2";
    cache.name = "Session cache";
    cache.kind = ComponentKind::Cache;
    document.design().insert(cache);
    QVERIFY(document.isModified());

    const QString path = m_dir.filePath(QStringLiteral("saved.archboard.json"));
    QCOMPARE(document.saveAs(path), QString());
    QCOMPARE(document.filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(!document.isModified());

    DesignDocument reread;
    QStringList problems;
    QVERIFY2(reread.load(path, &problems), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(reread.design().data() == document.design().data());

    QVERIFY(
        !document.saveAs(m_dir.filePath(QStringLiteral("no/such/dir/x.archboard.json"))).isEmpty());
    QCOMPARE(document.filePath(), QFileInfo(path).absoluteFilePath());
}

void tst_DesignDocument::clearForgetsFile() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-solid"))));
    QSignalSpy changed(&document, &DesignDocument::changed);
    document.clear();
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.at(0).at(0).value<DesignChange>().reset);
    QVERIFY(document.filePath().isEmpty());
    QVERIFY(document.design().components().empty());
    QVERIFY(!document.isModified());
}

QTEST_GUILESS_MAIN(tst_DesignDocument)
#include "tst_designdocument.moc"
