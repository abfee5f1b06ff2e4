// What lists and forms call components and groups: the name, else the id.
#include "model/design.h"
#include "model/displayname.h"

#include <QTest>

using namespace archboard;

class tst_DisplayName : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void componentByNameElseId_data();
    void componentByNameElseId();
    void groupByNameElseId();
    void componentOfADesign();
};

void tst_DisplayName::componentByNameElseId_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("named") << QStringLiteral("Edge LB") << QStringLiteral("Edge LB");
    QTest::newRow("unnamed") << QString() << QStringLiteral("lb");
}

void tst_DisplayName::componentByNameElseId() {
    QFETCH(QString, name);
    QFETCH(QString, expected);
    Component component;
    component.id = "lb";
    component.name = name.toStdString();
    QCOMPARE(QString::fromStdString(displayName(component)), expected);
}

void tst_DisplayName::groupByNameElseId() {
    Group group;
    group.id = "east";
    QCOMPARE(displayName(group), std::string("east"));
    group.name = "East US";
    QCOMPARE(displayName(group), std::string("East US"));
}

void tst_DisplayName::componentOfADesign() {
    Design design;
    Component named;
    named.id = "api";
    named.name = "Shortener API";
    design.insert(named);
    Component unnamed;
    unnamed.id = "db";
    design.insert(unnamed);

    QCOMPARE(componentDisplayName(design, "api"), std::string("Shortener API"));
    QCOMPARE(componentDisplayName(design, "db"), std::string("db"));
    // A reference that does not resolve reads as itself.
    QCOMPARE(componentDisplayName(design, "gone"), std::string("gone"));
}

QTEST_APPLESS_MAIN(tst_DisplayName)
#include "tst_displayname.moc"
