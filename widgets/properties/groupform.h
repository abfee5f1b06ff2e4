#pragma once

#include "elementform.h"
#include "formheading.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace archboard {

class TextCommitter;

// One group: kind and name, and who its members are. A component is in at
// most one region and one zone, so a kind that would break that for a member
// is offered disabled, with the reason as its tooltip.
class GroupForm : public ElementForm {
    Q_OBJECT

public:
    explicit GroupForm(DesignDocument* document, QWidget* parent = nullptr);

    void refresh() override;

private:
    FormHeading m_heading;
    QComboBox* m_kind;
    QLineEdit* m_name;
    QLabel* m_members;
    TextCommitter* m_nameText;
};

} // namespace archboard
