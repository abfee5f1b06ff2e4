#pragma once

// Answers the quick-fix preview that the next call opens, by a click on its
// Apply or Cancel button, keeping what the preview said.

#include "widgets/quickfix/quickfixdialog.h"

#include <functional>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace quickfixtest {

class PreviewAnswer {
public:
    enum class Answer { Apply, Cancel };

    // `whileOpen` runs with the preview on screen, before the answer.
    explicit PreviewAnswer(Answer answer,
                           std::function<void(archboard::QuickFixDialog&)> whileOpen = {})
        : m_answer(answer)
        , m_whileOpen(std::move(whileOpen)) {
        QTimer::singleShot(0, [this] { tryAnswer(kTries); });
    }

    bool answered() const { return m_answered; }
    const QString& changes() const { return m_changes; }
    const QString& title() const { return m_title; }

private:
    static constexpr int kTries = 100; // 10 ms apart

    void tryAnswer(int triesLeft) {
        auto* dialog = qobject_cast<archboard::QuickFixDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            if (triesLeft > 0)
                QTimer::singleShot(10, [this, triesLeft] { tryAnswer(triesLeft - 1); });
            return;
        }
        m_changes = dialog->changesLabel()->text();
        m_title = dialog->windowTitle();
        if (m_whileOpen)
            m_whileOpen(*dialog);
        QPushButton* button =
            m_answer == Answer::Apply
                ? dialog->applyButton()
                : dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel);
        m_answered = true;
        QTest::mouseClick(button, Qt::LeftButton);
    }

    Answer m_answer;
    std::function<void(archboard::QuickFixDialog&)> m_whileOpen;
    bool m_answered = false;
    QString m_changes;
    QString m_title;
};

} // namespace quickfixtest
