// archboard-cli convert to .svg, .png and .pdf through the real binary: the
// canvas as drawn, cropped to the content, without a display; user text
// that cannot break out of the output; and outputs written completely or
// not at all when the disk is full.

#include "model/json/designjson.h"
#include "model/source/designsource.h"
#include "model/source/savedesign.h"
#include "model/text/xmltext.h"
#include "support/clitestsupport.h"
#include "support/fullfolder.h"
#include "support/hostiletext.h"

#include <algorithm>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

enum class Disk { Normal, FileSizeLimit };

Run runBinary(const QStringList& args, Disk disk = Disk::Normal) {
    QProcess cli;
    if (disk == Disk::FileSizeLimit)
        cli.setChildProcessModifier(fullfolder::limitFileSize);
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

// The example with `text` as its title, a component's name, a connection's
// label and a note's text.
bool writeHostileDesign(const std::string& text, const QString& path) {
    archboard::LoadResult loaded = archboard::source::readDesignFile(example().toStdString());
    if (!loaded.ok())
        return false;
    archboard::DesignData& design = *loaded.design;
    design.info.title = text;
    design.components.at(0).name = text;
    design.connections.at(0).label = text;
    design.notes.push_back({.id = "hostile-note", .text = text, .position = {40, 40}});
    return archboard::saveDesignFile(design, path.toStdString()).empty();
}

// Every element's name, the text of the document's `<title>` (the first) and
// of the elements' titles; an XML error fails.
struct SvgContent {
    QStringList elements;
    QString title;
    QStringList elementTitles;
    QString error;
};

SvgContent parseSvg(const QByteArray& bytes) {
    SvgContent content;
    QXmlStreamReader reader(bytes);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        content.elements.append(reader.name().toString());
        if (reader.name() == QStringLiteral("title")) {
            const QString text = reader.readElementText();
            if (content.elementTitles.isEmpty() && content.title.isNull())
                content.title = text.isNull() ? QStringLiteral("") : text;
            else
                content.elementTitles.append(text);
            content.elements.append(QStringLiteral("/title"));
        }
    }
    if (reader.hasError())
        content.error = reader.errorString();
    return content;
}

QStringList filesIn(const QString& folder) {
    QStringList files =
        QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    files.removeAll(QStringLiteral(".filler"));
    return files;
}

} // namespace

class TestCliExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void svgKeepsTextAsText();
    void pngScales();
    void pdfIsWritten();
    void findingsDrawBadges();
    void findingsNeedAPicture();
    void failureLeavesNothing();
    void userTextStaysText_data();
    void userTextStaysText();
    void fullDiskKeepsExisting_data();
    void fullDiskKeepsExisting();

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

void TestCliExport::findingsDrawBadges() {
    const QString plain = m_dir.filePath(QStringLiteral("plain.svg"));
    const QString marked = m_dir.filePath(QStringLiteral("marked.svg"));
    QCOMPARE(runBinary({QStringLiteral("convert"), example(), plain}).code, 0);
    const Run run =
        runBinary({QStringLiteral("convert"), example(), marked, QStringLiteral("--findings")});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    // The error badge's red and the warning badge's amber, only with badges.
    for (const char* colour : {"#dc2626", "#f59e0b"}) {
        QVERIFY2(readAll(marked).contains(colour), colour);
        QVERIFY2(!readAll(plain).contains(colour), colour);
    }
    const QString png = m_dir.filePath(QStringLiteral("marked.png"));
    QCOMPARE(
        runBinary({QStringLiteral("convert"), example(), png, QStringLiteral("--findings")}).code,
        0);
    QVERIFY(!QImage(png).isNull());
}

void TestCliExport::findingsNeedAPicture() {
    const QString json = m_dir.filePath(QStringLiteral("design.json"));
    const Run run =
        runBinary({QStringLiteral("convert"), example(), json, QStringLiteral("--findings")});
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.contains("--findings"));
    QVERIFY(!QFileInfo::exists(json));
}

void TestCliExport::failureLeavesNothing() {
    const QString missing = m_dir.filePath(QStringLiteral("no/such/dir/design.svg"));
    const Run run = runBinary({QStringLiteral("convert"), example(), missing});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.startsWith(missing.toUtf8() + ": "), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(!QFile::exists(missing));
}

void TestCliExport::userTextStaysText_data() {
    hostile::addRows("text");
}

// Markup, quotes, control characters and 64 KiB of text in the title, a
// name, a label and a note: the SVG is well-formed XML with only Qt's own
// elements and the title as text; PDF, PNG and JSON are whole.
void TestCliExport::userTextStaysText() {
    QFETCH(QByteArray, text);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString input = m_dir.filePath(tag + QStringLiteral(".archboard.json"));
    QVERIFY(writeHostileDesign(text.toStdString(), input));

    const QString svg = m_dir.filePath(tag + QStringLiteral(".svg"));
    Run run = runBinary({QStringLiteral("convert"), input, svg});
    QCOMPARE(run.code, 0);
    const SvgContent content = parseSvg(readAll(svg));
    QVERIFY2(content.error.isEmpty(), qPrintable(content.error));
    for (const QString& element : content.elements)
        QVERIFY2(element != QStringLiteral("script") && element != QStringLiteral("b"),
                 qPrintable(element));
    QCOMPARE(content.title, QString::fromStdString(archboard::text::xmlSafe(text.toStdString())));
    // The renamed card's title carries its name as text too.
    const QString safe = QString::fromStdString(archboard::text::xmlSafe(text.toStdString()));
    QVERIFY(std::ranges::any_of(content.elementTitles,
                                [&](const QString& title) { return title.startsWith(safe); }));

    const QString pdf = m_dir.filePath(tag + QStringLiteral(".pdf"));
    QCOMPARE(runBinary({QStringLiteral("convert"), input, pdf}).code, 0);
    const QByteArray pdfBytes = readAll(pdf);
    QVERIFY(pdfBytes.startsWith("%PDF-"));
    QVERIFY(pdfBytes.trimmed().endsWith("%%EOF"));
    if (text.size() > 8)
        QVERIFY(!pdfBytes.contains(text)); // the title is written encoded

    const QString png = m_dir.filePath(tag + QStringLiteral(".png"));
    QCOMPARE(runBinary({QStringLiteral("convert"), input, png}).code, 0);
    // Whole: from the signature to the end chunk (64 KiB of text makes a
    // picture too large for QImage to load at its default limit).
    const QByteArray pngBytes = readAll(png);
    QVERIFY(pngBytes.startsWith("\x89PNG\r\n\x1a\n"));
    QVERIFY(pngBytes.endsWith(QByteArray("IEND\xae\x42\x60\x82")));

    const QString json = m_dir.filePath(tag + QStringLiteral(".json"));
    QCOMPARE(runBinary({QStringLiteral("convert"), input, json}).code, 0);
    const archboard::LoadResult back = archboard::source::readDesignFile(json.toStdString());
    QVERIFY(back.ok());
    QCOMPARE(QByteArray::fromStdString(back.design->info.title), text);
}

void TestCliExport::fullDiskKeepsExisting_data() {
    fullfolder::addRows({"design.svg", "design.png", "design.pdf", "design.json"});
}

// A write that fails part-way (a full disk, or a file size limit that fails
// writes the same way) exits 2 with one `OUT: WHAT` line, keeps an earlier
// export of the same name as it was and leaves no temporary behind.
void TestCliExport::fullDiskKeepsExisting() {
    QFETCH(QString, name);
    QFETCH(bool, tmpfs);
    const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(QDir().mkpath(folder));
    const QString out = QDir(folder).filePath(name);
    const QByteArray old(100, 'o');
    std::optional<fullfolder::TinyTmpfs> disk;
    if (tmpfs) {
        disk.emplace(folder);
        if (!disk->mounted())
            QSKIP(fullfolder::notMounted(*disk).constData());
    }
    QVERIFY(writeFile(out, old));
    if (tmpfs)
        QVERIFY(disk->fill());

    const Run run = runBinary({QStringLiteral("convert"), example(), out},
                              tmpfs ? Disk::Normal : Disk::FileSizeLimit);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.startsWith(out.toUtf8() + ": "), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QCOMPARE(readAll(out), old);
    QCOMPARE(filesIn(folder), QStringList{name});
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
