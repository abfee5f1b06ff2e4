#pragma once

#include "model/designchange.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace archboard {

class DesignDocument;

// The central area while the design has no canvas: with no design open, an
// invitation to open one; with one, its title, prompt and requirements.
class OverviewPanel : public QWidget {
    Q_OBJECT

public:
    explicit OverviewPanel(DesignDocument* document, QWidget* parent = nullptr);

    QPushButton* openButton() const { return m_openButton; }

Q_SIGNALS:
    void openRequested();

private:
    void onDocumentChanged(const DesignChange& change);
    void refresh();
    void fillRequirements();

    DesignDocument* m_document;
    QStackedWidget* m_stack;
    QPushButton* m_openButton;
    QLabel* m_title;
    QLabel* m_file;
    QLabel* m_prompt;
    QLabel* m_requirementsHeading;
    QFormLayout* m_requirements;
};

} // namespace archboard
