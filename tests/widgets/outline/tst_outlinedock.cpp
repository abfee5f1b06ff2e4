#include "support/testsupport.h"
#include "model/design.h"
#include "widgets/document/designdocument.h"
#include "widgets/outline/outlinedock.h"
#include "widgets/outline/outlinemodel.h"

#include <QAbstractItemModelTester>
#include <QTreeView>
#include <QtTest>

using namespace archboard;
using testsupport::caseFile;
using testsupport::childByText;

namespace {

QString idOf(const QModelIndex& row) {
    return row.siblingAtColumn(OutlineModel::NameColumn)
        .data(OutlineModel::ElementIdRole)
        .toString();
}

QString textOf(const QModelIndex& row, int column = OutlineModel::NameColumn) {
    return row.siblingAtColumn(column).data().toString();
}

QString toolTipOf(const QModelIndex& row, int column) {
    return row.siblingAtColumn(column).data(Qt::ToolTipRole).toString();
}

int childCount(const QModelIndex& parent) {
    return parent.model() ? parent.model()->rowCount(parent) : 0;
}

QModelIndex child(const QModelIndex& parent, int row) {
    return parent.model() ? parent.model()->index(row, 0, parent) : QModelIndex();
}

// What the model would have to signal before it could drop or refill rows
// wholesale: none of it may happen on an edit.
struct ResetSpy {
    explicit ResetSpy(const QAbstractItemModel* model)
        : resets(model, &QAbstractItemModel::modelReset)
        , layouts(model, &QAbstractItemModel::layoutChanged) {}
    bool none() const { return resets.isEmpty() && layouts.isEmpty(); }
    QSignalSpy resets;
    QSignalSpy layouts;
};

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
    void connectionEndsChangeInPlace();
    void groupMembersComeGoAndMoveInPlace();
    void newGroupsAndFirstNotesOpenInPlace();
    void passesModelTesterThroughEdits();
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

    const QModelIndex section = dock.sectionIndex(ElementType::Component);
    QVERIFY(section.isValid());
    QCOMPARE(textOf(section), QStringLiteral("Components (8)"));
    QCOMPARE(childCount(section), 8);
    const QModelIndex row = childByText(section, name);
    QVERIFY2(row.isValid(), qPrintable(name));
    QCOMPARE(textOf(row, OutlineModel::KindColumn), kind);
    QCOMPARE(textOf(row, OutlineModel::TechnologyColumn), technology);
    QCOMPARE(idOf(row), id);
    QVERIFY(toolTipOf(row, OutlineModel::NameColumn).contains(id));
}

void tst_OutlineDock::listsConnections() {
    DesignDocument document;
    OutlineDock dock(&document);
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-solid"))));

    const QModelIndex section = dock.sectionIndex(ElementType::Connection);
    QVERIFY(section.isValid());
    QCOMPARE(textOf(section), QStringLiteral("Connections (6)"));
    QCOMPARE(childCount(section), 6);
    const QModelIndex first = child(section, 0);
    QCOMPARE(textOf(first, OutlineModel::NameColumn), QStringLiteral("Users \u2192 DNS"));
    QCOMPARE(textOf(first, OutlineModel::KindColumn), QStringLiteral("sync"));
    QCOMPARE(idOf(first), QStringLiteral("e1"));
    QVERIFY(childByText(section, QStringLiteral("Shortener API \u2192 Links")).isValid());

    // A design without groups still shows the section, empty.
    QCOMPARE(textOf(dock.sectionIndex(ElementType::Group)), QStringLiteral("Groups (0)"));
    QVERIFY(!dock.sectionIndex(ElementType::Note).isValid());
    QVERIFY(!dock.sectionIndex(ElementType::Annotation).isValid());
}

void tst_OutlineDock::nestsGroupMembers() {
    DesignDocument document;
    OutlineDock dock(&document);
    QVERIFY(document.load(caseFile(QStringLiteral("ticket-booking-two-regions"))));
    const QTreeView* tree = dock.tree();

    const QModelIndex groups = dock.sectionIndex(ElementType::Group);
    QCOMPARE(textOf(groups), QStringLiteral("Groups (2)"));
    QVERIFY(tree->isExpanded(groups));

    const QModelIndex east = childByText(groups, QStringLiteral("East US (region)"));
    QVERIFY(east.isValid());
    QCOMPARE(idOf(east), QStringLiteral("east"));
    QVERIFY(tree->isExpanded(east));
    QCOMPARE(childCount(east), 2);
    const QModelIndex booking = childByText(east, QStringLiteral("Booking API (East US)"));
    QVERIFY(booking.isValid());
    QCOMPARE(idOf(booking), QStringLiteral("bookE"));
    QCOMPARE(textOf(booking, OutlineModel::KindColumn), QStringLiteral("service"));
    const QModelIndex seats = childByText(east, QStringLiteral("Seat inventory"));
    QVERIFY(seats.isValid());
    QCOMPARE(textOf(seats, OutlineModel::KindColumn), QStringLiteral("SQL store"));
    QCOMPARE(textOf(seats, OutlineModel::TechnologyColumn),
             QStringLiteral("Azure Database for PostgreSQL"));

    const QModelIndex west = childByText(groups, QStringLiteral("West US (region)"));
    QVERIFY(west.isValid());
    QCOMPARE(childCount(west), 1);
    QCOMPARE(idOf(child(west, 0)), QStringLiteral("bookW"));
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

    const QModelIndex components = dock.sectionIndex(ElementType::Component);
    QCOMPARE(textOf(components), QStringLiteral("Components (9)"));
    const QModelIndex row = childByText(components, QStringLiteral("Click events"));
    QVERIFY(row.isValid());
    QCOMPARE(textOf(row, OutlineModel::KindColumn), QStringLiteral("queue"));
    QCOMPARE(textOf(row, OutlineModel::TechnologyColumn), QStringLiteral("SQS"));
    QCOMPARE(idOf(row), QStringLiteral("clicks"));

    Connection publish;
    publish.id = "e7";
    publish.from = "api";
    publish.to = "clicks";
    publish.kind = ConnectionKind::Async;
    publish.protocol = "HTTPS";
    document.design().insert(publish);
    const QModelIndex connections = dock.sectionIndex(ElementType::Connection);
    QCOMPARE(textOf(connections), QStringLiteral("Connections (7)"));
    const QModelIndex edge =
        childByText(connections, QStringLiteral("Shortener API \u2192 Click events"));
    QVERIFY(edge.isValid());
    QCOMPARE(textOf(edge, OutlineModel::KindColumn), QStringLiteral("async"));
    QCOMPARE(textOf(edge, OutlineModel::TechnologyColumn), QStringLiteral("HTTPS"));

    // A rename shows up in the component row and in the connections' names.
    Component renamed = *document.design().component("clicks");
    renamed.name = "Click stream";
    document.design().replace(renamed);
    QVERIFY(childByText(dock.sectionIndex(ElementType::Component), QStringLiteral("Click stream"))
                .isValid());
    QVERIFY(childByText(dock.sectionIndex(ElementType::Connection),
                        QStringLiteral("Shortener API \u2192 Click stream"))
                .isValid());

    const std::vector<ElementId> gone{"e7"};
    document.design().remove(gone);
    QCOMPARE(textOf(dock.sectionIndex(ElementType::Connection)), QStringLiteral("Connections (6)"));
}

void tst_OutlineDock::keepsExpansionAcrossChanges() {
    DesignDocument document;
    OutlineDock dock(&document);
    QVERIFY(document.load(caseFile(QStringLiteral("ticket-booking-two-regions"))));
    QTreeView* tree = dock.tree();
    QVERIFY(tree->isExpanded(dock.sectionIndex(ElementType::Connection)));

    tree->collapse(dock.sectionIndex(ElementType::Connection));
    tree->collapse(
        childByText(dock.sectionIndex(ElementType::Group), QStringLiteral("West US (region)")));
    Component worker;
    worker.id = "mailer";
    worker.kind = ComponentKind::Worker;
    worker.name = "Mailer";
    document.design().insert(worker);

    QVERIFY(!tree->isExpanded(dock.sectionIndex(ElementType::Connection)));
    QVERIFY(tree->isExpanded(dock.sectionIndex(ElementType::Component)));
    QVERIFY(!tree->isExpanded(
        childByText(dock.sectionIndex(ElementType::Group), QStringLiteral("West US (region)"))));
    QVERIFY(tree->isExpanded(
        childByText(dock.sectionIndex(ElementType::Group), QStringLiteral("East US (region)"))));

    // Opening a file starts over with everything expanded.
    QVERIFY(document.load(caseFile(QStringLiteral("ticket-booking-two-regions"))));
    QVERIFY(tree->isExpanded(dock.sectionIndex(ElementType::Connection)));
}

void tst_OutlineDock::showsNotesAndAnnotationsWhenPresent() {
    DesignDocument document;
    OutlineDock dock(&document);
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-solid"))));
    QVERIFY(!dock.sectionIndex(ElementType::Note).isValid());

    Note note;
    note.id = "n1";
    note.text = "Codes are base62\nsecond line is not shown";
    document.design().insert(note);
    const QModelIndex notes = dock.sectionIndex(ElementType::Note);
    QVERIFY(notes.isValid());
    QCOMPARE(textOf(notes), QStringLiteral("Notes (1)"));
    QCOMPARE(textOf(child(notes, 0)), QStringLiteral("Codes are base62"));
    QCOMPARE(idOf(child(notes, 0)), QStringLiteral("n1"));

    Annotation annotation;
    annotation.id = "a1";
    annotation.target = "lb";
    annotation.author = "Reviewer";
    annotation.text = "Why two replicas across three zones?";
    document.design().insert(annotation);
    const QModelIndex annotations = dock.sectionIndex(ElementType::Annotation);
    QVERIFY(annotations.isValid());
    QCOMPARE(textOf(annotations), QStringLiteral("Annotations (1)"));
    QCOMPARE(textOf(child(annotations, 0)),
             QStringLiteral("Reviewer: Why two replicas across three zones?"));
    QCOMPARE(textOf(child(annotations, 0), OutlineModel::TechnologyColumn),
             QStringLiteral("on Edge LB"));
}

// Editing what an element says refills its rows, and the rows that name it,
// in place: no row is taken away or put back, which on large designs would
// cost the view a relayout after every keystroke of a rename.
void tst_OutlineDock::renameRefillsOnlyItsRows() {
    DesignDocument document;
    OutlineDock dock(&document);
    QVERIFY(document.load(caseFile(QStringLiteral("ticket-booking-two-regions"))));
    const QModelIndex east =
        childByText(dock.sectionIndex(ElementType::Group), QStringLiteral("East US (region)"));
    // Rows that stay the same rows keep their persistent indexes.
    const QPersistentModelIndex memberRow =
        childByText(east, QStringLiteral("Booking API (East US)"));
    const QPersistentModelIndex componentRow = childByText(
        dock.sectionIndex(ElementType::Component), QStringLiteral("Booking API (East US)"));
    QVERIFY(memberRow.isValid() && componentRow.isValid());
    const int connectionRows = childCount(dock.sectionIndex(ElementType::Connection));
    const ResetSpy reset(dock.model());
    QSignalSpy removed(dock.model(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(dock.model(), &QAbstractItemModel::rowsInserted);

    Component booking = *document.design().component("bookE");
    booking.name = "Bookings East";
    booking.tech = "Go";
    document.design().replace(booking);

    // The same rows, refilled.
    QVERIFY(reset.none() && removed.isEmpty() && inserted.isEmpty());
    QCOMPARE(childByText(east, QStringLiteral("Bookings East")), QModelIndex(memberRow));
    QCOMPARE(
        childByText(dock.sectionIndex(ElementType::Component), QStringLiteral("Bookings East")),
        QModelIndex(componentRow));
    QCOMPARE(textOf(componentRow, OutlineModel::TechnologyColumn), QStringLiteral("Go"));
    QVERIFY(toolTipOf(componentRow, OutlineModel::NameColumn).contains(QStringLiteral("bookE")));
    // Connections name their ends.
    int naming = 0;
    const QModelIndex connections = dock.sectionIndex(ElementType::Connection);
    QCOMPARE(childCount(connections), connectionRows);
    for (int i = 0; i < childCount(connections); ++i) {
        const QString text = textOf(child(connections, i));
        QVERIFY(!text.contains(QStringLiteral("Booking API (East US)")));
        naming += text.contains(QStringLiteral("Bookings East")) ? 1 : 0;
    }
    QVERIFY(naming > 0);

    // A new component gets its row.
    Component added;
    added.id = "audit";
    added.kind = ComponentKind::Worker;
    added.name = "Audit worker";
    document.design().insert(added);
    QVERIFY(childByText(dock.sectionIndex(ElementType::Component), QStringLiteral("Audit worker"))
                .isValid());
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
        const QModelIndex section = dock.sectionIndex(type);
        for (int i = 0; i < childCount(section); ++i)
            ids << idOf(child(section, i));
        return ids;
    };
    const auto designIds = [](const auto& elements) {
        QStringList ids;
        for (const auto& element : elements)
            ids << QString::fromStdString(element.id);
        return ids;
    };
    const QPersistentModelIndex firstGroup = child(dock.sectionIndex(ElementType::Group), 0);
    const QString firstGroupId = idOf(firstGroup);
    const ResetSpy reset(dock.model());

    Component cache;
    cache.id = "seatcache";
    cache.kind = ComponentKind::Cache;
    cache.name = "Seat cache";
    design.insert(cache, 2);
    QCOMPARE(sectionIds(ElementType::Component), designIds(design.components()));
    QCOMPARE(textOf(dock.sectionIndex(ElementType::Component)),
             QStringLiteral("Components (%1)").arg(design.components().size()));
    QCOMPARE(QModelIndex(firstGroup), child(dock.sectionIndex(ElementType::Group), 0));

    // A component and its connections go; undo puts them back in place.
    std::vector<ElementId> removing{design.connections().front().from};
    for (const ElementId& dependent : design.dependents(removing))
        removing.push_back(dependent);
    Removal removal = design.remove(removing);
    QCOMPARE(sectionIds(ElementType::Component), designIds(design.components()));
    QCOMPARE(sectionIds(ElementType::Connection), designIds(design.connections()));
    QCOMPARE(textOf(dock.sectionIndex(ElementType::Connection)),
             QStringLiteral("Connections (%1)").arg(design.connections().size()));
    design.restore(std::move(removal));
    QCOMPARE(sectionIds(ElementType::Component), designIds(design.components()));
    QCOMPARE(sectionIds(ElementType::Connection), designIds(design.connections()));
    QCOMPARE(QModelIndex(firstGroup), child(dock.sectionIndex(ElementType::Group), 0));
    QCOMPARE(idOf(firstGroup), firstGroupId);
    QVERIFY(reset.none());

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
    QVERIFY(childByText(dock.sectionIndex(ElementType::Component), QStringLiteral("Renamed member"))
                .isValid());
    QVERIFY(reset.none());
}

// A connection whose ends change keeps its row; only its text changes.
void tst_OutlineDock::connectionEndsChangeInPlace() {
    DesignDocument document;
    OutlineDock dock(&document);
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-solid"))));
    const QPersistentModelIndex row = child(dock.sectionIndex(ElementType::Connection), 0);
    QCOMPARE(textOf(row), QStringLiteral("Users \u2192 DNS"));
    const ResetSpy reset(dock.model());
    QSignalSpy removed(dock.model(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(dock.model(), &QAbstractItemModel::dataChanged);

    Connection moved = *document.design().connection("e1");
    moved.to = "obs";
    document.design().replace(moved);

    QVERIFY(reset.none() && removed.isEmpty());
    QVERIFY(row.isValid());
    QCOMPARE(row.row(), 0);
    QCOMPARE(textOf(row), QStringLiteral("Users \u2192 Monitoring"));
    // Only that row reads differently.
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant>& signal : std::as_const(changed)) {
        QCOMPARE(signal.at(0).toModelIndex().siblingAtColumn(0), QModelIndex(row));
        QCOMPARE(signal.at(1).toModelIndex().row(), row.row());
    }
}

// Members join, leave and change places as rows of their group, the other
// rows staying as they were.
void tst_OutlineDock::groupMembersComeGoAndMoveInPlace() {
    DesignDocument document;
    OutlineDock dock(&document);
    QVERIFY(document.load(caseFile(QStringLiteral("ticket-booking-two-regions"))));
    Design& design = document.design();
    const QPersistentModelIndex east =
        childByText(dock.sectionIndex(ElementType::Group), QStringLiteral("East US (region)"));
    const QPersistentModelIndex west =
        childByText(dock.sectionIndex(ElementType::Group), QStringLiteral("West US (region)"));
    const QPersistentModelIndex firstMember = child(east, 0);
    const QString firstId = idOf(firstMember);
    const auto memberIds = [](const QModelIndex& group) {
        QStringList ids;
        for (int i = 0; i < childCount(group); ++i)
            ids << idOf(child(group, i));
        return ids;
    };
    const auto designMembers = [&design](const char* id) {
        QStringList ids;
        for (const ElementId& member : design.group(id)->members)
            ids << QString::fromStdString(member);
        return ids;
    };
    const ResetSpy reset(dock.model());
    QSignalSpy inserted(dock.model(), &QAbstractItemModel::rowsInserted);
    QSignalSpy moved(dock.model(), &QAbstractItemModel::rowsMoved);

    // One joins at the end.
    Group group = *design.group("east");
    group.members.push_back("stripe");
    design.replace(group);
    QCOMPARE(memberIds(east), designMembers("east"));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.front().at(0).toModelIndex(), QModelIndex(east));

    // Members change places: the rows move, and stay the same rows.
    std::reverse(group.members.begin(), group.members.end());
    design.replace(group);
    QCOMPARE(memberIds(east), designMembers("east"));
    QVERIFY(moved.count() > 0);
    QVERIFY(firstMember.isValid());
    QCOMPARE(idOf(firstMember), firstId);

    // One leaves.
    group.members.erase(group.members.begin());
    design.replace(group);
    QCOMPARE(memberIds(east), designMembers("east"));
    QCOMPARE(memberIds(west), designMembers("west"));
    QVERIFY(reset.none());
    QVERIFY(east.isValid() && west.isValid());
}

// A new group comes with its members, and the first note or annotation with
// its section, all open, without disturbing rows already there.
void tst_OutlineDock::newGroupsAndFirstNotesOpenInPlace() {
    DesignDocument document;
    OutlineDock dock(&document);
    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-solid"))));
    const QTreeView* tree = dock.tree();
    const QPersistentModelIndex connections = dock.sectionIndex(ElementType::Connection);
    const QPersistentModelIndex lb =
        childByText(dock.sectionIndex(ElementType::Component), QStringLiteral("Edge LB"));
    const ResetSpy reset(dock.model());

    Group edge;
    edge.id = "edge";
    edge.kind = GroupKind::Boundary;
    edge.name = "Edge";
    edge.members = {"lb", "gw"};
    document.design().insert(edge);
    const QModelIndex groups = dock.sectionIndex(ElementType::Group);
    QCOMPARE(textOf(groups), QStringLiteral("Groups (1)"));
    const QModelIndex row = child(groups, 0);
    QCOMPARE(textOf(row), QStringLiteral("Edge (boundary)"));
    QCOMPARE(childCount(row), 2);
    QCOMPARE(textOf(child(row, 0)), QStringLiteral("Edge LB"));
    QVERIFY(tree->isExpanded(row));
    QVERIFY(tree->isFirstColumnSpanned(row.row(), groups));

    Note note;
    note.id = "n1";
    note.text = "Codes are base62";
    document.design().insert(note);
    const QModelIndex notes = dock.sectionIndex(ElementType::Note);
    QCOMPARE(notes.row(), connections.row() + 1);
    QVERIFY(tree->isExpanded(notes));
    QVERIFY(tree->isFirstColumnSpanned(notes.row(), {}));
    QVERIFY(tree->isFirstColumnSpanned(0, notes));

    Annotation annotation;
    annotation.id = "a1";
    annotation.target = "lb";
    annotation.text = "Why one?";
    document.design().insert(annotation);
    QCOMPARE(dock.sectionIndex(ElementType::Annotation).row(), notes.row() + 1);

    // The last note goes with its section.
    const std::vector<ElementId> gone{"n1"};
    document.design().remove(gone);
    QVERIFY(!dock.sectionIndex(ElementType::Note).isValid());
    QCOMPARE(dock.sectionIndex(ElementType::Annotation).row(), connections.row() + 1);
    QVERIFY(reset.none());
    QVERIFY(connections.isValid() && lb.isValid());
    QCOMPARE(textOf(lb), QStringLiteral("Edge LB"));
}

// Qt's own checks of a model's consistency, over edits of every kind.
void tst_OutlineDock::passesModelTesterThroughEdits() {
    DesignDocument document;
    QVERIFY(document.load(caseFile(QStringLiteral("ticket-booking-two-regions"))));
    OutlineModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Design& design = document.design();

    Component cache;
    cache.id = "seatcache";
    cache.kind = ComponentKind::Cache;
    cache.name = "Seat cache";
    design.insert(cache, 1);
    Group group = *design.group("east");
    group.members.push_back("seatcache");
    design.replace(group);
    std::reverse(group.members.begin(), group.members.end());
    design.replace(group);
    Connection connection = design.connections().front();
    connection.to = "seatcache";
    design.replace(connection);

    Note note;
    note.id = "n1";
    note.text = "Seats are held for ten minutes";
    design.insert(note);
    Annotation annotation;
    annotation.id = "a1";
    annotation.target = "seatcache";
    annotation.text = "How is it warmed?";
    design.insert(annotation);

    Component renamed = *design.component("seatcache");
    renamed.name = "Hold cache";
    design.replace(renamed);

    // The cache goes with its connection and annotation, and out of its
    // group; undo brings all of it back.
    std::vector<ElementId> removing{"seatcache"};
    for (const ElementId& dependent : design.dependents(removing))
        removing.push_back(dependent);
    Removal removal = design.remove(removing);
    QVERIFY(!model.sectionIndex(ElementType::Annotation).isValid());
    design.restore(std::move(removal));
    QVERIFY(model.sectionIndex(ElementType::Annotation).isValid());

    // A group and its members' rows go, and come back.
    std::vector<ElementId> region{"west"};
    Removal groupRemoval = design.remove(region);
    design.restore(std::move(groupRemoval));

    QVERIFY(document.load(caseFile(QStringLiteral("url-shortener-solid"))));
    QVERIFY(!QTest::currentTestFailed());
}

QTEST_MAIN(tst_OutlineDock)
#include "tst_outlinedock.moc"
