#include "model/design.h"
#include "support/panelsupport.h"
#include "widgets/commands/editdesigninfocommand.h"
#include "widgets/commands/editelementcommand.h"

#include <QtTest>
#include <QUndoStack>

using namespace archboard;
using panelsupport::component;

namespace {

// A queue, its dead-letter queue and a service.
void fill(Design& design) {
    design.insert(component("orders", ComponentKind::Queue, "Orders"));
    design.insert(component("dlq", ComponentKind::Queue, "Orders DLQ"));
    design.insert(component("api", ComponentKind::Service, "API"));
}

Component renamed(const Design& design, const char* id, const char* name) {
    Component c = *design.component(id);
    c.name = name;
    return c;
}

} // namespace

class tst_EditCommands : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void editUndoRedo();
    void sameKeyMerges();
    void differentKeysDoNotMerge_data();
    void differentKeysDoNotMerge();
    void mergingBackToTheStartIsNoStep();
    void refusedEditIsNotRecorded();
    void noChangeIsNotRecorded();
    void idAndTypeMustMatch();
    void designInfoUndoRedoAndMerge();
};

void tst_EditCommands::editUndoRedo() {
    Design design;
    fill(design);
    QUndoStack stack;
    int changes = 0;
    const Subscription subscription =
        design.subscribe([&changes](const DesignChange&) { ++changes; });

    stack.push(new EditElementCommand(design, *design.component("api"),
                                      renamed(design, "api", "Checkout API"),
                                      QStringLiteral("Rename")));
    QCOMPARE(design.component("api")->name, std::string("Checkout API"));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), QStringLiteral("Rename"));
    QCOMPARE(changes, 1);
    stack.undo();
    QCOMPARE(design.component("api")->name, std::string("API"));
    stack.redo();
    QCOMPARE(design.component("api")->name, std::string("Checkout API"));
    QCOMPARE(changes, 3);
}

void tst_EditCommands::sameKeyMerges() {
    Design design;
    fill(design);
    QUndoStack stack;
    const char* steps[] = {"A", "AP", "API v2"};
    for (const char* name : steps)
        stack.push(new EditElementCommand(design, *design.component("api"),
                                          renamed(design, "api", name), QStringLiteral("Rename"),
                                          1));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(design.component("api")->name, std::string("API v2"));
    stack.undo();
    QCOMPARE(design.component("api")->name, std::string("API"));
    stack.redo();
    QCOMPARE(design.component("api")->name, std::string("API v2"));
}

void tst_EditCommands::differentKeysDoNotMerge_data() {
    // Keys as a form gives them: one per field and editing session.
    QTest::addColumn<int>("firstKey");
    QTest::addColumn<int>("secondKey");
    QTest::addColumn<QByteArray>("secondElement");
    QTest::newRow("no-key") << 0 << 0 << QByteArray("api");
    QTest::newRow("next-session") << 1 << 2 << QByteArray("api");
    QTest::newRow("other-field") << 1 << 3 << QByteArray("api");
    QTest::newRow("other-element") << 1 << 1 << QByteArray("orders");
}

void tst_EditCommands::differentKeysDoNotMerge() {
    QFETCH(int, firstKey);
    QFETCH(int, secondKey);
    QFETCH(QByteArray, secondElement);
    Design design;
    fill(design);
    QUndoStack stack;
    stack.push(new EditElementCommand(design, *design.component("api"),
                                      renamed(design, "api", "One"), QStringLiteral("Rename"),
                                      firstKey));
    stack.push(new EditElementCommand(design, *design.component(secondElement.toStdString()),
                                      renamed(design, secondElement.constData(), "Two"),
                                      QStringLiteral("Rename"), secondKey));
    QCOMPARE(stack.count(), 2);
    stack.undo();
    QCOMPARE(design.component("api")->name, std::string("One"));
}

void tst_EditCommands::mergingBackToTheStartIsNoStep() {
    Design design;
    fill(design);
    QUndoStack stack;
    stack.push(new EditElementCommand(design, *design.component("api"),
                                      renamed(design, "api", "APIX"), QStringLiteral("Rename"), 3));
    stack.push(new EditElementCommand(design, *design.component("api"),
                                      renamed(design, "api", "API"), QStringLiteral("Rename"), 3));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(design.component("api")->name, std::string("API"));
}

void tst_EditCommands::refusedEditIsNotRecorded() {
    Design design;
    fill(design);
    QUndoStack stack;
    int changes = 0;
    const Subscription subscription =
        design.subscribe([&changes](const DesignChange&) { ++changes; });

    // A dead letter must name another queue or stream of the design.
    Component bad = *design.component("orders");
    bad.props.deadLetter = DeadLetter(ElementId("gone"));
    stack.push(new EditElementCommand(design, *design.component("orders"), bad,
                                      QStringLiteral("Dead letter")));
    Component notAQueue = *design.component("orders");
    notAQueue.props.deadLetter = DeadLetter(ElementId("api"));
    stack.push(new EditElementCommand(design, *design.component("orders"), notAQueue,
                                      QStringLiteral("Dead letter")));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(changes, 0);
    QVERIFY(!design.component("orders")->props.deadLetter);

    Component good = *design.component("orders");
    good.props.deadLetter = DeadLetter(ElementId("dlq"));
    stack.push(new EditElementCommand(design, *design.component("orders"), good,
                                      QStringLiteral("Dead letter")));
    QCOMPARE(stack.count(), 1);
    QVERIFY(design.component("orders")->props.deadLetter == DeadLetter(ElementId("dlq")));
}

void tst_EditCommands::noChangeIsNotRecorded() {
    Design design;
    fill(design);
    QUndoStack stack;
    stack.push(new EditElementCommand(design, *design.component("api"), *design.component("api"),
                                      QStringLiteral("Nothing")));
    QCOMPARE(stack.count(), 0);
    stack.push(
        new EditDesignInfoCommand(design, design.info(), design.info(), QStringLiteral("Nothing")));
    QCOMPARE(stack.count(), 0);
}

void tst_EditCommands::idAndTypeMustMatch() {
    Design design;
    fill(design);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             EditElementCommand(design, *design.component("api"),
                                                *design.component("orders"), QString()));
    Note note;
    note.id = "api";
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             EditElementCommand(design, *design.component("api"), note, QString()));
}

void tst_EditCommands::designInfoUndoRedoAndMerge() {
    Design design;
    QUndoStack stack;
    DesignInfo info = design.info();
    for (const char* title : {"C", "Ch", "Checkout"}) {
        DesignInfo after = design.info();
        after.title = title;
        stack.push(
            new EditDesignInfoCommand(design, design.info(), after, QStringLiteral("Title"), 1));
    }
    DesignInfo requirements = design.info();
    requirements.requirements.availability = 99.95;
    stack.push(new EditDesignInfoCommand(design, design.info(), requirements,
                                         QStringLiteral("Availability")));
    QCOMPARE(stack.count(), 2);
    QCOMPARE(design.info().title, std::string("Checkout"));
    QCOMPARE(design.info().requirements.availability, std::optional<double>(99.95));
    stack.undo();
    QVERIFY(!design.info().requirements.availability);
    stack.undo();
    QVERIFY(design.info() == info);
    stack.redo();
    QCOMPARE(design.info().title, std::string("Checkout"));
}

QTEST_GUILESS_MAIN(tst_EditCommands)
#include "tst_editcommands.moc"
