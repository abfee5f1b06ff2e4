// Fresh element ids, as new and pasted elements get them: no window needed.
#include "model/design.h"
#include "model/edit/uniqueelementid.h"

#include <QtTest>

using namespace archboard;

namespace {

DesignData sample() {
    DesignData d;
    Component a;
    a.id = "a";
    Component b;
    b.id = "a-3";
    d.components = {a, b};
    return d;
}

} // namespace

class tst_UniqueElementId : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countsPastTakenIds();
    void makesValidIds_data();
    void makesValidIds();
};

void tst_UniqueElementId::countsPastTakenIds() {
    const Design design(sample());
    // a-3 is in the design, a-2 only in the ids taken so far.
    QCOMPARE(uniqueElementId(design, "a", {"a-2"}), std::string("a-4"));
    QCOMPARE(uniqueElementId(design, "b", {"b"}), std::string("b-2"));
    // Ids that only the design or only `taken` hold both count.
    QCOMPARE(uniqueElementId(design, "a-3"), std::string("a-3-2"));
}

void tst_UniqueElementId::makesValidIds_data() {
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("cache") << QStringLiteral("cache");
    QTest::newRow("allowed-punctuation") << QStringLiteral("a_b.c-d") << QStringLiteral("a_b.c-d");
    QTest::newRow("spaces-and-slashes")
        << QStringLiteral("with space/slash") << QStringLiteral("with-space-slash");
    QTest::newRow("non-ascii") << QStringLiteral("caf\u00e9") << QStringLiteral("caf--");
    QTest::newRow("empty") << QString() << QStringLiteral("element");
    QTest::newRow("taken") << QStringLiteral("a") << QStringLiteral("a-2");
    QTest::newRow("too-long") << QString(200, QLatin1Char('x')) << QString(56, QLatin1Char('x'));
}

void tst_UniqueElementId::makesValidIds() {
    QFETCH(QString, base);
    QFETCH(QString, expected);
    const Design design(sample());
    const ElementId id = uniqueElementId(design, base.toStdString());
    QCOMPARE(QString::fromStdString(id), expected);
    QVERIFY(isValidElementId(id));
    QVERIFY(!design.contains(id));
}

QTEST_APPLESS_MAIN(tst_UniqueElementId)
#include "tst_uniqueelementid.moc"
