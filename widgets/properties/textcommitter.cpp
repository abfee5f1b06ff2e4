#include "textcommitter.h"

#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTextCursor>
#include <QTimer>

namespace archboard {

namespace {

QTimer* pauseTimer(QObject* parent) {
    auto* timer = new QTimer(parent);
    timer->setSingleShot(true);
    timer->setInterval(TextCommitter::kPauseMs);
    return timer;
}

} // namespace

TextCommitter::TextCommitter(QLineEdit* edit)
    : QObject(edit)
    , m_line(edit)
    , m_pause(pauseTimer(this)) {
    connect(edit, &QLineEdit::textEdited, this, &TextCommitter::onTyped);
    connect(edit, &QLineEdit::editingFinished, this, &TextCommitter::finish);
    connect(m_pause, &QTimer::timeout, this, &TextCommitter::flush);
}

TextCommitter::TextCommitter(QPlainTextEdit* edit)
    : QObject(edit)
    , m_plain(edit)
    , m_pause(pauseTimer(this)) {
    // showModelText() blocks signals, so textChanged is the user typing.
    connect(edit, &QPlainTextEdit::textChanged, this, &TextCommitter::onTyped);
    connect(m_pause, &QTimer::timeout, this, &TextCommitter::flush);
    edit->installEventFilter(this);
}

QString TextCommitter::text() const {
    return m_line ? m_line->text() : m_plain->toPlainText();
}

void TextCommitter::setNormalizer(std::function<QString(const QString&)> normalize) {
    m_normalize = std::move(normalize);
}

void TextCommitter::showModelText(const QString& text) {
    const QString typed = this->text();
    if (m_pending || typed == text || (m_normalize && m_normalize(typed) == text))
        return;
    if (m_line) {
        const QSignalBlocker blocker(m_line);
        const int caret = m_line->cursorPosition();
        m_line->setText(text);
        m_line->setCursorPosition(std::min(caret, static_cast<int>(text.size())));
        return;
    }
    const QSignalBlocker blocker(m_plain);
    const int caret = m_plain->textCursor().position();
    m_plain->setPlainText(text);
    QTextCursor cursor = m_plain->textCursor();
    cursor.setPosition(std::min(caret, static_cast<int>(text.size())));
    m_plain->setTextCursor(cursor);
}

void TextCommitter::flush() {
    m_pause->stop();
    if (!m_pending)
        return;
    m_pending = false;
    Q_EMIT commit(text());
}

void TextCommitter::discard() {
    m_pause->stop();
    m_pending = false;
}

bool TextCommitter::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_plain && event->type() == QEvent::FocusOut)
        finish();
    return QObject::eventFilter(watched, event);
}

void TextCommitter::onTyped() {
    m_pending = true;
    m_pause->start();
}

void TextCommitter::finish() {
    flush();
    Q_EMIT finished();
}

} // namespace archboard
