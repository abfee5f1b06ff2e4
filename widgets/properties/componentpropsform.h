#pragma once

#include "elementform.h"

#include <functional>
#include <optional>
#include <vector>

class QFormLayout;
class QLabel;

namespace archboard {

// The props of one component, with the fields its kind lists (see
// propsOf): bools as check boxes, numbers with an "(unset)" state, enums as
// combo boxes with an "(unset)" entry, `signals` as four check boxes and
// `dead_letter` as a choice of none, an unnamed one, or another queue or
// stream of the design. The fields are rebuilt when the kind changes.
//
// A check box shows the prop's value, or its default when absent (only
// `stateless` defaults to true). Setting a box to the default removes the
// prop, so ticking and unticking leaves the file as it was.
class ComponentPropsForm : public ElementForm {
    Q_OBJECT

public:
    explicit ComponentPropsForm(DesignDocument* document, QWidget* parent = nullptr);

    void refresh() override;
    QFormLayout* form() const { return m_form; }

    // The display name of a prop, as its field is labelled.
    static QString propLabel(PropKey key);

private:
    void rebuild(ComponentKind kind);
    void addField(PropKey key, ComponentKind kind);
    void addBool(PropKey key, std::optional<bool> ComponentProps::*member, bool defaultValue);
    void addNumber(PropKey key, std::optional<double> ComponentProps::*member, double minimum,
                   double maximum);
    void addInteger(PropKey key, std::optional<std::int64_t> ComponentProps::*member);
    template <typename E>
    void addEnum(PropKey key, std::optional<E> ComponentProps::*member, const QString& unsetText);
    void addSignals();
    void addDeadLetter();
    void addPartitionKey();
    void editProps(PropKey key, bool mergeable, const std::function<void(ComponentProps&)>& change);

    QFormLayout* m_form = nullptr;
    QLabel* m_empty;
    std::optional<ComponentKind> m_builtFor;
    std::vector<std::function<void(const Component&)>> m_show; // one per field
};

} // namespace archboard
