#pragma once

#include "model/design.h"

#include <vector>

namespace archboard {

// `component` as the given kind: the props the new kind does not list are
// dropped (a service has no TTL); the ones both kinds list, and unknown
// props, stay.
Component withKind(const Component& component, ComponentKind kind);

// Components whose dead letter names `id`: they must let go of it when `id`
// stops being a queue or a stream.
std::vector<const Component*> deadLetterReferrers(const Design& design, const ElementId& id);

} // namespace archboard
