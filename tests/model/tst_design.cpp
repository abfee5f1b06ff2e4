// Behaviour of archboard::Design: lookups, graph queries, the change API and
// subscriptions. The canvas, critic and store all follow this one object, so
// every mutation must both keep the design valid and report what it touched.

#include "model/design.h"
#include "model/json/designjson.h"
#include "model/source/designsource.h"
#include "model/validation.h"

#include <filesystem>
#include <memory>
#include <QStringList>
#include <QTest>
#include <stdexcept>
#include <string>

using namespace archboard;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(archboard::AnyElement)
Q_DECLARE_METATYPE(archboard::DesignData)
Q_DECLARE_METATYPE(archboard::Direction)
Q_DECLARE_METATYPE(archboard::ConnectionKind)
Q_DECLARE_METATYPE(archboard::ElementType)

namespace {

Component comp(const char* id, ComponentKind kind, double x = 0, double y = 0) {
    Component c;
    c.id = id;
    c.kind = kind;
    c.name = id;
    c.position = {x, y};
    return c;
}

Connection conn(const char* id, const char* from, const char* to,
                ConnectionKind kind = ConnectionKind::Sync) {
    Connection c;
    c.id = id;
    c.from = from;
    c.to = to;
    c.kind = kind;
    return c;
}

Group grp(const char* id, GroupKind kind, std::vector<ElementId> members) {
    Group g;
    g.id = id;
    g.kind = kind;
    g.name = id;
    g.members = std::move(members);
    g.rect = {10, 20, 300, 200};
    return g;
}

Note note(const char* id, const char* text) {
    Note n;
    n.id = id;
    n.text = text;
    n.position = {5, 5};
    return n;
}

Annotation ann(const char* id, const char* target, const char* replyTo = "") {
    Annotation a;
    a.id = id;
    a.target = target;
    a.author = "reviewer";
    a.text = std::string("about ") + target;
    a.replyTo = replyTo;
    return a;
}

// A small design with every element type and every connection kind:
//   client -> lb -> api -> db -(replication)-> replica
//   api -(async)-> q -(async)-> worker -> db;  api -(telemetry)-> obs
// plus isolated components: cfg (annotated and suppressed), dlq (q's dead
// letter queue) and spare (only a group member).
DesignData sample() {
    DesignData d;
    d.info.id = "sample";
    d.info.title = "Sample";
    d.components = {
        comp("client", ComponentKind::Client),    comp("lb", ComponentKind::LoadBalancer),
        comp("api", ComponentKind::Service),      comp("q", ComponentKind::Queue),
        comp("worker", ComponentKind::Worker),    comp("db", ComponentKind::SqlStore),
        comp("replica", ComponentKind::SqlStore), comp("obs", ComponentKind::Observability),
        comp("cfg", ComponentKind::Coordination), comp("dlq", ComponentKind::Queue),
        comp("spare", ComponentKind::Service),
    };
    d.components[3].props.deadLetter = DeadLetter{ElementId("dlq")};
    d.connections = {
        conn("c1", "client", "lb"),
        conn("c2", "lb", "api"),
        conn("c3", "api", "db"),
        conn("c4", "api", "q", ConnectionKind::Async),
        conn("c5", "q", "worker", ConnectionKind::Async),
        conn("c6", "worker", "db"),
        conn("c7", "db", "replica", ConnectionKind::Replication),
        conn("c8", "api", "obs", ConnectionKind::Telemetry),
    };
    d.groups = {
        grp("g1", GroupKind::Region, {"api", "db"}),
        grp("z1", GroupKind::Zone, {"api", "spare"}),
        grp("b1", GroupKind::Boundary, {"db", "replica"}),
    };
    d.notes = {note("n1", "first"), note("n2", "second")};
    d.annotations = {
        ann("a1", "api"), ann("a2", "c3"), ann("a3", "c3", "a2"),
        ann("a4", ""),    ann("a5", "g1"), ann("a6", "cfg"),
    };
    d.critique.suppressions.push_back(
        {"resilience.timeout", "cfg", "not on the request path", Json::object()});
    return d;
}

void loadCase(const char* name, DesignData& out) {
    const std::string file = std::string("cases/") + name + ".archboard.json";
    const std::filesystem::path path = std::filesystem::path(ARCHBOARD_FIXTURES) / file;
    LoadResult result = source::readDesignFile(path);
    std::string why = path.string();
    for (const Problem& p : result.problems)
        why += "\n  " + p.toString();
    QVERIFY2(result.ok(), why.c_str());
    out = std::move(*result.design);
}

QStringList qids(const std::vector<ElementId>& ids) {
    QStringList out;
    for (const ElementId& id : ids)
        out << QString::fromStdString(id);
    return out;
}

QStringList qids(const std::vector<const Component*>& components) {
    QStringList out;
    for (const Component* c : components)
        out << QString::fromStdString(c->id);
    return out;
}

std::vector<ElementId> ids(const QStringList& list) {
    std::vector<ElementId> out;
    for (const QString& s : list)
        out.push_back(s.toStdString());
    return out;
}

// Connection ids behind connectionsOf()'s indices, so a shifted index shows.
QStringList connectionIds(const Design& d, std::span<const std::size_t> indices) {
    QStringList out;
    for (const std::size_t i : indices) {
        if (i >= d.connections().size())
            return {QStringLiteral("<index out of range>")};
        out << QString::fromStdString(d.connections()[i].id);
    }
    return out;
}

QStringList groupIds(const std::vector<const Group*>& groups) {
    QStringList out;
    for (const Group* g : groups)
        out << QString::fromStdString(g->id);
    return out;
}

QStringList problemsOf(const DesignData& data) {
    QStringList out;
    for (const Problem& p : validateReferences(data))
        out << QString::fromStdString(p.toString());
    return out;
}

// Readable forms for QCOMPARE, which cannot print the model's own types.
template <typename E> QString name(E value) {
    const std::string_view token = archboard::toString(value);
    return QString::fromUtf8(token.data(), static_cast<qsizetype>(token.size()));
}

QString text(const Position& p) {
    return u"(%1, %2)"_s.arg(p.x).arg(p.y);
}
QString text(const Rect& r) {
    return u"(%1, %2, %3x%4)"_s.arg(r.x).arg(r.y).arg(r.w).arg(r.h);
}

// Records every change a design reports. Not movable: the listener holds `this`.
struct Recorder {
    explicit Recorder(Design& design)
        : subscription(design.subscribe([this](const DesignChange& c) { changes.push_back(c); })) {}
    Recorder(const Recorder&) = delete;
    Recorder& operator=(const Recorder&) = delete;

    std::vector<DesignChange> changes;
    Subscription subscription;
};

} // namespace

class tst_Design : public QObject {
    Q_OBJECT

private slots:
    // Lookups
    void lookups_data();
    void lookups();
    void loadedCase();

    // Graph queries
    void connectionsOf_data();
    void connectionsOf();
    void neighbours_data();
    void neighbours();
    void entries_data();
    void entries();
    void groupsOf_data();
    void groupsOf();
    void sharedCaseGraph();
    void entriesFollowRemovalOfTheClient();

    // Change API
    void insertReportsAdded_data();
    void insertReportsAdded();
    void insertAtIndexShiftsLookups();
    void insertRejected_data();
    void insertRejected();
    void editsRefuseWhatFilesRefuse_data();
    void editsRefuseWhatFilesRefuse();
    void settingsRefuseWhatFilesRefuse();
    void dependents_data();
    void dependents();
    void removeRejected_data();
    void removeRejected();
    void removeWithDependents();
    void removeThenReinsertRestores_data();
    void removeThenReinsertRestores();
    void removeDropsAndRestoresReferences_data();
    void removeDropsAndRestoresReferences();
    void replaceAspects_data();
    void replaceAspects();
    void replaceRejected_data();
    void replaceRejected();
    void replaceConnectionEndFollowsAdjacency();
    void adjacencyFollowsInsertAndRemove();
    void moveReportsGeometry();
    void moveRejected_data();
    void moveRejected();
    void setInfoReportsDesignInfo();
    void setCritiqueReportsCritiqueSettings();
    void resetReportsReset();

    // Subscriptions
    void destroyingSubscriptionStopsNotifications();
    void subscriptionOutlivesDesign();
    void movedSubscriptionStaysActive();
    void unsubscribeSelfDuringNotification();
    void subscribeDuringNotification();
    void unsubscribeOtherDuringNotification();
};

// ---------------------------------------------------------------- lookups

void tst_Design::lookups_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("present");
    QTest::addColumn<ElementType>("type");
    QTest::addColumn<int>("index");

    QTest::newRow("first-component") << u"client"_s << true << ElementType::Component << 0;
    QTest::newRow("last-component") << u"spare"_s << true << ElementType::Component << 10;
    QTest::newRow("connection") << u"c3"_s << true << ElementType::Connection << 2;
    QTest::newRow("group") << u"b1"_s << true << ElementType::Group << 2;
    QTest::newRow("note") << u"n2"_s << true << ElementType::Note << 1;
    QTest::newRow("annotation") << u"a4"_s << true << ElementType::Annotation << 3;
    QTest::newRow("missing") << u"nope"_s << false << ElementType::Component << 0;
    QTest::newRow("empty") << u""_s << false << ElementType::Component << 0;
    QTest::newRow("case-differs") << u"API"_s << false << ElementType::Component << 0;
}

void tst_Design::lookups() {
    QFETCH(QString, id);
    QFETCH(bool, present);
    QFETCH(ElementType, type);
    QFETCH(int, index);

    const Design d(sample());
    QCOMPARE(problemsOf(d.data()), QStringList{}); // the other tests rely on a valid sample
    const ElementId key = id.toStdString();
    QCOMPARE(d.contains(key), present);
    const auto ref = d.find(key);
    QCOMPARE(ref.has_value(), present);
    const auto element = d.element(key);
    QCOMPARE(element.has_value(), present);

    // Each typed accessor answers only for its own type.
    const bool isComponent = present && type == ElementType::Component;
    const bool isConnection = present && type == ElementType::Connection;
    const bool isGroup = present && type == ElementType::Group;
    const bool isNote = present && type == ElementType::Note;
    const bool isAnnotation = present && type == ElementType::Annotation;
    QCOMPARE(d.component(key) != nullptr, isComponent);
    QCOMPARE(d.connection(key) != nullptr, isConnection);
    QCOMPARE(d.group(key) != nullptr, isGroup);
    QCOMPARE(d.note(key) != nullptr, isNote);
    QCOMPARE(d.annotation(key) != nullptr, isAnnotation);
    if (!present)
        return;

    QCOMPARE(name(ref->type), name(type));
    QCOMPARE(ref->index, static_cast<std::size_t>(index));
    QCOMPARE(name(elementTypeOf(*element)), name(type));
    QCOMPARE(elementIdOf(*element), key);
    switch (type) {
    case ElementType::Component:
        QCOMPARE(d.component(key), &d.components()[ref->index]);
        break;
    case ElementType::Connection:
        QCOMPARE(d.connection(key), &d.connections()[ref->index]);
        break;
    case ElementType::Group:
        QCOMPARE(d.group(key), &d.groups()[ref->index]);
        break;
    case ElementType::Note:
        QCOMPARE(d.note(key), &d.notes()[ref->index]);
        break;
    case ElementType::Annotation:
        QCOMPARE(d.annotation(key), &d.annotations()[ref->index]);
        break;
    }
}

void tst_Design::loadedCase() {
    DesignData data;
    loadCase("url-shortener-solid", data);
    if (QTest::currentTestFailed())
        return;
    const DesignData copy = data;
    const Design d(std::move(data));
    QVERIFY(d.data() == copy);
    QCOMPARE(d.components().size(), std::size_t(8));
    QCOMPARE(d.connections().size(), std::size_t(6));

    const auto db = d.find("db");
    QVERIFY(db);
    QCOMPARE(name(db->type), name(ElementType::Component));
    QCOMPARE(db->index, std::size_t(6));
    QCOMPARE(name(d.component("db")->kind), name(ComponentKind::NosqlStore));
    QCOMPARE(d.component("db")->tech, std::string("DynamoDB"));

    const auto e3 = d.find("e3");
    QVERIFY(e3);
    QCOMPARE(name(e3->type), name(ElementType::Connection));
    QCOMPARE(e3->index, std::size_t(2));
    QCOMPARE(d.connection("e3")->from, std::string("lb"));
    QCOMPARE(d.connection("e3")->to, std::string("gw"));

    // Right id, wrong type.
    QVERIFY(!d.connection("db"));
    QVERIFY(!d.group("db"));
    QVERIFY(!d.component("e3"));
    QVERIFY(!d.annotation("e3"));
    QVERIFY(!d.find("nope"));
}

// ---------------------------------------------------------------- graph queries

void tst_Design::connectionsOf_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("api-out") << u"api"_s << Direction::Outgoing
                             << QStringList{u"c3"_s, u"c4"_s, u"c8"_s};
    QTest::newRow("api-in") << u"api"_s << Direction::Incoming << QStringList{u"c2"_s};
    QTest::newRow("db-in-all-kinds")
        << u"db"_s << Direction::Incoming << QStringList{u"c3"_s, u"c6"_s};
    QTest::newRow("db-out-replication") << u"db"_s << Direction::Outgoing << QStringList{u"c7"_s};
    QTest::newRow("client-in-none") << u"client"_s << Direction::Incoming << QStringList{};
    QTest::newRow("isolated") << u"cfg"_s << Direction::Outgoing << QStringList{};
    QTest::newRow("unknown") << u"nope"_s << Direction::Incoming << QStringList{};
    QTest::newRow("connection-id") << u"c1"_s << Direction::Outgoing << QStringList{};
}

void tst_Design::connectionsOf() {
    QFETCH(QString, id);
    QFETCH(Direction, direction);
    QFETCH(QStringList, expected);

    const Design d(sample());
    QCOMPARE(connectionIds(d, d.connectionsOf(id.toStdString(), direction)), expected);
}

void tst_Design::neighbours_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<ConnectionKind>("kind");
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("api-calls") << u"api"_s << ConnectionKind::Sync << Direction::Outgoing
                               << QStringList{u"db"_s};
    QTest::newRow("api-produces") << u"api"_s << ConnectionKind::Async << Direction::Outgoing
                                  << QStringList{u"q"_s};
    QTest::newRow("api-telemetry")
        << u"api"_s << ConnectionKind::Telemetry << Direction::Outgoing << QStringList{u"obs"_s};
    QTest::newRow("api-callers") << u"api"_s << ConnectionKind::Sync << Direction::Incoming
                                 << QStringList{u"lb"_s};
    QTest::newRow("db-callers") << u"db"_s << ConnectionKind::Sync << Direction::Incoming
                                << QStringList{u"api"_s, u"worker"_s};
    QTest::newRow("db-replicates-to") << u"db"_s << ConnectionKind::Replication
                                      << Direction::Outgoing << QStringList{u"replica"_s};
    QTest::newRow("replica-from") << u"replica"_s << ConnectionKind::Replication
                                  << Direction::Incoming << QStringList{u"db"_s};
    QTest::newRow("replica-not-called")
        << u"replica"_s << ConnectionKind::Sync << Direction::Incoming << QStringList{};
    QTest::newRow("q-consumers") << u"q"_s << ConnectionKind::Async << Direction::Outgoing
                                 << QStringList{u"worker"_s};
    QTest::newRow("unknown") << u"nope"_s << ConnectionKind::Sync << Direction::Outgoing
                             << QStringList{};
}

void tst_Design::neighbours() {
    QFETCH(QString, id);
    QFETCH(ConnectionKind, kind);
    QFETCH(Direction, direction);
    QFETCH(QStringList, expected);

    const Design d(sample());
    QCOMPARE(qids(d.neighbours(id.toStdString(), kind, direction)), expected);
}

void tst_Design::entries_data() {
    QTest::addColumn<DesignData>("data");
    QTest::addColumn<QStringList>("expected");

    {
        DesignData d;
        d.components = {comp("dns", ComponentKind::Dns), comp("web", ComponentKind::Client),
                        comp("lb", ComponentKind::LoadBalancer),
                        comp("mobile", ComponentKind::Client)};
        QTest::newRow("clients-only-when-present") << d << QStringList{u"web"_s, u"mobile"_s};
    }
    {
        DesignData d;
        d.components = {comp("dns", ComponentKind::Dns), comp("cdn", ComponentKind::Cdn),
                        comp("lb", ComponentKind::LoadBalancer),
                        comp("gw", ComponentKind::ApiGateway), comp("api", ComponentKind::Service)};
        d.connections = {conn("e1", "lb", "gw"), conn("e2", "gw", "api")};
        QTest::newRow("called-gateway-is-not-an-entry")
            << d << QStringList{u"dns"_s, u"cdn"_s, u"lb"_s};
    }
    {
        DesignData d;
        d.components = {comp("lb", ComponentKind::LoadBalancer),
                        comp("gw", ComponentKind::ApiGateway), comp("q", ComponentKind::Queue)};
        d.connections = {conn("e1", "q", "gw", ConnectionKind::Async)};
        QTest::newRow("async-in-disqualifies") << d << QStringList{u"lb"_s};
    }
    {
        DesignData d;
        d.components = {comp("lb", ComponentKind::LoadBalancer),
                        comp("lb2", ComponentKind::LoadBalancer),
                        comp("obs", ComponentKind::Observability)};
        d.connections = {conn("e1", "lb2", "lb", ConnectionKind::Replication),
                         conn("e2", "obs", "lb", ConnectionKind::Telemetry)};
        QTest::newRow("replication-and-telemetry-in-do-not") << d << QStringList{u"lb"_s, u"lb2"_s};
    }
    {
        DesignData d;
        d.components = {comp("api", ComponentKind::Service), comp("db", ComponentKind::SqlStore)};
        d.connections = {conn("e1", "api", "db")};
        QTest::newRow("no-edge-components") << d << QStringList{};
    }
    QTest::newRow("empty") << DesignData{} << QStringList{};
}

void tst_Design::entries() {
    QFETCH(DesignData, data);
    QFETCH(QStringList, expected);

    const Design d(std::move(data));
    QCOMPARE(qids(d.entries()), expected);
}

void tst_Design::groupsOf_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("three-kinds") << u"api"_s << QStringList{u"g1"_s, u"z1"_s};
    QTest::newRow("region-and-boundary") << u"db"_s << QStringList{u"g1"_s, u"b1"_s};
    QTest::newRow("one") << u"spare"_s << QStringList{u"z1"_s};
    QTest::newRow("none") << u"client"_s << QStringList{};
    QTest::newRow("unknown") << u"nope"_s << QStringList{};
}

void tst_Design::groupsOf() {
    QFETCH(QString, id);
    QFETCH(QStringList, expected);

    const Design d(sample());
    QCOMPARE(groupIds(d.groupsOf(id.toStdString())), expected);
}

void tst_Design::sharedCaseGraph() {
    DesignData data;
    loadCase("url-shortener-solid", data);
    if (QTest::currentTestFailed())
        return;
    const Design d(std::move(data));

    QCOMPARE(connectionIds(d, d.connectionsOf("users", Direction::Outgoing)),
             (QStringList{u"e1"_s, u"e2"_s}));
    QCOMPARE(connectionIds(d, d.connectionsOf("users", Direction::Incoming)), QStringList{});
    QCOMPARE(connectionIds(d, d.connectionsOf("api", Direction::Outgoing)),
             (QStringList{u"e5"_s, u"e6"_s}));
    QCOMPARE(connectionIds(d, d.connectionsOf("api", Direction::Incoming)), QStringList{u"e4"_s});
    QCOMPARE(connectionIds(d, d.connectionsOf("obs", Direction::Incoming)), QStringList{});

    QCOMPARE(qids(d.neighbours("users", ConnectionKind::Sync, Direction::Outgoing)),
             (QStringList{u"dns"_s, u"lb"_s}));
    QCOMPARE(qids(d.neighbours("lb", ConnectionKind::Sync, Direction::Outgoing)),
             QStringList{u"gw"_s});
    QCOMPARE(qids(d.neighbours("gw", ConnectionKind::Sync, Direction::Incoming)),
             QStringList{u"lb"_s});
    QCOMPARE(qids(d.neighbours("api", ConnectionKind::Sync, Direction::Outgoing)),
             (QStringList{u"cache"_s, u"db"_s}));
    QCOMPARE(qids(d.neighbours("api", ConnectionKind::Async, Direction::Outgoing)), QStringList{});
    QCOMPARE(qids(d.neighbours("db", ConnectionKind::Sync, Direction::Incoming)),
             QStringList{u"api"_s});

    QCOMPARE(qids(d.entries()), QStringList{u"users"_s});
    QCOMPARE(groupIds(d.groupsOf("api")), QStringList{});
}

void tst_Design::entriesFollowRemovalOfTheClient() {
    DesignData data;
    loadCase("url-shortener-solid", data);
    if (QTest::currentTestFailed())
        return;
    Design d(std::move(data));
    QCOMPARE(qids(d.entries()), QStringList{u"users"_s});

    // Without the client, the edge components nothing calls become entries;
    // the gateway is still called by the LB.
    std::vector<ElementId> gone{"users"};
    const std::vector<ElementId> deps = d.dependents(gone);
    gone.insert(gone.end(), deps.begin(), deps.end());
    d.remove(gone);
    QCOMPARE(qids(d.entries()), (QStringList{u"dns"_s, u"lb"_s}));
}

// ---------------------------------------------------------------- change API

void tst_Design::insertReportsAdded_data() {
    QTest::addColumn<AnyElement>("element");
    QTest::addColumn<ElementType>("type");

    QTest::newRow("component") << AnyElement(comp("cache", ComponentKind::Cache))
                               << ElementType::Component;
    QTest::newRow("connection") << AnyElement(
                                       conn("c9", "worker", "obs", ConnectionKind::Telemetry))
                                << ElementType::Connection;
    QTest::newRow("group") << AnyElement(grp("b2", GroupKind::Boundary, {"q", "worker"}))
                           << ElementType::Group;
    QTest::newRow("note") << AnyElement(note("n3", "third")) << ElementType::Note;
    QTest::newRow("annotation-on-connection")
        << AnyElement(ann("a7", "c5")) << ElementType::Annotation;
    QTest::newRow("annotation-reply")
        << AnyElement(ann("a7", "api", "a1")) << ElementType::Annotation;
    QTest::newRow("annotation-on-design") << AnyElement(ann("a7", "")) << ElementType::Annotation;
}

void tst_Design::insertReportsAdded() {
    QFETCH(AnyElement, element);
    QFETCH(ElementType, type);

    Design d(sample());
    Recorder r(d);
    const ElementId id = elementIdOf(element);
    d.insert(element);

    QCOMPARE(r.changes.size(), std::size_t(1));
    const DesignChange& c = r.changes.front();
    QCOMPARE(qids(c.added), QStringList{QString::fromStdString(id)});
    QVERIFY(c.removed.empty());
    QVERIFY(c.modified.empty());
    QCOMPARE(c.aspects, unsigned(Structure));
    QVERIFY(!c.reset && !c.designInfo && !c.critiqueSettings);

    const auto ref = d.find(id);
    QVERIFY(ref);
    QCOMPARE(name(ref->type), name(type));
    QVERIFY(d.element(id) == element);
    QCOMPARE(problemsOf(d.data()), QStringList{});
}

void tst_Design::insertAtIndexShiftsLookups() {
    Design d(sample());
    Recorder r(d);
    d.insert(comp("first", ComponentKind::Service), 0);
    QCOMPARE(d.find("first")->index, std::size_t(0));
    QCOMPARE(d.find("client")->index, std::size_t(1));
    QCOMPARE(d.component("spare"), &d.components().back());

    // Past the end appends.
    d.insert(note("n9", "late"), 1000);
    QCOMPARE(d.find("n9")->index, d.notes().size() - 1);
    QCOMPARE(r.changes.size(), std::size_t(2));
}

void tst_Design::insertRejected_data() {
    QTest::addColumn<AnyElement>("element");

    QTest::newRow("duplicate-id") << AnyElement(comp("api", ComponentKind::Service));
    QTest::newRow("duplicate-id-other-type") << AnyElement(note("c1", "clash"));
    QTest::newRow("invalid-id-empty") << AnyElement(comp("", ComponentKind::Service));
    QTest::newRow("invalid-id-space") << AnyElement(note("two words", "x"));
    QTest::newRow("invalid-id-slash") << AnyElement(comp("a/b", ComponentKind::Service));
    QTest::newRow("invalid-id-too-long")
        << AnyElement(comp(std::string(65, 'x').c_str(), ComponentKind::Service));
    QTest::newRow("connection-to-missing") << AnyElement(conn("c9", "api", "nope"));
    QTest::newRow("connection-from-missing") << AnyElement(conn("c9", "nope", "api"));
    QTest::newRow("connection-to-a-note") << AnyElement(conn("c9", "api", "n1"));
    QTest::newRow("connection-to-itself") << AnyElement(conn("c9", "api", "api"));
    QTest::newRow("group-missing-member")
        << AnyElement(grp("b9", GroupKind::Boundary, {"api", "nope"}));
    QTest::newRow("group-member-is-connection")
        << AnyElement(grp("b9", GroupKind::Boundary, {"c1"}));
    QTest::newRow("annotation-missing-target") << AnyElement(ann("a9", "nope"));
    QTest::newRow("annotation-on-note") << AnyElement(ann("a9", "n1"));
    // The rules validateReferences() applies to a loaded file hold for edits too.
    QTest::newRow("second-region-for-component")
        << AnyElement(grp("g2", GroupKind::Region, {"db"}));
    QTest::newRow("group-member-twice") << AnyElement(grp("b9", GroupKind::Boundary, {"q", "q"}));
    QTest::newRow("reply-to-missing") << AnyElement(ann("a9", "api", "nope"));
    QTest::newRow("reply-with-other-target") << AnyElement(ann("a9", "db", "a1"));
}

void tst_Design::insertRejected() {
    QFETCH(AnyElement, element);

    Design d(sample());
    const DesignData before = d.data();
    Recorder r(d);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, d.insert(element));
    QVERIFY(d.data() == before);
    QCOMPARE(r.changes.size(), std::size_t(0));
}

void tst_Design::editsRefuseWhatFilesRefuse_data() {
    QTest::addColumn<AnyElement>("element");

    Component deadLetterToService = comp("q2", ComponentKind::Queue);
    deadLetterToService.props.deadLetter = DeadLetter{ElementId("api")};
    Component deadLetterToItself = comp("q2", ComponentKind::Queue);
    deadLetterToItself.props.deadLetter = DeadLetter{ElementId("q2")};
    QTest::newRow("dead-letter-to-a-service") << AnyElement(deadLetterToService);
    QTest::newRow("dead-letter-to-itself") << AnyElement(deadLetterToItself);
    QTest::newRow("connection-to-missing") << AnyElement(conn("c9", "api", "nope"));
    QTest::newRow("connection-from-a-note") << AnyElement(conn("c9", "n1", "api"));
    QTest::newRow("connection-to-itself") << AnyElement(conn("c9", "api", "api"));
    QTest::newRow("group-missing-member")
        << AnyElement(grp("b9", GroupKind::Boundary, {"api", "nope"}));
    QTest::newRow("second-region") << AnyElement(grp("g2", GroupKind::Region, {"db"}));
    QTest::newRow("second-zone") << AnyElement(grp("z2", GroupKind::Zone, {"lb", "spare"}));
    QTest::newRow("annotation-on-a-note") << AnyElement(ann("a9", "n1"));
    QTest::newRow("reply-to-missing") << AnyElement(ann("a9", "api", "nope"));
    QTest::newRow("reply-with-other-target") << AnyElement(ann("a9", "db", "a1"));
}

// One set of rules: an edit that a live design refuses is exactly what
// validating the file with that element in it reports.
void tst_Design::editsRefuseWhatFilesRefuse() {
    QFETCH(AnyElement, element);

    Design d(sample());
    std::string refusal;
    try {
        d.insert(element);
    } catch (const std::invalid_argument& e) {
        refusal = e.what();
    }
    QVERIFY2(!refusal.empty(), "the edit was accepted");

    DesignData file = sample();
    std::string path;
    std::visit(
        [&](auto e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, Component>) {
                path = "components[" + std::to_string(file.components.size()) + "]";
                file.components.push_back(std::move(e));
            } else if constexpr (std::is_same_v<T, Connection>) {
                path = "connections[" + std::to_string(file.connections.size()) + "]";
                file.connections.push_back(std::move(e));
            } else if constexpr (std::is_same_v<T, Group>) {
                path = "groups[" + std::to_string(file.groups.size()) + "]";
                file.groups.push_back(std::move(e));
            } else if constexpr (std::is_same_v<T, Annotation>) {
                path = "annotations[" + std::to_string(file.annotations.size()) + "]";
                file.annotations.push_back(std::move(e));
            }
        },
        element);
    const Problems problems = validateReferences(file);
    QCOMPARE(problems.size(), std::size_t{1});
    QCOMPARE(problems.front().toString(), path + "." + refusal);
}

void tst_Design::settingsRefuseWhatFilesRefuse() {
    Design d(sample());
    CritiqueSettings settings = d.critique();
    settings.suppressions.push_back({"spof.single-instance", "n1", "notes are not targets", {}});
    settings.suppressions.push_back(settings.suppressions.front());
    std::string refusal;
    try {
        d.setCritique(settings);
    } catch (const std::invalid_argument& e) {
        refusal = e.what();
    }
    DesignData file = sample();
    file.critique = settings;
    const Problems problems = validateReferences(file);
    QCOMPARE(problems.size(), std::size_t{2});
    QCOMPARE(problems[0].toString(), "critique." + refusal);
    QCOMPARE(problems[1].toString(),
             std::string("critique.suppressions[2]: repeats the suppression of "
                         "\"resilience.timeout\" for \"cfg\" at critique.suppressions[0]"));
    QVERIFY(d.critique() == sample().critique); // refused, so unchanged
}

void tst_Design::dependents_data() {
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("expected");

    // Connections in stored order, then annotations on the components and on
    // those connections.
    QTest::newRow("component") << QStringList{u"api"_s}
                               << QStringList{u"c2"_s, u"c3"_s, u"c4"_s, u"c8"_s,
                                              u"a1"_s, u"a2"_s, u"a3"_s};
    QTest::newRow("component-annotated-connections")
        << QStringList{u"db"_s} << QStringList{u"c3"_s, u"c6"_s, u"c7"_s, u"a2"_s, u"a3"_s};
    QTest::newRow("connection") << QStringList{u"c3"_s} << QStringList{u"a2"_s, u"a3"_s};
    QTest::newRow("group") << QStringList{u"g1"_s} << QStringList{u"a5"_s};
    QTest::newRow("isolated-annotated") << QStringList{u"cfg"_s} << QStringList{u"a6"_s};
    QTest::newRow("nothing-refers") << QStringList{u"spare"_s} << QStringList{};
    QTest::newRow("shared-connection-once")
        << QStringList{u"api"_s, u"db"_s}
        << QStringList{u"c2"_s, u"c3"_s, u"c4"_s, u"c6"_s, u"c7"_s,
                       u"c8"_s, u"a1"_s, u"a2"_s, u"a3"_s};
    QTest::newRow("removed-ids-not-repeated")
        << QStringList{u"api"_s, u"c3"_s}
        << QStringList{u"c2"_s, u"c4"_s, u"c8"_s, u"a1"_s, u"a2"_s, u"a3"_s};
}

void tst_Design::dependents() {
    QFETCH(QStringList, ids);
    QFETCH(QStringList, expected);

    const Design d(sample());
    const std::vector<ElementId> request = ::ids(ids);
    QCOMPARE(qids(d.dependents(request)), expected);
}

void tst_Design::removeRejected_data() {
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("unknown-id") << QStringList{u"n1"_s, u"nope"_s};
    QTest::newRow("component-with-outgoing") << QStringList{u"client"_s};
    QTest::newRow("component-with-incoming") << QStringList{u"replica"_s};
    QTest::newRow("component-some-connections") << QStringList{u"worker"_s, u"c5"_s};
    // Anything else left referring to a removed element would dangle too.
    QTest::newRow("component-annotated") << QStringList{u"cfg"_s};
    QTest::newRow("connection-annotated") << QStringList{u"c3"_s};
    QTest::newRow("group-annotated") << QStringList{u"g1"_s};
    QTest::newRow("annotation-replied-to") << QStringList{u"a2"_s};
}

void tst_Design::removeRejected() {
    QFETCH(QStringList, ids);

    Design d(sample());
    const DesignData before = d.data();
    Recorder r(d);
    const std::vector<ElementId> request = ::ids(ids);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, d.remove(request));
    QVERIFY(d.data() == before);
    QCOMPARE(r.changes.size(), std::size_t(0));
}

void tst_Design::removeWithDependents() {
    Design d(sample());
    Recorder r(d);
    std::vector<ElementId> gone{"db"};
    const std::vector<ElementId> deps = d.dependents(gone);
    gone.insert(gone.end(), deps.begin(), deps.end());
    const auto removed = d.remove(gone);

    QCOMPARE(removed.elements.size(), gone.size());
    QCOMPARE(r.changes.size(), std::size_t(1));
    const DesignChange& c = r.changes.front();
    QCOMPARE(c.removed.size(), gone.size());
    const QStringList reported = qids(c.removed);
    const QStringList requested = qids(gone);
    QCOMPARE(QSet<QString>(reported.begin(), reported.end()),
             QSet<QString>(requested.begin(), requested.end()));
    QVERIFY(c.added.empty());
    // Groups that listed db changed membership; z1 never listed it.
    QCOMPARE(qids(c.modified), (QStringList{u"g1"_s, u"b1"_s}));
    QVERIFY(c.aspects & Structure);
    QVERIFY(!(c.aspects & Geometry));

    for (const ElementId& id : gone)
        QVERIFY2(!d.contains(id), id.c_str());
    QCOMPARE(qids(d.group("g1")->members), QStringList{u"api"_s});
    QCOMPARE(qids(d.group("b1")->members), QStringList{u"replica"_s});
    QCOMPARE(qids(d.group("z1")->members), (QStringList{u"api"_s, u"spare"_s}));
    QCOMPARE(groupIds(d.groupsOf("db")), QStringList{});
    QCOMPARE(problemsOf(d.data()), QStringList{});

    // Survivors' indices follow the shorter arrays.
    QCOMPARE(d.find("replica")->index, std::size_t(5));
    QCOMPARE(d.find("c8")->index, std::size_t(4));
    QCOMPARE(d.component("replica"), &d.components()[5]);
}

void tst_Design::removeThenReinsertRestores_data() {
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("note") << QStringList{u"n1"_s};
    QTest::newRow("notes") << QStringList{u"n2"_s, u"n1"_s};
    QTest::newRow("reply") << QStringList{u"a3"_s};
    QTest::newRow("connection") << QStringList{u"c7"_s};
    QTest::newRow("component") << QStringList{u"obs"_s, u"c8"_s};
    QTest::newRow("component-and-annotation") << QStringList{u"cfg"_s, u"a6"_s};
    QTest::newRow("component-with-connections") << QStringList{u"worker"_s, u"c5"_s, u"c6"_s};
    QTest::newRow("grouped-component") << QStringList{u"spare"_s};
    QTest::newRow("component-with-dependents")
        << QStringList{u"db"_s, u"c3"_s, u"c6"_s, u"c7"_s, u"a2"_s, u"a3"_s};
}

// Undo puts back what remove() returned, in the order returned, at the indices
// returned; the design must be exactly as before.
void tst_Design::removeThenReinsertRestores() {
    QFETCH(QStringList, ids);

    Design d(sample());
    const DesignData before = d.data();
    const std::vector<ElementId> request = ::ids(ids);
    QCOMPARE(qids(d.dependents(request)), QStringList{}); // the row lists them all
    Removal removed = d.remove(request);
    QCOMPARE(removed.elements.size(), request.size());
    QVERIFY(!(d.data() == before));
    Recorder r(d);
    d.restore(std::move(removed));
    QVERIFY(d.data() == before);
    QCOMPARE(r.changes.size(), std::size_t(1));
    const QStringList added = qids(r.changes.front().added);
    QCOMPARE(QSet<QString>(added.begin(), added.end()), QSet<QString>(ids.begin(), ids.end()));
}

// Removing what a suppression or another queue's dead_letter names drops
// those references, and restore() brings them back.
void tst_Design::removeDropsAndRestoresReferences_data() {
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("component-suppressed") << QStringList{u"cfg"_s, u"a6"_s};
    QTest::newRow("dead-letter-queue") << QStringList{u"dlq"_s};
}

void tst_Design::removeDropsAndRestoresReferences() {
    QFETCH(QStringList, ids);
    Design d(sample());
    const DesignData before = d.data();
    Removal removed = d.remove(::ids(ids));
    QCOMPARE(problemsOf(d.data()), QStringList{});
    d.restore(std::move(removed));
    QVERIFY(d.data() == before);
}

void tst_Design::replaceAspects_data() {
    QTest::addColumn<AnyElement>("element");
    QTest::addColumn<unsigned>("present"); // aspects that must be reported
    QTest::addColumn<unsigned>("absent");  // aspects that must not be

    const DesignData s = sample();
    const Component& api = s.components[2];
    const Connection& c3 = s.connections[2];
    const Group& g1 = s.groups[0];

    Component moved = api;
    moved.position = {400, 300};
    QTest::newRow("component-position")
        << AnyElement(moved) << unsigned(Geometry) << unsigned(Content | Structure);

    Component renamed = api;
    renamed.name = "Shortener API";
    QTest::newRow("component-name")
        << AnyElement(renamed) << unsigned(Content) << unsigned(Geometry | Structure);

    Component both = renamed;
    both.position = {1, 2};
    QTest::newRow("component-name-and-position")
        << AnyElement(both) << unsigned(Content | Geometry) << unsigned(Structure);

    Component rekinded = api;
    rekinded.kind = ComponentKind::Worker;
    QTest::newRow("component-kind")
        << AnyElement(rekinded) << unsigned(Content) << unsigned(Geometry);

    Component propped = api;
    propped.props.autoscaling = true;
    QTest::newRow("component-props")
        << AnyElement(propped) << unsigned(Content) << unsigned(Geometry);

    Note movedNote = s.notes[0];
    movedNote.position = {-50, 70};
    QTest::newRow("note-position")
        << AnyElement(movedNote) << unsigned(Geometry) << unsigned(Content | Structure);

    Note edited = s.notes[0];
    edited.text = "changed";
    QTest::newRow("note-text") << AnyElement(edited) << unsigned(Content)
                               << unsigned(Geometry | Structure);

    Connection retargeted = c3;
    retargeted.to = "replica";
    QTest::newRow("connection-to")
        << AnyElement(retargeted) << unsigned(Structure) << unsigned(Geometry);

    Connection rekindedConn = c3;
    rekindedConn.kind = ConnectionKind::Async;
    QTest::newRow("connection-kind")
        << AnyElement(rekindedConn) << unsigned(Content) << unsigned(Geometry | Structure);

    Group regrouped = g1;
    regrouped.members.push_back("q");
    QTest::newRow("group-members")
        << AnyElement(regrouped) << unsigned(Structure) << unsigned(Geometry);

    Group renamedGroup = g1;
    renamedGroup.name = "eu-west-1";
    QTest::newRow("group-name") << AnyElement(renamedGroup) << unsigned(Content)
                                << unsigned(Geometry | Structure);

    // Resizing a region box is geometry only: it must not re-run the critic.
    Group resized = g1;
    resized.rect.w = 640;
    QTest::newRow("group-rect") << AnyElement(resized) << unsigned(Geometry)
                                << unsigned(Content | Structure);

    Annotation resolved = s.annotations[0];
    resolved.resolved = true;
    QTest::newRow("annotation-resolved")
        << AnyElement(resolved) << unsigned(Content) << unsigned(Geometry | Structure);
}

void tst_Design::replaceAspects() {
    QFETCH(AnyElement, element);
    QFETCH(unsigned, present);
    QFETCH(unsigned, absent);

    Design d(sample());
    Recorder r(d);
    const ElementId id = elementIdOf(element);
    d.replace(element);

    QCOMPARE(r.changes.size(), std::size_t(1));
    const DesignChange& c = r.changes.front();
    QCOMPARE(qids(c.modified), QStringList{QString::fromStdString(id)});
    QVERIFY(c.added.empty() && c.removed.empty());
    QCOMPARE(c.aspects & present, present);
    QCOMPARE(c.aspects & absent, 0u);
    QVERIFY(d.element(id) == element);
    QCOMPARE(name(d.find(id)->type), name(elementTypeOf(element)));
}

void tst_Design::replaceRejected_data() {
    QTest::addColumn<AnyElement>("element");

    QTest::newRow("unknown-id") << AnyElement(comp("nope", ComponentKind::Service));
    QTest::newRow("wrong-type") << AnyElement(note("api", "not a note"));
    QTest::newRow("connection-to-missing") << AnyElement(conn("c3", "api", "nope"));
    QTest::newRow("connection-to-itself") << AnyElement(conn("c3", "api", "api"));
    QTest::newRow("group-missing-member") << AnyElement(grp("b1", GroupKind::Boundary, {"nope"}));
    QTest::newRow("annotation-missing-target") << AnyElement(ann("a1", "nope"));
}

void tst_Design::replaceRejected() {
    QFETCH(AnyElement, element);

    Design d(sample());
    const DesignData before = d.data();
    Recorder r(d);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, d.replace(element));
    QVERIFY(d.data() == before);
    QCOMPARE(r.changes.size(), std::size_t(0));
}

void tst_Design::replaceConnectionEndFollowsAdjacency() {
    Design d(sample());
    // Build the index first, so the replace has to invalidate it.
    QCOMPARE(qids(d.neighbours("api", ConnectionKind::Sync, Direction::Outgoing)),
             QStringList{u"db"_s});
    QCOMPARE(connectionIds(d, d.connectionsOf("db", Direction::Incoming)),
             (QStringList{u"c3"_s, u"c6"_s}));

    Connection c3 = *d.connection("c3");
    c3.to = "replica";
    d.replace(c3);

    QCOMPARE(qids(d.neighbours("api", ConnectionKind::Sync, Direction::Outgoing)),
             QStringList{u"replica"_s});
    QCOMPARE(connectionIds(d, d.connectionsOf("db", Direction::Incoming)), QStringList{u"c6"_s});
    QCOMPARE(connectionIds(d, d.connectionsOf("replica", Direction::Incoming)),
             (QStringList{u"c3"_s, u"c7"_s}));
    QCOMPARE(qids(d.neighbours("replica", ConnectionKind::Sync, Direction::Incoming)),
             QStringList{u"api"_s});

    // And the other end.
    c3.from = "worker";
    d.replace(c3);
    QCOMPARE(connectionIds(d, d.connectionsOf("api", Direction::Outgoing)),
             (QStringList{u"c4"_s, u"c8"_s}));
    QCOMPARE(connectionIds(d, d.connectionsOf("worker", Direction::Outgoing)),
             (QStringList{u"c3"_s, u"c6"_s}));
}

void tst_Design::adjacencyFollowsInsertAndRemove() {
    Design d(sample());
    QCOMPARE(connectionIds(d, d.connectionsOf("obs", Direction::Incoming)), QStringList{u"c8"_s});

    // A new component is known to the index; a connection inserted first
    // shifts every other index.
    d.insert(comp("cache", ComponentKind::Cache));
    QCOMPARE(connectionIds(d, d.connectionsOf("cache", Direction::Incoming)), QStringList{});
    d.insert(conn("c0", "api", "cache"), 0);
    QCOMPARE(connectionIds(d, d.connectionsOf("api", Direction::Outgoing)),
             (QStringList{u"c0"_s, u"c3"_s, u"c4"_s, u"c8"_s}));
    QCOMPARE(connectionIds(d, d.connectionsOf("obs", Direction::Incoming)), QStringList{u"c8"_s});
    QCOMPARE(qids(d.neighbours("cache", ConnectionKind::Sync, Direction::Incoming)),
             QStringList{u"api"_s});

    // Removing a connection drops it and shifts the rest back.
    const std::vector<ElementId> c4{"c4"};
    d.remove(c4);
    QCOMPARE(connectionIds(d, d.connectionsOf("api", Direction::Outgoing)),
             (QStringList{u"c0"_s, u"c3"_s, u"c8"_s}));
    QCOMPARE(connectionIds(d, d.connectionsOf("q", Direction::Incoming)), QStringList{});
    QCOMPARE(connectionIds(d, d.connectionsOf("q", Direction::Outgoing)), QStringList{u"c5"_s});

    // Removing a component and its connections forgets it.
    const std::vector<ElementId> cache{"cache", "c0"};
    d.remove(cache);
    QCOMPARE(connectionIds(d, d.connectionsOf("cache", Direction::Incoming)), QStringList{});
    QCOMPARE(connectionIds(d, d.connectionsOf("api", Direction::Outgoing)),
             (QStringList{u"c3"_s, u"c8"_s}));
    QCOMPARE(qids(d.neighbours("api", ConnectionKind::Sync, Direction::Outgoing)),
             QStringList{u"db"_s});
}

void tst_Design::moveReportsGeometry() {
    Design d(sample());
    Recorder r(d);
    const std::vector<Placement> placements{
        {"api", {100, 200}}, {"n2", {-10, -20}}, {"g1", {7, 8}}};
    d.move(placements);

    QCOMPARE(r.changes.size(), std::size_t(1));
    const DesignChange& c = r.changes.front();
    QCOMPARE(qids(c.modified), (QStringList{u"api"_s, u"n2"_s, u"g1"_s}));
    QCOMPARE(c.aspects, unsigned(Geometry));
    QVERIFY(c.added.empty() && c.removed.empty());
    QVERIFY(!c.designInfo && !c.critiqueSettings && !c.reset);

    QCOMPARE(text(d.component("api")->position), text(Position{100, 200}));
    QCOMPARE(text(d.note("n2")->position), text(Position{-10, -20}));
    // A group moves by its top-left corner and keeps its size.
    QCOMPARE(text(d.group("g1")->rect), text(Rect{7, 8, 300, 200}));
}

void tst_Design::moveRejected_data() {
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("unknown") << QStringList{u"nope"_s};
    QTest::newRow("connection-has-no-position") << QStringList{u"c1"_s};
    QTest::newRow("annotation-has-no-position") << QStringList{u"a1"_s};
    // A bad placement after a good one: nothing may have moved silently.
    QTest::newRow("unknown-after-valid") << QStringList{u"api"_s, u"nope"_s};
    QTest::newRow("connection-after-valid") << QStringList{u"n1"_s, u"g1"_s, u"c1"_s};
}

void tst_Design::moveRejected() {
    QFETCH(QStringList, ids);

    Design d(sample());
    const DesignData before = d.data();
    Recorder r(d);
    std::vector<Placement> placements;
    for (const QString& id : ids)
        placements.push_back({id.toStdString(), {999, 999}});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, d.move(placements));
    QVERIFY(d.data() == before);
    QCOMPARE(r.changes.size(), std::size_t(0));
}

void tst_Design::setInfoReportsDesignInfo() {
    Design d(sample());
    Recorder r(d);
    DesignInfo info = d.info();
    info.title = "Renamed";
    info.requirements.peakReadRps = 5000;
    d.setInfo(info);

    QCOMPARE(r.changes.size(), std::size_t(1));
    const DesignChange& c = r.changes.front();
    QVERIFY(c.designInfo);
    QVERIFY(!c.critiqueSettings && !c.reset);
    QVERIFY(c.added.empty() && c.removed.empty() && c.modified.empty());
    QVERIFY(!(c.aspects & Geometry));
    QVERIFY(d.info() == info);
}

void tst_Design::setCritiqueReportsCritiqueSettings() {
    Design d(sample());
    Recorder r(d);
    CritiqueSettings settings = d.critique();
    settings.disabled.push_back("cost.overprovisioned");
    settings.severity["resilience.timeout"] = Severity::Info;
    d.setCritique(settings);

    QCOMPARE(r.changes.size(), std::size_t(1));
    const DesignChange& c = r.changes.front();
    QVERIFY(c.critiqueSettings);
    QVERIFY(!c.designInfo && !c.reset);
    QVERIFY(c.added.empty() && c.removed.empty() && c.modified.empty());
    QVERIFY(!(c.aspects & Geometry));
    QVERIFY(d.critique() == settings);
}

void tst_Design::resetReportsReset() {
    Design d(sample());
    QCOMPARE(connectionIds(d, d.connectionsOf("api", Direction::Outgoing)),
             (QStringList{u"c3"_s, u"c4"_s, u"c8"_s}));
    Recorder r(d);

    DesignData next;
    loadCase("url-shortener-solid", next);
    if (QTest::currentTestFailed())
        return;
    const DesignData copy = next;
    d.reset(std::move(next));

    QCOMPARE(r.changes.size(), std::size_t(1));
    QVERIFY(r.changes.front().reset);
    QVERIFY(d.data() == copy);
    // Lookups and adjacency describe the new design only.
    QVERIFY(!d.contains("c3"));
    QVERIFY(!d.contains("n1"));
    QCOMPARE(d.find("api")->index, std::size_t(4));
    QCOMPARE(connectionIds(d, d.connectionsOf("api", Direction::Outgoing)),
             (QStringList{u"e5"_s, u"e6"_s}));
    QCOMPARE(qids(d.entries()), QStringList{u"users"_s});
}

// ---------------------------------------------------------------- subscriptions

void tst_Design::destroyingSubscriptionStopsNotifications() {
    Design d;
    int first = 0;
    int second = 0;
    Subscription keep = d.subscribe([&](const DesignChange&) { ++first; });
    {
        Subscription scoped = d.subscribe([&](const DesignChange&) { ++second; });
        d.insert(note("n1", "x"));
        QCOMPARE(first, 1);
        QCOMPARE(second, 1);
    }
    d.insert(note("n2", "x"));
    QCOMPARE(first, 2);
    QCOMPARE(second, 1);

    keep.reset();
    keep.reset(); // twice is harmless
    d.insert(note("n3", "x"));
    QCOMPARE(first, 2);
}

void tst_Design::subscriptionOutlivesDesign() {
    int calls = 0;
    Subscription outer;
    Subscription other;
    {
        auto d = std::make_unique<Design>();
        outer = d->subscribe([&](const DesignChange&) { ++calls; });
        other = d->subscribe([&](const DesignChange&) { ++calls; });
        d->insert(note("n1", "x"));
        QCOMPARE(calls, 2);
    }
    other.reset(); // the design is gone: nothing to unsubscribe from
    Subscription moved(std::move(outer));
    // `moved` and `outer` are destroyed here; neither may touch the design.
}

void tst_Design::movedSubscriptionStaysActive() {
    Design d;
    int a = 0;
    int b = 0;
    Subscription original = d.subscribe([&](const DesignChange&) { ++a; });
    Subscription constructed(std::move(original));
    original.reset(); // the moved-from handle no longer owns the listener
    d.insert(note("n1", "x"));
    QCOMPARE(a, 1);

    Subscription assigned = d.subscribe([&](const DesignChange&) { ++b; });
    // Assigning over a live subscription ends that one and takes the other.
    assigned = std::move(constructed);
    d.insert(note("n2", "x"));
    QCOMPARE(a, 2);
    QCOMPARE(b, 0);

    Subscription inVector = std::move(assigned);
    std::vector<Subscription> holder;
    holder.push_back(std::move(inVector));
    holder.reserve(64); // reallocation moves the element
    d.insert(note("n3", "x"));
    QCOMPARE(a, 3);

    holder.clear();
    d.insert(note("n4", "x"));
    QCOMPARE(a, 3);
}

void tst_Design::unsubscribeSelfDuringNotification() {
    Design d;
    int once = 0;
    int always = 0;
    Subscription self;
    self = d.subscribe([&](const DesignChange&) {
        ++once;
        self.reset(); // destroys this listener's own registration mid-call
    });
    Subscription later = d.subscribe([&](const DesignChange&) { ++always; });

    d.insert(note("n1", "x"));
    QCOMPARE(once, 1);
    QCOMPARE(always, 1);
    d.insert(note("n2", "x"));
    QCOMPARE(once, 1);
    QCOMPARE(always, 2);
}

void tst_Design::subscribeDuringNotification() {
    Design d;
    int added = 0;
    std::vector<Subscription> extra;
    Subscription adder = d.subscribe([&](const DesignChange&) {
        if (extra.empty())
            extra.push_back(d.subscribe([&](const DesignChange&) { ++added; }));
    });
    d.insert(note("n1", "x"));
    d.insert(note("n2", "x"));
    QCOMPARE(extra.size(), std::size_t(1));
    QVERIFY(added >= 1);
}

// A panel closed in response to a change must not hear that change after its
// subscription has gone: its listener would run on a destroyed object.
void tst_Design::unsubscribeOtherDuringNotification() {
    Design d;
    auto panelAlive = std::make_shared<bool>(true);
    int callsWhileDead = 0;
    auto panel = std::make_unique<Subscription>();

    Subscription closer = d.subscribe([&](const DesignChange&) {
        panel.reset();
        *panelAlive = false;
    });
    *panel = d.subscribe([&, alive = panelAlive](const DesignChange&) {
        if (!*alive)
            ++callsWhileDead;
    });

    d.insert(note("n1", "x"));
    QVERIFY(!panel);
    QCOMPARE(callsWhileDead, 0);
}

QTEST_APPLESS_MAIN(tst_Design)
#include "tst_design.moc"
