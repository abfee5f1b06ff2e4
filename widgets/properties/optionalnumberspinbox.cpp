#include "optionalnumberspinbox.h"

#include <cmath>
#include <QLocale>

namespace archboard {

namespace {

constexpr int kFractionDigits = 6; // enough for 99.9999 % and sub-millisecond timeouts

} // namespace

OptionalNumberSpinBox::OptionalNumberSpinBox(QWidget* parent)
    : QDoubleSpinBox(parent) {
    setSpecialValueText(tr("(unset)"));
    setKeyboardTracking(false); // one value per Enter or step, not per keystroke
    setDecimals(kFractionDigits);
    setAccelerated(true);
    setValidRange(0, 1e15);
    setOptionalValue(std::nullopt);
    connect(this, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_settingValue)
            Q_EMIT optionalValueChanged(optionalValue());
    });
}

void OptionalNumberSpinBox::setValidRange(double minimum, double maximum, bool exclusive) {
    m_validMinimum = minimum;
    m_exclusive = exclusive;
    // One step below the range is the "(unset)" position; for an exclusive
    // minimum the minimum itself is.
    const std::optional<double> value = optionalValue();
    setRange(exclusive ? minimum : minimum - 1, maximum);
    setOptionalValue(value);
}

void OptionalNumberSpinBox::setIntegral(bool integral) {
    m_integral = integral;
    setDecimals(integral ? 0 : kFractionDigits);
}

std::optional<double> OptionalNumberSpinBox::optionalValue() const {
    const double v = value();
    if (v < m_validMinimum || (m_exclusive && v == m_validMinimum))
        return std::nullopt;
    return v;
}

std::optional<std::int64_t> OptionalNumberSpinBox::optionalInteger() const {
    const std::optional<double> v = optionalValue();
    if (!v)
        return std::nullopt;
    return std::llround(*v);
}

void OptionalNumberSpinBox::showModelValue(std::optional<double> value) {
    if (optionalValue() != value)
        setOptionalValue(value);
}

void OptionalNumberSpinBox::showModelValue(std::optional<std::int64_t> value) {
    showModelValue(value ? std::optional<double>(static_cast<double>(*value)) : std::nullopt);
}

void OptionalNumberSpinBox::setOptionalValue(std::optional<double> value) {
    m_settingValue = true;
    setValue(value ? *value : minimum());
    m_settingValue = false;
}

QString OptionalNumberSpinBox::textFromValue(double value) const {
    if (m_integral)
        return locale().toString(static_cast<qlonglong>(std::llround(value)));
    // Shortest form that reads back the same: 99.95, not 99.950000.
    return locale().toString(value, 'f', QLocale::FloatingPointShortest);
}

std::optional<double> OptionalNumberSpinBox::parse(const QString& text) const {
    const QString trimmed = text.trimmed();
    bool ok = false;
    double value = locale().toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(trimmed, &ok); // "1.5" typed in any locale
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

double OptionalNumberSpinBox::valueFromText(const QString& text) const {
    if (text == specialValueText() || text.trimmed().isEmpty())
        return minimum();
    return parse(text).value_or(minimum());
}

QValidator::State OptionalNumberSpinBox::validate(QString& text, int&) const {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || text == specialValueText())
        return QValidator::Acceptable; // clears the value
    if (specialValueText().startsWith(text))
        return QValidator::Intermediate;
    const std::optional<double> value = parse(trimmed);
    if (!value) {
        // A number on its way: "-", "1.", "1e".
        for (const QChar c : trimmed)
            if (!c.isDigit() && !QStringLiteral("+-.,eE").contains(c) &&
                !locale().decimalPoint().contains(c) && !locale().groupSeparator().contains(c))
                return QValidator::Invalid;
        return QValidator::Intermediate;
    }
    if (m_integral && *value != std::floor(*value))
        return QValidator::Invalid;
    if (*value > maximum())
        return QValidator::Intermediate;
    return QValidator::Acceptable;
}

void OptionalNumberSpinBox::fixup(QString& text) const {
    // Anything that is not a number in range reads as unset.
    const std::optional<double> value = parse(text);
    if (!value || *value < minimum())
        text = specialValueText();
    else if (*value > maximum())
        text = textFromValue(maximum());
}

} // namespace archboard
