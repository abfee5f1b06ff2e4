#include "editform.h"

#include "optionalnumberspinbox.h"
#include "textcommitter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

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

QString EditForm::mergeKey(const QString& field) const {
    return field + QLatin1Char('#') + QString::number(m_session);
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

QFormLayout* EditForm::addSection(QLayout* layout, const QString& title, const QString& name) {
    auto* box = new QGroupBox(title, this);
    box->setObjectName(name);
    box->setAccessibleName(title);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addWidget(box);
    return form;
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
