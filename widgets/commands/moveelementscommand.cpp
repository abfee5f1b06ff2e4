#include "moveelementscommand.h"

#include <QCoreApplication>

namespace archboard {

namespace {

bool samePlacements(const std::vector<Placement>& a, const std::vector<Placement>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const Placement& x, const Placement& y) {
                          return x.id == y.id && x.position == y.position;
                      });
}

bool sameIds(const std::vector<Placement>& a, const std::vector<Placement>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const Placement& x, const Placement& y) { return x.id == y.id; });
}

} // namespace

MoveElementsCommand::MoveElementsCommand(Design& design, std::vector<Placement> from,
                                         std::vector<Placement> to, int mergeKey,
                                         const QString& text)
    : DesignCommand(design, CommandId::MoveElements,
                    text.isEmpty() ? QCoreApplication::translate("MoveElementsCommand", "Move")
                                   : text,
                    mergeKey)
    , m_from(std::move(from))
    , m_to(std::move(to)) {
}

void MoveElementsCommand::redo() {
    design().move(m_to);
}

void MoveElementsCommand::undo() {
    design().move(m_from);
}

bool MoveElementsCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = mergeCandidate<MoveElementsCommand>(other);
    if (!next || !sameIds(next->m_to, m_to))
        return false;
    m_to = next->m_to;
    setObsolete(samePlacements(m_from, m_to));
    return true;
}

} // namespace archboard
