#pragma once

#include <functional>
#include <initializer_list>
#include <map>
#include <QPointer>
#include <QString>
#include <QWidget>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QAbstractSpinBox;
class QBoxLayout;
class QPlainTextEdit;
class QSpinBox;

namespace archboard {

class DesignDocument;
class OptionalNumberSpinBox;
class TextCommitter;

// What the pages of the properties dock share: the document, building rows,
// and undo steps. An editing session (typing in one field until Enter or
// focus leaves, stepping one spin box) gives each field one merge key, so it
// undoes as one step; the next session starts a new step.
class EditForm : public QWidget {
    Q_OBJECT

public:
    explicit EditForm(DesignDocument* document, QWidget* parent = nullptr);

    // Reads the model into the fields.
    virtual void refresh() = 0;
    // Commits typing that waits for its pause, e.g. before the selection moves.
    virtual void flushPendingText();
    // Forgets typing not yet committed (the design it was meant for is gone).
    virtual void discardPendingText();
    // The next edit starts a new undo step.
    virtual void endSession() { m_sessionKeys.clear(); }

protected:
    DesignDocument* document() const { return m_document; }
    // The merge key of `field`'s edits in this session.
    int mergeKey(const QString& field) const;

    // Rows of `form`: each field gets an object name (for tests and style
    // sheets), an accessible name and the label as its buddy.
    QLineEdit* addLineEdit(QFormLayout* form, const QString& label, const QString& name);
    QPlainTextEdit* addTextArea(QFormLayout* form, const QString& label, const QString& name);
    QComboBox* addComboBox(QFormLayout* form, const QString& label, const QString& name);
    QSpinBox* addCountSpinBox(QFormLayout* form, const QString& label, const QString& name);
    OptionalNumberSpinBox* addNumber(QFormLayout* form, const QString& label, const QString& name);
    QCheckBox* addCheckBox(QFormLayout* form, const QString& label, const QString& name);
    // A form appended to `layout`; a titled one (`name` names its widget).
    QFormLayout* addForm(QBoxLayout* layout);
    QFormLayout* addSection(QBoxLayout* layout, const QString& title, const QString& name);
    static void alignLabelColumns(std::initializer_list<QFormLayout*> forms);

    // Watches a text field; `onCommit` receives its text after a pause or
    // when editing finishes. The session ends with editing.
    TextCommitter* watchText(QLineEdit* edit, std::function<void(const QString&)> onCommit);
    TextCommitter* watchText(QPlainTextEdit* edit, std::function<void(const QString&)> onCommit);
    // Stepping a spin box is one session until Enter or focus leaving.
    void endSessionOnFinish(QAbstractSpinBox* spin);

private:
    TextCommitter* track(TextCommitter* committer, std::function<void(const QString&)> onCommit);

    DesignDocument* m_document;
    std::vector<QPointer<TextCommitter>> m_committers; // fields of a rebuilt part go
    mutable std::map<QString, int> m_sessionKeys;      // by field, made on first use
};

} // namespace archboard
