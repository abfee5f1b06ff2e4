#pragma once

#include <functional>
#include <QObject>
#include <QString>

class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace archboard {

// Turns typing in a text field into edits of the model: commit() after a
// short pause and when editing finishes (Enter, focus leaving), never per
// keystroke. The other way, showModelText() puts the model's text in the
// field without moving the caret, and leaves a field with uncommitted typing
// alone so a change elsewhere in the design never eats what is being typed.
class TextCommitter : public QObject {
    Q_OBJECT

public:
    static constexpr int kPauseMs = 600;

    explicit TextCommitter(QLineEdit* edit);
    explicit TextCommitter(QPlainTextEdit* edit);

    QString text() const;
    bool isPending() const { return m_pending; }
    void showModelText(const QString& text);
    // How the model would store the field's text (say, blank lines dropped);
    // a field that already means the model's text is left as typed.
    void setNormalizer(std::function<QString(const QString&)> normalize);

public Q_SLOTS:
    void flush();   // commits typing that is still pending
    void discard(); // forgets it; the next showModelText() replaces it

Q_SIGNALS:
    void commit(const QString& text);
    // One editing session is over: what is typed next is a new undo step.
    void finished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTyped();
    void finish();

    QLineEdit* m_line = nullptr;
    QPlainTextEdit* m_plain = nullptr;
    QTimer* m_pause;
    std::function<QString(const QString&)> m_normalize;
    bool m_pending = false;
};

} // namespace archboard
