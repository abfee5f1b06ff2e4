// Export without a window: SVG keeps names as text, PNG scales, PDF is a
// PDF, and bad requests say what is wrong and write nothing.
#include "model/design.h"
#include "model/json/designjson.h"
#include "model/source/designsource.h"
#include "support/testsupport.h"
#include "widgets/canvas/cardgeometry.h"
#include "widgets/canvas/routechecks.h"
#include "widgets/export/designexport.h"

#include <QImage>
#include <QTemporaryDir>
#include <QtTest>
#include <QXmlStreamReader>

using namespace archboard;

namespace {

std::unique_ptr<Design> loadCase(const char* name) {
    LoadResult result =
        source::readDesignFile(testsupport::caseFile(QString::fromLatin1(name)).toStdString());
    if (!result.ok())
        return nullptr;
    return std::make_unique<Design>(std::move(*result.design));
}

// What an exported SVG says about the design: its elements by type, and
// each connection's route and ends.
struct SvgStructure {
    QMap<QString, QString> kinds;    // id → data-kind
    QMap<QString, QString> elements; // id → data-element
    std::vector<routechecks::Route> routes;
    QString error;
};

SvgStructure readStructure(const QByteArray& svg) {
    SvgStructure out;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = xml.attributes();
        const QString id = attributes.value(QStringLiteral("data-id")).toString();
        if (xml.name() == QStringLiteral("g") && !id.isEmpty()) {
            out.kinds.insert(id, attributes.value(QStringLiteral("data-kind")).toString());
            out.elements.insert(id, attributes.value(QStringLiteral("data-element")).toString());
        } else if (xml.name() == QStringLiteral("path") &&
                   attributes.value(QStringLiteral("class")) == QStringLiteral("route")) {
            routechecks::Route route{id,
                                     attributes.value(QStringLiteral("data-from")).toString(),
                                     attributes.value(QStringLiteral("data-to")).toString(),
                                     {},
                                     {}};
            const QString d = attributes.value(QStringLiteral("d")).toString();
            for (QString step : d.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const QStringList xy = step.mid(1).split(QLatin1Char(','));
                route.points << QPointF(xy.value(0).toDouble(), xy.value(1).toDouble());
            }
            out.routes.push_back(route);
        }
    }
    if (xml.hasError())
        out.error = xml.errorString();
    return out;
}

} // namespace

class tst_DesignExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void svgHasNamesAsText();
    void svgCarriesStructure_data();
    void svgCarriesStructure();
    void svgEscapesUserText();
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

void tst_DesignExport::svgCarriesStructure_data() {
    QTest::addColumn<QString>("name");
    for (const char* name : {"url-shortener-solid", "checkout-flash-sale", "notification-fanout",
                             "ticket-booking-two-regions"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_DesignExport::svgCarriesStructure() {
    // Every card, group and note is a <g> with its id and kind; every
    // connection a route path with its id and ends, whose geometry passes
    // through no card but its own two.
    QFETCH(QString, name);
    const auto design = loadCase(name.toLatin1().constData());
    QVERIFY(design);
    const QString path = m_dir.filePath(name + QStringLiteral(".svg"));
    QCOMPARE(exportDesign(*design, path), QString());
    const SvgStructure svg = readStructure(testsupport::readAll(path));
    QCOMPARE(svg.error, QString());
    std::vector<routechecks::Card> cards;
    for (const Component& c : design->components()) {
        const QString id = QString::fromStdString(c.id);
        QCOMPARE(svg.elements.value(id), QStringLiteral("component"));
        QCOMPARE(svg.kinds.value(id), QString::fromLatin1(toString(c.kind)));
        QRectF outline = cardSceneRect(c.position);
        if (c.replicas > 1 || c.zones > 1)
            outline |= cardBadgeZone(c.position);
        cards.push_back({id, outline});
    }
    for (const Group& g : design->groups())
        QCOMPARE(svg.kinds.value(QString::fromStdString(g.id)),
                 QString::fromLatin1(toString(g.kind)));
    for (const Note& n : design->notes())
        QCOMPARE(svg.elements.value(QString::fromStdString(n.id)), QStringLiteral("note"));
    QCOMPARE(svg.routes.size(), design->connections().size());
    for (const auto& route : svg.routes) {
        const Connection* c = design->connection(route.id.toStdString());
        QVERIFY2(c, qPrintable(route.id));
        QCOMPARE(route.from, QString::fromStdString(c->from));
        QCOMPARE(route.to, QString::fromStdString(c->to));
        QCOMPARE(svg.kinds.value(route.id), QString::fromLatin1(toString(c->kind)));
        QVERIFY(route.points.size() >= 2);
        // It starts on its source card and ends on its target.
        const auto outlineOf = [&](const QString& id) {
            return cardSceneRect(design->component(id.toStdString())->position)
                .adjusted(-0.01, -0.01, 0.01, 0.01);
        };
        QVERIFY(outlineOf(route.from).contains(route.points.first()));
        QVERIFY(outlineOf(route.to).contains(route.points.last()));
    }
    const QStringList problems = routechecks::problems(cards, svg.routes);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_DesignExport::svgEscapesUserText() {
    auto design = loadCase("url-shortener-solid");
    QVERIFY(design);
    const std::string nasty = "A <b>&amp; \"quoted\" 'name'";
    Component renamed = design->components().front();
    renamed.name = nasty;
    design->replace(renamed);
    const QString path = m_dir.filePath(QStringLiteral("escaped.svg"));
    QCOMPARE(exportDesign(*design, path), QString());
    const QByteArray bytes = testsupport::readAll(path);
    QCOMPARE(readStructure(bytes).error, QString());
    QVERIFY(!bytes.contains("<b>"));
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
