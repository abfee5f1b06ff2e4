// The canvas's undo commands and copy/paste, on a Design without a window:
// each command changes the model, and undo gives back exactly what was there.
#include "model/design.h"
#include "model/edit/designfragment.h"
#include "model/edit/uniqueelementid.h"
#include "modelprinting.h"
#include "widgets/commands/addelementscommand.h"
#include "widgets/commands/moveelementscommand.h"
#include "widgets/commands/newelement.h"
#include "widgets/commands/removeelementscommand.h"
#include "widgets/commands/renameelementcommand.h"
#include "widgets/commands/resizegroupcommand.h"
#include "widgets/palette/palettekind.h"
#include "support/designbuilders.h"

#include <QtTest>
#include <QUndoStack>

using namespace archboard;

namespace {

using testing::component;
using testing::connection;

// a -> b -> c, a group around a and b, a note.
DesignData sample() {
    DesignData d;
    d.components = {component("a", 0, 0), component("b", 200, 0), component("c", 400, 0)};
    d.connections = {connection("ab", "a", "b"), connection("bc", "b", "c")};
    d.groups = {testing::eastRegion({"a", "b"})};
    d.notes = {testing::note(0, 200)};
    return d;
}

} // namespace

class tst_CanvasCommands : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addThenUndo();
    void removeTakesDependentsAndUndoRestoresExactly();
    void movesOfOneDragMerge();
    void dragBackToStartLeavesNoStep();
    void resizeGroup();
    void rename_data();
    void rename();
    void newElementForEveryToken_data();
    void newElementForEveryToken();
    void unknownTokenMakesNothing();
    void uniqueIdsAvoidTakenOnes();
    void copyPasteKeepsInnerConnectionsWithNewIds();
};

void tst_CanvasCommands::addThenUndo() {
    Design design(sample());
    QUndoStack stack;
    stack.push(
        new AddElementsCommand(design, {connection("ca", "c", "a"), component("d", 0, 400)}));
    QVERIFY(design.component("d"));
    QVERIFY(design.connection("ca"));
    stack.undo();
    QCOMPARE(design.data(), sample());
    stack.redo();
    QVERIFY(design.connection("ca"));
}

void tst_CanvasCommands::removeTakesDependentsAndUndoRestoresExactly() {
    Design design(sample());
    QUndoStack stack;
    auto* remove = new RemoveElementsCommand(design, {"b"});
    QCOMPARE(remove->ids(), (std::vector<ElementId>{"b", "ab", "bc"}));
    stack.push(remove);
    QVERIFY(!design.component("b"));
    QVERIFY(design.connections().empty());
    QCOMPARE(design.group("g")->members, std::vector<ElementId>{"a"});
    stack.undo();
    QCOMPARE(design.data(), sample());
}

void tst_CanvasCommands::movesOfOneDragMerge() {
    Design design(sample());
    QUndoStack stack;
    const int drag = DesignCommand::newMergeKey();
    for (int step = 1; step <= 5; ++step)
        stack.push(
            new MoveElementsCommand(design, {{"a", {0, 0}}}, {{"a", {step * 10.0, 0}}}, drag));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(design.component("a")->position, (Position{50, 0}));
    // A second drag is its own step.
    stack.push(new MoveElementsCommand(design, {{"a", {50, 0}}}, {{"a", {60, 0}}},
                                       DesignCommand::newMergeKey()));
    QCOMPARE(stack.count(), 2);
    stack.undo();
    stack.undo();
    QCOMPARE(design.component("a")->position, (Position{0, 0}));
}

void tst_CanvasCommands::dragBackToStartLeavesNoStep() {
    Design design(sample());
    QUndoStack stack;
    const int drag = DesignCommand::newMergeKey();
    stack.push(new MoveElementsCommand(design, {{"a", {0, 0}}}, {{"a", {20, 0}}}, drag));
    stack.push(new MoveElementsCommand(design, {{"a", {0, 0}}}, {{"a", {0, 0}}}, drag));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(design.component("a")->position, (Position{0, 0}));
}

void tst_CanvasCommands::resizeGroup() {
    Design design(sample());
    QUndoStack stack;
    const int drag = DesignCommand::newMergeKey();
    const Rect from = design.group("g")->rect;
    stack.push(new ResizeGroupCommand(design, "g", from, {-100, -60, 500, 200}, drag));
    stack.push(new ResizeGroupCommand(design, "g", from, {-100, -60, 600, 300}, drag));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(design.group("g")->rect, (Rect{-100, -60, 600, 300}));
    stack.undo();
    QCOMPARE(design.group("g")->rect, from);
}

void tst_CanvasCommands::rename_data() {
    QTest::addColumn<QString>("id");
    QTest::newRow("component") << QStringLiteral("a");
    QTest::newRow("connection-label") << QStringLiteral("ab");
    QTest::newRow("group") << QStringLiteral("g");
    QTest::newRow("note") << QStringLiteral("n");
}

void tst_CanvasCommands::rename() {
    QFETCH(QString, id);
    Design design(sample());
    QUndoStack stack;
    stack.push(new RenameElementCommand(design, id.toStdString(), "Renamed \u00e9"));
    QCOMPARE(RenameElementCommand::textOf(*design.element(id.toStdString())),
             std::string("Renamed \u00e9"));
    stack.undo();
    QCOMPARE(design.data(), sample());
}

void tst_CanvasCommands::newElementForEveryToken_data() {
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("type");
    for (const auto token : EnumTokens<ComponentKind>::tokens)
        QTest::newRow(std::string(token).c_str())
            << QString::fromLatin1(token.data(), static_cast<qsizetype>(token.size()))
            << static_cast<int>(ElementType::Component);
    for (const char* token : {"group:region", "group:zone", "group:boundary"})
        QTest::newRow(token) << QString::fromLatin1(token) << static_cast<int>(ElementType::Group);
    QTest::newRow("note") << QStringLiteral("note") << static_cast<int>(ElementType::Note);
}

void tst_CanvasCommands::newElementForEveryToken() {
    QFETCH(QString, token);
    QFETCH(int, type);
    Design design(sample());
    const auto kind = paletteKindFromToken(token);
    QVERIFY(kind);
    const AnyElement element = newElement(design, *kind, {100, 300});
    QCOMPARE(static_cast<int>(elementTypeOf(element)), type);
    QVERIFY(!design.contains(elementIdOf(element)));
    design.insert(element); // valid for the model
    if (const auto* c = std::get_if<Component>(&element)) {
        QVERIFY(std::string(toString<ComponentKind>(c->kind)) == token.toStdString());
        QCOMPARE(c->position, (Position{100, 300}));
        QVERIFY(!c->name.empty());
    }
    if (const auto* g = std::get_if<Group>(&element))
        QCOMPARE(QPointF(g->rect.x + g->rect.w / 2, g->rect.y + g->rect.h / 2), QPointF(100, 300));
}

void tst_CanvasCommands::unknownTokenMakesNothing() {
    // Unknown tokens never become a kind, so nothing can be made of them.
    QVERIFY(!paletteKindFromToken(QStringLiteral("teleporter")));
    QVERIFY(!paletteKindFromToken(QStringLiteral("group:galaxy")));
    QVERIFY(!paletteKindFromToken(QString()));
}

void tst_CanvasCommands::uniqueIdsAvoidTakenOnes() {
    Design design(sample());
    QCOMPARE(uniqueElementId(design, "a"), std::string("a-2"));
    QCOMPARE(uniqueElementId(design, "a", {"a-2"}), std::string("a-3"));
    QCOMPARE(uniqueElementId(design, "fresh"), std::string("fresh"));
    QCOMPARE(uniqueElementId(design, "with space/slash"), std::string("with-space-slash"));
    QVERIFY(isValidElementId(uniqueElementId(design, std::string(200, 'x'))));
}

void tst_CanvasCommands::copyPasteKeepsInnerConnectionsWithNewIds() {
    Design design(sample());
    const std::vector<ElementId> chosen{"a", "b", "g"};
    const DesignData fragment = copyFragment(design, chosen);
    QCOMPARE(fragment.components.size(), std::size_t(2));
    QCOMPARE(fragment.connections.size(), std::size_t(1)); // ab; bc leaves the fragment
    const auto elements = pasteFragment(design, fragment, 40, 40);
    QCOMPARE(elements.size(), std::size_t(4));
    QUndoStack stack;
    stack.push(new AddElementsCommand(design, elements));
    QCOMPARE(design.components().size(), std::size_t(5));
    QCOMPARE(design.connections().size(), std::size_t(3));
    const Connection& pasted = design.connections().back();
    QVERIFY(pasted.id != "ab");
    QVERIFY(design.component(pasted.from)->position == (Position{40, 40}));
    QVERIFY(design.component(pasted.to)->position == (Position{240, 40}));
    const Group& group = design.groups().back();
    QCOMPARE(group.members, (std::vector<ElementId>{pasted.from, pasted.to}));
}

QTEST_APPLESS_MAIN(tst_CanvasCommands)
#include "tst_canvascommands.moc"
