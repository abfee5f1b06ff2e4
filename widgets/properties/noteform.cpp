#include "noteform.h"

#include "textcommitter.h"
#include "widgets/kindicons.h"
#include "widgets/stringconvert.h"

#include <QFormLayout>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace archboard {

namespace {

constexpr int kNoteLines = 10;

} // namespace

NoteForm::NoteForm(DesignDocument* document, QWidget* parent)
    : ElementForm(document, parent) {
    setObjectName(QStringLiteral("noteForm"));
    auto* layout = new QVBoxLayout(this);
    m_heading = addFormHeading(layout, this);
    QFormLayout* form = addForm(layout);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows); // the text gets the full width
    m_text = addTextArea(form, tr("Text"), QStringLiteral("noteTextEdit"));
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * kNoteLines);
    layout->addStretch(1);
    m_textCommitter = watchText(m_text, [this](const QString& text) {
        edit<Note>(tr("Text"), mergeKey(QStringLiteral("text")),
                   [&](Note& n) { n.text = toStdString(text); });
    });
}

void NoteForm::refresh() {
    const Note* note = current<Note>();
    if (!note)
        return;
    setFormHeading(m_heading, noteIcon(), tr("Note"),
                   tr("Note \u00b7 id %1").arg(toQString(note->id)));
    m_textCommitter->showModelText(toQString(note->text));
}

} // namespace archboard
