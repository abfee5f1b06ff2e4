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

    QLabel* changesLabel() const { return m_changes; }
    QPushButton* applyButton() const { return m_apply; }

private:
    QLabel* m_changes;
    QPushButton* m_apply;
};

} // namespace archboard
