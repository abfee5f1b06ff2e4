#pragma once

#include "elementform.h"
#include "formheading.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStringListModel;

namespace archboard {

class ComponentPropsForm;
class TextCommitter;

// One component: name, kind, technology (with suggestions from the
// technology catalogue), justification, replicas, zones and the props of
// its kind.
class ComponentForm : public ElementForm {
    Q_OBJECT

public:
    explicit ComponentForm(DesignDocument* document, QWidget* parent = nullptr);

    void setElementId(const ElementId& id) override;
    void refresh() override;
    void flushPendingText() override;
    void discardPendingText() override;
    void endSession() override;

    void setTechnologySuggestions(const QStringList& technologies);

private:
    void changeKind(ComponentKind kind);
    void commitTechnology(const QString& text);

    FormHeading m_heading;
    QFormLayout* m_form;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_tech;
    QPlainTextEdit* m_justification;
    QSpinBox* m_replicas;
    QSpinBox* m_zones;
    QLabel* m_propsTitle;
    ComponentPropsForm* m_props;
    TextCommitter* m_nameText;
    TextCommitter* m_techText;
    TextCommitter* m_justificationText;
    QStringListModel* m_technologies;
};

} // namespace archboard
