#include "componentform.h"

#include "componentpropsform.h"
#include "kindchange.h"
#include "textcommitter.h"
#include "widgets/commands/editelementcommand.h"
#include "widgets/kindicons.h"
#include "widgets/kindnames.h"
#include "widgets/palette/palettekind.h"
#include "widgets/stringconvert.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStringListModel>
#include <QUndoStack>
#include <QVBoxLayout>

namespace archboard {

ComponentForm::ComponentForm(DesignDocument* document, QWidget* parent)
    : ElementForm(document, parent)
    , m_technologies(new QStringListModel(this)) {
    setObjectName(QStringLiteral("componentForm"));
    auto* layout = new QVBoxLayout(this);
    m_heading = addFormHeading(layout, this);

    QFormLayout* form = addForm(layout);
    m_form = form;
    m_name = addLineEdit(form, tr("Name"), QStringLiteral("nameEdit"));
    m_kind = addComboBox(form, tr("Kind"), QStringLiteral("kindCombo"));
    for (std::size_t i = 0; i < enumCount<ComponentKind>(); ++i) {
        const auto kind = static_cast<ComponentKind>(i);
        m_kind->addItem(kindIcon(kind), kindDisplayName(kind), static_cast<int>(i));
    }
    m_tech = addLineEdit(form, tr("Technology"), QStringLiteral("techEdit"));
    m_tech->setPlaceholderText(tr("e.g. PostgreSQL, Redis, Kafka"));
    auto* completer = new QCompleter(m_technologies, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_tech->setCompleter(completer);
    m_justification = addTextArea(form, tr("Justification"), QStringLiteral("justificationEdit"));
    m_justification->setPlaceholderText(tr("Why this technology, in the requirements' terms"));
    m_replicas = addCountSpinBox(form, tr("Replicas"), QStringLiteral("replicasSpin"));
    m_zones = addCountSpinBox(form, tr("Zones"), QStringLiteral("zonesSpin"));
    m_zones->setToolTip(tr("How many availability zones the replicas span"));

    m_propsTitle = addSubheading(layout, this);
    m_props = new ComponentPropsForm(document, this);
    layout->addWidget(m_props);
    layout->addStretch(1);

    m_nameText = watchText(m_name, [this](const QString& text) {
        edit<Component>(tr("Name"), mergeKey(QStringLiteral("name")),
                        [&](Component& c) { c.name = toStdString(text); });
    });
    m_techText = watchText(m_tech, [this](const QString& text) { commitTechnology(text); });
    // A suggestion picked from the list is a finished choice.
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& text) {
                m_techText->discard();
                commitTechnology(text);
                endSession();
            });
    m_justificationText = watchText(m_justification, [this](const QString& text) {
        edit<Component>(tr("Justification"), mergeKey(QStringLiteral("justification")),
                        [&](Component& c) { c.justification = toStdString(text); });
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { changeKind(static_cast<ComponentKind>(m_kind->currentData().toInt())); });
    connect(m_replicas, &QSpinBox::valueChanged, this, [this](int value) {
        edit<Component>(tr("Replicas"), mergeKey(QStringLiteral("replicas")),
                        [value](Component& c) { c.replicas = value; });
    });
    connect(m_zones, &QSpinBox::valueChanged, this, [this](int value) {
        edit<Component>(tr("Zones"), mergeKey(QStringLiteral("zones")),
                        [value](Component& c) { c.zones = value; });
    });
}

void ComponentForm::setElementId(const ElementId& id) {
    m_props->setElementId(id);
    ElementForm::setElementId(id);
}

void ComponentForm::flushPendingText() {
    ElementForm::flushPendingText();
    m_props->flushPendingText();
}

void ComponentForm::discardPendingText() {
    ElementForm::discardPendingText();
    m_props->discardPendingText();
}

void ComponentForm::endSession() {
    ElementForm::endSession();
    m_props->endSession();
}

void ComponentForm::setTechnologySuggestions(const QStringList& technologies) {
    m_technologies->setStringList(technologies);
}

void ComponentForm::refresh() {
    const Component* component = current<Component>();
    if (!component)
        return;
    const QString kindName = kindDisplayName(component->kind);
    setFormHeading(m_heading, kindIcon(component->kind), paletteDisplayName(component->kind),
                   tr("Component \u00b7 id %1").arg(toQString(component->id)));
    m_propsTitle->setText(tr("%1 properties").arg(paletteDisplayName(component->kind)));

    m_nameText->showModelText(toQString(component->name));
    m_techText->showModelText(toQString(component->tech));
    m_justificationText->showModelText(toQString(component->justification));
    {
        const QSignalBlocker kindBlocker(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(component->kind)));
        const QSignalBlocker replicasBlocker(m_replicas);
        m_replicas->setValue(static_cast<int>(component->replicas));
        const QSignalBlocker zonesBlocker(m_zones);
        m_zones->setValue(static_cast<int>(component->zones));
    }
    m_props->refresh();
    alignLabelColumns({m_form, m_props->form()});
}

void ComponentForm::commitTechnology(const QString& text) {
    edit<Component>(tr("Technology"), mergeKey(QStringLiteral("tech")),
                    [&](Component& c) { c.tech = toStdString(text); });
}

void ComponentForm::changeKind(ComponentKind kind) {
    flushPendingText(); // typed for the old kind's fields
    const Component* now = current<Component>();
    if (!now || now->kind == kind)
        return;
    Design& design = document()->design();
    const bool stillTarget = kind == ComponentKind::Queue || kind == ComponentKind::Stream;
    const std::vector<const Component*> referrers =
        stillTarget ? std::vector<const Component*>{} : deadLetterReferrers(design, now->id);

    // One step: the new kind, and the dead letters that pointed at the old
    // queue let go of it, as when it is deleted.
    QUndoStack* stack = document()->undoStack();
    const QString text = undoText(tr("Kind"));
    stack->beginMacro(text);
    for (const Component* referrer : referrers) {
        Component after = *referrer;
        after.props.deadLetter.reset();
        stack->push(new EditElementCommand(design, *referrer, std::move(after), text));
    }
    stack->push(new EditElementCommand(design, *current<Component>(),
                                       withKind(*current<Component>(), kind), text));
    stack->endMacro();
    refresh();
}

} // namespace archboard
