#pragma once

#include "elementform.h"
#include "formheading.h"

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;

namespace archboard {

class TextCommitter;

// One connection: kind, protocol, label and its props (timeout, retries,
// backoff, circuit breaker, idempotent, auth, TLS). Its ends are shown, not
// edited: they change on the canvas. Check boxes follow the rule of
// ComponentPropsForm: unticked removes the prop (all default to false).
class ConnectionForm : public ElementForm {
    Q_OBJECT

public:
    explicit ConnectionForm(DesignDocument* document, QWidget* parent = nullptr);

    void refresh() override;

private:
    QCheckBox* addBool(QFormLayout* form, const QString& label, const QString& prop,
                       std::optional<bool> ConnectionProps::*member);

    FormHeading m_heading;
    QComboBox* m_kind;
    QLineEdit* m_protocol;
    QLineEdit* m_label;
    TextCommitter* m_protocolText;
    TextCommitter* m_labelText;
    std::vector<std::function<void(const Connection&)>> m_show;
};

} // namespace archboard
