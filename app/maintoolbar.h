#pragma once

#include <QToolBar>

class QLineEdit;

namespace archboard {

class CanvasEditor;
class MainActions;

// The main toolbar: file, undo, delete and zoom actions, then the find field,
// which selects the next element whose name matches as the user types or
// presses Enter. Edit ▸ Find focuses it.
class MainToolBar : public QToolBar {
    Q_OBJECT

public:
    MainToolBar(const MainActions& actions, CanvasEditor* editor, QWidget* parent);

    QLineEdit* findField() const { return m_findField; }

Q_SIGNALS:
    // No element's name matches `text`.
    void nothingFound(const QString& text);

private:
    void findNext();

    CanvasEditor* m_editor;
    QLineEdit* m_findField;
};

} // namespace archboard
