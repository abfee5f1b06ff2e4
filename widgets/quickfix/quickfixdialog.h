#pragma once

#include "critique/quickfix/quickfixplan.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace archboard {

// The preview of a quick fix: what it is, and each change it will make in
// plain words, with Apply and Cancel. Nothing changes until Apply.
class QuickFixDialog : public QDialog {
    Q_OBJECT

public:
    explicit QuickFixDialog(const QuickFixPlan& plan, QWidget* parent = nullptr);

    // Beside `anchor` (the dock that offers the fix), bottom-aligned with it,
    // on whichever side keeps it inside the window: the canvas's middle,
    // where the fix's targets are centred and highlighted, stays in view.
    void placeBeside(const QWidget& anchor);

    QLabel* changesLabel() const { return m_changes; }
    QPushButton* applyButton() const { return m_apply; }

private:
    QLabel* m_changes;
    QPushButton* m_apply;
};

} // namespace archboard
