#include "support/testsupport.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using testsupport::caseFile;

// `archboard FILE --screenshot OUT.png`, run as a user would.
class tst_Screenshot : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesPicture_data();
    void writesPicture();
    void failsOnBadInput_data();
    void failsOnBadInput();

private:
    int run(const QStringList& arguments, QByteArray* errors = nullptr);
    QTemporaryDir m_dir;
};

void tst_Screenshot::initTestCase() {
    QVERIFY(m_dir.isValid());
}

int tst_Screenshot::run(const QStringList& arguments, QByteArray* errors) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Settings go to a throwaway home so the run cannot read or change the user's.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ARCHBOARD_GUI_PATH), arguments);
    if (!process.waitForFinished(60'000))
        return -1;
    if (errors)
        *errors = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void tst_Screenshot::writesPicture_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QSize>("size");
    const QString out = m_dir.filePath(QStringLiteral("shot.png"));
    QTest::newRow("default-size") << QStringList{caseFile(QStringLiteral("url-shortener-solid")),
                                                 QStringLiteral("--screenshot"), out}
                                  << QSize(1280, 800);
    QTest::newRow("given-size-dark")
        << QStringList{caseFile(QStringLiteral("ticket-booking-two-regions")),
                       QStringLiteral("--screenshot"),
                       out,
                       QStringLiteral("--size"),
                       QStringLiteral("1024x640"),
                       QStringLiteral("--appearance"),
                       QStringLiteral("dark")}
        << QSize(1024, 640);
    QTest::newRow("no-file") << QStringList{QStringLiteral("--screenshot"), out}
                             << QSize(1280, 800);
}

void tst_Screenshot::writesPicture() {
    QFETCH(QStringList, arguments);
    QFETCH(QSize, size);
    const QString out = m_dir.filePath(QStringLiteral("shot.png"));
    QFile::remove(out);
    QByteArray errors;
    QCOMPARE(run(arguments, &errors), 0);
    QVERIFY2(!errors.contains("archboard:"), errors.constData()); // Qt may log platform notes
    const QImage image(out);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), size);
}

void tst_Screenshot::failsOnBadInput_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString out = m_dir.filePath(QStringLiteral("never.png"));
    const QString bad = testsupport::writeFile(m_dir, QStringLiteral("bad.archboard.json"),
                                               testsupport::danglingConnectionDesign());
    QTest::newRow("invalid-design") << QStringList{bad, QStringLiteral("--screenshot"), out}
                                    << QStringLiteral("connections[0].to: no component \"zz\"");
    QTest::newRow("bad-size") << QStringList{caseFile(QStringLiteral("url-shortener-solid")),
                                             QStringLiteral("--screenshot"), out,
                                             QStringLiteral("--size"), QStringLiteral("huge")}
                              << QStringLiteral("--size");
    QTest::newRow("unwritable-output")
        << QStringList{caseFile(QStringLiteral("url-shortener-solid")),
                       QStringLiteral("--screenshot"),
                       m_dir.filePath(QStringLiteral("no/such/dir/shot.png"))}
        << QStringLiteral("could not write");
}

void tst_Screenshot::failsOnBadInput() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QByteArray errors;
    QCOMPARE(run(arguments, &errors), 2);
    QVERIFY2(QString::fromUtf8(errors).contains(expected), errors.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.png"))));
}

QTEST_GUILESS_MAIN(tst_Screenshot)
#include "tst_screenshot.moc"
