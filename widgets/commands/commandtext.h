#pragma once

#include "model/design.h"

#include <QString>
#include <span>

namespace archboard {

// What an undo step's text calls the elements it touches, as a person reads
// them: one element by its name in quotes ("“Edge LB”", a connection as
// "“Users → Edge LB”"), the id only where the name is missing; several as a
// count. `design` holds the elements (before a removal, after an addition).
QString elementsPhrase(const Design& design, std::span<const ElementId> ids);
QString elementPhrase(const AnyElement& element, const Design& design);

} // namespace archboard
