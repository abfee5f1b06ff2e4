#include "designrulesmenu.h"

#include "critique/ruleregistry.h"
#include "model/design.h"
#include "widgets/commands/setcritiquecommand.h"
#include "widgets/document/designdocument.h"
#include "widgets/stringconvert.h"

#include <algorithm>
#include <QCoreApplication>
#include <QMenu>
#include <QUndoStack>

namespace archboard {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("DesignRulesMenu", text);
}

QString ruleTitle(std::string_view id) {
    const Rule* rule = findRule(id);
    return rule ? toQString(rule->title()) : toQString(id);
}

} // namespace

void addTurnBackOnMenu(QMenu& menu, DesignDocument& document) {
    const std::vector<std::string>& disabled = document.design().critique().disabled;
    if (disabled.empty())
        return;
    QMenu* rules = menu.addMenu(tr("Turn Back On in This Design"));
    rules->setObjectName(QStringLiteral("turnBackOnMenu"));
    for (const std::string& rule : disabled) {
        QAction* action = rules->addAction(ruleTitle(rule), &document, [&document, rule] {
            turnRuleBackOnInDesign(document, rule);
        });
        action->setData(toQString(rule));
        action->setToolTip(toQString(rule));
    }
}

bool turnRuleBackOnInDesign(DesignDocument& document, std::string_view rule) {
    CritiqueSettings settings = document.design().critique();
    const auto erased = std::erase(settings.disabled, rule);
    if (erased == 0)
        return false;
    document.undoStack()->push(
        new SetCritiqueCommand(document.design(), std::move(settings),
                               tr("Turn On “%1” in This Design").arg(ruleTitle(rule))));
    return true;
}

} // namespace archboard
