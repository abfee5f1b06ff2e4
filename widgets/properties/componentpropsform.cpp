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
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace archboard {

namespace {

QString propObjectName(const PropDescriptor& prop) {
    return QStringLiteral("prop:") + toQString(prop.name);
}

void showHint(QWidget* editor, const PropDescriptor& prop) {
    if (prop.hint)
        editor->setToolTip(QCoreApplication::translate(kPropTextContext, prop.hint));
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

QString ComponentPropsForm::propLabel(const PropDescriptor& prop) {
    const QString label = QCoreApplication::translate(kPropTextContext, prop.label);
    if (prop.unit.empty())
        return label;
    return tr("%1 (%2)").arg(label, toQString(prop.unit));
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
        addField(*propDescriptor(kind, key));
    m_empty->setVisible(propsOf(kind).empty());
    m_builtFor = kind;
}

void ComponentPropsForm::editProps(const PropDescriptor& prop, bool mergeable,
                                   const std::function<void(ComponentProps&)>& change) {
    edit<Component>(propLabel(prop), mergeable ? mergeKey(toQString(prop.name)) : 0,
                    [&change](Component& c) { change(c.props); });
}

void ComponentPropsForm::addField(const PropDescriptor& prop) {
    std::visit(
        [&]<typename T>(PropMember<T> member) {
            if constexpr (std::is_same_v<T, bool>)
                addBool(prop, member);
            else if constexpr (std::is_same_v<T, double>)
                addNumber(prop, member);
            else if constexpr (std::is_same_v<T, std::int64_t>)
                addInteger(prop, member);
            else if constexpr (std::is_same_v<T, std::string>)
                addText(prop, member);
            else if constexpr (std::is_enum_v<T>)
                addEnum(prop, member);
            else if constexpr (std::is_same_v<T, std::vector<Signal>>)
                addSignals(prop);
            else
                addDeadLetter(prop);
        },
        prop.field);
}

void ComponentPropsForm::addBool(const PropDescriptor& prop, PropMember<bool> member) {
    QCheckBox* box = addCheckBox(m_form, propLabel(prop), propObjectName(prop));
    showHint(box, prop);
    const bool defaultValue = prop.absentMeans == "true";
    m_show.emplace_back([box, member, defaultValue](const Component& c) {
        const QSignalBlocker blocker(box);
        box->setChecked((c.props.*member).value_or(defaultValue));
    });
    connect(
        box, &QCheckBox::toggled, this, [this, prop = &prop, member, defaultValue](bool checked) {
            editProps(*prop, false,
                      [&](ComponentProps& p) { p.*member = boolFromBox(checked, defaultValue); });
        });
}

void ComponentPropsForm::addNumber(const PropDescriptor& prop, PropMember<double> member) {
    OptionalNumberSpinBox* spin =
        EditForm::addNumber(m_form, propLabel(prop), propObjectName(prop));
    showHint(spin, prop);
    spin->setValidRange(prop.range.min, prop.range.max);
    m_show.emplace_back(
        [spin, member](const Component& c) { spin->showModelValue(c.props.*member); });
    connect(spin, &OptionalNumberSpinBox::optionalValueChanged, this,
            [this, prop = &prop, member](std::optional<double> value) {
                editProps(*prop, true, [&](ComponentProps& p) { p.*member = value; });
            });
}

void ComponentPropsForm::addInteger(const PropDescriptor& prop, PropMember<std::int64_t> member) {
    OptionalNumberSpinBox* spin =
        EditForm::addNumber(m_form, propLabel(prop), propObjectName(prop));
    showHint(spin, prop);
    spin->setIntegral(true);
    spin->setValidRange(prop.range.min, prop.range.max);
    m_show.emplace_back(
        [spin, member](const Component& c) { spin->showModelValue(c.props.*member); });
    connect(spin, &OptionalNumberSpinBox::optionalValueChanged, this,
            [this, prop = &prop, member, spin] {
                const std::optional<std::int64_t> value = spin->optionalInteger();
                editProps(*prop, true, [&](ComponentProps& p) { p.*member = value; });
            });
}

template <typename E>
void ComponentPropsForm::addEnum(const PropDescriptor& prop, PropMember<E> member) {
    QComboBox* combo = addComboBox(m_form, propLabel(prop), propObjectName(prop));
    showHint(combo, prop);
    fillEnumCombo<E>(combo, prop.absentMeans.empty()
                                ? tr("(unset)")
                                : tr("(default: %1)").arg(toQString(prop.absentMeans)));
    m_show.emplace_back(
        [combo, member](const Component& c) { showEnumComboValue(combo, c.props.*member); });
    connect(combo, &QComboBox::currentIndexChanged, this, [this, prop = &prop, member, combo] {
        const std::optional<E> value = enumComboValue<E>(combo);
        editProps(*prop, false, [&](ComponentProps& p) { p.*member = value; });
    });
}

void ComponentPropsForm::addText(const PropDescriptor& prop, PropMember<std::string> member) {
    QLineEdit* edit = addLineEdit(m_form, propLabel(prop), propObjectName(prop));
    showHint(edit, prop);
    edit->setPlaceholderText(tr("(unset)"));
    TextCommitter* committer = watchText(edit, [this, prop = &prop, member](const QString& text) {
        // An empty text is no value: the prop goes.
        editProps(*prop, true, [&](ComponentProps& p) {
            p.*member = text.isEmpty() ? std::nullopt : std::optional(toStdString(text));
        });
    });
    m_show.emplace_back([committer, member](const Component& c) {
        committer->showModelText(toQString((c.props.*member).value_or(std::string())));
    });
}

void ComponentPropsForm::addSignals(const PropDescriptor& prop) {
    auto* row = new QWidget(this);
    row->setObjectName(propObjectName(prop));
    row->setAccessibleName(propLabel(prop));
    showHint(row, prop);
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
        connect(box, &QCheckBox::toggled, this, [this, prop = &prop, signal](bool checked) {
            editProps(*prop, false, [&](ComponentProps& p) {
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
    auto* caption = new QLabel(propLabel(prop), this);
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

void ComponentPropsForm::addDeadLetter(const PropDescriptor& prop) {
    QComboBox* combo = addComboBox(m_form, propLabel(prop), propObjectName(prop));
    showHint(combo, prop);
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
    connect(combo, &QComboBox::currentIndexChanged, this, [this, prop = &prop, combo] {
        const QVariant data = combo->currentData();
        std::optional<DeadLetter> value;
        if (data.typeId() == QMetaType::Bool)
            value = DeadLetter(data.toBool());
        else if (data.isValid())
            value = DeadLetter(toStdString(data.toString()));
        editProps(*prop, false, [&](ComponentProps& p) { p.deadLetter = value; });
    });
}

} // namespace archboard
