#pragma once

#include "elementform.h"
#include "formheading.h"

class QPlainTextEdit;

namespace archboard {

class TextCommitter;

// One note: its text.
class NoteForm : public ElementForm {
    Q_OBJECT

public:
    explicit NoteForm(DesignDocument* document, QWidget* parent = nullptr);

    void refresh() override;

private:
    FormHeading m_heading;
    QPlainTextEdit* m_text;
    TextCommitter* m_textCommitter;
};

} // namespace archboard
