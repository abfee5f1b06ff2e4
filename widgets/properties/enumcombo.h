#pragma once

#include "model/kinds.h"

#include <optional>
#include <QComboBox>
#include <QSignalBlocker>
#include <QString>

namespace archboard {

// A file token as a choice reads: "at_least_once" -> "at least once".
QString enumValueLabel(std::string_view token);

// Combo boxes for an optional enum: an "unset" entry first (no data), then
// every value in the format's order (data: its index).
template <typename E> void fillEnumCombo(QComboBox* combo, const QString& unsetText) {
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(unsetText);
    for (std::size_t i = 0; i < enumCount<E>(); ++i) {
        const std::string_view token = toString(static_cast<E>(i));
        combo->addItem(enumValueLabel(token), static_cast<int>(i));
        combo->setItemData(combo->count() - 1,
                           QString::fromUtf8(token.data(), static_cast<qsizetype>(token.size())),
                           Qt::ToolTipRole);
    }
}

template <typename E> std::optional<E> enumComboValue(const QComboBox* combo) {
    const QVariant data = combo->currentData();
    if (!data.isValid())
        return std::nullopt;
    return static_cast<E>(data.toInt());
}

template <typename E> void showEnumComboValue(QComboBox* combo, std::optional<E> value) {
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(value ? combo->findData(static_cast<int>(*value)) : 0);
}

} // namespace archboard
