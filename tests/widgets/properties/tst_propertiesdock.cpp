#include "model/design.h"
#include "support/panelsupport.h"
#include "widgets/document/designdocument.h"
#include "widgets/properties/optionalnumberspinbox.h"
#include "widgets/properties/propertiesdock.h"
#include "widgets/properties/textcommitter.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QtTest>
#include <QUndoStack>

// The model's toString(enum) and QTest's toString(T) would both match these;
// more specific overloads settle it and print something readable.
namespace archboard {
template <typename E>
requires std::is_enum_v<E>
char* toString(const std::optional<E>& value) {
    return qstrdup(value ? std::string(toString(*value)).c_str() : "(unset)");
}
char* toString(PropertiesDock::Page page) {
    return qstrdup(QByteArray::number(static_cast<int>(page)).constData());
}
} // namespace archboard

using namespace archboard;
using panelsupport::component;
using Page = PropertiesDock::Page;

namespace {

// A small design with one of everything the dock edits.
DesignData sampleDesign() {
    DesignData d;
    d.info.title = "Checkout";
    d.info.prompt = "Design checkout for a flash sale";
    d.info.requirements.availability = 99.9;
    d.info.requirements.functional = std::vector<std::string>{"pay", "track orders"};

    Component api = component("api", ComponentKind::Service, "API");
    api.tech = "Go";
    api.replicas = 2;
    api.justification = "Stateless; scales out";
    Component cache = component("cache", ComponentKind::Cache, "Price cache");
    cache.props.ttlS = 60;
    cache.props.eviction = Eviction::Lru;
    Component orders = component("orders", ComponentKind::Queue, "Orders");
    orders.props.deadLetter = DeadLetter(ElementId("dlq"));
    d.components = {api,
                    cache,
                    orders,
                    component("dlq", ComponentKind::Queue, "Orders DLQ"),
                    component("clicks", ComponentKind::Stream, "Clicks"),
                    component("obs", ComponentKind::Observability, "Telemetry"),
                    component("db", ComponentKind::SqlStore, "Orders DB")};

    Connection e1;
    e1.id = "e1";
    e1.from = "api";
    e1.to = "db";
    e1.protocol = "SQL";
    Connection e2;
    e2.id = "e2";
    e2.from = "api";
    e2.to = "orders";
    e2.kind = ConnectionKind::Async;
    d.connections = {e1, e2};

    Group east;
    east.id = "east";
    east.kind = GroupKind::Region;
    east.name = "East";
    east.members = {"api"};
    Group z1;
    z1.id = "z1";
    z1.kind = GroupKind::Zone;
    z1.name = "Zone 1";
    z1.members = {"db"};
    Group edge;
    edge.id = "edge";
    edge.kind = GroupKind::Boundary;
    edge.name = "Edge";
    edge.members = {"db"};
    d.groups = {east, z1, edge};

    Note note;
    note.id = "n1";
    note.text = "Assume 10:1 reads";
    d.notes = {note};
    Annotation annotation;
    annotation.id = "a1";
    annotation.target = "api";
    annotation.text = "Why Go?";
    d.annotations = {annotation};
    return d;
}

constexpr int TextCommitterPause = TextCommitter::kPauseMs;

template <typename T> T* field(PropertiesDock& dock, Page page, const char* name) {
    T* widget = dock.pageWidget(page)->findChild<T*>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no field %s", name);
    return widget;
}

void selectAllAndType(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

int comboIndexOf(const QComboBox* combo, const QString& text) {
    return combo->findText(text);
}

} // namespace

class tst_PropertiesDock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void nothingSelectedShowsTheDesign();
    void editTitleAndPrompt();
    void editRequirements();
    void selectingShowsTheElement_data();
    void selectingShowsTheElement();
    void editName();
    void typingIsOneUndoStep();
    void typingCommitsAfterAPause();
    void editTechnologyWithSuggestions();
    void editJustification();
    void editReplicasAndZones();
    void boolPropAbsentMeansDefault();
    void enumProp();
    void numberPropHasAnUnsetState();
    void observabilitySignals();
    void deadLetterChoices();
    void deadLetterTargetDeleted();
    void kindChangeDropsPropsItsKindLacks();
    void kindChangeReleasesDeadLetters();
    void connectionFields();
    void groupFields();
    void groupKindThatBreaksMembershipIsDisabled();
    void noteText();
    void multiSelectionIsASummary();
    void annotationIsASummary();
    void unknownIdsAreIgnored();
    void selectionChangeRefreshesAndCommits();
    void modelChangesKeepTheCaret();
    void typingSurvivesUnrelatedChanges();
    void removedSelectionFallsBackToTheDesign();
    void openingADesignDropsUncommittedTyping();
    void fieldsAreAccessible();

private:
    DesignDocument* m_document = nullptr;
    PropertiesDock* m_dock = nullptr;
    QUndoStack* stack() const { return m_document->undoStack(); }
    const Design& design() const { return m_document->design(); }
};

void tst_PropertiesDock::init() {
    m_document = new DesignDocument;
    m_document->design().reset(sampleDesign());
    m_dock = new PropertiesDock(m_document);
    m_dock->resize(360, 900);
    m_dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dock));
}

void tst_PropertiesDock::cleanup() {
    delete m_dock;
    delete m_document;
}

void tst_PropertiesDock::nothingSelectedShowsTheDesign() {
    QCOMPARE(m_dock->objectName(), QStringLiteral("propertiesDock"));
    QCOMPARE(m_dock->windowTitle(), QStringLiteral("Properties"));
    QCOMPARE(m_dock->currentPage(), Page::Design);
    QVERIFY(m_dock->pageWidget(Page::Design)->isVisible());
    QVERIFY(!m_dock->pageWidget(Page::Component)->isVisible());
    QCOMPARE(field<QLineEdit>(*m_dock, Page::Design, "titleEdit")->text(),
             QStringLiteral("Checkout"));
    QCOMPARE(field<QPlainTextEdit>(*m_dock, Page::Design, "promptEdit")->toPlainText(),
             QStringLiteral("Design checkout for a flash sale"));
    QCOMPARE(
        field<OptionalNumberSpinBox>(*m_dock, Page::Design, "req:availability")->optionalValue(),
        std::optional<double>(99.9));
    QCOMPARE(field<QPlainTextEdit>(*m_dock, Page::Design, "req:functional")->toPlainText(),
             QStringLiteral("pay\ntrack orders"));
    // Not stated is shown as such.
    auto* dau = field<OptionalNumberSpinBox>(*m_dock, Page::Design, "req:dau");
    QVERIFY(!dau->optionalValue());
    QCOMPARE(dau->text(), QStringLiteral("(unset)"));
    QCOMPARE(field<QComboBox>(*m_dock, Page::Design, "req:consistency")->currentText(),
             QStringLiteral("(unset)"));
}

void tst_PropertiesDock::editTitleAndPrompt() {
    auto* title = field<QLineEdit>(*m_dock, Page::Design, "titleEdit");
    selectAllAndType(title, QStringLiteral("Flash sale"));
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(design().info().title, std::string("Flash sale"));
    QCOMPARE(stack()->count(), 1);
    QVERIFY(stack()->undoText().contains(QStringLiteral("Title")));

    auto* prompt = field<QPlainTextEdit>(*m_dock, Page::Design, "promptEdit");
    prompt->setFocus();
    prompt->selectAll();
    QTest::keyClicks(prompt, QStringLiteral("Sell 10k items in a minute"));
    QTRY_COMPARE(design().info().prompt, std::string("Sell 10k items in a minute"));
    QCOMPARE(stack()->count(), 2);

    stack()->undo();
    QCOMPARE(design().info().prompt, std::string("Design checkout for a flash sale"));
    QCOMPARE(prompt->toPlainText(), QStringLiteral("Design checkout for a flash sale"));
    stack()->undo();
    QCOMPARE(design().info().title, std::string("Checkout"));
    QCOMPARE(title->text(), QStringLiteral("Checkout"));
    stack()->redo();
    QCOMPARE(design().info().title, std::string("Flash sale"));
    QCOMPARE(title->text(), QStringLiteral("Flash sale"));
}

void tst_PropertiesDock::editRequirements() {
    auto* dau = field<OptionalNumberSpinBox>(*m_dock, Page::Design, "req:dau");
    dau->setFocus();
    dau->selectAll();
    QTest::keyClicks(dau, QStringLiteral("20000000"));
    QTest::keyClick(dau, Qt::Key_Return);
    QCOMPARE(design().info().requirements.dau, std::optional<std::int64_t>(20'000'000));

    auto* consistency = field<QComboBox>(*m_dock, Page::Design, "req:consistency");
    consistency->setCurrentIndex(comboIndexOf(consistency, QStringLiteral("eventual")));
    QCOMPARE(design().info().requirements.consistency, std::optional(Consistency::Eventual));
    auto* durability = field<QComboBox>(*m_dock, Page::Design, "req:durability");
    durability->setCurrentIndex(comboIndexOf(durability, QStringLiteral("no loss")));
    QCOMPARE(design().info().requirements.durability, std::optional(Durability::NoLoss));

    auto* regions = field<OptionalNumberSpinBox>(*m_dock, Page::Design, "req:regions");
    regions->setOptionalValue(2);
    Q_EMIT regions->optionalValueChanged(2); // as the box does when the user sets it
    QCOMPARE(design().info().requirements.regions, std::optional<std::int64_t>(2));

    auto* availability = field<OptionalNumberSpinBox>(*m_dock, Page::Design, "req:availability");
    availability->setFocus();
    availability->selectAll();
    QTest::keyClicks(availability, QStringLiteral("99.99"));
    QTest::keyClick(availability, Qt::Key_Return);
    QCOMPARE(design().info().requirements.availability, std::optional<double>(99.99));
    QCOMPARE(availability->text(), QStringLiteral("99.99"));

    // Clearing the field withdraws the requirement.
    availability->selectAll();
    QTest::keyClick(availability, Qt::Key_Delete);
    QTest::keyClick(availability, Qt::Key_Return);
    QVERIFY(!design().info().requirements.availability);

    auto* nonGoals = field<QPlainTextEdit>(*m_dock, Page::Design, "req:non_goals");
    nonGoals->setFocus();
    QTest::keyClicks(nonGoals, QStringLiteral("refunds"));
    QTest::keyClick(nonGoals, Qt::Key_Return);
    QTest::keyClicks(nonGoals, QStringLiteral("  "));
    QTest::keyClick(nonGoals, Qt::Key_Return);
    QTest::keyClicks(nonGoals, QStringLiteral("gift cards"));
    QTRY_VERIFY(design().info().requirements.nonGoals.has_value());
    QCOMPARE(*design().info().requirements.nonGoals,
             (std::vector<std::string>{"refunds", "gift cards"}));
    // What was typed stays as typed while it means the same.
    QCOMPARE(nonGoals->toPlainText(), QStringLiteral("refunds\n  \ngift cards"));

    // Seven edits, seven steps; undoing them all restores the requirements.
    const int steps = stack()->count();
    QCOMPARE(steps, 7);
    for (int i = 0; i < steps; ++i)
        stack()->undo();
    QVERIFY(design().info().requirements == sampleDesign().info.requirements);
    QVERIFY(!dau->optionalValue());
    QCOMPARE(consistency->currentIndex(), 0);
}

void tst_PropertiesDock::selectingShowsTheElement_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("title");
    QTest::newRow("component") << QStringLiteral("api") << int(Page::Component)
                               << QStringLiteral("Service");
    QTest::newRow("connection") << QStringLiteral("e1") << int(Page::Connection)
                                << QStringLiteral("API \u2192 Orders DB");
    QTest::newRow("group") << QStringLiteral("east") << int(Page::Group)
                           << QStringLiteral("Region");
    QTest::newRow("note") << QStringLiteral("n1") << int(Page::Note) << QStringLiteral("Note");
}

void tst_PropertiesDock::selectingShowsTheElement() {
    QFETCH(QString, id);
    QFETCH(int, page);
    QFETCH(QString, title);
    m_dock->setSelection({id.toStdString()});
    QCOMPARE(int(m_dock->currentPage()), page);
    QWidget* shown = m_dock->pageWidget(Page(page));
    QVERIFY(shown->isVisible());
    QCOMPARE(shown->findChild<QLabel*>(QStringLiteral("headingTitle"))->text(), title);
    QVERIFY(shown->findChild<QLabel*>(QStringLiteral("headingDetail"))->text().contains(id));
    QVERIFY(!m_dock->pageWidget(Page::Design)->isVisible());
}

void tst_PropertiesDock::editName() {
    m_dock->setSelection({"api"});
    auto* name = field<QLineEdit>(*m_dock, Page::Component, "nameEdit");
    QCOMPARE(name->text(), QStringLiteral("API"));
    QCOMPARE(field<QComboBox>(*m_dock, Page::Component, "kindCombo")->currentText(),
             QStringLiteral("service"));
    selectAllAndType(name, QStringLiteral("Checkout API"));
    // Nothing reaches the model per keystroke.
    QCOMPARE(design().component("api")->name, std::string("API"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(design().component("api")->name, std::string("Checkout API"));
    QCOMPARE(stack()->count(), 1);
    // Named as it was when the edit began.
    QCOMPARE(stack()->undoText(), QStringLiteral("Change \u201cAPI\u201d: Name"));
    stack()->undo();
    QCOMPARE(design().component("api")->name, std::string("API"));
    QCOMPARE(name->text(), QStringLiteral("API"));
    stack()->redo();
    QCOMPARE(design().component("api")->name, std::string("Checkout API"));
    QCOMPARE(name->text(), QStringLiteral("Checkout API"));
}

void tst_PropertiesDock::typingIsOneUndoStep() {
    m_dock->setSelection({"api"});
    auto* name = field<QLineEdit>(*m_dock, Page::Component, "nameEdit");
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" v"));
    QTRY_COMPARE(design().component("api")->name, std::string("API v")); // after the pause
    QTest::keyClicks(name, QStringLiteral("2"));
    QTRY_COMPARE(design().component("api")->name, std::string("API v2"));
    QTest::keyClicks(name, QStringLiteral("!"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(design().component("api")->name, std::string("API v2!"));
    QCOMPARE(stack()->count(), 1);
    stack()->undo();
    QCOMPARE(design().component("api")->name, std::string("API"));

    // Typing again after Enter is a step of its own.
    name->end(false);
    QTest::keyClicks(name, QStringLiteral("X"));
    QTest::keyClick(name, Qt::Key_Return);
    name->end(false);
    QTest::keyClicks(name, QStringLiteral("Y"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(design().component("api")->name, std::string("APIXY"));
    QCOMPARE(stack()->count(), 2);
    stack()->undo();
    QCOMPARE(design().component("api")->name, std::string("APIX"));
}

void tst_PropertiesDock::typingCommitsAfterAPause() {
    m_dock->setSelection({"api"});
    auto* name = field<QLineEdit>(*m_dock, Page::Component, "nameEdit");
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral("s"));
    QCOMPARE(design().component("api")->name, std::string("API"));
    QTest::qWait(50);
    QCOMPARE(design().component("api")->name, std::string("API")); // still typing
    QTRY_COMPARE(design().component("api")->name, std::string("APIs"));
    QVERIFY(name->hasFocus());
    QCOMPARE(name->cursorPosition(), 4);
}

void tst_PropertiesDock::editTechnologyWithSuggestions() {
    m_dock->setTechnologySuggestions(
        {QStringLiteral("PostgreSQL"), QStringLiteral("Redis"), QStringLiteral("Go")});
    m_dock->setSelection({"api"});
    auto* tech = field<QLineEdit>(*m_dock, Page::Component, "techEdit");
    QCOMPARE(tech->text(), QStringLiteral("Go"));
    QVERIFY(tech->completer());
    auto* model = qobject_cast<QStringListModel*>(tech->completer()->model());
    QVERIFY(model);
    QCOMPARE(model->stringList().size(), 3);

    selectAllAndType(tech, QStringLiteral("redi"));
    // Case-insensitive suggestions containing what was typed.
    QCOMPARE(tech->completer()->completionCount(), 1);
    QCOMPARE(tech->completer()->currentCompletion(), QStringLiteral("Redis"));
    Q_EMIT tech->completer()->activated(QStringLiteral("Redis")); // picked from the list
    QCOMPARE(design().component("api")->tech, std::string("Redis"));
    QCOMPARE(stack()->count(), 1);
    stack()->undo();
    QCOMPARE(design().component("api")->tech, std::string("Go"));
    QCOMPARE(tech->text(), QStringLiteral("Go"));
}

void tst_PropertiesDock::editJustification() {
    m_dock->setSelection({"api"});
    auto* why = field<QPlainTextEdit>(*m_dock, Page::Component, "justificationEdit");
    QCOMPARE(why->toPlainText(), QStringLiteral("Stateless; scales out"));
    why->setFocus();
    why->moveCursor(QTextCursor::End);
    QTest::keyClicks(why, QStringLiteral(" behind the LB"));
    // Leaving the field commits at once.
    field<QLineEdit>(*m_dock, Page::Component, "nameEdit")->setFocus();
    QCOMPARE(design().component("api")->justification,
             std::string("Stateless; scales out behind the LB"));
    QCOMPARE(stack()->count(), 1);
}

void tst_PropertiesDock::editReplicasAndZones() {
    m_dock->setSelection({"api"});
    auto* replicas = field<QSpinBox>(*m_dock, Page::Component, "replicasSpin");
    auto* zones = field<QSpinBox>(*m_dock, Page::Component, "zonesSpin");
    QCOMPARE(replicas->value(), 2);
    QCOMPARE(zones->value(), 1);
    QCOMPARE(replicas->minimum(), 1);

    // Stepping is one undo step until the box is left.
    replicas->setFocus();
    QTest::keyClick(replicas, Qt::Key_Up);
    QTest::keyClick(replicas, Qt::Key_Up);
    QCOMPARE(design().component("api")->replicas, 4);
    QTest::keyClick(replicas, Qt::Key_Return);
    QCOMPARE(stack()->count(), 1);
    QTest::keyClick(replicas, Qt::Key_Up);
    QCOMPARE(stack()->count(), 2);

    zones->setValue(3);
    QCOMPARE(design().component("api")->zones, 3);
    // Below one is refused by the box itself.
    zones->setValue(0);
    QCOMPARE(design().component("api")->zones, 1);
    QCOMPARE(zones->value(), 1);

    while (stack()->canUndo())
        stack()->undo();
    QCOMPARE(design().component("api")->replicas, 2);
    QCOMPARE(design().component("api")->zones, 1);
    QCOMPARE(replicas->value(), 2);
    stack()->redo();
    QCOMPARE(design().component("api")->replicas, 4);
}

void tst_PropertiesDock::boolPropAbsentMeansDefault() {
    m_dock->setSelection({"api"});
    auto* health = field<QCheckBox>(*m_dock, Page::Component, "prop:health_checks");
    auto* stateless = field<QCheckBox>(*m_dock, Page::Component, "prop:stateless");
    QVERIFY(!health->isTristate());
    QVERIFY(!health->isChecked());
    QVERIFY(stateless->isChecked()); // absent, and stateless defaults to true

    health->setChecked(true);
    QCOMPARE(design().component("api")->props.healthChecks, std::optional(true));
    health->setChecked(false); // back to the default: the prop goes
    QVERIFY(!design().component("api")->props.healthChecks);

    stateless->setChecked(false);
    QCOMPARE(design().component("api")->props.stateless, std::optional(false));
    stateless->setChecked(true);
    QVERIFY(!design().component("api")->props.stateless);

    QCOMPARE(stack()->count(), 4);
    stack()->undo();
    QCOMPARE(design().component("api")->props.stateless, std::optional(false));
    QVERIFY(!stateless->isChecked());
    stack()->undo();
    stack()->undo();
    QCOMPARE(design().component("api")->props.healthChecks, std::optional(true));
    QVERIFY(health->isChecked());
}

void tst_PropertiesDock::enumProp() {
    m_dock->setSelection({"cache"});
    auto* eviction = field<QComboBox>(*m_dock, Page::Component, "prop:eviction");
    QCOMPARE(eviction->currentText(), QStringLiteral("lru"));
    QCOMPARE(eviction->itemText(0), QStringLiteral("(unset)"));
    eviction->setCurrentIndex(comboIndexOf(eviction, QStringLiteral("lfu")));
    QCOMPARE(design().component("cache")->props.eviction, std::optional(Eviction::Lfu));
    eviction->setCurrentIndex(0);
    QVERIFY(!design().component("cache")->props.eviction);

    auto* invalidation = field<QComboBox>(*m_dock, Page::Component, "prop:invalidation");
    invalidation->setCurrentIndex(comboIndexOf(invalidation, QStringLiteral("write through")));
    QCOMPARE(design().component("cache")->props.invalidation,
             std::optional(Invalidation::WriteThrough));

    stack()->undo();
    stack()->undo();
    QCOMPARE(design().component("cache")->props.eviction, std::optional(Eviction::Lfu));
    QCOMPARE(eviction->currentText(), QStringLiteral("lfu"));
    QCOMPARE(invalidation->currentIndex(), 0);
}

void tst_PropertiesDock::numberPropHasAnUnsetState() {
    m_dock->setSelection({"cache"});
    auto* ttl = field<OptionalNumberSpinBox>(*m_dock, Page::Component, "prop:ttl_s");
    QCOMPARE(ttl->optionalValue(), std::optional<double>(60));
    ttl->setFocus();
    ttl->selectAll();
    QTest::keyClicks(ttl, QStringLiteral("0.5"));
    QTest::keyClick(ttl, Qt::Key_Return);
    QCOMPARE(design().component("cache")->props.ttlS, std::optional<double>(0.5));
    // Zero is a value; below it is unset.
    ttl->selectAll();
    QTest::keyClicks(ttl, QStringLiteral("0"));
    QTest::keyClick(ttl, Qt::Key_Return);
    QCOMPARE(design().component("cache")->props.ttlS, std::optional<double>(0));
    QTest::keyClick(ttl, Qt::Key_Down);
    QVERIFY(!design().component("cache")->props.ttlS);
    QCOMPARE(ttl->text(), QStringLiteral("(unset)"));
    // Letters are not numbers.
    ttl->selectAll();
    QTest::keyClicks(ttl, QStringLiteral("abc"));
    QVERIFY(!ttl->text().contains(QStringLiteral("abc")));

    m_dock->setSelection({"clicks"});
    auto* partitions = field<OptionalNumberSpinBox>(*m_dock, Page::Component, "prop:partitions");
    QVERIFY(partitions->isIntegral());
    QVERIFY(!partitions->optionalValue());
    QTest::keyClick(partitions, Qt::Key_Up); // from unset to the least valid count
    QCOMPARE(design().component("clicks")->props.partitions, std::optional<std::int64_t>(1));
}

void tst_PropertiesDock::observabilitySignals() {
    m_dock->setSelection({"obs"});
    auto* metrics = field<QCheckBox>(*m_dock, Page::Component, "prop:signals:metrics");
    auto* traces = field<QCheckBox>(*m_dock, Page::Component, "prop:signals:traces");
    QVERIFY(metrics && traces);
    traces->setChecked(true);
    metrics->setChecked(true);
    QVERIFY(design().component("obs")->props.observedSignals ==
            std::optional(std::vector<Signal>{Signal::Traces, Signal::Metrics}));
    traces->setChecked(false);
    metrics->setChecked(false);
    QVERIFY(!design().component("obs")->props.observedSignals);

    auto* scope = field<QComboBox>(*m_dock, Page::Component, "prop:scope");
    QCOMPARE(scope->itemText(0), QStringLiteral("(default: all)"));
    scope->setCurrentIndex(comboIndexOf(scope, QStringLiteral("connected")));
    QCOMPARE(design().component("obs")->props.observabilityScope,
             std::optional(ObservabilityScope::Connected));
}

void tst_PropertiesDock::deadLetterChoices() {
    m_dock->setSelection({"orders"});
    auto* deadLetter = field<QComboBox>(*m_dock, Page::Component, "prop:dead_letter");
    QStringList choices;
    for (int i = 0; i < deadLetter->count(); ++i)
        choices.append(deadLetter->itemText(i));
    // Other queues and streams only: not itself, not a service.
    QCOMPARE(choices,
             (QStringList{QStringLiteral("(unset)"), QStringLiteral("none"),
                          QStringLiteral("yes, not shown in the design"),
                          QStringLiteral("Orders DLQ (dlq)"), QStringLiteral("Clicks (clicks)")}));
    QCOMPARE(deadLetter->currentText(), QStringLiteral("Orders DLQ (dlq)"));

    deadLetter->setCurrentIndex(comboIndexOf(deadLetter, QStringLiteral("Clicks (clicks)")));
    QVERIFY(design().component("orders")->props.deadLetter == DeadLetter(ElementId("clicks")));
    deadLetter->setCurrentIndex(1);
    QVERIFY(design().component("orders")->props.deadLetter == DeadLetter(false));
    deadLetter->setCurrentIndex(2);
    QVERIFY(design().component("orders")->props.deadLetter == DeadLetter(true));
    deadLetter->setCurrentIndex(0);
    QVERIFY(!design().component("orders")->props.deadLetter);
    stack()->undo();
    QCOMPARE(deadLetter->currentIndex(), 2);

    // A queue added elsewhere becomes a choice.
    m_document->design().insert(component("retry", ComponentKind::Queue, "Retry"));
    QCOMPARE(deadLetter->itemText(deadLetter->count() - 1), QStringLiteral("Retry (retry)"));
}

void tst_PropertiesDock::deadLetterTargetDeleted() {
    m_dock->setSelection({"orders"});
    auto* deadLetter = field<QComboBox>(*m_dock, Page::Component, "prop:dead_letter");
    QCOMPARE(deadLetter->currentText(), QStringLiteral("Orders DLQ (dlq)"));

    // Deleted elsewhere (the canvas): the reference goes with it.
    const std::vector<ElementId> gone{"dlq"};
    Removal removal = m_document->design().remove(gone);
    QVERIFY(!design().component("orders")->props.deadLetter);
    QCOMPARE(deadLetter->currentIndex(), 0);
    QCOMPARE(comboIndexOf(deadLetter, QStringLiteral("Orders DLQ (dlq)")), -1);
    m_document->design().restore(std::move(removal));
    QCOMPARE(deadLetter->currentText(), QStringLiteral("Orders DLQ (dlq)"));
}

void tst_PropertiesDock::kindChangeDropsPropsItsKindLacks() {
    m_dock->setSelection({"cache"});
    auto* kind = field<QComboBox>(*m_dock, Page::Component, "kindCombo");
    QVERIFY(field<OptionalNumberSpinBox>(*m_dock, Page::Component, "prop:ttl_s"));
    kind->setCurrentIndex(kind->findData(int(ComponentKind::Service)));
    const Component* cache = design().component("cache");
    QVERIFY(cache->kind == ComponentKind::Service);
    QVERIFY(!cache->props.ttlS);
    QVERIFY(!cache->props.eviction);
    // The fields follow the kind.
    QTRY_VERIFY(!m_dock->pageWidget(Page::Component)
                     ->findChild<OptionalNumberSpinBox*>(QStringLiteral("prop:ttl_s")));
    QVERIFY(field<QCheckBox>(*m_dock, Page::Component, "prop:stateless"));
    QCOMPARE(m_dock->pageWidget(Page::Component)
                 ->findChild<QLabel*>(QStringLiteral("headingTitle"))
                 ->text(),
             QStringLiteral("Service"));

    stack()->undo();
    QVERIFY(design().component("cache")->kind == ComponentKind::Cache);
    QCOMPARE(design().component("cache")->props.ttlS, std::optional<double>(60));
    QCOMPARE(kind->currentData().toInt(), int(ComponentKind::Cache));
    QTRY_VERIFY(field<OptionalNumberSpinBox>(*m_dock, Page::Component, "prop:ttl_s"));
    QCOMPARE(field<OptionalNumberSpinBox>(*m_dock, Page::Component, "prop:ttl_s")->optionalValue(),
             std::optional<double>(60));
}

void tst_PropertiesDock::kindChangeReleasesDeadLetters() {
    // "dlq" stops being a queue: "orders" may no longer name it.
    m_dock->setSelection({"dlq"});
    auto* kind = field<QComboBox>(*m_dock, Page::Component, "kindCombo");
    kind->setCurrentIndex(kind->findData(int(ComponentKind::Worker)));
    QVERIFY(design().component("dlq")->kind == ComponentKind::Worker);
    QVERIFY(!design().component("orders")->props.deadLetter);
    QCOMPARE(stack()->count(), 1); // one step for both

    stack()->undo();
    QVERIFY(design().component("dlq")->kind == ComponentKind::Queue);
    QVERIFY(design().component("orders")->props.deadLetter == DeadLetter(ElementId("dlq")));

    // A stream can still be a dead letter: nothing is released.
    kind->setCurrentIndex(kind->findData(int(ComponentKind::Stream)));
    QVERIFY(design().component("orders")->props.deadLetter == DeadLetter(ElementId("dlq")));
}

void tst_PropertiesDock::connectionFields() {
    m_dock->setSelection({"e1"});
    auto* kind = field<QComboBox>(*m_dock, Page::Connection, "connectionKindCombo");
    auto* protocol = field<QLineEdit>(*m_dock, Page::Connection, "protocolEdit");
    auto* label = field<QLineEdit>(*m_dock, Page::Connection, "labelEdit");
    auto* timeout = field<OptionalNumberSpinBox>(*m_dock, Page::Connection, "prop:timeout_ms");
    auto* retries = field<OptionalNumberSpinBox>(*m_dock, Page::Connection, "prop:retries");
    auto* tls = field<QCheckBox>(*m_dock, Page::Connection, "prop:tls");
    auto* breaker = field<QCheckBox>(*m_dock, Page::Connection, "prop:circuit_breaker");
    QVERIFY(kind && protocol && label && timeout && retries && tls && breaker);
    QCOMPARE(kind->currentText(), QStringLiteral("sync"));
    QCOMPARE(protocol->text(), QStringLiteral("SQL"));
    QVERIFY(!timeout->optionalValue());
    QCOMPARE(timeout->text(), QStringLiteral("(unset)"));

    kind->setCurrentIndex(kind->findText(QStringLiteral("replication")));
    selectAllAndType(protocol, QStringLiteral("Postgres wire"));
    QTest::keyClick(protocol, Qt::Key_Return);
    selectAllAndType(label, QStringLiteral("writes"));
    QTest::keyClick(label, Qt::Key_Return);
    timeout->setFocus();
    timeout->selectAll();
    QTest::keyClicks(timeout, QStringLiteral("800"));
    QTest::keyClick(timeout, Qt::Key_Return);
    QTest::keyClick(retries, Qt::Key_Up); // unset -> 0
    QTest::keyClick(retries, Qt::Key_Up);
    QTest::keyClick(retries, Qt::Key_Return);
    tls->setChecked(true);
    breaker->setChecked(true);
    breaker->setChecked(false);

    const Connection* e1 = design().connection("e1");
    QVERIFY(e1->kind == ConnectionKind::Replication);
    QCOMPARE(e1->protocol, std::string("Postgres wire"));
    QCOMPARE(e1->label, std::string("writes"));
    QCOMPARE(e1->props.timeoutMs, std::optional<double>(800));
    QCOMPARE(e1->props.retries, std::optional<std::int64_t>(1));
    QCOMPARE(e1->props.tls, std::optional(true));
    QVERIFY(!e1->props.circuitBreaker);
    QCOMPARE(stack()->count(), 8);

    while (stack()->canUndo())
        stack()->undo();
    QVERIFY(*design().connection("e1") == sampleDesign().connections[0]);
    QCOMPARE(protocol->text(), QStringLiteral("SQL"));
    QVERIFY(!tls->isChecked());
    QCOMPARE(kind->currentText(), QStringLiteral("sync"));
    stack()->redo();
    QVERIFY(design().connection("e1")->kind == ConnectionKind::Replication);
}

void tst_PropertiesDock::groupFields() {
    m_dock->setSelection({"east"});
    auto* name = field<QLineEdit>(*m_dock, Page::Group, "groupNameEdit");
    auto* kind = field<QComboBox>(*m_dock, Page::Group, "groupKindCombo");
    QCOMPARE(name->text(), QStringLiteral("East"));
    QCOMPARE(kind->currentText(), QStringLiteral("region"));
    QCOMPARE(field<QLabel>(*m_dock, Page::Group, "groupMembers")->text(), QStringLiteral("API"));
    selectAllAndType(name, QStringLiteral("East US"));
    QTest::keyClick(name, Qt::Key_Return);
    kind->setCurrentIndex(kind->findText(QStringLiteral("boundary")));
    QCOMPARE(design().group("east")->name, std::string("East US"));
    QVERIFY(design().group("east")->kind == GroupKind::Boundary);
    stack()->undo();
    QVERIFY(design().group("east")->kind == GroupKind::Region);
    QCOMPARE(kind->currentText(), QStringLiteral("region"));
}

void tst_PropertiesDock::groupKindThatBreaksMembershipIsDisabled() {
    // "edge" holds "db", which is already in zone "z1": it cannot be a zone.
    m_dock->setSelection({"edge"});
    auto* kind = field<QComboBox>(*m_dock, Page::Group, "groupKindCombo");
    const auto* model = qobject_cast<const QStandardItemModel*>(kind->model());
    QVERIFY(model);
    const int zone = kind->findText(QStringLiteral("zone"));
    QVERIFY(!model->item(zone)->isEnabled());
    QVERIFY(model->item(zone)->toolTip().contains(QStringLiteral("Zone 1")));
    QVERIFY(model->item(kind->findText(QStringLiteral("region")))->isEnabled());

    // Forced anyway, the model refuses and nothing is recorded.
    kind->setCurrentIndex(zone);
    QVERIFY(design().group("edge")->kind == GroupKind::Boundary);
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(kind->currentText(), QStringLiteral("boundary"));
}

void tst_PropertiesDock::noteText() {
    m_dock->setSelection({"n1"});
    auto* text = field<QPlainTextEdit>(*m_dock, Page::Note, "noteTextEdit");
    QCOMPARE(text->toPlainText(), QStringLiteral("Assume 10:1 reads"));
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral(" and writes"));
    QTRY_COMPARE(design().note("n1")->text, std::string("Assume 10:1 reads and writes"));
    stack()->undo();
    QCOMPARE(text->toPlainText(), QStringLiteral("Assume 10:1 reads"));
}

void tst_PropertiesDock::multiSelectionIsASummary() {
    m_dock->setSelection({"api", "db", "e1"});
    QCOMPARE(m_dock->currentPage(), Page::Summary);
    QWidget* summary = m_dock->pageWidget(Page::Summary);
    QVERIFY(summary->isVisible());
    QCOMPARE(summary->findChild<QLabel*>(QStringLiteral("headingTitle"))->text(),
             QStringLiteral("3 items selected"));
    QCOMPARE(summary->findChild<QLabel*>(QStringLiteral("headingDetail"))->text(),
             QStringLiteral("2 components, 1 connection"));
    QVERIFY(summary->findChild<QLabel*>(QStringLiteral("selectionList"))
                ->text()
                .contains(QStringLiteral("API \u2192 Orders DB")));
    // Read-only: nothing to type into.
    QVERIFY(summary->findChildren<QLineEdit*>().isEmpty());

    // A rename elsewhere shows.
    Component api = *design().component("api");
    api.name = "Edge API";
    m_document->design().replace(api);
    QVERIFY(summary->findChild<QLabel*>(QStringLiteral("selectionList"))
                ->text()
                .contains(QStringLiteral("Edge API")));
}

void tst_PropertiesDock::annotationIsASummary() {
    m_dock->setSelection({"a1"});
    QCOMPARE(m_dock->currentPage(), Page::Summary);
    QCOMPARE(m_dock->pageWidget(Page::Summary)
                 ->findChild<QLabel*>(QStringLiteral("headingDetail"))
                 ->text(),
             QStringLiteral("1 annotation"));
}

void tst_PropertiesDock::unknownIdsAreIgnored() {
    m_dock->setSelection({"nope", "api", "api"});
    QCOMPARE(m_dock->selection(), std::vector<ElementId>{"api"});
    QCOMPARE(m_dock->currentPage(), Page::Component);
    m_dock->setSelection({"nope"});
    QCOMPARE(m_dock->currentPage(), Page::Design);
}

void tst_PropertiesDock::selectionChangeRefreshesAndCommits() {
    m_dock->setSelection({"api"});
    auto* name = field<QLineEdit>(*m_dock, Page::Component, "nameEdit");
    auto* tech = field<QLineEdit>(*m_dock, Page::Component, "techEdit");
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral("2"));
    // The selection moves before the pause: the typing belongs to "api".
    m_dock->setSelection({"db"});
    QCOMPARE(design().component("api")->name, std::string("API2"));
    QCOMPARE(design().component("db")->name, std::string("Orders DB"));
    QCOMPARE(name->text(), QStringLiteral("Orders DB"));
    QCOMPARE(tech->text(), QString());
    QCOMPARE(field<QComboBox>(*m_dock, Page::Component, "kindCombo")->currentText(),
             QStringLiteral("SQL store"));
    QVERIFY(field<QComboBox>(*m_dock, Page::Component, "prop:replication"));

    // Typing the same field of another element is another step.
    name->end(false);
    QTest::keyClicks(name, QStringLiteral("2"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(stack()->count(), 2);
}

void tst_PropertiesDock::modelChangesKeepTheCaret() {
    m_dock->setSelection({"api"});
    auto* name = field<QLineEdit>(*m_dock, Page::Component, "nameEdit");
    name->setFocus();
    name->setCursorPosition(1);

    // Another field changes: the name field is left alone.
    Component api = *design().component("api");
    api.tech = "Rust";
    m_document->design().replace(api);
    QCOMPARE(field<QLineEdit>(*m_dock, Page::Component, "techEdit")->text(),
             QStringLiteral("Rust"));
    QCOMPARE(name->cursorPosition(), 1);

    // The name itself changes (an undo, the canvas): new text, caret kept.
    api.name = "APIs";
    m_document->design().replace(api);
    QCOMPARE(name->text(), QStringLiteral("APIs"));
    QCOMPARE(name->cursorPosition(), 1);
    QVERIFY(name->hasFocus());
}

void tst_PropertiesDock::typingSurvivesUnrelatedChanges() {
    m_dock->setSelection({"api"});
    auto* name = field<QLineEdit>(*m_dock, Page::Component, "nameEdit");
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" gateway"));
    // Something else changes while the typing waits for its pause.
    Component api = *design().component("api");
    api.replicas = 5;
    m_document->design().replace(api);
    QCOMPARE(name->text(), QStringLiteral("API gateway"));
    QCOMPARE(field<QSpinBox>(*m_dock, Page::Component, "replicasSpin")->value(), 5);
    QTRY_COMPARE(design().component("api")->name, std::string("API gateway"));
    QCOMPARE(design().component("api")->replicas, 5);
}

void tst_PropertiesDock::removedSelectionFallsBackToTheDesign() {
    m_dock->setSelection({"cache"});
    const std::vector<ElementId> gone{"cache"};
    m_document->design().remove(gone);
    QCOMPARE(m_dock->currentPage(), Page::Design);
    QVERIFY(m_dock->selection().empty());

    m_dock->setSelection({"api", "db"});
    const std::vector<ElementId> db{"db", "e1"};
    m_document->design().remove(db);
    QCOMPARE(m_dock->currentPage(), Page::Component);

    // A new file: nothing of the old one stays selected.
    m_document->design().reset(DesignData{});
    QCOMPARE(m_dock->currentPage(), Page::Design);
    QCOMPARE(field<QLineEdit>(*m_dock, Page::Design, "titleEdit")->text(), QString());
}

void tst_PropertiesDock::openingADesignDropsUncommittedTyping() {
    auto* title = field<QLineEdit>(*m_dock, Page::Design, "titleEdit");
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, QStringLiteral(" draft"));
    // Another design with the same ids replaces this one before the pause.
    DesignData other = sampleDesign();
    other.info.title = "Other";
    m_document->design().reset(other);
    QTest::qWait(TextCommitterPause + 200);
    QCOMPARE(design().info().title, std::string("Other"));
    QCOMPARE(title->text(), QStringLiteral("Other"));
    QCOMPARE(stack()->count(), 0);
}

void tst_PropertiesDock::fieldsAreAccessible() {
    QVERIFY(!m_dock->accessibleName().isEmpty());
    for (const QString& id :
         {QStringLiteral("api"), QStringLiteral("orders"), QStringLiteral("obs"),
          QStringLiteral("e1"), QStringLiteral("east"), QStringLiteral("n1"), QString()}) {
        m_dock->setSelection(id.isEmpty() ? std::vector<ElementId>{}
                                          : std::vector<ElementId>{id.toStdString()});
        QWidget* page = m_dock->pageWidget(m_dock->currentPage());
        const QList<QWidget*> fields = page->findChildren<QWidget*>();
        int editors = 0;
        for (QWidget* w : fields) {
            const bool editor = qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
                                qobject_cast<QAbstractSpinBox*>(w) ||
                                qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QCheckBox*>(w);
            // Line edits inside spin and combo boxes belong to them.
            if (!editor || qobject_cast<QAbstractSpinBox*>(w->parentWidget()) ||
                qobject_cast<QComboBox*>(w->parentWidget()))
                continue;
            ++editors;
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
        QVERIFY(editors > 0);
    }
}

QTEST_MAIN(tst_PropertiesDock)
#include "tst_propertiesdock.moc"
