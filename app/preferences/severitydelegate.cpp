#include "severitydelegate.h"

#include "rulepreferencesmodel.h"

#include <algorithm>
#include <array>
#include <QApplication>
#include <QComboBox>
#include <QPainter>

namespace archboard {

namespace {

constexpr int kInset = 2; // pixels between the combo and the cell's edge

QStyleOptionComboBox comboOption(const QStyleOptionViewItem& option, const QString& text,
                                 const QIcon& icon) {
    QStyleOptionComboBox combo;
    combo.rect = option.rect.adjusted(kInset, kInset, -kInset, -kInset);
    combo.palette = option.palette;
    combo.state = option.state & (QStyle::State_Enabled | QStyle::State_MouseOver);
    combo.direction = option.direction;
    combo.fontMetrics = option.fontMetrics;
    combo.currentText = text;
    combo.currentIcon = icon;
    combo.iconSize = option.decorationSize;
    combo.frame = true;
    combo.editable = false;
    return combo;
}

} // namespace

void SeverityDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const {
    QStyleOptionViewItem item(option);
    initStyleOption(&item, index);
    const QWidget* widget = option.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    // The row's background and selection, then a combo box on top.
    item.text.clear();
    item.icon = {};
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);
    const QStyleOptionComboBox combo = comboOption(option, index.data(Qt::DisplayRole).toString(),
                                                   index.data(Qt::DecorationRole).value<QIcon>());
    style->drawComplexControl(QStyle::CC_ComboBox, &combo, painter, widget);
    style->drawControl(QStyle::CE_ComboBoxLabel, &combo, painter, widget);
}

QSize SeverityDelegate::sizeHint(const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    const QWidget* widget = option.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    const QStyleOptionComboBox combo = comboOption(option, index.data().toString(), {});
    // Room for the longest choice and its icon, whatever is chosen now.
    const QSize text = option.fontMetrics.size(Qt::TextSingleLine, tr("Warning")) +
                       QSize(option.decorationSize.width() + 4, 0);
    return style->sizeFromContents(QStyle::CT_ComboBox, &combo, text, widget) +
           QSize(2 * kInset, 2 * kInset);
}

QWidget* SeverityDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const {
    Q_UNUSED(option)
    Q_UNUSED(index)
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(tr("My severity for this rule"));
    combo->addItem(tr("Default"), -1);
    const QStyle* style = combo->style();
    const std::array<std::pair<QStyle::StandardPixmap, Severity>, 3> levels{
        {{QStyle::SP_MessageBoxCritical, Severity::Error},
         {QStyle::SP_MessageBoxWarning, Severity::Warning},
         {QStyle::SP_MessageBoxInformation, Severity::Info}}};
    for (const auto& [icon, severity] : levels)
        combo->addItem(style->standardIcon(icon), RulePreferencesModel::severityName(severity),
                       static_cast<int>(severity));
    // Each choice reaches the model as it is made, from the list or by the
    // arrow keys; the combo stays until focus leaves it, Enter or Escape.
    connect(combo, &QComboBox::currentIndexChanged, this,
            [this, combo] { Q_EMIT const_cast<SeverityDelegate*>(this)->commitData(combo); });
    return combo;
}

void SeverityDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* combo = qobject_cast<QComboBox*>(editor);
    const int at = combo->findData(index.data(RulePreferencesModel::SeverityChoiceRole).toInt());
    combo->setCurrentIndex(std::max(at, 0));
}

void SeverityDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                    const QModelIndex& index) const {
    const auto* combo = qobject_cast<QComboBox*>(editor);
    model->setData(index, combo->currentData(), RulePreferencesModel::SeverityChoiceRole);
}

void SeverityDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                            const QModelIndex& index) const {
    Q_UNUSED(index)
    editor->setGeometry(option.rect.adjusted(kInset, kInset, -kInset, -kInset));
}

} // namespace archboard
