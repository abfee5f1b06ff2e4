#pragma once

#include <cstdint>
#include <optional>
#include <QDoubleSpinBox>

namespace archboard {

// A number that may be absent. The lowest position of the box reads
// "(unset)"; any value below the valid range counts as unset too. Whole
// numbers and large counts alike go through a double, which holds every
// integer the format allows (at most 10^15) exactly.
class OptionalNumberSpinBox : public QDoubleSpinBox {
    Q_OBJECT

public:
    explicit OptionalNumberSpinBox(QWidget* parent = nullptr);

    // Values from `minimum` (or just above it when `exclusive`) to `maximum`.
    void setValidRange(double minimum, double maximum, bool exclusive = false);
    void setIntegral(bool integral);
    bool isIntegral() const { return m_integral; }

    std::optional<double> optionalValue() const;
    std::optional<std::int64_t> optionalInteger() const; // rounded
    void setOptionalValue(std::optional<double> value);
    // Shows the model's value; leaves the box alone when it already does.
    void showModelValue(std::optional<double> value);
    void showModelValue(std::optional<std::int64_t> value);

Q_SIGNALS:
    // The user set or cleared the value (not emitted by setOptionalValue).
    void optionalValueChanged(std::optional<double> value);

protected:
    QString textFromValue(double value) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& pos) const override;
    void fixup(QString& text) const override;

private:
    std::optional<double> parse(const QString& text) const;

    double m_validMinimum = 0;
    bool m_exclusive = false;
    bool m_integral = false;
    bool m_settingValue = false;
};

} // namespace archboard
