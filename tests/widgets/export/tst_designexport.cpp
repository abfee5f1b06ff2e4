// Export without a window: SVG keeps names as text, PNG scales, PDF is a
// PDF, and bad requests say what is wrong and write nothing.
#include "support/testsupport.h"
#include "model/design.h"
#include "model/json/designjson.h"
#include "model/source/designsource.h"
#include "widgets/export/designexport.h"

#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace archboard;

namespace {

std::unique_ptr<Design> loadCase(const char* name) {
    LoadResult result =
        source::readDesignFile(testsupport::caseFile(QString::fromLatin1(name)).toStdString());
    if (!result.ok())
        return nullptr;
    return std::make_unique<Design>(std::move(*result.design));
}

} // namespace

class tst_DesignExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void svgHasNamesAsText();
    void pngScales();
    void pdfIsWritten();
    void refusesBadRequests_data();
    void refusesBadRequests();
    void emptyDesignExports();

private:
    QTemporaryDir m_dir;
};

void tst_DesignExport::svgHasNamesAsText() {
    const auto design = loadCase("url-shortener-solid");
    QVERIFY(design);
    const QString path = m_dir.filePath(QStringLiteral("design.svg"));
    QCOMPARE(exportDesign(*design, path), QString());
    const QByteArray svg = testsupport::readAll(path);
    QVERIFY(svg.startsWith("<?xml"));
    for (const Component& c : design->components()) {
        // Names that fit are whole; longer ones are wrapped at a space.
        const QByteArray first = QByteArray::fromStdString(c.name).split(' ').first();
        QVERIFY2(svg.contains(">" + first), c.name.c_str());
    }
    QVERIFY(svg.contains("<text"));
}

void tst_DesignExport::pngScales() {
    const auto design = loadCase("url-shortener-solid");
    QVERIFY(design);
    const QString one = m_dir.filePath(QStringLiteral("one.png"));
    const QString two = m_dir.filePath(QStringLiteral("two.png"));
    QCOMPARE(exportDesign(*design, one, 1.0), QString());
    QCOMPARE(exportDesign(*design, two, 2.0), QString());
    const QImage a(one);
    const QImage b(two);
    QVERIFY(!a.isNull());
    QVERIFY(a.width() > 200 && a.height() > 100);
    QCOMPARE(b.size(), a.size() * 2);
    // Something was drawn: not every pixel is the background.
    const QRgb background = a.pixel(0, 0);
    bool drawn = false;
    for (int y = 0; y < a.height() && !drawn; y += 3)
        for (int x = 0; x < a.width() && !drawn; x += 3)
            drawn = a.pixel(x, y) != background;
    QVERIFY(drawn);
}

void tst_DesignExport::pdfIsWritten() {
    const auto design = loadCase("ticket-booking-two-regions");
    QVERIFY(design);
    const QString path = m_dir.filePath(QStringLiteral("design.PDF"));
    QCOMPARE(exportDesign(*design, path), QString());
    QVERIFY(testsupport::readAll(path).startsWith("%PDF"));
}

void tst_DesignExport::refusesBadRequests_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("scale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown-format")
        << QStringLiteral("design.bmp") << 1.0 << QStringLiteral("unknown picture format");
    QTest::newRow("zero-scale") << QStringLiteral("design.png") << 0.0
                                << QStringLiteral("scale 0 is out of range");
    QTest::newRow("huge-scale") << QStringLiteral("design.png") << 100.0
                                << QStringLiteral("scale 100 is out of range");
    QTest::newRow("missing-directory")
        << QStringLiteral("nowhere/design.png") << 1.0 << QStringLiteral("could not write");
}

void tst_DesignExport::refusesBadRequests() {
    QFETCH(QString, name);
    QFETCH(double, scale);
    QFETCH(QString, expected);
    const auto design = loadCase("url-shortener-solid");
    QVERIFY(design);
    const QString path = m_dir.filePath(name);
    const QString error = exportDesign(*design, path, scale);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void tst_DesignExport::emptyDesignExports() {
    const Design empty;
    const QString path = m_dir.filePath(QStringLiteral("empty.png"));
    QCOMPARE(exportDesign(empty, path), QString());
    QVERIFY(!QImage(path).isNull());
}

QTEST_MAIN(tst_DesignExport)
#include "tst_designexport.moc"
