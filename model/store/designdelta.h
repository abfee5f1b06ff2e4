#pragma once

#include "designparts.h"

#include <string>

namespace archboard::store {

// The changes that turn `base` into `target`, as bytes: a header when it
// changed, and per array a run of keep / drop / insert steps (an element that
// changed is dropped and inserted). Against an empty base, a full snapshot.
std::string encodeDelta(const DesignParts& base, const DesignParts& target);
// Throws StoreError when the delta does not fit `base` (a damaged document).
DesignParts applyDelta(DesignParts base, const std::string& delta);

} // namespace archboard::store
