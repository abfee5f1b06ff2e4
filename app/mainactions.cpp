#include "mainactions.h"

#include <QAction>
#include <QActionGroup>
#include <QIcon>
#include <QKeySequence>

namespace archboard {

namespace {

QAction* makeAction(QObject* parent, const QString& objectName, const QString& text,
                    const QString& accessibleName) {
    auto* action = new QAction(text, parent);
    action->setObjectName(objectName);
    // Menus expose the text; the tip and status text name the command plainly.
    action->setToolTip(accessibleName);
    action->setStatusTip(accessibleName);
    return action;
}

} // namespace

MainActions::MainActions(QObject* parent)
    : QObject(parent)
    , m_open(makeAction(this, QStringLiteral("openAction"), tr("&Open\u2026"),
                        tr("Open a design file")))
    , m_close(makeAction(this, QStringLiteral("closeAction"), tr("&Close"), tr("Close the design")))
    , m_quit(makeAction(this, QStringLiteral("quitAction"), tr("&Quit"), tr("Quit Archboard")))
    , m_clearRecent(makeAction(this, QStringLiteral("clearRecentAction"), tr("&Clear Menu"),
                               tr("Forget the recently opened files")))
    , m_about(makeAction(this, QStringLiteral("aboutAction"), tr("&About Archboard"),
                         tr("Show the version of Archboard")))
    , m_aboutQt(makeAction(this, QStringLiteral("aboutQtAction"), tr("About &Qt"),
                           tr("Show the version of Qt")))
    , m_appearance(new QActionGroup(this)) {
    m_open->setShortcut(QKeySequence::Open);
    m_open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_close->setShortcut(QKeySequence::Close);
    m_close->setIcon(QIcon::fromTheme(QStringLiteral("document-close")));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    m_quit->setMenuRole(QAction::QuitRole);
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);

    m_appearance->setExclusive(true);
    const struct {
        Appearance appearance;
        QString text;
        QString tip;
    } looks[] = {
        {Appearance::System, tr("&System"), tr("Use the system's colours")},
        {Appearance::Light, tr("&Light"), tr("Use light colours")},
        {Appearance::Dark, tr("&Dark"), tr("Use dark colours")},
    };
    for (const auto& look : looks) {
        QAction* action = makeAction(
            m_appearance,
            QStringLiteral("appearance%1Action").arg(appearanceToString(look.appearance)),
            look.text, look.tip);
        action->setCheckable(true);
        action->setData(appearanceToString(look.appearance));
        m_appearance->addAction(action);
    }
}

QAction* MainActions::appearanceAction(Appearance appearance) const {
    for (QAction* action : m_appearance->actions())
        if (action->data().toString() == appearanceToString(appearance))
            return action;
    return nullptr;
}

} // namespace archboard
