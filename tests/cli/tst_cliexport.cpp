// archboard-cli convert to .svg, .png and .pdf through the real binary: the
// canvas as drawn, cropped to the content, without a display.

#include "clitestsupport.h"

#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run runBinary(const QStringList& args) {
    QProcess cli;
    // No display of any kind: the renderer must manage on its own.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(ARCHBOARD_CLI_PATH), args);
    if (!cli.waitForFinished(60000) || cli.exitStatus() != QProcess::NormalExit)
        return {};
    return {cli.exitCode(), cli.readAllStandardOutput(), cli.readAllStandardError()};
}

QString example() {
    return casesDir() + QStringLiteral("/url-shortener-naive.archboard.json");
}

} // namespace

class TestCliExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void svgKeepsTextAsText();
    void pngScales();
    void pdfIsWritten();
    void failureLeavesNothing();

private:
    QTemporaryDir m_dir;
};

void TestCliExport::svgKeepsTextAsText() {
    const QString svg = m_dir.filePath(QStringLiteral("design.svg"));
    const Run run = runBinary({QStringLiteral("convert"), example(), svg});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QByteArray bytes = readAll(svg);
    QVERIFY(bytes.startsWith("<?xml"));
    for (const char* name : {"Users", "Shortener API", "URL table"})
        QVERIFY2(bytes.contains(QByteArray(">") + name + "<"), name);
}

void TestCliExport::pngScales() {
    const QString one = m_dir.filePath(QStringLiteral("one.png"));
    const QString two = m_dir.filePath(QStringLiteral("two.PNG"));
    QCOMPARE(runBinary({QStringLiteral("convert"), example(), one}).code, 0);
    QCOMPARE(
        runBinary({QStringLiteral("convert"), example(), two, QStringLiteral("--scale=2")}).code,
        0);
    const QImage small(one);
    const QImage large(two);
    QVERIFY(!small.isNull() && !large.isNull());
    QCOMPARE(large.width(), small.width() * 2);
    QCOMPARE(large.height(), small.height() * 2);
}

void TestCliExport::pdfIsWritten() {
    const QString pdf = m_dir.filePath(QStringLiteral("design.pdf"));
    QCOMPARE(runBinary({QStringLiteral("convert"), example(), pdf}).code, 0);
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
}

void TestCliExport::failureLeavesNothing() {
    const QString missing = m_dir.filePath(QStringLiteral("no/such/dir/design.svg"));
    const Run run = runBinary({QStringLiteral("convert"), example(), missing});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.startsWith(missing.toUtf8() + ": "), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(!QFile::exists(missing));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
