#include "offerquickfix.h"

#include "critique/quickfix/quickfix.h"
#include "widgets/commands/applyquickfixcommand.h"
#include "widgets/document/designdocument.h"
#include "widgets/quickfix/quickfixdialog.h"
#include "widgets/stringconvert.h"

#include <algorithm>
#include <QUndoStack>

namespace archboard {

namespace {

std::vector<const Finding*> openOnes(std::span<const Finding* const> findings) {
    std::vector<const Finding*> open;
    for (const Finding* finding : findings)
        if (!finding->accepted)
            open.push_back(finding);
    return open;
}

} // namespace

bool canQuickFix(std::span<const Finding* const> findings) {
    return std::any_of(findings.begin(), findings.end(), [](const Finding* finding) {
        return !finding->accepted && hasQuickFix(*finding);
    });
}

bool offerQuickFix(DesignDocument& document, std::span<const Finding* const> findings,
                   QWidget* parent, const std::function<void(const QStringList&)>& highlight) {
    std::optional<QuickFixPlan> plan = planQuickFix(document.design(), openOnes(findings));
    if (!plan)
        return false;
    if (highlight) {
        QStringList existing;
        for (const AnyElement& element : plan->changed)
            existing.append(toQString(elementIdOf(element)));
        highlight(existing);
    }
    QuickFixDialog preview(*plan, parent);
    if (parent && parent->isVisible())
        preview.placeBeside(*parent);
    const bool apply = preview.exec() == QDialog::Accepted;
    if (!apply)
        return false;
    document.undoStack()->push(new ApplyQuickFixCommand(document.design(), std::move(*plan)));
    return true;
}

} // namespace archboard
