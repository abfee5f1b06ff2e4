#pragma once
// The element arrays of a DesignData by element type, shared by the
// Design's lookups (design.cpp) and its edits (designedits.cpp).

#include "designdata.h"
#include "kinds.h"

#include <type_traits>

namespace archboard::detail {

template <typename T> auto& arrayOf(DesignData& d) {
    if constexpr (std::is_same_v<T, Component>)
        return d.components;
    else if constexpr (std::is_same_v<T, Connection>)
        return d.connections;
    else if constexpr (std::is_same_v<T, Group>)
        return d.groups;
    else if constexpr (std::is_same_v<T, Note>)
        return d.notes;
    else
        return d.annotations;
}

template <typename T> constexpr ElementType typeOf() {
    if constexpr (std::is_same_v<T, Component>)
        return ElementType::Component;
    else if constexpr (std::is_same_v<T, Connection>)
        return ElementType::Connection;
    else if constexpr (std::is_same_v<T, Group>)
        return ElementType::Group;
    else if constexpr (std::is_same_v<T, Note>)
        return ElementType::Note;
    else
        return ElementType::Annotation;
}

} // namespace archboard::detail
