// Copy and paste on the model alone: what a copy keeps, and how a paste
// renumbers ids so the pasted elements fit the design they land in.
#include "model/design.h"
#include "model/edit/designfragment.h"
#include "support/designbuilders.h"

#include <QtTest>
#include <unordered_set>

using namespace archboard;

namespace {

using testing::component;
using testing::connection;

// q -> w -> s, q's dead letters go to dlq, a region around q and w, a note.
DesignData sample() {
    DesignData d;
    // The dead-letter queue first: a reference must resolve when it is added.
    d.components = {component("dlq", 0, 200), component("q", 0, 0), component("w", 200, 0),
                    component("s", 400, 0)};
    d.components[0].kind = ComponentKind::Queue;
    d.components[1].kind = ComponentKind::Queue;
    d.components[1].props.deadLetter = DeadLetter(ElementId("dlq"));
    d.connections = {connection("qw", "q", "w"), connection("ws", "w", "s")};
    d.groups = {testing::eastRegion({"q", "w"})};
    d.notes = {testing::note(0, 400)};
    return d;
}

QStringList names(std::initializer_list<const char*> ids) {
    QStringList out;
    for (const char* id : ids)
        out.append(QString::fromLatin1(id));
    return out;
}

QStringList idsOf(const std::vector<AnyElement>& elements) {
    QStringList ids;
    for (const AnyElement& e : elements)
        ids.append(QString::fromStdString(elementIdOf(e)));
    return ids;
}

QStringList strings(const std::vector<ElementId>& ids) {
    QStringList out;
    for (const ElementId& id : ids)
        out.append(QString::fromStdString(id));
    return out;
}

template <typename T> std::vector<T> only(const std::vector<AnyElement>& elements) {
    std::vector<T> out;
    for (const AnyElement& e : elements)
        if (const auto* t = std::get_if<T>(&e))
            out.push_back(*t);
    return out;
}

// The dead-letter target's id; empty when there is none.
QString deadLetterOf(const Component& c) {
    if (c.props.deadLetter && std::holds_alternative<ElementId>(*c.props.deadLetter))
        return QString::fromStdString(std::get<ElementId>(*c.props.deadLetter));
    return {};
}

} // namespace

class tst_DesignFragment : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void copyKeepsWhatWasChosen_data();
    void copyKeepsWhatWasChosen();
    void copyTrimsGroupMembers();
    void copyDropsDanglingDeadLetters();
    void pasteIntoEmptyDesignKeepsIds();
    void pasteRenumbersClashingIds();
    void pasteKeepsReferencesInsideTheFragment();
    void pasteDropsConnectionsLeavingTheFragment();
    void pasteNeverReusesAnIdItJustGave();
    void pasteMovesByTheOffset();
    void pastedElementsFitTheDesign();
};

void tst_DesignFragment::copyKeepsWhatWasChosen_data() {
    QTest::addColumn<QStringList>("chosen");
    QTest::addColumn<QStringList>("components");
    QTest::addColumn<QStringList>("connections");
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("notes");
    QTest::newRow("nothing") << names({}) << names({}) << names({}) << 0 << 0;
    QTest::newRow("one-card") << names({"q"}) << names({"q"}) << names({}) << 0 << 0;
    QTest::newRow("two-cards-and-their-connection")
        << names({"w", "q"}) << names({"q", "w"}) << names({"qw"}) << 0 << 0;
    QTest::newRow("connection-alone-goes-nowhere")
        << names({"qw"}) << names({}) << names({}) << 0 << 0;
    QTest::newRow("everything") << names({"q", "w", "s", "dlq", "qw", "ws", "g", "n"})
                                << names({"dlq", "q", "w", "s"}) << names({"qw", "ws"}) << 1 << 1;
    QTest::newRow("group-and-note") << names({"g", "n"}) << names({}) << names({}) << 1 << 1;
    QTest::newRow("unknown-id") << names({"nope"}) << names({}) << names({}) << 0 << 0;
}

void tst_DesignFragment::copyKeepsWhatWasChosen() {
    QFETCH(QStringList, chosen);
    QFETCH(QStringList, components);
    QFETCH(QStringList, connections);
    QFETCH(int, groups);
    QFETCH(int, notes);
    const Design design(sample());
    std::vector<ElementId> ids;
    for (const QString& id : chosen)
        ids.push_back(id.toStdString());
    const DesignData fragment = copyFragment(design, ids);
    QStringList copied;
    for (const Component& c : fragment.components)
        copied.append(QString::fromStdString(c.id));
    QCOMPARE(copied, components); // in design order
    copied.clear();
    for (const Connection& c : fragment.connections)
        copied.append(QString::fromStdString(c.id));
    QCOMPARE(copied, connections);
    QCOMPARE(int(fragment.groups.size()), groups);
    QCOMPARE(int(fragment.notes.size()), notes);
    QVERIFY(fragment.annotations.empty());
}

void tst_DesignFragment::copyTrimsGroupMembers() {
    const Design design(sample());
    const std::vector<ElementId> chosen{"g", "q"};
    const DesignData fragment = copyFragment(design, chosen);
    QCOMPARE(fragment.groups.size(), std::size_t(1));
    QCOMPARE(strings(fragment.groups.front().members), names({"q"}));
    // The design itself keeps its members.
    QCOMPARE(strings(design.group("g")->members), names({"q", "w"}));
}

void tst_DesignFragment::copyDropsDanglingDeadLetters() {
    const Design design(sample());
    const std::vector<ElementId> alone{"q"};
    QVERIFY(!copyFragment(design, alone).components.front().props.deadLetter);
    const std::vector<ElementId> together{"q", "dlq"};
    QCOMPARE(deadLetterOf(copyFragment(design, together).components.back()), QStringLiteral("dlq"));
    QCOMPARE(deadLetterOf(*design.component("q")), QStringLiteral("dlq"));
}

void tst_DesignFragment::pasteIntoEmptyDesignKeepsIds() {
    const Design source(sample());
    const std::vector<ElementId> all{"q", "w", "s", "dlq", "g", "n"};
    const DesignData fragment = copyFragment(source, all);
    const Design empty;
    const auto elements = pasteFragment(empty, fragment, 0, 0);
    // Components, groups, notes, then connections.
    QCOMPARE(idsOf(elements), names({"dlq", "q", "w", "s", "g", "n", "qw", "ws"}));
}

void tst_DesignFragment::pasteRenumbersClashingIds() {
    const Design design(sample());
    const std::vector<ElementId> all{"q", "w", "s", "dlq", "g", "n"};
    const auto elements = pasteFragment(design, copyFragment(design, all), 0, 0);
    QCOMPARE(idsOf(elements), names({"dlq-2", "q-2", "w-2", "s-2", "g-2", "n-2", "qw-2", "ws-2"}));
}

void tst_DesignFragment::pasteKeepsReferencesInsideTheFragment() {
    const Design design(sample());
    const std::vector<ElementId> chosen{"q", "w", "dlq", "g"};
    const auto elements = pasteFragment(design, copyFragment(design, chosen), 0, 0);
    const auto components = only<Component>(elements);
    QCOMPARE(components.size(), std::size_t(3));
    QCOMPARE(components[1].id, ElementId("q-2"));
    QCOMPARE(deadLetterOf(components[1]), QStringLiteral("dlq-2"));
    const auto connections = only<Connection>(elements);
    QCOMPARE(connections.size(), std::size_t(1));
    QCOMPARE(connections.front().from, ElementId("q-2"));
    QCOMPARE(connections.front().to, ElementId("w-2"));
    const auto groups = only<Group>(elements);
    QCOMPARE(strings(groups.front().members), names({"q-2", "w-2"}));
}

void tst_DesignFragment::pasteDropsConnectionsLeavingTheFragment() {
    // A fragment from elsewhere (the clipboard holds any design JSON) whose
    // connection names a component it does not hold.
    DesignData fragment;
    fragment.components = {component("a", 0, 0), component("b", 100, 0)};
    fragment.connections = {connection("in", "a", "b"), connection("out", "a", "q"),
                            connection("far", "x", "y")};
    const Design design(sample());
    const auto elements = pasteFragment(design, fragment, 0, 0);
    QCOMPARE(idsOf(elements), names({"a", "b", "in"}));
}

void tst_DesignFragment::pasteNeverReusesAnIdItJustGave() {
    // "q" becomes "q-2", so the fragment's own "q-2" must go further.
    DesignData fragment;
    fragment.components = {component("q", 0, 0), component("q-2", 100, 0)};
    fragment.connections = {connection("q-2-2", "q", "q-2")};
    const Design design(sample());
    const auto elements = pasteFragment(design, fragment, 0, 0);
    QCOMPARE(idsOf(elements), names({"q-2", "q-2-2", "q-2-2-2"}));
    const auto connections = only<Connection>(elements);
    QCOMPARE(connections.front().from, ElementId("q-2"));
    QCOMPARE(connections.front().to, ElementId("q-2-2"));
}

void tst_DesignFragment::pasteMovesByTheOffset() {
    const Design design(sample());
    const std::vector<ElementId> chosen{"q", "g", "n"};
    const auto elements = pasteFragment(design, copyFragment(design, chosen), 40, -20);
    const Position card = only<Component>(elements).front().position;
    QCOMPARE(card.x, 40.0);
    QCOMPARE(card.y, -20.0);
    const Rect rect = only<Group>(elements).front().rect;
    QCOMPARE(rect.x, -60.0);
    QCOMPARE(rect.y, -80.0);
    QCOMPARE(rect.w, 400.0);
    QCOMPARE(rect.h, 200.0);
    const Position note = only<Note>(elements).front().position;
    QCOMPARE(note.x, 40.0);
    QCOMPARE(note.y, 380.0);
}

void tst_DesignFragment::pastedElementsFitTheDesign() {
    Design design(sample());
    const std::vector<ElementId> all{"q", "w", "s", "dlq", "g", "n"};
    const auto elements = pasteFragment(design, copyFragment(design, all), 40, 40);
    std::unordered_set<ElementId> seen;
    for (const AnyElement& e : elements) {
        QVERIFY(isValidElementId(elementIdOf(e)));
        QVERIFY(seen.insert(elementIdOf(e)).second);
        design.insert(e); // throws on a clash or a reference that does not resolve
    }
    QCOMPARE(design.components().size(), std::size_t(8));
    QCOMPARE(design.connections().size(), std::size_t(4));
}

QTEST_APPLESS_MAIN(tst_DesignFragment)
#include "tst_designfragment.moc"
