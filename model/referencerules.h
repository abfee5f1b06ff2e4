#pragma once

#include "annotation.h"
#include "component.h"
#include "connection.h"
#include "critiquesettings.h"
#include "group.h"
#include "problem.h"

#include <cstddef>

namespace archboard {

// What the reference rules look up: the elements an element may name. A
// whole file (validateReferences) and a live Design (insert, replace) answer
// from their own indexes, so both enforce the same rules with one text.
class ReferenceScope {
public:
    virtual ~ReferenceScope() = default;

    virtual const Component* component(const ElementId& id) const = 0;
    // A component, connection or group: what annotations and suppressions name.
    virtual bool isTargetable(const ElementId& id) const = 0;
    // The annotation `id`, if it stands before position `index`.
    virtual const Annotation* annotationBefore(const ElementId& id, std::size_t index) const = 0;
    // A group of `kind` other than `group` that already holds `member`.
    virtual const Group* otherGroupHolding(const ElementId& member, GroupKind kind,
                                           const ElementId& group) const = 0;
};

// The rules of docs/spec/design-format.md for what an element names, one
// element at a time. Each problem's `where` is relative to the element
// (`to`, `props.dead_letter`, `members[1]`); ids left empty are skipped, as
// their absence is reported where they are read.
Problems referenceProblems(const Component& component, const ReferenceScope& scope);
Problems referenceProblems(const Connection& connection, const ReferenceScope& scope);
Problems referenceProblems(const Group& group, const ReferenceScope& scope);
// `index` is the annotation's position: a reply answers an earlier one.
Problems referenceProblems(const Annotation& annotation, std::size_t index,
                           const ReferenceScope& scope);
// Suppression targets, and no rule suppressed twice for one target; `where`
// is relative to `critique` (`suppressions[0].target`).
Problems referenceProblems(const CritiqueSettings& critique, const ReferenceScope& scope);

} // namespace archboard
