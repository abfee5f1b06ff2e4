#include "editform.h"

#include "formheading.h"
#include "optionalnumberspinbox.h"
#include "textcommitter.h"
#include "widgets/commands/designcommand.h"

#include <algorithm>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace archboard {

namespace {

constexpr int kMaxCount = 1'000'000; // the format's limit on counts
constexpr int kTextAreaLines = 4;

template <typename W>
W* addRow(QFormLayout* form, const QString& label, const QString& name, W* widget) {
    widget->setObjectName(name);
    widget->setAccessibleName(label);
    auto* caption = new QLabel(label, form->parentWidget());
    caption->setBuddy(widget);
    form->addRow(caption, widget);
    return widget;
}

} // namespace

EditForm::EditForm(DesignDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
}

void EditForm::flushPendingText() {
    for (const QPointer<TextCommitter>& committer : m_committers)
        if (committer)
            committer->flush();
}

void EditForm::discardPendingText() {
    for (const QPointer<TextCommitter>& committer : m_committers)
        if (committer)
            committer->discard();
}

int EditForm::mergeKey(const QString& field) const {
    const auto [key, added] = m_sessionKeys.try_emplace(field, 0);
    if (added)
        key->second = DesignCommand::newMergeKey();
    return key->second;
}

QLineEdit* EditForm::addLineEdit(QFormLayout* form, const QString& label, const QString& name) {
    return addRow(form, label, name, new QLineEdit(this));
}

QPlainTextEdit* EditForm::addTextArea(QFormLayout* form, const QString& label,
                                      const QString& name) {
    auto* edit = addRow(form, label, name, new QPlainTextEdit(this));
    edit->setTabChangesFocus(true); // Tab moves on, as in every other field
    edit->setFixedHeight(
        edit->fontMetrics().lineSpacing() * kTextAreaLines +
        2 * (edit->frameWidth() + static_cast<int>(edit->document()->documentMargin())));
    return edit;
}

QComboBox* EditForm::addComboBox(QFormLayout* form, const QString& label, const QString& name) {
    auto* combo = addRow(form, label, name, new QComboBox(this));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return combo;
}

QSpinBox* EditForm::addCountSpinBox(QFormLayout* form, const QString& label, const QString& name) {
    auto* spin = addRow(form, label, name, new QSpinBox(this));
    spin->setRange(1, kMaxCount);
    spin->setKeyboardTracking(false);
    endSessionOnFinish(spin);
    return spin;
}

OptionalNumberSpinBox* EditForm::addNumber(QFormLayout* form, const QString& label,
                                           const QString& name) {
    auto* spin = addRow(form, label, name, new OptionalNumberSpinBox(this));
    endSessionOnFinish(spin);
    return spin;
}

QCheckBox* EditForm::addCheckBox(QFormLayout* form, const QString& label, const QString& name) {
    // The text sits beside the box, in the field column, aligned with the
    // other fields.
    auto* box = new QCheckBox(label, this);
    box->setObjectName(name);
    box->setAccessibleName(label);
    form->addRow(QString(), box);
    return box;
}

QFormLayout* EditForm::addForm(QBoxLayout* layout) {
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addLayout(form);
    return form;
}

QFormLayout* EditForm::addSection(QBoxLayout* layout, const QString& title, const QString& name) {
    // A bold title over its rows rather than a frame: the dock is narrow, and
    // frames inside a scroll area cost width without telling more.
    QLabel* heading = addSubheading(layout, this, title);
    heading->setObjectName(name + QStringLiteral("Title"));
    auto* section = new QWidget(this);
    section->setObjectName(name);
    section->setAccessibleName(title);
    auto* sectionLayout = new QVBoxLayout(section);
    sectionLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(section);
    return addForm(sectionLayout);
}

void EditForm::alignLabelColumns(std::initializer_list<QFormLayout*> forms) {
    // Separate forms on one page line up as if they were one.
    int width = 0;
    for (const QFormLayout* form : forms)
        for (int row = 0; row < form->rowCount(); ++row)
            if (const QLayoutItem* label = form->itemAt(row, QFormLayout::LabelRole))
                if (QWidget* widget = label->widget())
                    width = std::max(width, widget->sizeHint().width());
    for (const QFormLayout* form : forms)
        for (int row = 0; row < form->rowCount(); ++row)
            if (const QLayoutItem* label = form->itemAt(row, QFormLayout::LabelRole))
                if (QWidget* widget = label->widget())
                    widget->setMinimumWidth(width);
}

TextCommitter* EditForm::watchText(QLineEdit* edit, std::function<void(const QString&)> onCommit) {
    return track(new TextCommitter(edit), std::move(onCommit));
}

TextCommitter* EditForm::watchText(QPlainTextEdit* edit,
                                   std::function<void(const QString&)> onCommit) {
    return track(new TextCommitter(edit), std::move(onCommit));
}

TextCommitter* EditForm::track(TextCommitter* committer,
                               std::function<void(const QString&)> onCommit) {
    std::erase_if(m_committers, [](const QPointer<TextCommitter>& c) { return c.isNull(); });
    m_committers.emplace_back(committer);
    connect(committer, &TextCommitter::commit, this, std::move(onCommit));
    connect(committer, &TextCommitter::finished, this, &EditForm::endSession);
    return committer;
}

void EditForm::endSessionOnFinish(QAbstractSpinBox* spin) {
    connect(spin, &QAbstractSpinBox::editingFinished, this, &EditForm::endSession);
}

} // namespace archboard
