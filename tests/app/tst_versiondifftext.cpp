// Version History reads changes by name: elements by their names, a
// connection by its ends, the id only for a missing or shared name.
#include "app/versiondifftext.h"
#include "support/designbuilders.h"

#include <QTest>

using namespace archboard;

class tst_VersionDiffText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void namesNotIds();
};

void tst_VersionDiffText::namesNotIds() {
    DesignData before;
    before.components = {testing::component("api", 0, 0), testing::component("db", 300, 0),
                         testing::component("x", 0, 300)};
    before.components[2].name.clear();
    before.connections = {testing::connection("c1", "api", "db")};
    DesignData after = before;
    after.components[0].position.x = 40;
    after.components.push_back(testing::component("api-2", 0, 600));
    after.components.back().name = "Name of api"; // the same name as "api"
    after.connections.clear();

    const QString text = versionDiffText(diffDesigns(before, after), before, after);
    const QStringList lines = text.split(u'\n');
    QVERIFY2(lines.contains(QStringLiteral("Added component \u201cName of api (api-2)\u201d")),
             qPrintable(text));
    QVERIFY2(lines.contains(QStringLiteral(
                 "Removed connection \u201cName of api (api) \u2192 Name of db\u201d")),
             qPrintable(text));
    QVERIFY2(lines.contains(
                 QStringLiteral("Changed \u201cName of api (api)\u201d: position.x 0 \u2192 40")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("\u201cdb\u201d")));
}

QTEST_APPLESS_MAIN(tst_VersionDiffText)
#include "tst_versiondifftext.moc"
