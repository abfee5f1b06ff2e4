#pragma once

#include "appearance.h"

#include <QObject>

class QAction;
class QActionGroup;

namespace archboard {

// Every action of the main window with its text, shortcut and accessible
// name, in one place. The window decides what they do and where they appear.
class MainActions : public QObject {
    Q_OBJECT

public:
    explicit MainActions(QObject* parent);

    QAction* open() const { return m_open; }
    QAction* closeDesign() const { return m_close; }
    QAction* quit() const { return m_quit; }
    QAction* clearRecent() const { return m_clearRecent; }
    QAction* about() const { return m_about; }
    QAction* aboutQt() const { return m_aboutQt; }

    QActionGroup* appearanceGroup() const { return m_appearance; }
    QAction* appearanceAction(Appearance appearance) const;

private:
    QAction* m_open;
    QAction* m_close;
    QAction* m_quit;
    QAction* m_clearRecent;
    QAction* m_about;
    QAction* m_aboutQt;
    QActionGroup* m_appearance;
};

} // namespace archboard
