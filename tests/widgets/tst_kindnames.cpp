#include "widgets/kindnames.h"
#include "widgets/stringconvert.h"

#include <QSet>
#include <QtTest>

using namespace archboard;

class tst_KindNames : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void componentKindsReadAsWords_data();
    void componentKindsReadAsWords();
    void everyKindHasItsOwnName();
};

void tst_KindNames::componentKindsReadAsWords_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("load_balancer")
        << int(ComponentKind::LoadBalancer) << QStringLiteral("load balancer");
    QTest::newRow("api_gateway") << int(ComponentKind::ApiGateway) << QStringLiteral("API gateway");
    QTest::newRow("sql_store") << int(ComponentKind::SqlStore) << QStringLiteral("SQL store");
    QTest::newRow("nosql_store") << int(ComponentKind::NosqlStore) << QStringLiteral("NoSQL store");
    QTest::newRow("dns") << int(ComponentKind::Dns) << QStringLiteral("DNS");
    QTest::newRow("service") << int(ComponentKind::Service) << QStringLiteral("service");
}

void tst_KindNames::componentKindsReadAsWords() {
    QFETCH(int, kind);
    QFETCH(QString, expected);
    QCOMPARE(kindDisplayName(static_cast<ComponentKind>(kind)), expected);
}

void tst_KindNames::everyKindHasItsOwnName() {
    QSet<QString> seen;
    for (std::size_t i = 0; i < enumCount<ComponentKind>(); ++i) {
        const auto kind = static_cast<ComponentKind>(i);
        const QString name = kindDisplayName(kind);
        QVERIFY2(!name.isEmpty() && !name.contains(QLatin1Char('_')),
                 qPrintable(toQString(toString(kind))));
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen.insert(name);
    }
    for (std::size_t i = 0; i < enumCount<ConnectionKind>(); ++i)
        QVERIFY(!kindDisplayName(static_cast<ConnectionKind>(i)).isEmpty());
    for (std::size_t i = 0; i < enumCount<GroupKind>(); ++i)
        QVERIFY(!kindDisplayName(static_cast<GroupKind>(i)).isEmpty());
}

QTEST_APPLESS_MAIN(tst_KindNames)
#include "tst_kindnames.moc"
