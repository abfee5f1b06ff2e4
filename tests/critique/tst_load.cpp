// The load figures (docs/spec/rules.md, "Load"), worked by hand on small
// designs: how the design's peak enters at the entries, splits along the
// request graph, follows a connection's share and a component's own figure,
// and what happens on a cycle.

#include "critique/graphindex.h"
#include "critique/statedrate.h"
#include "critique/technologycatalogue.h"
#include "critiquetestsupport.h"

#include <QTest>
#include <tuple>

using namespace archboard;
using namespace archboard::test;

namespace {

constexpr double kUnknown = -1;

// A design and its index, with components found by id.
class Indexed {
public:
    explicit Indexed(const Json& json)
        : m_design(designFrom(json, "load"))
        , m_graph(m_design, TechnologyCatalogue::builtIn()) {}

    const Load& load() const { return m_graph.load(); }
    GraphIndex::Index at(std::string_view id) const {
        for (GraphIndex::Index i = 0; i < m_graph.size(); ++i)
            if (m_graph.id(i) == id)
                return i;
        QTest::qFail("no such component", __FILE__, __LINE__);
        return 0;
    }
    // Per second, or kUnknown.
    double reads(std::string_view id) const { return load().reads(at(id)).value_or(kUnknown); }
    double writes(std::string_view id) const { return load().writes(at(id)).value_or(kUnknown); }
    const Load::Rate& carriedBy(std::string_view connectionId) const {
        for (std::size_t c = 0; c < m_graph.connectionCount(); ++c)
            if (m_graph.connection(c).id == connectionId)
                return load().carriedBy(c);
        QTest::qFail("no such connection", __FILE__, __LINE__);
        return load().carriedBy(0);
    }

private:
    DesignData m_design;
    GraphIndex m_graph;
};

const Json kPeak = {{"peak_read_rps", 1000}, {"peak_write_rps", 300}};

// Users → gateway → API; the API calls a cache and a database and publishes
// to a stream that two workers consume; one worker writes a second store.
Json shopJson(Json toDb = Json::object()) {
    return designJson(
        {component("users", "client"), component("gw", "api_gateway"), component("api", "service"),
         component("cache", "cache"), component("db", "sql_store"), component("events", "stream"),
         component("a", "worker"), component("b", "worker"), component("views", "nosql_store")},
        {connection("e1", "users", "gw"), connection("e2", "gw", "api"),
         connection("e3", "api", "cache"), connection("e4", "api", "db", "sync", toDb),
         connection("e5", "api", "events", "async"), connection("e6", "events", "a", "async"),
         connection("e7", "events", "b", "async"), connection("e8", "a", "views")},
        Json::object(), kPeak);
}

} // namespace

class TestLoad : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void splitsAlongTheRequestGraph() {
        const Indexed shop(shopJson());
        // {component, reads, writes} per second.
        const std::tuple<const char*, double, double> expected[] = {
            // The one entry takes the design's figures, passed on whole along
            // single connections.
            {"users", 1000, 300},
            {"gw", 1000, 300},
            {"api", 1000, 300},
            // Reads split over the API's two sync calls, and the publish
            // carries none; writes go where data is kept: the store and the
            // stream, not the cache, which is only read.
            {"cache", 500, 0},
            {"db", 500, 150},
            {"events", 0, 150},
            // Each consumer of a stream reads every message, and passes on
            // no reads.
            {"a", 0, 150},
            {"b", 0, 150},
            {"views", 0, 150},
        };
        for (const auto& [id, reads, writes] : expected) {
            QCOMPARE(shop.reads(id), reads);
            QCOMPARE(shop.writes(id), writes);
        }
        QCOMPARE(shop.carriedBy("e5").writes, 150.0);
        QVERIFY(shop.carriedBy("e5").writesKnown);
    }

    void aShareSaysWhatTheDrawingCannot() {
        const Indexed shop(shopJson({{"share", 0.8}}));
        // 80% of the API's load goes to the database; the cache takes what
        // is left of the reads, the stream what is left of the writes.
        QCOMPARE(shop.reads("db"), 800.0);
        QCOMPARE(shop.reads("cache"), 200.0);
        QCOMPARE(shop.writes("db"), 240.0);
        QCOMPARE(shop.writes("events"), 60.0);
        QCOMPARE(shop.writes("views"), 60.0);
    }

    void aCacheTakesWritesWhereTheDesignSaysItIsWritten() {
        // The API's call to the cache says it writes: the cache takes a
        // third of the writes, beside the store and the stream.
        Json labelled = shopJson();
        labelled["connections"][2]["label"] = "ZINCRBY score per match";
        const Indexed counted(labelled);
        QCOMPARE(counted.writes("cache"), 100.0);
        QCOMPARE(counted.writes("db"), 100.0);
        QCOMPARE(counted.writes("events"), 100.0);

        // A write-through cache takes its share with no label; a call that
        // says it only reads writes nothing, write-through or not.
        Json through = shopJson();
        through["components"][3]["props"] = {{"invalidation", "write_through"}};
        QCOMPARE(Indexed(through).writes("cache"), 100.0);
        through["connections"][2]["label"] = "GET top 100";
        QCOMPARE(Indexed(through).writes("cache"), 0.0);
        QCOMPARE(Indexed(through).writes("db"), 150.0);
    }

    void aQueueSplitsBetweenCompetingConsumers() {
        const Indexed jobs(designJson(
            {component("users", "client"), component("api", "service"), component("q", "queue"),
             component("a", "worker"), component("b", "worker"), component("db", "sql_store")},
            {connection("e1", "users", "api"), connection("e2", "api", "q", "async"),
             connection("e3", "q", "a", "async"), connection("e4", "q", "b", "async"),
             connection("e5", "a", "db"), connection("e6", "b", "db")},
            Json::object(), kPeak));
        QCOMPARE(jobs.writes("q"), 300.0);
        QCOMPARE(jobs.writes("a"), 150.0);
        QCOMPARE(jobs.writes("db"), 300.0);
    }

    void entriesShareThePeakAndStatedFiguresWin() {
        // The web client states 100 writes/s; the mobile one takes the rest
        // of the 300. A DNS lookup carries nothing on. api and svc call each
        // other: api goes first (stored order), and svc's call back carries
        // nothing, so svc splits all of api's writes between its stores.
        const Indexed apps(designJson(
            {component("web", "client", {{"props", {{"write_rps", 100}}}}),
             component("mobile", "client"), component("dns", "dns"), component("api", "service"),
             component("svc", "service"), component("db", "sql_store"),
             component("audit", "nosql_store", {{"props", {{"write_rps", 7}}}})},
            {connection("e1", "web", "api"), connection("e2", "mobile", "api"),
             connection("e3", "mobile", "dns"), connection("e4", "api", "svc"),
             connection("e5", "svc", "api"), connection("e6", "svc", "db"),
             connection("e7", "svc", "audit")},
            Json::object(), kPeak));
        QCOMPARE(apps.writes("web"), 100.0);
        QCOMPARE(apps.writes("mobile"), 200.0);
        QCOMPARE(apps.reads("dns"), 0.0);
        QCOMPARE(apps.writes("api"), 300.0);
        QCOMPARE(apps.writes("svc"), 300.0);
        QCOMPARE(apps.carriedBy("e5").writes, 0.0);
        QCOMPARE(apps.writes("db"), 150.0);
        // Its own figure replaces the 150 it would take.
        QCOMPARE(apps.writes("audit"), 7.0);
        QCOMPARE(apps.carriedBy("e7").writes, 150.0);
    }

    void aJustificationStatesARate_data() {
        QTest::addColumn<QString>("justification");
        QTest::addColumn<double>("perSecond");
        const auto row = [](const char* text, double rate) {
            QTest::newRow(text) << QString::fromUtf8(text) << rate;
        };
        row("Append-only posts; 6k writes/s spread over 6 nodes", 6000);
        row("2.5k writes/s fits one primary", 2500);
        row("about 1,500 writes per second at peak", 1500);
        row("on-demand capacity for 40K writes/s", 40000);
        row("a few hundred follow writes/s", 300);
        row("Seed lists and budgets; a few writes per minute", 0.05);
        row("about 3k upserts/s at peak", 3000);
        row("4k commits/s at peak fits one primary", 4000);
        row("2M writes a second over 12 nodes", 2e6);
        row("7,200 writes an hour", 2);
        // No rate: reads, writes with no unit, a number that counts something else.
        row("80k reads/s against 2k writes", -1);
        row("Writes are rare", -1);
        row("RF 3 with 6 nodes; writes/s unknown", -1);
        row("", -1);
    }

    void aJustificationStatesARate() {
        QFETCH(QString, justification);
        QFETCH(double, perSecond);
        const std::string text = justification.toStdString();
        QCOMPARE(statedWriteRate(text).value_or(-1), perSecond);
    }

    void aStatedRateInTheReasonIsTheStoresOwnFigure() {
        // The design's 300 writes/s would split 150 to each store; the
        // config store says it takes a few a minute, and the prop still wins
        // over a reason.
        Json shop = shopJson();
        shop["components"][4]["justification"] = "Config rows; a few writes per minute";
        shop["components"][8]["justification"] = "Views; about 2k writes/s";
        shop["components"][8]["props"] = {{"write_rps", 90}};
        const Indexed stated(shop);
        QCOMPARE(stated.writes("db"), 0.05);
        QCOMPARE(stated.writes("events"), 150.0);
        QCOMPARE(stated.writes("views"), 90.0);
    }

    void figuresNoStatedRateReachesAreUnknown() {
        const Indexed batch(
            designJson({component("users", "client"), component("api", "service"),
                        component("cron", "worker", {{"props", {{"trigger", "hourly"}}}}),
                        component("db", "sql_store")},
                       {connection("e1", "users", "api"), connection("e2", "cron", "db")},
                       Json::object(), {{"peak_read_rps", 50}}));
        QCOMPARE(batch.reads("api"), 50.0);
        QCOMPARE(batch.writes("api"), kUnknown);
        QCOMPARE(batch.reads("db"), kUnknown);
        QCOMPARE(batch.writes("db"), kUnknown);
    }
};

QTEST_GUILESS_MAIN(TestLoad)
#include "tst_load.moc"
