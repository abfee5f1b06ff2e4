#include "model/design.h"
#include "testsupport.h"
#include "widgets/docks/outlinedock.h"
#include "widgets/document/designdocument.h"

#include <QTreeWidget>
#include <QtTest>

using namespace archboard;
using testsupport::caseFile;
using testsupport::childByText;

namespace {

QString idOf(const QTreeWidgetItem* item) {
    return item ? item->data(OutlineDock::NameColumn, OutlineDock::ElementIdRole).toString()
                : QString();
}

} // namespace

class tst_OutlineDock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsPlaceholderUntilOpen();
    void listsComponents_data();
    void listsComponents();
    void listsConnections();
    void nestsGroupMembers();
    void followsModelChanges();
    void keepsExpansionAcrossChanges();
    void showsNotesAndAnnotationsWhenPresent();
    void renameRefillsOnlyItsRows();
    void additionsAndRemovalsKeepOtherRows();
};

void tst_OutlineDock::showsPlaceholderUntilOpen() {
    DesignDocument document;
    OutlineDock dock(&document);
    dock.show();
    QCOMPARE(dock.objectName(), QStringLiteral("outlineDock"));
    QCOMPARE(dock.windowTitle(), QStringLiteral("Outline"));
    QVERIFY(!dock.tree()->isVisible());
    QVERIFY(!dock.tree()->accessibleName().isEmpty());

    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-solid"))));
    QVERIFY(dock.tree()->isVisible());
    document.clear();
    QVERIFY(!dock.tree()->isVisible());
}

void tst_OutlineDock::listsComponents_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("technology");
    QTest::addColumn<QString>("id");
    const auto row = [](const char* name, const char* kind, const char* technology,
                        const char* id) {
        QTest::newRow(kind) << QString::fromUtf8(name) << QString::fromUtf8(kind)
                            << QString::fromUtf8(technology) << QString::fromUtf8(id);
    };
    row("Edge LB", "load balancer", "AWS ALB", "lb");
    row("Gateway", "API gateway", "Envoy", "gw");
    row("Hot links", "cache", "Redis", "cache");
    row("Links", "NoSQL store", "DynamoDB", "db");
    row("Users", "client", "", "users");
}

void tst_OutlineDock::listsComponents() {
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QFETCH(QString, technology);
    QFETCH(QString, id);

    DesignDocument document;
    OutlineDock dock(&document);
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-solid"))));

    const QTreeWidgetItem* section = dock.sectionItem(ElementType::Component);
    QVERIFY(section);
    QCOMPARE(section->text(0), QStringLiteral("Components (8)"));
    QCOMPARE(section->childCount(), 8);
    const QTreeWidgetItem* row = childByText(section, name);
    QVERIFY2(row, qPrintable(name));
    QCOMPARE(row->text(OutlineDock::KindColumn), kind);
    QCOMPARE(row->text(OutlineDock::TechnologyColumn), technology);
    QCOMPARE(idOf(row), id);
    QVERIFY(row->toolTip(OutlineDock::NameColumn).contains(id));
}

void tst_OutlineDock::listsConnections() {
    DesignDocument document;
    OutlineDock dock(&document);
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-solid"))));

    const QTreeWidgetItem* section = dock.sectionItem(ElementType::Connection);
    QVERIFY(section);
    QCOMPARE(section->text(0), QStringLiteral("Connections (6)"));
    QCOMPARE(section->childCount(), 6);
    const QTreeWidgetItem* first = section->child(0);
    QCOMPARE(first->text(OutlineDock::NameColumn), QStringLiteral("Users \u2192 DNS"));
    QCOMPARE(first->text(OutlineDock::KindColumn), QStringLiteral("sync"));
    QCOMPARE(idOf(first), QStringLiteral("e1"));
    QVERIFY(childByText(section, QStringLiteral("Shortener API \u2192 Links")));

    // A design without groups still shows the section, empty.
    QCOMPARE(dock.sectionItem(ElementType::Group)->text(0), QStringLiteral("Groups (0)"));
    QVERIFY(!dock.sectionItem(ElementType::Note));
    QVERIFY(!dock.sectionItem(ElementType::Annotation));
}

void tst_OutlineDock::nestsGroupMembers() {
    DesignDocument document;
    OutlineDock dock(&document);
    QVERIFY(document.load(caseFile(QStringLiteral("ticket-booking-two-regions"))));

    const QTreeWidgetItem* groups = dock.sectionItem(ElementType::Group);
    QCOMPARE(groups->text(0), QStringLiteral("Groups (2)"));
    QVERIFY(groups->isExpanded());

    const QTreeWidgetItem* east = childByText(groups, QStringLiteral("East US (region)"));
    QVERIFY(east);
    QCOMPARE(idOf(east), QStringLiteral("east"));
    QVERIFY(east->isExpanded());
    QCOMPARE(east->childCount(), 2);
    const QTreeWidgetItem* booking = childByText(east, QStringLiteral("Booking API (East US)"));
    QVERIFY(booking);
    QCOMPARE(idOf(booking), QStringLiteral("bookE"));
    QCOMPARE(booking->text(OutlineDock::KindColumn), QStringLiteral("service"));
    const QTreeWidgetItem* seats = childByText(east, QStringLiteral("Seat inventory"));
    QVERIFY(seats);
    QCOMPARE(seats->text(OutlineDock::KindColumn), QStringLiteral("SQL store"));
    QCOMPARE(seats->text(OutlineDock::TechnologyColumn),
             QStringLiteral("Azure Database for PostgreSQL"));

    const QTreeWidgetItem* west = childByText(groups, QStringLiteral("West US (region)"));
    QVERIFY(west);
    QCOMPARE(west->childCount(), 1);
    QCOMPARE(idOf(west->child(0)), QStringLiteral("bookW"));
}

void tst_OutlineDock::followsModelChanges() {
    DesignDocument document;
    OutlineDock dock(&document);
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-solid"))));

    Component queue;
    queue.id = "clicks";
    queue.kind = ComponentKind::Queue;
    queue.name = "Click events";
    queue.tech = "SQS";
    document.design().insert(queue);

    const QTreeWidgetItem* components = dock.sectionItem(ElementType::Component);
    QCOMPARE(components->text(0), QStringLiteral("Components (9)"));
    const QTreeWidgetItem* row = childByText(components, QStringLiteral("Click events"));
    QVERIFY(row);
    QCOMPARE(row->text(OutlineDock::KindColumn), QStringLiteral("queue"));
    QCOMPARE(row->text(OutlineDock::TechnologyColumn), QStringLiteral("SQS"));
    QCOMPARE(idOf(row), QStringLiteral("clicks"));

    Connection publish;
    publish.id = "e7";
    publish.from = "api";
    publish.to = "clicks";
    publish.kind = ConnectionKind::Async;
    publish.protocol = "HTTPS";
    document.design().insert(publish);
    const QTreeWidgetItem* connections = dock.sectionItem(ElementType::Connection);
    QCOMPARE(connections->text(0), QStringLiteral("Connections (7)"));
    const QTreeWidgetItem* edge =
        childByText(connections, QStringLiteral("Shortener API \u2192 Click events"));
    QVERIFY(edge);
    QCOMPARE(edge->text(OutlineDock::KindColumn), QStringLiteral("async"));
    QCOMPARE(edge->text(OutlineDock::TechnologyColumn), QStringLiteral("HTTPS"));

    // A rename shows up in the component row and in the connections' names.
    Component renamed = *document.design().component("clicks");
    renamed.name = "Click stream";
    document.design().replace(renamed);
    QVERIFY(childByText(dock.sectionItem(ElementType::Component), QStringLiteral("Click stream")));
    QVERIFY(childByText(dock.sectionItem(ElementType::Connection),
                        QStringLiteral("Shortener API \u2192 Click stream")));

    const std::vector<ElementId> gone{"e7"};
    document.design().remove(gone);
    QCOMPARE(dock.sectionItem(ElementType::Connection)->text(0), QStringLiteral("Connections (6)"));
}

void tst_OutlineDock::keepsExpansionAcrossChanges() {
    DesignDocument document;
    OutlineDock dock(&document);
    QVERIFY(document.load(caseFile(QStringLiteral("ticket-booking-two-regions"))));
    QVERIFY(dock.sectionItem(ElementType::Connection)->isExpanded());

    dock.sectionItem(ElementType::Connection)->setExpanded(false);
    childByText(dock.sectionItem(ElementType::Group), QStringLiteral("West US (region)"))
        ->setExpanded(false);
    Component worker;
    worker.id = "mailer";
    worker.kind = ComponentKind::Worker;
    worker.name = "Mailer";
    document.design().insert(worker);

    QVERIFY(!dock.sectionItem(ElementType::Connection)->isExpanded());
    QVERIFY(dock.sectionItem(ElementType::Component)->isExpanded());
    QVERIFY(!childByText(dock.sectionItem(ElementType::Group), QStringLiteral("West US (region)"))
                 ->isExpanded());
    QVERIFY(childByText(dock.sectionItem(ElementType::Group), QStringLiteral("East US (region)"))
                ->isExpanded());

    // Opening a file starts over with everything expanded.
    QVERIFY(document.load(caseFile(QStringLiteral("ticket-booking-two-regions"))));
    QVERIFY(dock.sectionItem(ElementType::Connection)->isExpanded());
}

void tst_OutlineDock::showsNotesAndAnnotationsWhenPresent() {
    DesignDocument document;
    OutlineDock dock(&document);
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-solid"))));
    QVERIFY(!dock.sectionItem(ElementType::Note));

    Note note;
    note.id = "n1";
    note.text = "Codes are base62\nsecond line is not shown";
    document.design().insert(note);
    const QTreeWidgetItem* notes = dock.sectionItem(ElementType::Note);
    QVERIFY(notes);
    QCOMPARE(notes->text(0), QStringLiteral("Notes (1)"));
    QCOMPARE(notes->child(0)->text(0), QStringLiteral("Codes are base62"));
    QCOMPARE(idOf(notes->child(0)), QStringLiteral("n1"));

    Annotation annotation;
    annotation.id = "a1";
    annotation.target = "lb";
    annotation.author = "Reviewer";
    annotation.text = "Why two replicas across three zones?";
    document.design().insert(annotation);
    const QTreeWidgetItem* annotations = dock.sectionItem(ElementType::Annotation);
    QVERIFY(annotations);
    QCOMPARE(annotations->text(0), QStringLiteral("Annotations (1)"));
    QCOMPARE(annotations->child(0)->text(0),
             QStringLiteral("Reviewer: Why two replicas across three zones?"));
    QCOMPARE(annotations->child(0)->text(OutlineDock::TechnologyColumn),
             QStringLiteral("on Edge LB"));
}

// Editing what an element says refills its rows, and the rows that name it,
// in place: the tree is not rebuilt, which on large designs would cost a
// widget item per element after every keystroke of a rename.
void tst_OutlineDock::renameRefillsOnlyItsRows() {
    DesignDocument document;
    OutlineDock dock(&document);
    QVERIFY(document.load(caseFile(QStringLiteral("ticket-booking-two-regions"))));
    QTreeWidgetItem* east =
        childByText(dock.sectionItem(ElementType::Group), QStringLiteral("East US (region)"));
    QTreeWidgetItem* memberRow = childByText(east, QStringLiteral("Booking API (East US)"));
    QTreeWidgetItem* componentRow = childByText(dock.sectionItem(ElementType::Component),
                                                QStringLiteral("Booking API (East US)"));
    QVERIFY(memberRow && componentRow);
    // A mark no rebuilt row would carry (a rebuilt one may reuse an address).
    constexpr int kMarkRole = Qt::UserRole + 100;
    memberRow->setData(0, kMarkRole, true);
    componentRow->setData(0, kMarkRole, true);
    const int connectionRows = dock.sectionItem(ElementType::Connection)->childCount();

    Component booking = *document.design().component("bookE");
    booking.name = "Bookings East";
    booking.tech = "Go";
    document.design().replace(booking);

    // The same rows, refilled.
    memberRow = childByText(east, QStringLiteral("Bookings East"));
    componentRow =
        childByText(dock.sectionItem(ElementType::Component), QStringLiteral("Bookings East"));
    QVERIFY(memberRow && memberRow->data(0, kMarkRole).toBool());
    QVERIFY(componentRow && componentRow->data(0, kMarkRole).toBool());
    QCOMPARE(componentRow->text(OutlineDock::TechnologyColumn), QStringLiteral("Go"));
    QVERIFY(componentRow->toolTip(OutlineDock::NameColumn).contains(QStringLiteral("bookE")));
    // Connections name their ends.
    int naming = 0;
    const QTreeWidgetItem* connections = dock.sectionItem(ElementType::Connection);
    QCOMPARE(connections->childCount(), connectionRows);
    for (int i = 0; i < connections->childCount(); ++i) {
        const QString text = connections->child(i)->text(OutlineDock::NameColumn);
        QVERIFY(!text.contains(QStringLiteral("Booking API (East US)")));
        naming += text.contains(QStringLiteral("Bookings East")) ? 1 : 0;
    }
    QVERIFY(naming > 0);

    // Structure still rebuilds: a new component gets its row.
    Component added;
    added.id = "audit";
    added.kind = ComponentKind::Worker;
    added.name = "Audit worker";
    document.design().insert(added);
    QVERIFY(childByText(dock.sectionItem(ElementType::Component), QStringLiteral("Audit worker")));
}

// Elements that come and go take their rows with them, in the design's
// order, and leave every other row as it was.
void tst_OutlineDock::additionsAndRemovalsKeepOtherRows() {
    DesignDocument document;
    OutlineDock dock(&document);
    QVERIFY(document.load(caseFile(QStringLiteral("ticket-booking-two-regions"))));
    Design& design = document.design();
    const auto sectionIds = [&dock](ElementType type) {
        QStringList ids;
        const QTreeWidgetItem* section = dock.sectionItem(type);
        for (int i = 0; section && i < section->childCount(); ++i)
            ids << idOf(section->child(i));
        return ids;
    };
    const auto designIds = [](const auto& elements) {
        QStringList ids;
        for (const auto& element : elements)
            ids << QString::fromStdString(element.id);
        return ids;
    };
    constexpr int kMarkRole = Qt::UserRole + 100;
    QTreeWidgetItem* groups = dock.sectionItem(ElementType::Group);
    groups->child(0)->setData(0, kMarkRole, true);

    Component cache;
    cache.id = "seatcache";
    cache.kind = ComponentKind::Cache;
    cache.name = "Seat cache";
    design.insert(cache, 2);
    QCOMPARE(sectionIds(ElementType::Component), designIds(design.components()));
    QCOMPARE(dock.sectionItem(ElementType::Component)->text(0),
             QStringLiteral("Components (%1)").arg(design.components().size()));
    QVERIFY(groups->child(0)->data(0, kMarkRole).toBool());

    // A component and its connections go; undo puts them back in place.
    std::vector<ElementId> removing{design.connections().front().from};
    for (const ElementId& dependent : design.dependents(removing))
        removing.push_back(dependent);
    Removal removal = design.remove(removing);
    QCOMPARE(sectionIds(ElementType::Component), designIds(design.components()));
    QCOMPARE(sectionIds(ElementType::Connection), designIds(design.connections()));
    QCOMPARE(dock.sectionItem(ElementType::Connection)->text(0),
             QStringLiteral("Connections (%1)").arg(design.connections().size()));
    design.restore(std::move(removal));
    QCOMPARE(sectionIds(ElementType::Component), designIds(design.components()));
    QCOMPARE(sectionIds(ElementType::Connection), designIds(design.connections()));
    QVERIFY(dock.sectionItem(ElementType::Group)->child(0)->data(0, kMarkRole).toBool());

    // A group goes with its member rows; its former members still rename.
    const Group region = design.groups().front();
    std::vector<ElementId> group{region.id};
    for (const ElementId& dependent : design.dependents(group))
        group.push_back(dependent);
    design.remove(group);
    QCOMPARE(sectionIds(ElementType::Group), designIds(design.groups()));
    Component member = *design.component(region.members.front());
    member.name = "Renamed member";
    design.replace(member);
    QVERIFY(
        childByText(dock.sectionItem(ElementType::Component), QStringLiteral("Renamed member")));
}

QTEST_MAIN(tst_OutlineDock)
#include "tst_outlinedock.moc"
