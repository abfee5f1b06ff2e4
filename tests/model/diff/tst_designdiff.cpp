// The semantic diff of cli.md: what the CLI's `diff` and the app's history
// view show.
#include "model/diff/designdiff.h"
#include "model/json/designjson.h"
#include "support/storetestsupport.h"

#include <QTest>

using namespace archboard;
using storetest::loadCase;

namespace {

DesignData fromJson(const char* text) {
    const LoadResult result = readDesignJson(text);
    return result.ok() ? *result.design : DesignData{};
}

QString textOf(const DesignData& a, const DesignData& b) {
    return QString::fromStdString(diffToText(diffDesigns(a, b), a, b));
}

const char* const kBase = R"({"format": "archboard", "version": 1,
  "design": {"title": "Chat", "requirements": {"dau": 1000}},
  "components": [
    {"id": "api", "kind": "service", "name": "API", "replicas": 2, "x-owner": "team a"},
    {"id": "db", "kind": "sql_store", "name": "Messages DB"},
    {"id": "q", "kind": "queue"}
  ],
  "connections": [{"id": "e7", "from": "api", "to": "db", "kind": "sync",
                   "props": {"timeout_ms": 800}}],
  "notes": [{"id": "n1", "text": "hello"}]
})";

const char* const kOurs = R"({"format": "archboard", "version": 1,
  "design": {"title": "Chat service", "requirements": {"peak_read_rps": 10}},
  "components": [
    {"id": "api", "kind": "service", "name": "API", "replicas": 6, "x-team": "b"},
    {"id": "db", "kind": "sql_store", "name": "Messages DB"},
    {"id": "cache", "kind": "cache", "name": "Hot messages"},
    {"id": "n1", "kind": "worker"}
  ],
  "critique": {"disabled": ["observe.no-tracing"]}
})";

} // namespace

class tst_DesignDiff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void equalDesignsHaveNoDifferences();
    void textListsEveryDifferenceInOrder();
    void jsonHasTheContractShape();
    void reorderIsADifferenceWithoutLines();
    void valuesAreComparedAsWritten();
};

void tst_DesignDiff::equalDesignsHaveNoDifferences() {
    const DesignData design = loadCase(QStringLiteral("checkout-flash-sale"));
    QVERIFY(diffDesigns(design, design).empty());
    QVERIFY(designsEqual(design, design));
    QCOMPARE(textOf(design, design), QString());
}

void tst_DesignDiff::textListsEveryDifferenceInOrder() {
    const DesignData a = fromJson(kBase);
    const DesignData b = fromJson(kOurs);
    QVERIFY(!a.components.empty() && !b.components.empty());
    // Design fields first, in written order; then added, removed and changed,
    // each by type and then id; an id that moved arrays is removed and added.
    QCOMPARE(textOf(a, b),
             QStringLiteral("~ design design.title: \"Chat\" -> \"Chat service\"\n"
                            "~ design design.requirements.dau: 1000 -> (absent)\n"
                            "~ design design.requirements.peak_read_rps: (absent) -> 10\n"
                            "~ design critique.disabled: [] -> [\"observe.no-tracing\"]\n"
                            "+ component \"Hot messages\"\n"
                            "+ component \"n1\"\n"
                            "- component \"q\"\n"
                            "- connection \"API \u2192 Messages DB\"\n"
                            "- note \"n1\"\n"
                            "~ component \"API\" replicas: 2 -> 6\n"
                            "~ component \"API\" [\"x-owner\"]: \"team a\" -> (absent)\n"
                            "~ component \"API\" [\"x-team\"]: (absent) -> \"b\"\n"));
    QVERIFY(!designsEqual(a, b));
}

void tst_DesignDiff::jsonHasTheContractShape() {
    const DesignDiff diff = diffDesigns(fromJson(kBase), fromJson(kOurs));
    const Json json = diffToJson(diff, "base.json", "ours.json");
    QVERIFY(json.dump().starts_with(
        R"({"a":"base.json","b":"ours.json","design":[{"path":"design.title","a":"Chat","b":)"));
    QCOMPARE(json.size(), std::size_t(6));
    QCOMPARE(std::next(json.begin(), 5).key(), std::string("changed"));
    // A side where the field is absent has no key.
    QCOMPARE(json["design"][1].dump(),
             std::string(R"({"path":"design.requirements.dau","a":1000})"));
    QCOMPARE(json["added"][0]["type"].dump(), Json("component").dump());
    QCOMPARE(json["added"][0]["id"].dump(), Json("cache").dump());
    QCOMPARE(json["added"][0]["value"]["name"].dump(), Json("Hot messages").dump());
    QCOMPARE(json["added"][0]["value"]["replicas"].dump(),
             Json(1).dump()); // as written: defaults included
    QCOMPARE(json["removed"][1]["value"]["props"].dump(), std::string(R"({"timeout_ms":800})"));
    QCOMPARE(json["changed"][0].dump(), std::string(R"({"type":"component","id":"api","fields":[)"
                                                    R"({"path":"replicas","a":2,"b":6},)"
                                                    R"({"path":"[\"x-owner\"]","a":"team a"},)"
                                                    R"({"path":"[\"x-team\"]","b":"b"}]})"));
}

void tst_DesignDiff::reorderIsADifferenceWithoutLines() {
    DesignData a = loadCase(QStringLiteral("url-shortener-solid"));
    DesignData b = a;
    std::swap(b.components[0], b.components[1]);
    QVERIFY(diffDesigns(a, b).empty());
    QVERIFY(!designsEqual(a, b));
}

void tst_DesignDiff::valuesAreComparedAsWritten() {
    // Keys other than [A-Za-z0-9_] are quoted as in every path of the
    // format. Unknown values keep their number type: 1 and 1.0 are written differently.
    const DesignData a = fromJson(R"({"format": "archboard", "version": 1,
        "components": [{"id": "a", "kind": "client", "x-weight": 1,
                        "position": {"x": 1, "y": 2.5}}]})");
    const DesignData b = fromJson(R"({"format": "archboard", "version": 1,
        "components": [{"id": "a", "kind": "client", "x-weight": 1.0,
                        "position": {"x": 1.0, "y": 2.5}, "name": "Ünïcode"}]})");
    QCOMPARE(textOf(a, b), QStringLiteral("~ component \"Ünïcode\" name: \"\" -> \"Ünïcode\"\n"
                                          "~ component \"Ünïcode\" [\"x-weight\"]: 1 -> 1.0\n"));
}

QTEST_GUILESS_MAIN(tst_DesignDiff)
#include "tst_designdiff.moc"
