#pragma once

#include "editform.h"
#include "model/design.h"
#include "widgets/document/designdocument.h"

namespace archboard {

// A page that edits one element. Every change is an EditElementCommand on
// the document's undo stack; the page itself never writes to the model.
class ElementForm : public EditForm {
    Q_OBJECT

public:
    using EditForm::EditForm;

    // Commits what was typed for the element shown so far, then shows `id`.
    virtual void setElementId(const ElementId& id);
    const ElementId& elementId() const { return m_id; }

protected:
    // The element being edited, or null once it is gone from the design.
    template <typename T> const T* current() const {
        const Design& design = document()->design();
        if constexpr (std::is_same_v<T, Component>)
            return design.component(m_id);
        else if constexpr (std::is_same_v<T, Connection>)
            return design.connection(m_id);
        else if constexpr (std::is_same_v<T, Group>)
            return design.group(m_id);
        else
            return design.note(m_id);
    }

    // One undo step that applies `change` to a copy of the element. `field`
    // names it in the undo text; edits with the same `mergeKey` (not 0) in
    // a row merge into one step.
    template <typename T, typename F> void edit(const QString& field, int mergeKey, F&& change) {
        const T* now = current<T>();
        if (!now)
            return;
        T after = *now;
        change(after);
        pushEdit(AnyElement(std::move(after)), field, mergeKey);
    }

    void pushEdit(AnyElement after, const QString& field, int mergeKey);
    // "Change “Public LB”: Name".
    QString undoText(const QString& field) const;

private:
    ElementId m_id;
};

} // namespace archboard
