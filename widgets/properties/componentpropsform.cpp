#include "componentpropsform.h"

#include "enumcombo.h"
#include "optionalnumberspinbox.h"
#include "textcommitter.h"
#include "widgets/kindicons.h"
#include "widgets/kindnames.h"
#include "widgets/stringconvert.h"

#include <algorithm>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace archboard {

namespace {

constexpr double kMaxNumber = 1e15; // the format's limit on numbers
constexpr double kMaxCount = 1e6;   // and on counts
constexpr double kMaxPercent = 100;

QString propObjectName(PropKey key) {
    return QStringLiteral("prop:") + toQString(propName(key));
}

std::optional<bool> boolFromBox(bool checked, bool defaultValue) {
    if (checked == defaultValue)
        return std::nullopt;
    return checked;
}

// Unset, a bool and an id are told apart by type first: QVariant would
// compare some of them by value.
bool sameChoice(const QVariant& a, const QVariant& b) {
    return a.typeId() == b.typeId() && (!a.isValid() || a == b);
}

QString componentLabel(const Component& component) {
    const QString id = toQString(component.id);
    if (component.name.empty())
        return id;
    return ComponentPropsForm::tr("%1 (%2)").arg(toQString(component.name), id);
}

} // namespace

ComponentPropsForm::ComponentPropsForm(DesignDocument* document, QWidget* parent)
    : ElementForm(document, parent)
    , m_empty(new QLabel(tr("This kind has no properties."), this)) {
    setObjectName(QStringLiteral("componentPropsForm"));
    m_empty->setObjectName(QStringLiteral("propsEmpty"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    m_form = addForm(layout);
}

QString ComponentPropsForm::propLabel(PropKey key) {
    switch (key) {
    case PropKey::HealthChecks:
        return tr("Health checks");
    case PropKey::TtlS:
        return tr("TTL (s)");
    case PropKey::Auth:
        return tr("Authentication");
    case PropKey::RateLimit:
        return tr("Rate limiting");
    case PropKey::Algorithm:
        return tr("Algorithm");
    case PropKey::Scope:
        return tr("Scope");
    case PropKey::Stateless:
        return tr("Stateless");
    case PropKey::Autoscaling:
        return tr("Autoscaling");
    case PropKey::Idempotent:
        return tr("Idempotent");
    case PropKey::DeadLetter:
        return tr("Dead letter");
    case PropKey::Delivery:
        return tr("Delivery");
    case PropKey::Ordering:
        return tr("Ordering");
    case PropKey::RetentionHours:
        return tr("Retention (h)");
    case PropKey::Partitions:
        return tr("Partitions");
    case PropKey::PartitionKey:
        return tr("Partition key");
    case PropKey::ReplicationFactor:
        return tr("Replication factor");
    case PropKey::Eviction:
        return tr("Eviction");
    case PropKey::Invalidation:
        return tr("Invalidation");
    case PropKey::Fallback:
        return tr("Callers have a fallback");
    case PropKey::Replication:
        return tr("Replication");
    case PropKey::Backups:
        return tr("Backups");
    case PropKey::Failover:
        return tr("Failover");
    case PropKey::Sharding:
        return tr("Sharding");
    case PropKey::Consistency:
        return tr("Consistency");
    case PropKey::Versioning:
        return tr("Versioning");
    case PropKey::RefreshS:
        return tr("Refresh (s)");
    case PropKey::Signals:
        return tr("Signals");
    case PropKey::Checkpointing:
        return tr("Checkpointing");
    case PropKey::Sla:
        return tr("SLA (%)");
    }
    return toQString(propName(key));
}

void ComponentPropsForm::refresh() {
    const Component* component = current<Component>();
    if (!component)
        return;
    if (m_builtFor != component->kind)
        rebuild(component->kind);
    for (const auto& show : m_show)
        show(*component);
}

void ComponentPropsForm::rebuild(ComponentKind kind) {
    flushPendingText();
    m_show.clear();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    for (const PropKey key : propsOf(kind))
        addField(key, kind);
    m_empty->setVisible(propsOf(kind).empty());
    m_builtFor = kind;
}

void ComponentPropsForm::editProps(PropKey key, bool mergeable,
                                   const std::function<void(ComponentProps&)>& change) {
    edit<Component>(propLabel(key), mergeable ? mergeKey(toQString(propName(key))) : 0,
                    [&change](Component& c) { change(c.props); });
}

void ComponentPropsForm::addField(PropKey key, ComponentKind kind) {
    using P = ComponentProps;
    switch (key) {
    case PropKey::HealthChecks:
        return addBool(key, &P::healthChecks, false);
    case PropKey::Auth:
        return addBool(key, &P::auth, false);
    case PropKey::RateLimit:
        return addBool(key, &P::rateLimit, false);
    case PropKey::Stateless:
        return addBool(key, &P::stateless,
                       true); // the format's one default-true prop
    case PropKey::Autoscaling:
        return addBool(key, &P::autoscaling, false);
    case PropKey::Idempotent:
        return addBool(key, &P::idempotent, false);
    case PropKey::Fallback:
        return addBool(key, &P::fallback, false);
    case PropKey::Backups:
        return addBool(key, &P::backups, false);
    case PropKey::Versioning:
        return addBool(key, &P::versioning, false);
    case PropKey::Checkpointing:
        return addBool(key, &P::checkpointing, false);
    case PropKey::TtlS:
        return addNumber(key, &P::ttlS, 0, kMaxNumber);
    case PropKey::RetentionHours:
        return addNumber(key, &P::retentionHours, 0, kMaxNumber);
    case PropKey::RefreshS:
        return addNumber(key, &P::refreshS, 0, kMaxNumber);
    case PropKey::Sla:
        return addNumber(key, &P::sla, 0, kMaxPercent);
    case PropKey::Partitions:
        return addInteger(key, &P::partitions);
    case PropKey::ReplicationFactor:
        return addInteger(key, &P::replicationFactor);
    case PropKey::PartitionKey:
        return addPartitionKey();
    case PropKey::Algorithm:
        return addEnum(key, &P::algorithm, tr("(unset)"));
    case PropKey::Scope:
        if (kind == ComponentKind::Observability)
            return addEnum(key, &P::observabilityScope, tr("(default: all)"));
        return addEnum(key, &P::limiterScope, tr("(unset)"));
    case PropKey::Delivery:
        return addEnum(key, &P::delivery, tr("(unset)"));
    case PropKey::Ordering:
        return addEnum(key, &P::ordering, tr("(unset)"));
    case PropKey::Eviction:
        return addEnum(key, &P::eviction, tr("(unset)"));
    case PropKey::Invalidation:
        return addEnum(key, &P::invalidation, tr("(unset)"));
    case PropKey::Replication:
        return addEnum(key, &P::replication, tr("(unset)"));
    case PropKey::Failover:
        return addEnum(key, &P::failover, tr("(unset)"));
    case PropKey::Sharding:
        return addEnum(key, &P::sharding, tr("(unset)"));
    case PropKey::Consistency:
        return addEnum(key, &P::consistency, tr("(unset)"));
    case PropKey::Signals:
        return addSignals();
    case PropKey::DeadLetter:
        return addDeadLetter();
    }
}

void ComponentPropsForm::addBool(PropKey key, std::optional<bool> ComponentProps::*member,
                                 bool defaultValue) {
    QCheckBox* box = addCheckBox(m_form, propLabel(key), propObjectName(key));
    if (key == PropKey::Fallback)
        box->setToolTip(tr("Callers keep working when this component is lost"));
    m_show.emplace_back([box, member, defaultValue](const Component& c) {
        const QSignalBlocker blocker(box);
        box->setChecked((c.props.*member).value_or(defaultValue));
    });
    connect(box, &QCheckBox::toggled, this, [this, key, member, defaultValue](bool checked) {
        editProps(key, false,
                  [&](ComponentProps& p) { p.*member = boolFromBox(checked, defaultValue); });
    });
}

void ComponentPropsForm::addNumber(PropKey key, std::optional<double> ComponentProps::*member,
                                   double minimum, double maximum) {
    OptionalNumberSpinBox* spin = EditForm::addNumber(m_form, propLabel(key), propObjectName(key));
    spin->setValidRange(minimum, maximum);
    m_show.emplace_back(
        [spin, member](const Component& c) { spin->showModelValue(c.props.*member); });
    connect(spin, &OptionalNumberSpinBox::optionalValueChanged, this,
            [this, key, member](std::optional<double> value) {
                editProps(key, true, [&](ComponentProps& p) { p.*member = value; });
            });
}

void ComponentPropsForm::addInteger(PropKey key,
                                    std::optional<std::int64_t> ComponentProps::*member) {
    OptionalNumberSpinBox* spin = EditForm::addNumber(m_form, propLabel(key), propObjectName(key));
    spin->setIntegral(true);
    spin->setValidRange(1, kMaxCount); // partitions and replication factor: at least one
    m_show.emplace_back(
        [spin, member](const Component& c) { spin->showModelValue(c.props.*member); });
    connect(spin, &OptionalNumberSpinBox::optionalValueChanged, this, [this, key, member, spin] {
        const std::optional<std::int64_t> value = spin->optionalInteger();
        editProps(key, true, [&](ComponentProps& p) { p.*member = value; });
    });
}

template <typename E>
void ComponentPropsForm::addEnum(PropKey key, std::optional<E> ComponentProps::*member,
                                 const QString& unsetText) {
    QComboBox* combo = addComboBox(m_form, propLabel(key), propObjectName(key));
    fillEnumCombo<E>(combo, unsetText);
    m_show.emplace_back(
        [combo, member](const Component& c) { showEnumComboValue(combo, c.props.*member); });
    connect(combo, &QComboBox::currentIndexChanged, this, [this, key, member, combo] {
        const std::optional<E> value = enumComboValue<E>(combo);
        editProps(key, false, [&](ComponentProps& p) { p.*member = value; });
    });
}

void ComponentPropsForm::addPartitionKey() {
    const PropKey key = PropKey::PartitionKey;
    QLineEdit* edit = addLineEdit(m_form, propLabel(key), propObjectName(key));
    edit->setPlaceholderText(tr("(unset)"));
    TextCommitter* committer = watchText(edit, [this](const QString& text) {
        // An empty key is no key: the prop goes.
        editProps(PropKey::PartitionKey, true, [&](ComponentProps& p) {
            p.partitionKey = text.isEmpty() ? std::nullopt : std::optional(toStdString(text));
        });
    });
    m_show.emplace_back([committer](const Component& c) {
        committer->showModelText(toQString(c.props.partitionKey.value_or(std::string())));
    });
}

void ComponentPropsForm::addSignals() {
    auto* row = new QWidget(this);
    row->setObjectName(QStringLiteral("prop:signals"));
    row->setAccessibleName(propLabel(PropKey::Signals));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    std::vector<QCheckBox*> boxes;
    for (std::size_t i = 0; i < enumCount<Signal>(); ++i) {
        const auto signal = static_cast<Signal>(i);
        auto* box = new QCheckBox(enumValueLabel(toString(signal)), row);
        box->setObjectName(QStringLiteral("prop:signals:") + toQString(toString(signal)));
        box->setAccessibleName(tr("Signals: %1").arg(box->text()));
        layout->addWidget(box);
        boxes.push_back(box);
        connect(box, &QCheckBox::toggled, this, [this, signal](bool checked) {
            editProps(PropKey::Signals, false, [&](ComponentProps& p) {
                // Keep the order the design lists them in; a new one goes last.
                std::vector<Signal> list = p.observedSignals.value_or(std::vector<Signal>{});
                std::erase(list, signal);
                if (checked)
                    list.push_back(signal);
                p.observedSignals = list.empty() ? std::nullopt : std::optional(list);
            });
        });
    }
    layout->addStretch(1);
    auto* caption = new QLabel(propLabel(PropKey::Signals), this);
    caption->setBuddy(boxes.front());
    m_form->addRow(caption, row);
    m_show.emplace_back([boxes](const Component& c) {
        const std::vector<Signal> list = c.props.observedSignals.value_or(std::vector<Signal>{});
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            const QSignalBlocker blocker(boxes[i]);
            boxes[i]->setChecked(std::find(list.begin(), list.end(), static_cast<Signal>(i)) !=
                                 list.end());
        }
    });
}

void ComponentPropsForm::addDeadLetter() {
    const PropKey key = PropKey::DeadLetter;
    QComboBox* combo = addComboBox(m_form, propLabel(key), propObjectName(key));
    combo->setToolTip(tr("Where messages go that cannot be processed: another queue or stream "
                         "of this design, or one the design does not show"));
    m_show.emplace_back([this, combo](const Component& c) {
        // The choices: unset, none, an unnamed one, then every other queue
        // and stream, by name. Rebuilt only when they differ, so an open
        // popup is not disturbed by unrelated edits.
        struct Choice {
            QString text;
            QVariant data;
            QIcon icon;
        };
        std::vector<Choice> choices{{tr("(unset)"), QVariant(), {}},
                                    {tr("none"), QVariant(false), {}},
                                    {tr("yes, not shown in the design"), QVariant(true), {}}};
        for (const Component& other : document()->design().components())
            if (other.id != c.id &&
                (other.kind == ComponentKind::Queue || other.kind == ComponentKind::Stream))
                choices.push_back(
                    {componentLabel(other), QVariant(toQString(other.id)), kindIcon(other.kind)});
        QVariant currentData;
        if (c.props.deadLetter)
            currentData = std::visit(
                [](const auto& v) {
                    if constexpr (std::is_same_v<std::decay_t<decltype(v)>, bool>)
                        return QVariant(v);
                    else
                        return QVariant(toQString(v));
                },
                *c.props.deadLetter);

        const QSignalBlocker blocker(combo);
        bool same = combo->count() == static_cast<int>(choices.size());
        for (int i = 0; same && i < combo->count(); ++i)
            same = combo->itemText(i) == choices[static_cast<std::size_t>(i)].text &&
                   sameChoice(combo->itemData(i), choices[static_cast<std::size_t>(i)].data);
        if (!same) {
            combo->clear();
            for (const Choice& choice : choices)
                combo->addItem(choice.icon, choice.text, choice.data);
        }
        int index = 0;
        for (int i = 0; i < combo->count(); ++i)
            if (sameChoice(combo->itemData(i), currentData))
                index = i;
        combo->setCurrentIndex(index);
    });
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
        const QVariant data = combo->currentData();
        std::optional<DeadLetter> value;
        if (data.typeId() == QMetaType::Bool)
            value = DeadLetter(data.toBool());
        else if (data.isValid())
            value = DeadLetter(toStdString(data.toString()));
        editProps(PropKey::DeadLetter, false, [&](ComponentProps& p) { p.deadLetter = value; });
    });
}

} // namespace archboard
