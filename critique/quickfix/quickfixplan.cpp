#include "quickfixplan.h"

namespace archboard {

std::vector<ElementId> QuickFixPlan::affected() const {
    std::vector<ElementId> ids;
    ids.reserve(added.size() + changed.size());
    for (const AnyElement& element : added)
        ids.push_back(elementIdOf(element));
    for (const AnyElement& element : changed)
        ids.push_back(elementIdOf(element));
    return ids;
}

} // namespace archboard
