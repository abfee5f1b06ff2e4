#pragma once

#include "elementform.h"
#include "model/propdescriptor.h"

#include <functional>
#include <optional>
#include <vector>

class QFormLayout;
class QLabel;

namespace archboard {

// The props of one component, with the fields its kind lists (see
// propsOf), each built as its PropDescriptor says: bools as check boxes, numbers with an "(unset)"
// state, enums as combo boxes with an "(unset)" entry, `signals` as four check boxes and
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

    // The display name of a prop, as its field is labelled: "TTL (s)".
    static QString propLabel(const PropDescriptor& prop);

private:
    void rebuild(ComponentKind kind);
    // One editor per prop, chosen by the type of its member.
    void addField(const PropDescriptor& prop);
    void addBool(const PropDescriptor& prop, PropMember<bool> member);
    void addNumber(const PropDescriptor& prop, PropMember<double> member);
    void addInteger(const PropDescriptor& prop, PropMember<std::int64_t> member);
    void addText(const PropDescriptor& prop, PropMember<std::string> member);
    template <typename E> void addEnum(const PropDescriptor& prop, PropMember<E> member);
    void addSignals(const PropDescriptor& prop);
    void addDeadLetter(const PropDescriptor& prop);
    void editProps(const PropDescriptor& prop, bool mergeable,
                   const std::function<void(ComponentProps&)>& change);

    QFormLayout* m_form = nullptr;
    QLabel* m_empty;
    std::optional<ComponentKind> m_builtFor;
    std::vector<std::function<void(const Component&)>> m_show; // one per field
};

} // namespace archboard
