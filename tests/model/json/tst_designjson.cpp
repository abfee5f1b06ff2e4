// Loading and saving the v1 format: round trips of every shared case, the
// canonical output, unknown keys, and one row per kind of bad input, each
// checked for the JSON path (or line and column) its message names.
#include "tst_designjson.h"

#include "model/json/designjson.h"
#include "model/source/savedesign.h"
#include "model/source/designsource.h"
#include "model/validation.h"

#include <fstream>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <random>
#include <sqlite3.h>

using namespace archboard;

namespace {

QString fixture(const QString& name) {
    return QStringLiteral(ARCHBOARD_FIXTURES) + QLatin1Char('/') + name;
}

std::string readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

QStringList messages(const LoadResult& result) {
    QStringList out;
    for (const Problem& p : result.problems)
        out << QString::fromStdString(p.toString());
    return out;
}

// A minimal valid document with the given members spliced into the top level.
std::string doc(const std::string& members) {
    return R"({"format": "archboard", "version": 1)" + (members.empty() ? "" : ", " + members) +
           "}";
}

const std::string kTwoComponents =
    R"("components": [{"id": "a", "kind": "service"}, {"id": "b", "kind": "queue"}])";

} // namespace

void tst_DesignJson::roundTrip_data() {
    QTest::addColumn<QString>("path");
    const QDir cases(fixture(QStringLiteral("cases")));
    const auto files =
        cases.entryList({QStringLiteral("*.archboard.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 13);
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << cases.filePath(file);
}

void tst_DesignJson::roundTrip() {
    QFETCH(QString, path);
    const LoadResult first = source::readDesignFile(path.toStdString());
    QVERIFY2(first.ok(), qPrintable(messages(first).join(QLatin1Char('\n'))));
    const std::string saved = writeDesignJson(*first.design);
    const LoadResult second = readDesignJson(saved);
    QVERIFY2(second.ok(), qPrintable(messages(second).join(QLatin1Char('\n'))));
    QVERIFY(*first.design == *second.design);
    QCOMPARE(writeDesignJson(*second.design), saved);
    QVERIFY(saved.ends_with("}\n"));
    QVERIFY(saved.find('\r') == std::string::npos);
}

void tst_DesignJson::canonicalOutput() {
    // Keys in any order, floats written as integers where integral, props of
    // the kind in the kind's order, severity sorted by rule id.
    const std::string input = R"({"version": 1.0, "components": [
        {"props": {"ttl_s": 60.0, "fallback": true, "eviction": "lru"}, "position": {"y": 2.5, "x": 1e2},
         "kind": "cache", "id": "c", "replicas": 3e0, "name": "Tab\t\"q\" é"}],
      "critique": {"severity": {"z.b": "info", "a.b": "error"}},
      "design": {"requirements": {"availability": 99.95, "dau": 10}},
      "format": "archboard"})";
    const LoadResult result = readDesignJson(input);
    QVERIFY2(result.ok(), qPrintable(messages(result).join(QLatin1Char('\n'))));
    const std::string expected = R"({
  "format": "archboard",
  "version": 1,
  "design": {
    "id": "",
    "title": "",
    "prompt": "",
    "requirements": {
      "dau": 10,
      "availability": 99.95
    }
  },
  "components": [
    {
      "id": "c",
      "kind": "cache",
      "name": "Tab\t\"q\" é",
      "tech": "",
      "justification": "",
      "replicas": 3,
      "zones": 1,
      "position": {
        "x": 100,
        "y": 2.5
      },
      "props": {
        "ttl_s": 60,
        "eviction": "lru",
        "fallback": true
      }
    }
  ],
  "connections": [],
  "groups": [],
  "notes": [],
  "annotations": [],
  "critique": {
    "suppressions": [],
    "severity": {
      "a.b": "error",
      "z.b": "info"
    },
    "disabled": []
  }
}
)";
    QCOMPARE(QString::fromStdString(writeDesignJson(*result.design)),
             QString::fromStdString(expected));
}

void tst_DesignJson::unknownKeysSurvive() {
    const std::string input = doc(R"(
      "design": {"title": "T", "owner": {"team": "x"}, "requirements": {"dau": 1, "peak_qps": 5}},
      "components": [
        {"id": "s", "kind": "service", "zz": 1.0, "props": {"ttl_s": "not read on a service", "autoscaling": true},
         "position": {"x": 1, "y": 2, "z": 3}, "aa": [1, {"b": null}]},
        {"id": "q", "kind": "queue", "props": {"dead_letter": "d", "vendor": {"x": 18446744073709551615}}},
        {"id": "d", "kind": "queue"}],
      "connections": [{"id": "e", "from": "s", "to": "q", "kind": "async", "props": {"jitter": true}, "note": "n"}],
      "groups": [{"id": "g", "kind": "zone", "members": ["s"], "rect": {"x": 0, "y": 0, "w": 1, "h": 1, "r": 4}, "colour": "red"}],
      "notes": [{"id": "n", "text": "t", "pinned": true}],
      "annotations": [{"id": "an", "target": "s", "score": 3}],
      "critique": {"suppressions": [{"rule": "a.b", "target": "s", "reason": "r", "by": "me"}], "profile": "strict"},
      "future": "kept")");
    const LoadResult first = readDesignJson(input);
    QVERIFY2(first.ok(), qPrintable(messages(first).join(QLatin1Char('\n'))));
    const std::string saved = writeDesignJson(*first.design);
    const Json written = Json::parse(saved);
    const Json original = Json::parse(input);
    // Every unknown key comes back with the same value and type, after the known keys.
    QCOMPARE(written["future"], original["future"]);
    QCOMPARE(written.items().begin().key(), std::string("format"));
    QCOMPARE(written.back(), Json("kept"));
    QCOMPARE(written["design"]["owner"], original["design"]["owner"]);
    QCOMPARE(written["design"]["requirements"]["peak_qps"], Json(5));
    const Json& s = written["components"][0];
    QVERIFY(s["zz"].is_number_float());
    QCOMPARE(s["zz"].dump(), std::string("1.0"));
    QCOMPARE(s["aa"], original["components"][0]["aa"]);
    QCOMPARE(s["position"]["z"], Json(3));
    QCOMPARE(s["props"]["ttl_s"], Json("not read on a service"));
    QCOMPARE(s["props"].items().begin().key(), std::string("autoscaling"));
    QCOMPARE(written["components"][1]["props"]["vendor"]["x"].dump(),
             std::string("18446744073709551615"));
    QCOMPARE(written["connections"][0]["props"]["jitter"], Json(true));
    QCOMPARE(written["connections"][0]["note"], Json("n"));
    QCOMPARE(written["groups"][0]["rect"]["r"], Json(4));
    QCOMPARE(written["groups"][0]["colour"], Json("red"));
    QCOMPARE(written["notes"][0]["pinned"], Json(true));
    QCOMPARE(written["annotations"][0]["score"], Json(3));
    QCOMPARE(written["critique"]["suppressions"][0]["by"], Json("me"));
    QCOMPARE(written["critique"]["profile"], Json("strict"));
    // An unknown prop is never interpreted.
    QVERIFY(!first.design->components[0].props.ttlS.has_value());
    // Unknown keys come after the known ones, in the order read.
    std::vector<std::string> keys;
    for (auto it = s.begin(); it != s.end(); ++it)
        keys.push_back(it.key());
    QCOMPARE(keys,
             (std::vector<std::string>{"id", "kind", "name", "tech", "justification", "replicas",
                                       "zones", "position", "props", "zz", "aa"}));
    // And a second round trip changes nothing.
    const LoadResult second = readDesignJson(saved);
    QVERIFY(second.ok());
    QCOMPARE(writeDesignJson(*second.design), saved);
}

void tst_DesignJson::readerAcceptsAnyLayout() {
    const std::string bom = "\xEF\xBB\xBF";
    const std::string crlf = "{\r\n\"version\":1,\r\n  \"format\" :\t\"archboard\"\r\n}\r\n";
    const LoadResult result = readDesignJson(bom + crlf);
    QVERIFY2(result.ok(), qPrintable(messages(result).join(QLatin1Char('\n'))));
}

void tst_DesignJson::integersMayBeWrittenAsFloats() {
    const LoadResult result = readDesignJson(doc(
        R"("components": [{"id": "a", "kind": "stream", "replicas": 3.0, "zones": 2e0, "props": {"partitions": 1.2e1}}])"));
    QVERIFY2(result.ok(), qPrintable(messages(result).join(QLatin1Char('\n'))));
    QCOMPARE(result.design->components[0].replicas, 3);
    QCOMPARE(result.design->components[0].zones, 2);
    QCOMPARE(*result.design->components[0].props.partitions, 12);
}

void tst_DesignJson::elementLines() {
    const LoadResult result = readDesignJson(
        "{\"format\": \"archboard\", \"version\": 1,\n\"components\": [\n"
        "  {\"id\": \"a\", \"kind\": \"client\"},\n\n  {\"id\": \"b\", \"kind\": \"service\"}\n],\n"
        "\"connections\": [{\"id\": \"e\", \"from\": \"a\", \"to\": \"b\", \"kind\": \"sync\"}]}");
    QVERIFY(result.ok());
    QCOMPARE(result.elementLines.at("a"), 3);
    QCOMPARE(result.elementLines.at("b"), 5);
    QCOMPARE(result.elementLines.at("e"), 7);
}

void tst_DesignJson::invalid_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // a whole message, `WHERE: WHAT`

    auto row = [](const char* name, const std::string& bytes, const char* expected) {
        QTest::newRow(name) << QByteArray::fromStdString(bytes) << QString::fromUtf8(expected);
    };
    // The file as a whole.
    row("empty", "", "file is empty");
    row("top-level-array", "[1, 2]", "the top level is not a JSON object");
    row("top-level-string", "\"archboard\"", "the top level is not a JSON object");
    row("utf16-bom", "\xFF\xFE{\0\"\0", "file is not UTF-8 (UTF-16 and UTF-32 are not supported)");
    // The bytes: line and column, 1-based, the column in bytes.
    row("not-json", "hello",
        "line 1, column 1: not valid JSON: syntax error while parsing value - invalid literal");
    row("nan", "{\"format\": \"archboard\",\n \"version\": NaN}",
        "line 2, column 13: not valid JSON: syntax error while parsing value - invalid literal");
    row("infinity", "{\"x\": Infinity}",
        "line 1, column 7: not valid JSON: syntax error while parsing value - invalid literal");
    row("trailing-comma", "{\"format\": \"archboard\",}",
        "line 1, column 24: not valid JSON: syntax error while parsing object key - unexpected "
        "'}'; expected string literal");
    row("truncated", "{\"format\": \"archboard\"",
        "line 1, column 23: not valid JSON: syntax error while parsing object - unexpected end of "
        "input; expected '}'");
    row("two-values", "{} {}",
        "line 1, column 4: not valid JSON: syntax error while parsing value - unexpected '{'; "
        "expected end of input");
    row("invalid-utf8", "{\"a\": \"caf\xC3\x28\"}", "line 1, column 11: invalid UTF-8");
    row("invalid-utf8-line-3", "{\n\"format\": \"archboard\",\n  \"t\": \"\xED\xA0\x80\"}",
        "line 3, column 9: invalid UTF-8");
    row("lone-surrogate-escape", "{\"a\": \"\\ud800\"}",
        "line 1, column 14: invalid \\u escape: unpaired surrogate");
    row("raw-control-char", "{\"a\": \"x\ny\"}",
        "line 1, column 9: control character in a string must be escaped");
    // Format and version.
    row("missing-format", R"({"version": 1})", "format: missing");
    row("wrong-format", R"({"format": "drawio", "version": 1})",
        "format: expected \"archboard\", got \"drawio\"");
    row("missing-version", R"({"format": "archboard"})", "version: missing");
    row("newer-version", R"({"format": "archboard", "version": 2, "components": 7})",
        "version: 2 is newer than this Archboard reads (1)");
    row("version-string", R"({"format": "archboard", "version": "1"})",
        "version: expected an integer, got a string");
    row("version-zero", R"({"format": "archboard", "version": 0})",
        "version: 0 is not a version of this format (1 is the first)");
    // Wrong types.
    row("components-not-array", doc(R"("components": {})"),
        "components: expected an array, got an object");
    row("component-not-object", doc(R"("components": [3])"),
        "components[0]: expected an object, got a number");
    row("name-number", doc(R"("components": [{"id": "a", "kind": "client", "name": 5}])"),
        "components[0].name: expected a string, got a number");
    row("null-title", doc(R"("design": {"title": null})"),
        "design.title: expected a string, got null");
    row("replicas-string", doc(R"("components": [{"id": "a", "kind": "client", "replicas": "3"}])"),
        "components[0].replicas: expected an integer, got a string");
    row("replicas-fraction",
        doc(R"("components": [{"id": "a", "kind": "client", "replicas": 2.5}])"),
        "components[0].replicas: expected an integer, got 2.5");
    row("bool-as-number",
        doc(R"("components": [{"id": "a", "kind": "service", "props": {"autoscaling": 1}}])"),
        "components[0].props.autoscaling: expected true or false, got a number");
    row("position-missing-y", doc(R"("notes": [{"id": "n", "position": {"x": 1}}])"),
        "notes[0].position.y: missing");
    row("rect-not-object", doc(R"("groups": [{"id": "g", "kind": "zone", "rect": [0, 0, 1, 1]}])"),
        "groups[0].rect: expected an object, got an array");
    row("resolved-string", doc(R"("annotations": [{"id": "n", "resolved": "no"}])"),
        "annotations[0].resolved: expected true or false, got a string");
    row("dead-letter-number",
        doc(R"("components": [{"id": "q", "kind": "queue", "props": {"dead_letter": 1}}])"),
        "components[0].props.dead_letter: expected true, false or the id of a queue or stream, got "
        "a number");
    // Enums.
    row("unknown-kind", doc(R"("components": [{"id": "a", "kind": "Service"}])"),
        "components[0].kind: \"Service\" is not one of client, dns, cdn, load_balancer, "
        "api_gateway, rate_limiter, service, worker, queue, stream, cache, sql_store, nosql_store, "
        "object_store, search_index, identity, secrets, observability, processor, model_serving, "
        "coordination or external");
    row("connection-kind",
        doc(kTwoComponents +
            R"(, "connections": [{"id": "e", "from": "a", "to": "b", "kind": "rpc"}])"),
        "connections[0].kind: \"rpc\" is not one of sync, async, replication or telemetry");
    row("consistency", doc(R"("design": {"requirements": {"consistency": "linearizable"}})"),
        "design.requirements.consistency: \"linearizable\" is not one of strong, bounded, session, "
        "prefix or eventual");
    row("signal",
        doc(R"("components": [{"id": "o", "kind": "observability", "props": {"signals": ["metrics", "profiles"]}}])"),
        "components[0].props.signals[1]: \"profiles\" is not one of metrics, logs, traces or "
        "alerts");
    row("signal-twice",
        doc(R"("components": [{"id": "o", "kind": "observability", "props": {"signals": ["logs", "logs"]}}])"),
        "components[0].props.signals[1]: \"logs\" is already listed at "
        "components[0].props.signals[0]");
    row("severity-value", doc(R"("critique": {"severity": {"observe.no-tracing": "fatal"}})"),
        "critique.severity[\"observe.no-tracing\"]: \"fatal\" is not one of error, warning or "
        "info");
    // Ids.
    row("missing-id", doc(R"("components": [{"id": "a", "kind": "client"}, {"kind": "client"}])"),
        "components[1].id: missing");
    row("missing-kind", doc(R"("components": [{"id": "a"}])"), "components[0].kind: missing");
    row("id-with-space", doc(R"("components": [{"id": "my db", "kind": "client"}])"),
        "components[0].id: \"my db\" is not a valid id (1 to 64 characters of A-Z, a-z, 0-9, _, . "
        "and -)");
    row("id-too-long", doc(R"("notes": [{"id": ")" + std::string(65, 'x') + R"("}])"),
        "notes[0].id: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" is not "
        "a valid id (1 to 64 characters of A-Z, a-z, 0-9, _, . and -)");
    row("duplicate-id",
        doc(R"("components": [{"id": "a", "kind": "client"}, {"id": "a", "kind": "service"}])"),
        "components[1].id: \"a\" is already used by components[0]");
    row("duplicate-id-across-arrays", doc(kTwoComponents + R"(, "notes": [{"id": "b"}])"),
        "notes[0].id: \"b\" is already used by components[1]");
    // References.
    row("dangling-to",
        doc(kTwoComponents +
            R"(, "connections": [{"id": "e", "from": "a", "to": "zz", "kind": "sync"}])"),
        "connections[0].to: no component \"zz\"");
    row("from-is-a-note",
        doc(kTwoComponents +
            R"(, "notes": [{"id": "n"}], "connections": [{"id": "e", "from": "n", "to": "a", "kind": "sync"}])"),
        "connections[0].from: no component \"n\"");
    row("self-loop",
        doc(kTwoComponents +
            R"(, "connections": [{"id": "e", "from": "a", "to": "a", "kind": "sync"}])"),
        "connections[0].to: \"a\" is also the connection's from; a connection joins two different "
        "components");
    row("missing-to",
        doc(kTwoComponents + R"(, "connections": [{"id": "e", "from": "a", "kind": "sync"}])"),
        "connections[0].to: missing");
    row("dangling-member",
        doc(kTwoComponents +
            R"(, "groups": [{"id": "g", "kind": "boundary", "members": ["a", "x"]}])"),
        "groups[0].members[1]: no component \"x\"");
    row("member-twice",
        doc(kTwoComponents +
            R"(, "groups": [{"id": "g", "kind": "boundary", "members": ["a", "a"]}])"),
        "groups[0].members[1]: \"a\" is already listed at groups[0].members[0]");
    row("two-regions",
        doc(kTwoComponents +
            R"(, "groups": [{"id": "r1", "kind": "region", "members": ["a"]}, {"id": "r2", "kind": "region", "members": ["b", "a"]}])"),
        "groups[1].members[1]: \"a\" is already in region group \"r1\"; a component is in at most "
        "one region");
    row("dead-letter-not-queue",
        doc(R"("components": [{"id": "q", "kind": "queue", "props": {"dead_letter": "a2"}}, {"id": "a2", "kind": "service"}])"),
        "components[0].props.dead_letter: no queue or stream \"a2\"");
    row("annotation-target", doc(R"("annotations": [{"id": "n", "target": "ghost"}])"),
        "annotations[0].target: no component, connection or group \"ghost\"");
    row("reply-to-later", doc(R"("annotations": [{"id": "n1", "reply_to": "n2"}, {"id": "n2"}])"),
        "annotations[0].reply_to: no earlier annotation \"n2\"");
    row("reply-other-target",
        doc(kTwoComponents +
            R"(, "annotations": [{"id": "n1", "target": "a"}, {"id": "n2", "target": "b", "reply_to": "n1"}])"),
        "annotations[1].target: a reply has the target of the annotation it answers: \"a\", not "
        "\"b\"");
    row("suppression-target",
        doc(R"("critique": {"suppressions": [{"rule": "spof.single-instance", "target": "db", "reason": "managed"}]})"),
        "critique.suppressions[0].target: no component, connection or group \"db\"");
    // Values out of range.
    row("zero-replicas", doc(R"("components": [{"id": "a", "kind": "client", "replicas": 0}])"),
        "components[0].replicas: must be at least 1, got 0");
    row("too-many-zones", doc(R"("components": [{"id": "a", "kind": "client", "zones": 1000001}])"),
        "components[0].zones: must be at most 1000000, got 1000001");
    row("availability-over-100", doc(R"("design": {"requirements": {"availability": 100.5}})"),
        "design.requirements.availability: must be at most 100, got 100.5");
    row("negative-rps", doc(R"("design": {"requirements": {"peak_read_rps": -1}})"),
        "design.requirements.peak_read_rps: must be at least 0, got -1");
    row("zero-timeout",
        doc(kTwoComponents +
            R"(, "connections": [{"id": "e", "from": "a", "to": "b", "kind": "sync", "props": {"timeout_ms": 0}}])"),
        "connections[0].props.timeout_ms: must be greater than 0, got 0");
    row("coordinate-too-far", doc(R"("notes": [{"id": "n", "position": {"x": 1e10, "y": 0}}])"),
        "notes[0].position.x: must be at most 1000000000, got 10000000000");
    row("negative-width",
        doc(R"("groups": [{"id": "g", "kind": "zone", "rect": {"x": 0, "y": 0, "w": -5, "h": 1}}])"),
        "groups[0].rect.w: must be at least 0, got -5");
    row("dau-too-large", doc(R"("design": {"requirements": {"dau": 1e16}})"),
        "design.requirements.dau: must be at most 1000000000000000, got 1e+16");
    // Numbers that overflow a double are named by their path.
    row("overflow-known", doc(R"("design": {"requirements": {"peak_write_rps": 1e999}})"),
        "design.requirements.peak_write_rps: 1e999 is too large for a number");
    row("overflow-unknown", doc(R"("extra": {"list": [0, -2E+400]})"),
        "extra.list[1]: -2E+400 is too large for a number");
    row("overflow-in-array-element",
        doc(R"("components": [{"id": "a", "kind": "client"}, {"id": "b", "kind": "client", "position": {"x": 1e999, "y": 0}}])"),
        "components[1].position.x: 1e999 is too large for a number");
    // Repeated keys, and keys that need quoting in a path.
    row("repeated-key",
        doc(R"("components": [{"id": "a", "kind": "client", "name": "x", "name": "y"}])"),
        "components[0].name: repeated key");
    row("repeated-top-level", doc(R"("design": {}, "design": {})"), "design: repeated key");
    row("rule-id-quoted-path", doc(R"("critique": {"severity": {"Observe.Tracing": "info"}})"),
        "critique.severity[\"Observe.Tracing\"]: \"Observe.Tracing\" is not a rule id "
        "(category.name, each of a-z, 0-9 and -)");
    // Critique settings.
    row("blank-reason", doc(R"("critique": {"suppressions": [{"rule": "a.b", "reason": "  \t"}]})"),
        "critique.suppressions[0].reason: must say why the finding is accepted (it is empty)");
    row("missing-rule", doc(R"("critique": {"suppressions": [{"reason": "ok"}]})"),
        "critique.suppressions[0].rule: missing");
    row("duplicate-suppression",
        doc(R"("critique": {"suppressions": [{"rule": "a.b", "reason": "x"}, {"rule": "a.b", "reason": "y"}]})"),
        "critique.suppressions[1]: repeats the suppression of \"a.b\" for the whole design at "
        "critique.suppressions[0]");
    row("disabled-twice", doc(R"("critique": {"disabled": ["a.b", "a.b"]})"),
        "critique.disabled[1]: \"a.b\" is already listed at critique.disabled[0]");
    row("disabled-not-rule-id", doc(R"("critique": {"disabled": ["spof"]})"),
        "critique.disabled[0]: \"spof\" is not a rule id (category.name, each of a-z, 0-9 and -)");
    row("created-not-rfc3339",
        doc(R"("annotations": [{"id": "n", "created": "2026-11-22 10:00"}])"),
        "annotations[0].created: \"2026-11-22 10:00\" is not an RFC 3339 date-time such as "
        "\"2026-11-22T10:00:00Z\"");
    row("created-bad-month",
        doc(R"("annotations": [{"id": "n", "created": "2026-13-01T00:00:00Z"}])"),
        "annotations[0].created: \"2026-13-01T00:00:00Z\" is not an RFC 3339 date-time such as "
        "\"2026-11-22T10:00:00Z\"");
}

void tst_DesignJson::invalid() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const LoadResult result =
        readDesignJson(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    QVERIFY(!result.ok());
    const QStringList got = messages(result);
    QVERIFY2(got.contains(expected),
             qPrintable(QStringLiteral("expected: ") + expected + QStringLiteral("\ngot:\n") +
                        got.join(QLatin1Char('\n'))));
}

void tst_DesignJson::formatAndVersionAreTheOnlyMessage_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("newer") << QByteArray(
        R"({"format": "archboard", "version": 3, "components": [{"id": "!"}], "x": 1, "x": 2})");
    QTest::newRow("other-format") << QByteArray(
        R"({"format": "excalidraw", "version": 1, "components": 5})");
}

void tst_DesignJson::formatAndVersionAreTheOnlyMessage() {
    QFETCH(QByteArray, bytes);
    const LoadResult result = readDesignJson(bytes.toStdString());
    QCOMPARE(result.problems.size(), std::size_t(1));
}

void tst_DesignJson::everyProblemIsReported() {
    const std::string input =
        doc(R"("components": [{"id": "a", "kind": "client", "replicas": 0}, )"
            R"({"id": "a", "kind": "nope"}], )"
            R"("connections": [{"id": "e", "from": "a", "to": "q", "kind": "sync"}])");
    const QStringList got = messages(readDesignJson(input));
    QCOMPARE(got,
             (QStringList{
                 QStringLiteral("components[0].replicas: must be at least 1, got 0"),
                 QStringLiteral(
                     "components[1].kind: \"nope\" is not one of client, dns, cdn, load_balancer, "
                     "api_gateway, rate_limiter, service, worker, queue, stream, cache, sql_store, "
                     "nosql_store, object_store, search_index, identity, secrets, observability, "
                     "processor, model_serving, coordination or external"),
                 QStringLiteral("components[1].id: \"a\" is already used by components[0]"),
                 QStringLiteral("connections[0].to: no component \"q\"")}));
    // The same input always gives the same messages in the same order.
    QCOMPARE(messages(readDesignJson(input)), got);
}

void tst_DesignJson::problemsAreCappedAt100() {
    std::string components;
    for (int i = 0; i < 150; ++i)
        components += std::string(i ? "," : "") + R"({"id": "c)" + std::to_string(i) +
                      R"(", "kind": "client", "replicas": 0})";
    const LoadResult result = readDesignJson(doc(R"("components": [)" + components + "]"));
    QCOMPARE(result.problems.size(), std::size_t(101));
    QCOMPARE(QString::fromStdString(result.problems.back().toString()),
             QStringLiteral("stopped after 100 problems (50 more not shown)"));
}

void tst_DesignJson::nestingLimit() {
    // The top-level object is level 1: 63 nested arrays inside it reach 64.
    auto nested = [](int arrays) {
        return doc(R"("deep": )" + std::string(static_cast<std::size_t>(arrays), '[') +
                   std::string(static_cast<std::size_t>(arrays), ']'));
    };
    QVERIFY(readDesignJson(nested(63)).ok());
    const LoadResult tooDeep = readDesignJson(nested(64));
    QCOMPARE(messages(tooDeep),
             QStringList{QStringLiteral("line 1, column 110: nesting is deeper than 64 levels")});
    // Far deeper input is refused just as quickly, without recursion.
    const std::string abyss(1'000'000, '[');
    QCOMPARE(messages(readDesignJson(abyss)),
             QStringList{QStringLiteral("the top level is not a JSON object")});
    QVERIFY(!readDesignJson("{\"a\":" + abyss).ok());
}

void tst_DesignJson::stringLimit() {
    const std::string atLimit(65'536, 'x');
    QVERIFY(readDesignJson(doc(R"("design": {"prompt": ")" + atLimit + "\"}")).ok());
    const LoadResult over = readDesignJson(doc(R"("design": {"prompt": ")" + atLimit + "y\"}"));
    QCOMPARE(messages(over),
             QStringList{QStringLiteral("design.prompt: string is longer than 65536 bytes")});
    // Limits count bytes after unescaping: 32,769 two-byte characters are too many.
    std::string wide;
    for (int i = 0; i < 32'769; ++i)
        wide += "\\u00e9";
    QCOMPARE(messages(readDesignJson(doc(R"("design": {"title": ")" + wide + "\"}"))),
             QStringList{QStringLiteral("design.title: string is longer than 65536 bytes")});
}

void tst_DesignJson::componentLimit() {
    std::string components;
    components.reserve(200'001 * 32);
    for (int i = 0; i <= 200'000; ++i)
        components +=
            std::string(i ? "," : "") + R"({"id":"c)" + std::to_string(i) + R"(","kind":"client"})";
    const LoadResult result = readDesignJson(doc(R"("components": [)" + components + "]"));
    QCOMPARE(messages(result),
             QStringList{QStringLiteral(
                 "components: has more than 200000 elements, the most a design may have")});
}

void tst_DesignJson::fileSizeCheckedBeforeReading() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.archboard.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(268'435'457))); // sparse: nothing is written or read
    file.close();
    const LoadResult result = source::readDesignFile(path.toStdString());
    QCOMPARE(
        messages(result),
        QStringList{QStringLiteral(
            "file is too large: 268435457 bytes; designs are at most 256 MiB (268435456 bytes)")});
}

void tst_DesignJson::unreadableFiles() {
    QTemporaryDir dir;
    QCOMPARE(messages(source::readDesignFile(
                 dir.filePath(QStringLiteral("missing.json")).toStdString())),
             QStringList{QStringLiteral("cannot open: No such file or directory")});
    QCOMPARE(messages(source::readDesignFile(dir.path().toStdString())),
             QStringList{QStringLiteral("cannot open: is a directory")});
}

void tst_DesignJson::sqliteFileThatIsNotADocument() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.archboard"));
    // A real SQLite database whose application_id is not Archboard's.
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "PRAGMA application_id = 42; CREATE TABLE t(x);", nullptr, nullptr,
                          nullptr),
             SQLITE_OK);
    sqlite3_close(db);
    QCOMPARE(messages(source::readDesignFile(path.toStdString())),
             QStringList{QStringLiteral("not an Archboard document")});
}

void tst_DesignJson::saveIsAtomic() {
    QTemporaryDir dir;
    const LoadResult loaded = source::readDesignFile(
        fixture(QStringLiteral("cases/url-shortener-solid.archboard.json")).toStdString());
    QVERIFY(loaded.ok());
    const std::string path = dir.filePath(QStringLiteral("out.archboard.json")).toStdString();
    QCOMPARE(saveDesignFile(*loaded.design, path), std::string());
    QCOMPARE(readAll(QString::fromStdString(path)), writeDesignJson(*loaded.design));
    // A failed save leaves the target as it was and no temporary file behind.
    const std::string missingDir =
        dir.filePath(QStringLiteral("no/such/dir/out.json")).toStdString();
    QVERIFY(!saveDesignFile(*loaded.design, missingDir).empty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("out.archboard.json")});
}

void tst_DesignJson::garbageNeverCrashes() {
    // Every prefix of a real design, and random bytes: each is refused (or,
    // rarely, accepted) with messages, never a crash or a hang.
    const std::string valid =
        readAll(fixture(QStringLiteral("cases/ticket-booking-two-regions.archboard.json")));
    QVERIFY(!valid.empty());
    for (std::size_t cut = 0; cut < valid.size(); cut += 13) {
        const LoadResult result = readDesignJson(std::string_view(valid).substr(0, cut));
        QVERIFY(!result.ok());
        QVERIFY(!result.problems.empty());
    }
    std::mt19937 random(12345);
    for (int round = 0; round < 300; ++round) {
        std::string mutated = valid;
        for (int flips = 0; flips < 4; ++flips)
            mutated[random() % mutated.size()] = static_cast<char>(random() % 256);
        const LoadResult result = readDesignJson(mutated);
        QVERIFY(result.ok() || !result.problems.empty());
    }
}

QTEST_APPLESS_MAIN(tst_DesignJson)
